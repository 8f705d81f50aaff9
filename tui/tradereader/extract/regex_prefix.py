"""Whether a regular expression could match at the start of a text that begins with a
given prefix.

The date tagger tries a phrase's rules as one alternation at each place a phrase may
open; for common openers (`the`, `a`, `last`) that is some twenty rules, and the
regular-expression engine enters each one before it fails. Knowing the next few
characters (`the f`) rules most of them out in advance: `could_match(pattern, prefix)`
answers, for a rule's pattern, "could `match` succeed on a text that starts so?".

The answer errs one way only: False means `match` fails on every such text; True
means one might (zero-width assertions are assumed to hold, and anything this module
does not model is answered True), so dropping the rules it rejects never changes
what matches. It reads the pattern's parse tree (`re._parser`); where that is not
available every answer is True.

`next_characters(pattern, opener, n)` is the cheaper form the tagger uses: worked out
once per rule and opening word (and shipped, `dates_narrow_data`), the characters each
of the `n` places after the word may hold, each place on its own. It errs the same
way, a little more often (`fits` is True wherever `could_match` is; the tests hold it
to that).
"""

from __future__ import annotations

from functools import lru_cache

import re

try:
    from re import _compiler, _constants as _c, _parser as _sre
except ImportError:  # pragma: no cover - another Python's internals: answer True
    _sre = _c = _compiler = None

__all__ = ["allows", "compiled", "could_match", "fits", "next_characters"]

def could_match(pattern: str, prefix: str) -> bool:
    """Whether `re.match(pattern, text)` (no flags) could succeed for some `text` that
    starts with `prefix` - with a match that uses the whole prefix or ends within it.
    False only when it cannot."""
    if _sre is None:
        return True
    tree, fold = _parsed(pattern)
    ends, open_ended = _ends(tree, prefix, 0, fold)
    return open_ended or bool(ends)


def compiled(pattern: str) -> re.Pattern[str]:
    """`re.compile(pattern)` from the parse `could_match` made of it: parsing is most of
    the work of compiling, and a rule is both read here and compiled."""
    if _sre is None:
        return re.compile(pattern)
    return _compiler.compile(_parse(pattern))


@lru_cache(maxsize=512)
def _parse(pattern: str):
    return _sre.parse(pattern)


@lru_cache(maxsize=512)
def _parsed(pattern: str) -> tuple[tuple, bool]:
    """The parse tree, and whether the pattern ignores case throughout (`(?i)...`)."""
    parsed = _parse(pattern)
    return _plain(parsed), bool(parsed.state.flags & _sre.SRE_FLAG_IGNORECASE)


def _plain(items) -> tuple:
    """The parse tree as plain tuples (the parser's own lists index slowly)."""
    out = []
    for op, arg in items:
        if op is _c.BRANCH:
            arg = (None, tuple(_plain(branch) for branch in arg[1]))
        elif op is _c.SUBPATTERN:
            arg = (*arg[:3], _plain(arg[3]))
        elif op in _REPEATS:
            arg = (arg[0], arg[1], _plain(arg[2]))
        elif op is _c.ATOMIC_GROUP:
            arg = _plain(arg)
        out.append((op, arg))
    return tuple(out)


def _ends(items: tuple, text: str, at: int, fold: bool) -> tuple[set[int], bool]:
    """Where in `text` a match of `items` starting at `at` may end, and whether one may
    run past the end of `text` (then the prefix cannot rule it out).

    Sets of positions rather than backtracking: the paths through optional groups and
    alternations merge, so the work stays small however they nest."""
    here = {at}
    for op, arg in items:
        ahead: set[int] = set()
        for position in here:
            if position == len(text):
                return set(), True
            ends, open_ended = _step(op, arg, text, position, fold)
            if open_ended:
                return set(), True
            ahead |= ends
        if not ahead:
            return ahead, False
        here = ahead
    return here, False


