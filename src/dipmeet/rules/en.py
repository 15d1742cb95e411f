"""Rule tables for English releases: what each pattern of the genre means.

The same shape as :mod:`dipmeet.rules.ja`: every table is data, ``(name,
pattern, meaning)`` rows compiled into :class:`~dipmeet.rules.Rule` objects,
and order is meaning: where rules compete, the first row wins, so specific
rows come before general ones ("telephone talk" before "talk"). The examples
in the comments are quoted from real releases of the Ministry of Foreign
Affairs and the Prime Minister's Office.

Patterns run on NFKC text (straight spaces, curly quotes kept). None starts
with a lazy class before a literal: each starts from its literal (a month, a
verb, "local time") and looks back, where it must, over a bounded run.

Every pattern here is compiled the first time it is used, not when the module
is imported (``import dipmeet`` imports this module, for the amounts and
instruments of :mod:`dipmeet.extract`), and compiled so that the regex engine
can skip ahead to where it may match: see :mod:`dipmeet.rules._lazy`. Neither
changes what a pattern matches.
"""

from __future__ import annotations

import re
from typing import Final

from ..model import Act, AgreementKind, DiagnosticKind, Format, Level
from ._lazy import lazy_compile as _compile
from ._lazy import lazy_rules as _compile_rules
from ._lazy import one_of as _one_of

_I: Final = re.IGNORECASE

# ---------------------------------------------------------------------------
# Named fragments
# ---------------------------------------------------------------------------

MONTHS: Final = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
"""Month names and their usual abbreviations, lower case."""

_MONTHS_WRITTEN = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
)
MONTH: Final = _one_of(_MONTHS_WRITTEN)
"""A month, written out or abbreviated (``one_of`` groups the words by their common starts)."""

WEEKDAYS: Final = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
"""Weekday names and abbreviations, lower case; values are Python's weekday()."""

_WEEKDAYS_WRITTEN = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tues|Thurs|Thur|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
)
WEEKDAY: Final = _one_of(_WEEKDAYS_WRITTEN) + r"\.?"

NUMBER_WORDS: Final = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
"""Number words as durations write them ("seventy minutes", "an hour")."""

_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
NUMBER: Final = (
    rf"(?:[0-9]{{1,3}}(?:\.[0-9])?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:{_UNITS}))?|"
    rf"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a|one)\s+hundred|{_UNITS})"
)
"""A count in digits or words (40, forty-five, seventy)."""

# ---------------------------------------------------------------------------
# Lines set aside as noise (whole lines, after stripping)
# ---------------------------------------------------------------------------

NOISE_LINE_RULES: Final = _compile_rules(
    [
        # Press Releases / Japanese / [Provisional translation]: labels of the site and the page.
        (
            "site_label",
            r"(?:Press\s+Releases?|Japanese(?:\s+(?:Page|version))?|English|日本語|"
            r"[\[(]?\s*(?:Provisional|Tentative)\s+translation\s*[\])]?|"
            r"Top\s+of\s+(?:the\s+)?Page|Page\s+Top|Related\s+(?:Links?|Information|Articles?)(?:\s*\([^()]{0,100}\))?|"
            r"Print(?:er-friendly)?(?:\s+Page)?|Skip\s+to\s+(?:main\s+)?content)",
            DiagnosticKind.SITE_LABEL,
        ),
        # Home >  News >  Press Conference by the Chief Cabinet Secretary >  March 2018: navigation.
        ("breadcrumb", r"(?:[^>\n]{1,60}>\s*){2,}[^>\n]{0,80}", DiagnosticKind.NOISE_LINE),
        # (END) / (End)
        ("end_mark", r"\(\s*END\s*\)|\[\s*END\s*\]|-\s*END\s*-", DiagnosticKind.NOISE_LINE),
        # Back to Press Releases / Back to Japan-Australia Relations / Back to Top
        ("footer_back", r"(?:Back\s+to|Return\s+to|Go\s+back\s+to)\b.{0,80}", DiagnosticKind.NOISE_LINE),
        # Archives (Archived entries for the 98th through 100th prime ministers)
        ("archives", r"Archives?(?:\s*\(.{0,100}\))?", DiagnosticKind.NOISE_LINE),
        # (* The foregoing is a provisional translation. The date indicated above denotes ...)
        (
            "translation_note",
            r"\(?\s*\*?\s*(?:The\s+foregoing\s+is\s+a\s+provisional\s+translation|This\s+is\s+a\s+provisional\s+translation).{0,200}",
            DiagnosticKind.NOISE_LINE,
        ),
        # ![]() | / | |||| : debris of tables and images in converted pages.
        ("table_debris", r"[\s|!\[\]()<>*#]*", DiagnosticKind.NOISE_LINE),
        # Open a New Window / (PDF) on a line of their own.
        (
            "pdf_link",
            r"(?:\(PDF\)|PDF|Open\s+a\s+New\s+Window|\(Open\s+a\s+New\s+Window\))+",
            DiagnosticKind.NOISE_LINE,
        ),
        # (Photo: Cabinet Public Relations Office) / Photo: Cabinet Public Relations Office / photo
        (
            "photo_credit",
            r"\(?\s*(?:Photo(?:graph)?s?)\s*[0-9]*\s*(?::[^()]{0,80}|\([^()]{0,100}\)|)\s*\)?(?:\s*photos?\s*\([^()]{0,100}\))*",
            DiagnosticKind.PHOTO_CAPTION,
        ),
        # (Photo) Japan-Mexico Foreign Ministers’ Meeting / (Photo 3) Foreign Minister Motegi at the meeting
        ("photo_caption_line", r"\(\s*photos?\s*[0-9]*\s*\)[^.!?]{0,160}", DiagnosticKind.PHOTO_CAPTION),
    ],
    _I,
)

# Lines noise only in the head of a release (a body may have such a heading: "Middle East").
HEAD_NOISE_RULES: Final = _compile_rules(
    [
        # Oceania / Asia / Middle East: a region used as a page label.
        (
            "region_label",
            r"(?:Oceania|Asia|Asia-Pacific|Asia\s+and\s+the\s+Pacific|Southeast\s+Asia|South\s+Asia|East\s+Asia|"
            r"Europe|Middle\s+East|Middle\s+East\s+and\s+North\s+Africa|Africa|North\s+America|Latin\s+America|"
            r"Latin\s+America\s+and\s+the\s+Caribbean|Central\s+and\s+South\s+America|Central\s+Asia|Caucasus)",
            DiagnosticKind.SITE_LABEL,
        ),
        # Japan-Australia Relations / Japan-Viet Nam Relations: the page's country label.
        ("country_page_label", r"Japan[-–][A-Z][\w .’'()-]{1,60}\s+Relations", DiagnosticKind.SITE_LABEL),
        # Japan and the United Nations: the page label of meetings with UN officials.
        ("un_page_label", r"Japan\s+and\s+the\s+United\s+Nations", DiagnosticKind.SITE_LABEL),
    ]
)

# Words of photo captions: "Two ministers shaking hands", "(Photo) Japan-Mexico ...", and the alternative
# texts of MOFA's photos since 2022 ("Two leaders who have a talk after having a seat at a table",
# "Minister Hayashi and President Kőrösi who have a seat and a talk", "Photo of the meeting between ...").
PHOTO_CAPTION: Final = _compile(
    r"(?:\bshak(?:ing|es|e)\s+hands?\b|\bphoto\s+session\b|^\(?photo\b|\(photo\b|\bPhoto\s*:|"
    r"\bposing\b|\bcommemorative\s+photo|\bgroup\s+photo|\bgreeting\b|\bhandshake\b|"
    r"\bwho\s+(?:have|has|are\s+having)\s+a\s+(?:seat|talk|meeting)\b|\bhaving\s+a\s+seat\b)",
    _I,
)

PHOTO_CAPTION_WORDS: Final = ("shak", "photo", "posing", "greeting", "who", "seat")
"""Words one of which every match of :data:`PHOTO_CAPTION` holds (in some case): "shak" of "shaking hands" and
"handshake", "who" and "seat" of the alternative texts. Too short for the lazy pattern's own test of words."""

# A photo credit closing a line: "... receiving a courtesy call (Photo: Cabinet Public Affairs Office)",
# "... Japan-Indonesia Summit Meeting (Cabinet Public Affairs Office)". Such a line is a caption however long.
PHOTO_CREDIT_END: Final = _compile(
    r"\((?:Photo(?:graph)?s?\s*:[^()]{1,80}|Cabinet\s+Public\s+(?:Affairs|Relations)\s+Office)\)\s*$", _I
)

# A headline wrapped over two lines: the first ends with a word that cannot end a headline, or the second
# starts with a small letter ("Meeting Between Prime Minister Junichiro Koizumi and" / "Premier Zhu Rongji ...",
# "... Yoriko Kawaguchi" / "and Secretary of Defense of the United States Donald Rumsfeld").
HEADLINE_WRAP_END: Final = _compile(r"\b(?:and|of|between|with|by|on|for|to|in|at|the|from)$")
HEADLINE_WRAP_START: Final = _compile(r"^(?:and|of|between|with|by|on|for|to|in|at|the|from)\b")

# A line in brackets under a headline tells where or when, never the headline: "(June 20 and 21, Seoul, Republic
# of Korea)".
BRACKETED_LINE: Final = _compile(r"\([^()]+\)")

# (Outline) / Summary / (Summary of Results) / (Overview of Results): a subtitle under the headline.
SUBTITLE: Final = _compile(
    r"^\(?\s*(?:Outline|Summary|Overview|Summary\s+of\s+Results|Overview\s+of\s+Results|Outline\s+of\s+Results|"
    r"Summary\s+of\s+the\s+Meeting|Provisional\s+Translation)\s*\)?$",
    _I,
)

# ---------------------------------------------------------------------------
# Noise glued inside a sentence: kept in the verbatim text, noted.
# ---------------------------------------------------------------------------

