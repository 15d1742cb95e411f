"""Tests for the one converter: JSON round trips, the contract's shapes, clear errors."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet import from_json, structure, to_json, unstructure
from dipmeet.errors import SerializationError
from dipmeet.model import Agreement, Meeting, Release, Section, Span, Statement

from .strategies import ALL


@pytest.mark.parametrize("cls", list(ALL), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_round_trip(cls, data):
    """from_json(to_json(x), type(x)) == x for every model class."""
    obj = data.draw(ALL[cls])
    assert from_json(to_json(obj), cls) == obj


def test_times_are_hh_mm_and_dates_iso():
    """Times serialize as HH:MM, dates as YYYY-MM-DD, unknowns as null."""
    meeting = Meeting(date=dt.date(2010, 3, 24), start=dt.time(19, 30))
    data = json.loads(to_json(meeting))
    assert data["date"] == "2010-03-24"
    assert data["start"] == "19:30"
    assert data["end"] is None


def test_items_carry_a_type_tag():
    """Section items are tagged statement / agreement / discussion."""
    section = Section(items=(Statement(speaker=None, text="a", span=Span(0, 1)), Agreement(text="b", span=Span(1, 2))))
    data = json.loads(to_json(section))
    assert [item["type"] for item in data["items"]] == ["statement", "agreement"]


def test_bad_time_names_its_path():
    """A malformed value is reported with the path to it, and nothing half-built is returned."""
    data = unstructure(Release(meetings=(Meeting(start=dt.time(9, 5)),)))
    data["meetings"][0]["start"] = "9 o'clock"
    with pytest.raises(SerializationError, match=r"\$\.meetings\[0\]\.start"):
        structure(data)


@pytest.mark.parametrize(
    ("payload", "path"),
    [
        ('{"title": 1}', "$.title"),
        ('{"title": null, "unknown": 1}', "unknown"),
        ('{"published": "2010-13-45"}', "$.published"),
        ('{"language": "fr"}', "$.language"),
        ('{"meetings": [{"duration_minutes": "60"}]}', "$.meetings[0].duration_minutes"),
        ('{"meetings": [{"duration_minutes": true}]}', "$.meetings[0].duration_minutes"),
        ('{"meetings": [{"sections": [{"items": [{"type": "nope", "text": "x"}]}]}]}', "$.meetings[0]"),
    ],
)
def test_hostile_json_is_rejected_with_a_path(payload, path):
    """Wrong types, extra keys and bad values give a SerializationError naming the path."""
    with pytest.raises(SerializationError) as caught:
        from_json(payload)
    assert path in str(caught.value) or any(path in line for line in caught.value.errors)


@pytest.mark.parametrize(
    "payload", ["[" * 100_000, '{"meetings": [{"duration_minutes": 1' + "0" * 5000 + "}]}", "not json", b"\xff\xfe"]
)
def test_unreadable_json_is_a_clear_error(payload):
    """Deep nesting, huge numbers and non-JSON give SerializationError, not a crash."""
    with pytest.raises(SerializationError):
        from_json(payload)


def test_from_json_rejects_non_text():
    """from_json takes str or bytes only."""
    with pytest.raises(TypeError):
        from_json(123)  # type: ignore[arg-type]


def test_serialization_error_is_a_value_error():
    """Callers can catch ValueError."""
    with pytest.raises(ValueError):
        from_json("{]")


def test_dates_must_be_yyyy_mm_dd():
    """Other ISO 8601 date forms are refused, on every Python version."""
    with pytest.raises(SerializationError, match=r"\$\.published"):
        from_json('{"published": "20100324"}')
