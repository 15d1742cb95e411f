"""Tests for person phrases: names, countries, titles and sides."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dipmeet import people
from dipmeet.model import Side
from dipmeet.people import country_in_headline, english_form, find_mentions, split_person
from dipmeet.rules import ja, last_characters
from dipmeet.rules.countries import COUNTRIES_JA

from .conftest import corpus_dir


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("サウダバエフ・カザフスタン国務長官兼外相", ("サウダバエフ", "カザフスタン", "国務長官兼外相")),
        (
            "ムフタル・トレウベルディ・カザフスタン共和国副首相兼外務大臣",
            ("ムフタル・トレウベルディ", "カザフスタン共和国", "副首相兼外務大臣"),
        ),
        ("ジョン・ケリー米国務長官", ("ジョン・ケリー", "米", "国務長官")),
        ("マイク・ポンペオ米国国務長官", ("マイク・ポンペオ", "米国", "国務長官")),
        ("ブッシュ米大統領", ("ブッシュ", "米", "大統領")),
        ("シュタインマイヤー独外相", ("シュタインマイヤー", "独", "外相")),
        ("ライス国務長官", ("ライス", None, "国務長官")),
        ("岡田外務大臣", ("岡田", None, "外務大臣")),
        ("林芳正外務大臣", ("林芳正", None, "外務大臣")),
        ("安倍晋三内閣総理大臣", ("安倍晋三", None, "内閣総理大臣")),
        ("大村駐ツバル大使", ("大村", None, "駐ツバル大使")),
        ("アラン・ベロー駐日アルゼンチン大使", ("アラン・ベロー", "アルゼンチン", "大使")),
        ("前原誠司前外務大臣", ("前原誠司", None, "前外務大臣")),
        (
            "アブドゥルファッターハ・エルシーシ・エジプト・アラブ共和国大統領",
            ("アブドゥルファッターハ・エルシーシ", "エジプト・アラブ共和国", "大統領"),
        ),
    ],
)
def test_split_person(run, expected):
    """Name, country and title come apart where the release joins them."""
    assert split_person(run) == expected


@pytest.mark.parametrize("run", ["日・カザフスタン関係", "飯倉公館", "外務省賓客", "第10回日・メコン地域諸国首脳会議"])
def test_not_a_person(run):
    """Noun runs that end in no title are not people."""
    assert split_person(run) is None


def test_english_form():
    """(H.E. Mr. Mukhtar TLEUBERDI, Deputy Prime Minister, …): honorifics dropped, name then title."""
    assert english_form(
        "H.E. Mr. Mukhtar TLEUBERDI, Deputy Prime Minister, Minister of Foreign Affairs of the Republic of Kazakhstan"
    ) == ("Mukhtar TLEUBERDI", "Deputy Prime Minister, Minister of Foreign Affairs of the Republic of Kazakhstan")
    assert english_form("The Hon. Scott Morrison, MP, Prime Minister of the Commonwealth of Australia") == (
        "Scott Morrison",
        "Prime Minister of the Commonwealth of Australia",
    )
    assert english_form("H.E.Mr.Alan Beraud, Ambassador")[0] == "Alan Beraud"


def test_mentions_in_an_opening_paragraph():
    """The seed's opening names Okada (Japan) and Saudabayev (the counterpart, with his visit)."""
    text = (
        "本24日(水曜日)午後7時30分から午後9時30分頃まで、岡田外務大臣は、外務省賓客として訪日中の"
        "サウダバエフ・カザフスタン国務長官兼外相と飯倉公館において会談及び夕食会を行い"
    )
    mentions = find_mentions(text)
    assert [(m.name, m.side) for m in mentions] == [("岡田", Side.JAPAN), ("サウダバエフ", Side.COUNTERPART)]


def test_english_form_and_reading_in_brackets():
    """An English form after the name gives name_en; a katakana one is a reading."""
    (mention,) = find_mentions(
        "ムフタル・トレウベルディ・カザフスタン副首相兼外務大臣(H.E. Mr. Mukhtar TLEUBERDI, "
        "Deputy Prime Minister)との会談"
    )
    assert mention.name_en == "Mukhtar TLEUBERDI"
    (korean,) = find_mentions("岸田外務大臣は,尹炳世(ユン・ビョンセ)韓国外交部長官との間で")[1:]
    assert (korean.name, korean.reading, korean.country, korean.title) == (
        "尹炳世",
        "ユン・ビョンセ",
        "韓国",
        "外交部長官",
    )


