"""What a usable library.json looks like: the checks run when the file is opened.

A file that fails them is treated as corrupt (moved aside, never overwritten).
A file from a newer schema is not checked here: the Library refuses it untouched.
"""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 1

TABLES = ("meta", "articles", "annotations", "lexicon")

# field -> type every document of the table must have
REQUIRED: dict[str, dict[str, type | tuple[type, ...]]] = {
    "meta": {},
    "articles": {"id": str, "title": str, "text": str},
    "annotations": {"id": str, "article_id": str, "quote": dict, "position": dict},
    "lexicon": {"phrase": str, "kind": str},
}


def schema_version(data: dict[str, Any]) -> Any:
    """meta.schema_version of a loaded file, or None when there is none."""
    meta = data.get("meta")
    if not isinstance(meta, dict):
        return None
    for doc in meta.values():
        if isinstance(doc, dict) and "schema_version" in doc:
            return doc["schema_version"]
    return None


def check_tables(data: Any) -> str | None:
    """None when `data` is a usable library, else a short description of what is wrong."""
    if not isinstance(data, dict):
        return f"expected a JSON object, found {type(data).__name__}"
    version = schema_version(data)
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        return None  # a newer tradereader's file: the Library refuses it, untouched
    if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
        return f"meta.schema_version is {version!r}, not a number"
    for name, table in data.items():
        problem = check_table(name, table)
        if problem:
            return problem
    return None


def check_table(name: str, table: Any) -> str | None:
    if not isinstance(table, dict):
        return f"table {name!r} is a {type(table).__name__}, not an object"
    required = REQUIRED.get(name, {})
    for doc_id, doc in table.items():
        if not doc_id.isdigit():
            return f"table {name!r} has a document id {doc_id!r} that is not a number"
        if not isinstance(doc, dict):
            return f"table {name!r} document {doc_id} is not an object"
        for field, kind in required.items():
            if not isinstance(doc.get(field), kind):
                return f"table {name!r} document {doc_id} has no valid {field!r}"
        if name == "annotations":
            problem = check_selectors(doc)
            if problem:
                return f"table 'annotations' document {doc_id}: {problem}"
    return None


def check_selectors(doc: dict[str, Any]) -> str | None:
    if not isinstance(doc["quote"].get("exact"), str):
        return "quote has no 'exact' text"
    position = doc["position"]
    if not (isinstance(position.get("start"), int) and isinstance(position.get("end"), int)):
        return "position has no start/end"
    return None
