"""Hostile and broken inputs: each parses soundly, in time linear in its size, and every pattern is linear.

Time limits here are guards, not benchmarks (``benchmarks/bench_parse.py``
gives the figures): each input gets 30 times the time the sample release takes
per character, plus a second, so only quadratic or worse behaviour fails.
Sizes in megabytes are sizes of the UTF-8 file (a Japanese character takes
three bytes), as a release is stored and as ``dipmeet parse`` reads it.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import inspect
import io
import itertools
import json
import re
import signal
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dipmeet import DEFAULT_MAX_SIZE, ParseError, Release, SerializationError, from_json, parse, parse_file, to_json
from dipmeet.cli import main, sample_text
from dipmeet.rules import Rule

from .test_parse import assert_spans_valid
from .test_robustness import assert_accounted

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore[no-redef]

MB = 1_000_000
RATIO_LIMIT = 30


@pytest.fixture(scope="module")
def seconds_per_char(sample: str) -> float:
    """How long parsing takes per character of the sample release, on this machine, now."""
    parse(sample)
    times = []
    for _ in range(7):
        started = time.perf_counter()
        parse(sample)
        times.append(time.perf_counter() - started)
    return statistics.median(times) / len(sample)


def timed(function: Callable[[], object]) -> tuple[object, float]:
    """Call ``function``; return its result and the seconds it took."""
    started = time.perf_counter()
    result = function()
    return result, time.perf_counter() - started


def parse_soundly(text: str, seconds_per_char: float) -> Release:
    """Parse ``text`` within the linear budget; check spans and accounting; return the release."""
    release, seconds = timed(lambda: parse(text))
    budget = RATIO_LIMIT * seconds_per_char * len(text) + 1.0
    assert seconds < budget, f"{len(text):,} characters took {seconds:.2f} s (budget {budget:.2f} s)"
    assert isinstance(release, Release)
    assert_spans_valid(text, release)
    assert_accounted(text, release)
    return release


def of_size(text: str, size: int) -> str:
    """``text`` repeated (whole copies, one after another) to at least ``size`` bytes of UTF-8."""
    return text * (size // len(text.encode("utf-8")) + 1)


# ---------------------------------------------------------------------------
# The inputs of the issue, one test each
# ---------------------------------------------------------------------------


def test_empty(seconds_per_char):
    """The empty string gives a release that says it is empty."""
    release = parse_soundly("", seconds_per_char)
    assert [d.kind.value for d in release.diagnostics] == ["empty_input"]


def test_whitespace_only(seconds_per_char):
    """Every kind of white space, and nothing else, gives an empty release."""
    text = " \t\n\r\n\x0b\x0c\u3000\u00a0\u2028\u2029\u200b\ufeff" * 10_000
    release = parse_soundly(text, seconds_per_char)
    assert release.meetings == ()


@pytest.fixture(scope="module")
def ten_megabytes(sample, seconds_per_char):
    """The sample release repeated to 1 MB and to 10 MB, parsed in one run: texts, releases and seconds."""
    one, ten = of_size(sample, MB), of_size(sample, 10 * MB)
    one_release, one_seconds = timed(lambda: parse(one))
    ten_release, ten_seconds = timed(lambda: parse(ten))
    print(f"\nparse: 1 MB {one_seconds:.2f} s, 10 MB {ten_seconds:.2f} s, ratio {ten_seconds / one_seconds:.1f}")
    return (one, one_release, one_seconds), (ten, ten_release, ten_seconds)


def test_ten_megabyte_release(ten_megabytes):
    """A release of 10 MB (the sample, about 1,800 times) parses with valid spans and nothing dropped."""
    _, (text, release, _) = ten_megabytes
    assert len(text.encode("utf-8")) >= 10 * MB
    assert_spans_valid(text, release)
    assert_accounted(text, release)


def test_time_is_linear_from_one_to_ten_megabytes(ten_megabytes):
    """Ten times the input takes at most 30 times as long (a generous guard against quadratic time)."""
    (_, _, one_seconds), (_, _, ten_seconds) = ten_megabytes
    assert ten_seconds / one_seconds < RATIO_LIMIT


LINES = [
    "報道発表",
    "日米外相会談",
    "平成22年3月24日",
    "1.",
    "(1) 経済",
    "岡田大臣から、",
    "・写真",
    "",
    "両外相は一致しました。",
    "|",
    "(写真)会談の様子",
    "ア 協力",
    "先方より歓迎する旨述べた",
    "English line",
    "【会談概要】",
]


def test_hundred_thousand_lines(seconds_per_char):
    """100,000 short lines of every kind a release has (headline, date, numbering, captions, sentences)."""
    parse_soundly("\n".join(itertools.islice(itertools.cycle(LINES), 100_000)), seconds_per_char)


@pytest.mark.parametrize("prefix", ["", "日本"], ids=["alone", "after-japanese"])
def test_hundred_thousand_open_brackets(prefix, seconds_per_char):
    """100,000 "(" characters, alone (read as English) and after Japanese text."""
    parse_soundly(prefix + "(" * 100_000, seconds_per_char)


def test_deeply_nested_brackets(seconds_per_char):
    """Brackets and quotation marks nested 100,000 deep, then closed."""
    opening, closing = "(「【『[", "]』】」)"
    parse_soundly("日本の立場" + opening * 20_000 + "述べた。" + closing * 20_000, seconds_per_char)


def test_one_megabyte_line_without_punctuation(sample, seconds_per_char):
    """A single line of 1 MB: the sample's body without punctuation or line breaks."""
    body = re.sub(r"[。、,.()「」\s]", "", sample.split("\n", 4)[4])
    text = of_size(body, MB)
    assert "\n" not in text and len(text.encode("utf-8")) >= MB
    parse_soundly(text, seconds_per_char)


