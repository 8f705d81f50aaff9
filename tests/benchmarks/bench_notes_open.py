"""Opening an article with 1,000 notes: time to the reader's first painted line vs none.

    python tests/benchmarks/bench_notes_open.py [runs]

Builds a 1,200-paragraph article in a temporary library (once bare, once with a note
on each of its first 1,000 paragraphs), opens it with `make_app` under Pilot and
takes the time until the article view paints its first line. Prints the medians and
their ratio (the target: at most 1.3).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tradereader.anchoring import make_selectors
from tradereader.model import Annotation, Article, article_id_for
from tradereader.store import Library
from tradereader.ui.app import make_app
from tradereader.ui.widgets.article_view import ArticleView

PARAGRAPH = (
    "Officials from both governments met in Geneva on Monday. The U.S. side asked for "
    "more time, and China agreed to a short extension."
)


def long_article(paragraphs: int = 1200) -> Article:
    body = [f"{number}. {PARAGRAPH}" for number in range(paragraphs)]
    text = "Long Report\n\n" + "\n\n".join(body) + "\n"
    spans, position = [], len("Long Report\n\n")
    for chunk in body:
        spans.append((position, position + len(chunk)))
        position += len(chunk) + 2
    return Article(id=article_id_for(text), title="Long Report", text=text, paragraphs=tuple(spans))


def library_with_notes(home: Path, notes: int) -> tuple[Library, str]:
    library = Library.open(home)
    article, _ = library.add_article(long_article())
    for number, (start, end) in enumerate(article.paragraphs[:notes]):
        quote, position = make_selectors(article.text, start, end)
        note = Annotation(id="", article_id=article.id, quote=quote, position=position,
                          note=f"note {number}", tags=(f"tag{number % 20}",))
        library.add_annotation(note)
    return library, article.id


async def first_paint(library: Library, article_id: str) -> float:
    painted: list[float] = []
    original = ArticleView.render_line

    def spy(view: ArticleView, y: int):
        if not painted:
            painted.append(time.perf_counter())
        return original(view, y)

    ArticleView.render_line = spy  # type: ignore[method-assign]
    try:
        app = make_app(library, open_article=article_id, extractor=None)
        started = time.perf_counter()
        async with app.run_test(size=(120, 40)):
            while not painted:
                await asyncio.sleep(0.001)
        return painted[0] - started
    finally:
        ArticleView.render_line = original  # type: ignore[method-assign]


async def median_first_paint(notes: int, runs: int) -> float:
    home = Path(tempfile.mkdtemp(prefix="bench-notes-")) / "home"
    library, article_id = library_with_notes(home, notes)
    try:
        times = [await first_paint(library, article_id) for _ in range(runs)]
    finally:
        library.close()
    return statistics.median(times)


async def main(runs: int) -> None:
    bare = await median_first_paint(0, runs)
    noted = await median_first_paint(1000, runs)
    print(f"first paint, no notes:    {bare * 1000:7.1f} ms (median of {runs})")
    print(f"first paint, 1,000 notes: {noted * 1000:7.1f} ms")
    print(f"ratio: {noted / bare:.2f} (target <= 1.3)")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 9))
