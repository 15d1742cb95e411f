"""English patterns rewritten for the regex engine's speed match what they matched as first written.

Each rewrite (a name's word as single-character runs, ...) is compared here
with the pattern as first written: the same matches, spans and groups, on
the lines of the English corpus, on short lines quoted from real releases,
and on arbitrary text of the characters that matter to it.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet.rules import en

from .conftest import CORPUS


def _corpus_lines() -> list[str]:
    folder = CORPUS / "en"
    if not folder.is_dir():
        return []
    return [line for path in sorted(folder.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]


_LINES = _corpus_lines()


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    """Every match ``finditer`` gives, with its groups."""
    return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]


def _anchored(pattern: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    """What ``match`` gives at every place of ``text``, and ``fullmatch`` over the whole."""
    spans = [(match and match.span()) for match in (pattern.match(text, at) for at in range(len(text) + 1))]
    whole = pattern.fullmatch(text)
    return [*spans, whole and whole.span()]


# -- a name's word: runs of letters around its joiners, not a repeated group of letter or joiner ------------

# _NAME_TOKEN as first written.
_NAME_TOKEN_AS_WRITTEN = (
    r"(?:[A-Z]\.(?!\s?[A-Z]\.)|[A-Z\u00c0-\u00de](?:[\w\u00c0-\u024f]|(?![’']s\b)[’'-](?=[\w\u00c0-\u024f]))*)"
)


def _as_written(source: str) -> str:
    """A pattern source with the name's word as first written."""
    assert en._NAME_TOKEN in source
    return source.replace(en._NAME_TOKEN, _NAME_TOKEN_AS_WRITTEN)


_NAMED: dict[str, str] = {
    **{rule.name: rule.pattern.pattern for rule in en.PERSON_RULES if en._NAME_TOKEN in rule.pattern.pattern},
    "name_before_comma": en.NAME_BEFORE_COMMA.pattern,
    "post_person": en.POST_PERSON.pattern,
}


def test_every_pattern_with_a_name_is_compared():
    assert set(_NAMED) == {
        "person_title_first",
        "person_title_comma_name",
        "person_honorific_first",
        "name_before_comma",
        "post_person",
    }


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
@pytest.mark.parametrize("name", sorted(_NAMED))
def test_name_patterns_match_as_written_on_real_lines(name):
    source = _NAMED[name]
    new, old = re.compile(source), re.compile(_as_written(source))
    for line in _LINES:
        assert _found(new, line) == _found(old, line), line


_NAME_LINES = [
    "Foreign Minister Okada expressed sympathy for the shooting",
    "H.E. Mr. Emmanuel Macron, President of the French Republic",
    "Mr. O'Neill-Smith's view was shared by Ms. Al-Sabah",
    "President Ferdinand R. Marcos Jr. of the Republic of the Philippines",
    "Minister for Foreign Affairs Hirofumi Nakasone gave a telephone call to Minister Sergey Lavrov,",
    "the Hon. Julie Bishop MP, Minister for Foreign Affairs of Australia",
    "Prime Minister Abe’s visit, Secretary O’Brien’s remarks, Mr. D'Souza-'s",
    "Mr. A. B. Smith, Ms. ÉLISE Côté-Dupré, Dr. Ng'ang'a",
]


@pytest.mark.parametrize("line", _NAME_LINES)
@pytest.mark.parametrize("name", sorted(_NAMED))
def test_name_patterns_match_as_written_on_quoted_lines(name, line):
    source = _NAMED[name]
    new, old = re.compile(source), re.compile(_as_written(source))
    assert _found(new, line) == _found(old, line)
    assert _anchored(new, line) == _anchored(old, line)


_NAME_WORDS = st.sampled_from(
    ["Mr.", "Minister", "President", "Okada", "Bin", "O", "A.", "B", "s", "é", "É", "×", "_", "٣", "of", "the"]
)
_NAME_JOINS = st.sampled_from(["", " ", "  ", "’", "'", "-", ", ", ".", "’s", "'s"])
# Words of names and titles, each followed by a joiner: "Mr. Okada’s", "Minister O'B-é", "A. B, President".
_NAME_TEXTS = st.lists(st.tuples(_NAME_WORDS, _NAME_JOINS), max_size=8).map(
    lambda pairs: "".join(word + join for word, join in pairs)
)


@given(_NAME_TEXTS)
@pytest.mark.parametrize("name", sorted(_NAMED))
def test_name_patterns_match_as_written_on_any_text(name, text):
    source = _NAMED[name]
    new, old = re.compile(source), re.compile(_as_written(source))
    assert _found(new, text) == _found(old, text)
    assert _anchored(new, text) == _anchored(old, text)


# -- a letter of another script: searched only where the line is not ASCII without its quotes and dashes ------


def _other_letter_plain(text: str) -> bool:
    from dipmeet.header_en import _OTHER_LETTER

    return _OTHER_LETTER.search(text) is not None


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_other_letter_is_the_search_on_real_lines():
    from dipmeet.header_en import _holds_other_letter

    for line in _LINES:
        assert _holds_other_letter(line) == _other_letter_plain(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Prime Minister Abe’s “free and open Indo-Pacific” — as follows…",
        "한국어 페이지 “Korean” page",
        "ªµº², Ⅷ and ½ – the Côte d’Ivoire",
        "\u00a0",
        "",
    ],
)
def test_other_letter_is_the_search_on_quoted_lines(line):
    from dipmeet.header_en import _holds_other_letter

    assert _holds_other_letter(line) == _other_letter_plain(line)