def test_nul_and_control_characters(sample, seconds_per_char):
    """NUL and every C0 and C1 control character, sprinkled through a release and alone."""
    controls = "".join(map(chr, [*range(0x20), 0x7F, *range(0x80, 0xA0)]))
    sprinkled = "".join(char + controls[i % len(controls)] for i, char in enumerate(sample))
    release = parse_soundly(sprinkled, seconds_per_char)
    assert any(d.kind.value == "control_characters" for d in release.diagnostics)
    parse_soundly(controls * 1000, seconds_per_char)


def test_lone_surrogates(sample, seconds_per_char):
    """Lone high and low surrogates (from a bad decoder) inside a release."""
    text = "".join(
        char + ("\ud800" if i % 7 == 0 else "\udfff" if i % 11 == 0 else "") for i, char in enumerate(sample)
    )
    parse_soundly(text, seconds_per_char)


def test_emoji(sample, seconds_per_char):
    """Emoji: plain, with skin tones, joined families, flags and keycaps, inside a release."""
    emoji = "😀👍🏽👨‍👩‍👧‍👦🇯🇵🇰🇿1️⃣🤝"
    text = sample.replace("、", "、" + emoji).replace("。", "。" + emoji).replace("会談\n", "会談" + emoji + "\n")
    release = parse_soundly(text, seconds_per_char)
    assert release.title == "日・カザフスタン外相会談" + emoji


def test_right_to_left_text(sample, seconds_per_char):
    """Arabic and Hebrew text with directional overrides and marks, before and inside a release."""
    rtl = "\u202eمرحبا بالعالم\u202c \u200fשלום עולם\u200f \u2067عربي\u2069"
    parse_soundly(rtl + "\n" + sample.replace("。", "。" + rtl), seconds_per_char)
    parse_soundly(rtl * 10_000, seconds_per_char)


HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>外務省: 会談・訪問</title>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
<style>body { font-family: sans-serif; } .nav > li { display: inline; }</style></head>
<body><ul class="nav"><li><a href="/">トップページ</a></li><li><a href="/press/">報道・広報</a></li></ul>
<div id="main"><h1>お探しのページは見つかりません</h1><p>404 Not Found &amp; &lt;nothing&gt; here.</p>
<table><tr><td>1.</td><td>(1)</td></tr></table><!-- 会談を行ったところ、概要は以下のとおりです。 --></div>
</body></html>
"""


def test_html_that_is_not_a_release(seconds_per_char):
    """An HTML page (a 404 page with navigation, script and style) gives a release with nothing dropped."""
    parse_soundly(HTML, seconds_per_char)
    parse_soundly(HTML * 2000, seconds_per_char)


def test_normalisation_that_changes_length(seconds_per_char):
    """Characters whose NFKC form is longer or shorter (㍻, ﷺ, ｶﾞ, combining marks) keep spans exact."""
    text = (
        "㍻22年3月24日\nｶﾞｻﾞ外相会談\n本24日、ﷺ岡田外務大臣は、e\u0301\u0301サウダバエフ外相と会談を行いました。\n" * 500
    )
    parse_soundly(text, seconds_per_char)


def test_every_line_break(sample, seconds_per_char):
    """CR LF, lone CR, vertical tab, form feed, NEL and the Unicode line and paragraph separators."""
    for separator in ("\r\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\x1c"):
        release = parse_soundly(sample.replace("\n", separator), seconds_per_char)
        assert release.title == "日・カザフスタン外相会談", repr(separator)


# ---------------------------------------------------------------------------
# The size limit
# ---------------------------------------------------------------------------


def test_size_limit_names_the_limit_and_is_configurable():
    """One character over max_size raises ParseError naming the limit; at the limit it parses."""
    with pytest.raises(ParseError, match=r"size limit of 1,000 \(max_size\)") as caught:
        parse("日" * 1001, max_size=1000)
    assert caught.value.diagnostics == ()
    assert isinstance(parse("日" * 1000, max_size=1000), Release)


def test_size_limit_applies_in_lenient_and_strict_mode(strict):
    """The limit holds whether or not strict mode is on."""
    with pytest.raises(ParseError, match="max_size"):
        parse("x" * 11, max_size=10, strict=strict)


def test_default_size_limit_is_well_above_ten_megabytes():
    """The default limit (in characters) is several times 10 MB, so the 10 MB release above is accepted."""
    assert DEFAULT_MAX_SIZE >= 5 * 10 * MB


def test_default_size_limit_rejects_one_character_more():
    """An input one character over the default limit is refused before any work is done."""
    text = " " * (DEFAULT_MAX_SIZE + 1)
    started = time.perf_counter()
    with pytest.raises(ParseError, match=f"size limit of {DEFAULT_MAX_SIZE:,}"):
        parse(text)
    assert time.perf_counter() - started < 1.0


# ---------------------------------------------------------------------------
# Regressions: inputs that were quadratic or exponential (each ran for minutes)
# ---------------------------------------------------------------------------

KATAKANA_DIGITS = "アイウエオカキクケコ"


def _katakana(number: int) -> str:
    return "".join(KATAKANA_DIGITS[int(digit)] for digit in str(number))


def _opening(sample: str) -> str:
    """The sample's headline, date line and opening paragraph."""
    return "\n".join(sample.split("\n")[:4]) + "\n"


REGRESSIONS: dict[str, Callable[[str], str]] = {
    # DAY_DATE retried a run of digits from each digit.
    "dates_in_a_row": lambda sample: "平成22年3月24日" * 20_000,
    # CLOCK and DURATION did the same with kanji numerals.
    "kanji_numerals": lambda sample: "日本" + "五" * 100_000 + "\n" + "十" * 100_000 + "時",
    # AMOUNT split a run of digits after 億 in exponentially many ways.
    "digits_after_a_unit": lambda sample: _opening(sample) + ("1億" + "1" * 40 + "元x。") * 1000,
    # ATTENDEE_SIDE read a line of spaces quadratically.
    "spaces_before_side": lambda sample: "日本" + "同席者 " + " " * 100_000 + "x",
    # TRUNCATED_PARTICLE and clauses._TAIL_RUN rescanned a long final run of name characters.
    "long_final_run": lambda sample: _opening(sample) + "日本" * 50_000 + "x",
    # people._TRAILING_ETC rescanned a run of 他 / 等.
    "etc_run": lambda sample: "他等" * 50_000 + "大臣x",
    # header: every candidate headline was compared with every other (numbered captions).
    "numbered_captions": lambda sample: "".join(f"日・{_katakana(i)}外相会談1\n" for i in range(20_000)),
    # segment: a paragraph of many short lines with no full stop was copied and searched line by line.
    "lines_without_full_stops": lambda sample: _opening(sample) + "日本の立場について、\n" * 20_000,
    # clauses: each subject of a long sentence rescanned the whole sentence.
    "one_long_sentence": lambda sample: (
        _opening(sample) + "岡田大臣から、歓迎し、先方から、期待し、" * 10_000 + "述べた。"
    ),
    # meeting: a flattened page made of openings related every clock to every other.
    "one_line_of_openings": lambda sample: sample.split("\n")[2].replace("\n", "") * 1000,
    # speakers: a list of thousands of distinct attendees compared each with all before it.
    "distinct_attendees": lambda sample: (
        _opening(sample) + "同席者:" + "、".join(f"{_katakana(i)}大使" for i in range(10_000)) + "\n"
    ),
    # meeting: format words overlapping checks were quadratic in the headline.
    "format_words_in_headline": lambda sample: "会談" * 100_000 + "\n平成22年3月24日\n",
}


