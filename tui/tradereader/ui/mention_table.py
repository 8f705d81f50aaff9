"""The reader's mentions kept as columns, not as ~200,000 Mention objects.

A 6 MB article has about 200,000 mentions; as `Mention` objects they cost ~80 MB.
`MentionTable` keeps, per mention, its start, its end and a code for its
(text, kind, subtype, value, why), the distinct ones being a few hundred: 12 bytes
a mention. A `Mention` is recreated on demand (`table[i]`, iteration), so code
that reads `.start`, `.text`, `.why`... works unchanged. `MentionRows` is a
subset (an entity's mentions) in reading order.

`extract_in_blocks` runs the extractor on a very large text block by block
(paragraph boundaries, ~200 KB each) so that the extraction's transient peak, which
the allocator keeps, stays small. The reader uses it when the app's extractor cannot
run in a child process (see extract_child.py) or is another one (tests). Rules that
look back over the whole text (a surname alone after the full name, "the
administration") only see their own block there: results may differ for texts over
`BLOCKS_ABOVE` characters (on the synthetic 5 MB benchmark, 12% fewer mentions,
nearly all junk "surnames").
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence

from tradereader.model import Mention

BLOCKS_ABOVE = 1_000_000  # characters; smaller texts are extracted in one go
BLOCK_SIZE = 200_000


class MentionTable:
    """Mentions sorted by (start, end): `starts`, `ends`, `codes` into `details`."""

    __slots__ = ("starts", "ends", "codes", "details", "_code_of", "longest")

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        self.starts = array("i")
        self.ends = array("i")
        self.codes = array("i")
        self.details: list[tuple[str, str, str, str, str]] = []  # text, kind, subtype, value, why
        self._code_of: dict[tuple[str, str, str, str, str], int] = {}
        self.longest = 0
        self.add(mentions)

    def add(self, mentions: Iterable[Mention], offset: int = 0) -> None:
        """Append `mentions` (shifted by `offset`); they must come after those already here."""
        code_of, details = self._code_of, self.details
        for m in sorted(mentions, key=lambda m: (m.start, m.end)):
            detail = (m.text, m.kind, m.subtype, m.value, m.why)
            code = code_of.get(detail)
            if code is None:
                code = code_of[detail] = len(details)
                details.append(detail)
            self.starts.append(m.start + offset)
            self.ends.append(m.end + offset)
            self.codes.append(code)
            self.longest = max(self.longest, m.end - m.start)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, index: int) -> Mention:
        return Mention(self.starts[index], self.ends[index], *self.details[self.codes[index]])

    def __iter__(self) -> Iterator[Mention]:
        return (self[i] for i in range(len(self.starts)))

    def kind_of(self, index: int) -> str:
        return self.details[self.codes[index]][1]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """Mentions sharing at least one character with `[start, end)`."""
        index = bisect_left(self.starts, start - self.longest)
        found = []
        while index < len(self.starts) and self.starts[index] < end:
            if self.ends[index] > start:
                found.append(self[index])
            index += 1
        return found


class MentionRows(Sequence[Mention]):
    """Some rows of a MentionTable (ascending, so in reading order), as Mentions."""

    __slots__ = ("table", "rows")

    def __init__(self, table: MentionTable, rows: array) -> None:
        self.table = table
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self.table[row] for row in self.rows[index]]
        return self.table[self.rows[index]]

    def __iter__(self) -> Iterator[Mention]:
        return (self.table[row] for row in self.rows)

    def spans(self) -> list[tuple[int, int]]:
        starts, ends = self.table.starts, self.table.ends
        return [(starts[row], ends[row]) for row in self.rows]


def text_blocks(text: str, size: int = BLOCK_SIZE) -> Iterator[tuple[int, int]]:
    """`(start, end)` blocks of about `size` characters ending after a blank line."""
    start = 0
    while start < len(text):
        cut = text.find("\n\n", start + size)
        end = len(text) if cut < 0 else cut + 2
        yield start, end
        start = end


def extract_in_blocks(
    extract: Callable[[str], list[Mention]],
    text: str,
    *,
    blocks_above: int = BLOCKS_ABOVE,
    block_size: int = BLOCK_SIZE,
) -> MentionTable:
    """`extract(text)` as a MentionTable; block by block when the text is very large."""
    table = MentionTable()
    if len(text) <= blocks_above:
        table.add(extract(text))
    else:
        for start, end in text_blocks(text, block_size):
            table.add(extract(text[start:end]), offset=start)
    return table


def release_memory(collect: bool = True) -> None:
    """Collect the extraction's garbage (`collect`) and hand freed memory back (glibc only).

    Called once the mentions are columns: the transient lists, pickles and strings of
    a large extraction leave free pages in the C heap that glibc keeps otherwise.
    """
    if collect:
        gc.collect()
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim): nothing to do
        pass
