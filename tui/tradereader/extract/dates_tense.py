"""The tense around a date phrase: does its clause speak of the past or the future?

A bare month, weekday or quarter (`Thursday`, `June`, `the second quarter`) resolves
to the nearest such date, the past preferred unless the verb is future. The verb
right before the phrase settles it (`officials said Tuesday`, `the ministers met on
Thursday`, `since March`, `will meet Friday`); otherwise any future cue in the
clause (will, scheduled, expected...) makes it future, any past one (was, had,
ended...) past, weakly: a month or quarter much nearer ahead than behind stays ahead.
A past verb governing the date a few words back (`closed her shop in February`), or
with a short object before a bare date (`reported results Tuesday`), wins over cues
elsewhere; a plan in the past perfect (`had been due to expire Friday`) is no future
statement, a passive infinitive (`is hoped to be presented in October`) is one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..sentences import TITLES
from .dates_values import WEAK_PAST

_PLAN_WORDS = frozenset(
    "plan plans planned planning expect expects intend intends aim aims hope hopes want wants"
    " seek seeks set slated poised going".split())  # future cues only before `to`/`for`: `expects to submit it Friday`
_PRESENT_PLANS = frozenset(  # a plan told in the present (not `planned to`: it may be over)
    "plan plans intend intends aim aims hope hopes want wants expect expects seek seeks".split())
_FUTURE_CUES = frozenset(
    "will would shall 'll scheduled expected due plans plan planned planning next payable"
    " expire expires until soon effective upcoming leaves arrives begins starts opens meets"
    " visits returns resumes travels heads".split()) | _PLAN_WORDS  # `who leaves for Moscow on Tuesday`
_PAST_CUES = frozenset("since ago was were had did ended last".split())
_SCHEDULE_VERBS = frozenset(
    "meets votes decides convenes leaves arrives begins starts opens resumes returns travels"
    " visits heads hosts expires ends closes launches reopens plays".split())  # scheduled
# the same verbs with a plural subject (`banks reopen Thursday`); after did/not: behind
_SCHEDULE_PLURAL = frozenset(
    "meet vote decide convene leave arrive begin start open resume return travel visit head"
    " host expire end close launch reopen play".split())
_FUTURE_VERBS = frozenset("will shall would may might could should must can".split())
# past verbs whose infinitive tells what then happened, not a plan
_CAUSED = frozenset("prompted forced caused compelled spurred".split())
_CAUSING = frozenset("prompting forcing causing compelling spurring".split())
_PAST_VERBS = frozenset(
    "was were had did said told announced reported added disclosed ended rose fell met made"
    " took came went began saw held left won lost sold bought grew paid spent gave got ran"
    " hit kept led struck sent brought thought fought stood spoke wrote broke chose flew"
    " drew became shut quit found felt heard knew sank slid sought swept tore threw withdrew"
    " agreed signed voted approved rejected reached died killed arrested brought caught taught"
    " dealt felt fled forgot forgave froze hid hung laid lay lent lit meant paid rode rose"
    " shook shot showed sang sat slept spun split spread stole stuck stung swore swung"
    " told underwent upheld won wound".split())
_NOT_PAST = frozenset(
    "need speed feed proceed exceed succeed indeed red bed seed hundred based bred shed fed"
    " wed breed creed weed embed scheduled expected planned due extended delayed"
    " postponed adjourned moved pushed set deferred united limited".split())
_TAKE_EFFECT = {"take": True, "takes": True, "come": True, "comes": True, "enter": True,
                "enters": True, "took": False, "came": False, "entered": False, "taken": None}
_NOT_PRESENT = frozenset("to the a an their its his her our".split())  # `to meet`, `the end`
_SKIP = frozenset("on in at during late early earlier later again".split())  # between a verb and its date
def _is_clock_word(word: str) -> bool:
    """A word of a clock time (`10`, `a.m.`, `(10:00`, `gmt)`, `noon`)."""
    return (word[:1] in _CLOCK_FIRST or word.rstrip(",)") in _CLOCK_NAMES) \
        and _CLOCK_WORD.fullmatch(word) is not None


_CLOCK_FIRST = frozenset("0123456789(")
_CLOCK_NAMES = frozenset("a.m. p.m. am pm a.m p.m noon midnight gmt utc et est edt ct cst cdt mt"
                         " mst mdt pt pst pdt local time".split())
_CLOCK_WORD = re.compile(  # a word of a clock time (`10`, `a.m.`, `(10:00`, `gmt)`)
    r"\(?(?:\d{1,2}(?:[:.]\d\d)?|[ap]\.?m\.?|noon|midnight|gmt|utc|[ecmp][sd]?t|local|time)\)?,?")
_BE_TO = r"\b(?:is|are)\s+to\s+[a-z]+\b"  # `is to resume`: a plan
_REACH_LEFT = 80
_REACH_RIGHT = 25
_VERB_REACH = 10  # words after the phrase its verb may stand within (past a long subject:
_VERB_REACH_CHARS = 110  # `On Tuesday, the National Farmers Union plans to ...`)
_FRONTED_REACH = 25  # the same for a phrase set off by a comma, which a clause of its own
_FRONTED_REACH_CHARS = 220  # may follow (`In January, a week after the ruling, a bomb killed`)


def is_future(text: str, low: str, start: int, end: int,
              verbs: bool = False) -> bool | str | None:
    """Whether the clause around [start, end) of the text (`low`: lower-cased) speaks of
    the future (True), of the past (False; WEAK_PAST: a past cue elsewhere in the clause)
    or gives no sign (None). `verbs`: any past verb before the phrase is a past cue too
    (`rushed to withdraw cash over the weekend`)."""
    begin = max(0, start - _REACH_LEFT)
    dot = low.rfind(". ", begin, start)  # the sentence starts after it
    if dot > begin + 2 and (low.endswith(_CLOCK_ENDS, begin, dot) or text[dot + 2].islower()):
        dot = _sentence_end_before(text, low, begin, dot)
    left = low[dot + 1 if dot >= 0 else begin:start]
    if "\u201d " in left or '" ' in left:  # the sentence starts after a closing quote too,
        # and a quote closed by a comma is what was said (`"... it will open markets," Kantor
        # told reporters on Wednesday night`): its tense is not the date's
        left = left[max(max(left.rfind(f"{stop}{mark} ") for stop in ".,?!" for mark in
                            ("\u201d", '"')) + 2, 0):]
    if ", " in left and any(verb in left for verb in (" said ", " told ")):
        left = _from_reporting_verb(left)
    before = left.split()
    if "had " in left and _was_planned(left):
        return WEAK_PAST
    verb = _adjacent_verb(before)
    if verb is not None:
        return verb
    if len(before) <= 2 or _subject_only(before):  # `On Friday, the ministers agreed`
        fronted = low.startswith(",", end)  # `In January, a week after ..., a bomb killed`
        reach = _FRONTED_REACH_CHARS if fronted else _VERB_REACH_CHARS
        after = low[end:end + reach]
        if ". " in after:
            after = low[end:_sentence_end_after(text, low, end, end + reach)]
        verb = _following_verb(after.split(), _FRONTED_REACH if fronted else _VERB_REACH)
        if verb is not None:
            return verb
    right = low[end:end + _REACH_RIGHT]
    if ". " in right:
        right = low[end:_sentence_end_after(text, low, end, end + _REACH_RIGHT)]
    right = _before_reporting(right)  # `on Saturday, Reagan said he would`: not the date's clause
    if " that " in right:  # `told ambassadors on Monday that he would`: what was told
        right = right[:right.index(" that ")]
    words = before + right.split()
    if before and before[-1] in _GOVERNING_PREPOSITIONS and ("ed " in left[-_GOVERN_CHARS:] or not
                                                         _LEXICAL_PAST.isdisjoint(before)) and \
            _governing_past(before):  # before any cue elsewhere: `imposed in May would stay`
        return False
    if "," in left and _past_stretch(left[left.rfind(",") + 1:].split(), right):
        return False  # `The measures, announced on Tuesday, will lift`: not the `will`'s
    if "'ll" in left or "'ll" in right:
        return True
    if ("is to " in left or "are to " in left) and re.search(_BE_TO, left):
        return True  # `is to resume trading in Paris Tuesday`: a plan
    if "to be " in left and _rx_to_be().search(left) is not None:
        return True  # `is hoped to be presented to Congress in October`: still to happen
    if _since_before(before):
        return False  # `since returning to the White House in January`
    if _they_meet(words):
        return True  # `when they meet in South Korea on Thursday`
    if not _FUTURE_CUES.isdisjoint(words):
        cues = _FUTURE_CUES.intersection(words)
        if "next" in cues and _next_to_only(words):
            cues = cues - {"next"}  # `next to the embassy`: a place
        if not cues.isdisjoint(_SCHEDULE_VERBS):
            cues = cues - _nouns_only(words, cues & _SCHEDULE_VERBS)  # `a series of visits`
        if cues and not cues <= _PLAN_WORDS or any(re.search(rf"\b{cue}\s+(?:\S+\s+){{0,2}}?(?:to|for)\s",
                                                    f"{left} {right} ") for cue in cues):
            return True  # `plans to`, `expect earnings to rise`; not `announced the plan`
    if not _PAST_CUES.isdisjoint(words) or verbs and _past_verb_in(before):
        return WEAK_PAST  # a past cue (`verbs`: or a past verb) in the clause
    return True if before and before[-1] == "by" else None  # a deadline: `by February`


def _from_reporting_verb(left: str) -> str:
    """`left` from its last verb of saying that closes what was said before it (`... will
    drop to 24.5%, Caputo said in a message on social media on [Sunday]`): the phrase is
    the saying's, the tense of what was said is not its own."""
    starts = [said.start(1) for said in _SAID_AFTER_CLAUSE.finditer(left)]
    if not starts or "," in left[starts[-1]:]:
        return left  # none, or set off by commas (`will resume, officials told Reuters, on`)
    return left[starts[-1]:]


