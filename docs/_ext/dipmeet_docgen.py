"""Generate the parts of the documentation that derive from the package: reST text, no Sphinx.

Each ``*_rst`` function returns reST that ``dipmeet_sphinx`` parses in place
of a ``.. dipmeet-generated::`` directive. Keeping Sphinx out of this module
lets the tests check the generated text with the test dependencies alone.

- :func:`rules_rst`: every rule table of every ``dipmeet.rules.<lang>`` module.
- :func:`model_rst`: every class and enum of :mod:`dipmeet.model`, in the
  order a reader meets them walking down from ``Release``.
- :func:`api_rst`: every other name in ``dipmeet.__all__``, grouped by kind.
- :func:`json_outline_rst` and :func:`json_example_rst`: the JSON shape.
"""

from __future__ import annotations

import ast
import datetime as dt
import enum
import functools
import importlib
import inspect
import itertools
import json
import pkgutil
import re
import types
import typing
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

import dipmeet
import dipmeet.model
import dipmeet.rules
from dipmeet.rules import Rule

# ---------------------------------------------------------------------------
# Rule tables
# ---------------------------------------------------------------------------

LANGUAGES = {"ja": "Japanese", "en": "English"}

# What each table is for, by language. A table not listed here still appears,
# after these, with a generic line; list it here to place and explain it.
TABLES: dict[str, dict[str, tuple[str, str]]] = {
    "ja": {
        "PREDICATE_RULES": (
            "Predicates",
            "What a clause does, judged by its **final** predicate: the hit that ends last in the clause "
            "(predicates inside a quotation are skipped). The meaning is what kind of item the clause "
            "becomes; see :ref:`predicate-kinds` above.",
        ),
        "ACT_RULES": (
            "Speech acts",
            "The speech acts a statement performs (:class:`dipmeet.Act`). Every rule is tried; the acts "
            "are listed in text order, each once. An act told of someone else inside the clause "
            "(カザフスタンが…支持を表明し) is not the speaker's and is skipped. A statement that matches "
            "none of these is ``stated`` (``explained`` when its final predicate is the ``explained`` "
            "predicate).",
        ),
        "FORMAT_RULES": (
            "Meeting formats (opening paragraph)",
            "What took place (:attr:`dipmeet.Meeting.formats`), read from the opening paragraph. "
            "The first rule that matches wins over an overlapping later one.",
        ),
        "TITLE_FORMAT_RULES": (
            "Meeting formats (headline)",
            "The same words in a headline, a second opinion when the opening paragraph names no format.",
        ),
        "KIND_LEVEL_RULES": (
            "Levels from the kind of meeting",
            "The level (:attr:`dipmeet.Meeting.level`) from the kind of meeting named in the headline or "
            "opening (首脳会談, 外相会談), where the title of the Japanese participant alone does not say.",
        ),
        "LEVEL_RULES": (
            "Levels from the Japanese participant's title",
            "The rank of the main Japanese participant (:class:`dipmeet.Level`); the first rule that "
            "matches the title wins.",
        ),
        "DOCUMENT_RULES": (
            "Documents",
            "The kind (:class:`dipmeet.DocumentKind`) of a document the release issues (「…」を発出しました).",
        ),
        "MARKER_RULES": (
            "Numbering of sections",
            "Numbering at the head of a line, tried in order; each style names a numbering system, and "
            "the nesting of styles gives the nesting of :class:`dipmeet.Section` objects.",
        ),
        "NOISE_LINE_RULES": (
            "Lines set aside",
            "Whole lines that are page furniture, not the release. They are left out of the readout and "
            "recorded as ``info`` diagnostics of the kind shown.",
        ),
        "INLINE_NOISE_RULES": (
            "Noise inside a sentence",
            "Page furniture glued inside a sentence; kept in the verbatim text and noted as an ``info`` diagnostic.",
        ),
    },
    "en": {
        "AGREE_RULES": (
            "Agreement verbs",
            "A clause whose subject is both sides (see ``COLLECTIVE_RULES``) becomes an "
            ":class:`dipmeet.Agreement` of the kind of the **last** of these verbs in it, outside quotations "
            "(*shared the recognition … and agreed* is ``agreed``); with none of them it becomes a "
            ":class:`dipmeet.Discussion`. A perfect (*both sides have confirmed on numerous occasions*) and a "
            "noun (*the shared recognition*) tell of earlier agreements and do not count.",
        ),
        "PASSIVE_AGREEMENT_RULES": (
            "Agreements in the passive",
            "A clause with no subject that opens with *It was agreed* or *It was confirmed* (after at most "
            "an introductory phrase and a comma) is an agreement of both sides.",
        ),
        "DISCUSS_RULES": (
            "Joint acts that are not agreements",
            "A clause with no subject that names an exchange of views, and does not continue the last "
            "speaker of its numbered item, is a :class:`dipmeet.Discussion`. (With both sides as subject, "
            "any clause without an agreement verb is a discussion.)",
        ),
        "MEET_RULES": (
            "The meeting told as a fact",
            "The verb after a participant's subject: one that tells of the meeting itself (*held a "
            "meeting*, *met*, *paid a courtesy call*) makes the clause a :class:`dipmeet.Discussion` with "
            "that participant (**meet**); one that tells of something done rather than said (*visited*, "
            "*attended*, *signed*) makes it narration, a statement with no speaker (``narrate``).",
        ),
        "COLLECTIVE_RULES": (
            "Both sides as the subject",
            "Subjects that name both sides: *Both Foreign Ministers*, *The two leaders*, *the Ministers*. "
            "*Japan and Australia* counts only before a verb of agreement. A pair of named participants "
            "(*Prime Minister Koizumi and Chancellor Schroeder*) is both sides too, without a table.",
        ),
        "SIDE_REFERENCE_RULES": (
            "Sides named as such",
            "*The Japanese side* is Japan; *the Russian side*, *the U.S. side* the counterpart.",
        ),
        "ACT_RULES": (
            "Speech acts",
            "The speech acts a statement performs (:class:`dipmeet.Act`, the same vocabulary as in "
            "Japanese). Every rule is tried between the subject's verb and the start of what was said "
            "(the first *that*, *which*, quotation mark or colon), so words of the reported speech do not "
            "count; the acts are listed in text order, each once. A statement that matches none of these is "
            "``stated`` (``explained`` when its verb is *explained*).",
        ),
        "FORMAT_RULES": (
            "Meeting formats (opening paragraph)",
            "What took place (:attr:`dipmeet.Meeting.formats`), read from the opening paragraph; the first "
            "rule that matches wins over an overlapping later one. A meeting noun counts only after *held* "
            "or *had* or before *was held*, so that a summit the visitor is in town for is not this "
            "meeting; a dinner or lunch also counts in the paragraphs after the opening.",
        ),
        "TITLE_FORMAT_RULES": (
            "Meeting formats (headline)",
            "The same words in a headline, a second opinion when the opening paragraph names no format.",
        ),
        "KIND_LEVEL_RULES": (
            "Levels from the kind of meeting",
            "The level (:attr:`dipmeet.Meeting.level`) from the kind of meeting named in the headline or "
            "opening (*Summit*, *Foreign Ministers' Meeting*), where the Japanese participant's title does "
            "not say.",
        ),
        "LEVEL_RULES": (
            "Levels from the Japanese participant's title",
            "The rank of the main Japanese participant (:class:`dipmeet.Level`) from the English title; the "
            "first rule that matches wins. *Vice-Minister for Foreign Affairs* is the administrative "
            "vice-minister (事務次官), a civil servant.",
        ),
        "PERSON_RULES": (
            "People",
            "A participant named with a title or an honorific, in the orders the ministry writes: title "
            "first (*President Vladimir Putin*), title and comma (*Minister for Foreign Affairs, Nobutaka "
            "Machimura,*), honorific first (*H.E. Mr. Emmanuel Macron, President of the French Republic*) "
            "and name, comma, title (*Shinzo Abe, Prime Minister of Japan*). The first row wins over an "
            "overlapping later one. Honorifics are dropped from ``name``; a Japanese name written surname "
            "first in capitals (*KISHIDA Fumio*) is kept as written.",
        ),
        "ATTENDEE_RULES": (
            "Attendees",
            "Where the opening lists people who attended (*other attendees include …*, *participants on the "
            "Chinese side: …*, *was attended by …*): each person named there is an attendee, on the side "
            "the list names.",
        ),
        "OUTLINE_RULES": (
            "End of the opening",
            "The sentence that closes the opening paragraph (*The overview of the meeting is as "
            "follows.*): what comes after it is the readout.",
        ),
        "DOCUMENT_RULES_EN": (
            "Kinds of issued documents",
            "The kind of a document the release issues or signs, read from its title (*Joint Statement*, "
            "*Memorandum of Cooperation*, *Agreement on …*); a document is an instrument named just after "
            "*issued*, *signed*, *adopted* (or *the signing of*) or just before *was issued*, *was signed*. "
            "A title that matches none is ``other``.",
        ),
        "EVENT_RULES": (
            "The meeting as an event",
            "The sentence of the opening that tells of the meeting (*held a meeting with*, *paid a courtesy "
            "call on*, *met*): the opening paragraph is the one with such a sentence and a date or time.",
        ),
        "DATE_LINE_RULES": (
            "The date line",
            "A line that is a date and nothing else, month first or day first: :attr:`dipmeet.Release.published`.",
        ),
        "DATE_RULES": (
            "Dates in the opening",
            "The meeting's date in the opening paragraph (*On June 1*, *on 18 February 2002*); a missing "
            "year comes from the date line.",
        ),
        "CLOCK_RULES": (
            "Clock times",
            "Start and end times (*8:20 a.m.*, *16:25*, *2 p.m.*). *around* or *shortly after* before a time "
            "makes it approximate; *to* or *until* makes it the end.",
        ),
        "DURATION_RULES": (
            "Durations",
            "How long the meeting lasted, in digits or words (*for approximately 40 minutes*, *an hour and "
            "20 minutes*, *half an hour*).",
        ),
        "TIME_ZONE_RULES": (
            "Time zones",
            "Whose clock the times are on (*local time*, *Japan time*, *JST*): "
            ":attr:`dipmeet.Meeting.time_zone` and the Japan-time fields.",
        ),
        "MARKER_RULES": (
            "Numbering of sections",
            "Numbering at the head of a line, tried in order; each style names a numbering system, and "
            "the nesting of styles gives the nesting of :class:`dipmeet.Section` objects.",
        ),
        "NOISE_LINE_RULES": (
            "Lines set aside",
            "Whole lines that are page furniture, not the release (site labels, breadcrumbs, photo "
            "credits). They are left out of the readout and recorded as ``info`` diagnostics of the kind "
            "shown.",
        ),
        "HEAD_NOISE_RULES": (
            "Lines set aside before the headline",
            "Labels of the page that are only noise above the headline (*Oceania*, *Japan-Australia "
            "Relations*); in the body the same words may be a heading.",
        ),
        "INLINE_NOISE_RULES": (
            "Noise inside a sentence",
            "Page furniture glued inside a sentence; kept in the verbatim text and noted as an ``info`` diagnostic.",
        ),
    },
}

