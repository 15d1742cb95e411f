"""Sphinx configuration for dipmeet's documentation.

Nothing is fetched at build time: no intersphinx, no remote images. The
reference pages, the JSON Schema, the rule tables and the cookbook chart are
generated from the installed package by ``_ext/dipmeet_sphinx.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import dipmeet

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "dipmeet"
author = "dipmeet developers"
copyright = "dipmeet developers"
release = dipmeet.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "dipmeet_sphinx",
]

language = "en"
exclude_patterns = ["_build", "_generated"]
templates_path: list[str] = []

# Google-style docstrings. Fields are documented in ``Attributes:`` sections
# and typed from their annotations, so autodoc is not asked for members of
# attrs classes (that would describe every field twice).
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = False
napoleon_attr_annotations = True
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_preserve_defaults = False
python_use_unqualified_type_names = True

# Doctests run with ``sphinx-build -b doctest``. Examples in docstrings use
# the names of their own module, which ``dipmeet`` re-exports.
# ``has_pandas`` lets an example that needs the pandas extra say ``:skipif: not has_pandas``.
doctest_global_setup = """
import importlib.util
import dipmeet
from dipmeet import *
has_pandas = importlib.util.find_spec("pandas") is not None
"""

html_theme = "furo"
html_title = f"dipmeet {release}"
html_static_path: list[str] = []
html_show_sourcelink = False
