"""Fuzz dipmeet.parse: any text gives a sound release, quickly; see fuzz/README.md.

Each input is read as UTF-8 with ``surrogateescape`` (bytes that are not
UTF-8 become lone surrogates, as a careless decoder would leave them) and
parsed. A finding is any exception, or a release whose spans leave the
input, whose item texts are not the input at their spans, that drops a
visible character, or that does not survive a JSON round trip.

    python fuzz/fuzz_parse.py fuzz/corpus/parse ../shared/corpus/ja ../shared/corpus/en -timeout=5
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import dipmeet
    from dipmeet.account import BLANK, covered_spans


def check(text: str, release: dipmeet.Release) -> None:
    """Raise AssertionError unless the release is sound for ``text``."""
    for span in covered_spans(release):
        assert 0 <= span.start <= span.end <= len(text), span
    for meeting in release.meetings:
        sections = list(meeting.sections)
        while sections:
            section = sections.pop()
            sections.extend(section.sections)
            for item in section.items:
                assert text[item.span.start : item.span.end] == item.text, item.span
    covered = bytearray(len(text))
    for span in covered_spans(release):
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    for index, char in enumerate(text):
        assert covered[index] or char in BLANK, f"character {index} {char!r} is not accounted for"
    assert dipmeet.from_json(dipmeet.to_json(release)) == release


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", "surrogateescape")
    try:
        release = dipmeet.parse(text)
    except dipmeet.ParseError:
        assert len(text) > dipmeet.DEFAULT_MAX_SIZE
        return
    check(text, release)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