# a verb of saying after a comma and its subject (one to four words): `, Caputo said `
_SAID_AFTER_CLAUSE = re.compile(r",\s+(?:[^\s,]+\s+){1,4}?(said|told)\s")


def _before_reporting(right: str) -> str:
    """The words after a phrase up to a verb of saying that heads the sentence's main clause
    (`on Saturday, Reagan said he would ...`): what follows it is the reported clause, whose
    tense is not the date's. A parenthetical one (`officials said,`) is passed over."""
    words = right.split()
    heads = [index for index, word in enumerate(words) if word in _REPORTING]  # not `said,`
    return " ".join(words[:heads[0] + 1]) if heads else right


@lru_cache(maxsize=1)
def _rx_to_be():
    """A passive infinitive told in the present, its participle within the last few
    words (`is hoped to be presented to Congress in`), not one told in the past (`was
    hoped to be presented`, `happened to be anchored`)."""
    return re.compile(r"\b(?:is|are|am)\s+(?:[a-z]+\s+){1,2}to\s+be\s+[a-z]+(?:ed|en|wn|ld|nt|ne)\b"
                      r"(?:\s+\S+){0,4}\s*$")


def _subject_only(before: list[str]) -> bool:
    """A short opening that is a subject and a preposition, no verb (`The U.S. in July
    proposed`): the verb after the phrase is the clause's, as when the phrase opens it."""
    return len(before) <= 4 and before[0] in _NOUN_STARTS and before[-1] in _SKIP and not any(
        word in _FUTURE_VERBS or word in _PAST_VERBS or word in _PASSIVE
        or word.endswith(("ed", "ing")) for word in before)


