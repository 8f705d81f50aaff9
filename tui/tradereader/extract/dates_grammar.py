"""The date grammar: TimeML-style temporal expressions as regular expressions.

Each rule is one alternative of a single combined pattern, named after the rule
(`(?P<rule>...)`); the combined pattern is compiled once, on first use, by
`combined()`. `triggers()` is the cheap prefilter: the words and numbers that
every temporal expression contains. Rule order matters: at a given position the
first rule that matches wins, so longer and more specific rules come first.
"""

from __future__ import annotations

import re
from functools import lru_cache

MONTHS_FULL = ("January|February|March|April|May|June|July|August|September|October"
               "|November|December")
_MONTH = (rf"(?-i:{MONTHS_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
          r"(?:\.|\b(?=\s*\d)))")
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:/])"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d)"
_YEAR_CTX = (r"(?<![\d$£#.,/-])" + _YEAR +
             r"(?!\s*(?:%|pct|percent|per\s+cent|mln|bln|million|billion|tonnes?|tons?|dlrs"
             r"|dollars|yen|barrels|bushels|bales|shares|points|cars|units|people|workers"
             r"|jobs|feet|metres|meters|miles|acres|hectares|pages)\b)")
_NUMWORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
            r"|fifty|sixty|seventy|eighty|ninety|hundred)")
_NUMBER = (rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{_NUMWORD}(?:[- ]{_NUMWORD})?|a\s+hundred"
           r"|a\s+couple\s+of|a\s+few|a|an|several|few|some|many|a\s+number\s+of|dozens\s+of)")
_UNIT = (r"(?:seconds|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?"
         r"|quarters?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))")
_UNIT_SING = r"(?:minute|hour|day|night|week|weekend|month|quarter|year|decade|century)"
_ORD = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
_SEASON = r"(?:spring|summer|autumn|winter)"
_TOD = r"(?:morning|afternoon|evening|night)"
_MOD = r"(?:early|late|mid|middle|end|beginning|start)"
_APPROX = (r"(?:about|nearly|almost|some|more\s+than|less\s+than|at\s+least|up\s+to|over"
           r"|roughly|around|approximately|only|just|no\s+more\s+than|fewer\s+than|under"
           r"|at\s+most|well\s+over|barely|the\s+better\s+part\s+of)")
_REL = (r"(?:this|last|next|this\s+coming|this\s+past|the\s+past|the\s+current|the\s+coming"
        r"|the\s+previous|the\s+following|the\s+last|the\s+next)")

