"""Tests for the head of a release: labels, captions, headline, date line, opening."""

from __future__ import annotations

import datetime as dt

import pytest

from dipmeet.header import is_noise_line, is_opening, read_header
from dipmeet.model import DiagnosticKind
from dipmeet.normalize import normalize_text
from dipmeet.segment import split_lines


def lines(raw: str):
    return split_lines(normalize_text(raw))


@pytest.mark.parametrize(
    "line",
    [
        "報道発表",
        "外務省・新着情報",
        "高村外務大臣",
        "英語版 (English)",
        "このページのトップへ戻る",
        "アメリカ合衆国へ戻る",
        "![]() |",
        "(写真提供:内閣広報室)",
        "正面を向き握手を交わす、林外務大臣とトレウベルディ副首相兼外務大臣の様子",
        "ロシア連邦",
        "外務省案内 渡航関連情報 各国・地域情勢 外交政策 ODA",
        "外務副大臣・外務大臣政務官",
        "国連外交",
        "核軍縮・不拡散",
        "アジア | 北米 | 中南米 | 欧州(NIS諸国を含む) | 大洋州 | 中東 | アフリカ",
    ],
)
def test_noise_lines(line):
    """Site labels, captions, navigation and footers are noise."""
    (text,) = lines(line)
    assert is_noise_line(text) is not None


@pytest.mark.parametrize("line", ["日米首脳電話会談", "岸田外務大臣によるナザルバエフ・カザフスタン大統領表敬"])
def test_headlines_are_not_noise(line):
    """Headlines are kept."""
    (text,) = lines(line)
    assert is_noise_line(text) is None


def test_opening_paragraph():
    """An opening tells the meeting as an event; a headline does not."""
    (opening,) = lines(
        "本22日,午後8時55分頃から約20分間,茂木敏充外務大臣は,マイク・ポンペオ米国国務長官と日米外相電話会談を行ったところ,概要以下のとおりです。"
    )
    assert is_opening(opening)
    (headline,) = lines("日米外相電話会談")
    assert not is_opening(headline)


def test_header_with_labels_captions_and_no_headline():
    """外務省・新着情報 / date / captions / opening: no headline, every label set aside."""
    raw = (
        "外務省・新着情報\n\n令和4年9月26日\n正面を向き、記念撮影に応じる、林大臣とトレウベルディ副首相兼外務大臣の様子(全身写真)\n"
        "テーブルにつき、会談を行う、林大臣とトレウベルディ副首相兼外務大臣の様子\n\n"
        " 9月26日、午後4時35分から20分間、林芳正外務大臣は、トレウベルディ・カザフスタン共和国副首相兼外務大臣と外相会談を行ったところ、概要は以下のとおりです。\n"
    )
    header = read_header(lines(raw))
    assert header.title is None
    assert header.published == dt.date(2022, 9, 26)
    assert header.opening is not None and header.opening.text.startswith("9月26日")
    kinds = [d.kind for d in header.diagnostics]
    assert kinds.count(DiagnosticKind.PHOTO_CAPTION) == 2
    assert DiagnosticKind.SITE_LABEL in kinds


def test_headline_and_subtitle():
    """高村外務大臣のインド訪問 / (概要): a headline with a bracketed subtitle."""
    raw = "高村外務大臣\n\n高村外務大臣のインド訪問\n(概要)\n\n平成20年8月5日\n\n 高村外務大臣は8月3日(日曜日)から5日(火曜日)にかけてインドを訪問し、ムカジー外務大臣と会談を行ったところ、概要は以下のとおり。"
    header = read_header(lines(raw))
    assert header.title is not None and header.title.text == "高村外務大臣のインド訪問"
    assert header.subtitle is not None and header.subtitle.text == "(概要)"


def test_date_line_at_the_start_of_a_flattened_line():
    """平成14年8月2日 8月1日、川口外務大臣は…: the date line is split from the opening."""
    header = read_header(
        lines(
            "平成14年8月2日 8月1日、川口外務大臣は、豪州のダウナー外相と正午頃より約30分間にわたり会談を行ったところ、概要次のとおり。"
        )
    )
    assert header.published == dt.date(2002, 8, 2)
    assert header.opening is not None and header.opening.text.startswith("8月1日")


def test_date_line_without_a_day():
    """平成16年11月 is a date line with no day: no published date, and a warning."""
    header = read_header(
        lines(
            "平成16年11月\n 町村大臣は、11月5日(金)~7日(日)の日程で韓国を訪問し、潘基文外交通商部長官との間で日韓外相会談を行い、概要以下の通り。"
        )
    )
    assert header.published is None
    assert header.context.year == 2004 and header.context.month == 11
    assert any(d.kind is DiagnosticKind.NO_DATE_LINE for d in header.diagnostics)


def test_captions_that_say_what_the_photo_shows():
    """日・イラン外相会談(握手) / 日・イラン外相会談(会談) after the date line: captions, no headline."""
    raw = (
        "イラン・イスラム共和国\n\n平成30年4月25日\n日・イラン外相会談(握手)\n日・イラン外相会談(会談)\n\n"
        " 4月25日23時25分(16時25分,現地時間)から約20分間,ブリュッセルを訪問中の河野太郎外務大臣は,"
        "ザリーフ・イラン外務大臣と日・イラン外相会談を行ったところ,概要は以下のとおりです。\n"
    )
    header = read_header(lines(raw))
    assert header.title is None
