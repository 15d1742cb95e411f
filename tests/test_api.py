"""Tests for the public API surface."""

from __future__ import annotations

import dipmeet


def _isort_key(name: str) -> tuple[int, str]:
    """Constants, then classes, then functions (the order ruff's RUF022 keeps)."""
    if name.isupper():
        return 0, name
    if name[0].isupper():
        return 1, name
    return 2, name


def test_all_is_sorted_and_every_name_exists():
    """__all__ is sorted and every name in it is importable from dipmeet."""
    assert list(dipmeet.__all__) == sorted(dipmeet.__all__, key=_isort_key)
    for name in dipmeet.__all__:
        assert hasattr(dipmeet, name), name


def test_parse_error_is_a_value_error():
    """ParseError can be caught as ValueError and as DipmeetError."""
    assert issubclass(dipmeet.ParseError, ValueError)
    assert issubclass(dipmeet.ParseError, dipmeet.DipmeetError)
