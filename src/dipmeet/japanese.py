"""Reading a Japanese release: lines, header, blocks, meetings and sections.

:func:`parse_japanese` is what :func:`dipmeet.parse` calls for a release it
tells is in Japanese (:mod:`dipmeet.english` reads the English ones). It
reads top to bottom, one call per stage: split lines, classify the head of
the release, arrange the body into numbered blocks, read the opening
paragraph into a meeting's facts, and read each sentence of the body into
statements, agreements and discussions. It is kept apart from
:mod:`dipmeet.parse`, which checks the input and tells the language, so that
the public entry point stays plain Python in the compiled build (see the
performance page) while the reading itself can be compiled.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Final

import attrs

from .clauses import ClauseReader
from .extract import documents_in
from .header import (
    Header,
    gallery_caption,
    is_noise_line,
    is_opening,
    publication,
    read_header,
    release_from,
    set_aside,
    title_of,
)
from .meeting import MeetingFacts, read_block_meeting, read_meeting
from .model import (
    Diagnostic,
    DiagnosticKind,
    Document,
    Format,
    Item,
    Language,
    Level,
    Meeting,
    Participant,
    Release,
    Section,
    Severity,
    Side,
    Span,
)
from .normalize import Text, compact
from .people import find_mentions
from .rules import all_hits, first_hit, hit_spans, ja
from .segment import (
    Block,
    build_blocks,
    inline_noise,
    split_lines,
    split_run_on,
    split_sentences,
)
from .speakers import Roster
from .temporal import DateContext, read_when

__all__ = ["parse_japanese"]


def _lines(normalized: Text, diagnostics: list[Diagnostic]) -> list[Text]:
    """The release's lines, with table borders of converted pages trimmed and run-on numbering split off."""
    lines = []
    for line in split_lines(normalized):
        text = line.text
        if text[0] in _BORDER or text[-1] in _BORDER:  # lines are never empty; most have no border
            line = _trim_border(line, diagnostics)
        if _may_run_on(line.text):
            lines.extend(split_run_on(line, ja.RUN_ON_MARKER))
        else:
            lines.append(line)
    return lines


def _trim_border(line: Text, diagnostics: list[Diagnostic]) -> Text:
    """The line without the table border a converted page left at its ends (``| … |``), each noted."""
    trimmed = line.strip(_BORDER)
    if not trimmed.text or len(trimmed.text) == len(line.text):
        return line
    for start, end in ((line.start, trimmed.start), (trimmed.end, line.end)):
        if end > start:
            diagnostics.append(
                Diagnostic(
                    DiagnosticKind.NOISE_INLINE,
                    Severity.INFO,
                    "table border of a converted page set aside",
                    Span(start, end),
                    "table_pipe",
                )
            )
    return trimmed


# What a table border of a converted page leaves at the ends of a line.
_BORDER: Final = " |"


def _may_run_on(text: str) -> bool:
    """A quick test that ``ja.RUN_ON_MARKER`` can match: a full stop, then (past any space) a digit or ``(``.

    The pattern starts with a look-behind, which the regex engine tries at
    every position of the line; this one starts with its full stops, which
    the engine finds by a fast scan for their characters.
    """
    return _RUN_ON_QUICK.search(text) is not None


# What RUN_ON_MARKER looks behind for, and what its numbering starts with.
_RUN_ON_QUICK: Final = re.compile(r"[。.]\s*[0-9(]")


