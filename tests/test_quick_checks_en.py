"""The quick checks of the English stages agree with the plain pattern searches they stand for.

Each shortcut (a ``str.find`` reading instead of a regex search, a literal
search before a pattern) is compared here with the plain search, on the
lines of the English corpus where it is present and on arbitrary text.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet.english import _has_run_on_hint
from dipmeet.rules import en

from .conftest import CORPUS


def _corpus_lines() -> list[str]:
    folder = CORPUS / "en"
    if not folder.is_dir():
        return []
    return [line for path in sorted(folder.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]


_LINES = _corpus_lines()


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_run_on_hint_is_the_pattern_on_real_lines():
    for line in _LINES:
        assert _has_run_on_hint(line) == (en.RUN_ON_HINT.search(line) is not None), line


@pytest.mark.parametrize(
    "line",
    [
        "cooperation.(2) Prime Minister",
        "tourism. 3. The two",
        "at 10:30 a.m.",
        "agreed; (4) the",
        ".1",
        "a.\u3000\t(9",
        "a:(",
        "1.2",
        " .5",
    ],
)
def test_run_on_hint_is_the_pattern_on_edge_cases(line):
    assert _has_run_on_hint(line) == (en.RUN_ON_HINT.search(line) is not None)


@given(st.text(alphabet="ab1 9.;:(\u3000\t\n\u00a0٣", max_size=24))
def test_run_on_hint_is_the_pattern_on_any_text(text):
    assert _has_run_on_hint(text) == (en.RUN_ON_HINT.search(text) is not None)
