"""The head of a Japanese release: site labels, headline, date line, and the opening paragraph.

Pages saved from the ministry's site start with labels (報道発表, a country
name, 高村外務大臣), photo captions and navigation before the headline; the
date line may come before or after the headline, or not at all. The opening
paragraph is the first one that tells a meeting as an event
(…と会談を行ったところ、概要は以下のとおりです). Everything before it is
classified here, and every line set aside becomes an ``info`` diagnostic.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

import attrs

from .model import Diagnostic, DiagnosticKind, Document, Language, Meeting, Release, Severity, Span
from .normalize import Text, compact
from .rules import first_hit, ja
from .rules.countries import COUNTRIES_JA
from .segment import anchored_rules, join_lines, read_anchored_markers
from .temporal import DateContext, read_date_line

__all__ = [
    "Header",
    "gallery_caption",
    "is_noise_line",
    "opening_numbering",
    "publication",
    "read_header",
    "release_from",
    "set_aside",
    "title_of",
]


@attrs.frozen
class Header:
    """What the head of a release holds.

    Attributes:
        title: The headline, or None.
        subtitle: A bracketed line under the headline ((概要), (於:ウィスラー)), or None.
        date_line: The date line as written, or None.
        context: What the date line says, for resolving partial dates.
        published: The date line as a full date, or None.
        opening: The opening paragraph (numbering removed), or None.
        body_start: Index of the first body line.
        lines: The lines (possibly with a date line split from its paragraph).
        diagnostics: Lines set aside, and what is missing.
    """

    title: Text | None
    subtitle: Text | None
    date_line: Text | None
    context: DateContext
    published: dt.date | None
    opening: Text | None
    body_start: int
    lines: list[Text]
    diagnostics: list[Diagnostic]


def is_noise_line(line: Text, *, in_body: bool = False) -> tuple[str, DiagnosticKind] | None:
    """Whether a whole line is noise (a site label, a caption, navigation); return the rule and kind."""
    text = line.text
    length = len(text)
    hit = None
    for rule, shortest, longest, screen in anchored_rules(ja.NOISE_LINE_RULES).whole(text):
        if shortest <= length <= longest and (screen is None or screen(text)) and rule.pattern.fullmatch(text):
            hit = rule
            break
    if hit is not None:
        return hit.name, hit.meaning
    if text in COUNTRIES_JA and not in_body:
        return "country_label", DiagnosticKind.SITE_LABEL
    if _is_caption(text):
        return "photo_caption", DiagnosticKind.PHOTO_CAPTION
    return None


def gallery_caption(lines: Sequence[Text], index: int) -> bool:
    """Whether line ``index`` is the caption of a photo in a gallery amid the text.

    A short line with no full stop is a caption where a photo's place stands
    before it (• 画像1 / 握手を交わす両首脳), or a photo line stands before it
    and a credit after it (• (写真3)…表敬 / …表敬 / (写真提供:内閣広報室)).
    """
    text = lines[index].text
    if "。" in text or len(text) > 60:
        return False
    before = lines[index - 1].text if index else ""
    if ja.PHOTO_MARKER.match(before):
        return True
    after = lines[index + 1].text if index + 1 < len(lines) else ""
    return bool(ja.PHOTO_CREDIT.match(after)) and (not before or bool(ja.PHOTO_CREDIT.match(before)))


def _is_caption(text: str) -> bool:
    if "。" in text or len(text) > 120:
        return False
    stripped = text.lstrip("-・•* ")
    if stripped.startswith("(写真") or "写真提供" in stripped or _SCENE_AT_END.search(stripped):
        return True
    # A caption has a caption's words; only then are the outline and predicates worth a search.
    if not ja.PHOTO_CAPTION.search(stripped):
        return False
    if ja.OUTLINE.search(text) or (first_hit(ja.PREDICATE_RULES, text) and not ja.PHOTO_CAPTION.search(text)):
        return False
    return not ja.EVENT.search(compact_text(stripped))


_SCENE_AT_END: Final = re.compile(r"(?:の様子|様子)(?:\([^()]*\))?$")


def compact_text(text: str) -> str:
    """The text with spaces between Japanese characters removed (for matching only)."""
    return compact(Text(text, range(len(text) + 1))).text


# The shortest opening paragraph, and the shortest first half of one wrapped over two lines.
_SHORTEST_OPENING: Final = 30
_SHORTEST_OPENING_START: Final = 20


def is_opening(line: Text) -> bool:
    """Whether a line tells the meeting as an event: the opening paragraph.

    Compacting only removes characters: a line shorter than an opening is
    ruled out before it is compacted.
    """
    if len(line.text) < _SHORTEST_OPENING:
        return False
    text = compact(line).text
    if len(text) < _SHORTEST_OPENING:
        return False
    if ja.OUTLINE.search(text):
        return True
    event = ja.EVENT.search(text)
    timed = ja.DAY_DATE.search(text) or ja.CLOCK.search(text) or ja.DURATION.search(text)
    return bool(event and timed)


def read_header(lines: Sequence[Text], marker_rules: Sequence[object] = ()) -> Header:
    """Classify the lines before the body; find the opening paragraph."""
    lines = list(lines)
    diagnostics: list[Diagnostic] = []
    candidates: list[tuple[int, Text]] = []  # lines that may be the headline
    date_line: Text | None = None
    date_index = -1
    context = DateContext()
    opening: Text | None = None
    body_start = len(lines)
    numbering = anchored_rules(ja.MARKER_RULES)
    index = 0
    while index < len(lines):
        line = lines[index]
        if date_line is None:
            read = read_date_line(line.text)
            if read is not None:
                found, match = read
                date_line, context, date_index = line.slice(0, match.end()), found, index
                rest = line.slice(match.end()).strip()
                if rest.text:  # 「平成14年8月2日 8月1日、川口外務大臣は…」: a flattened page
                    lines[index] = date_line
                    lines.insert(index + 1, rest)
                index += 1
                continue
        markers, rest = read_anchored_markers(line, numbering)
        if is_opening(rest):
            opening = rest
            body_start = index + 1
            diagnostics.extend(opening_numbering(line, rest))
            break
        if _starts_opening(rest) and index + 1 < len(lines):
            # An opening wrapped over two lines (…楊潔チ・外交部長 / との間で…会談を行った)
            joined = join_lines(rest, lines[index + 1])
            if is_opening(joined) and not read_anchored_markers(lines[index + 1], numbering)[0]:
                opening = joined
                body_start = index + 2
                break
        noise = is_noise_line(line)
        if noise is not None:
            diagnostics.append(set_aside(line, *noise))
            index += 1
            continue
        if markers and markers[0].style == "bullet" and "。" not in rest.text and len(rest.text) < 60:
            # A bulleted line before the opening: a photo caption (• …表敬1).
            diagnostics.append(set_aside(line, "bulleted_caption", DiagnosticKind.PHOTO_CAPTION))
            index += 1
            continue
        if markers or (line.text.endswith("。") and len(line.text) > 40):
            body_start = index  # the body starts with no opening paragraph
            break
        if date_line is not None and index + 1 < len(lines) and ja.PHOTO_CREDIT.match(lines[index + 1].text):
            # After the date line, a line over a photo's credit is the photo's caption
            # (バイニマラマ首相を迎える安倍総理大臣 / (写真提供:内閣広報室)), not the headline.
            diagnostics.append(set_aside(line, "credited_caption", DiagnosticKind.PHOTO_CAPTION))
            index += 1
            continue
        candidates.append((index, line))
        index += 1
    title, subtitle, leftovers = _choose_title(candidates, date_index)
    if title is None:
        diagnostics.append(Diagnostic(DiagnosticKind.NO_TITLE, Severity.INFO, "the release has no headline"))
    for line in leftovers:
        diagnostics.append(set_aside(line, "header_line", DiagnosticKind.UNREAD_TEXT))
    published = None
    if date_line is not None:
        published = _full_date(context)
        if published is None:
            diagnostics.append(
                Diagnostic(
                    DiagnosticKind.NO_DATE_LINE,
                    Severity.WARNING,
                    f"the date line {date_line.text!r} gives no full date",
                    date_line.span(),
                )
            )
    else:
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


def opening_numbering(line: Text, rest: Text) -> list[Diagnostic]:
    """Set aside the numbering in front of an opening paragraph (「1. 本24日、…」, "1. On June 1, …").

    The numbering is not lost: it becomes an ``info`` diagnostic with its span.
    """
    if rest.start <= line.start:
        return []
    numbering = line.text[: len(line) - len(rest)].rstrip()
    return [
        Diagnostic(
            DiagnosticKind.UNREAD_TEXT,
            Severity.INFO,
            f"numbering before the opening paragraph set aside: {numbering!r}",
            Span(line.start, rest.start),
            "opening_numbering",
        )
    ]


def _starts_opening(line: Text) -> bool:
    """Whether a line may be the first half of a wrapped opening: long, timed, and not yet ended."""
    if len(line.text) < _SHORTEST_OPENING_START:
        return False  # compacting only removes characters
    text = compact(line).text
    return (
        len(text) >= _SHORTEST_OPENING_START
        and not ja.TERMINAL.search(text)
        and bool(ja.DAY_DATE.search(text) or ja.CLOCK.search(text))
        and is_noise_line(line) is None
    )


def _full_date(context: DateContext) -> dt.date | None:
    if context.year is None or context.month is None or context.day is None:
        return None
    try:
        return dt.date(context.year, context.month, context.day)
    except ValueError:
        return None


def set_aside(line: Text, rule: str, kind: DiagnosticKind) -> Diagnostic:
    """An ``info`` diagnostic for a line set aside by ``rule`` (a caption, a footer, a reference note)."""
    return Diagnostic(kind, Severity.INFO, f"line set aside ({rule}): {line.text[:60]!r}", line.span(), rule)


def publication(header: Header, published: dt.date | None, diagnostics: list[Diagnostic]) -> dt.date | None:
    """The release's date: the date line wins over the caller's date, and a disagreement is noted."""
    if header.published is None:
        return published
    if published is not None and published != header.published:
        diagnostics.append(
            Diagnostic(
                DiagnosticKind.DATE_CONFLICT,
                Severity.WARNING,
                f"the date line says {header.published.isoformat()}, the caller {published.isoformat()}; "
                "the date line is kept",
                header.date_line.span() if header.date_line else None,
            )
        )
    return header.published


def title_of(header: Header, raw: str) -> str | None:
    """The headline as written in the input ``raw``, or None."""
    return raw[header.title.start : header.title.end] if header.title else None


def release_from(
    header: Header,
    raw: str,
    *,
    published: dt.date | None,
    language: Language,
    meetings: tuple[Meeting, ...],
    documents: tuple[Document, ...],
    diagnostics: list[Diagnostic],
) -> Release:
    """The release: its meetings, documents and diagnostics, with the headline, date line and subtitle of its head."""
    return Release(
        title=title_of(header, raw),
        published=published,
        language=language,
        meetings=meetings,
        documents=documents,
        diagnostics=tuple(diagnostics),
        title_span=header.title.span() if header.title else None,
        published_span=header.date_line.span() if header.date_line else None,
        subtitle=raw[header.subtitle.start : header.subtitle.end] if header.subtitle else None,
        subtitle_span=header.subtitle.span() if header.subtitle else None,
    )


def _choose_title(candidates: list[tuple[int, Text]], date_index: int) -> tuple[Text | None, Text | None, list[Text]]:
    """Pick the headline (and a bracketed subtitle) among the unclassified header lines."""
    if not candidates:
        return None, None, []
    before = [(i, line) for i, line in candidates if date_index < 0 or i < date_index]
    after = [(i, line) for i, line in candidates if date_index >= 0 and i > date_index]
    pool = before or after
    stems = sorted(line.text.lstrip("-・•* ") for _, line in candidates)
    pool = [(i, line) for i, line in pool if not _numbered_caption(line, stems)]
    if not pool:
        return None, None, [line for _, line in candidates]
    # Of several lines, the one that names a meeting is the headline; the
    # others are labels of the page's section (外務副大臣・外務大臣政務官).
    naming = [(i, line) for i, line in pool if first_hit(ja.TITLE_FORMAT_RULES, line.text) or "訪問" in line.text]
    title_index, title = (naming or pool)[0]
    subtitle = None
    leftovers = []
    for i, line in candidates:
        if i == title_index:
            continue
        if subtitle is None and i == title_index + 1 and line.text.startswith("(") and line.text.endswith(")"):
            subtitle = line
            continue
        leftovers.append(line)
    return title, subtitle, leftovers


def _numbered_caption(line: Text, stems: list[str]) -> bool:
    """Lines such as 日・インドネシア外相会談1 … 5: a headline repeated with numbers (photo captions).

    A headline followed by what the photo shows (日・イラン外相会談(会談), its
    sibling …(握手) already set aside as a caption) is a caption on its own.
    ``stems`` holds every candidate line without its bullet, sorted: the lines
    that start with a stem stand together there, so two of them are found by
    bisection rather than by a scan of every line for every line.
    """
    match = ja.CAPTION_NUMBERED.match(line.text)
    if not match:
        return False
    if match["number"].startswith("("):
        return True
    stem = match["stem"]
    first = bisect.bisect_left(stems, stem)
    return first + 1 < len(stems) and stems[first].startswith(stem) and stems[first + 1].startswith(stem)