def parse_japanese(raw: str, normalized: Text, published: dt.date | None, diagnostics: list[Diagnostic]) -> Release:
    """Read a Japanese release (what :func:`dipmeet.parse` does once it has told the language).

    Args:
        raw: The input, as given to :func:`~dipmeet.parse`: spans point into it.
        normalized: ``raw`` normalised, with its map back to ``raw``.
        published: The publication date given by the caller, if any.
        diagnostics: The diagnostics so far; this reading's are added to them.

    Returns:
        The release, before the accounting of :func:`~dipmeet.parse` (text left out of every item).
    """
    header = read_header(_lines(normalized, diagnostics))
    diagnostics.extend(header.diagnostics)
    release_date = publication(header, published, diagnostics)
    context = DateContext.of(release_date) if release_date else header.context
    body = _body_lines(header, diagnostics)
    root = build_blocks(
        body,
        ja.MARKER_RULES,
        is_heading=_is_heading,
        inline_heading=_inline_heading,
        ends_sentence=_ends_sentence,
    )
    if header.opening is None:
        found = _opening_in_first_block(root)
        if found is not None:
            header = attrs.evolve(header, opening=found)
            diagnostics[:] = [d for d in diagnostics if d.kind is not DiagnosticKind.NO_OPENING]
    title = title_of(header, raw)
    last = _last_sentence_end(root)
    meetings: list[Meeting] = []
    japan: Participant | None = None
    for index, group in enumerate(_meeting_groups(root, header.opening)):
        if index == 0:
            facts = read_meeting(header.opening, root.paragraphs, title=title, context=context, diagnostics=diagnostics)
            if group is not root:
                facts = _with_block_facts(facts, group, context)
        else:
            facts = read_block_meeting(
                _block_heading(group.children[0]),
                _first_paragraph(group.children[0]),
                japan=japan,
                context=context,
                diagnostics=diagnostics,
            )
        roster = Roster(facts.participants)
        if index == 0:
            _fallback_participants(roster, header)
            japan = roster.main(Side.JAPAN)
            if facts.level is None:
                facts = attrs.evolve(facts, level=_japan_level(japan) if japan else _body_level(root))
        for side in (Side.JAPAN, Side.COUNTERPART):
            if roster.main(side) is None:
                diagnostics.append(
                    Diagnostic(
                        DiagnosticKind.NO_PARTICIPANT,
                        Severity.WARNING,
                        f"meeting {index + 1} names no {side.value} participant",
                    )
                )
        reader = ClauseReader(roster, raw)
        sections = _sections(group, reader, raw, last)
        diagnostics.extend(reader.diagnostics)
        meetings.append(facts.meeting(roster.participants, sections, header.opening if index == 0 else None))
    diagnostics.extend(inline_noise(root, raw, ja.INLINE_NOISE_RULES))
    documents = _documents(header, root)
    return release_from(
        header,
        raw,
        published=release_date,
        language=Language.JA,
        meetings=tuple(meetings),
        documents=documents,
        diagnostics=diagnostics,
    )


def _body_lines(header: Header, diagnostics: list[Diagnostic]) -> list[Text]:
    """The body lines, with noise lines (captions, footers) set aside as diagnostics."""
    body = []
    notes = False
    lines = header.lines[header.body_start :]
    for index, line in enumerate(lines):
        notes = notes or bool(ja.REFERENCE_NOTE.match(line.text.lstrip()))  # the pattern reads the start alone
        if notes:
            # [参考] / (参考1) and all after it: notes on the meeting, not its account.
            diagnostics.append(set_aside(line, "reference_note", DiagnosticKind.NOISE_LINE))
            continue
        noise = is_noise_line(line, in_body=True)
        if noise is None and gallery_caption(lines, index):
            noise = "gallery_caption", DiagnosticKind.PHOTO_CAPTION
        if noise is not None:
            diagnostics.append(set_aside(line, *noise))
            continue
        body.append(line)
    return body


# The longest heading, and the longest one that names a meeting (…との会談).
_LONGEST_HEADING: Final = 30
_LONGEST_MEETING_HEADING: Final = 60
_FROM_COMMA: Final = re.compile(r"(?:から|より)[、,]")


def _is_heading(line: Text) -> bool:
    """Whether a body line is a heading: short, no full stop, no predicate, not a person alone.

    The cheap tests come first. Compaction only removes spaces inside the
    line, so a line with a full stop, or one that ends with a comma, is no
    heading whatever its compacted form (unless it is bracketed: 【…】).
    """
    raw = line.text
    if not raw.startswith("【") and (not raw or "。" in raw or raw.endswith(("、", ","))):
        return False
    text = compact(line).text
    if ja.BRACKET_HEADING.match(text):
        return not ja.ATTENDEE_LABEL.search(text)
    if "。" in text or text.endswith(("、", ",")) or len(text) > _LONGEST_MEETING_HEADING:
        return False
    if len(text) > _LONGEST_HEADING and not ja.MEETING_HEADING.search(text):
        return False
    if ja.NOTE.match(text) or ja.ATTENDEE_LABEL.search(text) or ja.NOT_HEADING_END.search(text):
        return False
    if _FROM_COMMA.search(text) or _has_predicate(text):
        return False
    return not _person_alone(text)


