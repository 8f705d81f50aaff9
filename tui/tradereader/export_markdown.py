"""Notes as Markdown: CommonMark that parses the same everywhere, friendly to Obsidian.

Layout of one article's export (`to_markdown([group], exported=...)`):

    ---                                   YAML front matter, every string double-quoted
    title: "..."
    ...
    ---

    # <article title>
    By <byline> · <outlet> · published <date> · <url>   (no byline: Source: <outlet> · ...)

    ## Entities                           only when mentions were given
    - **Actors** (9): CHN ×5 — China, Beijing · ...

    ## Notes
    ### Note 1 · paragraph 3
    > the passage, escaped so that it renders exactly as it is in the article

    the note, the user's Markdown as written (line breaks kept)

    #tag #another-tag

    ## Orphaned notes                     notes whose passage is no longer in the text

Several groups (a tag across the library, everything) get a document title, then
one `## <article title>` section per article with its citation line, and every
heading below it one level deeper.

What is escaped: passages, titles, citations and entity labels are *text*, so every
character Markdown (or Obsidian: `#tag`, `==`, `~~`, `$`, `%%`) would interpret is
backslash-escaped, and leading/trailing spaces of a line are written as character
references. Notes are *Markdown*, kept as written, with the repairs of
`export_note`: constructs that would run past the note and swallow the rest of the
file (an unclosed code fence, an unclosed `<pre>`/`<script>`/`<!--` block) are closed
or defused; a single newline becomes a hard line break (two trailing spaces), since
CommonMark would show it as a space; a `# heading` (or `===`/`---` underline) line is
escaped, so that it cannot outrank the export's own headings.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from . import __version__, paths
from .date_words import shown_value
from .export_common import (
    ExportGroup,
    all_tags,
    as_groups,
    paragraph_numbers,
    reading_order,
    tag_words,
)
from .export_note import contained_note, keep_line_breaks
from .model import Annotation, Article, Mention


def to_markdown(
    groups: Iterable[Sequence],
    *,
    exported: str,
    title: str | None = None,
    version: str = __version__,
) -> str:
    """The Markdown export of `groups` (see the module docstring for the layout).

    `groups`: `ExportGroup`s or `(article, annotations, mentions)` tuples, in the
    order the articles should appear; annotations are put in reading order here.
    `exported`: the ISO 8601 time written in the front matter (pass it in, so that
    the output is reproducible). `title`: the document title; with one group and
    no title the article itself is the document.
    """
    groups = as_groups(groups)
    if len(groups) == 1 and title is None:
        lines = _front_matter(_article_fields(groups[0], exported, version))
        lines += [f"# {escape_text(_title_of(groups[0].article))}", ""]
        lines += _article_body(groups[0], level=2)
    else:
        title = title or "tradereader notes"
        lines = _front_matter(_collection_fields(groups, title, exported, version))
        lines += [f"# {escape_text(title)}", "", escape_text(_summary_line(groups)), ""]
        for group in groups:
            lines += [f"## {escape_text(_title_of(group.article))}", ""]
            lines += _article_body(group, level=3)
    return "\n".join(lines).rstrip("\n") + "\n"


def _title_of(article: Article) -> str:
    return article.title.strip() or article.id


def _summary_line(groups: list[ExportGroup]) -> str:
    notes = sum(len(g.annotations) for g in groups)
    return f"{notes} {_plural(notes, 'note')} from {len(groups)} {_plural(len(groups), 'article')}."


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


# -- front matter -------------------------------------------------------------------


def _article_fields(group: ExportGroup, exported: str, version: str) -> dict:
    article = group.article
    return {
        "title": _title_of(article),
        "byline": article.byline,
        "outlet": article.outlet,
        "source": article.source,
        "url": article.url,
        "published": article.published,
        "article_id": article.id,
        "exported": exported,
        "tags": all_tags([group]),
        "tradereader_version": version,
    }


def _collection_fields(groups: list[ExportGroup], title: str, exported: str, version: str) -> dict:
    return {
        "title": title,
        "exported": exported,
        "articles": len(groups),
        "notes": sum(len(g.annotations) for g in groups),
        "tags": all_tags(groups),
        "tradereader_version": version,
    }


def _front_matter(fields: dict) -> list[str]:
    lines = ["---"]
    for key, value in fields.items():
        if isinstance(value, list):
            lines.append(f"{key}:" + ("" if value else " []"))
            lines += [f"  - {yaml_scalar(item)}" for item in value]
        else:
            lines.append(f"{key}: {yaml_scalar(value)}")
    return lines + ["---", ""]


def _yaml_printable(char: str) -> bool:
    """Whether YAML allows `char` unescaped inside a double-quoted scalar."""
    code = ord(char)
    if char in "\u2028\u2029\ufeff":  # line breaks in YAML 1.1, a BOM
        return False
    return (
        0x20 <= code <= 0x7E
        or code == 0x85
        or 0xA0 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or code >= 0x10000
    )


def yaml_scalar(value) -> str:
    """A YAML scalar: null, a number, or a double-quoted string (JSON escapes, valid YAML)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    quoted = json.dumps(str(value), ensure_ascii=False)
    return "".join(c if _yaml_printable(c) else f"\\u{ord(c):04x}" for c in quoted)


