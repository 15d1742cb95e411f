"""Benchmark ``dipmeet parse --format jsonl`` on a corpus-sized folder: throughput and peak memory.

Builds folders of 1,000 and 10,000 releases in a temporary folder by repeating
the texts of the shared corpus (``../shared/corpus/{seed,ja,en}/*.txt``),
runs the command line on each with ``--jobs 1`` and ``--jobs 2``, and
reports:

- throughput (releases per second, wall clock, start-up included) and the
  ratio of ``--jobs 2`` to ``--jobs 1``;
- the peak resident memory (VmHWM) of the parent process and of each worker
  process, sampled from ``/proc`` while the command runs (Linux only);
- the CPU time of the whole run (parent and workers), so that overhead added
  by the workers shows even when other programs share the machine; and the
  load average before each run, which says whether they did.

It is a script, not a test: run it on an otherwise idle machine (the
"machine check" lines say whether two processes really got two cores before
and after; ``--repeat`` keeps the fastest of several runs)::

    .venv/bin/python benchmarks/parse_throughput.py            # 1,000 and 10,000 releases
    .venv/bin/python benchmarks/parse_throughput.py --counts 2000 --html

``--html`` wraps each text in a Shift_JIS page first, to measure decoding
and page extraction too.
"""

from __future__ import annotations

import argparse
import html
import itertools
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
PER_FOLDER = 500  # releases per sub-folder, as a year of saved pages might be


def corpus_texts() -> list[str]:
    """The texts of the shared corpus, in a stable order."""
    paths = sorted(p for folder in ("seed", "ja", "en") for p in (CORPUS / folder).glob("*.txt"))
    if not paths:
        sys.exit(f"benchmark: no corpus texts under {CORPUS}")
    return [p.read_text(encoding="utf-8") for p in paths]


def as_page(text: str) -> bytes:
    """A text as a Shift_JIS page with a little furniture (for --html)."""
    lines = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>外務省</title>'
        '<script>var x = 1;</script></head><body><div id="header"><ul class="gnavi"><li>会見・発表</li></ul></div>'
        f'<div id="breadcrumbs">トップページ &gt; 会談</div><div id="maincontents">\n{lines}</div>'
        '<div id="footer">Copyright</div></body></html>'
    )
    return page.encode("cp932", errors="replace")


def build(folder: Path, count: int, texts: list[str], *, pages: bool) -> None:
    """Write ``count`` releases into sub-folders of ``folder``."""
    for index, text in zip(range(count), itertools.cycle(texts)):
        sub = folder / f"{index // PER_FOLDER:03d}"
        if index % PER_FOLDER == 0:
            sub.mkdir(parents=True)
        if pages:
            (sub / f"{index:06d}.html").write_bytes(as_page(text))
        else:
            (sub / f"{index:06d}.txt").write_text(text, encoding="utf-8")


def peak_rss_kib(pid: int) -> int | None:
    """A process's peak resident memory (VmHWM) in KiB, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    return None


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def cpu_seconds() -> float:
    """CPU time of this script's finished children (the command line and its reaped workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(folder: Path, jobs: int, out: Path) -> tuple[float, float, int, list[int]]:
    """Run the command line; return wall seconds, CPU seconds, the parent's peak RSS and each worker's (KiB)."""
    command = [sys.executable, "-m", "dipmeet", "parse", str(folder), "--format", "jsonl", "--jobs", str(jobs)]
    cpu = cpu_seconds()
    started = time.perf_counter()
    process = subprocess.Popen([*command, "-o", str(out)], stderr=subprocess.DEVNULL)
    parent = 0
    workers: dict[int, int] = {}
    while process.poll() is None:
        parent = max(parent, peak_rss_kib(process.pid) or 0)
        for child in children(process.pid):
            workers[child] = max(workers.get(child, 0), peak_rss_kib(child) or 0)
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        sys.exit(f"benchmark: {' '.join(command)} exited {process.returncode}")
    return seconds, cpu_seconds() - cpu, parent, sorted(workers.values(), reverse=True)


def _spin(count: int) -> int:
    total = 0
    for number in range(count):
        total += number * number
    return total


def machine_scaling() -> float:
    """How much faster two processes do eight fixed loops than one: 2.0 on two idle cores."""
    from concurrent.futures import ProcessPoolExecutor

    loops = [2_000_000] * 8
    started = time.perf_counter()
    for count in loops:
        _spin(count)
    serial = time.perf_counter() - started
    with ProcessPoolExecutor(2) as pool:
        started = time.perf_counter()
        list(pool.map(_spin, loops))
        parallel = time.perf_counter() - started
    return serial / parallel


def main(argv: Sequence[str] | None = None) -> None:
    """Build the folders, run each configuration, print the report."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--counts", type=int, nargs="+", default=[1_000, 10_000])
    options.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    options.add_argument("--html", action="store_true", help="Shift_JIS pages instead of UTF-8 texts")
    options.add_argument("--repeat", type=int, default=1, help="runs of each configuration; the fastest is kept")
    args = options.parse_args(argv)
    texts = corpus_texts()
    print(f"corpus: {len(texts)} texts; machine: {os.cpu_count()} CPUs; Python {sys.version.split()[0]}")
    print(f"machine check: 2 processes run a fixed loop {machine_scaling():.2f}x as fast as 1 (2.0 when idle)")
    header = f"{'releases':>9} {'jobs':>4} {'seconds':>8} {'per s':>7} {'CPU s':>6} {'load':>5} {'parent MB':>9}"
    print(header + "  workers MB")
    rates: dict[tuple[int, int], float] = {}
    with tempfile.TemporaryDirectory(prefix="dipmeet-bench-") as temp:
        for count in dict.fromkeys(args.counts):
            folder = Path(temp) / f"set-{count}"
            build(folder, count, texts, pages=args.html)
            for jobs in args.jobs:
                out = Path(temp) / f"out-{count}-{jobs}.jsonl"
                load = os.getloadavg()[0]
                seconds, cpu, parent, workers = min(run(folder, jobs, out) for _ in range(args.repeat))
                lines = sum(1 for _ in out.open(encoding="utf-8"))
                if lines != count:
                    sys.exit(f"benchmark: {lines} lines written for {count} releases")
                rates[count, jobs] = count / seconds
                shown = " ".join(f"{kib / 1024:.0f}" for kib in workers) or "-"
                print(
                    f"{count:>9,} {jobs:>4} {seconds:>8.2f} {count / seconds:>7.0f} {cpu:>6.1f} {load:>5.2f}"
                    f" {parent / 1024:>9.0f}  {shown}"
                )
    for count in dict.fromkeys(args.counts):
        if (count, 1) in rates and (count, 2) in rates:
            print(f"{count:,} releases: --jobs 2 is {rates[count, 2] / rates[count, 1]:.2f}x --jobs 1")
    print(f"machine check after: {machine_scaling():.2f}x")


if __name__ == "__main__":
    main()