def _has_predicate(text: str) -> bool:
    """Whether a predicate rule matches anywhere in ``text`` (``first_hit(ja.PREDICATE_RULES, text)`` found).

    One pass (``hit_spans``) tries at each position only the rules that can
    start there, where ``first_hit`` searches the text once a rule as soon as
    one rule's first character is in it (協 of 経済協力, that of 協議). No
    predicate matches the empty string, the only match ``hit_spans`` leaves out.
    """
    return bool(hit_spans(ja.PREDICATE_RULES, text))


def _person_alone(text: str) -> bool:
    """Whether ``text`` is a person phrase and nothing else (サウダバエフ国務長官兼外相).

    :func:`find_mentions` is only asked where a mention could start the text
    and one could be found at all (see :func:`_may_mention`).
    """
    if not _may_mention(text):
        return False
    mentions = find_mentions(text)
    return bool(mentions) and mentions[0].start == 0 and mentions[-1].end >= len(text) - 1


_NAME_CHARACTER: Final = re.compile(rf"[{ja.NAME_CHARS}]")
# Every mention ends with a title word (split_person) or is a group (参加国首脳);
# both patterns match without look-around, so they match in the text too.
_TITLE_WORD: Final = re.compile(ja.TITLE_HEAD)


def _may_mention(text: str) -> bool:
    """A quick test that :func:`find_mentions` can find a mention at the very start of ``text``.

    A mention starts where a run of name characters starts, so the text must
    start with one. The run it is read from is a piece of the text, unless a
    bracket joins two runs (エルドアン(…)トルコ共和国大統領); with no bracket,
    its title word (or group label) stands in the text as written.
    """
    if _NAME_CHARACTER.match(text) is None:
        return False
    # Two searches: one alternation of both would be tried at every position.
    return "(" in text or _TITLE_WORD.search(text) is not None or ja.GROUP.search(text) is not None


_DATE_LABEL: Final = re.compile(r"^(?:[0-9]+日|本|同日|午前|午後)")


def _inline_heading(rest: Text) -> tuple[Text, Text] | None:
    """``label body`` where a flattened page runs a heading into its first sentence (1.北朝鮮 川口大臣より…)."""
    if not _may_inline_heading(rest.text):
        return None
    match = ja.INLINE_HEADING.match(rest.text)
    if not match:
        return None
    label = match["label"]
    body = rest.slice(match.end()).strip()
    if len(body.text) < 10 or ja.NOT_HEADING_END.search(label) or first_hit(ja.PREDICATE_RULES, label):
        return None
    if find_mentions(label) or _DATE_LABEL.match(label):
        return None
    return rest.slice(0, len(label)), body


def _may_inline_heading(text: str) -> bool:
    """A quick test that ``ja.INLINE_HEADING`` can match: a space after the first character and within 26.

    Its label is a run of 1 to 25 characters, then a space: where there is no
    space, the engine would try the space after every length of the run.
    """
    return text.find(" ", 1, 26) != -1 or text.find("\u3000", 1, 26) != -1


def _ends_sentence(line: Text) -> bool:
    # Only the ends are read: a paragraph grows line by line, and copying or
    # searching all of it for each line would be quadratic.
    text = line.text
    end = len(text)
    while end and text[end - 1] in " |":
        end -= 1
    if text.endswith(")", 0, end):
        return text.startswith("(")  # (太平洋島嶼国側出席者) ends; …実施されている(PDF) runs on
    return end > 0 and text[end - 1] in _TERMINAL_CHARACTERS  # ja.TERMINAL searched from end - 1 to end


