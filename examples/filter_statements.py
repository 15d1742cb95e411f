# What this shows: filtering statements by the side of their speaker and by
# speech act, and printing each match with its span, the offsets that point
# back into the original text (text[span.start:span.end] is the statement).
# Files are read with dipmeet.read_file, so they may be saved HTML pages in any
# encoding; the spans then point into the page's text as read_file gives it.
#
# Usage:
#     python examples/filter_statements.py                                  # thanks from the counterpart, in the sample
#     python examples/filter_statements.py --side japan --act hoped
#     python examples/filter_statements.py --act welcomed a.txt b.html      # any release files, either language
"""Print the statements of one side that perform one speech act."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import dipmeet
from dipmeet.cli import sample_text


def statements(sections: Iterable[dipmeet.Section]) -> Iterator[dipmeet.Statement]:
    """Yield the statements of sections and their sub-sections, in text order."""
    for section in sections:
        for item in section.items:
            if isinstance(item, dipmeet.Statement):
                yield item
        yield from statements(section.sections)


def matching(
    release: dipmeet.Release, side: dipmeet.Side | None, act: dipmeet.Act | None
) -> Iterator[dipmeet.Statement]:
    """Yield the statements whose speaker is on ``side`` and that perform ``act`` (None: any)."""
    for meeting in release.meetings:
        for statement in statements(meeting.sections):
            if side is not None and (statement.speaker is None or statement.speaker.side is not side):
                continue
            if act is not None and act not in statement.acts:
                continue
            yield statement


def main(argv: list[str] | None = None) -> int:
    """Parse each release and print the statements that match."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "files", nargs="*", type=Path, help="release files, text or saved pages (default: the bundled sample)"
    )
    parser.add_argument("--side", choices=[side.value for side in dipmeet.Side], default="counterpart")
    parser.add_argument("--act", choices=[act.value for act in dipmeet.Act], default="thanked")
    args = parser.parse_args(argv)
    side, act = dipmeet.Side(args.side), dipmeet.Act(args.act)

    sources = [(str(path), dipmeet.read_file(path).text) for path in args.files] or [("<sample>", sample_text())]
    for name, text in sources:
        release = dipmeet.parse(text)
        for statement in matching(release, side, act):
            assert text[statement.span.start : statement.span.end] == statement.text
            speaker = statement.speaker.name if statement.speaker else None
            print(f"{name} [{statement.span.start}:{statement.span.end}] {speaker}: {statement.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
