"""The command line: ``dipmeet parse PATH...`` and ``dipmeet export PATH... -o DIR``.

``parse`` writes releases (JSON, JSON Lines, or a readable summary) to
standard output or ``-o FILE``; ``export`` writes the tables of
:mod:`dipmeet.tables` to a folder as CSV or Parquet files. Both take files and
folders (searched recursively for ``--glob`` patterns; by default ``*.txt``,
``*.htm``, ``*.html``, ``*.shtml``), ``-`` for standard input, and ``--jobs N``
worker processes. Results are written as they come, in input order.

Standard error gets one line per input that failed or whose release has
warnings or errors, a progress bar when it is a terminal, and at the end a
one-line account. The exit status is 0 on success; 1 when an input failed
(missing, empty, binary, a folder without releases, a strict-mode failure),
held undecodable bytes, or the output could not be written; 2 for bad usage.
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import resources
from typing import Final, TextIO

import attrs

from . import __version__
from .batch import Failure, map_ordered
from .model import (
    Agreement,
    DiagnosticKind,
    Discussion,
    Meeting,
    Participant,
    Release,
    Section,
    Severity,
    Statement,
)
from .serialize import to_json
from .sources import parse_bytes, parse_file
from .tables import Row, release_rows, write_tables

__all__ = ["DEFAULT_GLOBS", "main", "sample_text", "summary"]

DEFAULT_GLOBS: Final = ("*.txt", "*.htm", "*.html", "*.shtml")
"""The files a folder is searched for when no ``--glob`` is given (case does not matter)."""

# Short phrases for the errors a person meets most, as the command line has always said them.
_PHRASES: Final = {
    "FileNotFoundError": "no such file",
    "IsADirectoryError": "is a directory",
    "PermissionError": "permission denied",
}


def sample_text() -> str:
    """Return the bundled sample release: the 2010 Japan–Kazakhstan Foreign Ministers' Meeting.

    The text begins with an empty line (so the headline starts at offset 1).
    Published by the Ministry of Foreign Affairs of Japan (reuse permitted with
    attribution under the Government of Japan Standard Terms of Use 2.0).
    """
    return resources.files("dipmeet").joinpath("data/sample.txt").read_text(encoding="utf-8")


class _Version(argparse.Action):
    """``--version``: the version, and whether this installation runs compiled (told only when asked)."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from .compiled import describe

        sys.stdout.write(f"dipmeet {__version__} ({describe()})\n")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dipmeet",
        description="Parse Japanese and English diplomatic meeting readouts into typed JSON and tables.",
    )
    parser.add_argument("--version", action=_Version, help="show the version, and whether it runs compiled, and exit")
    commands = parser.add_subparsers(dest="command", required=True)
    parse_command = commands.add_parser("parse", help="parse releases and print them")
    parse_command.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="release files (text or saved HTML pages) and folders; '-' or none: standard input",
    )
    parse_command.add_argument("--sample", action="store_true", help="parse the bundled sample release")
    parse_command.add_argument(
        "--format",
        choices=("json", "jsonl", "summary"),
        default="json",
        help="json (default: one object, or an array for several), jsonl (one release per line), "
        "or a readable who-said-what summary",
    )
    parse_command.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    _input_options(parse_command)
    export_command = commands.add_parser("export", help="write the tables of releases as CSV or Parquet files")
    export_command.add_argument(
        "paths", nargs="+", metavar="PATH", help="release files and folders; '-': standard input"
    )
    export_command.add_argument(
        "--to", choices=("csv", "parquet"), default="csv", help="file format (parquet needs dipmeet[parquet])"
    )
    export_command.add_argument(
        "-o", "--output", metavar="DIR", required=True, help="folder for the files, one per table"
    )
    _input_options(export_command)
    return parser


