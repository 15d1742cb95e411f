"""Tests for English sentence splitting: abbreviations, quotations, cut-off endings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dipmeet.normalize import normalize_text
from dipmeet.sentences_en import _CLOSED, ends_closed, ends_with_abbreviation, quote_ranges, split_sentences_en


def sentences(raw: str):
    return split_sentences_en(normalize_text(raw))


def test_abbreviations_do_not_end_sentences():
    """Mr., H.E., initials and U.S. stay inside their sentence."""
    (one,) = sentences("Mr. Koumura met H.E. Mr. Enrique A. Manalo on U.S. Forces in Japan.")
    assert one.closed


def test_time_abbreviation_before_a_sentence_starter_ends_the_sentence():
    """for about 20 minutes from 7:15 p.m. The overview of the talk is as follows:"""
    first, second = sentences("for about 20 minutes from 7:15 p.m. The overview of the talk is as follows:")
    assert first.text.text.endswith("p.m.")
    assert second.text.text.startswith("The overview")


def test_quotation_with_full_stops_inside():
    """Each full stop inside a quotation that is not its last character ends a sentence of the quotation."""
    raw = (
        "In response, Minister Payne stated, “Thank you for your kind message on the wildfires. "
        "I also conveyed my deep condolences,” and “I would like to extend my congratulations.” "
        "Minister Motegi stated, “I am honored.”"
    )
    first, second, third = sentences(raw)
    assert first.quote_depth == 0 and first.text.text.endswith("wildfires.")
    assert second.quote_depth == 1 and second.text.text.endswith("congratulations.”")
    assert third.quote_depth == 0 and third.text.text.startswith("Minister Motegi")


def test_straight_quotes_by_position():
    """based on the "Japan-Russia Action Plan." The two leaders: the quotation closes the sentence."""
    first, second = sentences('based on the "Japan-Russia Action Plan." The two leaders affirmed it.')
    assert first.text.text.endswith('Plan."') and second.quote_depth == 0


def test_cut_off_sentence_is_not_closed():
    """A release that breaks off: the last sentence is not closed."""
    *_, last = sentences("He stressed Japan's commitment. He stressed Japan's commitmen")
    assert not last.closed


def test_unbalanced_quotation_is_not_a_quotation():
    """A quotation mark left open: depths are reset."""
    assert all(s.quote_depth == 0 for s in sentences("He said “Japan will. It was. The end."))


def test_quote_ranges():
    """Ranges inside quotation marks, curly or straight."""
    text = 'a “b” c "d" e'
    assert [text[a:b] for a, b in quote_ranges(text)] == ["“b”", '"d"']


def test_ends_with_abbreviation():
    """A wrapped line may end with an abbreviation's full stop."""
    assert ends_with_abbreviation("regarding various matters related to Japan-U.S.")
    assert not ends_with_abbreviation("toward the future.")


@given(st.text(alphabet='.!?:;"”’)]a \n\t(“', max_size=12))
def test_ends_closed_as_the_pattern_finds_it(text):
    """Reading the last character is what a search for ``_CLOSED`` at the end says."""
    assert ends_closed(text) == bool(_CLOSED.search(text.rstrip()))
