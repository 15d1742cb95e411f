"""Count the CPU instructions dipmeet.parse takes, with valgrind's callgrind: a figure a busy machine does not move.

Wall-clock times on a shared machine move by 10 % and more from run to run;
the number of instructions executed does not (repeat runs agree within about
1 %). Use it to compare two versions of the code, or to follow one over time::

    python benchmarks/count_instructions.py                   # the installed dipmeet
    python benchmarks/count_instructions.py --src src         # a source tree (put first on sys.path)
    python benchmarks/count_instructions.py --src /tmp/old/src --src src   # A/B, with the ratio

For each set (the sample release; the shared Japanese and English corpora in
``../shared/corpus`` when present) it runs a child interpreter under
``valgrind --tool=callgrind`` twice: both warm up (imports, rules compiled on
first use), one then parses the set again (ten times for the sample), and the
difference, per release, is printed, with the build measured: ``pure``, or
``mypyc N`` for a dipmeet whose N modules are compiled (see the performance
page). On the machine of the Performance page, about
8.5 to 9 instructions take a nanosecond, so 1 ms is about 9 million
instructions; that rate varies with the processor, the ratio between two
versions does not.

Needs valgrind (``apt install valgrind``); callgrind slows the child about
fifty times, so a full run takes a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

# The child: load the texts, warm up (imports, rules compiled on first use), then
# parse them ``passes`` more times. callgrind counts the whole process, so each set
# is run twice, with and without the measured passes, and the difference is theirs.
_CHILD = r"""
import sys
if sys.argv[1]:
    sys.path.insert(0, sys.argv[1])
from pathlib import Path
import dipmeet
from dipmeet.cli import sample_text

which, passes = sys.argv[2], int(sys.argv[3])
if which == "sample":
    texts = [sample_text()]
else:
    texts = [path.read_text(encoding="utf-8") for path in sorted(Path(which).glob("*.txt"))]
for _ in range(2):
    for text in texts:
        dipmeet.parse(text)
for _ in range(passes):
    for text in texts:
        dipmeet.parse(text)
compiled = getattr(dipmeet, "compiled_modules", None)  # absent before 0.1.0's compiled build
print(len(texts), -1 if compiled is None else len(compiled()))
"""


def _instructions(src: str | None, which: str, passes: int) -> tuple[int, int, int]:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", _CHILD]
    # A fixed hash seed: set and dict orders (and so the work) are the same in every run; unset, counts wander 2-3%.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [*command, src or "", which, str(passes)], capture_output=True, text=True, check=False, env=env
    )
    if done.returncode != 0:
        msg = f"the child failed:\n{done.stderr[-2000:]}"
        raise SystemExit(msg)
    collected = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if collected is None:
        msg = f"no instruction count in callgrind's output:\n{done.stderr[-2000:]}"
        raise SystemExit(msg)
    releases, compiled = map(int, done.stdout.split()[-2:])
    return int(collected.group(1)), releases, compiled


def count(src: str | None, which: str, passes: int) -> tuple[float, str]:
    """Instructions per release of ``passes`` passes over ``which`` (the sample, or a folder of texts), and the build.

    The build is "pure" or "mypyc N" (N modules compiled; see ``dipmeet.compiled_modules``), or "?" for a
    version that cannot tell.
    """
    without, _, _ = _instructions(src, which, 0)
    with_passes, releases, compiled = _instructions(src, which, passes)
    build = "?" if compiled < 0 else f"mypyc {compiled}" if compiled else "pure"
    return (with_passes - without) / passes / releases, build


def main() -> None:
    """Print instructions per release for each set and each source tree (and B/A for two)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", action="append", help="a source tree to measure (twice for an A/B comparison)")
    parser.add_argument("--only", choices=("sample", "ja", "en"), help="measure one set only")
    options = parser.parse_args()
    if shutil.which("valgrind") is None:
        msg = "valgrind is not installed: see the docstring"
        raise SystemExit(msg)
    sources: list[str | None] = list(options.src or [None])
    sets = {"sample": "sample", "ja": str(CORPUS / "ja"), "en": str(CORPUS / "en")}
    for name, which in sets.items():
        if options.only and name != options.only:
            continue
        if which != "sample" and not Path(which).is_dir():
            print(f"{name:7s} skipped: {which} is absent")
            continue
        figures = []
        for src in sources:
            instructions, build = count(src, which, passes=10 if name == "sample" else 1)
            figures.append(instructions)
            print(f"{name:7s} {src or 'installed':30s} {build:9s} {instructions / 1e6:8.2f} M instructions per release")
        if len(figures) == 2:
            print(f"{name:7s} B/A {figures[1] / figures[0]:.3f}")


if __name__ == "__main__":
    main()