def _next_to_only(words: list[str]) -> bool:
    """Whether every `next` among the words is `next to` (beside, not a time)."""
    return all(words[i + 1:i + 2] == ["to"] for i, word in enumerate(words) if word == "next")


def _sentence_end_before(text: str, low: str, begin: int, dot: int) -> int:
    """The last ". " before the one at `dot` that ends a sentence, or -1: not one of a
    clock time (`will resume at 10 a.m. on Thursday`) nor an abbreviation a word in lower
    case follows (`talks with the U.S. on Tuesday`). One a capital follows (`the U.S.
    The`) still ends the sentence: wire copy often drops a sentence's full stop there."""
    while dot > begin + 2 and (low.endswith(_CLOCK_ENDS, begin, dot) or text[dot + 2].islower()
                               or _title_before(low, dot)):
        dot = low.rfind(". ", begin, dot)
    return dot


def _sentence_end_after(text: str, low: str, end: int, stop: int) -> int:
    """Where the sentence after `end` ends within `stop`: its first ". " that no word in
    lower case follows (`On Tuesday, U.S. officials will meet`), else `stop`."""
    dot = low.find(". ", end, stop)
    while dot >= 0 and (text[dot + 2:dot + 3].islower() or _title_before(low, dot)):
        dot = low.find(". ", dot + 2, stop)
    return stop if dot < 0 else dot


