"""Speakers: the participants of one meeting, and how the text refers to them.

The body of a readout names its speakers briefly (岡田大臣, 先方, 同長官,
トレウベルディ副首相兼外相) where the opening paragraph named them in full.
:class:`Roster` keeps the meeting's participants and resolves such phrases to
one of them, to both sides together (:data:`BOTH`), or to a new participant
when the phrase names someone the opening did not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar, Final

import attrs

from .model import Participant, Side
from .people import Mention, find_mentions, split_person
from .rules import ja

__all__ = ["BOTH", "Both", "Roster"]


class Both:
    """Both sides of the meeting together (両外相, 双方, "the two leaders")."""

    _instance: ClassVar[Both | None] = None

    def __new__(cls) -> Both:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "BOTH"


BOTH: Final = Both()

_KANJI: Final = re.compile(r"^[\u4e00-\u9fff々]+$")
# Titles that, standing alone, the ministry uses for its own side (大臣から, 総理より).
_JAPAN_BARE_TITLES: Final = frozenset({"大臣", "総理", "総理大臣", "副大臣", "政務官", "外務大臣"})
_TITLE_END: Final = re.compile(rf"{ja.TITLE_HEAD}$")


class Roster:
    """The participants of one meeting, in order, with the aliases the text uses for them."""

    def __init__(self, participants: Iterable[Participant] = ()) -> None:
        self.participants: list[Participant] = list(participants)
        self._resolved: dict[str, Participant | Both | None] = {}
        self._index: dict[Participant, Participant] = {}
        self._indexed: list[Participant] | None = None  # the list the index was built from
        # The same index by identity, for the participants of the list (alive while
        # it holds them): the usual add, of a participant the roster resolved to,
        # is found without hashing and comparing every field.
        self._index_by_id: dict[int, Participant] = {}

    def main(self, side: Side) -> Participant | None:
        """The main participant of ``side``: the first one named on it who is not an attendee."""
        for participant in self.participants:
            if participant.side is side and not participant.attendee:
                return participant
        for participant in self.participants:
            if participant.side is side:
                return participant
        return None

    def mains(self) -> tuple[Participant, ...]:
        """The main participants of both sides, Japan first."""
        return tuple(p for p in (self.main(Side.JAPAN), self.main(Side.COUNTERPART)) if p is not None)

    def add(self, participant: Participant) -> Participant:
        """Add a participant (unless an equal one is there) and return the one kept."""
        index = self._known()
        known = self._index_by_id.get(id(participant)) or index.get(participant)
        if known is not None:
            return known
        self.participants.append(participant)
        self._resolved.clear()  # a newcomer may now be the best match for a phrase
        index[participant] = participant
        self._index_by_id[id(participant)] = participant
        return participant

    def _known(self) -> dict[Participant, Participant]:
        """The first of each set of equal participants, by value: a list of thousands of
        attendees is added in linear time, not compared with everyone before."""
        if self._indexed is not self.participants:
            self._index = {}
            self._index_by_id = {}
            for participant in self.participants:
                self._index_by_id[id(participant)] = self._index.setdefault(participant, participant)
            self._indexed = self.participants
        return self._index

    def knows(self, participant: Participant) -> bool:
        """Whether ``participant`` is one of the meeting's participants (not a newcomer)."""
        return participant in self._known()

    def replace(self, old: Participant, new: Participant) -> None:
        """Put ``new`` in the place of ``old``."""
        self.participants = [new if p is old else p for p in self.participants]

    def resolve(self, phrase: str) -> Participant | Both | None:
        """Resolve a subject phrase (岡田大臣, 先方, 両外相, 同長官) to who it names.

        Returns a participant, :data:`BOTH`, or None when the phrase names no
        person (a country, an institution, a topic). A phrase that names a
        person the roster does not know gives a new participant, which is not
        added until it is used (:meth:`add`).
        """
        key = phrase
        if key in self._resolved:
            return self._resolved[key]
        found = self._resolve(phrase)
        if not isinstance(found, Participant) or found in self._known():
            self._resolved[key] = found  # newcomers are looked up again once added
        return found

    def _resolve(self, phrase: str) -> Participant | Both | None:
        phrase = ja.CONNECTIVE.sub("", phrase) if ja.CONNECTIVE.match(phrase) else phrase
        if not phrase:
            return None
        if ja.JOINT_SUBJECT.match(phrase):
            return BOTH
        side = ja.SIDE_REFERENCES.get(phrase)
        if side is not None:
            return self.main(Side(side))
        same = ja.SAME_PERSON.match(phrase)
        if same:
            return self._last_with_title(same["head"])
        known = self._by_name(phrase) or self._by_title(phrase) or self._by_part_of_name(phrase)
        if known is not None:
            return known
        return self._newcomer(phrase)

    def resolve_prefix(self, phrase: str) -> Participant | None:
        """Resolve a phrase cut off by the end of the release (エルシーシ大統領): names only, no newcomers."""
        found = self._by_name(phrase) or self._by_title(phrase)
        return found if isinstance(found, Participant) else None

    def named_in(self, tail: str) -> Participant | None:
        """The participant whose whole name starts ``tail``, a phrase cut off inside the title (安倍総)."""
        found = [p for p in self.participants if any(tail.startswith(alias) for alias in self._aliases(p))]
        return found[0] if len(found) == 1 else None

    def is_cut_name(self, tail: str) -> bool:
        """Whether ``tail`` is the start of a participant's name or title, cut off (町 of 町村)."""
        if not tail:
            return False
        for participant in self.participants:
            for alias in self._aliases(participant):
                if alias.startswith(tail) or tail.startswith(alias):
                    return True
        return False

    def _aliases(self, participant: Participant) -> list[str]:
        names = [participant.name] if participant.name else []
        if participant.name and "・" in participant.name:
            names.extend(token for token in participant.name.split("・") if len(token) >= 2)
        if participant.group:
            names.append(participant.group)
        return names

    def _by_name(self, phrase: str) -> Participant | None:
        best: tuple[int, Participant] | None = None
        for participant in self.participants:
            for alias in self._aliases(participant):
                if alias in phrase:
                    score = len(alias)
                elif participant.name and _KANJI.match(participant.name[0]):
                    score = self._kanji_prefix(participant.name, phrase, participant.title)
                else:
                    continue
                if score and (best is None or score > best[0]):
                    best = (score, participant)
        return best[1] if best else None

    @staticmethod
    def _kanji_prefix(name: str, phrase: str, title: str | None = None) -> int:
        """Length of the part of a kanji name that starts ``phrase`` before a title (林 of 林芳正 in 林大臣).

        The title may also be one of the participant's own titles, shortened
        (王国務委員 for 王毅国務委員兼外交部長).
        """
        for size in range(len(name) - 1, 0, -1):
            if phrase.startswith(name[:size]):
                rest = phrase[size:]
                if rest and (ja.TITLE_START.match(rest) or _TITLE_END.fullmatch(rest)) and _TITLE_END.search(rest):
                    return size
                if title and len(rest) >= 2 and rest in title.split("兼"):
                    return size
        return 0

    def _by_title(self, phrase: str) -> Participant | None:
        """A title alone (総理, 大統領, 長官) names the one participant who holds it."""
        if not _TITLE_END.fullmatch(phrase) and not (ja.TITLE_START.match(phrase) and _TITLE_END.search(phrase)):
            return None
        holders = [p for p in self.participants if p.title and (p.title.endswith(phrase) or phrase in p.title)]
        mains = [p for p in holders if not p.attendee]
        candidates = mains or holders
        sides = {p.side for p in candidates}
        if len(candidates) == 1 or (candidates and len(sides) == 1 and not mains):
            return candidates[0]
        if len(sides) == 1 and candidates:
            return candidates[0]
        if phrase in _JAPAN_BARE_TITLES:
            # 大臣から with both foreign ministers present: the ministry's own minister.
            return next((p for p in candidates if p.side is Side.JAPAN), None)
        return None

    def _by_part_of_name(self, phrase: str) -> Participant | None:
        """Part of a known name with the same title (村駐ツバル大使 for 大村駐ツバル大使, a slip of the pen)."""
        split = split_person(phrase)
        if split is None or not split[0]:
            return None
        name, _, title = split
        matches = [p for p in self.participants if p.title == title and p.name and name and name in p.name]
        return matches[0] if len(matches) == 1 else None

    def _last_with_title(self, head: str) -> Participant | None:
        for participant in reversed(self.participants):
            if participant.title and participant.title.endswith(head):
                return participant
        return None

    def _newcomer(self, phrase: str) -> Participant | None:
        """A person phrase the roster does not know: add them, judged by their own words."""
        group = ja.GROUP.fullmatch(phrase)
        if group:
            for participant in self.participants:
                if participant.group == phrase:
                    return participant
            return Participant(group=phrase, side=Side.COUNTERPART)
        if split_person(phrase) is None:
            return None
        mentions = find_mentions(phrase)
        if not mentions:
            return None
        mention: Mention = mentions[-1]
        if mention.name is None and mention.group is None:
            return None  # a bare title that matched no one
        return mention.participant()

    def with_participant(self, old: Participant, **changes: object) -> Participant:
        """Replace ``old`` by a copy with ``changes`` and return the copy."""
        new = attrs.evolve(old, **changes)  # type: ignore[arg-type]  # fields of Participant
        self.replace(old, new)
        return new
