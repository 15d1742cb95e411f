"""The one cattrs converter: model objects to JSON and back.

Everything dipmeet writes or reads as JSON goes through :data:`converter`.
It starts from cattrs' JSON preset (ISO dates, enum values) and adds what the
preset lacks: ``HH:MM`` times, a ``"type"`` tag on section items, and strict
primitives, so that ``"5"`` is not silently read as ``5``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, Final, TypeVar

import cattrs
from cattrs.preconf.json import make_converter
from cattrs.strategies import configure_tagged_union

from .errors import SerializationError
from .model import Agreement, Discussion, Item, Release, Statement

__all__ = ["converter", "from_json", "structure", "to_json", "unstructure"]

T = TypeVar("T")

converter: Final = make_converter(forbid_extra_keys=True)
"""The one cattrs converter behind :func:`to_json`, :func:`from_json`, :func:`structure` and :func:`unstructure`.

Use it to unstructure or structure model objects inside your own cattrs
code; register no hooks on it (make your own converter for that).
"""


_TIME: Final = re.compile(r"(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)")


def _unstructure_time(value: dt.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def _structure_time(value: object, _: type) -> dt.time:
    if not isinstance(value, str) or not (match := _TIME.fullmatch(value)):
        msg = f"expected a time as 'HH:MM', got {value!r}"
        raise ValueError(msg)
    return dt.time(int(match["hour"]), int(match["minute"]))


_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _structure_date(value: object, _: type) -> dt.date:
    # fromisoformat alone takes other ISO 8601 forms (20100324) on Python 3.11+.
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        msg = f"expected a date as 'YYYY-MM-DD', got {value!r}"
        raise ValueError(msg)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"expected a date as 'YYYY-MM-DD', got {value!r}"
        raise ValueError(msg) from None


def _strict(kind: type) -> Any:
    """Build a structure hook that accepts only values of exactly ``kind``."""

    def hook(value: object, _: type) -> object:
        # bool is a subclass of int: a JSON true is not a number.
        if type(value) is not kind:
            msg = f"expected {kind.__name__}, got {type(value).__name__} {value!r}"
            raise TypeError(msg)
        return value

    return hook


converter.register_unstructure_hook(dt.time, _unstructure_time)
converter.register_structure_hook(dt.time, _structure_time)
converter.register_unstructure_hook(dt.date, dt.date.isoformat)
converter.register_structure_hook(dt.date, _structure_date)
for _kind in (str, int, bool):
    converter.register_structure_hook(_kind, _strict(_kind))

# Tags spelt out, so that renaming a class never changes the file format. The
# union is configured after the primitive hooks: it builds its members' hooks now.
_TAGS: Final[dict[type, str]] = {Statement: "statement", Agreement: "agreement", Discussion: "discussion"}
configure_tagged_union(Item, converter, tag_generator=_TAGS.__getitem__, tag_name="type")


def unstructure(obj: object) -> Any:
    """Turn a model object into plain dicts, lists, strings and numbers.

    Args:
        obj: A model object (or a tuple of them).

    Returns:
        What :func:`to_json` would write, before it becomes text: dates and
        times as strings, enums as their values, tuples as lists.

    >>> from dipmeet.model import Span
    >>> unstructure(Span(0, 4))
    {'start': 0, 'end': 4}
    """
    return converter.unstructure(obj)


def structure(data: Any, cls: type[T] = Release) -> T:  # type: ignore[assignment]  # default is a class
    """Build a model object from plain data, checking every value.

    Args:
        data: Plain dicts, lists, strings and numbers, as :func:`unstructure`
            returns them or :func:`json.loads` reads them.
        cls: The model class to build.

    Returns:
        An instance of ``cls``.

    Raises:
        SerializationError: the data does not fit ``cls``; ``errors`` names
            the path of every bad value.
    """
    try:
        return converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        if isinstance(error, cattrs.BaseValidationError):
            problems = cattrs.transform_error(error, path="$")
        else:
            problems = [f"{error} @ $"]
        msg = f"data does not fit {cls.__name__}: " + "; ".join(problems[:5])
        if len(problems) > 5:
            msg += f"; and {len(problems) - 5} more"
        raise SerializationError(msg, problems) from None
    except RecursionError:
        msg = f"data does not fit {cls.__name__}: nested too deeply"
        raise SerializationError(msg, [msg]) from None


def to_json(obj: object, *, indent: int | None = None) -> str:
    """Serialize a model object to a JSON string (Japanese kept readable).

    Args:
        obj: A model object, usually a :class:`~dipmeet.model.Release`.
        indent: Indent nested objects by this many spaces; None writes one line.

    Returns:
        JSON text. Japanese is written as is, not as ``\\u`` escapes; every
        field is written, ``None`` as ``null``.

    >>> from dipmeet.model import Span
    >>> to_json(Span(0, 4))
    '{"start": 0, "end": 4}'
    """
    return json.dumps(converter.unstructure(obj), ensure_ascii=False, indent=indent)


def from_json(data: str | bytes | bytearray, cls: type[T] = Release) -> T:  # type: ignore[assignment]
    """Read a model object back from JSON written by :func:`to_json`.

    ``from_json(to_json(x), type(x)) == x`` for every model object.

    Args:
        data: JSON text, or JSON in UTF-8 bytes.
        cls: The model class to read; a release unless told otherwise.

    Returns:
        An instance of ``cls``.

    Raises:
        SerializationError: the text is not JSON, or the JSON does not fit
            ``cls`` (unknown keys, wrong types, bad dates); the message names
            the path of each bad value. Nothing half-built is returned.
        TypeError: ``data`` is neither text nor bytes.
    """
    if not isinstance(data, (str, bytes, bytearray)):
        msg = f"from_json() takes str or bytes, not {type(data).__name__}"
        raise TypeError(msg)
    try:
        plain = json.loads(data)
    except json.JSONDecodeError as error:
        msg = f"not valid JSON: {error}"
        raise SerializationError(msg, [f"{error.msg} at line {error.lineno} column {error.colno} @ $"]) from None
    except (RecursionError, ValueError) as error:  # nesting or numbers beyond what Python reads
        msg = f"JSON cannot be read: {type(error).__name__}: {error}"[:300]
        raise SerializationError(msg, [msg]) from None
    return structure(plain, cls)
