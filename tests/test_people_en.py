"""Tests for English person phrases: honorifics, names, titles, countries and sides."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet.model import Side
from dipmeet.people_en import (
    _ends_with_title_word,
    country_in_title,
    find_groups,
    find_people,
    headline_country,
    person_matches,
)
from dipmeet.rules import en


def only(text: str):
    """The one person a phrase names."""
    (person,) = find_people(text)
    return person


@pytest.mark.parametrize(
    ("text", "name", "title", "country", "side"),
    [
        (
            "Mr. Fumio Kishida, Minister for Foreign Affairs, held",
            "Fumio Kishida",
            "Minister for Foreign Affairs",
            None,
            Side.JAPAN,
        ),
        (
            "Mr. KISHIDA Fumio, Prime Minister of Japan, held",
            "KISHIDA Fumio",
            "Prime Minister of Japan",
            None,
            Side.JAPAN,
        ),
        (
            "H.E. Mr. Emmanuel Macron, President of the French Republic. The",
            "Emmanuel Macron",
            "President of the French Republic",
            "French Republic",
            Side.COUNTERPART,
        ),
        (
            "with H. E. Mr. Antony Blinken, Secretary of State of the United States. The",
            "Antony Blinken",
            "Secretary of State of the United States",
            "United States",
            Side.COUNTERPART,
        ),
        (
            "with His Excellency Joko Widodo, President of the Republic of Indonesia, for about 20 minutes",
            "Joko Widodo",
            "President of the Republic of Indonesia",
            "Republic of Indonesia",
            Side.COUNTERPART,
        ),
        (
            "with the Honorable Christopher Landau, Deputy Secretary of State of the United States of America, who",
            "Christopher Landau",
            "Deputy Secretary of State of the United States of America",
            "United States of America",
            Side.COUNTERPART,
        ),
        (
            "with the Hon Julie Bishop, MP, Minister for Foreign Affairs of the Commonwealth of Australia. The",
            "Julie Bishop",
            "Minister for Foreign Affairs of the Commonwealth of Australia",
            "Commonwealth of Australia",
            Side.COUNTERPART,
        ),
        (
            "with Senator the Hon Marise Payne, Minister for Foreign Affairs of the Commonwealth of Australia, who",
            "Marise Payne",
            "Minister for Foreign Affairs of the Commonwealth of Australia",
            "Commonwealth of Australia",
            Side.COUNTERPART,
        ),
        (
            "with Hon. Enrique A. Manalo, Secretary for Foreign Affairs of the Republic of the Philippines, who",
            "Enrique A. Manalo",
            "Secretary for Foreign Affairs of the Republic of the Philippines",
            "Republic of the Philippines",
            Side.COUNTERPART,
        ),
        (
            "held a meeting with Secretary of State Hillary Clinton for",
            "Hillary Clinton",
            "Secretary of State",
            None,
            Side.COUNTERPART,
        ),
        (
            "Minister for Foreign Affairs Sergey Lavrov of the Russian Federation. The",
            "Sergey Lavrov",
            "Minister for Foreign Affairs",
            "Russian Federation",
            Side.COUNTERPART,
        ),
        (
            "with Russian Minister of Foreign Affairs Sergey Lavrov. The",
            "Sergey Lavrov",
            "Minister of Foreign Affairs",
            "Russian",
            Side.COUNTERPART,
        ),
        (
            "with British Foreign Secretary Jack Straw on November 4.",
            "Jack Straw",
            "Foreign Secretary",
            "British",
            Side.COUNTERPART,
        ),
        (
            "Parliamentary Senior Vice-Minister for Foreign Affairs Mr. Norio Mitsuya received",
            "Norio Mitsuya",
            "Parliamentary Senior Vice-Minister for Foreign Affairs",
            None,
            Side.JAPAN,
        ),
        (
            "Admiral Mike Mullen, Chairman of the Joint Chiefs of Staff of the United States, paid",
            "Mike Mullen",
            "Chairman of the Joint Chiefs of Staff of the United States",
            "United States",
            Side.COUNTERPART,
        ),
        (
            "H.E. Mr. Luiz Inacio Lula da Silva, President of the Federative Republic of Brazil, who",
            "Luiz Inacio Lula da Silva",
            "President of the Federative Republic of Brazil",
            "Federative Republic of Brazil",
            Side.COUNTERPART,
        ),
        (
            "Minister for Foreign Affairs, Nobutaka Machimura, held a meeting",
            "Nobutaka Machimura",
            "Minister for Foreign Affairs",
            None,
            Side.JAPAN,
        ),
        (  # mofa.go.jp/announce/announce/2011/4/0416_01.html
            "with H.E. Amb. Antonio de Aguiar Patriota, Minister of External Relations of the Federative Republic of "
            "Brazil, during",
            "Antonio de Aguiar Patriota",
            "Minister of External Relations of the Federative Republic of Brazil",
            "Federative Republic of Brazil",
            Side.COUNTERPART,
        ),
        (  # mofa.go.jp/me_a/me2/qa/page4e_000978.html
            "held a dinner with H. H. Sheikh Tamim Bin Hamad Al-Thani, Amir of the State of Qatar during",
            "Tamim Bin Hamad Al-Thani",
            "Amir of the State of Qatar",
            "State of Qatar",
            Side.COUNTERPART,
        ),
        (  # mofa.go.jp/s_sa/sea2/id/pageite_000001_00229.html
            "with His Excellency Prabowo Subianto, President-elect of the Republic of Indonesia, for",
            "Prabowo Subianto",
            "President-elect of the Republic of Indonesia",
            "Republic of Indonesia",
            Side.COUNTERPART,
        ),
        (  # courtesy call on Parliamentary Vice-Minister Eri, April 2, 2025
            "from Ms. Annelize Schroeder, Chargé d'Affaires a.i., Embassy of the Republic of South Africa in Japan.",
            "Annelize Schroeder",
            "Chargé d'Affaires a.i.",
            None,
            Side.COUNTERPART,
        ),
        (  # mofa.go.jp/me_a/me2/sa/page3e_000384.html
            "with H.E. Mr. Adel bin Ahmed Al-Jubeir, Minister of Foreign Affairs, Kingdom of Saudi Arabia. The",
            "Adel bin Ahmed Al-Jubeir",
            "Minister of Foreign Affairs",
            "Kingdom of Saudi Arabia",
            Side.COUNTERPART,
        ),
        (  # courtesy call on Minister Kamikawa by East African missions, August 1, 2024
            "H.E. Mr. Estifanos Afeworki Haile, Ambassador Extraordinary and Plenipotentiary of the State of Eritrea to "
            "Japan, expressed",
            "Estifanos Afeworki Haile",
            "Ambassador Extraordinary and Plenipotentiary of the State of Eritrea to Japan",
            "State of Eritrea",
            Side.COUNTERPART,
        ),
        (  # mofa.go.jp/fp/unp_a/shin4e_000041.html
            "with H.E. Mr. Kőrösi Csaba, the President of the 77th session of the United Nations General Assembly. The",
            "Kőrösi Csaba",
            "President of the 77th session of the United Nations General Assembly",
            None,
            Side.COUNTERPART,
        ),
        (
            "Shinzo Abe, Prime Minister of Japan, held a working lunch",
            "Shinzo Abe",
            "Prime Minister of Japan",
            None,
            Side.JAPAN,
        ),
    ],
)
def test_person_phrases(text, name, title, country, side):
    """Honorifics are dropped; the title is read before or after the name; the country from its words."""
    person = only(text)
    assert (person.name, person.title, person.country, person.side) == (name, title, country, side)


def test_garbled_honorifics_are_all_dropped():
    """H.E. Ms. Mr. Olaf Scholz: every honorific goes."""
    assert only("with H.E. Ms. Mr. Olaf Scholz, Chancellor of the Federal Republic of Germany.").name == "Olaf Scholz"


def test_rt_hon_with_post_nominal():
    """the Rt Hon ... MP: the name without honorific and letters; a title with commas inside."""
    person = only(
        "with the Rt Hon James Cleverly MP, Secretary of State for Foreign, Commonwealth and Development Affairs"
        " of the United Kingdom, who"
    )
    assert person.name == "James Cleverly"
    assert person.country == "United Kingdom"


def test_and_others_is_plural():
    """Secretary General Mr. Shigeo Iwatani and others: the antecedent of a later "They"."""
    person = only(
        "received a courtesy call from Secretary General Mr. Shigeo Iwatani and others of the Trilateral Cooperation Secretariat, during"
    )
    assert person.name == "Shigeo Iwatani" and person.plural and person.title == "Secretary General"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "held a meeting with H.E. Mr. Ferdinand R. Marcos Jr., President of the Republic of the Philippines.",
            "Ferdinand R. Marcos Jr.",
        ),
        (
            "held a meeting with the Honorable Joseph R. Biden, Jr., President of the United States of America.",
            "Joseph R. Biden, Jr.",
        ),
    ],
)
def test_generational_suffix_stays_with_the_name(text, name):
    """Jr. belongs to the name, and the title after it is still read, with its country."""
    person = only(text)
    assert person.name == name
    assert person.country in ("Republic of the Philippines", "United States of America")
    assert person.title.startswith("President of the")


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        (
            "with H.E. Mr. Anthony Albanese, Prime Minister of Australia at the Prime Minister’s Office.",
            "Prime Minister of Australia",
            "Australia",
        ),
        (
            "with H.E. Mr. Antony Blinken, Secretary of State of the United States at the Iikura Guest House.",
            "Secretary of State of the United States",
            "United States",
        ),
        # a title with a place of its own inside stays whole
        (
            "with Datuk Seri Mr. Anwar, Minister in the Prime Minister’s Department of Malaysia.",
            "Minister in the Prime Minister’s Department of Malaysia",
            "Malaysia",
        ),
    ],
)
def test_a_place_after_the_title_is_not_part_of_it(text, title, country):
    """A venue written after a full title, with no comma, ends the title."""
    person = only(text)
    assert (person.title, person.country) == (title, country)


def test_a_possessive_place_after_the_title_does_not_hide_the_guest():
    """ "President of the United States of America at President Biden's private residence": the full phrase is read."""
    people = find_people(
        "held a meeting with the Honorable Joseph R. Biden, Jr., President of the United States of America "
        "at President Biden's private residence."
    )
    assert people[0].name == "Joseph R. Biden, Jr."
    assert people[0].title == "President of the United States of America"


def test_possessive_name():
    """Prime Minister Kishida’s visit: the name stops before ’s."""
    assert only("welcomed Prime Minister Kishida’s visit to Kenya").name == "Kishida"


def test_groups_with_no_one_named():
    """Pacific islands countries’ leaders: a group on the counterpart side."""
    (abe, group) = find_people(
        "Prime Minister Shinzo Abe held the meeting, exchanging opinions with Pacific islands countries’ leaders."
    )
    assert abe.side is Side.JAPAN
    assert group.name is None and group.group == "Pacific islands countries’ leaders" and group.side is Side.COUNTERPART


def test_a_person_after_a_comma_is_not_a_title():
    """At the meeting with Secretary Clinton, Foreign Minister Kishida stated: two people, not one with a title."""
    clinton, kishida = find_people(
        "At the meeting with Secretary Clinton, Foreign Minister Kishida stated that Japan would never tolerate it."
    )
    assert (clinton.name, clinton.title) == ("Clinton", "Secretary")
    assert (kishida.name, kishida.title, kishida.side) == ("Kishida", "Foreign Minister", Side.JAPAN)


def test_a_council_ends_a_title():
    """Mr. Wen Jiabao, Premier of the State Council of the People's Republic of China: Council is no name."""
    (wen,) = find_people("Mr. Wen Jiabao, Premier of the State Council of the People's Republic of China, for one hour")
    assert wen.name == "Wen Jiabao"
    assert wen.title == "Premier of the State Council of the People's Republic of China"
    (nsc,) = find_people("Secretary General of the National Security Council Akiba Takeo met")
    assert (nsc.name, nsc.title) == ("Akiba Takeo", "Secretary General of the National Security Council")