def _input_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help=f"file name pattern to take from folders, repeatable (default: {' '.join(DEFAULT_GLOBS)})",
    )
    command.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1; 0: one per CPU)"
    )
    command.add_argument("--strict", action="store_true", help="fail (exit 1) for a release with error diagnostics")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Args:
        argv: The arguments after the program name (``["parse", "--sample"]``);
            None reads them from :data:`sys.argv`.

    Returns:
        0 on success, 1 when an input could not be read or written or (under
        ``--strict``) parsed. Bad usage exits with status 2 through
        :class:`SystemExit`.
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")
    patterns = tuple(args.glob or DEFAULT_GLOBS)
    names = list(args.paths) or ([] if getattr(args, "sample", False) else ["-"])
    inputs = _inputs(names, patterns, sample=getattr(args, "sample", False))
    account = _Account()
    if args.command == "export":
        _export(inputs, args, account)
    else:
        _parse(inputs, args, account)
    account.close()
    return 1 if account.failed or account.undecodable or account.unwritten else 0


# Inputs ------------------------------------------------------------------------------------------


@attrs.frozen
class _Text:
    """A release given whole rather than by path: standard input, or the bundled sample."""

    name: str
    data: str | bytes


_Input = str | _Text | Failure  # a path, a text, or a problem found while listing the inputs


def _inputs(names: Sequence[str], patterns: Sequence[str], *, sample: bool) -> Iterator[_Input]:
    """The inputs in order: the sample, then each name (a folder gives its files), lazily."""
    if sample:
        yield _Text("<sample>", sample_text())
    for name in names:
        if name == "-":
            stdin = getattr(sys.stdin, "buffer", sys.stdin)  # bytes where there are bytes: any encoding
            yield _Text("-", stdin.read())
        elif os.path.isdir(name):
            yield from _folder(name, patterns)
        else:
            yield name


def _folder(folder: str, patterns: Sequence[str]) -> Iterator[_Input]:
    """The files under ``folder`` that match a pattern, in sorted order; a Failure if there are none.

    A sub-folder that cannot be read is a Failure of its own, where it would have come.
    """
    found = False
    problems: list[OSError] = []
    lowered = [pattern.lower() for pattern in patterns]
    for root, folders, files in os.walk(folder, onerror=problems.append):
        yield from _unreadable(problems, folder)
        stems = {os.path.splitext(name)[0] for name in files if name.lower().endswith((".htm", ".html"))}
        # Skip hidden folders, and the "<page>_files" folder a browser saves beside each page.
        folders[:] = sorted(d for d in folders if not d.startswith(".") and not _companion(d, stems))
        for name in sorted(files):
            if not name.startswith(".") and any(fnmatch.fnmatchcase(name.lower(), p) for p in lowered):
                found = True
                yield os.path.join(root, name)
    unreadable = list(_unreadable(problems, folder))
    yield from unreadable
    if not found and not unreadable:
        message = f"no release files in this folder (looked for {', '.join(patterns)})"
        yield Failure(source=folder, error="NoReleases", message=message)


def _unreadable(problems: list[OSError], folder: str) -> Iterator[Failure]:
    while problems:
        problem = problems.pop(0)
        yield Failure(source=problem.filename or folder, error=type(problem).__name__, message=str(problem.strerror))


def _companion(folder: str, stems: set[str]) -> bool:
    return folder.endswith("_files") and folder[: -len("_files")] in stems


def _input_name(item: _Input) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, _Text):
        return item.name
    return item.source


def _numbered_name(item: tuple[int, _Input]) -> str:
    return _input_name(item[1])


def _count_paths(names: Sequence[str], patterns: Sequence[str]) -> int:
    """How many inputs there are (for the progress bar), without reading any of them."""
    return sum(
        sum(1 for item in _folder(name, patterns) if not isinstance(item, Failure)) if os.path.isdir(name) else 1
        for name in names
    )


