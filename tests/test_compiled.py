"""Tests for dipmeet.COMPILED and dipmeet.compiled_modules: what this installation runs."""

from __future__ import annotations

import ast
import importlib
import importlib.machinery
import importlib.util
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

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


def _backend():
    """build_support/dipmeet_build.py, the build backend, with setuptools' hooks replaced by a recorder."""
    path = Path(__file__).resolve().parents[1] / "build_support" / "dipmeet_build.py"
    if not path.is_file():
        pytest.skip("no build_support folder (not a checkout)")
    pytest.importorskip("setuptools")
    spec = importlib.util.spec_from_file_location("dipmeet_build_under_test", path)
    backend = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(backend)
    calls = []

    class Recorder:
        def __getattr__(self, hook):
            def record(*_args, **_kwargs):
                calls.append((hook, os.environ.get("DIPMEET_COMPILE")))
                return ["setuptools>=68"] if hook.startswith("get_requires") else "built"

            return record

    backend._setuptools = Recorder()
    return backend, calls


def test_only_a_wheel_build_with_the_switch_compiles(monkeypatch):
    """DIPMEET_COMPILE=1 asks for mypy and reaches setup.py for a wheel only; never for an editable install or sdist."""
    backend, calls = _backend()
    monkeypatch.setenv("DIPMEET_COMPILE", "1")
    assert "mypy==2.4.1" in backend.get_requires_for_build_wheel()
    assert calls[-1] == ("get_requires_for_build_wheel", None)  # setuptools runs setup.py to ask: no mypy yet
    monkeypatch.setenv("DIPMEET_COMPILE", "1")
    backend.build_wheel("dist")
    assert calls[-1] == ("build_wheel", "1")
    for hook, args in [
        ("get_requires_for_build_editable", ()),
        ("prepare_metadata_for_build_editable", ("meta",)),
        ("build_editable", ("dist",)),
        ("build_sdist", ("dist",)),
        ("prepare_metadata_for_build_wheel", ("meta",)),
    ]:
        monkeypatch.setenv("DIPMEET_COMPILE", "1")
        result = getattr(backend, hook)(*args)
        assert calls[-1] == (hook, None), hook
        if hook.startswith("get_requires"):
            assert not any(requirement.startswith("mypy") for requirement in result)
    monkeypatch.delenv("DIPMEET_COMPILE", raising=False)
    assert backend.get_requires_for_build_wheel() == ["setuptools>=68"]


def test_the_expected_build_is_the_one_tested():
    """With DIPMEET_EXPECT_COMPILED set (the CI step of the compiled build), the tests run that build."""
    if EXPECTED == "1":
        assert dipmeet.COMPILED
        assert {"dipmeet.clauses", "dipmeet.segment", "dipmeet.english"} <= set(dipmeet.compiled_modules())
    elif EXPECTED == "0":
        assert not dipmeet.COMPILED


def _listed_for_compiling() -> tuple[str, ...]:
    """setup.py's COMPILED_MODULES, read without running setup.py, as full module names."""
    path = Path(__file__).resolve().parents[1] / "setup.py"
    if not path.is_file():
        pytest.skip("no setup.py (not a checkout)")
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "COMPILED_MODULES" for t in node.targets):
            names = ast.literal_eval(node.value)
            return tuple(sorted("dipmeet." + name.replace("/", ".") for name in names))
    raise AssertionError("setup.py has no COMPILED_MODULES")


def test_setup_lists_modules_that_exist_and_the_compiled_build_has_them_all():
    """Every module setup.py compiles exists; the compiled build (CI's step) runs every one of them compiled."""
    listed = _listed_for_compiling()
    assert set(listed) <= set(_all_modules())
    assert "dipmeet.parse" not in listed  # the public entry point stays pure Python (its docstring, its TypeError)
    if EXPECTED == "1":
        assert dipmeet.compiled_modules() == listed
    elif not dipmeet.COMPILED:
        assert dipmeet.compiled_modules() == ()


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
