"""What the export dialog needs from the library, and the export it runs.

Plain functions, no Textual: the app builds `ExportChoices` for the dialog (data
down) and hands it `partial(export_to_file, library)`, which the dialog calls in a
thread worker. The dialog itself never touches the library.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

SCOPES = ("article", "tag", "all")
FORMATS = {"markdown": ".md", "w3c": ".json"}  # format -> file suffix
EXPORT_FOLDER = "tradereader-exports"


@dataclass(frozen=True)
class ExportRequest:
    """One export to run: what (scope, article or tag), as what (fmt), where (path)."""

    scope: str  # one of SCOPES
    fmt: str  # a key of FORMATS
    path: Path
    article_id: str | None = None
    tag: str | None = None


@dataclass(frozen=True)
class ExportChoices:
    """What the dialog offers: the article in view (if any) and the library's tags."""

    article_id: str | None = None
    article_title: str = ""
    article_notes: int = 0
    tags: Mapping[str, int] = field(default_factory=dict)
    total_notes: int = 0


def export_choices(library, article_id: str | None = None) -> ExportChoices:
    """The choices for an export started with `article_id` in view (or none)."""
    article = library.get_article(article_id) if article_id else None
    tags = dict(sorted(library.tag_counts().items(), key=lambda item: item[0].casefold()))
    total = sum(summary.notes for summary in library.articles())
    if article is None:
        return ExportChoices(tags=tags, total_notes=total)
    notes = len(library.annotations(article_id=article.id))
    return ExportChoices(article.id, article.title or "(untitled)", notes, tags, total)


def slug_for(choices: ExportChoices, scope: str, tag: str | None) -> str:
    """The file name stem: the article title, the tag, or `all-notes`."""
    from tradereader.export import slugify

    if scope == "article":
        return slugify(choices.article_title, default="article-notes")
    if scope == "tag" and tag:
        return slugify(tag, default="tag-notes")
    return "all-notes"


def default_destination(choices: ExportChoices, scope: str, tag: str | None, fmt: str) -> Path:
    """`~/tradereader-exports/<slug>.md` (or `.json`), with `~` resolved now."""
    return Path.home() / EXPORT_FOLDER / f"{slug_for(choices, scope, tag)}{FORMATS[fmt]}"


def with_format_suffix(path: str, fmt: str) -> str:
    """`path` with its export suffix switched to `fmt`'s (other suffixes are kept)."""
    for suffix in FORMATS.values():
        if path.endswith(suffix):
            return path[: -len(suffix)] + FORMATS[fmt]
    return path


def export_to_file(library, request: ExportRequest,
                   progress: Callable[[int, int], None] | None = None) -> Path:
    """Run the export and write it atomically; returns the path written.

    Raises the core's errors (NotFound, InputError) or OSError, with messages meant
    for the user. Slow on a big library (extraction for the entities summary):
    `progress(done, total)` counts the articles as they are ready.
    """
    from tradereader.errors import InputError
    from tradereader.notes_io import export, write_export

    refs: list[str] = []
    if request.scope == "article":  # with no notes it says so, as the CLI's export does
        if not request.article_id:
            raise InputError("No article is open: choose another scope.")
        refs = [request.article_id]
    text = export(library, refs, request.tag if request.scope == "tag" else None,
                  request.scope == "all", request.fmt, progress)
    path = request.path.expanduser()
    write_export(path, text)
    return path


def error_text(error: BaseException) -> str:
    """A one-line reason for the user."""
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror}"
    return str(error) or type(error).__name__
