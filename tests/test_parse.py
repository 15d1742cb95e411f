"""Tests for parse(): lenient and strict, the published argument, spans, and any input."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dipmeet
from dipmeet import Language, ParseError, Release, Severity, parse
from dipmeet.model import Agreement, Discussion, Section, Statement
from dipmeet.parse import _SCRIPT_SAMPLE, _script_counts

CORPUS_ROOT = Path(__file__).resolve().parents[2] / "shared" / "corpus"

OPENING = "本8日午前10時55分から約15分間,岸田文雄外務大臣は,ナザルバエフ・カザフスタン大統領に表敬したところ,その概要は以下のとおりです。"


def all_spans(release: Release):
    """Every span in a release, with the text it should hold where there is one."""
    if release.title_span:
        yield release.title_span, release.title
    if release.published_span:
        yield release.published_span, None
    for diagnostic in release.diagnostics:
        if diagnostic.span:
            yield diagnostic.span, None
    for meeting in release.meetings:
        if meeting.span:
            yield meeting.span, None
        for participant in meeting.participants:
            if participant.span:
                yield participant.span, None

        def walk(sections: tuple[Section, ...]):
            for section in sections:
                if section.heading_span:
                    yield section.heading_span, section.heading
                for item in section.items:
                    yield item.span, item.text
                    for amount in item.amounts:
                        yield amount.span, None
                    for instrument in item.instruments:
                        yield instrument.span, None
                yield from walk(section.sections)

        yield from walk(meeting.sections)


def assert_spans_valid(text: str, release: Release) -> None:
    for span, expected in all_spans(release):
        assert 0 <= span.start <= span.end <= len(text)
        if expected is not None:
            assert text[span.start : span.end] == expected


def test_non_str_input_is_a_type_error():
    """bytes and other objects raise TypeError."""
    with pytest.raises(TypeError, match="decode bytes first"):
        parse(b"\xe6\x97\xa5")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse(None)  # type: ignore[arg-type]


def test_size_limit_is_a_parse_error_naming_the_limit():
    """Input over max_size raises ParseError naming the limit."""
    with pytest.raises(ParseError, match="size limit of 10"):
        parse("x" * 11, max_size=10)


def test_default_limit_is_far_above_ten_megabytes():
    """The documented default is well above 10 MB."""
    assert dipmeet.DEFAULT_MAX_SIZE > 10 * 1024 * 1024


@pytest.mark.parametrize("text", ["", "   \n\t ", "\x00\x01", "(" * 1000, "。" * 100, "1.\n(1)\nア\n-"])
def test_odd_inputs_give_a_release(text):
    """Empty, blank and odd inputs give a release, never an exception."""
    release = parse(text)
    assert isinstance(release, Release)
    assert_spans_valid(text, release)


@given(st.text(max_size=400))
def test_parse_never_raises_and_spans_are_valid(text):
    """Any string gives a release whose spans all point into it."""
    release = parse(text)
    assert_spans_valid(text, release)


JAPANESE_PIECES = st.sampled_from(
    [
        "報道発表\n",
        "日米外相会談\n",
        "平成22年3月24日\n",
        "本24日(水曜日)午後7時30分から",
        "約60分間、",
        "岡田外務大臣は、",
        "サウダバエフ・カザフスタン国務長官兼外相と",
        "会談を行ったところ、概要は以下のとおりです。\n",
        "1 冒頭\n",
        "(1)",
        "岡田大臣から、",
        "先方より、",
        "両外相は、",
        "歓迎する旨述べました。",
        "一致しました。",
        "意見交換を行いました。",
        "「協力したい。」旨述べた。",
        "また、",
        "\n",
        " ",
        "(PDF)",
        "63億6,100万円の円借款",
        "これに対し、",
        "、",
    ]
)


@given(st.lists(JAPANESE_PIECES, max_size=40).map("".join))
def test_release_shaped_text_never_raises(text):
    """Text built from pieces of real releases parses, with valid spans and verbatim item texts."""
    release = parse(text)
    assert_spans_valid(text, release)


def test_published_is_used_when_there_is_no_date_line():
    """本8日 with no date line: published=... supplies year and month."""
    release = parse(OPENING, published=dt.date(2016, 11, 8))
    assert release.published == dt.date(2016, 11, 8)
    assert release.meetings[0].date == dt.date(2016, 11, 8)


def test_without_published_the_date_stays_unknown_with_a_diagnostic():
    """本8日 alone gives no meeting date, and says why."""
    release = parse(OPENING)
    assert release.meetings[0].date is None
    assert any(d.kind.value == "no_meeting_date" for d in release.diagnostics)


def test_date_line_wins_over_published():
    """Where the date line and published disagree, the date line wins and a diagnostic says so."""
    release = parse("平成28年11月8日\n" + OPENING, published=dt.date(2016, 11, 9))
    assert release.published == dt.date(2016, 11, 8)
    assert any(d.kind.value == "date_conflict" for d in release.diagnostics)


def test_strict_raises_on_errors_lenient_records_them(strict):
    """An impossible meeting date is an error: lenient records it, strict raises with it."""
    text = "平成22年2月1日\n2月30日午後3時から約30分間、岡田外務大臣は、ライス国務長官と会談を行ったところ、概要は以下のとおりです。"
    if strict:
        with pytest.raises(ParseError) as caught:
            parse(text, strict=True)
        assert [d.kind.value for d in caught.value.diagnostics] == ["invalid_date"]
    else:
        release = parse(text)
        assert [d.kind.value for d in release.diagnostics if d.severity is Severity.ERROR] == ["invalid_date"]


def test_noise_never_fails_strict_mode(sample):
    """Info diagnostics (noise set aside) do not make strict parsing fail."""
    parse("報道発表\n" + sample, strict=True)


def test_every_item_is_verbatim_and_typed(sample):
    """Every item's text is the input at its span; each is a statement, agreement or discussion."""
    release = parse(sample)
    assert_spans_valid(sample, release)
    kinds = set()

    def walk(sections):
        for section in sections:
            for item in section.items:
                kinds.add(type(item))
            walk(section.sections)

    walk(release.meetings[0].sections)
    assert kinds == {Statement, Agreement, Discussion}


