"""The subcommands of `tradereader`, one function each, over the core modules.

Nothing here imports Textual or Rich at module level: the reader and the
readable tables are imported only by the commands that show them.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from . import paths
from .errors import (
    InputError, LibraryCorrupt, LibraryError, LibraryLocked, LibraryNotWritable, NotFound,
    TradereaderError,
)
from .model import Article


def run(args: argparse.Namespace) -> int:
    handler = {
        "open": cmd_open,
        "import": cmd_import,
        "list": cmd_list,
        "entities": cmd_entities,
        "annotate": cmd_annotate,
        "notes": cmd_notes,
        "export": cmd_export,
    }[args.command or "open"]
    return handler(args)


@contextlib.contextmanager
def open_library(args: argparse.Namespace, *, readonly: bool = False,
                 check_unwritable: bool = True) -> Iterator:
    """The library of `--home`; read-only commands never take the lock (for
    `check_unwritable`, see `Library.open`)."""
    from .store import Library

    explicit = getattr(args, "home", None)
    home = paths.data_home(explicit)
    paths.check_home(home, paths.home_origin(explicit))
    try:
        library = Library.open(home, readonly=readonly, check_unwritable=check_unwritable)
    except LibraryCorrupt as corrupt:
        if corrupt.moved_to is None:  # read-only: left where it is, nothing to go on with
            raise
        print(f"tradereader: warning: {corrupt}", file=sys.stderr)
        args.library_warning = str(corrupt)  # the reader shows it too, once on screen
        library = Library.open(home, readonly=readonly, check_unwritable=check_unwritable)
    try:
        yield library
    finally:
        library.close()


def import_seeds(library) -> None:
    """The bundled seed articles, those not stored yet, stamped a second before now: stored
    with the files a first run was given, they list after them (newest first)."""
    from datetime import datetime, timedelta, timezone

    from . import ingest

    earlier = (datetime.now(timezone.utc) - timedelta(seconds=1)).isoformat(timespec="seconds")
    for path in paths.seed_files():
        library.add_article(ingest.read_article(path).evolve(imported=earlier))


# -- open --------------------------------------------------------------------------------


def cmd_open(args: argparse.Namespace) -> int:
    """Open the reader on the files given, attaching the notes of any W3C notes file
    among them (as `import` does). A file that cannot be read is named on stderr and in
    the reader, and the exit status is 2; when nothing given can be opened, that is the
    error, before the library is touched."""
    notes_files = [p for p in args.paths if _is_w3c_file(Path(p))]
    ids = [p for p in args.paths if p not in notes_files and _may_be_article_id(p)]
    article_paths = [p for p in args.paths if p not in notes_files and p not in ids]
    articles, failures = read_each(article_paths, args.published)
    _name_each(failures, ends_it=not (articles or notes_files or ids))
    context, library = _open_for_reader(args, may_be_read_only=not (articles or notes_files))
    try:
        stored, unknown = _stored_articles(library, ids)
        _name_each(unknown, ends_it=not (articles or notes_files or stored))
        failures += unknown + _attach_notes(library, notes_files)
        notice = _open_notice(getattr(args, "library_warning", None), failures)
        # `tradereader 2faa`: an article already in the library, by its id
        _run_reader(library, articles, notice, open_id=stored[0] if stored else None)
    finally:
        context.__exit__(None, None, None)
    return 2 if failures else 0


def _name_each(failures: list, ends_it: bool) -> None:
    """Name every file or id that cannot be opened on stderr; when nothing else can be
    (`ends_it`), the last is raised, as the error that ends the command, after the others."""
    for failure in failures[:-1]:
        _report(failure)
    if failures and ends_it:
        raise failures[-1]
    if failures:
        _report(failures[-1])


_ARTICLE_ID = re.compile(r"[0-9a-f]{4,32}")


def _may_be_article_id(ref: str) -> bool:
    """An id (or id prefix) of a stored article rather than a file: hex, and no such file."""
    return _ARTICLE_ID.fullmatch(ref) is not None and not Path(ref).exists()


def _stored_articles(library, ids: list[str]) -> tuple[list[str], list[InputError]]:
    """(the ids of the stored articles `ids` name, an error for each that names none)."""
    stored, unknown = [], []
    for ref in ids:
        try:
            stored.append(library.resolve_article(ref).id)
        except NotFound:
            unknown.append(InputError(f"{ref}: no such file, nor an article of the library "
                                      "with that id (`tradereader list` shows them)"))
    return stored, unknown


def _open_for_reader(args: argparse.Namespace, may_be_read_only: bool) -> tuple:
    """(context, library) for the reader: read-only, saying why, when the library is in use
    or its folder cannot be written, unless files are to be stored (then that is the error)."""
    try:
        context = open_library(args, check_unwritable=not may_be_read_only)  # read below
        return context, context.__enter__()
    except (LibraryLocked, LibraryNotWritable) as refused:
        if not may_be_read_only or not getattr(refused, "readable", True):
            raise
        why = getattr(refused, "why", "another tradereader is using it")  # the reader says it
    context = open_library(args, readonly=True)
    library = context.__enter__()
    library.readonly_reason = why
    return context, library


def _attach_notes(library, notes_files: list[str]) -> list[TradereaderError]:
    """Import each W3C notes file; the errors of those that could not be."""
    failures = []
    for notes_file in notes_files:
        try:
            _import_w3c(library, Path(notes_file))
        except TradereaderError as error:
            failures.append(error)
            _report(error)
    return failures


def _open_notice(warning: str | None, failures: list) -> str | None:
    """What the reader says once it is up: the library's warning, the files not opened."""
    lines = [warning] if warning else []
    if failures:
        lines.append(f"Could not open {_count(len(failures), 'file')}:")
        lines += [f"  {failure}" for failure in failures]
    return "\n".join(lines) or None


