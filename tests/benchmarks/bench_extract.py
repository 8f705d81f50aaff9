"""Time the extraction engine.

Usage:
    python tests/benchmarks/bench_extract.py REUTERS_FOLDER [--repeat N]

- Throughput over the Reuters trade bodies concatenated (one text): actors+issues
  alone, dates alone (`tag_dates`), and everything through `extract`, in MB/s
  (UTF-8 bytes, best of N runs). Target: >= 10 MB/s for everything. Before each run
  the engine's memos of phrases (date values, tenses, names) are emptied
  (`forget_phrases`), as for a text read the first time: a run over the same text
  again would find every phrase worked out (about 15% faster; the `memos warm` row
  shows it; the helper process's memos are emptied too). Wall and CPU time are both
  given: CPU time counts every thread of the process and the engine's date helper
  process. On a long text `extract` runs its native automaton scans on other threads
  while Python works, and (on Linux, with two cores or more and one of them idle by
  the load average) shares the work with a helper process: the helper tags the
  dates, and from its second text on first reads the text's last part for actors and
  issues (from the first paragraph break past 66% of it), while the caller reads the
  rest; so its wall time is below its CPU time. The helper is forked at
  the first long text (the warm-up round) and kept: the rows are what each later long
  text costs; the first one of a process is the last row. `everything, one process`
  is `extract` with no helper: the figure for one core, or a busy machine.
- Side by side, interleaved with every run: two bare baselines that read the same
  text, because this kind of machine changes speed by 10% or more from one minute to
  the next. `python loop`: a plain Python pass over the text's words (split, then a
  dict count), which drifts as the interpreter's speed does; `Aho-Corasick alone`: the
  shipped lexicon's automaton over the folded copy, the native scan the issue quotes
  at 35-70 MB/s. Each engine figure is also given as a ratio to the python loop run
  in the same rounds (the median of the per-round ratios), which compares code
  across machines and moments; a single MB/s figure does not.
- Start-up, in fresh interpreters (median of 5): importing the engine and building
  the actor/issue lexicon and automaton; and the same plus a first `extract()` call,
  which also builds the date tagger. Target: < 50 ms.
- `--steps`: only where one-process time goes: `extract` with no helper, each of its
  steps timed (median of the rounds, memos emptied), wall and the calling thread's CPU
  time. The steps that start and await the native scans on other threads are shown as
  such; wall above CPU there is this thread waiting for another (the interpreter lock,
  or a scan not yet done).
- The whole text read once by a fresh interpreter, after one short call (median of 5):
  what a reader's child process pays for a long article. Above the steady rows it
  pays for forking the helper (the pages it shares with this process copied as they
  are written) and for the date tagger's first use of each rule: the rule compiled, and the
  table of the rules left after each opening word by the characters that follow it
  (the characters each rule allows there are shipped, `dates_narrow_data`). About
  120-160 ms here (5-7 MB/s); ~400-450 ms while those were worked out from the
  patterns as the text was read.
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
_FIRST_READING = """
import sys, time
sys.path.insert(0, {benchmarks!r})
from pathlib import Path
from bench_extract import reuters_text
from tradereader.extract import extract
extract("U.S. Trade Representative Clayton Yeutter said on March 3 tariffs rose.", "1987-03-04")
text = reuters_text(Path({folder!r}))
t = time.perf_counter()
extract(text, "1987-03-15")
print(time.perf_counter() - t)
"""
_STARTUP_BASELINE = """
import time
t = time.perf_counter()
import argparse, dataclasses, json
print(time.perf_counter() - t)
"""
_STARTUP_LABELS = (
    ("baseline", "baseline: import argparse, dataclasses, json (stdlib, bytecode)"),
    ("alone", "engine import + lexicon + automaton (model already imported)"),
    ("all", "the same, nothing imported first (the engine needs no model)"),
    ("first call", "import + first extract() call (builds the date tagger too)"),
)
# `{before}` runs before the clock starts when the model is imported first (the app
# imports tradereader.model long before it extracts anything; the engine itself takes
# only `tradereader.mention` and leaves the model's dataclasses out).
_MODEL_FIRST = "import tradereader.model\nt = time.perf_counter()"


def reuters_text(folder: Path) -> str:
    bodies = []
    for path in sorted(folder.glob("*.txt")):
        _head, _sep, body = path.read_text(encoding="utf-8").partition("\n\n")
        bodies.append(body)
    return "\n\n".join(bodies)


def timed(func) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run of `func`; CPU counts the engine's date
    helper process too. What `func` returns is freed after the clocks are read: freeing
    the mentions is their holder's cost when it lets them go (the reader keeps an
    article's until the next one; ~1.5 ms for the bench text's 19,000), not the
    extraction's."""
    began, began_cpu = time.perf_counter(), _cpu_seconds()
    result = func()
    times = time.perf_counter() - began, _cpu_seconds() - began_cpu
    del result
    return times


