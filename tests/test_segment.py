"""Tests for segmentation: lines, numbering, blocks and sentences."""

from __future__ import annotations

from dipmeet.normalize import normalize_text
from dipmeet.rules import ja
from dipmeet.segment import build_blocks, read_markers, split_lines, split_run_on, split_sentences


def _lines(raw: str):
    return split_lines(normalize_text(raw))


def test_split_lines_drops_blank_lines_and_strips():
    """Blank lines vanish; each line keeps its map into the input."""
    raw = "報道発表\n\n  日米外相電話会談  \n"
    lines = _lines(raw)
    assert [line.text for line in lines] == ["報道発表", "日米外相電話会談"]
    assert raw[lines[1].start : lines[1].end] == "日米外相電話会談"


def test_run_on_numbering_is_split_after_a_full_stop():
    """A flattened page: 「…概要次のとおり。1.日豪二国間関係 2002年…」 becomes two lines."""
    (line,) = _lines("会談を行ったところ、概要次のとおり。1.日豪二国間関係 2002年5月の小泉総理の豪州訪問")
    pieces = split_run_on(line, ja.RUN_ON_MARKER)
    assert [p.text for p in pieces] == [
        "会談を行ったところ、概要次のとおり。",
        "1.日豪二国間関係 2002年5月の小泉総理の豪州訪問",
    ]


def test_numbers_in_dates_are_not_split_off():
    """「…した。2.5%…」 is not numbering."""
    (line,) = _lines("増加した。2.5%の成長")
    assert len(split_run_on(line, ja.RUN_ON_MARKER)) == 1


def test_read_markers_styles():
    """(1), 1., 1 (with a space), ア and bullets are numbering; 2月 and 18日 are not."""
    cases = {
        "(1)岡田大臣から": ("paren_digit", "岡田大臣から"),
        "1.日独関係全般": ("digit_dot", "日独関係全般"),
        "1 二国間関係": ("digit_space", "二国間関係"),
        "ア エルシーシ大統領から": ("katakana", "エルシーシ大統領から"),
        "- 冒頭": ("bullet", "冒頭"),
    }
    for raw, (style, rest) in cases.items():
        markers, remainder = read_markers(_lines(raw)[0], ja.MARKER_RULES)
        assert [m.style for m in markers] == [style], raw
        assert remainder.text == rest
    for raw in ("2月10日に安倍総理が訪米し", "18日午後3時05分頃から", "2+2会合"):
        markers, _ = read_markers(_lines(raw)[0], ja.MARKER_RULES)
        assert markers == [], raw


def test_converted_list_numbers_before_the_release_numbering_are_dropped():
    """「1. (1) クリントン長官から」: the list number a converted page added is dropped."""
    markers, rest = read_markers(_lines("1. (1) クリントン長官から")[0], ja.MARKER_RULES)
    assert [m.label for m in markers] == ["(1)"]
    assert rest.text == "クリントン長官から"


def _blocks(raw: str):
    return build_blocks(
        _lines(raw),
        ja.MARKER_RULES,
        is_heading=lambda line: "。" not in line.text and len(line.text) < 15,
        inline_heading=lambda rest: None,
        ends_sentence=lambda line: line.text.endswith("。"),
    )


def test_blocks_nest_by_numbering_style():
    """1 二国間関係 / (1) … / (2) … / 2 … nests (1) and (2) under 1."""
    root = _blocks(
        "1 二国間関係\n(1)冒頭,岸田大臣から,歓迎する旨述べました。\n(2)これに対し,大統領から,謝意を表明しました。\n"
        "2 グローバルな舞台での協力\n(1)岸田大臣から,連携していきたい旨述べました。"
    )
    assert [b.heading.text for b in root.children] == ["二国間関係", "グローバルな舞台での協力"]
    assert [len(b.children) for b in root.children] == [2, 1]
    assert root.children[0].children[1].paragraphs[0].text.startswith("これに対し")


def test_wrapped_lines_join_into_one_paragraph():
    """A line that does not end its sentence continues on the next line (…実施されている(PDF) / ことは喜ばしい)."""
    root = _blocks("(1)安倍総理大臣から,200近い記念行事が実施されている(PDF)\nことは喜ばしい旨述べました。")
    (paragraph,) = root.children[0].paragraphs
    assert paragraph.text == "安倍総理大臣から,200近い記念行事が実施されている(PDF) ことは喜ばしい旨述べました。"


def test_sentences_split_inside_quotations_but_not_before_the_closing_mark():
    """「…感謝。TICAD7でも発揮願いたい。」旨述べました: two sentences, the second inside the quotation."""
    (line,) = _lines(
        "安倍総理大臣から,「指導力に感謝。TICAD7でも発揮願いたい。」旨述べました。これに対し,大統領から述べました。"
    )
    sentences = split_sentences(line, end="。", opening="「", closing="」")
    assert [s.text.text for s in sentences] == [
        "安倍総理大臣から,「指導力に感謝。",
        "TICAD7でも発揮願いたい。」旨述べました。",
        "これに対し,大統領から述べました。",
    ]
    assert [s.quote_depth for s in sentences] == [0, 1, 0]


def test_full_stop_inside_brackets_does_not_end_a_sentence():
    """「22日13時35分(現地時間。日本時間14時35分)より」 stays one sentence."""
    (line,) = _lines("22日13時35分(現地時間。日本時間14時35分)より会談を行った。")
    assert len(split_sentences(line, end="。", opening="「", closing="」")) == 1


def test_cut_off_sentence_is_marked_open():
    """The last sentence of a cut-off release is not closed."""
    (line,) = _lines("林大臣から述べました。また、林大臣から、アフガニスタ")
    sentences = split_sentences(line, end="。", opening="「", closing="」")
    assert [s.closed for s in sentences] == [True, False]


def test_restarted_list_under_a_numbered_heading_nests_when_asked():
    """1. Introduction / 1. … / 2. … / 2. Bilateral Cooperation: with nest_restarts the list nests and closes."""
    from dipmeet.rules import en

    lines = _lines(
        "1. Introduction\n1. Minister Kamikawa welcomed the summit.\n2. In response, Secretary Manalo stated so.\n"
        "2. Bilateral and Trilateral Cooperation\n1. Minister Kamikawa stated that Japan would cooperate."
    )

    def heading(line):
        return not line.text.endswith(".")

    nested = build_blocks(
        lines,
        en.MARKER_RULES,
        is_heading=heading,
        inline_heading=lambda rest: None,
        ends_sentence=lambda line: line.text.endswith("."),
        nest_restarts=True,
    )
    assert [b.heading.text for b in nested.children] == ["Introduction", "Bilateral and Trilateral Cooperation"]
    assert [len(b.children) for b in nested.children] == [2, 1]
    flat = build_blocks(
        lines,
        en.MARKER_RULES,
        is_heading=heading,
        inline_heading=lambda rest: None,
        ends_sentence=lambda line: line.text.endswith("."),
    )
    assert len(flat.children) == 5  # the default reads one list, as before