# Work done in the workers ------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Done:
    """What a worker sends back for one release: the output, and what to report about it."""

    name: str
    text: str = ""
    rows: dict[str, list[Row]] = attrs.field(factory=dict)
    errors: int = 0
    warnings: int = 0
    undecodable: str | None = None  # the message of a decoding error


def _read(item: str | _Text, *, strict: bool) -> Release:
    if isinstance(item, str):
        return parse_file(item, strict=strict)
    data = item.data if isinstance(item.data, bytes) else item.data.encode("utf-8")
    # Text given whole goes through the same checks as a file: empty, blank, binary.
    return parse_bytes(data, strict=strict)


def _done(name: str, release: Release, *, text: str = "", rows: dict[str, list[Row]] | None = None) -> _Done:
    severities = [d.severity for d in release.diagnostics]
    undecodable = (
        d.message for d in release.diagnostics if d.kind is DiagnosticKind.DECODING and d.severity is Severity.ERROR
    )
    return _Done(
        name=name,
        text=text,
        rows=rows or {},
        errors=severities.count(Severity.ERROR),
        warnings=severities.count(Severity.WARNING),
        undecodable=next(undecodable, None),
    )


def _render(item: _Input, *, fmt: str, strict: bool) -> _Done | Failure:
    """Parse one input and render it in ``fmt``, in the worker: only the text comes back."""
    if isinstance(item, Failure):
        return item
    release = _read(item, strict=strict)
    text = summary(release) if fmt == "summary" else to_json(release, indent=1 if fmt == "json" else None)
    return _done(_input_name(item), release, text=text)


def _tabulate(numbered: tuple[int, _Input], *, strict: bool) -> _Done | Failure:
    """Parse one input and make its table rows, in the worker: only the rows come back."""
    position, item = numbered
    if isinstance(item, Failure):
        return item
    release = _read(item, strict=strict)
    return _done(_input_name(item), release, rows=release_rows(release, position))


# The parent: run, report, write ------------------------------------------------------------------


def _to_stderr(message: str) -> None:
    print(message, file=sys.stderr)  # sys.stderr as it is now, which tests replace


@attrs.define
class _Account:
    """What happened, for the closing line and the exit status (state of one run)."""

    parsed: int = 0
    flagged: int = 0
    failed: int = 0
    undecodable: int = 0
    unwritten: bool = False
    say: Callable[[str], None] = _to_stderr

    def note(self, result: _Done | Failure) -> _Done | None:
        """Report one result on standard error; return it if it is a release."""
        if isinstance(result, Failure):
            self.failed += 1
            self.say(f"dipmeet: {result.source}: {_PHRASES.get(result.error, result.message)}")
            return None
        self.parsed += 1
        if result.undecodable:
            self.undecodable += 1
            self.say(f"dipmeet: {result.name}: {result.undecodable}")
        if result.errors or result.warnings:
            self.flagged += 1
        if result.errors and not result.undecodable:
            # Errors get a line of their own; warnings only count in the closing line, so a
            # large run is not flooded with one line for every second file.
            self.say(f"dipmeet: {result.name}: {result.errors} error(s), {result.warnings} warning(s)")
        return result

    def close(self) -> None:
        failed = f"{self.failed:,} failed"
        self.say(f"dipmeet: {self.parsed:,} parsed ({self.flagged:,} with diagnostics), {failed}")


def _run(
    function: Callable[..., _Done | Failure],
    items: Iterable[object],
    args: argparse.Namespace,
    account: _Account,
    name: Callable[..., str],
) -> Iterator[_Done | Failure]:
    """Map ``function`` over the items in order, with a progress bar when standard error is a terminal."""
    results = map_ordered(function, items, jobs=args.jobs or None, name=name)
    if not sys.stderr.isatty():
        yield from results
        return
    from tqdm import tqdm

    names = list(args.paths)
    total = _count_paths(names, tuple(args.glob or DEFAULT_GLOBS)) + bool(getattr(args, "sample", False))
    with tqdm(total=total or None, unit="file", file=sys.stderr, dynamic_ncols=True) as bar:
        account.say = functools.partial(tqdm.write, file=sys.stderr)
        for result in results:
            bar.update()
            yield result


