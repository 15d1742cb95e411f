"""The quick checks and lookups of the front stages agree with the plain computations they stand for.

Each stage that rules a line out cheaply before the full test (a substring
search before a regex, a length bound before a ``fullmatch``, a lookup table
for ``rules_at``) is compared here with the plain code, on the sample's lines,
the shared corpus's lines where it is present, and arbitrary text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet.cli import sample_text
from dipmeet.header import _is_caption, is_noise_line
from dipmeet.japanese import _is_heading, _may_run_on
from dipmeet.normalize import Text, compact, normalize_text
from dipmeet.people import find_mentions
from dipmeet.rules import first_hit, ja, rules_at
from dipmeet.segment import Marker, _required_words, _widths, anchored_rules, read_markers, split_lines

from .conftest import CORPUS

# Characters of headings, captions, numbering and noise, for arbitrary lines.
_ALPHABET = "【】「」()。、,. 1 2日米外相会談国務長官大臣様子写真握手の旨からより述べ一致トップページへ戻る同席者|-・"


def _plain_split_lines(text: Text) -> list[Text]:
    lines = []
    for match in re.finditer(r"[^\n]+", text.text):
        line = text.slice(match.start(), match.end()).strip()
        if line.text:
            lines.append(line)
    return lines


def _plain_is_heading(line: Text) -> bool:
    text = compact(line).text
    if ja.BRACKET_HEADING.match(text):
        return not ja.ATTENDEE_LABEL.search(text)
    longest = 60 if ja.MEETING_HEADING.search(text) else 30
    if not text or len(text) > longest or "。" in text or text.endswith(("、", ",")):
        return False
    if ja.NOTE.match(text) or ja.ATTENDEE_LABEL.search(text) or ja.NOT_HEADING_END.search(text):
        return False
    if re.search(r"(?:から|より)[、,]", text) or first_hit(ja.PREDICATE_RULES, text):
        return False
    mentions = find_mentions(text)
    return not (mentions and mentions[0].start == 0 and mentions[-1].end >= len(text) - 1)


def _plain_is_caption(text: str) -> bool:
    if "。" in text or len(text) > 120:
        return False
    stripped = text.lstrip("-・•* ")
    if (
        stripped.startswith("(写真")
        or "写真提供" in stripped
        or re.search(r"(?:の様子|様子)(?:\([^()]*\))?$", stripped)
    ):
        return True
    if ja.OUTLINE.search(text) or (first_hit(ja.PREDICATE_RULES, text) and not ja.PHOTO_CAPTION.search(text)):
        return False
    return bool(ja.PHOTO_CAPTION.search(stripped)) and not ja.EVENT.search(compact(Text(stripped, range(99))).text)


def _plain_noise_rule(text: str) -> str | None:
    for rule in rules_at(ja.NOISE_LINE_RULES, text):
        if rule.pattern.fullmatch(text):
            return rule.name
    return None


def _corpus_texts() -> list[str]:
    folder = CORPUS / "ja"
    texts = [sample_text()]
    if folder.is_dir():
        texts += [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    return texts


def _real_lines() -> list[Text]:
    """Every line of the sample and the Japanese corpus, and each without its numbering."""
    lines = []
    for raw in _corpus_texts():
        for line in split_lines(normalize_text(raw)):
            lines.append(line)
            rest = read_markers(line, ja.MARKER_RULES)[1]
            if rest.text and rest.text != line.text:
                lines.append(rest)
    return lines


_LINES = _real_lines()


def test_split_lines_is_the_line_pattern():
    """Lines found by splitting at line breaks are those the pattern [^\\n]+ finds, stripped, maps included."""
    for raw in [*_corpus_texts(), "", "\n\n", " a \n\n\t b\n", "\u3000日本\u3000\n  \n米"]:
        text = normalize_text(raw)
        quick, plain = split_lines(text), _plain_split_lines(text)
        assert [(t.text, list(t.origin)) for t in quick] == [(t.text, list(t.origin)) for t in plain]


@given(st.text(alphabet=_ALPHABET + "\n\u3000\t", max_size=40))
def test_split_lines_on_any_text(raw):
    """On arbitrary text too."""
    text = normalize_text(raw)
    assert [(t.text, list(t.origin)) for t in split_lines(text)] == [
        (t.text, list(t.origin)) for t in _plain_split_lines(text)
    ]


def test_is_heading_agrees_with_the_plain_test_on_real_lines():
    """The quick tests first (full stop, length, a possible mention) change no answer."""
    for line in _LINES:
        assert _is_heading(line) == _plain_is_heading(line), line.text


@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=40))
def test_is_heading_agrees_with_the_plain_test_on_any_text(raw):
    """On arbitrary lines too."""
    line = normalize_text(raw).strip()
    if line.text:
        assert _is_heading(line) == _plain_is_heading(line)


def test_is_caption_and_noise_agree_with_the_plain_tests_on_real_lines():
    """A caption's words are looked for first; a rule is tried only on lines as long as its matches can be."""
    for line in _LINES:
        assert _is_caption(line.text) == _plain_is_caption(line.text), line.text
        found = is_noise_line(line, in_body=True)
        plain = _plain_noise_rule(line.text)
        assert (found[0] if found and found[0] in _NOISE_NAMES else None) == plain, line.text


