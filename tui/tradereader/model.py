"""The domain model: plain frozen dataclasses (and the slotted Mention of `mention`,
re-exported here) shared by every layer.

Nothing here imports TinyDB, Textual or Rich. The store turns these into
JSON documents and back (`to_dict` / `from_dict`); the UI only reads them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any, Literal

from .mention import Mention, MentionKind

__all__ = [
    "Annotation", "Article", "ArticleSummary", "LexiconEntry", "Mention", "MentionKind",
    "TextPositionSelector", "TextQuoteSelector", "article_id_for", "normalise_for_id",
    "published_problem",
]

PUBLISHED_YEARS = range(1000, 3000)  # publication dates outside are refused as typos


def published_problem(day: date) -> str | None:
    """Why `day` cannot be a publication date, or None when it can."""
    if day.year not in PUBLISHED_YEARS:
        first, last = PUBLISHED_YEARS[0], PUBLISHED_YEARS[-1]
        return f"{day.isoformat()} is outside the years {first}-{last}"
    return None


def normalise_for_id(text: str) -> str:
    """The text an article id is computed from: whitespace folded, ends trimmed."""
    return " ".join(text.split())


def article_id_for(text: str) -> str:
    """A stable id: the first 16 hex digits of the SHA-256 of the normalised text."""
    import hashlib  # here: its OpenSSL load (~2 ms) would be paid by every engine start

    digest = hashlib.sha256(normalise_for_id(text).encode("utf-8"))
    return digest.hexdigest()[:16]


class _Record:
    """Conversion to and from the JSON documents the store keeps."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in known})

    def evolve(self, **changes: Any):
        return replace(self, **changes)  # type: ignore[type-var]


@dataclass(frozen=True)
class Article(_Record):
    """An imported article.

    `text` is the file's text after decoding and turning `\\r\\n` into `\\n`
    (for HTML: the extracted main text); every offset in the program indexes it.
    `paragraphs` are `(start, end)` spans of `text` holding the body, in order;
    the title and byline lines are not among them.
    """

    id: str
    title: str
    text: str
    paragraphs: tuple[tuple[int, int], ...] = ()
    byline: str = ""
    outlet: str = ""
    source: str = ""  # the absolute path (or URL) it was imported from
    url: str = ""
    published: str | None = None  # YYYY-MM-DD
    imported: str = ""  # ISO 8601 time
    opened: str | None = None  # ISO 8601 time of the last opening
    position: int = 0  # reading position: offset in `text` of the top line
    previous_version: str | None = None  # id of the version this one replaced

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        data = dict(data)
        data["paragraphs"] = tuple(tuple(p) for p in data.get("paragraphs", ()))
        return super().from_dict(data)

    def paragraph_texts(self) -> list[str]:
        """Each paragraph's text with line breaks inside it folded to spaces."""
        return [self.text[s:e].replace("\n", " ") for s, e in self.paragraphs]


@dataclass(frozen=True)
class TextQuoteSelector(_Record):
    """W3C TextQuoteSelector: the exact text with up to 32 characters each side."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class TextPositionSelector(_Record):
    """W3C TextPositionSelector: `[start, end)` offsets in the article's text."""

    start: int
    end: int


@dataclass(frozen=True)
class Annotation(_Record):
    """A note on a passage. Never deleted because its text moved: orphaned instead."""

    id: str
    article_id: str
    quote: TextQuoteSelector
    position: TextPositionSelector
    note: str = ""
    tags: tuple[str, ...] = ()
    created: str = ""
    modified: str = ""
    orphaned: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotation:
        data = dict(data)
        data["quote"] = TextQuoteSelector.from_dict(data["quote"])
        data["position"] = TextPositionSelector.from_dict(data["position"])
        data["tags"] = tuple(data.get("tags", ()))
        return super().from_dict(data)


@dataclass(frozen=True)
class LexiconEntry(_Record):
    """A user's own lexicon line: a phrase added as an actor or issue, or suppressed.

    `action` is "add" (the phrase is a mention of `kind`/`subtype`/`value`)
    or "suppress" (the phrase is never highlighted as `kind`).
    """

    phrase: str
    kind: MentionKind
    action: Literal["add", "suppress"] = "add"
    subtype: str = ""
    value: str = ""


@dataclass(frozen=True)
class ArticleSummary(_Record):
    """What the library table shows of an article, without its text."""

    id: str
    title: str
    outlet: str = ""
    source: str = ""
    published: str | None = None
    imported: str = ""
    opened: str | None = None
    notes: int = 0
    tags: tuple[str, ...] = field(default_factory=tuple)
