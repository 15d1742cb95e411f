"""Tests for a meeting's facts read from its opening paragraph (quoted openings)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import dipmeet
from dipmeet.meeting import _rule_spans, _unclaimed, read_meeting
from dipmeet.model import Format, Level, Side
from dipmeet.normalize import normalize_text
from dipmeet.rules import ja
from dipmeet.temporal import DateContext

SEED_CONTEXT = DateContext(2010, 3, 24)


def facts(raw: str, *, title: str | None = None, context: DateContext = SEED_CONTEXT, preamble=()):
    diagnostics: list = []
    return read_meeting(
        normalize_text(raw),
        [normalize_text(p) for p in preamble],
        title=title,
        context=context,
        diagnostics=diagnostics,
    ), diagnostics


SEED = (
    "本24日(水曜日)午後7時30分から午後9時30分頃まで、岡田外務大臣は、外務省賓客として訪日中のサウダバエフ・カザフスタン国務長官兼外相 "
    "と飯倉公館において会談及び夕食会を行い、日・カザフスタン関係、国際場裡における協力や地域情勢につき意見交換を行ったところ、"
    "外相会談及び夕食会の概 要は以下のとおりです。"
)


def test_seed_opening():
    """The sample's opening: date, times, formats, level, venue, people, topics."""
    meeting, diagnostics = facts(SEED, title="日・カザフスタン外相会談")
    assert meeting.date == dt.date(2010, 3, 24) and meeting.weekday == 2
    assert (meeting.start, meeting.end, meeting.duration_minutes) == (dt.time(19, 30), dt.time(21, 30), 120)
    assert meeting.approximate.end and not meeting.approximate.start
    assert meeting.formats == (Format.TALKS, Format.DINNER)
    assert meeting.level is Level.FOREIGN_MINISTERS
    assert meeting.venue == "飯倉公館"
    japan, counterpart = meeting.participants
    assert (japan.name, japan.title, japan.side) == ("岡田", "外務大臣", Side.JAPAN)
    assert (counterpart.name, counterpart.country, counterpart.visit) == (
        "サウダバエフ",
        "カザフスタン",
        "外務省賓客として訪日中",
    )
    assert meeting.topics == ("日・カザフスタン関係", "国際場裡における協力", "地域情勢")
    assert diagnostics == []


def test_weekday_mismatch_is_a_diagnostic():
    """A weekday that does not fit the date is noted, not corrected."""
    _, diagnostics = facts(SEED.replace("水曜日", "金曜日"))
    assert [d.kind.value for d in diagnostics] == ["weekday_mismatch"]


def test_local_and_japan_time_with_rollover():
    """現地時間9月21日、午後1時10分(日本時間22日午前2時10分): local start, Japan date the next day."""
    meeting, _ = facts(
        "現地時間9月21日、午後1時10分(日本時間22日午前2時10分)から約55分間、国連総会出席のためニューヨークを訪問中の"
        "岸田文雄内閣総理大臣は、フェルディナンド・マルコス・フィリピン共和国大統領と首脳ワーキングランチを行ったところ、概要は以下のとおりです。",
        context=DateContext(2022, 9, 21),
    )
    assert meeting.start == dt.time(13, 10) and meeting.date == dt.date(2022, 9, 21)
    assert meeting.japan_start == dt.time(2, 10) and meeting.japan_date == dt.date(2022, 9, 22)
    assert meeting.time_zone == "現地時間"
    assert meeting.formats == (Format.LUNCH,) and meeting.level is Level.SUMMIT


def test_courtesy_call_received_and_telephone():
    """表敬を受け is a courtesy call; 電話会談 a telephone call, not talks."""
    meeting, _ = facts(
        "本11日,岸田文雄外務大臣はスチュワート・ハロルド・コンバーバッハ駐日ジンバブエ共和国特命全権大使の表敬を受け,"
        "約20分間に亘り意見交換を行ったところ,概要は以下のとおりです。",
        context=DateContext(2013, 3, 11),
    )
    assert meeting.formats == (Format.COURTESY_CALL,) and meeting.duration_minutes == 20
    meeting, _ = facts(
        "本29日午前10時から約10分間,岸田文雄外務大臣は,ジョン・ケリー米国務長官との間で電話会談を行いました。"
    )
    assert meeting.formats == (Format.TELEPHONE,)


