"""Benchmark the reader in a real pseudo-terminal, side by side with its baselines.

Usage:
    python tests/benchmarks/bench_reader.py [--rounds N] [--pages N] [--keep DIR]

Every figure comes from processes started in a pty of 120x40 (python's `pty`), in
one run, interleaved round by round:
- cold start to the first frame showing the seed's title: `tradereader` (the CLI,
  library holding the seed) and the same through a bare runner (Library.open +
  make_app), against a bare Textual "hello" app; target <= 1.5x hello;
- a generated 100,000-line (6.1 MB) article: first frame vs the seed's (<= 1.5x),
  page-down latency (key written -> last byte of the redraw; median < 25 ms), and
  while its extraction still runs (from when the sidebar says it is finding mentions
  until it shows their count: key written -> the page redrawn, as the sidebar's
  spinner keeps writing), resident memory above the seed's (< 3x the
  file's size), at the first frame and once extraction has finished;
- `less` on the same file as the floor (first frame, page-down, RSS);
- keys pressed right after the first frame: a 120 KB article with ~200 entities
  ("medium"), page-down every 50 ms (or as soon as the last one showed) for the first
  0.8 s, while the reader mounts its sidebar, extracts and fills the Entities tree;
  each timed from the key written to a paragraph below the page shown appearing. The
  baseline: the same keys, paced alike, once the reader has settled (same process).
Not collected by pytest (tests/benchmarks is excluded).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import random
import re
import select
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_e58fc7d3f057b8d5.txt"
SEED_TITLE = "US-China Trade Talks Resume as Hopes Rise for Truce Extension"
BIG_TITLE = "Benchmark Report on Trade Flows"
COLS, ROWS = 120, 40
PAGE_DOWN = b"\x1b[6~"
QUIET = 0.05  # seconds of silence that end a redraw

HELLO_APP = """
from textual.app import App
from textual.widgets import Static
class Hello(App):
    def compose(self):
        yield Static("Hello from a bare Textual app")
Hello().run()
"""

RUNNER = """
import sys
from pathlib import Path
from tradereader.store import Library
from tradereader.ui.app import make_app
library = Library.open(Path(sys.argv[1]))
options = {"extractor": None} if "--no-extraction" in sys.argv[3:] else {}
if "--top" in sys.argv[3:]:  # read from the top, whatever the last run left
    library.set_position(sys.argv[2], 0)
try:
    make_app(library, open_article=sys.argv[2], **options).run()
finally:
    library.close()
