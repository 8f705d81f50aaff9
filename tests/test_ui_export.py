"""Pilot tests of the export dialog: from the reader, the library and the palette."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from textual.widgets import Button, Input, ProgressBar, Select, Static

from tradereader.export import read_w3c, slugify
from tradereader.notes_io import annotate, export
from tradereader.ui.app import make_app
from tradereader.ui.exporting import (
    ExportChoices,
    ExportRequest,
    default_destination,
    with_format_suffix,
)
from tradereader.ui.screens.export_dialog import ExportDialog
from tradereader.ui.screens.library import LibraryScreen
from tradereader.ui.screens.reader import ReaderScreen
from ui_support import (
    fixed_extractor,
    open_library,
    run_palette_command,
    screen_text,
    seed_id,
    settle,
    wait_until,
)

SIZE = (120, 40)
OTHER = "Farm Subsidies Dominate Geneva Round\n\nMinisters argued about dairy quotas.\n"
SEED_TITLE = "US-China Trade Talks Resume as Hopes Rise for Truce Extension"


@pytest.fixture
def library(home: Path, user_home: Path):
    library = open_library(home, OTHER)
    yield library
    library.close()


def other_id(library) -> str:
    return next(s.id for s in library.articles() if s.title.startswith("Farm"))


def add_notes(library) -> None:
    """Two notes on the seed (#phase-one, #tariffs) and one on the other article (#phase-one)."""
    annotate(library, seed_id(library), "United States", 1, "Who leads the talks?", ["phase-one"])
    annotate(library, seed_id(library), "tariffs", 1, "Which tariffs, exactly?", ["tariffs"])
    annotate(library, other_id(library), "dairy quotas", 1, "Dairy again.", ["phase-one"])


def exports_folder(user_home: Path) -> Path:
    return user_home / "tradereader-exports"


def dialog_of(app) -> ExportDialog:
    assert isinstance(app.screen, ExportDialog), type(app.screen).__name__
    return app.screen


def status_of(dialog: ExportDialog) -> str:
    status = dialog.query_one("#export-status", Static)
    return str(status.render()) if status.display else ""


async def open_dialog_in_reader(pilot, app) -> ExportDialog:
    await settle(pilot)
    assert isinstance(app.screen, ReaderScreen)
    await pilot.press("e")
    await settle(pilot)
    return dialog_of(app)


def reader_app(library):
    return make_app(library, open_article=seed_id(library), extractor=fixed_extractor)


# -- from the reader ---------------------------------------------------------------------


async def test_defaults_write_this_articles_notes_as_markdown(library, user_home):
    add_notes(library)
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog_in_reader(pilot, app)
        expected = exports_folder(user_home) / f"{slugify(SEED_TITLE)}.md"
        assert dialog.query_one("#export-path", Input).value == str(expected)
        await pilot.press("enter")  # the Export button has the focus
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        text = expected.read_text(encoding="utf-8")
        assert "Who leads the talks?" in text and "#phase-one" in text
        assert "Which tariffs, exactly?" in text and "#tariffs" in text
        assert "Dairy again." not in text  # another article's note
        assert any(str(expected) in n.message for n in app._notifications)


async def test_w3c_format_writes_an_annotation_collection(library, user_home):
    add_notes(library)
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog_in_reader(pilot, app)
        await pilot.click("#format-w3c")
        await pilot.pause()
        path = Path(dialog.query_one("#export-path", Input).value)
        assert path == exports_folder(user_home) / f"{slugify(SEED_TITLE)}.json"
        await pilot.click("#export")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["type"] == "AnnotationCollection" and data["total"] == 2
        notes = {item.note: set(item.tags) for item in read_w3c(data)}
        assert notes == {"Who leads the talks?": {"phase-one"},
                         "Which tariffs, exactly?": {"tariffs"}}


async def test_tag_scope_exports_that_tag_across_the_library(library, user_home):
    add_notes(library)
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog_in_reader(pilot, app)
        tags = dialog.query_one("#export-tag", Select)
        assert tags.disabled  # until the tag scope is chosen
        await pilot.click("#scope-tag")
        await pilot.pause()
        assert not tags.disabled
        tags.value = "phase-one"
        await pilot.pause()
        expected = exports_folder(user_home) / "phase-one.md"
        assert dialog.query_one("#export-path", Input).value == str(expected)
        await pilot.click("#export")
        await settle(pilot)
        text = expected.read_text(encoding="utf-8")
        assert "Who leads the talks?" in text and "Dairy again." in text
        assert "Which tariffs, exactly?" not in text  # tagged #tariffs only


async def test_everything_scope_is_named_all_notes(library, user_home):
    add_notes(library)
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog_in_reader(pilot, app)
        await pilot.click("#scope-all")
        await pilot.pause()
        assert dialog.query_one("#export-path", Input).value == str(
            exports_folder(user_home) / "all-notes.md")
        await pilot.click("#export")
        await settle(pilot)
        text = (exports_folder(user_home) / "all-notes.md").read_text(encoding="utf-8")
        for note in ("Who leads the talks?", "Which tariffs, exactly?", "Dairy again."):
            assert note in text


async def test_an_unwritable_destination_is_an_error_and_the_dialog_stays(library, tmp_path):
    add_notes(library)
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    destination = blocker / "notes.md"
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog_in_reader(pilot, app)
        dialog.query_one("#export-path", Input).value = str(destination)
        await pilot.click("#export")
        await settle(pilot)
        assert app.screen is dialog
        assert "Not exported" in status_of(dialog) and "blocker" in status_of(dialog)
        assert not destination.exists()
        assert not dialog.query_one("#export", Button).disabled  # the user may try again


async def test_an_existing_file_is_replaced_only_after_a_second_press(library, user_home):
    add_notes(library)
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog_in_reader(pilot, app)
        path = Path(dialog.query_one("#export-path", Input).value)
        path.parent.mkdir(parents=True)
        path.write_text("my earlier brief", encoding="utf-8")
        await pilot.click("#export")
        await settle(pilot)
        assert app.screen is dialog
        assert "already exists" in status_of(dialog)
        assert str(dialog.query_one("#export", Button).label) == "Replace"
        assert path.read_text(encoding="utf-8") == "my earlier brief"
        await pilot.pause(0.3)  # a Button ignores a click during its 0.2 s press effect
        await pilot.click("#export")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert "Who leads the talks?" in path.read_text(encoding="utf-8")


async def test_a_new_destination_withdraws_the_offer_to_replace(library, user_home):
    add_notes(library)
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog_in_reader(pilot, app)
        box = dialog.query_one("#export-path", Input)
        old = Path(box.value)
        old.parent.mkdir(parents=True)
        old.write_text("my earlier brief", encoding="utf-8")
        await pilot.click("#export")
        await settle(pilot)
        assert str(dialog.query_one("#export", Button).label) == "Replace"
        box.value = str(user_home / "fresh.md")
        await pilot.pause()
        assert str(dialog.query_one("#export", Button).label) == "Export"
        assert status_of(dialog) == ""
        await pilot.pause(0.3)  # a Button ignores a click during its 0.2 s press effect
        await pilot.click("#export")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert "Who leads the talks?" in (user_home / "fresh.md").read_text(encoding="utf-8")
        assert old.read_text(encoding="utf-8") == "my earlier brief"


def without_export_time(markdown: str) -> str:
    return "\n".join(line for line in markdown.splitlines() if not line.startswith("exported:"))


async def test_an_article_without_notes_is_exported_as_the_cli_does_and_the_notice_says_so(
        library, user_home):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog_in_reader(pilot, app)
        path = Path(dialog.query_one("#export-path", Input).value)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        written = path.read_text(encoding="utf-8")
        assert "*No notes.*" in written
        by_cli = export(library, [seed_id(library)], None, False, "markdown")
        assert without_export_time(written) == without_export_time(by_cli)
        notice = [n.message for n in app._notifications if n.title == "Exported"]
        assert notice and "no notes" in notice[-1] and str(path) in notice[-1]


async def test_an_edited_destination_is_kept_with_the_formats_suffix(library, user_home):
    add_notes(library)
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog_in_reader(pilot, app)
        box = dialog.query_one("#export-path", Input)
        box.value = str(user_home / "brief.md")
        await pilot.click("#format-w3c")
        await pilot.pause()
        assert box.value == str(user_home / "brief.json")
        await pilot.click("#scope-all")
        await pilot.pause()
        assert box.value == str(user_home / "brief.json")  # the user's name stays


@pytest.mark.parametrize("typed, written", [
    ("~/briefs/talks.md", "briefs/talks.md"),  # ~ is the user's home
    ("~/briefs/", "briefs/all-notes.md"),  # a folder gets the default name
])
async def test_a_typed_destination_resolves_home_and_folders(library, user_home, typed, written):
    add_notes(library)
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_dialog_in_reader(pilot, app)
        await pilot.click("#scope-all")
        await pilot.pause()
        dialog.query_one("#export-path", Input).value = typed
        await pilot.click("#export")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen), status_of(dialog)
        assert "Dairy again." in (user_home / written).read_text(encoding="utf-8")


