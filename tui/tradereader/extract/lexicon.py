"""The shipped lexicon: loaded from `data/*.tsv`, compiled once into one automaton.

Every pattern is stored folded (lower case, single spaces) with an `Entry`
saying what a match of it means and how its case must look in the article.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any, NamedTuple

from .lazy_regex import lazy
from .normalize import fold_pattern

# How the original text's case must look for a match to count.
ANY, CAPITAL, UPPER, EXACT = "any", "capital", "upper", "exact"

_DATA = os.path.join(os.path.dirname(__file__), "data")
_BRACES = lazy(r"[{}]")
_LETTERS = lazy(r"[^A-Za-z]")


class Entry(NamedTuple):
    """What a lexicon pattern means."""

    kind: str  # actor | issue | title | block | cue (a word the people rules start from)
    subtype: str
    value: str
    surface: str  # "<subtype or why>:<the pattern as written in the data file>"
    case: str = ANY
    inner: tuple[int, int, str] | None = None  # (start, end, folded actor) inside an issue
    role: str = "keep"  # how the scanner treats a match: keep|context|country|cue|title|block
    dot: bool = False  # the surface ends with "." (folded away: put back when the text has it)
    why: str = ""  # what a mention found through this entry says about its origin


_CONTEXT_SURFACES = frozenset({"topic:bill", "topic:round", "topic:shortfall", "topic:shortfalls"})


def make_entry(kind: str, subtype: str, value: str, surface: str, case: str,
               inner: tuple[int, int, str] | None = None) -> Entry:
    """An entry with its scanner role worked out."""
    if kind in ("cue", "title", "block"):
        role = kind
    elif subtype == "metonym" or value == "markets" or surface in _CONTEXT_SURFACES:
        role = "context"
    elif subtype == "country":
        role = "country"
    else:
        role = "keep"
    return Entry(kind, subtype, value, surface, case, inner, role, surface.endswith("."),
                 "lexicon " + surface)


class Lexicon:
    """Folded patterns, their entries, and country facts used by the rules. Read-only by
    convention (a plain slotted class: no `dataclasses` import at start-up)."""

    __slots__ = ("patterns", "entries", "by_pattern", "short_names", "adjectives")

    def __init__(self, patterns: tuple[str, ...], entries: tuple[Entry, ...],
                 by_pattern: dict[str, Entry], short_names: dict[str, str],
                 adjectives: dict[str, str]) -> None:
        self.patterns = patterns
        self.entries = entries
        self.by_pattern = by_pattern
        self.short_names = short_names  # country code -> readable short name
        self.adjectives = adjectives  # country code -> its adjective (`Japanese`), if any

    def body_name(self, code: str, word: str) -> str:
        """A country's government body as the sidebar names it, with the adjective the
        articles write: `Japanese government`, `Chinese cabinet`, `Canadian parliament`;
        the US government is its executive."""
        if code == "USA" and word in ("government", "cabinet"):
            return "US executive"
        if code in self.adjectives:
            return f"{self.adjectives[code]} {word}"
        return f"{self.short_names.get(code, code)} {word}"


# A country's central bank by name (the value of its own lexicon entry): `China's central
# bank` and `the Chinese central bank` are the People's Bank of China.
CENTRAL_BANKS = {
    "USA": "Federal Reserve", "CHN": "People's Bank of China", "JPN": "Bank of Japan",
    "EU": "ECB", "DEU": "Bundesbank", "GBR": "Bank of England", "CAN": "Bank of Canada",
    "KOR": "Bank of Korea", "IND": "Reserve Bank of India", "FRA": "Banque de France",
    "ITA": "Bank of Italy",
}


def case_rule(surface: str, kind: str, subtype: str, flags: str) -> str:
    """The case rule of a pattern: explicit flag, else by kind and shape."""
    if flags in (EXACT, ANY):
        return flags
    letters = surface if surface.isascii() and surface.isalpha() else _LETTERS.sub("", surface)
    if letters.isupper():  # an acronym: short ones in capitals only, longer ones at least
        return UPPER if len(letters) <= 4 else CAPITAL  # capitalised (`Nafta`, not `trips`)
    if kind == "title":
        return CAPITAL if len(surface) <= 5 else ANY
    if kind in ("issue", "cue") or subtype == "group":
        return ANY
    return CAPITAL


def _inner_actor(surface: str) -> tuple[int, int, str] | None:
    """The `{actor}` marked inside an issue pattern, as folded offsets."""
    if "{" not in surface:
        return None
    start = surface.index("{")
    end = surface.index("}") - 1
    plain = _BRACES.sub("", surface)
    return start, end, fold_pattern(plain[start:end])


def _data_lines(name: str) -> list[list[str]]:
    with open(os.path.join(_DATA, name), encoding="utf-8") as handle:
        text = handle.read()
    return [line.split("\t") for line in text.splitlines() if line and line[0] != "#"]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The shipped common given names (`Theresa`, `Brian`)."""
    return frozenset(_first_names())


