"""Later bare surnames: `Yeutter` after `Clayton Yeutter`, `Xi Jinping` after `Mr. Xi`.

`surname_mentions` finds, over the whole text, the bare surnames of the people
people.py found (and of the well-known figures and leaders it adds), with the tests
that tell such a surname from the same word in a firm's name (`Baker Institute`), in
a compound (`a Trump-style deal`) or after another capitalised word.
"""

from __future__ import annotations

from functools import lru_cache

from .lazy_regex import lazy
from .lexicon import build_automaton, given_names
from .lexmatch import STORY_REACH, Found
from .names import CHINESE_SURNAMES, ORG_WORDS, PARTICLES, STOP_WORDS
from .spans import SpanIndex

_new_found = tuple.__new__  # Found(...) without the Python-level __new__


def surname_matches(text: str, fullest: dict[str, str]) -> list[tuple[int, int, int]]:
    """The surname automaton's raw matches over `text` (what `surname_mentions` reads):
    native code that lets other Python threads run meanwhile."""
    keys, patterns, _first_upper = _surname_patterns(fullest)
    return _surname_automaton(patterns).find_matches_as_indexes(text) if keys else []


def surname_mentions(text: str, fullest: dict[str, str], taken: SpanIndex,
                     people: list[Found], renamed: dict[str, str],
                     matches: list[tuple[int, int, int]] | None = None) -> list[Found]:
    """Bare surnames of people the article names in full (`Yeutter` after `Clayton Yeutter`);
    a Chinese family name known alone takes the given name written after it (`Xi Jinping`
    after `Mr. Xi`: put in `renamed`). `matches`: `surname_matches(text, fullest)`, if
    already found."""
    keys, patterns, first_upper = _surname_patterns(fullest)
    if not keys:
        return []
    if matches is None:
        matches = _surname_automaton(patterns).find_matches_as_indexes(text)
    values = [fullest[key] for key in keys]
    out = []
    taken_at, person_at = taken.overlaps, SpanIndex(people).overlaps
    name_ends = {person[1] for person in people}
    for idx, start, end in matches:
        if end in name_ends:
            continue  # the surname of a name found above: most matches, the cheapest test
        before = text[start - 1:start]  # "" at the start of the text
        after = text[end:end + 1]
        if before.isalnum() or before == "." or after.isalnum():
            continue
        if (before == "-" and not _word_before_dash(text, start)[:1].isupper()) or \
                (after == "-" and not text[end + 1:end + 2].isupper()):
            continue  # `Trump-Juncker meeting` counts, `a Trump-style deal` does not
        if (before == "-" or after == "-") and _names_a_law(text, start, end):
            continue  # `Helms-Burton`, `Smoot-Hawley`: a law named after its authors
        if idx >= first_upper and not _in_capitals_line(text, start, end):
            continue
        if person_at(start, end) or taken_at(start, end):
            continue
        if idx < first_upper:
            particle_at = _particle_start(text, start, values[idx])
            if particle_at >= 0:  # `De Clercq`, `von der Leyen`: the name's particles too
                start = particle_at
                given_at = _given_name_start(text, start, values[idx])
                if given_at >= 0:  # `Ursula von der Leyen`, the value `von der Leyen`
                    renamed.setdefault(values[idx], f"{text[given_at:start - 1]} {values[idx]}")
                    start = given_at
            elif _after_capital_word(text, start):
                continue  # another capitalised word, not the particle of this name
        if after == " " and text[end + 1:end + 2].isupper() and _ORG_NEXT.match(text, end + 1):
            continue  # `Klinge Corp.`, `Baker Institute`: a firm or body named after someone
        value = values[idx]
        if after == " " and value == keys[idx] and value in CHINESE_SURNAMES:
            end, value = _with_given_name(text, end, value, renamed)
        out.append(_new_found(Found, (start, end, "actor", "person", value,
                                      "rule surname", 1)))
    if renamed:
        out = [f._replace(value=renamed[f.value]) if f.value in renamed else f for f in out]
    return out


def _surname_patterns(fullest: dict[str, str]) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """(keys, patterns, first_upper): the one-word keys of `fullest`, then again those
    longer than three letters; the patterns the automaton looks for, the keys as written,
    then those in capitals (`YEUTTER`) from index `first_upper`."""
    keys = tuple(k for k in fullest if " " not in k)
    shouted = tuple(k for k in keys if len(k) > 3)
    return keys + shouted, keys + tuple(k.upper() for k in shouted), len(keys)


def _in_capitals_line(text: str, start: int, end: int) -> bool:
    """Whether the line around `text[start:end]` is written in capitals (a wire headline)."""
    if not text[start - 12 if start > 12 else 0:end + 12].isupper():
        return False  # the words around it are not: the cheap test first
    line = text[text.rfind("\n", 0, start) + 1:text.find("\n", end) % (len(text) + 1)]
    return line.isupper()