INLINE_NOISE_RULES: Final = _compile_rules(
    [
        # "... partnership between Japan and Viet Nam (PDF)." / "Open a New Window"
        (
            "pdf_new_window",
            r"\(PDF\)\s*Open\s+a\s+New\s+Window|Open\s+a\s+New\s+Window|\(PDF\)|\(Open\s+a\s+New\s+Window\)",
            DiagnosticKind.NOISE_INLINE,
        ),
    ]
)

# ---------------------------------------------------------------------------
# Dates, clock times, durations, time zones
# ---------------------------------------------------------------------------

# A date line: the whole line is a date ("June 1, 2022", "November, 11, 2009", "18 February 2002").
DATE_LINE_RULES: Final = _compile_rules(
    [
        (
            "date_line_month_first",
            rf"\(?(?:{WEEKDAY},?\s+)?(?P<month>{MONTH}),?\s*(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)[0-9]{{2}})\)?"
            rf"(?:\s*\(\s*{WEEKDAY}\s*\))?",
            "mdy",
        ),
        (
            "date_line_day_first",
            rf"\(?(?:{WEEKDAY},?\s+)?(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH}),?\s+(?P<year>(?:19|20)[0-9]{{2}})\)?",
            "dmy",
        ),
        # "October 2003": older pages date a release by its month alone
        ("date_line_month_year", rf"\(?(?P<month>{MONTH}),?\s+(?P<year>(?:19|20)[0-9]{{2}})\)?", "my"),
    ]
)

# Dates inside sentences: "On June 1", "on Friday, October 23", "On April 7 (Wed)",
# "on 18 February 2002", "On 1 August", "from June 23 to 25". A weekday before the
# date is read by WEEKDAY_BEFORE.
DATE_RULES: Final = _compile_rules(
    [
        (
            "date_month_first",
            rf"(?P<month>{MONTH}),?\s+(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?(?![0-9:])"
            rf"(?:,?\s+(?P<year>(?:19|20)[0-9]{{2}})(?![0-9]))?(?:\s*\((?P<weekday_after>{WEEKDAY})\))?",
            "mdy",
        ),
        (
            "date_day_first",
            rf"(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<month>{MONTH})(?:,?\s+(?P<year>(?:19|20)[0-9]{{2}})(?![0-9]))?(?:\s*\((?P<weekday_after>{WEEKDAY})\))?",
            "dmy",
        ),
    ]
)
WEEKDAY_BEFORE: Final = _compile(rf"(?P<weekday>{WEEKDAY}),?\s+(?:the\s+)?$")

_HALF = r"(?P<half>[aApP])\.?\s?[mM]\.?(?![A-Za-z])"

# 8:20 a.m. / 16:25 / 4:30 P.M. / 8:00 AM / 6.15p.m. / 2 p.m. / noon; first match wins. Each starts
# from its digits; "around" / "shortly after" before it is read by APPROX_BEFORE.
CLOCK_RULES: Final = _compile_rules(
    [
        ("clock_colon", rf"(?P<hour>[0-9]{{1,2}}):(?P<minute>[0-5][0-9])(?![0-9])(?:\s*{_HALF})?", "clock"),
        ("clock_dot", rf"(?P<hour>[0-9]{{1,2}})\.(?P<minute>[0-5][0-9])\s*{_HALF}", "clock"),
        ("clock_hour", rf"(?P<hour>[0-9]{{1,2}})\s*{_HALF}", "clock"),
        # "at 12 noon" / "at noon"
        ("clock_noon", r"(?:(?P<hour>12)\s+)?noon\b", "clock"),
    ]
)

# "around 11:30 a.m." / "Shortly after 16:40" / "approximately 40 minutes": approximate, read back from the number.
APPROX_BEFORE: Final = _compile(
    r"\b(?:around|about|approximately|approx\.|roughly|some|nearly|almost|over|more\s+than|"
    r"(?:shortly|just|a\s+little|slightly|sometime)\s+(?:after|before|past))\s+$",
    _I,
)

# "from 7:30 p.m. to 9:30 p.m." / "from 12:40 to 13:05": what before a clock makes it the end.
UNTIL_BEFORE: Final = _compile(r"(?:\bto|\buntil|\btill|\bthrough|[-–~])\s*$")

# for approximately 40 minutes / seventy minutes / half an hour / an hour and 40 minutes /
# one and a half hours / 1 hour 20 minutes / two hours. Each starts from its number.
DURATION_RULES: Final = _compile_rules(
    [
        ("duration_half_hour", r"half\s+an\s+hour\b", "half_hour"),
        (
            "duration_hours",
            rf"(?P<hours>{NUMBER}|an?)\s*(?:hours?|hrs?)\b(?:,?\s*(?:and\s+)?(?P<minutes>{NUMBER})\s*(?:minutes?|mins?)\b)?",
            "hours",
        ),
        ("duration_minutes", rf"(?P<minutes>{NUMBER})[- ]?(?:minutes?|mins?)\b", "minutes"),
    ]
)

# EST / GMT+9: a zone written as its abbreviation (the first half of zone_named, below).
_ZONE_ABBREVIATION = (
    r"\b(?:E[SD]T|C[SD]T|M[SD]T|P[SD]T|GMT|UTC|CET|CEST|BST|EET|EEST|IST|KST|AEST|AEDT|WIB)\b"
    r"(?:\s*[+-]\s*[0-9]{1,2})?"
)

# local time / (local time) / Moscow time / Brunei local time / JST / Japan time / EST
TIME_ZONE_RULES: Final = _compile_rules(
    [
        ("zone_japan", r"\b(?:JST|Japan(?:ese)?\s+(?:Standard\s+)?[Tt]ime|Tokyo\s+[Tt]ime)\b", "japan"),
        ("zone_local", r"\b(?:[A-Z][a-z]+\s+)?[Ll]ocal\s+[Tt]ime\b", "local"),
        ("zone_named", _ZONE_ABBREVIATION + r"|\b(?:[A-Z][a-z]+\s+){1,2}(?:Standard\s+)?[Tt]ime\b", "named"),
    ]
)
ZONE_ABBREVIATION: Final = _compile(_ZONE_ABBREVIATION)
"""zone_named without its "... time" half: all it can find in a text without "time" or "Time"."""

# ---------------------------------------------------------------------------
# The opening paragraph
# ---------------------------------------------------------------------------

# "The overview of the meeting is as follows." / "The following is a summary of the talks."
OUTLINE_RULES: Final = _compile_rules(
    [
        (
            "outline_as_follows",
            r"\b(?:overview|outline|summary|gist|main\s+points|highlights|contents?|details)\b[^.:]{0,80}?"
            r"\b(?:is|are|was|were)\s+(?:as\s+follows|the\s+following)",
            "outline",
        ),
        (
            "outline_following",
            r"\b(?:the\s+)?following\s+(?:is|are)\s+(?:an?|the)\s+(?:overview|outline|summary|gist|main\s+points)\b",
            "outline",
        ),
        (
            "outline_follows",
            r"\b(?:overview|outline|summary)\s+of\s+the\s+(?:meeting|talks?|call)\s+follows\b",
            "outline",
        ),
    ],
    _I,
)

# A meeting told as an event: "held a meeting with", "paid a courtesy call on",
# "had a telephone conversation with", "a ... Meeting was held between".
EVENT_RULES: Final = _compile_rules(
    [
        (
            "event_held",
            # not a passive ("to be held via video conference"): it names no one who held it
            r"\b(?:held|had|hold|holds)(?<!\bbe\sheld)(?<!\bbeen\sheld)(?<!\bwas\sheld)(?<!\bwere\sheld)"
            r"(?<!\bis\sheld)(?<!\bare\sheld)(?<!\bbeing\sheld)\s+(?:(?:a|an|the|their)\s+)?(?:[\w’'.-]+\s+){0,6}?"
            r"(?:meeting|talks?|conversation|call|summit|conference|dialogue|consultations?|discussions?)\b",
            "event",
        ),
        ("event_courtesy", r"\b(?:paid|pays|received|receives|made)\s+a\s+courtesy\s+call\b", "event"),
        ("event_was_held", r"\b(?:meeting|talks?|summit|conference|call)\s+(?:was|were)\s+held\b", "event"),
        ("event_met", r"\b(?:met|meets)\s+(?:with\b|(?=H\.\s?E\.|His\b|Her\b|the\s+[A-Z]|[A-Z]))", "event"),
        # "..., and Mr. Roh Moo Hyun, President of the Republic of Korea, talked over the telephone"
        (
            "event_phone",
            r"\b(?:talked|spoke|talk|talks|speak|speaks)\s+(?:over|on|by)\s+the\s+(?:tele)?phone\b",
            "event",
        ),
        # "Minister for Foreign Affairs Hirofumi Nakasone gave a telephone call to Minister ..."
        (
            "event_gave_call",
            r"\b(?:gave|made|received|placed)\s+a\s+(?:(?:tele)?phone\s+)?call\s+(?:to|from)\b",
            "event",
        ),
        (
            "event_meal",
            r"\b(?:attended|hosted|held|had)\s+(?:a|an)\s+(?:working\s+|official\s+|state\s+)?(?:dinner|lunch|luncheon|breakfast|banquet)\b",
            "event",
        ),
    ],
    _I,
)

# ---------------------------------------------------------------------------
# Meeting formats (first match wins over an overlapping later one)
# ---------------------------------------------------------------------------