_CLOCK_ENDS = (" a.m", " p.m")
_NEVER_FINAL = TITLES | {"vs", "v"}  # `Sen. Max Baucus`, `Roe vs. Wade`: no sentence ends there


def _title_before(low: str, dot: int) -> bool:
    """Whether the word before the period at `dot` is a title or `vs`, which a name follows."""
    space = low.rfind(" ", max(0, dot - 12), dot)
    return low[space + 1:dot].lstrip("(\"'") in _NEVER_FINAL


_PLUPERFECT = (r"\bhad\s+(?:been\s+(?:due|scheduled|expected|set|slated|supposed|meant|planned)"
               r"|planned|hoped|intended|meant|wanted|expected)\s+to\s+(?P<rest>.*)$")


def _was_planned(left: str) -> bool:
    """A plan told in the past perfect (`the offer had been due to expire Friday`, `they
    had hoped to sign it in May`): not a future statement, unless the clause
    goes on to a new plan (`..., but will now ...`). Weakly: a plan since dropped may
    still be ahead (`had been set to expire Nov. 6`, replaced by a later date)."""
    match = re.search(_PLUPERFECT, left)
    return match is not None and "," not in match.group("rest") and \
        _FUTURE_VERBS.isdisjoint(match.group("rest").split())


_REPORTING = frozenset("said told announced reported added disclosed stated noted wrote explained"
                       " warned predicted forecast forecasted estimated projected promised"
                       " pledged vowed decided agreed".split())
_CLAUSE_STOPS = frozenset("that which who when where if because while and but or as".split())
# a date a verb governs follows a preposition (`closed it in May`, `rose from January`); not
# a deadline (`by May`) nor a date inside a noun phrase (`gave no reason for the Jan. 14 deadline`)
_GOVERNING_PREPOSITIONS = frozenset(
    "in on at from to during since through between for of around after".split())
_AUXILIARIES = frozenset("was were had did".split())  # weak cues only: `was extended to`
_PASSIVE = frozenset("be been being is are was were am to".split())  # `was extended to Nov. 16`
_LEXICAL_PAST = _PAST_VERBS - _AUXILIARIES - _REPORTING  # what may govern: not `said`, `was`
_GOVERN_STOPS = _CLAUSE_STOPS | _REPORTING | _FUTURE_VERBS | _FUTURE_CUES  # where a clause ends
_STOP, _AUX, _TO, _LEXICAL = "stop", "aux", "to", "lexical"  # what a word is, read back
_GOVERN_KIND = {**dict.fromkeys(_LEXICAL_PAST, _LEXICAL), **dict.fromkeys(_AUXILIARIES, _AUX),
                **dict.fromkeys(_GOVERN_STOPS, _STOP), "to": _TO}


_NOUN_STARTS = frozenset("a an the its their his her our".split())
_GOVERN_REACH = 10  # words back a governing past verb may stand
_GOVERN_CHARS = 70