def test_language_detection():
    """Japanese text is ja; English text is en."""
    assert parse("日米首脳電話会談").language is Language.JA
    assert parse("Japan-France Summit Telephone Talk\nJune 1, 2022").language is Language.EN


def test_full_width_input_parses_like_half_width(sample):
    """A release typed with full-width digits and brackets gives the same facts."""
    wide = sample.translate(str.maketrans("0123456789()", "０１２３４５６７８９（）"))
    narrow, widened = parse(sample), parse(wide)
    assert widened.published == narrow.published
    assert widened.meetings[0].start == narrow.meetings[0].start
    assert_spans_valid(wide, widened)


def test_empty_input_is_noted():
    """An empty or blank input gives a release with an empty_input warning."""
    for text in ("", " \n\u3000 "):
        release = parse(text)
        assert [d.kind.value for d in release.diagnostics] == ["empty_input"]
        assert release.meetings == ()


def test_missing_headline_and_participants_are_noted():
    """A release with no headline and no counterpart says so."""
    release = parse(
        "令和4年9月26日\n9月26日、午後4時35分から20分間、林芳正外務大臣は会談を行ったところ、概要は以下のとおりです。"
    )
    kinds = {d.kind.value for d in release.diagnostics}
    assert {"no_title", "no_participant"} <= kinds


def test_implied_speaker_is_traceable(sample):
    """The sentence whose speaker is implied (また、…) carries an info diagnostic at its span."""
    release = parse(sample)
    (implied,) = [d for d in release.diagnostics if d.kind.value == "implied_speaker"]
    assert sample[implied.span.start : implied.span.end].startswith("また、両国の投資の促進")


def _plain_script_counts(text: str) -> tuple[int, int]:
    """Kana and kanji, and Latin letters, counted run by run with a regex (as first written)."""
    sample = text[:_SCRIPT_SAMPLE]
    japanese = sum(map(len, re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]+", sample)))
    return japanese, sum(map(len, re.findall(r"[A-Za-z]+", sample)))


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("aZあ漢ｚ\ud800é’"), max_size=300))
def test_script_counts_as_counted_run_by_run(text):
    """The bytes count of Latin letters and the guarded count of kana and kanji equal the regex counts."""
    assert _script_counts(text) == _plain_script_counts(text)


