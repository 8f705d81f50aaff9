"""The dialog that adds words to the user's lexicon as an actor or an issue (`L`).

    app.push_screen(AddToLexiconDialog("Geneva"), on_done)   # on_done(LexiconEntry | None)

The dialog never touches the library: it builds a `LexiconEntry` (action "add") from
the form, or shows why it cannot (in the dialog, which stays open).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Select, Static

from tradereader.model import LexiconEntry
from tradereader.ui.key_hold import TakesEarlyKeys
from tradereader.ui.widgets.choice import ChoiceButton

ACTOR_SUBTYPES = ("country", "metonym", "government", "institution", "person", "group")
TOPICS = (  # the canonical issue values of the guidelines
    "tariffs", "non-tariff barriers", "market access", "intellectual property",
    "technology transfer", "purchase commitments", "trade balance", "currency",
    "export controls", "sanctions", "subsidies", "dumping", "protectionism",
    "supply chains", "investment", "agriculture", "energy", "manufacturing",
    "semiconductors", "services", "trade agreement", "trade dispute", "trade legislation",
)
CODED_SUBTYPES = ("country", "metonym")  # their value is a country code
MAX_PHRASE_WORDS = 8  # a name or a term; a longer selection is a slip of `w`
MAX_PHRASE_CHARS = 80
EDGE_PUNCTUATION = " ,;:!?\"'“”‘’()[]{}"


def trimmed_phrase(text: str) -> str:
    """Selected text as a lexicon phrase: one-spaced, without edge punctuation,
    a leading `the` or a possessive `'s` (a lone final full stop goes too: `U.S.` stays)."""
    phrase = " ".join(text.split()).strip(EDGE_PUNCTUATION)
    if phrase.endswith(".") and phrase.count(".") == 1:
        phrase = phrase[:-1]
    for possessive in ("'s", "’s"):
        phrase = phrase.removesuffix(possessive)
    if phrase.lower().startswith("the ") and len(phrase) > 4:
        phrase = phrase[4:]
    return phrase.strip(EDGE_PUNCTUATION)


def guessed_subtype(phrase: str) -> str:
    """A first guess at an actor's subtype: lower-case words are a group."""
    return "group" if phrase and phrase == phrase.lower() else "institution"


def entry_from_form(phrase: str, kind: str, subtype: str, value: str) -> LexiconEntry:
    """The entry the form describes; ValueError with what to fix."""
    phrase = " ".join(phrase.split())
    value = " ".join(value.split())
    if not phrase:
        raise ValueError("Type the words to recognise (or select them first: v, then w).")
    words = len(phrase.split())
    if words > MAX_PHRASE_WORDS or len(phrase) > MAX_PHRASE_CHARS:
        raise ValueError(f"A lexicon phrase is a name or a term of at most {MAX_PHRASE_WORDS} "
                         f"words and {MAX_PHRASE_CHARS} characters; this one has {words} words.")
    if kind == "issue":
        if value not in TOPICS:
            raise ValueError("Choose the topic this phrase names.")
        return LexiconEntry(phrase, "issue", "add", "topic", value)
    if subtype not in ACTOR_SUBTYPES:
        raise ValueError("Choose what kind of actor this is.")
    if subtype in CODED_SUBTYPES:
        value = value.upper()
        if not (value == "EU" or (len(value) == 3 and value.isalpha())):
            raise ValueError("A country's value is its ISO alpha-3 code (USA, CHN) or EU.")
    return LexiconEntry(phrase, "actor", "add", subtype, value)


class AddToLexiconDialog(TakesEarlyKeys, ModalScreen[LexiconEntry | None]):
    """Phrase, kind, subtype and canonical value; dismisses with the entry (or None)."""

    DEFAULT_CSS = """
    AddToLexiconDialog .field-label {
        color: $text-muted;
        margin-top: 1;
    }
    AddToLexiconDialog #lexicon-kind {
        layout: horizontal;
        width: 100%;
    }
    AddToLexiconDialog.-issue #lexicon-value, AddToLexiconDialog.-issue #subtype-row {
        display: none;
    }
    AddToLexiconDialog #lexicon-topic {
        display: none;
    }
    AddToLexiconDialog.-issue #lexicon-topic {
        display: block;
    }
    AddToLexiconDialog #lexicon-topic > SelectOverlay {
        max-height: 5;  /* the list stays inside the dialog (it scrolls): not over its edge */
    }
    AddToLexiconDialog #subtype-row {
        height: auto;
    }
    AddToLexiconDialog .dialog-buttons {
        margin-top: 1;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, phrase: str = "") -> None:
        super().__init__()
        self.phrase = phrase

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="lexicon-dialog"):  # scrolls when short
            yield Label("Add to my lexicon", classes="dialog-title")
            yield Label("Phrase (any case, whole words, in every article)", classes="field-label")
            yield Input(self.phrase, placeholder="e.g. Geneva", id="lexicon-phrase")
            yield Label("Kind", classes="field-label")
            with RadioSet(id="lexicon-kind", compact=True):
                yield ChoiceButton("Actor", value=True, id="kind-actor")
                yield ChoiceButton("Issue", id="kind-issue")
            with Vertical(id="subtype-row"):
                yield Label("Subtype", classes="field-label")
                yield Select([(s, s) for s in ACTOR_SUBTYPES], value=guessed_subtype(self.phrase),
                             allow_blank=False, id="lexicon-subtype", compact=True)
            yield Label("Canonical value", classes="field-label", id="value-label")
            yield Input(placeholder="ISO code (USA) for countries; empty: the phrase",
                        id="lexicon-value")
            yield Select([(t, t) for t in TOPICS], prompt="Choose a topic", id="lexicon-topic",
                         compact=True)
            yield Static("", id="lexicon-error", classes="dialog-status", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add", variant="primary", id="add")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#lexicon-phrase", Input).focus()  # typing replaces the phrase at once

    @property
    def kind(self) -> str:
        return "issue" if self.query_one("#kind-issue", RadioButton).value else "actor"

    @on(RadioSet.Changed, "#lexicon-kind")
    def _kind_changed(self) -> None:
        self.set_class(self.kind == "issue", "-issue")

    @on(Input.Submitted)
    @on(Button.Pressed, "#add")
    def submit(self) -> None:
        try:
            entry = entry_from_form(
                self.query_one("#lexicon-phrase", Input).value,
                self.kind,
                str(self.query_one("#lexicon-subtype", Select).value),
                self._value(),
            )
        except ValueError as problem:
            error = self.query_one("#lexicon-error", Static)
            error.update(str(problem))
            error.add_class("-error")
            return
        self.dismiss(entry)

    def _value(self) -> str:
        """The canonical value: the topic chosen for an issue, else what is typed."""
        if self.kind == "actor":
            return self.query_one("#lexicon-value", Input).value
        topic = self.query_one("#lexicon-topic", Select).value
        return "" if topic is Select.NULL else str(topic)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