# The kinds of predicate (the first element of a PREDICATE_RULES meaning),
# explained once on the page; a table cell names the kind in bold.
PREDICATE_KINDS = ("speech", "agree", "discuss", "meet")


def rule_modules() -> list[types.ModuleType]:
    """Import every ``dipmeet.rules.<lang>`` module that holds at least one rule table."""
    found = []
    for info in sorted(pkgutil.iter_modules(dipmeet.rules.__path__), key=lambda info: _language_order(info.name)):
        module = importlib.import_module(f"dipmeet.rules.{info.name}")
        if rule_tables(module):
            found.append(module)
    return found


def _language_order(name: str) -> tuple[int, str]:
    order = list(LANGUAGES)
    return (order.index(name), name) if name in order else (len(order), name)


def rule_tables(module: types.ModuleType) -> list[tuple[str, tuple[Rule[object], ...]]]:
    """The rule tables of a module: public tuples of :class:`Rule`, described tables first, in their order."""
    tables = [
        (name, value)
        for name, value in vars(module).items()
        if not name.startswith("_")
        and isinstance(value, tuple)
        and value
        and all(isinstance(rule, Rule) for rule in value)
    ]
    known = list(_descriptions(module))
    return sorted(tables, key=lambda table: known.index(table[0]) if table[0] in known else len(known))


