"""A note's line breaks and lines survive the Markdown export, checked with markdown-it-py."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_export import EXPORTED, seed_article, seed_notes
from test_export_markdown import COMMONMARK, plain_text, split_front_matter, top_level_blocks
from tradereader.export import to_markdown


def export_of(note: str) -> str:
    """The Markdown export of the seed article with one note, `note`, and no tags."""
    article = seed_article()
    annotation = seed_notes(article)[0].evolve(note=note, tags=())
    return to_markdown([(article, [annotation])], exported=EXPORTED)


def note_html(note: str) -> str:
    """What a CommonMark renderer shows of the note: the export's HTML after the passage."""
    html = COMMONMARK.render(export_of(note))
    return html.split("</blockquote>\n", 1)[1]


def note_blocks(note: str) -> list[tuple[str, list]]:
    """The top-level blocks of the export after the note's passage (the note itself)."""
    blocks = top_level_blocks(split_front_matter(export_of(note))[1])
    quote = max(i for i, (kind, _) in enumerate(blocks) if kind == "blockquote")
    return blocks[quote + 1 :]


def test_a_note_keeps_its_line_breaks():
    markdown = export_of("line one\nline two")
    assert "\n\nline one  \nline two\n" in markdown  # a hard break, invisible in the file
    assert note_html("line one\nline two") == "<p>line one<br />\nline two</p>\n"


@pytest.mark.parametrize(
    "note,html",
    [
        ("a\nb\n\nc", "<p>a<br />\nb</p>\n<p>c</p>\n"),
        ("# not a heading\nsecond line", "<p># not a heading<br />\nsecond line</p>\n"),
        ("## Key point\n\nbody", "<p>## Key point</p>\n<p>body</p>\n"),
        ("text\n===", "<p>text<br />\n===</p>\n"),
        ("text\n---", "<p>text<br />\n---</p>\n"),
        ("text\n# hash line", "<p>text<br />\n# hash line</p>\n"),
        ("a\\\nb\nc", "<p>a<br />\nb<br />\nc</p>\n"),  # a hard break of its own stays one
        (
            "Figures\nas of May:\n- 2019\n- 2020",
            "<p>Figures<br />\nas of May:</p>\n<ul>\n<li>2019</li>\n<li>2020</li>\n</ul>\n",
        ),
        (
            "- a\n  continued\n- b",
            "<ul>\n<li>a<br />\ncontinued</li>\n<li>b</li>\n</ul>\n",
        ),
        ("> quoted\nlazy", "<blockquote>\n<p>quoted<br />\nlazy</p>\n</blockquote>\n"),
        (
            "one\ntwo\n```\ncode 1\ncode 2\n```\nthree\nfour",
            "<p>one<br />\ntwo</p>\n<pre><code>code 1\ncode 2\n</code></pre>\n"
            "<p>three<br />\nfour</p>\n",
        ),
        (
            "para\nline\n\n    code 1\n    code 2",
            "<p>para<br />\nline</p>\n<pre><code>code 1\ncode 2\n</code></pre>\n",
        ),
        ("<pre>\nk\nl\n</pre>\nm\nn", "<pre>\nk\nl\n</pre>\n<p>m<br />\nn</p>\n"),
        ("<!-- c -->\nx\ny", "<!-- c -->\n<p>x<br />\ny</p>\n"),
    ],
)
def test_note_renders_with_its_lines(note, html):
    assert note_html(note) == html


def test_code_keeps_its_lines_exactly():
    markdown = export_of("see\nthis:\n```\nx = 1\ny = 2\n```\n\n    z = 3\n    w = 4")
    assert "\nsee  \nthis:\n```\nx = 1\ny = 2\n```\n\n    z = 3\n    w = 4\n" in markdown


_WORDS = st.lists(st.sampled_from(["tariff", "EU", "rice", "2020", "a"]), min_size=1, max_size=3)
_TEXT_LINE = st.one_of(
    _WORDS.map(" ".join),
    st.tuples(st.sampled_from(["#", "##", "######"]), _WORDS).map(
        lambda t: " ".join([t[0], *t[1]])
    ),
    st.sampled_from(["#", "###"]),
)
_UNDERLINE = st.sampled_from(["===", "---", "=", "-"])
_PARAGRAPH = st.tuples(_TEXT_LINE, st.lists(_TEXT_LINE | _UNDERLINE, max_size=4))


@settings(max_examples=200, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=3))
def test_lines_of_text_come_out_as_written(paragraphs):
    """Paragraphs stay paragraphs, every line stays a line (a hard break), no headings."""
    texts = ["\n".join([first, *rest]) for first, rest in paragraphs]
    blocks = note_blocks("\n\n".join(texts))
    assert [kind for kind, _ in blocks] == ["paragraph"] * len(texts)
    tokens = [t for _, block in blocks for t in block]
    breaks = [c.type for t in tokens if t.type == "inline" for c in t.children if "break" in c.type]
    assert set(breaks) <= {"hardbreak"}
    assert plain_text(tokens) == "\n\n".join(texts)
