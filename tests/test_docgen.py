"""Tests for the documentation generators in docs/_ext/dipmeet_docgen.py (no Sphinx needed)."""

from __future__ import annotations

import enum
import json
import re
import sys
import types
from pathlib import Path

import attrs
import pytest

import dipmeet
import dipmeet.model
from dipmeet.model import Act, AgreementKind, Format
from dipmeet.rules import compile_rules
from dipmeet.rules import en as rules_en
from dipmeet.rules import ja as rules_ja

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "docs" / "_ext"))
import dipmeet_docgen as docgen


def _rule_tables_of(module: types.ModuleType) -> list[str]:
    return [name for name, _ in docgen.rule_tables(module)]


def test_rules_modules_are_discovered():
    """Every dipmeet.rules.<lang> module with tables is found; modules without tables are not."""
    names = [module.__name__ for module in docgen.rule_modules()]
    assert "dipmeet.rules.ja" in names
    assert "dipmeet.rules.countries" not in names


def test_every_japanese_table_is_found():
    """Every public tuple of Rule in rules.ja is a table, PREDICATE_RULES and ACT_RULES first."""
    tables = _rule_tables_of(rules_ja)
    expected = {name for name, value in vars(rules_ja).items() if name.endswith("_RULES")}
    assert set(tables) == expected
    assert tables[:2] == ["PREDICATE_RULES", "ACT_RULES"]


def test_every_rule_appears_on_the_page():
    """The predicates page shows every rule of every table: its name and its pattern."""
    page = docgen.rules_rst()
    for module in docgen.rule_modules():
        for table_name, table in docgen.rule_tables(module):
            assert f"``{table_name}``" in page
            for rule in table:
                assert f"``{rule.name}``" in page, rule.name
                assert docgen._literal(rule.pattern.pattern) in page, rule.name


def test_a_new_language_module_slots_in():
    """A rules module for another language (as rules.en will be) gets its own section and tables."""
    fake = types.ModuleType("dipmeet.rules.en", "Rule tables for English releases.")
    fake.PREDICATE_RULES = compile_rules([("agreed", r"\bagreed\b", ("agree", AgreementKind.AGREED))])
    fake.ACT_RULES = compile_rules([("act_welcomed", r"\bwelcomed\b", Act.WELCOMED)])
    fake.SOMETHING_NEW_RULES = compile_rules([("new_rule", r"new", Format.TALKS)])
    page = docgen.rules_rst([rules_ja, fake])
    assert "English (``dipmeet.rules.en``)" in page
    assert "Rule tables for English releases." in page
    assert "``act_welcomed``" in page
    assert "``SOMETHING_NEW_RULES``" in page
    assert "no rule tables for English" not in page


def test_a_missing_language_is_said_plainly():
    """With no English tables, the page says so rather than leaving the language out."""
    page = docgen.rules_rst([rules_ja])
    assert "This version has no rule tables for English releases" in page


@pytest.mark.parametrize(
    ("meaning", "expected"),
    [
        (Act.THANKED, ":attr:`thanked <dipmeet.Act.THANKED>`"),
        ((Format.TALKS, Format.DINNER), ":attr:`talks <dipmeet.Format.TALKS>`, :attr:`dinner <dipmeet.Format.DINNER>`"),
        (("speech", None), "**speech**"),
        (("agree", AgreementKind.CONFIRMED), "**agree**, :attr:`confirmed <dipmeet.AgreementKind.CONFIRMED>`"),
        ("paren_digit", "``paren_digit``"),
    ],
)
def test_meanings_render(meaning, expected):
    """Enum values link to their member; predicate kinds are bold; other strings are literals."""
    assert docgen.meaning_rst(meaning) == expected


def test_literals_survive_backquotes_and_spaces():
    """A pattern with a backquote or edge spaces is shown with :code:, escaped."""
    assert docgen._literal("a`b") == ":code:`a\\`b`"
    assert docgen._literal(r"\s+x") == r"``\s+x``"


def test_every_public_name_is_documented_somewhere():
    """Each name in dipmeet.__all__ is on the model page or the API page."""
    pages = docgen.model_rst() + docgen.api_rst()
    for name in dipmeet.__all__:
        assert f":: dipmeet.{name}\n" in pages, name


def test_every_public_name_has_a_docstring():
    """Functions and classes have a docstring; constants have one under their assignment."""
    for name in dipmeet.__all__:
        obj = getattr(dipmeet, name)
        if isinstance(obj, (type, types.FunctionType, types.ModuleType)):
            assert (obj.__doc__ or "").strip(), name
        else:
            assert docgen.attribute_doc(name, obj).strip(), name


def test_every_enum_member_has_a_doc_comment():
    """Every enum value of the model is explained by a #: comment, which autodoc renders."""
    source = Path(dipmeet.model.__file__).read_text(encoding="utf-8")
    for name in dipmeet.model.__all__:
        cls = getattr(dipmeet.model, name)
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            for member in cls:
                assert re.search(rf"#: [^\n]+\n    {member.name} = ", source), f"{name}.{member.name}"


