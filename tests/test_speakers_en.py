"""Tests for resolving English subject phrases to the meeting's participants."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dipmeet.model import Participant, Side
from dipmeet.people_en import find_people
from dipmeet.speakers import BOTH
from dipmeet.speakers_en import _UNLOWERED_CASES, EnglishRoster, _Aliases, alias_source, fold

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


def test_alias_spans_find_bare_names():
    """A name written bare ("Mukherjee said") is found through the roster."""
    assert roster().alias_spans("and Ruto said that") == [(4, 8)]
    assert roster().alias_spans("and RUTO’s words; BÁRCENA said") == [(18, 25)]
    assert EnglishRoster().alias_spans("Ruto said") == []


_NAME_CHARS = "aAbkKsSiIé’'- .\u212aſıİ"


def _plain_alias_spans(names: list[str], text: str) -> list[tuple[int, int]]:
    """The names found by the plain case-insensitive alternation behind two look-behinds (alias_source)."""
    return [match.span() for match in re.finditer(alias_source(names), text, re.IGNORECASE)]


@given(
    st.lists(st.text(_NAME_CHARS, min_size=1, max_size=6), min_size=1, max_size=5),
    st.text(_NAME_CHARS + "xy_\n", max_size=40),
)
def test_alias_spans_find_what_the_pattern_finds(names, text):
    """Names looked for with str.find in the lower-cased text stand where the compiled pattern finds them."""
    names = sorted(set(names), key=len, reverse=True)
    ascii_names = [name for name in names if name.isascii()] or ["Ab"]
    planted = " ".join([text, *names, text.upper(), *(name.upper() for name in names), "x".join(names)])
    for group in (names, ascii_names):
        aliases = _Aliases(group)
        for sample in (text, planted, planted.replace("İ", "I").replace("ı", "i").replace("ſ", "s")):
            assert aliases.spans(sample) == _plain_alias_spans(group, sample)


def test_alias_spans_on_real_rosters():
    """On the corpus, each release's names stand where the compiled pattern finds them, line by line."""
    from dipmeet.people_en import find_people

    for path in sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        names = {p.name for p in find_people(text) if p.name}
        names |= {token for name in set(names) for token in name.split() if len(token) > 2 and token[0].isupper()}
        if not names:
            continue
        ordered = sorted(names, key=len, reverse=True)
        aliases = _Aliases(ordered)
        for line in [text, text.lower(), *text.splitlines()]:
            assert aliases.spans(line) == _plain_alias_spans(ordered, line)


def test_lower_case_compares_as_ignorecase():
    """Where a text holds none of the few characters set apart, lower-casing compares ASCII as IGNORECASE does."""
    every = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    for char in every:
        lowered = char.lower()
        if len(lowered) == 1 and lowered.isascii() and char != lowered:
            assert re.fullmatch(re.escape(lowered), char, re.IGNORECASE)
    for code in range(128):
        for char in re.findall(re.escape(chr(code)), every, re.IGNORECASE):
            assert char.lower() == chr(code).lower() or char in _UNLOWERED_CASES


def test_names_read_once_per_roster_still_find_newcomers():
    """The words of names are worked out once per roster; a participant who joins later is still found by name."""
    meeting = roster()
    assert meeting.by_name("Lavrov") is None
    lavrov = meeting.add(Participant(name="Sergey Lavrov", title="Minister of Foreign Affairs", side=Side.COUNTERPART))
    assert meeting.by_name("Lavrov") is lavrov
    assert roster().by_name("Lavrov") is None  # another meeting's roster knows nothing of him