def _run_reader(library, articles: list[Article], warning: str | None = None,
                open_id: str | None = None) -> int:
    """The reader on the library, open at the first of `articles` (stored now), else at
    the stored article `open_id`, else at the only article there is."""
    first_run = not library.readonly and library.article_count() == 0
    stored = [a for a, _new in library.add_articles(articles)] if articles else []  # one write
    if first_run:  # after the files given: a seed opened by its path keeps that path
        import_seeds(library)
    first = stored[0].id if stored else open_id
    if first is None and library.article_count() == 1:
        first = library.articles()[0].id
    from .ui.app import make_app

    make_app(library, open_article=first, notice=warning).run()
    return 0


# -- import, list ----------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    """Import what can be imported; each file that cannot gets its line on stderr (exit 2)."""
    notes_files = [p for p in args.paths if _is_w3c_file(Path(p))]
    article_paths = [p for p in args.paths if p not in notes_files]
    articles, failures = read_each(article_paths, args.published)
    for failure in failures:
        _report(failure)
    if articles or notes_files:
        with open_library(args) as library:
            _import_all(library, articles)
            failures += _attach_notes(library, notes_files)
    return 2 if failures else 0


def read_each(raw_paths: list[str], published: str | None) -> tuple[list[Article], list]:
    """Every article that can be read, and the error of each file that cannot."""
    from . import ingest

    articles: list[Article] = []
    failures: list[InputError] = []
    for raw in raw_paths:
        try:
            found = ingest.iter_importable(Path(raw))
        except InputError as error:
            failures.append(error)
            continue
        for path in found:
            try:
                articles.append(ingest.read_article(path, published=published))
            except InputError as error:
                failures.append(error)
    return articles, failures


def _report(error: Exception) -> None:
    print(f"tradereader: {error}", file=sys.stderr)


def _import_all(library, articles: list[Article]) -> None:
    """Store the articles in one write and say what became of each (and of an earlier
    version's notes)."""
    if not articles:
        return
    by_source: dict[str, list[str]] = {}
    for summary in library.articles():
        by_source.setdefault(summary.source, []).append(summary.id)
    earlier = [_notes_of_earlier_versions(library, article, by_source) for article in articles]
    for (stored, is_new), earlier_notes in zip(library.add_articles(articles), earlier):
        state = "" if is_new else "  (already in the library)"
        print(f"{stored.id}  {stored.title}{state}")
        if is_new and stored.previous_version:
            print(f"  {_moved_notes_summary(library, stored.id, earlier_notes)}")


def _notes_of_earlier_versions(library, article: Article,
                               by_source: dict[str, list[str]]) -> set[str]:
    """The ids of the notes on articles imported from the same file with other text
    (`by_source`: the library's article ids by the file they came from)."""
    if not article.source:
        return set()
    ids = [i for i in by_source.get(article.source, ()) if i != article.id]
    return {a.id for old in ids for a in library.annotations(article_id=old)}


