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

import functools
import re
import unicodedata
from typing import Final

from .model import Participant, Side
from .people_en import Person, side_of
from .rules._lazy import letter_cases
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


def alias_source(names: list[str]) -> tuple[str, int]:
    """The pattern (and its flags) of names written bare, in any case, not inside a longer word; longest first.

    Compiled once a release: ’ is kept out of character classes, where a
    character beyond Latin-1 makes the compiler build a table of 65,536
    entries (0.4 ms a class). Where every name starts with an ASCII letter,
    each name is written once for each character its first letter matches
    under IGNORECASE (as :func:`~dipmeet.rules._lazy.literal_first` does), the
    look-behinds read once that letter is matched: the engine then skips to
    the letters the names start with instead of trying every character. Names
    that start with the same character keep their order, and names that
    start with different ones never match at the same place, so the pattern
    finds what the plain alternation finds.

    Args:
        names: The names, in the order they are to be tried (longest first).
    """
    if not all(name[:1].isascii() and name[:1].isalpha() for name in names):
        alternation = "|".join(re.escape(name) for name in names)
        return rf"(?<![\w'-])(?<!’)(?:{alternation})(?![\w-]|’s\b|'s\b)", re.IGNORECASE
    alternatives = [
        f"{re.escape(first)}(?<![\\w'-].)(?<!’.)(?i:{re.escape(name[1:])})"
        for name in names
        for first in letter_cases(name[0])
    ]
    return "(?:" + "|".join(alternatives) + r")(?i:(?![\w-]|’s\b|'s\b))", 0


@functools.lru_cache(maxsize=1024)
def _tokens(name: str) -> tuple[str, ...]:
    """The words of a name that identify a person (folded; particles and initials left out)."""
    return tuple(token for token in _TOKEN.findall(fold(name)) if len(token) > 1 and token not in _NOT_SURNAME)


class EnglishRoster(Roster):
    """The participants of one meeting, resolved from the phrases of an English body."""

    def __init__(self, participants: list[Participant] | tuple[Participant, ...] = ()) -> None:
        """Start from the participants the opening names."""
        super().__init__(participants)
        self._alias_count = -1
        self._alias_pattern: re.Pattern[str] | None = None

    def alias_pattern(self) -> re.Pattern[str] | None:
        """A pattern for the participants' names written bare ("Okada said", "Lavrov"), or None."""
        if self._alias_count != len(self.participants):
            names: set[str] = set()
            for participant in self.participants:
                if participant.name:
                    names.add(participant.name)
                    names.update(token for token in participant.name.split() if len(token) > 2 and token[0].isupper())
            self._alias_count = len(self.participants)
            if names:
                self._alias_pattern = re.compile(*alias_source(sorted(names, key=len, reverse=True)))
            else:
                self._alias_pattern = None
        return self._alias_pattern

    def by_name(self, name: str) -> Participant | None:
        """The participant whose name holds every word of ``name`` ("Minh" of "Pham Binh Minh")."""
        wanted = _tokens(name)
        if not wanted:
            return None
        best: tuple[int, Participant] | None = None
        for participant in self.participants:
            if not participant.name:
                continue
            have = _tokens(participant.name)
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