def _step(op, arg, text: str, at: int, fold: bool) -> tuple[set[int], bool]:
    """`_ends` for one item of a parsed pattern."""
    if op in _ONE_CHARACTER:
        return ({at + 1} if _one_character(op, arg, text[at], fold) else set()), False
    if op is _c.BRANCH:
        found: set[int] = set()
        for branch in arg[1]:
            ends, open_ended = _ends(branch, text, at, fold)
            if open_ended:
                return found, True
            found |= ends
        return found, False
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, inner = arg
        return _ends(inner, text, at, fold or bool(add_flags & _sre.SRE_FLAG_IGNORECASE))
    if op in _REPEATS:
        return _repeat(arg, text, at, fold)
    if op is _c.ATOMIC_GROUP:  # backtracking into it is allowed here: more matches, not fewer
        return _ends(arg, text, at, fold)
    if op in _ZERO_WIDTH:
        return {at}, False  # assumed to hold
    return set(), True  # anything else (group references, conditionals): might match


def _repeat(arg, text: str, at: int, fold: bool) -> tuple[set[int], bool]:
    least, most, inner = arg
    found = {at} if least == 0 else set()
    here, done = {at}, 0
    while here and done < most:
        ahead: set[int] = set()
        for position in here:
            if position == len(text):
                return set(), True
            ends, open_ended = _ends(inner, text, position, fold)
            if open_ended:
                return set(), True
            ahead |= ends
        done += 1
        if done >= least:
            if ahead <= found:
                break  # nothing new: more repeats reach nothing further
            found |= ahead
        here = ahead
    return found, False


def _one_character(op, arg, char: str, fold: bool) -> bool:
    if op is _c.ANY:
        return True  # any character (a line break too, under DOTALL)
    if op is _c.IN:
        return _in_set(arg, char, fold)
    same = chr(arg) == char or fold and chr(arg).lower() == char.lower()
    return same if op is _c.LITERAL else not same


def _in_set(items: list, char: str, fold: bool) -> bool:
    """Whether `char` is in a character set (`[...]`, `\\d`); True when unsure."""
    negated = bool(items) and items[0][0] is _c.NEGATE
    found = False
    for op, arg in items[1:] if negated else items:
        if op is _c.LITERAL:
            hit = chr(arg) == char or fold and chr(arg).lower() == char.lower()
        elif op is _c.RANGE:
            hit = arg[0] <= ord(char) <= arg[1] or fold and any(
                arg[0] <= ord(c) <= arg[1] for c in (char.lower(), char.upper()))
        elif op is _c.CATEGORY and arg in _CATEGORIES:
            hit = _CATEGORIES[arg](char)
        else:
            return True  # not modelled
        if hit:
            found = True
            break
    return not found if negated else found


def next_characters(pattern: str, opener: str, count: int) -> tuple:
    """For texts that start with `opener`: for each of the `count` places after it, the
    characters that could stand there on some way through the pattern, as a class
    (characters, categories) - or None where any character may do (a match may have
    ended before, or the pattern is not modelled there). Each place on its own: `fits`
    of these and a text's characters is True whenever `could_match` is (it errs the
    same way, more often), and it is worked out once per pattern and opener."""
    if _sre is None:
        return (None,) * count
    tree, fold = _parsed(pattern)
    walk = _Walk(opener, count)
    ends = walk.run(tree, 0, fold)
    free_from = min(ends, default=walk.free_from)
    free_from = min(free_from, walk.free_from)
    return tuple(None if len(opener) + i >= free_from else _as_class(items)
                 for i, items in enumerate(walk.items))


def fits(allowed: tuple, chars: str) -> bool:
    """Whether `chars` (the characters after the opener) pass `next_characters`' classes."""
    return all(allows(place, char) for place, char in zip(allowed, chars))


def allows(place: tuple[str, str] | None, char: str) -> bool:
    """Whether one place of `next_characters` allows `char`: any character if None, else
    one of its characters or of its categories (`s`, `d`, `w`: space, digit, word
    character, as the regular expressions read them; capitals: not one)."""
    if place is None or char in place[0]:
        return True
    for category in place[1]:
        if _CATEGORY_TESTS[category](char):
            return True
    return False


