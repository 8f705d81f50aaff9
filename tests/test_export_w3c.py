"""W3C export: valid against the W3C test suite's MUST assertions; read back; attached."""

from __future__ import annotations

import copy
import json
import re
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from test_export import EXPORTED, second_article, seed_article, seed_notes
from tradereader.anchoring import make_selectors, reanchor
from tradereader.errors import InputError
from tradereader.export import (
    ImportedAnnotation,
    attach,
    attach_all,
    read_w3c,
    to_w3c,
)
from tradereader.model import Annotation, TextPositionSelector, TextQuoteSelector

W3C = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "w3c-annotation"


# -- the W3C test suite, offline ----------------------------------------------------


def _format_checker():
    """jsonschema's checker with `date-time` and `uri` checks that need no extra packages."""
    from jsonschema import FormatChecker

    checker = FormatChecker()

    @checker.checks("date-time", raises=ValueError)
    def date_time(value) -> bool:
        if not isinstance(value, str):
            return True
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", value):
            raise ValueError(f"not an RFC 3339 date-time: {value!r}")
        datetime.fromisoformat(value.replace("Z", "+00:00"))
        return True

    @checker.checks("uri", raises=ValueError)
    def uri(value) -> bool:
        if isinstance(value, str) and not (urlsplit(value).scheme and " " not in value):
            raise ValueError(f"not an absolute URI: {value!r}")
        return True

    return checker


