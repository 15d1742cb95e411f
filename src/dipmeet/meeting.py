"""The facts of a meeting from its opening paragraph: when, who, in what form, where, about what."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, TypeVar

import attrs

from .model import (
    Approximate,
    Diagnostic,
    DiagnosticKind,
    Format,
    Level,
    Meeting,
    MeetingPart,
    Participant,
    Section,
    Severity,
    Side,
    Span,
)
from .normalize import Text, compact
from .people import Mention, country_in_headline, english_country, find_mentions
from .rules import Rule, first_hit, hit_spans, ja
from .rules.countries import COUNTRIES_JA
from .temporal import Clock, DateContext, FoundDate, When, read_when

__all__ = ["MeetingFacts", "read_block_meeting", "read_meeting"]

# Only this much of an opening paragraph is read for the meeting's facts (real
# ones stay under 400 characters): a flattened page can make the whole release
# one "opening", and relating every date, clock and name to every other is
# quadratic in their number.
_LONGEST_OPENING: Final = 2000

_Formats = TypeVar("_Formats", bound=tuple[Format, ...])


@attrs.frozen
class MeetingFacts:
    """The facts of a meeting read from its opening, before its body is read."""

    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    duration_minutes: int | None = None
    approximate: Approximate = attrs.Factory(Approximate)
    time_zone: str | None = None
    japan_date: dt.date | None = None
    japan_start: dt.time | None = None
    weekday: int | None = None
    formats: tuple[Format, ...] = ()
    parts: tuple[MeetingPart, ...] = ()
    level: Level | None = None
    venue: str | None = None
    participants: tuple[Participant, ...] = ()
    topics: tuple[str, ...] = ()

    def meeting(
        self, participants: Sequence[Participant], sections: tuple[Section, ...], opening: Text | None
    ) -> Meeting:
        """The meeting these facts open, once its body is read (in either language).

        Args:
            participants: Everyone the meeting's roster holds by the end of the body.
            sections: The sections of its body.
            opening: The opening paragraph the facts were read from, for the meeting's span.
        """
        return Meeting(
            date=self.date,
            start=self.start,
            end=self.end,
            duration_minutes=self.duration_minutes,
            approximate=self.approximate,
            time_zone=self.time_zone,
            japan_date=self.japan_date,
            japan_start=self.japan_start,
            weekday=self.weekday,
            formats=self.formats,
            parts=self.parts,
            level=self.level,
            venue=self.venue,
            participants=tuple(participants),
            topics=self.topics,
            sections=sections,
            span=opening.span() if opening else None,
        )


def read_meeting(
    opening: Text | None,
    preamble: Sequence[Text],
    *,
    title: str | None,
    context: DateContext,
    diagnostics: list[Diagnostic],
) -> MeetingFacts:
    """Read a meeting's facts from its opening paragraph (and the paragraphs before the body)."""
    if opening is None:
        formats = _title_formats(title)
        level = _level(None, title or "")
        return MeetingFacts(formats=formats, level=level)
    text = compact(opening)
    if len(text.text) > _LONGEST_OPENING:
        diagnostics.append(
            Diagnostic(
                DiagnosticKind.UNREAD_TEXT,
                Severity.WARNING,
                f"the opening paragraph has {len(text.text):,} characters; the meeting's facts are read "
                f"from the first {_LONGEST_OPENING:,}",
                text.span(_LONGEST_OPENING),
                "long_opening",
            )
        )
        text = text.slice(0, _LONGEST_OPENING)
    when = read_when(text.text, context)
    date, weekday = _meeting_date(when, text, diagnostics)
    local = when.local_clocks()
    start_clock = next((clock for clock in local if not clock.until), None)
    end_clock = next((clock for clock in local if clock.until), None)
    japan = when.japan_clocks()
    duration, duration_approx = _duration(when, start_clock, end_clock)
    japan_start = japan[0] if japan else None
    mentions = find_mentions(text.text)
    participants = _participants(text, mentions, title, preamble)
    format_spans = _rule_spans(ja.FORMAT_RULES, text.text)
    texts = [text.text, *(compact(p).text for p in preamble)]
    formats = _formats(texts, format_spans) or _title_formats(title)
    if not formats and ja.EXCHANGE_AS_MEETING.search(text.text):
        formats = (Format.TALKS,)
    japan_main = next((p for p in participants if p.side is Side.JAPAN and not p.attendee), None)
    level = _level(japan_main, (title or "") + text.text)
    zone = next((clock.zone for clock in local if clock.zone), None)
    return MeetingFacts(
        date=date,
        start=start_clock.time if start_clock else None,
        end=end_clock.time if end_clock else None,
        duration_minutes=duration,
        approximate=Approximate(
            start=bool(start_clock and start_clock.approximate),
            end=bool(end_clock and end_clock.approximate),
            duration=duration_approx,
        ),
        time_zone=zone,
        japan_date=_japan_date(when, text.text, date, start_clock, japan_start),
        japan_start=japan_start.time if japan_start else None,
        weekday=weekday,
        formats=formats,
        parts=_parts(text, when, format_spans),
        level=level,
        venue=_venue(text.text),
        participants=tuple(participants),
        topics=_topics(text.text),
    )


