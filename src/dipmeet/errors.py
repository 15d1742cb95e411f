"""Exceptions raised by dipmeet.

The hierarchy is small::

    DipmeetError                 base of everything dipmeet raises on purpose
    ├── ParseError (ValueError)  strict parsing found errors, or the input is too large
    ├── ReadError (ValueError)   bytes that hold no release: empty, or binary
    └── SerializationError (ValueError)
                                 JSON that does not fit the model, with the bad path

Lenient :func:`dipmeet.parse` raises only :class:`ParseError` for an input over
the size limit, and :class:`TypeError` for input that is not a ``str``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Diagnostic

__all__ = ["DipmeetError", "ParseError", "ReadError", "SerializationError"]


class DipmeetError(Exception):
    """Base class of every exception dipmeet raises on purpose."""


class ParseError(DipmeetError, ValueError):
    """A release could not be parsed as asked.

    Raised by ``parse(..., strict=True)`` when the parse recorded ``error``
    diagnostics, and by any parse of an input longer than the size limit.

    Attributes:
        diagnostics: The ``error`` diagnostics that made the parse fail (empty
            for a size-limit failure).
    """

    def __init__(self, message: str, diagnostics: Sequence[Diagnostic] = ()) -> None:
        super().__init__(message)
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)


class ReadError(DipmeetError, ValueError):
    """A file or a byte string holds no release: it is empty, or it is not text.

    Raised by :func:`dipmeet.parse_bytes` and :func:`dipmeet.parse_file`.
    Bytes that are text with some undecodable sequences are not an error: they
    give a release with a ``decoding`` diagnostic.
    """


class SerializationError(DipmeetError, ValueError):
    """JSON (or a dict) does not fit the model.

    Attributes:
        errors: One line per problem, each naming the path of the bad value
            (``$.meetings[0].start``).
    """

    def __init__(self, message: str, errors: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.errors: tuple[str, ...] = tuple(errors)
