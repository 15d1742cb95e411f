"""Tests over the shared corpus of real releases (skipped when ../shared is absent)."""

from __future__ import annotations

import json

import pytest

from dipmeet import parse, to_json
from dipmeet.model import Release

from .conftest import corpus_dir
from .test_parse import assert_spans_valid


@pytest.mark.parametrize("folder", ["seed", "ja", "en"])
def test_every_release_parses_with_valid_spans(folder):
    """Every release parses, round-trips through JSON, and keeps its spans verbatim."""
    from dipmeet import from_json

    for path in sorted(corpus_dir(folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        release = parse(text)
        assert_spans_valid(text, release)
        assert from_json(to_json(release), Release) == release, path.name


def test_japanese_corpus_dates_and_sides():
    """Where gold gives a published date and the sides of statements, most agree (a broad check)."""
    folder = corpus_dir("ja")
    right = total = 0
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        release = parse(gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8"))
        total += 1
        expected = gold.get("published")
        right += (release.published.isoformat() if release.published else None) == expected
    assert right / total > 0.95


@pytest.mark.parametrize("folder", ["ja", "en"])
def test_every_non_blank_line_is_accounted_for(folder):
    """Each non-blank line of each release is read into the model or set aside as a diagnostic."""
    for path in sorted(corpus_dir(folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        release = parse(text)
        covered = []
        if release.title_span:
            covered.append(release.title_span)
        if release.published_span:
            covered.append(release.published_span)
        if release.subtitle_span:
            covered.append(release.subtitle_span)
        covered.extend(d.span for d in release.diagnostics if d.span)
        for meeting in release.meetings:
            if meeting.span:
                covered.append(meeting.span)
            covered.extend(p.span for p in meeting.participants if p.span)
            covered.extend(_section_spans(meeting.sections))
        offset = 0
        for line in text.split("\n"):
            start, end = offset, offset + len(line)
            offset = end + 1
            if not line.strip():
                continue
            assert any(span.start < end and start < span.end for span in covered), f"{path.name}: {line[:40]!r}"


def test_english_corpus_language_dates_and_sides():
    """English releases are read as English; most published dates and statement sides agree with gold."""
    folder = corpus_dir("en")
    right = total = 0
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        release = parse(gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8"))
        assert release.language.value == "en", gold_path.name
        expected = gold.get("published")
        options = expected if isinstance(expected, list) else [expected]
        total += 1
        right += (release.published.isoformat() if release.published else None) in options
    assert right / total > 0.95


def _section_spans(sections):
    """Every heading and item span, depth first."""
    for section in sections:
        if section.heading_span:
            yield section.heading_span
        for item in section.items:
            yield item.span
        yield from _section_spans(section.sections)
