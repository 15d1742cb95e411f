"""Hypothesis strategies for every model class."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from dipmeet.model import (
    Act,
    Agreement,
    AgreementKind,
    Amount,
    Approximate,
    Diagnostic,
    DiagnosticKind,
    Discussion,
    Document,
    DocumentKind,
    Format,
    Instrument,
    Language,
    Level,
    Meeting,
    MeetingPart,
    Participant,
    Release,
    Section,
    Severity,
    Side,
    Span,
    Statement,
)

texts = st.text(max_size=30)
optional_texts = st.none() | texts


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(min_value=0, max_value=10_000))
    return Span(start, start + draw(st.integers(min_value=0, max_value=500)))


times = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31))

participants = st.builds(
    Participant,
    name=optional_texts,
    title=optional_texts,
    country=optional_texts,
    side=st.sampled_from(Side),
    name_en=optional_texts,
    title_en=optional_texts,
    group=optional_texts,
    visit=optional_texts,
    attendee=st.booleans(),
    span=st.none() | spans(),
)
amounts = st.builds(
    Amount,
    value=st.integers(0, 10**15),
    currency=st.sampled_from(["JPY", "USD"]),
    approximate=st.booleans(),
    kind=optional_texts,
    text=texts,
    span=spans(),
)
instruments = st.builds(Instrument, name=texts, span=spans())
statements = st.builds(
    Statement,
    speaker=st.none() | participants,
    acts=st.lists(st.sampled_from(Act), max_size=3).map(tuple),
    text=texts,
    span=spans(),
    amounts=st.lists(amounts, max_size=2).map(tuple),
    instruments=st.lists(instruments, max_size=2).map(tuple),
    truncated=st.booleans(),
)
agreements = st.builds(
    Agreement,
    parties=st.lists(participants, max_size=2).map(tuple),
    kind=st.sampled_from(AgreementKind),
    text=texts,
    span=spans(),
    truncated=st.booleans(),
)
discussions = st.builds(
    Discussion, parties=st.lists(participants, max_size=2).map(tuple), text=texts, span=spans(), truncated=st.booleans()
)
items = st.one_of(statements, agreements, discussions)
sections = st.recursive(
    st.builds(
        Section,
        heading=optional_texts,
        marker=optional_texts,
        heading_span=st.none() | spans(),
        marker_span=st.none() | spans(),
        items=st.lists(items, max_size=3).map(tuple),
    ),
    lambda children: st.builds(
        Section,
        heading=optional_texts,
        items=st.lists(items, max_size=2).map(tuple),
        sections=st.lists(children, max_size=2).map(tuple),
    ),
    max_leaves=4,
)
diagnostics = st.builds(
    Diagnostic,
    kind=st.sampled_from(DiagnosticKind),
    severity=st.sampled_from(Severity),
    message=texts,
    span=st.none() | spans(),
    rule=optional_texts,
)
meeting_parts = st.builds(
    MeetingPart,
    format=st.sampled_from(Format),
    start=st.none() | times,
    duration_minutes=st.none() | st.integers(0, 1000),
    span=st.none() | spans(),
)
meetings = st.builds(
    Meeting,
    date=st.none() | dates,
    start=st.none() | times,
    end=st.none() | times,
    duration_minutes=st.none() | st.integers(0, 2000),
    approximate=st.builds(Approximate, start=st.booleans(), end=st.booleans(), duration=st.booleans()),
    time_zone=optional_texts,
    japan_date=st.none() | dates,
    japan_start=st.none() | times,
    weekday=st.none() | st.integers(0, 6),
    formats=st.lists(st.sampled_from(Format), max_size=3, unique=True).map(tuple),
    parts=st.lists(meeting_parts, max_size=2).map(tuple),
    level=st.none() | st.sampled_from(Level),
    venue=optional_texts,
    participants=st.lists(participants, max_size=3).map(tuple),
    topics=st.lists(texts, max_size=3).map(tuple),
    sections=st.lists(sections, max_size=2).map(tuple),
    span=st.none() | spans(),
)
documents = st.builds(Document, title=texts, kind=st.sampled_from(DocumentKind), span=st.none() | spans())
releases = st.builds(
    Release,
    title=optional_texts,
    published=st.none() | dates,
    language=st.sampled_from(Language),
    meetings=st.lists(meetings, max_size=2).map(tuple),
    documents=st.lists(documents, max_size=2).map(tuple),
    diagnostics=st.lists(diagnostics, max_size=3).map(tuple),
    title_span=st.none() | spans(),
    published_span=st.none() | spans(),
    source=optional_texts,
    subtitle=optional_texts,
    subtitle_span=st.none() | spans(),
)

ALL = {
    Span: spans(),
    Participant: participants,
    Amount: amounts,
    Instrument: instruments,
    Statement: statements,
    Agreement: agreements,
    Discussion: discussions,
    Section: sections,
    Diagnostic: diagnostics,
    MeetingPart: meeting_parts,
    Meeting: meetings,
    Document: documents,
    Release: releases,
}
