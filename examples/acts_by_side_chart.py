# What this shows: a PNG bar chart of the speech acts each side performs,
# counted over every statement of folders of releases. Japanese and English
# releases share the Act vocabulary, so both count together. It walks the
# sections of each meeting (sections nest), counts (side, act) pairs and draws
# them with matplotlib, an optional extra: python -m pip install ".[chart]".
#
# Usage:
#     python examples/acts_by_side_chart.py OUT.png                 # ../shared/corpus/ja and en
#     python examples/acts_by_side_chart.py OUT.png --corpus DIR    # any folder of *.txt releases (repeatable)
#     python examples/acts_by_side_chart.py OUT.png --sample        # the bundled sample only
#
# Without --corpus it reads the shared Japanese and English corpora beside the
# project; when neither folder is present it says so and exits 0 without drawing.
"""Chart the speech acts of each side across a folder of releases."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import dipmeet
from dipmeet.cli import sample_text

SHARED_CORPORA = tuple(Path(__file__).resolve().parents[2] / "shared" / "corpus" / name for name in ("ja", "en"))
SIDES = (dipmeet.Side.JAPAN, dipmeet.Side.COUNTERPART)


def statements(sections: Iterable[dipmeet.Section]) -> Iterator[dipmeet.Statement]:
    """Yield the statements of sections and their sub-sections, in text order."""
    for section in sections:
        for item in section.items:
            if isinstance(item, dipmeet.Statement):
                yield item
        yield from statements(section.sections)


def count_acts(releases: Iterable[dipmeet.Release]) -> Counter[tuple[dipmeet.Side, dipmeet.Act]]:
    """Count (side, act) over every statement whose speaker is known."""
    counts: Counter[tuple[dipmeet.Side, dipmeet.Act]] = Counter()
    for release in releases:
        for meeting in release.meetings:
            for statement in statements(meeting.sections):
                if statement.speaker is not None:
                    counts.update((statement.speaker.side, act) for act in statement.acts)
    return counts


def draw(counts: Counter[tuple[dipmeet.Side, dipmeet.Act]], title: str, path: Path) -> None:
    """Draw one horizontal bar per act and side, the most frequent act on top."""
    import matplotlib

    matplotlib.use("Agg")  # no display needed
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    acts = sorted({act for _, act in counts}, key=lambda act: sum(counts[side, act] for side in SIDES))
    figure, axes = plt.subplots(figsize=(8, 0.35 * len(acts) + 1.5))
    height = 0.4
    for offset, side in zip((height / 2, -height / 2), SIDES, strict=True):
        positions = [index + offset for index in range(len(acts))]
        axes.barh(positions, [counts[side, act] for act in acts], height=height, label=side.value)
    axes.set_yticks(range(len(acts)), [act.value for act in acts])
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel("statements performing the act")
    axes.set_title(title)
    axes.legend(loc="lower right")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def main(argv: list[str] | None = None) -> int:
    """Parse the releases, count their acts and write the chart."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="the PNG file to write")
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="a folder of release texts, repeatable (default: ../shared/corpus/ja and ../shared/corpus/en)",
    )
    source.add_argument("--sample", action="store_true", help="chart the bundled sample release only")
    args = parser.parse_args(argv)

    if args.sample:
        releases = [dipmeet.parse(sample_text())]
        title = "Speech acts by side: the sample release"
    else:
        for folder in args.corpus or ():
            if not folder.is_dir():
                parser.error(f"{folder} is not a folder")
        folders = args.corpus or [folder for folder in SHARED_CORPORA if folder.is_dir()]
        if not folders:
            print("skipped: the shared corpora ../shared/corpus/{ja,en} are absent (give --corpus DIR or --sample)")
            return 0
        paths = [path for folder in folders for path in sorted(folder.glob("*.txt"))]
        releases = [dipmeet.parse_file(path) for path in paths]
        languages = Counter(release.language.value for release in releases)
        shown = ", ".join(f"{count} {language}" for language, count in languages.items())
        title = f"Speech acts by side: {len(releases)} releases ({shown}) in {', '.join(f.name + '/' for f in folders)}"

    try:
        draw(count_acts(releases), title, args.out)
    except ImportError:
        print('matplotlib is not installed: python -m pip install ".[chart]" in a checkout of dipmeet', file=sys.stderr)
        return 1
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
