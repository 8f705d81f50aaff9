"""Administrations: `the Biden administration`, and `the administration` referring back;
`the government` (`parliament`, `cabinet`) of the story's country, or of the country
whose it is (`China's parliament`); and `the Community`, the European Community referred
back to by its short name, as `the Bank` and `the Fund` are the bank or fund named last
(`short_name_mentions`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from operator import itemgetter

from .datelines import dateline
from .lazy_regex import lazy
from ..sentences import TITLES
from .lexicon import Lexicon
from .lexmatch import ISSUED_AFTER, Found
from .normalize import fold_pattern
from .speakers import US_PRESIDENTS, Speakers, speaker_country

_NAME_BEFORE = lazy(r"([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(['’]s)?[ \t]*\n?[ \t]*$")
_THE_BEFORE = lazy(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Ii]ts)\s+"
                         r"(?:(?:new|incoming|outgoing|previous|current|last)\s+)?$")
_US_NEAR = 120  # characters: `The Administration asked Congress`, its sentence
_STAFF_AFTER = lazy(r"\s+(?:officials?|sources|spokes(?:man|woman|person)|aides?)\b")
# `its administration costs`, `that administration fee`: a firm's running costs
_NOT_THE_EXECUTIVE_AFTER = lazy(
    r"\s+(?:costs?|fees?|expenses?|charges?|buildings?|staff|overheads?|offices?)\b")
_NOT_NAMES = frozenset(  # capitalised words before `administration` that name no one
    "The This That Trade Its Their Our His Her Whose New Previous Current A An But And Or Yet"
    " So Meanwhile However Still When While After Before Since If Senior Top Former Some Many"
    " Several Other Key".split())


def _value(name: str) -> str:
    last = name.split()[-1]
    return "US executive" if last in US_PRESIDENTS else f"{name} administration"


def _named(text: str, start: int, end: int) -> Found | None:
    """`Biden administration` ending at `end`, the name just before `start`; after a
    possessive (`Trump's administration`) only the word."""
    match = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if not match:
        return None
    words = match.group(1).split()
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    if match.group(2):  # `Trump's administration`: the name is a person's mention of its own
        return Found(start, end, "actor", "government", _value(name),
                     "rule named administration", 2)
    name_start = text.index(words[0], match.start(1), start)
    return Found(name_start, end, "actor", "government", _value(name),
                 "rule named administration", 2)


def find_administrations(text: str, cues: list[tuple[str, int, int]],
                         us_seen_at: int | None) -> list[Found]:
    """Named administrations, and `the administration` (`this`/`his administration`,
    `administration officials`) after one, or after a US mention."""
    out: list[Found] = []
    last_value = None
    for cue, start, end in cues:
        if cue != "admin":
            continue
        named = _named(text, start, end)
        if named and text[start].isupper() and named.value != "US executive":
            continue  # `Food and Drug Administration`: a name, not a government
        if named:
            out.append(named)
            last_value = named.value
        elif (_THE_BEFORE.search(text, max(0, start - 20), start) or
              _STAFF_AFTER.match(text, end, end + 16)) and \
                not _NOT_THE_EXECUTIVE_AFTER.match(text, end, end + 16):
            if last_value is None and (us_seen_at is None or us_seen_at > end + _US_NEAR):
                continue  # no US mention before it, nor just after (`asked Congress`)
            out.append(Found(start, end, "actor", "government", last_value or "US executive",
                             "rule the administration", 1))
    return out


_VALUE = itemgetter(4)  # a Found's field, read at C speed
# Whose government a cue is when no country says: `the government`, `his government`,
# `Albanese's government` (the person a mention of its own), with a word of its kind
# between (`the Conservative government`, `Albanese's Labor government`); not `the Reagan
# (or Ontario) government`. A party or standing (`federal`, `caretaker`) is part of the
# name (`the [federal government]`), an age (`the new government`) is not.
_KINDS_SPANNED = frozenset(  # part of the government's name
    "Conservative Labour Labor Liberal Socialist Communist Federal federal Coalition coalition"
    " Military military Interim interim Transitional transitional Nationalist Democratic"
    " Republican Caretaker caretaker Central central".split())
_KINDS_AGED = frozenset(  # not part of it
    "National Minority Majority New Current Previous new current previous".split())
_NOT_OWNERS = frozenset(  # `Monday's government statement`, `Today's government`
    "January February March April May June July August September October November December"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Year".split())


def _owner_lead(text: str, start: int) -> tuple[int | None, bool] | None:
    """What goes before a government cue at `start` that makes it a government with no
    country named: (where a party or standing word opens the name, or None; whether the
    owner is a leader: `his`, `her`, `Albanese's`), or None (`the Reagan government`).
    Read from the last words before it (cheaper than a pattern searched back)."""
    tail = text[max(0, start - 40):start]
    if not tail[-1:].isspace():
        return None
    words = tail.split()
    if not words:
        return None
    kind_start = None
    last = words[-1]
    if last in _KINDS_SPANNED or last in _KINDS_AGED:
        if last in _KINDS_SPANNED:
            kind_start = start - len(tail) + tail.rindex(last)
        if len(words) < 2:
            return None
        last = words[-2]
    last = last.lstrip(_OPENERS)  # `"The government ...`
    if last == "the" or last == "The":
        return kind_start, False
    if last in ("his", "His", "her", "Her") or _owner_name(last):
        return kind_start, True
    return None


_OPENERS = "\"'“‘([-—"  # quotes, brackets and dashes a sentence may open with


def _owner_name(word: str) -> bool:
    """A capitalised name with a possessive (`Albanese's`), not a day's or month's."""
    name = word[:-2]
    return word[-2:] in ("'s", "’s") and len(name) > 1 and name.isascii() and \
        name[0].isupper() and name[1:].isalpha() and name[1:].islower() and name not in _NOT_OWNERS


_POSSESSIVE = frozenset({"'s ", "’s ", "'s\n", "’s\n"})
_BODIES = {
    ("USA", "government"): "US executive", ("USA", "cabinet"): "US executive",
    ("USA", "parliament"): "US Congress", ("CHN", "parliament"): "China NPC",
    ("JPN", "parliament"): "Japanese Diet",
}


def find_governments(text: str, cues: list[tuple[str, int, int]], found: list[Found],
                     starts: list[int], lexicon: Lexicon,
                     speakers: Speakers | None = None,
                     people: dict[str, str] | None = None) -> list[Found]:
    """`the government` / `China's parliament` / `parliament` (the one word that needs
    no `the`: seldom a modifier): a government mention whose country is the possessive
    one before it, or the one after it (`the government of Canada`, one mention), else
    the story's most mentioned country (none: no mention). `found`: the scanner's
    candidates, by start (names it is part of), and `starts` their starts. A text of
    100,000 characters or more is no one story: there the country is the nearest one
    named before. `speakers`: the countries people were introduced with: the government
    a speaker says something of is theirs. `people`: the people the article names and
    the leaders the rules know (surnames to the fullest names): `the Yoon government`,
    `the Kishida cabinet` is that leader's, one mention (no country needed)."""
    out: list[Found] = []
    story: str | None = None
    european_at: int | None = None  # where the story names the European Parliament
    # a comprehension: a str.__eq__ wrapper mapped over the cues costs three times more
    for _cue, start, end in [cue for cue in cues if cue[0] == "gov"]:
        if ISSUED_AFTER.match(text, end):  # `the government bond market`
            continue
        k = bisect_right(starts, start) - 1
        if k >= 0 and found[k][1] > start:
            continue  # inside a name: `Japanese government`
        word = text[start:end].lower()
        owner = possessor(text, start, found[k]) if k >= 0 else None
        lead = _owner_lead(text, start) if owner is None else None
        if owner is None and lead is None and people and word != "parliament":
            leader = _leader_before(text, start, people)
            if leader is not None:
                out.append(Found(leader[0], end, "actor", "government",
                                 _leaders_body(leader[1], word, people, speakers, lexicon),
                                 f"rule named {word}", 2))
                continue
        if lead is not None and lead[0] is not None:
            start = lead[0]  # `the [federal government]`
            owner = possessor(text, start, found[k]) if k >= 0 else None  # `Canada's Liberal`
        if owner is None and (text[start] in "pP" and not _NAME_GOES_ON.match(text, end) or
                              lead is not None):
            of = _of_country(text, end, found, k + 1)
            if of is not None:  # `the government of Canada`: one mention, Canada's
                end, owner = of[1], of[4]
            elif word == "parliament" and 0 <= (european_at := _found_at(
                    text, "European Parliament", european_at)) < start:
                out.append(Found(start, end, "actor", "government", "European Parliament",
                                 "rule the parliament", 1))  # named before: that one
                continue
            elif (said := speaker_country(text, start, end, speakers)) is not None:
                owner = said  # `Farrell said the government would ...`: Australia's
            elif lead is not None and lead[1] and \
                    (led := _leader_country(text, start, found, k)) is not None:
                owner = led  # `Philippines President Corazon Aquino ... her government`
            elif (local := _local_country(text, start, found, k, lexicon)) is not None:
                owner = local
            elif len(text) >= STORY_SIZE:
                owner = _nearest_country(found, k)
            else:
                if story is None:
                    story = _dateline_country(text, found, lexicon) or \
                        _story_country(found, lexicon.short_names)
                owner = story
        if owner:
            value = _BODIES.get((owner, word)) or lexicon.body_name(owner, word)
            out.append(Found(start, end, "actor", "government", value, f"rule the {word}", 1))
    return out


