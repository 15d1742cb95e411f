"""Tests for the command line, through main(argv)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from dipmeet.cli import main


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


def test_undecodable_file(tmp_path, capsys):
    """A file that is not UTF-8 gets a one-line message naming the byte."""
    path = tmp_path / "sjis.txt"
    path.write_bytes("外相会談".encode("shift_jis"))
    assert main(["parse", str(path)]) == 1
    assert "not UTF-8" in capsys.readouterr().err


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