_ORG_NEXT = lazy(
    r"(?:Corp|Inc|Co|Ltd|LLC|Group|Institute|Foundation|Company|Corporation|Holdings|Center|"
    r"Centre|School|University|Bros|Brothers|& Co)\b"
)
_GIVEN = lazy(r"[A-Z][a-z]+(?:-[a-z]+)?(?![\w-])")


def _with_given_name(text: str, end: int, family: str, renamed: dict[str, str]
                     ) -> tuple[int, str]:
    """(end, value) of a Chinese family name at `end` with the given name after it."""
    given = _GIVEN.match(text, end + 1)
    if given is None or given.group() in STOP_WORDS or given.group() in ORG_WORDS:
        return end, renamed.get(family, family)
    renamed.setdefault(family, f"{family} {given.group()}")
    return given.end(), renamed[family]


def _names_a_law(text: str, start: int, end: int) -> bool:
    """Whether the hyphenated compound holding `text[start:end]` is, somewhere in the story
    around it, the name of a law or tariff (`the Helms-Burton Act`, `Smoot-Hawley tariff`)."""
    low = start
    while low > 0 and (text[low - 1].isalnum() or text[low - 1] == "-"):
        low -= 1
    compound = text[low:_COMPOUND_REST.match(text, end).end()]
    first, last = max(0, start - STORY_REACH), end + STORY_REACH
    at = text.find(compound, first, last)
    while at >= 0:  # (a literal search, then a match where it is found: no full-text regex)
        if _LAW_AFTER.match(text, at + len(compound)) is not None:
            return True
        at = text.find(compound, at + 1, last)
    return False


_COMPOUND_REST = lazy(r"(?:\w|-(?=\w))*")  # the hyphenated word going on after a surname
_LAW_AFTER = lazy(r"[ \t\n]+(?:[Aa]ct|[Ll]aw|[Bb]ill|[Aa]mendment|[Ll]egislation)\b")  # not
# `tariff`: `the Trump-Xi tariff truce` names no law


def _word_before_dash(text: str, start: int) -> str:
    """`Trump` in `Trump-Juncker` when `start` is at `Juncker`."""
    return text[text.rfind(" ", 0, start - 1) + 1:start - 1]


@lru_cache(maxsize=16)
def _surname_automaton(keys: tuple[str, ...]):
    return build_automaton(keys)


# Words that open a clause or a question, capitalised at its start (`Will Trump ...?`,
# `Unlike Xi, ...`): no part of a name before a surname
_OPENERS = frozenset(
    "Will Would Can Could Should Shall Must Did Does Do Has Have Had Is Are Was Were "
    "Unlike Like Only Until Since Because Unless Once Whether Though Now Instead Indeed "
    "Perhaps Why".split()
)


_PARTICLE_FORMS = PARTICLES | {word.capitalize() for word in PARTICLES}  # `De Clercq`
_PARTICLE_ENDS = {word[-2:] for word in _PARTICLE_FORMS}  # their last two letters


def _particle_start(text: str, start: int, fullest: str) -> int:
    """Where a surname at `start` begins with the particle the full name has before it
    (`De Clercq` after `Willy De Clercq`, `Van Miert`, `von der Leyen`), or -1."""
    if text[start - 3:start - 1] not in _PARTICLE_ENDS:  # cheap test first (most: none)
        return -1
    before = text[max(0, start - 12):start - 1].replace("-", " ").rsplit(None, 1)
    if not before or before[-1] not in _PARTICLE_FORMS:
        return -1
    words = fullest.split()
    first = len(words) - 1
    while first > 0 and words[first - 1] in PARTICLES:  # `von der Leyen`: both particles
        first -= 1
    if first == len(words) - 1:
        return -1
    particle = " ".join(words[first:-1]) + " "
    at = start - len(particle)
    return at if at >= 0 and text[at:start].lower() == particle.lower() else -1


def _given_name_start(text: str, start: int, fullest: str) -> int:
    """Where a common given name right before a name that opens with its particle starts
    (`Ursula` before `von der Leyen`, when no rule read the name with it), or -1."""
    if fullest[:1].isupper() or text[start - 1:start] != " ":
        return -1  # the fullest name has its given name, or none stands on this line
    word = text[max(0, start - 20):start - 1].rsplit(None, 1)
    if not word or word[-1] not in given_names():
        return -1
    return start - 1 - len(word[-1])


def _after_capital_word(text: str, start: int) -> bool:
    """Whether a capitalised word precedes (`North` in `South and North`) on the same line;
    one ending in punctuation (`"... with China," Miller said`) or a possessive does not."""
    if not start or text[start - 1] not in " \n" or text[start - 2:start - 1] in (".", ","):
        return False  # (the word before would end with `.` or `,`)
    words = text[start - 30 if start > 30 else 0:start].rsplit(None, 1)
    if not words:
        return False
    last = words[-1]  # a word ending in punctuation (`China,"`) ends a clause, not a name;
    # an owner's (`Bethlehem Steel's Wendt`) is no part of it
    return last[0].isupper() and last[-1].isalnum() and last not in STOP_WORDS \
        and last not in _OPENERS and not last.endswith(("'s", "’s"))
