"""Speakers in English releases: how the body refers to the participants.

The opening names people in full ("H.E. Mr. Jair Bolsonaro, President of the
Federative Republic of Brazil"); the body refers to them briefly ("President
Bolsonaro", "Mr. Koumura", "The President", "FM Kishida"), together ("The two
leaders", "Both Foreign Ministers", "Prime Minister Koizumi and Chancellor
Schroeder") or as a side ("the Japanese side"). :class:`EnglishRoster`
resolves such phrases to a participant, to :data:`~dipmeet.speakers.BOTH`, or
to a newcomer the opening did not name.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from .model import Participant, Side
from .people_en import Person, side_of
from .speakers import BOTH, Both, Roster

__all__ = ["EnglishRoster", "fold"]

_TOKEN: Final = re.compile(r"[^\W\d_][\w’'-]*")
_FOREIGN_MINISTER: Final = re.compile(r"\bforeign\s+minister\b|\bminister\s+(?:for|of)\s+foreign\s+affairs\b")
_NOT_SURNAME: Final = frozenset({"da", "de", "dos", "do", "del", "van", "von", "der", "bin", "al", "el", "la", "le"})


def fold(text: str) -> str:
    """Case-fold and strip accents, for comparing names ("BÁRCENA" and "Barcena")."""
    if text.isascii():
        return text.casefold()  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def alias_source(names: list[str]) -> str:
    """The case-insensitive pattern of names written bare, not inside a longer word, tried in order (longest first).

    ’ is kept out of character classes, where a character beyond Latin-1
    makes the compiler build a table of 65,536 entries (0.4 ms a class).
    """
    alternation = "|".join(re.escape(name) for name in names)
    return rf"(?<![\w'-])(?<!’)(?:{alternation})(?![\w-]|’s\b|'s\b)"


# What may not stand before a bare name, and what may not follow it (see alias_source).
_ALIAS_BEFORE: Final = re.compile(r"[\w'-]|’")
_ALIAS_END: Final = re.compile(r"[\w-]|’s\b|'s\b", re.IGNORECASE)
# The only characters that IGNORECASE matches to an ASCII character and ``str.lower`` does not map to it
# (İ and ı match i, ſ matches s; the Kelvin sign lowers to k).
_UNLOWERED_CASES: Final = ("\u0130", "\u0131", "\u017f")


class _Aliases:
    """The participants' names written bare ("Okada said", "Lavrov"), found where :func:`alias_source` finds them.

    A release has its own names, and compiling a pattern for them costs more
    than reading every sentence of the release with it (0.3 ms and up).
    Where every name is ASCII, each is instead looked for with ``str.find``
    in the lower-cased sentence (which compares as IGNORECASE does, but for
    the few characters of :data:`_UNLOWERED_CASES`), and the look-arounds
    are checked where it stands; at each place the first name in order
    wins, and the places are taken left to right without overlaps, as
    ``finditer`` takes them. Other names, and sentences holding one of
    those few characters, go to the compiled pattern.
    """

    __slots__ = ("_ascii", "_names", "_pattern")

    def __init__(self, names: list[str]) -> None:
        self._names = names
        self._ascii = [name.lower() for name in names] if all(name.isascii() for name in names) else None
        self._pattern: re.Pattern[str] | None = None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the names stand in ``text``, as ``(start, end)``, as ``finditer`` would find them."""
        if self._ascii is None or (not text.isascii() and any(char in text for char in _UNLOWERED_CASES)):
            if self._pattern is None:
                self._pattern = re.compile(alias_source(self._names), re.IGNORECASE)
            return [match.span() for match in self._pattern.finditer(text)]
        lowered = text.lower()
        ends: dict[int, int] = {}  # start -> end of the first name (in order) that stands there
        for name in self._ascii:
            at = lowered.find(name)
            while at >= 0:
                end = at + len(name)
                if (
                    at not in ends
                    and (at == 0 or _ALIAS_BEFORE.match(text, at - 1) is None)
                    and _ALIAS_END.match(text, end) is None
                ):
                    ends[at] = end
                at = lowered.find(name, at + 1)
        found: list[tuple[int, int]] = []
        last_end = 0
        for start in sorted(ends):
            if start >= last_end:
                found.append((start, ends[start]))
                last_end = ends[start]
        return found


