"""Helpers the engine's tests share (not collected: no `test_` prefix)."""

from __future__ import annotations

from tradereader.extract import extract_actors_issues


def issues(text: str) -> list[tuple[str, str]]:
    """The issues found in `text`, as (phrase, topic) in text order."""
    found = extract_actors_issues(text)
    return [(text[f.start:f.end], f.value) for f in found if f.kind == "issue"]
