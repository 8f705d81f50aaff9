"""The shared dialogs on their own: a yes/no question, the import dialog's reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App

from tradereader.ui.screens.dialogs import ConfirmDialog, ImportDialog, ImportedFiles
from ui_support import screen_text, settle

LONG_QUESTION = ("“[b]Tariffs[/b] on steel, aluminium and 300 billion dollars of consumer goods "
                 "from the summer round” has 12 notes. Delete them too?")


class Host(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.answers: list[object] = []


def shown_text(app, widget) -> str:
    region = widget.region
    lines = screen_text(app).splitlines()[region.y:region.bottom]
    return " ".join(line[region.x:region.right].strip() for line in lines).strip()


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (50, 20)])
async def test_a_long_question_wraps_and_is_shown_as_typed(size) -> None:
    app = Host()
    async with app.run_test(size=size) as pilot:
        app.push_screen(ConfirmDialog(LONG_QUESTION), app.answers.append)
        await pilot.pause()
        question = app.screen.query_one(".dialog-question")
        assert app.screen.region.contains_region(question.region)
        assert question.region.height >= 2
        assert shown_text(app, question) == LONG_QUESTION  # wrapped, markup shown as typed
        assert app.screen.query_one("#yes").region.right <= size[0]
        await pilot.press("y")
        await pilot.pause()
    assert app.answers == [True]


async def test_import_dialog_reads_in_the_dialog_and_closes_only_with_articles() -> None:
    paths: list[Path] = []

    def read(path: Path, progress) -> ImportedFiles:
        paths.append(path)
        if path.name == "good.txt":
            return ImportedFiles(articles=["an article"], errors=["other.bin: binary"])
        return ImportedFiles(errors=[f"{path.name}: binary"] * 5)

    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ImportDialog(read), app.answers.append)
        await pilot.pause()
        await pilot.press("enter")  # nothing typed
        await settle(pilot)
        assert "Type the path" in str(app.screen.query_one("#import-status").render())
        await pilot.press(*"~/bad.bin", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ImportDialog)
        status = shown_text(app, app.screen.query_one("#import-status"))
        assert status.count("bad.bin: binary") == 3 and "and 2 more" in status
        app.screen.query_one("#import-path").value = "/tmp/good.txt"
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ImportDialog)
    assert paths == [Path("~/bad.bin").expanduser(), Path("/tmp/good.txt")]
    assert app.answers == [ImportedFiles(["an article"], ["other.bin: binary"])]


async def test_reading_a_folder_says_how_far_it_has_got(tmp_path: Path) -> None:
    """A folder of many pages takes seconds: the dialog counts the files read."""
    import threading

    from tradereader.ui.screens.library import read_importable

    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(4):
        (folder / f"{number}.txt").write_text(f"Story {number}\n\nTariffs rose {number}.\n")
    halfway, go_on = threading.Event(), threading.Event()

    def read(path: Path, progress) -> ImportedFiles:
        def told(done: int, total: int) -> None:
            progress(done, total)
            if done == 2:
                halfway.set()
                go_on.wait(10)

        return read_importable(path, told)

    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ImportDialog(read), app.answers.append)
        await pilot.pause()
        await pilot.press(*str(folder), "enter")
        for _ in range(100):
            await pilot.pause(0.02)
            if halfway.is_set() and "2 of 4" in shown_text(app, app.screen.query_one("#import-status")):
                break
        assert shown_text(app, app.screen.query_one("#import-status")) == "Reading 2 of 4 files…"
        go_on.set()
        await settle(pilot)
        assert not isinstance(app.screen, ImportDialog)
    assert len(app.answers[0].articles) == 4
