"""The quick checks of the English stages agree with the plain pattern searches they stand for.

Each shortcut (a ``str.find`` reading instead of a regex search, a literal
search before a pattern) is compared here with the plain search, on the
lines of the English corpus where it is present and on arbitrary text.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet.english import _has_run_on_hint
from dipmeet.rules import en

from .conftest import CORPUS


def _corpus_lines() -> list[str]:
    folder = CORPUS / "en"
    if not folder.is_dir():
        return []
    return [line for path in sorted(folder.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]


_LINES = _corpus_lines()


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_run_on_hint_is_the_pattern_on_real_lines():
    for line in _LINES:
        assert _has_run_on_hint(line) == (en.RUN_ON_HINT.search(line) is not None), line


@pytest.mark.parametrize(
    "line",
    [
        "cooperation.(2) Prime Minister",
        "tourism. 3. The two",
        "at 10:30 a.m.",
        "agreed; (4) the",
        ".1",
        "a.\u3000\t(9",
        "a:(",
        "1.2",
        " .5",
    ],
)
def test_run_on_hint_is_the_pattern_on_edge_cases(line):
    assert _has_run_on_hint(line) == (en.RUN_ON_HINT.search(line) is not None)


@given(st.text(alphabet="ab1 9.;:(\u3000\t\n\u00a0٣", max_size=24))
def test_run_on_hint_is_the_pattern_on_any_text(text):
    assert _has_run_on_hint(text) == (en.RUN_ON_HINT.search(text) is not None)


# -- photo captions: the words one of which every match holds -------------------------------------------

_CAPTION_LINES = [
    "Two ministers shaking hands",
    "(Photo) Japan-Mexico Summit Meeting",
    "Photo: Cabinet Public Affairs Office",
    "Minister Hayashi and President Kőrösi who have a seat and a talk",
    "Two leaders having a seat at a table",
    "Commemorative photo session",
    "The leaders posing for a group photo",
    "A HANDSHAKE between the two ministers",
    "Greeting",
    "ſhaking hands",
    "İ Photo",
]


@pytest.mark.parametrize("line", [*_CAPTION_LINES, *_LINES])
def test_photo_caption_words_stand_in_every_match(line):
    from dipmeet.rules._lazy import holds_caseless

    if en.PHOTO_CAPTION.search(line):
        assert holds_caseless(line, en.PHOTO_CAPTION_WORDS), line


_CAPTION_ALPHABET = "shakingdphotsew( ):SHAKPWO\u017f\u0130\u212a"


@given(
    st.lists(
        st.sampled_from(["shaking hands", "photo", "who has a seat", "having a seat", "greeting", "posing", " "])
        | st.text(alphabet=_CAPTION_ALPHABET, max_size=8),
        max_size=5,
    ).map("".join)
)
def test_photo_caption_words_on_any_text(text):
    from dipmeet.rules._lazy import holds_caseless

    if en.PHOTO_CAPTION.search(text):
        assert holds_caseless(text, en.PHOTO_CAPTION_WORDS)


def test_is_caption_en_is_the_plain_test():
    from dipmeet.header_en import _SENTENCE_LIKE, is_caption_en

    def plain(text: str) -> bool:
        if len(text) <= 320 and en.PHOTO_CREDIT_END.search(text):
            return True
        if len(text) > 160 or (_SENTENCE_LIKE.search(text) and len(text) > 80):
            return False
        return bool(en.PHOTO_CAPTION.search(text))

    for line in [*_CAPTION_LINES, *_LINES]:
        assert is_caption_en(line) == plain(line), line


def _sentences() -> list[str]:
    from dipmeet.normalize import Text
    from dipmeet.sentences_en import split_sentences_en

    found = []
    for line in _LINES:
        found.extend(sentence.text.text for sentence in split_sentences_en(Text(line, range(len(line)))))
    return found


_SENTENCES = _sentences()


def _plain_person_matches(text: str) -> list[tuple[int, int]]:
    return [match.span() for rule in en.PERSON_RULES for match in rule.pattern.finditer(text)]


def _quick_person_matches(text: str) -> list[tuple[int, int]]:
    from dipmeet.people_en import person_matches

    return [match.span() for match in person_matches(text)]


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_person_matches_are_those_of_every_row_on_real_sentences():
    for text in _SENTENCES:
        assert _quick_person_matches(text) == _plain_person_matches(text), text


@given(
    st.lists(
        st.sampled_from(
            [
                "H.E. ",
                "Mr. ",
                "Dr ",
                "the Hon ",
                "Sheikh ",
                "Tan Sri ",
                "Prime Minister ",
                "Kishida",
                "John Smith",
                ", ",
            ]
        )
        | st.text(alphabet="HEMrDsSthaon. ,", max_size=6),
        max_size=8,
    ).map("".join)
)
def test_person_matches_are_those_of_every_row_on_any_text(text):
    assert _quick_person_matches(text) == _plain_person_matches(text)


# -- subjects: where the small subject phrases may start -------------------------------------------------


def _plain_word_rule_starts(text: str) -> list[tuple[int, int]]:
    from dipmeet.subjects_en import _WORD_RULE_START

    return [match.span() for match in _WORD_RULE_START.finditer(text)]


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_word_rule_starts_are_the_pattern_on_real_sentences():
    from dipmeet.subjects_en import _word_rule_starts

    for text in [*_SENTENCES, *_LINES]:
        assert _word_rule_starts(text) == _plain_word_rule_starts(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The two",
        "the",
        "the ",
        "they",
        "They.",
        "she",
        "She_",
        "he",
        "He",
        "THe",
        "othe",
        "both",
        "Both",
        "bothy",
        "Japanese",
        "xJapan",
        "_the x",
        "é the\u00a0x",
        "the\n\nx",
        "1he",
        "he1",
        "teh",
        "Othello",
        "bother",
    ],
)
def test_word_rule_starts_are_the_pattern_on_edge_cases(text):
    from dipmeet.subjects_en import _word_rule_starts

    assert _word_rule_starts(text) == _plain_word_rule_starts(text)


@given(
    st.lists(
        st.sampled_from(["the", "The", "they", "he", "He", "she", "She", "both", "Both", "Japan", " ", "  "])
        | st.text(alphabet="TtHhSsBbJapnoey _\u00a0\n.é1", max_size=6),
        max_size=8,
    ).map("".join)
)
def test_word_rule_starts_are_the_pattern_on_any_text(text):
    from dipmeet.subjects_en import _word_rule_starts

    assert _word_rule_starts(text) == _plain_word_rule_starts(text)


# -- sentences: where a full stop may end one ------------------------------------------------------------


def _plain_breaks(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in en.SENTENCE_BREAK.finditer(text)]


def _quick_breaks(text: str) -> list[tuple[int, int]]:
    from dipmeet.sentences_en import _breaks

    return [(start, end) for start, end, _ in _breaks(text)]


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_breaks_are_the_pattern_on_real_lines():
    for text in _LINES:
        assert _quick_breaks(text) == _plain_breaks(text), text


@given(st.text(alphabet='.!?"”’)] \u00a0\n\t“([A9aZ', max_size=16))
def test_breaks_are_the_pattern_on_any_text(text):
    assert _quick_breaks(text) == _plain_breaks(text)


# -- abbreviations before a full stop --------------------------------------------------------------------


def _plain_is_boundary(text: str, stop: int, after: int) -> bool:
    window = text[max(0, stop - 14) : stop + 1]
    if text[stop] == "." and en.NEVER_ENDS.search(window):
        return False
    if text[stop] == "." and en.MAY_END.search(window):
        return bool(en.SENTENCE_STARTER.match(text, after))
    return True


def _plain_ends_with_abbreviation(text: str) -> bool:
    window = text[-14:]
    return bool(en.NEVER_ENDS.search(window) or en.MAY_END.search(window))


def _check_abbreviations(text: str) -> None:
    from dipmeet.sentences_en import _is_boundary, ends_with_abbreviation

    assert ends_with_abbreviation(text) == _plain_ends_with_abbreviation(text), text
    for stop, char in enumerate(text):
        if char in ".!?":
            after = stop + 1
            while after < len(text) and text[after].isspace():
                after += 1
            assert _is_boundary(text, stop, after) == _plain_is_boundary(text, stop, after), (text, stop)


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_abbreviations_are_the_patterns_on_real_lines():
    for text in _LINES:
        _check_abbreviations(text)


@pytest.mark.parametrize(
    "text",
    ["Mr. Abe", "U.S. The", "a.m. He", "H.R.H. Prince", "e.g. x", "xMr. y", "_Mr.", "1.2.", "é.g.", "p.m.\n", "No.\n"],
)
def test_abbreviations_are_the_patterns_on_edge_cases(text):
    _check_abbreviations(text)


@given(
    st.lists(
        st.sampled_from(["Mr", "H.E", "U.S", "a.m", "p", "pp", "Arts", "No", ". ", ".", "The ", "\n"])
        | st.text(alphabet="MrUSa.p _é1\nT", max_size=5),
        max_size=8,
    ).map("".join)
)
def test_abbreviations_are_the_patterns_on_any_text(text):
    _check_abbreviations(text)


# -- the opening: venues and sentence ends ---------------------------------------------------------------


def _check_meeting_scans(text: str) -> None:
    from dipmeet.meeting_en import _SENTENCE_END, _sentence_ends, _venue_matches

    assert [m.span() for m in _venue_matches(text)] == [m.span() for m in en.VENUE.finditer(text)], text
    for start, end in ((0, len(text)), (0, len(text) // 2), (len(text) // 3, len(text))):
        assert _sentence_ends(text, start, end) == [m.span() for m in _SENTENCE_END.finditer(text, start, end)], (
            text,
            start,
            end,
        )


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_venues_and_sentence_ends_are_the_patterns_on_real_lines():
    for text in _LINES:
        _check_meeting_scans(text)


@given(
    st.lists(
        st.sampled_from(["at the ", "in a room of the ", "in ", "at", "Akasaka Palace", "p.m. ", "A. ", ". ", "; "])
        | st.text(alphabet='atinAPm.;: \n(“"_é', max_size=5),
        max_size=8,
    ).map("".join)
)
def test_venues_and_sentence_ends_are_the_patterns_on_any_text(text):
    _check_meeting_scans(text)


# -- "Title, Name,": a title word before a comma ---------------------------------------------------------


def _plain_title_before_comma(text: str) -> bool:
    at = text.find(",")
    while at >= 0:
        if text.endswith(en.TITLE_BEFORE_ENDINGS, 0, at):
            return True
        if text.endswith("Japan", 0, at) and en.TITLE_BEFORE_TO_JAPAN.search(text, 0, at):
            return True
        at = text.find(",", at + 1)
    return False


def test_title_endings_are_two_characters_or_longer():
    assert min(map(len, en.TITLE_BEFORE_ENDINGS)) >= 2


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_title_before_comma_is_the_plain_test_on_real_lines():
    from dipmeet.people_en import _title_before_comma

    for text in _LINES:
        assert _title_before_comma(text) == _plain_title_before_comma(text), text


@given(
    st.lists(
        st.sampled_from(["Minister", "FM", "PM", "a.i.", "Affaires", "Ambassador to Japan", ",", ", ", "x"])
        | st.text(alphabet="MinsterFP,. a", max_size=4),
        max_size=8,
    ).map("".join)
)
def test_title_before_comma_is_the_plain_test_on_any_text(text):
    from dipmeet.people_en import _title_before_comma

    assert _title_before_comma(text) == _plain_title_before_comma(text)


# -- noise lines -----------------------------------------------------------------------------------------


def _plain_noise_line(text: str) -> tuple[str, object] | None:
    import re as _re

    unbulleted = _re.sub(r"^[-•*・]\s+", "", text)
    for rule in en.NOISE_LINE_RULES:
        if rule.pattern.fullmatch(text) or rule.pattern.fullmatch(unbulleted):
            return rule.name, rule.meaning
    return None


def _check_noise_line(text: str) -> None:
    from dipmeet.header_en import is_noise_line_en
    from dipmeet.normalize import Text

    assert is_noise_line_en(Text(text, range(len(text) + 1)), in_body=True) == _plain_noise_line(text), text


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_noise_lines_are_the_plain_reading_on_real_lines():
    for text in _LINES:
        _check_noise_line(text.strip())


@pytest.mark.parametrize(
    "text", ["Top > Foreign Policy > Japan", "Top>Page", "- Top > A > B", "・ Photo", "* (PDF)", "-", "", ">>"]
)
def test_noise_lines_are_the_plain_reading_on_edge_cases(text):
    _check_noise_line(text)


@given(st.text(alphabet="Top>Pag -•*・\n(PDF)", max_size=20))
def test_noise_lines_are_the_plain_reading_on_any_text(text):
    _check_noise_line(text)


# -- durations: searched from a little before their first unit -------------------------------------------


_DURATION_PIECES = (
    *("seventy-seven", "seventy seven", "forty", "a", "an", "one", "hundred", "123.5", "12", "three", "half"),
    *(" ", "  ", "\n", "-", "minutes", "min", "mins", "hours", "hour", "hrs", "hr", "an hour", "x"),
)


def _check_durations(text: str) -> None:
    from dipmeet.temporal_en import _first_duration, _rule_matches

    for rule in en.DURATION_RULES:
        whole = [match.span() for match in rule.pattern.finditer(text)]
        assert all(start >= _first_duration(rule.name, text) for start, _ in whole), (rule.name, text)
        # from every place: no match starting there or later starts before the place it gives
        for pos in range(len(text) + 1):
            first = _first_duration(rule.name, text, pos)
            later = [start for start, _ in whole if start >= pos]
            assert (first < 0 and not later) or (first >= pos and all(start >= first for start in later)), (
                rule.name,
                text,
                pos,
            )
        # searched from those places only, the rule finds what finditer finds, groups and all
        read = [(match.span(), match.groupdict()) for match in _rule_matches(rule, text, _first_duration)]
        assert read == [(match.span(), match.groupdict()) for match in rule.pattern.finditer(text)], (rule.name, text)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting lasted for approximately 25 minutes, and the dinner for about an hour and 40 minutes.",
        "for three hrs, 5 mins and then seventy-seven minutes; 1 hour 20 minutes",
        "one hundred minutes, a hundred and ten minutes, minutes minmin 12min",
        "for forty  \n hours or half an hour",
    ],
)
def test_durations_are_the_plain_reading_on_quoted_lines(text):
    _check_durations(text)


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_no_duration_starts_before_the_first_place_on_real_lines():
    for text in _LINES:
        _check_durations(text)


@given(
    st.lists(
        st.sampled_from(_DURATION_PIECES),
        max_size=10,
    ).map("".join)
)
def test_no_duration_starts_before_the_first_place_on_any_text(text):
    _check_durations(text)


# -- speech acts: the rules a clause's words call for ----------------------------------------------------


def _plain_acts(text: str, verb: int) -> tuple[object, ...]:
    import re as _re

    from dipmeet.clauses_en import _ACT_STOP
    from dipmeet.model import Act

    stop = _ACT_STOP.search(text, verb)
    end = stop.start() if stop else len(text)
    hits = []
    for rule in en.ACT_RULES:
        match = rule.pattern.search(text, verb, end)
        if match:
            hits.append((match.start(), rule.meaning))
    acts: list[object] = []
    for _, act in sorted(hits, key=lambda hit: hit[0]):
        if act not in acts:
            acts.append(act)
    if not acts:
        acts.append(Act.EXPLAINED if _re.search(r"\bexplained\b", text[verb:end]) else Act.STATED)
    return tuple(acts)


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_acts_are_those_of_every_rule_on_real_sentences():
    from dipmeet.clauses_en import _acts

    for text in _SENTENCES:
        for verb in {0, len(text) // 3, len(text) // 2}:
            assert _acts(text, verb) == _plain_acts(text, verb), (text, verb)


@given(
    st.lists(
        st.sampled_from(["hoped", "hopes", "hoping", "hope", "shop", "look forward", "wish", "expectations", "that"])
        | st.sampled_from(["stated", "welcomed", "expressed", "explained", "requested", "asked", " ", ", ", "x"]),
        max_size=8,
    ).map("".join)
)
def test_acts_are_those_of_every_rule_on_any_text(text):
    from dipmeet.clauses_en import _acts

    assert _acts(text, 0) == _plain_acts(text, 0)


# -- an outline's announcement ---------------------------------------------------------------------------


def _check_outline(text: str) -> None:
    from dipmeet.header_en import announces_outline
    from dipmeet.rules import first_hit

    assert announces_outline(text) == (first_hit(en.OUTLINE_RULES, text) is not None), text


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_outline_is_the_rules_on_real_sentences():
    for text in [*_SENTENCES, *_LINES]:
        _check_outline(text)


@given(
    st.lists(
        st.sampled_from(
            ["The overview ", "of the meeting ", "is as ", "follows", "FOLLOWING", "the following is ", "an outline"]
        )
        | st.text(alphabet="fFoOlLwWİıſ .", max_size=5),
        max_size=8,
    ).map("".join)
)
def test_outline_is_the_rules_on_any_text(text):
    _check_outline(text)


# -- a title's country ---------------------------------------------------------------------------------


def test_country_in_title_reads_an_envoy_to_japan():
    from dipmeet.people_en import country_in_title

    assert country_in_title("Ambassador of the State of Eritrea to Japan") == "State of Eritrea"
    assert country_in_title("Ambassador of the State of Eritrea to  Japan") == "State of Eritrea"
