"""summarize(): mentions grouped by kind and value, with counts, for the CLI and sidebar."""

from __future__ import annotations

from tradereader.extract import extract
from tradereader.extract.summary import counts_by_kind, summarize
from tradereader.model import Mention

TEXT = ("China and the U.S. argued. Washington raised tariffs; Beijing answered with tariffs. "
        "China's officials met. Duties rose.")


def test_groups_by_kind_then_value_most_mentioned_first():
    summary = summarize(m for m in extract(TEXT) if m.kind != "date")
    assert list(summary) == ["actor", "issue"]
    first = summary["actor"][0]
    assert (first["value"], first["count"], first["texts"]) == ("CHN", 3, ["China", "Beijing"])
    assert summary["issue"] == [
        {"value": "tariffs", "subtype": "topic", "count": 3, "texts": ["tariffs", "Duties"],
         "first": TEXT.index("tariffs")}
    ]


def test_metonyms_share_the_country_entry():
    summary = summarize(extract("Washington said. The U.S. agreed."))
    assert [(e["value"], e["subtype"], e["count"]) for e in summary["actor"]] == [
        ("USA", "country", 2)]


def test_ties_keep_reading_order_and_counts_include_every_kind():
    mentions = [Mention(10, 15, "Japan", "actor", "country", "JPN"),
                Mention(0, 5, "China", "actor", "country", "CHN"),
                Mention(20, 24, "2020", "date", "date", "2020")]
    assert [e["value"] for e in summarize(mentions)["actor"]] == ["CHN", "JPN"]
    assert counts_by_kind(mentions) == {"actor": 2, "issue": 0, "date": 1}


def test_empty_input():
    assert summarize([]) == {}
