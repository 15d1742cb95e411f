"""Tests for amounts, instruments and documents."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dipmeet import parse
from dipmeet.extract import amount_value, amounts_in, documents_in, documents_in_en, instruments_in
from dipmeet.model import DocumentKind
from dipmeet.normalize import normalize_text


def test_yen_loan_amount():
    """63億6,100万円の円借款 is 6,361,000,000 JPY of 円借款."""
    raw = "63億6,100万円の円借款を供与することを決定した"
    (amount,) = amounts_in(normalize_text(raw))
    assert (amount.value, amount.currency, amount.kind) == (6_361_000_000, "JPY", "円借款")
    assert raw[amount.span.start : amount.span.end] == "63億6,100万円"


def test_approximate_amount_with_a_kind_after_it():
    """約33億円の資金協力: approximate, 資金協力."""
    (amount,) = amounts_in(normalize_text("埠頭整備のため約33億円の資金協力を行う考えを表明し"))
    assert amount.approximate and amount.value == 3_300_000_000 and amount.kind == "資金協力"


def test_amount_values():
    """Groups of 兆/億/万 and decimals."""
    assert amount_value("1.5億") == 150_000_000
    assert amount_value("2兆") == 2 * 10**12
    assert amount_value("億") is None


def test_no_amount_in_people_counts():
    """約6.5万人 is not money."""
    assert amounts_in(normalize_text("約6.5万人の日系社会")) == ()


def test_instruments():
    """Named agreements and bracketed plans are instruments."""
    names = [
        i.name
        for i in instruments_in(
            normalize_text(
                "3月2日に署名された日・カザフスタン原子力協定の早期締結に向けて、投資協定の締結と「CAREC物流回廊(ジャンブル州)整備計画」"
            )
        )
    ]
    assert names == ["日・カザフスタン原子力協定", "投資協定", "CAREC物流回廊(ジャンブル州)整備計画"]


def test_issued_document():
    """「…に関する共同プレス発表」を発出しました: a joint press statement."""
    (document,) = documents_in(
        normalize_text("外相会談終了後に、「日・カザフスタン外相会談に関する共同プレス発表」を発出しました。")
    )
    assert document.title == "日・カザフスタン外相会談に関する共同プレス発表"
    assert document.kind is DocumentKind.JOINT_PRESS_STATEMENT


def test_english_amounts():
    """ "a yen loan of up to 50 billion yen" and "US$100 million of grant aid"."""
    from dipmeet.extract import amounts_in_en

    loan, grant = amounts_in_en(normalize_text("a yen loan of up to 50 billion yen, and US$100 million of grant aid"))
    assert (loan.value, loan.currency, loan.kind, loan.approximate) == (50_000_000_000, "JPY", "yen loan", True)
    assert (grant.value, grant.currency, grant.kind) == (100_000_000, "USD", "grant aid")


def test_english_instruments():
    """Names of instruments are read back over capitalised words; "the Agreement" alone names none."""
    from dipmeet.extract import instruments_in_en

    names = [
        i.name
        for i in instruments_in_en(
            normalize_text(
                "the positive outcome of the Japan-Australia Free Trade Agreement and the New Colombo Plan, "
                "and the Strategic and Global Partnership Action Plan Japan-Brazil"
            )
        )
    ]
    assert names == [
        "Japan-Australia Free Trade Agreement",
        "New Colombo Plan",
        "Strategic and Global Partnership Action Plan",
    ]
    assert instruments_in_en(normalize_text("the importance of the Agreement between them")) == ()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["日・カザフスタン", "原子力", "協定", "行動計画", "「", "」", "計画", "、", "の", "+", "合意", "両国"]
        ),
        max_size=25,
    ).map("".join)
)
def test_instrument_matches_are_those_of_finditer(text):
    """Searching from just before each instrument word finds what INSTRUMENT.finditer finds."""
    from dipmeet.extract import _instrument_matches
    from dipmeet.rules import ja

    assert [m.span() for m in _instrument_matches(text)] == [m.span() for m in ja.INSTRUMENT.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"「」、の+書協定はA",
                "日・カザフスタン",
                "原子力",
                "協定",
                "行動計画",
                "計画",
                "法制",
                "合意",
                "イニシアティブ",
                "パートナーシップ",
                "共同プレス発表",
                "中央アジア",
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_instrument_starts_miss_no_match(text):
    """Long runs, + inside names, several 「 and words with no instrument before them: still finditer's matches."""
    from dipmeet.extract import _instrument_matches
    from dipmeet.rules import ja

    assert [m.span() for m in _instrument_matches(text)] == [m.span() for m in ja.INSTRUMENT.finditer(text)]
    first = ja.INSTRUMENT_WORD.search(text)
    assert [m.span() for m in _instrument_matches(text, first)] == [m.span() for m in ja.INSTRUMENT.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "約",
                "およそ",
                "最大",
                "63億",
                "6,100万",
                "1.5",
                "億",
                "兆",
                "万",
                "2",
                "0",
                ",",
                ".",
                "円",
                "ドル",
                "米ドル",
                "ユーロ",
                "元",
                "の",
                "、",
            ]
        ),
        max_size=20,
    ).map("".join)
)
def test_amount_matches_are_those_of_finditer(text):
    """Searching from just before each number that runs into a currency finds what AMOUNT.finditer finds."""
    from dipmeet.extract import _amount_matches
    from dipmeet.rules import ja

    assert [m.span() for m in _amount_matches(text)] == [m.span() for m in ja.AMOUNT.finditer(text)]


