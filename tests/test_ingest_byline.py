"""An HTML page's byline is a writer's name, not whatever the page's metadata calls an author:
a photo credit (`IMO`), page furniture, a placeholder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradereader.ingest import read_article
from tradereader.ingest_html import plausible_byline

PARAGRAPH = (
    "<p>The trade dispute between the two largest economies has cost exporters on both "
    "sides dearly, economists at the United Nations said on Tuesday in a new report.</p>"
    "<p>Tariffs imposed since last year have cut shipments of machinery and soybeans, "
    "while buyers in third countries have taken some of the business, the report said.</p>"
)


def page(head: str = "", above_text: str = "") -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<title>Trade dispute is lose-lose, UN economists say</title>"
        f"{head}</head><body><article><h1>Trade dispute is lose-lose, UN economists say</h1>"
        f"{above_text}{PARAGRAPH}{PARAGRAPH}</article></body></html>"
    )


# a photo with its credit in a field the page calls "authors" (a Drupal media module)
PHOTO_CREDIT = (
    "<picture><img src='ship.jpg' alt='A cargo ship in port'></picture>"
    "<div class='field-name-field-photo-credit field field-name-scald-authors'>"
    "<span class='scald-credit'>{credit}</span></div>"
)


def byline_of(tmp_path: Path, markup: str) -> str:
    path = tmp_path / "story.html"
    path.write_text(markup, encoding="utf-8")
    return read_article(path).byline


@pytest.mark.parametrize("credit", ["IMO", "AFP", "U.N.", "UN/WTO"])
def test_a_photo_credit_in_capitals_is_no_byline(tmp_path: Path, credit: str) -> None:
    assert byline_of(tmp_path, page(above_text=PHOTO_CREDIT.format(credit=credit))) == ""


def test_a_writer_named_in_the_metadata_is_the_byline(tmp_path: Path) -> None:
    head = "<meta name='author' content='Jane Doe'>"
    assert byline_of(tmp_path, page(head)) == "Jane Doe"


def test_a_photo_agency_beside_the_writer_is_dropped(tmp_path: Path) -> None:
    head = "<meta name='author' content='Jane Doe; Getty Images'>"
    assert byline_of(tmp_path, page(head)) == "Jane Doe"


@pytest.mark.parametrize(("author", "byline"), [
    ("Jane Doe; John Smith", "Jane Doe; John Smith"),
    ("Ana Swanson and Alan Rappeport", "Ana Swanson and Alan Rappeport"),
    ("J. K. Rowling", "J. K. Rowling"),
    ("Kim Kyung-Hoon", "Kim Kyung-Hoon"),
    ("Reuters Staff", "Reuters Staff"),
    ("Bloomberg", "Bloomberg"),  # an agency alone is a byline
    ("Analysis by Jane Doe", "Jane Doe"),
    ("IMO", ""),
    ("Photo: John Smith", ""),
    ("Print-Edition Icon Print Edition; Finance; Economics", ""),  # furniture and sections
    ("Jane Doe; https://www.facebook.com/ledger", "Jane Doe"),
    ("@janedoe", ""),
    ("admin", ""),
    ("07 Nov 2019", ""),
    ("the editorial board writes about everything that happens here", ""),
    ("", ""),
])
def test_plausible_byline(author: str, byline: str) -> None:
    assert plausible_byline(author) == byline


# ---------------------------------------------------------------- plain text: wire credits

BODY = "Japan said on Tuesday it would cut tariffs on rice imports from next month."


@pytest.mark.parametrize(("credit", "byline"), [
    ("Reporting by Kevin Yao; Editing by Tom Hogue", "Kevin Yao"),
    ("(Reporting by Ann Lee; Additional reporting by Bo Chen; Editing by Sam Holmes)",
     "Ann Lee; Bo Chen"),
    ("By Jane Doe; Graphics by Tom Roe", "Jane Doe"),
    ("By Jane Doe; John Roe", "Jane Doe; John Roe"),
])
def test_a_wire_credit_names_its_writers_not_its_editors(credit: str, byline: str) -> None:
    from tradereader.ingest import parse_text

    article = parse_text(f"Rice Tariffs Cut\n\n{BODY}\n\n{credit}\n")
    assert article.byline == byline
    assert [article.text[s:e] for s, e in article.paragraphs] == [BODY]


# ------------------------------------------------------- names written all in lower case

LOWER_CASE_AUTHOR = {
    "meta author": ("<meta name='author' content='danah boyd'>", ""),
    "article:author": ("<meta property='article:author' content='danah boyd'>", ""),
    "byl": ("<meta name='byl' content='By danah boyd'>", ""),
    "JSON-LD": ('<script type="application/ld+json">{"@context": "https://schema.org", '
                '"@type": "NewsArticle", "author": [{"@type": "Person", "name": "danah boyd"}]}'
                "</script>", ""),
    "itemprop": ("", "<p>By <span itemprop='author'>danah boyd</span></p>"),
    "rel=author": ("", "<p>By <a rel='author' href='/people/db'>danah boyd</a></p>"),
}


@pytest.mark.parametrize("marked", LOWER_CASE_AUTHOR.values(), ids=LOWER_CASE_AUTHOR.keys())
def test_a_name_in_lower_case_that_the_markup_marks_as_the_author_is_kept_as_written(
        tmp_path: Path, marked: tuple[str, str]) -> None:
    head, above_text = marked
    assert byline_of(tmp_path, page(head, above_text)) == "danah boyd"


def test_a_lower_case_name_beside_a_capitalised_one_keeps_both(tmp_path: Path) -> None:
    head = "<meta name='author' content='danah boyd; Jane Doe'>"
    assert byline_of(tmp_path, page(head)) == "danah boyd; Jane Doe"


@pytest.mark.parametrize("credit", ["imo", "afp photo", "reuters"])
def test_a_photo_credit_in_lower_case_is_no_byline(tmp_path: Path, credit: str) -> None:
    """Not marked as the author's (only a field whose class says "authors"): trafilatura
    title-cased it (`Imo`), which let it pass for a name."""
    assert byline_of(tmp_path, page(above_text=PHOTO_CREDIT.format(credit=credit))) == ""


@pytest.mark.parametrize(("lower_case", "byline"), [
    ({"Danah Boyd": "danah boyd"}, "danah boyd"),  # marked: as written
    ({"Danah Boyd": None}, ""),  # in lower case and not marked
    ({"Imo": "imo"}, ""),  # one word in lower case: a user name or a credit, marked or not
    ({"Admin": "admin"}, ""),  # a placeholder stays refused, marked or not
])
def test_plausible_byline_with_lower_case_spellings(lower_case, byline) -> None:
    assert plausible_byline("; ".join(lower_case), lower_case) == byline