def _moved_notes_summary(library, article_id: str, earlier: set[str]) -> str:
    """How many of the earlier version's notes found their passage in the new text."""
    if not earlier:
        return "replaces the earlier version of this file (it had no notes)"
    moved = [a for a in library.annotations(article_id=article_id) if a.id in earlier]
    orphaned = sum(1 for a in moved if a.orphaned)
    text = f"replaces the earlier version: {_count(len(moved) - orphaned, 'note')} moved to the new text"
    if orphaned:
        gone = "its passage is gone" if orphaned == 1 else "their passages are gone"
        text += f", {orphaned} orphaned ({gone})"
    return text


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _is_w3c_file(path: Path) -> bool:
    return path.suffix.lower() in (".json", ".jsonld") and path.is_file()


def _import_w3c(library, path: Path) -> None:
    from . import notes_io

    added, present, unmatched = notes_io.import_w3c_file(library, path)
    print(f"{path}: {added} annotations added, {present} already present, "
          f"{unmatched} without a matching article")


def cmd_list(args: argparse.Namespace) -> int:
    with open_library(args, readonly=True) as library:
        summaries = library.articles()
    if args.json:
        _print_json([_summary_json(s) for s in summaries])
        return 0
    if not summaries:
        print("The library is empty. Import an article with: tradereader import PATH")
        return 0
    width = max(len(s.id) for s in summaries)
    print(f"{'ID':<{width}}  {'PUBLISHED':<10}  {'NOTES':>9}  TITLE")
    for s in summaries:
        word = "note " if s.notes == 1 else "notes"
        print(f"{s.id:<{width}}  {s.published or '----------'}  {s.notes:>3} {word}  {s.title}")
    return 0


def _summary_json(summary) -> dict:
    return {
        "id": summary.id,
        "title": summary.title,
        "source": summary.source,
        "outlet": summary.outlet,
        "published": summary.published,
        "imported": summary.imported,
        "opened": summary.opened,
        "notes": summary.notes,
        "tags": list(summary.tags),
    }


def _print_json(data) -> None:
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# -- entities ----------------------------------------------------------------------------


def cmd_entities(args: argparse.Namespace) -> int:
    article, lexicon = _article_for_entities(args)
    published = args.published or article.published
    from .extract import extract

    mentions = extract(article.text, published=published, lexicon=lexicon)
    if args.json:
        _print_json(
            {
                "article": _article_json(article, published),
                "mentions": [m.to_dict() for m in mentions],
            }
        )
        return 0
    from .ui.console import print_entities

    print_entities(article, mentions, published=published)
    return 0


def _article_for_entities(args: argparse.Namespace) -> tuple[Article, list]:
    """A file is read as it stands, not imported; anything else names a stored article."""
    path = Path(args.article)
    if path.exists():
        from . import ingest

        article = ingest.read_article(path, published=args.published, repair=False)
        return article, _user_lexicon(args)
    with open_library(args, readonly=True) as library:
        try:
            return library.resolve_article(args.article), library.lexicon()
        except NotFound:
            if _looks_like_path(args.article):
                raise InputError(f"no such file: {args.article}") from None
            raise


_PATH_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonld", ".xml"}


def _looks_like_path(ref: str) -> bool:
    """A file name rather than an article id: a separator, a file suffix, ~ or . first."""
    separators = {"/", os.sep} | ({os.altsep} if os.altsep else set())
    return (
        any(sep in ref for sep in separators)
        or ref.startswith(("~", "."))
        or Path(ref).suffix.lower() in _PATH_SUFFIXES
    )


def _user_lexicon(args: argparse.Namespace) -> list:
    """The user's own lexicon entries, if a library exists yet; none, with a warning,
    when it cannot be read (the file's mentions do not need the library)."""
    home = paths.data_home(args.home)
    if not (home / "library.json").exists() and paths.file_in_the_way(home) is None:
        return []  # no library yet (a file in the folder's place is warned about below)
    try:
        with open_library(args, readonly=True) as library:
            return library.lexicon()
    except LibraryError as error:
        print(f"tradereader: warning: {error}\ntradereader: warning: the mentions below "
              "leave out your own lexicon", file=sys.stderr)
        return []