FORMAT_RULES: Final = _compile_rules(
    [
        # "video conference" / "videoconference" / "online meeting" / "video teleconference meeting" (the
        # meeting is the conference, not talks besides it)
        (
            "video_talks",
            r"\b(?:video[- ]?(?:tele)?conference(?:\s+(?:meeting|talks?|call))?|video\s+(?:call|meeting|talks?|summit)|"
            r"online\s+(?:meeting|talks?|summit|conference))\b",
            (Format.VIDEO,),
        ),
        # "held a summit telephone talk" / "had a telephone conversation" / "telephone call"
        (
            "telephone_talks",
            r"\b(?:tele)?phone\s+(?:talks?|conversations?|calls?|conference|meeting)\b|\b(?:by|(?:on|over)\s+the)\s+(?:tele)?phone\b",
            (Format.TELEPHONE,),
        ),
        # "a dinner meeting" / "talks over dinner"
        (
            "dinner_talks",
            r"\b(?:dinner\s+meeting|over\s+(?:a\s+)?(?:working\s+)?dinner)\b",
            (Format.TALKS, Format.DINNER),
        ),
        (
            "lunch_talks",
            r"\b(?:lunch(?:eon)?\s+meeting|over\s+(?:a\s+)?(?:working\s+)?lunch)\b",
            (Format.TALKS, Format.LUNCH),
        ),
        # "attended a dinner hosted by" / "followed by a working dinner"
        ("dinner", r"\b(?:dinner|banquet|supper)\b", (Format.DINNER,)),
        # "followed by a working lunch" / "luncheon"
        ("lunch", r"\b(?:lunch|luncheon)\b", (Format.LUNCH,)),
        # "paid a courtesy call on" / "received a courtesy call from"
        ("courtesy_call", r"\bcourtesy\s+call\b", (Format.COURTESY_CALL,)),
        # "a brief talk" / "a short conversation" / "stand-up talk" / "pull-aside"
        (
            "brief_talk",
            r"\b(?:brief|short)\s+(?:informal\s+)?(?:talks?|conversations?|meetings?|exchanges?|chats?)\b|"
            r"\binformal\s+talks?\b|\bstand(?:ing)?[- ]talks?\b|\bpull[- ]aside\b",
            (Format.BRIEF_TALK,),
        ),
        # "held a meeting with" / "held a Foreign Ministers' Meeting" / "held talks" / "held a working lunch and
        # summit meeting": the noun counts after "held" / "had" (TALKS_LEAD) or before "was held".
        (
            "talks",
            r"\b(?:meetings?|talks|summit(?!\s+(?:tele)?phone|\s+video)|dialogue|consultations?|discussions?)\b"
            r"(?:\s+(?:was|were)\s+held\b|\s+took\s+place\b)?",
            (Format.TALKS,),
        ),
    ],
    _I,
)

# What must stand before a meeting noun for it to name this meeting ("held a Foreign Ministers' Meeting"),
# not one the visitor attends ("to attend the G20 Summit").
TALKS_LEAD: Final = _compile(
    r"\b(?:held|had|hold|holds|holding)\s+(?:(?:a|an|the|their)\s+)?(?:[\w’'.-]+\s+){0,6}$", _I
)

# Formats whose words count in the paragraphs after the opening ("After that, a dinner ... was held").
PREAMBLE_FORMATS: Final = frozenset({Format.DINNER, Format.LUNCH})

# The same words in a headline.
TITLE_FORMAT_RULES: Final = _compile_rules(
    [
        (
            "title_video",
            r"\bvideo\s*(?:tele)?conference|\bvideo\s+(?:call|meeting|talks?)|\bonline\s+(?:meeting|talks?)",
            (Format.VIDEO,),
        ),
        (
            "title_telephone",
            r"\b(?:tele)?phone\s+(?:talks?|conversations?|calls?|meeting)\b|\b(?:on|over)\s+the\s+(?:tele)?phone\b",
            (Format.TELEPHONE,),
        ),
        ("title_lunch", r"\b(?:working\s+)?lunch(?:eon)?\b", (Format.LUNCH,)),
        ("title_courtesy", r"\bcourtesy\s+call\b", (Format.COURTESY_CALL,)),
        (
            "title_brief",
            r"\b(?:brief|short|informal)\s+(?:talks?|meeting|conversation)\b|\bstand[- ]up\b|\bpull[- ]aside\b",
            (Format.BRIEF_TALK,),
        ),
        ("title_talks", r"\b(?:meetings?|talks?|summit|dialogue|consultations?|meets)\b", (Format.TALKS,)),
    ],
    _I,
)

# ---------------------------------------------------------------------------
# Levels: the rank of the main Japanese participant, from the title
# ---------------------------------------------------------------------------

LEVEL_RULES: Final = _compile_rules(
    [
        # MOFA's English for 副大臣 (formerly): "Parliamentary Senior Vice-Minister for Foreign Affairs"
        ("level_parliamentary_senior_vice", r"\bParliamentary\s+Senior\s+Vice[- ]?Minister", Level.VICE_MINISTERS),
        ("level_parliamentary_vice", r"\bParliamentary\s+Vice[- ]?Minister", Level.PARLIAMENTARY_VICE_MINISTERS),
        ("level_state_minister", r"\bState\s+Minister\b|\bSenior\s+Vice[- ]?Minister", Level.VICE_MINISTERS),
        # "Vice Minister for Foreign Affairs" is the 事務次官, a civil servant.
        (
            "level_officials",
            r"\bVice[- ]?Minister\b|\bDeputy\s+Minister\b|\bDirector\b|\bDirector[- ]General\b|\bAmbassador\b|"
            r"\bDeputy\s+(?:Director|Secretary)|\bConsul\b|\bEnvoy\b|\bRepresentative\b|\bCounsellor\b|\bSecretary\b(?<!Cabinet\sSecretary)",
            Level.OFFICIALS,
        ),
        ("level_deputy_prime_minister", r"\bDeputy\s+Prime\s+Minister\b|\bChief\s+Cabinet\s+Secretary\b", Level.OTHER),
        ("level_summit", r"\bPrime\s+Minister\b|\bPM\b|\bEmperor\b|\bCrown\s+Prince\b", Level.SUMMIT),
        (
            "level_foreign_minister",
            r"\bMinister\s+(?:for|of)\s+Foreign\s+Affairs\b|\bForeign\s+Minister\b|\bFM\b",
            Level.FOREIGN_MINISTERS,
        ),
        ("level_minister", r"\bMinister\b", Level.OTHER),
    ]
)

# Kinds of meeting named in a headline or opening, where no Japanese title says the level.
KIND_LEVEL_RULES: Final = _compile_rules(
    [
        ("kind_summit", r"\bSummit\b|\bLeaders[’']?\s+Meeting\b", Level.SUMMIT),
        (
            "kind_foreign_ministers",
            r"\bForeign\s+Ministers?[’']?\s+(?:Meeting|Talks?|Telephone)",
            Level.FOREIGN_MINISTERS,
        ),
    ]
)

# ---------------------------------------------------------------------------
# People: honorifics, titles, names, countries
# ---------------------------------------------------------------------------

_DOTTED_HONORIFICS = (
    r"H\.\s?E\.",
    r"H\.\s?R\.\s?H\.",
    r"H\.\s?M\.",
    r"H\.\s?H\.",
    r"Amb\.",
    r"Rev\.",
    r"Hon\.",
    r"Mr\.",
    r"Ms\.",
    r"Mrs\.",
    r"Mme\.",
    r"Dr\.",
    r"Prof\.",
    r"Adm\.",
    r"Gen\.",
    r"Smt\.",
)
_WORD_HONORIFICS = (
    r"His\s+(?:Royal\s+)?(?:Excellency|Highness|Majesty)",
    r"Her\s+(?:Royal\s+)?(?:Excellency|Highness|Majesty)",
    r"Senator\s+the\s+Hon(?:ou?rable|\.)?",
    r"The\s+R(?:igh)?t\.?\s+Hon(?:ou?rable|\.)?",
    r"the\s+R(?:igh)?t\.?\s+Hon(?:ou?rable|\.)?",
    r"The\s+Hon(?:ou?rable|\.)?",
    r"the\s+Hon(?:ou?rable|\.)?",
    r"R(?:igh)?t\.?\s+Hon(?:ou?rable|\.)?",
    r"Honou?rable",
    r"Mr",
    r"Ms",
    r"Mrs",
    r"Mme",
    r"Madam",
    r"Dr",
    r"Professor",
    r"Reverend",
    r"Sir",
    r"Dame",
    r"Sheikh",
    r"Shaikh",
    r"Shri",
    r"Smt",
    r"Datuk\s+Seri",
    r"Datuk",
    r"Dato[’']?\s+Sri",
    r"Tan\s+Sri",
    r"Admiral",
    r"General",
    r"Senator",
)
_HONORIFICS = (*_DOTTED_HONORIFICS, *(rf"{w}(?![A-Za-z.])" for w in _WORD_HONORIFICS))
# Every alternative starts with its own letter, so that the engine can skip ahead to candidates.
HONORIFIC: Final = _one_of(_HONORIFICS)
"""Honorifics and ranks written before a name; ``name`` never keeps them."""

# Words that may make up a title before a name ("Secretary of State", "Minister for
# Foreign Affairs", "Parliamentary Senior Vice-Minister for Foreign Affairs").
_TITLE_WORDS = (
    r"Prime|Minister|Deputy|Vice|Senior|Parliamentary|State|Secretary|Foreign|Affairs|President|Vice-President|"
    r"President-elect|Charg[ée]\s+d[’']Affaires(?:\s+a\.i\.)?|Extraordinary|Plenipotentiary|"
    r"Chancellor|Chairman|Chairperson|Chair|Chief|Cabinet|Director|Director-General|Special|Advisor|Adviser|"
    r"Assistant|Under-Secretary|Undersecretary|Secretary-General|Vice-Minister|Vice-Chairman|Ambassador|Envoy|"
    r"Representative|Permanent|Commissioner|High|Speaker|National|Assembly|Governor|Mayor|King|Queen|Crown|Prince|"
    r"Princess|Emir|Amir|Sultan|Emperor|Empress|Premier|Leader|Head|Defense|Defence|Trade|Economy|Finance|"
    r"Commerce|Industry|Economic|Policy|Planning|Press|Public|Relations|Bureau|Division|Joint|Chiefs|Staff|"
    r"Executive|Administrator|Councilor|Councillor|Counsellor|Interior|Justice|Health|Labour|Labor|Education|"
    r"Environment|Energy|Transport|Agriculture|Development|International|Cooperation|Security|General|"
    r"Commonwealth|Home|FM|PM|Secretary/Director-General|"
    # a body a title names ("Premier of the State Council", "Secretary General of the National Security Council")
    r"Council"
)
_END_OF_WORD = r"(?![\w’'-])"
_TITLE_WORD = _one_of(_TITLE_WORDS) + _END_OF_WORD
TITLE_BEFORE: Final = (
    rf"(?:{_TITLE_WORD}(?:\s+(?:(?:of|for|to|and|the)\s+){{0,2}}{_TITLE_WORD})*"
    r"(?:(?:(?<=Ambassador)|(?<=Envoy))\s+to\s+Japan(?![\w’'-]))?)"
)
"""A title written before a name: title words joined by of / for / and / the; an envoy's "to Japan"
("U.S. Ambassador to Japan Ms. Caroline Kennedy")."""