def read_block_meeting(
    heading: Text | None,
    first_paragraph: Text | None,
    *,
    japan: Participant | None,
    context: DateContext,
    diagnostics: list[Diagnostic],
) -> MeetingFacts:
    """Read the facts of a meeting told in a block of its own (2.インド政府要人との会談等).

    The heading names the meeting and often the counterpart; the block's first
    paragraph may give its date and time. The Japanese participant is the one
    of the release's opening (the visitor).
    """
    heading_text = compact(heading).text if heading is not None else ""
    paragraph = compact(first_paragraph) if first_paragraph is not None else None
    when = read_when(paragraph.text, context) if paragraph is not None else None
    heading_when = read_when(heading_text, context) if heading_text else None
    found = (when.date if when else None) or (heading_when.date if heading_when else None)
    local = when.local_clocks() if when else []
    start = next((clock for clock in local if not clock.until), None)
    people: list[Participant] = [japan] if japan is not None else []
    sources = [(heading, heading_text)] + ([(first_paragraph, paragraph.text)] if paragraph is not None else [])
    for source, text in sources:
        if source is None:
            continue
        mapped = compact(source)
        for mention in find_mentions(text):
            if mention.side is Side.JAPAN:
                continue
            people.append(mention.participant(span=mapped.span(mention.start, mention.end)))
        if any(person.side is not Side.JAPAN for person in people):
            break  # the heading named the counterpart
    formats = _title_formats(heading_text) or (_formats([paragraph.text]) if paragraph is not None else ())
    return MeetingFacts(
        date=found.date if found else None,
        start=start.time if start else None,
        duration_minutes=when.durations[0][0] if when and when.durations else None,
        formats=formats,
        level=_level(japan, heading_text),
        participants=tuple(people),
    )


def _in_japan_paren(text: str, position: int) -> bool:
    open_ = text.rfind("(", max(0, position - 30), position)
    if open_ == -1 or ")" in text[open_:position]:
        return False
    close = text.find(")", position)
    return close != -1 and ja.JAPAN_TIME in text[open_:close]


def _meeting_date(when: When, text: Text, diagnostics: list[Diagnostic]) -> tuple[dt.date | None, int | None]:
    candidates = [found for found in when.dates if not _in_japan_paren(text.text, found.start)]
    first: FoundDate | None = candidates[0] if candidates else when.date
    if when.date is not None and when.dates and when.date is not when.dates[0]:
        first = when.date  # 5月31日午前3時40分(現地時間5月30日…): the local date, after the Japanese one
    if first is None:
        diagnostics.append(
            Diagnostic(
                DiagnosticKind.NO_MEETING_DATE, Severity.WARNING, "the opening paragraph gives no date", text.span()
            )
        )
        return None, None
    span = text.span(first.start, first.end)
    if first.invalid:
        diagnostics.append(
            Diagnostic(DiagnosticKind.INVALID_DATE, Severity.ERROR, "the meeting date is not a calendar date", span)
        )
        return None, first.weekday
    if first.date is None:
        diagnostics.append(
            Diagnostic(
                DiagnosticKind.NO_MEETING_DATE,
                Severity.WARNING,
                "the meeting date gives no year or month and the release has no date line to supply them",
                span,
            )
        )
        return None, first.weekday
    if first.weekday is not None and first.weekday != first.date.weekday():
        diagnostics.append(
            Diagnostic(
                DiagnosticKind.WEEKDAY_MISMATCH,
                Severity.WARNING,
                f"the weekday written beside the date does not match {first.date.isoformat()}",
                span,
            )
        )
    return first.date, first.weekday


