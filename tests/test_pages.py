"""Tests for HTML pages to text: the release body kept as lines, page furniture dropped."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet import DiagnosticKind, Severity
from dipmeet.pages import is_html, page_text

from .ministry import DATE, OPENING, SECTIONS, TITLE, ministry_page


def test_ministry_page_gives_the_release_lines():
    """A ministry-shaped page gives its label, headline, date line, opening and numbered body, nothing else."""
    (heading1, (s11, s12)), (heading2, (s21,)) = SECTIONS
    expected = [
        "報道発表",
        TITLE,
        DATE,
        OPENING,
        f"1. {heading1}",
        f"(1) {s11}",
        f"(2) {s12}",
        f"2. {heading2}",
        f"(1) {s21}",
    ]
    page = page_text(ministry_page())
    assert page.text.split("\n") == expected
    assert page.diagnostics == ()


@pytest.mark.parametrize(
    "dropped",
    [
        "会見・発表・広報",
        "トップページ",
        "ページのトップへ戻る",
        "関連リンク",
        "Copyright",
        "var menu",
        "rightalign",
        "｜外務省",
        "サイトポリシー",
        "カザフスタン共和国",
    ],
)
def test_ministry_page_furniture_is_dropped(dropped):
    """Menus, breadcrumbs, the sidebar, the footer, scripts and styles leave no text."""
    assert dropped not in page_text(ministry_page()).text


def test_list_numbers_follow_start_value_and_type():
    """Ordered lists honour start, value and type; nested lists get (1) then (a)."""
    html = (
        "<main><ol start='3'><li>三</li><li value='7'>七</li><li>八"
        "<ol><li>内<ol><li>深い</li></ol></li></ol></li></ol>"
        "<ol type='I'><li>一</li><li>二</li></ol><ol type='a'><li>x</li></ol></main>"
    )
    assert page_text(html).text.split("\n") == [
        "3. 三",
        "7. 七",
        "8. 八",
        "(1) 内",
        "(a) 深い",
        "I. 一",
        "II. 二",
        "a. x",
    ]


@pytest.mark.parametrize("own", ["1 二国間関係", "1.二国間関係", "(1)岡田大臣から", "①冒頭", "ア 経済"])
def test_items_numbered_in_their_text_get_no_second_number(own):
    """An item whose text already starts with numbering (a list styled without numbers) is left as it is."""
    assert page_text(f"<main><ol style='list-style: none'><li>{own}</li></ol></main>").text == own


def test_unordered_lists_and_line_breaks():
    """Unordered items are lines without numbers; <br> breaks a line; <p> inside <li> joins the number."""
    html = "<main><ul><li>冒頭</li></ul><p>一行目<br>二行目</p><ol><li><p>経済協力</p></li></ol></main>"
    assert page_text(html).text.split("\n") == ["冒頭", "一行目", "二行目", "1. 経済協力"]


def test_white_space_collapses_and_wrapped_japanese_joins():
    """A source line break between Japanese characters vanishes; between Latin words it is one space."""
    html = "<main><p>岡田外務大臣は、\n    ケリー国務長官と\n会談を行いました。</p><p>Foreign Minister\n  Okada   met</p></main>"
    assert page_text(html).text.split("\n") == [
        "岡田外務大臣は、ケリー国務長官と会談を行いました。",
        "Foreign Minister Okada met",
    ]


def test_hidden_elements_and_forms_are_dropped():
    """Hidden elements, forms, images, noscript blocks and furniture named by class give no text."""
    html = (
        "<main><p>本文</p><div style='display:none'>隠し</div><p hidden>隠し</p><form><label>検索</label></form>"
        "<noscript>JavaScript</noscript><img alt='写真'><div class='sns-share'>ツイート</div>"
        "<p class='page-top'><a href='#top'>ページのトップへ戻る</a></p></main>"
    )
    assert page_text(html).text == "本文"


def test_title_block_outside_the_main_element_is_kept():
    """An <h1> above the main element comes first; a site logo in the header's <h1> does not."""
    html = (
        "<body><div id='header'><h1><a href='/'>外務省</a></h1></div>"
        "<div class='title'><h1>日米外相会談</h1></div><div id='contents'><p>平成26年7月29日</p></div></body>"
    )
    assert page_text(html).text.split("\n") == ["日米外相会談", "平成26年7月29日"]


