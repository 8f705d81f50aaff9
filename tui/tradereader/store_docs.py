"""Documents <-> domain models for the store, and the small rules of what gets saved.

The converters build models straight from the stored documents: the generic
`from_dict` of the model takes ~30 us a note, too slow for 10,000 notes.
A test checks they know every field of the models.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timezone
from typing import Any

from tradereader.errors import InputError
from tradereader.model import (
    Annotation,
    Article,
    ArticleSummary,
    TextPositionSelector,
    TextQuoteSelector,
    published_problem,
)

Doc = dict[str, Any]


def utc_now() -> str:
    """The time now as ISO 8601 UTC with seconds: `2026-11-30T02:52:33+00:00`."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags stripped, empty ones dropped, duplicates dropped (first one kept)."""
    return tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))


def clean_phrase(phrase: str) -> str:
    return " ".join(phrase.split())


def tag_order(tag: str) -> tuple[str, str]:
    return (tag.casefold(), tag)


def checked_date(value: str | date | None) -> str | None:
    """A publication date as YYYY-MM-DD (or None); InputError for anything else."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    day = value if isinstance(value, date) else _iso_day(value)
    if day is None:
        raise InputError(f"{value!r} is not a date (YYYY-MM-DD)")
    problem = published_problem(day)
    if problem:
        raise InputError(f"{problem}: not taken as a publication date")
    return day.isoformat()


def _iso_day(text: str) -> date | None:
    text = text.strip()
    if len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def annotation_from_doc(doc: Doc) -> Annotation:
    quote, position = doc["quote"], doc["position"]
    return Annotation(
        id=doc["id"],
        article_id=doc["article_id"],
        quote=TextQuoteSelector(quote["exact"], quote.get("prefix", ""), quote.get("suffix", "")),
        position=TextPositionSelector(position["start"], position["end"]),
        note=doc.get("note", ""),
        tags=tuple(doc.get("tags", ())),
        created=doc.get("created", ""),
        modified=doc.get("modified", ""),
        orphaned=bool(doc.get("orphaned", False)),
    )


def article_from_doc(doc: Doc) -> Article:
    return Article.from_dict(doc)


def summary_from_doc(doc: Doc, notes: int, tags: Iterable[str]) -> ArticleSummary:
    return ArticleSummary(
        id=doc["id"],
        title=doc["title"],
        outlet=doc.get("outlet", ""),
        source=doc.get("source", ""),
        published=doc.get("published"),
        imported=doc.get("imported", ""),
        opened=doc.get("opened"),
        notes=notes,
        tags=tuple(sorted(tags, key=tag_order)),
    )


def reanchored(annotations: list[Annotation], article: Article) -> list[Annotation]:
    """The annotations moved onto `article` (a new version): re-anchored, or orphaned.

    Uses `tradereader.anchoring.reanchor`; without it (or when it fails on
    one note) the note is kept where it was and marked orphaned, never lost.
    """
    try:
        from tradereader.anchoring import reanchor
    except ImportError:
        return [a.evolve(article_id=article.id, orphaned=True) for a in annotations]
    moved = []
    for annotation in annotations:
        try:
            placed = reanchor(annotation, article.text)
        except Exception:  # a bug in re-anchoring must never cost a note
            placed = annotation.evolve(orphaned=True)
        moved.append(placed.evolve(article_id=article.id))
    return moved
