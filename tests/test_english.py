"""Tests for the English pipeline: structure, noise, diagnostics and the contract (short quoted lines)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dipmeet import Language, from_json, parse, to_json
from dipmeet.english import _ends_with_terminal
from dipmeet.model import Agreement, DiagnosticKind, Discussion, Format, Level, Release, Severity, Side, Statement
from dipmeet.rules import en

from .test_parse import assert_spans_valid

GOLDEN = Path(__file__).parent / "fixtures" / "en" / "summit-telephone-talk.json"

OPENING = (
    "On June 1, commencing at 8:03 p.m. for approximately 25 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, "
    "held a summit telephone talk with H.E. Mr. Emmanuel Macron, President of the French Republic. The overview of "
    "the meeting is as follows."
)
HEAD = "Japan-France Summit Telephone Talk\n\nJune 1, 2022\n[Provisional translation]\n\n" + OPENING + "\n\n"


def headings(release: Release) -> list[str]:
    found: list[str] = []

    def walk(sections):
        for section in sections:
            if section.heading:
                found.append(section.heading)
            walk(section.sections)

    walk(release.meetings[0].sections)
    return found


def items(release: Release):
    def walk(sections):
        for section in sections:
            yield from section.items
            yield from walk(section.sections)

    return list(walk(release.meetings[0].sections))


def test_golden_json():
    """A short Kantei-style release (lines of a real one) gives the reviewed JSON (tests/fixtures/en/...)."""
    raw = (
        HEAD + "1. At the outset, Prime Minister Kishida once again congratulated President Macron on his re-election. "
        "In response, President Macron expressed his gratitude.\n\n2. The two leaders confirmed the importance of close "
        "collaboration of the G7. They also shared the understanding that they would cooperate to support vulnerable "
        "countries.\n\nArchives (Archived entries for the 98th through 100th prime ministers)\n"
    )
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert json.loads(to_json(parse(raw))) == expected


def test_release_fields():
    """Headline, date line, language, meeting facts and participants of a Kantei release."""
    release = parse(HEAD + "1. At the outset, Prime Minister Kishida once again congratulated President Macron.\n")
    assert release.language is Language.EN
    assert release.title == "Japan-France Summit Telephone Talk"
    assert release.published == dt.date(2022, 6, 1)
    meeting = release.meetings[0]
    assert meeting.formats == (Format.TELEPHONE,) and meeting.level is Level.SUMMIT
    assert meeting.start == dt.time(20, 3) and meeting.duration_minutes == 25
    japan, guest = meeting.participants[:2]
    assert (japan.name, japan.side) == ("KISHIDA Fumio", Side.JAPAN)
    assert (guest.name, guest.side) == ("Emmanuel Macron", Side.COUNTERPART)
    (statement,) = items(release)
    assert statement.speaker is japan


def test_speakers_are_the_meeting_participants():
    """Every statement's speaker is a value of meeting.participants."""
    release = parse(
        HEAD
        + "1. Prime Minister Kishida explained his efforts. In response, President Macron expressed his gratitude.\n"
        "2. The two leaders confirmed the importance of close collaboration of the G7.\n"
    )
    participants = release.meetings[0].participants
    found = items(release)
    assert all(item.speaker in participants for item in found if isinstance(item, Statement))
    assert isinstance(found[-1], Agreement)


def test_headings_and_numbering_styles():
    """1. / (1)The / 1 / (Agenda 1) / - (1) / • (1) / (a): headings without numbering, items under them."""
    body = (
        "1. Opening Remarks\n\nForeign Minister Okada expressed sympathy for the shooting.\n\n"
        "2. Japan-U.S. Relationship\n\n(1)The two ministers agreed that they would continue consultations.\n\n"
        "(Agenda 1) Regional affairs\n\n- (1) The two ministers exchanged views on North Korea.\n"
        "• (2) They also confirmed close cooperation.\n(a) Both sides concurred to meet again.\n"
    )
    release = parse(HEAD + body)
    assert headings(release) == ["Opening Remarks", "Japan-U.S. Relationship", "Regional affairs"]
    kinds = [type(item) for item in items(release)]
    assert kinds == [Statement, Agreement, Discussion, Agreement, Agreement]


