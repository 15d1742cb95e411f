"""Tests for the tables: columns, join keys, data frames, CSV and Parquet files."""

from __future__ import annotations

import csv
import datetime as dt
import importlib

import pytest

from dipmeet import TABLE_COLUMNS, Failure, parse, release_rows, tables, to_pandas, write_tables

# Lines of the sample release (2010 Japan–Kazakhstan Foreign Ministers' Meeting).
OKADA_WELCOMES = "岡田大臣から、サウダバエフ国務長官兼外相の訪日を歓迎するとともに、"
LOAN = "63億6,100万円"
CLIMATE_AGREED = "両外相は、気候変動分野において国際的な取り組みを更に進める必要があるとの認識を共有し、"
FAILURE = Failure(source="missing.html", error="FileNotFoundError", message="No such file or directory")


@pytest.fixture(scope="module")
def rows(sample):
    """Tables of the sample release, a failure, and the sample again."""
    release = parse(sample)
    return tables([release, FAILURE, release])


def test_every_row_has_its_tables_columns_in_order(rows):
    """Every row of every table has exactly the documented columns, in order."""
    assert set(rows) == set(TABLE_COLUMNS)
    for name, table in rows.items():
        for row in table:
            assert list(row) == list(TABLE_COLUMNS[name]), name


def test_every_column_is_documented():
    """Each table and column appears in the module docstring that the docs render."""
    doc = importlib.import_module("dipmeet.tables").__doc__  # dipmeet.tables is the function
    for name, columns in TABLE_COLUMNS.items():
        assert f"**{name}**" in doc
        for column in columns:
            assert f"\n{column} " in doc, (name, column)


def test_release_ids_follow_input_positions_failures_included(rows):
    """Release ids are input positions; the failure has id 1 in the failures table and no release row."""
    assert [r["release_id"] for r in rows["releases"]] == [0, 2]
    assert rows["failures"] == [
        {
            "release_id": 1,
            "source": "missing.html",
            "error": "FileNotFoundError",
            "message": "No such file or directory",
        }
    ]
    assert {r["release_id"] for r in rows["statements"]} == {0, 2}


def test_release_and_meeting_rows(rows):
    """The release and meeting rows carry the sample's facts in plain values."""
    release = rows["releases"][0]
    assert (release["title"], release["published"], release["language"]) == (
        "日・カザフスタン外相会談",
        dt.date(2010, 3, 24),
        "ja",
    )
    meeting = rows["meetings"][0]
    assert (meeting["date"], meeting["start"], meeting["end"]) == (dt.date(2010, 3, 24), "19:30", "21:30")
    assert meeting["approximate_end"] is True and meeting["approximate_start"] is False
    assert meeting["venue"] == "飯倉公館"
    assert meeting["formats"].split(";") == ["talks", "dinner"]


def test_statement_speaker_joins_participants(rows):
    """A statement's speaker number finds its participant row, with the same name and side."""
    participants = {(r["release_id"], r["meeting"], r["participant"]): r for r in rows["participants"]}
    (okada,) = [r for r in rows["statements"] if r["release_id"] == 0 and r["text"].startswith(OKADA_WELCOMES)]
    assert (okada["speaker_name"], okada["speaker_side"], okada["speaker_title"]) == ("岡田", "japan", "外務大臣")
    assert okada["acts"].split(";") == ["welcomed", "hoped"]
    assert (okada["heading_path"], okada["marker_path"]) == ("冒頭", "- > (1)")
    joined = participants[(0, 0, okada["speaker"])]
    assert (joined["name"], joined["side"]) == ("岡田", "japan")
    for statement in rows["statements"]:
        if statement["speaker"] is not None:
            person = participants[(statement["release_id"], statement["meeting"], statement["speaker"])]
            assert person["name"] == statement["speaker_name"]


def test_items_are_numbered_together_and_amounts_join(rows):
    """Statements, agreements and discussions share one item numbering; an amount joins its item."""
    numbers = sorted(
        r["item"] for name in ("statements", "agreements", "discussions") for r in rows[name] if r["release_id"] == 0
    )
    assert numbers == list(range(len(numbers)))
    (amount,) = [r for r in rows["amounts"] if r["release_id"] == 0]
    assert (amount["text"], amount["value"], amount["currency"], amount["kind"]) == (
        LOAN,
        6_361_000_000,
        "JPY",
        "円借款",
    )
    (item,) = [r for r in rows["statements"] if (r["release_id"], r["item"]) == (0, amount["item"])]
    assert LOAN in item["text"] and item["amounts"] == 1
    (agreed,) = [r for r in rows["agreements"] if r["release_id"] == 0 and r["text"].startswith(CLIMATE_AGREED)]
    assert (agreed["kind"], agreed["parties"], agreed["heading_path"]) == ("agreed", "岡田;サウダバエフ", "気候変動")