@pytest.fixture(scope="module")
def suite():
    """`check(manifest, instance) -> [failed assertion files]` for a `.test` manifest."""
    if not W3C.is_dir():
        pytest.skip(f"W3C annotation test data not found at {W3C}")
    from jsonschema import Draft4Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    registry = Registry()
    for path in sorted((W3C / "definitions").glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        registry = registry.with_resource(schema["id"], Resource(schema, DRAFT4))
    checker = _format_checker()

    def check(manifest: str, instance: dict) -> list[str]:
        test = json.loads((W3C / manifest).read_text(encoding="utf-8"))
        failed = []
        for relative in test["assertions"]:
            assertion = json.loads((W3C / relative).read_text(encoding="utf-8"))
            validator = Draft4Validator(assertion, registry=registry, format_checker=checker)
            valid = validator.is_valid(instance)
            if valid != (assertion.get("expectedResult", "valid") == "valid"):
                failed.append(relative)
        return failed

    return check


def _seed_collection() -> dict:
    article = seed_article()
    return to_w3c([(article, seed_notes(article))], exported=EXPORTED, label=article.title)


def _annotation(**changes) -> Annotation:
    article = second_article()
    quote, position = make_selectors(article.text, 37, 63)
    base = Annotation(
        id="x1",
        article_id=article.id,
        quote=quote,
        position=position,
        note="n",
        tags=("t",),
        created="2026-01-01T00:00:00Z",
        modified="2026-01-01T00:00:00Z",
    )
    return base.evolve(**changes)


def test_every_exported_annotation_passes_every_must(suite):
    items = _seed_collection()["first"]["items"]
    assert len(items) == 6
    manifest = json.loads((W3C / "annotations/annotationMusts.test").read_text())
    assert len(manifest["assertions"]) == 54
    for item in items:
        assert suite("annotations/annotationMusts.test", item) == [], item["id"]


@pytest.mark.parametrize(
    "changes",
    [
        {"note": ""},
        {"tags": ()},
        {"note": "", "tags": ()},
        {"created": "", "modified": ""},
        {"created": "2026-01-01 10:00:00"},
        {"note": '<b>x</b> \u2028 "quoted"'},
    ],
)
def test_annotations_of_every_shape_pass_every_must(suite, changes):
    collection = to_w3c([(second_article(), [_annotation(**changes)])], exported=EXPORTED)
    item = collection["first"]["items"][0]
    assert suite("annotations/annotationMusts.test", item) == []


def test_collection_and_page_pass_their_musts(suite):
    collection = _seed_collection()
    assert suite("collections/collectionMusts.test", collection) == []
    # pageMusts takes "a single Annotation Page or an Annotation Collection with an embedded Page"
    assert suite("collections/pages/pageMusts.test", collection) == []


def test_empty_collection_passes_and_has_no_page(suite):
    collection = to_w3c([], exported=EXPORTED)
    assert collection["total"] == 0 and "first" not in collection
    assert suite("collections/collectionMusts.test", collection) == []


@pytest.mark.parametrize(
    "breakage",
    [
        lambda a: a.pop("@context"),
        lambda a: a.update(id="not a uri"),
        lambda a: a.update(created="yesterday"),
        lambda a: a["target"]["selector"][0].pop("exact"),
        lambda a: a["target"]["selector"][1].update(start=-1),
        lambda a: a.update(bodyValue="both body and bodyValue"),
    ],
)
def test_the_validation_catches_broken_annotations(suite, breakage):
    item = copy.deepcopy(_seed_collection()["first"]["items"][0])
    breakage(item)
    assert suite("annotations/annotationMusts.test", item) != []


# -- shape --------------------------------------------------------------------------


def test_annotation_shape():
    article = seed_article()
    items = to_w3c([(article, seed_notes(article))], exported=EXPORTED)["first"]["items"]
    by_id = {i["id"]: i for i in items}
    first = by_id["urn:tradereader:annotation:seed-note-1"]
    assert first["target"]["source"] == article.url
    quote, position = first["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector"
    assert article.text[position["start"] : position["end"]] == quote["exact"]
    assert [b["purpose"] for b in first["body"]] == ["commenting", "tagging", "tagging"]
    assert first["body"][0]["format"] == "text/markdown"
    assert [b["value"] for b in first["body"][1:]] == ["phase one", "purchase-commitments"]
    tags_only = by_id["urn:tradereader:annotation:seed-note-3"]
    assert tags_only["motivation"] == "tagging"
    assert [i["target"]["selector"][1]["start"] for i in items] == sorted(
        i["target"]["selector"][1]["start"] for i in items
    )


def test_article_without_url_gets_a_urn_source():
    article = seed_article().evolve(url="")
    item = to_w3c([(article, seed_notes(article)[:1])], exported=EXPORTED)["first"]["items"][0]
    assert item["target"]["source"] == f"urn:tradereader:article:{article.id}"


def test_highlight_without_note_or_tags_has_no_body():
    item = to_w3c([(second_article(), [_annotation(note="", tags=())])], exported=EXPORTED)
    item = item["first"]["items"][0]
    assert item["motivation"] == "highlighting" and "body" not in item


# -- reading back and attaching -----------------------------------------------------


def _through_json(collection: dict) -> dict:
    return json.loads(json.dumps(collection))


def test_round_trip_gives_back_the_same_annotations():
    seed = seed_article()
    # The library holds a newer version of the story: its notes were re-anchored and
    # one of them orphaned (its passage was edited away).
    newer = seed.evolve(
        text=seed.text.replace("announce an extension of the current truce", "say little")
    )
    notes = [reanchor(n, newer.text) for n in seed_notes(seed)[:5]]
    assert [n.orphaned for n in notes] == [False, False, False, True, False]
    other = second_article()
    steel = _annotation()
    groups = [(newer, notes), (other, [steel])]
    imported = read_w3c(_through_json(to_w3c(groups, exported=EXPORTED)))
    back = attach(imported, [other, newer])
    key = lambda a: a.id  # noqa: E731
    assert sorted(back, key=key) == sorted(notes + [steel], key=key)


def test_read_gives_every_field():
    seed = seed_article()
    note = seed_notes(seed)[0]
    (item,) = read_w3c(to_w3c([(seed, [note])], exported=EXPORTED))
    assert item == ImportedAnnotation(
        id=note.id,
        source=seed.url,
        quote=note.quote,
        position=note.position,
        note=note.note,
        tags=note.tags,
        created=note.created,
        modified=note.modified,
    )


def test_read_a_foreign_annotation():
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "http://example.org/anno/7",
        "type": "Annotation",
        "bodyValue": "Interesting.",
        "target": [
            "http://example.org/plain-target",
            {
                "source": "https://example.org/eu-steel",
                "selector": {"type": "TextQuoteSelector", "exact": "duties on steel"},
            },
        ],
    }
    (item,) = read_w3c(
        [foreign, {"type": "Annotation", "target": "http://example.org/no-selector"}]
    )
    assert (item.id, item.source, item.note, item.tags) == (
        "http://example.org/anno/7",
        "https://example.org/eu-steel",
        "Interesting.",
        (),
    )
    assert item.quote == TextQuoteSelector("duties on steel") and item.position is None


def test_read_a_page_and_tag_bodies_without_type():
    page = {
        "type": "AnnotationPage",
        "items": [
            {
                "type": "Annotation",
                "body": [{"value": "tariffs", "purpose": ["oa:tagging"]}, {"value": "a note"}],
                "target": {
                    "source": "s",
                    "selector": [{"type": "TextQuoteSelector", "exact": "x"}],
                },
            }
        ],
    }
    (item,) = read_w3c(page)
    assert (item.note, item.tags) == ("a note", ("tariffs",))
    assert item.id  # a stable made-up id
    assert read_w3c(page)[0].id == item.id


@pytest.mark.parametrize(
    "data",
    [
        42,
        "text",
        {"hello": "world"},
        {"type": "Something"},
        {"type": "AnnotationCollection", "first": "http://example.org/page1"},
    ],
)
def test_read_refuses_what_is_not_an_annotation_document(data):
    with pytest.raises(InputError):
        read_w3c(data)


def _imported(
    source: str, exact: str, prefix: str = "", suffix: str = "", position=None
) -> ImportedAnnotation:
    return ImportedAnnotation(
        id="i1",
        source=source,
        quote=TextQuoteSelector(exact, prefix, suffix),
        position=position,
        note="kept",
        tags=("t",),
    )


def test_attach_by_source_reanchors_into_a_newer_text():
    seed = seed_article()
    newer = seed.evolve(text="BREAKING.\n\n" + seed.text.replace("restart", "resume"))
    note = seed_notes(seed)[1]  # "Trade negotiators from the United States and China"
    (item,) = read_w3c(to_w3c([(seed, [note])], exported=EXPORTED))
    (placed,) = attach([item], [newer])
    assert not placed.orphaned and placed.article_id == newer.id
    assert newer.text[placed.position.start : placed.position.end] == note.quote.exact


def test_attach_by_urn_and_by_previous_version():
    seed = seed_article().evolve(url="")
    item = _imported(f"urn:tradereader:article:{seed.id}", "Geneva")
    assert attach([item], [second_article(), seed])[0].article_id == seed.id
    newer = seed.evolve(id="newer", previous_version=seed.id)
    assert attach([item], [newer])[0].article_id == "newer"


def test_attach_keeps_an_unfindable_quote_orphaned_on_its_source():
    seed = seed_article()
    item = _imported(seed.url, "words that are not there", position=TextPositionSelector(5, 29))
    (placed,) = attach([item], [seed])
    assert placed.orphaned and placed.note == "kept" and placed.quote.exact == item.quote.exact
    assert placed.position == TextPositionSelector(5, 29)


def test_attach_by_quote_when_the_source_is_unknown():
    seed, other = seed_article(), second_article()
    long_quote = _imported("file:///elsewhere.txt", "the re-escalation of a full-blown trade war")
    result = attach_all([long_quote], [other, seed])
    assert [a.article_id for a in result.attached] == [seed.id] and result.unmatched == []


def test_attach_by_quote_is_strict():
    seed = seed_article()
    short = _imported("file:///elsewhere.txt", "talks", "nothing like the ", " in the article")
    fuzzy = _imported("file:///elsewhere.txt", "the re-escalation of a full-blown trade wars")
    result = attach_all([short, fuzzy], [seed])
    assert result.attached == [] and result.unmatched == [short, fuzzy]
