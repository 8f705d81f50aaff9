"""A note in the Markdown export: the user's Markdown, shown as it was typed.

Notes are Markdown (the editor and `annotate --note` say so) and are written as typed,
with three repairs, so that the export neither loses what the user wrote nor lets a
note break the document around it:

- `contained_note`: what would swallow the rest of the document (an unclosed code
  fence, an unclosed `<pre>`/`<script>`/`<!--` block) is closed or defused.
- `keep_line_breaks`: a single newline inside a paragraph is a *soft* break in
  CommonMark, which renderers show as a space ("line one line two"). Such a line gets
  two trailing spaces, a hard break (`<br>`), invisible in the file. Blank lines stay
  paragraph breaks. Code (fenced or indented) and raw HTML blocks are left as they are,
  and so is a line followed by one that starts a block of its own (a list item, a
  quote, a fence), where no break is lost.
- Headings: a note line `# ...`, or `===`/`---` under a line of text, would be a
  heading that outranks the export's own `### Note n`, and the notes after it would
  fall under it. Its marker is backslash-escaped, so it shows as typed.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_HTML_BLOCKS = (  # CommonMark HTML blocks 1-5: they end only at their closing marker
    (
        re.compile(r"^ {0,3}<(script|pre|style|textarea)(\s|>|$)", re.I),
        re.compile(r"</(script|pre|style|textarea)>", re.I),
    ),
    (re.compile(r"^ {0,3}<!--"), re.compile(r"-->")),
    (re.compile(r"^ {0,3}<\?"), re.compile(r"\?>")),
    (re.compile(r"^ {0,3}<![A-Za-z]"), re.compile(r">")),
    (re.compile(r"^ {0,3}<!\[CDATA\["), re.compile(r"\]\]>")),
)
# CommonMark HTML block 6: these tags start a raw block that ends at a blank line.
_HTML_BLOCK_6 = re.compile(
    r"^ {0,3}</?(address|article|aside|base|basefont|blockquote|body|caption|center|col"
    r"|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form"
    r"|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem"
    r"|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td"
    r"|tfoot|th|thead|title|tr|track|ul)(\s|/?>|$)",
    re.I,
)
_ATX_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)")
_QUOTE = re.compile(r"^ {0,3}>")
_THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_INTERRUPTS = re.compile(  # starts a block even right under a line of paragraph text
    r"^ {0,3}(?:[-+*][ \t]+\S|1[.)][ \t]+\S|>|#{1,6}(?:[ \t]|$)|`{3,}|~{3,})"
)
_ORDERED_ITEM = re.compile(r"^ {0,3}\d{1,9}[.)][ \t]+\S")
_TRAILING_BACKSLASHES = re.compile(r"\\+$")


def contained_note(note: str) -> str:
    """The user's note as written, minus what would swallow the rest of the document.

    An unclosed code fence gets its closing fence; an HTML block that would never
    end (`<pre>`, `<script>`, `<!--` ... without the closing marker) has its `<`
    escaped, so it shows as typed. Blank lines at the ends are dropped.
    """
    lines = note.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    out: list[str] = []
    fence: tuple[str, int] | None = None
    for i, line in enumerate(lines):
        fence, line = _step(lines, i, line, fence)
        out.append(line)
    if fence is not None:
        out.append(fence[0] * fence[1])
    return "\n".join(out)


def _step(lines: list[str], i: int, line: str, fence: tuple[str, int] | None):
    """Track fences across one line; defuse an HTML block start that never closes."""
    found = _FENCE.match(line)
    if fence is not None:
        return _fence_after(found, fence), line
    if _opens_fence(found):
        return (found.group(1)[0], len(found.group(1))), line
    for start, end in _HTML_BLOCKS:
        opened = start.match(line)
        if opened:
            rest = line[opened.end() :] + "\n" + "\n".join(lines[i + 1 :])
            if not end.search(rest):  # it would run to the end of the whole document
                lt = line.index("<")
                line = line[:lt] + "\\" + line[lt:]
            break
    return None, line


def _opens_fence(found: re.Match | None) -> bool:
    return bool(found) and not (found.group(1)[0] == "`" and "`" in found.group(2))


def _fence_after(found: re.Match | None, fence: tuple[str, int]) -> tuple[str, int] | None:
    """The open fence after a line inside it: None when the line closes it."""
    char, size = fence
    closes = found and found.group(1)[0] == char and len(found.group(1)) >= size
    return None if closes and not found.group(2).strip() else fence


# -- line breaks and headings -------------------------------------------------------


def keep_line_breaks(note: str) -> str:
    """`note` (already contained) with its line breaks kept and no headings of its own."""
    lines = note.split("\n")
    raw = raw_lines(lines)
    for i, line in enumerate(lines):
        if not raw[i]:
            lines[i] = _defuse_heading(line, lines[i - 1] if i and not raw[i - 1] else "")
    for i in range(len(lines) - 1):
        if not (raw[i] or raw[i + 1]) and _breaks_before(lines[i], lines[i + 1]):
            lines[i] += "  "
    return "\n".join(lines)


def raw_lines(lines: list[str]) -> list[bool]:
    """For each line, whether it is code or raw HTML (written as it is, never touched)."""
    raw: list[bool] = []
    fence: tuple[str, int] | None = None
    html_end: re.Pattern | None = None  # the closing marker of an HTML block 1-5
    html_to_blank = in_code = list_seen = False
    for line in lines:
        blank = not line.strip()
        if fence is not None:
            raw.append(True)
            fence = _fence_after(_FENCE.match(line), fence)
        elif html_end is not None:
            raw.append(True)
            html_end = None if html_end.search(line) else html_end
        elif html_to_blank:
            raw.append(not blank)
            html_to_blank = not blank
        else:
            after_blank = not raw or blank or not lines[len(raw) - 1].strip()
            in_code = not blank and _indent(line) >= 4 and (after_blank or in_code)
            in_code = in_code and not list_seen  # in a list item it may be its text
            opened, fence, html_end, html_to_blank = _block_opened_by(line)
            raw.append(in_code or opened)
            list_seen = list_seen or bool(_LIST_ITEM.match(line))
    return raw


def _block_opened_by(line: str):
    """(whether `line` starts code or raw HTML, and what stays open after it: the
    fence, the HTML block's end marker, whether an HTML block runs to a blank line)."""
    found = _FENCE.match(line)
    if _opens_fence(found):
        return True, (found.group(1)[0], len(found.group(1))), None, False
    for start, end in _HTML_BLOCKS:
        opened = start.match(line)
        if opened:
            return True, None, (None if end.search(line, opened.end()) else end), False
    html_to_blank = bool(_HTML_BLOCK_6.match(line))
    return html_to_blank, None, None, html_to_blank


def _indent(line: str) -> int:
    stripped = line.lstrip(" \t")
    return len(line[: len(line) - len(stripped)].expandtabs(4))


def _defuse_heading(line: str, previous: str) -> str:
    """`line` with the marker of an ATX heading, or of a setext underline, escaped."""
    if _ATX_HEADING.match(line):
        return _ATX_HEADING.sub(r"\1\\\2", line, count=1)
    if previous.strip() and _SETEXT_UNDERLINE.match(line) and _ends_text(previous, line):
        at = len(line) - len(line.lstrip(" "))
        return line[:at] + "\\" + line[at:]
    return line


def _ends_text(previous: str, underline: str) -> bool:
    """Whether `underline` would make `previous` a setext heading (or is plain text).

    Under a list item, a quote or a thematic break, `---` is a thematic break of its
    own and stays one; `===` there is text, so escaping it changes nothing.
    """
    if underline.strip()[0] == "=":
        return True
    return not (
        _LIST_ITEM.match(previous) or _QUOTE.match(previous) or _THEMATIC_BREAK.match(previous)
    )


def _breaks_before(line: str, following: str) -> bool:
    """Whether the newline between `line` and `following` needs a hard break to show."""
    if not line.strip() or not following.strip() or _THEMATIC_BREAK.match(line):
        return False
    backslashes = _TRAILING_BACKSLASHES.search(line)
    if line.endswith("  ") or (backslashes and len(backslashes.group()) % 2):
        return False  # already a hard break
    if _INTERRUPTS.match(following) or _THEMATIC_BREAK.match(following):
        return False  # a block of its own starts: the line ends there anyway
    return not (_ORDERED_ITEM.match(following) and _LIST_ITEM.match(line))
