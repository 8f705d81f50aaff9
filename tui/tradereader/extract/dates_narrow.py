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

from .dates_grammar import lowered_rule, rules_opening_with
from .regex_prefix import compiled, could_match


class NarrowedRules(dict):
    """The characters after `opener` (up to `LOOK_AHEAD`, the space included) -> the opener's
    rules that could match there, in order, as (name, pattern) pairs (empty when none
    can), worked out on first use; the rules left for the first character are narrowed
    further for the rest. Each rule is compiled once, whatever the subsets it is in."""

    def __init__(self, opener: str) -> None:
        super().__init__()
        self.opener = opener
        self.names = rules_opening_with(opener)
        self._by_first: dict[str, tuple[str, ...]] = {}  # the rules left after 2 characters

    def __missing__(self, chars: str):
        head = chars[:2]
        names = self._by_first.get(head)
        if names is None:
            names = self._by_first[head] = self._kept(self.names, head)
        if len(chars) > 2:
            names = self._kept(names, chars)
        if len(self) > 4096:  # words after an opener are many: stay small
            self.clear()
        rules = self[chars] = tuple((name, rule_pattern(name)) for name in names)
        return rules

    def _kept(self, names: tuple[str, ...], chars: str) -> tuple[str, ...]:
        """Those of `names` that could match a text starting with the opener, then `chars`."""
        prefix = self.opener + chars
        return tuple(name for name in names if could_match(_lowered(name), prefix))


LOOK_AHEAD = 4  # characters after the opener (its space included) that narrow its rules


@lru_cache(maxsize=None)
def _lowered(name: str) -> str:
    """One rule as it reads inside the opener's alternation."""
    return rf"\b(?:{lowered_rule(name)})"


@lru_cache(maxsize=None)
def rule_pattern(name: str) -> re.Pattern[str]:
    """One rule, compiled (from the parse `could_match` made of it)."""
    return compiled(_lowered(name))


@lru_cache(maxsize=None)
def narrowed_rules(opener: str) -> NarrowedRules | None:
    """The narrowing table of an alphabetic opening word, or None if it opens fewer than
    `NARROW_FROM` rules (one alternation of a few rules fails fast, and reading the rules
    to narrow them costs more at first use than it saves)."""
    return NarrowedRules(opener) if len(rules_opening_with(opener)) >= NARROW_FROM else None


NARROW_FROM = 4
