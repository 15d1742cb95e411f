"""Tests for resolving English subject phrases to the meeting's participants."""

from __future__ import annotations

from dipmeet.model import Participant, Side
from dipmeet.people_en import find_people
from dipmeet.speakers import BOTH
from dipmeet.speakers_en import EnglishRoster, fold

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