# The title words as written, for the plain ones (letters, "-" and "/"), and the last word of the one that is
# not ("Chargé d'Affaires" / "Chargé d'Affaires a.i."): a title before a name ends with one of these, or with
# an envoy's "to Japan" (TITLE_BEFORE_TO_JAPAN).
TITLE_WORDS_PLAIN: Final = tuple(word for word in _TITLE_WORDS.split("|") if re.fullmatch(r"[A-Za-z/-]+", word))
"""The title words written with letters, "-" and "/" alone (all but Chargé d'Affaires), as they stand in a text."""
TITLE_BEFORE_ENDINGS: Final = (*TITLE_WORDS_PLAIN, "Affaires", "a.i.")
"""The words a title before a name can end with (see ``person_title_comma_name`` in :data:`PERSON_RULES`)."""
TITLE_BEFORE_TO_JAPAN: Final = _compile(r"(?:Ambassador|Envoy)\s+to\s+Japan$")
"""The other end of a title before a name: an envoy's "to Japan", searched for up to where it would end."""

TITLE_HEAD: Final = _compile(
    r"\b(?:Minister|Secretary|Secretary-General|President|Vice-President|President-elect|Charg[ée]\s+d[’']Affaires|Chancellor|Chairman|Chairperson|Chair|"
    r"Director|Director-General|Advisor|Adviser|Ambassador|Envoy|Representative|Commissioner|Speaker|Governor|"
    r"Mayor|King|Queen|Prince|Princess|Emir|Amir|Sultan|Emperor|Empress|Premier|Leader|Head|Chief|Councilor|"
    r"Councillor|Counsellor|Administrator|Senator|Vice-Minister|Under-Secretary|Undersecretary|Member|FM|PM|"
    r"Officer|Coordinator|Commander|Chairwoman|Spokesperson|Spokesman)\b"
)
"""The word that makes a run of capitalised words a title."""

# Words that end a name (a title word, a noun of headlines, a function word written with a capital).
_STOP_WORDS = (
    r"The|On|In|At|For|From|With|And|Of|To|By|As|But|Japan|Japanese|Meeting|Meetings|Summit|Talks?|Telephone|"
    r"Conversation|Call|Courtesy|Visit|Visits|Meets|Meet|Pays?|Holds?|Receives?|Dinner|Lunch|Luncheon|Reception|"
    r"Conference|Dialogue|Relations|Overview|Outline|Summary|Results|Office|Residence|House|Hotel|Ministry|"
    r"Government|Department|Embassy|MP|QC|Regarding|Following|Furthermore|Moreover|Also|During|After|Before|Both|"
    r"Two|It|This|That|These|He|She|They|His|Her|Their|"
    # a generational suffix closes a name and is read after it (_AFTER_NAME): "Ferdinand R. Marcos Jr."
    r"Jr|Sr"
)
# Inside a look-ahead only what can match counts, so the lists are joined into one group (the title
# words without their own end of word: the group's is the same).
_NAME_STOP = (
    _one_of("|".join([_TITLE_WORDS, *_HONORIFICS, _STOP_WORDS, _MONTHS_WRITTEN, _WEEKDAYS_WRITTEN])) + _END_OF_WORD
)
# A word of a name: an initial, or a capital and letters, an apostrophe or hyphen joining runs of them
# ("O'Neill", "Al-Sabah"; not the "'s" of a possessive). The runs are written as single-character
# repeats around the joiners, not as one repeated group of the two, which the engine steps through a
# character at a time; it matches the same text, its possible ends tried in the same order (longest first).
_NAME_LETTER = r"[\w\u00c0-\u024f]"
_NAME_TOKEN = (
    rf"(?:[A-Z]\.(?!\s?[A-Z]\.)|[A-Z\u00c0-\u00de]{_NAME_LETTER}*"
    rf"(?:(?![’']s\b)[’'-](?={_NAME_LETTER}){_NAME_LETTER}*)*)"
)
NAME: Final = (
    rf"(?!{_NAME_STOP}){_NAME_TOKEN}(?:\s+(?:(?:da|de|dos|das|do|del|della|di|du|van|von|der|den|bin|binti|bint|al|el|la|le|ter)\s+)?"
    rf"(?!{_NAME_STOP}){_NAME_TOKEN}){{0,4}}"
)
"""A personal name: capitalised words (initials, ALL-CAPS surnames, particles between)."""

# Adjectives of nationality before a title ("Russian Minister of Foreign Affairs", "British Foreign Secretary").
DEMONYMS: Final = {
    "Japanese": "Japan",
    "American": "United States",
    "U.S.": "United States",
    "US": "United States",
    "British": "United Kingdom",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Russian": "Russia",
    "Chinese": "China",
    "Korean": "Republic of Korea",
    "ROK": "Republic of Korea",
    "French": "France",
    "German": "Germany",
    "Italian": "Italy",
    "Canadian": "Canada",
    "Australian": "Australia",
    "Indian": "India",
    "Indonesian": "Indonesia",
    "Philippine": "Philippines",
    "Vietnamese": "Viet Nam",
    "Thai": "Thailand",
    "Malaysian": "Malaysia",
    "Singaporean": "Singapore",
    "Brazilian": "Brazil",
    "Mexican": "Mexico",
    "Chilean": "Chile",
    "Argentine": "Argentina",
    "Peruvian": "Peru",
    "Colombian": "Colombia",
    "Spanish": "Spain",
    "Portuguese": "Portugal",
    "Dutch": "Netherlands",
    "Belgian": "Belgium",
    "Swiss": "Switzerland",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Danish": "Denmark",
    "Finnish": "Finland",
    "Polish": "Poland",
    "Ukrainian": "Ukraine",
    "Turkish": "Turkey",
    "Egyptian": "Egypt",
    "Israeli": "Israel",
    "Palestinian": "Palestine",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Saudi Arabian": "Saudi Arabia",
    "Saudi": "Saudi Arabia",
    "Emirati": "United Arab Emirates",
    "Qatari": "Qatar",
    "Kuwaiti": "Kuwait",
    "Jordanian": "Jordan",
    "Pakistani": "Pakistan",
    "Bangladeshi": "Bangladesh",
    "Sri Lankan": "Sri Lanka",
    "Nepalese": "Nepal",
    "Mongolian": "Mongolia",
    "Kazakh": "Kazakhstan",
    "Uzbek": "Uzbekistan",
    "Cambodian": "Cambodia",
    "Lao": "Laos",
    "Myanmar": "Myanmar",
    "New Zealand": "New Zealand",
    "South African": "South Africa",
    "Nigerian": "Nigeria",
    "Kenyan": "Kenya",
    "Ethiopian": "Ethiopia",
    "Ghanaian": "Ghana",
    "Greek": "Greece",
    "Hungarian": "Hungary",
    "Czech": "Czech Republic",
    "Austrian": "Austria",
    "Irish": "Ireland",
}
"""Nationality adjectives and the country each names; a release's own word is kept as the country."""

DEMONYM: Final = _one_of(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True)) + r"(?![\w-])"
DEMONYM_BEFORE: Final = _compile(rf"(?<![\w-])(?P<adj>{DEMONYM})\s+$")
"""A nationality adjective just before a title ("Russian Minister of Foreign Affairs"), read back from the title."""

# Titles of the Japanese government: a person with one of these (and no foreign country) is on Japan's side.
JAPAN_TITLE: Final = _compile(
    r"^(?:Japanese\s+)?(?:Prime\s+Minister|PM|Minister\s+for\s+Foreign\s+Affairs|Foreign\s+Minister|FM|"
    r"State\s+Minister(?:\s+for\s+Foreign\s+Affairs)?|(?:Parliamentary\s+)?(?:Senior\s+)?Vice[- ]?Minister(?:\s+for\s+Foreign\s+Affairs)?|"
    r"(?:Deputy\s+)?Chief\s+Cabinet\s+Secretary|Minister\s+(?:of\s+State\s+)?for\s+[A-Z][\w ,]{2,80}|"
    r"Special\s+Advis[oe]r\s+to\s+the\s+Prime\s+Minister|Ambassador\s+(?:of\s+Japan|to\s+(?!Japan).{2,40})|"
    r"Director[- ]General\s+of\s+(?:the\s+)?[A-Z][\w ]{2,60}Bureau|Press\s+Secretary|Deputy\s+Minister\s+for\s+Foreign\s+Affairs)"
    r"(?:\s+of\s+Japan)?$"
)

# A title that says "of Japan" (Prime Minister of Japan, Minister for Foreign Affairs of Japan).
OF_JAPAN: Final = _compile(r"\bof\s+Japan\b|^Japan(?:ese)?\b|\bGovernment\s+of\s+Japan\b")

# "Mr. KISHIDA Fumio": MOFA writes a Japanese name surname first, the surname in capitals.
JAPANESE_NAME_ORDER: Final = _compile(r"^[A-Z]{2,}(?:-[A-Z]+)?\s+[A-Z][a-z]+$")

# Honorifics that MOFA gives foreign guests only.
FOREIGN_HONORIFIC: Final = _compile(
    r"H\.\s?E\.|H\.\s?H\.|\bAmb\.|Excellency|Highness|Majesty|\bHon\b|Honou?rable|\bHon\.|Senator|\bRt\b|\bRight\s+Hon|Sheikh|Shaikh|Dame|\bSir\b"
)