def _duration(when: When, start: Clock | None, end: Clock | None) -> tuple[int | None, bool]:
    if when.durations:
        minutes, approximate, _, _ = when.durations[0]
        return minutes, approximate
    if start is not None and end is not None:
        return (end.minutes - start.minutes) % (24 * 60), start.approximate or end.approximate
    return None, False


def _japan_date(
    when: When, text: str, local_date: dt.date | None, start: Clock | None, japan: Clock | None
) -> dt.date | None:
    if japan is None or local_date is None:
        return None
    for found in when.dates:
        if _in_japan_paren(text, found.start) and found.date is not None:
            return found.date
    if start is None:
        return local_date
    difference = japan.minutes - start.minutes
    if difference < -12 * 60:
        return local_date + dt.timedelta(days=1)
    if difference > 12 * 60:
        return local_date - dt.timedelta(days=1)
    return local_date


def _visits(text: str) -> dict[int, str]:
    """The visits told before a person (訪日中の), by where the person starts: VISIT's matches, left to right.

    VISIT opens with up to 40 characters before its closing word; searched
    from every position, each one is read up to 40 times. Each closing word
    is found instead, and VISIT is matched from the earliest start it allows
    (40 back, after the last character a visit cannot cross, after the last
    match): the same matches, each read once.
    """
    found: dict[int, str] = {}
    done = 0
    for closing in ja.VISIT_END.finditer(text):
        word = closing.start()
        if word < done:
            continue
        low = max(done, word - 40)
        start = max(low, *(text.rfind(stop, low, word) + 1 for stop in ja.VISIT_STOPS))
        match = ja.VISIT.match(text, start)
        if match is not None:
            found[match.end()] = match["visit"]
            done = match.end()
    return found


def _participants(
    text: Text, mentions: list[Mention], title: str | None, preamble: Sequence[Text]
) -> list[Participant]:
    """The participants named in the opening: main ones first on each side, attendees after."""
    attendee_ranges = _listed_attendees(text.text) + _bracketed_attendees(text.text)
    visits = _visits(text.text)
    main: list[Participant] = []
    attendees: list[Participant] = []
    owners: list[Participant] = []
    for mention in mentions:
        in_list = next((r for r in attendee_ranges if r[0] <= mention.start < r[1]), None)
        side = mention.side
        if in_list is not None and len(in_list) == 4:
            side = in_list[3] or side  # the side a bracketed list names
        visit = visits.get(mention.start)
        participant = mention.participant(
            side, span=text.span(mention.start, mention.end), attendee=in_list is not None, visit=visit
        )
        if _named_again(participant, main + attendees):
            continue  # なお,ケニヤッタ大統領は…: someone already named, named again
        (attendees if in_list is not None else main).append(participant)
        if in_list is None and _OWNER_OF_VISIT.match(text.text, mention.end):
            owners.append(participant)
    main = _without_visit_owners(main, owners)
    _fill_country(main, title, text.text)
    return sorted(main, key=_side_order) + sorted(attendees, key=_side_order)


def _side_order(participant: Participant) -> int:
    """Japan's side first, then the counterpart's, then any other."""
    return 0 if participant.side is Side.JAPAN else 1 if participant.side is Side.COUNTERPART else 2


# A person whose visit the meeting falls within (安倍総理の訪中に同行している河野外務大臣は):
# named in the opening, but not in the meeting when someone else on that side is.
_OWNER_OF_VISIT: Final = re.compile(r"(?:の(?:訪|来日)|に同行)")


