"""Facts carried by an item: amounts of money, named instruments, documents a release issues."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Final

from .model import Amount, Document, DocumentKind, Instrument
from .normalize import Text
from .rules import en, first_hit, holds_any, ja

__all__ = [
    "amount_value",
    "amounts_in",
    "amounts_in_en",
    "documents_in",
    "documents_in_en",
    "instruments_in",
    "instruments_in_en",
]

_UNITS: Final = {"兆": 10**12, "億": 10**8, "万": 10**4}
_GROUP: Final = re.compile(r"(?P<number>[0-9][0-9,]*(?:\.[0-9]+)?)(?P<unit>兆|億|万)?")


def amount_value(written: str) -> int | None:
    """The value of an amount written with 兆 / 億 / 万 groups (63億6,100万 → 6361000000).

    >>> amount_value("63億6,100万"), amount_value("1.5億"), amount_value("300")
    (6361000000, 150000000, 300)
    """
    total = Decimal(0)
    position = 0
    for match in _GROUP.finditer(written):
        if match.start() != position:
            return None
        digits = match["number"].replace(",", "")
        unit = _UNITS.get(match["unit"] or "", 1)
        if digits.isdigit():
            total += int(digits) * unit  # a whole number: exact in integers, no Decimal to parse
        else:
            try:
                total += Decimal(digits) * unit
            except InvalidOperation:
                return None
        position = match.end()
    if position != len(written) or position == 0:
        return None
    return int(total)


def amounts_in(text: Text) -> tuple[Amount, ...]:
    """Find amounts of money in a clause (63億6,100万円の円借款)."""
    if "円" not in text.text and "ドル" not in text.text and "ユーロ" not in text.text and "元" not in text.text:
        return ()
    found = []
    for match in _amount_matches(text.text):
        value = amount_value(match["number"])
        if value is None:
            continue
        after = ja.AID_KIND.match(text.text, match.end())
        before = ja.AID_KIND_BEFORE.search(text.text, max(0, match.start() - 12), match.start())
        kind = after["kind"] if after else (before["kind"] if before else None)
        found.append(
            Amount(
                value=value,
                currency=ja.CURRENCIES[match["currency"]],
                approximate=bool(match["approx"]),
                kind=kind,
                text=match.group(0),
                span=text.span(match.start(), match.end()),
            )
        )
    return tuple(found)


# Every amount holds a number that runs on into its currency (63億6,100万円):
# AMOUNT's number and currency, here read from the digit they start with (a
# character a search skips to quickly), and the same lookbehinds after it.
_NUMBER_AND_CURRENCY: Final = re.compile(
    r"[0-9](?<![0-9][0-9])(?<![0-9],[0-9])"
    r"(?:[0-9,]*(?:\.[0-9]+)?(?:兆|億|万)(?:[0-9][0-9,]*(?:億|万))*(?:[0-9][0-9,]*)?|[0-9,]*(?:\.[0-9]+)?)"
    r"(?:円|ドル|米ドル|ユーロ|元)"
)
# An amount's match starts at most this far before its first digit (およそ).
_AMOUNT_LEAD: Final = 3


def _amount_matches(text: str) -> Iterator[re.Match[str]]:
    """AMOUNT's matches, left to right, as ``finditer`` gives them.

    AMOUNT starts with an optional word and lookbehinds, so a search tries it
    at every position; each search starts instead just before the first
    number that runs on into a currency, which every match holds.
    """
    position = 0
    while True:
        number = _NUMBER_AND_CURRENCY.search(text, position)
        if number is None:
            return
        match = ja.AMOUNT.search(text, max(position, number.start() - _AMOUNT_LEAD))
        if match is None:
            return
        yield match
        position = match.end()


def instruments_in(text: Text) -> tuple[Instrument, ...]:
    """Find named instruments in a clause (日・カザフスタン原子力協定, 「…整備計画」)."""
    word = ja.INSTRUMENT_WORD.search(text.text)
    if word is None:
        return ()
    found = []
    seen: set[str] = set()
    for match in _instrument_matches(text.text, word):
        group = "quoted" if match["quoted"] else "name"
        name = match[group]
        if name in seen or len(name) < 3:
            continue
        seen.add(name)
        found.append(Instrument(name=name, span=text.span(match.start(group), match.end(group))))
    return tuple(found)


# An instrument's match starts at most this far before the first instrument
# word at or after it: a name of up to 40 characters before its word, where
# the word (行動計画) may hold the short one 2 characters in; or 「 and up to 60
# characters before a quoted one's word.
_NAME_REACH: Final = 42
_QUOTED_REACH: Final = 61
# A run of name characters (and +), read in a reversed stretch of text: back to the run's start.
_NAME_RUN_BACK: Final = re.compile(rf"[{ja.NAME_CHARS}+]*+")


def _instrument_matches(text: str, first: re.Match[str] | None = None) -> Iterator[re.Match[str]]:
    """INSTRUMENT's matches, left to right, as ``finditer`` gives them.

    Its lazy runs would be tried from every position of a long clause, and a
    search that finds nothing near a word would go on to the end; instead,
    word by word, INSTRUMENT is tried only where a match that ends with the
    word (or a later one) can start (:func:`_instrument_starts`). ``first``
    is the first instrument word of the text, where the caller has looked
    for it already.
    """
    position = 0
    words = ja.INSTRUMENT_WORD
    word = first if first is not None else words.search(text)
    while word is not None:
        match = None
        for start in _instrument_starts(text, position, word.start()):
            match = ja.INSTRUMENT.match(text, start)
            if match is not None:
                break
        if match is None:
            # No match starts up to this word: the next starts after it, with a later word.
            position = word.start() + 1
            word = words.search(text, position)
            continue
        yield match
        position = match.end()
        word = words.search(text, position)


def _instrument_starts(text: str, position: int, word: int) -> list[int]:
    """Where, from ``position`` to ``word``, an INSTRUMENT match can start, in order.

    ``word`` is where the first instrument word from ``position`` on starts.
    A match there ends with that word or a later one, and all of it but a
    quoted name's brackets is name characters (and +): a name starts at the
    start of the run that leads to ``word`` or just after a + in it (the
    lookbehind bars a start after a name character or a 「), no more than
    ``_NAME_REACH`` before the word; a quoted name starts at a 「 no more
    than ``_QUOTED_REACH`` before it.
    """
    starts = []
    quote = text.find("「", max(position, word - _QUOTED_REACH), word)
    while quote >= 0:
        starts.append(quote)
        quote = text.find("「", quote + 1, word)
    low = max(position, word - _NAME_REACH)
    lead = low - 1 if low else 0  # one character more: does the run start before ``low``?
    back = _NAME_RUN_BACK.match(text[lead:word][::-1])
    run = word - back.end() if back is not None else word  # (the run may be empty: it always matches)
    if run >= low:
        starts.append(run)
        low = run
    plus = text.find("+", max(low - 1, 0), word)
    while plus >= 0:
        if plus + 1 >= low:
            starts.append(plus + 1)
        plus = text.find("+", plus + 1, word)
    return sorted(set(starts))


def documents_in(text: Text) -> tuple[Document, ...]:
    """Find documents a paragraph says were issued or signed (「…共同プレス発表」を発出)."""
    found = []
    for match in ja.ISSUED_DOCUMENT.finditer(text.text):
        title = match["title"]
        hit = first_hit(ja.DOCUMENT_RULES, match.group(0))
        kind = DocumentKind(hit.meaning) if hit else DocumentKind.OTHER
        found.append(Document(title=title, kind=kind, span=text.span(match.start("title"), match.end("title"))))
    return tuple(found)


def documents_in_en(text: Text) -> tuple[Document, ...]:
    """Find the named instruments an English paragraph says were issued or signed.

    The verb stands just before the name ("the two leaders issued the
    Japan-Philippines Joint Statement") or just after it ("The Memorandum of
    Cooperation on Defense Equipment was signed"); an instrument only spoken
    of ("welcomed the progress of the Reciprocal Access Agreement") is no
    document of the release.

    >>> line = "They issued the Japan-Fiji Joint Statement."
    >>> [(d.title, d.kind.value) for d in documents_in_en(Text(line, range(len(line) + 1)))]
    [('Japan-Fiji Joint Statement', 'joint_statement')]
    """
    if not _may_name_instrument(text.text):
        return ()  # a quoted title is kept only where it holds an instrument word too
    named = [
        (quoted.start("title"), quoted.end("title"), quoted["title"], quoted.start(), quoted.end())
        for quoted in en.QUOTED_TITLE_EN.finditer(text.text)
        if en.INSTRUMENT_HEAD_EN.search(quoted["title"])
    ]
    for start, end, name in _instrument_names_en(text.text):
        if any(outer_start <= start < outer_end for _, _, _, outer_start, outer_end in named):
            continue
        tail = en.TITLE_TAIL_EN.match(text.text, end)
        if tail is not None:
            end, name = tail.end(), name + tail.group()
        named.append((start, end, name, start, end))
    found = []
    for start, end, name, outer_start, outer_end in sorted(named):
        if not (
            en.ISSUED_BEFORE_EN.search(text.text, max(0, outer_start - 60), outer_start)
            or en.ISSUED_AFTER_EN.match(text.text, outer_end, outer_end + 60)
        ):
            continue
        hit = first_hit(en.DOCUMENT_RULES_EN, name)
        kind = DocumentKind(hit.meaning) if hit else DocumentKind.OTHER
        found.append(Document(title=name, kind=kind, span=text.span(start, end)))
    return tuple(found)


# Every match of ``en.INSTRUMENT_HEAD_EN`` holds one of these words (Action Plan holds Plan).
_HEAD_WORDS: Final = (
    "Agreement",
    "Treaty",
    "Convention",
    "Memorandum",
    "Declaration",
    "Initiative",
    "Partnership",
    "Plan",
    "Vision",
    "Charter",
    "Protocol",
    "Statement",
)


def _may_name_instrument(text: str) -> bool:
    """A quick test that ``en.INSTRUMENT_HEAD_EN`` can match: ``text`` holds one of its words.

    Each word is looked for with a fast ``str`` scan; the pattern is tried at
    every capital letter, about a hundred instructions a character in all.
    """
    return holds_any(text, _HEAD_WORDS)


# One of these stands in every English amount's currency (a word or a sign).
_CURRENCY_MARKS: Final = ("yen", "JPY", "$", "dollar", "USD", "euro", "EUR", "€", "¥")


def amounts_in_en(text: Text) -> tuple[Amount, ...]:
    """Find amounts of money in an English clause ("50 billion yen in ODA loans").

    >>> [a.value for a in amounts_in_en(Text("a yen loan of up to 50 billion yen", range(35)))]
    [50000000000]
    """
    if not holds_any(text.text, _CURRENCY_MARKS):
        return ()
    found = []
    for match in en.AMOUNT_EN.finditer(text.text):
        currency_word = (match["before"] or match["after"] or "").lower()
        currency_word = " ".join(currency_word.split())
        currency = en.AMOUNT_CURRENCIES.get(currency_word)
        if currency is None:
            continue
        try:
            number = Decimal(match["number"].replace(",", ""))
        except InvalidOperation:
            continue
        scale = en.AMOUNT_SCALES.get((match["scale"] or "").lower(), 1)
        kind = en.AID_KIND_EN.match(text.text, match.end()) or en.AID_KIND_BEFORE_EN.search(
            text.text, max(0, match.start() - 40), match.start()
        )
        found.append(
            Amount(
                value=int(number * scale),
                currency=currency,
                approximate=bool(match["approx"]),
                kind=" ".join(kind["kind"].split()) if kind else None,
                text=match.group(0).strip(),
                span=text.span(match.start("approx") if match["approx"] else match.start(), match.end()),
            )
        )
    return tuple(found)


def instruments_in_en(text: Text) -> tuple[Instrument, ...]:
    """Find named instruments in an English clause ("the Japan-Australia Free Trade Agreement").

    The name is read back from its last word over capitalised words and the
    small words between them, so "the importance of the Agreement" names none.
    """
    return tuple(
        Instrument(name=name, span=text.span(start, end)) for start, end, name in _instrument_names_en(text.text)
    )


def _instrument_names_en(text: str) -> list[tuple[int, int, str]]:
    """The instruments named in ``text`` as ``(start, end, name)``, the outermost of nested names only."""
    if not _may_name_instrument(text):
        return []
    found: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for head in en.INSTRUMENT_HEAD_EN.finditer(text):
        start = _name_start_en(text, head.start())
        name = text[start : head.end()]
        # Small words at the edge belong to the sentence, not the name.
        while name.split(" ", 1)[0] in ("of", "and", "for", "on", "the", "in", "to") and " " in name:
            start += len(name.split(" ", 1)[0]) + 1
            name = text[start : head.end()]
        if not _CAPITAL.search(text, start, head.start()) or name in seen:
            continue  # "the Agreement" alone names nothing
        seen.add(name)
        found.append((start, head.end(), name))
    # "Strategic and Global Partnership" inside "… Partnership Action Plan" is one name.
    return [
        item
        for item in found
        if not any(other is not item and other[0] <= item[0] and item[1] < other[1] for other in found)
    ]


_CAPITAL: Final = re.compile(r"[A-Z]")
# How far back a name is read from its head word: so many words, each the last in so many characters before it.
_NAME_WORDS: Final = 10
_WORD_REACH: Final = 40


def _name_start_en(text: str, head: int) -> int:
    """Where the name whose head word starts at ``head`` starts: back over up to ten name words.

    Each step takes the last word (run of non-space characters) of the 40
    characters before the name read so far, as ``re.search(r"\\S+$", …)`` of
    them less their trailing space would, and stops at one that is no
    ``en.INSTRUMENT_WORD_EN``.
    """
    start = head
    for _ in range(_NAME_WORDS):
        low = max(0, start - _WORD_REACH)
        before = text[low:start].rstrip()
        if not before:
            break
        word = before.rsplit(None, 1)[-1]
        if not en.INSTRUMENT_WORD_EN.match(word):
            break
        start = low + len(before) - len(word)
    return start