# Groups with no one named: "Pacific islands countries' leaders", "the participating countries' leaders",
# "the leaders of the Pacific island countries". The core starts from its noun; GROUP_LEAD reads back
# the words before it ("Pacific islands", "the participating").
GROUP: Final = _compile(
    r"(?:countries|nations|states)[’']\s+(?:leaders|heads\s+of\s+state|ministers|foreign\s+ministers|representatives)\b|"
    r"participating\s+(?:leaders|heads\s+of\s+state|ministers|foreign\s+ministers)\b|"
    r"leaders\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:islands?\s+)?(?:countries|nations|states)\b"
)
GROUP_LEAD: Final = _compile(r"(?:(?:[Tt]he|[Aa]ll)\s+)?(?:participating\s+)?(?:(?:[A-Z][\w’'-]*|islands?)\s+){0,4}$")

# ---------------------------------------------------------------------------
# Person phrases
# ---------------------------------------------------------------------------

# "d'Affaires a.i." of "Chargé d'Affaires a.i." and "77th session" of "President of the 77th session of the United
# Nations General Assembly" are part of a title, though not capitalised.
_CAPS_TOKEN = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'/-]*|d[’']Affaires|a\.i\.|[0-9]{1,3}(?:st|nd|rd|th)\s+session)"
# A title written after a name and a comma: capitalised words joined by of / for / to / and / the
# ("President of the Federative Republic of Brazil", "Secretary of State for Foreign,
# Commonwealth and Development Affairs", "Special Advisor to U.N. Secretary-General").
POST_TITLE: Final = (
    rf"{_CAPS_TOKEN}(?:(?:\s+(?:(?:of|for|to|and|the|on|in|at)\s+)*|,\s+(?=[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*\s+and\s+[A-Z]))"
    rf"{_CAPS_TOKEN})*"
)
_AFTER_NAME = (
    r"(?P<mp>(?:,?\s+(?:MP|M\.P\.|P\.C\.|PC|QC|KC|Jr\.?|Sr\.?|OBE|CBE|KBE|AC|AO|GCMG|KCMG)(?![\w]))+)?"
    r"(?P<others>\s+and\s+others)?"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w’'-]*){0,6}))?"
    rf"(?:,\s*(?:the\s+)?(?P<post>{POST_TITLE}))?"
)

# A person named with a title or an honorific; the first row wins over an overlapping later one.
PERSON_RULES: Final = _compile_rules(
    [
        # "Secretary of State Hillary Clinton" / "Parliamentary Senior Vice-Minister for Foreign Affairs Mr. Norio
        # Mitsuya" / "Russian Minister of Foreign Affairs Sergey Lavrov" / "President Vladimir Putin of the Russian Federation"
        (
            "person_title_first",
            rf"(?P<title>{TITLE_BEFORE})\s+(?:(?P<hon>{HONORIFIC}(?:\s*{HONORIFIC})*)\s*)?(?P<name>{NAME})"
            + _AFTER_NAME,
            "title_first",
        ),
        # "H.E. Mr. Emmanuel Macron, President of the French Republic" / "Mr. KISHIDA Fumio, Prime Minister of Japan"
        # / "the Hon. Julie Bishop MP, Minister for Foreign Affairs of Australia" / "Mr.Robert Heer"
        # "Minister for Foreign Affairs, Nobutaka Machimura, held a meeting"
        (
            "person_title_comma_name",
            rf"(?P<title>{TITLE_BEFORE}),\s+(?P<name>{NAME})(?=,)",
            "title_comma_name",
        ),
        (
            "person_honorific_first",
            rf"(?P<hon>{HONORIFIC}(?:\s*{HONORIFIC})*)\s*(?P<name>{NAME})" + _AFTER_NAME,
            "honorific_first",
        ),
        # "Shinzo Abe, Prime Minister of Japan, held a working lunch": the title must end with a title word or a
        # country (not "Regarding North Korea, Prime Minister Abe").
        # The row starts from its comma; NAME_BEFORE_COMMA reads the name back from it.
        ("person_name_comma_title", rf",\s+(?:the\s+)?(?P<post>{POST_TITLE})", "name_comma_title"),
    ]
)

# A place written after a title with no comma between, where the title ends: "Prime Minister of Australia
# at the Prime Minister's Office" (a venue, see VENUE_SUFFIX), "President of the United States of America
# at President Biden's private residence" (a possessive, then lower-case words).
TITLE_PLACE: Final = _compile(
    r"\s+(?:at|in)\s+(?:the\s+)?(?:"
    r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s$|"
    r"(?P<venue>[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,6})$)"
)

NAME_BEFORE_COMMA: Final = _compile(rf"(?<![\w’'.-])(?P<name>{NAME})$")
"""A name that ends just before a comma ("Shinzo Abe" of "Shinzo Abe, Prime Minister of Japan")."""

TITLE_END: Final = _compile(rf"{_TITLE_WORD}$")
"""A title that ends with a title word ("... Minister for Foreign Affairs")."""

POST_PERSON: Final = _compile(
    rf"(?:{DEMONYM}\s+)?{TITLE_BEFORE}\s+(?:{HONORIFIC}\s*)*(?P<name>{NAME})(?:\s+of\s+(?:the\s+)?[A-Z][\w’'. -]*)?"
)
"""Another person where a title after a comma would stand: "At the meeting with Secretary Clinton, Foreign
Minister Kishida stated" (matched whole; a name holding a title head word is a title: "Chief Executive Officer")."""

# ---------------------------------------------------------------------------
# The opening paragraph: attendees and the venue
# ---------------------------------------------------------------------------

# (other attendees include ...) / (participants on the Chinese side: ...) / (Other officials attending ...)
ATTENDEE_RULES: Final = _compile_rules(
    [
        (
            "attendees_label",
            r"\b(?:attendees?|attending|participants?|accompanied\s+by|joined(?:\s+(?:by|from))?|present\s+at|"
            r"also\s+present)\b",
            "list",
        ),
        ("attended_by", r"\b(?:was|were)\s+(?:also\s+)?attended\s+by\b", "sentence"),
    ],
    _I,
)

# "participants on the Chinese side:" / "from the Russian side" / "from the Japanese side"
ATTENDEE_SIDE: Final = _compile(
    r"(?:\b(?:on|from)\s+the\s+(?P<side>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+side\b)", re.ASCII
)

# What follows a side's label that heads the names after it: "participants on the Chinese side: ...",
# "attending on the U.S. side were U.S. Ambassador to Japan Roos, ..." (else the label ends the names before it:
# "... Kuznetsov from the Russian side, and ...").
ATTENDEE_SIDE_FORWARD: Final = _compile(r"\s*(?::|(?:were|was|are|is|included|include|includes|including)\b)")

# "at the Akasaka State Guest House" / "in a reception room of the Kremlin" / "at the Gleneagles Hotel"
VENUE: Final = _compile(
    r"\b(?:at|in)\s+(?:(?:a|the)\s+(?:[a-z]+\s+){0,2}(?:room|hall|office|residence|building|chamber|salon|suite)\s+of\s+)?"
    r"(?:the\s+)?"
    r"(?P<venue>[A-Z](?:[\w’'-]|\.(?=\w))*(?:\s+(?:of\s+(?:the\s+)?|de\s+|du\s+|la\s+)?[A-Z](?:[\w’'-]|\.(?=\w))*){0,7})"
)
VENUE_SUFFIX: Final = _compile(
    r"(?:House|Hotel|Palace|Kremlin|Office|Residence|Hall|Centre|Center|Building|Mansion|Castle|Villa|Lodge|"
    r"Chancellery|Headquarters|Embassy|Consulate|Ministry|Pavilion|Manor|Room|Marriott|Hilton|Hyatt|Sheraton|"
    r"Westin|InterContinental|Intercontinental|Ritz-Carlton|Shangri-La|Okura|Resort|Guesthouse|Élysée|Elysee|"
    r"Kantei|Parliament|Capitol|Assembly)(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*)?(?:\s+[A-Z][\w’'.-]*){0,3}$"
)
NOT_VENUE: Final = _compile(r"\b(?:Summit|Meeting|Conference|Forum|Session|Expo|Games|Ceremony|Dialogue)\b")

# ---------------------------------------------------------------------------
# Who speaks: subjects at the head of a clause
# ---------------------------------------------------------------------------

# Both sides together, as the subject of a clause; the first match wins.
COLLECTIVE_RULES: Final = _compile_rules(
    [
        # "Both Prime Minister Hatoyama and President Hu" is read as a pair, not here.
        (
            "both_group",
            r"\b(?:[Bb]oth|[Tt]he\s+(?:two|three|four|five|G7|G20|Quad))\s+(?:(?:[Ff]oreign|[Pp]rime|[Vv]ice|[Ss]enior|[Dd]efen[cs]e)\s+)?"
            r"(?:[Mm]inisters|[Ll]eaders|[Ss]ides|[Pp]residents|[Cc]ountries|[Gg]overnments|[Dd]elegations|[Pp]arties|"
            r"[Ss]ecretaries|[Cc]hancellors|[Pp]remiers|[Vv]ice[- ][Mm]inisters|FMs|PMs|[Hh]eads|[Cc]hairs|[Pp]articipants|"
            r"[Dd]elegates|[Ee]nvoys|[Aa]mbassadors|[Dd]irectors[- ]General|[Ss]ecretaries[- ]General)\b",
            "both",
        ),
        ("the_ministers", r"\b[Tt]he\s+(?:[Ff]oreign\s+)?(?:[Mm]inisters|[Ll]eaders)\b", "both"),
        # "The two agreed that ..." / "Both welcomed the fact that ...": no noun, a verb in the past after it
        ("both_alone", r"\b(?:[Bb]oth|[Tt]he\s+two)(?=\s+(?:also\s+|further\s+|then\s+)?[a-z]+ed\b)", "both"),
        # "Japan and Australia agreed ...": the two countries, counted only with a verb of agreement.
        (
            "japan_and_country",
            r"\bJapan\s+and\s+(?:the\s+)?(?!Japan\b)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}",
            "countries",
        ),
    ]
)

