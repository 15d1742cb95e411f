# What this shows: a folder of releases (plain text and saved HTML pages, in
# any encoding the ministry's sites have used) turned into CSV tables, one
# file per table (releases, meetings, participants, statements, agreements,
# ...), ready for a spreadsheet, R, pandas or a database. dipmeet.parse_many
# parses the files in input order (in worker processes with --jobs), and
# dipmeet.release_rows gives each release's rows as it comes, which
# dipmeet.write_tables writes at once: memory stays flat however many files
# there are. A file that cannot be read becomes a row of failures.csv.
#
# Usage:
#     python examples/folder_to_csv.py                        # ../shared/corpus/ja -> ./tables
#     python examples/folder_to_csv.py FOLDER -o OUT_DIR      # any folder, searched recursively
#     python examples/folder_to_csv.py FOLDER -o OUT_DIR --jobs 0   # one worker process per CPU
#
# Without FOLDER it reads the shared Japanese corpus beside the project; when
# that folder is absent it says so and exits 0 without writing anything.
"""Parse a folder of releases and write its tables as CSV files."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import dipmeet
from dipmeet.tables import Row  # a row: column name to value

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ja"
SUFFIXES = (".txt", ".htm", ".html", ".shtml")


def release_files(folder: Path) -> list[Path]:
    """The release files under a folder, in sorted order, skipping hidden files and folders."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.suffix.lower() in SUFFIXES
        and path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def rows_counted(
    results: Iterable[dipmeet.Release | dipmeet.Failure], counts: Counter[str]
) -> Iterator[dict[str, list[Row]]]:
    """Yield the rows of each result, numbered by input position, counting rows per table as they pass."""
    for release_id, result in enumerate(results):
        rows = dipmeet.release_rows(result, release_id)
        counts.update({name: len(table) for name, table in rows.items()})
        yield rows


def main(argv: list[str] | None = None) -> int:
    """Parse every release file of the folder and write the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, help=f"a folder of releases (default: {SHARED_CORPUS})")
    parser.add_argument("-o", "--out", type=Path, default=Path("tables"), help="where to write (default: ./tables)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1; 0: one per CPU)")
    args = parser.parse_args(argv)
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")

    folder = args.folder or SHARED_CORPUS
    if not folder.is_dir():
        if args.folder is not None:
            parser.error(f"{folder} is not a folder")
        print(f"skipped: the shared corpus {folder} is absent (give a FOLDER of releases)")
        return 0
    paths = release_files(folder)
    if not paths:
        print(f"no release files ({', '.join(SUFFIXES)}) under {folder}")
        return 1

    counts: Counter[str] = Counter()
    results = dipmeet.parse_many(paths, jobs=args.jobs or None)
    written = dipmeet.write_tables(rows_counted(results, counts), args.out, to="csv")
    for name, path in written.items():
        print(f"{path}: {counts[name]:,} rows")
    print(
        f"{counts['releases']:,} releases ({counts['failures']:,} failed) from {folder}: "
        f"{counts['statements']:,} statements, {counts['agreements']:,} agreements in {args.out}/"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