def test_amount_matches_on_the_corpus():
    """The same on every line of the sample and the Japanese corpus."""
    from dipmeet.cli import sample_text
    from dipmeet.extract import _amount_matches
    from dipmeet.rules import ja

    from .conftest import CORPUS

    texts = [sample_text()] + [path.read_text(encoding="utf-8") for path in sorted((CORPUS / "ja").glob("*.txt"))]
    lines = [line for text in texts for line in normalize_text(text).text.splitlines()]
    assert sum(bool(ja.AMOUNT.search(line)) for line in lines) >= 1
    for line in lines:
        assert [m.span() for m in _amount_matches(line)] == [m.span() for m in ja.AMOUNT.finditer(line)], line


@given(st.from_regex(r"[0-9][0-9,]{0,12}(?:\.[0-9]{1,3})?(?:兆|億|万)?(?:[0-9][0-9,]{0,5}(?:億|万))?", fullmatch=True))
def test_amount_value_of_whole_numbers_is_the_decimal_value(written):
    """Whole numbers are read in integers; the value is the one Decimal arithmetic gives."""
    from decimal import Decimal

    from dipmeet.extract import _GROUP, _UNITS

    expected = Decimal(0)
    for match in _GROUP.finditer(written):
        expected += Decimal(match["number"].replace(",", "")) * _UNITS.get(match["unit"] or "", 1)
    value = amount_value(written)
    assert value is None or value == int(expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("the two leaders issued the Japan-Fiji Joint Statement.", [("Japan-Fiji Joint Statement", "joint_statement")]),
        (
            "The “Japan-Philippines Joint Statement” was issued.",
            [("Japan-Philippines Joint Statement", "joint_statement")],
        ),
        (
            "welcomed the signing of the Japan-Australia Agreement on Reciprocal Access, and the Joint Declaration on "
            "Security Cooperation was issued.",
            [
                ("Japan-Australia Agreement on Reciprocal Access", "agreement"),
                ("Joint Declaration on Security Cooperation", "joint_statement"),
            ],
        ),
        ("the two leaders issued the “Japan-India Vision Statement”.", [("Japan-India Vision Statement", "other")]),
        # spoken of, not issued
        ("concurred to reach an early conclusion of the Reciprocal Access Agreement (RAA).", []),
        ("welcomed the progress of the Japan-Australia Agreement on Reciprocal Access.", []),
    ],
)
def test_english_documents(line, expected):
    """An instrument is a document of the release where the verb says it was issued, signed or adopted."""
    text = normalize_text(line)
    found = documents_in_en(text)
    assert [(d.title, d.kind.value) for d in found] == expected
    for document in found:
        assert line[document.span.start : document.span.end] == document.title


def test_an_english_release_lists_its_documents():
    """parse() puts the documents of an English release in Release.documents, with spans into the input."""
    raw = (
        "Japan-Fiji Summit Meeting\n\nFebruary 7, 2023\n\n"
        "On February 7, commencing at 6:00 p.m. for approximately 45 minutes, Mr. KISHIDA Fumio, Prime Minister of "
        "Japan, held a meeting with the Honorable Sitiveni Rabuka, Prime Minister of the Republic of Fiji. The "
        "overview of the meeting is as follows.\n\n"
        "1. Prime Minister Kishida stated that Japan attaches importance to Fiji.\n\n"
        "2. Following the meeting, the two leaders issued the Japan-Fiji Joint Statement.\n"
    )
    release = parse(raw)
    assert release.language.value == "en"
    (document,) = release.documents
    assert raw[document.span.start : document.span.end] == "Japan-Fiji Joint Statement"
    assert document.kind is DocumentKind.JOINT_STATEMENT