def _opens_noun_phrase(word: str) -> bool:
    """Whether a word after `to` shows a preposition (`to a calendar year`, `to 3.5%`,
    `to $20 billion`), not the infinitive marker (`to raise`)."""
    return word in _NOUN_STARTS or word[:1].isdigit() or word[:1] in "$\u00a3\u20ac"


def _governing_past(before: list[str]) -> bool:
    """A past verb heading the phrase's own clause, a few words back (`closed her
    startup in February`, `rose 5.2% from January`), not one that reports or plans
    (`said it would ...`, `agreed to ...`); the phrase follows a preposition (checked by
    the caller, with whether a past verb is near at all)."""
    last = len(before) - 1
    for index in range(last, max(-1, last - _GOVERN_REACH), -1):
        word = before[index]
        kind = _GOVERN_KIND.get(word)
        if kind is _TO and index < last and _opens_noun_phrase(before[index + 1]):
            continue  # `fell to 3.5% in May`, `switched to a calendar year in May`: a preposition
        if kind is _STOP or word[-1] in ",;:" or kind is _TO and index < last:
            return False  # `threatened to raise tariffs in May`
        if kind is not _LEXICAL and (kind is not None or word[-2:] != "ed" or len(word) < 5 or
                                     word in _NOT_PAST or not word.isalpha() or (
                                         index < last and not _takes_object(before[index + 1]))):
            continue
        if kind is _LEXICAL and 0 < index < last and _reduced_relative(before, index):
            continue  # `electric vehicles made in China from Wednesday`: a participle
        return index == 0 or before[index - 1] not in _PASSIVE and before[index - 1] not in (
            "and", "or")  # `could be folded into law and voted on in April`: a participle
    return False


def _caused(before: list[str], index: int) -> bool:
    """Whether the infinitive at `index` tells what a past event then made someone do
    (`prompted Cameron to announce`; `won the vote, prompting Cameron to announce`: the
    participle after a past verb)."""
    window = before[max(0, index - 8):index]
    if not _CAUSED.isdisjoint(window):
        return True
    causing = next((i for i, word in enumerate(window) if word in _CAUSING), None)
    if causing is None:
        return False
    head = before[:max(0, index - 8) + causing]  # the clause the participle hangs on
    future = max((i for i, word in enumerate(head) if word in _FUTURE_VERBS), default=-1)
    return _past_verb_in(head[future + 1:])  # not `warned prices will rise, causing ...`


def _past_verb_in(before: list[str]) -> bool:
    """Whether a past verb stands among the words before the phrase, not as a participle
    after its noun (`vehicles made in China`)."""
    last = len(before) - 1
    return any((word in _PAST_VERBS or word.endswith("ed") and _is_past_verb(word))
               and not (0 < index < last and _reduced_relative(before, index))
               for index, word in enumerate(before))


def _reduced_relative(before: list[str], index: int) -> bool:
    """Whether the past form at `before[index]` is a participle after its plural noun
    (`vehicles made in China`, `talks held in Geneva`, `goods sold by Japan`)."""
    noun = before[index - 1]
    return before[index + 1] in ("in", "by") and noun[-1:] == "s" and noun.isalpha() \
        and noun not in _NOT_NOUNS_IN_S


_NOT_NOUNS_IN_S = frozenset("was has is this its his us as thus always perhaps".split())
_OBJECT_STARTS = frozenset(
    "the a an her his its their our my your this that these those some all more on in at by"
    " from for with into over up down out off back about one two three four five six seven"
    " eight nine ten".split())


def _takes_object(word: str) -> bool:
    """Whether the word after an -ed word shows it is a verb (`closed her shop`, `imposed
    on goods`), not an adjective before its noun (`preferred shares`, `United States`)."""
    return word in _OBJECT_STARTS or word[:1].isdigit() or word[:1] == "$"


