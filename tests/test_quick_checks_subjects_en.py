"""The rewritten English subject steps agree with the plain computations they stand for.

``_pairs`` joins "X and Y" into one candidate with a list built in one loop
(it was a generator of the same test); :class:`~dipmeet.people_en.Person`
sets its fields through their slots with the ``__init__`` of
:func:`~dipmeet.model.slot_init`.
Each is compared here with the plain form, on the sentences of the English
corpus and on arbitrary text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet.model import Side
from dipmeet.people_en import Person
from dipmeet.speakers_en import EnglishRoster
from dipmeet.subjects_en import _BOTH_BEFORE, _Candidate, _candidates, _pairs

from .conftest import CORPUS

_PAIR_JOINT = re.compile(r"\s*,?\s*and\s+(?:also\s+)?$")


def _plain_pairs(text: str, candidates: list[_Candidate]) -> Iterator[_Candidate]:
    """The join as it was written: a generator trying every neighbour."""
    index = 0
    people = ("person", "alias", "title")
    while index < len(candidates):
        candidate = candidates[index]
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        if (
            following is not None
            and candidate.kind in people
            and following.kind in people
            and _PAIR_JOINT.fullmatch(text[candidate.end : following.start])
        ):
            both = _BOTH_BEFORE.search(text, 0, candidate.start)
            start = both.start() if both and both.end() == candidate.start else candidate.start
            yield _Candidate(start, following.end, "pair", None, (candidate, following))
            index += 2
            continue
        yield candidate
        index += 1


def _shape(candidate: _Candidate) -> tuple[object, ...]:
    pair = None if candidate.pair is None else tuple(_shape(part) for part in candidate.pair)
    return candidate.start, candidate.end, candidate.kind, candidate.payload, pair


def _sentences() -> list[str]:
    folder = CORPUS / "en"
    if not folder.is_dir():
        return []
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    return [piece.strip() for text in texts for line in text.splitlines() for piece in line.split(". ") if piece]


_SENTENCES = _sentences()
_ROSTER = EnglishRoster()


def _unpaired(text: str) -> list[_Candidate]:
    """The candidates of ``text`` with every pair taken apart again (the input ``_pairs`` gets)."""
    found: list[_Candidate] = []
    for candidate in _candidates(text, _ROSTER):
        found.extend(candidate.pair if candidate.pair is not None else (candidate,))
    return found


def _check_pairs(text: str) -> None:
    candidates = _unpaired(text)
    assert [_shape(c) for c in _pairs(text, candidates)] == [_shape(c) for c in _plain_pairs(text, candidates)], text


@pytest.mark.skipif(not _SENTENCES, reason="the shared English corpus is absent")
def test_pairs_are_the_plain_join_on_real_sentences():
    for text in _SENTENCES:
        _check_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Koizumi and Chancellor Schroeder agreed.",
        "Both Foreign Minister Okada and Secretary Clinton stated that",
        "Foreign Minister Okada, and also Secretary Clinton welcomed",
        "The President and Prime Minister Abe and Foreign Minister Kishida met.",
        "Prime Minister Abe andPresident Trump",
    ],
)
def test_pairs_are_the_plain_join_on_edge_cases(text):
    _check_pairs(text)


@given(
    st.lists(
        st.sampled_from(
            ["Prime Minister Abe", "President Trump", "the President", " and ", " , and also ", "Both ", "He", ", "]
        ),
        max_size=8,
    )
)
def test_pairs_are_the_plain_join_on_any_text(pieces):
    _check_pairs("".join(pieces) + " stated")


def test_person_init_is_the_one_attrs_would_write():
    """Person's slot __init__ takes what attrs' would: positions, keywords, defaults, evolve, copies."""
    import copy
    import pickle

    fields = attrs.fields(Person)
    twin = attrs.make_class("Person", {f.name: attrs.field(default=f.default) for f in fields}, frozen=True)
    values = [object() for _ in fields]
    assert attrs.asdict(Person(*values), recurse=False) == attrs.asdict(twin(*values), recurse=False)
    keywords = {f.name: v for f, v in zip(fields, values, strict=True)}
    assert attrs.asdict(Person(**keywords), recurse=False) == attrs.asdict(twin(**keywords), recurse=False)
    assert attrs.asdict(Person("Abe"), recurse=False) == attrs.asdict(twin("Abe"), recurse=False)
    person = Person("Abe", "Prime Minister", None, Side.JAPAN, start=3, end=9)
    assert person.side is Side.JAPAN and (person.start, person.end) == (3, 9)
    assert attrs.evolve(person) == person == copy.copy(person) == pickle.loads(pickle.dumps(person))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        person.name = "Kishida"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Person()  # type: ignore[call-arg]


# -- find_people: a match starting inside a phrase already taken is not read ------------------------------


def _plain_find_people(text: str) -> list[Person]:
    """find_people as written before: every match read into its people, the overlapping ones set aside."""
    from dipmeet.people_en import find_groups, person_from_match, person_matches, post_person

    found: list[Person] = []
    taken: list[tuple[int, int]] = []
    for match in person_matches(text):
        overlaps = any(a < match.end() and match.start() < b for a, b in taken)
        inner = post_person(match)
        people = [person_from_match(match, inner=inner), person_from_match(inner) if inner is not None else None]
        for person in people:
            if person is None or (overlaps and any(a < person.end and person.start < b for a, b in taken)):
                continue
            taken.append((person.start, person.end))
            found.append(person)
    groups = [span for span in find_groups(text) if not any(a < span[1] and span[0] < b for a, b in taken)]
    return sorted(found, key=lambda person: person.start), groups


def _check_people(text: str) -> None:
    from dipmeet.people_en import find_people

    plain, groups = _plain_find_people(text)
    quick = find_people(text)
    assert [p for p in quick if p.group is None] == plain, text
    assert [(p.start, p.end) for p in quick if p.group is not None] == groups, text


def _paragraphs() -> list[str]:
    folder = CORPUS / "en"
    if not folder.is_dir():
        return []
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    return [line for text in texts for line in text.splitlines() if line.strip()]


_PARAGRAPHS = _paragraphs()


@pytest.mark.skipif(not _PARAGRAPHS, reason="the shared English corpus is absent")
def test_find_people_is_the_plain_reading_on_real_lines():
    for text in _PARAGRAPHS:
        _check_people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Kishida held a meeting with H.E. Mr. Emmanuel Macron, President of the French Republic.",
        "Shinzo Abe, Prime Minister of Japan, held a working lunch with Hon. Julie Bishop MP, Minister for Foreign "
        "Affairs of the Commonwealth of Australia.",
        "At the meeting with Secretary Clinton, Foreign Minister Kishida stated that",
        "Russian Minister of Foreign Affairs Sergey Lavrov and President Vladimir Putin of the Russian Federation",
        "H.E. Mr. Estifanos Afeworki Haile, Ambassador Extraordinary and Plenipotentiary of the State of Eritrea to "
        "Japan, expressed",
    ],
)
def test_find_people_is_the_plain_reading_on_edge_cases(text):
    _check_people(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "Prime Minister Abe",
                "H.E. Mr. Emmanuel Macron",
                ", President of the French Republic",
                ", Foreign Minister Kishida",
                "Shinzo Abe",
                ", Prime Minister of Japan,",
                " of the Russian Federation",
                " and ",
                " met ",
                "Russian ",
            ]
        ),
        max_size=8,
    )
)
def test_find_people_is_the_plain_reading_on_any_text(pieces):
    _check_people("".join(pieces))