def test_letter_labels_with_a_bracket():
    """(1) Politics / • A) The two Ministers confirmed ...: the letter is a label, the sentence an agreement
    (mofa.go.jp/press/release/press6e_000438.html)."""
    body = (
        "(1) Politics\n"
        "• A) The two Ministers confirmed that the two countries would continue bilateral dialogue.\n"
        "• B) The two Ministers exchanged views on the situation in the Middle East.\n"
    )
    release = parse(HEAD + body)
    assert headings(release) == ["Politics"]
    assert [type(item) for item in items(release)] == [Agreement, Discussion]
    assert items(release)[0].text.startswith("The two Ministers confirmed")


def test_run_on_numbering_and_inline_list():
    """ "… tourism.(2) Prime Minister …" and "…: 1) …; 2) …" become items of their own."""
    release = parse(
        HEAD
        + "(1) Prime Minister Kishida expressed cooperation in tourism.(2) Prime Minister Kishida emphasized the rule of law.\n"
        "(3) Prime Minister Kishida made the following points: 1) the first point; 2) the second point.\n"
    )
    texts = [item.text for item in items(release)]
    assert texts[:2] == [
        "Prime Minister Kishida expressed cooperation in tourism.",
        "Prime Minister Kishida emphasized the rule of law.",
    ]
    assert texts[-2:] == ["the first point;", "the second point."]
    assert all(item.speaker and item.speaker.side is Side.JAPAN for item in items(release))


def test_numbers_inside_a_sentence_are_not_items():
    """ "… three main pillars: (1) strengthening …, (2) promoting …, and (3) pursuing …" is one sentence."""
    sentence = (
        "Foreign Minister Kishida stated that the foreign policy of the Abe administration has three main pillars: "
        "(1) strengthening the Japan-U.S. Alliance, (2) promoting cooperative relations with neighboring countries, "
        "and (3) pursuing economic diplomacy."
    )
    release = parse(HEAD + "1. General Remarks\n" + sentence + "\n")
    assert [item.text for item in items(release)] == [sentence]
    assert headings(release) == ["General Remarks"]


def test_wrapped_headline_and_month_date_line():
    """A headline over two lines is one headline (as written, its break kept); "October 2003" gives the year."""
    release = parse(
        "Meeting Between Prime Minister Junichiro Koizumi and\nPremier Wen Jiabao at the ASEAN+3 Summit Meeting\n\n"
        "October 2003\n\nThe Japan-China summit meeting was held between Prime Minister Junichiro Koizumi and "
        "Premier Wen Jiabao for approximately 40 minutes in the afternoon of 7 October. The following is an "
        "overview of the meeting.\n\n1. Japan-China Relations\nPremier Wen stated that relations are good.\n"
    )
    assert release.title == (
        "Meeting Between Prime Minister Junichiro Koizumi and\nPremier Wen Jiabao at the ASEAN+3 Summit Meeting"
    )
    assert release.published is None and release.meetings[0].date == dt.date(2003, 10, 7)


def test_speaker_labels_in_brackets():
    """ "(Premier Wen)" over remarks in the first person: a speaker's label, not a heading."""
    release = parse(
        "Japan-China Summit Meeting\n\nOctober 2003\n\nThe Japan-China summit meeting was held between Prime "
        "Minister Junichiro Koizumi and Premier Wen Jiabao for approximately 40 minutes in the afternoon of 7 October. "
        "The following is an overview of the meeting.\n\n1. Japan-China Relations\n\n(Premier Wen)\nI would like "
        "to congratulate Prime Minister Koizumi for his reelection. This year marks the 25th anniversary.\n\n"
        "(Prime Minister Koizumi)\nI would like to express my gratitude for the hospitality of China.\n"
    )
    assert headings(release) == ["Japan-China Relations"]
    sides = [item.speaker.side if item.speaker else None for item in items(release)]
    assert sides == [Side.COUNTERPART, Side.COUNTERPART, Side.JAPAN]
    assert not [d for d in release.diagnostics if d.kind is DiagnosticKind.UNREAD_TEXT]


def test_cut_off_at_both_sides_is_joint():
    """ "... stated that cooperation is important. The two" (the page cut off): both sides, not the last speaker."""
    release = parse(HEAD + "1. Prime Minister Kishida stated that space cooperation is important. The two")
    kinds = [type(item) for item in items(release)]
    assert kinds == [Statement, Discussion]