def test_old_page_without_main_element_reads_the_body():
    """A table-layout page is read whole, its header and navigation dropped, with an info diagnostic."""
    html = (
        "<html><body bgcolor='#FFFFFF'><div id='header'>外務省ホーム</div>"
        "<table><tr><td class='navi'><a href='/'>トップページ</a></td>"
        "<td><center><font size='+1'><b>日・カザフスタン外相会談</b></font></center>"
        "<div align='right'>平成22年3月24日</div></td></tr></table></body></html>"
    )
    page = page_text(html)
    assert page.text.split("\n") == ["日・カザフスタン外相会談", "平成22年3月24日"]
    assert [(d.kind, d.severity, d.rule) for d in page.diagnostics] == [
        (DiagnosticKind.HTML, Severity.INFO, "whole_body")
    ]


def test_pre_keeps_its_lines():
    """Preformatted text keeps its line breaks."""
    assert page_text("<main><pre>日本側\n  岡田大臣</pre></main>").text == "日本側\n  岡田大臣"


def test_deeply_nested_page_does_not_recurse():
    """A page nested thousands deep is read without a RecursionError."""
    html = "<main>" + "<div>" * 5000 + "会談" + "</div>" * 5000 + "</main>"
    assert page_text(html).text == "会談"


def test_empty_page_gives_no_text():
    """A page with no text gives an empty string."""
    assert page_text("<html><body><script>x()</script></body></html>").text == ""


@pytest.mark.parametrize(
    "head",
    [
        "<!DOCTYPE html>\n<html lang='ja'>",
        "\n  <HTML><HEAD>",
        "<!-- saved from url=(0046)https://www.mofa.go.jp/mofaj/kaidan/index.html -->\n<html>",
        '<?xml version="1.0" encoding="Shift_JIS"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">',
        "<meta charset='utf-8'><p>本文",
    ],
)
def test_pages_are_sniffed_as_html(head):
    """Doctypes, comments, XML declarations before an html root, and leading tags mark a page."""
    assert is_html(head)


@pytest.mark.parametrize(
    "head",
    [
        f"{TITLE}\n{DATE}",
        "<参考>日・カザフスタン外相会談",
        "Japan-U.S. Foreign Ministerial Meeting",
        "<?xml version='1.0'?><rss>",
    ],
)
def test_plain_text_is_not_html(head):
    """Release text, a bracketed Japanese label, English text and other XML are not HTML."""
    assert not is_html(head)


def test_item_that_opens_with_a_sub_number_keeps_its_own_number():
    """A second item whose text begins with (1) starts a sub-list: it is still numbered 2."""
    html = "<main><ol><li>1 冒頭</li><li>(1)岡田大臣から</li></ol></main>"
    assert page_text(html).text.split("\n") == ["1 冒頭", "2. (1)岡田大臣から"]


_PIECES = ["<main>", "</main>", "<p>", "</p>", "<ol start=x>", "<ol type=i>", "<li value=-3>", "</li>", "</ol>", "<ul>"]
_PIECES += ["<br>", "<script>", "</script>", "<pre>", "</pre>", "<div class='g-navi'>", "</div>", "<h1>", "1.", "(1)"]
_PIECES += ["会談", "岡田大臣から", "\n", " ", "\u3000", "<!--", "-->", "<table><tr><td>", "&amp;", "①"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join) | st.text(max_size=200))
def test_any_markup_gives_lines(html):
    """Any markup, broken or not, gives text lines with no blank line and no stray white space."""
    text = page_text(html).text
    for line in text.split("\n") if text else []:
        assert line.strip()
