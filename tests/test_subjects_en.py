"""Tests for finding the subjects of English clauses (quoted lines)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet.model import Participant, Side
from dipmeet.rules import en
from dipmeet.speakers import BOTH
from dipmeet.speakers_en import EnglishRoster
from dipmeet.subjects_en import _WORD_RULES, _word_rule_matches, find_subjects, follows_without_stop

KAWAGUCHI = Participant(name="Yoriko Kawaguchi", title="Minister for Foreign Affairs", side=Side.JAPAN)
PUTIN = Participant(name="Vladimir Putin", title="President", country="Russian Federation", side=Side.COUNTERPART)


def roster() -> EnglishRoster:
    return EnglishRoster([KAWAGUCHI, PUTIN])


def test_subject_after_a_connective_or_an_introductory_phrase():
    """In response, ... / Regarding the realignment of U.S. Forces in Japan, ...: subjects at the head."""
    first = find_subjects("In response, President Putin stated that he agreed.", roster())[0]
    assert first.speaker == PUTIN
    (second,) = find_subjects(
        "Regarding the Northern Territories issue, Foreign Minister Kawaguchi stated so.", roster()
    )
    assert second.speaker == KAWAGUCHI


def test_names_inside_what_was_said_are_not_subjects():
    """...pointed out that in talks between ..., President Putin had stated that ...: Kawaguchi only."""
    found = find_subjects(
        "Foreign Minister Kawaguchi pointed out that in talks between former Prime Minister Yoshiro Mori and President "
        "Vladimir Putin of the Russian Federation, President Putin had stated that the issue was an obstacle.",
        roster(),
    )
    assert [s.speaker for s in found] == [KAWAGUCHI]


def test_names_inside_a_quotation_are_not_subjects():
    """“Thank you President Putin for ...”: the quoted name speaks for no one."""
    found = find_subjects("Foreign Minister Kawaguchi stated, “President Putin stated it well.”", roster())
    assert [s.speaker for s in found] == [KAWAGUCHI]


def test_pair_of_named_leaders_on_two_sides_is_both():
    """Foreign Minister Kawaguchi and President Putin shared the view: both sides."""
    (subject,) = find_subjects(
        "Foreign Minister Kawaguchi and President Putin shared the view that it mattered.", roster()
    )
    assert subject.speaker is BOTH


def test_pronouns_read_what_came_before():
    """He → the last speaker; They → both sides after one speaker."""
    he = find_subjects("He further noted that he shares the same view.", roster(), last_person=PUTIN)[0]
    assert he.speaker == PUTIN and he.pronoun
    (they,) = find_subjects("They confirmed their intention to continue.", roster(), last_person=PUTIN)
    assert they.speaker is BOTH


def test_possessive_and_object_are_not_subjects():
    """President Putin's visit / welcomed President Putin: no subject."""
    assert find_subjects("The preparation for President Putin's visit to Japan was discussed.", roster()) == []
    assert find_subjects("It was important to welcome President Putin at the meeting.", roster()) == []


def test_missing_full_stop():
    """...natural disasters Minister Kamikawa also stated: a new sentence whose full stop was left out."""
    text = "sharing experiences of natural disasters Minister Kamikawa also stated that"
    start = text.index("Minister")
    assert follows_without_stop(text, start, text.index("stated"))
    assert not follows_without_stop("the welcome he received", 12, 15)


def test_japan_and_a_country_agreeing_is_both_sides():
    """Japan and Russia agreed ...: both sides; "Japan and Russia are working ..." names no speaker."""
    (subject,) = find_subjects("Japan and Russia agreed to hold consultations.", roster())
    assert subject.speaker is BOTH
    assert find_subjects("Japan and Russia are working in the same direction.", roster()) == []


def test_leaders_of_both_countries():
    """The leaders of both countries agreed: both sides."""
    subjects = find_subjects("The leaders of both countries agreed to meet again.", roster())
    assert subjects[0].start == 0 and subjects[0].speaker is BOTH


def test_fm_titles_in_a_pair():
    """FM Kishida and FM Bishop affirmed ...: both sides."""
    kishida = Participant(name="Fumio Kishida", title="Minister for Foreign Affairs", side=Side.JAPAN)
    bishop = Participant(name="Julie Bishop", title="Minister for Foreign Affairs of Australia", side=Side.COUNTERPART)
    (subject,) = find_subjects(
        "FM Kishida and FM Bishop affirmed the importance of strategic cooperation.", EnglishRoster([kishida, bishop])
    )
    assert subject.speaker is BOTH