def rules_rst(modules: Iterable[types.ModuleType] | None = None) -> str:
    """reST for every rule table of the given modules (default: every rules module)."""
    modules = rule_modules() if modules is None else list(modules)
    lines: list[str] = []
    covered = set()
    for module in modules:
        code = module.__name__.rsplit(".", 1)[-1]
        covered.add(code)
        language = LANGUAGES.get(code, code)
        lines += _heading(f"{language} (``{module.__name__}``)", "-")
        lines += [_first_line(module.__doc__), ""]
        for name, table in rule_tables(module):
            lines += _table_rst(name, table, _descriptions(module))
    for code, language in LANGUAGES.items():
        if code not in covered:
            lines += _heading(language, "-")
            lines += [f"This version has no rule tables for {language} releases (``dipmeet.rules.{code}``).", ""]
    return "\n".join(lines)


def _descriptions(module: types.ModuleType) -> dict[str, tuple[str, str]]:
    """The titles and explanations of a rules module's tables (empty for a language not described)."""
    return TABLES.get(module.__name__.rsplit(".", 1)[-1], {})


def _table_rst(name: str, table: tuple[Rule[object], ...], descriptions: dict[str, tuple[str, str]]) -> list[str]:
    title, text = descriptions.get(name, (name, "A table of named patterns; the first rule that matches wins."))
    lines = _heading(f"{title} (``{name}``)", "~")
    lines += [text, "", ".. list-table::", "   :header-rows: 1", "   :widths: 18 27 55", ""]
    lines += ["   * - Rule", "     - Meaning", "     - Pattern"]
    for rule in table:
        lines += [
            f"   * - ``{rule.name}``",
            f"     - {meaning_rst(rule.meaning)}",
            f"     - {_literal(rule.pattern.pattern)}",
        ]
    return [*lines, ""]


