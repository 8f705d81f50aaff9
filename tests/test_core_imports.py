"""The core never drags Textual or Rich in: proven in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "tradereader",
    "tradereader.model",
    "tradereader.errors",
    "tradereader.paths",
    "tradereader.ingest",
    "tradereader.store",
    "tradereader.extract",
    "tradereader.anchoring",
    "tradereader.sentences",
    "tradereader.notes_io",
    "tradereader.export",
    "tradereader.cli",
    "tradereader.commands",
    "tradereader.date_words",
    "tradereader.written_dates",
]

PROBE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))
print(','.join(bad))
"""


def test_core_imports_leave_textual_and_rich_out() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *CORE], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_the_probe_sees_textual_when_the_ui_is_imported() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "tradereader.ui.app"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "textual" in result.stdout


ENGINE_PROBE = """
import sys
import tradereader.extract
print(','.join(sorted(m for m in ('dataclasses', 'inspect', 'tradereader.model')
                      if m in sys.modules)))
"""


def test_the_engine_starts_without_the_models_dataclasses() -> None:
    """`dataclasses` (with `inspect`) is ~10 ms of the engine's ~40 ms start-up: the engine
    takes `Mention` from its own module and the model only for type hints."""
    result = subprocess.run(
        [sys.executable, "-c", ENGINE_PROBE], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


COMPILE_PROBE = """
import re, sys
compiled = []
real = re.compile
def counting(pattern, flags=0):
    frame = sys._getframe(1)
    compiled.append(frame.f_code.co_filename)
    return real(pattern, flags)
re.compile = counting
import tradereader.extract
from tradereader.extract import extract
print(sum('tradereader' in name for name in compiled))
extract("Japan said on Tuesday it would cut tariffs.", "2024-05-01")
print(sum('tradereader' in name for name in compiled))
"""


def test_importing_the_engine_compiles_no_pattern_until_it_is_used() -> None:
    """Compiling the rule modules' ~80 patterns was ~10 ms of the measured start-up:
    each compiles on its first use (`lazy`), and is then there."""
    result = subprocess.run(
        [sys.executable, "-c", COMPILE_PROBE], capture_output=True, text=True, check=True
    )
    at_import, after_use = map(int, result.stdout.split())
    assert at_import == 0
    assert after_use > 0  # the probe sees the compiles a first extract makes


def test_a_lazy_pattern_copies_pickles_and_matches_like_the_pattern() -> None:
    import copy
    import pickle

    from tradereader.lazy_pattern import lazy

    pattern = lazy(r"a+(b)")
    assert pickle.loads(pickle.dumps(pattern)).match("aab").group(1) == "b"
    assert copy.copy(pattern).search("xab").start() == 1  # before its first use, and after
    assert pattern.findall("ab aab") == ["b", "b"] and "a+" in repr(pattern)
