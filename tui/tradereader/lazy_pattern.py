"""`lazy(pattern)`: a module's regular expression compiled on its first use, so that
importing a module compiles nothing (the engine's start-up is measured)."""

from __future__ import annotations

import re


class LazyPattern:
    """A module's pattern that compiles on its first use (`lazy`): importing the engine
    stays cheap, and once compiled each method is the pattern's own, kept on the object
    (looked up as fast as on the pattern itself)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.__dict__["_source"] = (pattern, flags)

    def __getattr__(self, name: str):
        source = self.__dict__.get("_source")
        if source is None or name.startswith("__"):  # (copy and pickle ask before __init__)
            raise AttributeError(name)
        compiled = re.compile(*source)
        for method in _METHODS:
            self.__dict__[method] = getattr(compiled, method)
        return getattr(compiled, name)

    def __reduce__(self):
        return lazy, self._source

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile(pattern, flags)`, done when the pattern is first used."""
    return LazyPattern(pattern, flags)