def test_conference_named_for_a_visit_is_not_a_format():
    """G20…外務大臣会合出席のため訪日中の…とワーキングディナー: a dinner only."""
    meeting, _ = facts(
        "本23日,午後7時頃から約60分間,茂木敏充外務大臣は,G20愛知・名古屋外務大臣会合出席のため訪日中の"
        "ジャイシャンカル・インド外務大臣とワーキングディナーを行ったところ,概要は以下のとおりです。"
    )
    assert meeting.formats == (Format.DINNER,)


def test_attendees_are_listed_after_the_main_participants():
    """会談には,野上浩太郎内閣官房副長官他が同席しました: an attendee on Japan's side."""
    meeting, _ = facts(
        "本19日,午後3時27分から約50分間,安倍晋三内閣総理大臣は総理官邸において,ミシェル・テメル・ブラジル連邦共和国大統領"
        "との間で日・ブラジル首脳会談を行ったところ,概要は以下のとおりです。会談には,野上浩太郎内閣官房副長官他が同席しました。"
    )
    names = [(p.name, p.side.value, p.attendee) for p in meeting.participants]
    assert names == [
        ("安倍晋三", "japan", False),
        ("ミシェル・テメル", "counterpart", False),
        ("野上浩太郎", "japan", True),
    ]
    assert meeting.venue == "総理官邸"


def test_city_is_not_a_venue():
    """横浜において names a city, not a venue."""
    meeting, _ = facts(
        "本28日午後4時40分頃から約25分間,横浜において,安倍晋三内閣総理大臣は,ウフル・ケニヤッタ・ケニア共和国大統領との間で"
        "日・ケニア首脳会談を行ったところ,概要は以下のとおりです。"
    )
    assert meeting.venue is None


def test_someone_named_again_in_the_opening_is_one_participant():
    """なお,ケニヤッタ大統領は…訪日中です repeats the counterpart: one participant, not two."""
    meeting, _ = facts(
        "本28日午後4時40分頃から約25分間,安倍晋三内閣総理大臣は,ウフル・ケニヤッタ・ケニア共和国大統領との間で"
        "日・ケニア首脳会談を行ったところ,概要は以下のとおりです。なお,ケニヤッタ大統領は28日から30日まで開催中の"
        "第7回アフリカ開発会議(TICAD7)に参加するため訪日中です。"
    )
    assert [p.name for p in meeting.participants] == ["安倍晋三", "ウフル・ケニヤッタ"]


def test_our_country_is_not_a_name():
    """我が国代表として…大村駐ツバル大使が出席: 我が国代表 names no participant."""
    meeting, _ = facts(
        "6月28日,ツバルで開催された第8回ポリネシア・リーダーズ・グループ会合に,我が国代表として初めて"
        "大村駐ツバル大使(フィジー駐在)が出席したところ,概要以下のとおりです。"
    )
    assert [(p.name, p.side.value) for p in meeting.participants] == [("大村", "japan")]


