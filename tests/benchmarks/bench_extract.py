"""Time the extraction engine.

Usage:
    python tests/benchmarks/bench_extract.py REUTERS_FOLDER [--repeat N]

- Throughput over the Reuters trade bodies concatenated (one text): actors+issues
  alone, dates alone (`tag_dates`), and everything through `extract`, in MB/s
  (UTF-8 bytes, best of N runs). Target: >= 10 MB/s for everything. Wall and CPU
  time are both given: CPU time counts every thread of the process, and on a long
  text `extract` runs its native automaton scans on other threads while Python works,
  so on two cores its wall time is below its CPU time (one core: the CPU figure).
- Start-up, in fresh interpreters (median of 5): importing the engine and building
  the actor/issue lexicon and automaton; and the same plus a first `extract()` call,
  which also builds the date tagger. Target: < 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

_STARTUP_LEXICON = """
import time
t = time.perf_counter()
{before}
from tradereader.extract.lexicon import load_lexicon, shipped_automaton
import tradereader.extract
load_lexicon(); shipped_automaton()
print(time.perf_counter() - t)
"""
_STARTUP_FIRST_CALL = """
import time
t = time.perf_counter()
from tradereader.extract import extract
extract("U.S. Trade Representative Clayton Yeutter said on March 3 tariffs rose.", "1987-03-04")
print(time.perf_counter() - t)
"""
# `{before}` runs before the clock starts when the model is imported first (the app
# imports tradereader.model long before it extracts anything).
_MODEL_FIRST = "import tradereader.model\nt = time.perf_counter()"


def reuters_text(folder: Path) -> str:
    bodies = []
    for path in sorted(folder.glob("*.txt")):
        _head, _sep, body = path.read_text(encoding="utf-8").partition("\n\n")
        bodies.append(body)
    return "\n\n".join(bodies)


def best_time(func, repeat: int) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of `repeat` runs (after a warm-up run)."""
    func()  # warm-up: build automata, compile patterns
    wall = cpu = float("inf")
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        func()
        wall = min(wall, time.perf_counter() - began)
        cpu = min(cpu, time.process_time() - began_cpu)
    return wall, cpu


def startup_ms(code: str, runs: int = 5) -> float:
    """Median wall milliseconds `code` prints, each run in a fresh interpreter that may
    write bytecode: a user's installed copy has it, so start-up is no compile benchmark
    (the first run writes what is missing and is not counted)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=env)
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True, env=env)
        times.append(float(out.stdout.strip()) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from tradereader.extract import extract, extract_actors_issues
    from tradereader.extract.dates import tag_dates

    text = reuters_text(args.folder)
    mb = len(text.encode("utf-8")) / 1e6
    print(f"text: {mb:.3f} MB ({len(text):,} chars) from {args.folder}")
    runs = (
        ("actors+issues", lambda: extract_actors_issues(text)),
        ("dates", lambda: tag_dates(text, "1987-03-15")),
        ("everything (extract)", lambda: extract(text, "1987-03-15")),
    )
    for label, func in runs:
        wall, cpu = best_time(func, args.repeat)
        print(f"  {label:22} {mb / wall:7.1f} MB/s wall ({wall * 1000:.1f} ms), "
              f"{mb / cpu:7.1f} MB/s CPU ({cpu * 1000:.1f} ms)")
    lexicon_alone = startup_ms(_STARTUP_LEXICON.format(before=_MODEL_FIRST))
    lexicon_all = startup_ms(_STARTUP_LEXICON.format(before=""))
    first_call = startup_ms(_STARTUP_FIRST_CALL)
    print("start-up (fresh interpreter, median of 5, wall):")
    print(f"  engine import + lexicon + automaton (model already imported) {lexicon_alone:.1f} ms")
    print(f"  the same, counting the import of tradereader.model           {lexicon_all:.1f} ms")
    print(f"  import + first extract() call (builds the date tagger too)   {first_call:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
