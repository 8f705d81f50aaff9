"""Country codes and the names readers know them by (`CHN` -> `China`), read from
the engine's shipped data without building the engine (importing `extract` costs tens
of milliseconds): the sidebar names its country entries by them."""

from __future__ import annotations

import os
from functools import lru_cache

_COUNTRIES = os.path.join(os.path.dirname(__file__), "extract", "data", "countries.tsv")


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Country code -> its common name (`CHN` -> `China`, `USA` -> `United States`,
    `EU` -> `European Union`): the first of the names the data gives it."""
    with open(_COUNTRIES, encoding="utf-8") as handle:
        rows = [line.split("\t") for line in handle.read().splitlines()
                if line and line[0] != "#"]
    return {row[0]: row[1].split("|")[0] for row in rows}
