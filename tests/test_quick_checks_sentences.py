"""The shortcuts of sentence splitting and clause reading agree with the plain computations they stand for.

A paragraph with no quotation mark or bracket is split at each full stop
by ``str.find`` (:func:`dipmeet.segment._split_bare`) rather than read mark
by mark: both give the same sentences, on real paragraphs and on
arbitrary text.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from dipmeet.normalize import Text, normalize_text
from dipmeet.rules import holds_any, ja
from dipmeet.segment import Sentence, _marks, _split_marked, split_sentences

# Paragraphs quoted from Japanese releases (the sample and the corpus), some with marks, most without.
_PARAGRAPHS = [
    "サウダバエフ国務長官兼外相から、日本の支援に謝意が表明されました。",
    "岡田大臣から、原子力分野における両国の協力を歓迎しました。また、協定の早期発効を期待する旨述べました。",
    "両外相は、常任議席の拡大を含む改革の早期実現に向けて協力していくことで一致しました。",
    "岡田大臣から、「中央アジア+日本」対話の枠組みを活用したい旨述べました。",
    "この他、両外相は、カザフスタンが2010年(平成22年)にOSCE議長国を務めることについて意見交換を行いました。",
    "  冒頭、岡田大臣から歓迎の意を表しました。 続いて、",
    "会談は和やかな雰囲気の中で行われた",
    "。",
    "",
]


def _sentences(split: list[Sentence]) -> list[tuple[str, list[int], int, bool]]:
    return [(s.text.text, list(s.text.origin), s.quote_depth, s.closed) for s in split]


def _marked(paragraph: Text) -> list[tuple[str, list[int], int, bool]]:
    """The sentences read mark by mark, the way every paragraph was read."""
    pattern = _marks(ja.SENTENCE_END, ja.QUOTE_OPEN, ja.QUOTE_CLOSE).pattern
    split = _split_marked(paragraph, pattern, end=ja.SENTENCE_END, opening=ja.QUOTE_OPEN, closing=ja.QUOTE_CLOSE)
    return _sentences(split)


def _quick(paragraph: Text) -> list[tuple[str, list[int], int, bool]]:
    split = split_sentences(paragraph, end=ja.SENTENCE_END, opening=ja.QUOTE_OPEN, closing=ja.QUOTE_CLOSE)
    return _sentences(split)


def test_bare_paragraphs_split_as_read_mark_by_mark():
    """Quoted paragraphs, with and without quotation marks or brackets: the same sentences either way."""
    for raw in _PARAGRAPHS:
        paragraph = normalize_text(raw)
        assert _quick(paragraph) == _marked(paragraph), raw


@given(st.text(alphabet="ab 。、\u3000\t日本", max_size=30))
def test_bare_split_is_the_marked_split_on_any_text(raw):
    """On arbitrary text with no quotation mark or bracket, splitting at full stops gives the marked split."""
    paragraph = Text(raw, range(len(raw) + 1), raw)
    assert _quick(paragraph) == _marked(paragraph)


@given(st.text(alphabet="ab 。「」『』()日", max_size=20))
def test_holds_any_is_a_search_for_the_marks(text):
    """The ``in`` tests find a mark exactly where a search for the class of marks does."""
    marks = _marks(ja.SENTENCE_END, ja.QUOTE_OPEN, ja.QUOTE_CLOSE).others
    pattern = re.compile("[" + re.escape("".join(marks)) + "]")
    assert holds_any(text, marks) == (pattern.search(text) is not None)
