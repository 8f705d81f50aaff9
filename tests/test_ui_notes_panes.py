"""The Notes and Tags tabs in a small host app: attributes down, messages up."""

from __future__ import annotations

from textual import on
from textual.app import App, ComposeResult
from textual.message import Message
from textual.widgets import Input, OptionList

from tradereader.model import Annotation, TextPositionSelector, TextQuoteSelector
from tradereader.ui.widgets.notes_pane import (
    ORPHAN_MARK,
    NotePeek,
    NotesPane,
    annotation_content,
    shorten,
)
from tradereader.ui.widgets.tags_pane import RenameTagDialog, TagsPane


def note(id: str, start: int, quote: str, text: str = "", tags=(), article="art1", orphaned=False):
    return Annotation(
        id=id,
        article_id=article,
        quote=TextQuoteSelector(quote),
        position=TextPositionSelector(start, start + len(quote)),
        note=text,
        tags=tuple(tags),
        orphaned=orphaned,
    )


NOTES = (
    note("n2", 200, "China agreed.", "conceded", ["wto"]),
    note("n1", 10, "The U.S. side asked for time.", "stalling?", ["phase-one", "tariffs"]),
    note("n3", 50, "A passage that moved away.", "still mine", orphaned=True),
)


class Host(App[None]):
    def __init__(self, pane) -> None:
        super().__init__()
        self.pane = pane
        self.messages: list[Message] = []

    def compose(self) -> ComposeResult:
        yield self.pane

    @on(NotesPane.NoteChosen)
    @on(NotesPane.NoteDeleteRequested)
    @on(TagsPane.TagSelected)
    @on(TagsPane.AnnotationChosen)
    @on(TagsPane.TagRenameRequested)
    def record(self, message: Message) -> None:
        self.messages.append(message)


def prompts(listing: OptionList) -> list[str]:
    return [str(option.prompt) for option in listing.options]


async def test_notes_in_reading_order_with_orphans_marked_and_intact() -> None:
    app = Host(NotesPane())
    async with app.run_test() as pilot:
        app.pane.annotations = NOTES
        await pilot.pause()
        shown = prompts(app.pane.query_one(OptionList))
        assert [s.split("\n")[0] for s in shown] == [
            "“The U.S. side asked for time.”",
            "“China agreed.”",
            f"{ORPHAN_MARK} “A passage that moved away.”",
        ]
        assert shown[0].endswith("stalling?\n#phase-one #tariffs")
        assert "still mine" in shown[2]


async def test_enter_posts_note_chosen() -> None:
    app = Host(NotesPane())
    async with app.run_test() as pilot:
        app.pane.annotations = NOTES
        await pilot.pause()
        app.pane.query_one(OptionList).focus()
        await pilot.press("down", "enter")
        await pilot.pause()
    assert app.messages == [NotesPane.NoteChosen("n2")]


async def test_x_asks_to_delete_the_highlighted_note() -> None:
    app = Host(NotesPane())
    async with app.run_test() as pilot:
        app.pane.annotations = NOTES
        await pilot.pause()
        app.pane.query_one(OptionList).focus()
        await pilot.press("down", "down", "x")
        await pilot.pause()
    assert app.messages == [NotesPane.NoteDeleteRequested("n3")]


async def test_current_note_is_highlighted_and_peek_shows_it_in_full() -> None:
    app = Host(NotesPane())
    long_note = "line one\nline two\nline three\nline four"
    n4 = note("n4", 300, "Markets rose.", long_note)
    async with app.run_test() as pilot:
        app.pane.annotations = (*NOTES, n4)
        app.pane.current = "n4"
        await pilot.pause()
        listing = app.pane.query_one(OptionList)
        assert listing.highlighted_option.id == "n4"
        assert "line four" not in str(listing.highlighted_option.prompt)
        peek = NotePeek()
        await app.mount(peek)
        assert not peek.display
        peek.annotation = n4
        await pilot.pause()
        assert peek.display and "line four" in str(peek.render())
        peek.annotation = None
        await pilot.pause()
        assert not peek.display


async def test_an_empty_article_says_how_to_add_a_note() -> None:
    app = Host(NotesPane())
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.pane.has_class("-empty")
        app.pane.annotations = NOTES[:1]
        await pilot.pause()
        assert not app.pane.has_class("-empty")


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("alpha  beta\ngamma", 50) == "alpha beta gamma"
    assert shorten("alpha beta gamma delta", 14) == "alpha beta…"
    content = annotation_content(NOTES[1], title="A Title")
    assert str(content).startswith("A Title\n“The U.S.")


TAGS = {"phase-one": 1, "tariffs": 2, "wto": 1}