@pytest.mark.parametrize("name", list(REGRESSIONS))
def test_regression_input_is_linear(name, sample, seconds_per_char):
    """An input that once took minutes (quadratic or exponential) parses within the linear budget."""
    parse_soundly(REGRESSIONS[name](sample), seconds_per_char)


# ---------------------------------------------------------------------------
# The regex audit: every pattern of the rule tables and source modules
# ---------------------------------------------------------------------------

MODULES = [
    "dipmeet.rules.ja",
    "dipmeet.rules.countries",
    "dipmeet.account",
    "dipmeet.normalize",
    "dipmeet.segment",
    "dipmeet.header",
    "dipmeet.temporal",
    "dipmeet.meeting",
    "dipmeet.people",
    "dipmeet.speakers",
    "dipmeet.clauses",
    "dipmeet.extract",
    "dipmeet.parse",
    "dipmeet.japanese",
    "dipmeet.english",
    "dipmeet.serialize",
    "dipmeet.cli",
]

# Patterns that are quadratic under search but only ever used otherwise, and how.
USED_ONLY_WITH_FULLMATCH = {
    # clauses._clause_initial: fullmatch on the at most 24 characters before a subject.
    "dipmeet.clauses._RELATIVE",
}

_INLINE_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}


def _source(module_name: str) -> str:
    """A module's source; for a module compiled with mypyc, the ``.py`` file installed beside it."""
    module = importlib.import_module(module_name)
    try:
        return inspect.getsource(module)
    except OSError:  # a compiled module has no source of its own
        return Path(module.__file__).with_name(module_name.rpartition(".")[2] + ".py").read_text(encoding="utf-8")


def _inline_patterns(module_name: str) -> Iterator[tuple[str, re.Pattern[str]]]:
    """Patterns written as string literals in calls such as ``re.search(r"…", text)``."""
    tree = ast.parse(_source(module_name))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in _INLINE_CALLS
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield f"{module_name}:{node.lineno}", re.compile(node.args[0].value)


