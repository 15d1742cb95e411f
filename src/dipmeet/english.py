"""The English pipeline: lines → head → numbered blocks → opening → sentences → items.

:func:`parse_english` is what :func:`dipmeet.parse` calls for an English
release. It mirrors the Japanese pipeline stage by stage with the English
tables and stages (:mod:`~dipmeet.header_en`, :mod:`~dipmeet.meeting_en`,
:mod:`~dipmeet.sentences_en`, :mod:`~dipmeet.clauses_en`) and the generic
pieces (:class:`~dipmeet.normalize.Text`, :func:`~dipmeet.segment.build_blocks`,
the model). Every non-blank line ends up in the model or in a diagnostic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Final

import attrs

from .clauses_en import EnglishClauseReader, introduces_remarks
from .extract import documents_in_en
from .header import Header, publication, release_from, set_aside, title_of
from .header_en import announces_outline, is_caption_en, is_foreign_script, is_noise_line_en, read_header_en
from .meeting_en import read_meeting_en
from .model import (
    Diagnostic,
    DiagnosticKind,
    Document,
    Item,
    Language,
    Release,
    Section,
    Severity,
    Side,
    Span,
)
from .normalize import Text
from .people_en import find_people
from .rules import en, first_hit
from .segment import (
    Block,
    Sentence,
    all_paragraphs,
    build_blocks,
    inline_noise,
    read_markers,
    split_lines,
    split_run_on,
)
from .sentences_en import ends_with_abbreviation, split_sentences_en
from .speakers_en import EnglishRoster
from .temporal import DateContext

__all__ = ["parse_english"]

_BLANK_AFTER: Final = re.compile(r"(?<![ \t\u00a0\u3000])[ \t\u00a0\u3000]*\r?\n[ \t\u00a0\u3000]*(?:\r?\n|$)")
_WORDS: Final = re.compile(r"[A-Za-z][\w’'-]*")
_REPEAT_LENGTH: Final = 60
_VERB_IN_LABEL: Final = re.compile(r"\b" + en.REPORTING_VERB.pattern)
# "..., Admiral Mullen pointed": a sentence wrapped after its subject and verb, not a heading.
_SUBJECT_VERB: Final = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:also\s+)?[a-z]+ed\b")


def parse_english(raw: str, normalized: Text, *, published: dt.date | None, diagnostics: list[Diagnostic]) -> Release:
    """Parse an English release into a :class:`~dipmeet.model.Release`.

    Args:
        raw: The input as given (spans point into it).
        normalized: The input normalised, with its map to ``raw``.
        published: The publication date given by the caller, if any.
        diagnostics: Diagnostics collected so far; the English stages add theirs.

    Returns:
        The release, ``language`` English.
    """
    if not normalized.text.strip():
        diagnostics.append(Diagnostic(DiagnosticKind.EMPTY_INPUT, Severity.WARNING, "the input holds no text"))
        return Release(language=Language.EN, published=published, diagnostics=tuple(diagnostics))
    lines = _lines(normalized)
    ends_paragraph = _paragraph_end(raw, lines)
    header = read_header_en(lines, ends_paragraph)
    diagnostics.extend(header.diagnostics)
    release_date = publication(header, published, diagnostics)
    context = DateContext.of(release_date) if release_date else header.context
    opening, spill = _split_opening(header.opening)
    if opening is not header.opening:  # nearly always the same paragraph: the header is then kept as it is
        header = attrs.evolve(header, opening=opening)
    body = ([spill] if spill is not None else []) + _body_lines(header, diagnostics)
    root = _blocks(body, ends_paragraph)
    title = title_of(header, raw)
    facts = read_meeting_en(header.opening, root.paragraphs, title=title, context=context, diagnostics=diagnostics)
    roster = EnglishRoster(list(facts.participants))
    reader = EnglishClauseReader(roster, raw)
    sections = _sections(root, reader, raw)
    diagnostics.extend(reader.diagnostics)
    diagnostics.extend(inline_noise(root, raw, en.INLINE_NOISE_RULES))
    diagnostics.extend(_missing_sides(roster, header))
    return release_from(
        header,
        raw,
        published=release_date,
        language=Language.EN,
        meetings=(facts.meeting(roster.participants, sections, header.opening),),
        documents=_documents(header, root),
        diagnostics=diagnostics,
    )


def _documents(header: Header, root: Block) -> tuple[Document, ...]:
    """The instruments the release says were issued or signed, from its opening and every paragraph, in text order."""
    found: list[Document] = []
    for paragraph in ([header.opening] if header.opening else []) + list(all_paragraphs(root)):
        found.extend(documents_in_en(paragraph))
    return tuple(sorted(found, key=lambda document: document.span.start if document.span else 0))


def _paragraph_end(raw: str, lines: list[Text]) -> Callable[[Text], bool]:
    """Build the test for the end of a paragraph: a blank line, or a full stop that is not an abbreviation's.

    A line wrapped after "Japan-U.S." goes on with the next line, unless that
    line starts a sentence or a numbered item.
    """
    next_line = {line.end: lines[index + 1] for index, line in enumerate(lines[:-1])}

    def ends_paragraph(line: Text) -> bool:
        """Whether the paragraph ends after ``line``."""
        if _BLANK_AFTER.match(raw, line.end):
            return True
        if not _ends_sentence(line):
            return False
        after = next_line.get(line.end)
        return not (
            after is not None
            and ends_with_abbreviation(line.text)
            and not en.SENTENCE_STARTER.match(after.text)
            and not read_markers(after, en.MARKER_RULES)[0]
        )

    return ends_paragraph


def _blocks(body: list[Text], ends_paragraph: Callable[[Text], bool]) -> Block:
    """Arrange the body into numbered and headed blocks (a heading is never followed by a lower-case line)."""
    following = {line.end: body[index + 1] for index, line in enumerate(body[:-1])}

    def is_heading(line: Text) -> bool:
        """Whether ``line`` is a heading (and not a sentence wrapped onto the next line)."""
        after = following.get(line.end)
        return not (after is not None and after.text[:1].islower()) and _is_heading(line)  # the cheap test first

    root = build_blocks(
        body,
        en.MARKER_RULES,
        is_heading=is_heading,
        inline_heading=_no_inline_heading,
        ends_sentence=ends_paragraph,
        nest_restarts=True,
    )
    _closing_heading(root)
    return root


def _missing_sides(roster: EnglishRoster, header: Header) -> list[Diagnostic]:
    """A warning when the release names no main participant on one side."""
    if roster.main(Side.JAPAN) is not None and roster.main(Side.COUNTERPART) is not None:
        return []
    return [
        Diagnostic(
            DiagnosticKind.NO_PARTICIPANT,
            Severity.WARNING,
            "the release does not name a main participant on each side",
            header.opening.span() if header.opening else None,
        )
    ]


def _lines(normalized: Text) -> list[Text]:
    """The non-blank lines, with numbering run into a line split off ("... tourism.(2) Prime Minister").

    The bars of a table flattened into text ("(1) | Secretary Rice stated ... |") are left out of the line.
    """
    lines = []
    for line in split_lines(normalized):
        line = line.strip(" \t|") if line.text.startswith("|") or line.text.endswith("|") else line
        if line.text and _has_run_on_hint(line.text):
            lines.extend(split_run_on(line, en.RUN_ON_MARKER, _list_run_on))
        elif line.text:
            lines.append(line)
    return lines


_DIGITS: Final = "0123456789"


def _has_run_on_hint(text: str) -> bool:
    """Whether :data:`~dipmeet.rules.en.RUN_ON_HINT` finds a match in ``text``, read from its stops with ``str.find``.

    The pattern starts with a class of stops, which the engine looks for a
    character at a time at about a hundred instructions each; a line holds a
    stop or two, and each is read here: a character before it that is
    neither white space nor a digit, then white space, a bracket and a digit.
    """
    for stop in ".;:":
        at = text.find(stop, 1)
        while at >= 0:
            before = text[at - 1]
            if not before.isspace() and before not in _DIGITS:
                after = at + 1
                while after < len(text) and text[after].isspace():
                    after += 1
                if text.startswith("(", after):
                    after += 1
                if after < len(text) and text[after] in _DIGITS:
                    return True
            at = text.find(stop, at + 1)
    return False


def _list_run_on(match: re.Match[str]) -> bool:
    """Whether numbering run into a line starts a list item, not a list inside a sentence.

    "... has three main pillars: (1) strengthening the Japan-U.S. Alliance, (2)
    promoting ..." numbers the parts of one sentence: the next number follows a
    comma or "and", and the line is not cut there.
    """
    text = match.string
    first = en.INLINE_FIRST.match(text, match.end())
    if first is None:
        return True
    following = en.INLINE_NEXT.format(open=r"\(" if first["paren"] else r"(?<!\()", n=int(first["n"]) + 1)
    return re.search(following, text[first.end() : first.end() + 600]) is None


def _split_opening(opening: Text | None) -> tuple[Text | None, Text | None]:
    """Cut off what follows the outline sentence of an opening when it is already the readout.

    "1. On June 1, ... held a meeting with .... The overview is as follows.
    Prime Minister Kishida stated that ...": the statement after the outline
    belongs to the body (the opening paragraph holds no statements).
    Narration after it ("President Kenyatta is visiting Japan to ...") stays.
    """
    if opening is None:
        return None, None
    sentences = split_sentences_en(opening)
    outline = next((i for i, s in enumerate(sentences) if announces_outline(s.text.text)), None)
    if outline is None or outline == len(sentences) - 1:
        return opening, None
    roster = EnglishRoster([person.participant() for person in find_people(opening.text)])
    reader = EnglishClauseReader(roster, "")
    position = opening.text.find(sentences[outline].text.text)
    for sentence in sentences[outline + 1 :]:
        text = sentence.text.text
        position = opening.text.find(text, position)
        subjects = reader.subjects(text)
        if subjects and (
            en.REPORTING_VERB.match(text, subjects[0].verb) or first_hit(en.AGREE_RULES, text, subjects[0].verb)
        ):
            return opening.slice(0, position).strip(), opening.slice(position).strip()
    return opening, None


def _body_lines(header: Header, diagnostics: list[Diagnostic]) -> list[Text]:
    """The body lines, with noise lines (footers, credits, other scripts, repeats) set aside as diagnostics.

    A long line printed a second time, word for word, is a repeat of the page
    (an embassy page that prints its items twice), not a second statement.
    """
    body = []
    seen: set[str] = set()
    for line in header.lines[header.body_start :]:
        noise = is_noise_line_en(line, in_body=True)
        if noise is None and is_foreign_script(line.text):
            noise = ("foreign_script", DiagnosticKind.MIXED_LANGUAGE)
        if noise is None and len(line.text) >= _REPEAT_LENGTH and line.text in seen:
            noise = ("repeated_line", DiagnosticKind.NOISE_LINE)
        seen.add(line.text)
        if noise is not None:
            diagnostics.append(set_aside(line, *noise))
            continue
        body.append(line)
    return body


def _ends_sentence(line: Text) -> bool:
    """Whether a line ends with a terminal punctuation mark (table bars aside)."""
    return _ends_with_terminal(line.text.rstrip(" |"))


# What may follow the stop of a match of TERMINAL: closing quotes and brackets, and a newline before the end.
_AFTER_TERMINAL: Final = '"”’)]\n'


def _ends_with_terminal(text: str) -> bool:
    """Whether :data:`~dipmeet.rules.en.TERMINAL` finds a match in ``text``, searched from where one can start.

    A match ends the text: its stop stands before nothing but closing
    quotes, brackets and a final newline (or it is "etc.", and a newline).
    Searching from there spares the engine a try at every character of a
    long line.
    """
    closed = len(text.rstrip(_AFTER_TERMINAL))
    return en.TERMINAL.search(text, max(0, min(closed - 1, len(text) - len("etc.\n")))) is not None


def _is_heading(line: Text) -> bool:
    """A short label naming a topic: "Opening Remarks", "(1) Japan-China Relations in General, etc."."""
    text = line.text.strip()
    bracketed = en.BRACKET_HEADING.match(text)
    if bracketed:
        text = next(group for group in bracketed.groups() if group is not None).strip()
    if not text or len(text) > 90 or not (text[0].isupper() or text[0].isdigit() or text[0] in '“"('):
        return False
    if text.endswith((",", ";")) or (text.endswith(".") and not text.endswith("etc.")):
        return False  # (tested before the words are counted: most lines of a body are sentences)
    words = len(_WORDS.findall(text))
    if text.endswith(":") and words > 6:
        return False
    if words > 14 or is_caption_en(text):
        return False
    if first_hit(en.AGREE_RULES, text) is not None or _SUBJECT_VERB.search(text):
        return False
    if first_hit(en.DISCUSS_RULES, text) is not None:
        return False
    return not (introduces_remarks(text) or _VERB_IN_LABEL.search(text))


def _closing_heading(root: Block) -> None:
    """Read a numbered label on the release's last line as a heading ("1 Bilateral and Multilateral Relations").

    A label cut off by the end of the text ("(2) Cooperation in E") stays a
    paragraph: the last word of a heading is a whole word with a capital.
    """
    block = root
    while block.children:
        block = block.children[-1]
    if block is root or block.heading is not None or len(block.paragraphs) != 1:
        return
    label = block.paragraphs[0]
    last_word = label.text.split()[-1] if label.text.split() else ""
    if _is_heading(label) and len(last_word) >= 4 and last_word[0].isupper() and last_word.isalpha():
        block.heading = label
        block.paragraphs.clear()


def _no_inline_heading(rest: Text) -> tuple[Text, Text] | None:
    """English pages do not run a heading into its first sentence in a way a parser can tell."""
    return None


@attrs.frozen
class _LastParagraph:
    """The release's last paragraph that holds a sentence, and its sentences (split once, read twice).

    Attributes:
        paragraph: The paragraph, or None when no paragraph holds a sentence.
        sentences: Its sentences.
    """

    paragraph: Text | None = None
    sentences: list[Sentence] = attrs.Factory(list)

    @property
    def end(self) -> int | None:
        """Where the release's last sentence ends."""
        return self.sentences[-1].text.end if self.sentences else None

    def split(self, paragraph: Text) -> list[Sentence]:
        """The sentences of ``paragraph``: those already split if it is the last one."""
        return self.sentences if paragraph is self.paragraph else split_sentences_en(paragraph)


