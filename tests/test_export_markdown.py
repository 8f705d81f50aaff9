"""Markdown export: valid CommonMark whatever the user typed, checked with markdown-it-py."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from test_export import EXPORTED, seed_article, seed_notes
from tradereader.anchoring import find_quote, make_selectors
from tradereader.export import ExportGroup, slugify, tag_word, to_markdown
from tradereader.export_common import paragraph_numbers
from tradereader.export_markdown import blockquote, contained_note, entities_summary, escape_text
from tradereader.model import Annotation, Article, Mention, article_id_for

COMMONMARK = MarkdownIt("commonmark")


# -- helpers: parse and read back ---------------------------------------------------


def split_front_matter(markdown: str) -> tuple[dict, str]:
    """The front matter (each value a JSON scalar, lists as `  - ` items) and the body."""
    assert markdown.startswith("---\n")
    end = markdown.index("\n---\n", 4)
    fields: dict = {}
    key = None
    for line in markdown[4:end].split("\n"):
        if line.startswith("  - "):
            fields[key].append(json.loads(line[4:]))
        else:
            key, _, value = line.partition(": ")
            key = key.rstrip(":")
            fields[key] = json.loads(value) if value else []
    return fields, markdown[end + 5 :].lstrip("\n")


def plain_text(tokens) -> str:
    """The text a renderer shows: inline text, soft/hard breaks as \\n, paragraphs by \\n\\n."""
    paragraphs, current = [], None
    for token in tokens:
        if token.type == "inline":
            current = ""
            for child in token.children:
                if child.type in ("softbreak", "hardbreak"):
                    current += "\n"
                elif child.type in ("text", "code_inline", "html_inline"):
                    current += child.content
            paragraphs.append(current)
    return "\n\n".join(paragraphs)


def top_level_blocks(markdown: str) -> list[tuple[str, list]]:
    """(block type, its tokens) for each top-level block of `markdown`."""
    blocks, depth, current = [], 0, None
    for token in COMMONMARK.parse(markdown):
        if depth == 0:
            current = (token.type.removesuffix("_open"), [])
            blocks.append(current)
        current[1].append(token)
        depth += token.nesting
    return blocks


def expected_text(passage: str) -> str:
    """What a blockquote of `passage` must render: blank-line runs are one paragraph break.

    (A passage of nothing but whitespace is written entirely as character references.)
    """
    if not passage.strip():
        return passage
    paragraphs, lines = [], []
    for line in passage.split("\n"):
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append("\n".join(lines))
            lines = []
    if lines:
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def assert_blockquote_renders(passage: str) -> None:
    markdown = "\n".join(blockquote(passage))
    blocks = top_level_blocks(markdown)
    assert [kind for kind, _ in blocks] == ["blockquote"], markdown
    inner = blocks[0][1][1:-1]
    assert all(t.type in ("paragraph_open", "paragraph_close", "inline") for t in inner), markdown
    assert plain_text(inner) == expected_text(passage), markdown


# -- passages -----------------------------------------------------------------------

TRICKY_PASSAGES = [
    "> not a quote",
    "# not a heading",
    "## nor this ##",
    "* not a list, *not emphasis*, __nor this__",
    "- dash\n+ plus\n1. one\n2) two\n1234567890. big",
    "`code` and ``` a fence opener",
    "```\nfenced?\n```",
    "~~~ tildes ~~strike~~",
    "<div>html</div> <b>bold</b> <!-- comment --> <http://example.org> <a@b.c>",
    "&amp; &copy; &#35; & plain",
    "    four leading spaces",
    "\tleading tab",
    "  two leading, two trailing  ",
    "trailing backslash \\",
    "line one\nline two",
    "first paragraph\n\n\n\nsecond after blank lines",
    "===\nsetext?",
    "text\n===",
    "text\n---",
    "***\n___\n- - -",
    "[link](http://x.y) ![img](y.png) [ref]\n\n[ref]: http://z",
    "#hashtag ==highlight== ~~strike~~ $x^2$ %%comment%% [[wiki]] ^block | table |",
    "US$5 billion, 25% tariffs, 5 * 3 = 15, a_b_c, 2 < 3 > 1",
    "\u00a0non-breaking space at both ends\u00a0",
    "\\*already escaped\\*",
]


@pytest.mark.parametrize("passage", TRICKY_PASSAGES)
def test_tricky_passage_renders_as_written(passage):
    assert_blockquote_renders(passage)


# Not NUL (CommonMark turns it into U+FFFD), \v and \x1c-\x1f, \x85 (Python and Markdown
# disagree on whether they are spaces); every other character, controls included.
passages = st.lists(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x0b\x1c\x1d\x1e\x1f\x85")
    | st.sampled_from(list("\n\n  \t>#*_`~=-+.)[]()<>!&;\\|$%^:1"))
    | st.sampled_from(["```", "~~~", "<div>", "<!--", "&amp;", "1. ", "- ", "    ", "\n\n"]),
    max_size=40,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(passages)
def test_any_passage_renders_as_written(passage):
    assert_blockquote_renders(passage)


def test_escape_text_renders_as_written():
    title = "Trade *war*: `#1` <b>issue</b> & [more] \\ 100%"
    (heading,) = [b for b in top_level_blocks("# " + escape_text(title))]
    assert heading[0] == "heading" and plain_text(heading[1]) == title


# -- notes: the user's Markdown, kept inside its section ----------------------------


@pytest.mark.parametrize(
    "note,expected",
    [
        ("**bold** and `code`\n\n- item", "**bold** and `code`\n\n- item"),
        ("```python\nx = 1", "```python\nx = 1\n```"),
        ("````\n```\nstill code", "````\n```\nstill code\n````"),
        ("~~~\ncode\n~~~", "~~~\ncode\n~~~"),
        ("``` not a `fence` opener", "``` not a `fence` opener"),
        ("<pre>\nunclosed", "\\<pre>\nunclosed"),
        ("<pre>\nclosed\n</pre>", "<pre>\nclosed\n</pre>"),
        ("<!-- unclosed comment", "\\<!-- unclosed comment"),
        ("<!-- closed --> fine", "<!-- closed --> fine"),
        ("<?php unclosed", "\\<?php unclosed"),
        ("<![CDATA[ unclosed", "\\<![CDATA[ unclosed"),
        ("```\n<pre> inside a fence\n```", "```\n<pre> inside a fence\n```"),
        ("\n\n  indented start\n\n", "  indented start"),
        ("a\r\nb", "a\nb"),
    ],
)
def test_contained_note(note, expected):
    assert contained_note(note) == expected


TRICKY_NOTES = [
    "```\nan unclosed fence",
    "<pre>\nunclosed pre",
    "<!-- unclosed comment",
    "<script>alert(1)",
    "# a heading in a note\n\ntext",
    "> a quote in a note\nlazy",
    "- a list\n- that ends",
    "    indented code",
    "* * *",
    "text\n===",
    "<div>\nhtml block",
    "[ref]: http://example.org\n\nSee [ref].",
]


def _tricky_article() -> tuple[Article, list[Annotation]]:
    paragraphs = TRICKY_PASSAGES[:12]
    text = "Tricky Title: *with* `code` #1\n\n" + "\n\n".join(paragraphs) + "\n"
    starts = [text.index(p) for p in paragraphs]
    article = Article(
        id=article_id_for(text),
        title="Tricky Title: *with* `code` #1",
        text=text,
        paragraphs=tuple((s, s + len(p)) for s, p in zip(starts, paragraphs, strict=True)),
        source="/tmp/t.txt",
    )
    notes = []
    for i, (start, passage) in enumerate(zip(starts, paragraphs, strict=True)):
        quote, position = make_selectors(text, start, start + len(passage))
        notes.append(
            Annotation(
                id=f"t{i}",
                article_id=article.id,
                quote=quote,
                position=position,
                note=TRICKY_NOTES[i],
                tags=(f"tag {i}", "x"),
            )
        )
    return article, notes


def test_whole_document_keeps_its_structure_whatever_was_typed():
    article, notes = _tricky_article()
    markdown = to_markdown([ExportGroup(article, notes)], exported=EXPORTED)
    fields, body = split_front_matter(markdown)
    assert fields["title"] == article.title
    blocks = top_level_blocks(body)
    assert (blocks[0][0], plain_text(blocks[0][1])) == ("heading", article.title)
    ours = [
        i
        for i, (kind, tokens) in enumerate(blocks)
        if kind == "heading" and tokens[0].tag == "h3" and plain_text(tokens).startswith("Note ")
    ]
    # Every note heading survives, whatever the notes before it contain.
    assert [plain_text(blocks[i][1]) for i in ours] == [
        f"Note {n + 1} · paragraph {n + 1}" for n in range(len(notes))
    ]
    for n, at in enumerate(ours):
        kind, tokens = blocks[at + 1]
        assert kind == "blockquote"
        assert plain_text(tokens[1:-1]) == expected_text(notes[n].quote.exact)
        last_kind, last_tokens = blocks[(ours + [len(blocks)])[n + 1] - 1]
        assert (last_kind, plain_text(last_tokens)) == ("paragraph", f"#tag-{n} #x")


def test_note_markdown_is_rendered_as_markdown():
    article, notes = _tricky_article()
    note = notes[0].evolve(note="**bold** and `code`")
    html = COMMONMARK.render(to_markdown([(article, [note])], exported=EXPORTED))
    assert "<strong>bold</strong> and <code>code</code>" in html


# -- layout -------------------------------------------------------------------------


def test_notes_in_reading_order_with_orphans_apart():
    article = seed_article()
    markdown = to_markdown([(article, list(reversed(seed_notes(article))))], exported=EXPORTED)
    body = split_front_matter(markdown)[1]
    notes_at, orphans_at = body.index("## Notes"), body.index("## Orphaned notes")
    quotes = [
        n.quote.exact.split("\n")[0]
        for n in sorted(seed_notes(article)[:5], key=lambda n: n.position.start)
    ]
    positions = [body.index("> " + q) for q in quotes]
    assert notes_at < positions[0] and positions == sorted(positions) and positions[-1] < orphans_at
    assert body.index("> talks were postponed") > orphans_at


def test_front_matter_quotes_every_string_safely():
    article = seed_article().evolve(
        title='He said: "yes" # no\nnew line',
        byline="- dash",
        outlet="null",
        url="",
        published=None,
        source="C:\\files\\a.txt",
    )
    note = seed_notes(seed_article())[0].evolve(tags=("odd tag: yes", "\u2028sep", "ok"))
    markdown = to_markdown([(article, [note])], exported=EXPORTED, version="9.9")
    fields, _ = split_front_matter(markdown)
    assert fields["title"] == article.title and fields["byline"] == "- dash"
    assert fields["outlet"] == "null" and fields["published"] is None
    assert fields["source"] == "C:\\files\\a.txt" and fields["tradereader_version"] == "9.9"
    assert fields["exported"] == EXPORTED
    assert fields["tags"] == ["odd-tag-yes", "ok", "sep"]
    assert "\u2028" not in markdown.split("\n---\n")[0]


def test_collection_front_matter_and_groups():
    seed = seed_article()
    markdown = to_markdown([(seed, seed_notes(seed)[:2])], exported=EXPORTED, title="All notes")
    fields, body = split_front_matter(markdown)
    assert (fields["title"], fields["articles"], fields["notes"]) == ("All notes", 1, 2)
    assert body.startswith("# All notes\n\n2 notes from 1 article.\n\n## US-China Trade Talks")
    assert "\nBy Ian Maleve · Seed Wire · published 2025-07-07 · <https://example.org/" in body
    assert "#### Note 1 · paragraph 1" in body


def test_article_without_notes():
    markdown = to_markdown([(seed_article(), [])], exported=EXPORTED)
    assert "## Notes\n\n*No notes.*\n" in markdown and "Orphaned" not in markdown
    assert split_front_matter(markdown)[0]["tags"] == []


def test_entities_summary_counts_values_and_forms():
    mentions = [
        Mention(0, 5, "China", "actor", "country", "CHN"),
        Mention(9, 16, "Beijing", "actor", "metonym", "CHN"),
        Mention(20, 25, "China", "actor", "country", "CHN"),
        Mention(30, 33, "EU", "actor", "country", "EU"),
        Mention(40, 49, "this week", "date", "date", "2025-W28"),
    ]
    assert entities_summary(mentions) == [
        "- **Actors** (4): CHN ×3 — China, Beijing · EU ×1",
        "- **Dates** (1): 2025-W28 (week 28 of 2025) ×1 — this week",
    ]


def test_entities_summary_lists_a_form_in_other_capitals_once():
    mentions = [
        Mention(0, 5, "Truce", "issue", "topic", "trade agreement"),
        Mention(9, 14, "truce", "issue", "topic", "trade agreement"),
        Mention(20, 29, "Officials", "actor", "group", "officials"),
        Mention(30, 39, "officials", "actor", "group", "officials"),
        Mention(40, 53, "recent years", "date", "date", "PAST_REF"),
    ]
    assert entities_summary(mentions) == [
        "- **Actors** (2): officials ×2",
        "- **Issues** (2): trade agreement ×2 — Truce",
        "- **Dates** (1): PAST\\_REF (the past) ×1 — recent years",
    ]


def test_paragraph_numbers():
    article = seed_article()
    first, second = article.paragraphs[0], article.paragraphs[1]
    assert paragraph_numbers(article, first[0], first[0] + 5) == (1, 1)
    assert paragraph_numbers(article, first[1] - 3, second[0] + 3) == (1, 2)
    assert paragraph_numbers(article, first[1] + 1, second[0] + 3) == (2, 2)  # starts in the gap
    assert paragraph_numbers(article, 0, 5) is None  # the title
    assert paragraph_numbers(article.evolve(paragraphs=()), 70, 80) is None


@pytest.mark.parametrize(
    "tag,word",
    [
        ("phase one", "phase-one"),
        ("#EU", "EU"),
        (" market  access ", "market-access"),
        ("trade/tariffs", "trade/tariffs"),
        ("a*b[c]", "a-b-c"),
        ("_x_", "x"),
        ("###", ""),
        ("Zölle", "Zölle"),
        ("2020", "2020"),
    ],
)
def test_tag_word(tag, word):
    assert tag_word(tag) == word


def test_tags_render_as_plain_hash_words():
    article, notes = _tricky_article()
    note = notes[0].evolve(tags=("phase one", "###", "#EU"))
    markdown = to_markdown([(article, [note])], exported=EXPORTED)
    assert "\n#phase-one #EU\n" in markdown
    html = COMMONMARK.render(split_front_matter(markdown)[1])
    assert "<p>#phase-one #EU</p>" in html


@pytest.mark.parametrize(
    "title,slug",
    [
        ("US-China Trade Talks Resume", "us-china-trade-talks-resume"),
        ("Zölle & Quoten!", "zolle-quoten"),
        ("***", "notes"),
        ("x" * 80, "x" * 60),  # one long word: cut inside it
        ("US-China Trade Talks Resume as Hopes Rise for Truce Extension",
         "us-china-trade-talks-resume-as-hopes-rise-for-truce"),  # after a whole word
        ("a" * 60 + " b", "a" * 60),
    ],
)
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_find_quote_offsets_match_the_export():
    article = seed_article()
    start, end = find_quote(article.text, "Geneva")
    assert article.text[start:end] == "Geneva"


def test_the_citation_names_a_shipped_seed_by_its_file_name_and_others_by_their_path():
    from tradereader import paths
    from tradereader.export_markdown import citation_line

    seeds = paths.seeds_dir()
    assert seeds is not None
    seed = seed_article().evolve(url="", source=str(seeds / "000_story.txt"))
    assert citation_line(seed).endswith(" · 000\\_story.txt")
    other = seed_article().evolve(url="", source="/home/ana/news/story.txt")
    assert citation_line(other).endswith(" · /home/ana/news/story.txt")


def test_the_citation_labels_a_byline_by_and_an_outlet_alone_source():
    from tradereader.export_markdown import citation_line

    seed = seed_article().evolve(url="")
    assert citation_line(seed.evolve(byline="Ian Maleve")).startswith("By Ian Maleve · ")
    assert citation_line(seed.evolve(byline="By Ian Maleve")).startswith("By Ian Maleve · ")
    for written in ("By: Jane Doe", "Written by Jane Doe", "By\tJane Doe", "by JANE DOE"):
        assert citation_line(seed.evolve(byline=written)).startswith(f"{written} · ")
    assert citation_line(seed.evolve(byline="Byron Smith")).startswith("By Byron Smith · ")
    assert citation_line(seed.evolve(byline="", outlet="Seed Wire")).startswith(
        "Source: Seed Wire · published ")
