"""Which of dipmeet's modules this installation runs compiled with mypyc.

dipmeet is pure Python unless it was installed from a wheel built with
``DIPMEET_COMPILE=1`` (see the performance page), whose parse-path modules
are compiled by mypyc. The answer is read from the files the import system
would load, without importing any module: where a compiled module (an
extension, ``.so`` or ``.pyd``) stands beside the source, Python loads it.
"""

from __future__ import annotations

import importlib.machinery
import os
import pkgutil
from typing import Final

__all__ = ["COMPILED", "compiled_modules"]

# The package and its sub-packages, by directory relative to the package's own.
_PACKAGES: Final = (("", "dipmeet"), ("rules", "dipmeet.rules"))


def compiled_modules() -> tuple[str, ...]:
    """The full names of dipmeet's modules that run compiled (mypyc), sorted; empty for pure Python.

    >>> import dipmeet
    >>> dipmeet.compiled_modules() == () or "dipmeet.segment" in dipmeet.compiled_modules()
    True
    """
    here = os.path.dirname(os.path.abspath(__file__))
    found = []
    for folder, package in _PACKAGES:
        directory = os.path.join(here, folder) if folder else here
        names = [package] if folder else []  # a sub-package's __init__ may be compiled; the top one never is
        names += sorted({f"{package}.{info.name}" for info in pkgutil.iter_modules([directory])})
        for name in names:
            search = [os.path.dirname(directory)] if name == package else [directory]
            spec = importlib.machinery.PathFinder.find_spec(name, search)
            if spec is not None and isinstance(spec.loader, importlib.machinery.ExtensionFileLoader):
                found.append(name)
    return tuple(sorted(found))


COMPILED: Final = bool(compiled_modules())
"""Whether this installation of dipmeet runs compiled: whether any module is (see :func:`compiled_modules`)."""


def describe() -> str:
    """One line for ``dipmeet --version`` and the benchmarks: pure Python, or how many modules are compiled."""
    modules = compiled_modules()
    if not modules:
        return "pure Python"
    return f"compiled with mypyc: {len(modules)} modules"