def test_an_ambassador_to_japan_before_the_name():
    """U.S. Ambassador to Japan Ms. Caroline Kennedy: the title keeps "to Japan", the guest is the counterpart."""
    (kennedy,) = find_people("a courtesy call from U.S. Ambassador to Japan Ms. Caroline Kennedy.")
    assert (kennedy.name, kennedy.title, kennedy.country) == ("Caroline Kennedy", "Ambassador to Japan", "U.S.")
    assert kennedy.side is Side.COUNTERPART


def test_not_people():
    """A headline's meeting, a place before a comma and a title on its own are nobody."""
    assert find_people("Japan-Australia Foreign Ministers’ Meeting") == []
    assert find_people("Regarding North Korea, the leaders agreed") == []
    assert find_people("at the Akasaka State Guest House") == []


@pytest.mark.parametrize(
    ("title", "country"),
    [
        ("Chairman of the Joint Chiefs of Staff of the United States", "United States"),
        ("President of the People's Republic of China", "People's Republic of China"),
        ("Special Advisor to U.N. Secretary-General", None),
    ],
)
def test_country_in_title(title, country):
    """The country a title ends with."""
    assert country_in_title(title) == country


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Japan-U.S. Foreign Ministerial Meeting in APEC", "U.S."),
        ("Japan-Viet Nam Foreign Ministers’ Meeting and Working Lunch", "Viet Nam"),
        ("Outline of the Japan-US Foreign Ministers Meeting", "US"),
        ("Third Japan-Pacific Islands Leaders Meeting", None),
    ],
)
def test_headline_country(headline, country):
    """Japan's partner in a "Japan-X" headline."""
    assert headline_country(headline) == country


