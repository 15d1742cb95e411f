"""Tests for reading English sentences into statements, agreements and discussions (quoted lines)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet.clauses_en import _ACT_STOP, EnglishClauseReader, _act_stop, _acts, introduces_remarks
from dipmeet.model import Act, Agreement, AgreementKind, Discussion, Participant, Side, Statement
from dipmeet.normalize import normalize_text
from dipmeet.rules import en
from dipmeet.sentences_en import split_sentences_en
from dipmeet.speakers import BOTH
from dipmeet.speakers_en import EnglishRoster

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "en"
KISHIDA = Participant(name="KISHIDA Fumio", title="Prime Minister of Japan", side=Side.JAPAN)
MACRON = Participant(
    name="Emmanuel Macron", title="President of the French Republic", country="French Republic", side=Side.COUNTERPART
)


def read(raw: str, participants=(KISHIDA, MACRON), *, last: bool = False, reader=None):
    reader = reader or EnglishClauseReader(EnglishRoster(list(participants)), raw)
    sentences = split_sentences_en(normalize_text(raw))
    items = []
    for index, sentence in enumerate(sentences):
        items.extend(reader.read(sentence, last=last and index == len(sentences) - 1, first=index == 0))
    return items, reader


def sides(items):
    return [
        item.speaker.side.value if isinstance(item, Statement) and item.speaker else type(item).__name__
        for item in items
    ]


def test_statement_with_connective_and_act():
    """At the outset, Prime Minister Kishida once again congratulated President Macron on his re-election."""
    (item,), _ = read(
        "At the outset, Prime Minister Kishida once again congratulated President Macron on his re-election."
    )
    assert isinstance(item, Statement) and item.speaker == KISHIDA
    assert item.acts == (Act.CONGRATULATED,)


def test_a_question_is_asked_and_a_request_is_requested():
    """ "asked about" puts a question (asked); "asked for" makes a request (requested)."""
    items, _ = read(
        "President Macron asked about the situation of the abductions issue. Prime Minister Kishida asked for "
        "France's cooperation."
    )
    assert [item.acts for item in items] == [(Act.ASKED,), (Act.REQUESTED,)]


def test_pronoun_is_the_last_speaker():
    """He stated ... after Kishida's sentence; "In response, President Macron expressed his gratitude"."""
    items, _ = read(
        "Prime Minister Kishida explained that he is actively engaged in outreach. He stated that the bilateral "
        "cooperation is extremely important. In response, President Macron expressed his gratitude."
    )
    assert sides(items) == ["japan", "japan", "counterpart"]
    assert items[2].acts[0] is Act.THANKED


def test_both_sides_agree_confirm_share_a_view():
    """The two leaders confirmed / They also shared the understanding / Both sides concurred."""
    items, _ = read(
        "The two leaders confirmed, in response to Russia’s aggression against Ukraine, the importance of close "
        "collaboration. They also shared the understanding that they would cooperate. Both sides concurred on the "
        "importance of further deepening cooperation."
    )
    assert [type(item) for item in items] == [Agreement, Agreement, Agreement]
    assert [item.kind for item in items] == [AgreementKind.CONFIRMED, AgreementKind.SHARED_VIEW, AgreementKind.AGREED]


def test_exchange_of_views_is_a_discussion():
    """The two leaders exchanged views on international affairs."""
    (item,), _ = read("The two leaders exchanged views on international affairs, including the situation in Ukraine.")
    assert isinstance(item, Discussion)


def test_one_side_agreeing_is_a_statement():
    """Secretary Clinton responded that she agreed with the Minister: one side assents."""
    clinton = Participant(name="Hillary Clinton", title="Secretary of State", side=Side.COUNTERPART)
    (item,), _ = read("Secretary Clinton responded that she agreed with the Minister.", (KISHIDA, clinton))
    assert isinstance(item, Statement) and item.speaker == clinton


def test_passive_agreement():
    """It was confirmed between the Ministers that both countries will continue ..."""
    (item,), _ = read(
        "It was confirmed between the Ministers that both countries will continue to have close consultations."
    )
    assert isinstance(item, Agreement) and item.kind is AgreementKind.CONFIRMED


