"""Benchmark annotations: opening an annotated article, and saving one note in a big library.

Usage:
    python tests/benchmarks/bench_annotations.py [--rounds N]

Figures, side by side in one run (these machines are noisy, so ratios count):
- first frame of an article holding 1,000 annotations against the same article
  without any, each in its own home, in a real pty (target <= 1.3x);
- the median time to save one annotation (`Library.add_annotation`, fsync included)
  with 10,000 annotations in the library, against the floor of serialising the same
  data with orjson and writing it with fsync (target <= 15 ms).
Not collected by pytest (tests/benchmarks is excluded).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "tui"))

from bench_reader import RUNNER, measure  # noqa: E402

from tradereader.anchoring import make_selectors  # noqa: E402
from tradereader.ingest import parse_text  # noqa: E402
from tradereader.model import Annotation  # noqa: E402
from tradereader.store import Library  # noqa: E402

TITLE = "Annotated Benchmark Report on Trade"


def make_text(paragraphs: int = 1200) -> str:
    body = [
        f"Paragraph {n}: officials from the United States and China met on tariffs. "
        f"Negotiators said market access for item {n} would improve next year."
        for n in range(paragraphs)
    ]
    return TITLE + "\n\n" + "\n\n".join(body) + "\n"


def annotations_for(article, count: int, start: int = 0) -> list[Annotation]:
    notes = []
    spans = article.paragraphs
    for n in range(count):
        s, e = spans[(start + n) % len(spans)]
        quote, position = make_selectors(article.text, s, min(e, s + 70))
        notes.append(
            Annotation(id=f"bench{start + n:06d}", article_id=article.id, quote=quote,
                       position=position, note=f"Note {n}: worth a closer look.",
                       tags=("bench", f"t{n % 20}"))
        )
    return notes


def fill(home: Path, text: str, notes: int) -> str:
    library = Library.open(home)
    try:
        article = library.add_article(parse_text(text, source=str(home / "a.txt")))[0]
        for annotation in annotations_for(article, notes):
            library.add_annotation(annotation)
        return article.id
    finally:
        library.close()


def first_frames(workdir: Path, rounds: int) -> tuple[float, float]:
    text = make_text()
    plain = fill(workdir / "plain", text, 0)
    noted = fill(workdir / "noted", text, 1000)
    (workdir / "runner.py").write_text(RUNNER)
    env = {**os.environ, "TERM": "xterm-256color"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs: dict[str, list[float]] = {"plain": [], "noted": []}
    for index in range(rounds + 1):  # the first round warms up and is not counted
        for name, article_id in (("plain", plain), ("noted", noted)):
            argv = [sys.executable, str(workdir / "runner.py"), str(workdir / name), article_id]
            frame = measure(argv, env, TITLE).first_frame
            if index:
                runs[name].append(frame)
    return statistics.median(runs["plain"]), statistics.median(runs["noted"])


def save_times(workdir: Path, saves: int = 30) -> tuple[float, float]:
    import orjson

    home = workdir / "big"
    library = Library.open(home)
    try:
        articles = [
            library.add_article(parse_text(make_text(12).replace(TITLE, f"Story {n}")))[0]
            for n in range(100)
        ]
        for n, article in enumerate(articles):
            for annotation in annotations_for(article, 100, start=n * 100):
                library.add_annotation(annotation)
        target = articles[0]
        timings = []
        for n in range(saves):
            note = annotations_for(target, 1, start=20_000 + n)[0]
            began = time.perf_counter()
            library.add_annotation(note)
            timings.append(time.perf_counter() - began)
    finally:
        library.close()
    data = orjson.loads((home / "library.json").read_bytes())
    floor = []
    for _ in range(saves):
        began = time.perf_counter()
        blob = orjson.dumps(data)
        with open(workdir / "floor.json", "wb") as handle:
            handle.write(blob)
            handle.flush()
            os.fsync(handle.fileno())
        floor.append(time.perf_counter() - began)
    return statistics.median(timings), statistics.median(floor)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        plain, noted = first_frames(workdir, args.rounds)
        save, floor = save_times(workdir)
    print(f"first frame, article without notes   {plain * 1000:7.1f} ms")
    print(f"first frame, article with 1,000 notes {noted * 1000:7.1f} ms")
    print(f"  ratio                                {noted / plain:7.2f}x (<= 1.3)")
    print(f"save one note, 10,000 in the library  {save * 1000:7.1f} ms (<= 15)")
    print(f"  floor: orjson.dumps + write + fsync {floor * 1000:7.1f} ms")
    print(f"  ratio                                {save / floor:7.2f}x")


if __name__ == "__main__":
    main()