# The characters ja.TERMINAL ([。」』)]$) can match: searched in the last character alone, it is a set lookup.
_TERMINAL_CHARACTERS: Final = frozenset("。」』)")


def _heading_text(raw: str, heading: Text | None) -> tuple[str | None, Span | None]:
    if heading is None:
        return None, None
    span = heading.span()
    text = raw[span.start : span.end]
    # Compacting keeps the first character (it drops only spaces between two
    # wide ones): a heading that does not start with 【 is no bracket heading.
    match = heading.text.startswith("【") and ja.BRACKET_HEADING.match(compact(heading).text)
    if match:
        inner = heading.strip("【】")
        span = inner.span()
        text = raw[span.start : span.end]
    return text, span


def _last_sentence_end(block: Block) -> int | None:
    """Where the release's last sentence ends (depth first, last block last).

    That is where the last paragraph with any text ends, less its trailing
    white space: the last sentence :func:`split_sentences` makes of a
    paragraph ends either where the text after its last full stop ends, or,
    where only white space follows that stop, at the stop itself. So no
    paragraph is split here.
    """
    for child in reversed(block.children):
        found = _last_sentence_end(child)
        if found is not None:
            return found
    for paragraph in reversed(block.paragraphs):
        end = len(paragraph.text.rstrip())
        if end:
            return paragraph.origin[end]
    return None


def _meeting_groups(root: Block, opening: Text | None) -> list[Block]:
    """Split a release that reports several meetings into one block group per meeting.

    A top-level heading that names a meeting (ムカジー外務大臣との第2回外相間戦略対話,
    カルザイ大統領への表敬訪問) starts a meeting of its own when there are two or
    more such headings, or one and an opening that tells of several meetings.
    Blocks before the first meeting heading stay with the first meeting.
    """
    starts = [i for i, block in enumerate(root.children) if _names_meeting(_block_heading(block))]
    several = len(starts) >= 2 or (len(starts) == 1 and opening is not None and _several_meetings(opening))
    if not several:
        return [root]
    groups: list[Block] = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(root.children)
        first = 0 if number == 0 else start
        group = Block(children=root.children[first:end])
        if number == 0:
            group.paragraphs = list(root.paragraphs)
        groups.append(group)
    return groups


def _opening_in_first_block(root: Block) -> Text | None:
    """An opening told under the first meeting's own heading (1.日韓外相会談 / 韓国訪問中の川口外務大臣は、…).

    The paragraph is taken out of the block: an opening holds no statements.
    """
    if root.paragraphs or not root.children:
        return None
    block = root.children[0]
    if not block.paragraphs or not _names_meeting(_block_heading(block)):
        return None
    first = block.paragraphs[0]
    if not is_opening(first):
        return None
    block.paragraphs = block.paragraphs[1:]
    return first


def _first_paragraph(block: Block) -> Text | None:
    """The first paragraph of a block, depth first."""
    if block.paragraphs:
        return block.paragraphs[0]
    for child in block.children:
        found = _first_paragraph(child)
        if found is not None:
            return found
    return None


def _several_meetings(opening: Text) -> bool:
    """Whether an opening tells of several meetings (…会談を行い、また、…大統領表敬、…との会談を行った)."""
    text = compact(opening).text
    kinds = {fmt for hit in all_hits(ja.TITLE_FORMAT_RULES, text) for fmt in hit.meaning}
    return len(kinds) >= 2 or bool(re.search(r"(?:会談|表敬|対話)[^。]{0,12}(?:ほか|他)[、,]", text))


