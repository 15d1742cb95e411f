"""Tests for dipmeet.COMPILED and dipmeet.compiled_modules: what this installation runs."""

from __future__ import annotations

import importlib
import importlib.machinery
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import dipmeet
from dipmeet.cli import main

# The compiled build's CI step sets this to 1 (and runs these tests against the installed wheel).
EXPECTED = os.environ.get("DIPMEET_EXPECT_COMPILED")


def _all_modules() -> list[str]:
    names = [info.name for info in pkgutil.walk_packages(dipmeet.__path__, "dipmeet.")]
    return [name for name in names if name != "dipmeet.__main__"]


def test_compiled_modules_are_those_loaded_from_extensions():
    """Every module listed is loaded from an extension module; every other one from its source."""
    compiled = set(dipmeet.compiled_modules())
    assert set(_all_modules()) >= compiled
    for name in _all_modules():
        module = importlib.import_module(name)
        from_extension = isinstance(module.__spec__.loader, importlib.machinery.ExtensionFileLoader)
        assert from_extension == (name in compiled), name
        assert Path(module.__file__).name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)) == from_extension


def test_compiled_is_whether_any_module_is():
    assert dipmeet.COMPILED is bool(dipmeet.compiled_modules())
    assert list(dipmeet.compiled_modules()) == sorted(dipmeet.compiled_modules())


def test_a_source_tree_never_runs_compiled():
    """Run from a checkout (PYTHONPATH=src or an editable install), dipmeet is pure Python: nothing is compiled there."""
    package = Path(dipmeet.__file__).resolve().parent
    if (package.parents[1] / "pyproject.toml").is_file():
        assert not dipmeet.COMPILED
        assert dipmeet.compiled_modules() == ()


def test_the_expected_build_is_the_one_tested():
    """With DIPMEET_EXPECT_COMPILED set (the CI step of the compiled build), the tests run that build."""
    if EXPECTED == "1":
        assert dipmeet.COMPILED
        assert {"dipmeet.parse", "dipmeet.segment", "dipmeet.english"} <= set(dipmeet.compiled_modules())
    elif EXPECTED == "0":
        assert not dipmeet.COMPILED


def test_version_tells_whether_compiled(capsys):
    """dipmeet --version names the version and the build: pure Python, or how many modules are compiled."""
    try:
        main(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"dipmeet {dipmeet.__version__} (")
    if dipmeet.COMPILED:
        assert line.endswith(f"(compiled with mypyc: {len(dipmeet.compiled_modules())} modules)")
    else:
        assert line.endswith("(pure Python)")


def test_version_from_the_command_line():
    result = subprocess.run(
        [sys.executable, "-m", "dipmeet", "--version"], capture_output=True, text=True, check=True, env=os.environ
    )
    assert result.stdout.startswith("dipmeet ")
    assert result.stderr == ""