"""

WORDS = (
    "the a of to and in that for on with as by from at is was were will would said "
    "officials ministers talks trade tariffs quotas exports imports market access "
    "agreement negotiations deficit surplus currency goods steel farm products week "
    "year month analysts investors companies industry growth prices demand supply "
    "government administration policy measures rules review report data figures"
).split()
NAMES = ("United States", "China", "Japan", "the European Union", "Brazil", "Washington",
         "Beijing", "the WTO", "March 3", "last year", "this week", "2019")
MEDIUM_TITLE = "Medium Report on Trade Talks"
MEDIUM_NAMES = (*NAMES, "Germany", "France", "India", "Mexico", "Canada", "South Korea",
                "Tokyo", "the IMF", "the World Bank", "Britain", "the Commerce Department",
                "Trade Representative Clayton Yeutter", "tariffs", "quotas", "dumping",
                "subsidies", "next month")
MONTHS = ("January February March April May June July August September October November "
          "December").split()
MARKER = re.compile(rb"Marker(\d{4})")  # each medium paragraph starts with its number
EARLY_WINDOW = 0.8  # seconds after the first frame in which keys count as early
EARLY_PACE = 0.05  # seconds between early keys (a user pressing page-down fast)


@dataclass
class Run:
    first_frame: float = float("nan")
    rss_first: int = 0
    rss_settled: int = 0
    pages: list[float] = field(default_factory=list)
    # (first byte, page redrawn) of page-downs written before the mention count showed
    pages_extracting: list[tuple[float, float]] = field(default_factory=list)
    # page-downs paced from the first frame, and the same once settled (medium only)
    early: list[float] = field(default_factory=list)
    settled: list[float] = field(default_factory=list)


# -- a pty session ---------------------------------------------------------------------


class Session:
    """A program in a pty of COLS x ROWS; collects its output with timestamps."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.started = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: size the terminal, then become the program
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
            os.execvpe(argv[0], argv, env)
        self.output = bytearray()

    def read(self, timeout: float) -> float | None:
        """Read what arrives within `timeout`; return the time of the last byte read."""
        last = None
        deadline = time.perf_counter() + timeout
        while (left := deadline - time.perf_counter()) > 0:
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                break
            try:
                chunk = os.read(self.fd, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            self.output += chunk
            last = time.perf_counter()
        return last

    def wait_for(self, needle: bytes | re.Pattern[bytes], timeout: float = 30.0) -> float:
        """Seconds from start until `needle` (bytes or a pattern) appears in the output."""
        deadline = time.perf_counter() + timeout
        pattern = needle if isinstance(needle, re.Pattern) else re.compile(re.escape(needle))
        while not pattern.search(self.output):
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{needle!r} never appeared")
            self.read(0.005)
        return time.perf_counter() - self.started

    def settle(self, quiet: float = 0.5, limit: float = 60.0) -> None:
        """Read until the program has been silent for `quiet` seconds."""
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline and self.read(quiet) is not None:
            pass

    def key_latency(self, key: bytes) -> float:
        """Seconds from writing `key` to the last byte of the redraw it causes."""
        sent = time.perf_counter()
        os.write(self.fd, key)
        last = self._read_one(2.0)
        while (got := self.read(QUIET)) is not None:
            last = got
        return (last - sent) if last else float("nan")

    def key_redraw(self, key: bytes, rows: int) -> tuple[float, float]:
        """Seconds from writing `key` to the first byte of its redraw and to the moment
        the redraw has put the cursor on `rows` different rows: a page redrawn, told
        apart from the sidebar's spinner, which redraws one line every 0.1 s."""
        self.read(0.02)  # what was on its way already
        mark = len(self.output)
        sent = time.perf_counter()
        os.write(self.fd, key)
        first = self._read_one(2.0)
        deadline = sent + 2.0
        while first is not None and time.perf_counter() < deadline:
            if len(set(CURSOR_ROW.findall(self.output, mark))) >= rows:
                return first - sent, time.perf_counter() - sent
            self.read(0.002)
        return float("nan"), float("nan")

    def _read_one(self, timeout: float) -> float | None:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return None
        self.output += os.read(self.fd, 1 << 16)
        return time.perf_counter()

    def rss(self) -> int:
        """Resident memory of the program (bytes), from /proc."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        return 0

    def close(self, quit_key: bytes = b"\x11") -> None:
        try:
            os.write(self.fd, quit_key)
            for _ in range(100):
                done, _ = os.waitpid(self.pid, os.WNOHANG)
                if done:
                    break
                self.read(0.02)
            else:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
        finally:
            os.close(self.fd)


# -- what is measured ------------------------------------------------------------------


def make_big_article(path: Path, lines: int = 100_000) -> None:
    """6.1 MB of wire copy: lines of up to 72 characters, five to a paragraph."""
    rng = random.Random(1987)
    out = [BIG_TITLE, ""]
    while len(out) < lines:
        for _ in range(5):
            words = [rng.choice(NAMES) if rng.random() < 0.04 else rng.choice(WORDS)
                     for _ in range(14)]
            out.append(" ".join(words)[:72].capitalize())
        out.append("")
    path.write_text("\n".join(out[:lines]) + "\n", encoding="utf-8")


def make_medium_article(path: Path, paragraphs: int = 400) -> None:
    """116 KB in paragraphs of ~290 characters, each opening with `MarkerNNNN`; one
    word in ten an actor, issue or date (~200 different entities)."""
    rng = random.Random(7)
    out = [MEDIUM_TITLE, ""]
    for number in range(paragraphs):
        words = []
        for _ in range(40):
            draw = rng.random()
            if draw < 0.08:
                words.append(rng.choice(MEDIUM_NAMES))
            elif draw < 0.1:
                words.append(f"{rng.choice(MONTHS)} {rng.randint(1, 28)}")
            else:
                words.append(rng.choice(WORDS))
        out += [f"Marker{number:04d} " + " ".join(words) + ".", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def page_to_new_paragraph(session: Session, seen: int) -> tuple[float, int]:
    """Write page-down; seconds until a paragraph marker above `seen` is drawn, and the
    highest marker then (nan, `seen` if none comes within 2 s)."""
    mark = len(session.output)
    sent = time.perf_counter()
    os.write(session.fd, PAGE_DOWN)
    while time.perf_counter() - sent < 2.0:
        session.read(0.001)
        shown = [int(number) for number in MARKER.findall(session.output, mark)]
        if shown and max(shown) > seen:
            latency = time.perf_counter() - sent
            session.read(0.01)  # the rest of that frame: its markers are not the next key's
            return latency, max(int(n) for n in MARKER.findall(session.output, mark))
    return float("nan"), seen


def paced_pages(session: Session, seen: int, count: int | None = None) -> tuple[list[float], int]:
    """Page-downs every EARLY_PACE s (or as soon as the last one showed): `count` of
    them, or as many as start within EARLY_WINDOW s. Their latencies, the last marker."""
    started = time.perf_counter()
    latencies: list[float] = []
    while (len(latencies) < count) if count else (time.perf_counter() - started < EARLY_WINDOW):
        due = started + len(latencies) * EARLY_PACE
        if (wait := due - time.perf_counter()) > 0:
            session.read(wait)
        latency, seen = page_to_new_paragraph(session, seen)
        latencies.append(latency)
    return latencies, seen


def measure_early_keys(session: Session, run: Run) -> None:
    """Keys pressed from the first frame on, then the same once the reader has settled."""
    seen = max(int(number) for number in MARKER.findall(session.output))
    run.early, seen = paced_pages(session, seen)
    session.wait_for(EXTRACTED, timeout=30.0)
    session.settle(quiet=0.5, limit=5.0)
    run.settled, _ = paced_pages(session, seen, count=len(run.early))


def measure(argv, env, title: str, *, pages: int = 0, quit_key: bytes = b"\x11",
            while_extracting: bool = False, early_keys: bool = False) -> Run:
    session = Session(argv, env)
    run = Run()
    try:
        run.first_frame = session.wait_for(title.encode())
        run.rss_first = session.rss()
        if early_keys:
            measure_early_keys(session, run)
            return run
        if while_extracting:
            run.pages_extracting = pages_while_extracting(session, pages)
        session.settle(quiet=0.5, limit=5.0)
        run.pages = [session.key_latency(PAGE_DOWN) for _ in range(pages)]
        run.rss_settled = session.rss()
    finally:
        session.close(quit_key)
    return run


def pages_while_extracting(session: Session, pages: int) -> list[float]:
    """Page-down latencies from when the sidebar says it is finding mentions (the reader
    has built itself and started the extraction), kept for the keys written before it
    showed their count (`N mentions`: extraction has ended)."""
    session.wait_for(b"Finding actors")
    sent, responses = [], []
    for _ in range(pages):
        if EXTRACTED.search(session.output):
            break
        sent.append(time.perf_counter())
        responses.append(session.key_redraw(PAGE_DOWN, rows=(ROWS * 3) // 4))
    done = session.wait_for(EXTRACTED, timeout=120.0) + session.started
    return [response for at, response in zip(sent, responses) if at < done]


EXTRACTED = re.compile(rb"\d mentions")
CURSOR_ROW = re.compile(rb"\x1b\[(\d+);\d+H")  # a cursor move (row; column)


def prepare(workdir: Path) -> tuple[dict[str, str], Path, str, str]:
    """Homes with the seed (and the big article); returns env, big file, their ids."""
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLS), "LINES": str(ROWS)}
    env["TRADEREADER_HOME"] = str(workdir / "home")
    # as after `pip install`: modules load from bytecode, not compiled on every start
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    big = workdir / "big.txt"
    make_big_article(big)
    sys.path.insert(0, str(REPO / "tui"))
    from tradereader import ingest
    from tradereader.store import Library

    medium = workdir / "medium.txt"
    make_medium_article(medium)
    library = Library.open(workdir / "home")
    try:
        seed_id = library.add_article(ingest.read_article(SEED))[0].id
        big_id = library.add_article(ingest.read_article(big))[0].id
        medium_id = library.add_article(ingest.read_article(medium))[0].id
    finally:
        library.close()
    seed_home = workdir / "seed-home"  # the seed alone: the CLI opens it straight away
    library = Library.open(seed_home)
    library.add_article(ingest.read_article(SEED))
    library.close()
    return env, big, seed_id, big_id, medium_id


def bench(rounds: int, pages: int, workdir: Path, only=None) -> dict[str, list[Run]]:
    env, big, seed_id, big_id, medium_id = prepare(workdir)
    (workdir / "hello.py").write_text(HELLO_APP)
    (workdir / "runner.py").write_text(RUNNER)
    python = sys.executable
    cli = str(Path(python).with_name("tradereader"))
    home = env["TRADEREADER_HOME"]
    programs = {
        "hello": ([python, str(workdir / "hello.py")], "Hello from a bare", 0, b"\x11"),
        "seed (cli)": ([cli, "--home", str(workdir / "seed-home")], SEED_TITLE, 0, b"\x11"),
        "seed": ([python, str(workdir / "runner.py"), home, seed_id], SEED_TITLE, pages, b"\x11"),
        "big": ([python, str(workdir / "runner.py"), home, big_id], BIG_TITLE, pages, b"\x11"),
        "big no-ext": ([python, str(workdir / "runner.py"), home, big_id, "--no-extraction"],
                       BIG_TITLE, pages, b"\x11"),
    }
    programs["medium keys"] = ([python, str(workdir / "runner.py"), home, medium_id, "--top"],
                               MEDIUM_TITLE, 0, b"\x11")
    if shutil.which("less"):
        programs["less big"] = (["less", str(big)], BIG_TITLE, pages, b"q")
    if only:
        programs = {name: program for name, program in programs.items() if name in only}
    results: dict[str, list[Run]] = {name: [] for name in programs}
    for argv, title, _, quit_key in programs.values():  # warm-up: bytecode, disk cache
        measure(argv, env, title, quit_key=quit_key)
    for _ in range(rounds):
        for name, (argv, title, n_pages, quit_key) in programs.items():
            results[name].append(measure(argv, env, title, pages=n_pages, quit_key=quit_key,
                                         while_extracting=name == "big",
                                         early_keys=name == "medium keys"))
    results["_size"] = big.stat().st_size  # type: ignore[assignment]
    return results


# -- the report ---------------------------------------------------------------------------


def median(values) -> float:
    values = [v for v in values if v == v]
    return statistics.median(values) if values else float("nan")


def report(results: dict) -> None:
    size = results.pop("_size")
    first = {name: median(r.first_frame for r in runs) for name, runs in results.items()}
    print(f"pty {COLS}x{ROWS}; big article {size / 1e6:.1f} MB, 100,000 lines; "
          f"medians of {len(next(iter(results.values())))} rounds\n")
    print(f"{'program':<12}{'first frame':>13}{'RSS first':>12}{'RSS after':>13}"
          f"{'page-down med':>15}{'p90':>8}")
    for name, runs in results.items():
        pages = [p for r in runs for p in r.pages]
        p90 = sorted(pages)[int(len(pages) * 0.9)] if pages else float("nan")
        print(f"{name:<12}{first[name] * 1000:>10.0f} ms"
              f"{median(r.rss_first for r in runs) / 2**20:>9.1f} MiB"
              f"{median(r.rss_settled for r in runs) / 2**20:>10.1f} MiB"
              f"{median(pages) * 1000:>12.1f} ms{p90 * 1000:>6.1f} ms")
    rss = {n: median(r.rss_first for r in runs) for n, runs in results.items()}
    rss_settled = {n: median(r.rss_settled for r in runs) for n, runs in results.items()}
    print()
    ratios(first, rss, rss_settled, results, size)


def ratios(first, rss, rss_after, results, size) -> None:
    """The targets of the issue, each as a ratio or a figure."""
    def line(label: str, value: str) -> None:
        print(f"{label:<40}{value}")

    if "hello" in first and "seed" in first:
        if "seed (cli)" in first:
            line("seed (cli) / hello first frame", f"{first['seed (cli)'] / first['hello']:.2f}x (<= 1.5)")
        line("seed / hello first frame", f"{first['seed'] / first['hello']:.2f}x (<= 1.5)")
    for big in ("big", "big no-ext"):
        if big not in first or "seed" not in first:
            continue
        pages = median(p for r in results[big] for p in r.pages)
        line(f"{big} / seed first frame", f"{first[big] / first['seed']:.2f}x (<= 1.5)")
        line(f"{big} page-down median", f"{pages * 1000:.1f} ms (< 25)")
        during = [p for r in results[big] for p in r.pages_extracting]
        if during:
            firsts, drawn = [p[0] for p in during], [p[1] for p in during]
            line(f"{big} page-down while extracting",
                 f"{median(drawn) * 1000:.1f} ms median to the page redrawn, max "
                 f"{max(drawn) * 1000:.1f} (< 25), first byte {median(firsts) * 1000:.1f} ms; "
                 f"{len(during)} keys")
        line(f"{big} RSS above seed, first frame", f"{(rss[big] - rss['seed']) / size:.2f}x file (< 3)")
        line(f"{big} RSS above seed, after pages", f"{(rss_after[big] - rss_after['seed']) / size:.2f}x file")
    if "medium keys" in results:
        early_keys_report(results["medium keys"], line)


def worst(values) -> float:
    """The largest of `values` (a key that never showed, nan, is left out)."""
    return max((v for v in values if v == v), default=float("nan"))


def early_keys_report(runs: list[Run], line) -> None:
    """Keys pressed in the first 0.8 s beside the same keys once settled: the median key,
    and the worst key of a run (median over runs), each as ms and as a ratio."""
    early = median(p for r in runs for p in r.early)
    settled = median(p for r in runs for p in r.settled)
    worst_early = median(worst(r.early) for r in runs)
    worst_settled = median(worst(r.settled) for r in runs)
    keys = sum(len(r.early) for r in runs)
    lost = sum(1 for r in runs for p in r.early if p != p)
    line("medium page-down, first 0.8 s / settled",
         f"median {early * 1000:.1f} / {settled * 1000:.1f} ms = {early / settled:.2f}x; "
         f"{keys} keys, {lost} never shown (undone or lost)")
    line("medium worst key of a run, first 0.8 s",
         f"{worst_early * 1000:.1f} / {worst_settled * 1000:.1f} ms settled = "
         f"{worst_early / worst_settled:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--only", nargs="*", help="run only these programs (names as listed)")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        report(bench(args.rounds, args.pages, args.keep, args.only))
        return
    with tempfile.TemporaryDirectory(prefix="bench-reader-") as folder:
        report(bench(args.rounds, args.pages, Path(folder), args.only))


if __name__ == "__main__":
    main()
