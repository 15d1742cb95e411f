"""The pipeline: normalize → segment → rules → model.

:func:`parse` reads one release: it checks the input (a string, within the
size limit), normalises it (keeping a map to the input), tells the language,
and hands the text to the reader of that language,
:func:`dipmeet.japanese.parse_japanese` or
:func:`dipmeet.english.parse_english`, which split lines, classify the head
of the release, arrange the body into numbered blocks, read the opening
paragraph into a meeting's facts, and read each sentence of the body into
statements, agreements and discussions. Last, it accounts for every
character of the input (:mod:`dipmeet.account`) and applies strict mode.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

import attrs

from .account import unaccounted
from .errors import ParseError
from .japanese import parse_japanese
from .model import (
    Diagnostic,
    DiagnosticKind,
    Language,
    Release,
    Severity,
)
from .normalize import normalize_text

__all__ = ["DEFAULT_MAX_SIZE", "apply_strict", "detect_language", "parse"]

DEFAULT_MAX_SIZE: Final = 64 * 1024 * 1024
"""The longest input :func:`parse` accepts, in characters (64 Mi, far above any release)."""

# Kana and kanji, and control characters: what the two are, both looked for with bytes methods
# (:func:`_kana_and_kanji`, :func:`_has_control`).
_JAPANESE: Final = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]+")
_CONTROL: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


# The bytes _CONTROL matches, and every other byte.
_CONTROL_BYTES: Final = bytes(code for code in range(128) if _CONTROL.match(chr(code)))
_NOT_CONTROL_BYTES: Final = bytes(code for code in range(256) if code not in _CONTROL_BYTES)


def _has_control(text: str) -> bool:
    """Whether ``_CONTROL.search(text)`` finds a control character, read with bytes methods.

    Every character the pattern matches is ASCII: the text's ASCII, less every
    byte that is not one, is empty unless it holds one. The regex engine
    tests its class at every character, three to four times as long.
    """
    return bool(text.encode("ascii", "ignore").translate(None, _NOT_CONTROL_BYTES))


def detect_language(text: str) -> Language:
    """Tell Japanese from English: Japanese when kana and kanji outweigh Latin letters.

    A Japanese character carries about as much as four Latin letters, so the
    count of Latin letters is divided by four before the two are compared.

    >>> detect_language("日・カザフスタン外相会談"), detect_language("Japan-Viet Nam Summit Meeting")
    (<Language.JA: 'ja'>, <Language.EN: 'en'>)
    """
    return _language(*_script_counts(text))


# Enough text to tell the language of a release: its head.
_SCRIPT_SAMPLE: Final = 8000


# Every byte but the ASCII letters: deleted from the ASCII of a text, they leave its Latin letters.
_NOT_LATIN_BYTES: Final = bytes(code for code in range(256) if not chr(code).isascii() or not chr(code).isalpha())


def _script_counts(text: str) -> tuple[int, int]:
    """Kana and kanji, and Latin letters, in the head of ``text``.

    Both are counted with bytes methods, not a regex run by run: the counts
    are the same, in half the time or less. Latin letters are the text's
    ASCII less every byte that is not a letter; kana and kanji, see
    :func:`_kana_and_kanji`.
    """
    sample = text if len(text) <= _SCRIPT_SAMPLE else text[:_SCRIPT_SAMPLE]
    latin = len(sample.encode("ascii", "ignore").translate(None, _NOT_LATIN_BYTES))
    return _kana_and_kanji(sample), latin


# The first bytes of the UTF-8 of U+3000 to U+9FFF, where every character _JAPANESE matches lies.
_JAPANESE_LEAD_BYTES: Final = tuple(bytes([lead]) for lead in range(0xE3, 0xEA))
# Every byte but the high bytes of U+3000 to U+30FF and U+4E00 to U+9FFF in UTF-16.
_NOT_JAPANESE_HIGH: Final = bytes(code for code in range(256) if code != 0x30 and not 0x4E <= code <= 0x9F)
# The first two bytes of the UTF-8 of U+3000 to U+303F (CJK punctuation): no kana.
_CJK_PUNCTUATION_UTF8: Final = b"\xe3\x80"


def _kana_and_kanji(text: str) -> int:
    """How many characters ``_JAPANESE`` matches in ``text`` (U+3040 to U+30FF and U+4E00 to U+9FFF).

    An ASCII text holds none, nor one whose UTF-8 holds no first byte of
    U+3000 to U+9FFF (most English releases, with a curly quote or a dash).
    Otherwise the high bytes of the text's UTF-16 count U+3000 to U+30FF and
    U+4E00 to U+9FFF, and the UTF-8 the punctuation U+3000 to U+303F among
    them. (A character outside the Basic Multilingual Plane, or a lone
    surrogate, is written with high bytes from D8 and an UTF-8 first byte
    from ED: counted by neither.)
    """
    if text.isascii():
        return 0
    encoded = text.encode("utf-8", "surrogatepass")
    if not any(map(encoded.__contains__, _JAPANESE_LEAD_BYTES)):
        return 0
    high = text.encode("utf-16-be", "surrogatepass")[::2]
    return len(high.translate(None, _NOT_JAPANESE_HIGH)) - encoded.count(_CJK_PUNCTUATION_UTF8)


def _language(japanese: int, latin: int) -> Language:
    return Language.JA if japanese * 4 >= latin and japanese else Language.EN


def parse(
    text: str,
    *,
    published: dt.date | None = None,
    strict: bool = False,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Release:
    """Parse a press release into a :class:`~dipmeet.model.Release`.

    Lenient by default: any string up to ``max_size`` characters gives a
    release, and what could not be understood is recorded in
    ``Release.diagnostics`` (``info`` for noise set aside, ``warning`` for a
    guess or an ambiguity, ``error`` for a part that could not be read).

    Args:
        text: The release as text (plain text of the page, as published).
        published: The publication date, used when the text has no date line.
            Where both exist and disagree, the date line wins and a
            diagnostic says so.
        strict: Raise :class:`~dipmeet.errors.ParseError` carrying every
            ``error`` diagnostic instead of returning.
        max_size: The size limit in characters.

    Returns:
        The release, with every span pointing into ``text``.

    Raises:
        TypeError: ``text`` is not a ``str`` (decode bytes first, or use
            ``parse_bytes``).
        ParseError: ``text`` is longer than ``max_size``, or ``strict`` is set
            and the parse recorded errors.

    >>> release = parse(
    ...     "日米外相会談\\n平成26年7月29日\\n本29日午前10時から約10分間、岸田外務大臣は、"
    ...     "ケリー米国務長官と会談を行ったところ、概要は以下のとおりです。"
    ... )
    >>> release.published, release.meetings[0].start.isoformat(), release.meetings[0].duration_minutes
    (datetime.date(2014, 7, 29), '10:00:00', 10)
    """
    if not isinstance(text, str):
        msg = f"parse() takes a str, not {type(text).__name__}; decode bytes first"
        raise TypeError(msg)
    if len(text) > max_size:
        msg = f"the input has {len(text):,} characters, over the size limit of {max_size:,} (max_size)"
        raise ParseError(msg)
    diagnostics: list[Diagnostic] = []
    if _has_control(text):
        diagnostics.append(
            Diagnostic(DiagnosticKind.CONTROL_CHARACTERS, Severity.INFO, "the input holds control characters")
        )
    normalized = normalize_text(text)
    if not normalized.text.strip():
        diagnostics.append(Diagnostic(DiagnosticKind.EMPTY_INPUT, Severity.WARNING, "the input holds no text"))
        return apply_strict(Release(published=published, diagnostics=tuple(diagnostics)), strict)
    counts = _script_counts(normalized.text)
    language = _language(*counts)
    mixed = _mixed_language(counts, language)
    if mixed is not None:
        diagnostics.append(mixed)
    if language is Language.EN:
        from .english import parse_english

        release = parse_english(text, normalized, published=published, diagnostics=diagnostics)
    else:
        release = parse_japanese(text, normalized, published, diagnostics)
    return apply_strict(_account(text, release), strict)


def _account(text: str, release: Release) -> Release:
    """Report any input text the language's stages left out of the release (see :mod:`dipmeet.account`)."""
    missing = unaccounted(text, release)
    return attrs.evolve(release, diagnostics=release.diagnostics + tuple(missing)) if missing else release


def _mixed_language(counts: tuple[int, int], language: Language) -> Diagnostic | None:
    """Note a release in which the other language is a large share (a bilingual page)."""
    japanese, latin = counts[0] * 4, counts[1]
    minority, majority = (latin, japanese) if language is Language.JA else (japanese, latin)
    if majority and minority >= 0.4 * majority and minority >= 200:
        other = "English" if language is Language.JA else "Japanese"
        return Diagnostic(
            DiagnosticKind.MIXED_LANGUAGE,
            Severity.INFO,
            f"much of the text is in {other}; it is read as {language.value}",
        )
    return None


def apply_strict(release: Release, strict: bool) -> Release:
    """Apply strict mode: raise one ParseError carrying every error diagnostic, else return the release.

    Shared by every way into the parser (text, bytes, files), so that strict
    mode also covers diagnostics added before parsing, such as decoding errors.
    """
    errors = [d for d in release.diagnostics if d.severity is Severity.ERROR]
    if strict and errors:
        msg = f"{len(errors)} error(s) while parsing: " + "; ".join(d.message for d in errors[:3])
        raise ParseError(msg, errors)
    return release
