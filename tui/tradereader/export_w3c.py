"""Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), and back.

`to_w3c` writes one `AnnotationCollection` with a single embedded page. Each
annotation:

    {"@context": "http://www.w3.org/ns/anno.jsonld",
     "id": "urn:tradereader:annotation:<id>", "type": "Annotation",
     "motivation": "commenting" | "tagging" | "highlighting",
     "created": ..., "modified": ...,
     "body": [{"type": "TextualBody", "value": <note>, "format": "text/markdown",
               "purpose": "commenting"},
              {"type": "TextualBody", "value": <tag>, "purpose": "tagging"}, ...],
     "target": {"source": <article url, or urn:tradereader:article:<article id>>,
                "selector": [{"type": "TextQuoteSelector", "exact", "prefix", "suffix"},
                             {"type": "TextPositionSelector", "start", "end"}]}}

`read_w3c` reads such a document (or a page, a single annotation, a list of them,
also from other tools) into `ImportedAnnotation`s; `attach` places them on the
articles of a library: by source first, then by finding the quote.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .anchoring import locate, make_selectors
from .errors import InputError
from .export_common import as_groups, reading_order
from .model import Annotation, Article, TextPositionSelector, TextQuoteSelector

CONTEXT_URL = "http://www.w3.org/ns/anno.jsonld"
ANNOTATION_URN = "urn:tradereader:annotation:"
ARTICLE_URN = "urn:tradereader:article:"
EXPORT_URN = "urn:tradereader:export:"


# -- writing ------------------------------------------------------------------------


def to_w3c(groups: Iterable[Sequence], *, exported: str, label: str | None = None) -> dict:
    """An `AnnotationCollection` (a JSON-ready dict) of every annotation in `groups`.

    `groups` as for `to_markdown` (mentions are ignored). The collection's id is
    derived from `exported` and the annotation ids, so equal input gives equal output.
    """
    items = [
        annotation_to_w3c(note, group.article)
        for group in as_groups(groups)
        for note in reading_order(group.annotations)
    ]
    digest = hashlib.sha256("\n".join([exported, *(i["id"] for i in items)]).encode())
    collection_id = EXPORT_URN + digest.hexdigest()[:32]
    collection = {
        "@context": CONTEXT_URL,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label or "tradereader notes",
        "total": len(items),
    }
    created = _w3c_time(exported)
    if created:
        collection["created"] = created
    if items:
        collection["first"] = {
            "id": collection_id + ":page:1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        }
    return collection


def article_source(article: Article) -> str:
    """The target source of an article's annotations: its URL, else a `urn:` of its id."""
    return article.url or ARTICLE_URN + article.id


def annotation_to_w3c(note: Annotation, article: Article) -> dict:
    """One tradereader annotation as a W3C Web Annotation (a JSON-ready dict)."""
    data: dict = {
        "@context": CONTEXT_URL,
        "id": ANNOTATION_URN + note.id,
        "type": "Annotation",
        "motivation": "commenting" if note.note else "tagging" if note.tags else "highlighting",
    }
    for key in ("created", "modified"):
        value = _w3c_time(getattr(note, key))
        if value:
            data[key] = value
    bodies = _bodies(note)
    if bodies:
        data["body"] = bodies
    data["target"] = {"source": article_source(article), "selector": _selectors(note)}
    return data


def _bodies(note: Annotation) -> list[dict]:
    bodies = []
    if note.note:
        bodies.append(
            {
                "type": "TextualBody",
                "value": note.note,
                "format": "text/markdown",
                "purpose": "commenting",
            }
        )
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in note.tags]
    return bodies


def _selectors(note: Annotation) -> list[dict]:
    quote, position = note.quote, note.position
    return [
        {
            "type": "TextQuoteSelector",
            "exact": quote.exact,
            "prefix": quote.prefix,
            "suffix": quote.suffix,
        },
        {"type": "TextPositionSelector", "start": position.start, "end": position.end},
    ]


