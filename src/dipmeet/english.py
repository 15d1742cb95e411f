"""English releases (work in progress: headline, date line and sentences only)."""

from __future__ import annotations

import datetime as dt

from .model import Diagnostic, Language, Release
from .normalize import Text

__all__ = ["parse_english"]


def parse_english(raw: str, normalized: Text, *, published: dt.date | None, diagnostics: list[Diagnostic]) -> Release:
    """Parse an English release (not yet implemented beyond the language)."""
    return Release(language=Language.EN, published=published, diagnostics=tuple(diagnostics))