def all_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern and rule table at module level, and every literal pattern in a call."""
    found: dict[str, re.Pattern[str]] = {}
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{module_name}.{name}"] = value
            elif isinstance(value, tuple) and value and all(isinstance(rule, Rule) for rule in value):
                for rule in value:
                    found[f"{module_name}.{name}[{rule.name}]"] = rule.pattern
        known = {pattern.pattern for pattern in found.values()}
        found.update((name, pattern) for name, pattern in _inline_patterns(module_name) if pattern.pattern not in known)
    return found


PATTERNS = all_patterns()

# Runs of these characters catch the usual culprits: a leading class over
# kanji, katakana, kana, digits, kanji numerals, Latin letters, spaces,
# brackets and punctuation, retried from every character of a long run.
RUN_CHARACTERS = "日カあ1十aA (「、・|\n"


def _literals(pattern: re.Pattern[str]) -> tuple[list[str], list[str]]:
    """The characters and the literal words (two characters or more) a pattern mentions."""
    chars: set[str] = set()
    words: set[str] = set()

    def walk(items: object) -> None:
        run: list[str] = []
        for op, argument in items:  # type: ignore[attr-defined]
            name = str(op)
            if name == "LITERAL":
                run.append(chr(argument))
                chars.add(chr(argument))
                continue
            if len(run) > 1:
                words.add("".join(run))
            run = []
            if name == "IN":
                for inner_op, inner in argument:
                    if str(inner_op) == "LITERAL":
                        chars.add(chr(inner))
                    elif str(inner_op) == "RANGE":
                        chars.update({chr(inner[0]), chr(inner[1])})
            elif name == "SUBPATTERN":
                walk(argument[-1])
            elif name == "BRANCH":
                for branch in argument[1]:
                    walk(branch)
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                walk(argument[2])
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(argument[1])
        if len(run) > 1:
            words.add("".join(run))

    walk(sre_parse.parse(pattern.pattern, pattern.flags))
    extra = sorted(chars - set(RUN_CHARACTERS))
    return extra[:: max(1, len(extra) // 8)][:8], sorted(words, key=lambda w: (-len(w), w))[:6]


def adversarial_texts(pattern: re.Pattern[str], size: int) -> dict[str, str]:
    """Long runs that a pattern may rescan from every position, each ending in a character it cannot use."""
    chars, words = _literals(pattern)
    texts = {f"run {char!r}": char * (size - 1) + "@" for char in RUN_CHARACTERS + "".join(chars)}
    for word in words:
        texts[f"repeated {word!r}"] = of_size(word, size)[: size - 1] + "@"
    mixed = RUN_CHARACTERS + "".join(chars)
    texts["mixed characters"] = of_size(mixed, size)[: size - 1] + "@"
    if words:
        texts["mixed words"] = of_size("".join(words), size)[: size - 1] + "@"
    return texts


def _exercise(pattern: re.Pattern[str], text: str, only_fullmatch: bool) -> float:
    """The CPU seconds of this thread the pattern takes on ``text``: other programs on a busy machine do not add to them."""
    started = time.thread_time()
    if not only_fullmatch:
        for _ in pattern.finditer(text):
            pass
    pattern.fullmatch(text)
    return time.thread_time() - started


LADDER = (16, 64, 256, 2000, 8000)
STEP_LIMIT = 0.5  # seconds for one pattern on one text: far above any linear pattern at 8,000 characters
DEADLINE = 3.0  # seconds for one pattern on one text at every size: past it, backtracking is catastrophic


@contextlib.contextmanager
def deadline(seconds: float, what: str) -> Iterator[None]:
    """Interrupt a runaway match (the regex engine checks for signals) instead of hanging the suite."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield  # no timer signals here: a catastrophic pattern would hang rather than fail
        return

    def expire(signum: int, frame: object) -> None:
        msg = f"{what}: still matching after {seconds} s (catastrophic backtracking)"
        raise TimeoutError(msg)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_long_runs(name):
    """No pattern backtracks catastrophically or rescans quadratically (a guard with a generous budget).

    Each text is tried at growing sizes; the pattern fails when one size takes
    over half a second, when quadrupling the size (2,000 to 8,000) takes over
    eight times as long and over 20 ms, or when it has not finished in three
    seconds (exponential backtracking, interrupted).
    """
    pattern = PATTERNS[name]
    only_fullmatch = name in USED_ONLY_WITH_FULLMATCH
    for label, text in adversarial_texts(pattern, LADDER[-1]).items():
        seconds: dict[int, float] = {}
        with deadline(DEADLINE, f"{name} on {label}"):
            for size in LADDER:
                seconds[size] = _exercise(pattern, text[-size:], only_fullmatch)
                assert seconds[size] < STEP_LIMIT, f"{name} on {label} ({size:,} characters): {seconds[size]:.2f} s"
        slow, fast = seconds[8000], seconds[2000]
        if slow > 0.02 and slow > 8 * fast:
            # One measurement of a few milliseconds can catch a busy machine: the best of five decides,
            # the two sizes taken in turn so that a busy spell slows both.
            for _ in range(5):
                with deadline(DEADLINE, f"{name} on {label}"):
                    fast = min(fast, _exercise(pattern, text[-2000:], only_fullmatch))
                    slow = min(slow, _exercise(pattern, text[-8000:], only_fullmatch))
        assert not (slow > 0.02 and slow > 8 * fast), f"{name} on {label}: {fast * 1e3:.1f} ms -> {slow * 1e3:.1f} ms"


def test_audit_finds_the_patterns():
    """The audit sees the rule tables and the literal patterns in calls (a check on the check)."""
    assert "dipmeet.rules.ja.DAY_DATE" in PATTERNS
    assert "dipmeet.rules.ja.PREDICATE_RULES[said]" in PATTERNS
    assert any(name.startswith("dipmeet.meeting:") for name in PATTERNS)
    assert len(PATTERNS) > 150


def test_audit_catches_a_quadratic_pattern():
    """The audit's texts expose the classic mistake, a leading lazy class before a literal."""
    quadratic = re.compile(r"日・?(?P<country>.+?)首脳会談")
    times = {size: _exercise(quadratic, "日" * size + "@", False) for size in (2000, 8000)}
    assert times[8000] > 8 * times[2000]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("dipmeet.rules.ja.AMOUNT", "1億" + "1" * 40 + "x"),
        ("dipmeet.people._HONORIFICS", "Dr" * 40 + "@"),
    ],
)
def test_no_exponential_backtracking(name, text):
    """The two patterns that backtracked exponentially (2**40 steps here) now fail at once."""
    with deadline(DEADLINE, name):
        seconds = _exercise(PATTERNS[name], text, False)
    assert seconds < 0.1


