"""`make fuzz`: run every atheris target in this folder for a set time and print a table.

    FUZZ_SECONDS=60 .venv/bin/python benchmarks/fuzz/run.py [target ...]

Each target starts from a seed corpus (the repository's example articles and fixtures of
its format) in a temporary folder; a crash's input is saved under ``benchmarks/fuzz/crashes/``
and the run goes on with the next target. Exit status 1 when any target crashed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SEEDS = {
    "html": (".html", ".htm"),
    "text": (".txt", ".md"),
    "jsonl": (".jsonl",),
    "json": (".json",),
    "warc": (".warc", ".warc.gz"),
    "feed": (".rss", ".xml", ".atom"),
    "analyze": (".txt",),
    "dates": (),
}
SEED_FOLDERS = ("examples/corpus", "tests/fixtures")
MAX_SEED_BYTES = 64_000


def seed_corpus(name: str, folder: Path) -> None:
    suffixes = SEEDS.get(name, ())
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for root in SEED_FOLDERS:
        for path in sorted((REPO / root).rglob("*")):
            wanted = suffixes and path.is_file() and path.name.endswith(suffixes)
            if wanted and path.stat().st_size <= MAX_SEED_BYTES and count < 40:
                shutil.copy(path, folder / f"seed{count:03d}")
                count += 1
    if not count:
        (folder / "seed000").write_bytes(b"On May 28, 2017, officials said he was killed.")


def run_target(name: str, seconds: int, crashes: Path) -> dict[str, object]:
    script = HERE / f"fuzz_{name}.py"
    with tempfile.TemporaryDirectory(prefix=f"fuzz-{name}-") as tmp:
        corpus = Path(tmp) / "corpus"
        seed_corpus(name, corpus)
        started = time.monotonic()
        done = subprocess.run(
            [
                sys.executable,
                str(script),
                str(corpus),
                f"-max_total_time={seconds}",
                "-timeout=30",
                "-rss_limit_mb=3072",
                "-print_final_stats=1",
                f"-artifact_prefix={crashes}/{name}-",
            ],
            capture_output=True,
            text=True,
            cwd=HERE,
            timeout=seconds * 3 + 120,
        )
        elapsed = time.monotonic() - started
    log = done.stdout + done.stderr
    runs = _last_int(r"Done (\d+) runs", log) or _last_int(
        r"stat::number_of_executed_units:\s*(\d+)", log
    )
    crashed = done.returncode != 0
    detail = ""
    if crashed:
        match = re.search(r"(Uncaught Python exception:.*?)(?:\n\n|\Z)", log, re.S)
        detail = (match.group(1) if match else log[-800:]).strip().splitlines()[-1]
        (crashes / f"{name}.log").write_text(log, encoding="utf-8")
    return {
        "target": name,
        "runs": runs or 0,
        "seconds": elapsed,
        "crashes": int(crashed),
        "detail": detail,
    }


def _last_int(pattern: str, text: str) -> int | None:
    found = re.findall(pattern, text)
    return int(found[-1]) if found else None


def main(argv: list[str]) -> int:
    seconds = int(os.environ.get("FUZZ_SECONDS", "60"))
    names = argv or sorted(p.stem.removeprefix("fuzz_") for p in HERE.glob("fuzz_*.py"))
    crashes = HERE / "crashes"
    crashes.mkdir(exist_ok=True)
    print(f"fuzzing {len(names)} targets for {seconds} s each (FUZZ_SECONDS)", flush=True)
    results = []
    for name in names:
        result = run_target(name, seconds, crashes)
        results.append(result)
        print(
            f"  {name:<8} {result['runs']:>9,} inputs  {result['seconds']:6.0f} s  "
            f"{result['crashes']} crashes {result['detail']}",
            flush=True,
        )
    total = sum(int(r["runs"]) for r in results)  # type: ignore[call-overload]
    crashed = sum(int(r["crashes"]) for r in results)  # type: ignore[call-overload]
    print(f"total: {total:,} inputs, {crashed} crashes")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