def _first_names() -> list[str]:
    with open(os.path.join(_DATA, "first_names.txt"), encoding="utf-8") as handle:
        return [name for line in handle if line[0] != "#" for name in line.split()]


def _country_entries(rows: list[list[str]]) -> list[tuple[str, Entry]]:
    out: list[tuple[str, Entry]] = []
    for code, names, demonyms, capitals, _short in (row[:5] for row in rows):
        for field, subtype, why in (
            (names, "country", "country"),
            (demonyms, "country", "demonym"),
            (capitals, "metonym", "capital"),
        ):
            for surface in filter(None, field.split("|")):
                case = case_rule(surface, "actor", subtype, "")
                out.append((surface, make_entry("actor", subtype, code, f"{why}:{surface}", case)))
    return out


def _lexicon_entries(rows: list[list[str]]) -> list[tuple[str, Entry]]:
    out: list[tuple[str, Entry]] = []
    for kind, subtype, value, patterns, *rest in rows:
        flags = rest[0].strip() if rest else ""
        for surface in filter(None, patterns.split("|")):
            plain = _BRACES.sub("", surface)
            case = case_rule(plain, kind, subtype, flags)
            if subtype == "group":
                value = " ".join(plain.lower().split())
            entry = make_entry(kind, subtype, value or plain, f"{subtype}:{plain}", case,
                               _inner_actor(surface))
            out.append((plain, entry))
    return out