def _plain_person_matches(text: str) -> list[tuple[int, int]]:
    return [match.span() for rule in en.PERSON_RULES for match in rule.pattern.finditer(text)]


def test_person_matches_as_every_rule_finds_them():
    """Skipping "Title, Name," in a text with fewer than two commas loses no match, on every corpus line."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "en"
    for path in sorted(corpus.glob("*.txt")) if corpus.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            for text in (line, *line.split(", ")):
                assert [m.span() for m in person_matches(text)] == _plain_person_matches(text)


@given(st.lists(st.sampled_from(["Minister", "Foreign", "for", "Affairs", "Taro", "KONO", "Mr.", ",", " ", "said"])))
def test_person_matches_on_any_words(words):
    """The same on texts made of title words, names and commas."""
    text = " ".join(words)
    assert [m.span() for m in person_matches(text)] == _plain_person_matches(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "Ambassador",
                "Envoy",
                "to",
                "Japan",
                "Chargé d’Affaires",
                "a.i.",
                "Secretary/Director-General",
                ",",
                ", ",
                "Caroline",
                "Kennedy",
                "Mr.",
                "Prime",
                "Minister",
                "of",
                "Vice-Minister",
                "Council",
                " ",
                "\n",
            ]
        )
    )
)
def test_person_matches_with_titles_before_commas(words):
    """The comma test before "Title, Name,": every kind of title end, joined with and without spaces."""
    for text in (" ".join(words), "".join(words)):
        assert [m.span() for m in person_matches(text)] == _plain_person_matches(text)


def test_title_endings_cover_every_title_word():
    """Every title word is written out among the endings, but for Chargé d'Affaires (its last words are)."""
    irregular = [word for word in en._TITLE_WORDS.split("|") if word not in en.TITLE_WORDS_PLAIN]
    assert irregular == [r"Charg[ée]\s+d[’']Affaires(?:\s+a\.i\.)?"]
    assert {"Affaires", "a.i."} <= set(en.TITLE_BEFORE_ENDINGS)


