"""The head of an English release: site labels, headline, date line, captions and the opening paragraph.

Pages start with labels ("Press Releases", "Japan-Australia Relations",
"Oceania"), then the headline, perhaps a subtitle ("(Outline)", "Summary of
Results"), the date line ("June 1, 2022") and photo captions ("Two ministers
shaking hands", "(Photo: Cabinet Public Relations Office)") before the opening
paragraph ("On June 1, commencing at 8:03 p.m. ..., Mr. KISHIDA Fumio ...
held a summit telephone talk with ... The overview of the meeting is as
follows."). The headline is the last unclassified line before the date line;
lines between the date line and the opening are captions. Every line set
aside becomes an ``info`` diagnostic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Final

from .header import Header, opening_numbering, set_aside
from .model import Diagnostic, DiagnosticKind, Severity
from .normalize import Text
from .people_en import find_people
from .rules import en, first_hit, rules_at
from .rules._lazy import holds_caseless
from .rules.countries import COUNTRIES_EN
from .segment import join_lines, read_markers
from .temporal import DateContext
from .temporal_en import read_date_line_en, tells_time

__all__ = [
    "announces_outline",
    "is_caption_en",
    "is_foreign_script",
    "is_noise_line_en",
    "is_opening_en",
    "read_header_en",
]

_LATIN: Final = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LETTER: Final = re.compile(r"[^\W\d_]")
_OTHER_LETTER: Final = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")
_SENTENCE_LIKE: Final = re.compile(r"[.!?][\"”’)]*$")
_BULLET: Final = re.compile(r"^[-•*・]\s+")


def is_noise_line_en(line: Text, *, in_body: bool = False) -> tuple[str, DiagnosticKind] | None:
    """Whether a whole line is noise (a site label, a photo credit, a footer); return the rule and kind."""
    text = line.text
    # _BULLET matches only at the start, where it needs a bullet (a line without one is left as it is)
    unbulleted = _BULLET.sub("", text) if text[:1] in _BULLETS else text
    if unbulleted == text:
        # No bullet: one test a rule, and only for the rules that can start with the line's first character.
        for rule in rules_at(en.NOISE_LINE_RULES, text):
            if _may_be_whole(rule.name, text) and rule.pattern.fullmatch(text):
                return rule.name, rule.meaning
    else:
        for rule in en.NOISE_LINE_RULES:
            if rule.pattern.fullmatch(text) or rule.pattern.fullmatch(unbulleted):
                return rule.name, rule.meaning
    if not in_body:
        for rule in rules_at(en.HEAD_NOISE_RULES, text):
            if rule.pattern.fullmatch(text):
                return rule.name, rule.meaning
        if text in COUNTRIES_EN:
            return "country_label", DiagnosticKind.SITE_LABEL
    return None


_BULLETS: Final = "-•*・"


def _may_be_whole(name: str, text: str) -> bool:
    """Whether the noise rule ``name`` may match ``text`` whole: a breadcrumb ("Top > ... > ...") holds two ">"."""
    return name != "breadcrumb" or text.count(">") >= 2


def is_foreign_script(text: str) -> bool:
    """Whether a line is mostly in another script (the Korean version of an embassy page)."""
    if text.isascii() or not _holds_other_letter(text):
        return False  # no letter of another script (curly quotes and dashes are not letters)
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_LATIN.findall(text)) * 2 < letters


# Characters outside ASCII that English releases use and that are not letters (curly quotes, dashes, the
# ellipsis, the no-break space): a line that is ASCII without them holds no letter of another script.
_TYPOGRAPHY: Final = ("’", "‘", "“", "”", "–", "—", "…", "\u00a0")


def _holds_other_letter(text: str) -> bool:
    """Whether ``text`` holds a letter of another script than the Latin one (:data:`_OTHER_LETTER`).

    The search is made only where the line is not ASCII once the curly
    quotes and dashes are taken out: its class (a letter, not A-Z nor
    Latin-1 to Latin Extended-B) costs the engine about a hundred
    instructions a character, and nearly every line of an English release
    that is not ASCII is so for its quotes alone.
    """
    rest = text
    for mark in _TYPOGRAPHY:
        if mark in rest:
            rest = rest.replace(mark, "")
    return not rest.isascii() and _OTHER_LETTER.search(rest) is not None


def is_caption_en(text: str) -> bool:
    """Whether a short line is a photo caption ("Two ministers shaking hands", "(photo) ...")."""
    if len(text) <= 320 and en.PHOTO_CREDIT_END.search(text):
        return True  # two captions run together, closed by the credit
    if len(text) > 160 or (_SENTENCE_LIKE.search(text) and len(text) > 80):
        return False
    # PHOTO_CAPTION, case-insensitive and led by \b and ^, is tried at every character: only where it may match
    return holds_caseless(text, en.PHOTO_CAPTION_WORDS) and en.PHOTO_CAPTION.search(text) is not None


def announces_outline(text: str) -> bool:
    """Whether :data:`~dipmeet.rules.en.OUTLINE_RULES` find an outline's announcement ("... is as follows").

    Every match holds "follows" or "following" in some case: a text without
    "follow" (nearly every one) is lowered once for that, where each rule's
    own test lowers it again. "follow" is ASCII letters that no other
    character matches under IGNORECASE.
    """
    return "follow" in text.lower() and first_hit(en.OUTLINE_RULES, text) is not None


def is_opening_en(text: str, *, untimed: bool = False) -> bool:
    """Whether a paragraph tells the meeting as an event: the opening paragraph.

    An opening says when ("On June 1, commencing at ...") or announces the
    outline ("The overview of the meeting is as follows"). With ``untimed``,
    a paragraph that tells a meeting between named people is enough (the
    first paragraph of the body of a release whose opening gives no date).
    """
    if len(text) < 50:
        return False
    if announces_outline(text):
        return True
    if not first_hit(en.EVENT_RULES, text):
        return False
    if untimed:
        return bool(find_people(text))
    return tells_time(text)


def read_header_en(lines: Sequence[Text], ends_paragraph: Callable[[Text], bool]) -> Header:
    """Classify the lines before the body and find the opening paragraph.

    Args:
        lines: The release's lines.
        ends_paragraph: Whether a line ends its paragraph (an opening
            paragraph wrapped over several lines is joined until it does).
    """
    lines = list(lines)
    diagnostics: list[Diagnostic] = []
    candidates: list[tuple[int, Text]] = []
    date_line: Text | None = None
    date_index = -1
    context = DateContext()
    opening: Text | None = None
    body_start = len(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        if date_line is None:
            read = read_date_line_en(line.text)
            if read is not None:
                context, _ = read
                date_line, date_index = line, index
                index += 1
                continue
        markers, rest = read_markers(line, en.MARKER_RULES)
        if is_opening_en(rest.text) and not is_foreign_script(rest.text):
            diagnostics.extend(opening_numbering(line, rest))
            opening, index = _whole_paragraph(lines, index, rest, ends_paragraph)
            body_start = index + 1
            break
        noise = is_noise_line_en(line)
        if noise is not None:
            diagnostics.append(set_aside(line, *noise))
        elif is_foreign_script(line.text):
            diagnostics.append(set_aside(line, "foreign_script", DiagnosticKind.MIXED_LANGUAGE))
        elif markers and not _SENTENCE_LIKE.search(rest.text) and len(rest.text) < 100 and index + 1 < len(lines):
            diagnostics.append(set_aside(line, "bulleted_caption", DiagnosticKind.PHOTO_CAPTION))
        elif markers or (
            _SENTENCE_LIKE.search(line.text) and len(line.text) > 100 and not _headline_stop(line, date_line)
        ):
            if is_opening_en(rest.text, untimed=True):
                diagnostics.extend(opening_numbering(line, rest))
                opening, index = _whole_paragraph(lines, index, rest, ends_paragraph)
                index += 1
            body_start = index
            break
        else:
            candidates.append((index, line))
        index += 1
    title, subtitle, leftovers = _choose_title(candidates, date_index)
    diagnostics.extend(leftovers)
    published = _full_date(context) if date_line is not None else None
    if date_line is None:
        diagnostics.append(Diagnostic(DiagnosticKind.NO_DATE_LINE, Severity.INFO, "the release has no date line"))
    if opening is None:
        diagnostics.append(
            Diagnostic(
                DiagnosticKind.NO_OPENING,
                Severity.WARNING,
                "no opening paragraph tells when and with whom the meeting took place",
            )
        )
    return Header(title, subtitle, date_line, context, published, opening, body_start, lines, diagnostics)


def _headline_stop(line: Text, date_line: Text | None) -> bool:
    """Whether a long line above the date line ends with an abbreviation, not a full stop: a headline
    ("Courtesy Call on ... by Ms. Annelize Schroeder, Chargé d'Affaires a.i.")."""
    return date_line is None and bool(en.NEVER_ENDS.search(line.text) or en.MAY_END.search(line.text))


def _whole_paragraph(
    lines: list[Text], index: int, rest: Text, ends_paragraph: Callable[[Text], bool]
) -> tuple[Text, int]:
    """The opening with the lines it wraps onto; return it and the index of its last line."""
    paragraph = rest
    while not ends_paragraph(paragraph) and index + 1 < len(lines):
        following = lines[index + 1]
        markers, _ = read_markers(following, en.MARKER_RULES)
        if markers or is_noise_line_en(following, in_body=True):
            break
        paragraph = join_lines(paragraph, following)
        index += 1
    return paragraph, index


def _full_date(context: DateContext) -> dt.date | None:
    """The date line as a full date, or None when it lacks a part or is not a calendar date."""
    if context.year is None or context.month is None or context.day is None:
        return None
    try:
        return dt.date(context.year, context.month, context.day)
    except ValueError:
        return None


def _choose_title(
    candidates: list[tuple[int, Text]], date_index: int
) -> tuple[Text | None, Text | None, list[Diagnostic]]:
    """Pick the headline (and a subtitle) among the unclassified lines of the head.

    Before the date line, the headline is the last line that is not a subtitle
    (a first line is a series label: "Visit by Prime Minister ... to Russia");
    after it, lines are photo captions, unless nothing stands before it.
    """
    before = [(i, line) for i, line in candidates if date_index < 0 or i < date_index]
    after = [(i, line) for i, line in candidates if date_index >= 0 and i > date_index]
    leftovers: list[Diagnostic] = []
    pool = [(i, line) for i, line in before if not en.SUBTITLE.match(line.text) and not is_caption_en(line.text)]
    if len(pool) > 1:  # "(June 20 and 21, Seoul, Republic of Korea)" under the headline
        pool = [(i, line) for i, line in pool if not en.BRACKETED_LINE.fullmatch(line.text.strip())] or pool
    if not pool and not before:
        pool = [(i, line) for i, line in after if not is_caption_en(line.text) and not en.SUBTITLE.match(line.text)]
        pool = pool[:1]
    title_index, title = pool[-1] if pool else (-1, None)
    joined = {title_index}
    lines = dict(candidates)
    while title is not None and min(joined) - 1 in lines and _wrapped(lines[min(joined) - 1].text, title.text):
        title = join_lines(lines[min(joined) - 1], title)
        joined.add(min(joined) - 1)
    subtitle = None
    for i, line in candidates:
        if i in joined:
            continue
        if subtitle is None and title is not None and i == title_index + 1 and en.SUBTITLE.match(line.text):
            subtitle = line
            continue
        if i > date_index >= 0 or i > title_index >= 0 or is_caption_en(line.text):
            leftovers.append(set_aside(line, "photo_caption", DiagnosticKind.PHOTO_CAPTION))
        else:
            leftovers.append(set_aside(line, "header_line", DiagnosticKind.UNREAD_TEXT))
    return title, subtitle, leftovers


def _wrapped(first: str, second: str) -> bool:
    """Whether two lines are one headline wrapped ("Meeting Between ... Koizumi and" / "Premier Zhu Rongji ...")."""
    if en.SUBTITLE.match(first) or is_caption_en(first):
        return False
    return bool(en.HEADLINE_WRAP_END.search(first.rstrip()) or en.HEADLINE_WRAP_START.match(second))