# -- one article --------------------------------------------------------------------


def _article_body(group: ExportGroup, level: int) -> list[str]:
    """Citation, entities, notes and orphaned notes of one article; headings at `level`."""
    h = "#" * level
    lines = [citation_line(group.article), ""]
    if group.mentions:
        lines += [f"{h} Entities", ""] + entities_summary(group.mentions) + [""]
    notes = reading_order(group.annotations)
    placed = [a for a in notes if not a.orphaned]
    orphans = [a for a in notes if a.orphaned]
    lines += [f"{h} Notes", ""]
    if not placed:
        lines += ["*No notes.*" if not orphans else "*Every note is orphaned (below).*", ""]
    for number, note in enumerate(placed, start=1):
        lines += _note_block(group.article, note, number, h + "#")
    if orphans:
        lines += [f"{h} Orphaned notes", "", _ORPHANS_EXPLAINED, ""]
        for number, note in enumerate(orphans, start=1):
            lines += _note_block(group.article, note, number, h + "#")
    return lines


_ORPHANS_EXPLAINED = (
    "The passages of these notes were not found in the current text of the article; "
    "they are quoted as they were when the note was written."
)


def citation_line(article: Article) -> str:
    """`By byline · outlet · published YYYY-MM-DD · <url>` (the parts that exist; with no
    byline, `Source: outlet · ...`: the label is not read as naming the writer)."""
    byline = article.byline.strip()
    if byline and not _SAYS_BY.match(byline):  # not `By: Jane Doe`, `Written by Jane Doe`
        byline = "By " + byline
    parts = [escape_text(p) for p in (byline, article.outlet.strip()) if p]
    parts.append(f"published {article.published}" if article.published else "date unknown")
    if article.url:
        parts.append(_link(article.url))
    elif article.source:
        parts.append(escape_text(_shown_source(article.source)))
    return " · ".join(parts) if byline else "Source: " + " · ".join(parts)


_SAYS_BY = re.compile(r"(?:(?:written|reported|story|text)\s+)?by\b", re.IGNORECASE)


def _shown_source(source: str) -> str:
    """The file an article was read from; a seed shipped with tradereader by its name
    alone (its path inside the installed package says nothing to a reader)."""
    seeds = paths.seeds_dir()
    if seeds is not None and Path(source).parent == seeds:
        return Path(source).name
    return source


_AUTOLINKABLE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f]*")


def _link(url: str) -> str:
    """An autolink `<url>` when CommonMark accepts it as one, else escaped text."""
    return f"<{url}>" if _AUTOLINKABLE.fullmatch(url) else escape_text(url)


def _note_block(article: Article, note: Annotation, number: int, h: str) -> list[str]:
    label = "Orphaned note" if note.orphaned else "Note"
    where = (
        None
        if note.orphaned
        else paragraph_numbers(article, note.position.start, note.position.end)
    )
    heading = f"{h} {label} {number}" + (f" · {_paragraph_label(where)}" if where else "")
    lines = [heading, "", *blockquote(note.quote.exact), ""]
    body = keep_line_breaks(contained_note(note.note))
    if body:
        lines += [body, ""]
    words = tag_words(note.tags)
    if words:
        lines += [" ".join("#" + w for w in words), ""]
    return lines


def _paragraph_label(where: tuple[int, int]) -> str:
    first, last = where
    return f"paragraph {first}" if first == last else f"paragraphs {first}–{last}"


# -- entities -----------------------------------------------------------------------

_KIND_LABELS = (("actor", "Actors"), ("issue", "Issues"), ("date", "Dates"))


