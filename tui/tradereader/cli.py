"""The `tradereader` command: argument parsing, error reporting, dispatch.

The subcommands live in `commands.py`; this module only turns the command line
into a call and any `TradereaderError` into a one-line message and an exit code.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__
from .errors import TradereaderError

COMMANDS = ("open", "import", "list", "entities", "annotate", "notes", "export")
# the options the top-level parser itself takes; anything else before a command is open's
_TOP_LEVEL_VALUE = {"--home"}
_TOP_LEVEL_FLAGS = {"--debug"}


def _common_options(suppress: bool) -> argparse.ArgumentParser:
    """--home and --debug, accepted before and after the subcommand."""
    default = argparse.SUPPRESS if suppress else None
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--home",
        metavar="DIR",
        default=default,
        help="data folder (default: $TRADEREADER_HOME or the user data dir)",
    )
    parent.add_argument(
        "--debug",
        action="store_true",
        default=default if suppress else False,
        help="show tracebacks for unexpected errors",
    )
    return parent


def _add_published(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        help="publication date, YYYY-MM-DD or written out (10 June 2025); resolves relative "
        "dates such as 'last week'",
    )


def _iso_date(value: str) -> str:
    """YYYY-MM-DD, or a day written out as the reader's `p` takes it (`June 10, 2025`)."""
    import re
    from datetime import date

    from .model import published_problem
    from .written_dates import written_day

    try:
        day = date.fromisoformat(value)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # the form is right, the day is not
            raise argparse.ArgumentTypeError(f"{value} is not a day of the calendar") from None
        written = written_day(value)
        if written is None:
            raise argparse.ArgumentTypeError(
                f"not a date: {value!r} (write it as YYYY-MM-DD or 10 June 2025)") from None
        day = written
    problem = published_problem(day)
    if problem:
        raise argparse.ArgumentTypeError(f"{problem}: not taken as a publication date")
    return day.isoformat()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tradereader",
        description="Read trade-policy news in the terminal: actors, issues and dates "
        "highlighted; notes and tags kept in a local library.",
        epilog="With no command, `tradereader [PATH ...]` imports the files and opens the "
        "first one; with no path it opens the library.",
        parents=[_common_options(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"tradereader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _common_options(suppress=True)
    _add_open(sub, common)
    _add_import(sub, common)
    _add_list(sub, common)
    _add_entities(sub, common)
    _add_annotate(sub, common)
    _add_notes(sub, common)
    _add_export(sub, common)
    return parser


def _add_open(sub, common) -> None:
    p = sub.add_parser("open", parents=[common], help="import files (if new) and open the reader")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="article files to import and open, or the id of a stored article")
    _add_published(p)


def _add_import(sub, common) -> None:
    p = sub.add_parser(
        "import",
        parents=[common],
        help="import articles (files or folders) or a W3C annotation file, without opening",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    _add_published(p)


def _add_list(sub, common) -> None:
    p = sub.add_parser("list", parents=[common], help="list the articles in the library")
    p.add_argument("--json", action="store_true", help="print a JSON array")


def _add_entities(sub, common) -> None:
    p = sub.add_parser(
        "entities", parents=[common], help="list the actors, issues and dates of an article"
    )
    p.add_argument("article", metavar="PATH|ARTICLE_ID")
    _add_published(p)
    p.add_argument("--json", action="store_true", help="print the mentions as JSON")


def _add_annotate(sub, common) -> None:
    p = sub.add_parser("annotate", parents=[common], help="add a note to a passage")
    p.add_argument("article", metavar="ARTICLE", help="an id, a unique id prefix or a path")
    p.add_argument("--quote", required=True, help="the passage, as it stands in the text")
    p.add_argument(
        "--occurrence", type=int, default=1, metavar="N", help="which occurrence (default 1)"
    )
    p.add_argument("--note", default="", help="the note (Markdown allowed)")
    p.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag; repeatable")


def _add_notes(sub, common) -> None:
    p = sub.add_parser("notes", parents=[common], help="list annotations",
                       description="List the notes of an article, of a tag, or of the whole "
                                   "library (one line each into a pipe).")
    p.add_argument("article", nargs="?", metavar="ARTICLE", help=_ARTICLE_HELP)
    p.add_argument("--tag", metavar="TAG", help="only annotations with this tag")
    p.add_argument("--json", action="store_true", help="print a JSON array")


_ARTICLE_HELP = "an article: its id (or the first letters of it) or the file it was read from"


def _add_export(sub, common) -> None:
    p = sub.add_parser("export", parents=[common], help="export notes as Markdown or W3C JSON",
                       description="Export notes as Markdown (the default) or W3C Web "
                                   "Annotation JSON: those of the ARTICLEs given, of a tag "
                                   "(--tag) or of the whole library (--all).")
    p.add_argument("articles", nargs="*", metavar="ARTICLE", help=_ARTICLE_HELP)
    p.add_argument("--tag", metavar="TAG", help="every annotation with this tag")
    p.add_argument("--all", action="store_true", help="the whole library")
    p.add_argument("--format", choices=("markdown", "w3c"), default="markdown")
    p.add_argument("-o", "--output", metavar="FILE", default="-", help="file, or - for stdout")


def with_default_command(argv: Sequence[str]) -> list[str]:
    """Insert `open` where the command is missing (`tradereader a.txt`).

    `open` goes before the first word the top-level parser does not take itself
    (a path, or one of open's options such as --published); a trailing --home
    without its value is left for argparse to report.
    """
    args = list(argv)
    if any(a in ("-h", "--help", "--version") for a in args):
        if not any(a in COMMANDS for a in args):
            return args
    skip = False
    for index, arg in enumerate(args):
        if skip:
            skip = False
        elif arg in _TOP_LEVEL_VALUE:
            skip = True
        elif arg in _TOP_LEVEL_FLAGS or arg.split("=", 1)[0] in _TOP_LEVEL_VALUE:
            continue
        elif arg in COMMANDS:
            return args
        else:
            return args[:index] + ["open"] + args[index:]
    return args if skip else args + ["open"]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(with_default_command(sys.argv[1:] if argv is None else argv))
    from . import commands

    try:
        status = commands.run(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return status
    except BrokenPipeError:
        return _stdout_closed()
    except TradereaderError as error:
        print(f"tradereader: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if args.debug:
            raise
        print(f"tradereader: unexpected error: {error} (run with --debug for details)",
              file=sys.stderr)
        return 1


def _stdout_closed() -> int:
    """The reader of our output went away (`| head`): not an error, nothing to say.

    stdout is pointed at devnull so that Python's flush at exit does not fail again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file descriptor behind stdout: nothing to flush
        pass
    return 141  # 128 + SIGPIPE, as a shell reports a command killed by a closed pipe


if __name__ == "__main__":
    sys.exit(main())
