"""Tests for dipmeet.rules._lazy: patterns compiled on first use, rewritten to start with their literals."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet.rules import Rule, en
from dipmeet.rules._lazy import _LazyPattern, lazy_compile, lazy_rules, literal_first, one_of, required_words

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "en"


def _signature(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    """Every match of a pattern in a text, with the span of every group."""
    return [
        (match.span(), *(match.span(group) for group in range(1, pattern.groups + 1)))
        for match in pattern.finditer(text)
    ]


def _english_patterns() -> dict[str, re.Pattern[str]]:
    found = {}
    for name, value in vars(en).items():
        if isinstance(value, tuple) and value and all(isinstance(rule, Rule) for rule in value):
            found.update((f"{name}[{rule.name}]", rule.pattern) for rule in value)
        elif isinstance(value, (re.Pattern, _LazyPattern)):
            found[name] = value  # type: ignore[assignment]  # a lazy pattern stands for a compiled one
    return found


def _texts() -> list[str]:
    from tests.test_rules_en import EXAMPLES

    texts = list(EXAMPLES.values())
    for path in sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        texts += [text, text.upper(), text.lower(), *text.splitlines()]
    return texts


ENGLISH = _english_patterns()


def test_every_english_pattern_is_found():
    """The check below sees the tables and the single patterns of rules.en."""
    assert "ACT_RULES[act_welcomed]" in ENGLISH
    assert "REMARKS_INTRO" in ENGLISH
    assert len(ENGLISH) > 150


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_rewritten_pattern_matches_as_written(name):
    """Each English pattern, as compiled, finds what its source finds, with the same groups."""
    pattern = ENGLISH[name]
    written = re.compile(pattern.pattern, pattern.flags)
    for text in _texts():
        assert _signature(pattern, text) == _signature(written, text), text[:80]


@pytest.mark.parametrize(
    ("source", "flags", "expected"),
    [
        (r"\bwelcom(?:ed|ing)\b", 0, r"w(?<!\w.)elcom(?:ed|ing)\b"),
        (r"\b(?:agreed|concurred)\b", 0, r"a(?<!\w.)greed\b|c(?<!\w.)oncurred\b"),
        (r"\b[Bb]oth\s+sides", 0, r"[Bb](?<!\w.)oth\s+sides"),
        (r"\b[Bb]oth|\bthe", 0, r"B(?<!\w.)oth|b(?<!\w.)oth|t(?<!\w.)he"),
        (r"(?:countries|nations)[’']|leaders", 0, r"countries[’']|nations[’']|leaders"),
        (r"\b(?P<pronoun>[Hh]e|she)\b", 0, r"(?P<pronoun>H(?<!\w.)e|h(?<!\w.)e|s(?<!\w.)he)\b"),
        (r"\b\(PDF\)", 0, r"\((?<=\w.)PDF\)"),
        (r"\b_x|\by", 0, r"_(?<!\w.)x|y(?<!\w.)"),
        (r"\bsaid\b", re.IGNORECASE | re.ASCII, r"s(?<!\w.)(?i:aid\b)|S(?<!\w.)(?i:aid\b)"),
        (r"\b(?:the\s+)?Japan\s+side", 0, r"t(?<!\w.)he\s+Japan\s+side|J(?<!\w.)apan\s+side"),
        (r"(?P<hour>[0-9]{1,2}):", 0, r"(?P<hour>[0123456789][0-9]{0,1}):"),
        (r"\bheld\b", re.IGNORECASE, r"h(?<!\w.)(?i:eld\b)|H(?<!\w.)(?i:eld\b)"),
    ],
)
def test_literal_first_rewrites(source, flags, expected):
    """A leading word boundary moves behind the first letter; leading groups and cases spread out."""
    assert literal_first(source, flags)[0] == expected


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"(?P<pronoun>[Hh]e|[Ss]he)|x", 0),  # a capturing group first, beside another alternative
        (r"[A-Z]\w+", 0),  # a class of ranges
        (r"(?<=[.;:])\s*\(", 0),  # a look-behind first
        (r"\b(?:a|b)(?P<x>c)", 0),  # the group would be written twice
        (r"\b(?:a|b)*c", 0),  # a repeated group
        (r"\b[a-z]?c", 0),  # a first letter that may be left out
        (r"\bthe\b", re.VERBOSE),
        (r"\b(?:that|which|who|as|if|when|since|after|while|so|the|an|his|her|its)\b", 0),  # common letters
        (r",\s+the", 0),  # already a literal first
        (r"\bÉlysée|\bPalace", 0),  # a word character of another script after a boundary
        (r"étude|x", re.IGNORECASE),  # a letter of another script, whose cases are the engine's to say
        (r"(?P<title>(?:Prime|Minister)\s+)[A-Z]", 0),  # already literals first, inside groups
        (r"\b[[a]bcd|x", 0),  # a class that holds an unescaped [
    ],
)
def test_other_shapes_stay_as_written(source, flags):
    """Patterns of other shapes, and those whose first letters are everywhere, come back unchanged."""
    assert literal_first(source, flags) == (source, flags)


@pytest.mark.parametrize("text", ["ſaid it", "İs", "ıs", "\u212aing", "Said", "SAID"])
def test_case_insensitive_rewrite_keeps_unicode_cases(text):
    """Under IGNORECASE, a first letter keeps every character the engine folds to it (ſ, İ, ı, the Kelvin sign)."""
    for source in (r"\bsaid\b", r"\bis\b", r"\bking\b"):
        rewritten, flags = literal_first(source, re.IGNORECASE)
        assert bool(re.search(rewritten, text, flags)) == bool(re.search(source, text, re.IGNORECASE)), source


@pytest.mark.parametrize(
    ("source", "flags", "expected"),
    [
        (r"\bwelcom(?:ed|ing)\b", 0, ("welcom",)),
        (r"\bexchang(?:ed|e|ing)\s+views|\bexchanges?\s+of", 0, ("exchang",)),
        (r"\b(?:[Tt]he\s+)?(?:Japanese|Japan)\s+side\b", 0, ("side",)),  # the later of two equal sets
        (r"\b(?:lunch(?:eon)?\s+meeting|over\s+(?:a\s+)?(?:working\s+)?lunch)\b", 0, ("lunch",)),  # in both
        (r"\bof\s+Japan\b|^Japan(?:ese)?\b|\bGovernment\s+of\s+Japan\b", 0, ("Japan",)),  # in all three
        (r"\b(?:Meetings?|TALKS)\b", re.IGNORECASE, ("meeting", "talks")),
        (r"(?P<n>[0-9]+)\s*(?:minutes?|mins?)\b", 0, None),  # "min" is too short to be worth looking for
        (r"(?:abcd)?efgh", 0, ("efgh",)),  # an optional group requires nothing
        (r"abcdx*efgh", 0, ("efgh",)),
        (r"(?=abcde)x", 0, None),  # a look-ahead consumes nothing
        (r"abcde|\w+", 0, None),  # one alternative requires no word
    ],
)
def test_required_words(source, flags, expected):
    """The words one of which every match holds: runs of literals, groups every match passes through."""
    assert required_words(source, flags) == expected


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_required_words_are_in_every_match(name):
    """Wherever an English pattern matches, one of its required words is in the text (so skipping is safe)."""
    pattern = ENGLISH[name]
    words = required_words(pattern.pattern, pattern.flags)
    if words is None:
        return
    written = re.compile(pattern.pattern, pattern.flags)
    caseless = bool(pattern.flags & re.IGNORECASE)
    for text in _texts():
        for match in written.finditer(text):
            found = match.group(0).lower() if caseless else match.group(0)
            assert any(word in found for word in words), (words, found)


def test_a_lazy_pattern_compiles_on_first_use():
    """A lazy pattern holds its source until used; then it searches as a compiled pattern does."""
    pattern = lazy_compile(r"\bagreed\b")
    assert pattern.pattern == r"\bagreed\b"
    assert "search" not in vars(pattern)
    assert pattern.search("They agreed.").span() == (5, 11)
    assert "search" in vars(pattern)
    assert pattern.groups == 0
    assert lazy_compile(r"\bheld\b", re.IGNORECASE).flags == re.compile("", re.IGNORECASE).flags


def test_a_guarded_search_answers_as_the_engine():
    """search and finditer skip texts without the required words, and otherwise pass pos and endpos on."""
    pattern = lazy_compile(r"\bwelcom(?:ed|ing)\b", re.IGNORECASE)
    assert pattern.search("He noted it.") is None
    assert list(pattern.finditer("He noted it.")) == []
    assert pattern.search("He WELCOMED it; she welcomed it.", 10).span() == (20, 28)
    assert pattern.search("He WELCOMED it.", 0, 8) is None
    assert pattern.search(string="He ſaid: welcomed", pos=3).span() == (9, 17)
    assert [m.span() for m in pattern.finditer("welcomed, welcoming", endpos=12)] == [(0, 8)]


def test_the_first_use_is_already_guarded():
    """The method the first use gets is the one bound for every later use: the guarded search, not the engine's."""
    pattern = lazy_compile(r"\bwelcom(?:ed|ing)\b", re.IGNORECASE)
    first = pattern.search
    assert first is vars(pattern)["search"]
    other = lazy_compile(r"\bheld\b")
    assert other.fullmatch is vars(other)["fullmatch"]


