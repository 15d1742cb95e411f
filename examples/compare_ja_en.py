# What this shows: the Japanese and English releases of one meeting compared
# item by item. Both languages fill the same model with the same vocabularies
# (sides, speech acts, agreement kinds, formats, levels), so the two readouts
# can be lined up: the meeting's facts side by side, then each section's
# items paired in order (difflib pairs them by who acts, so an item present in
# one version only does not shift the rest), with the side and the speech acts
# of each, and what differs.
#
# Usage:
#     python examples/compare_ja_en.py                  # the pair in ../shared/corpus, if present
#     python examples/compare_ja_en.py JA_FILE EN_FILE  # any two releases (text or saved pages)
#
# The default pair is the Japan-Kenya Summit Meeting of 28 August 2019 in
# Yokohama, on the margins of TICAD7: ../shared/corpus/ja/098.txt (MOFA,
# Japanese) and ../shared/corpus/en/055.txt (MOFA, English). When that folder
# is absent the script says so and exits 0.
"""Compare the Japanese and English releases of one meeting, item by item."""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import enum
import itertools
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import dipmeet

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_PAIR = (SHARED_CORPUS / "ja" / "098.txt", SHARED_CORPUS / "en" / "055.txt")
# Facts of the meeting that do not depend on the language (names and venues do).
MEETING_FIELDS = ("date", "start", "end", "duration_minutes", "formats", "level")

Pair = tuple[dipmeet.Item | None, dipmeet.Item | None]


def sections_with_items(
    sections: Iterable[dipmeet.Section], path: tuple[int, ...] = (), labels: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[int, ...], str, dipmeet.Section]]:
    """Yield (position path, label, section) for every section that holds items, depth first.

    The label is the numbering and heading of the section and those above it ("- 気候変動 > (1)").
    """
    for index, section in enumerate(sections):
        here = (*path, index)
        named = (*labels, " ".join(part for part in (section.marker, section.heading) if part) or "*")
        if section.items:
            yield here, " > ".join(named), section
        yield from sections_with_items(section.sections, here, named)


def who(item: dipmeet.Item) -> str:
    """The side an item speaks for: a statement's speaker's side; both for agreements and discussions."""
    if isinstance(item, dipmeet.Statement):
        return item.speaker.side.value if item.speaker else "nobody"
    return "both"


def what(item: dipmeet.Item) -> tuple[str, ...]:
    """What an item does: a statement's speech acts, an agreement's kind, or 'discussed'."""
    if isinstance(item, dipmeet.Statement):
        return tuple(act.value for act in item.acts)
    if isinstance(item, dipmeet.Agreement):
        return (item.kind.value,)
    return ("discussed",)


def pair_items(ja: list[dipmeet.Item], en: list[dipmeet.Item]) -> list[Pair]:
    """Pair the items of one section in order, aligning them by who acts."""
    matcher = difflib.SequenceMatcher(a=[who(i) for i in ja], b=[who(i) for i in en], autojunk=False)
    pairs: list[Pair] = []
    for _, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        pairs.extend(itertools.zip_longest(ja[a_start:a_end], en[b_start:b_end]))
    return pairs


def pair_sections(ja: dipmeet.Meeting, en: dipmeet.Meeting) -> list[tuple[str, list[Pair]]]:
    """Pair the sections of two meetings by their position in the tree, then their items."""
    ja_sections = {path: (label, section) for path, label, section in sections_with_items(ja.sections)}
    en_sections = {path: (label, section) for path, label, section in sections_with_items(en.sections)}
    paired = []
    for path in sorted(ja_sections.keys() | en_sections.keys()):
        found = [sections.get(path) for sections in (ja_sections, en_sections)]
        label = " | ".join(dict.fromkeys(entry[0] for entry in found if entry is not None))
        ja_items, en_items = (list(entry[1].items) if entry is not None else [] for entry in found)
        paired.append((label, pair_items(ja_items, en_items)))
    return paired


def verdict(pair: Pair) -> str:
    """What differs between the two items of a pair."""
    ja, en = pair
    if ja is None:
        return "only in en"
    if en is None:
        return "only in ja"
    if who(ja) != who(en):
        return "side differs"
    if set(what(ja)) != set(what(en)):
        return "acts differ"
    return "same"


def describe(item: dipmeet.Item | None) -> str:
    """A short description of an item: side and acts."""
    return f"{who(item)}: {', '.join(what(item))}" if item is not None else "-"


def short(text: str, length: int) -> str:
    """The start of a text on one line."""
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