def test_participating_leaders_are_the_guests_group():
    """In response, the participating countries' leaders appreciated ...: the group of guests."""
    abe = Participant(name="Shinzo Abe", title="Prime Minister", side=Side.JAPAN)
    group = Participant(group="Pacific islands countries’ leaders", side=Side.COUNTERPART)
    (subject,) = find_subjects(
        "In response, the participating countries' leaders appreciated the contributions that Japan has been making.",
        EnglishRoster([abe, group]),
    )
    assert subject.speaker == group and subject.plural


def _plain_follows_without_stop(text: str, start: int, verb: int) -> bool:
    """follows_without_stop as first written: the searches before the anchored test."""
    before = text[:start].rstrip()
    return (
        re.search(r"(?:^|\s)(?P<word>[a-z][a-z’'-]*)$", before) is not None
        and not en.SUBORDINATE_BEFORE.search(before)
        and en.REPORTING_VERB.match(text, verb) is not None
    )


def test_follows_without_stop_tests_the_verb_first():
    """With the verb tested first, the answer on the corpus is the one the searches first give."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "en"
    for path in sorted(corpus.glob("*.txt")) if corpus.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            starts = [match.start() for match in re.finditer(r"\b\w", line)]
            for index, start in enumerate(starts):
                for verb in starts[index + 1 : index + 4]:
                    assert follows_without_stop(line, start, verb) == _plain_follows_without_stop(line, start, verb)


def test_subject_after_a_phrase_naming_the_other_side():
    """At the meeting with Secretary Clinton, Foreign Minister Kishida stated ...: Kishida speaks."""
    kishida = Participant(name="Fumio Kishida", title="Minister for Foreign Affairs", side=Side.JAPAN)
    clinton = Participant(name="Hilary Clinton", title="Secretary of State", country="U.S.", side=Side.COUNTERPART)
    (subject,) = find_subjects(
        "At the meeting with Secretary Clinton, Foreign Minister Kishida stated that Japan would never tolerate "
        "any act of terrorism.",
        EnglishRoster([kishida, clinton]),
    )
    assert subject.speaker == kishida


def test_subject_with_a_relative_clause_holding_an_abbreviation():
    """Secretary of State Rice, who was present at the Japan-U.S. summit meeting, said ...: Rice speaks."""
    rice = Participant(name="Rice", title="Secretary of State", country="U.S.", side=Side.COUNTERPART)
    subject, *_ = find_subjects(
        "Secretary of State Rice, who was present at the Japan-U.S. summit meeting, said that the two leaders got "
        "along well with each other.",
        EnglishRoster([KAWAGUCHI, rice]),
    )
    assert subject.speaker == rice


def test_the_two_and_both_with_no_noun():
    """The two agreed that ... / Both welcomed the fact that ...: both sides."""
    for text in (
        "The two agreed that the issuance of a joint statement on climate change was a significant achievement.",
        "On the nuclear issue with North Korea, the two agreed that North Korea should implement the actions.",
        "Both welcomed the fact that the two leaders had struck out a strong individual relationship of trust.",
    ):
        (subject,) = find_subjects(text, roster())
        assert subject.speaker is BOTH, text


def test_the_before_a_title_and_a_name():
    """In addition, the President Trump explained that ...: the article and title join the name after them."""
    trump = Participant(name="Donald Trump", title="President", country="United States", side=Side.COUNTERPART)
    subject, *_ = find_subjects(
        "In addition, the President Trump explained that serious discussion was held between the two leaders.",
        EnglishRoster([KAWAGUCHI, trump]),
    )
    assert subject.speaker == trump and subject.start == len("In addition, ")


def test_an_adverb_in_ly_between_subject_and_verb():
    """At the beginning, Prime Minister Abe wholeheartedly welcomed ...: the adverb stands before the verb
    (mofa.go.jp/me_a/me2/qa/page4e_000978.html)."""
    abe = Participant(name="Shinzo Abe", title="Prime Minister of Japan", side=Side.JAPAN)
    (subject,) = find_subjects(
        "At the beginning, Prime Minister Abe wholeheartedly welcomed the first visit to Japan in four years.",
        EnglishRoster([abe, PUTIN]),
    )
    assert subject.speaker == abe


def test_dotted_his_highness_before_a_name():
    """H.H. Sheikh Tamim stated his gratitude ...: H.H. is an honorific (mofa.go.jp/me_a/me2/qa/page4e_000978.html)."""
    tamim = Participant(
        name="Tamim Bin Hamad Al-Thani",
        title="Amir of the State of Qatar",
        country="State of Qatar",
        side=Side.COUNTERPART,
    )
    (subject,) = find_subjects(
        "H.H. Sheikh Tamim stated his gratitude for the warm welcome.", EnglishRoster([KAWAGUCHI, tamim])
    )
    assert subject.speaker == tamim


def test_president_elect_is_a_title():
    """In response, President-elect Prabowo expressed his gratitude for Prime Minister Kishida’s words ...: the
    President-elect speaks, not the Prime Minister named after him (mofa.go.jp/s_sa/sea2/id/pageite_000001_00229.html)."""
    kishida = Participant(name="KISHIDA Fumio", title="Prime Minister of Japan", side=Side.JAPAN)
    prabowo = Participant(
        name="Prabowo Subianto",
        title="President-elect of the Republic of Indonesia",
        country="Republic of Indonesia",
        side=Side.COUNTERPART,
    )
    subject, *_ = find_subjects(
        "In response, President-elect Prabowo expressed his gratitude for Prime Minister Kishida’s words of "
        "congratulations.",
        EnglishRoster([kishida, prabowo]),
    )
    assert subject.speaker == prabowo


def test_a_name_and_its_title_closed_by_a_comma_before_the_verb():
    """As a response, H.E. Mr. Estifanos Afeworki Haile, Ambassador Extraordinary and Plenipotentiary of the State of
    Eritrea to Japan, expressed his hope ...: the guest speaks (courtesy call on Minister Kamikawa, August 1, 2024)."""
    kamikawa = Participant(name="KAMIKAWA Yoko", title="Minister for Foreign Affairs", side=Side.JAPAN)
    group = Participant(group="the Diplomatic Missions of East African countries to Japan", side=Side.COUNTERPART)
    (subject,) = find_subjects(
        "As a response, H.E. Mr. Estifanos Afeworki Haile, Ambassador Extraordinary and Plenipotentiary of the State "
        "of Eritrea to Japan, expressed his hope to further develop relations.",
        EnglishRoster([kamikawa, group]),
    )
    assert isinstance(subject.speaker, Participant) and subject.speaker.name == "Estifanos Afeworki Haile"
    assert subject.speaker.side is Side.COUNTERPART


def _plain_word_rules(text: str) -> list[list[tuple[int, int]]]:
    return [[match.span() for match in pattern.finditer(text)] for pattern in _WORD_RULES]


def _word_rules(text: str) -> list[list[tuple[int, int]]]:
    return [[match.span() for match in matches] for matches in _word_rule_matches(text)]


def test_word_rules_are_the_collective_side_pronoun_and_title_rules():
    """The one pass reads these rules, in the order their candidates are listed."""
    assert (
        *(rule.pattern for rule in en.COLLECTIVE_RULES),
        *(rule.pattern for rule in en.SIDE_REFERENCE_RULES),
        en.PRONOUN,
        en.TITLE_ALONE,
    ) == _WORD_RULES
    assert [rule.name for rule in en.COLLECTIVE_RULES] == [
        "both_group",
        "the_ministers",
        "both_alone",
        "japan_and_country",
    ]
    assert [rule.name for rule in en.SIDE_REFERENCE_RULES] == ["japanese_side", "foreign_side"]


def test_word_rules_in_one_pass_on_the_corpus():
    """On every line of the English corpus, the one pass finds what a search of each rule finds."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "en"
    for path in sorted(corpus.glob("*.txt")) if corpus.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert _word_rules(line) == _plain_word_rules(line), line


