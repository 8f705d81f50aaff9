"""The seed article's actors and issues, as the guidelines annotate them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradereader.extract import extract, extract_actors_issues

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_e58fc7d3f057b8d5.txt"


@pytest.fixture(scope="module")
def seed() -> tuple[str, list]:
    text = SEED.read_text(encoding="utf-8")
    return text, extract_actors_issues(text)


def _found(seed, kind: str) -> set[tuple[str, str, str]]:
    text, found = seed
    return {(text[f.start:f.end], f.subtype, f.value) for f in found if f.kind == kind}


@pytest.mark.parametrize(
    "surface, subtype, value",
    [
        ("US", "country", "USA"),
        ("China", "country", "CHN"),
        ("United States", "country", "USA"),
        ("U.S.", "country", "USA"),
        ("Washington", "metonym", "USA"),
        ("Beijing", "metonym", "CHN"),
        ("Biden administration", "government", "US executive"),
        ("Ian Maleve", "person", "Ian Maleve"),
        ("negotiators", "group", "negotiators"),
        ("Officials", "group", "officials"),
        ("officials", "group", "officials"),
        ("analysts", "group", "analysts"),
        ("investors", "group", "investors"),
        ("Markets", "group", "markets"),
        ("sides", "group", "sides"),
    ],
)
def test_seed_actors(seed, surface, subtype, value):
    assert (surface, subtype, value) in _found(seed, "actor")


@pytest.mark.parametrize(
    "surface, value",
    [
        ("truce", "trade agreement"),
        ("trade war", "trade dispute"),
        ("tariffs", "tariffs"),
        ("retaliatory measures", "sanctions"),
        ("supply chains", "supply chains"),
        ("purchase commitments", "purchase commitments"),
        ("Phase One deal", "trade agreement"),
        ("market access", "market access"),
        ("intellectual property protections", "intellectual property"),
        ("technology transfers", "technology transfer"),
        ("agricultural", "agriculture"),
        ("energy", "energy"),
        ("manufactured goods purchases", "manufacturing"),
    ],
)
def test_seed_issues(seed, surface, value):
    assert (surface, "topic", value) in _found(seed, "issue")


def test_us_china_gives_two_country_mentions(seed):
    text, found = seed
    first_two = [text[f.start:f.end] for f in found[:2]]
    assert first_two == ["US", "China"]


def test_geneva_is_a_venue_not_an_actor(seed):
    text, found = seed
    assert "Geneva" in text
    assert all("Geneva" not in text[f.start:f.end] for f in found)


def test_not_issues_trade_relations_and_talks(seed):
    surfaces = {s.lower() for s, _subtype, _value in _found(seed, "issue")}
    assert not surfaces & {"talks", "trade relations", "trade policy", "negotiations", "trade"}


def test_mentions_are_sorted_and_quote_the_text():
    text = SEED.read_text(encoding="utf-8")
    mentions = extract(text, "2025-03-26")
    assert mentions == sorted(mentions, key=lambda m: (m.start, m.end))
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert all(m.why for m in mentions)
    assert {m.kind for m in mentions} <= {"actor", "issue", "date"}
