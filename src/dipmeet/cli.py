"""The command line: ``dipmeet parse [FILE ...]``.

JSON goes to standard output; errors and diagnostics go to standard error.
The exit status is 0 on success, 1 when a file could not be read or (under
``--strict``) parsed, and 2 for bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import resources
from typing import TextIO

from . import __version__
from .errors import ParseError
from .model import Agreement, Discussion, Meeting, Participant, Release, Section, Severity, Statement
from .parse import parse
from .serialize import to_json, unstructure

__all__ = ["main", "sample_text", "summary"]


def sample_text() -> str:
    """The bundled sample release: the 2010 Japan–Kazakhstan Foreign Ministers' Meeting.

    Published by the Ministry of Foreign Affairs of Japan (reuse permitted with
    attribution under the Government of Japan Standard Terms of Use 2.0).
    """
    return resources.files("dipmeet").joinpath("data/sample.txt").read_text(encoding="utf-8")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dipmeet",
        description="Parse Japanese diplomatic meeting readouts into typed JSON.",
    )
    parser.add_argument("--version", action="version", version=f"dipmeet {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    parse_command = commands.add_parser("parse", help="parse releases and print them")
    parse_command.add_argument(
        "files", nargs="*", metavar="FILE", help="release text files ('-' or none: standard input)"
    )
    parse_command.add_argument("--sample", action="store_true", help="parse the bundled sample release")
    parse_command.add_argument(
        "--format",
        choices=("json", "summary"),
        default="json",
        help="json (default) or a readable who-said-what summary",
    )
    parse_command.add_argument(
        "--strict", action="store_true", help="fail (exit 1) when a release has error diagnostics"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    inputs: list[tuple[str, str]] = []
    failed = False
    if args.sample:
        inputs.append(("<sample>", sample_text()))
    names = list(args.files) or ([] if args.sample else ["-"])
    for name in names:
        text = _read(name)
        if text is None:
            failed = True
            continue
        inputs.append((name, text))
    releases: list[Release] = []
    for name, text in inputs:
        try:
            release = parse(text, strict=args.strict)
        except ParseError as error:
            print(f"dipmeet: {name}: {error}", file=sys.stderr)
            failed = True
            continue
        releases.append(release)
        _report(name, release, sys.stderr)
    _write(releases, args.format, sys.stdout)
    return 1 if failed else 0


def _read(name: str) -> str | None:
    """Read a file (or standard input for '-'); print a one-line message and return None on failure.

    A file that cannot be read, is not UTF-8, holds NUL bytes (a binary file)
    or holds only white space fails.
    """
    try:
        if name == "-":
            text = sys.stdin.read()
        else:
            with open(name, encoding="utf-8") as handle:
                text = handle.read()
    except FileNotFoundError:
        print(f"dipmeet: {name}: no such file", file=sys.stderr)
    except IsADirectoryError:
        print(f"dipmeet: {name}: is a directory", file=sys.stderr)
    except PermissionError:
        print(f"dipmeet: {name}: permission denied", file=sys.stderr)
    except UnicodeDecodeError as error:
        print(f"dipmeet: {name}: not UTF-8 text (byte {error.start}: {error.reason})", file=sys.stderr)
    except OSError as error:
        print(f"dipmeet: {name}: cannot read ({error.strerror or error})", file=sys.stderr)
    else:
        if "\x00" in text:  # valid UTF-8 can still be a binary file: text never holds NUL
            print(f"dipmeet: {name}: a binary file (it holds NUL bytes), not a release", file=sys.stderr)
        elif not text.strip():
            print(f"dipmeet: {name}: empty, no release to parse", file=sys.stderr)
        else:
            return text
    return None


def _report(name: str, release: Release, stream: TextIO) -> None:
    """One line on standard error for a release with warnings or errors."""
    warnings = sum(1 for d in release.diagnostics if d.severity is Severity.WARNING)
    errors = sum(1 for d in release.diagnostics if d.severity is Severity.ERROR)
    if warnings or errors:
        print(f"dipmeet: {name}: {errors} error(s), {warnings} warning(s)", file=stream)


def _write(releases: list[Release], fmt: str, stream: TextIO) -> None:
    if fmt == "summary":
        stream.write("\n\n".join(summary(release) for release in releases))
        if releases:
            stream.write("\n")
        return
    if len(releases) == 1:
        stream.write(to_json(releases[0], indent=1) + "\n")
    elif releases:
        import json

        stream.write(json.dumps([unstructure(r) for r in releases], ensure_ascii=False, indent=1) + "\n")


def summary(release: Release) -> str:
    """A readable who-said-what view of a release, for a person."""
    lines = [f"{release.title or '(no headline)'}  [{release.published or 'no date line'}]"]
    for meeting in release.meetings:
        lines.extend(_meeting_summary(meeting))
    notable = [d for d in release.diagnostics if d.severity is not Severity.INFO]
    if notable:
        lines.append("diagnostics:")
        lines.extend(f"  {d.severity.value}: {d.message}" for d in notable)
    return "\n".join(lines)


def _who(participant: Participant | None) -> str:
    if participant is None:
        return "(no speaker)"
    label = participant.name or participant.group or participant.title or "?"
    return f"{label} [{participant.side.value}]"


def _meeting_summary(meeting: Meeting) -> list[str]:
    when = " ".join(
        part
        for part in (
            meeting.date.isoformat() if meeting.date else "date unknown",
            meeting.start.strftime("%H:%M") if meeting.start else "",
            f"- {meeting.end.strftime('%H:%M')}" if meeting.end else "",
            f"({meeting.duration_minutes} min)" if meeting.duration_minutes else "",
        )
        if part
    )
    formats = ", ".join(f.value for f in meeting.formats) or "format unknown"
    level = meeting.level.value if meeting.level else "level unknown"
    venue = f" at {meeting.venue}" if meeting.venue else ""
    lines = [f"Meeting {when}: {formats}{venue} ({level})"]
    for participant in meeting.participants:
        details = ", ".join(x for x in (participant.title, participant.country) if x)
        role = "attendee" if participant.attendee else "participant"
        lines.append(f"  {role} {_who(participant)}" + (f" {details}" if details else ""))
    for section in meeting.sections:
        lines.extend(_section_summary(section, 1))
    return lines


def _section_summary(section: Section, depth: int) -> list[str]:
    pad = "  " * depth
    lines = []
    if section.heading or section.marker:
        lines.append(f"{pad}{section.marker or ''} {section.heading or ''}".rstrip())
    for item in section.items:
        text = item.text.replace("\n", " ")
        if isinstance(item, Statement):
            acts = ", ".join(a.value for a in item.acts) or "-"
            lines.append(f"{pad}  {_who(item.speaker)} {acts}: {text}")
        elif isinstance(item, Agreement):
            lines.append(f"{pad}  BOTH {item.kind.value}: {text}")
        elif isinstance(item, Discussion):
            lines.append(f"{pad}  BOTH discussed: {text}")
    for child in section.sections:
        lines.extend(_section_summary(child, depth + 1))
    return lines


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
