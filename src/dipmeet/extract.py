"""Facts carried by an item: amounts of money, named instruments, documents a release issues."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Final

from .model import Amount, Document, DocumentKind, Instrument
from .normalize import Text
from .rules import first_hit, ja

__all__ = ["amount_value", "amounts_in", "documents_in", "instruments_in"]

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
        try:
            number = Decimal(match["number"].replace(",", ""))
        except InvalidOperation:
            return None
        total += number * _UNITS.get(match["unit"] or "", 1)
        position = match.end()
    if position != len(written) or position == 0:
        return None
    return int(total)


def amounts_in(text: Text) -> tuple[Amount, ...]:
    """Find amounts of money in a clause (63億6,100万円の円借款)."""
    if "円" not in text.text and "ドル" not in text.text and "ユーロ" not in text.text and "元" not in text.text:
        return ()
    found = []
    for match in ja.AMOUNT.finditer(text.text):
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


def instruments_in(text: Text) -> tuple[Instrument, ...]:
    """Find named instruments in a clause (日・カザフスタン原子力協定, 「…整備計画」)."""
    found = []
    seen: set[str] = set()
    for match in ja.INSTRUMENT.finditer(text.text):
        group = "quoted" if match["quoted"] else "name"
        name = match[group]
        if name in seen or len(name) < 3:
            continue
        seen.add(name)
        found.append(Instrument(name=name, span=text.span(match.start(group), match.end(group))))
    return tuple(found)


def documents_in(text: Text) -> tuple[Document, ...]:
    """Find documents a paragraph says were issued or signed (「…共同プレス発表」を発出)."""
    found = []
    for match in ja.ISSUED_DOCUMENT.finditer(text.text):
        title = match["title"]
        hit = first_hit(ja.DOCUMENT_RULES, match.group(0))
        kind = DocumentKind(hit.meaning) if hit else DocumentKind.OTHER
        found.append(Document(title=title, kind=kind, span=text.span(match.start("title"), match.end("title"))))
    return tuple(found)