@pytest.mark.parametrize(
    "line",
    [
        "The two leaders agreed that both sides would continue close cooperation.",
        "Both welcomed the progress, and the Foreign Ministers confirmed it; they also agreed.",
        "The Japanese side explained, and the Russian side said that Japan and Australia agreed.",
        "The President stated that he and she would visit the Prime Minister, the G7 leaders and the Quad partners.",
        "In response, the U.S. side noted that The Chinese Foreign Minister and the three Ministers concurred.",
        "The Minister of the Economy of the Japanese side, the Japan side and They",
    ],
)
def test_word_rules_in_one_pass_on_quoted_lines(line):
    """Lines in the style of real releases, with every rule matching."""
    assert _word_rules(line) == _plain_word_rules(line)


@given(
    st.lists(
        st.sampled_from(
            [
                "Both",
                "both",
                "The",
                "the",
                "two",
                "three",
                "G7",
                "G20",
                "Quad",
                "leaders",
                "Ministers",
                "sides",
                "agreed",
                "also",
                "Japan",
                "and",
                "Australia",
                " ",
                "Foreign",
                "ministers",
                "side",
                "Japanese",
                "Russian",
                "U.S.",
                "other",
                "he",
                "He",
                "she",
                "They",
                "they",
                "President",
                "Minister",
                "of",
                "Prime",
                "\n",
                "welcomed",
            ]
        )
    )
)
def test_word_rules_in_one_pass_on_any_words(words):
    """The same on texts of the rules' own words."""
    for text in (" ".join(words), "".join(words)):
        assert _word_rules(text) == _plain_word_rules(text)