def test_script_counts_on_the_corpus():
    """On every release of the shared corpus (and past the sample's end) the counts equal the regex counts."""
    paths = sorted(CORPUS_ROOT.glob("*/*.txt")) if CORPUS_ROOT.is_dir() else []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert _script_counts(text) == _plain_script_counts(text)
        assert _script_counts(text * 3) == _plain_script_counts(text * 3)


def test_visit_report_takes_the_counterpart_and_form_from_the_first_block():
    """…を訪問したところ、要人との会談等の概要は以下のとおり | 1.ボルド外務大臣との会談及び…との昼食会."""
    release = parse(
        "平成26年1月17日\n"
        " 木原誠二外務大臣政務官は1月15日(水曜日)から17日(金曜日)まで、モンゴル・ウランバートルを訪問したところ、"
        "モンゴル側要人との会談等の概要は以下のとおりです。\n"
        "1.ボルド外務大臣との会談及びガンホヤグ外務副大臣との昼食会\n"
        "15日、ボルド外務大臣と会談を行いました。双方は、引き続き両国で緊密に連携していくことで一致しました。\n"
        "2.チョローンバト経済・開発副大臣との夕食会\n"
        "15日、チョローンバト経済・開発副大臣主催の夕食会が行われました。\n"
    )
    first = release.meetings[0]
    counterpart = next(p for p in first.participants if p.side.value == "counterpart")
    assert (counterpart.name, counterpart.title) == ("ボルド", "外務大臣")
    assert [f.value for f in first.formats] == ["talks"]


def test_opening_told_under_the_first_meetings_heading():
    """1.日韓外相会談 / 韓国訪問中の川口外務大臣は、22日夕刻、…: the opening under the heading is the opening."""
    release = parse(
        "日韓外相会談(概要)\n\n平成15年8月22日\n\n1.日韓外相会談\n\n"
        " 韓国訪問中の川口外務大臣は、22日夕刻、尹永寛(ユン・ヨングァン)韓国外交通商部長官との間で日韓外相会談を行い、"
        "北朝鮮の核兵器開発問題につき意見交換を行ったところ、概要以下のとおり。\n\n"
        "(1) 拉致問題\n\n 川口大臣から、拉致問題について説明を行った。\n"
    )
    (meeting,) = release.meetings
    assert meeting.date == dt.date(2003, 8, 22)
    assert [(p.name, p.side.value) for p in meeting.participants] == [("川口", "japan"), ("尹永寛", "counterpart")]
    assert not any(d.kind.value == "no_opening" for d in release.diagnostics)
    assert "韓国訪問中" not in str(dipmeet.to_json(release).split('"sections"')[1])


def test_reference_notes_after_the_account_are_set_aside():
    """[参考] / (参考1) and the lines after it are notes, not items: their 合意した is no agreement of the meeting."""
    release = parse(
        "第3回日本・モンゴル戦略対話の開催\n\n平成30年4月26日\n\n"
        "1 本26日,東京において,森健良外務審議官とダムディンスレン・ダワースレン・モンゴル外務事務次官との間で,"
        "第3回日本・モンゴル戦略対話が行われました。\n\n"
        "2 地域・国際情勢に関する意思疎通を今後一層強化していくことで一致しました。\n\n"
        "[参考]日本・モンゴル戦略対話について\n"
        " 首脳会談において,次官級の「戦略対話」として新たに立ち上げることで合意した。\n"
    )
    assert len(release.meetings) == 1
    texts = dipmeet.to_json(release).split('"sections"')[1]
    assert "意思疎通を今後一層強化" in texts
    assert "戦略対話」として新たに" not in texts
    assert any(d.rule == "reference_note" for d in release.diagnostics)


def test_dialogue_lines_labelled_with_the_speaker():
    """李部長 / 5月末の…喜びたい。 / 川口大臣 / 先般の…: a participant named alone on a line labels the words after it."""
    release = parse(
        "日中外相会談(概要)\n\n平成15年6月17日\n\n"
        " 6月17日、プノンペンにおいて、川口外務大臣と李肇星外交部長との間で日中外相会談が約50分間にわたって行われたところ、"
        "概要は以下のとおり。\n\n(1) 総論\n\n李部長\n\n5月末の日中首脳会談の成功を喜びたい。\n"
        "日本政府から支援を頂いたことに対して感謝申し上げる。\n\n川口大臣\n先般の日中首脳会談の成功は重要な意味を有している。\n"
    )
    items = [item for section in release.meetings[0].sections for item in section.items]
    assert [(item.speaker.name if item.speaker else None) for item in items] == ["李肇星", "李肇星", "川口"]
    assert not items[0].text.startswith("李部長")


