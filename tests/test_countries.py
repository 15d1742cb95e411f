"""Tests for the country table."""

from __future__ import annotations

from dipmeet.rules.countries import COUNTRIES_EN, COUNTRIES_JA, JA_ABBREVIATIONS


def test_japanese_and_english_forms_name_one_country():
    """カザフスタン共和国, カザフスタン and "Republic of Kazakhstan" are one entry."""
    assert COUNTRIES_JA["カザフスタン"] is COUNTRIES_JA["カザフスタン共和国"] is COUNTRIES_EN["Kazakhstan"]
    assert COUNTRIES_JA["米"] is COUNTRIES_EN["United States"]


def test_abbreviations_are_in_the_table():
    """Every one-character abbreviation is a known form (米, 独, 豪 …)."""
    assert all(abbreviation in COUNTRIES_JA for abbreviation in JA_ABBREVIATIONS)
