"""People in English releases: person phrases split into honorific, title, name and country.

MOFA writes a person in a handful of ways: title first ("Secretary of State
Hillary Clinton", "Russian Minister of Foreign Affairs Sergey Lavrov"),
honorific first with the title after a comma ("H.E. Mr. Emmanuel Macron,
President of the French Republic", "the Hon Julie Bishop, MP, Minister for
Foreign Affairs of the Commonwealth of Australia"), and the country after the
name ("President Vladimir Putin of the Russian Federation"). The name never
keeps its honorifics (H.E., Mr., the Honorable, Senator the Hon, Admiral).

Which side a person is on is judged from their own words: "of Japan", a
title of the Japanese government, a Japanese name written surname first in
capitals (KISHIDA Fumio) make the Japanese side; a foreign country, a
nationality adjective or an honorific MOFA gives only to guests (H.E., the
Honorable) the counterpart.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from typing import Final

import attrs

from .model import Participant, Side, slot_init
from .rules import en
from .rules._lazy import lazy_compile
from .rules.countries import COUNTRIES_EN

__all__ = [
    "Person",
    "country_in_title",
    "country_within",
    "find_groups",
    "find_people",
    "headline_country",
    "person_from_match",
    "person_matches",
    "person_rows",
    "post_person",
    "side_of",
    "strong_japan",
]

_THE: Final = re.compile(r"^the\s+", re.IGNORECASE)
_OF: Final = lazy_compile(r"\bof\s+(?:the\s+)?")  # compiled led by its "o" (see rules._lazy)
_BRACKETED: Final = re.compile(r"\s*\([^()]*\)$")
# A generational suffix after a name, in the suffixes _AFTER_NAME reads: ", Jr." / " Sr".
_SUFFIX: Final = re.compile(r"(?P<sep>,?\s*)(?P<suffix>\b[JS]r\.?)(?![\w])")
_HEADLINE_PAIR: Final = re.compile(r"(?<![\w-])Japan[-–](?P<rest>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})")


@slot_init
@attrs.frozen
class Person:
    """A person (or a group with no one named) found in a piece of text.

    Attributes:
        name: The name without honorifics, or None for a title alone or a group.
        title: The title as written, without a nationality adjective, or None.
        country: The country as written beside the name (in the title, after
            "of", or as an adjective: "Russian"), or None.
        side: Which side the phrase belongs to, judged from its own words.
        group: The label of a group with no one named, or None.
        honorific: The honorifics as written (H.E. Mr.), or None.
        plural: True for "X and others" and for groups (the antecedent of "they").
        start: Where the phrase starts in the searched text.
        end: Where it ends.
    """

    name: str | None
    title: str | None = None
    country: str | None = None
    side: Side = Side.OTHER
    group: str | None = None
    honorific: str | None = None
    plural: bool = False
    start: int = 0
    end: int = 0

    def participant(self, **extra: object) -> Participant:
        """Build the participant this phrase names (``extra``: its attendee, span, or another side)."""
        fields = {
            "name": self.name,
            "title": self.title,
            "country": self.country,
            "side": self.side,
            "group": self.group,
        }
        return Participant(**{**fields, **extra})  # type: ignore[arg-type]  # attendee, span and side


def find_people(text: str) -> list[Person]:
    """Find every person phrase and every unnamed group in ``text``, in text order."""
    found: list[Person] = []
    taken: list[tuple[int, int]] = []
    for match in person_matches(text):
        overlaps = any(a < match.end() and match.start() < b for a, b in taken)
        for person in _people_of(match, taken if overlaps else None):
            if overlaps and any(a < person.end and person.start < b for a, b in taken):
                continue  # an earlier row's phrase holds it (a phrase may end before its match: a place cut off)
            taken.append((person.start, person.end))
            found.append(person)
    for start, end in find_groups(text):
        if any(a < end and start < b for a, b in taken):
            continue
        label = text[start:end]
        found.append(
            Person(None, None, country_within(label), Side.COUNTERPART, group=label, plural=True, start=start, end=end)
        )
    return sorted(found, key=lambda person: person.start)


def person_matches(text: str) -> Iterator[re.Match[str]]:
    """Every match of :data:`~dipmeet.rules.en.PERSON_RULES` in ``text``, rule by rule, as ``finditer`` gives them.

    "Title, Name," needs two commas (a name holds none, and one follows it)
    and a title word just before the first: most sentences have neither,
    and that row is not searched there.
    """
    for _, match in person_rows(text):
        yield match


def person_rows(text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """:func:`person_matches`, each with the index of its row in :data:`~dipmeet.rules.en.PERSON_RULES`."""
    for row, rule in enumerate(en.PERSON_RULES):
        if rule.name == "person_title_comma_name" and (text.count(",") < 2 or not _title_before_comma(text)):
            continue
        for match in rule.pattern.finditer(text):
            yield row, match


def _title_before_comma(text: str) -> bool:
    """Whether a comma in ``text`` stands right after what a title before a name may end with.

    A match of "Title, Name," has one there. The test looks at the few
    commas with ``str`` methods, where the row's search would try every
    title word of the text (and finds nothing in nearly every sentence).
    """
    at = text.find(",")
    while at >= 0:
        endings = _ENDINGS_BY_LAST_TWO.get(text[at - 2 : at]) if at >= 2 else None
        if endings is not None and text.endswith(endings, 0, at):
            return True
        if text.endswith("Japan", 0, at) and en.TITLE_BEFORE_TO_JAPAN.search(text, 0, at):
            return True
        at = text.find(",", at + 1)
    return False


def _endings_by_last_two() -> dict[str, tuple[str, ...]]:
    """:data:`~dipmeet.rules.en.TITLE_BEFORE_ENDINGS` by their last two characters (each is two or longer)."""
    table: dict[str, tuple[str, ...]] = {}
    for ending in en.TITLE_BEFORE_ENDINGS:
        table[ending[-2:]] = (*table.get(ending[-2:], ()), ending)
    return table


# A comma is tested against the few words that end as the text before it does, not against all hundred.
_ENDINGS_BY_LAST_TWO: Final = _endings_by_last_two()


def _people_of(match: re.Match[str], taken: list[tuple[int, int]] | None = None) -> Iterator[Person]:
    """The person a match names, then the one written where its title after a comma would be.

    A match that starts inside one of the ``taken`` spans is not read: the
    phrase it names would start at or before it and end after it, and so
    overlap that span (the caller would set it aside).
    """
    inner = post_person(match)
    if taken is None or not _starts_inside(match.start(), taken):
        person = person_from_match(match, inner=inner)
        if person is not None:
            yield person
    if inner is not None and (taken is None or not _starts_inside(inner.start(), taken)):
        second = person_from_match(inner)
        if second is not None:
            yield second


def _starts_inside(at: int, taken: list[tuple[int, int]]) -> bool:
    """Whether ``at`` stands inside one of the ``taken`` spans."""
    return any(a <= at < b for a, b in taken)


def post_person(match: re.Match[str]) -> re.Match[str] | None:
    """The person phrase written where a match's title after a comma would stand, or None.

    "At the meeting with Secretary Clinton, Foreign Minister Kishida stated":
    "Foreign Minister Kishida" is a second person, not Secretary Clinton's title.
    """
    post = match["post"] if "post" in match.re.groupindex else None  # groupdict().get, without the dict
    if post is None:
        return None
    whole = en.POST_PERSON.fullmatch(post)
    if whole is None or en.TITLE_HEAD.search(whole["name"]) or whole["name"] in COUNTRIES_EN:
        return None
    return en.PERSON_RULES[0].pattern.match(match.string, match.start("post"))


def find_groups(text: str) -> list[tuple[int, int]]:
    """Where groups with no one named are written ("Pacific islands countries' leaders"), as ``(start, end)``."""
    found: list[tuple[int, int]] = []
    if not _may_name_group(text):
        return found
    for match in en.GROUP.finditer(text):
        lead = en.GROUP_LEAD.search(text, max(0, match.start() - 60), match.start())
        start = lead.start() if lead else match.start()
        found.append((start, match.end()))
    return found


def _may_name_group(text: str) -> bool:
    """Whether :data:`~dipmeet.rules.en.GROUP` can match ``text``: each of its three forms needs what is tested.

    "countries’ leaders" needs an apostrophe, "participating leaders" its
    first word, "leaders of ..." those two words: "the two leaders agreed",
    in many sentences, has none of them, and is not searched.
    """
    if "participating" in text:
        return True
    if ("’" in text or "'" in text) and ("countries" in text or "nations" in text or "states" in text):
        return True
    return "leaders" in text and _LEADERS_OF.search(text) is not None


_LEADERS_OF: Final = re.compile(r"leaders\s+of\s")


class _Unread(enum.Enum):
    """A value not read yet."""

    UNREAD = enum.auto()


def person_from_match(match: re.Match[str], *, inner: re.Match[str] | _Unread | None = _Unread.UNREAD) -> Person | None:
    """Read a match of :data:`~dipmeet.rules.en.PERSON_RULES` into a person; None if it names no one.

    ``inner`` is :func:`post_person` of the match, where the caller has it already.
    """
    groups = match.groupdict()
    if "name" not in groups:
        return _apposition(match)
    before = groups.get("title")
    name = _with_suffix(" ".join(match["name"].split()), groups.get("mp"))
    if not _names_someone(groups, before, name):
        return None
    post, end = _post_title(match, groups, inner)
    adjective, start = _adjective(match, groups)
    written_of = groups.get("of")
    country = (
        _country_name(written_of)
        or (adjective if adjective and adjective != "Japanese" else None)
        or country_in_title(before)
        or country_in_title(post)
    )
    japanese = adjective == "Japanese" or bool(
        (before and en.OF_JAPAN.search(before)) or (post and en.OF_JAPAN.search(post))
    )
    if written_of is not None and _country_name(written_of) is None and end == match.end("of") and post is None:
        end = match.end("others") if groups.get("others") else match.end("name")  # "of the North American Division"
    if country is None and post is not None:
        country, end = _country_after(match.string, end)
    title = _clean(before) or _clean(post)
    honorific = _clean(groups.get("hon"))
    side = _side(name, title, country, None, honorific, japanese=japanese)
    return Person(name, title, country, side, None, honorific, bool(groups.get("others")), start, end)


def _country_after(text: str, end: int) -> tuple[str | None, int]:
    """A country written after a title and a comma ("Minister of Foreign Affairs, Kingdom of Saudi Arabia"):
    the country and where it ends, or None and ``end`` when none is."""
    found = _COMMA_COUNTRY.match(text, end)
    if found is None:
        return None, end
    country = _country_name(found["country"])
    if country is None or not found["country"].strip().removeprefix("the ").startswith(country):
        return None, end
    stop = found.start("country") + found["country"].index(country) + len(country)
    if not _COUNTRY_STOP.match(text, stop):
        return None, end  # "Kingdom of Saudi Arabia Foundation": a country only if nothing but a stop follows it
    return country, stop


def _apposition(match: re.Match[str]) -> Person | None:
    """ "Shinzo Abe, Prime Minister of Japan": the name read back from the comma the match starts with."""
    if not en.TITLE_HEAD.search(match["post"]):
        # _named_with_title would say no: what it reads is the start of this, and holds no title word either.
        # Tested first, it spares the search for the name, which tries every place of the 60 characters.
        return None
    text = match.string
    comma = match.start()
    found = en.NAME_BEFORE_COMMA.search(text, max(0, comma - 60), comma)
    if found is None:
        return None
    name = " ".join(found["name"].split())
    post = match["post"]
    end = match.end()
    cut = _place_after_title(post)
    if cut is not None:
        post, end = post[:cut], match.start("post") + cut
    post = _unbracketed(post)
    if not _named_with_title(name, post):
        return None
    title, country = _clean(post), country_in_title(post)
    side = _side(name, title, country, None, None, japanese=bool(en.OF_JAPAN.search(post)))
    return Person(name, title, country, side, start=found.start("name"), end=end)


def _unbracketed(text: str) -> str:
    """``text`` less a bracket that closes it (``_BRACKETED``, which tries every character: only where a ")" is)."""
    return _BRACKETED.sub("", text) if ")" in text else text


def _with_suffix(name: str, after: str | None) -> str:
    """The name with the generational suffix written after it ("Ferdinand R. Marcos Jr.", "Joseph R. Biden, Jr.")."""
    if after is not None:
        suffix = _SUFFIX.search(after)
        if suffix is not None:
            return f"{name}{suffix['sep'].strip()} {suffix['suffix'].rstrip('.')}."
    return name


def _place_after_title(post: str) -> int | None:
    """Where a place written after a full title starts (" at the Iikura Guest House"), or None.

    Only after a title that names its country ("Prime Minister of Australia at
    the Prime Minister's Office"): "Minister in the Prime Minister's Office"
    is a title whole.
    """
    place = en.TITLE_PLACE.search(post)
    if place is None or country_in_title(post[: place.start()]) is None:
        return None
    venue = place["venue"]
    if venue is not None and (en.NOT_VENUE.search(venue) or not en.VENUE_SUFFIX.search(venue)):
        return None
    return place.start()


def _names_someone(groups: dict[str, str | None], before: str | None, name: str) -> bool:
    """Whether a match names a person: a title with a head word, an honorific, or a "Name, Title" apposition."""
    if before is not None and not en.TITLE_HEAD.search(before):
        return False
    if before is None and groups.get("hon") is None and not _named_with_title(name, groups.get("post")):
        return False
    # "Prime Minister, Kishida," is not a "title, full name," apposition.
    return not ("hon" not in groups and before is not None and " " not in name)


def _post_title(
    match: re.Match[str], groups: dict[str, str | None], inner: re.Match[str] | _Unread | None
) -> tuple[str | None, int]:
    """The title written after the name and a comma, if it is one, and where the phrase then ends.

    ``groups`` are the match's named groups; ``inner`` is :func:`post_person` of the match, or UNREAD.
    """
    post = groups.get("post")
    if post is None:
        return None, match.end()
    if not en.TITLE_HEAD.search(post) or (post_person(match) if inner is _Unread.UNREAD else inner) is not None:
        end = match.start("post")
        while end > 0 and match.string[end - 1] in ", ":
            end -= 1
        return None, end
    cut = _place_after_title(post)
    if cut is not None:
        return _unbracketed(post[:cut]), match.start("post") + cut
    return _unbracketed(post), match.end()


def _adjective(match: re.Match[str], groups: dict[str, str | None]) -> tuple[str | None, int]:
    """A nationality adjective before a title ("Russian Minister of Foreign Affairs"), and where the phrase starts.

    ``groups`` are the match's named groups.
    """
    start = match.start()
    if start == 0 or not match.string[start - 1].isspace():
        return None, start  # the adjective is followed by white space (\s is what str.isspace says)
    if groups.get("title") is not None:
        lead = _demonym_before(match.string, max(0, start - 24), start)
        if lead is not None:
            return lead["adj"], lead.start()
    return None, start


def _demonym_before(text: str, pos: int, end: int) -> re.Match[str] | None:
    """:data:`~dipmeet.rules.en.DEMONYM_BEFORE`'s search in ``text`` from ``pos`` to ``end``, read from its end.

    A match is a nationality adjective, then white space to ``end``: the
    adjective ends where that white space starts, and the longest one ending
    there (with no word character or "-" before it) starts first. Those are
    found with ``str`` methods, and the pattern matched once where one
    starts; searched, it was tried at every place of the window.
    """
    stop = end
    while stop > pos and text[stop - 1].isspace():
        stop -= 1
    if stop == end:
        return None  # no white space before the end
    for demonym in _DEMONYMS_BY_LAST_TWO.get(text[stop - 2 : stop], ()):
        start = stop - len(demonym)
        if start >= pos and text.startswith(demonym, start):
            before = text[start - 1] if start else " "
            if not (before.isalnum() or before in "_-"):
                return en.DEMONYM_BEFORE.match(text, start, end)
    return None


def _demonyms_by_last_two() -> dict[str, tuple[str, ...]]:
    """The nationality adjectives by their last two characters, the longest first (each is two or longer)."""
    table: dict[str, tuple[str, ...]] = {}
    for demonym in sorted(en.DEMONYMS, key=len, reverse=True):
        table[demonym[-2:]] = (*table.get(demonym[-2:], ()), demonym)
    return table


_DEMONYMS_BY_LAST_TWO: Final = _demonyms_by_last_two()


def strong_japan(person: Person) -> bool:
    """Whether a phrase says Japan by more than a title: "of Japan", "Japanese", a name written KISHIDA Fumio."""
    return bool(
        person.country in ("Japan", "Japanese")
        or (person.title and en.OF_JAPAN.search(person.title))
        or (person.name and en.JAPANESE_NAME_ORDER.match(person.name))
    )


def _named_with_title(name: str, post: str | None) -> bool:
    """Whether "Name, Title" names a person: two words of name, a title that ends with a title word or a country."""
    if post is None or " " not in name or name in COUNTRIES_EN or not en.TITLE_HEAD.search(post):
        return False
    post = _unbracketed(post)
    return bool(_ends_with_title_word(post) or country_in_title(post) or post.endswith(" of Japan"))


def _ends_with_title_word(text: str) -> bool:
    """Whether :data:`~dipmeet.rules.en.TITLE_END` finds a title word ending ``text`` (or before a last newline).

    Read with ``str.endswith`` for the plain title words; the pattern, which
    tries every capital letter, is searched only where Chargé d'Affaires may
    stand (it ends with "Affaires" or "a.i.").
    """
    if text.endswith(en.TITLE_WORDS_PLAIN) or (text.endswith("\n") and text.endswith(en.TITLE_WORDS_PLAIN, 0, -1)):
        return True
    return ("Affaires" in text or "a.i." in text) and en.TITLE_END.search(text) is not None


def side_of(person: Person, *, japanese: bool = False) -> Side:
    """Judge which side a person phrase names from its own words."""
    return _side(person.name, person.title, person.country, person.group, person.honorific, japanese=japanese)


def _side(
    name: str | None,
    title: str | None,
    country: str | None,
    group: str | None,
    honorific: str | None,
    *,
    japanese: bool,
) -> Side:
    """:func:`side_of`, from the phrase's parts (before the :class:`Person` is built)."""
    if japanese or country in ("Japan", "Japanese"):
        return Side.JAPAN
    if group is not None or country:
        return Side.COUNTERPART
    if honorific and en.FOREIGN_HONORIFIC.search(honorific):
        return Side.COUNTERPART
    if title and en.JAPAN_TITLE.match(title):
        return Side.JAPAN
    if name and en.JAPANESE_NAME_ORDER.match(name):
        return Side.JAPAN
    return Side.COUNTERPART if title else Side.OTHER


def _clean(text: str | None) -> str | None:
    """Collapse white space and strip commas; None for nothing left."""
    if text is None:
        return None
    text = " ".join(text.split()).strip(" ,")
    return text or None


_TO_JAPAN: Final = re.compile(r"\s+to\s+Japan$")
_COMMA_COUNTRY: Final = re.compile(r",\s*(?P<country>(?:the\s+)?[A-Z][^,;.()]{2,60})")
_COUNTRY_STOP: Final = re.compile(r"\s*(?:[,;.()]|$)")


_LIST_MARK: Final = re.compile(r"[,;()]")


def _country_name(written: str | None) -> str | None:
    """The country a run after "of" names ("the Russian Federation" → Russian Federation), or None."""
    if not written:
        return None
    written = _THE.sub("", written.strip())
    written = _LIST_MARK.split(written, maxsplit=1)[0]
    words = written.split()
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        if candidate in COUNTRIES_EN:
            return candidate
    return None


def country_in_title(title: str | None) -> str | None:
    """The country a title ends with ("Minister ... of the Commonwealth of Australia" → Commonwealth of Australia).

    >>> country_in_title("Chairman of the Joint Chiefs of Staff of the United States")
    'United States'
    """
    if not title or "of" not in title:
        return None
    for match in _OF.finditer(title):
        candidate = _unbracketed(title[match.end() :]).strip()
        # an envoy's post after the country: "Ambassador ... of the State of Eritrea to Japan"
        candidate = _TO_JAPAN.sub("", candidate) if candidate.endswith("Japan") else candidate  # ends "to Japan"
        if candidate in COUNTRIES_EN:
            return candidate
    return None


def country_within(text: str) -> str | None:
    """The first country written after "of" / "from" in a phrase, or None."""
    for match in re.finditer(r"\b(?:of|from)\s+(?:the\s+)?", text):
        found = _country_name(text[match.end() : match.end() + 60])
        if found:
            return found
    return None


def headline_country(headline: str | None) -> str | None:
    """The country in "Japan-U.S. Foreign Ministerial Meeting" / "Japan-Viet Nam ..." (Japan's partner), or None."""
    if not headline:
        return None
    for match in _HEADLINE_PAIR.finditer(headline):
        words = re.split(r"(?<=[\w.])[-–\s]+", match["rest"])
        for size in range(len(words), 0, -1):
            candidate = " ".join(words[:size])
            if candidate in COUNTRIES_EN and candidate != "Japan":
                return candidate
    return None
