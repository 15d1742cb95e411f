"""Benchmark dipmeet.parse against the floor of NFKC normalisation + splitlines, in one run.

Usage (from the project root, with dipmeet installed in the environment)::

    python benchmarks/bench_parse.py                 # everything, about a minute
    python benchmarks/bench_parse.py --quick         # no 10 MB scaling run, fewer repeats
    python benchmarks/bench_parse.py --json out.json # the figures as JSON too

What it measures, on one core (pinned where the OS allows):

* floor: ``unicodedata.normalize("NFKC", sample).splitlines()`` on the sample
  release, the least any parser of this text must do;
* ``parse(sample)``: median, p95, releases per second, and the ratio to the floor;
* the Japanese and English corpora in ``../shared/corpus``: milliseconds per
  release (median of whole passes over each folder);
* scaling: the sample repeated to 1 MB and 10 MB of UTF-8, the time ratio
  (the test suite fails only above 30; 10 is linear);
* ``import dipmeet`` in fresh interpreters: median of several;
* the first parse in a fresh interpreter, of the sample and then of an
  English release (it loads the parser and compiles the rules it uses);
* whether the dipmeet measured is pure Python or compiled with mypyc
  (``dipmeet.compiled_modules()``, see the performance page), in the
  first line: compare the two builds in two environments, or with
  ``PYTHONPATH`` pointing at each;
* a cProfile summary of parsing the sample and the corpora: the functions
  where the time goes, by own time and by cumulative time.

Targets (issue 7): parse(sample) under 1 ms median (>= 1,000 releases/s),
under 1 ms per release on the corpora, import under 150 ms.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import dipmeet
from dipmeet.cli import sample_text

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
MB = 1_000_000


def pin_to_one_core() -> str:
    """Run on one core where the OS allows it; say which."""
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity)"


def sample_times(function: Callable[[], object], *, seconds: float, least: int = 20) -> list[float]:
    """Call ``function`` repeatedly for about ``seconds`` (at least ``least`` times); return each call's time."""
    for _ in range(3):  # warm caches and compiled patterns
        function()
    times: list[float] = []
    started = time.perf_counter()
    while len(times) < least or time.perf_counter() - started < seconds:
        begin = time.perf_counter()
        function()
        times.append(time.perf_counter() - begin)
    return times


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def floor_and_sample(seconds: float) -> dict[str, float]:
    """The NFKC + splitlines floor and parse(sample), in one run."""
    text = sample_text()
    floor = sample_times(lambda: unicodedata.normalize("NFKC", text).splitlines(), seconds=seconds / 4, least=200)
    parse = sample_times(lambda: dipmeet.parse(text), seconds=seconds)
    floor_median, parse_median = statistics.median(floor), statistics.median(parse)
    return {
        "sample_characters": len(text),
        "floor_median_us": floor_median * 1e6,
        "parse_median_ms": parse_median * 1e3,
        "parse_p95_ms": percentile(parse, 0.95) * 1e3,
        "parse_min_ms": min(parse) * 1e3,
        "releases_per_second": 1 / parse_median,
        "ratio_to_floor": parse_median / floor_median,
        "parse_runs": len(parse),
    }


def corpus_texts(folder: str) -> list[str]:
    path = CORPUS / folder
    return [p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt"))] if path.is_dir() else []


def corpus(folder: str, passes: int) -> dict[str, float] | None:
    """Milliseconds per release over a corpus folder (median of whole passes)."""
    texts = corpus_texts(folder)
    if not texts:
        return None
    for text in texts:
        dipmeet.parse(text)
    times = []
    for _ in range(passes):
        started = time.perf_counter()
        for text in texts:
            dipmeet.parse(text)
        times.append(time.perf_counter() - started)
    per_release = statistics.median(times) / len(texts)
    return {
        "releases": len(texts),
        "characters_per_release": sum(map(len, texts)) / len(texts),
        "ms_per_release": per_release * 1e3,
        "releases_per_second": 1 / per_release,
    }


def scaling() -> dict[str, float]:
    """parse() on the sample repeated to 1 MB and 10 MB of UTF-8, in one run (the test's guard, measured)."""
    text = sample_text()
    copies = MB // len(text.encode("utf-8")) + 1
    one, ten = text * copies, text * (10 * copies)
    started = time.perf_counter()
    dipmeet.parse(one)
    one_seconds = time.perf_counter() - started
    started = time.perf_counter()
    dipmeet.parse(ten)
    ten_seconds = time.perf_counter() - started
    return {
        "one_mb_seconds": one_seconds,
        "ten_mb_seconds": ten_seconds,
        "ratio": ten_seconds / one_seconds,
        "one_mb_characters": len(one),
        "us_per_character": ten_seconds / len(ten) * 1e6,
    }


IMPORT_SNIPPET = "import time; t = time.perf_counter(); import dipmeet; print(time.perf_counter() - t)"


def import_time(runs: int) -> dict[str, float]:
    """``import dipmeet`` in fresh interpreters (the import statement alone, and the whole process)."""
    statement, process, bare = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", IMPORT_SNIPPET], capture_output=True, text=True, check=True)
        process.append(time.perf_counter() - started)
        statement.append(float(out.stdout))
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - started)
    return {
        "import_median_ms": statistics.median(statement) * 1e3,
        "import_max_ms": max(statement) * 1e3,
        "process_median_ms": statistics.median(process) * 1e3,
        "bare_interpreter_median_ms": statistics.median(bare) * 1e3,
        "runs": runs,
    }