STORY_SIZE = 100_000
_LEADER_BEFORE = lazy(r"\b[Tt]he[ \t\n]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t\n]+$")


def _leader_before(text: str, start: int, people: dict[str, str]) -> tuple[int, str] | None:
    """(where the name starts, the name as written) when `the` and a person the article
    names go right before the cue at `start` (`the Yoon government`: the surname, or
    the full name, `the Yoon Suk Yeol government`); else None (`the Ontario government`)."""
    match = _LEADER_BEFORE.search(text, max(0, start - 50), start)
    if match is None:
        return None
    name = match.group(1)
    if name in people or name in people.values():
        return match.start(1), name
    return None


_PRESIDENTS_GIVEN = frozenset(  # the given names of the US presidents of `US_PRESIDENTS`
    "Joe Joseph Donald Barack George Bill William Ronald Jimmy Gerald Richard Lyndon John"
    " Dwight Harry Franklin".split())


def _leaders_body(name: str, word: str, people: dict[str, str], speakers: Speakers | None,
                  lexicon: Lexicon) -> str:
    """The value of `the Yoon government`: the government of the country the leader was
    introduced with (`South Korean President Yoon Suk Yeol`: `South Korean government`;
    a US president's: `US executive`), else the words as written (`Yoon government`)."""
    full = people.get(name, name)  # (`Speakers` knows people by their names' last word)
    surname = full.rsplit(None, 1)[-1]
    if surname in US_PRESIDENTS and word == "government" and \
            (full == surname or full.split()[0] in _PRESIDENTS_GIVEN):
        return "US executive"  # `the Reagan government`, Ronald Reagan's (not Doug Ford's)
    country = speakers.country(surname) if speakers is not None else None
    return lexicon.body_name(country, word) if country else f"{name} {word}"