def meaning_rst(meaning: object) -> str:
    """Render what a rule means: enum values, tuples of them, predicate kinds."""
    if meaning is None:
        return "—"
    if isinstance(meaning, enum.Enum):
        return f":attr:`{meaning.value} <dipmeet.{type(meaning).__name__}.{meaning.name}>`"
    if isinstance(meaning, str):
        return f"**{meaning}**" if meaning in PREDICATE_KINDS else _literal(meaning)
    if isinstance(meaning, tuple):
        parts = [meaning_rst(part) for part in meaning if part is not None]
        return ", ".join(parts) if parts else "—"
    return _literal(repr(meaning))


def _literal(text: str) -> str:
    """An inline literal; patterns hold no backquotes, and :code: takes the rare one that does."""
    if "`" in text or text != text.strip() or not text:
        return ":code:`" + text.replace("\\", "\\\\").replace("`", "\\`") + "`"
    return f"``{text}``"


# ---------------------------------------------------------------------------
# The data model and the rest of the API
# ---------------------------------------------------------------------------


def model_names() -> list[str]:
    """The names of :mod:`dipmeet.model`, walking down from ``Release``, then any left over."""
    order: list[str] = []
    public = set(dipmeet.model.__all__)

    def visit(kind: object) -> None:
        name = kind.__name__ if isinstance(kind, type) else _union_name(kind)
        if name in public:
            if name in order:
                return
            order.append(name)
        if isinstance(kind, type):
            if attrs.has(kind):
                for field in attrs.fields(kind):
                    visit(field.type)
            return
        for argument in typing.get_args(kind):
            visit(argument)

    visit(dipmeet.model.Release)
    return order + [name for name in dipmeet.model.__all__ if name not in order]


