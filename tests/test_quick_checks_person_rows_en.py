"""The shortcuts of the English subjects agree with the plain readings they stand for.

Each is compared with what it spares, on the sentences of the English corpus
where it is present, on lines in the style of real releases and on arbitrary
text.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet.people_en import person_from_match, person_matches, person_rows, post_person
from dipmeet.rules import en

from .test_quick_checks_en import _LINES, _SENTENCES

_PERSON_LINES = [
    "H.E. Mr. Emmanuel Macron, President Jacques Chirac of the French Republic, held talks.",
    "At the meeting with Mr. Clinton, Foreign Minister Kishida stated that he would visit.",
    "Dr. Jane Smith, Prime Minister John Key of New Zealand and Secretary Clinton agreed.",
    "President Vladimir Putin of the Russian Federation, President Putin said.",
    "the Hon Julie Bishop MP, Minister for Foreign Affairs Kishida, said",
]

_PERSON_WORDS = st.lists(
    st.sampled_from(
        [
            "H.E. ",
            "Mr. ",
            "Dr ",
            "the Hon ",
            "Prime Minister ",
            "Foreign Minister ",
            "President ",
            "Kishida",
            "John Smith",
            " of the Russian Federation",
            ", ",
            " and ",
            " said",
        ]
    ),
    max_size=9,
).map("".join)


# -- subjects: the person written where a title after a comma would stand --------------------------------


def _check_inner_persons(text: str) -> None:
    """A later row's inner person that starts where a first-row match starts is that match, read alike."""
    first_row = {match.start(): match for row, match in person_rows(text) if row == 0}
    for row, match in person_rows(text):
        inner = post_person(match)
        if inner is None or inner.start() not in first_row:
            continue
        assert row > 0, text  # a first-row match's title holds no other first-row match
        twin = first_row[inner.start()]
        assert twin.span() == inner.span() and twin.groupdict() == inner.groupdict(), text
        assert person_from_match(twin, inner=post_person(twin)) == person_from_match(inner), text


@pytest.mark.parametrize("text", _PERSON_LINES)
def test_inner_person_read_once_on_quoted_lines(text):
    _check_inner_persons(text)


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_inner_person_read_once_on_real_sentences():
    for text in _SENTENCES:
        _check_inner_persons(text)


@given(_PERSON_WORDS)
def test_inner_person_read_once_on_any_text(text):
    _check_inner_persons(text)


@pytest.mark.parametrize("text", [*_PERSON_LINES, *_SENTENCES[:200]])
def test_person_rows_are_person_matches_with_their_row(text):
    rows = list(person_rows(text))
    assert [match.span() for _, match in rows] == [match.span() for match in person_matches(text)]
    for row, match in rows:
        assert en.PERSON_RULES[row].pattern.match(text, match.start()).span() == match.span()
