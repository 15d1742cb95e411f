"""Subjects of English clauses: the phrase at the head of a clause, and who it names.

A subject is a phrase naming a participant ("Prime Minister Kishida", "The
President", "He"), both sides ("The two leaders", "Both Foreign Ministers",
"Prime Minister Koizumi and Chancellor Schroeder") or a group ("the
participating countries' leaders"), followed by its verb. The first subject
of a sentence stands at its head, after nothing but a connective ("In
response,") or an introductory phrase and a comma ("Regarding the TPP,");
names inside a that-clause or a quotation are what someone said. Phrases are
found with the person and collective tables, resolved with the roster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .model import Participant
from .people_en import Person, find_groups, person_from_match, person_rows, post_person
from .rules import en, first_hit
from .rules._lazy import lazy_compile
from .sentences_en import quote_ranges
from .speakers import BOTH, Both
from .speakers_en import EnglishRoster

__all__ = ["Subject", "ends_word", "find_subjects", "follows_without_stop", "is_word_character"]

_PAIR_JOINT: Final = re.compile(r"\s*,?\s*and\s+(?:also\s+)?$")
_BOTH_BEFORE: Final = re.compile(r"\b[Bb]oth\s+$")
_LAST_WORD: Final = re.compile(r"(?:^|\s)(?P<word>[a-z][a-z’'-]*)$")
# The rules of small subject phrases, read in one pass (see _word_rule_matches): each starts at "the" / "The",
# "both" / "Both", "Japan" or a pronoun. In the order their candidates are listed (it breaks ties).
_WORD_RULES: Final = (
    *(rule.pattern for rule in en.COLLECTIVE_RULES),
    *(rule.pattern for rule in en.SIDE_REFERENCE_RULES),
    en.PRONOUN,
    en.TITLE_ALONE,
)
_BOTH_GROUP, _THE_MINISTERS, _BOTH_ALONE, _JAPAN_AND, _JAPANESE_SIDE, _FOREIGN_SIDE, _PRONOUN, _TITLE_ALONE = range(8)
# Where one of them may start: a word that starts one ("the" with the white space after it, to read the next word's
# first character). No groups: the pattern is then compiled led by its letters (see rules._lazy), not tried at
# every character.
_WORD_RULE_START: Final = lazy_compile(r"\b(?:[Tt]he\s+(?=\S)|[Tt]hey\b|[Hh]e\b|[Ss]he\b|[Bb]oth\b|Japan)")
# The rules that may match at "the" / "The", by the first character of the word after it: "The two" (both_group,
# both_alone), "the Foreign Ministers" (the_ministers), "The Japanese side", "the Russian side", "The President".
_CAPITALS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_AFTER_THE: Final = {
    _BOTH_GROUP: "tfGQ",
    _THE_MINISTERS: "FfMmLl",
    _BOTH_ALONE: "t",
    _JAPANESE_SIDE: "J",
    _FOREIGN_SIDE: _CAPITALS,
    _TITLE_ALONE: _CAPITALS,
}
_RULES_AFTER_THE: Final = {
    char: tuple(index for index, chars in sorted(_AFTER_THE.items()) if char in chars)
    for char in {char for chars in _AFTER_THE.values() for char in chars}
}
# The rules that may match at the other words, by their first letter: both, Japan, a pronoun.
_RULES_AT_WORD: Final = {
    **dict.fromkeys("Bb", (_BOTH_GROUP, _BOTH_ALONE)),
    "J": (_JAPAN_AND, _JAPANESE_SIDE),
    **dict.fromkeys("TtHhSs", (_PRONOUN,)),
}
_AUXILIARIES: Final = frozenset(
    {"will", "would", "is", "was", "are", "were", "has", "had", "have", "can", "could", "should", "may", "might"}
    | {"must", "did", "does", "shall"}
)


class Subject:
    """A subject phrase at the head of a clause.

    A plain class with slots and read-only fields (``Final``), not an attrs
    class: the compiled build makes it a native class, built and read without
    the interpreter (mypyc does not recognise ``attrs.frozen``).

    Attributes:
        start: Where the phrase starts in the sentence.
        verb: Where its verb starts.
        speaker: Who the phrase names.
        plural: True when the phrase is the antecedent of a later "they".
        pronoun: True for "he", "she", "they".
        run_on: True when a full stop is missing before the phrase (it starts a new sentence).
    """

    __slots__ = ("plural", "pronoun", "run_on", "speaker", "start", "verb")

    def __init__(
        self,
        start: int,
        verb: int,
        speaker: Participant | Both,
        plural: bool,
        pronoun: bool = False,
        run_on: bool = False,
    ) -> None:
        self.start: Final = start
        self.verb: Final = verb
        self.speaker: Final = speaker
        self.plural: Final = plural
        self.pronoun: Final = pronoun
        self.run_on: Final = run_on


class _Candidate:
    """A phrase that may be a subject: its kind ("person", "pronoun", "pair", ...) and what it holds.

    A plain class with slots: a sentence makes a dozen of them, and an attrs
    class with frozen fields costs twice as much to build.
    """

    __slots__ = ("end", "kind", "pair", "payload", "start")

    def __init__(
        self, start: int, end: int, kind: str, payload: object, pair: tuple[_Candidate, _Candidate] | None = None
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.payload = payload
        self.pair = pair


_SHORT_WORD_AT_END: Final = re.compile(r"\s+[a-z]{0,12}")


def find_subjects(
    text: str,
    roster: EnglishRoster,
    *,
    last_person: Participant | None = None,
    last_plural: Participant | Both | None = None,
    truncated: bool = False,
) -> list[Subject]:
    """Find the subject phrases of a sentence, in order.

    The first stands at the head of the sentence; the later ones are every
    other phrase followed by a verb other than an auxiliary, and the caller
    decides which of them start a clause (after "; " or ", and", say).

    Args:
        text: The sentence.
        roster: The meeting's participants, who the phrases are resolved to.
        last_person: The last single speaker, for "he" and "she".
        last_plural: The last plural subject, for "they".
        truncated: The sentence is cut off (a verb cut short still counts).
    """
    quoted = quote_ranges(text)
    found: list[Subject] = []
    recent_person = last_person
    recent_plural = last_plural
    for candidate in _candidates(text, roster):
        if quoted and any(a <= candidate.start < b for a, b in quoted):
            continue
        tail = en.SUBJECT_TAIL.match(text, candidate.end)
        if tail is None and _closes_apposition(text, candidate):
            tail = en.SUBJECT_TAIL.match(text, candidate.end + 1)
        verb_at_end = truncated and _SHORT_WORD_AT_END.fullmatch(text, candidate.end) is not None
        if tail is None and not verb_at_end:
            continue
        verb = tail["verb"] if tail else ""
        if tail is not None and not _verbish(verb, at_end=truncated and tail.end() == len(text)):
            continue
        before = text[: candidate.start]
        verb_start = tail.start("verb") if tail else len(text)
        run_on = False
        if found:
            if verb in _AUXILIARIES:
                continue
        elif not _opens_sentence(before):
            run_on = candidate.kind != "pronoun" and follows_without_stop(text, candidate.start, verb_start)
            if not run_on:
                continue
        if candidate.kind == "countries":
            if first_hit(en.AGREE_RULES, text, verb_start, verb_start + 40) is None:
                continue
            found.append(Subject(candidate.start, verb_start, BOTH, True, False, run_on))
            recent_plural = BOTH
            continue
        speaker, plural = _resolve(candidate, roster, recent_person, recent_plural)
        if speaker is None:
            continue
        found.append(Subject(candidate.start, verb_start, speaker, plural, candidate.kind == "pronoun", run_on))
        if isinstance(speaker, Participant) and not plural:
            recent_person = speaker
        recent_plural = speaker if (plural or isinstance(speaker, Both)) else recent_plural
    return found


def _candidates(text: str, roster: EnglishRoster) -> list[_Candidate]:
    """Every phrase that may be a subject, the longest where they overlap, pairs joined."""
    raw: list[_Candidate] = []
    add = raw.append
    title_first: set[int] = set()  # where the first row's matches start
    for row, match in person_rows(text):
        if row == 0:
            title_first.add(match.start())
        inner = post_person(match)
        person = person_from_match(match, inner=inner)
        if person is not None:
            add(_Candidate(person.start, person.end, "person", person))
        # A later row's match holding the first row's match where its title would be: that match was read
        # already (the same candidate again would be set aside).
        if inner is not None and inner.start() not in title_first:
            person = person_from_match(inner)
            if person is not None:
                add(_Candidate(person.start, person.end, "person", person))
    for start, end in roster.alias_spans(text):
        add(_Candidate(start, end, "alias", text[start:end]))
    small = _word_rule_matches(text)
    for index, collective in enumerate(en.COLLECTIVE_RULES):
        kind = "countries" if collective.meaning == "countries" else "both"
        for match in small[index]:
            add(_Candidate(match.start(), match.end(), kind, None))
    for index, side_rule in enumerate(en.SIDE_REFERENCE_RULES, len(en.COLLECTIVE_RULES)):
        for match in small[index]:
            add(_Candidate(match.start(), match.end(), "side", side_rule.meaning))
    for start, end in find_groups(text):
        add(_Candidate(start, end, "group", text[start:end]))
    for match in small[_PRONOUN]:
        add(_Candidate(match.start(), match.end(), "pronoun", match["pronoun"].lower()))
    titled = False
    for match in small[_TITLE_ALONE]:
        if en.TITLE_HEAD.search(match["title"]):
            add(_Candidate(match.start(), match.end(), "title", match["title"]))
            titled = True
    raw.sort(key=_longest_first)
    kept: list[_Candidate] = []
    last_end = -1  # where the last kept candidate ends
    for candidate in raw:
        if candidate.start < last_end:
            continue
        kept.append(candidate)
        last_end = candidate.end
    if titled:
        kept = list(_titled_names(text, kept))
    return _pairs(text, kept)


def _word_rule_matches(text: str) -> list[list[re.Match[str]]]:
    """Every match of each of :data:`_WORD_RULES` in ``text``, rule by rule, as ``finditer`` gives them.

    One pass finds the words where one of them may start (the, both, Japan,
    a pronoun; after "the", the rules the next word's first character allows);
    each rule is tried there with an anchored match, and not inside its own
    previous match, where ``finditer`` would not look. Eight searches of the
    sentence, each stopping at every "the", cost half as much again (about
    0.26 million instructions a release on the English corpus).
    """
    found: list[list[re.Match[str]]] = [[] for _ in _WORD_RULES]
    last_end = [0] * len(_WORD_RULES)
    for start, end in _word_rule_starts(text):
        # after "the" and its white space, by the character that follows it (there is one); else by the word
        after_the = text[end - 1].isspace()
        indices = _RULES_AFTER_THE.get(text[end], ()) if after_the else _RULES_AT_WORD[text[start]]
        for index in indices:
            if start < last_end[index]:
                continue
            match = _WORD_RULES[index].match(text, start)
            if match is not None:
                found[index].append(match)
                last_end[index] = match.end()
    return found


def _word_rule_starts(text: str) -> list[tuple[int, int]]:
    """The spans of :data:`_WORD_RULE_START`'s matches in ``text``, as ``finditer`` gives them.

    Read from the places of "he" (the, they, he, she), "He", "oth" (both)
    and "Japan", found with ``str.find``, and the characters around them
    (``\\b`` is a change between a word character, alphanumeric or ``_``,
    and another; ``\\s`` is what ``str.isspace`` says). The pattern starts
    with a class of nine letters, which the engine looks for a character at
    a time at about a hundred instructions each; the matches never overlap.
    """
    found: list[tuple[int, int]] = []
    length = len(text)
    at = text.find("he")
    while at >= 0:
        after = at + 2
        before = text[at - 1] if at else " "
        if before in "Tt" or before in "Ss":
            start = at - 1
            if start == 0 or not is_word_character(text[start - 1]):
                end = after
                while end < length and text[end].isspace():
                    end += 1
                if before in "Tt" and after < end < length:  # "the" and its white space, a character after it
                    found.append((start, end))
                elif before in "Tt" and text.startswith("y", after) and ends_word(text, after + 1):  # "they"
                    found.append((start, after + 1))
                elif before in "Ss" and ends_word(text, after):  # "she"
                    found.append((start, after))
        elif not is_word_character(before) and ends_word(text, after):  # "he"
            found.append((at, after))
        at = text.find("he", at + 1)
    for word, lead in (("He", 0), ("oth", 1), ("Japan", 0)):
        at = text.find(word, lead)
        while at >= 0:
            start = at - lead
            if (
                (start == 0 or not is_word_character(text[start - 1]))
                and (lead == 0 or text[start] in "Bb")
                and (word == "Japan" or ends_word(text, at + len(word)))
            ):
                found.append((start, at + len(word)))
            at = text.find(word, at + 1)
    found.sort()
    return found


def is_word_character(char: str) -> bool:
    """Whether ``char`` is a word character for the regex engine (``\\w``: alphanumeric or ``_``)."""
    return char.isalnum() or char == "_"


def ends_word(text: str, at: int) -> bool:
    """Whether a word ending just before ``at`` ends there (``\\b`` after a word character)."""
    return at >= len(text) or not (text[at].isalnum() or text[at] == "_")


def _longest_first(candidate: _Candidate) -> tuple[int, int]:
    """Candidates in text order, the longest first of those that start at one place."""
    return candidate.start, candidate.start - candidate.end


def _titled_names(text: str, candidates: list[_Candidate]) -> Iterator[_Candidate]:
    """Join "the President" and the name after it ("the President Trump explained") into the name's phrase."""
    index = 0
    while index < len(candidates):
        candidate = candidates[index]
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        if (
            following is not None
            and candidate.kind == "title"
            and following.kind in ("alias", "person")
            and text[candidate.end : following.start] == " "
        ):
            yield _Candidate(candidate.start, following.end, following.kind, following.payload, following.pair)
            index += 2
            continue
        yield candidate
        index += 1


def _resolve(
    candidate: _Candidate,
    roster: EnglishRoster,
    recent_person: Participant | None,
    recent_plural: Participant | Both | None,
) -> tuple[Participant | Both | None, bool]:
    """Who a candidate names, and whether it is plural (the antecedent of "they")."""
    kind = candidate.kind
    if kind == "both":
        return BOTH, True
    if kind == "countries":
        return None, False  # named countries speak only when they agree (see find_subjects)
    if kind == "pronoun":
        if candidate.payload == "they":
            return (recent_plural if recent_plural is not None else BOTH), True
        return recent_person, False
    if kind == "side":
        return roster.side_main(str(candidate.payload)), False
    if kind == "group":
        return roster.resolve_group(str(candidate.payload)), True
    if candidate.pair is not None:
        first, second = candidate.pair
        one, _ = _resolve(first, roster, recent_person, recent_plural)
        two, _ = _resolve(second, roster, recent_person, recent_plural)
        if one is None or two is None:
            return None, False
        return roster.resolve_pair(one, two), True
    return _resolve_single(candidate, roster, recent_person)


def _resolve_single(
    candidate: _Candidate, roster: EnglishRoster, recent: Participant | None
) -> tuple[Participant | None, bool]:
    """Who a single phrase names: a name written bare, a title alone, or a person phrase."""
    if candidate.kind == "alias":
        return roster.by_name(str(candidate.payload)), False
    if candidate.kind == "title":
        return roster.by_title(str(candidate.payload), recent), False
    person = candidate.payload
    if not isinstance(person, Person):
        return None, False
    return roster.resolve_person(person), person.plural


def _pairs(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Join "X and Y" (and "Both X and Y") into one pair candidate.

    Most sentences have no two people next to each other: their candidates
    come back as they were, in a new list.
    """
    joined: list[_Candidate] = []
    index = 0
    count = len(candidates)
    while index < count:
        candidate = candidates[index]
        index += 1
        if index < count and candidate.kind in _PEOPLE:
            following = candidates[index]
            between = text[candidate.end : following.start]
            if (
                following.kind in _PEOPLE
                and "and" in between  # a test that spares most fullmatch calls
                and _PAIR_JOINT.fullmatch(between)
            ):
                both = _BOTH_BEFORE.search(text, 0, candidate.start)
                start = both.start() if both and both.end() == candidate.start else candidate.start
                joined.append(_Candidate(start, following.end, "pair", None, (candidate, following)))
                index += 1
                continue
        joined.append(candidate)
    return joined


# The kinds of candidate that name one person, which "and" may join into a pair.
_PEOPLE: Final = frozenset(("person", "alias", "title"))


def follows_without_stop(text: str, start: int, verb: int) -> bool:
    """Whether a subject follows a word with no full stop between ("... disasters Minister X stated")."""
    if en.REPORTING_VERB.match(text, verb) is None:
        return False  # the one anchored test first: the searches below read all that comes before
    before = text[:start].rstrip()
    return _LAST_WORD.search(before) is not None and not en.SUBORDINATE_BEFORE.search(before)


def _closes_apposition(text: str, candidate: _Candidate) -> bool:
    """Whether a comma closes a name and its title written after it ("H.E. Mr. Estifanos Afeworki Haile,
    Ambassador ... of the State of Eritrea to Japan, expressed ..."), so the verb may follow the comma."""
    person = candidate.payload
    return (
        candidate.kind == "person"
        and isinstance(person, Person)
        and person.title is not None
        and text.startswith(",", candidate.end)
        and "," in text[candidate.start : candidate.end]
    )


def _verbish(word: str, *, at_end: bool) -> bool:
    """Whether a word after a subject phrase is its verb (said, welcomed, would, ...)."""
    if word in en.NOT_VERBS:
        return False
    return word.endswith("ed") or word in en.FINITE_VERBS or at_end


def _opens_sentence(before: str) -> bool:
    """Whether a subject may stand after ``before``: nothing, a connective, or an introductory phrase and a comma."""
    stripped = before.rstrip()
    if not stripped:
        return True
    if en.CONNECTIVE.match(stripped):
        return True
    return stripped.endswith(",") and not stripped.endswith(", and,")