def _w3c_time(value: str) -> str:
    """An xsd:dateTime with a time zone: kept as is if it is one, naive times taken as UTC."""
    if not value:
        return ""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if parsed.tzinfo is not None and "T" in value:
        return value
    parsed = parsed.replace(tzinfo=parsed.tzinfo or timezone.utc)
    return parsed.isoformat().replace("+00:00", "Z")


# -- reading ------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedAnnotation:
    """An annotation read from a W3C document, not yet placed on an article."""

    id: str
    source: str
    quote: TextQuoteSelector
    position: TextPositionSelector | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    created: str = ""
    modified: str = ""


def read_w3c(data: object) -> list[ImportedAnnotation]:
    """The annotations of a W3C document: collection, page, annotation, or a list.

    Annotations without a TextQuoteSelector (nothing to anchor) are left out.
    Raises InputError if `data` is not an annotation document at all.
    """
    found = []
    for item in _annotation_items(data):
        imported = _read_annotation(item)
        if imported is not None:
            found.append(imported)
    return found


def _types(obj: dict) -> set[str]:
    kind = obj.get("type", obj.get("@type", ()))
    kinds = [kind] if isinstance(kind, str) else list(kind)
    return {k.split(":")[-1] for k in kinds if isinstance(k, str)}


def _annotation_items(data: object) -> list[dict]:
    if isinstance(data, list):
        return [item for part in data for item in _annotation_items(part)]
    if not isinstance(data, dict):
        raise InputError("not a W3C annotation document: expected a JSON object or array")
    kinds = _types(data)
    if "Annotation" in kinds:
        return [data]
    if "AnnotationPage" in kinds:
        return _page_items(data)
    if "AnnotationCollection" in kinds:
        first = data.get("first")
        if isinstance(first, str):
            raise InputError(
                "this annotation collection links to its pages instead of holding them"
            )
        return _page_items(first) if isinstance(first, dict) else []
    raise InputError(
        "not a W3C annotation document: no Annotation, AnnotationPage or AnnotationCollection"
    )


def _page_items(page: dict) -> list[dict]:
    items = [i for i in _as_list(page.get("items")) if isinstance(i, dict)]
    following = page.get("next")
    return items + (_page_items(following) if isinstance(following, dict) else [])


def _as_list(value: object) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _read_annotation(item: dict) -> ImportedAnnotation | None:
    source, quote, position = _read_target(item.get("target"))
    if quote is None or not quote.exact:
        return None
    note, tags = _read_bodies(item)
    return ImportedAnnotation(
        id=_local_id(item, quote, source),
        source=source,
        quote=quote,
        position=position,
        note=note,
        tags=tuple(tags),
        created=str(item.get("created", "")),
        modified=str(item.get("modified", "")),
    )


def _local_id(item: dict, quote: TextQuoteSelector, source: str) -> str:
    """Our id back from our urn; a foreign id kept; a stable made-up one if none."""
    given = item.get("id", item.get("@id"))
    if isinstance(given, str) and given:
        return given[len(ANNOTATION_URN) :] if given.startswith(ANNOTATION_URN) else given
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{source}\n{quote.exact}\n{quote.prefix}").hex


def _read_target(
    target: object,
) -> tuple[str, TextQuoteSelector | None, TextPositionSelector | None]:
    for candidate in _as_list(target):
        if isinstance(candidate, dict) and "selector" in candidate:
            source = str(candidate.get("source", ""))
            quote, position = _read_selectors(candidate["selector"])
            if quote is not None:
                return source, quote, position
    first = _as_list(target)[:1]
    source = first[0] if first and isinstance(first[0], str) else ""
    return source, None, None


def _read_selectors(selectors: object):
    quote = position = None
    for sel in _as_list(selectors):
        if not isinstance(sel, dict):
            continue
        kinds = _types(sel)
        if "TextQuoteSelector" in kinds and isinstance(sel.get("exact"), str):
            quote = TextQuoteSelector(
                exact=sel["exact"],
                prefix=str(sel.get("prefix", "")),
                suffix=str(sel.get("suffix", "")),
            )
        elif "TextPositionSelector" in kinds and _non_negative_ints(
            sel.get("start"), sel.get("end")
        ):
            position = TextPositionSelector(start=sel["start"], end=sel["end"])
    return quote, position


