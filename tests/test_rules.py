"""Tests for the generic rule machinery: tables, names, first, all and last hits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dipmeet.rules import all_hits, compile_rules, first_hit, hit_spans, last_hit, rules_at, scan

TABLE = compile_rules(
    [
        ("telephone", r"電話会談", "telephone"),
        ("talks", r"会談", "talks"),
        ("dinner", r"夕食会", "dinner"),
    ]
)


def test_duplicate_names_are_refused():
    """Rule names are unique within a table."""
    with pytest.raises(ValueError, match="duplicate rule names"):
        compile_rules([("a", "x", 1), ("a", "y", 2)])


def test_first_hit_follows_table_order():
    """The first rule in the table that matches anywhere wins, wherever it matches."""
    hit = first_hit(TABLE, "会談及び電話会談")
    assert hit is not None and hit.rule.name == "telephone" and hit.start == 4


def test_all_hits_and_last_hit():
    """all_hits yields every match of every rule; last_hit the one that ends last."""
    text = "会談及び夕食会"
    assert [(h.rule.name, h.start) for h in all_hits(TABLE, text)] == [("talks", 0), ("dinner", 4)]
    last = last_hit(TABLE, text)
    assert last is not None and last.meaning == "dinner"
    assert first_hit(TABLE, "晩餐") is None and last_hit(TABLE, "") is None


def test_scan_reads_once_without_overlaps():
    """scan makes one pass; at a position the earlier rule wins (電話会談, not 会談)."""
    assert [h.rule.name for h in scan(TABLE, "電話会談の後、夕食会")] == ["telephone", "dinner"]


def _tables() -> list[tuple[str, object]]:
    from dipmeet.rules import RuleTable, en, ja

    return [
        (f"{module.__name__.rsplit('.', 1)[1]}.{name}", table)
        for module in (ja, en)
        for name, table in vars(module).items()
        if isinstance(table, RuleTable)
    ]


# Short lines from real releases, Japanese and English.
_LINES = [
    "これに対し、トカエフ外務大臣から、日本の国連安保理常任理事国入りを支持する旨述べました。",
    "両外相は、両国間の経済関係を一層強化していくことで一致しました。",
    "岡田大臣より、核軍縮・不拡散分野での協力を呼びかけたのに対し、同外相も賛意を示しました。",
    "The two leaders welcomed the signing of the Memorandum of Cooperation.",
    "Prime Minister Kishida stated that Japan would continue to support Ukraine.",
    "On March 3, from 6:05 p.m. for approximately 30 minutes, Mr. Hayashi held a telephone talk.",
]


def _spans_by_finditer(table, text: str, pos: int = 0) -> list[tuple[int, int, int]]:
    return sorted(
        (hit.start, hit.end, table.index(hit.rule)) for hit in all_hits(table, text, pos) if hit.end > hit.start
    )


@pytest.mark.parametrize(("name", "table"), _tables(), ids=[name for name, _ in _tables()])
def test_hit_spans_finds_what_finditer_finds(name, table):
    """The one-pass search gives every match that finditer, rule by rule, gives, from any start."""
    for text in _LINES:
        for pos in (0, 5):
            assert sorted(hit_spans(table, text, pos)) == _spans_by_finditer(table, text, pos), (name, text, pos)


@pytest.mark.parametrize(("name", "table"), _tables(), ids=[name for name, _ in _tables()])
def test_hit_matches_are_finditers_matches(name, table):
    """hit_matches gives, for each rule, the very matches finditer gives (their groups too), in text order."""
    from dipmeet.rules import hit_matches

    for text in _LINES:
        found: dict[int, list] = {}
        for index, match in hit_matches(table, text):
            found.setdefault(index, []).append((match.span(), match.groupdict()))
        expected = {}
        for index, rule in enumerate(table):
            matches = [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text) if m.end() > m.start()]
            if matches:
                expected[index] = matches
        assert found == expected, (name, text)


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from("両外相大臣会談電話一致合意述べ旨表明、。 ,.Theagrdstlwcomn0123456789"), max_size=40
    )
)
def test_hit_spans_matches_finditer_on_any_text(text):
    """On arbitrary text made of the rules' own characters, both searches agree for every table."""
    for _, table in _tables():
        assert sorted(hit_spans(table, text)) == _spans_by_finditer(table, text)


def _first_by_search(table, text: str, pos: int = 0, endpos: int | None = None):
    end = len(text) if endpos is None else endpos
    for rule in table:
        match = rule.pattern.search(text, pos, end)
        if match:
            return rule.name, match.span()
    return None