def test_lazy_rules_refuse_duplicate_names():
    """A lazy table checks its names as compile_rules does."""
    with pytest.raises(ValueError, match="duplicate rule names"):
        lazy_rules([("a", "x", 1), ("a", "y", 2)])


def test_import_compiles_no_english_pattern():
    """import dipmeet leaves every English pattern uncompiled."""
    code = (
        "import dipmeet\nfrom dipmeet.rules import en\n"
        "from tests.test_rules_lazy import ENGLISH\n"
        "print(sum('search' in vars(p) for p in ENGLISH.values()))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parents[1]
    )
    assert out.stdout.strip() == "0"


# Lists joined with one_of in rules.en (titles, honorifics, stop words of a name, months, weekdays, demonyms).
_WORD_LISTS = {
    "titles": en._TITLE_WORDS,
    "honorifics": "|".join(en._HONORIFICS),
    "stop_words": "|".join(
        [en._TITLE_WORDS, *en._HONORIFICS, en._STOP_WORDS, en._MONTHS_WRITTEN, en._WEEKDAYS_WRITTEN]
    ),
    "demonyms": "|".join(re.escape(d) for d in sorted(en.DEMONYMS, key=len, reverse=True)),
    "words": "Prime|President|President-elect|Pr|Prince|Princess|Premier|P|Minister|Mr|Mrs|Mr\\.|Ms|M",
}