FIRST_PARSE_SNIPPET = """
import sys, time
from pathlib import Path
import dipmeet
from dipmeet.cli import sample_text
text = sample_text()
started = time.perf_counter()
dipmeet.parse(text)
first = time.perf_counter() - started
english = Path(sys.argv[1]).read_text(encoding="utf-8") if sys.argv[1] else None
started = time.perf_counter()
if english is not None:
    dipmeet.parse(english)
print(first, time.perf_counter() - started if english is not None else -1)
"""


def first_parse(runs: int) -> dict[str, float]:
    """The first parse in fresh interpreters: of the sample (Japanese), then of the first English release."""
    english = sorted((CORPUS / "en").glob("*.txt"))
    argument = str(english[0]) if english else ""
    japanese, first_english = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", FIRST_PARSE_SNIPPET, argument], capture_output=True, text=True, check=True
        )
        ja_seconds, en_seconds = map(float, out.stdout.split())
        japanese.append(ja_seconds)
        first_english.append(en_seconds)
    figures = {"first_sample_median_ms": statistics.median(japanese) * 1e3, "runs": runs}
    if english:
        figures["first_english_median_ms"] = statistics.median(first_english) * 1e3
    return figures


def build() -> dict[str, object]:
    """Whether the dipmeet measured is compiled (mypyc), and which modules; older versions cannot tell."""
    modules = getattr(dipmeet, "compiled_modules", None)
    if modules is None:
        return {"compiled": None, "compiled_modules": [], "described": "build unknown"}
    from dipmeet.compiled import describe  # what dipmeet --version says of the build

    compiled = list(modules())
    return {"compiled": bool(compiled), "compiled_modules": compiled, "described": describe()}