# "the Japanese side" is Japan; "the Russian side" / "the U.S. side" the counterpart.
SIDE_REFERENCE_RULES: Final = _compile_rules(
    [
        ("japanese_side", r"\b(?:[Tt]he\s+)?(?:Japanese|Japan)\s+side\b", "japan"),
        (
            "foreign_side",
            r"\b[Tt]he\s+(?!Japanese\b|two\b|other\b)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+side\b",
            "counterpart",
        ),
    ]
)

# He / She / They: the last speaker (They: the last group or both sides).
PRONOUN: Final = _compile(r"\b(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey)\b")

# "The President" / "the Prime Minister" / "The Foreign Minister": a title alone.
TITLE_ALONE: Final = _compile(rf"\b[Tt]he\s+(?P<title>(?:{DEMONYM}\s+)?{TITLE_BEFORE})(?![\w’'-])")

# Words that may stand between a subject and its verb.
ADVERB: Final = (
    r"(?:also|further|then|once\s+again|again|too|firmly|strongly|highly|fully|totally|warmly|deeply|sincerely|"
    r"particularly|in\s+turn|in\s+return|in\s+response|furthermore|moreover|additionally|subsequently|next|first|"
    r"finally|lastly|likewise|similarly|clearly|briefly|specifically|repeatedly|immediately|openly|frankly|"
    r"candidly|earnestly|greatly|duly|naturally|readily|already|therefore|thus|still|each|both|all|himself|herself|"
    r"themselves|never|not|formally|officially|personally|broadly|actively|strongly|well|closely|positively|"
    # any other adverb in -ly ("Prime Minister Abe wholeheartedly welcomed")
    r"[a-z]{2,}ly)"
)

# What may follow a subject before its verb: an aside in brackets, "and others",
# ", on behalf of the group," / ", while expressing his indignation ...,".
SUBJECT_TAIL: Final = _compile(
    r"(?:\s*\([^()]{1,60}\))?(?:\s+and\s+others)?(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,5}"
    r"|\s+of\s+(?:the\s+)?(?:two|both)\s+(?:countries|sides|nations))?"
    r"(?:,\s+(?:on\s+behalf|while|as|who|in|after|having|together|along|for\s+(?:his|her|their)\s+part|in\s+turn|"
    r"in\s+response|in\s+return|during|upon|on|[a-z]+ing)\b(?:[^,;.]|(?:[A-Z]\.){1,3}){0,160},)?"
    rf"\s+(?:{ADVERB}\s+)*(?:,\s*)?(?P<verb>[a-z][a-z’'-]*)"
)

# Verbs that are not "-ed" words (said, made, ...) and auxiliaries: what a subject may be followed by.
FINITE_VERBS: Final = frozenset(
    {
        "said",
        "made",
        "held",
        "spoke",
        "met",
        "took",
        "gave",
        "told",
        "sought",
        "went",
        "felt",
        "thought",
        "saw",
        "led",
        "paid",
        "won",
        "kept",
        "put",
        "set",
        "brought",
        "drew",
        "laid",
        "shared",
        "underwent",
        "wrote",
        "read",
        "began",
        "got",
        "will",
        "would",
        "is",
        "was",
        "are",
        "were",
        "has",
        "had",
        "have",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "did",
        "does",
        "shall",
        "says",
        "states",
        "expresses",
        "welcomes",
        "thanks",
        "hopes",
        "notes",
        "explains",
        "agrees",
        "wishes",
        "intends",
        "wants",
        "believes",
        "looks",
        "stresses",
        "emphasizes",
        "expects",
        "seeks",
        "calls",
        "asks",
        "appreciates",
        "remains",
        "stands",
        "reiterates",
        "offers",
        "presents",
        "supports",
        "understands",
        "recognizes",
        "shares",
        "confirms",
        "affirms",
        "reaffirms",
        "concurs",
        "underlines",
        "highlights",
    }
)

# Words that are never the verb of a subject ("President Putin and ...", "Minister Okada of ...").
NOT_VERBS: Final = frozenset(
    {
        "and",
        "or",
        "of",
        "for",
        "to",
        "on",
        "in",
        "with",
        "at",
        "as",
        "by",
        "from",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "about",
        "during",
        "since",
        "than",
        "into",
        "upon",
        "over",
        "under",
        "after",
        "before",
        "between",
        "concerning",
        "regarding",
        "if",
        "when",
        "while",
        "where",
        "because",
        "so",
        "but",
        "not",
        "is",
    }
)

# What before a later subject makes it start a new clause of the sentence ("; ", ", and ", ", while ").
CLAUSE_JOINT: Final = _compile(
    r"(?:;|,\s*and|\band|,\s*while|\bwhile|,\s*whereas|,\s*but|;\s*and|,\s*and\s+then|,\s*after\s+which|"
    r"(?:,\s*and|;)\s*(?:in\s+response|in\s+turn|in\s+return|in\s+reply|to\s+this|to\s+that|then|subsequently|furthermore|moreover),?)\s*$"
)

# Words after which a subject cannot start a clause (it is inside a subordinate clause or a phrase).
SUBORDINATE_BEFORE: Final = _compile(
    r"\b(?:that|which|who|whom|whose|as|if|when|whether|because|since|after|before|where|while|although|though|"
    r"by|of|to|with|for|from|between|and|or|than|on|in|at|upon|under|about|regarding|including|like|whereby|"
    r"once|until|unless|so|the|a|an|his|her|their|its)\s*$",
    re.IGNORECASE,
)

# Connectives that may open a sentence before its subject ("In response,", "Moreover", "At the outset,").
CONNECTIVE: Final = _compile(
    r"^(?:(?:In\s+response(?:\s+to\s+(?:this|that|these|the\s+above))?|In\s+reply|In\s+return|In\s+turn|To\s+this|To\s+that|"
    r"At\s+the\s+(?:outset|beginning|start|end|conclusion)(?:\s+of\s+the\s+(?:meeting|talks?|call))?|Furthermore|Moreover|"
    r"In\s+addition|Additionally|Also|Then|Next|Subsequently|Finally|Lastly|First(?:ly)?|Second(?:ly)?|Following\s+(?:that|this)|"
    r"After\s+that|Meanwhile|Likewise|Similarly|On\s+(?:that|this)\s+basis|On\s+the\s+other\s+hand|However|Further|"
    r"For\s+(?:his|her|their)\s+part|In\s+closing|In\s+conclusion|Besides|Thereafter|Afterwards|In\s+this\s+context|"
    r"In\s+this\s+regard|In\s+this\s+connection|To\s+conclude|At\s+the\s+same\s+time|Again|Therefore)[,\s]*)+$"
)

# ---------------------------------------------------------------------------
# Predicates: what a clause does
# ---------------------------------------------------------------------------

DISCUSS: Final = "discuss"
MEET: Final = "meet"
NARRATE: Final = "narrate"

# Both sides agree (subject both sides, or passive). The kind comes from the last one in the clause.
# A perfect ("both sides have confirmed on numerous occasions") tells of earlier agreements, not this
# one, and "the shared recognition" is a noun: NOT_AGREEMENT_BEFORE, read back from the verb, rules both out.
AGREE_RULES: Final = _compile_rules(
    [
        # "shared the view" / "shared the recognition" / "shared concerns" / "sharing the view"
        (
            "shared_view",
            r"\b(?:shared|sharing|share)\s+(?:(?:the|their|a|an|common|same|strong|deep|serious|grave|basic)\s+)*"
            r"(?:views?|recognition|understanding|intention|concerns?|perceptions?|determination|commitment|"
            r"assessment|awareness|resolve|opinions?|positions?|desire|hope|expectations?|interests?|sense|goals?|vision)\b",
            AgreementKind.SHARED_VIEW,
        ),
        # "agreed" / "concurred" / "consented" / "reached an agreement" / "were in agreement"
        (
            "agreed",
            r"\b(?:agreed|concurred|consented|coincided|reached\s+(?:an?\s+)?(?:agreement|consensus)|"
            r"were\s+in\s+(?:full\s+)?agreement|decided|committed|pledged|resolved)\b",
            AgreementKind.AGREED,
        ),
        # "confirmed" / "reconfirmed" / "affirmed" / "reaffirmed"
        (
            "confirmed",
            r"\b(?:confirmed|reconfirmed|affirmed|reaffirmed|re-confirmed|re-affirmed|verified)\b",
            AgreementKind.CONFIRMED,
        ),
    ]
)

NOT_AGREEMENT_BEFORE: Final = _compile(r"\b(?:(?:have|has|had)(?:\s+also)?|the|a)\s+$")

# "It was confirmed between the Ministers that" / "it was agreed that" / "It was also reconfirmed that".
PASSIVE_AGREEMENT_RULES: Final = _compile_rules(
    [
        (
            "passive_agreed",
            r"^(?:[^,;]{0,160},\s*){0,2}[Ii]t\s+was\s+(?:also\s+|further\s+)?(?:agreed|decided\s+between)\b",
            AgreementKind.AGREED,
        ),
        (
            "passive_confirmed",
            r"^(?:[^,;]{0,160},\s*){0,2}[Ii]t\s+was\s+(?:also\s+|further\s+)?(?:confirmed|reconfirmed|affirmed|reaffirmed)\b",
            AgreementKind.CONFIRMED,
        ),
    ]
)

# Verbs that report what someone said: a subject with one of these after a word
# with no full stop between is a new sentence whose full stop was left out.
REPORTING_VERB: Final = _compile(
    r"(?:stated|said|expressed|explained|noted|emphasized|emphasised|stressed|pointed\s+out|remarked|commented|"
    r"added|welcomed|thanked|requested|asked|called|mentioned|conveyed|responded|replied|underlined|highlighted|"
    r"reiterated|appreciated|hoped|agreed|concurred|confirmed|affirmed|reaffirmed)\b"
)