def _with_block_facts(facts: MeetingFacts, group: Block, context: DateContext) -> MeetingFacts:
    """Prefer what the first meeting's own block says about its date and form."""
    block = next((child for child in group.children if _names_meeting(_block_heading(child))), None)
    if block is None:
        return facts
    heading_text = _block_heading(block)
    heading = compact(heading_text).text if heading_text else ""
    formats = _title_format_set(heading) or facts.formats
    date = facts.date
    first = _first_paragraph(block)
    if first is not None:
        found = read_when(compact(first).text, context).date
        if found is not None and found.date is not None:
            date = found.date
    participants = facts.participants
    if heading_text is not None and not any(p.side is Side.COUNTERPART for p in participants):
        # …を訪問したところ、要人との会談等の概要は以下のとおり: the opening names no one met;
        # the first block's heading does (1.ボルド外務大臣との会談).
        mapped = compact(heading_text)
        named = [
            mention.participant(span=mapped.span(mention.start, mention.end))
            for mention in find_mentions(heading)
            if mention.side is Side.COUNTERPART
        ]
        participants = (*participants, *named[:1])
    return attrs.evolve(facts, date=date, formats=formats, participants=participants)


def _block_heading(block: Block) -> Text | None:
    """A block's heading, or that of its first child when the block itself is only a number ((1) | …)."""
    if block.heading is not None:
        return block.heading
    if not block.paragraphs and block.children and block.children[0].marker is None:
        return block.children[0].heading
    return None


def _names_meeting(heading: Text | None) -> bool:
    """Whether a heading names a meeting of its own rather than a topic."""
    if heading is None:
        return False
    return bool(ja.MEETING_HEADING.search(heading.text)) and not ja.OUTLINE.search(heading.text)


def _title_format_set(text: str) -> tuple[Format, ...]:
    """The format a block's heading names first (…との会談及び…との昼食会: the talks)."""
    hits = sorted(all_hits(ja.TITLE_FORMAT_RULES, text), key=lambda hit: hit.match.start())
    return tuple(dict.fromkeys(hits[0].meaning)) if hits else ()


def _body_level(root: Block) -> Level | None:
    """With no opening, the level the body implies where it names both sides together (両外相, 両首脳)."""
    for paragraph in _paragraphs(root):
        match = _JOINT_KIND.search(compact(paragraph).text)
        if match:
            hit = first_hit(ja.KIND_LEVEL_RULES, match.group())
            return hit.meaning if hit else None
    return None


_JOINT_KIND: Final = re.compile(r"両(?:首脳|外相|外務大臣|副大臣)")


def _paragraphs(block: Block) -> Iterator[Text]:
    yield from block.paragraphs
    for child in block.children:
        yield from _paragraphs(child)


def _japan_level(japan: Participant) -> Level | None:
    hit = first_hit(ja.LEVEL_RULES, japan.title or "")
    return hit.meaning if hit else None


def _sections(root: Block, reader: ClauseReader, raw: str, last: int | None) -> tuple[Section, ...]:
    sections: list[Section] = []
    if root.paragraphs:
        items = _items(root, reader, last)
        if items:
            sections.append(Section(items=tuple(items)))
    sections.extend(_section(child, reader, raw, last) for child in root.children)
    return tuple(section for section in sections if section is not None)


def _items(block: Block, reader: ClauseReader, last: int | None) -> list[Item]:
    items: list[Item] = []
    attendees_follow = False
    for paragraph in block.paragraphs:
        if _attendee_paragraph(paragraph, reader.roster, attendees_follow):
            attendees_follow = True
            reader.diagnostics.append(
                Diagnostic(
                    DiagnosticKind.ATTENDEE_LIST,
                    Severity.INFO,
                    f"read as a list of attendees: {paragraph.text[:40]!r}",
                    paragraph.span(),
                    "attendee_list",
                )
            )
            continue
        attendees_follow = False
        labelled = _speaker_label(paragraph, reader.roster)
        if labelled is not None:
            # 李部長 / 5月末の…を喜びたい。: a line naming a participant alone labels their words.
            speaker, rest = labelled
            reader.remarks_speaker = speaker
            reader.diagnostics.append(
                Diagnostic(
                    DiagnosticKind.IMPLIED_SPEAKER,
                    Severity.INFO,
                    f"speaker label {paragraph.text[: len(paragraph.text) - len(rest.text)].strip()!r} "
                    "names the speaker of the words after it",
                    paragraph.slice(0, len(paragraph.text) - len(rest.text)).span(),
                    "speaker_label",
                )
            )
            paragraph = rest
        sentences = split_sentences(paragraph, end=ja.SENTENCE_END, opening=ja.QUOTE_OPEN, closing=ja.QUOTE_CLOSE)
        for index, sentence in enumerate(sentences):
            items.extend(reader.read(sentence, last=sentence.text.end == last, first=index == 0))
    return items