def _last_paragraph(block: Block) -> _LastParagraph:
    """The release's last paragraph that holds a sentence (depth first, last block last)."""
    for child in reversed(block.children):
        found = _last_paragraph(child)
        if found.paragraph is not None:
            return found
    for paragraph in reversed(block.paragraphs):
        sentences = split_sentences_en(paragraph)
        if sentences:
            return _LastParagraph(paragraph, sentences)
    return _LastParagraph()


def _sections(root: Block, reader: EnglishClauseReader, raw: str) -> tuple[Section, ...]:
    """The body as sections: text before any numbering first, then each numbered block."""
    last = _last_paragraph(root)
    sections: list[Section] = []
    if root.paragraphs:
        reader.start_block()
        items = _items(root, reader, last)
        if items:
            sections.append(Section(items=tuple(items)))
    sections.extend(_section(child, reader, raw, last) for child in root.children)
    return tuple(sections)


def _items(block: Block, reader: EnglishClauseReader, last: _LastParagraph) -> list[Item]:
    """The items of a block's own paragraphs, sentence by sentence."""
    items: list[Item] = []
    last_end = last.end
    for paragraph in block.paragraphs:
        sentences = last.split(paragraph)
        for index, sentence in enumerate(sentences):
            items.extend(reader.read(sentence, last=sentence.text.end == last_end, first=index == 0))
    return items


