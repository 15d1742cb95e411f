"""dipmeet: Japanese and English diplomatic meeting readouts as immutable, typed objects.

>>> import dipmeet
>>> text = (
...     "日米外相電話会談\\n令和元年10月22日\\n本22日,午後8時55分頃から約20分間,茂木敏充外務大臣は,"
...     "マイク・ポンペオ米国国務長官と電話会談を行ったところ,概要以下のとおりです。"
... )
>>> release = dipmeet.parse(text)
>>> release.meetings[0].formats
(<Format.TELEPHONE: 'telephone'>,)

The names below are loaded on first use (PEP 562), so ``import dipmeet`` is
quick and a program pays only for what it uses: reading JSON does not compile
the parser's patterns, and parsing Japanese does not compile the English ones.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
"""The version of dipmeet, as in the package metadata."""

# Where each public name lives.
_EXPORTS: dict[str, str] = {
    **dict.fromkeys(("Failure", "parse_many"), ".batch"),
    **dict.fromkeys(("COMPILED", "compiled_modules"), ".compiled"),
    **dict.fromkeys(("DipmeetError", "ParseError", "ReadError", "SerializationError"), ".errors"),
    **dict.fromkeys(
        (
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
        ),
        ".model",
    ),
    **dict.fromkeys(("DEFAULT_MAX_SIZE", "detect_language", "parse"), ".parse"),
    "json_schema": ".schema",
    **dict.fromkeys(("converter", "from_json", "structure", "to_json", "unstructure"), ".serialize"),
    **dict.fromkeys(("SourceText", "parse_bytes", "parse_file", "read_bytes", "read_file"), ".sources"),
    **dict.fromkeys(("TABLE_COLUMNS", "release_rows", "tables", "to_pandas", "write_tables"), ".tables"),
}

# Public functions that share their name with the module they live in.
_SHADOWED: frozenset[str] = frozenset({"parse", "tables"})

__all__ = [
    "COMPILED",
    "DEFAULT_MAX_SIZE",
    "TABLE_COLUMNS",
    "Act",
    "Agreement",
    "AgreementKind",
    "Amount",
    "Approximate",
    "Diagnostic",
    "DiagnosticKind",
    "DipmeetError",
    "Discussion",
    "Document",
    "DocumentKind",
    "Failure",
    "Format",
    "Instrument",
    "Item",
    "Language",
    "Level",
    "Meeting",
    "MeetingPart",
    "ParseError",
    "Participant",
    "ReadError",
    "Release",
    "Section",
    "SerializationError",
    "Severity",
    "Side",
    "SourceText",
    "Span",
    "Statement",
    "__version__",
    "compiled_modules",
    "converter",
    "detect_language",
    "from_json",
    "json_schema",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "read_bytes",
    "read_file",
    "release_rows",
    "structure",
    "tables",
    "to_json",
    "to_pandas",
    "unstructure",
    "write_tables",
]


def __getattr__(name: str) -> Any:
    """Load a public name from its module the first time it is asked for."""
    module_name = _EXPORTS.get(name)
    if module_name is None:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """The package module: importing ``dipmeet.parse`` (the module) keeps ``dipmeet.parse`` the function."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return  # the module stays in sys.modules; the attribute stays the function
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

if TYPE_CHECKING:
    from .batch import Failure, parse_many
    from .compiled import COMPILED, compiled_modules
    from .errors import DipmeetError, ParseError, ReadError, SerializationError
    from .model import (
        Act,
        Agreement,
        AgreementKind,
        Amount,
        Approximate,
        Diagnostic,
        DiagnosticKind,
        Discussion,
        Document,
        DocumentKind,
        Format,
        Instrument,
        Item,
        Language,
        Level,
        Meeting,
        MeetingPart,
        Participant,
        Release,
        Section,
        Severity,
        Side,
        Span,
        Statement,
    )
    from .parse import DEFAULT_MAX_SIZE, detect_language, parse
    from .schema import json_schema
    from .serialize import converter, from_json, structure, to_json, unstructure
    from .sources import SourceText, parse_bytes, parse_file, read_bytes, read_file
    from .tables import TABLE_COLUMNS, release_rows, tables, to_pandas, write_tables
