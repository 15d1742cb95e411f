"""Tests for the data model: immutability, invariants, enum values."""

from __future__ import annotations

import attrs
import pytest

from dipmeet.model import Act, Format, Level, Meeting, Participant, Side, Span


def test_span_rejects_end_before_start():
    """A span cannot end before it starts."""
    with pytest.raises(ValueError, match="before its start"):
        Span(5, 4)


def test_span_rejects_negative_offsets():
    """Offsets are never negative."""
    with pytest.raises(ValueError, match="start must be >= 0, got -1"):
        Span(-1, 3)
    with pytest.raises(ValueError, match="end must be >= 0, got -2"):
        Span(1, -2)


def test_span_is_built_like_an_attrs_class():
    """Span's hand-written __init__ takes what attrs' would: positions, keywords, evolve, copies."""
    import copy
    import pickle

    span = Span(start=2, end=8)
    assert span == Span(2, 8) and hash(span) == hash(Span(2, 8))
    assert attrs.evolve(span, end=9) == Span(2, 9)
    assert attrs.asdict(span) == {"start": 2, "end": 8}
    assert copy.copy(span) == span and pickle.loads(pickle.dumps(span)) == span
    assert [field.name for field in attrs.fields(Span)] == ["start", "end"]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    with pytest.raises(ValueError, match="before its start"):
        attrs.evolve(span, end=1)
    with pytest.raises(TypeError):
        Span(1)  # type: ignore[call-arg]


def test_span_length():
    """len(span) is the number of characters it covers."""
    assert len(Span(3, 10)) == 7


def test_models_are_frozen():
    """Model objects cannot be changed in place; attrs.evolve makes a changed copy."""
    person = Participant(name="岡田", title="外務大臣", side=Side.JAPAN)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        person.name = "林"  # type: ignore[misc]
    assert attrs.evolve(person, name="林").name == "林"


def test_meeting_times_may_cross_midnight():
    """No validator stops a dinner that ends after midnight."""
    import datetime as dt

    meeting = Meeting(start=dt.time(22, 0), end=dt.time(0, 30))
    assert meeting.end < meeting.start


@pytest.mark.parametrize(
    ("enum", "values"),
    [
        (Side, {"japan", "counterpart", "other"}),
        (
            Level,
            {"summit", "foreign_ministers", "vice_ministers", "parliamentary_vice_ministers", "officials", "other"},
        ),
        (
            Format,
            {"talks", "telephone", "video", "courtesy_call", "dinner", "lunch", "breakfast", "reception", "brief_talk"},
        ),
    ],
)
def test_contract_enum_values(enum, values):
    """The JSON values of the closed vocabularies are the contract's lower-case strings."""
    assert {member.value for member in enum} == values


def test_act_vocabulary_includes_the_contract_acts():
    """The speech acts named in the contract all exist."""
    required = {
        "stated",
        "welcomed",
        "thanked",
        "hoped",
        "appreciated",
        "supported",
        "explained",
        "conveyed",
        "mentioned",
        "proposed",
        "invited",
        "requested",
        "concerned",
        "condoled",
        "congratulated",
    }
    assert required <= {act.value for act in Act}


@pytest.mark.parametrize("name", ["Instrument", "Statement", "Agreement", "Discussion", "Section"])
def test_slot_inits_are_those_attrs_would_write(name):
    """The __init__ slot_init writes (slot setters) takes and sets what attrs' generated one would."""
    import copy
    import inspect
    import pickle

    from dipmeet import model

    cls = getattr(model, name)
    fields = attrs.fields(cls)
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.name for f in fields]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)
    for parameter, field in zip(parameters, fields, strict=True):
        assert field.validator is None and field.converter is None
        if field.default is attrs.NOTHING:
            assert parameter.default is inspect.Parameter.empty
        else:
            assert parameter.default == field.default
    # A twin with attrs' own __init__ builds the same object from the same values.
    twin = attrs.make_class(name, {f.name: attrs.field(default=f.default, kw_only=True) for f in fields}, frozen=True)
    values = {f.name: object() for f in fields}
    made = cls(**values)
    assert attrs.asdict(made, recurse=False) == attrs.asdict(twin(**values), recurse=False)
    defaults = {f.name: values[f.name] for f in fields if f.default is attrs.NOTHING}
    assert attrs.asdict(cls(**defaults), recurse=False) == attrs.asdict(twin(**defaults), recurse=False)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.text = "changed"  # type: ignore[misc]
    plain = cls(**{f.name: (f.default if f.default is not attrs.NOTHING else None) for f in fields})
    assert attrs.evolve(plain) == plain == copy.copy(plain) == pickle.loads(pickle.dumps(plain))


def test_slot_init_refuses_fields_with_checks():
    """A field with a validator, converter or factory has checks a plain slot init would drop: slot_init refuses it."""
    from dipmeet.model import slot_init

    for field in (
        attrs.field(validator=attrs.validators.instance_of(int)),
        attrs.field(converter=int),
        attrs.field(factory=list),
    ):
        cls = attrs.make_class("Checked", {"value": field}, frozen=True, slots=True)
        with pytest.raises(TypeError, match=r"Checked\.value"):
            slot_init(cls)
