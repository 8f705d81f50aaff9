"""Whose government a speaker means: `Farrell said the government would keep pressing
Beijing` is Australia's when the story introduced `Australian Trade Minister Don
Farrell`, whatever country the story names most.

A person's country is the one that opens their title (`Australian Trade Minister Don
Farrell`, `Canada's Prime Minister Justin Trudeau`, `U.S. Commerce Secretary Malcolm
Baldrige`), a US cabinet title (`Commerce Secretary Malcolm Baldrige`, `Secretary of
State ...`, `Trade Representative ...`) or a US president's (`President Reagan`). The
government a sentence speaks of is that person's when the person is the one saying
(`Farrell said the government would ...`, `Trudeau told reporters that his government
...`), not one who asks another government for something (`... urged the government to`).
"""

from __future__ import annotations

from bisect import bisect_left

from .lazy_regex import lazy
from .lexmatch import Found

__all__ = ["US_PRESIDENTS", "Speakers", "speaker_country"]

US_PRESIDENTS = frozenset(
    "Biden Trump Obama Bush Clinton Reagan Carter Ford Nixon Johnson Kennedy Eisenhower "
    "Truman Roosevelt".split()
)

_US_TITLES = frozenset(
    "Commerce Secretary|Treasury Secretary|Agriculture Secretary|Defense Secretary|Labor "
    "Secretary|Energy Secretary|Secretary of State|Secretary of Commerce|Secretary of the "
    "Treasury|Secretary of Agriculture|Trade Representative|Special Trade Representative"
    .split("|"))
_TITLE_WORDS_BEFORE = 3  # capitalised words between a country and its title: `Trade`, `Deputy`


class Speakers:
    """The countries people were introduced with, worked out for a surname when first
    asked (`the government` seldom needs one: no pass over every person up front)."""

    def __init__(self, text: str, people: list[Found], titles: list[tuple[int, int]],
                 found: list[Found], starts: list[int], cues: list[tuple[str, int, int]]) -> None:
        self._text, self._people, self._titles = text, people, titles
        self._found, self._starts, self._cues = found, starts, cues
        self._by_surname: dict[str, list[Found]] | None = None
        self._title_at: dict[int, int] = {}
        self._known: dict[str, str | None] = {}
        self._verbs: list[tuple[int, int]] | None = None  # the scanner's verbs of saying

    def last_verb(self, low: int, start: int) -> tuple[int, int] | None:
        """(start, end) of the last verb of saying (the lexicon's `verb` cues: `said`,
        `told`, ...) in `[low, start)`, or None."""
        if self._verbs is None:
            self._verbs = sorted((at, end) for cue, at, end in self._cues if cue == "verb")
        k = bisect_left(self._verbs, (start,)) - 1
        return self._verbs[k] if k >= 0 and self._verbs[k][0] >= low else None

    def country(self, surname: str) -> str | None:
        """The country code the first person of that surname with one was introduced with."""
        if surname not in self._known:
            self._known[surname] = self._find(surname)
        return self._known[surname]

    def _find(self, surname: str) -> str | None:
        if self._by_surname is None:  # the people right after a title, by surname
            title_at = self._title_at = {end: start for start, end in self._titles}
            self._by_surname = {}
            for person in self._people:
                if person[0] - 1 in title_at:
                    self._by_surname.setdefault(person[4].rsplit(None, 1)[-1], []).append(person)
        text = self._text
        for person in self._by_surname.get(surname, ()):
            start = person.start
            title_start = self._title_at[start - 1]
            title = " ".join(text[title_start:start].split())
            if title == "Secretary":  # the lexicon's title: `[Commerce] Secretary`
                title = " ".join(text[max(0, title_start - 14):start].split()[-2:])
            code = _country_before(text, title_start, self._found, self._starts)
            if code is not None:  # (first: `Philippine Agriculture Secretary William Dar`)
                return code
            if title in _US_TITLES or title == "President" and surname in US_PRESIDENTS:
                return "USA"
        return None


def _country_before(text: str, at: int, found: list[Found], starts: list[int]) -> str | None:
    """The country (or its demonym) that opens the title at `at`, over a few capitalised
    words (`Australian Trade Minister`, `Canada's Deputy Prime Minister`)."""
    end = at
    for _ in range(_TITLE_WORDS_BEFORE + 1):
        while end > 0 and text[end - 1] in " \t\n":
            end -= 1
        owner_end = end - 2 if text[end - 2:end] in ("'s", "’s") else end  # `Canada's`
        k = bisect_left(starts, owner_end) - 1  # the last candidate starting before it
        if k >= 0:
            country = found[k]
            if country[1] == owner_end and country[3] in ("country", "metonym"):
                return country[4]
        word_start = text.rfind(" ", max(0, end - 30), end) + 1
        if not text[word_start:end][:1].isupper():
            return None
        end = word_start
    return None


_NAME_WORD = lazy(r"[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*")  # `Farrell`, `LeBlanc`, `O'Neil`
# what was said turns to another government (`urged the government to`)
_TURNS_TO_ANOTHER = lazy(r"\b(?:urg|ask|press|call|accus|critici[sz]|blam|demand|tell|told)")
_SAID_REACH = 90  # characters from the verb of saying to the phrase
_APPOSITION = 60  # characters of `, the trade minister,` between a speaker and the verb


def _speaker_before(text: str, at: int) -> str | None:
    """The capitalised word right before `at` (or before an apposition set off by commas:
    `Farrell, the trade minister, said`): the speaker's surname, maybe."""
    before = text[max(0, at - 80):at].rstrip()
    if before.endswith(","):
        comma = before.rfind(",", 0, len(before) - 1)
        if comma < 0 or len(before) - comma > _APPOSITION + 2:
            return None
        before = before[:comma].rstrip()
    words = before.rsplit(None, 1)
    word = words[-1] if words else ""
    return word if _NAME_WORD.fullmatch(word) else None


def speaker_country(text: str, start: int, end: int, speakers: Speakers | None) -> str | None:
    """The country of the person saying, in this sentence, what `the government` at
    `text[start:end]` does, where the story introduced them with one; else None."""
    if speakers is None:
        return None
    verb = speakers.last_verb(max(0, start - _SAID_REACH), start)
    if verb is None:
        return None
    said = text[verb[1]:start]
    if "." in said or ";" in said or "?" in said or "!" in said or _TURNS_TO_ANOTHER.search(said):
        return None
    if _NAMED_BETWEEN.search(said) or _PLACED_AFTER.match(text, end):
        return None  # `said that in China, the government ...`, `... meet President Ferdinand
        # Marcos to show support for his government`, `the government in Beijing`: another's
    speaker = _speaker_before(text, verb[0])
    return speakers.country(speaker) if speaker is not None else None


# a capitalised word between what was said and the phrase: another country or person may
# own the government (`said the Chinese had assured him the government ...`)
_NAMED_BETWEEN = lazy(r"(?<![.!?]\s)\b[A-Z][a-z]")
# the government placed after the phrase: `the government in Beijing`, `the government there`
_PLACED_AFTER = lazy(r"\s+(?:(?:in|of)\s+[A-Z]|there\b)")
