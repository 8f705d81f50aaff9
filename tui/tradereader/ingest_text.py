"""Plain text and Markdown -> Article: title, byline, date, outlet and paragraphs.

Part of the importer (`tradereader.ingest` re-exports `parse_text`). Works on
decoded text with `\\n` line ends; `Article.text` is that text unchanged, and
the title, byline and metadata lines are only kept out of `Article.paragraphs`.
dateutil is imported only when a date has to be parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tradereader.model import Article, article_id_for


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_IN_TEXT = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}\s+{_MONTH},?\s+(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)\b",
    re.I,
)
_META = re.compile(
    r"^(?:published|publication date|date published|first published|date|posted)"
    r"\s*:\s*(?P<value>.+)$",
    re.I,
)
_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,24}):[ \t]*(?P<value>.*)$")
_FIELD_ROLES = {
    "title": "title", "headline": "title",
    "date": "published", "published": "published", "publication date": "published",
    "author": "byline", "byline": "byline", "by": "byline",
    "source": "outlet", "outlet": "outlet", "publication": "outlet", "publisher": "outlet",
    "url": "url", "link": "url", "canonical": "url",
}  # fmt: skip
_BYLINE = re.compile(
    r"^\(?\s*(?:(?:written|reported|reporting|words|text|story)\s+)?by\s*:?\s+(?P<name>.+?)\s*\)?$",
    re.I,
)
_NAME_CONNECTORS = frozenset(
    "and & of the de da del della di du van von der den la le al el bin ibn y in for at by with"
    .split()
)
_EDITORS_NOTE = re.compile(r"\s*\[[^\[\]]*\]$")  # a bracketed note after a byline's names
# a wire credit's other parts (`Reporting by A; Additional reporting by B; Editing by C`):
# more writers, kept; the people who edited, compiled, drew or photographed, not writers
_MORE_WRITERS = re.compile(r"^(?:additional\s+)?(?:reporting|writing|written)\s+by\s+", re.I)
_NOT_WRITERS = re.compile(
    r"^(?:editing|edited|compiled|compiling|graphics?|photos?|photography|design|"
    r"fact[- ]checking|sub[- ]?editing|production)\s+by\b", re.I)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s*|\s+#+\s*$")
_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?=\S)|(?<=\S)(\*\*|__|\*|_)$")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s")
_SETEXT_RULE = re.compile(r"^(?:=+|-+)$")
_DATELINE_START = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*\s*[,(]")
_DATELINE_DASH = re.compile(r"\s(?:--?|—|–)\s")
_DATELINE_OUTLET = re.compile(r"\(([A-Z][\w .&'-]{1,30})\)")
_UNWRAPPED_LINE = 100  # a line longer than this is a whole paragraph, not wrapped copy
_FRONT_MATTER_LINES = 200  # front matter closes within so many lines


def byline_name(line: str) -> str | None:
    """The name(s) when `line` is only a byline (`By Jane Doe`, `Written By ...`), else None."""
    line = line.strip().strip("*_").strip()
    if len(line) > 120 or not line[:1].isupper() and not line.startswith("("):
        return None
    match = _BYLINE.match(line)
    if not match:
        return None
    name = _MARKDOWN_LINK.sub(r"\1", match.group("name")).strip()
    name = _EDITORS_NOTE.sub("", name)  # `By Jane Doe [staff]`
    name = _writers_only(name)  # `Kevin Yao; Editing by Tom Hogue`
    date = _DATE_IN_TEXT.search(name)  # `By Jane Doe | Nov. 7, 2019`
    if date:
        name = name[: date.start()].rstrip(" ,|-–—•·")
    words = re.findall(r"[^\s,;|/]+", name)
    if not 1 <= len(words) <= 14:
        return None
    if name[-1] in ".!?:;" and not re.search(r"\b(?:[A-Z]|Jr|Sr)\.$", name):
        return None
    if all(w[0].isupper() or w[0] in "@(-–—&" or w.lower() in _NAME_CONNECTORS for w in words):
        return name
    return None


def _writers_only(names: str) -> str:
    """The writers among a wire credit's `;`-separated parts: `Kevin Yao; Additional
    reporting by Ann Lee; Editing by Tom Hogue` is `Kevin Yao; Ann Lee`."""
    parts = [part.strip() for part in names.split(";")]
    writers = [_MORE_WRITERS.sub("", part) for part in parts[1:] if not _NOT_WRITERS.match(part)]
    return "; ".join(part for part in [parts[0], *writers] if part)


def parse_date(value: str) -> str | None:
    """`YYYY-MM-DD` for a date with a year in `value` (dateutil, fuzzy), else None."""
    if not re.search(r"\b(?:1[89]|20)\d\d\b", value):
        return None
    from dateutil import parser

    for candidate in (value, re.split(r"[^\w\s,.:/+-]", value)[0]):  # then: cut at `&`, `(`, `|`
        try:
            return parser.parse(candidate, fuzzy=True, ignoretz=True).date().isoformat()
        except (ValueError, OverflowError, TypeError):
            continue
    return None


@dataclass
class _Layout:
    """What `parse_text` finds: metadata, the line numbers kept out of paragraphs, spans."""

    lines: list[str]
    title: str = ""
    title_line: int | None = None
    byline: str = ""
    outlet: str = ""
    url: str = ""
    published: str | None = None
    skip: set[int] = field(default_factory=set)
    trim: dict[int, int] = field(default_factory=dict)  # line -> leading chars not in a paragraph


def parse_text(text: str, source: str = "") -> Article:
    """Title, byline, date and paragraphs of decoded plain text or Markdown."""
    spans = _line_spans(text)
    layout = _Layout(lines=[text[s:e] for s, e in spans])
    start = _read_header_fields(layout)
    _read_top_lines(layout, start)
    _skip_bylines(layout)
    paragraphs = _paragraph_spans(layout, spans)
    if not paragraphs and layout.title_line is not None:  # a lone headline is the body too
        layout.skip.discard(layout.title_line)
        paragraphs = _paragraph_spans(layout, spans)
    _read_dateline(layout, text, paragraphs)
    return Article(
        id=article_id_for(text),
        title=layout.title or _derive_title(text, paragraphs, source),
        text=text,
        paragraphs=tuple(paragraphs),
        byline=layout.byline,
        outlet=layout.outlet,
        source=source,
        url=layout.url,
        published=layout.published,
    )


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    while (end := text.find("\n", start)) >= 0:
        spans.append((start, end))
        start = end + 1
    spans.append((start, len(text)))
    return spans


def _read_header_fields(layout: _Layout) -> int:
    """`Key: value` lines heading the file (or YAML front matter); returns the next line."""
    lines, first = layout.lines, 0
    while first < len(lines) and not lines[first].strip():
        first += 1
    if first < len(lines) and lines[first].strip() == "---":
        return _read_front_matter(layout, first)
    end = first
    while end < len(lines) and _FIELD.match(lines[end].strip()):
        end += 1
    keys = [_FIELD.match(lines[i].strip())["key"].lower() for i in range(first, end)]
    if not any(k in _FIELD_ROLES for k in keys) or len(keys) < 2:
        return first
    for number in range(first, end):
        _apply_field(layout, number)
    return end


def _read_front_matter(layout: _Layout, fence: int) -> int:
    """YAML front matter opened by `---` on line `fence`: its top-level `key: value`
    lines are read (lists and nested lines under a key are skipped); returns the line
    after the closing fence, or `fence` when this is no front matter."""
    lines, top = layout.lines, []
    for number in range(fence + 1, min(len(lines), fence + _FRONT_MATTER_LINES)):
        line = lines[number]
        if line.strip() in {"---", "..."}:
            if not any(_FIELD.match(lines[i])["key"].lower() in _FIELD_ROLES for i in top):
                return fence
            layout.skip.update(range(fence, number + 1))
            for field_line in top:
                _apply_field(layout, field_line)
            return number + 1
        if _FIELD.match(line):
            top.append(number)
        elif line.strip() and not line[:1].isspace() and not line.startswith("- "):
            return fence  # prose: a rule under a heading, not front matter
    return fence


def _apply_field(layout: _Layout, number: int) -> None:
    match = _FIELD.match(layout.lines[number].strip())
    if match is None:  # a front-matter fence
        layout.skip.add(number)
        return
    key, value = match["key"].lower(), match["value"].strip().strip("\"'")
    if key == "dateline":  # wire copy: the dateline (without its key) opens the body
        raw = layout.lines[number]
        layout.trim[number] = len(raw) - len(raw.lstrip()) + match.start("value")
        return
    layout.skip.add(number)
    role = _FIELD_ROLES.get(key)
    if role == "published":
        layout.published = layout.published or parse_date(value)
    elif role and value and not getattr(layout, role):
        setattr(layout, role, value)


def _read_top_lines(layout: _Layout, start: int) -> None:
    """Title, byline, `Published:` and date-only lines among the first lines."""
    lines, seen = layout.lines, 0
    for number in range(start, len(lines)):
        line = lines[number].strip()
        if not line or number in layout.skip:
            continue
        seen += 1
        if seen > 8:
            return
        if _take_metadata_line(layout, number, line):
            continue
        if layout.title or layout.title_line is not None or not _take_title(layout, number):
            return


def _take_metadata_line(layout: _Layout, number: int, line: str) -> bool:
    name = byline_name(line)
    meta = _META.match(line)
    date = _DATE_IN_TEXT.search(line)
    if name is None and meta is None and not (date and _is_date_only(line, date)):
        return False
    if name is not None:
        layout.byline = layout.byline or name
    if meta or date:
        layout.published = layout.published or parse_date(meta["value"] if meta else date[0])
    layout.skip.add(number)
    return True


def _is_date_only(line: str, date: re.Match[str]) -> bool:
    """`Nov. 7, 2019`, `Updated Monday, Nov 7, 2019 10:30 ET`: at most one other word."""
    rest = line[: date.start()] + " " + line[date.end() :]
    words = [w for w in re.findall(r"[A-Za-z]{4,}", rest) if w.lower() not in _WEEKDAYS]
    return len(line) <= 60 and len(words) <= 1


def _take_title(layout: _Layout, number: int) -> bool:
    lines, line = layout.lines, layout.lines[number].strip()
    following = lines[number + 1] if number + 1 < len(lines) else ""
    if line.startswith("#"):
        title = _MARKDOWN_HEADING.sub("", line)
    elif _reads_as_headline(line) and _stands_alone(line, following):
        title = line
    else:
        return False
    title = _EMPHASIS.sub("", title).strip()
    layout.title, layout.title_line = title or line, number
    layout.skip.add(number)
    if _SETEXT_RULE.match(following.strip()) and len(following.strip()) >= 3:
        layout.skip.add(number + 1)
    return True


def _reads_as_headline(line: str) -> bool:
    if not 1 <= len(line.split()) <= 25 or len(line) > 160 or byline_name(line):
        return False
    if line[-1] in ".,;:" and not re.search(r"(?:[A-Z]\.){2,}$", line):
        return False
    first = next((ch for ch in line if ch.isalnum()), "")
    return bool(first) and not first.islower()


def _stands_alone(line: str, following: str) -> bool:
    """A headline is a block of its own (not the first line of wrapped copy)."""
    after = following.strip()
    if not after or _SETEXT_RULE.match(after) or following[:1].isspace():
        return True
    date = _DATE_IN_TEXT.search(after)
    if byline_name(after) or _META.match(after) or (date and _is_date_only(after, date)):
        return True
    return len(line) < 0.6 * len(after)


def _skip_bylines(layout: _Layout) -> None:
    """Lines that are only a byline, wherever they stand (start or end)."""
    for number, raw in enumerate(layout.lines):
        if number in layout.skip or len(raw) > 130:
            continue
        name = byline_name(raw)
        if name is not None:
            layout.byline = layout.byline or name
            layout.skip.add(number)


def _paragraph_spans(layout: _Layout, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Blocks between blank (or skipped) lines, split again where wrapped copy indents."""
    paragraphs: list[tuple[int, int]] = []
    previous = ""  # the previous line of the current paragraph, "" at a break
    for number, (start, _end) in enumerate(spans):
        raw = layout.lines[number]
        body = raw.strip()
        if not body or number in layout.skip:
            previous = ""
            continue
        lead = start + layout.trim.get(number, len(raw) - len(raw.lstrip()))
        tail = start + len(raw.rstrip())
        if previous and not _starts_paragraph(previous, raw):
            paragraphs[-1] = (paragraphs[-1][0], tail)
        else:
            paragraphs.append((lead, tail))
        previous = raw
    return paragraphs


def _starts_paragraph(previous: str, raw: str) -> bool:
    indent = len(raw) - len(raw.lstrip())
    previous_indent = len(previous) - len(previous.lstrip())
    before, line = previous.strip(), raw.strip()
    if len(before) > _UNWRAPPED_LINE or before.startswith("#") or line.startswith("#"):
        return True
    return indent > previous_indent and not _LIST_ITEM.match(before)


def _read_dateline(layout: _Layout, text: str, paragraphs: list[tuple[int, int]]) -> None:
    """`WASHINGTON, March 2, 2019 (Reuters) - ...`: a date and an outlet for the article."""
    if not paragraphs:
        return
    head = text[paragraphs[0][0] : paragraphs[0][0] + 120].replace("\n", " ")
    dash = _DATELINE_DASH.search(head)
    if not _DATELINE_START.match(head) or dash is None:
        return
    dateline = head[: dash.start()]
    date = _DATE_IN_TEXT.search(dateline)
    if date and not layout.published:
        layout.published = parse_date(date.group(0))
    outlet = _DATELINE_OUTLET.search(dateline)
    if outlet and not layout.outlet:
        layout.outlet = outlet.group(1).strip()


def _derive_title(text: str, paragraphs: list[tuple[int, int]], source: str) -> str:
    """A title from the first words of the body (or the file name) when none reads as one."""
    if not paragraphs:
        return Path(source).stem if source else "Untitled"
    words = " ".join(text[paragraphs[0][0] : paragraphs[0][1]].split())
    if len(words) > 90:
        words = words[:70].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return words.rstrip(".") or (Path(source).stem if source else "Untitled")