_NOISE_NAMES = {rule.name for rule in ja.NOISE_LINE_RULES}


@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=60))
def test_is_caption_and_noise_agree_on_any_text(raw):
    """On arbitrary lines too."""
    assert _is_caption(raw) == _plain_is_caption(raw)
    found = is_noise_line(Text(raw, range(len(raw) + 1)), in_body=True)
    assert (found[0] if found and found[0] in _NOISE_NAMES else None) == _plain_noise_rule(raw)


def test_may_run_on_holds_wherever_the_pattern_matches():
    """The substring test is true wherever RUN_ON_MARKER matches (it may be true elsewhere too)."""
    for line in [*_LINES, normalize_text("…とおり。1.日豪 2002年"), normalize_text("。 (2) 次")]:
        if ja.RUN_ON_MARKER.search(line.text):
            assert _may_run_on(line.text), line.text


@given(st.text(alphabet="。.. \u3000\t12(3)a日", max_size=20))
def test_may_run_on_on_any_text(text):
    """On arbitrary text too."""
    if ja.RUN_ON_MARKER.search(text):
        assert _may_run_on(text)


def _tables():
    from dipmeet.rules import RuleTable, en

    return [
        (f"{module.__name__.rsplit('.', 1)[1]}.{name}", table)
        for module in (ja, en)
        for name, table in vars(module).items()
        if isinstance(table, RuleTable)
    ]


@pytest.mark.parametrize(("name", "table"), _tables(), ids=[name for name, _ in _tables()])
def test_anchored_rules_are_those_of_rules_at(name, table):
    """For every character, the lookup lists the rules rules_at lists, in the same order."""
    characters = {line.text[0] for line in _LINES} | set(_ALPHABET) | set("AaKkſK0")
    index = anchored_rules(table)
    for char in characters:
        assert [entry[0] for entry in index.at(char + "x")] == rules_at(table, char + "x"), (name, char)
    assert [entry[0] for entry in index.at("")] == rules_at(table, "")


@pytest.mark.parametrize(("name", "table"), _tables(), ids=[name for name, _ in _tables()])
def test_match_lengths_bound_every_match(name, table):
    """A rule's matches on real lines are never shorter or longer than the lengths read from its pattern."""
    for rule in table:
        shortest, longest = _widths(rule)
        for line in _LINES[:300]:
            for match in rule.pattern.finditer(line.text):
                assert shortest <= len(match.group()) <= longest, (name, rule.name, match.group())


@pytest.mark.parametrize(("name", "table"), _tables(), ids=[name for name, _ in _tables()])
def test_required_words_stand_in_every_match(name, table):
    """Where a rule matches a real line, one of the words read from its pattern is in the match."""
    for rule, words in anchored_rules(table).required:
        if words is None:
            continue
        for line in _LINES:
            for match in rule.pattern.finditer(line.text):
                assert any(word in match.group() for word in words), (name, rule.name, match.group())