def test_speaker_changes_at_a_semicolon_after_the_connective():
    """...; Minister Bishop stated that ...: two clauses, the cut after the semicolon."""
    kishida = Participant(name="Fumio Kishida", title="Minister for Foreign Affairs", side=Side.JAPAN)
    bishop = Participant(name="Julie Bishop", title="Minister for Foreign Affairs of Australia", side=Side.COUNTERPART)
    raw = (
        "Regarding the TPP, Minister Kishida stated that Japan and Australia would closely cooperate; "
        "Minister Bishop stated that Australia would also like to continue positive dialogue about the TPP."
    )
    (first, second), _ = read(raw, (kishida, bishop))
    assert first.speaker == kishida and first.text.endswith("cooperate;")
    assert second.speaker == bishop and second.text.startswith("Minister Bishop")


def test_statement_then_agreement_in_one_sentence():
    """President Putin expressed his appreciation, and the two leaders confirmed that ...: statement, agreement."""
    koizumi = Participant(name="Junichiro Koizumi", title="Prime Minister", side=Side.JAPAN)
    putin = Participant(name="Vladimir Putin", title="President", country="Russian Federation", side=Side.COUNTERPART)
    (first, second), _ = read(
        "President Putin expressed his appreciation, and the two leaders confirmed that close cooperation would be pursued.",
        (koizumi, putin),
    )
    assert isinstance(first, Statement) and first.speaker == putin
    assert isinstance(second, Agreement)


def test_names_inside_a_that_clause_are_not_subjects():
    """...pointed out that in talks between ..., President Putin had stated that ...: one statement."""
    kawaguchi = Participant(name="Yoriko Kawaguchi", title="Minister for Foreign Affairs", side=Side.JAPAN)
    (item,), _ = read(
        "Foreign Minister Kawaguchi pointed out that in talks between former Prime Minister Yoshiro Mori and President "
        "Vladimir Putin of the Russian Federation, President Putin had stated that the territorial issue was an obstacle.",
        (kawaguchi,),
    )
    assert item.speaker == kawaguchi


def test_missing_full_stop_before_a_new_speaker():
    """...sharing experiences of natural disasters Minister Kamikawa also stated that ...: two sentences run together."""
    kamikawa = Participant(name="KAMIKAWA Yoko", title="Minister for Foreign Affairs of Japan", side=Side.JAPAN)
    items, _ = read(
        "She also expressed her intention to continue to cooperate, sharing experiences of natural disasters "
        "Minister Kamikawa also stated that this year's G20 provides an excellent occasion.",
        (kamikawa,),
        reader=None,
    )
    assert len(items) == 2


def test_implied_speaker_continues_in_the_item():
    """This statement had given the Japanese side great courage: Kawaguchi goes on."""
    kawaguchi = Participant(name="Yoriko Kawaguchi", title="Minister for Foreign Affairs", side=Side.JAPAN)
    items, _ = read(
        "Foreign Minister Kawaguchi pointed out that the territorial issue was an obstacle. "
        "This statement had given the Japanese side great courage. "
        "To date, both sides have confirmed on numerous occasions the shared recognition that a peace treaty would be concluded.",
        (kawaguchi,),
    )
    assert sides(items) == ["japan", "japan", "japan"]


def test_narration_has_no_speaker():
    """The courtesy call thus took place in a congenial atmosphere."""
    items, _ = read(
        "Furthermore, Prime Minister Kishida expressed his hope that this trip would be a fruitful one. "
        "The courtesy call thus took place in a congenial atmosphere."
    )
    assert items[1].speaker is None


def test_event_told_in_the_passive_has_no_speaker():
    """After that, a dinner hosted by Prime Minister Ishiba was held.: narration even after a statement."""
    items, _ = read(
        "Prime Minister Kishida welcomed the visit. After that, a dinner hosted by Prime Minister Ishiba was held."
    )
    assert items[1].speaker is None


def test_quotation_sentences_belong_to_the_quoting_speaker():
    """Prime Minister Abe stated, “... . We expect ... .” In response, President Kenyatta stated, “...”"""
    abe = Participant(name="Shinzo Abe", title="Prime Minister", side=Side.JAPAN)
    kenyatta = Participant(name="Uhuru Kenyatta", title="President of the Republic of Kenya", side=Side.COUNTERPART)
    items, _ = read(
        "At the outset, Prime Minister Abe stated, “Thank you President Kenyatta for your leadership. "
        "We expect Your Excellency’s leadership in TICAD7 as well.” In response, President Kenyatta stated, "
        "“Holding of TICADVI in Kenya was highly significant.”",
        (abe, kenyatta),
    )
    assert sides(items) == ["japan", "japan", "counterpart"]