def test_model_classes_come_in_reading_order():
    """The model page starts from Release and reaches every class of dipmeet.model."""
    names = docgen.model_names()
    classes = [name for name in names if attrs.has(getattr(dipmeet.model, name))]
    assert classes[:2] == ["Release", "Meeting"]
    assert set(names) == set(dipmeet.model.__all__)
    assert names.index("Section") < names.index("Item") < names.index("Statement")


def test_functions_start_with_parse():
    """The API page lists parse first, its siblings (parse_file, …) next, then the JSON pair."""
    functions = docgen.api_names()["Functions"]
    family = [name for name in functions if name == "parse" or name.startswith("parse_")]
    assert functions[0] == "parse"
    assert functions[: len(family)] == family
    assert functions[len(family) : len(family) + 2] == ["from_json", "to_json"]


def test_json_outline_lists_every_field():
    """The JSON outline names every field of every model class, and the item tags."""
    outline = docgen.json_outline_rst()
    for name in dipmeet.model.__all__:
        cls = getattr(dipmeet.model, name)
        if isinstance(cls, type) and attrs.has(cls):
            block = outline.split(f"\n   {name}\n", 1)[1].split("\n\n", 1)[0]
            for field in attrs.fields(cls):
                assert f"     {field.name} " in block, f"{name}.{field.name}"
    assert '"type": "statement"' in outline


def test_json_example_is_the_json_of_the_release(sample):
    """The JSON example block holds exactly what to_json writes."""
    block = docgen.json_example_rst(sample)
    body = "\n".join(line[3:] for line in block.splitlines()[2:])
    assert json.loads(body) == json.loads(dipmeet.to_json(dipmeet.parse(sample)))


def test_schema_file_is_the_schema():
    """The downloadable schema file is json_schema() of Release."""
    assert json.loads(docgen.schema_json()) == dipmeet.json_schema()


def test_english_tables_are_described():
    """The English tables that decide items and speakers have their own title and explanation, listed first."""
    page = docgen.rules_rst()
    english = page.split("English (``dipmeet.rules.en``)", 1)[1]
    for title in ("Agreement verbs (``AGREE_RULES``)", "Both sides as the subject (``COLLECTIVE_RULES``)"):
        assert title in english
    assert "A table of named patterns" not in english
    assert _rule_tables_of(rules_en)[:2] == ["AGREE_RULES", "PASSIVE_AGREEMENT_RULES"]


def test_every_table_column_is_on_the_tables_page():
    """The tables page lists every column of TABLE_COLUMNS under its table, with its type and a meaning."""
    page = docgen.tables_rst()
    names = list(dipmeet.TABLE_COLUMNS)
    for index, (name, columns) in enumerate(dipmeet.TABLE_COLUMNS.items()):
        section = page.split(f"\n``{name}``\n~", 1)[1]
        if index + 1 < len(names):
            section = section.split(f"\n``{names[index + 1]}``\n~", 1)[0]
        for column, kind in columns.items():
            row = re.search(rf"   \* - ``{column}``\n     - (\w+)\n     - (.+)\n", section)
            assert row is not None, (name, column)
            assert row[1] == docgen._TYPE_WORDS[kind], (name, column)
            assert row[2].strip(), (name, column)


def test_shared_columns_take_the_meaning_of_the_table_named():
    """Agreements share the statements' columns ("Columns as in statements"); discussions those of agreements."""
    columns = {name: {column: meaning for column, _, meaning in rows} for name, rows in docgen.table_columns().items()}
    assert columns["agreements"]["text"] == columns["statements"]["text"]
    assert columns["discussions"]["parties"] == columns["agreements"]["parties"]
    assert "kind" not in columns["discussions"]


def test_an_undocumented_column_fails_loudly(monkeypatch):
    """A column added to TABLE_COLUMNS without a line in the docstring stops the build."""
    extended = {**dipmeet.TABLE_COLUMNS, "releases": {**dipmeet.TABLE_COLUMNS["releases"], "novelty": "int"}}
    monkeypatch.setattr(dipmeet, "TABLE_COLUMNS", extended)
    with pytest.raises(LookupError, match=r"releases\.novelty"):
        docgen.table_columns()


SCORE_LINE = (
    "releases 64  crashes 0  fields 0.990  headings 0.994  statements 1.000 (R 1.000 P 1.000)  "
    "agreements 0.980 (R 1.000 P 0.961)  score 0.991"
)


def test_scores_become_a_table():
    """The scorer's summary lines, each after a label, become the rows of a table."""
    table = docgen.scores_rst([f"``ja`` (Japanese releases): {SCORE_LINE}", ""])
    assert "   * - ``ja`` (Japanese releases)\n     - 64\n     - 0.990\n     - 0.994\n" in table
    assert "     - 0.980 (1.000 / 0.961)\n     - 0.991\n     - 0\n" in table


def test_a_malformed_score_line_fails_loudly():
    """A line that is not a label and a summary line stops the build instead of showing a wrong figure."""
    with pytest.raises(ValueError, match="summary line"):
        docgen.scores_rst([f"ja: {SCORE_LINE.replace('fields', 'field')}"])