def _local_country(text: str, start: int, found: list[Found], k: int,
                   lexicon: Lexicon) -> str | None:
    """The country whose government the sentence at `start` tells of, where it says:
    the paragraph opens in that country or its capital (`In Tokyo, the top government
    spokesman said the government would ...`, `In Britain, where the government is
    angered`), or the sentence opens with the country (`British Prime Minister Boris
    Johnson told parliament`, `Australia agreed ... after Beijing committed ..., the
    government said`; not `Unlike the United States, the French economy lags`). None: it
    does not say. `found[k]` is the last candidate before `start`."""
    place = paragraph_place(text, start, lexicon)
    if place is not None:
        return place
    paragraph = text.rfind("\n", 0, start) + 1
    stop = text.rfind(". ", paragraph, start)
    sentence = stop + 2 if stop >= 0 else paragraph
    opening = _OPENS_WITH.match(text, sentence, start)
    while k >= 0 and found[k][0] > opening.end():
        k -= 1
    if k >= 0 and found[k][0] == opening.end() and found[k][3] in ("country", "metonym") \
            and found[k][4] != "EU":
        return found[k][4]
    return None


def _leader_country(text: str, at: int, found: list[Found], k: int) -> str | None:
    """Whose `his`/`her`/`Lula's government` at `at` is: the country of a leader named with
    it in the same sentence (`... meet Philippines President Corazon Aquino to show
    continued U.S. support for her government`), else the country named last before it in
    its paragraph (`... that Germany would do everything it could. On Tuesday her
    government ...`). None: neither. `found[k]` is the last candidate before `at`."""
    sentence = _sentence_start(text, at)
    paragraph = max(text.rfind("\n\n", 0, at), text.rfind("\n ", 0, at)) + 1
    nearest = None
    for i in range(k, -1, -1):
        f = found[i]
        if f[0] < paragraph:
            break
        if f[3] not in ("country", "metonym") or f[4] == "EU":
            continue
        if f[0] >= sentence and _LEADER_AFTER.match(text, f[1]):
            return f[4]
        if nearest is None:
            nearest = f[4]
    return nearest


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts (after the last full stop before it that
    no abbreviation such as `U.S.` or `Mr.` ends), within `_SENTENCE_REACH` characters."""
    floor = max(0, at - _SENTENCE_REACH)
    for match in reversed(list(_SENTENCE_END.finditer(text, floor, at))):
        word = text[max(floor, text.rfind(" ", floor, match.start()) + 1):match.start()]
        if "." not in word and word.lower() not in TITLES:
            return match.end()
    return floor


_SENTENCE_REACH = 400
_SENTENCE_END = lazy(r"[.!?][\"”’]?\s+(?=[\"“]?[A-Z])")
_LEADER_AFTER = lazy(r"(?:['’]s)?[ \t\n]+(?:(?:then|former|outgoing|new)[ \t\n]+)?"
                           r"(?:President|Prime[ \t\n]+Minister|Premier|Chancellor|King|Emperor)\b")


def paragraph_place(text: str, at: int, lexicon: Lexicon) -> str | None:
    """The country whose name or capital opens the paragraph at `at` (`In Tokyo, ...`,
    `In Britain, where ...`): the paragraph is told from there. None: no such opening
    (or the EU's, which has no government)."""
    paragraph = text.rfind("\n", 0, at) + 1
    city = _IN_CITY.match(text, paragraph, at)
    if city is None:
        return None
    entry = lexicon.by_pattern.get(fold_pattern(city.group(1)))
    if entry is not None and entry.subtype in ("country", "metonym") and entry.value != "EU":
        return entry.value
    return None


_IN_CITY = lazy(r"[ \t]*In[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),")
_OPENS_WITH = lazy(r"\s*(?:The\s+)?")  # what may go before the country a sentence opens with


def _found_at(text: str, name: str, known: int | None) -> int:
    """Where `name` first is in `text` (-1: nowhere); `known` when already looked up
    (one search, not one per cue)."""
    return text.find(name) if known is None else known


_NAME_GOES_ON = lazy(r"[ \t]+[A-Z]")  # `Parliament Street`, `Parliament Hill`: a place


def _nearest_country(found: list[Found], k: int) -> str:
    """The country of the last country or metonym mention at or before `found[k]`
    (looking back 200 candidates at most)."""
    for i in range(k, max(-1, k - 200), -1):
        if found[i][3] in ("country", "metonym"):
            return found[i][4]
    return ""


def _of_country(text: str, end: int, found: list[Found], k: int) -> Found | None:
    """The country of `of Canada` right after `end` (`found[k]` the first candidate
    after it), if there is one."""
    if k < len(found) and found[k][3] == "country" and text[end:found[k][0]] in _OF:
        return found[k]
    return None


_OF = frozenset({" of ", " of\n", "\nof "})


def possessor(text: str, start: int, before: Found) -> str | None:
    """The country of `China's` just before `start`, if `before` is that."""
    if before[3] in ("country", "metonym") and text[before[1]:start] in _POSSESSIVE:
        return before[4]
    return None


def _dateline_country(text: str, found: list[Found], lexicon: Lexicon) -> str | None:
    """The country whose capital the story's dateline names first (`NEW DELHI -`,
    `TOKYO/SEOUL, July 8 -`, `DATELINE: TAIPEI, April 21 -`), when it is not the US (whose
    government a story calls `the administration`) and the story names it too: a
    correspondent there writes of its government as `the government`."""
    match = dateline(text)
    if match is None:
        return None
    entry = lexicon.by_pattern.get(fold_pattern(match.group("city")))
    if entry is None or entry.subtype != "metonym" or entry.value in ("USA", "EU"):
        return None
    code = entry.value
    return code if any(f[4] == code and f[3] in ("country", "metonym") for f in found) else None



def _story_country(found: list[Found], codes: dict[str, str]) -> str:
    """The most mentioned country but the US (the first of equals; the EU has no
    government); the US only when named 2.5 times as often as it, or alone. US stories
    call their government `the administration`: `the government` in a story about
    Taiwan's trade with the US is Taiwan's (on Reuters this picks the right one in 17 of
    the 19 stories where it differs from the plain majority)."""
    counts = Counter(map(_VALUE, found))  # counted in C; then only the country codes
    counts = Counter({code: n for code, n in counts.items() if code in codes and code != "EU"})
    us = counts.pop("USA", 0)
    if not counts:
        return "USA" if us else ""
    other, times = counts.most_common(1)[0]
    return "USA" if us >= 2.5 * times else other


# `the Community` of a story about the European Community: not `the Community Party`,
# `the Community of Sant'Egidio`, `the Caribbean Community` (a name: no `the` before it).
# The words come as the lexicon's `short` cues, found in its one pass: a pattern, or
# `str.find`, would read the whole text again for each word.
_SHORT_NAMES = frozenset({"Community", "community", "Bank", "Fund"})
_THE_BEFORE_NAME = lazy(r"\b[Tt]he[ \t\n]+$")
_NO_NAME_AFTER = lazy(r"(?!\w)(?![ \t\n]+(?:of\b|[A-Z]))")
# `Community sources said`, `the 12-nation Community`, not `the Atlantic Community`: no
# capitalised word but `The` before it inside a sentence
_NAME_WORD_BEFORE = lazy(r"(?<![.!?\"])[ \t\n]+(?!The\b)[A-Z][\w'-]*[ \t\n]+$")
_EUROPEAN_COMMUNITY = lazy(r"European[ \t\n]+(?:Economic[ \t\n]+)?Communit")
_EC = lazy(r"E\.?C\b")


def short_name_mentions(text: str, short: list[tuple[str, int, int]], main: list[Found],
                        starts: list[int]) -> list[Found]:
    """`the Community` as the European Community, in a story that names it; `the Bank`
    and `the Fund` as the bank or fund the story named last before them (`the World
    Bank` ... `the new head of the Bank`; `the IMF` ... `the Fund forecasts`).

    `short`: the lexicon's `short` cues (`Community`, `community`, `Bank`, `Fund` as
    written); `main`: its mentions in text order, `starts` their starts.
    """
    out: list[Found] = []
    names_the_ec = None
    for _cue, at, end in short:
        word = text[at:end]
        if not _short_name_here(text, word, at, end):
            continue
        if word in ("Community", "community"):
            if names_the_ec is None:
                names_the_ec = _names_the_ec(text)
            if names_the_ec:
                out.append(Found(at, end, "actor", "country", "EU", "rule the Community", 1))
            continue
        named = _named_last(text, main, bisect_left(starts, at), word)
        if named is not None:
            out.append(Found(at, end, "actor", "institution", named.value, f"rule the {word}", 1))
    return out


def _short_name_here(text: str, word: str, at: int, end: int) -> bool:
    """Whether `word` at `at` stands alone as a short name: no name goes on after it, and
    `the` goes before it, or, capitalised, no other name word does (`Community sources
    said`, `overall Bank lending`; not `the Atlantic Community`). `the community` in lower
    case is the EC too (`the community would retaliate`; not `the business community`)."""
    if word not in _SHORT_NAMES or not _NO_NAME_AFTER.match(text, end):
        return False  # `COMMUNITY` (a headline's), `the Bank of Japan`
    if _THE_BEFORE_NAME.search(text, max(0, at - 8), at):
        return True
    return word[0].isupper() and not _NAME_WORD_BEFORE.search(text, max(0, at - 30), at)


def _named_last(text: str, main: list[Found], before: int, word: str) -> Found | None:
    """The last institution among `main[:before]` (within 200 mentions) whose name has
    `word` (the IMF's acronym stands for a Fund)."""
    for found in reversed(main[max(0, before - 200):before]):
        if found.subtype == "institution" and (
                word in text[found.start:found.end] or word == "Fund" and found.value == "IMF"):
            return found
    return None


def _names_the_ec(text: str) -> bool:
    """Whether `text` names the European Community (EC, EEC, European Economic Community)."""
    if "EEC" in text or "E.E.C." in text or _EUROPEAN_COMMUNITY.search(text):
        return True
    return any(not text[m.start() - 1:m.start()].isalpha() for m in _EC.finditer(text))
