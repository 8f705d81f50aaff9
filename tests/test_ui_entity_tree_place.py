"""The Entities tree keeps the reader's place when it is rebuilt (the lexicon or the
date changed): the branches folded stay folded, the cursor stays on its entry, or, when
that entry was just marked wrong, moves to the one now in its place. Before, every
branch opened again and the cursor stayed on its line number, now another entry (or a
branch), which a second `X` then marked wrong without asking."""

from __future__ import annotations

from tradereader.ui.app import make_app
from tradereader.ui.widgets.entity_tree import EntityTree
from ui_support import (
    entity_node, fixed_extractor, library_fixture, seed_id, settle, tree_node,
)

SIZE = (120, 40)

library = library_fixture()


def suppressing_extractor(text, published, lexicon):
    """fixed_extractor without the phrases the user marked wrong."""
    wrong = {(e.phrase.casefold(), e.kind) for e in lexicon if e.action == "suppress"}
    return [m for m in fixed_extractor(text, published, lexicon)
            if (m.text.casefold(), m.kind) not in wrong]


def reader_app(library):
    return make_app(library, open_article=seed_id(library), extractor=suppressing_extractor)


def entry(tree: EntityTree, value: str):
    return entity_node(tree, value)


def branch(tree: EntityTree, title: str):
    return tree_node(tree, lambda n: n.data is None and str(n.label).startswith(title))


async def test_marking_an_entry_wrong_keeps_the_folds_and_moves_to_the_next_entry(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        tree = app.screen.query_one(EntityTree)
        branch(tree, "Dates").collapse()
        await pilot.pause()
        issues = [node.data.value for node in branch(tree, "Issues").children]
        assert issues == ["trade agreement", "market access", "tariffs"]
        tree.focus()
        tree.move_cursor(entry(tree, "market access"))
        await pilot.pause()
        await pilot.press("X")  # the entry under the tree's cursor
        await settle(pilot)
        assert "market access" not in [n.data.value for n in branch(tree, "Issues").children]
        assert tree.cursor_node is entry(tree, "tariffs")
        assert not branch(tree, "Dates").is_expanded
        assert branch(tree, "Actors").is_expanded


async def test_extracting_again_keeps_the_cursor_on_its_entry(library):
    app = reader_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        tree = app.screen.query_one(EntityTree)
        branch(tree, "Countries").collapse()
        await pilot.pause()  # the lines laid out again: the nodes know their new lines
        tree.focus()
        tree.move_cursor(entry(tree, "tariffs"))
        await pilot.pause()
        assert tree.cursor_node is entry(tree, "tariffs")
        app.screen.reextract()  # what a new publication date or lexicon entry does
        await settle(pilot)
        assert tree.cursor_node is entry(tree, "tariffs")
        assert not branch(tree, "Countries").is_expanded