@given(
    st.lists(
        st.sampled_from(
            [
                "Minister",
                "Vice-Minister",
                "Secretary/Director-General",
                "Chargé d’Affaires",
                "Charge d'Affaires",
                "a.i.",
                "Affaires",
                "of",
                "Japan",
                "XMinister",
                "Minister-",
                "PM",
                "\n",
                " ",
                "Foreign",
                "Affairs",
                "Mr.",
                "é",
            ]
        ),
        max_size=6,
    )
)
def test_ends_with_title_word_as_the_pattern_finds_it(words):
    """Reading the end of a title with str methods says what a search for TITLE_END says."""
    for text in (" ".join(words), "".join(words)):
        assert _ends_with_title_word(text) == (en.TITLE_END.search(text) is not None)


def test_ends_with_title_word_on_the_corpus():
    """The same on every line of the corpus and every piece of it between commas."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "en"
    for path in sorted(corpus.glob("*.txt")) if corpus.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            for text in (line, *line.split(",")):
                assert _ends_with_title_word(text) == (en.TITLE_END.search(text) is not None), text


def _plain_groups(text: str) -> list[tuple[int, int]]:
    found = []
    for match in en.GROUP.finditer(text):
        lead = en.GROUP_LEAD.search(text, max(0, match.start() - 60), match.start())
        found.append((lead.start() if lead else match.start(), match.end()))
    return found


def test_groups_with_word_tests_on_the_corpus():
    """Groups found after the word tests are those the pattern finds, on every line of the corpus."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "en"
    for path in sorted(corpus.glob("*.txt")) if corpus.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert find_groups(line) == _plain_groups(line), line


@given(
    st.lists(
        st.sampled_from(
            [
                "countries",
                "nations",
                "states",
                "’",
                "'",
                "leaders",
                "of",
                "the",
                "Pacific",
                "islands",
                "participating",
                "heads",
                "state",
                "ministers",
                " ",
                "\n",
                "representatives",
                "foreign",
                "All",
                "x",
            ]
        ),
        max_size=10,
    )
)
def test_groups_with_word_tests_on_any_words(words):
    """The same on texts of the group words."""
    for text in (" ".join(words), "".join(words)):
        assert find_groups(text) == _plain_groups(text)
