"""The data model: frozen attrs classes and enums for releases, meetings and what was said.

Every class here is immutable (``attrs.frozen``); sequences are tuples; closed
vocabularies are enums whose value is the lower-case string that appears in
JSON. ``None`` means "the release did not say"; ``()`` means "none found".
Offsets in a :class:`Span` always point into the *original* string given to
:func:`dipmeet.parse`, so ``text[span.start:span.end]`` is the verbatim source.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any, Final, TypeVar, cast

import attrs

__all__ = [
    "Act",
    "Agreement",
    "AgreementKind",
    "Amount",
    "Approximate",
    "Diagnostic",
    "DiagnosticKind",
    "Discussion",
    "Document",
    "DocumentKind",
    "Format",
    "Instrument",
    "Item",
    "Language",
    "Level",
    "Meeting",
    "MeetingPart",
    "Participant",
    "Release",
    "Section",
    "Severity",
    "Side",
    "Span",
    "Statement",
]


_Setter = Callable[[object, object], None]
_T = TypeVar("_T")


def _slot_setters(cls: type) -> tuple[_Setter, ...]:
    """The ``__set__`` of each field's slot, in field order.

    attrs writes ``object.__setattr__(self, name, value)`` for each field of
    a frozen class, which looks the name up on the class first; a slot's own
    setter stores the value at once, in about half the time. The parser
    makes dozens of spans, sections and items a release.
    """
    return tuple(cls.__dict__[field.name].__set__ for field in attrs.fields(cls))


def slot_init(cls: type[_T]) -> type[_T]:
    """Give a frozen slotted attrs class an ``__init__`` that sets each field through its slot's setter.

    Used as the decorator above ``@attrs.frozen``: attrs writes its own
    ``__init__`` first (the one type checkers and attrs' tools read), and
    this one replaces it with the same signature, defaults and annotations,
    setting the fields as :func:`_slot_setters` does, in about half the time.
    Only plain fields are taken (no validator, converter or factory); a class
    with any other has its checks to keep and raises :class:`TypeError`.
    """
    fields = attrs.fields(cast("type[attrs.AttrsInstance]", cls))
    namespace: dict[str, Any] = {}
    parameters: list[str] = []
    keywords_only = False
    for field in fields:
        if field.validator is not None or field.converter is not None or isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            msg = f"{cls.__qualname__}.{field.name}: slot_init takes plain fields only"
            raise TypeError(msg)
    for field, setter in zip(fields, _slot_setters(cls), strict=True):
        if field.kw_only and not keywords_only:
            parameters.append("*")
            keywords_only = True
        namespace[f"_set_{field.name}"] = setter
        if field.default is attrs.NOTHING:
            parameters.append(field.name)
        else:
            namespace[f"_default_{field.name}"] = field.default
            parameters.append(f"{field.name}=_default_{field.name}")
    body = "".join(f"\n    _set_{field.name}(self, {field.name})" for field in fields)
    source = f"def __init__(self, {', '.join(parameters)}):{body}\n"
    exec(compile(source, f"<slot_init of {cls.__qualname__}>", "exec"), namespace)  # as attrs itself writes its methods
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = cls.__init__.__annotations__  # attrs' own
    init.__doc__ = "Set the fields as given, each through its slot's setter."
    setattr(cls, "__init__", init)  # noqa: B010  # a method replaced after the class is made
    return cls


@attrs.frozen(init=False)
class Span:
    """A half-open range of character offsets into the original input.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character; never less than ``start``.

    >>> text = "日・カザフスタン外相会談"
    >>> span = Span(2, 8)
    >>> text[span.start:span.end]
    'カザフスタン'
    """

    start: int = attrs.field(metadata={"minimum": 0})
    end: int = attrs.field(metadata={"minimum": 0})

    def __init__(self, start: int, end: int) -> None:
        """Make a span, checking that ``0 <= start <= end``.

        Written by hand rather than by attrs, with the checks before the
        fields are set: the parser makes tens of spans a release, and this
        saves the call of a post-init on each. One test covers all three
        conditions; the messages name the field at fault, as validators would.

        Raises:
            ValueError: when ``start`` or ``end`` is negative, or ``end`` is before ``start``.
        """
        if start < 0 or end < start:
            for name, value in (("start", start), ("end", end)):
                if value < 0:
                    msg = f"{name} must be >= 0, got {value}"
                    raise ValueError(msg)
            msg = f"span end {end} is before its start {start}"
            raise ValueError(msg)
        set_start, set_end = _SPAN_SETTERS
        set_start(self, start)
        set_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start


_SPAN_SETTERS: Final = _slot_setters(Span)


class Language(enum.Enum):
    """The language a release is written in."""

    #: Japanese.
    JA = "ja"
    #: English.
    EN = "en"


class Side(enum.Enum):
    """Which side of the meeting a participant belongs to."""

    #: Japan's side (我が方, 当方, 日本側 in the text).
    JAPAN = "japan"
    #: The other country's or organisation's side (先方 in the text).
    COUNTERPART = "counterpart"
    #: Neither side, or not known.
    OTHER = "other"


class Format(enum.Enum):
    """What took place: talks, a telephone call, a meal, a courtesy call, and so on."""

    #: Talks or a meeting (会談, 会合, 協議).
    TALKS = "talks"
    #: A telephone call (電話会談).
    TELEPHONE = "telephone"
    #: A video conference (テレビ会談, ビデオ会議, オンライン会談).
    VIDEO = "video"
    #: A courtesy call (表敬).
    COURTESY_CALL = "courtesy_call"
    #: A dinner (夕食会, 晩餐会, working dinner). Talks over dinner (夕食をとりながら会談) are talks and dinner.
    DINNER = "dinner"
    #: A lunch (昼食会, 午餐会, working lunch).
    LUNCH = "lunch"
    #: A breakfast (朝食会, working breakfast).
    BREAKFAST = "breakfast"
    #: A reception (レセプション, 歓迎会).
    RECEPTION = "reception"
    #: A short exchange, often on the margins of a conference (立ち話, 懇談).
    BRIEF_TALK = "brief_talk"


class Level(enum.Enum):
    """The rank of the main Japanese participant."""

    #: The Prime Minister, or the Emperor (a summit).
    SUMMIT = "summit"
    #: The Minister for Foreign Affairs (外務大臣, 外相).
    FOREIGN_MINISTERS = "foreign_ministers"
    #: A State Minister, formerly Senior Vice-Minister (副大臣).
    VICE_MINISTERS = "vice_ministers"
    #: A Parliamentary Vice-Minister (政務官).
    PARLIAMENTARY_VICE_MINISTERS = "parliamentary_vice_ministers"
    #: A civil servant, such as the Vice-Minister (事務次官), a director-general (局長) or an ambassador.
    OFFICIALS = "officials"
    #: Any other minister, a member of the Diet, or anyone else.
    OTHER = "other"


class Act(enum.Enum):
    """A speech act: what a speaker did with a sentence.

    The same vocabulary serves Japanese and English releases, so that the two
    versions of one readout can be compared item by item.
    """

    #: Stated something, and none of the acts below (述べた).
    STATED = "stated"
    #: Welcomed something (歓迎).
    WELCOMED = "welcomed"
    #: Expressed gratitude (謝意, 感謝).
    THANKED = "thanked"
    #: Expressed hope or a wish (期待, 祈念, 希望).
    HOPED = "hoped"
    #: Appreciated or praised something (評価, 賞賛).
    APPRECIATED = "appreciated"
    #: Expressed support (支持).
    SUPPORTED = "supported"
    #: Explained or introduced something (説明, 紹介).
    EXPLAINED = "explained"
    #: Conveyed a message or a decision (伝え, 伝達).
    CONVEYED = "conveyed"
    #: Mentioned or touched on something (言及, 触れ).
    MENTIONED = "mentioned"
    #: Proposed something (提案, 提起).
    PROPOSED = "proposed"
    #: Invited someone, for example to visit (招待, 招へい).
    INVITED = "invited"
    #: Requested or called for something (要請, 求め, 呼びかけ).
    REQUESTED = "requested"
    #: Expressed concern (懸念, 憂慮).
    CONCERNED = "concerned"
    #: Expressed condolences or sympathy (弔意, 哀悼, お見舞い).
    CONDOLED = "condoled"
    #: Congratulated someone (祝意, お祝い).
    CONGRATULATED = "congratulated"
    #: Emphasised something (強調).
    EMPHASIZED = "emphasized"
    #: Paid tribute or expressed respect (敬意).
    RESPECTED = "respected"
    #: Agreed with the other side's view, one side alone (同意, 賛同, 賛意).
    ASSENTED = "assented"
    #: Stated an intention, "would like to" or "intends to" (…たい, 意向, 所存).
    INTENDED = "intended"
    #: Asked a question (質問, 照会).
    ASKED = "asked"
    #: Announced a decision (決定).
    DECIDED = "decided"
    #: Confirmed something, one side alone (確認); both sides confirming is an Agreement.
    CONFIRMED = "confirmed"
    #: Expressed regret (遺憾, 残念).
    REGRETTED = "regretted"
    #: Expressed opposition (反対).
    OPPOSED = "opposed"


class AgreementKind(enum.Enum):
    """How both sides agreed; the sentence's final predicate decides."""

    #: Agreed or concurred (一致, 合意, 約した).
    AGREED = "agreed"
    #: Confirmed (確認).
    CONFIRMED = "confirmed"
    #: Shared a view, a recognition or a concern (認識を共有).
    SHARED_VIEW = "shared_view"


class Severity(enum.Enum):
    """How much a diagnostic matters.

    ``info`` is noise set aside, ``warning`` a guess or an ambiguity, ``error``
    a part of the input that could not be read.
    """

    #: Noise set aside (page furniture, a list of attendees); never fails strict mode.
    INFO = "info"
    #: A guess or an ambiguity; the value given may be wrong, or missing.
    WARNING = "warning"
    #: A part of the input that could not be read; strict mode raises ParseError.
    ERROR = "error"


class DiagnosticKind(enum.Enum):
    """What a diagnostic is about."""

    #: A line of page furniture (navigation, links, table debris) set aside.
    NOISE_LINE = "noise_line"
    #: Page furniture inside a sentence ((PDF)別ウィンドウで開く), kept in its text.
    NOISE_INLINE = "noise_inline"
    #: A label of the website's section (報道発表, a country name) set aside.
    SITE_LABEL = "site_label"
    #: A photo caption or credit set aside.
    PHOTO_CAPTION = "photo_caption"
    #: The release has no headline.
    NO_TITLE = "no_title"
    #: The release has no date line, or one without a full date.
    NO_DATE_LINE = "no_date_line"
    #: The meeting's date could not be told.
    NO_MEETING_DATE = "no_meeting_date"
    #: The date line and the ``published`` argument disagree; the date line is kept.
    DATE_CONFLICT = "date_conflict"
    #: The weekday written beside a date does not match the date.
    WEEKDAY_MISMATCH = "weekday_mismatch"
    #: A date that is not on the calendar (2月30日).
    INVALID_DATE = "invalid_date"
    #: No opening paragraph says when and with whom the meeting took place.
    NO_OPENING = "no_opening"
    #: A main participant could not be found.
    NO_PARTICIPANT = "no_participant"
    #: A sentence reports speech but its speaker could not be told.
    UNRESOLVED_SPEAKER = "unresolved_speaker"
    #: A speaker taken from the previous sentence, not named in this one.
    IMPLIED_SPEAKER = "implied_speaker"
    #: The release breaks off inside a sentence.
    TRUNCATED = "truncated"
    #: Text that was not read into any field.
    UNREAD_TEXT = "unread_text"
    #: A paragraph read as a list of attendees (同席者), not as the readout.
    ATTENDEE_LIST = "attendee_list"
    #: The input holds no text.
    EMPTY_INPUT = "empty_input"
    #: The input holds control characters.
    CONTROL_CHARACTERS = "control_characters"
    #: The input mixes Japanese and English.
    MIXED_LANGUAGE = "mixed_language"
    #: A problem decoding bytes into text.
    DECODING = "decoding"
    #: Something noticed while reading an HTML page.
    HTML = "html"


@attrs.frozen
class Diagnostic:
    """Something in the release that the parser noticed and worked around.

    Attributes:
        kind: What the diagnostic is about.
        severity: ``info`` (set aside), ``warning`` (a guess), ``error`` (unread).
        message: A sentence for a person, in English.
        span: Where in the input it applies, or None for the release as a whole.
        rule: The name of the rule that raised it, where one did.
    """

    kind: DiagnosticKind
    severity: Severity
    message: str
    span: Span | None = None
    rule: str | None = None


@attrs.frozen(kw_only=True, cache_hash=True)
class Participant:
    """A person (or a named group) who took part in a meeting.

    Attributes:
        name: The name as printed (岡田, サウダバエフ, a full name, "Fumio Kishida"),
            or None for a group with no one named.
        title: The title as printed (外務大臣, 国務長官兼外相), or None.
        country: The country as printed beside the name or inferred from the
            release (カザフスタン), or None.
        side: Which side of the meeting the person was on.
        name_en: The name from a parenthesised English form, where given.
        title_en: The title from a parenthesised English form, where given.
        group: The label of a group as written (参加国首脳, "the participating
            leaders") when the participant is a group rather than a person.
        visit: The circumstances of a visit as stated (外務省賓客として訪日中).
        attendee: True for someone listed as attending (同席者) rather than
            as a main participant.
        span: Where the participant is first named.
    """

    name: str | None = None
    title: str | None = None
    country: str | None = None
    side: Side = Side.OTHER
    name_en: str | None = None
    title_en: str | None = None
    group: str | None = None
    visit: str | None = None
    attendee: bool = False
    span: Span | None = None


@attrs.frozen(kw_only=True)
class Amount:
    """An amount of money mentioned in an item (63億6,100万円 → 6,361,000,000 JPY).

    Attributes:
        value: The amount in whole units of the currency.
        currency: An ISO 4217 code (``JPY``, ``USD``).
        approximate: True where the release says 約 / "approximately".
        kind: The kind of aid or finance named with it (円借款, 無償資金協力), or None.
        text: The amount as written.
        span: Where it is written.
    """

    value: int
    currency: str
    approximate: bool = False
    kind: str | None = None
    text: str
    span: Span


@slot_init
@attrs.frozen(kw_only=True)
class Instrument:
    """A named agreement, plan or document mentioned in an item (日・カザフスタン原子力協定).

    Attributes:
        name: The name as written.
        span: Where it is written.
    """

    name: str
    span: Span


class DocumentKind(enum.Enum):
    """What kind of document a release issues or refers to as a whole."""

    #: A joint statement or declaration (共同声明, 共同宣言).
    JOINT_STATEMENT = "joint_statement"
    #: A joint press statement (共同プレス発表).
    JOINT_PRESS_STATEMENT = "joint_press_statement"
    #: An exchange of notes (交換公文).
    EXCHANGE_OF_NOTES = "exchange_of_notes"
    #: A memorandum (覚書, 協力覚書).
    MEMORANDUM = "memorandum"
    #: An agreement or a treaty (協定, 条約).
    AGREEMENT = "agreement"
    #: An action plan (行動計画).
    ACTION_PLAN = "action_plan"
    #: Any other document.
    OTHER = "other"


@attrs.frozen(kw_only=True)
class Document:
    """An instrument the release issues or refers to as a whole (a joint press statement).

    Attributes:
        title: The document's title as written, without its quotation marks.
        kind: What kind of document it is.
        span: Where the title is written.
    """

    title: str
    kind: DocumentKind = DocumentKind.OTHER
    span: Span | None = None


@slot_init
@attrs.frozen(kw_only=True)
class Statement:
    """One sentence (or clause) spoken by one side.

    Attributes:
        speaker: The participant who spoke (the same value as in the meeting's
            ``participants``), or None where the sentence has no speaker
            (narration, notes) or the speaker could not be resolved.
        acts: The speech acts, in the order the sentence performs them.
        text: The verbatim clause, speaker phrase included, item number excluded.
        span: Where the clause is in the input.
        amounts: Amounts of money mentioned.
        instruments: Named instruments mentioned.
        truncated: True when the release breaks off inside this clause.
    """

    speaker: Participant | None
    acts: tuple[Act, ...] = ()
    text: str
    span: Span
    amounts: tuple[Amount, ...] = ()
    instruments: tuple[Instrument, ...] = ()
    truncated: bool = False


@slot_init
@attrs.frozen(kw_only=True)
class Agreement:
    """A sentence (or clause) in which both sides agree, confirm or share a view.

    Attributes:
        parties: The participants who agreed (usually the two main ones).
        kind: How they agreed, from the final predicate.
        text: The verbatim clause.
        span: Where the clause is in the input.
        amounts: Amounts of money mentioned.
        instruments: Named instruments mentioned.
        truncated: True when the release breaks off inside this clause.
    """

    parties: tuple[Participant, ...] = ()
    kind: AgreementKind = AgreementKind.AGREED
    text: str
    span: Span
    amounts: tuple[Amount, ...] = ()
    instruments: tuple[Instrument, ...] = ()
    truncated: bool = False


@slot_init
@attrs.frozen(kw_only=True)
class Discussion:
    """A joint act that is not an agreement: an exchange of views, a joint welcome.

    Attributes:
        parties: The participants who took part.
        text: The verbatim clause.
        span: Where the clause is in the input.
        amounts: Amounts of money mentioned.
        instruments: Named instruments mentioned.
        truncated: True when the release breaks off inside this clause.
    """

    parties: tuple[Participant, ...] = ()
    text: str
    span: Span
    amounts: tuple[Amount, ...] = ()
    instruments: tuple[Instrument, ...] = ()
    truncated: bool = False


Item = Statement | Agreement | Discussion
"""An item of a section: what one side said, what both agreed, or what both discussed."""


@slot_init
@attrs.frozen(kw_only=True)
class Section:
    """A numbered or headed part of a meeting's readout.

    Attributes:
        heading: The heading without its numbering, or None for items with no heading.
        marker: The numbering as written (``1``, ``(1)``, ``ア``), or None.
        heading_span: Where the heading is written.
        marker_span: Where the numbering is written (with any list number
            that page conversion put before it, such as the ``•`` of ``• 1``).
        items: Statements, agreements and discussions, in text order.
        sections: Sub-sections (``(1)``, ``(2)`` under ``1.``), in text order.
    """

    heading: str | None = None
    marker: str | None = None
    heading_span: Span | None = None
    marker_span: Span | None = None
    items: tuple[Item, ...] = ()
    sections: tuple[Section, ...] = ()


@attrs.frozen(kw_only=True)
class Approximate:
    """Which of a meeting's times the release gives as approximate (頃, 約, "around").

    Attributes:
        start: The start time is approximate.
        end: The end time is approximate.
        duration: The duration is approximate.
    """

    start: bool = False
    end: bool = False
    duration: bool = False


@attrs.frozen(kw_only=True)
class MeetingPart:
    """A separately timed part of a meeting (会談約40分、夕食会約60分).

    Attributes:
        format: What the part was.
        start: Its local start time, where stated.
        duration_minutes: Its stated length, where stated.
        span: Where the part is described.
    """

    format: Format
    start: dt.time | None = None
    duration_minutes: int | None = None
    span: Span | None = None


@attrs.frozen(kw_only=True)
class Meeting:
    """One meeting: when, where, who, in what form, and what was said.

    Attributes:
        date: The local date on which the meeting took place.
        start: The local start time.
        end: The local end time (may be past midnight, before ``start``).
        duration_minutes: The stated length; else ``end - start`` where both are given.
        approximate: Which of the times are approximate.
        time_zone: The time zone as written where the release names one
            (現地時間, NY時間, "local time"), or None.
        japan_date: The date in Japan time, where the release gives Japan time.
        japan_start: The start in Japan time, where the release gives it.
        weekday: The weekday as written beside the date (0 = Monday), or None.
        formats: What took place.
        parts: Separately timed parts, where the release times them separately.
        level: The rank of the main Japanese participant.
        venue: A named building or place, or None for a city or country only.
        participants: Main participants first on each side, attendees after.
        topics: What the opening paragraph says was discussed.
        sections: The readout, in text order.
        span: The opening paragraph describing the meeting.
    """

    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    duration_minutes: int | None = None
    approximate: Approximate = Approximate()
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
    sections: tuple[Section, ...] = ()
    span: Span | None = None


@attrs.frozen(kw_only=True)
class Release:
    """A press release: its headline, its date line, and the meetings it reports.

    Attributes:
        title: The headline as printed, without site labels or captions, or None.
        published: The date line, or None when the release has none.
        language: The language of the release (the dominant one for mixed text).
        meetings: The meetings reported, in text order.
        documents: Documents the release issues or refers to as a whole.
        diagnostics: What the parser noticed and worked around.
        title_span: Where the headline is.
        published_span: Where the date line is.
        source: Where the release came from (a path or address), where known.
        subtitle: A bracketed line under the headline ((概要), "(Overview of Results)"), or None.
        subtitle_span: Where the subtitle is.
    """

    title: str | None = None
    published: dt.date | None = None
    language: Language = Language.JA
    meetings: tuple[Meeting, ...] = ()
    documents: tuple[Document, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    title_span: Span | None = None
    published_span: Span | None = None
    source: str | None = None
    subtitle: str | None = None
    subtitle_span: Span | None = None


for _cls in (
    Span,
    Diagnostic,
    Participant,
    Amount,
    Instrument,
    Document,
    Statement,
    Agreement,
    Discussion,
    Section,
    Approximate,
    MeetingPart,
    Meeting,
    Release,
):
    attrs.resolve_types(_cls, globals(), locals())
del _cls
