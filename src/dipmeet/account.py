"""Accounting: every visible character of the input is in the release, or a diagnostic says it is not.

A release is read into spans: the headline, the date line, each meeting's
opening paragraph, participants, section numbering and headings, items, and
diagnostics for what was set aside. :func:`unaccounted` finds the text that
no span covers and reports it, so that no line is ever dropped silently, in
any language and whatever the stages before it missed: ``warning`` for text
with letters or digits in it, ``info`` for punctuation and symbols alone (the
brackets of 【会談概要】, a stray ``|``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .model import Diagnostic, DiagnosticKind, Release, Section, Severity, Span

__all__ = ["BLANK", "covered_spans", "unaccounted"]

BLANK: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"
)
"""Characters that need no accounting: white space (``str.isspace``) and the
invisible characters that normalisation deletes (zero-width spaces and joiners,
word joiner, byte-order mark, soft hyphen)."""

_BLANK_SET: Final = frozenset(BLANK)
_VISIBLE: Final = re.compile(f"[^{re.escape(BLANK)}]")
_WORD: Final = re.compile(r"[^\W_]")


def covered_spans(release: Release) -> Iterator[Span]:
    """Yield every span of the release that accounts for input text."""
    for span in (release.title_span, release.subtitle_span, release.published_span):
        if span is not None:
            yield span
    for diagnostic in release.diagnostics:
        if diagnostic.span is not None:
            yield diagnostic.span
    for meeting in release.meetings:
        if meeting.span is not None:
            yield meeting.span
        for participant in meeting.participants:
            if participant.span is not None:
                yield participant.span
        yield from _section_spans(meeting.sections)


def _section_spans(sections: tuple[Section, ...]) -> Iterator[Span]:
    for section in sections:
        if section.marker_span is not None:
            yield section.marker_span
        if section.heading_span is not None:
            yield section.heading_span
        for item in section.items:
            yield item.span
        yield from _section_spans(section.sections)


def unaccounted(text: str, release: Release) -> list[Diagnostic]:
    """Report each stretch of ``text`` with visible characters that no span of ``release`` covers.

    Linear in the input: the spans are sorted once and the gaps between them
    are stripped of blank characters at both ends.
    """
    found: list[Diagnostic] = []
    position = 0
    for start, end in sorted(_bounds(release)):
        if start > position:
            # Most gaps are one line break or space: a set lookup, not a copy stripped.
            if (start - position > 1 or text[position] not in _BLANK_SET) and text[position:start].strip(BLANK):
                found.extend(_gap(text, position, start))
            position = end
        elif end > position:
            position = end
    found.extend(_gap(text, position, len(text)))
    return found


def _bounds(release: Release) -> list[tuple[int, int]]:
    """``(start, end)`` of every span :func:`covered_spans` yields, gathered in plain loops (no generators)."""
    spans = [release.title_span, release.subtitle_span, release.published_span]
    for diagnostic in release.diagnostics:
        spans.append(diagnostic.span)
    sections: list[Section] = []
    for meeting in release.meetings:
        spans.append(meeting.span)
        for participant in meeting.participants:
            spans.append(participant.span)
        sections.extend(meeting.sections)
    while sections:
        section = sections.pop()
        spans.append(section.marker_span)
        spans.append(section.heading_span)
        for item in section.items:
            spans.append(item.span)
        sections.extend(section.sections)
    return [(span.start, span.end) for span in spans if span is not None]


def _gap(text: str, start: int, end: int) -> list[Diagnostic]:
    first = _VISIBLE.search(text, start, end)
    if first is None:
        return []  # the usual gap: the line break between two lines
    start = first.start()
    end = start + len(text[start:end].rstrip(BLANK))
    words = bool(_WORD.search(text, start, end))
    return [
        Diagnostic(
            DiagnosticKind.UNREAD_TEXT,
            Severity.WARNING if words else Severity.INFO,
            f"text not read into the release: {text[start : min(end, start + 60)]!r}",
            Span(start, end),
            "unaccounted",
        )
    ]
