"""The sample release, completely: a golden JSON file and the facts a user relies on."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from dipmeet import Act, Agreement, AgreementKind, Discussion, Format, Level, Side, Statement, parse, to_json
from dipmeet.model import DocumentKind

GOLDEN = Path(__file__).parent / "fixtures" / "ja" / "kazakhstan-2010-03-24.json"


def items(release):
    found = []

    def walk(sections, headings):
        for section in sections:
            path = [*headings, section.heading] if section.heading else headings
            found.extend((path[-1] if path else None, section.marker, item) for item in section.items)
            walk(section.sections, path)

    walk(release.meetings[0].sections, [])
    return found


def test_golden_json(sample):
    """The sample's full JSON is as reviewed (tests/fixtures/ja/kazakhstan-2010-03-24.json)."""
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert json.loads(to_json(parse(sample))) == expected


def test_header(sample):
    """Headline, date line, time, formats, level, venue and the two ministers."""
    release = parse(sample)
    meeting = release.meetings[0]
    assert release.title == "日・カザフスタン外相会談"
    assert release.published == dt.date(2010, 3, 24)
    assert meeting.date == dt.date(2010, 3, 24) and meeting.weekday == 2
    assert (meeting.start, meeting.end, meeting.duration_minutes) == (dt.time(19, 30), dt.time(21, 30), 120)
    assert meeting.approximate.end
    assert meeting.formats == (Format.TALKS, Format.DINNER)
    assert meeting.level is Level.FOREIGN_MINISTERS
    assert meeting.venue == "飯倉公館"
    okada, saudabayev = meeting.participants
    assert (okada.name, okada.title, okada.side) == ("岡田", "外務大臣", Side.JAPAN)
    assert (saudabayev.name, saudabayev.title, saudabayev.country, saudabayev.side) == (
        "サウダバエフ",
        "国務長官兼外相",
        "カザフスタン",
        Side.COUNTERPART,
    )
    assert "外務省賓客" in saudabayev.visit and "訪日中" in saudabayev.visit
    assert meeting.topics == ("日・カザフスタン関係", "国際場裡における協力", "地域情勢")
    (document,) = release.documents
    assert document.kind is DocumentKind.JOINT_PRESS_STATEMENT


def test_headings(sample):
    """The eight headings, in order, without their numbering."""
    sections = parse(sample).meetings[0].sections
    assert [s.heading for s in sections] == [
        "冒頭",
        "経済協力",
        "二国間経済関係",
        "「中央アジア+日本」対話の下での協力",
        "気候変動",
        "核軍縮・不拡散",
        "国連安保理改革",
        "地域・国際情勢について",
    ]


def test_statements_agreements_and_discussion(sample):
    """Fifteen statements, three agreements, one discussion, each with the right side."""
    found = items(parse(sample))
    statements = [i for _, _, i in found if isinstance(i, Statement)]
    agreements = [i for _, _, i in found if isinstance(i, Agreement)]
    discussions = [i for _, _, i in found if isinstance(i, Discussion)]
    assert len(statements) == 15 and len(agreements) == 3 and len(discussions) == 1
    sides = [s.speaker.side for s in statements]
    assert sides.count(Side.JAPAN) == 9 and sides.count(Side.COUNTERPART) == 6
    assert "アフガニスタン支援" in discussions[0].text


def test_speech_acts(sample):
    """冒頭(1) welcomed and hoped; 経済協力(1) conveyed a decision with the loan; 経済協力(2) thanked."""
    found = items(parse(sample))
    by_place = {}
    for heading, marker, item in found:
        by_place.setdefault((heading, marker), []).append(item)
    opening = by_place[("冒頭", "(1)")][0]
    assert opening.acts[:2] == (Act.WELCOMED, Act.HOPED)
    loan = by_place[("経済協力", "(1)")][0]
    assert Act.CONVEYED in loan.acts and Act.DECIDED in loan.acts
    (amount,) = loan.amounts
    assert (amount.value, amount.currency, amount.kind) == (6_361_000_000, "JPY", "円借款")
    assert by_place[("経済協力", "(2)")][0].acts == (Act.THANKED,)


def test_split_sentences(sample):
    """「中央アジア+日本」: Okada's statement and an agreement; 安保理改革(1): support, then Okada's thanks."""
    found = items(parse(sample))
    central_asia = [i for h, _, i in found if h == "「中央アジア+日本」対話の下での協力"]
    assert [type(i) for i in central_asia] == [Statement, Agreement]
    assert central_asia[0].speaker.name == "岡田"
    assert central_asia[1].kind is AgreementKind.AGREED
    reform = [i for h, m, i in found if h == "国連安保理改革" and m == "(1)"]
    assert [(i.speaker.side, i.acts) for i in reform] == [
        (Side.COUNTERPART, (Act.SUPPORTED,)),
        (Side.JAPAN, (Act.THANKED,)),
    ]


def test_stray_spaces_keep_spans_verbatim(sample):
    """発揮す ることを / 期待 する旨: the texts keep the stray spaces and match the input exactly."""
    for _, _, item in items(parse(sample)):
        assert sample[item.span.start : item.span.end] == item.text
    texts = [i.text for _, _, i in items(parse(sample))]
    assert any("発揮す ることを" in text for text in texts)