# Joint acts that are not agreements: "exchanged views", "discussed", "there was an opportunity to exchange opinions".
DISCUSS_RULES: Final = _compile_rules(
    [
        (
            "exchanged_views",
            r"\bexchang(?:ed|e|ing)\s+(?:(?:their|frank|candid|extensive|in-depth|wide-ranging|broad|active|the)\s+)*"
            r"(?:views?|opinions?|ideas|words|thoughts)\b|\bexchanges?\s+of\s+(?:views|opinions)\b",
            DISCUSS,
        ),
        ("discussed", r"\b(?:discussed|discussing|held\s+discussions?|had\s+discussions?)\b", DISCUSS),
    ]
)

# Telling of the meeting itself, as a fact ("held a meeting", "paid a courtesy call").
MEET_RULES: Final = _compile_rules(
    [
        # "Prime Minister Koizumi also held a meeting with Chancellor Gerhard Schroeder"
        (
            "met",
            r"^(?:also\s+)?(?:held|had)\s+(?:(?:a|an|the|their)\s+)?(?:[\w’'.-]+\s+){0,5}?(?:meeting|talks?|conversation|summit|call)\b"
            r"|^(?:also\s+)?(?:met|paid\s+a\s+courtesy\s+call|received\s+a\s+courtesy\s+call|exchanged\s+(?:a\s+few\s+)?words)\b",
            MEET,
        ),
        # "Prime Minister Koizumi visited Russia to take part in the ceremony": told of someone, not said.
        (
            "narrated",
            r"^(?:also\s+)?(?:attended|hosted|visited|arrived|departed|left|is\s+visiting|was\s+visiting|signed|"
            r"witnessed|took\s+part|participated|laid\s+a\s+wreath|toured|inspected)\b",
            NARRATE,
        ),
    ]
)

# Sentences that tell of the meeting, not of anyone speaking ("The courtesy call thus took place ...").
NARRATION: Final = _compile(
    r"^(?:The|This|That)\s+(?:(?:summit|bilateral|courtesy|telephone|foreign\s+ministers[’']?|first|second|whole|entire)\s+)*"
    r"(?:meeting|talks?|call|conversation|summit|dinner|lunch|luncheon|exchange|visit|session|gathering)\b"
    r"|^(?:This|That|It)\s+was\s+(?:the|a|an)\s+(?:first|second|third|\w+th|last)\b",
    _I,
)

# An event told in the passive, with no one speaking ("After that, a dinner hosted by Prime Minister Ishiba was held.").
NARRATED_EVENT: Final = _compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:held|signed|issued|exchanged|adopted|launched|attended)\b"
)

# A list introduced by both sides together: "... also agreed to strengthen the cooperative relations between
# the two countries, especially in the following three points:" (the items below are what they agreed).
JOINT_LIST_INTRO: Final = _compile(r"\b(?:the\s+following(?:\s+[a-z]+){0,2}|as\s+follows)\s*:\s*$", _I)

# Introductions of a block of remarks: "Professor Gambari made the following statements:".
REMARKS_INTRO: Final = _compile(
    r"\bmade\s+the\s+following\s+(?:statements?|points?|remarks?|comments?)|"
    r"\b(?:stated|said|remarked|explained|noted|commented|emphasized|pointed\s+out|responded|replied|answered|added)"
    r"\s+(?:as\s+follows|(?:the\s+)?following)|"
    r"\bthe\s+following\s+(?:points|remarks)\b|"
    r"\b(?:stated|said|remarked|commented|responded|replied)\s*:\s*$",
    _I,
)

# ---------------------------------------------------------------------------
# Speech acts (same vocabulary as Japanese)
# ---------------------------------------------------------------------------

ACT_RULES: Final = _compile_rules(
    [
        ("act_congratulated", r"\bcongratulat(?:ed|ions?|ing)\b|\bfelicitat", Act.CONGRATULATED),
        (
            "act_condoled",
            r"\b(?:condolences?|sympath(?:y|ies)|mourned|mourning)\b|\bexpressed\s+(?:his|her|their)\s+(?:deep(?:est)?\s+)?sorrow",
            Act.CONDOLED,
        ),
        ("act_welcomed", r"\bwelcom(?:ed|ing)\b", Act.WELCOMED),
        (
            "act_thanked",
            r"\bthank(?:ed|s|ing)?\b|\bgratitude\b|\bappreciation\s+(?:for|to|toward|towards)\b|\bexpressed\s+(?:his|her|their)\s+appreciation\b",
            Act.THANKED,
        ),
        ("act_respected", r"\b(?:respect|tribute)\b", Act.RESPECTED),
        (
            "act_hoped",
            r"\bhop(?:ed|es|ing|e)\b|\bexpectations?\b|\blook(?:ed|s)?\s+forward\b|\bwish(?:ed|es)?\b",
            Act.HOPED,
        ),
        (
            "act_appreciated",
            r"\b(?:highly\s+)?(?:appreciated|praised|commended|applauded|lauded|valued|evaluated|recognized|"
            r"acknowledged|spoke\s+highly|appraised)\b",
            Act.APPRECIATED,
        ),
        (
            "act_supported",
            r"\bsupport(?:ed)?\b(?!\s+(?:for|from)\s+(?:the\s+)?(?:victims|Japan))|\bbacked\b",
            Act.SUPPORTED,
        ),
        ("act_assented", r"\b(?:agreed|concurred|coincided|consented|shared\s+(?:the|his|her)\s+view)\b", Act.ASSENTED),
        ("act_concerned", r"\bconcerns?\b|\bconcerned\b|\bworr(?:y|ied)\b", Act.CONCERNED),
        ("act_regretted", r"\bregret(?:ted|table|s)?\b|\bdeplor", Act.REGRETTED),
        ("act_opposed", r"\boppos(?:ed|ition)\b|\bobject(?:ed|ion)\b|\bprotest(?:ed)?\b|\bcondemn", Act.OPPOSED),
        ("act_explained", r"\bexplain(?:ed|ing)\b|\bbriefed\b|\bintroduced\b|\boutlined\b", Act.EXPLAINED),
        ("act_conveyed", r"\bconvey(?:ed|ing)\b|\bpassed\s+on\b", Act.CONVEYED),
        (
            "act_mentioned",
            r"\bmention(?:ed)?\b|\breferr(?:ed|ing)\s+to\b|\btouch(?:ed)?\s+(?:up)?on\b|\bcited\b",
            Act.MENTIONED,
        ),
        ("act_proposed", r"\bpropos(?:ed|al)\b|\bsuggest(?:ed|ion)\b", Act.PROPOSED),
        ("act_invited", r"\binvited\b|\bextended\s+(?:an\s+)?invitation", Act.INVITED),
        (
            "act_requested",
            r"\brequest(?:ed)?\b|\bcalled\s+(?:on|for|upon)\b|\burged\b|\basked\s+(?!whether|about|if)\w|\bsought\b|\bdemanded\b",
            Act.REQUESTED,
        ),
        (
            "act_emphasized",
            r"\bemphasi[sz](?:ed|ing)\b|\bstress(?:ed)?\b|\bunderscor(?:ed|ing)\b|\bunderlin(?:ed|ing)\b|\bhighlight(?:ed)?\b",
            Act.EMPHASIZED,
        ),
        # a question put to the other side ("asked whether", "inquired about"); "asked for" is a request
        ("act_asked", r"\basked\s+(?:whether|about|if|how|what|why|when)\b|\b(?:inquired|enquired)\b", Act.ASKED),
        ("act_decided", r"\bdecided\b", Act.DECIDED),
        ("act_confirmed", r"\b(?:re)?confirm(?:ed)?\b|\b(?:re)?affirm(?:ed)?\b", Act.CONFIRMED),
        (
            "act_intended",
            r"\binten(?:tion|ds?|ded)\b|\bwould\s+like\s+to\b|\bdetermination\b|\bwillingness\b|\bresolve\b|\bdesire\b|\bwill\b",
            Act.INTENDED,
        ),
    ]
)

# ---------------------------------------------------------------------------
# Structure: numbering at the head of a line
# ---------------------------------------------------------------------------

# (style, pattern) rows tried in order at the head of a line. A style names a
# numbering system; the nesting of styles gives the nesting of sections.
MARKER_RULES: Final = _compile_rules(
    [
        # (Agenda 1)
        ("paren_agenda", r"\((?:Agenda|Item|Session)\s*(?P<n>[0-9]{1,2})\)[\s|]*", "paren_agenda"),
        # (1) / (1)The
        ("paren_digit", r"\((?P<n>[0-9]{1,2})\)[\s|]*", "paren_digit"),
        # (a)
        ("paren_latin", r"\((?P<n>[a-z])\)[\s|]*", "paren_latin"),
        # (i) / (ii)
        ("paren_roman", r"\((?P<n>i{1,3}|iv|vi{0,3}|ix|x)\)\s*", "paren_roman"),
        # 1. / 1.(1)
        ("digit_dot", r"(?P<n>[0-9]{1,2})\.(?![0-9])[\s|]*", "digit_dot"),
        # 1) ...;
        ("digit_paren", r"(?P<n>[0-9]{1,2})\)[\s|]*", "digit_paren"),
        # A) The two Ministers confirmed ... / b) ...
        ("latin_paren", r"(?P<n>[A-Za-z])\)\s+", "latin_paren"),
        # "1 General remarks" (not "13 people" nor "1 August")
        (
            "digit_space",
            rf"(?P<n>[0-9]{{1,2}})\s+(?=[A-Z(“\"])(?!{MONTH}(?![\w]))",
            "digit_space",
        ),
        # - / • / * / ・
        ("bullet", r"(?P<n>[-•・*○●■◆◇□◎▪➢–])\s*", "bullet"),
    ]
)