def _first(table, text: str, pos: int = 0, endpos: int | None = None):
    hit = first_hit(table, text, pos, endpos)
    return (hit.rule.name, hit.match.span()) if hit is not None else None


@pytest.mark.parametrize(("name", "table"), _tables(), ids=[name for name, _ in _tables()])
def test_first_hit_is_the_first_rule_in_table_order(name, table):
    """first_hit gives the earliest rule that matches anywhere, at its leftmost match, within any bounds."""
    for text in _LINES:
        for pos, endpos in ((0, None), (4, None), (0, 20), (3, 30)):
            assert _first(table, text, pos, endpos) == _first_by_search(table, text, pos, endpos), (name, text, pos)


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from("両外相大臣会談電話一致合意述べ旨表明、。 ,.Theagrdstlwcomn0123456789"), max_size=40
    )
)
def test_first_hit_matches_search_on_any_text(text):
    """On arbitrary text made of the rules' own characters, first_hit agrees with searching rule by rule."""
    for _, table in _tables():
        assert _first(table, text) == _first_by_search(table, text)


def test_case_insensitive_rules_match_folded_characters():
    """A case-insensitive rule still matches where a character folds to its own (the Kelvin sign, K)."""
    import re

    table = compile_rules([("kazakhstan", r"kazakhstan", "KZ")], flags=re.IGNORECASE)
    text = "with \u212aazakhstan"  # KELVIN SIGN, which re folds to k
    assert table[0].pattern.search(text) is not None
    assert hit_spans(table, text) == [(5, 15, 0)]
    hit = first_hit(table, text)
    assert hit is not None and hit.start == 5


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from("(1)①一.・-両外相大臣会談写真協力 ,.Theagrdstlwcomn0123456789\u212a"), max_size=12
    )
)
def test_rules_at_keeps_every_rule_that_can_match_there(text):
    """Filtering by first character never drops a rule that matches (or fully matches) at the start."""
    for _, table in _tables():
        kept = set(map(id, rules_at(table, text)))
        assert all(id(rule) in kept for rule in table if rule.pattern.match(text)), text


def test_rules_at_lists_only_rules_that_can_start_with_the_character():
    """At a character no rule starts with, only rules that can start with anything are tried."""
    assert [rule.name for rule in rules_at(TABLE, "電話会談")] == ["telephone"]
    assert rules_at(TABLE, "x") == [] and rules_at(TABLE, "") == []


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"(?:祝意|お祝い)(?=を|が)", {"祝意", "お祝"}),
        (r"を招(?:待|へい)(?=し|する)", {"を招"}),
        (r"(?<=[、,])旨述べ", {"旨述"}),
        (r"a*b", {"a", "b"}),  # after one a another may follow: the start ends with it
        (r"[0-9]+年", {str(digit) for digit in range(10)}),
        (r".x", None),  # may start with anything
        (r"x?", None),  # may match nothing
    ],
)
def test_two_character_starts(pattern, starts):
    """A rule's starts, two characters deep where the pattern tells, shorter where it does not."""
    import re

    from dipmeet.rules._analysis import _prefixes, _regex_parser

    assert _prefixes(list(_regex_parser.parse(pattern, 0).data)) == starts
    if starts is not None:
        compiled = re.compile(pattern)
        for text in ("お祝いを述べ、旨述べ", "aab 2024年", "を招待し"):
            for match in compiled.finditer(text):
                assert any(text.startswith(start, match.start()) for start in starts)


def test_hit_spans_finds_overlapping_starts():
    """Rules whose starts overlap (旨述 and 述べ in 旨述べ) are each found."""
    table = compile_rules([("gist", r"旨述", 1), ("said", r"述べ", 2)])
    assert sorted(hit_spans(table, "支持する旨述べました")) == [(4, 6, 0), (5, 7, 1)]


def test_parsed_pattern_is_read_once_and_without_compiling():
    """A rule's parsed pattern is shared by the analyses that read it, and reading it compiles nothing."""
    from dipmeet.rules import Rule

    rule = Rule("talks", r"会談(?=を)", "talks")
    parsed = rule.parsed()
    assert parsed is not None and parsed is rule.parsed()
    with pytest.raises(AttributeError):
        object.__getattribute__(rule, "pattern")  # the pattern slot is still unset: nothing was compiled
    assert Rule("broken", r"(", None).parsed() is None  # unreadable: no filter, never an error
