"""The search copy of an article: case-folded, whitespace runs folded to one space,
punctuation turned into spaces.

The lexicon is matched against this copy so that names broken across lines
(`Ministry of International\\nTrade and Industry`) still match, and every match
starts and ends at a space; `OffsetMap` turns offsets in the copy back into
offsets of the original text. Patterns are folded the same way (`fold_pattern`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .lazy_regex import lazy

_SPACES = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005" \
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_TO_SPACE = str.maketrans(dict.fromkeys(_SPACES, " "))
_SPACE_RUN = lazy(" +")
_ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"  # string.punctuation (its module
# compiles a pattern on import)
_PUNCTUATION = str.maketrans(
    dict.fromkeys(_ASCII_PUNCTUATION + "’‘“”‐‑–—…«»·•„‚′″", " ")
)


class OffsetMap:
    """Maps an offset in the folded copy to the original text."""

    __slots__ = ("_after", "_shift", "base")

    def __init__(self, after: list[int], shift: list[int], base: int = 0) -> None:
        self._after = after  # folded offsets just after each folded run
        self._shift = shift  # what to add to such an offset: `base` and the characters
        # removed by the runs up to and including it
        self.base = base  # where the folded text starts in the original (the part of a
        # text folded from there: `fold_from`)

    def runs(self) -> tuple[list[int], list[int]]:
        """(folded offset just after each run, what to add to it) for fast loops; before
        the first run, add `base`."""
        return self._after, self._shift

    def start(self, folded: int) -> int:
        """The original offset of the character at `folded`."""
        if not self._after:
            return folded + self.base
        k = bisect_right(self._after, folded) - 1
        return folded + (self._shift[k] if k >= 0 else self.base)

    def folded_after_run(self, original: int) -> int | None:
        """The folded offset of `text[original]` when a run of white space ends right
        before it (where `fold_from` may start), else None."""
        after, shift = self._after, self._shift
        k = bisect_left(range(len(after)), original, key=lambda i: after[i] + shift[i])
        return after[k] if k < len(after) and after[k] + shift[k] == original else None

    def moved_by(self, start: int) -> OffsetMap:
        """This map for a text folded from `text[start:]`, into offsets of `text`."""
        return OffsetMap(self._after, [shift + start for shift in self._shift],
                         self.base + start)

    def end(self, folded_end: int) -> int:
        """The original (exclusive) end offset of a span ending at `folded_end`."""
        return self.start(folded_end - 1) + 1


def lower_same_length(text: str) -> str:
    """`text.lower()`, keeping one character per character (so offsets agree), and a
    Greek final sigma a sigma: whether `lower()` writes `ς` depends on the letters
    around (it does, for a whole text; not, one character at a time), and a part of
    a text must fold as it does in the whole (`fold_from`)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch.lower()[:1] for ch in text)
    return lowered.replace("ς", "σ")


def _spaced(text: str) -> str:
    """`text` lower-cased, each white space a space; an ASCII text in one pass (one copy
    of the text fewer to make, and to page in: a long text's copies cost as much as
    the passes)."""
    if text.isascii():
        return text.translate(_ASCII_LOWER_SPACED)
    return lower_same_length(text).translate(_TO_SPACE)


_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # string.ascii_uppercase
_ASCII_LOWER_SPACED = str.maketrans({**dict.fromkeys(_SPACES, " "),
                                     **dict(zip(_UPPER, _UPPER.lower()))})


def fold(text: str) -> tuple[str, OffsetMap]:
    """The search copy of `text` and the map from its offsets back to `text`."""
    spaced = _spaced(text)
    pos = spaced.find("  ")
    if pos == -1:
        return spaced.translate(_PUNCTUATION), OffsetMap([], [])
    pieces, after, shift = _runs_folded(spaced, pos)
    del spaced  # (the joined copy below can take its memory)
    return "".join(pieces).translate(_PUNCTUATION), OffsetMap(after, shift)


def fold_from(text: str, start: int) -> tuple[str, OffsetMap]:
    """`fold(text[start:])` with its map to offsets of `text`. Where a run of white
    space ends at `start`, the copy is what `fold(text)` has from there (the run's one
    space is before it): each character folds alone (`lower_same_length`)."""
    folded, omap = fold(text[start:])
    return folded, omap.moved_by(start)


def _runs_folded(spaced: str, pos: int) -> tuple[list[str], list[int], list[int]]:
    """(the pieces of `spaced` with each run of spaces cut to its first one, the folded
    offset just after each run, the characters removed up to it); `pos`: where the
    first run starts."""
    pieces, after, shift = [], [], []
    last = removed = 0
    find, run_at = spaced.find, _SPACE_RUN.match
    while pos != -1:
        end = run_at(spaced, pos).end()  # type: ignore[union-attr]
        pieces.append(spaced[last:pos + 1])
        removed += end - pos - 1
        after.append(end - removed)
        shift.append(removed)
        last = end
        pos = find("  ", end)
    pieces.append(spaced[last:])
    return pieces, after, shift


def fold_pattern(phrase: str) -> str:
    """A lexicon phrase as it appears in the folded copy."""
    if phrase.isascii() and phrase.isalpha():  # one plain word: most of them (start-up)
        return phrase.lower()
    return " ".join(lower_same_length(phrase).split()).translate(_PUNCTUATION).strip()