def _parse(inputs: Iterator[_Input], args: argparse.Namespace, account: _Account) -> None:
    render = functools.partial(_render, fmt=args.format, strict=args.strict)
    results = _run(render, inputs, args, account, _input_name)
    texts = (done.text for done in map(account.note, results) if done is not None)
    chunks = {"json": _json_chunks, "jsonl": _jsonl_chunks, "summary": _summary_chunks}[args.format](texts)
    _write_stream(chunks, args.output, account)


def _write_stream(chunks: Iterator[str], output: str | None, account: _Account) -> None:
    try:
        stream: TextIO = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    except OSError as error:
        account.unwritten = True
        account.say(f"dipmeet: {output}: cannot write ({error.strerror or error})")
        return
    try:
        for chunk in chunks:
            stream.write(chunk)
        stream.flush()
    except BrokenPipeError:  # the reader has gone (| head): stop quietly, as other tools do
        account.unwritten = True
        if stream is sys.stdout:
            _silence_stdout()
    except OSError as error:  # a full disk
        account.unwritten = True
        account.say(f"dipmeet: {output or 'standard output'}: cannot write ({error.strerror or error})")
        for _ in chunks:  # finish the run, so every input is still reported
            pass
    finally:
        if stream is not sys.stdout:
            stream.close()


def _silence_stdout() -> None:
    """Point a closed standard output at the null device, so that exiting does not flush into the pipe again."""
    with contextlib.suppress(OSError, ValueError):  # no file descriptor (a test's stream)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _export(inputs: Iterator[_Input], args: argparse.Namespace, account: _Account) -> None:
    tabulate = functools.partial(_tabulate, strict=args.strict)
    results = _run(tabulate, enumerate(inputs), args, account, _numbered_name)

    def batches() -> Iterator[dict[str, list[Row]]]:
        for position, result in enumerate(results):
            done = account.note(result)
            yield done.rows if done is not None else release_rows(result, position)  # type: ignore[arg-type]

    try:
        write_tables(batches(), args.output, to=args.to)
    except OSError as error:
        account.unwritten = True
        account.say(f"dipmeet: {args.output}: cannot write ({error.strerror or error})")
    except ImportError:
        account.unwritten = True
        account.say("dipmeet: --to parquet needs pyarrow: pip install 'dipmeet[parquet]'")


def _json_chunks(texts: Iterator[str]) -> Iterator[str]:
    """One release as an object; several as an array (exactly ``json.dumps(list, indent=1)``)."""
    first = next(texts, None)
    second = next(texts, None)
    if first is None:
        return
    if second is None:
        yield first + "\n"
        return
    yield "[\n" + _indent(first)
    yield ",\n" + _indent(second)
    for text in texts:
        yield ",\n" + _indent(text)
    yield "\n]\n"


def _indent(text: str) -> str:
    return " " + text.replace("\n", "\n ")


def _jsonl_chunks(texts: Iterator[str]) -> Iterator[str]:
    for text in texts:
        yield text + "\n"


def _summary_chunks(texts: Iterator[str]) -> Iterator[str]:
    separator = ""
    for text in texts:
        yield separator + text
        separator = "\n\n"
    if separator:
        yield "\n"


# The summary -------------------------------------------------------------------------------------


def summary(release: Release) -> str:
    """Return a readable who-said-what view of a release, for a person.

    This is what ``dipmeet parse --format summary`` prints: the headline and
    date line, then for each meeting its time, format, venue, level and
    participants, and each item indented under its section, with the
    speaker, side and speech acts. Warnings and errors come last.

    Args:
        release: A parsed release.

    Returns:
        Lines of text joined with newlines, without a final newline.
    """
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