def _past_stretch(stretch: list[str], right: str) -> bool:
    """Whether the phrase's own stretch between commas opens with a past verb and no cue
    of a plan stands in it, nor after the phrase up to the next comma (`The measures,
    announced at the White House on Tuesday, will lift ...`; `Sutherland, whose term ends
    next year, brushed aside questions on Friday.`): a future cue elsewhere in the
    sentence is of another clause."""
    if stretch[:1] == ["who"] or stretch[:1] == ["which"]:
        stretch = stretch[1:]  # `Sefcovic, who took over on Sunday, will lead`: the same
    if len(stretch) < 2 or not _is_past_verb(stretch[0]) or stretch[0] in _RESCHEDULED:
        return False
    if stretch[0] in _REPORTING and stretch[1] not in _SKIP:  # `said the first round of
        return False  # tariffs in September`: what was said, of its own time
    words = stretch + right.split(",", 1)[0].split()
    return _FUTURE_CUES.isdisjoint(words) and _FUTURE_VERBS.isdisjoint(words) and \
        _RESCHEDULED.isdisjoint(words) and _NOT_ONE_PAST.isdisjoint(words)


# in a stretch, words that show its day is not the past verb's: another clause (`announced
# on Monday and taking effect on Friday`), a bound (`shipped on or after Friday`), a plan
_NOT_ONE_PAST = frozenset("to and or after before until from since".split())


def _is_past_verb(word: str) -> bool:
    return word in _PAST_VERBS or (word.endswith("ed") and len(word) > 4 and word.isalpha()
                                   and word not in _NOT_PAST)


def _following_verb(after: list[str], reach: int) -> bool | None:
    """The tense of the first verb after a phrase that opens its sentence, within a few
    words (`Thursday, the ministers agreed to meet next month`: past; `On Tuesday, the
    farmers' union plans to march`: ahead)."""
    for index, word in enumerate(after[:reach]):
        word = word.strip("\"',;:()")
        if word in _FUTURE_VERBS or word in _FUTURE_CUES and word not in _PLAN_WORDS or \
                word.endswith("'ll") or word in _PRESENT_PLANS and after[index + 1:index + 2] == ["to"]:
            return True  # `..., the union plans to hold a rally`
        if _is_past_verb(word):
            return False
    return None