def _cpu_seconds() -> float:
    return time.process_time() + _helper_cpu_seconds()


def _helper_cpu_seconds() -> float:
    """The CPU time of the engine's date helper process so far (0 if there is none):
    its scheduler statistics in nanoseconds, else its clock ticks."""
    from tradereader.extract import parallel

    helper = parallel._helper
    if helper is None:
        return 0.0
    try:
        return int(Path(f"/proc/{helper.pid}/schedstat").read_text().split()[0]) / 1e9
    except (OSError, ValueError, IndexError):
        pass
    try:
        fields = Path(f"/proc/{helper.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def interleaved(runs: dict, repeat: int, fresh=None) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) seconds of each of `runs` (label -> function), `repeat` rounds in
    which every function runs once, in turn; one warm-up round first (it builds the
    automata and compiles the patterns). `fresh`, if given, runs untimed before each
    engine run (not before a label that says `warm`, nor the baselines)."""
    for func in runs.values():
        func()
    times: dict[str, list[tuple[float, float]]] = {label: [] for label in runs}
    for _ in range(repeat):
        for label, func in runs.items():
            if fresh is not None and label not in _BASELINES and "warm" not in label:
                fresh()
            times[label].append(timed(func))
    return times


def one_process(extract, text: str) -> list:
    """`extract` with no date helper process (on a machine with one core, or a busy
    one): the actor and issue work and the dates one after the other."""
    import tradereader.extract as engine

    helper_from, engine._HELPER_FROM = engine._HELPER_FROM, len(text) + 1
    try:
        return extract(text, "1987-03-15")
    finally:
        engine._HELPER_FROM = helper_from


# The engine's steps `--steps` times, by module: those `extract` calls by name there
_STEPS = {
    "tradereader.extract.dates": ("lowered", "tag_lowered"),
    "tradereader.extract": (
        "fold", "scan", "find_administrations", "name_people", "find_governments",
        "trade_purchases", "currency_moves", "named_laws", "find_organizations",
        "lexicon_acronyms", "short_name_mentions", "market_access", "with_surnames", "resolve_overlaps", "refine", "drop_suppressed",
        "mentions_from"),
}


def step_times(text: str, rounds: int) -> dict[str, tuple[float, float]]:
    """Step -> (median wall ms, median CPU ms of the calling thread) over `rounds`
    one-process extractions of `text` (after one untimed), memos emptied before each;
    `Meanwhile ...` steps start and await a native scan on another thread; `(the rest)`
    is what no step covers, `(whole extract)` the total."""
    import importlib

    import tradereader.extract as engine

    log: list[dict[str, list[float]]] = []  # per round: step -> [wall, CPU] summed
    saved = [(module, name, getattr(module, name))
             for module, names in ((importlib.import_module(m), n) for m, n in _STEPS.items())
             for name in names]
    saved.append((engine, "Meanwhile", engine.Meanwhile))
    for module, name, func in saved[:-1]:
        setattr(module, name, _timed(name, func, log))
    engine.Meanwhile = _timed_meanwhile(engine.Meanwhile, log)
    try:
        for _ in range(rounds + 1):
            engine.forget_phrases()
            log.append({})
            _timed("(whole extract)", lambda: one_process(engine.extract, text), log)()
    finally:
        for module, name, func in saved:
            setattr(module, name, func)
    timed_rounds = log[1:]
    out = {label: (statistics.median(r[label][0] for r in timed_rounds),
                   statistics.median(r[label][1] for r in timed_rounds))
           for label in timed_rounds[0]}
    whole = out.pop("(whole extract)")
    out["(the rest)"] = (whole[0] - sum(w for w, _c in out.values()),
                         whole[1] - sum(c for _w, c in out.values()))
    out["(whole extract)"] = whole
    return out


def _timed(label: str, func, log: list[dict[str, list[float]]]):
    """`func`, adding its wall and thread CPU milliseconds to `label` in the round under way."""
    def step(*args, **kwargs):
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent = log[-1].setdefault(label, [0.0, 0.0])
            spent[0] += (time.perf_counter() - wall) * 1000
            spent[1] += (time.thread_time() - cpu) * 1000
    return step


def _timed_meanwhile(meanwhile, log: list[dict[str, list[float]]]):
    """`Meanwhile` with its start and its `result()` wait timed, named after the scan."""
    class TimedMeanwhile(meanwhile):
        def __init__(self, func, *args) -> None:
            self._label = func.__name__
            _timed(f"Meanwhile {self._label} start", super().__init__, log)(func, *args)

        def result(self):
            return _timed(f"Meanwhile {self._label} wait", super().result, log)()
    return TimedMeanwhile


def python_loop(text: str) -> dict[str, int]:
    """The bare baseline: count the text's words in a dict, in plain Python."""
    counts: dict[str, int] = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


def report(times: dict[str, list[tuple[float, float]]], mb: float) -> None:
    base = [wall for wall, _cpu in times[BASELINE]]
    for label, rounds in times.items():
        wall = min(w for w, _c in rounds)
        cpu = min(c for _w, c in rounds)
        line = (f"  {label:22} {mb / wall:7.1f} MB/s wall ({wall * 1000:.1f} ms), "
                f"{mb / cpu:7.1f} MB/s CPU ({cpu * 1000:.1f} ms)")
        if label != BASELINE:
            ratio = statistics.median(w / b for (w, _c), b in zip(rounds, base))
            line += f"   {ratio:5.2f}x the python loop"
        print(line)


BASELINE = "python loop (baseline)"
_BASELINES = (BASELINE, "Aho-Corasick alone")


def startup_ms(codes: dict[str, str], runs: int = 5) -> dict[str, float]:
    """Median wall milliseconds each of `codes` (label -> code) prints, each run in a
    fresh interpreter that may write bytecode: a user's installed copy has it, so
    start-up is no compile benchmark (a first run of each writes what is missing and is
    not counted). The codes take turns, `runs` rounds, so a slow spell hits them all."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for code in codes.values():
        subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=env)
    times: dict[str, list[float]] = {label: [] for label in codes}
    for _ in range(runs):
        for label, code in codes.items():
            out = subprocess.run([sys.executable, "-c", code], capture_output=True,
                                 text=True, check=True, env=env)
            times[label].append(float(out.stdout.strip()) * 1000)
    return {label: statistics.median(ms) for label, ms in times.items()}


def print_steps(text: str, mb: float, rounds: int) -> None:
    print(f"text: {mb:.3f} MB; `extract` in one process (no helper), step by step, median of "
          f"{rounds} runs, memos emptied before each (ms; CPU: the calling thread's)")
    for label, (wall, cpu) in step_times(text, rounds).items():
        print(f"  {label:34} {wall:6.2f} wall {cpu:6.2f} CPU")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--steps", action="store_true",
                        help="only where one-process time goes, step by step")
    args = parser.parse_args(argv)

    from tradereader.extract import extract, extract_actors_issues, forget_phrases
    from tradereader.extract.dates import tag_dates
    from tradereader.extract.lexicon import shipped_automaton
    from tradereader.extract.lexmatch import lexicon_matches
    from tradereader.extract.normalize import fold

    text = reuters_text(args.folder)
    if not text.strip():
        parser.error(f"no Reuters *.txt files with a body in {args.folder}")
    mb = len(text.encode("utf-8")) / 1e6
    if args.steps:
        print_steps(text, mb, args.repeat)
        return 0
    folded = fold(text)[0]
    print(f"text: {mb:.3f} MB ({len(text):,} chars) from {args.folder}; "
          f"best of {args.repeat} interleaved rounds; the engine's memos of phrases are "
          "emptied before each run (a first reading of the text), except in the `warm` row")
    times = interleaved({
        BASELINE: lambda: python_loop(text),
        "Aho-Corasick alone": lambda: lexicon_matches(folded, shipped_automaton()),
        "actors+issues": lambda: extract_actors_issues(text),
        "dates": lambda: tag_dates(text, "1987-03-15"),
        "everything (extract)": lambda: extract(text, "1987-03-15"),
        "everything, one process": lambda: one_process(extract, text),
        "the same, memos warm": lambda: one_process(extract, text),
    }, args.repeat, fresh=forget_phrases)
    report(times, mb)
    from tradereader.extract import parallel

    helper = parallel._helper
    print(f"  (extract's dates tagged by a helper process: {'yes' if helper else 'no'}"
          f"{f' (pid {helper.pid})' if helper else ''}, load average "
          f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores)")
    started = startup_ms({
        "baseline": _STARTUP_BASELINE,
        "alone": _STARTUP_LEXICON.format(before=_MODEL_FIRST),
        "all": _STARTUP_LEXICON.format(before=""),
        "first call": _STARTUP_FIRST_CALL,
    })
    print("start-up (fresh interpreters, median of 5 interleaved rounds, wall; target < 50 ms):")
    for label, what in _STARTUP_LABELS:
        print(f"  {what:62} {started[label]:5.1f} ms")
    first = startup_ms({"first": _FIRST_READING.format(
        benchmarks=str(Path(__file__).parent), folder=str(args.folder))}, runs=5)["first"]
    print(f"the whole text read once by a fresh interpreter (after one short call): {first:.0f} ms"
          f" = {mb / first * 1000:.1f} MB/s\n  (the date tagger compiles each rule and narrows"
          " each opening word's rules as it first meets them: a process's first long text pays)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
