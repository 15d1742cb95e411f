"""Tests for the command line, through main(argv)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from dipmeet import TABLE_COLUMNS, from_json, parse_file, unstructure
from dipmeet.cli import main, summary

from .ministry import TITLE, ministry_page


def test_sample_as_json(capsys):
    """dipmeet parse --sample prints the sample release as JSON."""
    assert main(["parse", "--sample"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "日・カザフスタン外相会談"
    assert data["meetings"][0]["start"] == "19:30"


def test_summary_is_a_who_said_what_view(capsys):
    """--format summary shows speakers, sides and acts for a person."""
    assert main(["parse", "--sample", "--format", "summary"]) == 0
    out = capsys.readouterr().out
    assert "岡田 [japan] welcomed, hoped:" in out
    assert "BOTH agreed:" in out


def test_file_and_stdin(tmp_path, capsys, monkeypatch, sample):
    """A file argument and '-' (standard input) both parse."""
    path = tmp_path / "release.txt"
    path.write_text(sample, encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["published"] == "2010-03-24"
    monkeypatch.setattr("sys.stdin", io.StringIO(sample))
    assert main(["parse", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["published"] == "2010-03-24"


def test_several_files_give_a_json_array(tmp_path, capsys, sample):
    """Two files give a JSON array of two releases."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(sample, encoding="utf-8")
    assert main(["parse", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_missing_file_is_one_line_and_non_zero(tmp_path, capsys, sample):
    """A missing file gets a one-line message; the other files are still parsed; exit 1."""
    good = tmp_path / "good.txt"
    good.write_text(sample, encoding="utf-8")
    assert main(["parse", str(tmp_path / "missing.txt"), str(good)]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines()[0].endswith("missing.txt: no such file")
    assert "Traceback" not in captured.err
    assert json.loads(captured.out)["title"] == "日・カザフスタン外相会談"


def test_shift_jis_file_is_detected(tmp_path, capsys, sample):
    """A text file in Shift_JIS with no declaration is detected and parsed (it used to be refused)."""
    path = tmp_path / "sjis.txt"
    path.write_bytes(sample.encode("cp932"))
    assert main(["parse", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "日・カザフスタン外相会談"


def test_undecodable_bytes_are_one_line_and_non_zero(tmp_path, capsys, sample):
    """Undecodable bytes: the release is still written, one line names the byte offset, exit 1."""
    path = tmp_path / "bad.txt"
    head = "日・カザフスタン外相会談\n".encode("cp932")
    path.write_bytes(head + b"\x85\x20" + sample.encode("cp932"))
    assert main(["parse", str(path)]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["title"] == "日・カザフスタン外相会談"
    (line,) = [line for line in captured.err.splitlines() if "byte sequence" in line]
    assert line.startswith(f"dipmeet: {path}: 1 undecodable byte sequence(s) at byte offset {len(head)}")


def test_strict_fails_on_errors(tmp_path, capsys):
    """--strict exits 1 when a release has error diagnostics."""
    path = tmp_path / "bad.txt"
    path.write_text(
        "平成22年2月1日\n2月30日午後3時から約30分間、岡田外務大臣は、ライス国務長官と会談を行ったところ、概要は以下のとおりです。",
        encoding="utf-8",
    )
    assert main(["parse", "--strict", str(path)]) == 1
    assert "invalid_date" not in capsys.readouterr().out


def test_python_dash_m():
    """python -m dipmeet works."""
    result = subprocess.run(
        [sys.executable, "-m", "dipmeet", "parse", "--sample", "--format", "summary"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0
    assert "日・カザフスタン外相会談" in result.stdout


# Folders, formats, jobs, output and tables ----------------------------------------------------------


@pytest.fixture
def folder(tmp_path, sample):
    """A folder of saved releases: text, pages in three encodings, a companion folder, a hidden file, a note."""
    root = tmp_path / "mofa"
    (root / "2010" / "03").mkdir(parents=True)
    (root / "2014").mkdir()
    (root / "2010" / "03" / "kazakhstan.txt").write_text(sample, encoding="utf-8")
    (root / "2010" / "03" / "page.html").write_bytes(ministry_page(charset="Shift_JIS").encode("cp932"))
    (root / "2010" / "03" / "page_files").mkdir()
    (root / "2010" / "03" / "page_files" / "frame.html").write_text("<html>広告</html>", encoding="utf-8")
    (root / "2014" / "A.HTM").write_bytes(ministry_page(charset="EUC-JP").encode("euc_jp"))
    (root / "2014" / "b.htm").write_bytes(ministry_page(charset=None).encode("utf-8"))
    (root / "2014" / ".hidden.txt").write_text(sample, encoding="utf-8")
    (root / "2014" / "notes.md").write_text("# notes", encoding="utf-8")
    return root


FOLDER_FILES = ["2010/03/kazakhstan.txt", "2010/03/page.html", "2014/A.HTM", "2014/b.htm"]


def test_folder_is_searched_recursively_in_order(folder, capsys):
    """A folder gives its release files, sorted, recursively; companion, hidden and other files are skipped."""
    assert main(["parse", str(folder), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(folder / name) for name in FOLDER_FILES]
    assert [from_json(line).title for line in lines] == ["日・カザフスタン外相会談", TITLE, TITLE, TITLE]


def test_glob_chooses_the_files(folder, capsys):
    """--glob replaces the default patterns, and can be repeated; case does not matter."""
    assert main(["parse", str(folder), "--format", "jsonl", "--glob", "*.htm", "--glob", "*.MD"]) == 0
    sources = [json.loads(line)["source"] for line in capsys.readouterr().out.splitlines()]
    assert sources == [str(folder / "2014" / name) for name in ("A.HTM", "b.htm", "notes.md")]


def test_several_releases_as_json_array_are_exactly_json_dumps(folder, capsys):
    """The streamed JSON array is byte for byte json.dumps of the list, as before streaming."""
    assert main(["parse", str(folder)]) == 0
    out = capsys.readouterr().out
    releases = [parse_file(folder / name) for name in FOLDER_FILES]
    assert out == json.dumps([unstructure(r) for r in releases], ensure_ascii=False, indent=1) + "\n"


def test_summary_of_several_releases(folder, capsys):
    """Summaries of several releases are separated by a blank line."""
    assert main(["parse", str(folder), "--format", "summary", "--glob", "*.txt", "--glob", "*.html"]) == 0
    out = capsys.readouterr().out
    releases = [parse_file(folder / name) for name in FOLDER_FILES[:2]]
    assert out == "\n\n".join(summary(r) for r in releases) + "\n"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "summary"])
def test_jobs_give_the_same_output(folder, capsys, fmt):
    """--jobs 2 writes exactly what --jobs 1 writes."""
    assert main(["parse", str(folder), "--format", fmt, "--jobs", "1"]) == 0
    serial = capsys.readouterr().out
    assert main(["parse", str(folder), "--format", fmt, "--jobs", "2"]) == 0
    assert capsys.readouterr().out == serial


def test_problems_are_one_line_each_and_the_rest_is_processed(tmp_path, folder, capsys):
    """Missing, empty, binary files and an empty folder: a line each, the rest parsed, an account, exit 1."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    arguments = [str(tmp_path / "gone.html"), str(empty), str(binary), str(nothing), str(folder)]
    assert main(["parse", "--format", "jsonl", "--jobs", "2", *arguments]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == len(FOLDER_FILES)
    errors = captured.err.splitlines()
    assert errors[:4] == [
        f"dipmeet: {tmp_path / 'gone.html'}: no such file",
        f"dipmeet: {empty}: empty file",
        f"dipmeet: {binary}: binary file: a NUL byte at byte offset 4 (UTF-16 text needs a byte order mark)",
        f"dipmeet: {nothing}: no release files in this folder (looked for *.txt, *.htm, *.html, *.shtml)",
    ]
    assert errors[-1].startswith(f"dipmeet: {len(FOLDER_FILES)} parsed (")
    assert errors[-1].endswith("), 4 failed")
    assert "Traceback" not in captured.err


def test_output_file(tmp_path, folder, capsys):
    """-o FILE receives the output; standard output stays empty."""
    out = tmp_path / "releases.jsonl"
    assert main(["parse", str(folder), "--format", "jsonl", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(FOLDER_FILES)


def test_unwritable_output_is_one_line(tmp_path, capsys):
    """An output that cannot be opened: one line, exit 1."""
    target = tmp_path / "no" / "such" / "folder" / "out.json"
    assert main(["parse", "--sample", "-o", str(target)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"dipmeet: {target}: cannot write (No such file or directory)"


def test_negative_jobs_is_a_usage_error(capsys):
    """--jobs below 0 is bad usage: exit status 2."""
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", "--sample", "--jobs", "-1"])
    assert exit_info.value.code == 2


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(folder, capsys, monkeypatch):
    """A terminal gets a progress bar over the files; a pipe or a file does not."""
    assert main(["parse", str(folder), "--format", "jsonl"]) == 0
    assert "file/s" not in capsys.readouterr().err
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["parse", str(folder), "--format", "jsonl"]) == 0
    shown = terminal.getvalue()
    assert f"{len(FOLDER_FILES)}/{len(FOLDER_FILES)}" in shown
    assert shown.rstrip().splitlines()[-1].startswith(f"dipmeet: {len(FOLDER_FILES)} parsed")


@pytest.mark.parametrize("to", ["csv", "parquet"])
def test_export_writes_a_file_per_table(tmp_path, folder, capsys, to):
    """dipmeet export writes each table; a failed input is a row of the failures table, and exit 1."""
    out = tmp_path / "tables"
    missing = str(tmp_path / "gone.txt")
    assert main(["export", str(folder), missing, "--to", to, "-o", str(out), "--jobs", "2"]) == 1
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.{to}" for name in TABLE_COLUMNS)
    if to == "csv":
        with open(out / "releases.csv", encoding="utf-8", newline="") as handle:
            releases = list(csv.DictReader(handle))
        with open(out / "failures.csv", encoding="utf-8", newline="") as handle:
            failures = list(csv.DictReader(handle))
    else:
        parquet = pytest.importorskip("pyarrow.parquet")
        releases = [
            {k: str(v) for k, v in row.items()} for row in parquet.read_table(out / "releases.parquet").to_pylist()
        ]
        failures = [
            {k: str(v) for k, v in row.items()} for row in parquet.read_table(out / "failures.parquet").to_pylist()
        ]
    assert [r["source"] for r in releases] == [str(folder / name) for name in FOLDER_FILES]
    assert [r["release_id"] for r in releases] == ["0", "1", "2", "3"]
    assert [(f["release_id"], f["source"], f["error"]) for f in failures] == [("4", missing, "FileNotFoundError")]
    assert f"dipmeet: {missing}: no such file" in capsys.readouterr().err


def test_unreadable_sub_folder_is_a_failure_where_it_comes(folder, capsys, monkeypatch):
    """A sub-folder that cannot be listed is one failure; the files around it are still parsed."""
    locked = folder / "2012"
    locked.mkdir()
    scandir = os.scandir

    def refuse(path):  # as for a folder without read permission (root reads any folder, so pretend)
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    assert main(["parse", str(folder), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == len(FOLDER_FILES)
    assert f"dipmeet: {locked}: permission denied" in captured.err.splitlines()


class _Full(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


class _Closed(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_write_error_is_one_line_and_every_input_still_reported(folder, capsys, monkeypatch):
    """A full disk: one line, the rest of the run still reported, exit 1."""
    monkeypatch.setattr("sys.stdout", _Full())
    assert main(["parse", str(folder), "--format", "jsonl"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert "dipmeet: standard output: cannot write (No space left on device)" in err
    assert err[-1].startswith(f"dipmeet: {len(FOLDER_FILES)} parsed")


def test_closed_pipe_stops_quietly(folder, capsys, monkeypatch):
    """A reader that goes away (| head) stops the run without a message; exit 1."""
    monkeypatch.setattr("sys.stdout", _Closed())
    assert main(["parse", str(folder), "--format", "jsonl"]) == 1
    assert "cannot write" not in capsys.readouterr().err