def meeting_rows(ja: dipmeet.Meeting, en: dipmeet.Meeting) -> list[tuple[str, str, str, str]]:
    """(field, ja value, en value, note) for the meeting's language-independent facts and its main participants."""
    rows = []
    for field in MEETING_FIELDS:
        values = [_shown(getattr(meeting, field)) for meeting in (ja, en)]
        rows.append((field, values[0], values[1], "" if values[0] == values[1] else "differs"))
    for side in (dipmeet.Side.JAPAN, dipmeet.Side.COUNTERPART):
        names = [_main(meeting, side) for meeting in (ja, en)]
        rows.append((side.value, names[0], names[1], ""))
    return rows


def _main(meeting: dipmeet.Meeting, side: dipmeet.Side) -> str:
    person = next((p for p in meeting.participants if p.side is side and not p.attendee), None)
    return (person.name or person.group or person.title or "?") if person else "-"


def _shown(value: object) -> str:
    """A field's value as text: enums by their value, times as HH:MM, tuples joined."""
    if value is None:
        return "-"
    if isinstance(value, tuple):
        return ", ".join(_shown(part) for part in value) or "-"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def totals(pairs: Iterable[Pair]) -> dict[str, Counter[str]]:
    """Items per side, and (side, act) counts, in each language."""
    counts: dict[str, Counter[str]] = {"ja": Counter(), "en": Counter()}
    for pair in pairs:
        for language, item in zip(("ja", "en"), pair, strict=True):
            if item is not None:
                counts[language][who(item)] += 1
                counts[language].update(f"{who(item)} {act}" for act in what(item))
    return counts


def report(ja: dipmeet.Release, en: dipmeet.Release) -> Iterator[str]:
    """The lines of the comparison of two releases of one meeting."""
    if not ja.meetings or not en.meetings:
        yield "no meeting found in " + " and ".join(n for n, r in (("ja", ja), ("en", en)) if not r.meetings)
        return
    meeting_ja, meeting_en = ja.meetings[0], en.meetings[0]
    yield "The meeting"
    yield f"  {'':16} {'ja':24} en"
    for field, value_ja, value_en, note in meeting_rows(meeting_ja, meeting_en):
        yield f"  {field:16} {_pad(value_ja, 24)} {value_en:24} {note}".rstrip()
    yield ""
    yield "Items, section by section"
    everything: list[Pair] = []
    for label, pairs in pair_sections(meeting_ja, meeting_en):
        yield f"  [{label}]"
        for pair in pairs:
            yield f"    {describe(pair[0]):34} {describe(pair[1]):34} {verdict(pair)}"
            for language, item in zip(("ja", "en"), pair, strict=True):
                if item is not None:
                    yield f"      {language}: {short(item.text, 36 if language == 'ja' else 72)}"
        everything.extend(pairs)
    yield ""
    counts = totals(everything)
    yield "Totals (items, then speech acts, by side)"
    keys = sorted(counts["ja"].keys() | counts["en"].keys(), key=lambda key: (" " in key, key))
    for key in keys:
        yield f"  {key:28} ja {counts['ja'][key]:3}   en {counts['en'][key]:3}"
    yield ""
    verdicts = Counter(verdict(pair) for pair in everything)
    both = sum(1 for pair in everything if None not in pair)
    agreements = [sum(isinstance(pair[index], dipmeet.Agreement) for pair in everything) for index in (0, 1)]
    yield (
        f"{both} items paired ({verdicts['same']} the same, {verdicts['acts differ']} with other acts, "
        f"{verdicts['side differs']} on another side), {verdicts['only in ja']} only in ja, "
        f"{verdicts['only in en']} only in en; agreements: {agreements[0]} in ja, {agreements[1]} in en"
    )


def _pad(text: str, columns: int) -> str:
    """Pad to a width on screen, counting East Asian wide characters as two columns."""
    width = sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
    return text + " " * max(0, columns - width)


def main(argv: list[str] | None = None) -> int:
    """Parse the two releases and print their comparison."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ja", nargs="?", type=Path, help="the Japanese release (text or saved page)")
    parser.add_argument("en", nargs="?", type=Path, help="the English release of the same meeting")
    args = parser.parse_args(argv)
    if (args.ja is None) != (args.en is None):
        parser.error("give both releases, Japanese first, or neither")
    paths = (args.ja, args.en) if args.ja is not None else DEFAULT_PAIR
    if args.ja is None and not all(path.is_file() for path in paths):
        print(f"skipped: the shared corpus pair {paths[0]} and {paths[1]} is absent (give JA_FILE EN_FILE)")
        return 0
    ja, en = (dipmeet.parse_file(path) for path in paths)
    for language, release in (("ja", ja), ("en", en)):
        if release.language.value != language:
            print(f"note: {release.source} reads as {release.language.value}, not {language}", file=sys.stderr)
        print(f"{language}: {release.source}  {release.title or '(no headline)'}  [{release.published}]")
    print()
    for line in report(ja, en):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
