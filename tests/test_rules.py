"""Tests for the generic rule machinery: tables, names, first, all and last hits."""

from __future__ import annotations

import pytest

from dipmeet.rules import all_hits, compile_rules, first_hit, last_hit, scan

TABLE = compile_rules(
    [
        ("telephone", r"電話会談", "telephone"),
        ("talks", r"会談", "talks"),
        ("dinner", r"夕食会", "dinner"),
    ]
)


def test_duplicate_names_are_refused():
    """Rule names are unique within a table."""
    with pytest.raises(ValueError, match="duplicate rule names"):
        compile_rules([("a", "x", 1), ("a", "y", 2)])


def test_first_hit_follows_table_order():
    """The first rule in the table that matches anywhere wins, wherever it matches."""
    hit = first_hit(TABLE, "会談及び電話会談")
    assert hit is not None and hit.rule.name == "telephone" and hit.start == 4


def test_all_hits_and_last_hit():
    """all_hits yields every match of every rule; last_hit the one that ends last."""
    text = "会談及び夕食会"
    assert [(h.rule.name, h.start) for h in all_hits(TABLE, text)] == [("talks", 0), ("dinner", 4)]
    last = last_hit(TABLE, text)
    assert last is not None and last.meaning == "dinner"
    assert first_hit(TABLE, "晩餐") is None and last_hit(TABLE, "") is None


def test_scan_reads_once_without_overlaps():
    """scan makes one pass; at a position the earlier rule wins (電話会談, not 会談)."""
    assert [h.rule.name for h in scan(TABLE, "電話会談の後、夕食会")] == ["telephone", "dinner"]