@given(st.text(alphabet="a’‘“”–—…\u00a0éɏɐª²Ⅷ٣_한Ωx ", max_size=12))
def test_other_letter_is_the_search_on_any_text(text):
    from dipmeet.header_en import _holds_other_letter

    assert _holds_other_letter(text) == _other_letter_plain(text)


# -- the words of a meeting's parts: compiled led by their literals --------------------------------------


def _part_word_pair() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from dipmeet.meeting_en import _PART_WORD, _PART_WORD_SOURCE

    return _PART_WORD, re.compile(_PART_WORD_SOURCE, re.IGNORECASE)


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_part_words_match_as_written_on_real_lines():
    led, plain = _part_word_pair()
    for line in _LINES:
        assert _found(led, line) == _found(plain, line), line
        for start in range(0, len(line), 7):
            assert [m.span() for m in led.finditer(line, start, len(line) - 3)] == [
                m.span() for m in plain.finditer(line, start, len(line) - 3)
            ], line


@pytest.mark.parametrize(
    "line",
    [
        "the small-group meeting lasted approximately 45 minutes; the extended meeting about 30 minutes",
        "followed by a working LUNCH for about 1 hour, a Tete-a-Tete and a telephone call",
        "recall, callers, talkshow, Meetings, SMALL GROUP MEETING, ſmall-group meeting, K",
    ],
)
def test_part_words_match_as_written_on_quoted_lines(line):
    led, plain = _part_word_pair()
    assert _found(led, line) == _found(plain, line)
    assert _anchored(led, line) == _anchored(plain, line)


@given(
    st.lists(
        st.sampled_from(["meeting", "Talks", "call", "LUNCH", "luncheon", "small-group", "tete-a-tete", "ſ", "x", " "]),
        max_size=6,
    )
)
def test_part_words_match_as_written_on_any_text(words):
    led, plain = _part_word_pair()
    for text in (" ".join(words), "".join(words)):
        assert _found(led, text) == _found(plain, text)


# -- a nationality adjective before a title: read back from the end of the window -------------------------


def _check_demonym_before(text: str, pos: int, end: int) -> None:
    from dipmeet.people_en import _demonym_before

    read, searched = _demonym_before(text, pos, end), en.DEMONYM_BEFORE.search(text, pos, end)
    assert (read and (read.span(), read.groupdict())) == (searched and (searched.span(), searched.groupdict())), (
        text,
        pos,
        end,
    )


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_demonym_before_is_the_search_on_real_lines():
    for line in _LINES:
        for end in range(len(line) + 1):
            if end and line[end - 1].isspace():
                _check_demonym_before(line, max(0, end - 24), end)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("the Russian Minister of Foreign Affairs", 12),
        ("with Saudi Arabian Foreign Minister", 19),
        ("with South African  President", 20),
        ("Anti-Russian Minister", 13),
        ("the U.S. Secretary", 9),
        ("New Zealand Prime Minister", 12),
        ("Sri Lankan\tPresident", 11),
        ("Lao ", 4),
        ("  ", 2),
    ],
)
def test_demonym_before_is_the_search_on_quoted_lines(text, end):
    for pos in range(end + 1):
        _check_demonym_before(text, pos, end)


_DEMONYM_WORDS = st.sampled_from(
    ["Russian", "Saudi", "Arabian", "Saudi Arabian", "African", "South African", "U.S.", "US", "Lao", "Thai", "x"]
)


@given(st.lists(st.tuples(_DEMONYM_WORDS, st.sampled_from([" ", "  ", "-", "", "\n", "_"])), max_size=5))
def test_demonym_before_is_the_search_on_any_text(pairs):
    text = "".join(word + join for word, join in pairs)
    for end in range(len(text) + 1):
        for pos in {0, max(0, end - 24), max(0, end - 5)}:
            _check_demonym_before(text, pos, end)


# -- quotation marks: found with str.find for each mark ------------------------------------------------------

_QUOTE_CLASS = re.compile(r"[“”\"]")


@pytest.mark.skipif(not _LINES, reason="the shared English corpus is absent")
def test_quote_positions_are_the_class_search_on_real_lines():
    from dipmeet.sentences_en import _quote_positions

    for line in _LINES:
        assert _quote_positions(line) == [match.start() for match in _QUOTE_CLASS.finditer(line)], line


@pytest.mark.parametrize("line", ['He said, “We will.” "Yes", she said', '""“”', "no quotes here", "’‘ are not marks"])
def test_quote_positions_are_the_class_search_on_quoted_lines(line):
    from dipmeet.sentences_en import _quote_positions

    assert _quote_positions(line) == [match.start() for match in _QUOTE_CLASS.finditer(line)]


@given(st.text(alphabet='“”"’a ', max_size=16))
def test_quote_positions_are_the_class_search_on_any_text(text):
    from dipmeet.sentences_en import _quote_positions

    assert _quote_positions(text) == [match.start() for match in _QUOTE_CLASS.finditer(text)]
