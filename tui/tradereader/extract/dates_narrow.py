"""An opening word's date rules narrowed by the character that follows it.

A phrase opening with `the` may follow some twenty rules; tried as one alternation,
the regular-expression engine enters each before it fails, so most of the tagger's
matching time went to openers like `the`, `a`, `at`, `end`. Before a rule is tried at
`the f...`, the rules no text starting `the f` can match are dropped
(`regex_prefix.could_match`, which never drops one that could match): the rest keep
their order, so the first rule that matches is the one the full alternation would
have found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates_grammar import _PATTERNS, _lower_pattern, _rules_by_opener
from .regex_prefix import could_match


class NarrowedRules(dict):
    """The characters after `opener` (up to `LOOK_AHEAD`, the space included) -> the opener's
    rules that could match there, in order, as (name, pattern) pairs (empty when none
    can), worked out on first use; the rules left for the first character are narrowed
    further for the rest. Each rule is compiled once, whatever the subsets it is in."""

    def __init__(self, opener: str) -> None:
        super().__init__()
        self.opener = opener
        self.names = _rules_by_opener().get(opener, ())
        self._by_first: dict[str, tuple[str, ...]] = {}

    def __missing__(self, chars: str):
        names = self._kept(self.names, chars[:2], self._by_first)
        if len(chars) > 2:
            names = self._kept(names, chars, {})
        if len(self) > 4096:  # words after an opener are many: stay small
            self.clear()
        rules = self[chars] = tuple((name, rule_pattern(name)) for name in names)
        return rules

    def _kept(self, names: tuple[str, ...], chars: str, cache: dict) -> tuple[str, ...]:
        kept = cache.get(chars)
        if kept is None:
            prefix = self.opener + chars
            kept = cache[chars] = tuple(name for name in names
                                        if could_match(_lowered(name), prefix))
        return kept


LOOK_AHEAD = 4  # characters after the opener (its space included) that narrow its rules


@lru_cache(maxsize=None)
def _lowered(name: str) -> str:
    return _lower_pattern(_PATTERNS[name])


@lru_cache(maxsize=None)
def rule_pattern(name: str) -> re.Pattern[str]:
    """One rule, compiled as it reads inside the opener's alternation."""
    return re.compile(rf"\b(?:{_lowered(name)})")


@lru_cache(maxsize=None)
def narrowed_rules(opener: str) -> NarrowedRules | None:
    """The narrowing table of an alphabetic opening word, or None if it opens no rule."""
    return NarrowedRules(opener) if _rules_by_opener().get(opener) else None