def test_required_words_of_plain_patterns():
    """A literal run, an alternation of words, a group, and what gives no words."""
    assert _required_words(_parsed(r".{0,60}(?:へ戻る|発信元サイトへ)")) == ("へ戻る", "発信元サイトへ")
    assert _required_words(_parsed(r"[0-9]+日会談")) == ("日会談",)
    assert _required_words(_parsed(r"(?:a|b)?c")) == ("c",)
    assert _required_words(_parsed(r"(?:英語版\s*x|English)")) is None
    assert _required_words(_parsed(r"(?=会談)\w+")) is None


def _parsed(pattern: str):
    from dipmeet.rules import Rule

    return list(Rule("probe", pattern, None).parsed().data)


def test_may_mention_never_hides_a_person_at_the_start():
    """Where find_mentions finds a mention at the start of a heading, the quick test lets it through."""
    from dipmeet.japanese import _may_mention

    for line in _LINES:
        text = compact(line).text
        mentions = find_mentions(text)
        if mentions and mentions[0].start == 0:
            assert _may_mention(text), text


def test_account_bounds_are_the_covered_spans():
    """The spans gathered for accounting are those covered_spans yields, for every release of the corpus."""
    from dipmeet import parse
    from dipmeet.account import _bounds, covered_spans

    english = sorted((CORPUS / "en").glob("*.txt")) if (CORPUS / "en").is_dir() else []
    for raw in [*_corpus_texts(), *(path.read_text(encoding="utf-8") for path in english)]:
        release = parse(raw)
        assert sorted(_bounds(release)) == sorted((span.start, span.end) for span in covered_spans(release))


def test_has_predicate_is_first_hit():
    """One pass finds a predicate wherever first_hit finds one: no predicate rule matches the empty string."""
    from dipmeet.japanese import _has_predicate

    assert all(_widths(rule)[0] > 0 for rule in ja.PREDICATE_RULES)
    for line in _LINES:
        assert _has_predicate(line.text) == (first_hit(ja.PREDICATE_RULES, line.text) is not None), line.text


@pytest.mark.parametrize(("name", "table"), _tables(), ids=[name for name, _ in _tables()])
def test_whole_match_rules_are_those_of_rules_at_that_can_match(name, table):
    """The rules listed by first and last character find every whole match the rules of rules_at find."""
    index = anchored_rules(table)
    texts = [line.text for line in _LINES] + [char + "x" + end for char in _ALPHABET for end in "x。)1る"]
    for text in texts:
        whole = [entry[0] for entry in index.whole(text)]
        plain = rules_at(table, text)
        assert [rule for rule in whole if rule in plain] == whole, (name, text)  # same order, no other rule
        assert [rule for rule in plain if rule.pattern.fullmatch(text)] == [
            rule for rule in whole if rule.pattern.fullmatch(text)
        ], (name, text)


@given(st.text(alphabet=_ALPHABET + "EnglishPDF画像写真提供:8", min_size=1, max_size=40))
def test_whole_match_rules_on_any_text(text):
    """On arbitrary lines too, for the noise table."""
    table = ja.NOISE_LINE_RULES
    whole = [entry[0] for entry in anchored_rules(table).whole(text)]
    assert [rule for rule in rules_at(table, text) if rule.pattern.fullmatch(text)] == [
        rule for rule in whole if rule.pattern.fullmatch(text)
    ]


def _plain_read_markers(line: Text) -> tuple[list[tuple[str, str, str, object]], str, list[int]]:
    """read_markers as it was: each rule of rules_at tried, the rest sliced and then stripped."""
    from dipmeet.segment import _drop_artifacts

    markers = []
    rest = line
    for _ in range(4):
        for rule in rules_at(ja.MARKER_RULES, rest.text):
            match = rule.pattern.match(rest.text)
            if match and match.end():
                written = match.group(0)
                markers.append(
                    Marker(rule.meaning, written.strip(), match.group("n"), rest.span(0, len(written.rstrip())))
                )
                rest = rest.slice(match.end()).strip()
                break
        else:
            break
        if not rest.text:
            break
    kept = _drop_artifacts(markers)
    return [(m.style, m.label, m.number, m.span) for m in kept], rest.text, list(rest.origin)


