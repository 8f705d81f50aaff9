"""Benchmark: export a library of 1,000 articles and 10,000 notes (target: Markdown < 2 s).

    /work/venv/bin/python tests/benchmarks/bench_export.py [--articles 1000] [--notes 10]

Prints the median of several runs for: a baseline (joining the quotes), the Markdown
export, the Markdown export with an Entities summary (30 mentions per article), and
the W3C export (building the dict, then `json.dumps`).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time

from tradereader.anchoring import make_selectors
from tradereader.export import ExportGroup, to_markdown, to_w3c
from tradereader.model import Annotation, Article, Mention, article_id_for

WORDS = (
    "trade tariffs China United States negotiators talks Geneva market access deal "
    "officials Beijing Washington truce extension purchase commitments *emphasis* "
    "# < > ` _ & the of and to in a is that for on with as"
).split()


def make_article(rng: random.Random, number: int) -> Article:
    paragraphs = [" ".join(rng.choice(WORDS) for _ in range(60)) for _ in range(8)]
    title = f"Story {number}: " + " ".join(rng.choice(WORDS) for _ in range(8))
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    spans, at = [], len(title) + 2
    for paragraph in paragraphs:
        spans.append((at, at + len(paragraph)))
        at += len(paragraph) + 2
    return Article(
        id=article_id_for(text),
        title=title,
        text=text,
        paragraphs=tuple(spans),
        byline="A. Writer",
        outlet="Bench Wire",
        url=f"https://example.org/{number}",
        published="2025-07-07",
    )


def make_notes(rng: random.Random, article: Article, count: int) -> list[Annotation]:
    notes = []
    for i in range(count):
        start, end = rng.choice(article.paragraphs)
        a = rng.randrange(start, end - 40)
        quote, position = make_selectors(article.text, a, a + rng.randrange(10, 40))
        notes.append(
            Annotation(
                id=f"{article.id}-{i}",
                article_id=article.id,
                quote=quote,
                position=position,
                note="A note with **Markdown** and a list:\n\n- one\n- two",
                tags=("bench", f"t{i % 7}"),
                created="2026-11-30T03:00:00Z",
                modified="2026-11-30T03:00:00Z",
                orphaned=(i % 50 == 0),
            )
        )
    return notes


def make_mentions(rng: random.Random, article: Article) -> list[Mention]:
    kinds = [
        ("actor", "country", "CHN"),
        ("actor", "country", "USA"),
        ("issue", "topic", "tariffs"),
        ("date", "date", "2025-W28"),
    ]
    mentions = []
    for _ in range(30):
        kind, subtype, value = rng.choice(kinds)
        start = rng.randrange(0, len(article.text) - 10)
        mentions.append(
            Mention(start, start + 5, article.text[start : start + 5], kind, subtype, value)
        )
    return sorted(mentions, key=lambda m: m.start)


def median_time(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=10, help="notes per article")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)
    articles = [make_article(rng, n) for n in range(args.articles)]
    groups = [ExportGroup(a, make_notes(rng, a, args.notes)) for a in articles]
    with_entities = [
        ExportGroup(g.article, g.annotations, make_mentions(rng, g.article)) for g in groups
    ]
    total = sum(len(g.annotations) for g in groups)
    exported = "2026-11-30T03:00:00Z"
    print(f"{args.articles} articles, {total} notes; median of {args.runs} runs")
    rows = [
        (
            "baseline: '\\n'.join(quotes)",
            lambda: "\n".join(n.quote.exact for g in groups for n in g.annotations),
        ),
        ("to_markdown (all notes)", lambda: to_markdown(groups, exported=exported, title="All")),
        (
            "to_markdown + entities",
            lambda: to_markdown(with_entities, exported=exported, title="All"),
        ),
        ("to_w3c + json.dumps", lambda: json.dumps(to_w3c(groups, exported=exported))),
    ]
    size = len(to_markdown(groups, exported=exported, title="All"))
    for label, action in rows:
        print(f"  {label:32s} {median_time(action, args.runs) * 1000:9.1f} ms")
    print(f"  Markdown size: {size / 1e6:.1f} MB (target: to_markdown < 2000 ms)")


if __name__ == "__main__":
    main()