def test_spans_point_into_the_text(rows, sample):
    """span_start and span_end of an item row cut its text out of the release text."""
    for row in rows["statements"]:
        assert sample[row["span_start"] : row["span_end"]] == row["text"]


def test_documents_and_diagnostics(sample):
    """Documents and diagnostics are rows keyed by release, with enum values as text."""
    text = sample + "\n(写真)岡田外務大臣とサウダバエフ国務長官兼外相"
    result = release_rows(parse(text), 7)
    assert [(r["release_id"], r["kind"]) for r in result["documents"]] == [(7, "joint_press_statement")]
    assert result["diagnostics"] and all(r["release_id"] == 7 for r in result["diagnostics"])
    assert {r["severity"] for r in result["diagnostics"]} <= {"info", "warning", "error"}


def test_to_pandas_types_and_joins(rows):
    """Data frames get nullable types, and statements merge with participants on the keys."""
    pandas = pytest.importorskip("pandas")
    frames = to_pandas(rows)
    assert set(frames) == set(TABLE_COLUMNS)
    statements = frames["statements"]
    assert str(statements["speaker"].dtype) == "Int64"
    assert str(statements["truncated"].dtype) == "boolean"
    assert str(frames["meetings"]["date"].dtype).startswith("datetime64")
    assert frames["meetings"]["date"].iloc[0] == pandas.Timestamp("2010-03-24")
    merged = statements.merge(
        frames["participants"],
        left_on=["release_id", "meeting", "speaker"],
        right_on=["release_id", "meeting", "participant"],
    )
    assert len(merged) == statements["speaker"].notna().sum()
    assert (merged["name"] == merged["speaker_name"]).all()
    assert len(frames["failures"]) == 1 and frames["discussions"].columns.tolist() == list(TABLE_COLUMNS["discussions"])


def test_write_csv(tmp_path, rows):
    """CSV files: one per table, header first, empty cells for None, true/false, ISO dates."""
    paths = write_tables([rows], tmp_path / "out", to="csv")
    assert set(paths) == set(TABLE_COLUMNS)
    with open(paths["meetings"], encoding="utf-8", newline="") as handle:
        header, first, *_ = list(csv.reader(handle))
    assert header == list(TABLE_COLUMNS["meetings"])
    meeting = dict(zip(header, first, strict=True))
    assert (meeting["date"], meeting["start"], meeting["approximate_end"]) == ("2010-03-24", "19:30", "true")
    assert meeting["time_zone"] == ""
    with open(paths["diagnostics"], encoding="utf-8", newline="") as handle:
        header, *diagnostics = list(csv.reader(handle))
    assert header == list(TABLE_COLUMNS["diagnostics"])
    # The sample has one diagnostic (an implied speaker), and it appears twice.
    assert [dict(zip(header, row, strict=True))["kind"] for row in diagnostics] == ["implied_speaker"] * 2


def test_write_csv_streams_batches(tmp_path, sample):
    """Batches from release_rows are appended one after another."""
    release = parse(sample)
    paths = write_tables((release_rows(release, i) for i in range(3)), tmp_path, to="csv")
    with open(paths["releases"], encoding="utf-8", newline="") as handle:
        assert [row[0] for row in csv.reader(handle)] == ["release_id", "0", "1", "2"]


def test_write_parquet(tmp_path, rows):
    """Parquet files have the typed schema and every row."""
    parquet = pytest.importorskip("pyarrow.parquet")
    paths = write_tables([rows], tmp_path, to="parquet")
    meetings = parquet.read_table(paths["meetings"])
    assert str(meetings.schema.field("date").type) == "date32[day]"
    assert str(meetings.schema.field("duration_minutes").type) == "int64"
    assert meetings.column("date").to_pylist() == [dt.date(2010, 3, 24)] * 2
    assert parquet.read_table(paths["statements"]).num_rows == len(rows["statements"])
    assert parquet.read_table(paths["diagnostics"]).num_rows == len(rows["diagnostics"]) == 2


def test_unknown_format(tmp_path, rows):
    """An unknown format is a ValueError."""
    with pytest.raises(ValueError, match="unknown table format"):
        write_tables([rows], tmp_path, to="xlsx")  # type: ignore[arg-type]
