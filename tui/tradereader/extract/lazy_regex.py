"""`rx(pattern)`: a pattern compiled on its first use and kept, so that importing the
engine compiles nothing (start-up is measured) and every rule module shares one cache."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=None)
def rx(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled (once)."""
    return re.compile(pattern)