def _without_visit_owners(main: list[Participant], owners: Sequence[Participant]) -> list[Participant]:
    """Drop the people whose visit an opening mentions when their side has someone else in the meeting."""
    if not owners:
        return main
    owned = {id(owner) for owner in owners}
    sides = {p.side for p in main if id(p) not in owned}
    return [p for p in main if id(p) not in owned or p.side not in sides]


def _named_again(participant: Participant, known: Sequence[Participant]) -> bool:
    """Whether a mention repeats a participant already named (ケニヤッタ大統領 after ウフル・ケニヤッタ・…大統領)."""
    if not participant.name:
        return False
    for other in known:
        if other.side is not participant.side or not other.name:
            continue
        tokens = other.name.split("・")
        if participant.name == other.name or participant.name in tokens:
            return True
    return False


def _listed_attendees(text: str) -> list[tuple[int, int, object, Side | None]]:
    """Attendees told in a sentence: 会談には,野上浩太郎内閣官房副長官他が同席しました."""
    found: list[tuple[int, int, object, Side | None]] = []
    for end in _attended_ends(text):
        window_start = max(0, end - 300)
        sentence_start = max(text.rfind("。", window_start, end) + 1, window_start)
        there = text.rfind("には", sentence_start, end)
        if there != -1:
            start = there + 2
        else:
            start = end
            while start > sentence_start and text[start - 1] not in "、,。(":
                start -= 1
        found.append((start, end, None, None))
    return found


def _attended_ends(text: str) -> Iterator[int]:
    """Where each match of ``ja.ATTENDED_END.finditer(text)`` starts: its word (が同席), or a も before it."""
    cores = (found.span() for found in _ATTENDED_WORD.finditer(text))
    return (start for start, _ in _optional_lead_starts(text, cores, "も"))


_ATTENDED_WORD: Final = re.compile(re.escape(ja.ATTENDED_WORD))


def _optional_lead_starts(text: str, cores: Iterable[tuple[int, int]], lead: str) -> Iterator[tuple[int, int]]:
    """``(match start, core start)`` of each match of a pattern ``(?:lead)?core``, from the core's own matches.

    A pattern that opens with an optional character is tried by the engine at
    every position; its core, led by a literal, is found by a fast scan
    instead (``cores``: the spans of its matches, in order). ``finditer`` of
    the whole pattern takes the one-character ``lead`` where it stands right
    before a core and outside the previous match, as the greedy ``?`` does.
    """
    done = 0  # where the previous match ends
    for start, end in cores:
        yield (start - 1 if start > done and text[start - 1] == lead else start), start
        done = end


_BRACKETED: Final = re.compile(r"\(([^()]{4,400})\)")


def _bracketed_attendees(text: str) -> list[tuple[int, int, object, Side | None]]:
    """Attendee lists in brackets: (同席者:日本側から,…,韓国側から,…) / (ロシア側からは…、日本側からは…が同席。)."""
    found: list[tuple[int, int, object, Side | None]] = []
    for match in _BRACKETED.finditer(text):
        inner = match.group(1)
        if not (ja.ATTENDEE_LABEL.search(inner) or "同席" in inner):
            continue
        sides = list(ja.ATTENDEE_SIDE.finditer(inner))
        if not sides:
            found.append((match.start(1), match.end(1), None, None))
            continue
        for index, side_match in enumerate(sides):
            start = match.start(1) + side_match.end()
            end = match.start(1) + (sides[index + 1].start() if index + 1 < len(sides) else len(inner))
            label = side_match["side"].strip()
            side = Side.JAPAN if label in ("日本", "我が方", "我が国") else Side.COUNTERPART
            found.append((start, end, None, side))
    return found


def _fill_country(participants: list[Participant], title: str | None, text: str) -> None:
    """Give the main counterpart a country where none is written beside the name."""
    for index, participant in enumerate(participants):
        if participant.side is not Side.COUNTERPART or participant.country or participant.group:
            continue
        country = (
            (country_in_headline(title) if title else None)
            or english_country(participant.title_en)
            or country_in_headline(text)
            or _visited_country(text)
        )
        if country:
            participants[index] = attrs.evolve(participant, country=country)
        break


