"""What the Markdown and W3C exports share: the export group, reading order, tags.

An export is a list of *groups*, one per article: the article, the annotations to
export from it, and (optionally) the article's mentions for the Markdown
*Entities* summary. A plain tuple `(article, annotations, mentions)` works as well
as an `ExportGroup`, so callers need not import this module.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .model import Annotation, Article, Mention


class ExportGroup(NamedTuple):
    """One article's part of an export. `mentions` only feed the Markdown summary."""

    article: Article
    annotations: Sequence[Annotation]
    mentions: Sequence[Mention] = ()


def as_groups(groups: Iterable[Sequence]) -> list[ExportGroup]:
    """Accept `ExportGroup`s or plain `(article, annotations[, mentions])` tuples."""
    return [g if isinstance(g, ExportGroup) else ExportGroup(*g) for g in groups]


def reading_order(annotations: Iterable[Annotation]) -> list[Annotation]:
    """Annotations sorted as a reader meets them (position, then creation time, then id)."""
    return sorted(annotations, key=lambda a: (a.position.start, a.position.end, a.created, a.id))


def paragraph_numbers(article: Article, start: int, end: int) -> tuple[int, int] | None:
    """1-based numbers of the first and last body paragraphs `[start, end)` touches.

    A passage that starts between two paragraphs counts from the next one; None
    when it lies outside every paragraph (the title or byline).
    """
    spans = article.paragraphs
    if not spans:
        return None
    starts = [s for s, _ in spans]
    first = max(0, bisect_right(starts, start) - 1)
    if spans[first][1] <= start:  # in the gap after paragraph `first`
        first += 1
    last = max(0, bisect_right(starts, max(start, end - 1)) - 1)
    if first >= len(spans) or first > last or spans[first][0] >= end:
        return None
    return first + 1, last + 1


_NOT_TAG_CHAR = re.compile(r"[^\w/-]+")
_DASHES = re.compile(r"-{2,}")


def tag_word(tag: str) -> str:
    """A tag as an Obsidian/Markdown `#tag` word, without the `#` ("" if nothing is left).

    Whitespace and characters other than letters, digits, `_`, `-`, `/` become a
    hyphen: "market access" -> "market-access", "#EU" -> "EU".
    """
    word = _NOT_TAG_CHAR.sub("-", unicodedata.normalize("NFC", tag).strip())
    return _DASHES.sub("-", word).strip("-_/")


def tag_words(tags: Iterable[str]) -> list[str]:
    """Distinct non-empty tag words, in first-seen order."""
    words = (tag_word(t) for t in tags)
    return list(dict.fromkeys(w for w in words if w))


def all_tags(groups: Iterable[ExportGroup]) -> list[str]:
    """Every tag word of every exported annotation, sorted case-insensitively."""
    words = tag_words(t for g in groups for a in g.annotations for t in a.tags)
    return sorted(words, key=lambda w: (w.casefold(), w))


def slugify(title: str, default: str = "notes") -> str:
    """A file-name-safe slug of `title` (ASCII, lower case, hyphens, at most 60 chars,
    cut after a whole word when there is one)."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    if len(slug) > 60:
        cut = slug[:61].rfind("-")  # a hyphen right after the 60th character ends a word too
        slug = slug[:cut] if cut > 0 else slug[:60]
    return slug or default
