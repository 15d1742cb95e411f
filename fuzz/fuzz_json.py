"""Fuzz dipmeet.from_json: any bytes give a whole Release or a SerializationError; see fuzz/README.md.

A finding is any other exception (a crash inside the converter, a
RecursionError, a TypeError), or a release read from JSON that does not
survive its own round trip.

    python fuzz/make_seeds.py fuzz/seeds
    python fuzz/fuzz_json.py fuzz/corpus/json fuzz/seeds/json -timeout=5
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import dipmeet


def test_one_input(data: bytes) -> None:
    try:
        release = dipmeet.from_json(data)
    except dipmeet.SerializationError as error:
        assert error.errors, "a SerializationError names at least one problem"
        return
    assert isinstance(release, dipmeet.Release)
    assert dipmeet.from_json(dipmeet.to_json(release)) == release


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