def _visited_country(text: str) -> str | None:
    for match in re.finditer(r"を訪問", text):
        before = text[max(0, match.start() - 16) : match.start()]
        for size in range(len(before), 0, -1):
            if before[-size:] in COUNTRIES_JA:
                return before[-size:]
    return None


# Formats in the order the model lists them (the order of a meeting's formats).
_FORMAT_ORDER: Final = {fmt: index for index, fmt in enumerate(Format)}


def _formats(texts: Sequence[str], opening_spans: list[tuple[int, int, int]] | None = None) -> tuple[Format, ...]:
    """What took place, from the format words in the opening and the paragraphs after it.

    ``opening_spans`` are the format rules' matches in ``texts[0]`` where the
    caller has them already (:func:`_rule_spans`).
    """
    found: list[Format] = []
    for number, text in enumerate(texts):
        spans = opening_spans if number == 0 and opening_spans is not None else _rule_spans(ja.FORMAT_RULES, text)
        for index in _unclaimed(spans):
            for fmt in ja.FORMAT_RULES[index].meaning:
                if fmt not in found:
                    found.append(fmt)
    return tuple(sorted(found, key=_FORMAT_ORDER.__getitem__))


def _title_formats(title: str | None) -> tuple[Format, ...]:
    if not title:
        return ()
    found: list[Format] = []
    for index in _unclaimed(_rule_spans(ja.TITLE_FORMAT_RULES, title)):
        found.extend(fmt for fmt in ja.TITLE_FORMAT_RULES[index].meaning if fmt not in found)
    return tuple(sorted(found, key=_FORMAT_ORDER.__getitem__))


def _rule_spans(rules: Sequence[Rule[_Formats]], text: str) -> list[tuple[int, int, int]]:
    """Every match of every rule as ``(rule index, start, end)``: rule by rule, left to right within a rule.

    The order of ``finditer`` rule by rule, found in one pass (:func:`hit_spans`);
    the format rules never match the empty string, which that pass leaves out.
    """
    return sorted((index, start, end) for start, end, index in hit_spans(rules, text))


def _unclaimed(spans: list[tuple[int, int, int]]) -> Iterator[int]:
    """Yield the rule of each match, rule by rule, that overlaps no match of an earlier rule (first rule wins).

    ``spans`` are ``(rule index, start, end)`` in the order of :func:`_rule_spans`.
    The matches kept so far are disjoint, so they are held sorted and each new
    match is checked against its one neighbour (bisection), not against all.
    """
    starts: list[int] = []
    ends: list[int] = []
    kept: list[tuple[int, int]] = []
    for number, (index, start, end) in enumerate(spans):
        before = bisect.bisect_left(starts, end) - 1
        if before < 0 or ends[before] <= start:
            kept.append((start, end))
            yield index
        if kept and (number + 1 == len(spans) or spans[number + 1][0] != index):
            # The rule's last match: its kept matches now claim their text from later rules.
            merged = sorted([*zip(starts, ends, strict=True), *kept])
            starts = [span_start for span_start, _ in merged]
            ends = [span_end for _, span_end in merged]
            kept = []


def _level(japan: Participant | None, context: str) -> Level | None:
    if japan is not None and japan.title:
        hit = first_hit(ja.LEVEL_RULES, japan.title)
        if hit is not None and hit.meaning is not Level.OTHER:
            return hit.meaning
    kind = first_hit(ja.KIND_LEVEL_RULES, context)
    if kind is not None:
        return kind.meaning
    if japan is not None:
        return Level.OTHER
    return None


_VENUE_LEAD: Final = re.compile(r"^(?:[0-9]+日|訪問先の|現地)")


def _venue(text: str) -> str | None:
    for match in ja.VENUE.finditer(text):
        venue = match["venue"]
        venue = _VENUE_LEAD.sub("", venue)
        if venue in COUNTRIES_JA or ja.NOT_VENUE.search(venue) or not ja.VENUE_SUFFIX.search(venue):
            continue
        if venue.endswith("内") and len(venue) >= 3:
            venue = venue[:-1]  # 国連内において: the venue is 国連
        return venue
    return None


