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

__all__ = ["US_PRESIDENTS", "speaker_countries", "speaker_country"]

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


def speaker_countries(text: str, people: list[Found], titles: list[tuple[int, int]],
                      found: list[Found], starts: list[int]) -> dict[str, str]:
    """Surname -> the country code a person was introduced with (the first that says).
    `found`: the scanner's candidates by start, `starts` their starts."""
    title_at = {end: start for start, end in titles}
    out: dict[str, str] = {}
    for person in people:
        start = person.start
        title_start = title_at.get(start - 1, title_at.get(start - 2))
        if title_start is None or not text[start - 2:start].strip(" ") == text[start - 2:start - 1]:
            continue
        title = " ".join(text[title_start:start].split())
        if title == "Secretary":  # the lexicon's title: `[Commerce] Secretary`
            title = " ".join(text[max(0, title_start - 14):start].split()[-2:])
        surname = person.value.rsplit(None, 1)[-1]
        code = "USA" if title in _US_TITLES or title == "President" and surname in US_PRESIDENTS \
            else _country_before(text, title_start, found, starts)
        if code is not None:
            out.setdefault(surname, code)
    return out


def _country_before(text: str, at: int, found: list[Found], starts: list[int]) -> str | None:
    """The country (or its demonym) that opens the title at `at`, over a few capitalised
    words (`Australian Trade Minister`, `Canada's Deputy Prime Minister`)."""
    end = at
    for _ in range(_TITLE_WORDS_BEFORE + 1):
        while end > 0 and text[end - 1] in " \t\n":
            end -= 1
        for owner_end in (end, end - 2):  # `Canada's`
            k = bisect_left(starts, owner_end) - 1
            while k >= 0 and found[k].end > owner_end - 40:
                if found[k].end == owner_end and found[k].subtype in ("country", "metonym") \
                        and (owner_end == end or text[end - 2:end] in ("'s", "’s")):
                    return found[k].value
                k -= 1
        word_start = text.rfind(" ", max(0, end - 30), end) + 1
        if not text[word_start:end][:1].isupper():
            return None
        end = word_start
    return None


# the speaker right before a verb of saying, then what was said up to the phrase, with no
# word that turns to another government (`urged the government to`)
_SAYS = lazy(r"\b([A-Z][a-z'’-]+)(?:,[^,]{1,60},)?\s+(?:said|says|told|added|announced"
             r"|stated|noted|insisted|argued|warned)\b([^.;!?]{0,90})$")
_TURNS_TO_ANOTHER = lazy(r"\b(?:urg|ask|press|call|accus|critici[sz]|blam|demand|tell|told)"
                         r"\w*\b[^.;!?]*$")


def speaker_country(text: str, start: int, speakers: dict[str, str]) -> str | None:
    """The country of the person saying, in this sentence, what `the government` at
    `start` does, where the story introduced them with one; else None."""
    if not speakers:
        return None
    match = _SAYS.search(text, max(0, start - 160), start)
    if match is None or _TURNS_TO_ANOTHER.search(match.group(2)):
        return None
    return speakers.get(match.group(1))
