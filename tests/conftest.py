"""Shared fixtures: hypothesis profiles, the sample release, the shared corpus, strict mode."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from dipmeet.cli import sample_text

settings.register_profile("default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fast", max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def sample() -> str:
    """The bundled sample release (2010 Japan–Kazakhstan Foreign Ministers' Meeting)."""
    return sample_text()


@pytest.fixture(params=[False, True], ids=["lenient", "strict"])
def strict(request: pytest.FixtureRequest) -> bool:
    """Run a test once leniently and once strictly."""
    return bool(request.param)


def corpus_dir(name: str) -> Path:
    """A folder of the shared corpus, or skip the test when it is not beside the project."""
    path = CORPUS / name
    if not path.is_dir():
        pytest.skip(f"shared corpus folder {path} is absent (clone the project beside ../shared to run this)")
    return path