def test_remarks_list_belongs_to_its_speaker():
    """Professor Gambari made the following statements: (1) He will be visiting Myanmar ... they totally agreed."""
    gambari = Participant(name="Ibrahim Gambari", title="Special Advisor", side=Side.COUNTERPART)
    koumura = Participant(name="Masahiko Koumura", title="Minister for Foreign Affairs", side=Side.JAPAN)
    _items, reader = read("Professor Gambari made the following statements:", (koumura, gambari))
    assert reader.remarks_speaker == gambari
    more, _ = read(
        "He had met Dr. Condoleezza Rice the day before, and they totally agreed on continuing.", reader=reader
    )
    assert [item.speaker for item in more] == [gambari]


def test_following_points_without_the_introduce_remarks():
    """Foreign Minister Kishida stated following points: ... (1) ... I feel strong indignation: his remarks
    (mofa.go.jp/press/release/press4e_000596.html)."""
    zarif = Participant(name="Javad Zarif", title="Foreign Minister", country="Iranian", side=Side.COUNTERPART)
    kishida = Participant(name="Fumio Kishida", title="Foreign Minister", side=Side.JAPAN)
    _items, reader = read("Foreign Minister Kishida stated following points:", (kishida, zarif))
    assert reader.remarks_speaker == kishida


def test_responded_as_follows_introduces_remarks():
    """(2) Premier Zhu responded as follows: / a) I am very pleased to meet you ...: his remarks
    (mofa.go.jp, Koizumi–Zhu meeting at ASEM, 2002)."""
    zhu = Participant(name="Zhu Rongji", title="Premier", country="China", side=Side.COUNTERPART)
    koizumi = Participant(name="Junichiro Koizumi", title="Prime Minister", side=Side.JAPAN)
    _items, reader = read("Premier Zhu responded as follows:", (koizumi, zhu))
    assert reader.remarks_speaker == zhu


def test_agreement_of_others_inside_a_that_clause_is_not_the_sides():
    """the two sides welcomed that ... Prime Minister Kishida and President Biden reconfirmed ...: a joint welcome,
    not an agreement; "... welcomed that ..., and confirmed that ..." still is (mofa.go.jp/press/release/press4e_003214.html)."""
    (item,) = read(
        "At the outset, the two sides welcomed that during Prime Minister Kishida’s visit to the U.S. in January, "
        "Prime Minister Kishida and President Biden reconfirmed to strengthen solidarity in all fields."
    )[0]
    assert isinstance(item, Discussion)
    (item,) = read(
        "The two leaders welcomed that the talks had progressed, and confirmed that they would continue them."
    )[0]
    assert isinstance(item, Agreement)


def test_they_after_a_group_is_the_group():
    """Secretary General Shigeo Iwatani and others expressed gratitude ... They also stated ...: the guests."""
    iwatani = Participant(name="Shigeo Iwatani", title="Secretary General", side=Side.COUNTERPART)
    items, _ = read(
        "In response, Secretary General Shigeo Iwatani and others expressed gratitude for the support. "
        "They also stated that the Secretariat would like to further contribute.",
        (KISHIDA, iwatani),
    )
    assert sides(items) == ["counterpart", "counterpart"]


def test_they_after_one_speaker_is_both_sides():
    """She also showed her expectation ... They confirmed their intention ...: an agreement of both."""
    reader = EnglishClauseReader(EnglishRoster([KISHIDA, MACRON]), "")
    reader.last_person = MACRON
    items, _reader = read(
        "She also showed her expectation for the visit. They confirmed their intention to continue close cooperation.",
        reader=reader,
    )
    assert isinstance(items[1], Agreement)


def test_cut_off_sentence_with_its_subject_named():
    """He stressed Japan's commitmen: truncated, the speaker kept, a warning noted."""
    items, reader = read("Prime Minister Kishida asked for cooperation. He stressed Japan's commitmen", last=True)
    assert items[-1].truncated and items[-1].speaker == KISHIDA
    assert any(d.kind.value == "truncated" for d in reader.diagnostics)


def test_cut_off_inside_the_subject_has_no_speaker():
    """On that basis Foreign Minister Ka: the speaker is not yet named."""
    items, _ = read("Prime Minister Kishida stated that it was important. On that basis Foreign Minister Ka", last=True)
    assert items[-1].speaker is None


def test_cut_off_agreement_keeps_its_kind():
    """Both leaders confirmed to continue coordination ... toward the Japane: an agreement, truncated."""
    (item,), _ = read(
        "Both leaders confirmed to continue coordination and their close collaboration toward the Japane", last=True
    )
    assert isinstance(item, Agreement) and item.truncated


