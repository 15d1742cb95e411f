"""Write seed inputs for the fuzzers from the shared corpus: release texts and the JSON dipmeet makes of them.

    python fuzz/make_seeds.py fuzz/seeds [CORPUS_DIR ...]

CORPUS_DIR defaults to ../shared/corpus/{seed,ja,en} beside the project. The
seeds are written under the given folder (``text/`` and ``json/``), which is
ignored by git: the releases stay in the shared corpus, never in the project.
"""

from __future__ import annotations

import sys
from pathlib import Path

import dipmeet

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out = Path(argv[0])
    folders = [Path(name) for name in argv[1:]] or [SHARED / name for name in ("seed", "ja", "en")]
    (out / "text").mkdir(parents=True, exist_ok=True)
    (out / "json").mkdir(parents=True, exist_ok=True)
    count = 0
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            name = f"{folder.name}-{path.stem}"
            (out / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
            (out / "json" / f"{name}.json").write_text(dipmeet.to_json(dipmeet.parse(text)), encoding="utf-8")
            count += 1
    print(f"{count} releases -> {out}/text and {out}/json")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