def test_passive_agreement_after_two_introductory_phrases():
    """ "Also, with regard to the issue of removing North Korea from the designation ..., it was confirmed that": agreed."""
    release = parse(
        HEAD
        + "1. Secretary Rice made it clear that there was no change in U.S. support. Also, with regard to the issue "
        "of removing North Korea from the designation as state sponsors of terrorism, it was confirmed that the "
        "abduction issue would be given due consideration.\n"
    )
    assert [type(item) for item in items(release)] == [Statement, Agreement]


def test_cut_off_after_an_introductory_phrase_names_nobody():
    """ "... bilateral aviation talks. In response," (the page cut off): not the last speaker's words."""
    release = parse(HEAD + "1. Prime Minister Kishida referred to bilateral aviation talks. In response,")
    last = items(release)[-1]
    assert isinstance(last, Statement) and last.speaker is None


def test_unnumbered_headed_sections():
    """A short label on its own line followed by paragraphs is a heading."""
    release = parse(
        HEAD + "Bilateral Relations\n\nPrime Minister Kishida stated that relations are excellent.\n\n"
        "Regional Affairs\n\nThe two leaders exchanged views on regional affairs.\n"
    )
    assert headings(release) == ["Bilateral Relations", "Regional Affairs"]


def test_wrapped_lines_join_into_sentences():
    """Lines wrapped mid-sentence are one sentence; a line ending in U.S. continues."""
    release = parse(
        HEAD + "- Minister Okada stated that the Japan-U.S. alliance will continue to\n"
        "be the cornerstone of Japanese diplomacy. It was confirmed between the Ministers that matters related to Japan-U.S.\n"
        "Security Arrangements will be discussed.\n"
    )
    texts = [item.text for item in items(release)]
    assert texts[0].endswith("will continue to\nbe the cornerstone of Japanese diplomacy.")
    assert texts[1].endswith("Japan-U.S.\nSecurity Arrangements will be discussed.")


def test_noise_lines_become_diagnostics():
    """(Photo), ![]() |, (END), Back to …, Archives (…): set aside, each with its span."""
    raw = (
        HEAD
        + "(Photo)\n![]() |\n1. The two leaders agreed to meet again.\n(END)\nBack to Press Releases\nArchives (Archived entries)\n"
    )
    release = parse(raw)
    noise = [raw[d.span.start : d.span.end] for d in release.diagnostics if d.span and d.severity is Severity.INFO]
    for line in (
        "(Photo)",
        "![]()",
        "(END)",
        "Back to Press Releases",
        "Archives (Archived entries)",
        "[Provisional translation]",
    ):
        assert any(line in text for text in noise), line


def test_noise_inside_a_sentence_stays_in_its_text_and_is_noted():
    """ "Open a New Window" glued into a sentence: kept verbatim, noted as inline noise."""
    raw = HEAD + "1. The two leaders confirmed the Action Plan Open a New Window and agreed to implement it.\n"
    release = parse(raw)
    (item,) = items(release)
    assert "Open a New Window" in item.text
    assert any(d.kind is DiagnosticKind.NOISE_INLINE for d in release.diagnostics)


def test_cut_off_last_sentence_is_an_item_with_a_warning():
    """A release that breaks off: the last sentence is an item, marked truncated, with a warning."""
    release = parse(HEAD + "1. Prime Minister Kishida stated that any unilateral attempts to change the status quo b")
    (item,) = items(release)
    assert item.truncated and item.speaker is not None
    assert any(d.kind is DiagnosticKind.TRUNCATED and d.severity is Severity.WARNING for d in release.diagnostics)


def test_page_date_differs_from_meeting_date():
    """Dated May 10, the meeting on May 9."""
    release = parse(
        "Japan-Russia Summit Meeting\n\nMay 10, 2005\n\nOn May 9, Prime Minister Junichiro Koizumi held a meeting with "
        "President Vladimir Putin of the Russian Federation. The meeting took place for approximately 30 minutes from "
        "6:40 pm, Moscow time.\n"
    )
    assert release.published == dt.date(2005, 5, 10)
    meeting = release.meetings[0]
    assert meeting.date == dt.date(2005, 5, 9) and meeting.start == dt.time(18, 40)
    assert meeting.time_zone == "Moscow time"