def _quick_read_markers(line: Text) -> tuple[list[tuple[str, str, str, object]], str, list[int]]:
    markers, rest = read_markers(line, ja.MARKER_RULES)
    return [(m.style, m.label, m.number, m.span) for m in markers], rest.text, list(rest.origin)


def test_read_markers_is_the_plain_reading_on_real_lines():
    """The rest after the numbering sliced once, and a line no numbering can start skipped, change nothing."""
    for raw in _corpus_texts():
        for line in split_lines(normalize_text(raw)):
            assert _quick_read_markers(line) == _plain_read_markers(line), line.text


@given(st.text(alphabet="1234.(). ・-•*\u3000\tアイ一二①日米外相 。", min_size=1, max_size=24))
def test_read_markers_is_the_plain_reading_on_any_text(raw):
    """On arbitrary lines too, spaces around and between the markers included."""
    line = Text(raw, range(len(raw) + 1), raw)
    assert _quick_read_markers(line) == _plain_read_markers(line)


def _plain_last_sentence_end(block) -> int | None:
    from dipmeet.segment import split_sentences

    for child in reversed(block.children):
        found = _plain_last_sentence_end(child)
        if found is not None:
            return found
    for paragraph in reversed(block.paragraphs):
        sentences = split_sentences(paragraph, end=ja.SENTENCE_END, opening=ja.QUOTE_OPEN, closing=ja.QUOTE_CLOSE)
        if sentences:
            return sentences[-1].text.end
    return None


def test_last_sentence_end_is_that_of_the_last_sentence():
    """The end of the last paragraph with text is where split_sentences ends its last sentence."""
    from dipmeet.japanese import _ends_sentence, _inline_heading, _last_sentence_end
    from dipmeet.segment import Block, build_blocks

    for raw in _corpus_texts():
        root = build_blocks(
            split_lines(normalize_text(raw)),
            ja.MARKER_RULES,
            is_heading=_is_heading,
            inline_heading=_inline_heading,
            ends_sentence=_ends_sentence,
        )
        assert _last_sentence_end(root) == _plain_last_sentence_end(root)
    for raw in ["", " ", "a。 ", "「a。」 b", "(x。) \u3000", "。\t", "a\u3000", "「a。"]:
        block = Block(paragraphs=[Text(raw, range(len(raw) + 1), raw)])
        assert _last_sentence_end(block) == _plain_last_sentence_end(block), raw


@given(st.lists(st.text(alphabet="ab 。「」『』()\u3000\t", max_size=12), max_size=4))
def test_last_sentence_end_on_any_paragraphs(raws):
    """On arbitrary paragraphs too, blank ones and trailing white space included."""
    from dipmeet.japanese import _last_sentence_end
    from dipmeet.segment import Block

    block = Block(paragraphs=[Text(raw, range(len(raw) + 1), raw) for raw in raws])
    assert _last_sentence_end(block) == _plain_last_sentence_end(block)


@pytest.mark.parametrize(("name", "table"), _tables(), ids=[name for name, _ in _tables()])
def test_screen_finds_something_wherever_a_rule_matches(name, table):
    """Where a rule of the table matches in a real line, the table's one pattern of words finds something."""
    screen = anchored_rules(table).screen()
    if screen is None:
        return
    for line in _LINES:
        if any(rule.pattern.search(line.text) for rule in table):
            assert screen.search(line.text), (name, line.text)


@given(st.text(alphabet="(PDF)別ウィンドウで開く他のサイトへヘ |\u3000\t日本。", max_size=30))
def test_inline_noise_screen_on_any_text(text):
    """On arbitrary text too, for the Japanese inline noise."""
    screen = anchored_rules(ja.INLINE_NOISE_RULES).screen()
    assert screen is not None
    if any(rule.pattern.search(text) for rule in ja.INLINE_NOISE_RULES):
        assert screen.search(text)


def test_ends_sentence_is_the_terminal_pattern():
    """The last character looked up in a set is ja.TERMINAL searched from the last character."""
    from dipmeet.japanese import _TERMINAL_CHARACTERS

    for char in {*_TERMINAL_CHARACTERS, *_ALPHABET, "\n"}:
        for text in (char, "a" + char, char + "\n"):
            end = len(text)
            assert (end > 0 and text[end - 1] in _TERMINAL_CHARACTERS) == bool(
                ja.TERMINAL.search(text, max(0, end - 1), end)
            ), text


