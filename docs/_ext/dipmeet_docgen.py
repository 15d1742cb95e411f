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

# What each table is for. A table not listed here still appears, after these,
# with a generic line; list it here to place and explain it.
TABLES = {
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
    """The rule tables of a module: public tuples of :class:`Rule`, known tables first."""
    tables = [
        (name, value)
        for name, value in vars(module).items()
        if not name.startswith("_")
        and isinstance(value, tuple)
        and value
        and all(isinstance(rule, Rule) for rule in value)
    ]
    known = list(TABLES)
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
            lines += _table_rst(name, table)
    for code, language in LANGUAGES.items():
        if code not in covered:
            lines += _heading(language, "-")
            lines += [f"This version has no rule tables for {language} releases (``dipmeet.rules.{code}``).", ""]
    return "\n".join(lines)


def _table_rst(name: str, table: tuple[Rule[object], ...]) -> list[str]:
    title, text = TABLES.get(name, (name, "A table of named patterns; the first rule that matches wins."))
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
        doc = _attribute_docstrings(Path(inspect.getfile(module))).get(name)
        if doc:
            return doc
    msg = f"no docstring under the assignment of {name} in any dipmeet module"
    raise LookupError(msg)


_MISSING = object()


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


def _heading(text: str, underline: str) -> list[str]:
    return [text, underline * _width(text), ""]


def _width(text: str) -> int:
    """Columns a title takes: docutils wants the underline at least this long (East Asian wide = 2)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _first_line(doc: str | None) -> str:
    return inspect.cleandoc(doc or "").split("\n\n")[0].replace("\n", " ")