def test_pair_of_named_leaders_is_both():
    """Both Prime Minister Hatoyama and President Hu spoke highly of ...: a joint act."""
    hatoyama = Participant(name="Yukio Hatoyama", title="Prime Minister of Japan", side=Side.JAPAN)
    hu = Participant(name="Hu Jintao", title="President of the People's Republic of China", side=Side.COUNTERPART)
    (item,), reader = read(
        "Both Prime Minister Hatoyama and President Hu spoke highly of the steady development.", (hatoyama, hu)
    )
    assert isinstance(item, Discussion)
    assert reader.subjects("Both Prime Minister Hatoyama and President Hu spoke highly")[0].speaker is BOTH


def _plain_acts(text: str, verb: int) -> tuple[Act, ...]:
    """The speech acts of a clause as first written: every act rule searched in the window."""
    stop = _ACT_STOP.search(text, verb)
    end = stop.start() if stop else len(text)
    hits = []
    for rule in en.ACT_RULES:
        match = rule.pattern.search(text, verb, end)
        if match:
            hits.append((match.start(), rule.meaning))
    acts: list[Act] = []
    for _, act in sorted(hits, key=lambda hit: hit[0]):
        if act not in acts:
            acts.append(act)
    if not acts:
        acts.append(Act.EXPLAINED if re.search(r"\bexplained\b", text[verb:end]) else Act.STATED)
    return tuple(acts)


_ACT_WORDS = [
    "welcomed",
    "thanked",
    "hoped",
    "hope",
    "stressed",
    "would",
    "like",
    "to",
    "will",
    "agreed",
    "expressed",
    "sympathy",
    "that",
    "said",
    ":",
    "“",
]


@given(st.lists(st.sampled_from([*_ACT_WORDS, " ", "x", "and", "Minister"]), max_size=14), st.integers(0, 40))
def test_acts_with_word_tests_as_searched(words, verb):
    """Acts read with the window's word tests are those every rule's search finds."""
    text = " ".join(words)
    verb = min(verb, len(text))
    assert _acts(text, verb) == _plain_acts(text, verb)


def test_acts_with_word_tests_on_the_corpus():
    """On every line of the English corpus, from every word start, the acts are those the plain search finds."""
    for path in sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            for match in re.finditer(r"\b\w", line):
                assert _acts(line, match.start()) == _plain_acts(line, match.start()), line


@given(
    st.lists(
        st.sampled_from(["made", "the", "following", "FOLLOWS", "said", "stated", "as", ":", " ", "\n", "x"]),
        max_size=10,
    )
)
def test_introduces_remarks_as_searched(words):
    """The cheap test before REMARKS_INTRO answers as the search alone does."""
    for text in (" ".join(words), "".join(words)):
        assert introduces_remarks(text) == (en.REMARKS_INTRO.search(text) is not None)


def test_introduces_remarks_on_the_corpus():
    """On every line and sentence-sized piece of the English corpus, the cheap test answers as the search does."""
    for path in sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            for text in (line, line.upper(), *line.split(". ")):
                assert introduces_remarks(text) == (en.REMARKS_INTRO.search(text) is not None), text


def _plain_stop(text: str, start: int) -> int:
    """The end of an act's window as the readable pattern finds it."""
    stop = _ACT_STOP.search(text, start)
    return stop.start() if stop else len(text)


def test_act_stop_finds_what_the_source_finds():
    """The end of an act's window read with str.find is the one the readable pattern finds, from every place of every line."""
    for path in sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            for start in range(len(line)):
                assert _act_stop(line, start) == _plain_stop(line, start), line


@given(
    st.lists(
        st.sampled_from(
            ["that", "which", "who", "whose", "whom", "x", " ", "“", '"', ":", "-", "é", "_", "٣", "Ⅷ", "thatwho"]
        ),
        max_size=8,
    )
)
def test_act_stop_on_any_words(words):
    """The same on texts of the words it stops at, and of characters that are word characters or not (_, ٣, Ⅷ, -)."""
    for text in (" ".join(words), "".join(words)):
        for start in range(len(text) + 1):
            assert _act_stop(text, start) == _plain_stop(text, start), (text, start)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Minister Kishida stated that Japan", 17),
        ("Secretary Blinken explained, “We will", 18),
        ("the Prime Minister said: the", 18),
        ("He stressed which whose who that", 3),
        ("He noted thatcher and whoever athat", 3),
        ("a that", 2),
        ("that", 0),
        ("xthat", 1),
    ],
)
def test_act_stop_on_quoted_lines(text, start):
    """Short lines like those of real releases, and a word that stands just at or before the start."""
    assert _act_stop(text, start) == _plain_stop(text, start)
