"""The JSON Schema of the JSON contract, derived from the model classes.

Nothing here is written by hand per class: :func:`json_schema` walks the attrs
fields of a model class with their resolved types, so a field added to the
model appears in the schema without a change here. It describes what
:func:`dipmeet.from_json` accepts; :func:`dipmeet.to_json` always writes
every property, so its output is the stricter subset with no key left out.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import re
import types
import typing
from typing import Final

import attrs

from .model import Release
from .serialize import _TAGS, converter

__all__ = ["json_schema"]

DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
"""The dialect the schema is written in (an identifier: nothing is fetched from it)."""

_DATE_PATTERN: Final = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_TIME_PATTERN: Final = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$"
_PRIMITIVES: Final[dict[type, str]] = {str: "string", int: "integer", bool: "boolean", type(None): "null"}

Schema = dict[str, object]


def json_schema(cls: type[object] = Release) -> Schema:
    """Build the JSON Schema (draft 2020-12) of a model class, :class:`Release` by default.

    Every attrs class and enum the class refers to becomes an entry of
    ``$defs``; descriptions come from the ``Attributes:`` sections of the
    class docstrings. Dates are ``YYYY-MM-DD`` strings, times ``HH:MM``
    strings, enums the list of their values, and a section's ``items`` a
    ``oneOf`` told apart by the ``"type"`` key (``statement``,
    ``agreement``, ``discussion``). Unknown keys are not allowed
    (``additionalProperties: false``), as :func:`dipmeet.from_json`
    rejects them. A property with a default may be left out.

    Args:
        cls: A model class (an attrs class from :mod:`dipmeet.model`).

    Returns:
        The schema as plain dicts and lists, ready for :func:`json.dumps`.

    Raises:
        TypeError: ``cls`` is not an attrs class, or a field has a type
            the JSON contract has no form for.

    >>> schema = json_schema()
    >>> schema["$defs"]["Side"]["enum"]
    ['japan', 'counterpart', 'other']
    >>> schema["$defs"]["Meeting"]["properties"]["start"]["anyOf"][0]["pattern"]
    '^(?:[01][0-9]|2[0-3]):[0-5][0-9]$'
    """
    if not attrs.has(cls):
        msg = f"json_schema() takes a model class, not {cls!r}"
        raise TypeError(msg)
    walker = _Walker()
    root = walker.ref(cls, None)
    return {
        "$schema": DIALECT,
        "title": cls.__name__,
        "description": _summary(cls),
        **root,
        "$defs": dict(sorted(walker.defs.items())),
    }


class _Walker:
    """Collect ``$defs`` while turning types into schemas (one walk, then dropped)."""

    def __init__(self) -> None:
        self.defs: dict[str, Schema] = {}
        self.keys: dict[tuple[type, str | None], str] = {}

    def ref(self, cls: type, tag: str | None) -> Schema:
        """Return a ``$ref`` to the definition of ``cls`` (tagged or not), defining it once."""
        if (cls, tag) not in self.keys:
            key = cls.__name__
            if key in self.defs or key in self.keys.values():
                key = f"{key}_{tag or 'untagged'}"
            self.keys[cls, tag] = key
            self.defs[key] = {}  # reserved first: recursive classes (Section) refer to themselves
            self.defs[key] = self._enum(cls) if issubclass(cls, enum.Enum) else self._class(cls, tag)
        return {"$ref": f"#/$defs/{self.keys[cls, tag]}"}

    def _enum(self, cls: type[enum.Enum]) -> Schema:
        return {
            "title": cls.__name__,
            "description": _summary(cls),
            "type": "string",
            "enum": [member.value for member in cls],
        }

    def _class(self, cls: type, tag: str | None) -> Schema:
        docs = _attribute_docs(cls)
        properties: dict[str, Schema] = {}
        required: list[str] = []
        if tag is not None:
            properties["type"] = {"const": tag, "description": "Which kind of item this is."}
            required.append("type")
        for field in attrs.fields(cls):
            schema = self.type_schema(field.type)
            if "minimum" in field.metadata:
                schema["minimum"] = field.metadata["minimum"]
            if field.name in docs:
                schema = {"description": docs[field.name], **schema}
            if field.default is attrs.NOTHING:
                required.append(field.name)
            elif not isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]  # Factory is a class at run time
                schema["default"] = converter.unstructure(field.default)
            properties[field.name] = schema
        return {
            "title": cls.__name__,
            "description": _summary(cls),
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

    def type_schema(self, kind: object) -> Schema:
        """Return the schema of one resolved field type."""
        if kind in _PRIMITIVES:
            return {"type": _PRIMITIVES[kind]}
        if kind is dt.date:
            return {"type": "string", "format": "date", "pattern": _DATE_PATTERN}
        if kind is dt.time:
            return {"type": "string", "pattern": _TIME_PATTERN}
        if isinstance(kind, type) and (issubclass(kind, enum.Enum) or attrs.has(kind)):
            return self.ref(kind, None)
        origin = typing.get_origin(kind)
        arguments = typing.get_args(kind)
        if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
            return {"type": "array", "items": self.type_schema(arguments[0])}
        if origin in (types.UnionType, typing.Union):
            return self._union(arguments)
        msg = f"no JSON form for the type {kind!r}"
        raise TypeError(msg)

    def _tagged(self, member: object) -> Schema:
        """Return a reference to a member of a tagged union, with the tag the converter writes."""
        if not (isinstance(member, type) and member in _TAGS):
            msg = f"no tag for the union member {member!r}"
            raise TypeError(msg)
        return self.ref(member, _TAGS[member])

    def _union(self, members: tuple[object, ...]) -> Schema:
        present = [member for member in members if member is not type(None)]
        optional = len(present) < len(members)
        if len(present) > 1:
            # A union of model classes: the converter's tagged union (serialize._TAGS).
            choices = [self._tagged(member) for member in present]
            return {"oneOf": [*choices, {"type": "null"}]} if optional else {"oneOf": choices}
        inner = self.type_schema(present[0])
        if not optional:
            return inner
        if set(inner) == {"type"}:
            return {"type": [inner["type"], "null"]}
        return {"anyOf": [inner, {"type": "null"}]}


_ATTRIBUTE: Final = re.compile(r"^(?P<name>\w+): (?P<text>.*)$")


def _summary(cls: type) -> str:
    """The first paragraph of a class docstring, on one line."""
    doc = inspect.cleandoc(cls.__doc__ or "")
    return " ".join(doc.split("\n\n")[0].split())


def _attribute_docs(cls: type) -> dict[str, str]:
    """Read the ``Attributes:`` section of a Google-style class docstring into name -> text."""
    lines = inspect.cleandoc(cls.__doc__ or "").splitlines()
    if "Attributes:" not in lines:
        return {}
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines[lines.index("Attributes:") + 1 :]:
        if line and not line.startswith(" "):
            break  # the next section
        match = _ATTRIBUTE.match(line.strip()) if line.startswith("    ") and not line.startswith("     ") else None
        if match:
            current = found.setdefault(match["name"], [])
            current.append(match["text"])
        elif current is not None and line.strip():
            current.append(line.strip())
    return {name: _plain(" ".join(words)) for name, words in found.items()}


def _plain(text: str) -> str:
    """Drop reST markup (double backquotes) from a docstring sentence."""
    return text.replace("``", "")