_TOPIC_TOKENS = [
    "につき", "について", "に関して", "意見交換", "議論", "話し合", "等", "、", ",", "。",
    "日・カザフスタン関係", "国際場裡における協力", "地域情勢", "を行い", "幅広く", "率直な", "経済", "あ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOPIC_TOKENS), max_size=40).map("".join))
def test_topics_search_from_the_earliest_start_finds_the_same_match(text):
    """Searching TOPICS from the computed earliest start gives what a search from the beginning gives."""
    from dipmeet.meeting import _topics_start
    from dipmeet.rules import ja

    whole = ja.TOPICS.search(text)
    start = _topics_start(text)
    if whole is None:
        assert start is None or ja.TOPICS.search(text, start) is None
    else:
        assert start is not None and start <= whole.start()
        assert ja.TOPICS.search(text, start).span() == whole.span()


_VISIT_TOKENS = [
    "訪日中",
    "訪問中",
    "訪日した",
    "の",
    "は",
    "、",
    "。",
    "外務省賓客として",
    "サウダバエフ",
    "国務長官",
    "あ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VISIT_TOKENS), max_size=30).map("".join))
def test_visits_are_the_matches_of_the_visit_pattern(text):
    """Matching back from each closing word finds what searching VISIT left to right finds."""
    from dipmeet.meeting import _visits
    from dipmeet.rules import ja

    assert _visits(text) == {m.end(): m["visit"] for m in ja.VISIT.finditer(text)}


def test_telephone_chat_is_by_telephone_and_brief():
    """電話懇談 is a call (telephone) and a chat (brief_talk), not a brief talk alone."""
    release = dipmeet.parse(
        "令和5年9月14日\n9月14日午前9時20分から約10分間、林芳正前外務大臣は、アントニー・ブリンケン米国国務長官と"
        "離任挨拶のための電話懇談を行ったところ、概要は以下のとおりです。\n"
        "- 林前大臣から、同長官との緊密な連携と友情に謝意を述べました。\n"
    )
    assert {f.value for f in release.meetings[0].formats} == {"telephone", "brief_talk"}


def test_talks_and_dinner_as_two_subjects():
    """…との会談が,また…夕食会が行われた names two formats: the talks are not lost before the comma."""
    release = dipmeet.parse(
        "平成23年8月9日\n8月8日(月曜日)午後7時10分から約45分間,松本剛明外務大臣と潘基文国際連合事務総長との会談が,"
        "また同日午後8時30分から約1時間5分夕食会が行われたところ,概要は以下のとおりです。\n"
        "1. 会談冒頭,松本大臣より,訪日を歓迎しました。\n"
    )
    assert {f.value for f in release.meetings[0].formats} == {"talks", "dinner"}


def test_minister_accompanying_the_prime_minister():
    """安倍総理の訪中に同行している河野太郎外務大臣は: the minister meets, the Prime Minister does not."""
    release = dipmeet.parse(
        "平成30年10月26日\n現地時間10月26日午後3時頃から約30分間,安倍総理の訪中に同行している河野太郎外務大臣は,"
        "中国の王毅(おうき)国務委員兼外交部長との間で日中外相会談を行ったところ,概要以下のとおり。\n"
        "1 河野大臣から,歓待に深く感謝する旨発言した。\n"
    )
    meeting = release.meetings[0]
    assert [p.name for p in meeting.participants if p.side is Side.JAPAN] == ["河野太郎"]
    assert meeting.level is Level.FOREIGN_MINISTERS


def test_visit_owner_alone_on_a_side_stays():
    """Someone whose visit is named stays when no one else on that side is named."""
    release = dipmeet.parse(
        "平成30年10月26日\n26日,安倍総理の訪中の機会に,李克強国務院総理と日中首脳会談を行ったところ,概要以下のとおり。\n"
        "1 安倍総理から,歓待に感謝する旨述べた。\n"
    )
    assert [p.name for p in release.meetings[0].participants if p.side is Side.JAPAN] == ["安倍"]


def test_attending_a_meal_is_taking_part():
    """…との間で会談を行い,引き続き…楊部長主催の昼食会に出席した: talks and lunch."""
    release = dipmeet.parse(
        "平成22年8月28日\n中国を訪問中の岡田外務大臣は,28日10時30分過ぎから約1時間15分,楊潔チ・中国外交部長との間で会談を行い,"
        "引き続き11時50分過ぎから約1時間,楊部長主催の昼食会に出席したところ,概要は以下のとおり。\n"
        "1 岡田大臣から,お見舞い申し上げる旨述べた。\n"
    )
    assert {f.value for f in release.meetings[0].formats} == {"talks", "lunch"}


def test_local_date_written_after_the_japanese_one():
    """5月31日午前3時40分(現地時間5月30日午後2時40分)から: the meeting took place on the local 30th."""
    release = dipmeet.parse(
        "令和6年5月31日\n 5月31日午前3時40分(現地時間5月30日午後2時40分)から約3時間、米国・ワシントンDCを訪問中の"
        "岡野正敬外務事務次官は、キャンベル米国国務副長官と日米外交・開発戦略対話を実施したところ、概要は以下のとおりです。\n"
        "1. 両者は、連携していくことで一致しました。\n"
    )
    meeting = release.meetings[0]
    assert meeting.date == dt.date(2024, 5, 30)
    assert meeting.start == dt.time(14, 40)


def test_meal_in_brackets_or_told_of_took_place():
    """会談(夕食会)を行った / …外相主催昼食会では,…意見を交わしました: the meal is a format."""
    dinner = dipmeet.parse(
        "令和4年5月9日\n現地時間5月9日午後7時20分から約2時間、ソウルを訪問中の林芳正外務大臣は、朴振韓国外交部長官との間で"
        "会談(夕食会)を行ったところ、概要は以下のとおりです。\n- 林外務大臣から、旨述べました。\n"
    )
    assert {f.value for f in dinner.meetings[0].formats} == {"talks", "dinner"}
    lunch = dipmeet.parse(
        "平成23年7月2日\nブラジルを訪問中の松本外務大臣は6月30日午後12時10分(現地時間)から約70分間,パトリオッタ・ブラジル外相と"
        "会談を行ったところ,概要は以下のとおりです。また,外相会談後に行われたパトリオッタ外相主催昼食会では,"
        "北朝鮮情勢に関しても意見を交わしました。\n1 松本大臣から,旨述べました。\n"
    )
    assert {f.value for f in lunch.meetings[0].formats} == {"talks", "lunch"}


_FORMAT_LINES = [
    "本24日(水曜日)午後7時30分から、岡田外務大臣は、飯倉公館において会談及び夕食会を行い、外相会談及び夕食会の概要は以下のとおり。",
    "電話会談を行い、テレビ会議形式で、ワーキング・ランチを共にしながら、表敬を受けた。立ち話を行った。記者会見が行われた。",
    "会談(夕食会)を行った。外相主催昼食会では、昼食会に出席し、懇談を行い、電話懇談を行った。日・カザフスタン外相会談",
]


def _plain_unclaimed(rules, text):
    """The rules of the matches that overlap no match kept for an earlier rule, finditer rule by rule."""
    kept: list[tuple[int, int]] = []
    found = []
    for index, rule in enumerate(rules):
        mine = []
        for match in rule.pattern.finditer(text):
            if not any(start < match.end() and match.start() < end for start, end in kept):
                mine.append(match.span())
                found.append(index)
        kept += mine
    return found


def test_rule_spans_and_unclaimed_agree_with_finditer():
    """One pass over the format rules gives the matches, and the kept rules, that finditer rule by rule gives."""
    for rules in (ja.FORMAT_RULES, ja.TITLE_FORMAT_RULES):
        for text in _FORMAT_LINES:
            plain = [(i, *m.span()) for i, rule in enumerate(rules) for m in rule.pattern.finditer(text)]
            assert _rule_spans(rules, text) == plain
            assert list(_unclaimed(_rule_spans(rules, text))) == _plain_unclaimed(rules, text)


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("会談合見議電話夕食昼立ち懇表敬記者をが行、,及び形式で(テレビ)"), max_size=40)
)
def test_unclaimed_agrees_on_any_text(text):
    """On text made of the format words and their tails, both readings agree."""
    for rules in (ja.FORMAT_RULES, ja.TITLE_FORMAT_RULES):
        assert list(_unclaimed(_rule_spans(rules, text))) == _plain_unclaimed(rules, text)