async def test_tags_with_counts_and_choosing_one() -> None:
    app = Host(TagsPane())
    async with app.run_test() as pilot:
        app.pane.tags = TAGS
        await pilot.pause()
        tags_list = app.pane.query_one("#tags-list", OptionList)
        assert prompts(tags_list) == ["#phase-one  1", "#tariffs  2", "#wto  1"]
        tags_list.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.messages == [TagsPane.TagSelected("tariffs")]
        app.pane.titles = {"art1": "Talks Resume", "art2": "Steel Duties"}
        other = note("m1", 5, "Duties rise.", tags=["tariffs"], article="art2")
        app.pane.tag_notes = (NOTES[1], other)
        await pilot.pause()
        notes = app.pane.query_one("#tag-notes", OptionList)
        assert notes.has_focus
        assert [p.split("\n")[0] for p in prompts(notes)] == ["Talks Resume", "Steel Duties"]
        await pilot.press("down", "enter")
        await pilot.pause()
    assert app.messages[-1] == TagsPane.AnnotationChosen("art2", "m1")


async def test_r_renames_the_tag_under_the_cursor() -> None:
    app = Host(TagsPane())
    async with app.run_test() as pilot:
        await _rename_from_list(app, pilot, TAGS, "down", "down")
        assert isinstance(app.screen, RenameTagDialog)
        field = app.screen.query_one(Input)
        assert field.value == "wto"
        field.value = ""
        await pilot.press(*"#trade-org", "enter")
        await pilot.pause()
    assert app.messages == [TagsPane.TagRenameRequested("wto", "trade-org")]


async def test_rename_dialog_cancel_and_same_name_post_nothing() -> None:
    app = Host(TagsPane())
    async with app.run_test() as pilot:
        await _rename_from_list(app, pilot, TAGS)
        await pilot.press("enter")  # unchanged name
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, RenameTagDialog)
    assert app.messages == []


async def test_tags_vanishing_clear_the_chosen_tag() -> None:
    app = Host(TagsPane())
    async with app.run_test() as pilot:
        app.pane.tags = TAGS
        app.pane.selected_tag = "wto"
        app.pane.tag_notes = (NOTES[0],)
        await pilot.pause()
        app.pane.tags = {"tariffs": 2}
        await pilot.pause()
        assert app.pane.selected_tag is None
        assert app.pane.query_one("#tag-notes", OptionList).option_count == 0
        app.pane.tags = {}
        await pilot.pause()
        assert app.pane.has_class("-empty")


async def _rename_from_list(app, pilot, tags: dict, *moves: str) -> None:
    """Show `tags`, focus the list, move the cursor (`moves`), then press `r`."""
    app.pane.tags = tags
    await pilot.pause()
    app.pane.query_one("#tags-list", OptionList).focus()
    await pilot.press(*moves, "r")
    await pilot.pause()


async def _rename_to(app, pilot, typed: str) -> None:
    field = app.screen.query_one("#rename-input", Input)
    field.value = ""
    await pilot.press(*typed, "enter")
    await pilot.pause()


async def test_rename_says_why_an_empty_or_spaced_name_is_refused() -> None:
    app = Host(TagsPane())
    async with app.run_test() as pilot:
        await _rename_from_list(app, pilot, TAGS)
        error = app.screen.query_one("#rename-error")
        await _rename_to(app, pilot, "")
        assert isinstance(app.screen, RenameTagDialog)
        assert error.display and "cannot be empty" in str(error.render())
        await _rename_to(app, pilot, "trade talks")
        assert isinstance(app.screen, RenameTagDialog)
        assert "no spaces" in str(error.render()) and "trade-talks" in str(error.render())
        await _rename_to(app, pilot, "trade-talks")
        assert not isinstance(app.screen, RenameTagDialog)
    assert app.messages == [TagsPane.TagRenameRequested("phase-one", "trade-talks")]


async def test_after_a_merge_the_cursor_is_on_the_merged_tag() -> None:
    app = Host(TagsPane())
    async with app.run_test() as pilot:
        app.pane.tags = TAGS
        await pilot.pause()
        listing = app.pane.query_one("#tags-list", OptionList)
        listing.focus()
        await pilot.press("down", "down", "r")  # on #wto
        await pilot.pause()
        await _rename_to(app, pilot, "tariffs")
        app.pane.tags = {"phase-one": 1, "tariffs": 3}  # what the screen sets after the merge
        await pilot.pause()
        assert listing.highlighted_option.id == "tariffs"


async def test_a_tag_with_brackets_is_shown_as_typed() -> None:
    app = Host(TagsPane())
    async with app.run_test() as pilot:
        app.pane.tags = {"[draft]": 1, "[/]": 1}
        await pilot.pause()
        app.pane.selected_tag = "[/]"
        await pilot.pause()
        heading = app.pane.query_one("#tag-heading")
        assert str(heading.render()) == "Notes tagged #[/]"
        app.pane.query_one("#tags-list", OptionList).focus()
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, RenameTagDialog)
        assert "#[draft]" in str(app.screen.query_one(".dialog-title").render())
