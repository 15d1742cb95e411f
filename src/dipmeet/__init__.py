"""dipmeet: Japanese and English diplomatic meeting readouts as immutable, typed objects.

>>> import dipmeet
>>> text = (
...     "日米外相電話会談\\n令和元年10月22日\\n本22日,午後8時55分頃から約20分間,茂木敏充外務大臣は,"
...     "マイク・ポンペオ米国国務長官と電話会談を行ったところ,概要以下のとおりです。"
... )
>>> release = dipmeet.parse(text)
>>> release.meetings[0].formats
(<Format.TELEPHONE: 'telephone'>,)
"""

from .batch import Failure, parse_many
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

__version__ = "0.1.0"
"""The version of dipmeet, as in the package metadata."""

__all__ = [
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