def test_opening_holds_no_statements():
    """The opening paragraph is the meeting's span, not an item."""
    release = parse(HEAD + "1. The two leaders agreed.\n")
    assert all("commencing at" not in item.text for item in items(release))
    assert release.meetings[0].span is not None


def test_statement_after_the_outline_sentence_goes_to_the_body():
    """1. On ..., held a meeting .... The overview is as follows. Prime Minister ... stated ...: an item, not the opening."""
    release = parse(
        "Japan-France Summit Meeting\n\nJune 1, 2022\n\n1. On June 1, Mr. KISHIDA Fumio, Prime Minister of Japan, held a "
        "summit meeting with H.E. Mr. Emmanuel Macron, President of the French Republic. The overview is as follows. "
        "Prime Minister Kishida stated that Japan and France are exceptional partners.\n2. The two leaders agreed to meet.\n"
    )
    first = items(release)[0]
    assert isinstance(first, Statement) and first.text.startswith("Prime Minister Kishida stated")
    assert first.speaker is not None and first.speaker.side is Side.JAPAN


def test_korean_lines_of_an_embassy_page_are_set_aside():
    """Korean lines before the English version: mixed-language diagnostics."""
    raw = "이와야(岩屋) 외무대신, 우원식 한국 국회의장 예방\n" + HEAD
    release = parse(raw)
    assert release.language is Language.EN
    assert any(d.kind is DiagnosticKind.MIXED_LANGUAGE for d in release.diagnostics)
    assert release.title == "Japan-France Summit Telephone Talk"


def test_json_round_trip_and_spans():
    """The English release goes through the JSON contract unchanged; spans are verbatim."""
    raw = HEAD + "1. Prime Minister Kishida stated, “We will cooperate. We will act.” The two leaders agreed.\n"
    release = parse(raw)
    assert from_json(to_json(release), Release) == release
    assert_spans_valid(raw, release)


ENGLISH_PIECES = st.sampled_from(
    [
        "Japan-France Summit Telephone Talk\n",
        "June 1, 2022\n",
        "[Provisional translation]\n",
        OPENING + "\n",
        "1. ",
        "(1)",
        "- ",
        "• (2) ",
        "(Agenda 1) ",
        "Prime Minister Kishida stated that ",
        "In response, President Macron expressed his gratitude. ",
        "The two leaders confirmed ",
        "He said, “We will. It is.” ",
        "Both sides concurred. ",
        "It was agreed that ",
        "Mr. KISHIDA Fumio, ",
        "H.E. Mr. ",
        "the Rt Hon ",
        "4:30 P.M. EST ",
        "6.15p.m. (local time, on October 10, 9.45p.m.) ",
        "for an hour and 40 minutes ",
        "Open a New Window",
        "(END)\n",
        "Back to Press Releases\n",
        "\n",
        ";",
        ".",
        "”",
        '"',
        "(",
        ")",
    ]
)


@given(st.lists(ENGLISH_PIECES, max_size=40).map("".join))
def test_english_shaped_text_never_raises(text):
    """Any mixture of English release pieces parses, with valid spans."""
    release = parse(text)
    assert_spans_valid(text, release)


_CORPUS_EN = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "en"


def _corpus_lines() -> list[str]:
    lines = []
    for path in sorted(_CORPUS_EN.glob("*.txt")) if _CORPUS_EN.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        lines += [text, *text.splitlines(), *(line + "\n" for line in text.splitlines())]
    return lines


@given(st.text('.!?:;"”’)]etcE \n|x', max_size=20))
def test_terminal_searched_from_its_possible_start(text):
    """TERMINAL searched from where a match can start finds a match exactly where a search from the start does."""
    assert _ends_with_terminal(text) == (en.TERMINAL.search(text) is not None)


def test_terminal_searched_from_its_possible_start_on_the_corpus():
    """On every line of the English corpus (with and without a newline), the late search agrees."""
    for line in _corpus_lines():
        for text in (line, line.rstrip(" |")):
            assert _ends_with_terminal(text) == (en.TERMINAL.search(text) is not None), text[-40:]
