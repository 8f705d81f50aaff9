"""Extract a long article in a child process; only the columns come back.

The extraction of a 6 MB article allocates ~100 MB of short-lived objects; in the
reader's process the allocator keeps much of that after it is freed. Run in a child
(`python -m tradereader.ui.extract_child`: a pickle then the text in UTF-8 on its
stdin, a pickle back on its stdout), that peak goes away with the child, the results
are the same as in one piece, and the UI thread does not compete for the GIL
meanwhile. The child also groups the mentions and indexes their spans
(`ready_mentions`), ~100 ms of Python for 200,000 mentions that would otherwise hold
the lock in the reader's worker thread while the user pages. Used for the app's own
extractor only, on texts above the reader's CHILD_ABOVE (a 100 KB article extracted in
a thread made page-down wait twice as long while it ran).
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import tradereader

from tradereader.model import LexiconEntry
from tradereader.ui.background import Abandoned
from tradereader.ui.mention_groups import ReadyMentions, ready_mentions
from tradereader.ui.mention_table import MentionTable

PIECE = 64 * 1024  # characters of the text sent at a time


def extract_in_child(
    text: str, published: str | None, lexicon: Sequence[LexiconEntry],
    cancelled: Callable[[], bool], poll: float = 0.1,
) -> ReadyMentions:
    """`ready_mentions` of `extract(...)` as a MentionTable; raises Abandoned when
    `cancelled()`."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tradereader.ui.extract_child"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        env=_child_environment(),
    )
    outcome: dict[str, object] = {}

    def talk() -> None:
        try:
            outcome["result"] = _talk(child, text, published, lexicon)
        except Exception as error:  # noqa: BLE001 - handed to the waiting thread
            outcome["error"] = error

    talker = threading.Thread(target=talk, name="tradereader-extract-child", daemon=True)
    talker.start()
    try:
        while talker.is_alive():
            talker.join(poll)
            if cancelled():
                raise Abandoned()
    finally:
        if child.poll() is None:
            child.kill()
    if "error" in outcome:
        raise RuntimeError(f"the extraction process failed: {outcome['error']}")
    return _result(outcome["result"])


def _talk(child: subprocess.Popen, text: str, published, lexicon) -> tuple[str, object]:
    """Send the text in small pieces (no 6 MB copy for the C heap to keep), read the result."""
    pickle.dump((published, list(lexicon)), child.stdin)
    for start in range(0, len(text), PIECE):
        child.stdin.write(text[start:start + PIECE].encode("utf-8", "surrogatepass"))
    child.stdin.close()
    try:
        result = pickle.load(child.stdout)
    except EOFError:
        raise RuntimeError("the extraction process ended without a result") from None
    finally:
        child.stdout.close()
        child.wait()
    return result


def _child_environment() -> dict[str, str]:
    """This environment, with the folder this tradereader is imported from first."""
    source_root = str(Path(tradereader.__file__).resolve().parents[1])
    paths = [source_root, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def _result(outcome) -> ReadyMentions:
    status, value = outcome
    if status == "import":
        raise ImportError(value)
    if status == "error":
        raise RuntimeError(value)
    return value


def main() -> None:
    """The child: read (text, published, lexicon), write ("ok", table) or an error."""
    published, lexicon = pickle.load(sys.stdin.buffer)
    text = sys.stdin.buffer.read().decode("utf-8", "surrogatepass")
    try:
        from tradereader.extract import extract

        result = ("ok", ready_mentions(MentionTable(extract(text, published, lexicon=lexicon))))
    except ImportError as error:
        result = ("import", str(error))
    except Exception as error:  # noqa: BLE001 - reported by the parent
        result = ("error", str(error) or type(error).__name__)
    pickle.dump(result, sys.stdout.buffer)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