_SPEAKER_LABEL: Final = re.compile(rf"[(【]?(?P<run>[{ja.NAME_CHARS}]{{2,15}})[)】]? (?=\S)")
# Where the space after a speaker label can stand, at the latest: a bracket, 15 characters, a bracket.
_SPEAKER_LABEL_SPACE: Final = 1 + 15 + 1 + 1


def _speaker_label(paragraph: Text, roster: Roster) -> tuple[Participant, Text] | None:
    """A participant named alone on the line before their words (dialogue pages: 李部長 / 川口大臣).

    Returns the speaker and the paragraph without the label, or None. The
    label must name someone already in the meeting, as name and title together.
    """
    if paragraph.text.find(" ", 0, _SPEAKER_LABEL_SPACE) == -1:
        return None  # the label's space comes within its first 18 characters: no regex on the usual paragraph
    match = _SPEAKER_LABEL.match(paragraph.text)
    if match is None:
        return None
    found = roster.resolve(match["run"])
    if not isinstance(found, Participant) or not any(found is p for p in roster.participants):
        return None
    return found, paragraph.slice(match.end())


def _least_compact_length(text: str) -> int:
    """The length ``text`` has at least once compacted (compact drops only spaces and tabs)."""
    return len(text) - text.count(" ") - text.count("\t") - text.count("\u3000")


def _attendee_paragraph(paragraph: Text, roster: Roster, following: bool) -> bool:
    """Read a list of attendees (同席者 / 米 側: … / a list of names) into the roster."""
    if "。" in paragraph.text and _least_compact_length(paragraph.text) >= 40:
        return False  # a sentence, not a list
    text = compact(paragraph).text
    label = ja.ATTENDEE_LABEL.search(text)
    sided = ja.ATTENDEE_SIDE.match(text)
    if "。" in text and not label:
        return False
    mentions = find_mentions(text)
    covered = sum(m.end - m.start for m in mentions)
    listing = bool(mentions) and covered >= 0.6 * len(text.replace(" ", ""))
    if not (label or sided or (following and listing) or (listing and len(mentions) >= 3)):
        return False
    side = None
    if sided:
        side = Side.JAPAN if sided["side"].strip() in ("日本", "我が方", "我が国") else Side.COUNTERPART
    for mention in mentions:
        person = mention.participant(attendee=True, span=compact(paragraph).span(mention.start, mention.end))
        if side is not None:
            person = attrs.evolve(person, side=side)
        roster.add(person)
    return True


def _section(block: Block, reader: ClauseReader, raw: str, last: int | None) -> Section:
    saved = reader.remarks_speaker
    heading, heading_span = _heading_text(raw, block.heading)
    items = _items(block, reader, last)
    children = tuple(_section(child, reader, raw, last) for child in block.children)
    reader.remarks_speaker = saved
    return Section(
        heading=heading,
        marker=block.marker.label if block.marker else None,
        heading_span=heading_span,
        marker_span=block.marker.span if block.marker else None,
        items=tuple(items),
        sections=children,
    )


def _fallback_participants(roster: Roster, header: Header) -> None:
    """With no opening paragraph, take the participants the headline names."""
    if roster.main(Side.JAPAN) is not None and roster.main(Side.COUNTERPART) is not None:
        return
    if header.title is None:
        return
    for mention in find_mentions(compact(header.title).text):
        if roster.main(mention.side) is None and mention.side is not Side.OTHER:
            roster.add(mention.participant(span=compact(header.title).span(mention.start, mention.end)))


def _documents(header: Header, root: Block) -> tuple[Document, ...]:
    found: list[Document] = []
    for paragraph in ([header.opening] if header.opening else []) + list(root.paragraphs):
        found.extend(documents_in(compact(paragraph)))
    return tuple(found)
