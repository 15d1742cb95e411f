"""The quick word tests that run before a search, in a module of their own so the compiled build compiles them.

A pattern whose every match holds one of a few words is searched only in a
text that holds one of them (see :func:`dipmeet.rules._lazy.required_words`):
these tests run before thousands of searches a release, so they stand apart
from the rule tables' package, which stays pure Python, and are compiled
with the parse path in the opt-in compiled build (see the performance page).
They import nothing from dipmeet.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator

__all__ = ["guarded", "holds_any", "holds_caseless"]


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``words``: the quick test before a search that needs one of them.

    Each word is a fast substring scan, where a pattern's class or
    alternation would be tested at every character.

    >>> holds_any("日・カザフスタン外相会談", ("会談", "会合"))
    True
    """
    for word in words:  # noqa: SIM110  # a loop costs half what any() over a generator does
        if word in text:
            return True
    return False


def guarded(
    compiled: re.Pattern[str], words: tuple[str, ...], *, caseless: bool
) -> tuple[Callable[..., re.Match[str] | None], Callable[..., Iterator[re.Match[str]]]]:
    """``search`` and ``finditer`` that skip the engine on a text holding none of ``words``.

    Under IGNORECASE the words (lower case, ASCII) are looked for in the text
    in lower case; a text with a character that the engine folds to an ASCII
    letter but ``str.lower`` does not (İ, ı, ſ) goes to the engine. The tests
    are written out for one word and for several: they run before every search.
    """
    search, finditer = compiled.search, compiled.finditer
    if caseless:

        def guarded_caseless_search(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
            return search(string, pos, endpos) if holds_caseless(string, words) else None

        def guarded_caseless_finditer(string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
            return finditer(string, pos, endpos) if holds_caseless(string, words) else iter(())

        return guarded_caseless_search, guarded_caseless_finditer
    if len(words) == 1:
        (only,) = words

        def guarded_search(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
            return search(string, pos, endpos) if only in string else None

        def guarded_finditer(string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
            return finditer(string, pos, endpos) if only in string else iter(())

        return guarded_search, guarded_finditer

    # The loops written out in each: a call to a shared test would cost as much as the test.
    def guarded_any_search(string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        for word in words:
            if word in string:
                return search(string, pos, endpos)
        return None

    def guarded_any_finditer(string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        for word in words:
            if word in string:
                return finditer(string, pos, endpos)
        return iter(())

    return guarded_any_search, guarded_any_finditer


def holds_caseless(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` in lower case holds one of ``words``, or a character (İ, ı, ſ) that only the engine folds."""
    if not text.isascii() and ("İ" in text or "ı" in text or "ſ" in text):
        return True  # (isascii costs nothing: a string knows whether it is ASCII)
    return holds_any(text.lower(), words)
