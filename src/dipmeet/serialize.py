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
from collections.abc import Callable
from typing import Any, Final, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn
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


# The largest integer any field holds (offsets, minutes, amounts of money):
# beyond a signed 64-bit integer, a number is an attack or an accident.
_LARGEST_INT: Final = 2**63 - 1
_JSON_TYPES: Final = {
    dict: "object",
    list: "array",
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


_EXPECTED: Final = {str: "a string", int: "an integer", bool: "true or false"}


def _shown(value: object) -> str:
    """A value for an error message: its JSON type and a short excerpt."""
    if value is None:
        return "null"
    shown = repr(value)
    return f"{_JSON_TYPES.get(type(value), type(value).__name__)} {shown[:40]}{'...' if len(shown) > 40 else ''}"


def _strict(kind: type) -> Any:
    """Build a structure hook that accepts only values of exactly ``kind``."""

    def hook(value: object, _: type) -> object:
        # bool is a subclass of int: a JSON true is not a number.
        if type(value) is not kind:
            msg = f"expected {_EXPECTED[kind]}, got {_shown(value)}"
            raise TypeError(msg)
        if kind is int and not -_LARGEST_INT <= value <= _LARGEST_INT:  # type: ignore[operator]  # an int here
            msg = f"integer out of range (over 64 bits): {_shown(value)}"
            raise ValueError(msg)
        return value

    return hook


def _object_hook(cls: type) -> Any:
    """Build the hook for a model class that first checks it was given a JSON object."""
    fields: Callable[[Any, type], object] = make_dict_structure_fn(cls, converter)

    def hook(value: object, _: type) -> object:
        if not isinstance(value, dict):
            msg = f"expected an object ({cls.__name__}), got {_shown(value)}"
            raise TypeError(msg)
        return fields(value, cls)

    return hook


def _is_tuple_of(kind: Any) -> bool:
    return get_origin(kind) is tuple and len(get_args(kind)) == 2 and get_args(kind)[1] is Ellipsis


def _array_hook(kind: Any) -> Any:
    """Build the hook for ``tuple[X, ...]``: a JSON array only (a string is iterable too), each item checked."""
    item_type = get_args(kind)[0]

    def hook(value: object, _: type) -> object:
        if not isinstance(value, list):
            msg = f"expected an array, got {_shown(value)}"
            raise TypeError(msg)
        items, errors = [], []
        for index, element in enumerate(value):
            try:
                items.append(converter.structure(element, item_type))
            except Exception as error:  # collected, each with its index, as cattrs does for its own collections
                note = IterableValidationNote(f"Structuring {kind} @ index {index}", index, item_type)
                error.__notes__ = [*getattr(error, "__notes__", []), note]  # type: ignore[attr-defined]  # PEP 678, set by hand for 3.10
                errors.append(error)
        if errors:
            msg = f"While structuring {kind!r}"
            raise IterableValidationError(msg, errors, kind)
        return tuple(items)

    return hook


converter.register_unstructure_hook(dt.time, _unstructure_time)
converter.register_structure_hook(dt.time, _structure_time)
converter.register_unstructure_hook(dt.date, dt.date.isoformat)
converter.register_structure_hook(dt.date, _structure_date)
for _kind in (str, int, bool):
    converter.register_structure_hook(_kind, _strict(_kind))
converter.register_structure_hook_factory(attrs.has, _object_hook)
converter.register_structure_hook_factory(_is_tuple_of, _array_hook)

# Tags spelt out, so that renaming a class never changes the file format. The
# union is configured after the primitive hooks: it builds its members' hooks now.
_TAGS: Final[dict[type, str]] = {Statement: "statement", Agreement: "agreement", Discussion: "discussion"}
configure_tagged_union(Item, converter, tag_generator=_TAGS.__getitem__, tag_name="type")
_tagged_item: Final = converter.get_structure_hook(Item)


def _structure_item(value: object, _: type) -> object:
    """Check an item is an object with a known tag before the tagged union reads it."""
    if not isinstance(value, dict):
        msg = f"expected an object (an item), got {_shown(value)}"
        raise TypeError(msg)
    if value.get("type") not in _TAGS.values():
        msg = f"'type' must be one of {', '.join(_TAGS.values())}, got {_shown(value.get('type'))}"
        raise ValueError(msg)
    return _tagged_item(value, Item)


converter.register_structure_hook_func(lambda kind: kind == Item, _structure_item)


def _describe(error: BaseException, kind: Any) -> str:
    """One problem, for a person: cattrs' words, and the reason where dipmeet gave one."""
    if isinstance(error, RecursionError):
        return "nested too deeply"
    described = cattrs.v.format_exception(error, kind)
    if isinstance(error, (TypeError, ValueError)) and str(error) and str(error) not in described:
        described += f" ({error})"
    return described


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
            problems = cattrs.transform_error(error, path="$", format_exception=_describe)
        else:
            problems = [f"{error} @ $"]
        shown = [
            problem if len(problem) < 300 else problem[:150] + " ... " + problem[-140:] for problem in problems[:5]
        ]
        msg = f"data does not fit {cls.__name__}: " + "; ".join(shown)
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
        problem = f"{error.msg} at line {error.lineno} column {error.colno}"
    except UnicodeDecodeError as error:
        problem = f"not UTF-8 ({error.reason} at byte {error.start})"
    except RecursionError:
        problem = "nested too deeply to read"
    except ValueError as error:  # a number of more digits than Python converts (4,300)
        problem = f"a number too long to read ({str(error).split(';')[0]})"
    else:
        return structure(plain, cls)
    msg = f"not valid JSON: {problem}"
    raise SerializationError(msg, [f"{problem} @ $"])