def _section(block: Block, reader: EnglishClauseReader, raw: str, last: _LastParagraph) -> Section:
    """One numbered or headed block as a section (a list of remarks ends with it)."""
    saved, saved_list = reader.remarks_speaker, reader.joint_list
    reader.start_block()
    label = en.SPEAKER_LABEL.fullmatch(block.heading.text.strip()) if block.heading is not None else None
    speaker = reader.label_speaker(label["who"]) if label is not None else None
    if speaker is not None and block.heading is not None:
        reader.remarks_speaker = speaker  # "(Premier Wen)": a speaker's label, not a heading
        reader.diagnostics.append(
            Diagnostic(
                DiagnosticKind.IMPLIED_SPEAKER,
                Severity.INFO,
                f"a speaker's label, the remarks below it are theirs: {block.heading.text!r}",
                block.heading.span(),
                "speaker_label",
            )
        )
    heading, heading_span = _heading_text(raw, block.heading if speaker is None else None)
    items = _items(block, reader, last)
    children = tuple(_section(child, reader, raw, last) for child in block.children)
    reader.remarks_speaker, reader.joint_list = saved, saved_list
    return Section(
        heading=heading,
        marker=block.marker.label.rstrip(" |") if block.marker else None,
        marker_span=block.marker.span if block.marker else None,
        heading_span=heading_span,
        items=tuple(items),
        sections=children,
    )


def _heading_text(raw: str, heading: Text | None) -> tuple[str | None, Span | None]:
    """The heading as written, without the brackets around it ("<Bilateral Relations>") or a closing colon."""
    if heading is None:
        return None, None
    if en.BRACKET_HEADING.match(heading.text):
        heading = heading.slice(1, len(heading.text) - 1).strip()
    heading = heading.strip(": ")
    span = heading.span()
    return raw[span.start : span.end], span
