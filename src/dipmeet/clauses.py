"""Japanese sentences into statements, agreements and discussions.

A sentence is cut into clauses where the speaker changes
(…述べたのに対し、| 岡田大臣から…), and where a one-sided clause runs on into
a joint act (…謝意を表するとともに、| …意見交換を行い、…一致しました). Each
clause is then typed by its subject and its final predicate: a joint subject
(両外相は) with 一致 / 確認 / 合意 makes an :class:`~dipmeet.model.Agreement`;
意見交換 a :class:`~dipmeet.model.Discussion`; one side speaking a
:class:`~dipmeet.model.Statement`. A clause with no subject keeps the speaker
of the sentence before it (また、…旨述べました).
"""

from __future__ import annotations

import bisect
import math
import re
from typing import Any, Final

from .extract import amounts_in, instruments_in
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
    Side,
    Span,
    Statement,
)
from .normalize import Text, compact
from .rules import Rule, RuleTable, all_hits, hit_spans, ja, last_characters
from .segment import Sentence
from .speakers import BOTH, Both, Roster

__all__ = ["Clause", "ClauseReader", "split_clauses"]

Speaker = Participant | Both | None

_BOUNDARY: Final = frozenset("、,。")


def _boundary_before(text: str, position: int, start: int = 0) -> int:
    """Where the stretch ending at ``position`` begins: just after the last 、 , or 。 (``start`` at the most)."""
    return (
        max(text.rfind("、", start, position), text.rfind(",", start, position), text.rfind("。", start, position)) + 1
        or start
    )


_TOPIC_PARTICLES: Final = frozenset({"は", "も", "が", "とも"})
_ONE_SIDED_JOINT: Final = frozenset({AgreementKind.AGREED, AgreementKind.SHARED_VIEW})
_CONTINUATION: Final = re.compile(r"^(?:また|さらに|更に|加えて|併せて|その上で|なお)[、,]?")
# A sentence longer than this is not a sentence of a readout (the longest in
# the corpus has 300 characters) but a page with no full stops: it is kept
# whole, unsplit, so that reading it stays linear in its length.
_LONGEST_SENTENCE: Final = 1000
_TAIL_RUN: Final = re.compile(rf"(?<![{ja.NAME_CHARS}])[{ja.NAME_CHARS}]+$")


class Clause:
    """A clause: a sentence or the part of one spoken by one subject.

    A plain class with slots and read-only fields, not an attrs class or a
    named tuple: a sentence makes one or two and drops them once read, and
    such an object is made and read fastest (natively in the compiled build).

    Attributes:
        text: The clause in compact normalised form, mapped to the input.
        subject: Who the clause's subject names, or None where it has none.
        subject_end: Where the subject phrase (with its particle) ends.
        predicate: The final predicate, or None.
        topic: True when the subject is marked as a topic (は, も) rather than as
            the source of words (から, より): such a clause is speech only
            if its predicate says so (林大臣は…旨述べました, not …閲兵を行いました).
        act_words: The act words after the subject, as ``(start, ACT_RULES
            index)`` in order, where the sentence's pass found them; None
            where they are to be looked for in the clause itself.
    """

    __slots__ = ("act_words", "predicate", "subject", "subject_end", "text", "topic")

    def __init__(
        self,
        text: Text,
        subject: Speaker,
        subject_end: int,
        predicate: Predicate | None,
        topic: bool = False,
        act_words: tuple[tuple[int, int], ...] | None = None,
    ) -> None:
        self.text: Final = text
        self.subject: Final = subject
        self.subject_end: Final = subject_end
        self.predicate: Final = predicate
        self.topic: Final = topic
        self.act_words: Final = act_words