def test_photo_gallery_amid_the_text_is_set_aside():
    """• 画像1 / 握手を交わす両首脳 / (写真提供:内閣広報室) between the opening and the items: captions, not a heading."""
    release = parse(
        "フィジー共和国\n\n平成30年5月16日\nバイニマラマ首相を迎える安倍総理大臣\n(写真提供:内閣広報室)\n\n"
        " 本16日,午後6時45分から約80分間,安倍晋三内閣総理大臣は,訪日中のバイニマラマ・フィジー共和国首相と"
        "首脳会談を行ったところ,概要は以下のとおりです。\n\n"
        "  • 画像1\n    握手を交わす両首脳\n    (写真提供:内閣広報室)\n"
        "  • 画像2\n    日・フィジー首脳会談\n    (写真提供:内閣広報室)\n\n"
        "1 安倍総理大臣から,今回の会談を契機に,両国の協力関係をより一層深化させたい旨述べました。\n"
    )
    assert release.title is None  # the line over the credit is a caption
    (meeting,) = release.meetings
    assert [section.heading for section in meeting.sections] == [None]
    assert [item.speaker.name for item in meeting.sections[0].items] == ["安倍晋三"]


def test_photo_caption_repeated_under_its_credit_is_set_aside():
    """• (写真3)…表敬(写真提供:…) / …表敬 / (写真提供:…): the repeated caption is no second meeting."""
    release = parse(
        "令和2年1月12日\n\n 1月12日,午前10時30分(現地時間)から約20分間,安倍晋三内閣総理大臣は,"
        "ファイサル・サウジアラビア王国外務大臣による表敬を受けたところ,概要は以下のとおりです。\n\n"
        "  • (写真3)ファイサル外務大臣による表敬(写真提供:内閣広報室)\n    ファイサル外務大臣による表敬\n"
        "    (写真提供:内閣広報室)\n\n"
        "1 冒頭,安倍総理から,サウジと密接に連携したい旨述べました。\n"
    )
    (meeting,) = release.meetings
    assert [section.heading for section in meeting.sections] == [None]


def _plain_heading_text(raw, heading):
    """_heading_text as it read before its quick test: every heading compacted and matched."""
    from dipmeet.normalize import compact
    from dipmeet.rules import ja

    if heading is None:
        return None, None
    span = heading.span()
    text = raw[span.start : span.end]
    if ja.BRACKET_HEADING.match(compact(heading).text):
        inner = heading.strip("【】")
        span = inner.span()
        text = raw[span.start : span.end]
    return text, span


@given(
    st.lists(st.sampled_from([*"【】 \u3000・()1", "日米", "外相会談", "概要"]), min_size=1, max_size=12).map("".join)
)
def test_heading_text_quick_test_is_the_plain_reading(raw):
    """Only a heading that starts with 【 is compacted and matched: the others read as before."""
    from dipmeet.japanese import _heading_text
    from dipmeet.normalize import normalize_text

    heading = normalize_text(raw)
    assert _heading_text(raw, heading) == _plain_heading_text(raw, heading)
    stripped = heading.strip()
    if stripped.text:
        assert _heading_text(raw, stripped) == _plain_heading_text(raw, stripped)


@pytest.mark.skipif(
    "dipmeet.japanese" in dipmeet.compiled_modules(),
    reason="compiled (mypyc), dipmeet.japanese calls its functions directly: a patched attribute is not seen",
)
def test_heading_text_quick_test_on_real_headings(monkeypatch):
    """The sample's and the corpus's section headings read as the plain reading does."""
    import importlib

    from dipmeet.cli import sample_text

    module = importlib.import_module("dipmeet.japanese")
    real = module._heading_text
    seen = []

    def checking(raw, heading):
        found = real(raw, heading)
        assert found == _plain_heading_text(raw, heading)
        seen.append(heading)
        return found

    monkeypatch.setattr(module, "_heading_text", checking)
    texts = [sample_text()] + [path.read_text(encoding="utf-8") for path in sorted((CORPUS_ROOT / "ja").glob("*.txt"))]
    for text in texts:
        parse(text)
    assert sum(heading is not None for heading in seen) >= 8