def _public_path(name: str) -> str:
    return f"dipmeet.{name}" if name in dipmeet.__all__ else f"dipmeet.model.{name}"


def model_rst() -> str:
    """reST documenting every model class, then every enum, then ``Item``."""
    classes, enums, others = [], [], []
    for name in model_names():
        obj = getattr(dipmeet.model, name)
        if isinstance(obj, type) and issubclass(obj, enum.Enum):
            enums.append(name)
        elif isinstance(obj, type):
            classes.append(name)
        else:
            others.append(name)
    lines = _heading("Classes", "-")
    for name in classes:
        lines += [f".. autoclass:: {_public_path(name)}", ""]
    lines += _heading("Unions", "-") if others else []
    for name in others:
        lines += _data_rst(_public_path(name), dipmeet.model, name)
    lines += _heading("Enums", "-")
    lines += [
        "Each member's value is the string written in JSON. Values are never renamed.",
        "",
    ]
    for name in enums:
        lines += [f".. autoclass:: {_public_path(name)}", "   :members:", "   :undoc-members:", ""]
    return "\n".join(lines)


API_GROUPS = ("Functions", "Classes", "Exceptions", "Modules", "Constants and objects")


def api_names() -> dict[str, list[str]]:
    """Group the names of ``dipmeet.__all__`` that are not model classes, by kind."""
    groups: dict[str, list[str]] = {group: [] for group in API_GROUPS}
    model = set(dipmeet.model.__all__)
    for name in dipmeet.__all__:
        if name in model:
            continue
        obj = getattr(dipmeet, name)
        if isinstance(obj, type) and issubclass(obj, BaseException):
            groups["Exceptions"].append(name)
        elif isinstance(obj, types.ModuleType):
            groups["Modules"].append(name)
        elif isinstance(obj, type):
            groups["Classes"].append(name)
        elif inspect.isroutine(obj):
            groups["Functions"].append(name)
        else:
            groups["Constants and objects"].append(name)
    groups["Functions"].sort(key=_function_order)
    return groups


def _function_order(name: str) -> tuple[int, str]:
    """``parse`` and its siblings first, then the JSON pair, then the rest by name."""
    if name == "parse" or name.startswith("parse_"):
        return 0, name
    if name in ("to_json", "from_json"):
        return 1, name
    return 2, name


def api_rst() -> str:
    """reST documenting every public name that is not part of the data model."""
    lines: list[str] = []
    for group, names in api_names().items():
        if not names:
            continue
        lines += _heading(group, "-")
        for name in names:
            obj = getattr(dipmeet, name)
            if group == "Exceptions":
                lines += [f".. autoexception:: dipmeet.{name}", ""]
            elif group == "Modules":
                lines += [f".. automodule:: {obj.__name__}", "   :members:", ""]
            elif group == "Classes":
                lines += [f".. autoclass:: dipmeet.{name}", "   :members:", ""]
            elif group == "Functions":
                lines += [f".. autofunction:: dipmeet.{name}", ""]
            else:
                lines += _data_rst(f"dipmeet.{name}", dipmeet, name)
    return "\n".join(lines)


def _data_rst(path: str, module: types.ModuleType, name: str) -> list[str]:
    """A ``py:data`` entry whose text is the attribute docstring where the value is defined."""
    obj = getattr(module, name)
    doc = attribute_doc(name, obj)
    lines = [f".. py:data:: {path}"]
    if isinstance(obj, (int, str)) and not isinstance(obj, bool):
        lines.append(f"   :value: {obj!r}")
    elif isinstance(obj, types.UnionType):
        lines.append("   :value: " + " | ".join(getattr(arg, "__name__", repr(arg)) for arg in typing.get_args(obj)))
    lines.append("")
    lines += [f"   {line}" if line else "" for line in inspect.cleandoc(doc).splitlines()]
    return [*lines, ""]