def test_fixed_patterns_keep_their_matches():
    """The linear rewrites match as before on the cases they were written for."""
    ja = sys.modules["dipmeet.rules.ja"]
    assert [m["number"] for m in ja.AMOUNT.finditer("63億6,100万円と約33億円、1.5億ドル、x,100円")] == [
        "63億6,100万",
        "33億",
        "1.5億",
        "100",
    ]
    assert [m.group() for m in ja.DAY_DATE.finditer("本24日(水曜日)、3月30日、2010年12月1日、同日")] == [
        "本24日(水曜日)",
        "3月30日",
        "2010年12月1日",
        "同日",
    ]
    assert [m.group() for m in ja.CLOCK.finditer("午後7時30分から十一時半頃まで")] == ["午後7時30分", "十一時半頃"]
    assert ja.TRUNCATED_PARTICLE.search("また、エルシーシ大統領か")["run"] == "エルシーシ大統領"
    assert ja.ATTENDEE_SIDE.match("日本側から、")["side"] == "日本"


# ---------------------------------------------------------------------------
# Hostile JSON: a SerializationError naming the path, never a partial object
# ---------------------------------------------------------------------------

HOSTILE_JSON = {
    "array_at_top": ("[]", "got array", "$"),
    "string_at_top": ('"release"', "got string", "$"),
    "number_at_top": ("1", "got number", "$"),
    "null_at_top": ("null", "got null", "$"),
    "wrong_type": ('{"title": 1}', "expected a string", "$.title"),
    "boolean_for_number": ('{"meetings": [{"weekday": true}]}', "got boolean", "$.meetings[0].weekday"),
    "string_for_array": ('{"meetings": "abc"}', "expected an array", "$.meetings"),
    "object_for_array": ('{"meetings": {"a": 1}}', "expected an array", "$.meetings"),
    "array_for_object": ('{"title_span": [0, 4]}', "expected an object", "$.title_span"),
    "extra_key": ('{"meetings": [{"sections": [{"colour": "red"}]}]}', "colour", "$.meetings[0].sections[0]"),
    "unknown_item_type": (
        '{"meetings": [{"sections": [{"items": [{"type": "speech"}]}]}]}',
        "'type' must be one of statement, agreement, discussion",
        "$.meetings[0].sections[0].items[0]",
    ),
    "item_not_an_object": (
        '{"meetings": [{"sections": [{"items": ["x"]}]}]}',
        "expected an object",
        "$.meetings[0].sections[0].items[0]",
    ),
    "huge_number": ('{"meetings": [{"duration_minutes": 1' + "0" * 3000 + "}]}", "out of range", "duration_minutes"),
    "over_64_bits": ('{"title_span": {"start": 0, "end": 18446744073709551616}}', "out of range", "$.title_span.end"),
    "float_for_integer": ('{"meetings": [{"duration_minutes": 60.0}]}', "expected an integer", "duration_minutes"),
    "nan": ('{"meetings": [{"duration_minutes": NaN}]}', "got number nan", "duration_minutes"),
    "infinity": ('{"meetings": [{"duration_minutes": -Infinity}]}', "got number -inf", "duration_minutes"),
    "overflowing_float": ('{"meetings": [{"duration_minutes": 1e999}]}', "got number inf", "duration_minutes"),
    "negative_offset": ('{"title_span": {"start": -1, "end": 2}}', "start must be >= 0", "$.title_span"),
    "span_backwards": ('{"title_span": {"start": 5, "end": 2}}', "before its start", "$.title_span"),
    "bad_date": ('{"published": "2010-02-30"}', "YYYY-MM-DD", "$.published"),
    "bad_time": ('{"meetings": [{"start": "25:00"}]}', "HH:MM", "$.meetings[0].start"),
    "unknown_enum": ('{"meetings": [{"formats": ["banquet"]}]}', "Format", "$.meetings[0].formats[0]"),
    "deep_nesting": ("[" * 100_000 + "]" * 100_000, "nested too deeply", "$"),
    "deep_nesting_in_a_field": ('{"documents": ' + "[" * 50_000 + "]" * 50_000 + "}", "nested too deeply", "$"),
    "too_many_digits": ('{"meetings": [{"weekday": 1' + "0" * 5000 + "}]}", "too long", "$"),
    "invalid_utf8": (b'{"title": "\xff\xfe"}', "not UTF-8", "$"),
    "truncated": ('{"title": "日・カザフ', "Unterminated string", "$"),
    "trailing_garbage": ("{} {}", "Extra data", "$"),
    "empty": ("", "Expecting value", "$"),
}


