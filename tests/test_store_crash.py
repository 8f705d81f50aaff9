"""Crash safety: a writer killed with SIGKILL at random moments never loses a saved note.

A child process saves notes in a loop and prints each id once its save has
returned. The parent kills it at a random moment, then checks that the library
still parses and holds every printed id. A hundred kills on one home.
"""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import orjson

from tradereader.store import Library

KILLS = 100

WRITER = textwrap.dedent(
    """
    import sys
    from tradereader.model import (
        Annotation, Article, TextPositionSelector, TextQuoteSelector, article_id_for,
    )
    from tradereader.store import Library

    TEXT = "Crash test\\n\\nThe ministers met in Geneva to discuss tariffs on steel."
    with Library.open(sys.argv[1]) as lib:
        article, _ = lib.add_article(Article(id=article_id_for(TEXT), title="Crash", text=TEXT))
        print("ready", flush=True)
        start = TEXT.index("tariffs")
        n = 0
        while True:
            note = lib.add_annotation(Annotation(
                id="", article_id=article.id,
                quote=TextQuoteSelector(exact="tariffs"),
                position=TextPositionSelector(start, start + 7),
                note=f"note {n}", tags=("crash", f"t{n % 7}"),
            ))
            if n % 5 == 0:
                lib.update_annotation(note.evolve(note=f"note {n} edited"))
            if n % 11 == 0:
                lib.set_position(article.id, n)
            sys.stdout.write(note.id + "\\n")
            sys.stdout.flush()
            n += 1
    """
)


def run_and_kill(home: Path, rng: random.Random) -> set[str]:
    """Start a writer, kill it at a random moment; the ids it reported as saved."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    if rng.random() < 0.15:
        time.sleep(rng.uniform(0.0, 0.15))  # sometimes while it starts and opens
    else:
        ready = child.stdout.readline()  # type: ignore[union-attr]
        assert ready == b"ready\n", child.communicate()[1].decode()
        time.sleep(rng.uniform(0.005, 0.08))
    child.kill()
    out, err = child.communicate()
    assert child.returncode == -9, err.decode()  # killed, not crashed on its own
    *complete, _partial = out.split(b"\n")  # a line cut by the kill is not a promise
    return {line.decode() for line in complete if line != b"ready"}


def check_library(home: Path, promised: set[str]) -> None:
    data = orjson.loads((home / "library.json").read_bytes())  # parses
    assert data["meta"]["1"]["schema_version"] == 1
    orjson.loads((home / "library.json.bak").read_bytes())
    with Library.open(home) as lib:  # the dead writer's lock is gone
        stored = {a.id for a in lib.annotations()}
    lost = promised - stored
    assert not lost, f"{len(lost)} saved notes lost"


def test_sigkill_at_random_moments_loses_no_saved_note(home: Path) -> None:
    rng = random.Random(20261130)
    promised: set[str] = set()
    started = time.monotonic()
    for _ in range(KILLS):
        promised |= run_and_kill(home, rng)
        if (home / "library.json").exists():
            check_library(home, promised)
    assert list(home.glob("library.json.corrupt-*")) == []
    assert len(promised) > KILLS, "the writer hardly saved anything: the test proves little"
    assert time.monotonic() - started < 120