def attribute_doc(name: str, obj: object) -> str:
    """The docstring written under ``NAME = ...`` in whichever dipmeet module defines it."""
    for module in _package_modules():
        if getattr(module, name, _MISSING) is not obj:
            continue
        doc = _attribute_docstrings(_source_file(module)).get(name)
        if doc:
            return doc
    msg = f"no docstring under the assignment of {name} in any dipmeet module"
    raise LookupError(msg)


_MISSING = object()


def _source_file(module: types.ModuleType) -> Path:
    """A module's source file; for one compiled with mypyc (the compiled build), the ``.py`` installed beside it."""
    path = Path(inspect.getfile(module))
    return path if path.suffix == ".py" else path.with_name(module.__name__.rpartition(".")[2] + ".py")


def _package_modules() -> Iterator[types.ModuleType]:
    yield dipmeet
    for info in pkgutil.walk_packages(dipmeet.__path__, "dipmeet."):
        if info.name != "dipmeet.__main__":
            yield importlib.import_module(info.name)


def _attribute_docstrings(path: Path) -> dict[str, str]:
    """Module-level ``NAME = value`` followed by a string literal, read with :mod:`ast`."""
    body = ast.parse(path.read_text(encoding="utf-8")).body
    found = {}
    for node, after in itertools.pairwise(body):
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        if isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant) and isinstance(after.value.value, str):
            for target in targets:
                if isinstance(target, ast.Name):
                    found[target.id] = after.value.value
    return found


# ---------------------------------------------------------------------------
# The JSON shape
# ---------------------------------------------------------------------------


def json_outline_rst() -> str:
    """reST: one literal block outlining every class's JSON object, key by key."""
    lines = [".. code-block:: text", ""]
    for name in model_names():
        obj = getattr(dipmeet.model, name)
        if isinstance(obj, type) and attrs.has(obj):
            width = max(len(field.name) for field in attrs.fields(obj))
            lines.append(f"   {name}")
            lines += [f"     {field.name.ljust(width)}  {_json_type(field.type)}" for field in attrs.fields(obj)]
            lines.append("")
        elif isinstance(obj, types.UnionType):
            keys = [(f'"type": "{_tag(cls)}"', cls.__name__) for cls in typing.get_args(obj)]
            width = max(len(key) for key, _ in keys)
            lines.append(f'   {name}: one of these objects, told apart by its "type" key')
            lines += [f"     {key.ljust(width)}  {cls}" for key, cls in keys]
            lines.append("")
    return "\n".join(lines)


def _tag(cls: type) -> str:
    """The value of the "type" key that marks ``cls`` in a tagged union, from the schema."""
    return str(_schema()["$defs"][cls.__name__]["properties"]["type"]["const"])


def _union_name(kind: object) -> str | None:
    """The name dipmeet.model gives a union (``Item``), if any."""
    for name in dipmeet.model.__all__:
        if getattr(dipmeet.model, name) == kind:
            return name
    return None


def _json_type(kind: object) -> str:
    """A short description of how a field type is written in JSON."""
    simple = {str: "string", int: "integer", bool: "true | false", type(None): "null"}
    if kind in simple:
        return simple[kind]  # type: ignore[index]
    if kind is dt.date:
        return '"YYYY-MM-DD"'
    if kind is dt.time:
        return '"HH:MM"'
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        values = [member.value for member in kind]
        shown = " | ".join(f'"{value}"' for value in values[:3])
        return f"{kind.__name__}: {shown}" + (" | …" if len(values) > 3 else "")
    if isinstance(kind, type):
        return kind.__name__
    arguments = typing.get_args(kind)
    if typing.get_origin(kind) is tuple:
        return f"[{_json_type(arguments[0])}, …]"
    return _union_name(kind) or " | ".join(_json_type(argument) for argument in arguments)


@functools.cache
def _schema() -> dict[str, typing.Any]:
    return dipmeet.json_schema()