def _article_json(article: Article, published: str | None) -> dict:
    return {
        "id": article.id,
        "title": article.title,
        "byline": article.byline,
        "source": article.source,
        "url": article.url,
        "published": published,
        "chars": len(article.text),
    }


# -- annotations and export --------------------------------------------------------------


def cmd_annotate(args: argparse.Namespace) -> int:
    from . import notes_io

    with open_library(args) as library:
        annotation = notes_io.annotate(
            library, args.article, args.quote, args.occurrence, args.note, args.tag
        )
    print(annotation.id)
    return 0


def cmd_notes(args: argparse.Namespace) -> int:
    from . import notes_io

    with open_library(args, readonly=True) as library:
        _check_tag_in_use(library, args.tag)
        rows = notes_io.list_notes(library, args.article, args.tag)
        if not rows and not args.json:
            print(_no_notes_message(library, args))
        on_terminal = sys.stdout.isatty() and not args.json
        titles = {a.id: a.title for a in library.articles()} if rows and on_terminal else {}
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        print(_note_block(row, titles.get(row["article"], "")) if on_terminal
              else _note_line(row))
    return 0


def _note_line(row: dict) -> str:
    """One note on one line (for a pipe): ids, the quote, the note, the tags."""
    flag = " (orphaned)" if row["orphaned"] else ""
    tags = " ".join(f"#{t}" for t in row["tags"])
    quote, note = (" ".join(row[key].split()) for key in ("quote", "note"))  # line breaks too
    return f"{row['id'][:12]}  {row['article'][:12]}{flag}  \"{quote}\"  {note}  {tags}".rstrip()


def _note_block(row: dict, title: str = "") -> str:
    """One note as a short block fitted to the terminal: the ids and tags, the article's
    title, then the quote and the note each wrapped between words."""
    import shutil
    import textwrap

    width = max(40, shutil.get_terminal_size().columns - 1)
    flag = "  (orphaned)" if row["orphaned"] else ""
    tags = "  ".join(f"#{t}" for t in row["tags"])
    head = f"note {row['id'][:12]}  article {row['article'][:12]}{flag}  {tags}".rstrip()
    wrap = textwrap.TextWrapper(width=width, initial_indent="  ", subsequent_indent="  ",
                                break_long_words=False, break_on_hyphens=False)
    parts = [head]
    if title:
        parts.append("  " + textwrap.shorten(f"in {title}", width=width - 2, placeholder=" …"))
    parts.append(wrap.fill(f"“{' '.join(row['quote'].split())}”"))
    if row["note"].strip():
        parts.append(wrap.fill(row["note"]))
    return "\n".join(parts) + "\n"


def _check_tag_in_use(library, tag: str | None) -> None:
    """A `--tag` no note has is an error (exit 2) that lists the tags there are."""
    from . import notes_io

    name = notes_io.tag_asked(library, tag)
    if name is not None and name not in library.tag_counts():
        raise notes_io.unknown_tag(library, name)


def _no_notes_message(library, args: argparse.Namespace) -> str:
    """What `notes` says when it has nothing to list, as `list` does for an empty library."""
    from . import notes_io

    if library.article_count() == 0:
        return ("No notes yet: the library is empty. Import an article with: "
                "tradereader import PATH")
    how = "in the reader, press a on a sentence or a selection, or use: tradereader annotate"
    if not args.article:
        return f"No notes yet. To add one: {how} ARTICLE --quote TEXT --note TEXT"
    article = library.resolve_article(args.article)
    named = f"\"{article.title}\" ({article.id})" if article.title else article.id
    if args.tag:
        tag = notes_io.tag_asked(library, args.tag)
        return (f"No note on {named} has the tag #{tag}; "
                f"tradereader notes --tag {tag} lists the notes that do.")
    return f"No notes on {named} yet. To add one: {how} {article.id} --quote TEXT --note TEXT"


def cmd_export(args: argparse.Namespace) -> int:
    from . import notes_io

    with open_library(args, readonly=True) as library:
        text = notes_io.export(library, args.articles, args.tag, args.all, args.format)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        made = notes_io.write_export(Path(args.output), text)
        print(f"exported to {args.output}", file=sys.stderr)
        if made is not None:
            print(f"(made the folder {made}, which did not exist)", file=sys.stderr)
    return 0