@pytest.mark.parametrize("name", list(HOSTILE_JSON))
def test_hostile_json_names_its_path(name):
    """Hostile JSON raises SerializationError whose message and errors name the problem and its path."""
    payload, problem, path = HOSTILE_JSON[name]
    with pytest.raises(SerializationError) as caught:
        from_json(payload)
    message = str(caught.value)
    assert problem in message, message
    assert any(path in line and "@ $" in line for line in caught.value.errors), caught.value.errors
    assert len(message) < 2000
    assert caught.value.__cause__ is None or isinstance(caught.value.__cause__, Exception)


def test_deeply_nested_sections_are_refused_cleanly():
    """Sections nested hundreds deep (valid JSON) give 'nested too deeply', not a RecursionError."""
    payload = '{"meetings": [{"sections": [' + '{"sections": [' * 400 + "]}" * 400 + "]}]}"
    with pytest.raises(SerializationError, match="nested too deeply"):
        from_json(payload)


def test_huge_json_string_is_read(sample):
    """A 10 MB title is valid JSON and reads back (size is the parser's business, not the reader's)."""
    release = parse(sample)
    big = Release(title="日" * 3_500_000, meetings=release.meetings)
    assert from_json(to_json(big)) == big


# ---------------------------------------------------------------------------
# The command line with bad input (folders, globs and -o are not there yet)
# ---------------------------------------------------------------------------


def test_cli_bad_inputs_each_get_one_line_and_the_rest_is_parsed(tmp_path, capsys):
    """Missing path, binary files, empty and blank files, a folder with no releases, undecodable bytes.

    Each gets one line naming it, the good file among them is still parsed and
    printed, a closing line counts what happened, and the exit status is 1.
    """
    good = tmp_path / "good.txt"
    good.write_text(sample_text(), encoding="utf-8")
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    nul = tmp_path / "nul.bin"
    nul.write_bytes(b"ELF\x00\x01\x02 plain ASCII with NUL bytes")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\u3000\n", encoding="utf-8")
    no_releases = tmp_path / "no-releases"
    no_releases.mkdir()
    (no_releases / "notes.md").write_text("not a release", encoding="utf-8")
    undecodable = tmp_path / "broken.txt"
    undecodable.write_bytes(b"\xff\xfe\xfa\xfb\x80\x81 abc \xfe\xff")
    bad = [tmp_path / "missing.txt", binary, nul, empty, blank, no_releases, undecodable]

    status = main(["parse", *map(str, bad[:3]), str(good), *map(str, bad[3:])])

    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert status == 1
    assert "Traceback" not in captured.err
    *per_input, closing = lines
    assert len(per_input) == len(bad), lines
    for path, line in zip(bad, per_input, strict=True):
        assert line.startswith(f"dipmeet: {path}: "), line
    assert per_input[0].endswith("no such file")
    assert "binary" in per_input[1] and "binary" in per_input[2]
    assert "empty" in per_input[3] and "white space" in per_input[4]
    assert "no release files" in per_input[5]
    assert "undecodable" in per_input[6] and "byte offset" in per_input[6]
    assert closing == "dipmeet: 2 parsed (1 with diagnostics), 6 failed"
    assert json.loads(captured.out)[0]["title"] == "日・カザフスタン外相会談"


def test_cli_file_over_the_size_limit(tmp_path, capsys, monkeypatch):
    """A file longer than the size limit gets one line naming the limit; exit 1."""
    import functools

    from dipmeet import cli

    path = tmp_path / "huge.txt"
    path.write_text(sample_text(), encoding="utf-8")
    monkeypatch.setattr(cli, "parse_file", functools.partial(parse_file, max_size=1000))
    assert cli.main(["parse", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "size limit of 1,000" in err[0] and err[1].endswith("1 failed")


def test_cli_empty_standard_input(capsys, monkeypatch):
    """Nothing on standard input gets one line and exit 1."""
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["parse", "-"]) == 1
    assert capsys.readouterr().err.strip().splitlines()[0] == "dipmeet: -: empty file"