def _topics_start(text: str) -> int | None:
    """The earliest position where a match of TOPICS can start, or None when there is none.

    TOPICS begins with a lazy run that the engine would try from every
    position of a long sentence. A match ends in a tail (…につき意見交換),
    and its topics are at most seven chunks between commas, no full stop in
    them: the first 2 to 80 characters long, the others 1 to 40. From each
    tail this finds the earliest start those limits allow; TOPICS searched
    from there finds the very match it would find from the start of the text.
    """
    earliest: int | None = None
    for ends in _topics_tail_starts(text):
        for end in ends:
            start = _earliest_topics_start(text, end)
            if start is not None and (earliest is None or start < earliest):
                earliest = start
    return earliest


def _topics_tail_starts(text: str) -> Iterator[tuple[int, ...]]:
    """Where each match of ``ja.TOPICS_TAIL.finditer(text)`` starts, and one past its 等 where it holds one.

    TOPICS_TAIL opens with an optional 等; its core (from に) is found by a
    fast scan for that literal (see :func:`_optional_lead_starts`).
    """
    cores = (core.span() for core in ja.TOPICS_TAIL_CORE.finditer(text))
    for start, core in _optional_lead_starts(text, cores, "等"):
        yield (start, core) if start < core else (core,)


def _earliest_topics_start(text: str, end: int) -> int | None:
    """The earliest ``p`` with ``text[p:end]`` a list of topics as TOPICS reads it, or None."""
    floor = text.rfind("。", 0, end) + 1
    commas: list[int] = []  # the last seven commas before ``end``, nearest first
    position = end
    while len(commas) < 7:
        position = max(text.rfind("、", floor, position), text.rfind(",", floor, position))
        if position < 0:
            break
        commas.append(position)
    earliest = None
    chunk_end = end
    for count in range(len(commas) + 1):  # topics with ``count`` commas in them
        if count:
            comma = commas[count - 1]
            if not 1 <= chunk_end - comma - 1 <= 40:
                break  # a chunk after a comma is empty or too long: no start further back
            chunk_end = comma
        if count > 6:
            break
        lowest = max(commas[count] + 1 if count < len(commas) else floor, chunk_end - 80)
        if chunk_end - lowest >= 2:
            earliest = lowest
    return earliest


def _topics(text: str) -> tuple[str, ...]:
    start = _topics_start(text)
    if start is None:
        return ()
    match = ja.TOPICS.search(text, start)
    if not match:
        return ()
    raw = match["topics"]
    # The topics follow the last comma before them that ends a clause of the sentence.
    raw = re.split(r"(?:を行い|を行った|において|と|の間で)[、,]?", raw)[-1]
    topics = [t.strip() for t in ja.TOPIC_SEPARATOR.split(raw) if t.strip()]
    return tuple(t for t in topics if 1 < len(t) <= 40)


def _parts(text: Text, when: When, spans: list[tuple[int, int, int]]) -> tuple[MeetingPart, ...]:
    """Separately timed parts: 外相会談(約40分間)及びワーキング・ディナー(約60分間).

    ``spans`` are the format rules' matches in the text (:func:`_rule_spans`).
    """
    if not when.durations:
        return ()  # a part is a format word with its own duration
    parts = []
    for index, match_start, match_end in spans:
        duration = next((d for d in when.durations if 0 <= d[2] - match_end <= 3 or 0 <= match_start - d[3] <= 3), None)
        if duration is None:
            continue
        start = next((c for c in when.clocks if 0 <= duration[2] - c.end <= 3 and c.zone != ja.JAPAN_TIME), None)
        parts.append(
            MeetingPart(
                format=ja.FORMAT_RULES[index].meaning[-1],
                start=start.time if start else None,
                duration_minutes=duration[0],
                span=text.span(match_start, match_end),
            )
        )
    parts.sort(key=lambda part: part.span.start if part.span else 0)
    return tuple(parts) if len(parts) > 1 else ()


def opening_span(text: Text) -> Span:
    """The span of an opening paragraph."""
    return text.span()