def test_title_after_an_english_form():
    """レジェップ・タイップ・エルドアン(H.E. …)トルコ共和国大統領: the title follows the bracket."""
    (mention,) = find_mentions(
        "レジェップ・タイップ・エルドアン(H.E. Mr. Recep Tayyip ERDOGAN, President of the "
        "Republic of Turkey)トルコ共和国大統領と首脳会談"
    )
    assert (mention.name, mention.country, mention.title) == (
        "レジェップ・タイップ・エルドアン",
        "トルコ共和国",
        "大統領",
    )


def test_group_with_no_one_named():
    """太平洋島嶼国首脳 is a group on the counterpart's side."""
    (mention,) = find_mentions("太平洋島嶼国首脳との間で")
    assert mention.group == "太平洋島嶼国首脳" and mention.name is None and mention.side is Side.COUNTERPART


def test_country_in_headline():
    """日・カザフスタン外相会談 → カザフスタン; 日独 → ドイツ; no 日 → None."""
    assert country_in_headline("日・カザフスタン外相会談") == "カザフスタン"
    assert country_in_headline("日独外相会談(概要)") == "ドイツ"
    assert country_in_headline("在京アフリカ外交団代表による表敬") is None


def test_both_sides_together_are_not_a_person():
    """…ライス国務長官との間で日米外相会談を行った。なお、両大臣はいつでも連絡を取り合うことで合意し: 両大臣 is no one."""
    mentions = find_mentions(
        "中曽根大臣は国連本部内においてライス国務長官との間で日米外相会談を行ったところ、概要以下のとおり。"
        "なお、両大臣はいつでも連絡を取り合うことで合意し、日米両外相は…"
    )
    assert [(m.name, m.title) for m in mentions] == [("中曽根", "大臣"), ("ライス", "国務長官")]


def test_a_surname_is_not_a_country_abbreviation_and_a_length_is_not_a_name():
    """加藤駐米大使 is 加藤 (not 加 Canada); 約20分間パウエル国務長官 is Powell."""
    assert split_person("加藤駐米大使") == ("加藤", None, "駐米大使")
    assert split_person("伊藤審議官") == ("伊藤", None, "審議官")
    assert split_person("ストロー英外相") == ("ストロー", "英", "外相")
    (mention,) = find_mentions("ワシントン時間17日16時30分から約20分間パウエル国務長官と会談した。")
    assert (mention.name, mention.title) == ("パウエル", "国務長官")


def test_former_country_name_before_a_title():
    """ズウェレス・ムニシ(…)スワジランド王国国連常駐代表: a former name (スワジランド) is a country, not part of the name."""
    mentions = find_mentions("ズウェレス・ムニシ(H.E. Mr. Zwelethu Mnisi)スワジランド王国国連常駐代表及びグルジア外相")
    assert [(m.name, m.country) for m in mentions][:1] == [("ズウェレス・ムニシ", "スワジランド王国")]


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("マルコム・フレーザー元豪州首相", ("マルコム・フレーザー", "豪州", "元首相")),
        ("福田康夫元内閣総理大臣", ("福田康夫", None, "元内閣総理大臣")),
        ("ケリー前米国務長官", ("ケリー", "米", "前国務長官")),
        ("秋元司外務副大臣", ("秋元司", None, "外務副大臣")),
    ],
)
def test_former_office_opens_the_title(run, expected):
    """元 / 前 between a name and a country or title is part of the title, not of the name."""
    assert split_person(run) == expected


def test_speakers_and_members_of_the_diet_are_japanese():
    """河野衆議院議長 / 逢沢一郎衆議院議員: a Japanese name with a Diet title, not a counterpart named 河野衆議院."""
    mentions = find_mentions("河野衆議院議長及び逢沢一郎衆議院議員")
    assert [(m.name, m.title, m.side) for m in mentions] == [
        ("河野", "衆議院議長", Side.JAPAN),
        ("逢沢一郎", "衆議院議員", Side.JAPAN),
    ]


def test_minister_designate_and_a_capacity_held():
    """総理特使として…林芳正外務大臣は、朴振(パク・チン)韓国外交部長官候補と: 長官候補 is a title; 総理特使 no one."""
    mentions = find_mentions(
        "総理特使として韓国・ソウルを訪問中の林芳正外務大臣は、朴振(パク・チン)韓国外交部長官候補との間で"
    )
    assert [(m.name, m.title, m.country, m.side) for m in mentions] == [
        ("林芳正", "外務大臣", None, Side.JAPAN),
        ("朴振", "外交部長官候補", "韓国", Side.COUNTERPART),
    ]