def _compile(pairs: list[tuple[str, Entry]], short_names: dict[str, str],
             adjectives: dict[str, str]) -> Lexicon:
    by_pattern: dict[str, Entry] = {}
    for surface, entry in pairs:
        by_pattern.setdefault(fold_pattern(surface), entry)
    for entry in by_pattern.values():  # a `{name}` inside an issue must be a shipped actor
        if entry.inner is not None and by_pattern[entry.inner[2]].kind != "actor":
            raise ValueError(f"lexicon: {entry.inner[2]!r} in {entry.surface!r} is no actor")
    patterns = tuple(by_pattern)
    return Lexicon(patterns, tuple(by_pattern.values()), by_pattern, short_names, adjectives)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped lexicon (read once)."""
    countries = _data_lines("countries.tsv")
    short_names = {row[0]: row[4] for row in countries}
    adjectives = {row[0]: row[2].split("|")[0] for row in countries
                  if row[2] and row[0] != "EU" and row[2].split("|")[0] not in _NOUNS_ONLY}
    return _compile(_shipped_pairs(countries), short_names, adjectives)


def place_entry(word: str) -> Entry | None:
    """The shipped entry that makes `word` (as written) a country, its people or its
    capital (`Japanese`, `Tokyo`), if one does: the rules that ask whose a thing is."""
    entry = load_lexicon().by_pattern.get(fold_pattern(word))
    if entry is None or entry.kind != "actor" or entry.subtype not in _PLACE_SUBTYPES:
        return None
    return entry


_PLACE_SUBTYPES = frozenset({"country", "metonym"})


def _shipped_pairs(countries: list[list[str]]) -> list[tuple[str, Entry]]:
    """(pattern, entry) for every shipped pattern, in the order `_compile` keeps them."""
    pairs = _country_entries(countries) + _lexicon_entries(_data_lines("lexicon.tsv"))
    pairs += [(name, make_entry("cue", "first", "", name, EXACT)) for name in _first_names()]
    return pairs


def shadowed_patterns() -> list[tuple[str, str, str]]:
    """(folded pattern, the kept entry's kind:subtype, the dropped one's) for each shipped
    pattern that folds like an earlier one of another kind or subtype: the automaton keeps
    one entry a folded pattern, the first, so the later one never matches (an exact-case
    `act` would shadow the `Act` cue that names laws)."""
    kept: dict[str, Entry] = {}
    shadowed = []
    for surface, entry in _shipped_pairs(_data_lines("countries.tsv")):
        first = kept.setdefault(fold_pattern(surface), entry)
        if (first.kind, first.subtype) != (entry.kind, entry.subtype):
            shadowed.append((fold_pattern(surface), f"{first.kind}:{first.subtype}",
                             f"{entry.kind}:{entry.subtype}"))
    return shadowed


# First demonyms that name people, not things (`the New Zealand government`, not `the
# New Zealander government`); the EU has no government (`European` is no adjective of it)
_NOUNS_ONLY = frozenset({"Hong Konger", "New Zealander", "Luxembourger"})


def build_automaton(patterns: tuple[str, ...], *, prefix: str = "") -> Automaton:
    """A leftmost-longest Aho-Corasick automaton over `patterns` (each after `prefix`)."""
    return Automaton(tuple(prefix + pattern for pattern in patterns))


class Automaton:
    """An Aho-Corasick automaton with the `ahocorasick_rs` search call, over bytes when
    the text is ASCII: its byte offsets are then its character offsets, and the
    bytes search skips the offset translation (about 20% faster). Each form is built
    on first use."""

    __slots__ = ("_patterns", "_dfa", "_over_text", "_over_ascii")

    def __init__(self, patterns: tuple[str, ...], *, dfa: bool = False) -> None:
        self._patterns = patterns
        self._dfa = dfa  # faster to search, slower to build: for few patterns
        self._over_text: Any = None
        self._over_ascii: Any = None

    def find_matches_as_indexes(self, haystack: str) -> list[tuple[int, int, int]]:
        """(pattern index, start, end) of each match, leftmost-longest, in order."""
        if haystack.isascii():
            if self._over_ascii is None:
                self._over_ascii = _rust_automaton(
                    [pattern.encode() for pattern in self._patterns], True, self._dfa)
            return self._over_ascii.find_matches_as_indexes(haystack.encode("ascii"))
        if self._over_text is None:
            self._over_text = _rust_automaton(list(self._patterns), False, self._dfa)
        try:
            return self._over_text.find_matches_as_indexes(haystack)
        except UnicodeEncodeError:  # a lone surrogate (`"\\udcff"` in JSON), no UTF-8: a
            haystack = _SURROGATE.sub("\ufffd", haystack)  # character for a character
            return self._over_text.find_matches_as_indexes(haystack)


_SURROGATE = lazy("[\ud800-\udfff]")


def _rust_automaton(patterns: list, over_bytes: bool, dfa: bool) -> Any:
    import ahocorasick_rs

    make = ahocorasick_rs.BytesAhoCorasick if over_bytes else ahocorasick_rs.AhoCorasick
    kind = ahocorasick_rs.Implementation.DFA if dfa else \
        ahocorasick_rs.Implementation.ContiguousNFA
    return make(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                implementation=kind)


@lru_cache(maxsize=1)
def shipped_automaton() -> Automaton:
    """The automaton of the shipped lexicon, built on first use."""
    return build_automaton(load_lexicon().patterns, prefix=" ")  # search " " + folded copy
