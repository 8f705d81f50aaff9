"""HTML -> Article with trafilatura: main text, title, author, date, url, site name.

Imported lazily by `tradereader.ingest`; trafilatura itself is imported only
when a page is parsed. `Article.text` is the extracted main text, one block
(paragraph, heading, list item) per paragraph, blocks separated by a blank line.
"""

from __future__ import annotations

import re

from tradereader.ingest import byline_name, repair_mojibake
from tradereader.model import Article, article_id_for

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b",
    re.I | re.S,
)
_WORD = re.compile(r"\w+")
# words that make an "author" a photo credit, page furniture or a placeholder, not a name
_NOT_A_NAME = re.compile(
    r"\b(?:photos?|photograph\w*|images?|pictures?|getty|shutterstock|istock|alamy|credits?"
    r"|copyright|file|icon|edition|print|menu|share|subscribe|newsletter|sign\s+in|log\s+in"
    r"|admin(?:istrator)?|webmaster|null|none|undefined|unknown)\b|©|https?:|www\.|@",
    re.I,
)
_KIND_BY = re.compile(r"^(?:(?:analysis|opinion|commentary|story|text|words)\s+)?by\s+", re.I)
_ACRONYM = re.compile(r"^[A-Z]{1,5}$")  # IMO, AFP, UN: an organisation's credit, not a name
MAX_NAME_WORDS = 6


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML page (doctype, <html>, <head>...)."""
    return bool(_HTML_START.match(text[:4096]))


def parse_html(markup: str, source: str = "", *, repair: bool = True) -> Article:
    """The article in an HTML page. Raises ValueError when the page has no readable text."""
    document = _extract(markup)
    blocks = _text_blocks(document.get("text") or "", repair) or _baseline_blocks(markup, repair)
    if not blocks:
        raise ValueError("no article text found in the HTML page")
    title = _choose_title(document.get("title") or "", _h1_texts(markup)) or _first_words(blocks[0])
    text = "\n\n".join(blocks)
    return Article(
        id=article_id_for(text),
        title=title,
        text=text,
        paragraphs=_body_spans(blocks, title),
        byline=plausible_byline(_clean(document.get("author"))),
        outlet=_clean(document.get("sitename")),
        source=source,
        url=_clean(document.get("url")),
        published=_clean(document.get("date")) or None,
    )


def _extract(markup: str) -> dict:
    """trafilatura's main text and metadata, favouring precision (no comments, no tables)."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
        )
    except Exception:  # noqa: BLE001 - a malformed page must not crash the import
        return {}
    if document is None:
        return {}
    return document.as_dict() if hasattr(document, "as_dict") else dict(document)


def _baseline_blocks(markup: str, repair: bool) -> list[str]:
    """trafilatura's simple fallback for pages too small for the main extractor."""
    import trafilatura

    try:
        _tree, text, _length = trafilatura.baseline(markup)
    except Exception:  # noqa: BLE001
        return []
    return _text_blocks(text or "", repair)


def _text_blocks(text: str, repair: bool) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if repair:
        text = repair_mojibake(text)
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _h1_texts(markup: str) -> list[str]:
    import trafilatura

    try:
        tree = trafilatura.load_html(markup)
    except Exception:  # noqa: BLE001
        return []
    if tree is None:
        return []
    return [" ".join(" ".join(h1.itertext()).split()) for h1 in tree.iter("h1")]


def plausible_byline(author: str) -> str:
    """The names among a page's `author` metadata (trafilatura joins several with `; `)
    that can be a writer's: a photo credit (`IMO`, `Getty Images`) taken for the author,
    page furniture (`Print Edition`), a profile URL, a placeholder (`admin`) or a sentence
    is dropped; `Analysis by Jane Doe` is `Jane Doe`."""
    names = [_KIND_BY.sub("", part.strip()) for part in author.split(";")]
    kept = [name for name in names if _may_be_a_name(name)]
    if len(kept) < len(names):  # beside furniture, one word is a section (`Finance`)
        kept = [name for name in kept if len(name.split()) > 1]
    return "; ".join(kept)


def _may_be_a_name(name: str) -> bool:
    words = name.replace(",", " ").split()
    if not words or len(words) > MAX_NAME_WORDS or len(name) > 80:
        return False
    if _NOT_A_NAME.search(name) or sum(c.isdigit() for c in name) > 1:
        return False
    if all(_ACRONYM.match(re.sub(r"\W", "", word)) for word in words):
        return False
    return any(word[:1].isupper() for word in words)


def _choose_title(meta_title: str, headings: list[str]) -> str:
    """The page's <h1> that matches its metadata title (sites decorate the latter:
    `... | by Author`, shortened social titles), else the metadata title."""
    meta_title = " ".join(meta_title.split())
    meta_words = set(_WORD.findall(meta_title.lower()))
    best, best_share = "", 0.0
    for heading in headings:
        words = set(_WORD.findall(heading.lower()))
        if len(words) < 3 or len(heading) > 300 or not meta_words:
            continue
        share = len(words & meta_words) / len(meta_words)
        if share > best_share:
            best, best_share = heading, share
    if best_share < 0.5 or meta_title.casefold() in best.casefold():  # h1 with a kicker
        return meta_title
    return best


def _first_words(block: str) -> str:
    return block if len(block) <= 90 else block[:70].rsplit(" ", 1)[0] + "…"


def _body_spans(blocks: list[str], title: str) -> tuple[tuple[int, int], ...]:
    """Spans of the blocks in the joined text, without a repeated title or a byline
    (a page whose only block is its title keeps it as the body)."""
    spans, start = [], 0
    for number, block in enumerate(blocks):
        end = start + len(block)
        is_title = number == 0 and block.casefold() == title.casefold()
        if not is_title and byline_name(block) is None:
            spans.append((start, end))
        start = end + 2
    return tuple(spans) or ((0, len(blocks[0])),)


def _clean(value: object) -> str:
    return " ".join(str(value).split()) if value else ""