def _tokens(name: str) -> tuple[str, ...]:
    """The words of a name that identify a person (folded; particles and initials left out)."""
    return tuple(token for token in _TOKEN.findall(fold(name)) if len(token) > 1 and token not in _NOT_SURNAME)


class EnglishRoster(Roster):
    """The participants of one meeting, resolved from the phrases of an English body."""

    def __init__(self, participants: list[Participant] | tuple[Participant, ...] = ()) -> None:
        """Start from the participants the opening names."""
        super().__init__(participants)
        self._alias_count = -1
        self._bare_names: _Aliases | None = None
        self._name_tokens: dict[str, tuple[str, ...]] = {}  # _tokens of the names read, for this meeting only

    def _tokens_of(self, name: str) -> tuple[str, ...]:
        """:func:`_tokens` of ``name``, worked out once per roster (names recur within a release)."""
        tokens = self._name_tokens.get(name)
        if tokens is None:
            tokens = self._name_tokens[name] = _tokens(name)
        return tokens

    def alias_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the participants' names stand bare in ``text`` ("Okada said", "Lavrov"), as ``(start, end)``."""
        aliases = self._alias_finder()
        return aliases.spans(text) if aliases is not None else []

    def _alias_finder(self) -> _Aliases | None:
        """The finder of the participants' names written bare, or None; built again when participants join."""
        if self._alias_count != len(self.participants):
            names: set[str] = set()
            for participant in self.participants:
                if participant.name:
                    names.add(participant.name)
                    names.update(token for token in participant.name.split() if len(token) > 2 and token[0].isupper())
            self._alias_count = len(self.participants)
            self._bare_names = _Aliases(sorted(names, key=len, reverse=True)) if names else None
        return self._bare_names

    def by_name(self, name: str) -> Participant | None:
        """The participant whose name holds every word of ``name`` ("Minh" of "Pham Binh Minh")."""
        wanted = self._tokens_of(name)
        if not wanted:
            return None
        best: tuple[int, Participant] | None = None
        for participant in self.participants:
            if not participant.name:
                continue
            have = self._tokens_of(participant.name)
            if all(token in have for token in wanted):
                score = len(wanted) * 10 - (1 if participant.attendee else 0)
                if best is None or score > best[0]:
                    best = (score, participant)
        return best[1] if best else None

    def by_title(self, title: str, last: Participant | None = None) -> Participant | None:
        """The one participant a title alone names ("The President", "The Foreign Minister")."""
        wanted = fold(title)
        foreign_minister = bool(_FOREIGN_MINISTER.search(wanted))
        holders = []
        for participant in self.participants:
            if not participant.title:
                continue
            have = fold(participant.title)
            if wanted in have or (foreign_minister and _FOREIGN_MINISTER.search(have)):
                holders.append(participant)
        mains = [p for p in holders if not p.attendee] or holders
        if last is not None and last in mains and len({p.side for p in mains}) > 1:
            return last
        if mains and len({p.side for p in mains}) == 1:
            return mains[0]
        return None

    def group(self) -> Participant | None:
        """The group of the counterpart side with no one named, if the opening named one."""
        return next((p for p in self.participants if p.group and p.side is Side.COUNTERPART), None)

    def resolve_person(self, person: Person) -> Participant:
        """The participant a person phrase names, or a newcomer built from the phrase."""
        if person.name:
            known = self.by_name(person.name)
            if known is not None:
                return known
        elif person.title:
            known = self.by_title(person.title)
            if known is not None:
                return known
        side = side_of(person)
        newcomer = person.participant()
        if side is Side.OTHER:
            side = Side.COUNTERPART
        return Participant(
            name=newcomer.name, title=newcomer.title, country=newcomer.country, side=side, group=newcomer.group
        )

    def resolve_group(self, label: str) -> Participant:
        """The counterpart group a collective phrase names ("the participating countries' leaders")."""
        known = self.group()
        return known if known is not None else Participant(group=label, side=Side.COUNTERPART)

    def resolve_pair(self, first: Participant | Both, second: Participant | Both) -> Participant | Both:
        """Two people joined by "and": both sides when they are on different sides."""
        if isinstance(first, Both) or isinstance(second, Both):
            return BOTH
        if first.side is not second.side:
            return BOTH
        return first

    def side_main(self, side: str) -> Participant | None:
        """The main participant of a side named as such ("the Japanese side", "the Russian side")."""
        return self.main(Side(side))