def json_example_rst(text: str) -> str:
    """reST: a literal block with the JSON that ``dipmeet.to_json`` writes for ``text``."""
    output = dipmeet.to_json(dipmeet.parse(text), indent=2)
    body = [f"   {line}" for line in output.splitlines()]
    return "\n".join([".. code-block:: json", "", *body, ""])


def schema_json() -> str:
    """The JSON Schema of ``Release``, as written to ``release.schema.json``."""
    return json.dumps(dipmeet.json_schema(), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------
# The tables of dipmeet.tables
# ---------------------------------------------------------------------------

# How the docstring of dipmeet.tables names the types of TABLE_COLUMNS.
_TYPE_WORDS = {"int": "int", "str": "text", "bool": "bool", "date": "date", "time": "time"}
_TABLE_HEAD = re.compile(r"^\*\*(?P<name>\w+)\*\*: (?P<text>.*)", re.DOTALL)
_BASE_TABLE = re.compile(r"[Cc]olumns (?:as in|of) (?P<base>\w+)")


@attrs.frozen
class TableDoc:
    """One table as the docstring of :mod:`dipmeet.tables` documents it.

    Attributes:
        name: The table's name (``statements``).
        text: The paragraph that introduces it, without the bold name.
        columns: Column name to (type word, meaning) for the rows it lists.
        base: The table whose columns it says it shares ("Columns as in statements"), if any.
    """

    name: str
    text: str
    columns: dict[str, tuple[str, str]]
    base: str | None


def tables_module_doc() -> tuple[str, dict[str, TableDoc]]:
    """Split the docstring of :mod:`dipmeet.tables` into its introduction and one entry per table."""
    doc = inspect.cleandoc(importlib.import_module("dipmeet.tables").__doc__ or "")
    blocks = doc.split("\n\n")
    intro: list[str] = []
    found: dict[str, TableDoc] = {}
    current: TableDoc | None = None
    for block in blocks:
        head = _TABLE_HEAD.match(block)
        if head is not None:
            text = " ".join(head["text"].split())
            base = _BASE_TABLE.search(text)
            current = TableDoc(name=head["name"], text=text, columns={}, base=base["base"] if base else None)
            found[current.name] = current
        elif current is None:
            intro.append(block)
        elif block.lstrip().startswith("="):
            current.columns.update(_simple_table_rows(block))
    return "\n\n".join(intro), found


def _simple_table_rows(block: str) -> dict[str, tuple[str, str]]:
    """The body rows of a reST simple table of (column, type, meaning)."""
    lines = block.splitlines()
    rules = [index for index, line in enumerate(lines) if line.startswith("=")]
    rows = {}
    for line in lines[rules[1] + 1 : rules[2]]:
        column, kind, meaning = line.split(None, 2)
        rows[column] = (kind, meaning)
    return rows


def table_columns() -> dict[str, list[tuple[str, str, str]]]:
    """Every column of every table, in order: (column, type word, meaning).

    Types come from :data:`dipmeet.TABLE_COLUMNS`; meanings from the docstring
    of :mod:`dipmeet.tables`, where a table that says it shares another's
    columns ("Columns as in statements") takes the meanings it does not list
    from that table.

    Raises:
        LookupError: a table or a column has no meaning in the docstring, or
            the docstring gives it another type.
    """
    _, docs = tables_module_doc()
    found = {}
    for name, columns in dipmeet.TABLE_COLUMNS.items():
        if name not in docs:
            msg = f"the docstring of dipmeet.tables has no **{name}** paragraph"
            raise LookupError(msg)
        rows = []
        for column, kind in columns.items():
            word, meaning = _column_doc(docs, name, column)
            if word != _TYPE_WORDS[kind]:
                msg = f"{name}.{column} is {_TYPE_WORDS[kind]} in TABLE_COLUMNS but {word} in the docstring"
                raise LookupError(msg)
            rows.append((column, word, meaning))
        found[name] = rows
    return found


def _column_doc(docs: dict[str, TableDoc], name: str, column: str) -> tuple[str, str]:
    table: TableDoc | None = docs[name]
    while table is not None:
        if column in table.columns:
            return table.columns[column]
        table = docs.get(table.base) if table.base else None
    msg = f"the docstring of dipmeet.tables does not document {name}.{column}"
    raise LookupError(msg)


def tables_rst(underline: str = "~") -> str:
    """reST: the docstring of :mod:`dipmeet.tables` after its summary line, then a section per table.

    ``underline`` marks the tables' headings: one level below the heading the directive stands under.
    """
    intro, docs = tables_module_doc()
    body = intro.split("\n\n", 1)[1] if "\n\n" in intro else ""
    lines = [".. currentmodule:: dipmeet", "", body, ""]
    for name, columns in table_columns().items():
        lines += _heading(f"``{name}``", underline)
        lines += [_table_summary(docs[name].text), ""]
        lines += [".. list-table::", "   :header-rows: 1", "   :widths: 22 8 70", ""]
        lines += ["   * - Column", "     - Type", "     - Meaning"]
        for column, word, meaning in columns:
            lines += [f"   * - ``{column}``", f"     - {word}", f"     - {meaning}"]
        lines.append("")
    return "\n".join(lines)


def _table_summary(text: str) -> str:
    """The first sentence of a table's paragraph ("one row per ..."), capitalised, as a sentence."""
    first = re.split(r"(?<=[.:])\s", text, maxsplit=1)[0].rstrip(".:")
    return first[:1].upper() + first[1:] + "."


# ---------------------------------------------------------------------------
# Accuracy figures
# ---------------------------------------------------------------------------

_SCORE_LINE = re.compile(
    r"(?P<label>.+?):\s+releases (?P<releases>\d+)\s+crashes (?P<crashes>\d+)\s+fields (?P<fields>[\d.]+)"
    r"\s+headings (?P<headings>[\d.]+)\s+statements (?P<statements>[\d.]+) \(R (?P<s_r>[\d.]+) P (?P<s_p>[\d.]+)\)"
    r"\s+agreements (?P<agreements>[\d.]+) \(R (?P<a_r>[\d.]+) P (?P<a_p>[\d.]+)\)\s+score (?P<score>[\d.]+)\s*$"
)


def scores_rst(lines: Iterable[str]) -> str:
    """reST: a table of accuracy figures from ``LABEL: <the summary line of score.py>`` lines.

    Raises:
        ValueError: a line is not a label and a summary line of the scorer.
    """
    rows = []
    for line in lines:
        if not line.strip():
            continue
        match = _SCORE_LINE.match(line.strip())
        if match is None:
            msg = f"not a LABEL: score.py summary line: {line!r}"
            raise ValueError(msg)
        rows.append(match)
    table = [".. list-table::", "   :header-rows: 1", "   :widths: 28 10 10 10 16 16 10 10", ""]
    headers = ("Corpus", "Releases", "Fields", "Headings", "Statements (R / P)", "Agreements (R / P)", "Score")
    table += ["   * - " + headers[0], *(f"     - {header}" for header in (*headers[1:], "Crashes"))]
    for row in rows:
        table += [
            f"   * - {row['label']}",
            f"     - {row['releases']}",
            f"     - {row['fields']}",
            f"     - {row['headings']}",
            f"     - {row['statements']} ({row['s_r']} / {row['s_p']})",
            f"     - {row['agreements']} ({row['a_r']} / {row['a_p']})",
            f"     - {row['score']}",
            f"     - {row['crashes']}",
        ]
    return "\n".join([*table, ""])


# ---------------------------------------------------------------------------


def _heading(text: str, underline: str) -> list[str]:
    return [text, underline * _width(text), ""]


def _width(text: str) -> int:
    """Columns a title takes: docutils wants the underline at least this long (East Asian wide = 2)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _first_line(doc: str | None) -> str:
    return inspect.cleandoc(doc or "").split("\n\n")[0].replace("\n", " ")
