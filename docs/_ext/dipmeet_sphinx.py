"""Sphinx glue for dipmeet's generated pages (the text itself comes from ``dipmeet_docgen``).

- ``.. dipmeet-generated:: KIND`` parses generated reST in place, where KIND
  is ``rules``, ``model``, ``api``, ``tables``, ``json-outline``,
  ``json-example`` (whose content is the release text to parse and show) or
  ``scores`` (whose content is the scorer's summary lines, one per corpus).
- When the build starts, ``_generated/release.schema.json`` is written from
  :func:`dipmeet.json_schema`, and ``_generated/acts_by_side_sample.png`` by
  running ``examples/acts_by_side_chart.py --sample`` (so the cookbook shows
  what the example draws).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import dipmeet_docgen
from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.parsing import nested_parse_to_nodes

ROOT = Path(__file__).resolve().parents[2]
CHART_EXAMPLE = ROOT / "examples" / "acts_by_side_chart.py"


def _example(directive: SphinxDirective) -> str:
    text = "\n".join(directive.content)
    shown = "\n".join(f"   {line}" for line in directive.content)
    return "\n".join(
        [".. code-block:: text", "   :caption: Input", "", shown, "", dipmeet_docgen.json_example_rst(text)]
    )


GENERATORS: dict[str, Callable[[SphinxDirective], str]] = {
    "rules": lambda _: dipmeet_docgen.rules_rst(),
    "model": lambda _: dipmeet_docgen.model_rst(),
    "api": lambda _: dipmeet_docgen.api_rst(),
    "json-outline": lambda _: dipmeet_docgen.json_outline_rst(),
    "json-example": _example,
    "tables": lambda _: dipmeet_docgen.tables_rst(),
    "scores": lambda directive: dipmeet_docgen.scores_rst(directive.content),
}


class Generated(SphinxDirective):
    """Parse reST generated from the installed package in place of the directive."""

    required_arguments = 1
    has_content = True

    def run(self) -> list[nodes.Node]:
        kind = self.arguments[0]
        if kind not in GENERATORS:
            msg = f"unknown dipmeet-generated kind {kind!r}; one of {sorted(GENERATORS)}"
            raise self.error(msg)
        text = GENERATORS[kind](self)
        return nested_parse_to_nodes(self.state, text, source=f"<dipmeet-generated {kind}>")


def _write_files(app: Sphinx) -> None:
    """Write the schema file and the cookbook chart before any page is read."""
    generated = Path(app.srcdir) / "_generated"
    generated.mkdir(exist_ok=True)
    schema = generated / "release.schema.json"
    text = dipmeet_docgen.schema_json()
    if not schema.exists() or schema.read_text(encoding="utf-8") != text:
        schema.write_text(text, encoding="utf-8")
    chart = generated / "acts_by_side_sample.png"
    subprocess.run([sys.executable, str(CHART_EXAMPLE), "--sample", str(chart)], check=True, stdout=subprocess.DEVNULL)


_CLASS_REPR = re.compile(r"<class '(?:[\w]+\.)*(?P<name>\w+)'>")


def _short_defaults(
    app: Sphinx, what: str, name: str, obj: object, options: object, signature: str | None, annotation: str | None
) -> tuple[str | None, str | None]:
    """Show a class default as its name (``cls=Release``), not its repr."""
    if signature:
        signature = _CLASS_REPR.sub(r"\g<name>", signature)
    return signature, annotation


def setup(app: Sphinx) -> dict[str, object]:
    """Register the directive and the hooks."""
    app.add_directive("dipmeet-generated", Generated)
    app.connect("builder-inited", _write_files)
    app.connect("autodoc-process-signature", _short_defaults)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
