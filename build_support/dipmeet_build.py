"""dipmeet's build backend: setuptools', with an opt-in mypyc-compiled wheel.

``DIPMEET_COMPILE=1 pip install .`` builds a wheel whose parse-path modules
are compiled with mypyc (see ``setup.py`` and docs/performance.rst). Only
then does the build ask for mypy (which holds mypyc), pinned to the version
the compiled build is tested with, and the packages mypy must read the types
of; every other build (the default wheel, an sdist, an editable install)
asks for what setuptools asks for and compiles nothing. An editable install
never compiles, even with the variable set: it would leave compiled modules
in ``src`` that shadow the sources as they are edited.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import get_requires_for_build_sdist

__all__ = [
    "build_editable",
    "build_sdist",
    "build_wheel",
    "get_requires_for_build_editable",
    "get_requires_for_build_sdist",
    "get_requires_for_build_wheel",
    "prepare_metadata_for_build_editable",
    "prepare_metadata_for_build_wheel",
]

SWITCH = "DIPMEET_COMPILE"

# What a compiled build needs besides setuptools: mypy (mypyc ships with it), pinned to the version
# the compiled build is tested with, and the typed packages the compiled modules import.
COMPILE_REQUIRES = ["mypy==2.4.1", "attrs>=23.1", "cattrs>=24.1"]


def compiling() -> bool:
    """Whether this build compiles (the switch is set to 1)."""
    return os.environ.get(SWITCH, "") == "1"


def _pure() -> None:
    """Compile nothing in this build, whatever the switch says (each hook runs in a process of its own)."""
    os.environ.pop(SWITCH, None)


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    compiled = compiling()
    _pure()  # setuptools runs setup.py to ask it: mypy is not installed yet
    requires = _setuptools.get_requires_for_build_wheel(config_settings)
    return [*requires, *COMPILE_REQUIRES] if compiled else requires


def prepare_metadata_for_build_wheel(metadata_directory: str, config_settings: dict[str, Any] | None = None) -> str:
    _pure()  # the metadata is the same either way: no need to run mypyc for it
    return _setuptools.prepare_metadata_for_build_wheel(metadata_directory, config_settings)


def build_wheel(
    wheel_directory: str, config_settings: dict[str, Any] | None = None, metadata_directory: str | None = None
) -> str:
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_sdist(sdist_directory: str, config_settings: dict[str, Any] | None = None) -> str:
    _pure()
    return _setuptools.build_sdist(sdist_directory, config_settings)


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    _pure()
    return _setuptools.get_requires_for_build_editable(config_settings)


def prepare_metadata_for_build_editable(metadata_directory: str, config_settings: dict[str, Any] | None = None) -> str:
    _pure()
    return _setuptools.prepare_metadata_for_build_editable(metadata_directory, config_settings)


def build_editable(
    wheel_directory: str, config_settings: dict[str, Any] | None = None, metadata_directory: str | None = None
) -> str:
    _pure()
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