def _as_class(items: list) -> tuple[str, str] | None:
    """One-character items (op, arg, fold) as one class: their characters and categories,
    or None (any character) if one of them is more than that (`.`, `[^...]`, a wide
    range, ignoring case) - never fewer characters than they read."""
    chars: dict[str, None] = {}  # in the order first read
    categories: dict[str, None] = {}
    for op, arg, fold in items:
        members = [(_c.LITERAL, arg)] if op is _c.LITERAL else arg if op is _c.IN else None
        if fold or members is None or members and members[0][0] is _c.NEGATE:
            return None
        for kind, value in members:
            if kind is _c.LITERAL:
                chars[chr(value)] = None
            elif kind is _c.RANGE and value[1] - value[0] < 256:
                chars.update(dict.fromkeys(map(chr, range(value[0], value[1] + 1))))
            elif kind is _c.CATEGORY and value in _CATEGORY_LETTERS:
                categories[_CATEGORY_LETTERS[value]] = None
            else:
                return None
    return "".join(chars), "".join(categories)


class _Walk:
    """Every way through a parsed pattern over a text that is `opener`, then `count`
    characters not known yet: the items that read each of those (`items`), and where
    any character may do from (`free_from`: an item not modelled was met there)."""

    def __init__(self, opener: str, count: int) -> None:
        self.opener = opener
        self.end = len(opener) + count
        self.items: list[list] = [[] for _ in range(count)]
        self.free_from = self.end

    def run(self, items: tuple, at: int, fold: bool) -> set[int]:
        """Where a way through `items` from `at` may end before the last position (the
        ways that read past it are followed no further)."""
        here = {at}
        for op, arg in items:
            ahead: set[int] = set()
            for position in here:
                ahead |= self._step(op, arg, position, fold)
            if not ahead:
                return ahead
            here = ahead
        return here

    def _step(self, op, arg, at: int, fold: bool) -> set[int]:
        if op in _ONE_CHARACTER:
            return self._read(op, arg, at, fold)
        if op is _c.BRANCH:
            found: set[int] = set()
            for branch in arg[1]:
                found |= self.run(branch, at, fold)
            return found
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, inner = arg
            return self.run(inner, at, fold or bool(add_flags & _sre.SRE_FLAG_IGNORECASE))
        if op in _REPEATS:
            return self._repeat(arg, at, fold)
        if op is _c.ATOMIC_GROUP:
            return self.run(arg, at, fold)
        if op in _ZERO_WIDTH:
            return {at}
        self.free_from = min(self.free_from, at)  # not modelled: anything from here
        return set()

    def _read(self, op, arg, at: int, fold: bool) -> set[int]:
        if at < len(self.opener):
            return {at + 1} if _one_character(op, arg, self.opener[at], fold) else set()
        seen = self.items[at - len(self.opener)]
        if (op, arg, fold) not in seen:  # (a set's items are lists: no hashing)
            seen.append((op, arg, fold))
        return {at + 1} if at + 1 < self.end else set()

    def _repeat(self, arg, at: int, fold: bool) -> set[int]:
        least, most, inner = arg
        found = {at} if least == 0 else set()
        here, done = {at}, 0
        while here and done < most:
            ahead: set[int] = set()
            for position in here:
                ahead |= self.run(inner, position, fold)
            done += 1
            if done >= least:
                if ahead <= found:
                    break  # nothing new: more repeats reach nothing further
                found |= ahead
            here = ahead
        return found


_CATEGORY_TESTS = {
    "d": str.isdecimal, "D": lambda ch: not ch.isdecimal(),
    "s": str.isspace, "S": lambda ch: not ch.isspace(),
    "w": lambda ch: ch.isalnum() or ch == "_", "W": lambda ch: not (ch.isalnum() or ch == "_"),
}

if _sre is not None:
    _ONE_CHARACTER = frozenset({_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN})
    _REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT,
                          getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)})
    _ZERO_WIDTH = frozenset({_c.AT, _c.ASSERT, _c.ASSERT_NOT})
    _CATEGORY_LETTERS = {
        _c.CATEGORY_DIGIT: "d", _c.CATEGORY_NOT_DIGIT: "D", _c.CATEGORY_SPACE: "s",
        _c.CATEGORY_NOT_SPACE: "S", _c.CATEGORY_WORD: "w", _c.CATEGORY_NOT_WORD: "W",
    }
    _CATEGORIES = {category: _CATEGORY_TESTS[letter]
                   for category, letter in _CATEGORY_LETTERS.items()}
