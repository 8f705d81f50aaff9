"""Annotations from the command line: annotate, list, export, import W3C files.

Pure glue over the store, anchoring and export modules; no Textual, no TinyDB.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from .anchoring import find_quote, make_selectors
from .errors import InputError, NotFound
from .model import Annotation


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def annotate(library, ref: str, quote: str, occurrence: int, note: str, tags: list[str]):
    """Add a note on the `occurrence`-th place `quote` stands in the article `ref`."""
    article = library.resolve_article(ref)
    if occurrence < 1:
        raise InputError("--occurrence counts from 1")
    span = find_quote(article.text, quote, occurrence)
    if span is None:
        where = f" {occurrence} times" if occurrence > 1 else ""
        raise InputError(f"the quote {quote!r} is not found{where} in article {article.id}")
    quote_selector, position = make_selectors(article.text, *span)
    stamp = now_iso()
    annotation = Annotation(
        id="",
        article_id=article.id,
        quote=quote_selector,
        position=position,
        note=note,
        tags=tuple(clean_tags(tags)),
        created=stamp,
        modified=stamp,
    )
    return library.add_annotation(annotation)


def clean_tags(tags: list[str]) -> list[str]:
    """Tags as the user means them: trimmed, no leading '#', no repeats, order kept."""
    seen: dict[str, None] = {}
    for raw in tags:
        for part in raw.replace(",", " ").split():
            tag = part.strip().lstrip("#")
            if tag:
                seen.setdefault(tag, None)
    return list(seen)


def list_notes(library, ref: str | None, tag: str | None) -> list[dict]:
    article_id = library.resolve_article(ref).id if ref else None
    if tag and tag not in library.tag_counts():
        raise NotFound(f"no annotation has the tag {tag!r}")
    return [annotation_json(a) for a in library.annotations(article_id=article_id, tag=tag)]


def annotation_json(annotation: Annotation) -> dict:
    return {
        "id": annotation.id,
        "article": annotation.article_id,
        "quote": annotation.quote.exact,
        "note": annotation.note,
        "tags": list(annotation.tags),
        "orphaned": annotation.orphaned,
        "created": annotation.created,
        "modified": annotation.modified,
        "start": annotation.position.start,
        "end": annotation.position.end,
    }


def write_export(path: Path, text: str) -> None:
    """Write atomically, so a failed export never leaves half a file behind."""
    path = path.expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write the export ({error.strerror})") from error