def test_military_command_ends_a_title():
    """…アブダビ皇太子兼連邦軍副最高司令官: 司令官 ends the title, so the crown prince is found."""
    mentions = find_mentions(
        "ムハンマド・ビン・ザーイド・アール・ナヒヤーン・アブダビ皇太子兼連邦軍副最高司令官を表敬した"
    )
    assert [(m.title, m.side) for m in mentions] == [("皇太子兼連邦軍副最高司令官", Side.COUNTERPART)]


def test_ambassador_to_japan_after_a_name_ending_like_a_country():
    """イリケリ・…・マタイトンガ駐日フィジー共和国大使: Fiji's ambassador, not トンガ."""
    assert split_person("イリケリ・ウルイナイライ・マタイトンガ駐日フィジー共和国大使") == (
        "イリケリ・ウルイナイライ・マタイトンガ",
        "フィジー共和国",
        "大使",
    )


def _mentions_unfiltered(text: str) -> list[people.Mention]:
    """find_mentions with every piece of every run read in full (no test of its last character)."""
    saved = people._mention_ends
    people._mention_ends = lambda: None
    try:
        return find_mentions(text)
    finally:
        people._mention_ends = saved


def test_last_characters():
    """The characters a match can end with, read from the pattern backwards."""
    assert last_characters(re.compile(r"(?:大臣|外相)(?:ら|等|たち)?$")) == frozenset("臣相ら等ち")
    assert last_characters(re.compile(r"[元前]?首相(?:候補者?)?")) == frozenset("相補者")
    assert last_characters(re.compile(r"大臣.*")) is None  # any character may end it


def test_mention_filter_changes_nothing_on_the_sample(sample):
    """Skipping the pieces that end with no title's last character finds the same mentions."""
    for line in sample.splitlines():
        assert find_mentions(line) == _mentions_unfiltered(line), line


def test_mention_filter_changes_nothing_on_the_corpus():
    """The same on every line of the Japanese corpus."""
    for path in sorted(corpus_dir("ja").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert find_mentions(line) == _mentions_unfiltered(line), (path.name, line)


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from("岡田外務大臣相官長代表首脳各国他ら等ほか位及び並米韓ケリー・(H.E.)として、"),
        max_size=40,
    )
)
def test_mention_filter_changes_nothing_on_any_text(text):
    """On text made of names, titles, joiners and 他 / 等, filtered and full readings agree."""
    assert find_mentions(text) == _mentions_unfiltered(text)


@pytest.mark.parametrize(
    "run",
    ["サウダバエフ・カザフスタン国務長官兼外相", "アラブ首長国連邦大使", "南アフリカ共和国大統領", "米国務長官", "ア"],
)
def test_countries_at_every_position(run):
    """The names found by reading a character at a time are those a look-up of every length finds."""
    for position in range(len(run)):
        for most in range(len(run) - position + 1):
            plain = [run[position : position + size] for size in range(most, 0, -1)]
            assert people._countries_at(run, position, most) == [c for c in plain if c in COUNTRIES_JA]


@pytest.mark.parametrize(
    "run",
    [
        "サウダバエフ・カザフスタン国務長官兼外相",
        "尹炳世韓国外交部長官",
        "ジョン・ケリー米国務長官",
        "加藤駐米大使",
        "米英仏独",
    ],
)
def test_country_start_finds_every_position_where_a_name_starts(run):
    """Searching the tree of names finds the positions where a look-up of every length finds a name."""
    last = len(run) - 1
    found, position = [], 0
    while (match := people._country_start().search(run, position, last)) is not None:
        found.append(match.start())
        position = match.start() + 1
    plain = [p for p in range(last) if any(run[p:end] in COUNTRIES_JA for end in range(p + 1, last + 1))]
    assert found == plain


def test_runs_without_look_behind_are_the_runs(sample):
    """_RUNS searched through a whole text finds what _RUN does: each match a whole run."""
    lines = sample.splitlines()
    for path in sorted(corpus_dir("ja").glob("*.txt")):
        lines += path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        assert [m.span() for m in people._RUNS.finditer(line)] == [m.span() for m in people._RUN.finditer(line)]


@given(text=st.text(alphabet=st.sampled_from("岡田外務大臣他等ら及びケリー・(H.E.)A1-'、。 "), max_size=40))
def test_runs_without_look_behind_on_any_text(text):
    """The same on text of name characters, brackets, punctuation and spaces."""
    assert [m.span() for m in people._RUNS.finditer(text)] == [m.span() for m in people._RUN.finditer(text)]


