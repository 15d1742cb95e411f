"""English sentences into statements, agreements and discussions.

A sentence is cut into clauses where a later subject (found by
:mod:`~dipmeet.subjects_en`) takes over ("...; Minister Bishop stated",
"..., and the two leaders confirmed"), the cut falling after the connective,
or where a full stop was left out before a new speaker.

Each clause is then typed: both sides with an agreement verb (agreed,
concurred, confirmed, affirmed, shared the view) make an
:class:`~dipmeet.model.Agreement`; both sides otherwise a
:class:`~dipmeet.model.Discussion`; one participant a
:class:`~dipmeet.model.Statement`. A sentence with no subject keeps the
speaker of the sentence before it in the same numbered item ("This statement
had given the Japanese side great courage."), except narration about the
meeting itself; "it was agreed that" is an agreement. Sentences inside a
quotation, or in a list introduced by "X made the following statements:",
are the quoting speaker's.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from .extract import amounts_in_en, instruments_in_en
from .model import (
    Act,
    Agreement,
    AgreementKind,
    Diagnostic,
    DiagnosticKind,
    Discussion,
    Item,
    Participant,
    Severity,
    Span,
    Statement,
)
from .normalize import Text
from .rules import Rule, en, first_hit
from .rules._lazy import one_of, required_words
from .segment import Sentence
from .sentences_en import quote_ranges
from .speakers import BOTH, Both
from .speakers_en import EnglishRoster
from .subjects_en import Subject, ends_word, find_subjects, follows_without_stop, is_word_character

__all__ = ["ClauseEn", "EnglishClauseReader", "introduces_remarks"]

Speaker = Participant | Both | None

_COORDINATOR: Final = re.compile(r";|\band\b|\bwhile\b|\bwhereas\b|\bbut\b")
_THAT: Final = re.compile(r"\bthat\b")
_ACT_STOP: Final = re.compile(r"\b(?:that|which|who|whose)\b|[“\":]")
# What _act_stop looks for, with str.find, in place of _ACT_STOP: its marks, and its words (each with a
# word boundary on both sides). The pattern's first characters (t, w, a mark) are a class, which the
# engine looks for a character at a time.
_ACT_STOP_MARKS: Final = ("“", '"', ":")
_ACT_STOP_WORDS: Final = ("that", "which", "who", "whose")
_PERFECT: Final = re.compile(r"(?:have|has|had)\b")
_TITLE_WORD: Final = re.compile(en.TITLE_BEFORE + "|" + en.HONORIFIC)


class ClauseEn:
    """A clause: a sentence or the part of one spoken by one subject.

    A plain class with slots and read-only fields, native in the compiled
    build (see :class:`~dipmeet.subjects_en.Subject`).

    Attributes:
        text: The clause, mapped to the input.
        subject: Who the clause's subject names, or None where it has none.
        verb: Where the subject's verb starts in the clause (0 with no subject).
        plural: True when the subject is the antecedent of a later "they".
    """

    __slots__ = ("plural", "subject", "text", "verb")

    def __init__(self, text: Text, subject: Speaker, verb: int, plural: bool = False) -> None:
        self.text: Final = text
        self.subject: Final = subject
        self.verb: Final = verb
        self.plural: Final = plural


class EnglishClauseReader:
    """Turns the sentences of one meeting's body into items, remembering who spoke last.

    A plain class, native in the compiled build, where its methods are called
    without the interpreter (mypyc does not recognise ``attrs.define``).

    Attributes:
        roster: The meeting's participants.
        source: The original input, for verbatim texts.
        diagnostics: Collected diagnostics.
        last_person: The last single speaker, for "he" and "she".
        last_plural: The last plural subject (both sides, a group), for "they".
        block_speaker: The speaker of the last statement in the current numbered
            item, for sentences with no subject.
        remarks_speaker: The speaker whose list of remarks is being read
            (after "X made the following statements:"), or None.
        joint_list: How both sides agreed on the list being read (after "The
            two leaders agreed on the following points:"), or None.
        quote_speaker: The speaker of a quotation still open.
    """

    def __init__(self, roster: EnglishRoster, source: str) -> None:
        self.roster = roster
        self.source = source
        self.diagnostics: list[Diagnostic] = []
        self.last_person: Participant | None = None
        self.last_plural: Participant | Both | None = None
        self.block_speaker: Participant | None = None
        self.remarks_speaker: Participant | None = None
        self.joint_list: AgreementKind | None = None
        self.quote_speaker: Participant | None = None

    def start_block(self) -> None:
        """Forget the implied speaker at the start of a numbered item or section."""
        self.block_speaker = None

    def read(self, sentence: Sentence, *, last: bool = False, first: bool = False) -> list[Item]:
        """Read one sentence into items.

        Args:
            sentence: The sentence.
            last: It is the release's final sentence (cut off if not closed).
            first: It opens its paragraph.
        """
        text = sentence.text
        truncated = last and not sentence.closed
        if sentence.quote_depth and self.quote_speaker is not None:
            return [self._statement(ClauseEn(text, self.quote_speaker, 0), truncated, self.quote_speaker)]
        if self.joint_list is not None:
            return [self._agreement(ClauseEn(text, BOTH, 0), self.joint_list, truncated)]
        if self.remarks_speaker is not None and not self._ends_remarks(text.text):
            item = self._statement(ClauseEn(text, self.remarks_speaker, 0), truncated, self.remarks_speaker)
            self._after_quote(text.text, [item])
            return [item]
        self.remarks_speaker = None
        clauses = self.split(text, truncated=truncated)
        items = [
            self._item(clause, truncated and index == len(clauses) - 1, first=first and index == 0)
            for index, clause in enumerate(clauses)
        ]
        self._after_quote(text.text, items)
        return items

    def label_speaker(self, label: str) -> Participant | None:
        """The participant a label names whole ("Premier Wen", "Prime Minister Koizumi"), or None."""
        said = f"{label} said"
        subjects = find_subjects(said, self.roster)
        if len(subjects) != 1 or subjects[0].start != 0 or subjects[0].verb != len(label) + 1:
            return None
        speaker = subjects[0].speaker
        return speaker if isinstance(speaker, Participant) and not subjects[0].pronoun else None

    def _ends_remarks(self, text: str) -> bool:
        """Whether a sentence inside a list of remarks turns to another speaker ("In response, President Trump said:").

        Only a named participant other than the speaker, with a verb that
        reports speech, or both sides together, do; "he" and names inside
        the remarks ("Prime Minister Abe has become my very close friend") do not.
        """
        subjects = self.subjects(text)
        if not subjects:
            return False
        first = subjects[0]
        if isinstance(first.speaker, Both):
            return True
        return (
            not first.pronoun
            and first.speaker != self.remarks_speaker
            and bool(en.REPORTING_VERB.match(text, first.verb))
        )

    # -- subjects -------------------------------------------------------------

    def split(self, sentence: Text, *, truncated: bool = False) -> list[ClauseEn]:
        """Cut a sentence into clauses where a new subject takes over."""
        text = sentence.text
        subjects = self.subjects(text, truncated=truncated)
        if not subjects:
            return [ClauseEn(sentence, None, 0)]
        cuts: list[tuple[int, Subject | None]] = []
        if subjects[0].run_on:
            cuts.append((0, None))  # the first sentence of two run together names no one
        for subject in subjects:
            if not cuts:
                cuts.append((0, subject))
                continue
            current_start, current = cuts[-1]
            if current is None:
                cuts.append((subject.start, subject))
                continue
            cut, run_on = self._cut(text, current.verb, subject)
            if cut is None or cut <= current_start or (subject.speaker == current.speaker and not run_on):
                continue
            cuts.append((cut, subject))
        clauses = []
        for index, (start, found) in enumerate(cuts):
            end = cuts[index + 1][0] if index + 1 < len(cuts) else len(text)
            piece = sentence if start == 0 and end == len(text) else sentence.slice(start, end)  # whole: no copy
            stripped = piece.strip()
            if found is None:
                clauses.append(ClauseEn(stripped, None, 0))
                continue
            offset = len(piece.text) - len(piece.text.lstrip())
            clauses.append(ClauseEn(stripped, found.speaker, max(0, found.verb - start - offset), plural=found.plural))
        return clauses

    def subjects(self, text: str, *, truncated: bool = False) -> list[Subject]:
        """The subject phrases of a sentence, with "he", "she" and "they" read from what came before."""
        return find_subjects(
            text, self.roster, last_person=self.last_person, last_plural=self.last_plural, truncated=truncated
        )

    def _cut(self, text: str, current_verb: int, subject: Subject) -> tuple[int | None, bool]:
        """Where a clause for ``subject`` starts (after the connective), or None; and whether a full stop is missing."""
        before = text[: subject.start].rstrip()
        joint = en.CLAUSE_JOINT.search(before)
        if joint is not None:
            coordinator = _COORDINATOR.search(before, joint.start())
            if coordinator is None:
                return None, False
            bare_and = coordinator.group(0) == "and" and not before[: coordinator.start()].rstrip().endswith(",")
            if bare_and and _THAT.search(text, current_verb, subject.start):
                return None, False  # "... stated that Japan and President X would ...": inside what was said
            cut = coordinator.end()
            while cut < len(text) and text[cut] == " ":
                cut += 1
            return cut, False
        if not subject.pronoun and follows_without_stop(text, subject.start, subject.verb):
            return subject.start, True  # a full stop left out: "... natural disasters Minister Kamikawa also stated"
        return None, False

    # -- items ----------------------------------------------------------------

    def _item(self, clause: ClauseEn, truncated: bool, *, first: bool) -> Item:
        """Type one clause by its subject and predicate, and remember who spoke."""
        subject = clause.subject
        text = clause.text.text
        if clause.plural and subject is not None:
            self.last_plural = subject
        if isinstance(subject, Both) and self.block_speaker is not None and _PERFECT.match(text, clause.verb):
            # "To date, both sides have confirmed on numerous occasions ...": history told by the speaker.
            return self._statement(clause, truncated, self.block_speaker, implied=True)
        if isinstance(subject, Both):
            kind = _agreement_kind(text, clause.verb)
            self.last_plural = BOTH
            self.block_speaker = None
            if kind is not None:
                if en.JOINT_LIST_INTRO.search(text):
                    self.joint_list = kind
                return self._agreement(clause, kind, truncated)
            return self._discussion(clause, truncated)
        if isinstance(subject, Participant):
            meeting = first_hit(en.MEET_RULES, text[clause.verb :])
            if meeting is not None and meeting.meaning == en.MEET:
                self.block_speaker = None
                return self._discussion(clause, truncated, parties=(self.roster.add(subject),))
            if meeting is not None:
                self.block_speaker = None
                return self._statement(clause, truncated, None)
            item = self._statement(clause, truncated, subject)
            if introduces_remarks(text):
                self.remarks_speaker = item.speaker
            return item
        return self._subjectless(clause, truncated, first=first)

    def _subjectless(self, clause: ClauseEn, truncated: bool, *, first: bool) -> Item:
        """A clause with no subject: an agreement told in the passive, narration, or the last speaker going on."""
        text = clause.text.text
        passive = first_hit(en.PASSIVE_AGREEMENT_RULES, text)
        if passive is not None:
            self.block_speaker = None
            return self._agreement(clause, passive.meaning, truncated)
        if en.NARRATION.match(text) or en.NOTE.match(text) or en.NARRATED_EVENT.search(text):
            self.block_speaker = None
            return self._statement(clause, truncated, None)
        if truncated and en.CUT_BOTH.search(text[-60:]):
            return self._discussion(clause, truncated)  # "The two": cut off before the verb of both sides
        # cut off inside its subject, or after its introductory phrase ("In response,"): nobody is named yet
        cut = truncated and (self._cut_subject(text) or text.rstrip().endswith(","))
        if self.block_speaker is not None and not cut and not (truncated and first):
            return self._statement(clause, truncated, self.block_speaker, implied=True)
        if first_hit(en.DISCUSS_RULES, text) is not None:
            return self._discussion(clause, truncated)
        return self._statement(clause, truncated, None)

    def _cut_subject(self, text: str) -> bool:
        """Whether a cut-off sentence ends inside its subject ("On that basis Foreign Minister Ka")."""
        tail = text[-60:]
        match = en.CUT_SUBJECT.search(tail)
        return bool(match and _TITLE_WORD.search(match.group(0)))

    def _after_quote(self, text: str, items: list[Item]) -> None:
        """A quotation opened in this sentence and not closed: its later sentences are the same speaker's."""
        self.quote_speaker = None
        ranges = quote_ranges(text)
        if ranges and ranges[-1][1] >= len(text) and not text.rstrip().endswith(("”", '"')):
            last = items[-1] if items else None
            if isinstance(last, Statement):
                self.quote_speaker = last.speaker

    def _verbatim(self, span: Span) -> str:
        """The clause at ``span``, as written in the input."""
        return self.source[span.start : span.end]

    def _statement(
        self, clause: ClauseEn, truncated: bool, speaker: Participant | None, *, implied: bool = False
    ) -> Statement:
        """A statement of ``speaker`` (None for narration), with its speech acts."""
        span = clause.text.span()
        if speaker is not None:
            speaker = self.roster.add(speaker)
            self.block_speaker = speaker
            if speaker.group is None and speaker.name is not None:
                self.last_person = speaker
            if speaker.group is not None:
                self.last_plural = speaker
        else:
            self.block_speaker = None
            if _reports_speech(clause.text.text):
                self.diagnostics.append(
                    Diagnostic(
                        DiagnosticKind.UNRESOLVED_SPEAKER,
                        Severity.WARNING,
                        "a sentence reports speech but names no speaker and follows none",
                        span,
                    )
                )
        if implied and speaker is not None:
            self.diagnostics.append(
                Diagnostic(
                    DiagnosticKind.IMPLIED_SPEAKER,
                    Severity.INFO,
                    "no subject: the sentence is read as the last speaker's",
                    span,
                    "implied_speaker",
                )
            )
        self._note_truncation(truncated, clause)
        acts = _acts(clause.text.text, clause.verb) if speaker is not None else ()
        return Statement(
            speaker=speaker,
            acts=acts,
            text=self._verbatim(span),
            span=span,
            amounts=amounts_in_en(clause.text),
            instruments=instruments_in_en(clause.text),
            truncated=truncated,
        )

    def _agreement(self, clause: ClauseEn, kind: AgreementKind, truncated: bool) -> Agreement:
        """An agreement of the two main participants."""
        self._note_truncation(truncated, clause)
        span = clause.text.span()
        return Agreement(
            parties=self.roster.mains(),
            kind=kind,
            text=self._verbatim(span),
            span=span,
            amounts=amounts_in_en(clause.text),
            instruments=instruments_in_en(clause.text),
            truncated=truncated,
        )

    def _discussion(
        self, clause: ClauseEn, truncated: bool, parties: tuple[Participant, ...] | None = None
    ) -> Discussion:
        """A joint act that is not an agreement."""
        self.block_speaker = None
        self._note_truncation(truncated, clause)
        span = clause.text.span()
        return Discussion(
            parties=self.roster.mains() if parties is None else parties,
            text=self._verbatim(span),
            span=span,
            amounts=amounts_in_en(clause.text),
            instruments=instruments_in_en(clause.text),
            truncated=truncated,
        )

    def _note_truncation(self, truncated: bool, clause: ClauseEn) -> None:
        """Warn that the release breaks off inside this clause."""
        if truncated:
            self.diagnostics.append(
                Diagnostic(
                    DiagnosticKind.TRUNCATED,
                    Severity.WARNING,
                    "the release breaks off inside this sentence",
                    clause.text.span(),
                )
            )


def introduces_remarks(text: str) -> bool:
    """Whether ``text`` introduces a block of remarks ("... made the following statements:").

    As :data:`~dipmeet.rules.en.REMARKS_INTRO` says. Every match holds
    "follow" in some case or a colon: a sentence with neither (nearly all of
    them) is not searched. The pattern is case-insensitive and starts with
    common letters, so a search tries every character of the sentence.
    """
    if ":" not in text and "follow" not in text.lower():
        return False  # "follow" is ASCII letters that no other character matches under IGNORECASE
    return en.REMARKS_INTRO.search(text) is not None


_VERB_THAT: Final = re.compile(r"[a-z]+\s+that\b")
_SIDES_OWN_VERB: Final = re.compile(r",?\s+and\s+(?:(?:also|further|then)\s+)?$")


def _agreement_kind(text: str, verb: int) -> AgreementKind | None:
    """The kind of agreement a clause of both sides reaches: its last agreement verb, outside quotations."""
    quoted = quote_ranges(text)
    best = None
    # "the two sides welcomed that ... Prime Minister Kishida and President Biden reconfirmed ...": in the
    # that-clause of another verb, an agreement verb counts only where it follows "and" (the sides' own verb).
    reported = _VERB_THAT.match(text, verb) is not None and not any(
        rule.pattern.match(text, verb) for rule in en.AGREE_RULES
    )
    for rule in en.AGREE_RULES:
        for match in rule.pattern.finditer(text, verb):
            if any(a <= match.start() < b for a, b in quoted):
                continue
            if reported and not _SIDES_OWN_VERB.search(text, max(0, match.start() - 30), match.start()):
                continue
            if en.NOT_AGREEMENT_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                continue  # "both sides have confirmed on numerous occasions", "the shared recognition"
            if best is None or match.end() > best[0]:
                best = (match.end(), rule.meaning)
    return best[1] if best else None


_SPEECH_VERB: Final = re.compile(r"\b(?:stated|said|expressed|explained|noted|responded|replied)\b")


def _reports_speech(text: str) -> bool:
    """Whether a clause reports speech (a warning is due when it names no one)."""
    return bool(_SPEECH_VERB.search(text))


_EXPLAINED: Final = re.compile(r"\bexplained\b")


def _acts(text: str, verb: int) -> tuple[Act, ...]:
    """The speech acts a clause performs, in text order, read before its that-clause; ``stated`` when none."""
    end = _act_stop(text, verb)
    rules, trigger, by_word, always = _act_table()
    chosen = set(always)
    found = trigger.search(text, verb, end)
    while found is not None:  # every place a word starts, not only where the last one ended
        chosen.update(by_word[found.group()])
        found = trigger.search(text, found.start() + 1, end)
    hits = []
    for index in sorted(chosen):
        rule = rules[index]
        match = rule.pattern.search(text, verb, end)
        if match:
            hits.append((match.start(), rule.meaning))
    acts: list[Act] = []
    for _, act in sorted(hits, key=lambda hit: hit[0]):
        if act not in acts:
            acts.append(act)
    if not acts:
        acts.append(Act.EXPLAINED if _EXPLAINED.search(text[verb:end]) else Act.STATED)
    return tuple(acts)


def _act_stop(text: str, start: int) -> int:
    """Where :data:`_ACT_STOP` first matches in ``text`` from ``start`` (a that-clause, a quotation), else the end.

    The end of a clause's window of speech acts. Each mark and word is looked
    for with ``str.find``, a word kept where no word character stands on
    either side of it (``\\b``, as the engine reads it on the whole text).
    """
    end = len(text)
    for mark in _ACT_STOP_MARKS:
        at = text.find(mark, start, end)
        if at >= 0:
            end = at
    for word in _ACT_STOP_WORDS:
        at = text.find(word, start)
        while 0 <= at < end:
            if (at == 0 or not is_word_character(text[at - 1])) and ends_word(text, at + len(word)):
                end = at
                break
            at = text.find(word, at + 1)
    return end


@functools.cache
def _act_rules() -> tuple[tuple[Rule[Act], tuple[str, ...]], ...]:
    """The act rules, each with the words one of which its every match holds (none: no words worth a test).

    A clause's window before its that-clause is short; testing it for the
    words costs a fraction of a search, and most rules are ruled out so
    (words of three letters count).
    Case-insensitive rules (none at present) are always searched.
    """
    return tuple(
        (
            rule,
            ()
            if rule.pattern.flags & re.IGNORECASE
            else required_words(rule.pattern.pattern, shortest=_SHORTEST_ACT_WORD) or (),
        )
        for rule in en.ACT_RULES
    )


# The act words are looked for with one pattern (see _act_table), where a word of three letters ("hop" of
# hoped / hopes / hoping) costs no more than a longer one.
_SHORTEST_ACT_WORD: Final = 3


@functools.cache
def _act_table() -> tuple[tuple[Rule[Act], ...], re.Pattern[str], dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The act rules, one pattern for all their words, the rules each word found calls for, and those always searched.

    The pattern tries the longest word first, so at a place where several
    words start it finds the one the others are the start of: a word found
    calls for every rule that has a word inside it. A window is then read
    once for all the words, rather than tested once a word (which cost
    twice as much).
    """
    table = _act_rules()
    rules = tuple(rule for rule, _ in table)
    words = sorted({word for _, rule_words in table for word in rule_words}, key=lambda word: (-len(word), word))
    by_word = {
        word: tuple(index for index, (_, rule_words) in enumerate(table) if any(w in word for w in rule_words))
        for word in words
    }
    always = tuple(index for index, (_, rule_words) in enumerate(table) if not rule_words)
    # grouped by their starts (one_of): the engine then tries only the words that start as the text does
    trigger = re.compile(one_of([re.escape(word) for word in words]) if words else "(?!)")
    return rules, trigger, by_word, always
