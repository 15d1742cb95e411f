"""Tests for the head of English releases: labels, captions, headline, date line, opening."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet.header_en import is_caption_en, is_foreign_script, is_noise_line_en, is_opening_en, read_header_en
from dipmeet.model import DiagnosticKind
from dipmeet.normalize import normalize_text
from dipmeet.rules import en
from dipmeet.rules.countries import COUNTRIES_EN
from dipmeet.segment import split_lines


def lines(raw: str):
    return split_lines(normalize_text(raw))


def ends(line) -> bool:
    return line.text.rstrip().endswith((".", ":"))


@pytest.mark.parametrize(
    "line",
    [
        "Press Releases",
        "Japanese",
        "[Provisional translation]",
        "(END)",
        "Back to Japan-Australia Relations",
        "Archives (Archived entries for the 98th through 100th prime ministers)",
        "![]() |",
        "(Photo: Cabinet Public Relations Office)",
        "photo(Foreign Minister Machimura and Foreign Minister Lavrov) photo(Japan-Russia Foreign Ministers' Meeting)",
        "(* The foregoing is a provisional translation. The date indicated above denotes the date of issue of the original press release in Japanese.)",
        "Japan-Australia Relations",
        "Oceania",
    ],
)
def test_noise_lines(line):
    """Site labels, credits, footers and page labels are noise in the head."""
    (text,) = lines(line)
    assert is_noise_line_en(text) is not None


def test_region_is_a_label_only_in_the_head():
    """'Oceania' above the headline is a label; a body heading 'Middle East' is not noise."""
    (text,) = lines("Middle East")
    assert is_noise_line_en(text) is not None
    assert is_noise_line_en(text, in_body=True) is None


@pytest.mark.parametrize(
    "line",
    [
        "Two ministers shaking hands",
        "Foreign Minister Kamikawa shakes hand woth Philippines Foreign Minister",
        "(photo) Foreign Minister Okada and Secretary Clinton",
        "Photo session before the Japan-Mexico Foreign Ministers’ Meeting",
        # alternative texts of MOFA photos (mofa.go.jp/s_sa/sea2/id/page4e_001407.html, la_c/sa/br/page4e_001466.html)
        "Two leaders who have a talk after having a seat at a table Japan-Indonesia Summit Meeting (Cabinet Public Affairs Office)",
        "Two Ministers who have a talk after having a seat",
        "Minister Hayashi and President Kőrösi who have a seat and a talk",
        # two captions run together, closed by the credit (mofa.go.jp/s_sa/sea2/id/pageite_000001_00240.html)
        "Prime Minister KISHIDA shaking hands with H.E. Prabowo, President-elect of Indonesia Prime Minister Kishida"
        " receiving a courtesy call (Photo: Cabinet Public Affairs Office)",
        "Meeting between Prime Minister KISHIDA and H.E. Prabowo, President-elect of Indonesia Prime Minister Kishida"
        " receiving a courtesy call (Photo: Cabinet Public Affairs Office)",
    ],
)
def test_captions(line):
    """Photo captions."""
    assert is_caption_en(line)


def test_headline_is_not_a_caption():
    """A headline is kept."""
    assert not is_caption_en("Japan-France Summit Telephone Talk")


def test_foreign_script():
    """The Korean version of an embassy page is in another script."""
    assert is_foreign_script("이와야(岩屋) 외무대신, 우원식 한국 국회의장 예방")
    assert not is_foreign_script("Courtesy Call on H.E. Mr. Woo Won-shik")


def test_opening_paragraph():
    """An opening tells the meeting as an event with a date or says the outline follows."""
    assert is_opening_en(
        "On June 1, commencing at 8:03 p.m. for approximately 25 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, "
        "held a summit telephone talk with H.E. Mr. Emmanuel Macron, President of the French Republic."
    )
    assert is_opening_en(
        "The following is an outline of the Japan-US Foreign Ministers Meeting on 18 February 2002 between Minister for "
        "Foreign Affairs Yoriko Kawaguchi and Secretary of State Colin Powell."
    )
    assert not is_opening_en("Japan-France Summit Telephone Talk")
    # mofa.go.jp/announce/announce/2009/5/1192055_1134.html
    assert is_opening_en(
        "On May 18 (Monday), 2009 (JST), Minister for Foreign Affairs Hirofumi Nakasone gave a telephone call to "
        "Minister for Foreign Affairs of the Islamic Republic of Iran H. E. Mr. Manouchehr Mottaki. It continued for "
        "about 20 minutes from 5:50 p.m."
    )


def test_header_with_label_headline_subtitle_date_and_captions():
    """Label / headline / (Outline) / date / caption / opening: each line classified."""
    raw = (
        "Japan-Russia Relations\n"
        "Japan-Russia Foreign Ministers Meeting (in Brunei)\n(Outline)\n\nAugust 1, 2002\n"
        "Two ministers shaking hands\n"
        "On 1 August from 12:40 to 13:05 (Brunei local time) for 25 minutes, a Japan-Russia Foreign Ministers Meeting "
        "was held between Minister for Foreign Affairs Yoriko Kawaguchi and Minister of Foreign Affairs Igor Sergeyevich "
        "Ivanov of the Russian Federation. An outline of the meeting follows.\n1. Political Dialogue\n"
    )
    header = read_header_en(lines(raw), ends)
    assert header.title is not None and header.title.text == "Japan-Russia Foreign Ministers Meeting (in Brunei)"
    assert header.subtitle is not None and header.subtitle.text == "(Outline)"
    assert header.published == dt.date(2002, 8, 1)
    assert header.opening is not None and header.opening.text.startswith("On 1 August")
    kinds = [d.kind for d in header.diagnostics]
    assert DiagnosticKind.SITE_LABEL in kinds and DiagnosticKind.PHOTO_CAPTION in kinds


def test_no_headline_when_only_a_page_label_stands_above_the_date():
    """Japan-Indonesia Relations / date / opening: no headline."""
    raw = (
        "Japan-Indonesia Relations\n\nOctober 28, 2022\n\nOn October 28, Mr. KISHIDA Fumio, Prime Minister of Japan, "
        "held a summit telephone talk with His Excellency Joko Widodo, President of the Republic of Indonesia, for "
        "about 20 minutes from 7:15 p.m. The overview of the talk is as follows:\n"
    )
    header = read_header_en(lines(raw), ends)
    assert header.title is None and header.opening is not None


def test_no_headline_when_only_the_un_page_label_stands_above_the_date():
    """Japan and the United Nations / date / captions / opening: no headline (mofa.go.jp/fp/unp_a/shin4e_000041.html)."""
    raw = (
        "Japan and the United Nations\n\nSeptember 22, 2022\n"
        "Minister Hayashi and President Kőrösi who have a seat and a talk\n\n"
        "On September 22, commencing at around 9:00 a.m. (local time) for approximately twenty minutes, Mr. HAYASHI "
        "Yoshimasa, Minister for Foreign Affairs, held a meeting with H.E. Mr. Kőrösi Csaba. The overview of the "
        "meeting is as follows:\n"
    )
    header = read_header_en(lines(raw), ends)
    assert header.title is None and header.opening is not None


def test_headline_ending_with_an_abbreviation_is_not_the_body():
    """A long headline ending with "a.i." above the date line is the headline, not a sentence of the body
    (mofa.go.jp courtesy call on Parliamentary Vice-Minister Eri, April 2, 2025)."""
    headline = (
        "Courtesy Call on Parliamentary Vice-Minister Ms. ERI Arfiya by Ms. Annelize Schroeder, Chargé d'Affaires a.i."
    )
    raw = (
        headline + "\n\nApril 2, 2025\n\n"
        "On April 2, commencing at 10:10 a.m. for approximately 20 minutes, Ms. ERI Arfiya, Parliamentary Vice-Minister "
        "for Foreign Affairs, received a courtesy call from Ms. Annelize Schroeder. The overview is as follows:\n"
    )
    header = read_header_en(lines(raw), ends)
    assert header.title is not None and header.title.text == headline
    assert header.published == dt.date(2025, 4, 2) and header.opening is not None


def test_last_headline_line_before_the_date_is_the_headline():
    """A series label above the headline is set aside; the headline is the last line before the date."""
    raw = (
        "Visit by Prime Minister Junichiro Koizumi to Russia\nJapan-Russia Summit Meeting\n\nMay 10, 2005\n\n"
        "On May 9, Prime Minister Junichiro Koizumi held a meeting with President Vladimir Putin of the Russian "
        "Federation on the occasion of his visit to Russia.\n"
    )
    header = read_header_en(lines(raw), ends)
    assert header.title is not None and header.title.text == "Japan-Russia Summit Meeting"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Meeting Between Prime Minister Junichiro Koizumi and",
            "Premier Zhu Rongji of the People's Republic of China",
        ),
        ("Meeting Between Minister for Foreign Affairs Yoriko Kawaguchi", "and Secretary of Defense Donald Rumsfeld"),
    ],
)
def test_headline_wrapped_over_two_lines(first, second):
    """A headline broken after "and" (or before it) is one headline."""
    raw = (
        f"{first}\n{second}\n(Summary)\nMinister for Foreign Affairs Yoriko Kawaguchi met with U.S. Secretary of "
        "Defense Donald Rumsfeld in Washington, D.C. on September 16. The following is a summary of their talks.\n"
    )
    header = read_header_en(lines(raw), ends)
    assert header.title is not None and header.title.text == f"{first} {second}"


def test_month_and_year_date_line_in_a_header():
    """ "October 2003" under the headline is the date line, not the headline."""
    raw = (
        "Japan-China Summit Meeting at the ASEAN+3 Summit Meeting\n\nOctober 2003\n\nThe Japan-China summit meeting "
        "was held between Prime Minister Junichiro Koizumi and Premier Wen Jiabao for approximately 40 minutes in "
        "Bali, Indonesia in the afternoon of 7 October. The following is an overview of the meeting.\n"
    )
    header = read_header_en(lines(raw), ends)
    assert header.title is not None and header.title.text == "Japan-China Summit Meeting at the ASEAN+3 Summit Meeting"
    assert header.published is None and header.context.year == 2003


def test_bracketed_line_under_the_headline_is_not_the_headline():
    """ "(June 20 and 21, Seoul, Republic of Korea)" between the headline and the date line."""
    raw = (
        "Japan-Republic of Korea Summit Meeting (Summary)\n\n(June 20 and 21, Seoul, Republic of Korea)\n\n"
        "June 20, 2005\n\nOn June 20, 2005, Prime Minister Junichiro Koizumi held a Summit Meeting for approximately "
        "two hours with President Roh Moo Hyun of the Republic of Korea (ROK). The following is a summary of the meeting.\n"
    )
    header = read_header_en(lines(raw), ends)
    assert header.title is not None and header.title.text == "Japan-Republic of Korea Summit Meeting (Summary)"


def test_talked_over_the_telephone_is_an_opening():
    """ "..., and Mr. Roh Moo Hyun, President of the Republic of Korea, talked over the telephone": the event."""
    assert is_opening_en(
        "On September 22 at 12 noon, Mr. Junichiro Koizumi, Prime Minister of Japan, and Mr. Roh Moo Hyun, President "
        "of the Republic of Korea, talked over the telephone for about 10 minutes."
    )


def test_no_date_line():
    """A release without a date line: published stays unknown, a diagnostic says so."""
    raw = (
        "Outline of the Japan-US Foreign Ministers Meeting\nThe following is an outline of the Japan-US Foreign "
        "Ministers Meeting on 18 February 2002 between Minister for Foreign Affairs Yoriko Kawaguchi and Secretary "
        "of State Colin Powell.\n"
    )
    header = read_header_en(lines(raw), ends)
    assert header.published is None and header.date_line is None
    assert any(d.kind is DiagnosticKind.NO_DATE_LINE for d in header.diagnostics)


def test_numbered_opening():
    """1. On September 2, ...: the opening is item 1."""
    raw = (
        "Foreign Minister Fumio Kishida Meets Saudi Arabian Foreign Minister Adel Ahmad Al-Jubeir\n\nSeptember 2, 2016\n\n"
        "  1. 1. On September 2, from around 11:00 a.m. for approximately 30 minutes, Mr. Fumio Kishida, Minister for "
        "Foreign Affairs of Japan, held a meeting with H.E. Mr. Adel Ahmad Al-Jubeir.\n    2. In his opening remarks, ...\n"
    )
    header = read_header_en(lines(raw), ends)
    assert header.opening is not None and header.opening.text.startswith("On September 2")


def _plain_is_noise_line_en(text: str, *, in_body: bool = False) -> tuple[str, DiagnosticKind] | None:
    """is_noise_line_en as first written: every rule tried on the line and on the line without its bullet."""
    unbulleted = re.sub(r"^[-•*・]\s+", "", text)
    for rule in en.NOISE_LINE_RULES:
        if rule.pattern.fullmatch(text) or rule.pattern.fullmatch(unbulleted):
            return rule.name, rule.meaning
    if not in_body:
        for rule in en.HEAD_NOISE_RULES:
            if rule.pattern.fullmatch(text):
                return rule.name, rule.meaning
        if text in COUNTRIES_EN:
            return "country_label", DiagnosticKind.SITE_LABEL
    return None


def _noise_texts() -> list[str]:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "en"
    texts = ["", " ", "|", "- (END)", "• Photo", "* Back to Top", "Japan", "- Japan"]
    for path in sorted(corpus.glob("*.txt")) if corpus.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            texts += [line, line.strip(), "- " + line.strip(), "• " + line.strip()]
    return texts


def test_noise_lines_tried_by_first_character_as_every_rule():
    """Trying only the rules that can start with a line's first character sets aside what every rule does."""
    for text in _noise_texts():
        line = normalize_text(text)
        for in_body in (False, True):
            assert is_noise_line_en(line, in_body=in_body) == _plain_is_noise_line_en(line.text, in_body=in_body)


@given(st.text("-•* (ENDPhotoBack t|>Japan)[]", max_size=24))
def test_noise_lines_tried_by_first_character_on_any_text(text):
    """The same on arbitrary short lines built from the rules' characters."""
    line = normalize_text(text)
    for in_body in (False, True):
        assert is_noise_line_en(line, in_body=in_body) == _plain_is_noise_line_en(line.text, in_body=in_body)
