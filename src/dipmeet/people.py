"""People: person phrases split into name, country and title, and sorted into sides.

A Japanese person phrase is a run of katakana, kanji and Latin letters that
ends with a title word: 「サウダバエフ・カザフスタン国務長官兼外相」 is the name
サウダバエフ, the country カザフスタン and the title 国務長官兼外相. Hiragana and
punctuation end a run, so runs are found without guessing where words end.
A parenthesised English form after the phrase gives ``name_en`` and
``title_en``; a katakana one after a kanji name is its reading.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any, Final

import attrs

from .model import Participant, Side
from .rules import ja, last_characters
from .rules.countries import COUNTRIES_EN, COUNTRIES_JA, JA_ABBREVIATIONS

__all__ = ["Mention", "country_in_headline", "english_form", "find_mentions", "split_person"]

_RUN: Final = re.compile(rf"(?<![{ja.NAME_CHARS}])[{ja.NAME_CHARS}]+")
# The runs of a whole text, as _RUN's finditer finds them (tested): searched from
# the start, each match ends where a run ends and the next begins where one
# begins, so the look-behind is needed only for a match at a given position.
# Without it the engine skips the characters no run starts with at once,
# instead of testing the look-behind at every character.
_RUNS: Final = re.compile(rf"[{ja.NAME_CHARS}]+")
# A title may end with 候補 (朴振韓国外交部長官候補: the minister designate).
_TITLE_AT_END: Final = re.compile(rf"{ja.TITLE_HEAD}(?:候補者?)?$")
_TITLE_WORD: Final = re.compile(ja.TITLE_HEAD)
_KATAKANA: Final = re.compile(r"[\u30a1-\u30fa\u30fc]")
_KATAKANA_ONLY: Final = re.compile(r"^[\u30a0-\u30ff・=\s]+$")
_LATIN_PAREN: Final = re.compile(r"^[\sA-Za-z.,'’‘\-–()&/0-9]+$")
_LIST_JOINER: Final = re.compile(r"及び|並びに|及|並")
_JOINER_CHARACTERS: Final = frozenset("及並")  # what a _LIST_JOINER match starts with (tested)
# Starts where no such word ends, so that a search reads a run of them once.
_TRAILING_ETC: Final = re.compile(r"(?<![他ら等])(?<!ほか)(?<!各位)(?:他|ほか|ら|等|各位)+$")
_HONORIFICS: Final = re.compile(
    r"^(?:(?:H\.\s?E\.|H\.\s?R\.\s?H\.|His\s+(?:Royal\s+)?(?:Excellency|Highness|Majesty)|"
    r"Her\s+(?:Royal\s+)?(?:Excellency|Highness|Majesty)|The\s+(?:Rt\.?\s+)?Hon(?:ou?rable|\.)?|"
    r"Rt\.?\s+Hon\.?|Hon\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Senator|Sen\.|Admiral|General|Gen\.)"
    r"\s*)+"
)
_EN_COUNTRY: Final = re.compile(r"(?:\bof\s+(?:the\s+)?|,\s*)(?P<country>[A-Z][A-Za-z.' -]{1,60})$")


@attrs.frozen
class Mention:
    """A person (or group) named in a piece of text.

    Attributes:
        name: The name as written, or None for a title alone or a group.
        title: The title as written, or None.
        country: The country as written beside the name, or None.
        reading: A katakana reading given in brackets after a kanji name.
        name_en: The name from a bracketed English form.
        title_en: The title from a bracketed English form.
        group: The label of a group with no one named (参加国首脳).
        start: Where the phrase starts in the searched text.
        end: Where it ends (after any bracketed form).
        side: Which side the phrase belongs to, judged from its own words.
    """

    name: str | None
    title: str | None
    country: str | None = None
    reading: str | None = None
    name_en: str | None = None
    title_en: str | None = None
    group: str | None = None
    start: int = 0
    end: int = 0
    side: Side = Side.OTHER

    def participant(self, side: Side | None = None, **extra: object) -> Participant:
        """Build the participant this mention names (on ``side`` where given, else the mention's own)."""
        return Participant(
            name=self.name,
            title=self.title,
            country=self.country,
            side=self.side if side is None else side,
            name_en=self.name_en,
            title_en=self.title_en,
            group=self.group,
            **extra,  # type: ignore[arg-type]  # visit, attendee and span
        )


def find_mentions(text: str) -> list[Mention]:
    """Find every person phrase in ``text`` (an opening paragraph or a list of attendees)."""
    mentions: list[Mention] = []
    position = 0
    ends = _mention_ends()
    for match in (_RUNS if ends is None else _candidate_runs()).finditer(text):
        start, end = match.span()
        if start < position:
            continue  # inside a bracket and the run after it, read with the run before them
        run = match.group()
        paren = None
        # A bracket right after the run: an English form, a reading, or an aside.
        if end < len(text) and text[end] == "(":
            close = text.find(")", end, end + 300)  # bounded: unbounded, each "(" rescans to the end
            if close != -1:
                paren = text[end + 1 : close]
                end = close + 1
                follow = _RUN.match(text, end)
                if follow:  # エルドアン(H.E. …)トルコ共和国大統領: the title follows the bracket
                    run += follow.group(0)
                    end = follow.end()
        position = end
        if ends is not None and run[-1] not in ends and not _JOINER_CHARACTERS.intersection(run):
            continue  # one piece, and it ends with no title: most runs of a paragraph
        for piece_start, piece in _pieces(run, start):
            if ends is not None and piece[-1] not in ends:
                continue  # no title (or group word, or 他 / 等) at its end: no person
            mention = _mention(piece, piece_start, end, paren)
            if mention is not None and mention.name is None and text.startswith("として", end):
                continue  # 総理特使として…訪問中の林芳正外務大臣: a capacity, not a person
            if mention is not None:
                if mention.country is None and mention.side is Side.COUNTERPART and mention.group is None:
                    country = country_before(text, piece_start)
                    if country is not None:
                        mention = attrs.evolve(mention, country=country)
                mentions.append(mention)
    return mentions


@functools.cache
def _mention_ends() -> frozenset[str] | None:
    """The characters a piece of a run must end with to be read as a person or a group (None: any).

    A piece is a person when, after any trailing 他 / ら / 等, it ends with a
    title (_TITLE_AT_END) or is a group (GROUP); a piece that ends with none
    of these patterns' last characters is neither.
    """
    found: set[str] = set()
    for pattern in (_TITLE_AT_END, ja.GROUP, _TRAILING_ETC):
        last = last_characters(pattern)
        if last is None:
            return None
        found |= last
    return frozenset(found)


@functools.cache
def _candidate_runs() -> re.Pattern[str]:
    """The runs of name characters :func:`find_mentions` must read, where ``_mention_ends()`` tells them.

    A run is read when it ends with a character a mention can end with, when
    it holds a joiner (及び / 並びに: a piece before it may end with a title),
    or when a bracket follows it (the bracket and any run after it are read
    with it). Other runs, most of a paragraph, yield no mention: the engine
    passes over them without a step of the loop or a match object each.

    Every alternative matches a whole run, as :data:`_RUN` does. The pattern
    opens with a run's first character and looks back from there (at every
    other character of a run it fails at once), so that a search skips the
    characters that are no name's at once; the possessive repeats never try
    a run again from inside it.
    """
    ends = _mention_ends()
    assert ends is not None  # only asked where the ends are known
    char = f"[{ja.NAME_CHARS}]"
    last = "".join(sorted(re.escape(c) for c in ends if _RUN.fullmatch(c)))
    joiner = "".join(sorted(re.escape(c) for c in _JOINER_CHARACTERS))
    return re.compile(
        rf"{char}(?<!{char}{{2}})"  # the first character of a run
        rf"(?:{char}*+(?<=[{last}])"  # ending like a mention
        rf"|{char}*+(?=\()"  # before a bracket
        rf"|(?<=[{joiner}]){char}*+|{char}*[{joiner}]{char}*+)"  # holding a joiner
    )


@functools.cache
def _etc_ends() -> frozenset[str]:
    """The characters a match of :data:`_TRAILING_ETC` can end with: a run ending otherwise has none to cut."""
    ends = last_characters(_TRAILING_ETC)
    assert ends is not None  # a pattern of plain words
    return ends


# A length written against the name with no comma (…から約20分間パウエル国務長官と会談した).
_LEADING_DURATION: Final = re.compile(rf"約?{ja.NUM_START}[0-9]+(?:時間(?:[0-9]+分)?|分)間?(?:程度)?")
_DURATION_FIRST: Final = frozenset("約0123456789")  # what a _LEADING_DURATION match starts with (tested)


def _pieces(run: str, start: int) -> list[tuple[int, str]]:
    """Split a run at 及び / 並びに (hiragana ends a run, so only the kanji half is left).

    A leading length (約20分間パウエル国務長官) is cut off first. Most runs hold
    neither, and are one piece as they stand: a run that holds no joiner's
    first character and starts with none of a length's is not searched.
    """
    if run[:1] not in _DURATION_FIRST and not _JOINER_CHARACTERS.intersection(run):
        return [(start, run)] if run else []
    pieces = []
    duration = _LEADING_DURATION.match(run)
    previous = duration.end() if duration else 0
    for match in _LIST_JOINER.finditer(run):
        pieces.append((start + previous, run[previous : match.start()]))
        previous = match.end()
    pieces.append((start + previous, run[previous:]))
    return [(offset, piece) for offset, piece in pieces if piece]


# Words that stand where a name would but name no one (我が国代表, 各国大使, 同国首相).
_NOT_NAMES: Final = frozenset({"国", "各国", "両国", "同国", "本国", "我が国", "各", "同", "先方", "当方", "相手国"})


def _mention(run: str, start: int, end: int, paren: str | None) -> Mention | None:
    if run[-1:] in _etc_ends():
        run = _TRAILING_ETC.sub("", run)
    group = ja.GROUP.fullmatch(run)
    if group:
        return Mention(None, None, group=run, start=start, end=end, side=Side.COUNTERPART)
    if ja.JOINT_SUBJECT.match(run):
        return None  # 両大臣, 日米両外相: both sides, no one person
    split = split_person(run)
    if split is None:
        return None
    name, country, title = split
    if name in _NOT_NAMES:
        return None
    reading = name_en = title_en = None
    if paren is not None:
        if _KATAKANA_ONLY.match(paren):
            reading = paren
        elif _LATIN_PAREN.match(paren):
            name_en, title_en = english_form(paren)
    side = _side_of(name, title, country, name_en)
    return Mention(name, title, country, reading, name_en, title_en, None, start, end, side)


def split_person(run: str) -> tuple[str | None, str | None, str] | None:
    """Split a person phrase into ``(name, country, title)``; None if it is not one.

    A former or previous office (元 / 前 between the name and the rest) opens
    the title, also before a country (マルコム・フレーザー元豪州首相).

    >>> split_person("サウダバエフ・カザフスタン国務長官兼外相")
    ('サウダバエフ', 'カザフスタン', '国務長官兼外相')
    >>> split_person("ジョン・ケリー米国務長官")
    ('ジョン・ケリー', '米', '国務長官')
    >>> split_person("林芳正外務大臣")
    ('林芳正', None, '外務大臣')
    >>> split_person("マルコム・フレーザー元豪州首相")
    ('マルコム・フレーザー', '豪州', '元首相')
    """
    if not _TITLE_AT_END.search(run) or len(run) > 80:
        return None
    former = _FORMER.search(run, 1)
    if former is not None:
        head = run[: former.start()]
        # A katakana name, or a kanji full name: 秋元 (a surname) keeps its 元.
        if _KATAKANA.search(head) or len(head) >= 3:
            found = _split_person(run[: former.start()] + run[former.end() :])
            if found is not None and found[0] == head.rstrip("・"):
                return found[0], found[1], former.group(0) + found[2]
    return _split_person(run)


_FORMER: Final = re.compile(r"[元前]")
_LATIN_LETTER: Final = re.compile(r"[A-Za-z]")
# A foreign name in katakana (or Latin letters) at the start of a run.
_FOREIGN_NAME: Final = re.compile(r"^[\u30a0-\u30ffA-Za-z・=.'\-]+")


def _split_person(run: str) -> tuple[str | None, str | None, str] | None:
    found = _country_split(run)
    if found is not None:
        return found
    # A foreign name in katakana (or Latin) followed by a kanji title.
    script = _FOREIGN_NAME.match(run)
    if script and script.end() < len(run) and _KATAKANA.search(script.group(0)):
        name = script.group(0).rstrip("・")
        title = run[script.end() :]
        return (name or None), None, title
    # A kanji name followed by a title: the title starts at its first title word.
    for match in ja.TITLE_START.finditer(run):
        if match.start() >= 1:
            name = run[: match.start()].rstrip("・")
            if _TITLE_WORD.fullmatch(name):
                return None, None, run  # 総理特使, 首相補佐官: a title held under another
            return name or None, None, run[match.start() :]
    if ja.TITLE_START.match(run) or _TITLE_AT_END.fullmatch(run):
        return None, None, run
    # A short kanji name before a title word no table lists as a start (楊部長).
    head = _TITLE_AT_END.search(run)
    if head is not None and 1 <= head.start() <= 4:
        return run[: head.start()].rstrip("・"), None, run[head.start() :]
    return None


def _country_split(run: str) -> tuple[str | None, str | None, str] | None:
    """Find a country between a name and a title (カザフスタン in サウダバエフ・カザフスタン国務長官).

    A first pass wants the title to open with a known title word (so that
    ジョン・ケリー米国務長官 is 米 + 国務長官, not 米国 + 務長官); a second pass
    accepts any kanji title that ends with a title word (イラク + 統治評議会議長).
    The candidates are found once, as the first pass reaches them; the second
    pass reads them again.
    """
    tried: list[tuple[int, str]] = []
    for candidate in _country_candidates(run):
        tried.append(candidate)
        found = _take_country(run, candidate, strict=True)
        if found is not None:
            return found
    for candidate in tried:
        found = _take_country(run, candidate, strict=False)
        if found is not None:
            return found
    return None


@functools.cache
def _country_prefixes() -> dict[str, bool]:
    """Every beginning of a Japanese country name (カ, カザ, …, カザフスタン), True where it is a whole name."""
    prefixes = {country[:size]: False for country in COUNTRIES_JA for size in range(1, len(country))}
    prefixes.update(dict.fromkeys(COUNTRIES_JA, True))
    return prefixes


@functools.cache
def _country_start() -> re.Pattern[str]:
    """A pattern that matches where some Japanese country name starts.

    The names are written as a tree of their characters (ア(?:イ(?:ルランド|スランド)|…)|…),
    so the engine reads each character once, and a search skips the
    characters no name starts with. The match is the shortest name there.
    """
    tree: dict[str, Any] = {}
    for country in COUNTRIES_JA:
        node = tree
        for char in country:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(_tree_pattern(tree))


def _tree_pattern(node: dict[str, Any]) -> str:
    """A pattern for the names below ``node`` of a character tree ("" marks the end of a name)."""
    if "" in node:
        return ""  # a name ends here: enough to know that one starts
    branches = [re.escape(char) + _tree_pattern(child) for char, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _countries_at(run: str, position: int, most: int) -> list[str]:
    """The country names written at ``run[position:]``, at most ``most`` long, longest first.

    The name is read a character at a time while it is the beginning of some
    country's name.
    """
    prefixes = _country_prefixes()
    found: list[str] = []
    for end in range(position + 1, position + most + 1):
        written = run[position:end]
        whole = prefixes.get(written)
        if whole is None:
            break
        if whole:
            found.append(written)
    found.reverse()
    return found


# The longest country name a split looks for.
_LONGEST_COUNTRY: Final = 24


def _country_candidates(run: str) -> Iterator[tuple[int, str]]:
    """The ``(position, country)`` pairs a split may take, in the order they are tried.

    Left to right, longest name first at each position; left out are the
    pairs neither pass could take, whatever the title after them. A country
    must leave a title after it, so none ends at the run's end.
    """
    starts = _country_start()
    last = len(run) - 1
    found = starts.search(run, 0, last)
    while found is not None:
        position = found.start()
        countries = _countries_at(run, position, min(_LONGEST_COUNTRY, last - position))
        found = starts.search(run, position + 1, last)
        before = run[position - 1] if position else ""
        # After a kanji name (尹炳世韓国外交部長官) only a full country name may follow.
        after_kanji = (
            bool(position)
            and before not in "・"
            and not _KATAKANA.match(before)
            and not (run[:position].endswith("駐日") or _LATIN_LETTER.match(before))
        )
        if before == "駐" and not run[:position].endswith("駐日"):
            continue  # 大村駐ツバル大使: Japan's ambassador to Tuvalu, not a Tuvaluan
        for country in countries:
            if after_kanji and (len(country) < 2 or country in JA_ABBREVIATIONS):
                continue
            if run.startswith("駐日", position + len(country)):
                continue  # マタイトンガ駐日フィジー共和国大使: the country is the one after 駐日
            yield position, country


def _take_country(run: str, candidate: tuple[int, str], *, strict: bool) -> tuple[str | None, str | None, str] | None:
    """The split at a candidate country, if the title after it passes."""
    position, country = candidate
    title = run[position + len(country) :]
    if not _title_after_country(title, strict=strict):
        return None
    if country in JA_ABBREVIATIONS and (not strict or not _TITLE_AT_END.search(title)):
        return None  # 加藤駐米大使, 伊藤審議官: a surname, not 加 (Canada) + 藤駐米大使
    name = run[:position]
    if name.endswith("駐日"):
        name = name[:-2]
    name = name.rstrip("・")
    return (name or None), country, title


_KANJI_TITLE: Final = re.compile(r"^[\u4e00-\u9fff々・]{2,20}$")


def _title_after_country(title: str, *, strict: bool) -> bool:
    if not title:
        return False
    if ja.TITLE_START.match(title) or _TITLE_AT_END.fullmatch(title):
        return True
    return not strict and bool(_KANJI_TITLE.match(title) and _TITLE_AT_END.search(title))


def _side_of(name: str | None, title: str | None, country: str | None, name_en: str | None) -> Side:
    """Judge the side of a person (not a group) from the words of the phrase."""
    if name_en or country:
        return Side.COUNTERPART
    name = name or ""
    if _KATAKANA.search(name) or _LATIN_LETTER.search(name):
        return Side.COUNTERPART
    if title and ja.JAPAN_TITLE.match(title):
        return Side.JAPAN
    return Side.COUNTERPART


_TITLE_LEAD: Final = re.compile(r"^\s*(?:MP|M\.P\.|Jr\.)\s*,\s*")


def english_form(paren: str) -> tuple[str | None, str | None]:
    """Read ``(H.E. Mr. Mukhtar TLEUBERDI, Deputy Prime Minister, …)`` into name and title.

    >>> english_form("H.E. Mr. Mukhtar TLEUBERDI, Deputy Prime Minister, Minister of Foreign Affairs")
    ('Mukhtar TLEUBERDI', 'Deputy Prime Minister, Minister of Foreign Affairs')
    """
    text = _HONORIFICS.sub("", paren.strip()).strip()
    if not text:
        return None, None
    name, _, title = text.partition(",")
    title = _TITLE_LEAD.sub("", title).strip()
    return (name.strip() or None), (title or None)


def english_country(title_en: str | None) -> str | None:
    """The country at the end of an English title (``…, Germany``; ``… of the Republic of Chile``)."""
    if not title_en:
        return None
    match = _EN_COUNTRY.search(title_en.strip())
    if not match:
        return None
    country = match["country"].strip()
    return country if country in COUNTRIES_EN or country.split(" of ")[-1] in COUNTRIES_EN else None


def country_in_headline(text: str) -> str | None:
    """The country in 日・カザフスタン外相会談 / 日米首脳会談 (日 followed by a country), or None.

    A one-character abbreviation is given as the country it stands for (日独 → ドイツ).
    """
    prefixes = _headline_prefixes()
    for match in _JAPAN_AND.finditer(text):
        # The longest name (at most 24 characters) written after 日・, read a
        # character at a time while it is the beginning of some name.
        found = None
        for end in range(match.end() + 1, min(match.end() + 24, len(text)) + 1):
            whole = prefixes.get(text[match.end() : end])
            if whole is None:
                break
            if whole:
                found = text[match.end() : end]
        if found is not None:
            return ja.ABBREVIATION_COUNTRY.get(found, found)
    return None


# 日 (Japan) where no kanji comes before it, and a ・ after it; the look-behind
# follows the 日, so that a search looks for 日 alone rather than trying every position.
_JAPAN_AND: Final = re.compile(r"日(?<![\u4e00-\u9fff]日)・?")


@functools.cache
def _headline_prefixes() -> dict[str, bool]:
    """Every beginning of a country name or a one-character abbreviation (独, 米), True where it is a whole one."""
    names = {*COUNTRIES_JA, *ja.ABBREVIATION_COUNTRY}
    prefixes = {name[:size]: False for name in names for size in range(1, len(name))}
    prefixes.update(dict.fromkeys(names, True))
    return prefixes


def country_before(text: str, start: int) -> str | None:
    """A country written just before a person phrase with の (オーストラリアのケビン・ラッド外相)."""
    if start < 2 or text[start - 1] != "の" or text[start - 2] not in _country_last_characters():
        return None  # (no country ends with 中 of 訪日中の)
    before = text[max(0, start - 25) : start - 1]
    for size in range(len(before), 0, -1):
        candidate = before[-size:]
        if candidate in COUNTRIES_JA and (
            size == len(before) or not re.match(rf"[{ja.NAME_CHARS}]", before[-size - 1])
        ):
            return candidate
    return None


@functools.cache
def _country_last_characters() -> frozenset[str]:
    """The characters a Japanese country name ends with: :func:`country_before` needs one before its の."""
    return frozenset(country[-1] for country in COUNTRIES_JA)
