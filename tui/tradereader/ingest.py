"""Files -> Article: plain text, Markdown and HTML; encodings; bad input.

`read_article` reads one file and raises `UnreadableFile` with a one-line reason
for anything it cannot import. `decode_bytes` turns raw bytes into text (BOMs,
UTF-8, declared or detected legacy charsets, mojibake repair, newlines).
`parse_text` (in `ingest_text`) finds the title, byline, date and paragraphs of
already-decoded text; HTML goes to `tradereader.ingest_html`.

`Article.text` is the decoded text with nothing removed: the title, byline and
metadata lines stay in it and are only left out of `Article.paragraphs`.
Heavy libraries (trafilatura, ftfy, charset_normalizer, dateutil) are imported
inside the functions that need them.
"""

from __future__ import annotations

import codecs
import re
import stat
from pathlib import Path

from tradereader.errors import UnreadableFile
from tradereader.ingest_text import byline_name, parse_date, parse_text
from tradereader.model import Article

MAX_BYTES = 64 * 1024 * 1024
TEXT_SUFFIXES = frozenset({"", ".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
IMPORTABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

__all__ = [
    "MAX_BYTES", "DecodeError", "byline_name", "decode_bytes", "iter_importable",
    "parse_date", "parse_text", "read_article", "repair_mojibake",
]  # fmt: skip


class DecodeError(ValueError):
    """Bytes that are not text (binary) or cannot be decoded; str() is the reason."""


# ---------------------------------------------------------------- reading files


def iter_importable(path: Path) -> list[Path]:
    """A file gives itself; a folder its readable article files (sorted, no hidden ones)."""
    path = Path(path)
    if path.is_file():
        return [path]
    if not path.exists():
        raise UnreadableFile(path, "no such file or folder")
    if not path.is_dir():
        raise UnreadableFile(path, "not a regular file or folder")
    found = sorted(p for p in path.iterdir() if _is_importable_entry(p))
    if not found:
        kinds = "Markdown, HTML or text files (.txt, .md, .html, no extension)"
        raise UnreadableFile(path, f"folder has nothing to import: no readable {kinds}")
    return found


def _is_importable_entry(path: Path) -> bool:
    if path.name.startswith(".") or path.suffix.lower() not in IMPORTABLE_SUFFIXES:
        return False
    try:
        return path.is_file() and _can_read(path)  # an empty one is named when read
    except OSError:
        return False


def _can_read(path: Path) -> bool:
    try:
        with open(path, "rb"):
            return True
    except OSError:
        return False


def read_article(path: Path, published: str | None = None, *, repair: bool = True) -> Article:
    """Read and parse one file; `published` (YYYY-MM-DD), when given, wins over the file's.

    `repair=False` leaves mojibake as it is, so that offsets index the file's text as
    decoded with only line ends normalised (what `tradereader entities` is scored on)."""
    path = Path(path)
    data = _read_bytes(path)
    try:
        text = decode_bytes(data, repair=repair)
    except DecodeError as exc:
        raise UnreadableFile(path, str(exc)) from None
    if not text.strip():
        raise UnreadableFile(path, "file has only whitespace, no text")
    source = str(path.resolve())
    article = _parse_by_kind(path, text, source, repair)
    if published:
        article = article.evolve(published=published)
    return article


def _parse_by_kind(path: Path, text: str, source: str, repair: bool) -> Article:
    from tradereader import ingest_html

    suffix = path.suffix.lower()
    is_markdown = suffix in {".md", ".markdown"}
    if suffix in HTML_SUFFIXES or (not is_markdown and ingest_html.looks_like_html(text)):
        return _parse_html(path, text, source, repair)
    return parse_text(text, source)


def _parse_html(path: Path, text: str, source: str, repair: bool) -> Article:
    from tradereader import ingest_html

    try:
        return ingest_html.parse_html(text, source, repair=repair)
    except ValueError as exc:
        raise UnreadableFile(path, str(exc)) from None


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, after checking it exists, is a regular file and is not too big."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UnreadableFile(path, "no such file") from None
    except OSError as exc:
        raise UnreadableFile(path, f"cannot read it ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFile(path, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile(path, "not a regular file")
    if info.st_size > MAX_BYTES:
        raise UnreadableFile(path, _too_large(info.st_size))
    if info.st_size == 0:
        raise UnreadableFile(path, "file is empty")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise UnreadableFile(path, "no permission to read it") from None
    except OSError as exc:
        raise UnreadableFile(path, f"cannot read it ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:  # it grew after the size check
        raise UnreadableFile(path, _too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    return f"file is too large ({size:,} bytes; the limit is 64 MB)"


# ---------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED_CHARSET = re.compile(
    rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I
)
_LEGACY_PREFERRED = ("cp1252", "latin_1", "iso8859_15")
_NON_ASCII_VALID = re.compile("[^\x00-\x7f\ufffd]")


def decode_bytes(data: bytes, *, repair: bool = True) -> str:
    """Bytes -> text: BOMs, UTF-8, a declared charset, else detected; mojibake repaired
    (unless `repair=False`); `\\r\\n` and `\\r` become `\\n`.
    Raises DecodeError for binary or undecodable data."""
    text = _decode_with_bom(data)
    if text is None:
        text = _decode_without_bom(data)
    _reject_binary_text(text)
    if repair:
        text = repair_mojibake(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_with_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                name = encoding.upper()
                raise DecodeError(f"has a {name} byte-order mark but is not valid {name}") from None
    return None


def _decode_without_bom(data: bytes) -> str:
    if b"\x00" in data:
        return _decode_bomless_utf16(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared is not None:
        return declared
    return _mostly_utf8(data) or _detect_legacy(data)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray legacy bytes: those bytes decoded as cp1252."""
    loose = data.decode("utf-8", errors="replace")
    valid = len(_NON_ASCII_VALID.findall(loose))
    if valid <= loose.count("\ufffd"):
        return None
    return data.decode("utf-8", errors=_cp1252_fallback_handler())


def _cp1252_fallback_handler() -> str:
    name = "tradereader-cp1252-fallback"
    try:
        codecs.lookup_error(name)
    except LookupError:
        codecs.register_error(name, _decode_stray_as_cp1252)
    return name


def _decode_stray_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    stray = error.object[error.start : error.end]  # type: ignore[attr-defined]
    return stray.decode("cp1252", errors="replace"), error.end  # type: ignore[attr-defined]


def _decode_bomless_utf16(data: bytes) -> str:
    """UTF-16 without a BOM shows as NULs in every other byte; other NULs mean binary."""
    sample = data[:4096]
    half = max(1, len(sample) // 2)
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if len(data) % 2 == 0 and zeros.count(0) > 0.9 * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    raise DecodeError("binary file (contains NUL bytes), not text")


def _declared_charset(data: bytes) -> str | None:
    """Text in the charset an HTML/XML head declares, when that charset decodes it."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match or re.search(rb"16|32", match.group(1)):  # no BOM, no NULs: not UTF-16/32
        return None
    try:
        return data.decode(match.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def _detect_legacy(data: bytes) -> str:
    """A legacy single-byte (or other) charset, cp1252 when it is among the plausible ones."""
    mostly_ascii = _mostly_ascii_cp1252(data)
    if mostly_ascii is not None:
        return mostly_ascii
    import charset_normalizer

    matches = list(charset_normalizer.from_bytes(data))
    plausible = {match.encoding for match in matches}
    for encoding in _LEGACY_PREFERRED:
        if encoding in plausible:
            return data.decode(encoding, errors="replace")
    windows = [m for m in matches if m.encoding.startswith("cp125")]
    if windows:  # Windows code pages are far commoner than Mac ones, which detectors favour
        return str(windows[0])
    if matches:
        return str(matches[0])
    raise DecodeError("cannot tell which text encoding it uses (undecodable)")


_HIGH_BYTES = bytes(range(0x80, 0x100))


def _mostly_ascii_cp1252(data: bytes) -> str | None:
    """English text with a few accents, quotes or euro signs: cp1252 when it decodes
    cleanly and under 5% of the characters are not ASCII (detectors guess wrong on
    such short evidence; a Cyrillic or Greek file has far more non-ASCII bytes)."""
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    if non_ascii > 0.05 * len(data):
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _reject_binary_text(text: str) -> None:
    sample = text[:65536]
    if not sample:
        return
    controls = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    if controls > 0.05 * len(sample):
        raise DecodeError("binary file (mostly control characters), not text")


# A UTF-8 lead byte read as Latin-1/cp1252 (Â..ô) then a continuation byte read the same way.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252/latin-1 mojibake (`canâ€™t` -> `can’t`), line by line,
    with ftfy's encoding fixes only, on the lines that show its signature; other lines
    (and ordinary accented text) come back unchanged."""
    if text.isascii() or not _MOJIBAKE_HINT.search(text):
        return text
    import ftfy

    config = ftfy.TextFixerConfig(replace_lossy_sequences=False, explain=False)
    pieces, done = [], 0
    for hint in _MOJIBAKE_HINT.finditer(text):
        if hint.start() < done:  # on a line already fixed
            continue
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.end()) % (len(text) + 1)  # -1 (no newline) -> len(text)
        pieces += [text[done:start], ftfy.fix_encoding(text[start:end], config)]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)
