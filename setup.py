"""Build dipmeet: pure Python, or with ``DIPMEET_COMPILE=1`` its parse path compiled with mypyc.

The metadata is in pyproject.toml; this file only adds the compiled modules,
the way charset-normalizer and black ship theirs. ``DIPMEET_COMPILE=1 pip
install .`` builds a wheel with them (build_support/dipmeet_build.py then
asks for mypy); an editable install never compiles. For a compiled tree to
run from (benchmarks, tests): ``DIPMEET_COMPILE=1 python setup.py build_ext
--inplace`` in a copy of the repository, with mypy installed.

Options, from the environment: ``MYPYC_OPT_LEVEL`` (the C compiler's -O, 3)
and ``MYPYC_DEBUG_LEVEL`` (its -g, 0).
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The modules compiled: those a parse runs, in src/dipmeet. Left out (pure Python in every build), see
# docs/performance.rst: the package; the model (attrs classes, shared with every reader of the JSON); in
# the rules package, its face (__init__, re-exports), _table (a tuple subclass, and a lazy __getattr__ on a
# generic class), _analysis (read once a table) and _lazy (its patterns set attributes on themselves), while
# the quick word tests, the search functions and the tables are compiled (a compiled reader then loads a
# table's Final names as C statics, not by attribute lookup on a module);
# the command line, reading files and pages, JSON, the tables and the schema (not on the parse path); the
# errors (exception classes, raised only on failure; compiled, they lose their docstrings); and parse, the
# public entry point (compiled, parse(b"...") would raise mypyc's TypeError, not dipmeet's "decode bytes
# first", and dipmeet.parse would lose its docstring): it checks the input and hands it to the compiled
# readers (japanese, english).
COMPILED_MODULES = (
    "account",
    "clauses",
    "clauses_en",
    "english",
    "extract",
    "header",
    "header_en",
    "japanese",
    "meeting",
    "meeting_en",
    "normalize",
    "people",
    "people_en",
    "rules/_quick",
    "rules/_search",
    "rules/countries",
    "rules/en",
    "rules/ja",
    "segment",
    "speakers",
    "sentences_en",
    "speakers_en",
    "subjects_en",
    "temporal",
    "temporal_en",
)


def ext_modules() -> list[object]:
    """The compiled modules, when the build is asked to compile them; else none."""
    if os.environ.get("DIPMEET_COMPILE", "") != "1":
        return []
    from mypyc.build import mypycify

    return list(
        mypycify(
            ["--config-file", "build_support/mypyc.ini", *(f"src/dipmeet/{name}.py" for name in COMPILED_MODULES)],
            opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3"),
            debug_level=os.environ.get("MYPYC_DEBUG_LEVEL", "0"),
            group_name="dipmeet",
            # One C file per module, compiled side by side (ParallelBuildExt), rather than one file of them all.
            multi_file=True,
        )
    )


class ParallelBuildExt(build_ext):
    """build_ext compiling the C files of one extension at once, one per core (mypyc writes one per module)."""

    def build_extensions(self) -> None:
        compile_files = self.compiler.compile

        def compile_in_parallel(sources: list[str], *args: Any, **kwargs: Any) -> list[str]:
            with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
                objects = pool.map(lambda source: compile_files([source], *args, **kwargs), sources)
                return [name for names in objects for name in names]

        self.compiler.compile = compile_in_parallel
        super().build_extensions()


setup(ext_modules=ext_modules(), cmdclass={"build_ext": ParallelBuildExt})
