"""Exporting notes: Markdown for people, W3C Web Annotation JSON for other tools.

The public API, in one place (the work is done in `export_markdown`,
`export_w3c` and `export_common`):

- `to_markdown(groups, *, exported, title=None) -> str`
- `to_w3c(groups, *, exported, label=None) -> dict` (an AnnotationCollection)
- `read_w3c(data) -> list[ImportedAnnotation]`
- `attach(imported, articles) -> list[Annotation]` / `attach_all(...) -> AttachResult`
- `ExportGroup(article, annotations, mentions=())` — a plain tuple works too
- `slugify(title)` — a file name for the default export destination

Pure functions of the models: no I/O, no textual/rich/tinydb.
"""

from __future__ import annotations

from .export_common import ExportGroup, slugify, tag_word
from .export_markdown import to_markdown
from .export_w3c import (
    AttachResult,
    ImportedAnnotation,
    article_source,
    attach,
    attach_all,
    read_w3c,
    to_w3c,
)

__all__ = [
    "AttachResult",
    "ExportGroup",
    "ImportedAnnotation",
    "article_source",
    "attach",
    "attach_all",
    "read_w3c",
    "slugify",
    "tag_word",
    "to_markdown",
    "to_w3c",
]
