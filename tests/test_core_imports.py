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