def _non_negative_ints(*values: object) -> bool:
    return all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values)


def _read_bodies(item: dict) -> tuple[str, list[str]]:
    """The note (commenting bodies joined) and the tags (tagging bodies)."""
    notes: list[str] = []
    tags: list[str] = []
    if isinstance(item.get("bodyValue"), str):
        notes.append(item["bodyValue"])
    for body in _as_list(item.get("body")):
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue
        purposes = {str(p).split(":")[-1] for p in _as_list(body.get("purpose"))}
        (tags if "tagging" in purposes else notes).append(body["value"])
    return "\n\n".join(notes), tags


# -- attaching to articles ----------------------------------------------------------


@dataclass(frozen=True)
class AttachResult:
    """Imported annotations placed on articles, and those no article matched."""

    attached: list[Annotation] = field(default_factory=list)
    unmatched: list[ImportedAnnotation] = field(default_factory=list)


def attach(imported: Iterable[ImportedAnnotation], articles: Iterable[Article]) -> list[Annotation]:
    """The imported annotations placed on `articles` (unmatched ones left out).

    See `attach_all`, which also reports the unmatched.
    """
    return attach_all(imported, articles).attached


def attach_all(imported: Iterable[ImportedAnnotation], articles: Iterable[Article]) -> AttachResult:
    """Place each imported annotation on an article.

    1. By source: articles whose URL, `urn:tradereader:article:<id>` (or the id it
       replaced) or source path equals the target's source. The quote is
       re-anchored there (position, quote with context, fuzzy); if it cannot be
       found the annotation is kept *orphaned* on that article, note intact.
    2. Otherwise by quote: the exact quote (no fuzzy matching) with enough of its
       context in any article; the best context wins.
    3. Otherwise it is unmatched.
    """
    articles = list(articles)
    index = _source_index(articles)
    result = AttachResult()
    for item in imported:
        placed = _attach_by_source(item, index.get(item.source, []))
        if placed is None:
            placed = _attach_by_quote(item, articles)
        (result.attached if placed is not None else result.unmatched).append(placed or item)
    return result


def _source_index(articles: list[Article]) -> dict[str, list[Article]]:
    index: dict[str, list[Article]] = {}
    for article in articles:
        keys = {article.url, article.source, ARTICLE_URN + article.id}
        if article.previous_version:
            keys.add(ARTICLE_URN + article.previous_version)
        for key in keys - {""}:
            index.setdefault(key, []).append(article)
    return index


def _placed(item: ImportedAnnotation, article: Article, start: int, end: int) -> Annotation:
    quote, position = make_selectors(article.text, start, end)
    return _annotation(item, article, quote, position, orphaned=False)


def _annotation(item, article, quote, position, *, orphaned: bool) -> Annotation:
    return Annotation(
        id=item.id,
        article_id=article.id,
        quote=quote,
        position=position,
        note=item.note,
        tags=item.tags,
        created=item.created,
        modified=item.modified,
        orphaned=orphaned,
    )


def _attach_by_source(item: ImportedAnnotation, candidates: list[Article]) -> Annotation | None:
    if not candidates:
        return None
    for article in candidates:
        match = locate(item.quote, item.position, article.text)
        if match is not None:
            return _placed(item, article, match.start, match.end)
    position = item.position or TextPositionSelector(0, len(item.quote.exact))
    return _annotation(item, candidates[0], item.quote, position, orphaned=True)


def _attach_by_quote(item: ImportedAnnotation, articles: list[Article]) -> Annotation | None:
    best = None
    for article in articles:
        match = locate(item.quote, item.position, article.text, fuzzy=False)
        if match is not None and (best is None or match.context > best[0].context):
            best = (match, article)
    if best is None:
        return None
    match, article = best
    return _placed(item, article, match.start, match.end)
