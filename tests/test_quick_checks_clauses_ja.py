"""The shortcuts of Japanese clause reading agree with the plain computations they stand for.

:func:`dipmeet.clauses._clause_initial` rules a position out at once when
the character before it is one that neither a connective nor a short
relative clause can end with (:data:`dipmeet.clauses._HEAD_ENDS`, read from
the patterns): on real sentences and on arbitrary text, at every position,
the answer is the one of the plain reading, which looks back to the last
boundary and matches the words in between.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dipmeet.clauses import _BOUNDARY, _CONNECTIVES, _HEAD_ENDS, _RELATIVE, _boundary_before, _clause_initial
from dipmeet.normalize import compact, normalize_text

# Sentences quoted from Japanese releases (the sample and the corpus): subjects after
# a comma, after connectives, after a short relative clause, and inside a clause.
_SENTENCES = [
    "岡田大臣から、サウダバエフ国務長官兼外相の訪日を歓迎するとともに、カザフスタンは我が国にとって重要なパートナーであり、"
    "同国が2010年の欧州安全保障協力機構(OSCE)議長国として、イニシアティブを発揮することを期待する旨述べました。",
    "これに対し、サウダバエフ国務長官兼外相から、日本の支援に対する謝意が述べられました。",
    "また、岡田大臣は、カザフスタンから要請のあった円借款について、供与を決定した旨伝えました。",
    "この他、両外相は、カザフスタンが2010年にOSCE議長国を務めることについて意見交換を行いました。",
    "冒頭、出席した駐日各国大使から、謝意が表明されました。",
    "さらに、岡田大臣から、国連安保理改革の早期実現に向けて協力したい旨述べたのに対し、双方が核の惨禍を経験した国として協力していくことで一致しました。",
    "会談に同席していた外務審議官から説明があり、これを受けてライス長官が次のとおり述べた。",
    "その上で、両外相は、中央アジア+日本対話の枠組みを活用していくことで一致しました。",
]


def _plain(text: str, position: int, *, relative: bool) -> bool:
    """Whether ``position`` starts a clause, read the plain way: back to the last boundary, then a match."""
    if position == 0 or text[position - 1] in _BOUNDARY:
        return True
    reach = max(0, position - 25)
    boundary = _boundary_before(text, position, reach)
    if boundary == reach > 0:
        return False
    between = text[boundary:position]
    if not between or _CONNECTIVES.fullmatch(between):
        return True
    return relative and bool(_RELATIVE.fullmatch(between))


def test_head_ends_are_known():
    """Both patterns tell the characters they end with, so the quick test is made."""
    assert _HEAD_ENDS is not None
    assert {"に", "て", "た", "る", "、"} <= _HEAD_ENDS
    assert "の" not in _HEAD_ENDS and "が" not in _HEAD_ENDS


def test_clause_initial_is_the_plain_reading_on_real_sentences():
    """At every position of quoted sentences, with and without a relative clause allowed: the same answer."""
    for raw in _SENTENCES:
        text = compact(normalize_text(raw)).text
        for position in range(len(text) + 1):
            for relative in (False, True):
                expected = _plain(text, position, relative=relative)
                assert _clause_initial(text, position, relative=relative) == expected, (raw, position, relative)


@given(
    st.text(alphabet="、,。またさらにこれに対しての上でした する冒頭後際他方岡田大臣から両外相はがのを", max_size=40),
    st.data(),
)
def test_clause_initial_is_the_plain_reading_on_any_text(text, data):
    """On text made of connectives, relative clauses, boundaries and other words: the same answer."""
    position = data.draw(st.integers(min_value=0, max_value=len(text)))
    relative = data.draw(st.booleans())
    assert _clause_initial(text, position, relative=relative) == _plain(text, position, relative=relative)
