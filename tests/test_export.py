"""Golden-file tests of the exports, on the seed article with several notes and tags.

Regenerate the goldens after an intended change with
`UPDATE_GOLDEN=1 pytest tests/test_export.py` and review the diff.
Also home of `seed_article()` / `seed_notes()`, used by the other export tests.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tradereader.anchoring import find_quote, make_selectors
from tradereader.export import ExportGroup, to_markdown, to_w3c
from tradereader.model import (
    Annotation,
    Article,
    Mention,
    TextPositionSelector,
    TextQuoteSelector,
    article_id_for,
)

TESTS = Path(__file__).resolve().parent
SEED = TESTS.parent / "seeds" / "000_e58fc7d3f057b8d5.txt"
GOLDEN = TESTS / "golden"
EXPORTED = "2026-11-30T03:00:00Z"


def seed_article() -> Article:
    """The seed story as an Article, built here so the goldens do not follow ingest changes."""
    text = SEED.read_text(encoding="utf-8").replace("\r\n", "\n")
    blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    title_span, *body, byline_span = blocks
    byline = text[byline_span[0] : byline_span[1]].removeprefix("Written By ").strip()
    return Article(
        id=article_id_for(text),
        title=text[title_span[0] : title_span[1]],
        text=text,
        paragraphs=tuple(body),
        byline=byline,
        outlet="Seed Wire",
        source="seeds/000_e58fc7d3f057b8d5.txt",
        url="https://example.org/news/us-china-talks?id=42&lang=en",
        published="2025-07-07",
        imported="2026-11-29T10:00:00+00:00",
    )


def _note(
    article: Article, number: int, quote: str, note: str, tags: tuple[str, ...]
) -> Annotation:
    span = find_quote(article.text, quote)
    assert span is not None, quote
    selector, position = make_selectors(article.text, *span)
    return Annotation(
        id=f"seed-note-{number}",
        article_id=article.id,
        quote=selector,
        position=position,
        note=note,
        tags=tags,
        created=f"2026-11-29T1{number}:00:00Z",
        modified=f"2026-11-29T1{number}:30:00Z",
    )


def seed_notes(article: Article) -> list[Annotation]:
    """Five notes (created out of reading order) and one orphan from an older version."""
    notes = [
        _note(
            article,
            1,
            "purchase commitments under the 2020 Phase One deal",
            "The **core** of the dispute: see the USTR tracker.\n\n- agriculture\n- energy",
            ("phase one", "purchase-commitments"),
        ),
        _note(
            article,
            2,
            "Trade negotiators from the United States and China",
            "Who is at the table?",
            ("actors",),
        ),
        _note(article, 3, "the 2026 midterm elections", "", ("politics", "US")),
        _note(
            article,
            4,
            "negotiators are expected to announce an extension of the current truce",
            "Watch for the *date* of the announcement.",
            (),
        ),
        _note(
            article,
            5,
            "more time for detailed talks.\n\nMarkets have responded",
            "Spans two paragraphs.",
            ("phase one",),
        ),
    ]
    orphan = Annotation(
        id="seed-note-6",
        article_id=article.id,
        quote=TextQuoteSelector(
            "talks were postponed", "negotiators said on Friday the ", " until next week."
        ),
        position=TextPositionSelector(400, 420),
        note="From the first version of the story.",
        tags=("corrections",),
        created="2026-11-28T09:00:00Z",
        modified="2026-11-28T09:00:00Z",
        orphaned=True,
    )
    return notes + [orphan]


def seed_mentions(article: Article) -> list[Mention]:
    """Hand-made mentions (what the extractor might find), so the goldens do not follow it."""
    wanted = [
        ("United States", "actor", "country", "USA"),
        ("China", "actor", "country", "CHN"),
        ("Washington", "actor", "metonym", "USA"),
        ("Beijing", "actor", "metonym", "CHN"),
        ("negotiators", "actor", "group", "negotiators"),
        ("Biden administration", "actor", "government", "US executive"),
        ("tariffs", "issue", "topic", "tariffs"),
        ("market access", "issue", "topic", "market access"),
        ("purchase commitments", "issue", "topic", "purchase commitments"),
        ("this week", "date", "date", "2025-W28"),
        ("2020", "date", "date", "2020"),
        ("2026", "date", "date", "2026"),
        ("recent years", "date", "date", "PAST_REF"),
    ]
    mentions = []
    for phrase, kind, subtype, value in wanted:
        for match in re.finditer(re.escape(phrase), article.text):
            mentions.append(
                Mention(match.start(), match.end(), phrase, kind, subtype, value, why="test")
            )
    return sorted(mentions, key=lambda m: m.start)


def second_article() -> Article:
    text = "EU Weighs Steel Duties\n\nBrussels said on Monday it may raise duties on steel.\n"
    return Article(
        id=article_id_for(text),
        title="EU Weighs Steel Duties",
        text=text,
        paragraphs=((24, len(text) - 1),),
        outlet="Test Wire",
        source="/tmp/eu-steel.txt",
        published="2025-07-08",
    )


def tag_export_groups() -> list[ExportGroup]:
    """The notes tagged `phase one` across two articles, as `export --tag` would pass them."""
    seed = seed_article()
    tagged = [n for n in seed_notes(seed) if "phase one" in n.tags]
    other = second_article()
    span = find_quote(other.text, "may raise duties on steel")
    quote, position = make_selectors(other.text, *span)
    steel = Annotation(
        id="steel-1",
        article_id=other.id,
        quote=quote,
        position=position,
        note="Compare with the *Phase One* purchases.",
        tags=("phase one", "EU"),
        created="2026-11-29T18:00:00Z",
        modified="2026-11-29T18:00:00Z",
    )
    return [ExportGroup(seed, tagged), ExportGroup(other, [steel])]


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"golden file {path} is missing: run with UPDATE_GOLDEN=1 to create it")
    assert actual == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


def test_seed_article_markdown_golden():
    article = seed_article()
    group = ExportGroup(article, seed_notes(article), seed_mentions(article))
    check_golden("seed_article.md", to_markdown([group], exported=EXPORTED))


def test_tag_export_markdown_golden():
    markdown = to_markdown(tag_export_groups(), exported=EXPORTED, title="Notes tagged #phase one")
    check_golden("tag_phase_one.md", markdown)


def test_seed_article_w3c_golden():
    article = seed_article()
    collection = to_w3c([(article, seed_notes(article))], exported=EXPORTED, label=article.title)
    check_golden(
        "seed_article.w3c.json", json.dumps(collection, indent=2, ensure_ascii=False) + "\n"
    )


def test_goldens_are_reproducible():
    article = seed_article()
    group = ExportGroup(article, list(reversed(seed_notes(article))), seed_mentions(article))
    first = to_markdown([group], exported=EXPORTED)
    assert first == to_markdown([group], exported=EXPORTED)
    assert to_markdown([group], exported="2026-12-01T00:00:00Z") != first