def import_breakdown(top: int) -> str:
    """The modules that ``import dipmeet`` spends its time in (``python -X importtime``), by own time."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import dipmeet"], capture_output=True, text=True, check=True
    )
    rows = []
    for line in out.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            rows.append((int(parts[0]), int(parts[1]), parts[2].strip()))
    total = max(cumulative for _, cumulative, name in rows if name == "dipmeet")
    lines = [f"-X importtime: import dipmeet {total / 1e3:.0f} ms in one run; modules by own time"]
    lines += [
        f"{own / 1e3:7.1f} ms own {cumulative / 1e3:7.1f} ms cumulative  {name}"
        for own, cumulative, name in sorted(rows, reverse=True)[:top]
    ]
    return "\n".join(lines)


def profile(top: int) -> str:
    """cProfile of parsing the sample 200 times and each corpus release 5 times: where the time goes."""
    texts = [sample_text()] * 200 + (corpus_texts("ja") + corpus_texts("en")) * 5
    # Compiled (mypyc) functions are not seen by cProfile: their time counts for their pure-Python callers.
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        dipmeet.parse(text)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]  # {(file, line, name): (cc, nc, tt, ct, callers)}
    total = sum(tt for _, _, tt, _, _ in stats.values())

    def name(key: tuple[str, int, str]) -> str:
        filename, line, function = key
        if "/dipmeet/" in filename:
            module = filename.split("/dipmeet/", 1)[1].removesuffix(".py").replace("/", ".")
            return f"dipmeet.{module}.{function}:{line}"
        return function if filename == "~" else f"{Path(filename).name}:{function}"

    def table(title: str, rows: list[tuple[tuple[str, int, str], tuple]]) -> list[str]:
        lines = [title, f"{'own %':>6} {'cum %':>6} {'calls':>9}  function"]
        for key, (_, calls, own, cumulative, _) in rows[:top]:
            lines.append(f"{own / total:6.1%} {cumulative / total:6.1%} {calls:9,}  {name(key)}")
        return lines

    by_own = sorted(stats.items(), key=lambda item: -item[1][2])
    ours = [item for item in stats.items() if "/dipmeet/" in item[0][0]]
    by_cumulative = sorted(ours, key=lambda item: -item[1][3])
    lines = [f"cProfile of {len(texts)} parses (sample x200, corpora x5); shares of profiled time"]
    lines += table("-- by own time (all functions) --", by_own)
    lines += table("-- by cumulative time (dipmeet functions) --", by_cumulative)
    return "\n".join(lines)


def report(results: dict[str, object]) -> str:
    s = results["sample"]
    lines = [
        f"dipmeet {dipmeet.__version__} ({results['build']['described']}) from {Path(dipmeet.__file__).parent}",  # type: ignore[index]
        f"Python {platform.python_version()}, {platform.machine()}, {results['cpu']}",
        "",
        f"floor  NFKC + splitlines (sample)   {s['floor_median_us']:9.1f} us",  # type: ignore[index]
        f"parse  sample ({s['sample_characters']} chars)        "  # type: ignore[index]
        f"{s['parse_median_ms']:9.3f} ms median   {s['parse_p95_ms']:.3f} ms p95   "  # type: ignore[index]
        f"{s['releases_per_second']:,.0f} releases/s   ratio to floor {s['ratio_to_floor']:,.0f}x",  # type: ignore[index]
    ]
    for folder in ("ja", "en"):
        figures = results.get(f"corpus_{folder}")
        if figures:
            lines.append(
                f"corpus {folder} ({figures['releases']} releases, {figures['characters_per_release']:,.0f} chars each)"
                f"  {figures['ms_per_release']:7.3f} ms per release   {figures['releases_per_second']:,.0f} releases/s"
            )
        else:
            lines.append(f"corpus {folder}: not found under {CORPUS}")
    scale = results.get("scaling")
    if scale:
        lines.append(
            f"scale  1 MB {scale['one_mb_seconds']:.2f} s, 10 MB {scale['ten_mb_seconds']:.2f} s: "  # type: ignore[index]
            f"ratio {scale['ratio']:.1f} (linear 10, test limit 30), {scale['us_per_character']:.2f} us/char"  # type: ignore[index]
        )
    imp = results["import"]
    lines.append(
        f"import dipmeet (fresh interpreter)  {imp['import_median_ms']:7.1f} ms median "  # type: ignore[index]
        f"(max {imp['import_max_ms']:.1f}; whole process {imp['process_median_ms']:.0f} ms, "  # type: ignore[index]
        f"bare interpreter {imp['bare_interpreter_median_ms']:.0f} ms)"  # type: ignore[index]
    )
    first = results["first_parse"]
    first_english = first.get("first_english_median_ms")  # type: ignore[attr-defined]
    lines.append(
        f"first parse (fresh interpreter)    sample {first['first_sample_median_ms']:.1f} ms median"  # type: ignore[index]
        + (f", then an English release {first_english:.1f} ms" if first_english is not None else "")
    )
    lines.append("")
    lines.append("targets: parse(sample) < 1 ms median; corpora < 1 ms per release; import < 150 ms")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, no 10 MB scaling run")
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile summary")
    parser.add_argument("--top", type=int, default=25, help="functions in the profile summary (25)")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON to PATH")
    parser.add_argument("--no-pin", action="store_true", help="do not pin the process to one core")
    args = parser.parse_args(argv)

    results: dict[str, object] = {"cpu": "not pinned" if args.no_pin else pin_to_one_core(), "build": build()}
    results["sample"] = floor_and_sample(seconds=2.0 if args.quick else 5.0)
    for folder in ("ja", "en"):
        results[f"corpus_{folder}"] = corpus(folder, passes=3 if args.quick else 9)
    if not args.quick:
        results["scaling"] = scaling()
    results["import"] = import_time(runs=5 if args.quick else 11)
    results["first_parse"] = first_parse(runs=3 if args.quick else 7)
    print(report(results))
    if not args.no_profile:
        print()
        print(profile(args.top))
        print()
        print(import_breakdown(args.top // 2))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