def _plain_runs(text: str) -> list[tuple[int, int]]:
    """The runs find_mentions must read: every run that ends like a mention, holds a joiner, or has a bracket after it."""
    ends = people._mention_ends()
    assert ends is not None
    return [
        match.span()
        for match in people._RUN.finditer(text)
        if match.group()[-1] in ends
        or people._JOINER_CHARACTERS.intersection(match.group())
        or text.startswith("(", match.end())
    ]


def test_candidate_runs_are_the_runs_worth_reading_on_the_corpus(sample):
    """The search for candidate runs finds exactly the runs of _RUN that find_mentions' filter keeps."""
    lines = sample.splitlines()
    for path in sorted(corpus_dir("ja").glob("*.txt")):
        lines += path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        assert [match.span() for match in people._candidate_runs().finditer(line)] == _plain_runs(line), line


@given(text=st.text(alphabet=st.sampled_from("岡田外務大臣相官長代表他等ら及び並米ケリー・(H.E.)A1、。 "), max_size=40))
def test_candidate_runs_on_any_text(text):
    """The same on text of name characters, title ends, joiners and brackets."""
    assert [match.span() for match in people._candidate_runs().finditer(text)] == _plain_runs(text)


def test_candidate_runs_are_linear_in_a_long_run():
    """A long run with no title at its end is passed over once, not tried again from each character."""
    import time

    text = "岡" * 20000 + "の"
    began = time.perf_counter()
    assert not list(people._candidate_runs().finditer(text))
    assert time.perf_counter() - began < 1.0


def _plain_pieces(run: str, start: int) -> list[tuple[int, str]]:
    """_pieces without its shortcut: the leading length and the joiners always searched for."""
    pieces = []
    duration = people._LEADING_DURATION.match(run)
    previous = duration.end() if duration else 0
    for match in people._LIST_JOINER.finditer(run):
        pieces.append((start + previous, run[previous : match.start()]))
        previous = match.end()
    pieces.append((start + previous, run[previous:]))
    return [(offset, piece) for offset, piece in pieces if piece]


@given(run=st.text(alphabet=st.sampled_from("約0123時間分程度及び並びに岡田外務大臣米"), max_size=20))
def test_pieces_shortcut_on_any_run(run):
    """A run with no joiner's and no length's first character is one piece, as the full split finds."""
    assert people._pieces(run, 5) == _plain_pieces(run, 5)


def test_quick_check_characters_are_the_patterns():
    """The characters the shortcuts test for are those the patterns start or end with."""
    from dipmeet.rules._analysis import _first_characters, _parsed_pattern

    parsed = _parsed_pattern(people._LEADING_DURATION)
    assert _first_characters(list(parsed.data), 0) == set(people._DURATION_FIRST)
    assert {match.group()[0] for match in people._LIST_JOINER.finditer("及び並びに及並")} == people._JOINER_CHARACTERS
    assert people._etc_ends() == last_characters(people._TRAILING_ETC)


@given(run=st.text(alphabet=st.sampled_from("他ほからか等各位岡田大臣"), max_size=12))
def test_trailing_etc_cuts_only_runs_ending_with_its_characters(run):
    """A run that ends with none of _etc_ends() is left as it is (the shortcut of _mention)."""
    if run[-1:] not in people._etc_ends():
        assert people._TRAILING_ETC.sub("", run) == run


def _plain_country_in_headline(text: str) -> str | None:
    """country_in_headline as first written: every size from 24 down, every 日 found by its look-behind."""
    for match in re.finditer(r"(?<![\u4e00-\u9fff])日・?", text):
        rest = text[match.end() : match.end() + 24]
        for size in range(min(24, len(rest)), 0, -1):
            candidate = rest[:size]
            if candidate in ja.ABBREVIATION_COUNTRY:
                return ja.ABBREVIATION_COUNTRY[candidate]
            if candidate in COUNTRIES_JA:
                return candidate
    return None


def test_country_in_headline_is_the_plain_reading_on_the_corpus(sample):
    """The prefix walk finds the country the size-by-size reading finds, on every line and opening."""
    lines = sample.splitlines()
    for path in sorted(corpus_dir("ja").glob("*.txt")):
        lines += path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        assert country_in_headline(line) == _plain_country_in_headline(line), line


@given(
    text=st.lists(
        st.sampled_from(
            ["日", "・", "米", "独", "韓", "中", "本", "8", "カザフスタン", "アメリカ合衆国", "外相会談", "、"]
        ),
        max_size=12,
    ).map("".join)
)
def test_country_in_headline_on_any_text(text):
    """The same on text of 日, abbreviations, country names and other words."""
    assert country_in_headline(text) == _plain_country_in_headline(text)
