"""Annotations from the command line: annotate, list, export, import W3C files.

Pure glue over the store, anchoring and export modules; no Textual, no TinyDB.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from .anchoring import count_quote, find_quote, make_selectors
from .errors import InputError, NotFound
from .model import Annotation
from .note_tags import with_tags_in_note

Progress = Callable[[int, int], None]  # (articles done, articles in all)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def annotate(library, ref: str, quote: str, occurrence: int, note: str, tags: list[str]):
    """Add a note on the `occurrence`-th place `quote` stands in the article `ref`."""
    article = library.resolve_article(ref)
    if occurrence < 1:
        raise InputError("--occurrence counts from 1")
    span = find_quote(article.text, quote, occurrence)
    if span is None:
        times = count_quote(article.text, quote) if occurrence > 1 else 0
        if times == 0:
            raise InputError(f"the quote {quote!r} is not found in article {article.id}")
        raise InputError(f"the quote {quote!r} is found {times} time{'s' * (times != 1)}, not "
                         f"{occurrence}, in article {article.id}")
    quote_selector, position = make_selectors(article.text, *span)
    stamp = now_iso()
    annotation = Annotation(
        id="",
        article_id=article.id,
        quote=quote_selector,
        position=position,
        note=note,
        tags=with_tags_in_note(clean_tags(tags), note),  # `#truce` in the note: a tag too
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


def tag_asked(library, tag: str | None) -> str | None:
    """The tag the user means by `--tag`: '#compliance' (or 'Compliance') is the library's
    compliance, as annotate has it.

    A tag stored with its '#' (from an imported file) is still found as typed.
    """
    if tag is None:
        return None
    counts = library.tag_counts()
    name = tag.strip()
    if name not in counts:
        name = name.lstrip("#").strip()
    if not name:
        raise InputError(f"--tag needs a tag name, not {tag!r}")
    if name not in counts:  # any case: the library keeps one form of each tag
        name = next((t for t in counts if t.casefold() == name.casefold()), name)
    return name


def unknown_tag(library, name: str) -> NotFound:
    """The error for a tag no note has, listing the tags there are (notes and export say
    the same)."""
    counts = library.tag_counts()
    if not counts:
        return NotFound(f"no note has the tag #{name}: no note has any tag yet")
    shown = sorted(counts, key=str.casefold)
    listed = ", ".join(f"#{t}" for t in shown[:12]) + (", ..." if len(shown) > 12 else "")
    return NotFound(f"no note has the tag #{name}; the tags in use: {listed}")


def list_notes(library, ref: str | None, tag: str | None) -> list[dict]:
    article_id = library.resolve_article(ref).id if ref else None
    tag = tag_asked(library, tag)
    if tag and tag not in library.tag_counts():
        raise unknown_tag(library, tag)
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


def write_export(path: Path, text: str) -> Path | None:
    """Write atomically, so a failed export never leaves half a file behind; returns the
    folder it had to make for `path` (None if the folder was there)."""
    try:
        path = Path(os.path.abspath(path.expanduser()))  # (`x/../y.md` said as `y.md`)
    except RuntimeError as error:  # `~nosuchuser/notes.md`
        raise InputError(f"{path}: {error}") from error
    if not path.name or path.is_dir():
        raise InputError(f"{path}: a folder, not a file to write the export to")
    made = None if path.parent.is_dir() else path.parent
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # a file where a folder should be, a folder not writable
        raise InputError(f"{path}: cannot make its folder {path.parent} "
                         f"({error.strerror})") from error
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write the export ({error.strerror})") from error
    return made


# -- export ------------------------------------------------------------------------------


def export(library, refs: list[str], tag: str | None, everything: bool, fmt: str,
           progress: Progress | None = None) -> str:
    """The export of the named articles, a tag across the library, or everything.

    `progress(done, total)` is called as each article's group is ready (its entities
    found): once with 0 before the first, then after each.
    """
    groups, title = export_groups(library, refs, tag, everything, progress)
    stamp = now_iso()
    if fmt == "w3c":
        import json

        from .export import to_w3c

        collection = to_w3c(groups, exported=stamp, label=title)
        return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"
    from .export import to_markdown

    return to_markdown(groups, exported=stamp, title=title)


def export_groups(library, refs: list[str], tag: str | None, everything: bool,
                  progress: Progress | None = None):
    """`(article, annotations, mentions)` groups in export order, and a document title."""
    scopes = sum((bool(refs), tag is not None, everything))
    if scopes == 0:
        raise InputError("name the articles to export, or give --tag TAG, or --all")
    if scopes > 1:
        raise InputError("give either article ids, --tag TAG or --all, not more than one")
    tag = tag_asked(library, tag)
    if tag:
        groups = _tag_groups(library, tag)
        if progress is not None:
            progress(len(groups), len(groups))
        return groups, f"Notes tagged #{tag}"
    if everything:
        articles = [library.get_article(s.id) for s in library.articles() if s.notes]
        if not articles:
            raise NotFound("the library has no notes to export")
        return _article_groups(library, articles, progress), "All notes"
    articles = [library.resolve_article(ref) for ref in refs]
    title = None if len(articles) == 1 else "Notes"
    return _article_groups(library, articles, progress), title


def _article_groups(library, articles: list, progress: Progress | None) -> list:
    """Each article with its notes and entities (found now: the slow part)."""
    from .extract import extract

    lexicon = library.lexicon()
    groups = []
    for done, article in enumerate(articles):
        if progress is not None:
            progress(done, len(articles))
        try:
            mentions = extract(article.text, published=article.published, lexicon=lexicon)
        except Exception:  # noqa: BLE001 - the notes go out even if the summary cannot
            mentions = ()
        groups.append((article, library.annotations(article_id=article.id), mentions))
    if progress is not None:
        progress(len(articles), len(articles))
    return groups


def _tag_groups(library, tag: str):
    if tag not in library.tag_counts():
        raise unknown_tag(library, tag)
    by_article: dict[str, list[Annotation]] = {}
    for annotation in library.annotations(tag=tag):
        by_article.setdefault(annotation.article_id, []).append(annotation)
    return [(library.get_article(aid), notes, ()) for aid, notes in by_article.items()]


# -- import of W3C annotation files ---------------------------------------------------------


def import_w3c_file(library, path: Path) -> tuple[int, int, int]:
    """Attach a W3C annotation file's notes to the library's articles.

    Returns (attached, already present, unmatched); an annotation whose id is
    already in the library is left as it is, so importing twice adds nothing.
    """
    from .export import attach_all, read_w3c

    imported = read_w3c(_load_json(path))
    articles = [library.get_article(s.id) for s in library.articles()]
    result = attach_all(imported, articles)
    added = present = 0
    for annotation in result.attached:
        if library.get_annotation(annotation.id) is not None:
            present += 1
            continue
        library.add_annotation(annotation)
        added += 1
    return added, present, len(result.unmatched)


def _load_json(path: Path):
    import json

    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise InputError(f"{path}: not a readable W3C annotation file ({error})") from error
