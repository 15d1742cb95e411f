"""Tests for the JSON Schema derived from the model: it accepts what to_json writes and rejects what from_json rejects."""

from __future__ import annotations

import enum
import functools
import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import dipmeet
from dipmeet import model
from dipmeet.errors import SerializationError
from dipmeet.schema import json_schema

from .strategies import ALL

jsonschema = pytest.importorskip("jsonschema")


@functools.cache
def _validator(cls: type = model.Release):
    schema = json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_is_valid_draft_2020_12():
    """The schema of Release is itself a valid draft 2020-12 schema."""
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_sample_release_validates(sample):
    """The JSON of the parsed sample release validates against the schema."""
    errors = list(_validator().iter_errors(json.loads(dipmeet.to_json(dipmeet.parse(sample)))))
    assert errors == []


@pytest.mark.parametrize("cls", list(ALL), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_every_model_object_validates(cls, data):
    """Whatever to_json writes for any model object validates against that class's schema."""
    obj = data.draw(ALL[cls])
    errors = list(_validator(cls).iter_errors(json.loads(dipmeet.to_json(obj))))
    assert errors == []


def test_every_class_field_and_enum_value_is_described():
    """Every model class has a definition with all its fields; every enum lists all its values."""
    defs = {}
    for name in model.__all__:
        if attrs.has(getattr(model, name)):
            defs.update(json_schema(getattr(model, name))["$defs"])
    for name in model.__all__:
        cls = getattr(model, name)
        if name == "Item":
            continue
        assert name in defs, name
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            assert defs[name]["enum"] == [member.value for member in cls]
        else:
            properties = defs[name]["properties"]
            for field in attrs.fields(cls):
                assert field.name in properties, f"{name}.{field.name}"
                assert properties[field.name]["description"], f"{name}.{field.name} has no description"


def test_items_are_a_union_tagged_by_type():
    """Section items are a oneOf of statement / agreement / discussion, told apart by "type"."""
    defs = json_schema()["$defs"]
    choices = defs["Section"]["properties"]["items"]["items"]["oneOf"]
    tags = [defs[choice["$ref"].rsplit("/", 1)[1]]["properties"]["type"]["const"] for choice in choices]
    assert tags == ["statement", "agreement", "discussion"]


def test_a_class_alone_has_no_tag():
    """The schema of Statement alone has no "type" key, as to_json(statement) writes none."""
    schema = json_schema(model.Statement)
    assert "type" not in schema["$defs"]["Statement"]["properties"]


@pytest.mark.parametrize(
    "payload",
    [
        '{"title": 1}',
        '{"unknown": 1}',
        '{"published": "24 March 2010"}',
        '{"language": "fr"}',
        '{"meetings": [{"start": "9:5"}]}',
        '{"meetings": [{"duration_minutes": "60"}]}',
        '{"meetings": [{"duration_minutes": true}]}',
        '{"meetings": [{"sections": [{"items": [{"type": "nope", "text": "x", "span": {"start": 0, "end": 1}}]}]}]}',
        '{"meetings": [{"sections": [{"items": [{"text": "x", "speaker": null, "span": {"start": 0, "end": 1}}]}]}]}',
        '{"meetings": [{"span": {"start": -1, "end": 1}}]}',
    ],
)
def test_schema_rejects_what_from_json_rejects(payload):
    """A document from_json refuses is also invalid under the schema."""
    with pytest.raises(SerializationError):
        dipmeet.from_json(payload)
    assert not _validator().is_valid(json.loads(payload))


def test_defaults_may_be_left_out():
    """Properties with defaults are optional, as from_json fills them in."""
    assert _validator().is_valid({})
    assert dipmeet.from_json("{}") == model.Release()


def test_not_a_model_class():
    """Anything but an attrs class is a TypeError."""
    with pytest.raises(TypeError, match="model class"):
        json_schema(dict)