# Numbering run into one line: "... tourism.(2) Prime Minister Abe emphasized", "...; 2) ...".
RUN_ON_MARKER: Final = _compile(
    r"(?<=[^\s0-9][.;:])\s*(?=\([0-9]{1,2}\)\s?[A-Z“\"])|(?<=[^\s0-9][;:])\s*(?=\([0-9]{1,2}\)\s?[a-z])|"
    r"(?<=[^\s0-9][.;:])\s+(?=[0-9]{1,2}\)\s+[A-Za-z“\"])"
)
# The number that opens a list written inside a sentence ("three main pillars: (1) strengthening the
# Japan-U.S. Alliance, (2) promoting ..."), read at a RUN_ON_MARKER cut; INLINE_NEXT then looks for the next
# number after a comma or "and" (not after a full stop, as in a list run into one line).
INLINE_FIRST: Final = _compile(r"(?P<paren>\()?(?P<n>[0-9]{1,2})\)\s?[a-z]")
INLINE_NEXT: Final = r"(?:,|\band)\s+{open}{n}\)\s?[a-z]"

# What every RUN_ON_MARKER match stands next to: a stop after a word, white space, a digit (or a
# bracket and a digit), not a clock's colon. RUN_ON_MARKER starts with a look-behind, so a search
# tries it at every character; this test starts from its stop and finds the few lines worth trying.
RUN_ON_HINT: Final = _compile(r"[.;:](?<=[^\s0-9].)\s*\(?[0-9]")

# A speaker's name in brackets on its own line, the remarks below it in the first person (older
# releases): "(Premier Wen)" / "(Prime Minister Koizumi)" / "I would like to congratulate ...".
SPEAKER_LABEL: Final = _compile(r"\((?P<who>[A-Z][\w’'. -]{1,60})\)")

# A heading in brackets: "<Bilateral Relations>", "[Regional Affairs]", "【Overview】".
BRACKET_HEADING: Final = _compile(
    r"^(?:<(?P<angle>[^<>]{1,80})>|\[(?P<square>[^\[\]]{1,80})\]|【(?P<lenticular>[^【】]{1,80})】)$"
)

# Sentence ends and quotation marks.
TERMINAL: Final = _compile(r"[.!?:;](?:[\"”’)\]]*)$|\betc\.$")
QUOTE_OPEN: Final = "“"
QUOTE_CLOSE: Final = "”"

# A full stop that may end a sentence: the stop, closing quotes and brackets, white space, a capital.
SENTENCE_BREAK: Final = _compile(r"[.!?](?P<close>[\"”’)\]]*)(?=\s+[\"“(\[]?[A-Z0-9])")

# Abbreviations that never end a sentence (Mr. Ms. H.E. St.), and those that end one
# only before a word that starts sentences (a.m. / p.m. / U.S. / D.C.).
NEVER_ENDING: Final[tuple[str, ...]] = (
    *("Mr", "Ms", "Mrs", "Mme", "Dr", "Prof", "St", "Sts", "No", "Nos", "Jr", "Sr", "Gen", "Lt", "Col", "Capt"),
    *("Adm", "Hon", "Rt", "vs", "cf", "e.g", "i.e", "approx", "Ltd", "Co", "Inc", "Corp", "Dept", "Govt", "Sen"),
    *("Rep", "Gov", "Amb", "Mt", "Ft", "Art", "Arts", "Vol", "pp", "p", "Fig", "H.E", "H.R.H"),
)
"""The abbreviations (besides a capital alone) whose full stop never ends a sentence, as written."""
NEVER_ENDS: Final = _compile(r"(?:^|[^\w.])(?:" + "|".join(map(re.escape, NEVER_ENDING)) + r"|[A-Z])\.$")
MAY_END: Final = _compile(r"(?:^|[^\w.])(?:[A-Za-z](?:\.[A-Za-z])+)\.$")
SENTENCE_STARTER: Final = _compile(
    r"[\"“(\[]?(?:The|He|She|They|It|In|On|At|As|Both|This|These|That|There|We|I|Furthermore|Moreover|Also|However|"
    r"Regarding|With|After|Following|During|To|For)\b"
)

# A subject cut off by the end of a release: "On that basis Foreign Minister Ka", ", Foreign Mini".
# A cut-off clause that stops at a subject naming both sides, before any verb ("The two", "The two Ministers",
# "In addition, both leaders"): both sides together, never the last speaker going on.
CUT_BOTH: Final = _compile(
    r"(?:^|,\s*)(?:the\s+(?:two|three|four)|both)\b(?:\s+(?:[A-Z][\w’'-]*|leaders?|ministers?|sides?|foreign|prime|"
    r"heads?|delegations?|countries|[a-z]{1,3}))?\s*$",
    _I,
)
CUT_SUBJECT: Final = _compile(
    rf"(?:^|[,;]\s*|\s)(?:{HONORIFIC}\s*|{_TITLE_WORD}\s+)*(?:{_TITLE_WORD}|{HONORIFIC}|[A-Z][\w’'-]*)\s*(?:[A-Z][\w’'-]*)?$"
)

# Notes that no one speaks: "(Note)", "Note:", "*".
NOTE: Final = _compile(r"^(?:\(Notes?[0-9]*\)|Notes?[0-9]*\s*:|\*|※)")


# ---------------------------------------------------------------------------
# Amounts and named instruments in an item
# ---------------------------------------------------------------------------

# "50 billion yen", "JPY 6.4 billion", "US$100 million", "$1 million": a number
# with a scale word and a currency before or after it.
AMOUNT_EN: Final = _compile(
    r"(?P<approx>\b(?:approximately|about|around|up\s+to|some|nearly|over)\s+)?"
    r"(?:(?P<before>JPY|USD|EUR|US\$|\$|¥|€)\s?)?"
    r"(?P<number>(?<![\w.])[0-9][0-9,]*(?:\.[0-9]+)?)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion)\b)?"
    r"(?(before)|\s*(?P<after>yen|Japanese\s+yen|dollars|US\s+dollars|U\.S\.\s+dollars|euros)\b)",
    _I,
)
AMOUNT_SCALES: Final = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
AMOUNT_CURRENCIES: Final = {
    "jpy": "JPY",
    "¥": "JPY",
    "yen": "JPY",
    "japanese yen": "JPY",
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "eur": "EUR",
    "€": "EUR",
    "euros": "EUR",
}
# "… in ODA loans", "… of grant aid": the kind of aid named right after an amount.
AID_KIND_EN: Final = _compile(
    r"\s*(?:in|of|for|as)?\s*(?:an?\s+)?(?P<kind>(?:yen|ODA|Japanese\s+ODA)\s+loans?|grant\s+aid|emergency\s+grant\s+aid|"
    r"grant\s+assistance|technical\s+cooperation|financial\s+assistance|humanitarian\s+assistance|loans?|grants?)\b",
    _I,
)

# Words that end the name of an instrument ("Japan-Philippines Reciprocal Access
# Agreement"); the name is read back from the word over capitalised words.
INSTRUMENT_HEAD_EN: Final = _compile(
    r"\b(?:Agreement|Treaty|Convention|Memorandum(?:\s+of\s+(?:Cooperation|Understanding))?|Declaration|"
    r"Initiative|Partnership|Action\s+Plan|Plan|Vision|Charter|Protocol|Statement)\b"
)
INSTRUMENT_WORD_EN: Final = _compile(r"(?:[A-Z][\w’'&/-]*|of|and|for|on|in|to)$")
# What kind of document an issued instrument is, from its name; the first rule that matches wins.
DOCUMENT_RULES_EN: Final = _compile_rules(
    [
        (
            "document_joint_press_statement",
            r"\bJoint\s+(?:Press|Media)\s+(?:Statement|Release)\b",
            "joint_press_statement",
        ),
        ("document_joint_statement", r"\bJoint\s+(?:Statement|Declaration|Communiqu[eé])\b", "joint_statement"),
        ("document_exchange_of_notes", r"\bExchange\s+of\s+Notes\b", "exchange_of_notes"),
        ("document_memorandum", r"\bMemorandum\b|\bMoC\b|\bMoU\b", "memorandum"),
        ("document_action_plan", r"\bAction\s+Plan\b", "action_plan"),
        ("document_agreement", r"\b(?:Agreement|Treaty|Convention)\b", "agreement"),
    ]
)
# An instrument the release issues: "issued the Japan-Australia Joint Statement" (the verb just before its
# name) or "the Memorandum of Cooperation ... was signed" (the verb just after it).
ISSUED_BEFORE_EN: Final = _compile(
    r"\b(?:issued|signed|adopted|released|exchanged|concluded|announced|endorsed|"
    r"(?:signing|signature|adoption|issuance|release|exchange)\s+of)\s+"
    r"(?:(?:a|an|the|their|its|two|both)\s+)?[“\"‘']?$",
    _I,
)
# The rest of an instrument's title after its head word: "Joint Declaration| on Security Cooperation".
TITLE_TAIL_EN: Final = _compile(
    r"\s+(?:on|between|concerning|regarding|for|of)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:and|of|the|for|on|in|to)\s+)*[A-Z][\w’'-]*){0,10}"
)
# A document's title in quotation marks: “Japan-Philippines Joint Statement”.
QUOTED_TITLE_EN: Final = _compile(r"[“\"](?P<title>[A-Z][^“”\"\n]{2,200}?)[”\"]")
ISSUED_AFTER_EN: Final = _compile(
    r"[”\"’']?,?\s+(?:(?:was|were|has\s+been|have\s+been)\s+(?:also\s+|jointly\s+)?"
    r"(?:issued|signed|adopted|released|exchanged|concluded|announced|endorsed)|"
    r"(?:is|are)\s+(?:as\s+follows|attached))\b",
    _I,
)
# "a yen loan of up to 50 billion yen": the kind of aid named before an amount.
AID_KIND_BEFORE_EN: Final = _compile(
    r"(?P<kind>(?:yen|ODA)\s+loans?|grant\s+aid|loans?|grants?)\s+(?:of|worth|totaling|totalling|amounting\s+to)\s+$",
    _I,
)