def _anchored(pattern: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    """The match at every place of ``text``."""
    return [match.span() if (match := pattern.match(text, index)) else None for index in range(len(text) + 1)]


@pytest.mark.parametrize("name", sorted(_WORD_LISTS))
@pytest.mark.parametrize("after", ["", r"(?![\w’'-])", r"\s+[A-Z]", r"s?\b"])
def test_one_of_matches_as_the_plain_group(name, after):
    """one_of's tree of prefixes matches what the plain alternation matches, at every place, with the same preferences."""
    alternatives = _WORD_LISTS[name]
    tree = re.compile(one_of(alternatives) + after)
    plain = re.compile("(?:" + alternatives + ")" + after)
    long_texts = [text for text in _texts() if len(text) > 1000][
        :12
    ]  # releases whole, as written, upper and lower case
    texts = [" ".join(alternatives.split("|")), "".join(alternatives.split("|")), *_texts()[:40], *long_texts]
    for text in texts:
        assert _anchored(tree, text) == _anchored(plain, text), text[:80]


@given(st.lists(st.sampled_from(["Pr", "ime", "esident", "-elect", "ince", "ss", "P", "M", "r", "s", ".", " ", "x"])))
def test_one_of_matches_as_the_plain_group_on_any_text(pieces):
    """The same on text made of the words' own pieces."""
    alternatives = _WORD_LISTS["words"]
    text = "".join(pieces)
    for after in ("", r"(?![\w’'-])", r"\b"):
        tree = re.compile(one_of(alternatives) + after)
        plain = re.compile("(?:" + alternatives + ")" + after)
        assert _anchored(tree, text) == _anchored(plain, text)


def test_one_of_groups_by_prefix():
    """Words that start alike are grouped under their common start, an empty rest keeping its place."""
    assert one_of("Prime|President|Minister") == "(?:Pr(?:ime|esident)|Minister)"
    assert one_of("Prince|Princess|Chair") == "(?:Prince(?:|ss)|Chair)"
    assert one_of(r"Mr\.|Ms|Mr") == r"(?:M(?:r(?:\.|)|s))"


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:that|which|who|as|if|when|since|after|while|so|the|an|his|her|its)\b",
        r"\b(?:meetings?|talks|summit(?!\s+(?:tele)?phone|\s+video)|dialogue|consultations?|discussions?)\b",
    ],
)
@given(text=st.text(alphabet="thaWTsmeEiıİſ \u212akl.", max_size=20))
def test_common_letters_are_led_by_literals_under_ignorecase(source, text):
    """Under IGNORECASE, first letters however common lead the pattern; it matches what the original matches."""
    rewritten, flags = literal_first(source, re.IGNORECASE)
    assert rewritten != source
    assert [m.span() for m in re.finditer(rewritten, text, flags)] == [
        m.span() for m in re.finditer(source, text, re.IGNORECASE)
    ]
