"""Pilot tests of the theme: chosen once, kept in the library for the next start."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from tradereader.store import Library
from tradereader.ui.app import THEME_SAVE_DELAY, THEME_SETTING, make_app
from ui_support import fixed_extractor, open_library, pause_until, settle, wait_until

SIZE = (100, 30)


@asynccontextmanager
async def seed_reader(home: Path):
    """The reader open on the seed article: (app, pilot, its article view)."""
    from tradereader.ui.widgets.article_view import ArticleView
    from ui_support import seed_id

    library = open_library(home)
    app = make_app(library, open_article=seed_id(library), extractor=fixed_extractor)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            yield app, pilot, app.screen.query_one(ArticleView)
    finally:
        library.close()


async def each_own_colour_theme(app, pilot, view):
    """Switch to each theme that draws with colours of its own (ANSI themes use the
    terminal's 16 and are left out), its styles recomputed: yields the theme's name."""
    for theme in sorted(t for t in app.available_themes if not t.startswith("ansi")):
        app.theme = theme
        await pilot.pause()
        view._role_styles.clear()
        yield theme


def ground_256(view, *roles: str) -> int:
    """The colour of 256 the text of `roles` shows as its ground (a reversed style's
    is the text's colour)."""
    from rich.color import ColorSystem

    style = view._style_for(frozenset(roles), view.rich_style)
    colour = style.color if style.reverse else style.bgcolor
    return colour.downgrade(ColorSystem.EIGHT_BIT).number


def saved_theme(home: Path) -> str | None:
    """What library.json holds, read back from the file by a second (read-only) reader."""
    with Library.open(home, readonly=True) as lib:
        return lib.setting(THEME_SETTING)


async def test_a_chosen_theme_is_saved_and_restored_at_the_next_start(home: Path) -> None:
    library = open_library(home)
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme != "nord"
        app.theme = "nord"
        await wait_until(pilot, lambda: saved_theme(home) == "nord")
        assert saved_theme(home) == "nord"
    library.close()

    library = Library.open(home)
    again = make_app(library, extractor=fixed_extractor)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == "nord"
    library.close()


async def test_moving_through_themes_saves_only_the_last_one_on_quit(
    home: Path, monkeypatch
) -> None:
    import tradereader.ui.app as app_module

    # a delay no theme change outlasts, even when a busy machine takes long to redraw
    monkeypatch.setattr(app_module, "THEME_SAVE_DELAY", 30.0)
    library = open_library(home)
    app = make_app(library, extractor=fixed_extractor)
    written = library.path.stat().st_ino  # each save replaces the file
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for theme in ("nord", "gruvbox", "dracula"):  # as a picker previews them
            app.theme = theme
            await pilot.pause()
        assert library.path.stat().st_ino == written  # nothing yet: still choosing
        await app.action_quit()  # quitting before the delay still keeps the choice
    assert saved_theme(home) == "dracula"
    library.close()


async def test_a_read_only_library_changes_the_theme_without_saving_it(home: Path) -> None:
    writer = open_library(home)
    writer.set_setting(THEME_SETTING, "nord")
    reader = Library.open(home, readonly=True)
    app = make_app(reader, extractor=fixed_extractor)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "nord"
        app.theme = "gruvbox"

        def said_of_theme() -> list:
            return [n for n in app._notifications if "theme" in n.message]

        await wait_until(pilot, lambda: bool(said_of_theme()))  # a busy machine runs it late
        await pilot.pause(THEME_SAVE_DELAY + 0.3)  # and no second word follows
        said = said_of_theme()
        assert app.theme == "gruvbox"
        assert len(said) == 1 and "read-only" in said[0].message and said[0].severity != "error"
    assert saved_theme(home) == "nord"
    reader.close()
    writer.close()


async def test_an_unknown_saved_theme_is_ignored(home: Path) -> None:
    library = open_library(home)
    library.set_setting(THEME_SETTING, "no-such-theme")
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme in app.available_themes and app.theme != "no-such-theme"
    library.close()


async def test_the_palette_offers_one_theme_command(home: Path) -> None:
    from textual.command import CommandList, CommandPalette

    library = open_library(home)
    app = make_app(library, extractor=fixed_extractor)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"theme")
        await pause_until(pilot, lambda: isinstance(app.screen, CommandPalette)
                          and app.screen.query_one(CommandList).option_count > 0)
        assert isinstance(app.screen, CommandPalette)
        results = app.screen.query_one(CommandList)
        prompts = [str(results.get_option_at_index(i).prompt).split("\n")[0]
                   for i in range(results.option_count)]
        assert [p for p in prompts if p.strip().lower() == "theme"] == ["Theme"], prompts
    library.close()


async def test_actors_issues_dates_and_matches_differ_in_a_256_colour_terminal_in_every_theme(
    home: Path,
):
    """Terminals without true colour (macOS Terminal, tmux by default) get the nearest of
    256 colours: the three kinds of highlight and a search match must not fall on the
    same one."""
    from rich.color import ColorSystem

    async with seed_reader(home) as (app, pilot, view):
        await pilot.press("slash", *"the", "enter")  # the current match and cursor: sentence 1
        await pilot.pause()
        clashes = []
        themes = sorted(app.available_themes)
        assert "flexoki" in themes  # its issues have a strength of their own (app.tcss)
        for theme, focused in [(t, f) for t in themes for f in (True, False)]:
            app.theme = theme
            if focused:
                view.focus()
            else:
                app.screen.set_focus(None)
            await pilot.pause()
            colours = {}
            for kind, phrase in (("actor", "Washington"), ("issue", "tariffs"),
                                 ("date", "2020"), ("match", "The")):  # "The talks come"
                style = next(segment.style for y in range(view.size.height)
                             for segment in view.render_line(y) if phrase == segment.text)
                colours[kind] = style.bgcolor.downgrade(ColorSystem.EIGHT_BIT).number
            text = view.rich_style.bgcolor.downgrade(ColorSystem.EIGHT_BIT).number
            if len(set(colours.values())) < 4 or text in colours.values():
                clashes.append((theme, focused, colours, text))
        assert clashes == []


async def test_the_kinds_stay_apart_in_256_colours_inside_a_noted_or_cursor_sentence(
    home: Path,
):
    """Inside the sentence under the cursor or a sentence with a note, actors, issues and
    dates still get three colours of the 256 (under the cursor, their own: a tinted issue
    took the date's colour), and a noted sentence does not take the colour of one of the
    kinds (a tint on notes fell on the issue colour in textual-dark).
    ANSI themes draw with the terminal's own 16 colours and are left out."""
    async with seed_reader(home) as (app, pilot, view):
        clashes = []
        async for theme in each_own_colour_theme(app, pilot, view):

            def colour(*roles: str) -> int:
                return ground_256(view, *roles)

            plain = {colour(kind) for kind in ("actor", "issue", "date")}
            for over in (("sentence",), ("note",), ("note", "sentence")):
                kinds = [colour(kind, *over) for kind in ("actor", "issue", "date")]
                if len(set(kinds)) < 3 or colour(*over) in kinds:
                    clashes.append((theme, over, kinds, colour(*over)))
            if colour("note") in plain:
                clashes.append((theme, "note", colour("note"), plain))
            for kind in ("actor", "issue", "date"):  # the cursor's tint lies under the kinds
                if colour(kind, "sentence") != colour(kind):
                    clashes.append((theme, kind, "sentence", colour(kind, "sentence")))
        assert clashes == []


async def test_the_cursor_sentence_and_a_selection_show_in_256_colours_in_every_theme(
    home: Path,
):
    """The sentence under the cursor and selected text each get a colour of the 256 that
    neither the text around them nor the other has (in textual-dark the sentence was
    236 on 234; in solarized-dark, catppuccin-macchiato and solarized-light it fell on
    the text's own colour, and in solarized-dark a selection did too). A reversed
    selection shows the text's colour as its ground."""
    async with seed_reader(home) as (app, pilot, view):
        unseen = []
        async for theme in each_own_colour_theme(app, pilot, view):
            shown = (ground_256(view), ground_256(view, "sentence"),
                     ground_256(view, "selection"))
            if len(set(shown)) < 3:
                unseen.append((theme, shown))
        assert unseen == []


async def test_the_default_theme_s_own_rules_apply_from_the_start(home: Path):
    """Textual names a theme in the app's classes only when it changes: the default's
    rules in app.tcss (textual-dark's stronger sentence tint) must hold before any change
    too, as they do after one."""
    async with seed_reader(home) as (app, pilot, view):
        assert f"-theme-{app.theme}" in app.classes
        first = ground_256(view, "sentence")
        default = app.theme
        app.theme = "nord"
        await pilot.pause()
        app.theme = default
        await pilot.pause()
        view._role_styles.clear()
        assert ground_256(view, "sentence") == first
