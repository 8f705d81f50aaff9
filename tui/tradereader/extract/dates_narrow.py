"""An opening word's date rules narrowed by the characters that follow it.

A phrase opening with `the` may follow some twenty rules; tried as one alternation,
the regular-expression engine enters each before it fails, so most of the tagger's
matching time went to openers like `the`, `a`, `at`, `end`. Before a rule is tried at
`the f...`, the rules no text starting `the f` can match are dropped: for each rule,
`regex_prefix.next_characters` gives, once per opener, the characters that could
stand at each of the `LOOK_AHEAD` places after it, and a rule is dropped when one of
the text's characters there could not (it never drops one that could match). The
rest keep their order, so the first rule that matches is the one the full
alternation would have found.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

from .dates_grammar import lowered_rule, rules_opening_with
from .regex_prefix import allows, compiled, next_characters

LOOK_AHEAD = 4  # characters after the opener (its space included) that narrow its rules


class NarrowedRules(dict):
    """The characters after `opener` (up to `LOOK_AHEAD`, the space included) -> the opener's
    rules that could match there, in order, as (name, pattern) pairs (empty when none
    can), worked out on first use. Each rule is compiled once, whatever the subsets it
    is in."""

    def __init__(self, opener: str) -> None:
        super().__init__()
        self.opener = opener
        self.names = rules_opening_with(rules_key(opener))
        self._allowed = tuple(_places(opener, name) for name in self.names)
        self._every = (1 << len(self.names)) - 1
        # place after the opener -> character -> the rules that allow it there (bits)
        self._allowing: tuple[dict[str, int], ...] = tuple({} for _ in range(LOOK_AHEAD))

    def __missing__(self, chars: str):
        kept = self._every
        for place, char in enumerate(chars):
            allowing = self._allowing[place].get(char)
            if allowing is None:
                allowing = self._allowing[place][char] = self._rules_allowing(place, char)
            kept &= allowing
        if len(self) > 4096:  # words after an opener are many: stay small
            self.clear()
        rules = self[chars] = tuple((name, rule_pattern(name))
                                    for bit, name in enumerate(self.names) if kept >> bit & 1)
        return rules

    def _rules_allowing(self, place: int, char: str) -> int:
        """The rules (as bits) that allow `char` at `place` after the opener."""
        return sum(1 << bit for bit, allowed in enumerate(self._allowed)
                   if allows(allowed[place], char))


@lru_cache(maxsize=None)
def lowered_pattern(name: str) -> str:
    """One rule as it reads inside the opener's alternation."""
    return rf"\b(?:{lowered_rule(name)})"


def _places(opener: str, name: str) -> tuple:
    """`next_characters` of a rule after `opener`: as shipped (`dates_narrow_data`, made
    by `dates_narrow_build`) if they were worked out from the rule as it is, else now."""
    from . import dates_narrow_data as shipped

    places = shipped.PLACES.get(opener, {}).get(name)
    if places is None or shipped.LOOK_AHEAD != LOOK_AHEAD or not _shipped_is_current(name):
        return next_characters(lowered_pattern(name), opener, LOOK_AHEAD)
    return places


@lru_cache(maxsize=None)
def _shipped_is_current(name: str) -> bool:
    """Whether the shipped table was made from this rule's pattern as it is now."""
    from .dates_narrow_data import RULES

    return RULES.get(name) == fingerprint(lowered_pattern(name))


def fingerprint(pattern: str) -> int:
    """What the shipped table keeps of a rule's pattern, to tell whether it is still that
    rule's (CRC-32)."""
    return zlib.crc32(pattern.encode("utf-8"))


@lru_cache(maxsize=None)
def rule_pattern(name: str) -> re.Pattern[str]:
    """One rule, compiled (from the parse `next_characters` made of it)."""
    return compiled(lowered_pattern(name))


def rules_key(opener: str) -> str:
    """The key of an opening word's rules in the grammar: a single digit opens the rules
    of a number (`#`; `3 March`, `15 days`), a word its own."""
    return "#" if len(opener) == 1 and opener.isdigit() else opener


@lru_cache(maxsize=None)
def word_rules(opener: str) -> NarrowedRules | tuple | None:
    """The rules a phrase opening with this word (alphabetic, or a single digit) may
    follow: a narrowing table if it opens `NARROW_FROM` rules or more, else the
    (name, pattern) pairs of its few (one alternation of a few rules fails fast, and
    reading the rules to narrow them costs more at first use than it saves). None for
    any other opener (a year: `dates_grammar.grammar_for`)."""
    if not (opener.isalpha() or len(opener) == 1 and opener.isdigit()):
        return None
    names = rules_opening_with(rules_key(opener))
    if len(names) >= NARROW_FROM:
        return NarrowedRules(opener)
    return tuple((name, rule_pattern(name)) for name in names)


NARROW_FROM = 4