_QUOTE_MARK: Final = re.compile(f"[{ja.QUOTE_OPEN}{ja.QUOTE_CLOSE}]")


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges inside 「」 and 『』, where subjects are not looked for."""
    ranges: list[tuple[int, int]] = []
    if "「" not in text and "『" not in text:
        return ranges
    depth = 0
    start = 0
    for mark in _QUOTE_MARK.finditer(text):
        index, char = mark.start(), mark.group()
        if char in ja.QUOTE_OPEN:
            if depth == 0:
                start = index
            depth += 1
        elif char in ja.QUOTE_CLOSE and depth:
            depth -= 1
            if depth == 0:
                ranges.append((start, index + 1))
    if depth:
        ranges.append((start, len(text)))
    return ranges


def _quote_at(quoted: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    """The range of ``quoted`` (sorted, disjoint) that holds ``position``, or None."""
    index = bisect.bisect_right(quoted, (position, math.inf)) - 1
    if index >= 0 and position < quoted[index][1]:
        return quoted[index]
    return None


def _clause_initial(text: str, position: int, *, relative: bool = False) -> bool:
    """Whether ``position`` starts a clause: only connectives since the last 、 or the start.

    With ``relative``, a short relative clause may stand before the subject
    (出席した駐日各国大使から).
    """
    if position == 0 or text[position - 1] in _BOUNDARY:
        return True  # right after a boundary: nothing stands between
    if _HEAD_ENDS is not None and text[position - 1] not in _HEAD_ENDS:
        return False  # no connective or relative clause ends so: none stands between (most が subjects)
    reach = max(0, position - 25)
    boundary = _boundary_before(text, position, reach)
    if boundary == reach > 0:
        return False  # no boundary in the 25 characters before: too far to be a clause's head
    between = text[boundary:position]
    if not between or _CONNECTIVES.fullmatch(between):
        return True
    return relative and bool(_RELATIVE.fullmatch(between))


_CONNECTIVES: Final = re.compile(rf"(?:{ja.CONNECTIVE.pattern})+")
_RELATIVE: Final = re.compile(rf"(?:{ja.CONNECTIVE.pattern})*[^、,。「」]{{0,12}}(?:した|する|している|された)")


def _head_ends() -> frozenset[str] | None:
    """The characters the words between a boundary and a clause's subject can end with (None: any).

    What :func:`_clause_initial` fully matches there (connectives, or a short
    relative clause) ends with one of them: a subject after any other
    character does not head its clause, with no search.
    """
    connective = last_characters(_CONNECTIVES, nonempty=True)
    relative = last_characters(_RELATIVE, nonempty=True)
    return None if connective is None or relative is None else connective | relative


_HEAD_ENDS: Final = _head_ends()


def _subjects(
    text: str, roster: Roster, quoted: list[tuple[int, int]] | None = None
) -> list[tuple[int, int, Speaker, bool]]:
    """``(start, end, speaker, topic)`` for each subject phrase at the head of a clause, in order.

    ``quoted`` is ``_quoted_ranges(text)``, where the caller has it already.
    """
    if quoted is None:
        quoted = _quoted_ranges(text)
    found: list[tuple[int, int, Speaker, bool]] = []
    for start, end, run, particle in _subject_matches(text):
        if quoted and _quote_at(quoted, start) is not None:
            continue
        if particle in ("から", "より") and text[end : end + 1] in ("の", "へ", "も", "は"):
            continue
        if (
            start
            and text[start - 1] not in _BOUNDARY
            and not _clause_initial(text, start, relative=particle in ("から", "より", "からは", "よりは"))
        ):
            continue  # (right after a boundary, a subject always heads its clause)
        if (
            particle in ("が", "とも")
            and not ja.JOINT_SUBJECT.match(run)
            and not (particle == "が" and _speaks_with_ga(text, start, end))
        ):
            continue
        if run.endswith(")"):
            run = run[: run.rfind("(")]  # an English form after the title names no one else
        speaker = roster.resolve(run)
        if speaker is None:
            continue
        found.append((start, end, speaker, particle in _TOPIC_PARTICLES))
    return found


# A subject phrase with no bracket in it, read in the reversed text: its
# particle (reversed: らか for から), then the whole run of name characters
# before it, not after a bracket (SUBJECT's lookbehind).
_SUBJECT_BACKWARDS: Final = re.compile(rf"(?:らか|りよ|は|も|が|もと)([{ja.NAME_CHARS}]++)(?![()])")
# SUBJECT's particles by their first character; から and より may run on
# into は or も (からは, よりも): the longest that stands in the text is SUBJECT's.
_PARTICLES: Final = {"か": "から", "よ": "より", "と": "とも", "は": "は", "も": "も", "が": "が"}
_AFTER_PARTICLE: Final = frozenset("はも")
# A run of name characters, read in the reversed text: back from a bracket to the run's start.
_NAME_RUN: Final = re.compile(rf"[{ja.NAME_CHARS}]*")


def _subject_matches(text: str) -> list[tuple[int, int, str, str]]:
    """SUBJECT's matches in ``text`` as ``(start, end, run, particle)``, as ``finditer`` gives them.

    SUBJECT starts with a lookbehind, so a search tries it at every position.
    A match is a whole run of name characters (after neither bracket) and
    its particle, or, where brackets stand in the text, such a run with a
    bracket after it (岡田外務大臣(Mr. Okada)から). One pass over the reversed
    text finds each particle with the run before it; the particle is read
    forwards where it starts (the longest of SUBJECT's: からは before から).
    Runs before a bracket are tried with SUBJECT (:func:`_bracketed`).
    """
    found: list[tuple[int, int, str, str]] = []
    size = len(text)
    backwards = text[::-1]
    for match in _SUBJECT_BACKWARDS.finditer(backwards):
        start, run_end = size - match.end(), size - match.start(1)
        particle = _PARTICLES[text[run_end]]
        if len(particle) == 2 and particle != "とも" and text[run_end + 2 : run_end + 3] in _AFTER_PARTICLE:
            particle += text[run_end + 2]
        found.append((start, run_end + len(particle), text[start:run_end], particle))
    found.reverse()
    if ")" in text and "(" in text:
        return _bracketed(text, backwards, found)
    return found


def _bracketed(text: str, backwards: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Add to the subjects ``found`` with no bracket those with one, as ``finditer`` would take them.

    SUBJECT matches at the start of each run of name characters before a
    "(" where its bracket closes; ``finditer`` takes the leftmost match and
    looks for the next after it, so a match inside another is left out.
    """
    size = len(text)
    more = []
    bracket = text.find("(", 1)
    while bracket > 0:
        run = _NAME_RUN.match(backwards, size - bracket)
        start = bracket - (run.end() - run.start()) if run is not None else bracket
        if start < bracket and not (start and text[start - 1] in "()"):
            match = ja.SUBJECT.match(text, start)
            if match is not None:
                more.append((start, match.end(), match["run"], match["particle"]))
        bracket = text.find("(", bracket + 1)
    if not more:
        return found
    taken: list[tuple[int, int, str, str]] = []
    end = 0
    for subject in sorted(found + more):
        if subject[0] >= end:
            taken.append(subject)
            end = subject[1]
    return taken


def _speaks_with_ga(text: str, start: int, end: int) -> bool:
    """Whether a が subject opening the sentence is its speaker (これを受けてライス長官が次のとおり述べた).

    が marks a speaker only at the head of the sentence (after connectives
    alone) and only when the words after it, up to the next comma, report
    speech; elsewhere it is the subject of something told (安倍総理が訪米し).
    """
    if start and not _CONNECTIVES.fullmatch(text, 0, start):
        return False
    stop = _boundary_after(text, end)
    return any(hit.meaning[0] == ja.SPEECH for hit in all_hits(ja.PREDICATE_RULES, text, end, stop))


def _boundary_after(text: str, position: int) -> int:
    """Where the stretch from ``position`` ends: at the next 、 , or 。 (the end of the text at most)."""
    ends = [found for found in (text.find(mark, position) for mark in _BOUNDARY) if found >= 0]
    return min(ends, default=len(text))


class Predicate:
    """A predicate found in a clause: the rule that matched and where, in the clause's text.

    Attributes:
        rule: The predicate rule.
        start: Where the predicate starts in the clause.
        end: Where it ends.
    """

    __slots__ = ("end", "rule", "start")

    def __init__(self, rule: Rule[tuple[str, AgreementKind | None]], start: int, end: int) -> None:
        self.rule: Final = rule
        self.start: Final = start
        self.end: Final = end

    @property
    def meaning(self) -> tuple[str, AgreementKind | None]:
        """What the predicate does: speech, agreement (with its kind), discussion or meeting."""
        return self.rule.meaning


# The predicate and speech-act tables as one, so that one pass over a sentence
# finds both: rules below ``_ACTS_FROM`` are PREDICATE_RULES, the others ACT_RULES.
_CLAUSE_RULES: Final[RuleTable[Any]] = RuleTable([*ja.PREDICATE_RULES, *ja.ACT_RULES])
_ACTS_FROM: Final = len(ja.PREDICATE_RULES)


class _Predicates:
    """Every predicate of a sentence outside quotations, in order of their ends, and its act words.

    Both come from one pass of the predicate and act tables together
    (:data:`_CLAUSE_RULES`). ``acts`` holds every act word of the sentence as
    ``(start, act rule index, end)``, in order: :meth:`acts_between` gives a
    clause the ones that :func:`_acts` would find in it.
    """

    __slots__ = ("acts", "hits")

    def __init__(self, text: str, quoted: list[tuple[int, int]] | None = None) -> None:
        if quoted is None:
            quoted = _quoted_ranges(text)
        rules = _CLAUSE_RULES
        split = _ACTS_FROM
        hits = []
        acts = []
        for start, end, index in hit_spans(rules, text):
            if index >= split:
                acts.append((start, index - split, end))
                continue
            around = _quote_at(quoted, start) if quoted else None
            if around is not None and end <= around[1]:
                continue
            hits.append((end, -index, start, ja.PREDICATE_RULES[index]))
        hits.sort()
        acts.sort()
        self.hits = hits
        self.acts = acts

    def any_between(self, start: int, end: int) -> bool:
        """Whether a predicate lies wholly in ``[start, end)``."""
        return any(start <= hit_start and hit_end <= end for hit_end, _, hit_start, _ in self.hits)

    def last_between(self, start: int, end: int, base: int | None = None) -> Predicate | None:
        """The predicate in ``[start, end)`` that ends last (the earlier rule on a tie).

        Its offsets are relative to ``base`` (``start`` unless given).
        """
        origin = start if base is None else base
        for hit_end, _, hit_start, rule in reversed(self.hits):
            if hit_end <= end and hit_start >= start:
                return Predicate(rule, hit_start - origin, hit_end - origin)
        return None

    def acts_between(self, start: int, end: int, base: int) -> tuple[tuple[int, int], ...]:
        """The act words that start at ``start`` or later and end by ``end``, as ``(start, act rule index)``.

        Offsets are relative to ``base``, in order of start, then of rule: what
        ``hit_spans(ja.ACT_RULES, ...)`` sorted finds in a clause from ``base`` to
        ``end`` read from ``start - base`` on, where ``end`` is the sentence's
        end or just after a 、 , or 。 (no act word takes one in, none looks
        past one, none ends on a particle that ends a subject: see
        tests/test_clauses.py).
        """
        return tuple(
            [
                (act_start - base, index)
                for act_start, index, act_end in self.acts
                if act_start >= start and act_end <= end
            ]
        )


def _joint_ahead(predicates: _Predicates, start: int, end: int) -> bool:
    """Whether the clause from ``start`` ends in a joint predicate (agreement, discussion, meeting)."""
    final = predicates.last_between(start, end)
    return final is None or final.meaning[0] != ja.SPEECH


def _before_connective(text: str, boundary: int, start: int) -> int:
    """Move a clause boundary back over a connective standing alone (…に触れ、|また、|グテーレス事務総長から).

    The connective opens the new clause, not the end of the old one.
    """
    before = _boundary_before(text, boundary - 1, start)
    if before > start and ja.CONNECTIVE.fullmatch(text, before, boundary):
        return before
    return boundary


def split_clauses(sentence: Text, roster: Roster) -> list[Clause]:
    """Cut a (compact) sentence into clauses where the subject changes or a one-sided clause turns joint."""
    text = sentence.text
    quoted = _quoted_ranges(text)
    subjects = _subjects(text, roster, quoted)
    predicates = _Predicates(text, quoted)
    cuts: list[tuple[int, Speaker, int, bool]] = []  # (clause start, subject, subject end, topic)
    current: Speaker = None
    clause_start = 0
    for start, end, speaker, topic in subjects:
        if not cuts:
            # Words with a predicate before the first subject are an unnamed
            # subject's (…協力を求め、グテーレス事務総長から支持を得ました).
            boundary = _boundary_before(text, start)
            if isinstance(speaker, Participant) and boundary > 0 and predicates.any_between(0, boundary):
                cuts.append((0, None, 0, False))
                cuts.append((boundary, speaker, end, topic))
                current, clause_start = speaker, boundary
                continue
            cuts.append((0, speaker, end, topic))
            current, clause_start = speaker, 0
            continue
        if speaker == current:
            continue
        told_of = isinstance(speaker, Participant) and not roster.knows(speaker)
        if topic and told_of and isinstance(current, Participant):
            # …祝意が伝えられるとともに,ジョコ大統領も…コミットしている,…旨発言がありました:
            # someone not in the meeting, told of inside a participant's words, does not speak.
            continue
        if speaker is BOTH and not _joint_ahead(predicates, start, len(text)):
            continue  # 双方が核の惨禍を経験した国として…旨述べました: both named inside one side's turn
        # A new clause starts after the 、 before the subject, if the clause
        # so far already did something.
        boundary = _boundary_before(text, start)
        if boundary <= clause_start or not predicates.any_between(clause_start, boundary):
            continue
        boundary = _before_connective(text, boundary, clause_start)
        cuts.append((boundary, speaker, end, topic))
        current, clause_start = speaker, boundary
    if not cuts:
        cuts.append((0, None, 0, False))
    elif "のに対し" in text:
        cuts = _replies(text, cuts, predicates, roster)
    clauses: list[Clause] = []
    for index, (start, speaker, subject_end, topic) in enumerate(cuts):
        end = cuts[index + 1][0] if index + 1 < len(cuts) else len(text)
        piece = sentence if start == 0 and end == len(text) else sentence.slice(start, end)
        clauses.extend(_split_turn(piece, speaker, max(0, subject_end - start), topic, predicates, start))
    return clauses


_REPLY: Final = re.compile(r"のに対し(?:て)?[、,]")
# A sentence that opens as the answer to the one before (これに対し、…).
_REPLY_OPENING: Final = re.compile(r"(?:これに対し(?:て)?|それに対し(?:て)?|これに応え(?:て)?)[、,]")


def _replies(
    text: str, cuts: list[tuple[int, Speaker, int, bool]], predicates: _Predicates, roster: Roster
) -> list[tuple[int, Speaker, int, bool]]:
    """Give the words after …のに対し、 to the other side where no one is named there.

    In …旨の説明があったのに対し、感謝の念を伝えた上で、…旨述べた the reply is the
    other side's: one side's turn ends at のに対し、 even when the reply names no
    subject (or names it only after a topic: …のに対し、六者会合については、町村大臣より).
    """
    quoted = _quoted_ranges(text)
    for reply in _REPLY.finditer(text):
        if _quote_at(quoted, reply.start()) is not None:
            continue
        index = bisect.bisect_right([cut[0] for cut in cuts], reply.start()) - 1
        start, speaker, _, _ = cuts[index]
        if not isinstance(speaker, Participant):
            continue
        after = cuts[index + 1][0] if index + 1 < len(cuts) else len(text)
        if after == reply.end() or not predicates.any_between(start, reply.start()):
            continue
        other = roster.main(Side.COUNTERPART if speaker.side is Side.JAPAN else Side.JAPAN)
        if other is None or other == speaker:
            continue
        if index + 1 < len(cuts) and cuts[index + 1][1] == other:
            cuts[index + 1] = (reply.end(), *cuts[index + 1][1:])  # the reply's subject named after a topic
        elif predicates.any_between(reply.end(), after):
            cuts.insert(index + 1, (reply.end(), other, reply.end(), False))
    return cuts


def _split_turn(
    piece: Text, speaker: Speaker, subject_end: int, topic: bool, predicates: _Predicates, offset: int
) -> list[Clause]:
    """Split a one-sided clause that turns joint: …謝意を表するとともに、| …一致しました."""
    end = offset + len(piece.text)
    final = predicates.last_between(offset + subject_end, end, offset)
    one_sided = isinstance(speaker, Participant)
    if one_sided and final is not None and _turns_joint(final):
        cut = None
        for match in ja.CONTINUATIVE.finditer(piece.text, subject_end, final.start):
            cut = match.end()
        if cut is not None and cut < final.start:
            head = piece.slice(0, cut)
            tail = piece.slice(cut)
            head_final = predicates.last_between(offset + subject_end, offset + cut, offset)
            head_acts = predicates.acts_between(offset + subject_end, offset + cut, offset)
            tail_acts = predicates.acts_between(offset + cut, end, offset + cut)
            return [
                Clause(head, speaker, subject_end, head_final, topic, head_acts),
                Clause(tail, None, 0, predicates.last_between(offset + cut, end), act_words=tail_acts),
            ]
    acts = predicates.acts_between(offset + subject_end, end, offset)
    return [Clause(piece, speaker, subject_end, final, topic, acts)]


def _turns_joint(hit: Predicate) -> bool:
    kind, agreement = hit.meaning
    return kind == ja.DISCUSS or (kind == ja.AGREE and agreement in _ONE_SIDED_JOINT)


class ClauseReader:
    """Turns the sentences of one meeting's body into items, remembering the last speaker.

    A plain class, native in the compiled build, where its methods are called
    without the interpreter (mypyc does not recognise ``attrs.define``).

    Attributes:
        roster: The meeting's participants.
        source: The original input, for verbatim texts.
        diagnostics: Collected diagnostics.
        last_speaker: The speaker of the last statement, for implied subjects.
        remarks_speaker: The speaker whose block of remarks is being read
            (after 概要以下のとおり述べた), or None.
        quote_speaker: The speaker of a quotation still open.
    """

    def __init__(self, roster: Roster, source: str) -> None:
        self.roster = roster
        self.source = source
        self.diagnostics: list[Diagnostic] = []
        self.last_speaker: Participant | None = None
        self.remarks_speaker: Participant | None = None
        self.quote_speaker: Participant | None = None
        self._first = False

    def read(self, sentence: Sentence, *, last: bool = False, first: bool = False) -> list[Item]:
        """Read one sentence into items.

        Args:
            sentence: The sentence.
            last: It is the release's final sentence (cut off if not closed).
            first: It opens its paragraph (a cut-off first sentence with no
                subject does not continue the last speaker's turn).
        """
        text = compact(sentence.text)
        truncated = last and not sentence.closed
        self._first = first
        if len(text.text) > _LONGEST_SENTENCE:
            return [self._unsplit(text, truncated)]
        if sentence.quote_depth and self.quote_speaker is not None:
            clause = Clause(text, self.quote_speaker, 0, None)
            return [self._statement(clause, truncated, speaker=self.quote_speaker, implied=True)]
        clauses = split_clauses(text, self.roster)
        items: list[Item] = []
        for index, clause in enumerate(clauses):
            is_last_clause = truncated and index == len(clauses) - 1
            item = self._item(clause, is_last_clause)
            items.append(item)
        # A quotation opened in this sentence and not closed: its later
        # sentences are the same speaker's.
        self.quote_speaker = None
        if _opens_quote(text.text) and items and isinstance(items[-1], Statement):
            self.quote_speaker = items[-1].speaker
        return items

    def _unsplit(self, text: Text, truncated: bool) -> Statement:
        """Keep a sentence too long to be one (a page with no full stops) whole, with no speaker."""
        self.quote_speaker = None
        self.diagnostics.append(
            Diagnostic(
                DiagnosticKind.UNREAD_TEXT,
                Severity.WARNING,
                f"a sentence of {len(text.text):,} characters (over {_LONGEST_SENTENCE:,}) is kept whole, "
                "with no speaker",
                text.span(),
                "long_sentence",
            )
        )
        return self._statement(Clause(text, None, 0, None), truncated)

    def end_block(self) -> None:
        """Forget the remarks speaker at the end of a numbered block."""
        self.remarks_speaker = None

    def _item(self, clause: Clause, truncated: bool) -> Item:
        subject = clause.subject
        kind, agreement = clause.predicate.meaning if clause.predicate else (None, None)
        if truncated and _ends_whole(clause):
            truncated = False  # cut right after a finished predicate (…一致しました): the clause is whole
        if subject is None and truncated:
            subject = self._cut_subject(clause.text.text)
        if subject is not None and self.remarks_speaker is not None and subject != self.remarks_speaker:
            self.remarks_speaker = None  # someone else speaks: the block of remarks is over
        if subject is BOTH:
            if kind == ja.AGREE and not truncated:
                return self._agreement(clause, agreement or AgreementKind.AGREED, truncated)
            return self._discussion(clause, truncated)
        if isinstance(subject, Participant):
            if kind == ja.MEET and not truncated:
                return self._discussion(clause, truncated, parties=(self.roster.add(subject),))
            if clause.topic and kind is None and not truncated and self.remarks_speaker is None:
                return self._statement(clause, truncated, speaker=None)  # an act told, not words spoken
            item = self._statement(clause, truncated, speaker=subject)
            self.last_speaker = item.speaker
            if _remarks_intro(clause.text.text):
                self.remarks_speaker = subject
            return item
        # No subject: inside a block of remarks (after 以下の旨を述べました) every
        # sentence is the speaker's words; elsewhere the predicate decides.
        if self.remarks_speaker is not None and not ja.NOTE.match(clause.text.text):
            return self._statement(clause, truncated, speaker=self.remarks_speaker, implied=True)
        if kind == ja.AGREE and not truncated:
            return self._agreement(clause, agreement or AgreementKind.AGREED, truncated)
        if kind in (ja.DISCUSS, ja.MEET):
            return self._discussion(clause, truncated)
        if (
            (kind == ja.SPEECH or truncated)
            and self.last_speaker is not None
            and _REPLY_OPENING.match(clause.text.text)
        ):
            # これに対し、…旨述べました: the other side answers, though no one is named.
            other = self.roster.main(Side.COUNTERPART if self.last_speaker.side is Side.JAPAN else Side.JAPAN)
            return self._statement(clause, truncated, speaker=other, implied=other is not None)
        if kind == ja.SPEECH or (kind == ja.AGREE and truncated):
            return self._statement(clause, truncated, speaker=self.last_speaker, implied=True)
        if truncated and self._continues(clause.text.text):
            return self._statement(clause, truncated, speaker=self.last_speaker, implied=True)
        return self._statement(clause, truncated, speaker=None)

    def _cut_subject(self, text: str) -> Speaker:
        """The subject of a sentence cut off right after it (また、エルシーシ大統領か), or inside
        its title once the name is whole (拉致問題については、安倍総 for 安倍総理)."""
        match = ja.TRUNCATED_PARTICLE.search(text)
        if match and _clause_initial(text, match.start()):
            return self.roster.resolve_prefix(match["run"])
        tail = _TAIL_RUN.search(text)
        if tail and tail.start() > 0 and text[tail.start() - 1] in _BOUNDARY and _clause_initial(text, tail.start()):
            return self.roster.named_in(tail.group(0))
        return None

    def _continues(self, text: str) -> bool:
        """Whether a cut-off sentence with no subject goes on with the last speaker's turn."""
        tail = _TAIL_RUN.search(text)
        if tail and tail.start() > 0 and text[tail.start() - 1] in _BOUNDARY and self.roster.is_cut_name(tail.group(0)):
            return False  # 「また、六者会合については、町」: a subject cut off, not yet named
        if tail and tail.start() == 0:
            return False
        if self._first and not _CONTINUATION.match(text):
            return False  # a paragraph of its own that names no one (a list, a background note)
        body = ja.CONNECTIVE.sub("", text)
        return bool(_CONTINUATION.match(text)) or len(body) >= 12

    def _span_text(self, clause: Clause) -> tuple[str, Span]:
        """The clause's verbatim text in the original input, and its span there."""
        span = clause.text.span()
        return self.source[span.start : span.end], span

    def _statement(
        self, clause: Clause, truncated: bool, *, speaker: Participant | None = None, implied: bool = False
    ) -> Statement:
        text, span = self._span_text(clause)
        if speaker is not None:
            speaker = self.roster.add(speaker)
        if implied and speaker is not None:
            self.last_speaker = speaker
            self.diagnostics.append(
                Diagnostic(
                    DiagnosticKind.IMPLIED_SPEAKER,
                    Severity.INFO,
                    f"speaker {speaker.name or speaker.group or speaker.title!r} implied by the sentence before",
                    span,
                )
            )
        if speaker is None and (clause.predicate is not None and clause.predicate.meaning[0] == ja.SPEECH):
            self.diagnostics.append(
                Diagnostic(
                    DiagnosticKind.UNRESOLVED_SPEAKER,
                    Severity.WARNING,
                    "a sentence reports speech but names no speaker and follows none",
                    span,
                )
            )
        if truncated:
            self._note_truncation(clause)
        acts = _acts(clause) if speaker is not None else ()
        return Statement(
            speaker=speaker,
            acts=acts,
            text=text,
            span=span,
            amounts=amounts_in(clause.text),
            instruments=instruments_in(clause.text),
            truncated=truncated,
        )

    def _agreement(self, clause: Clause, kind: AgreementKind, truncated: bool) -> Agreement:
        text, span = self._span_text(clause)
        if truncated:
            self._note_truncation(clause)
        return Agreement(
            parties=self.roster.mains(),
            kind=kind,
            text=text,
            span=span,
            amounts=amounts_in(clause.text),
            instruments=instruments_in(clause.text),
            truncated=truncated,
        )

    def _discussion(
        self, clause: Clause, truncated: bool, parties: tuple[Participant, ...] | None = None
    ) -> Discussion:
        text, span = self._span_text(clause)
        if truncated:
            self._note_truncation(clause)
        return Discussion(
            parties=self.roster.mains() if parties is None else parties,
            text=text,
            span=span,
            amounts=amounts_in(clause.text),
            instruments=instruments_in(clause.text),
            truncated=truncated,
        )

    def _note_truncation(self, clause: Clause) -> None:
        self.diagnostics.append(
            Diagnostic(
                DiagnosticKind.TRUNCATED,
                Severity.WARNING,
                "the release breaks off inside this sentence",
                clause.text.span(),
            )
        )


def _remarks_intro(text: str) -> bool:
    """Whether a clause announces a block of remarks (概要以下のとおり述べました).

    Every match holds 以下 or 次: a substring test first spares most clauses
    the search, which has no literal to start from.
    """
    return ("以下" in text or "次" in text) and ja.REMARKS_INTRO.search(text) is not None


def _ends_whole(clause: Clause) -> bool:
    """Whether a clause with no full stop ends with a finished predicate (…一致しました, not …会談を行)."""
    if clause.predicate is None:
        return False
    text = clause.text.text.rstrip()
    return clause.predicate.end >= len(text) - 1 and text.endswith(("た", "す", "。"))


def _opens_quote(text: str) -> bool:
    if "「" not in text and "『" not in text:
        return False
    depth = 0
    for mark in _QUOTE_MARK.finditer(text):
        if mark.group() in ja.QUOTE_OPEN:
            depth += 1
        else:
            depth = max(0, depth - 1)
    return depth > 0


_EMBEDDED_SUBJECT: Final = re.compile(rf"(?<![{ja.NAME_CHARS}])[{ja.NAME_CHARS}]{{2,}}が(?![、,])")
# Where a clause with its own subject ends inside a noun phrase (…が是正されることを期待).
_NOMINALIZER: Final = re.compile(r"こと|可能性|見通し|ため|との|という|旨|点|方針|考え|よう")


def _act_words(text: str, subject_end: int) -> tuple[tuple[int, int], ...]:
    """The act words of ``text`` from ``subject_end`` on, as ``(start, ACT_RULES index)``, in order."""
    return tuple(sorted((start, index) for start, _, index in hit_spans(ja.ACT_RULES, text, subject_end)))


def _acts(clause: Clause) -> tuple[Act, ...]:
    """The speech acts a clause performs, in text order; ``stated`` when it names none.

    An act told of someone else inside the clause (カザフスタンが…支持を表明し、
    …ことを評価する旨述べました) is not the speaker's: a word after another
    subject with が in the same stretch between commas is skipped. With no
    act word, 説明 as the clause's final predicate (found when the sentence
    was split) makes it ``explained``. The act words are those
    the sentence's pass found (``clause.act_words``), or else looked for here.
    """
    text, subject_end = clause.text.text, clause.subject_end
    words = clause.act_words
    if words is None:
        words = _act_words(text, subject_end)
    rules = ja.ACT_RULES
    acts: list[Act] = []
    for start, index in words:
        meaning = rules[index].meaning
        if meaning in acts:
            continue
        chunk_start = max(text.rfind("、", 0, start), text.rfind(",", 0, start), subject_end)
        # Every embedded subject holds が: where the stretch has none, the search is spared.
        embedded = (
            _EMBEDDED_SUBJECT.search(text, chunk_start, start) if text.find("が", chunk_start, start) >= 0 else None
        )
        if embedded and not _NOMINALIZER.search(text, embedded.end(), start):
            continue
        acts.append(meaning)
    if not acts:
        final = clause.predicate
        acts.append(Act.EXPLAINED if final is not None and final.rule.name == "explained" else Act.STATED)
    return tuple(acts)
