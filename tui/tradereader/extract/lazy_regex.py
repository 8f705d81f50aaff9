"""`rx(pattern)`: a pattern compiled on its first use and kept, so that importing the
engine compiles nothing (start-up is measured) and every rule module shares one cache;
`lazy(pattern)` (from `tradereader.lazy_pattern`) for a module's named pattern, compiled on
its first use too (each keeps its own)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lazy_pattern import LazyPattern, lazy  # noqa: F401 - the rule modules import it here


@lru_cache(maxsize=None)
def rx(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled (once)."""
    return re.compile(pattern)