def _plain_split_sentences(paragraph: Text) -> list[tuple[str, list[int], int, bool]]:
    """split_sentences as it was: every piece sliced, then stripped."""
    sentences = []
    text, depth, start, start_depth, paren, paren_start = paragraph.text, 0, 0, 0, 0, 0
    for index, char in enumerate(text):
        if char in ja.QUOTE_OPEN:
            depth += 1
        elif char in ja.QUOTE_CLOSE:
            depth = max(0, depth - 1)
        elif char == "(":
            if not paren:
                paren_start = index
            paren += 1
        elif char == ")":
            paren = max(0, paren - 1)
        elif char in ja.SENTENCE_END and (paren == 0 or index - paren_start > 80):
            paren = 0
            stop = index + 1
            if stop < len(text) and text[stop] in ja.QUOTE_CLOSE:
                continue
            piece = paragraph.slice(start, stop).strip()
            if piece.text:
                sentences.append((piece.text, list(piece.origin), start_depth, True))
            start, start_depth = stop, depth
    piece = paragraph.slice(start).strip()
    if start < len(text) and piece.text:
        sentences.append((piece.text, list(piece.origin), start_depth, False))
    if depth:
        sentences = [(t, o, 0, c) for t, o, _, c in sentences]
    return sentences


@given(st.text(alphabet="ab 。「」『』()\u3000\t", max_size=30))
def test_split_sentences_is_the_plain_split(raw):
    """A piece that starts and ends with no white space is kept as sliced, with no strip: the same sentences."""
    from dipmeet.segment import split_sentences

    paragraph = Text(raw, range(len(raw) + 1), raw)
    quick = split_sentences(paragraph, end=ja.SENTENCE_END, opening=ja.QUOTE_OPEN, closing=ja.QUOTE_CLOSE)
    assert [(s.text.text, list(s.text.origin), s.quote_depth, s.closed) for s in quick] == _plain_split_sentences(
        paragraph
    )


@given(
    st.lists(st.text(alphabet="トップページへ戻る(.)|*", min_size=1, max_size=4), min_size=1, max_size=4),
    st.text(alphabet="トップページへ戻る(.)|*日", max_size=20),
)
def test_words_search_is_any_word_in_the_text(words, text):
    """One pattern of the words finds something exactly where one of the words stands in the text."""
    from dipmeet.segment import _words_search

    search = _words_search(tuple(words))
    assert search is not None
    assert bool(search(text)) == any(word in text for word in words)


def test_inline_heading_and_speaker_label_quick_tests_on_real_lines():
    """Where INLINE_HEADING or the speaker label's pattern matches a real line, the quick test lets it through."""
    from dipmeet.japanese import _SPEAKER_LABEL, _SPEAKER_LABEL_SPACE, _may_inline_heading

    extra = [
        normalize_text(raw)
        for raw in ("1.北朝鮮 川口大臣より", "李部長 5月末の", "(川口大臣) 次に", "北朝鮮\u3000川口")
    ]
    for line in [*_LINES, *extra]:
        if ja.INLINE_HEADING.match(line.text):
            assert _may_inline_heading(line.text), line.text
        if _SPEAKER_LABEL.match(line.text):
            assert line.text.find(" ", 0, _SPEAKER_LABEL_SPACE) != -1, line.text


@given(st.text(alphabet="北朝鮮川口大臣部長李 \u3000\t、。「(【)】x", max_size=40))
def test_inline_heading_and_speaker_label_quick_tests_on_any_text(text):
    """On arbitrary text too."""
    from dipmeet.japanese import _SPEAKER_LABEL, _SPEAKER_LABEL_SPACE, _may_inline_heading

    if ja.INLINE_HEADING.match(text):
        assert _may_inline_heading(text)
    if _SPEAKER_LABEL.match(text):
        assert text.find(" ", 0, _SPEAKER_LABEL_SPACE) != -1
