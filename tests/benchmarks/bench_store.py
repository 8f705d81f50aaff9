"""Benchmark of the library store: how long saving one note takes in a big library.

    python tests/benchmarks/bench_store.py [--articles 1000] [--notes 10000] [--rounds 200]

Builds a library of N articles (about 5 KB of text each) and M notes in a temp
folder, then measures, side by side in one run:
  - Library.add_annotation / update_annotation / set_position (a full atomic save:
    temp file, fsync, .bak link, os.replace, fsync of the folder);
  - the bare floor: one orjson.dumps of the same data + writing the file
    (and the same with fsync);
  - opening the library and the reads the UI does.
Not collected by pytest. Prints the figures; the target is a median save under 15 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import orjson

from tradereader.model import Annotation, Article, TextPositionSelector, TextQuoteSelector
from tradereader.store import Library

WORDS = (
    "tariff trade deal minister talks export import steel rice semiconductor quota "
    "Japan United States Washington Tokyo Brussels agreement dispute WTO duty week said"
).split()


def article_text(rng: random.Random, size: int) -> str:
    paragraphs, length = [], 0
    while length < size:
        paragraph = " ".join(rng.choice(WORDS) for _ in range(60)) + "."
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "Headline of the story\n\n" + "\n\n".join(paragraphs)


def make_note(article: Article, rng: random.Random, n: int) -> Annotation:
    start = rng.randrange(0, len(article.text) - 80)
    end = start + rng.randrange(20, 80)
    return Annotation(
        id=f"{n:032x}",
        article_id=article.id,
        quote=TextQuoteSelector(
            exact=article.text[start:end],
            prefix=article.text[max(0, start - 32) : start],
            suffix=article.text[end : end + 32],
        ),
        position=TextPositionSelector(start, end),
        note=f"Note {n}: " + " ".join(rng.choice(WORDS) for _ in range(12)),
        tags=(rng.choice(WORDS), rng.choice(WORDS)),
        created="2026-11-30T00:00:00+00:00",
        modified="2026-11-30T00:00:00+00:00",
    )


def build_home(home: Path, articles: int, notes: int, text_size: int) -> list[Article]:
    """Write library.json directly (saving 10,000 notes one by one would take minutes)."""
    rng = random.Random(1987)
    made = [
        Article(id=f"{i:016x}", title=f"Story {i}", text=article_text(rng, text_size),
                source=f"/news/{i}.txt", imported=f"2026-01-01T00:00:{i % 60:02d}+00:00")
        for i in range(articles)
    ]
    tables = {
        "meta": {"1": {"schema_version": 1}},
        "articles": {str(i + 1): a.to_dict() for i, a in enumerate(made)},
        "annotations": {
            str(n + 1): make_note(made[n % articles], rng, n).to_dict() for n in range(notes)
        },
        "lexicon": {},
    }
    home.mkdir(parents=True, exist_ok=True)
    (home / "library.json").write_bytes(orjson.dumps(tables))
    return made


def timed(action: Callable[[], object], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def floor(home: Path, data: dict, fsync: bool) -> Callable[[], None]:
    target = home / "floor.json"

    def dump_and_write() -> None:
        with open(target, "wb") as out:
            out.write(orjson.dumps(data))
            if fsync:
                out.flush()
                os.fsync(out.fileno())

    return dump_and_write


def fsync_floor(home: Path) -> Callable[[], None]:
    target = home / "fsync.probe"

    def write_one_byte() -> None:
        with open(target, "wb") as out:
            out.write(b"x")
            out.flush()
            os.fsync(out.fileno())

    return write_one_byte


def report(label: str, times: list[float], base: float | None = None) -> float:
    median = statistics.median(times)
    p90 = statistics.quantiles(times, n=10)[-1] if len(times) > 1 else median
    ratio = f"  {median / base:4.2f}x floor" if base else ""
    print(f"  {label:<44} median {median:7.2f} ms   p90 {p90:7.2f} ms{ratio}")
    return median


def measure(home: Path, args: argparse.Namespace) -> None:
    made = build_home(home, args.articles, args.notes, args.text_size)
    size = (home / "library.json").stat().st_size
    print(f"{args.articles} articles, {args.notes} notes: library.json {size / 1e6:.1f} MB")
    report("Library.open (parse + checks)", timed(lambda: Library.open(home).close(), 5))
    rng = random.Random(7)
    report("fsync of a 1-byte file (this disk's floor)", timed(fsync_floor(home), 50))
    first = []
    for n in range(3):
        with Library.open(home) as lib:
            note = make_note(made[0], rng, 10**8 + n).evolve(id="")
            first += timed(lambda: lib.add_annotation(note), 1)  # noqa: B023 - called at once
    report("first save after opening (serialises all)", first)
    with Library.open(home) as lib:
        data = lib._db.storage.read()
        base = report("floor: orjson.dumps + write", timed(floor(home, data, False), args.rounds))
        base_sync = report(
            "floor: orjson.dumps + write + fsync", timed(floor(home, data, True), args.rounds)
        )
        counter = iter(range(10**6, 10**7))
        saved: list[Annotation] = []

        def save() -> None:
            note = make_note(made[0], rng, next(counter)).evolve(id="")  # as the UI saves
            saved.append(lib.add_annotation(note))

        report("add_annotation (atomic save)", timed(save, args.rounds), base_sync)
        real_fsync = os.fsync
        os.fsync = lambda fd: None  # what the save costs besides waiting for the disk
        try:
            report("add_annotation, fsync skipped (CPU + write)", timed(save, args.rounds), base)
        finally:
            os.fsync = real_fsync
        edits = iter(saved * 2)
        report("update_annotation", timed(lambda: lib.update_annotation(next(edits)), args.rounds),
               base_sync)
        offsets = iter(range(1, 10**6))
        report("set_position", timed(lambda: lib.set_position(made[1].id, next(offsets)),
                                     args.rounds), base_sync)
        report("annotations(article_id)", timed(lambda: lib.annotations(made[2].id), 20))
        report("annotations() all", timed(lib.annotations, 5))
        report("articles() summaries", timed(lib.articles, 5))
        report("tag_counts()", timed(lib.tag_counts, 5))
        report("get_article(id)", timed(lambda: lib.get_article(made[-1].id), 20))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--text-size", type=int, default=5000, help="characters per article")
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as folder:
        measure(Path(folder) / "home", args)


if __name__ == "__main__":
    sys.exit(main())