RULES: tuple[tuple[str, str], ...] = (
    ("date_mdy", rf"(?:{_WEEKDAY},?\s+)?(?:(?:early|mid|late)[- ])?{_MONTH}\s+{_DAYNUM}"
                 rf"(?:,?\s+{_YEAR})?"),
    ("date_dmy", rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_MONTH}"
                 rf"(?:,?\s+{_YEAR})?"),
    ("date_numeric", r"(?<![\d/])(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)|\d{4}-[01]\d-[0-3]\d)(?![\d/])"),
    ("month_year", rf"(?:(?:the\s+)?(?:{_MOD}[- ]|{_MOD}\s+of\s+))?{_MONTH},?\s+(?:of\s+)?"
                   rf"{_YEAR}"),
    ("month_rel", rf"(?:(?:early|late|mid)[- ])?{_MONTH}\s+(?:of\s+)?(?:this|last|next)\s+year"),
    ("quarter", rf"(?:(?:the|this|last|next|that)\s+)?(?:(?:this|last|next)\s+year's\s+)?"
                rf"(?:(?:{_YEAR}|current|fiscal|same|latest|comparable|calendar|year-earlier"
                rf"|year-ago|flat)\s+)*{_ORD}[- ](?:fiscal\s+)?(?:quarter|half)"
                rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?{_YEAR}|this\s+year|last\s+year"
                rf"|next\s+year|the\s+year|the\s+'\d0s))?"),
    ("quarter_code", rf"(?-i:\b[QH][1-4]|[1-4]Q)(?:\s+{_YEAR})?\b"),
    ("period", rf"the\s+(?:(?:same|corresponding|comparable|year-earlier|year-ago|prior-year"
               rf"|{_YEAR})\s+)+(?:period|month|week|quarter|day|year|months|season)"
               rf"(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+{_YEAR}|in\s+{_YEAR}))?"),
    ("year_ago_adj", rf"(?:(?:the|a)\s+)?(?:comparable\s+)?year-(?:earlier|ago|before)"
                     r"(?:\s+(?:quarter|period|month|week))?"),
    ("decade", rf"(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:(?:1[5-9]|20)\d0'?s"
               r"|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"),
    ("century", r"(?:the\s+)?(?:(?:early|mid|late)[- ]?)?\d{1,2}(?:st|nd|rd|th)[- ]century"),
    ("unit_edge", rf"(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+|(?:early|late|earlier"
                  rf"|later)\s+(?:in\s+)?)(?:the|this|last|next)\s+(?:fiscal\s+)?"
                  r"(?:year|month|week|quarter|decade|century)"),
    ("year_end", r"(?:year|month)[- ]end\b|(?:year|month)'s\s+end"),
    ("relative_unit", rf"(?:(?:early|late|earlier|later)\s+)?{_REL}\s+(?:fiscal\s+|calendar\s+)?"
                      rf"(?:week|weekend|month|year|quarter|decade|century|season|{_SEASON}"
                      rf"|fall|{_MONTH})\b(?!-)"),
    ("ago", rf"(?:{_APPROX}\s+)?{_NUMBER}[- ](?:more\s+)?{_UNIT}\s+(?:ago|earlier|from\s+now)"),
    ("recent_units", r"(?:recent|the\s+coming|coming|the\s+recent)\s+"
                     r"(?:years|months|weeks|days|decades)"),
    ("set_every", rf"(?:every|each|per)\s+(?:other\s+)?(?:{_NUMBER}\s+)?(?:{_UNIT}|{_WEEKDAY}s?"
                  rf"|{_MONTH}|{_SEASON}|fall|season)\b"),
    ("set_times", rf"(?:once|twice|(?:{_NUMWORD}|\d+)\s+times)\s+(?:a|per|every)\s+{_UNIT_SING}"),
    ("set_adverb", r"\b(?:daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly"
                   r"|semi-?annually|bi-?weekly)\b(?=\s*[.,;:)\"']|\s*$|\s+(?:by|in|for|at|from"
                   r"|to|and|or|until|since|on|during|through|basis|rather|than)\b)"),
    ("duration", rf"(?:(?:the|a|an)\s+)?(?:(?:past|last|next|first|final|coming|previous"
                 rf"|following|latest|initial|remaining|additional|further|another|full)\s+)?"
                 rf"(?:{_APPROX}\s+)?{_NUMBER}(?:\s+(?:to|or|and)\s+{_NUMBER}|-{_NUMBER})?"
                 rf"(?:\s+(?:more|additional|full|straight|consecutive))?"
                 rf"(?:\s+{_UNIT}(?:\s+and\s+a\s+half)?|-{_UNIT_SING}\b)(?![-\w])"),
    ("bare_units", r"(?:(?<=\bfor )|(?<=\bwithin )|(?<=\bin )|(?<=\bover ))"
                   r"(?:years|months|weeks|decades|centuries)\b(?!\s+(?:of|ago|to))"),
    ("time_clock", rf"(?:(?:around|about|at|before|after|until)\s+(?=\d))?(?:\d{{1,2}}(?::\d\d)?"
                   rf"\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon|midnight)(?:\s+(?-i:EST|EDT|GMT|CET|BST"
                   rf"|local\s+time))?(?:,?\s+(?:{_WEEKDAY}|today|yesterday|tomorrow|tonight"
                   rf"|{_MONTH}\s+{_DAYNUM}))?"),
    ("day_relative", rf"(?:(?:early|late|earlier|later|mid-?)\s*)?(?:today|tonight|yesterday"
                     rf"|tomorrow|(?:this|last|tomorrow|yesterday)\s+{_TOD}|mid-?{_TOD}"
                     rf"\s+(?:today|yesterday|tomorrow))(?:\s+{_TOD})?\b"),
    ("month", rf"(?:(?:early|late|mid)[- ]|(?:the\s+)?(?:{_MOD})\s+of\s+)?{_MONTH}(?![-\w])"),
    ("weekday", rf"(?:(?:early|late|earlier|later)\s+)?(?:(?:last|next|this|this\s+coming"
                rf"|this\s+past|coming|past)\s+)?{_WEEKDAY}s?(?:\s+{_TOD}s?)?\b"),
    ("season", rf"(?:(?:the\s+)?(?:early|late|mid)[- ]?)?(?:(?:the\s+)?{_SEASON}"
               rf"(?:\s+(?:of\s+)?{_YEAR})?|(?:the\s+)?fall\s+(?:of\s+)?{_YEAR}|{_YEAR}\s+{_SEASON})"),
    ("holiday", r"(?-i:Christmas(?:\s+Day|\s+Eve)?|Thanksgiving(?:\s+Day)?|New\s+Year's(?:\s+Day"
                r"|\s+Eve)?|Easter)\b"),
    ("fiscal_year", rf"(?:fiscal|calendar|financial|crop|marketing)\s+(?:year\s+)?{_YEAR}"
                    r"(?:/\d\d(?:\d\d)?)?"),
    ("year", rf"(?:(?:the\s+)?(?:{_MOD}[- ]|{_MOD}\s+of\s+)|the\s+year\s+)?{_YEAR_CTX}"
             r"(?:/\d\d(?:\d\d)?)?"),
    ("future", r"the\s+(?:near\s+|foreseeable\s+|distant\s+|immediate\s+|not-too-distant\s+)?"
               r"future\b|(?<=\bin )future\b|the\s+(?:short|near)\s+(?:term|run)\b"),
    ("past", r"the\s+past\b(?!\s+(?:\d|few|several|year|month|week|day|decade|century"
             r"|quarter|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty))"),
    ("present", r"(?:right\s+)?now\b(?!\s+that)|currently|these\s+days|nowadays"
                r"|(?<=\bat )the\s+moment|(?<=\bfor )the\s+moment|at\s+present"
                r"|(?<!-)\bcurrent\b(?!\s+(?:account|accounts|affairs|assets|liabilities"
                r"|prices|dollars|levels?|rates?|events)\b)"),
    ("recent", r"recently|lately|previously|(?<!-)\brecent\b|soon\b(?!\s+(?:as|after|before))"),
)

_TRIGGER = (r"\b(?:\d|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu"
            r"|Fri|Sat|Sun|Christmas|Thanksgiving|Easter|New Year|[QH][1-4])"
            r"|year|month|week|day|daily|hour|minute|seconds|night|quarter|half|decade|centur"
            r"|millenni|season|spring|summer|fall|autumn|winter|annually|fiscal|noon|midnight"
            r"|morning|evening|afternoon|tonight|today|tomorrow|yesterday|now|current|recent"
            r"|lately|previously|future|past|soon|term|run|moment|fortnight|[a-z]+ties\b"
            r"|hourly|nightly|biweekly|semi)")


@lru_cache(maxsize=1)
def combined() -> re.Pattern[str]:
    """Every rule as one alternation, each alternative a named group."""
    body = "|".join(rf"(?P<{name}>\b(?:{pattern}))" for name, pattern in RULES)
    return re.compile(body, re.IGNORECASE)


@lru_cache(maxsize=1)
def triggers() -> re.Pattern[str]:
    """The prefilter: a word every date contains (month, weekday, unit, digit...)."""
    return re.compile(_TRIGGER, re.IGNORECASE)