def _adjacent_verb(before: list[str]) -> bool | None:
    """The tense of the verb right before the phrase (`said Tuesday`, `met on Thursday`,
    `will meet Friday`, `since March`), if a verb stands there."""
    if not before:
        return None
    if before[-1] == "since" or before[-1] == "last":  # `last [March 27]`
        return False
    if _rescheduled(before) or len(before) > 3 and before[-3] == "from" and \
            before[-1] in _RANGE_TO and _rescheduled(before[:-3] + before[-1:]):
        return True  # `was postponed until Monday`, `pushed back to March`, `moved from
        # Friday to Monday`: a new date, ahead
    if len(before) > 3 and before[-3] == "from" and before[-1] in _RANGE_TO:
        return _adjacent_verb(before[:-3])  # `met from Friday until Sunday`: as its start
    if before[-1] == "of" and len(before) > 1 and before[-2] == "ahead":
        return True  # `ahead of the weekend`, `ahead of Friday's vote`
    if before[-1] in ("of", "for") and len(before) > 1 and before[-2] in _DEADLINES:
        return True  # `with a deadline of October`: a date ahead
    index = len(before) - 1
    while index > 0 and (before[index] in _SKIP or before[index][-2:] == "ly"
                         and before[index] != "july"  # `meet again on`, `met separately`
                         or _is_clock_word(before[index])):
        index -= 1  # `will resume at 10 a.m. on Thursday`: the verb before the clock time
    word = before[index]
    if not word.isalpha():
        word = word.strip("\"',;:()")
    if word in _RESCHEDULED and index < len(before) - 1 and before[index + 1] == "on" and \
            index > 0 and before[index - 1] not in _NOT_DONE:
        return False  # `Modi extended on Tuesday until May 3`: when it was moved, done
    if index > 1 and before[index - 1] == "to" and _caused(before, index):
        return False  # `a result that prompted Cameron to announce on Friday`: it did
    if (word == "effect" or word == "force" or word == "place") and index > 0:  # `takes effect
        # Monday`, `came into force`, `takes place on Tuesday`
        verb = before[index - 2 if before[index - 1] == "into" and index > 1 else index - 1]
        if verb in _TAKE_EFFECT:
            return _TAKE_EFFECT[verb]
    if word in _PAST_VERBS or word[-2:] == "ed" and _is_past_verb(word):
        if index > 1 and before[index - 1].endswith("ly") and before[index - 1] not in ("only",):
            index -= 1  # `will be formally installed Tuesday`: past the adverb
        previous = before[index - 1] if index > 0 else ""
        if previous in ("is", "are", "am", "being"):  # `the case is heard in May`
            return None
        if previous == "be":  # `will be signed Friday`, `to be held`; not `could be found`
            previous = before[index - 2] if index > 1 else ""
            if previous == "to" and index > 2 and before[index - 3] in _SEEMED:
                return False  # `the deal appeared to be sealed late on Friday`: it then seemed
            return previous in ("will", "shall", "would", "to") or previous.endswith("'ll")
        return previous == "to" or previous in _FUTURE_VERBS
    if word == "starting" or word == "beginning":
        return True  # `deposits of up to 39% starting on Friday`: a start ahead
    if word in _SCHEDULE_VERBS or word == "is" or word == "are":
        return True  # `parliament votes Sunday`, `the deadline expires Monday`, `the vote is on Sunday`
    if index > 1 and before[index - 1] == "to" and before[index - 2] in ("is", "are"):
        return True  # `banks are to reopen on Thursday`
    if word in _SCHEDULE_PLURAL and index > 0 and before[index - 1] not in _NOT_PRESENT:
        if before[index - 1] in ("did", "didn't", "not", "never"):
            return False
        if _plural_subject(before[index - 1]) or before[index - 1].isalpha() and \
                "and" in before[max(0, index - 6):index - 1]:  # `Netanyahu and Arafat meet`
            return True  # not a noun: `by a 7-4 vote in August`
    if index > 0 and (before[index - 1] in _FUTURE_VERBS or before[index - 1] == "to"
                      and (index == len(before) - 1 and word.isalpha()
                           and not word.endswith("ing") or word in _INFINITIVES)):
        return True  # `will meet Friday`, `set to resume Monday`, `to discuss on Thursday`
    if index > 1 and before[index] == "as" and before[index - 2] == "as":
        # `as soon as Tuesday`, `as early as Friday`; `as recently as March`: behind
        return before[index - 1] not in ("recently", "lately", "long", "far")
    skipped = index < len(before) - 1  # `announced the deal on Friday`
    if _past_verb_with_object(before[:index + 1] if skipped else before, skipped):
        return False  # `the company reported results Tuesday and will ...`
    return None


_PLURAL_PRONOUNS = frozenset("they we you both two three four".split())
# verbs an infinitive before `on`/`in` a date has (`for the leaders to discuss on Thursday`;
# not `went to Paris on Thursday`: the word after `to` must be one of them there)
_INFINITIVES = _SCHEDULE_PLURAL | frozenset(
    "discuss sign announce hold unveil release present submit testify respond publish"
    " finalize finalise conclude review consider approve ratify".split())


def _plural_subject(word: str) -> bool:
    """Whether a word before a present verb may be its plural subject (`they meet`,
    `ministers meet`, `the two meet`), not a noun's modifier (`a 7-4 vote`, `the market
    close`)."""
    return word in _PLURAL_PRONOUNS or word.isalpha() and word[-1] == "s" and \
        not word.endswith(("ss", "us", "is"))


_RANGE_TO = frozenset("until till to through".split())
_BEFORE_NOUNS = frozenset("of the a an his her their its our these those".split())


def _nouns_only(words: list[str], cues: set[str]) -> set[str]:
    """The verb-like cues the clause has only as nouns (`after a series of visits by
    Cabinet officials`, `their meets`): no sign of the future."""
    as_verbs = {word for i, word in enumerate(words) if word in cues
                and (i == 0 or words[i - 1] not in _BEFORE_NOUNS)}
    return cues - as_verbs