async def test_escape_closes_without_writing(library, user_home):
    add_notes(library)
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await open_dialog_in_reader(pilot, app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert not exports_folder(user_home).exists()


# -- the worker: a progress indicator, and the screen stays live ---------------------------


async def test_the_export_runs_in_a_worker_with_a_progress_bar(library, user_home):
    release = threading.Event()
    requests: list[ExportRequest] = []
    results: list[Path | None] = []

    def slow_export(request: ExportRequest, progress) -> Path:
        requests.append(request)
        progress(0, 4)
        progress(3, 4)
        assert release.wait(10)
        return request.path

    choices = ExportChoices("abc", "Slow Story", 1, {"x": 1}, 1)
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(ExportDialog(choices, slow_export), results.append)
        await pilot.pause()
        await pilot.click("#export")
        await wait_until(pilot, lambda: bool(requests)
                         and dialog_of(app).query_one(ProgressBar).progress == 3)
        dialog = dialog_of(app)
        assert dialog.running and requests  # the export started ...
        assert dialog.query_one("#export-progress").display
        bar = dialog.query_one(ProgressBar)
        assert (bar.progress, bar.total) == (3, 4)
        assert "3 of 4 articles" in str(dialog.query_one("#export-count").render())
        assert dialog.query_one("#export", Button).disabled
        await pilot.press("tab")  # ... and the screen still answers keys
        await pilot.pause()
        assert dialog.focused is not None
        release.set()
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        expected = exports_folder(user_home) / "slow-story.md"
        assert requests == [ExportRequest("article", "markdown", expected, "abc", "x")]
        assert results == [expected]


# -- from the library and the palette ----------------------------------------------------


async def test_e_in_the_library_offers_the_highlighted_article(library, user_home):
    add_notes(library)
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.screen.selected_id() == other_id(library)  # newest first
        await pilot.press("down")
        assert app.screen.selected_id() == seed_id(library)
        await pilot.press("e")
        await settle(pilot)
        dialog = dialog_of(app)
        assert dialog.choices.article_id == seed_id(library)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        text = (exports_folder(user_home) / f"{slugify(SEED_TITLE)}.md").read_text("utf-8")
        assert "Who leads the talks?" in text and "Dairy again." not in text


async def test_e_in_an_empty_library_offers_everything(home, user_home):
    from tradereader.store import Library

    library = Library.open(home)
    try:
        app = make_app(library, extractor=fixed_extractor)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("e")
            await settle(pilot)
            dialog = dialog_of(app)
            assert dialog.scope == "all" and not dialog.query("#scope-article")
            assert dialog.query_one("#scope-tag").disabled  # no tags yet
            await pilot.press("enter")
            await settle(pilot)
            assert app.screen is dialog and "no notes" in status_of(dialog)
    finally:
        library.close()


async def test_palette_command_opens_the_export_dialog(library, user_home):
    add_notes(library)
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await run_palette_command(pilot, "Export notes")
        await settle(pilot)
        assert dialog_of(app).choices.article_id == seed_id(library)


# -- the pure helpers -----------------------------------------------------------------------


def test_default_destination_follows_home_scope_and_format(user_home):
    choices = ExportChoices("abc", "Tariffs: Round Two!", 2, {"EU deal": 1}, 3)
    folder = exports_folder(user_home)
    assert default_destination(choices, "article", None, "markdown") == folder / "tariffs-round-two.md"
    assert default_destination(choices, "tag", "EU deal", "w3c") == folder / "eu-deal.json"
    assert default_destination(choices, "all", None, "markdown") == folder / "all-notes.md"


def test_with_format_suffix_swaps_only_export_suffixes():
    assert with_format_suffix("/x/brief.md", "w3c") == "/x/brief.json"
    assert with_format_suffix("/x/brief.json", "markdown") == "/x/brief.md"
    assert with_format_suffix("/x/brief.txt", "w3c") == "/x/brief.txt"


# -- fitting the terminal ----------------------------------------------------------------


def in_view(app, widget) -> bool:
    """Whether `widget` is drawn on the terminal (not scrolled away, not off-screen)."""
    region = widget.region
    if not region or not app.screen.region.contains_region(region):
        return False
    return app.screen.get_widget_at(*region.center)[0] is widget


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("where", ["reader", "library"])
async def test_the_dialog_fits_with_its_title_and_buttons_in_view(library, user_home, size, where):
    add_notes(library)
    app = reader_app(library) if where == "reader" else make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        dialog = dialog_of(app)
        shown = [dialog.query_one(".dialog-title"), dialog.query_one("#export-path"),
                 dialog.query_one("#export", Button), dialog.query_one("#cancel", Button)]
        assert all(in_view(app, widget) for widget in shown)
        dialog.query_one("#export-path", Input).value = ""
        await pilot.click("#export")
        await settle(pilot)
        assert status_of(dialog) == "Type where to save the export."
        shown.append(dialog.query_one("#export-status", Static))
        assert all(in_view(app, widget) for widget in shown)


def cells_hidden(app, widget) -> int:
    """How many cells of `widget`'s region something else (a toast) is drawn over."""
    region = widget.region
    return sum(app.screen.get_widget_at(x, y)[0] is not widget
               for y in range(region.y, region.bottom) for x in range(region.x, region.right))


async def test_the_last_exports_notice_does_not_hide_the_question_to_replace(library, user_home):
    add_notes(library)
    app = reader_app(library)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_dialog_in_reader(pilot, app)
        await pilot.press("enter")  # written, and "Exported" is noticed for 10 s
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        dialog = await open_dialog_in_reader(pilot, app)
        await pilot.press("enter")  # the same file again: the dialog asks first
        await settle(pilot)
        assert "already exists" in status_of(dialog)
        for widget in (dialog.query_one("#export-status"), dialog.query_one("#export", Button),
                       dialog.query_one("#cancel", Button)):
            assert cells_hidden(app, widget) == 0, widget


async def test_a_title_and_a_tag_with_brackets_are_offered_as_typed(home, user_home):
    library = open_library(home, "Tariffs [/] Rise\n\nMinisters argued about dairy quotas.\n")
    try:
        article_id = next(s.id for s in library.articles() if s.title.startswith("Tariffs"))
        annotate(library, article_id, "dairy quotas", 1, "Dairy again.", ["[draft]"])
        app = make_app(library, open_article=article_id, extractor=fixed_extractor)
        async with app.run_test(size=SIZE) as pilot:
            dialog = await open_dialog_in_reader(pilot, app)
            scope = dialog.query_one("#scope-article")
            assert str(scope.label) == "This article: Tariffs [/] Rise (1 note)"
            assert "#[draft] (1)" in screen_text(app)  # the tag chooser
    finally:
        library.close()


LONG_TITLE = ("A Very Long Headline About Section 301 Tariffs on Chinese Semiconductors and the "
              "Response of the WTO")


@pytest.mark.parametrize("size", [(80, 24), (160, 50)])
async def test_a_long_title_does_not_hide_how_many_notes_the_article_has(home, user_home, size):
    library = open_library(home, f"{LONG_TITLE}\n\nMinisters argued about dairy quotas.\n")
    try:
        article_id = next(s.id for s in library.articles() if s.title.startswith("A Very"))
        app = make_app(library, open_article=article_id, extractor=fixed_extractor)
        async with app.run_test(size=size) as pilot:
            dialog = await open_dialog_in_reader(pilot, app)
            line = next(row for row in screen_text(app).splitlines() if "This article" in row)
            assert "A Very Long Headline" in line
            assert "(0 notes)" in line
            assert "Response of the WTO" in str(dialog.query_one("#scope-article").tooltip)
    finally:
        library.close()
