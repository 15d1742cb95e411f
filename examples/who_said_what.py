# What this shows: the bundled sample release (or a release file you name)
# printed as a who-said-what table: one row per statement, agreement and
# discussion, with the section it is in, the speaker and side, the speech acts
# and the beginning of the verbatim text. It walks sections recursively and
# tells the three kinds of item apart with isinstance.
#
# Usage:
#     python examples/who_said_what.py              # the bundled sample release
#     python examples/who_said_what.py release.txt  # any release: text or saved page, Japanese or English
"""Print a release as a who-said-what table."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import dipmeet
from dipmeet.cli import sample_text

COLUMNS = (("section", 16), ("who", 14), ("side", 11), ("acts", 24), ("text", 40))


def rows(sections: Iterable[dipmeet.Section], heading: str = "") -> Iterator[tuple[str, str, str, str, str]]:
    """Yield (section, who, side, acts, text) for every item, sub-sections included."""
    for section in sections:
        label = section.heading or heading  # numbered sub-sections (1), (2) carry no heading of their own
        for item in section.items:
            if isinstance(item, dipmeet.Statement):
                speaker = item.speaker
                who = (speaker.name or speaker.group or "?") if speaker else "(nobody)"
                side = speaker.side.value if speaker else ""
                acts = ", ".join(act.value for act in item.acts)
            elif isinstance(item, dipmeet.Agreement):
                who, side, acts = "both", "", item.kind.value
            else:
                who, side, acts = "both", "", "discussed"
            yield label, who, side, acts, item.text
        yield from rows(section.sections, label)


def width(text: str) -> int:
    """Columns a string takes in a terminal: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def cell(text: str, columns: int) -> str:
    """Cut or pad text to exactly ``columns`` terminal columns."""
    text = " ".join(text.split())
    out = ""
    for char in text:
        if width(out + char) > columns - (1 if width(text) > columns else 0):
            out += "…"
            break
        out += char
    return out + " " * (columns - width(out))


def main(argv: list[str] | None = None) -> int:
    """Parse the release and print its table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "file", nargs="?", type=Path, help="a release file, text or saved page (default: the bundled sample)"
    )
    args = parser.parse_args(argv)
    release = dipmeet.parse_file(args.file) if args.file else dipmeet.parse(sample_text())

    print(release.title, release.published)
    for meeting in release.meetings:
        print(" | ".join(cell(name, size) for name, size in COLUMNS))
        print("-+-".join("-" * size for _, size in COLUMNS))
        for row in rows(meeting.sections):
            print(" | ".join(cell(value, size) for value, (_, size) in zip(row, COLUMNS, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
