"""Tests for resolving English subject phrases to the meeting's participants."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dipmeet.model import Participant, Side
from dipmeet.people_en import find_people
from dipmeet.speakers import BOTH
from dipmeet.speakers_en import EnglishRoster, alias_source, fold

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "en"

KISHIDA = Participant(name="KISHIDA Fumio", title="Prime Minister of Japan", side=Side.JAPAN)
RUTO = Participant(
    name="William Samoei Ruto",
    title="President of the Republic of Kenya",
    country="Republic of Kenya",
    side=Side.COUNTERPART,
)
BARCENA = Participant(name="Alicia BÁRCENA IBARRA", title="Secretary of Foreign Affairs", side=Side.COUNTERPART)


def roster() -> EnglishRoster:
    return EnglishRoster([KISHIDA, RUTO, BARCENA])


def test_surname_in_any_case_and_accent():
    """Prime Minister Kishida, Minister MOTEGI, Secretary Barcena name the participants whose names hold them."""
    assert roster().by_name("Kishida") is KISHIDA
    assert roster().by_name("Ruto") is RUTO
    assert roster().by_name("Barcena") is BARCENA
    assert fold("BÁRCENA") == "barcena"


def test_title_alone():
    """The President: the one participant with that title."""
    assert roster().by_title("President") is RUTO
    assert roster().by_title("Prime Minister") is KISHIDA


def test_foreign_minister_matches_minister_for_foreign_affairs():
    """The Foreign Minister also stated: the Minister for Foreign Affairs."""
    kawaguchi = Participant(name="Yoriko Kawaguchi", title="Minister for Foreign Affairs", side=Side.JAPAN)
    powell = Participant(name="Colin Powell", title="Secretary of State", side=Side.COUNTERPART)
    assert EnglishRoster([kawaguchi, powell]).by_title("Foreign Minister") is kawaguchi


def test_newcomer_from_a_phrase():
    """Mr.Robert Heer, on behalf of the group: someone the opening did not name, on the guests' side."""
    (heer,) = find_people("In response, Mr.Robert Heer, on behalf of the group, stated")
    person = roster().resolve_person(heer)
    assert person.name == "Robert Heer" and person.side is Side.COUNTERPART


def test_pair_on_two_sides_is_both():
    """Prime Minister Koizumi and Chancellor Schroeder: both sides."""
    assert roster().resolve_pair(KISHIDA, RUTO) is BOTH
    assert roster().resolve_pair(RUTO, BARCENA) is RUTO


def test_sides_and_groups():
    """the Japanese side / the participating countries' leaders."""
    r = roster()
    assert r.side_main("japan") is KISHIDA
    group = r.resolve_group("the participating countries' leaders")
    assert group.group and group.side is Side.COUNTERPART and group.name is None


def test_alias_pattern_finds_bare_names():
    """A name written bare ("Mukherjee said") is found through the roster."""
    pattern = roster().alias_pattern()
    assert pattern is not None and pattern.search("and Ruto said that")


_NAME_CHARS = "aAbkKsSiIé’'- .\u212aſıİ"


def _plain_alias(names: list[str]) -> re.Pattern[str]:
    """The alias pattern as first written: one case-insensitive alternation behind two look-behinds."""
    alternation = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<![\w'-])(?<!’)(?:{alternation})(?![\w-]|’s\b|'s\b)", re.IGNORECASE)


@given(
    st.lists(
        st.text(_NAME_CHARS, min_size=1, max_size=6).filter(lambda n: n[0].isascii() and n[0].isalpha()),
        min_size=1,
        max_size=5,
    ),
    st.text(_NAME_CHARS + "xy\n", max_size=40),
)
def test_alias_source_finds_what_the_plain_alternation_finds(names, text):
    """The names written letter-first find the matches (and spans) the plain case-insensitive alternation finds."""
    names = sorted(set(names), key=len, reverse=True)
    source, flags = alias_source(names)
    assert flags == 0
    rewritten = re.compile(source, flags)
    planted = " ".join([text, *names, text.upper(), *(n.upper() for n in names)])
    for sample in (text, planted):
        assert [m.span() for m in rewritten.finditer(sample)] == [
            m.span() for m in _plain_alias(names).finditer(sample)
        ]


def test_alias_source_on_real_rosters():
    """On the corpus, each release's alias pattern finds what the plain alternation finds, line by line."""
    from dipmeet.people_en import find_people

    for path in sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        names = {p.name for p in find_people(text) if p.name}
        names |= {token for name in set(names) for token in name.split() if len(token) > 2 and token[0].isupper()}
        if not names:
            continue
        ordered = sorted(names, key=len, reverse=True)
        rewritten = re.compile(*alias_source(ordered))
        plain = _plain_alias(ordered)
        for line in [text, *text.splitlines()]:
            assert [m.span() for m in rewritten.finditer(line)] == [m.span() for m in plain.finditer(line)]
