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
# <meta name|property=...> whose content is the article's author (`byl`: "By danah boyd")
_AUTHOR_META = frozenset({"author", "article:author", "dc.creator", "citation_author",
                          "parsely-author", "sailthru.author", "byl"})
# several names in one marked author: "danah boyd and Jane Doe", "a; b", "a, b"
_SEVERAL_NAMES = re.compile(r"\s*(?:[;,&|/]|\band\b|\bund\b)\s*", re.I)


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML page (doctype, <html>, <head>...)."""
    return bool(_HTML_START.match(text[:4096]))


def parse_html(markup: str, source: str = "", *, repair: bool = True) -> Article:
    """The article in an HTML page. Raises ValueError when the page has no readable text."""
    document = _extract(markup)
    blocks = _text_blocks(document.get("text") or "", repair) or _baseline_blocks(markup, repair)
    if not blocks:
        raise ValueError("no article text found in the HTML page")
    tree = _load_tree(markup)
    title = _choose_title(document.get("title") or "", _h1_texts(tree)) or _first_words(blocks[0])
    text = "\n\n".join(blocks)
    author = _clean(document.get("author"))
    return Article(
        id=article_id_for(text),
        title=title,
        text=text,
        paragraphs=_body_spans(blocks, title),
        byline=plausible_byline(author, _lower_case_spellings(author, markup, tree)),
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


def _load_tree(markup: str):
    """The page as an lxml tree (None when it cannot be parsed)."""
    import trafilatura

    try:
        return trafilatura.load_html(markup)
    except Exception:  # noqa: BLE001
        return None


def _h1_texts(tree) -> list[str]:
    if tree is None:
        return []
    return [" ".join(" ".join(h1.itertext()).split()) for h1 in tree.iter("h1")]


def plausible_byline(author: str, lower_case: dict[str, str | None] | None = None) -> str:
    """The names among a page's `author` metadata (trafilatura joins several with `; `)
    that can be a writer's: a photo credit (`IMO`, `Getty Images`) taken for the author,
    page furniture (`Print Edition`), a profile URL, a placeholder (`admin`) or a sentence
    is dropped; `Analysis by Jane Doe` is `Jane Doe`.

    `lower_case` maps a name the page writes all in lower case (trafilatura gives it
    title-cased) to that spelling when the markup clearly marks it as the author's
    (`danah boyd`), else to None: such a name is kept, as written, only when marked."""
    lower_case = lower_case or {}
    names = [_KIND_BY.sub("", part.strip()) for part in author.split(";")]
    kept = []
    for name in names:
        if name in lower_case:
            spelled = lower_case[name]
            if spelled is not None and _may_be_a_name(spelled, marked=True):
                kept.append(spelled)
        elif _may_be_a_name(name):
            kept.append(name)
    if len(kept) < len(names):  # beside furniture, one word is a section (`Finance`)
        kept = [name for name in kept if len(name.split()) > 1]
    return "; ".join(kept)


def _may_be_a_name(name: str, *, marked: bool = False) -> bool:
    """Whether `name` can be a writer's; `marked`: the markup says it is the author's
    (then a name without a capital, as some people write theirs, is one if it has two
    words or more: one is a user name or a credit, `jdoe`, `imo`)."""
    words = name.replace(",", " ").split()
    if not words or len(words) > MAX_NAME_WORDS or len(name) > 80:
        return False
    if _NOT_A_NAME.search(name) or sum(c.isdigit() for c in name) > 1:
        return False
    if all(_ACRONYM.match(re.sub(r"\W", "", word)) for word in words):
        return False
    return any(word[:1].isupper() for word in words) or (marked and len(words) > 1)


def _lower_case_spellings(author: str, markup: str, tree) -> dict[str, str | None]:
    """For each name in `author` that the page writes only in lower case: that spelling
    if the markup marks it as the author's (byline_markup.marked_authors), else None."""
    spellings: dict[str, str | None] = {}
    marked: set[str] | None = None
    for part in author.split(";"):
        name = _KIND_BY.sub("", part.strip())
        spelled = spelled_only_in_lower_case(name, markup)
        if spelled is None:
            continue
        marked = marked_authors(tree) if marked is None else marked
        spellings[name] = spelled if spelled.casefold() in marked else None
    return spellings


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


def spelled_only_in_lower_case(name: str, markup: str) -> str | None:
    """How the page writes `name` when it never writes it with a capital (`danah boyd`,
    a credit `imo`: trafilatura title-cases both); None when it does, or not at all."""
    words = name.split()
    if not words:
        return None
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)"
    found = [match.group() for match in re.finditer(pattern, markup, re.I)]
    if not found or any(char.isupper() for spelling in found for char in spelling):
        return None
    return " ".join(found[0].split())


def marked_authors(tree) -> set[str]:
    """The names (case-folded) the markup clearly gives as the article's author's: an
    author <meta>, an element with itemprop="author" or rel="author", a JSON-LD author.
    A class name with "author" in it is no mark: a photo credit's field may have one."""
    if tree is None:
        return set()
    given = [meta.get("content") or "" for meta in tree.iter("meta")
             if (meta.get("name") or meta.get("property") or "").lower() in _AUTHOR_META]
    for element in tree.xpath('//*[@itemprop="author" or @rel="author"]'):
        given.append(element.get("content") or " ".join(element.itertext()))
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        given.extend(_json_ld_authors(script.text or ""))
    return {" ".join(name.split()).casefold() for text in given
            for name in _SEVERAL_NAMES.split(_KIND_BY.sub("", text.strip())) if name.strip()}


def _json_ld_authors(source: str) -> list[str]:
    """The names under every "author" key of a JSON-LD block (a string, a Person, a list)."""
    import json

    try:
        data = json.loads(source)
    except ValueError:
        return []
    names: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(value for key, value in item.items() if key != "author")
            names.extend(_person_names(item.get("author")))
    return names


def _person_names(author: object) -> list[str]:
    if isinstance(author, str):
        return [author]
    if isinstance(author, dict):
        return [author["name"]] if isinstance(author.get("name"), str) else []
    if isinstance(author, list):
        return [name for each in author for name in _person_names(each)]
    return []