def entities_summary(mentions: Iterable[Mention]) -> list[str]:
    """One list item per kind: each resolved value with its count and surface forms."""
    by_kind: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_kind[mention.kind].append(mention)
    lines = []
    for kind, label in _KIND_LABELS:
        found = by_kind.get(kind)
        if found:
            entries = " · ".join(_entity_entries(found))
            lines.append(f"- **{label}** ({len(found)}): {entries}")
    return lines


def _entity_entries(mentions: list[Mention]) -> list[str]:
    """Each value with its count and its surface forms, a form written in other capitals
    (`Truce`, `truce`) once; a date's value with its words (`2025-W20 (week 20 of 2025)`,
    `PAST_REF (the past)`)."""
    counts: Counter[str] = Counter()
    forms: dict[str, dict[str, str]] = defaultdict(dict)  # casefolded form -> first seen
    labels: dict[str, str] = {}
    for m in mentions:
        key = m.value or m.text
        counts[key] += 1
        form = m.text.replace("\n", " ")
        forms[key].setdefault(form.casefold(), form)
        if key not in labels:
            labels[key] = shown_value(key, m.kind, m.subtype) if m.value else key
    ordered = sorted(counts, key=lambda k: (-counts[k], k.casefold(), k))
    return [_entity_entry(labels[k], k, counts[k], list(forms[k].values())) for k in ordered]


def _entity_entry(label: str, value: str, count: int, forms: list[str]) -> str:
    others = [f for f in forms if f.casefold() != value.casefold()]
    shown = ", ".join(others[:4]) + (", …" if len(others) > 4 else "")
    return escape_text(f"{label} ×{count}" + (f" — {shown}" if others else ""))


# -- escaping text ------------------------------------------------------------------

# CommonMark specials, plus Obsidian's `#tag`, `~~`, `==`, `$math$`, `%%comment%%`.
_INLINE_SPECIAL = re.compile(r"[\\`*_\[\]<>#~|$&!]|={2,}|%{2,}")
_CONTROL = re.compile(r"\r")  # a lone \r would end the line (NUL and \v cannot be kept at all)
_KEPT_RAW = "\x1c\x1d\x1e\x1f\x85"  # Python calls them spaces; Markdown keeps them as text
_BLOCK_START = re.compile(r"[-+=]|\d{1,9}(?=[.)])")


def escape_text(text: str) -> str:
    """`text` as Markdown inline content that renders as exactly `text` (one line)."""
    escaped = _INLINE_SPECIAL.sub(lambda m: "".join("\\" + c for c in m.group()), text)
    escaped = _CONTROL.sub(lambda m: _char_refs(m.group()), escaped)
    return escaped.replace("\n", " ")


def _escape_line(line: str) -> str:
    """One line of a text paragraph: specials escaped, block markers defused, edges kept."""
    lead, core, trail = _split_edges(line)
    escaped = _INLINE_SPECIAL.sub(lambda m: "".join("\\" + c for c in m.group()), core)
    escaped = _CONTROL.sub(lambda m: _char_refs(m.group()), escaped)
    marker = _BLOCK_START.match(escaped)
    if marker:  # "- x", "1. x", "===", "+": escape the marker's punctuation
        end = marker.end()
        if marker.group()[0].isdigit():
            escaped = escaped[:end] + "\\" + escaped[end:]
        else:
            escaped = "\\" + escaped
    return _char_refs(lead) + escaped + _char_refs(trail)


def _is_edge_space(char: str) -> bool:
    """Whether a Markdown parser would strip `char` at the start or end of a line."""
    return char.isspace() and char not in _KEPT_RAW


def _split_edges(line: str) -> tuple[str, str, str]:
    """(leading spaces, the rest, trailing spaces) as a Markdown parser sees them."""
    start, end = 0, len(line)
    while start < end and _is_edge_space(line[start]):
        start += 1
    while end > start and _is_edge_space(line[end - 1]):
        end -= 1
    return line[:start], line[start:end], line[end:]


def _char_refs(spaces: str) -> str:
    return "".join(f"&#{ord(c)};" for c in spaces)


def blockquote(text: str) -> list[str]:
    """`text` as a blockquote whose rendered text is `text`.

    Lines stay lines (soft breaks); runs of blank lines become one paragraph break;
    blank lines at either end are dropped.
    """
    lines: list[str] = []
    for line in text.split("\n"):
        if _split_edges(line)[1]:
            lines.append("> " + _escape_line(line))
        elif lines and lines[-1] != ">":
            lines.append(">")
    while lines and lines[-1] == ">":
        lines.pop()
    return lines or ["> " + _char_refs(text) if text else ">"]