def _they_meet(words: list[str]) -> bool:
    """A present verb of a plan after `they`/`we` in the clause (`when they meet in
    South Korea on Thursday`): what is still to come."""
    return any(word in _SCHEDULE_PLURAL and words[i - 1] in ("they", "we")
               for i, word in enumerate(words) if i)


def _since_before(before: list[str]) -> bool:
    """`since` a few words before the phrase, its clause running on to it with no verb
    of the future (`the first time since returning to the White House in January`)."""
    for word in reversed(before[-8:]):
        if word == "since":
            return True
        if word in _FUTURE_VERBS or word in _CLAUSE_STOPS or word[-1] in ",;:":
            return False
    return False


_SEEMED = frozenset("appeared seemed proved looked".split())  # told in the past, no plan
_NEW_DATE_PREPOSITIONS = frozenset("to until till".split())
_DEADLINES = frozenset("deadline deadlines target".split())
_RESCHEDULED = frozenset("postponed delayed deferred adjourned rescheduled moved extended".split())
_RESCHEDULED_PHRASAL = {"back": ("pushed", "put", "moved", "set"), "off": ("put",),
                        "forward": ("brought", "moved"), "out": ("pushed",)}


def _rescheduled(before: list[str]) -> bool:
    """Whether a verb of moving a date stands right before `to`/`until` (`was postponed
    until`, `was pushed back to`, `put off till`, `was rescheduled for`)."""
    if len(before) < 2 or before[-1] not in _NEW_DATE_PREPOSITIONS and before[-1] != "for":
        return False
    verb = before[-2]
    if before[-1] == "for":
        return verb == "rescheduled"
    if verb in _RESCHEDULED:
        return True
    return len(before) > 2 and before[-3] in _RESCHEDULED_PHRASAL.get(verb, ())


_NOT_DONE = frozenset("be will would to 'll shall may could should must".split())
_OBJECT_REACH = 3  # words an object between a verb and its bare date may have
_SAYING = frozenset("said told wrote thought believed felt hoped expected".split())


def _past_verb_with_object(before: list[str], skipped: bool = False) -> bool:
    """Whether a past verb stands a short object before the phrase, nothing between
    but the object (`reported results Tuesday`, `announced the deal Friday`; `skipped`:
    a preposition too, `announced the deal on Friday`, the verb's object opening as one
    does and no verb of saying, whose clause may follow: `said the vote on Friday would
    ...`), not a participle after a
    be-form (`is expected to`) nor across a clause break, nor an adjective in the object
    of a verb still to come (`will publish revised figures Tuesday`, `will consider the
    proposed rules Tuesday`)."""
    last = len(before) - 1
    if not before[last].isalpha() or before[last] in _NOT_OBJECT or before[last] in _GOVERN_STOPS:
        return False
    for index in range(last - 1, max(-1, last - 1 - _OBJECT_REACH), -1):
        word = before[index]
        if word in _PAST_VERBS or word[-2:] == "ed" and _is_past_verb(word):
            previous = before[index - 1] if index else ""
            if skipped and (word in _SAYING or word not in _PAST_VERBS and
                            not _takes_object(before[index + 1])):
                return False  # not `after the summit of industrialized nations in June`
            return word not in _AUXILIARIES and previous not in _PASSIVE and \
                previous not in _NOUN_STARTS and not _ahead_in(before[:index])
        if not word.isalpha() or word in _GOVERN_STOPS or word in _NOT_OBJECT:
            return False
    return False


def _ahead_in(words: list[str]) -> bool:
    """Whether the clause so far speaks of what is to come (`will`, `'ll`, `scheduled`...)."""
    return not _FUTURE_CUES.isdisjoint(words) or any(word.endswith("'ll") for word in words)


_NOT_OBJECT = _GOVERNING_PREPOSITIONS | _PASSIVE | frozenset(  # no word of an object noun phrase
    "until till by before after within into as than ahead about over under payable due next"
    " this last".split())
