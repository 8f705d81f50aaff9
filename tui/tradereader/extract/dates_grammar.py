"""The date grammar: TimeML-style temporal expressions as regular expressions.

Each rule is a pattern named after the rule; `grammar_for(word)` gives the rules
a phrase opening with that word may follow, each compiled on first use. `triggers()` is the cheap prefilter: an Aho-Corasick automaton of
the words and years that every temporal expression contains (run over a
lower-cased copy); `STARTERS` are the words a phrase may open with before its
trigger. Rule order matters: at a given position the first rule that matches wins, so
longer and more specific rules come first.
"""

from __future__ import annotations

import re
from functools import lru_cache

MONTHS_FULL = ("January|February|March|April|May|June|July|August|September|October"
               "|November|December")
_MONTH = (rf"(?-i:{MONTHS_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
          r"(?:\.|\b(?=\s*\d)))")
_MONTH_START = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|/)"
# a day said as an ordinal after its month (broadcast copy: `March eighth`), where a date
# ends (a mark, a year, a linking word): not an adverb (`Theresa May first said`) nor a
# noun phrase (`in March second-quarter`)
_DAYWORD = (r"(?:(?:twenty|thirty)(?:-|\s+)(?=(?:first|second|third|fourth|fifth|sixth|seventh"
            r"|eighth|ninth)\b))?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
            r"|nineteenth|twentieth|thirtieth)(?=[.,;:!?)\"'\u201d]|\s*$|\s+(?:and|or|to|through"
            r"|until|at|in|on|when|this|next|last|of|from|is|was|will)\b|\s+\d{4}\b)")
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d)"
_YEAR_CTX = (r"(?<![\d$£#.,/])" + _YEAR +
             r"(?!\s*(?:%|pct|percent|per\s+cent|gmt|utc|hkt|jst|sgt|bst|cet|cest|edt|est|pst|pdt"
             r"|cdt|cst|aest|msk|mln|bln|million|billion|tonnes?|tons?|dlrs"
             r"|dollars|yen|barrels|bushels|bales|shares|points|cars|units|people|workers"
             r"|jobs|feet|metres|meters|miles|acres|hectares|pages)\b)")
_UNITWORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_YEAR = (r"(?:nineteen(?:\s+|-)(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                rf"(?:(?:-|\s+){_UNITWORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                rf"|seventeen|eighteen|nineteen|oh\s+{_UNITWORD})|(?<=\byear\s)two\s+thousand"
                rf"(?:\s+and\s+{_UNITWORD})?)\b")
_NUMWORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
            r"|fifty|sixty|seventy|eighty|ninety|hundred)")
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NUMBER = (rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{_TENS}(?:-|\s+){_UNITWORD}\b|{_NUMWORD}(?:\s+hundred)?"
           r"|a\s+hundred"
           r"|half\s+an?|a\s+quarter\s+of\s+an?(?=\s+centur)|(?:a\s+)?quarter(?=[-\s]centur)"
           r"|half(?=[-\s]centur)"
           r"|a\s+couple\s+of|(?<=next\s)couple\s+of|(?<=past\s)couple\s+of|a\s+few|a|an|several"
           r"|few|many|a\s+number\s+of|dozens\s+of)")
_UNIT = (r"(?:seconds|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?"
         r"|quarters?(?!\s+of\b)|years?|decades?|centur(?:y|ies)|millenni(?:um|a)|(?:milli|micro|nano)seconds)")
_UNIT_SING = r"(?:minute|hour|day|night|week|weekend|month|quarter|year|decade|century)"
_ORD = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
_SEASON = r"(?:spring|summer|autumn|winter)"
# `today's world`, `today's youth`: the present age, not the day of writing
_TODAYS_ERA = (r"['\u2019]s\s+(?:(?:global|globali[sz]ed|interconnected|modern|digital|complex"
               r"|fast-changing|changing)\s+)?(?:world|society|societies|youth|young|generations?"
               r"|children|kids|economy|era|age|times|environment|climate|realit(?:y|ies)|standards"
               r"|consumers|families|workers|technolog(?:y|ies)|marketplace)\b")
_TOD = r"(?:morning|afternoon|evening|night)"
_MOD = r"(?:early|late|mid|middle|end|beginning|start)"
_APPROX = (r"(?:nearly|some|more\s+than|less\s+than|at\s+least|up\s+to"
           r"|roughly|around|approximately|no\s+more\s+than|fewer\s+than|at\s+most"
           r"|the\s+better\s+part\s+of)")
_SEASON_KINDS = ("harvest planting growing sowing holiday shopping tourist tourism monsoon rainy"
                 " fishing hunting hurricane cropping christmas")
_LAST_ADJ = "last" + "".join(f"(?<!\\b{word} last)" for word in (  # `will last two days`: a verb
    "will", "would", "could", "can", "may", "might", "should", "must", "to", "not", "did",
    "does", "do")) + "(?<!'ll last)(?<!n't last)"
_REL = (r"(?:this|last|next|this\s+coming|this\s+past|the\s+past|the\s+current|the\s+coming"
        r"|the\s+previous|the\s+following|the\s+last|the\s+next)")


def _month_span(first: str, last: str) -> str:
    """`April-June`, `Apr. to June`: a run of months written as a range."""
    return (rf"(?:{first}|{_short(first)})(?:\s*[-\u2013/]\s*|\s+(?:to|through)\s+)"
            rf"(?:{last}|{_short(last)})(?![\w-])")


def _short(month: str) -> str:
    """A month's abbreviations: `Sep`, `Sep.`, `Sept.`."""
    return rf"{month[:3]}{'t?' if month == 'September' else ''}\.?"


# The ranges of months that make a calendar quarter or half.
_MONTH_SPAN = "(?-i:" + "|".join(_month_span(first, last) for first, last in (
    ("January", "March"), ("April", "June"), ("July", "September"), ("October", "December"),
    ("January", "June"), ("July", "December"))) + ")"

_CLOCK = (r"(?:(?:around|about)\s+(?=\d))?(?:\d{1,2}(?::\d\d)?\s+in\s+the\s+"
          r"(?:morning|afternoon|evening)\b|\d{1,2}(?:[:.][0-5]\d)?"
          r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|(?<!\bhigh )noon|midnight|(?:(?<=\bat )|(?<=\bby )"
          r"|(?<=\buntil ))[0-2]?\d:[0-5]\d\b(?![:.,]?\d|\s*[ap]\.?m)"
          r"|(?<!\()[0-2]?\d:[0-5]\d(?=\s+(?:gmt|utc|et|est"
          r"|edt|cet|bst|local\s+time)\b)|(?<!\()[0-2]\d[0-5]\d(?=\s+(?:gmt|utc)\b))(?:\s+(?-i:EST|EDT"
          r"|ET|PST|PDT|PT|CST|CDT|CT|GMT|UTC|CET|BST)\b|\s+local\s+time"
          r"|\s+(?:eastern|pacific|central|mountain|washington|beijing|tokyo|london|new\s+york"
          r"|hong\s+kong|brussels|geneva|paris|berlin|seoul|moscow)\s+time\b)?+")
_CLOCK_DAY = rf"(?:{_WEEKDAY}|today|yesterday|tomorrow|tonight|{_MONTH}\s+{_DAYNUM})"

RULES: tuple[tuple[str, str], ...] = (
    ("date_mdy", rf"(?:(?:{_WEEKDAY}|(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+)?(?:(?:early|mid|late)(?:-|\s+))?{_MONTH}\s+(?:{_DAYNUM}|{_DAYWORD})"
                 rf"(?:,?\s+{_YEAR}|(?:\s+of)?\s+(?:this|last|next)\s+year\b(?!['’]s))?"),  # `Jan. 1 of this year`
    ("date_dmy", rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_MONTH}"
                 rf"(?:,?\s+{_YEAR})?"),
    ("date_numeric", r"(?<![\d/])(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)|\d{4}-[01]\d-[0-3]\d)(?![\d/])"),
    ("month_year", rf"(?:(?:the\s+)?(?:{_MOD}(?:-|\s+)|{_MOD}\s+of\s+))?{_MONTH},?\s+(?:of\s+)?"
                   rf"(?:{_YEAR}|{_SPOKEN_YEAR})"),
    ("month_rel", rf"(?:(?:early|late|mid)(?:-|\s+))?{_MONTH}(?:\s+(?:of\s+)?|,\s+(?=[a-z]+\s+year"
                  r"(?:\s*[.,;:)]|\s*$|\s+(?:in|on|at|when|and|to|for)\b)))"  # `the report of April,
                  r"(?:this|last|next)\s+year"),  # last year.`; not `in April, next year they will`
    ("month_that_year", rf"(?:(?:early|late|mid)(?:-|\s+))?{_MONTH}\s+(?:of\s+)?(?:that|the\s+same"
                        r"|the\s+following|the\s+next|the\s+previous|the\s+prior)\s+year\b"
                        r"(?![\w'’-])"),  # not `in April that year-on-year shipments`
    ("quarter", rf"(?:(?:the|this|last|next)\s+)?(?:(?:this|last|next)\s+year's\s+|{_YEAR}'s\s+)?"
                rf"(?:(?:{_YEAR}|current|fiscal|same|latest|comparable|calendar|year-earlier"
                rf"|year-ago|flat)\s+)*(?:{_ORD}(?:-|\s+)(?:fiscal\s+)?(?:quarter|half)(?![-\s]centur)"
                rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?{_YEAR}|this\s+year|last\s+year"
                rf"|next\s+year|the\s+year|the\s+'\d0s))?\b(?!-)"
                # `the first six months of the year`: a half; of a year, never a duration
                rf"|(?:first|last|final)\s+(?:six|three|6|3)\s+months\s+of\s+"
                rf"(?:(?:the|this|last|next)\s+year|(?:fiscal\s+)?{_YEAR})\b"
                # `the April-June quarter`: one date (its head noun is temporal); `the June
                # quarter`: the quarter ending in June (Australian, NZ usage)
                rf"|(?:{_MONTH_SPAN}\s+(?:quarter|period|half)\b(?!-)"
                rf"|(?<=the\s)(?-i:March|June|September|December|Sept?\.|Dec\.)\s+quarter"
                rf"\b(?![-\w]))"
                rf"(?:\s+(?:of\s+)?(?:{_YEAR}|this\s+year|last\s+year|next\s+year))?)"),
    ("quarter_code", rf"(?-i:\b[QH][1-4]|[1-4]Q)(?:\s+{_YEAR})?\b"),
    # `the January-May period`: its head noun temporal, the whole phrase the date (no
    # quarter or half: `quarter` takes those)
    ("month_range", rf"the\s+(?-i:{MONTHS_FULL})(?:\s*[-\u2013]\s*|\s+(?:to|through)\s+)"
                    rf"(?-i:{MONTHS_FULL})\s+period\b(?!-)"
                    rf"(?:\s+(?:of\s+)?{_YEAR}|\s+(?:this|last|next)\s+year\b)?"),
    ("day_part", r"(?:(?:early|late)\s+in\s+the\s+|(?:early|late)(?:-|\s+))(?:morning|afternoon|evening)\b"
                 r"|(?:morning|afternoon|evening)(?=\s+(?:trading|trade|session|dealings|deals)\b)"
                 rf"|{_CLOCK}(?!,?\s+{_CLOCK_DAY})"),  # a bare clock time: of the day in focus
    ("day_of_period", rf"the\s+(?:first|last|final|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+day\s+of"
                      rf"\s+(?:(?:this|next|last|the)\s+(?:month|year)|{_MONTH}(?:,?\s+{_YEAR})?|{_YEAR})\b"),
    ("ordinal_day", r"(?=(?:[^ ]++ ++){1,2}day\b)(?:the\s+|(?![t#])(?:(?<=\bhis )|(?<=\bher )|(?<=\bits )|(?<=\btheir )))(?:first|second|third"
                    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|\d{1,2}(?:st|nd|rd|th))\s+day"
                    r"\b(?!-|\s+(?:in\s+a\s+row|running)\b)"),
    ("anaphoric", r"(?:(?:earlier|later)\s+)?(?:that\s+(?:same\s+)?|the\s+same\s+(?=day)"
                  r"|the\s+(?:following|previous|prior)\s+|the\s+next\s+(?=day|morning)"
                  r"|(?=the\s+day\b)(?:(?<=\bfor )|(?<=\bon )|(?<=\bended )|(?<=\bclosed )|(?<=\bfinished )"
                  r"|(?<=\bstarted )|(?<=\bbegan ))the\s+(?=day\b(?!\s+(?:before|after|of|when|that|in"
                  r"|on)\b))|(?:(?<=\bin )|(?<=\bduring )|(?<=\bby )|(?<=\buntil ))the\s+"
                  r"(?=morning|afternoon|evening))"
                  r"(?:day|morning|afternoon|evening|night|week|month|quarter|year)\b"
                  r"(?![-']|\s+(?:ago|earlier|last|of|in|before|after|\d)\b)"
                  r"|the\s+(?:day|week|month|year)\s+(?:before|after|earlier|later)"  # `the year before`
                  r"(?=\s*[.,;:)\"']|\s*$|\s+(?:and|but|when|while|as)\b)"
                  rf"|the\s+(?:following|previous|prior)\s+{_WEEKDAY}\b"),  # from the day in focus
    ("period", rf"the\s+(?:(?:same|corresponding|comparable|year-earlier|year-ago|prior-year"
               rf"|{_YEAR}|(?<=\d\d\s)fiscal)\s+)+(?:period|month|week|quarter|day|year|months|season)"
               rf"(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+{_YEAR}|in\s+{_YEAR}))?"),
    ("year_ago_adj", r"(?:(?:the|a)\s+)?(?:comparable\s+)?year"
                     r"(?:-|\s+(?=(?:ago|earlier)\s+(?:period|quarter|month|week)\b))"  # `the year
                     r"(?:earlier|ago|before)"  # ago period`: unhyphenated too
                     r"(?:\s+(?:quarter|period|month|week))?(?!\s+(?:two|three|four|five|six|seven"
                     r"|eight|nine|ten|eleven|twelve|\d+)\s+(?:weeks|months|quarters)\b)"),
    ("decade", r"(?:the\s+)?(?:(?:early|mid|late)(?:-|\s+)?)?(?:(?:1[5-9]|20)\d0'?s|(?<=[\s-])['\u2019]\d0s\b"
               r"|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"),
    ("century", r"(?=(?:[^ ]++ ++){0,3}[^ ]*centur)(?:the\s+)?(?:(?:early|mid|late)(?:-|\s+)?)?"
                r"(?:\d{1,2}(?:st|nd|rd|th)|(?:twenty-)?(?:first|second|third)"
                r"|(?:four|fif|six|seven|eigh|nine)teenth|twentieth)(?:-|\s+)century"),
    ("unit_edge", r"(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+|(?:early|late|earlier"
                  r"|later)\s+(?:in\s+)?)(?:the|this|last|next)\s+(?:fiscal\s+)?"
                  r"(?:year|month|week|quarter|decade|century|day)\b"),
    ("year_end", r"(?:year|month)(?:-|\s+)end\b|(?:year|month)'s\s+end"),
    ("named_season", r"(?=(?:[^ ]++ ++){1,4}season\b)(?:the|this|last|next|this\s+year's|last\s+year's|next\s+year's|the\s+coming"
                     r"|the\s+current|the\s+past|the\s+last)\s+(?:(?:early|late)\s+)?(?:(?:"
                     + _SEASON_KINDS.replace(" ", "|") + r")\s+)+season\b"),
    ("past_span", r"the\s+(?:past|last|next|coming)\s+(?:year|month|week|decade|century)"
                  r"\s+and\s+a\s+half\b"  # `the past year and a half`: a span and a half
                  r"|the\s+(?:past|next|coming|following)\s+(?:decade|century)\b"  # a span, wherever
                  # `over the past year`, `spent the past month`, `in the next year`: the
                  # span up to now or from now (not `much of the past week`, that week)
                  r"|(?=the\s+(?:past|next)\s+(?:week|month|year)\b(?!\s+(?:of|and)\b|-|['’]s\b))"
                  r"(?:(?<=\bover )|(?<=\bin )|(?<=\bduring )|(?<=\bwithin )|(?<=\bfor )"
                  r"|(?<=\bthroughout )|(?<=\bspent )|(?<=\bspend )|(?<=\bspending ))"
                  r"the\s+(?:past|next)\s+(?:week|month|year)\b(?:\s+or\s+(?:two|so)\b)?"
                  r"|(?=the\s+last\s+(?:decade|century)\b)(?:(?<=\bover )|(?<=\bfor )"
                  r"|(?<=\bduring )|(?<=\bthroughout )|(?<=\bwithin ))the\s+last\s+"
                  r"(?:decade|century)\b"),
    ("relative_unit", rf"(?:(?:early|late|earlier|later)\s+)?{_REL}\s+(?:fiscal\s+|calendar\s+|financial\s+)?"
                      rf"(?:week|weekend|month|year|quarter(?![-\s]centur)|decade|century|season|{_SEASON}"
                      rf"|fall|{_MONTH}(?!\s+\d)|(?<=next\s){_MONTH}\s+{_DAYNUM}(?!,?\s+{_YEAR}))\b(?!-)"
                      r"(?:\s+or\s+so\b)?"),  # `last [March 27]` (the verb's), `next March 31`
    ("year_ended", rf"the\s+(?:fiscal\s+)?year(?=\s+end(?:ed|ing)\s+(?:in\s+|on\s+)?(?:{_MONTH_START}|\d|today|tomorrow|yesterday|this|next|last))"),
    ("week_of", rf"the\s+(?:week\s+of\s+{_MONTH}\s+{_DAYNUM}(?:,?\s+{_YEAR})?"
                rf"|day\s+(?:before\s+yesterday|after\s+tomorrow)\b)"),  # one rule: each costs
    ("the_unit", r"(?:the|that)\s+(?:(?:latest|current|full|same|previous|prior|fiscal|financial)\s+)*"
                 r"(?:quarter|year|week|weekend|(?<=latest )period)\b"
                 r"(?!-|'(?!s\b(?!\s+end\b))|\s+(?:\d|two\s+thousand|nineteen))"
                 r"(?:(?<=quarter)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b)?"),
    ("some_day", r"(?:(?<=\bwill )|(?<=\bwould )|(?<=\bcould )|(?<=\bmay )|(?<=\bmight )"
                 r"|(?<=\bcan )|(?<=\bshould )|(?<=\bhope to )|(?<=\bhopes to )|(?<=\bhoped to ))"
                 r"one\s+day\b(?=\s+[a-z])(?!\s+(?:of|in|to|after|before|later|earlier|ago|and|or"
                 r"|when|for|at|on|by)\b)"),  # `Islam will one day be ...`: some day
    # `A year later, ...`, `four decades later in Yokohama`: counted from the last date given
    ("years_later", rf"{_NUMBER}(?:-|\s+)(?:years?|decades?)\s+later\b(?!\s+than\b|-)"),
    # `a month earlier than usual` compares two times: no date, the difference (as `later than`)
    ("ago", rf"(?:(?:{_APPROX}|about|almost)\s+)?{_NUMBER}"
            rf"(?:\s+(?:or|to)\s+{_NUMBER})?"  # `two or three years ago`
            rf"(?:\s+and\s+a\s+half)?(?:-|\s+)"
            rf"(?:more\s+)?{_UNIT}(?:\s+and\s+a\s+half)?"
            r"(?:\s+or\s+(?:so|more|two|three))?\s+(?:ago|earlier(?!\s+than\b)|from\s+now)"
            r"|(?:years|months|weeks|days|decades)\s+(?:ago|earlier(?!\s+than\b))\b"),
    ("recent_units", r"(?:the\s+)?(?:recent|past|coming|previous|earlier)\s+"
                     r"(?:years|months|weeks|days|decades|quarters)"
                     r"(?:\s+(?:and|or)\s+(?:years|months|weeks|days|decades|quarters)\b)?"
                     r"|(?:years|months|weeks|days|decades)\s+to\s+come\b"),
    ("set_every", rf"(?:every|each|per)\s+(?:other\s+)?(?:{_NUMBER}\s+)?(?:{_UNIT}|{_WEEKDAY}s?"
                  rf"|{_MONTH}|{_SEASON}|fall|season)\b"),
    ("set_times", rf"(?:once|twice|(?:{_NUMWORD}|\d+)\s+times)\s+(?:a|per|every)\s+{_UNIT_SING}"),
    ("set_adverb", r"\b(?:daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly"
                   r"|semi-?annually|bi-?weekly)\b(?=\s*[.,;:)\"']|\s*$|\s+(?:by|in|for|at|from"
                   r"|to|and|or|until|since|on|during|through|basis|rather|than|over|between"
                   r"|after|before|because|as|with)\b)"),
    ("duration_noun", rf"an?\s+(?:{_APPROX}\s+)?{_NUMBER}(?:-|\s+){_UNIT_SING}\s+"
                      r"(?:period|term|span|stretch)\b"),
    ("duration", rf"(?:the\s+)?(?:(?:past|{_LAST_ADJ}|next|first|final|coming|previous"
                 rf"|following|latest|initial|remaining|additional|further|another|full"
                 rf"|(?<=the\s)(?:year-earlier|year-ago|comparable|same|corresponding))\s+)?"
                 rf"(?:{_APPROX}\s+)?{_NUMBER}(?:\s+and\s+a\s+half(?=\s+[a-z]+s\b)|-and-a-half(?=-)|\s+(?:to|or|and)\s+{_NUMBER}"
                 rf"|-{_NUMBER})?"
                 rf"(?:\s+(?:more|additional|full|single|straight|consecutive|trading|business|working))?"
                 rf"(?:\s+{_UNIT}(?:\s+and\s+a\s+half)?|-\s*{_UNIT_SING}\b)(?![-\w]|\s+old\b)"
                 r"(?<!\bby a quarter)(?<!\bby one quarter)"  # `fell by a quarter`: a fraction
                 r"(?:\s+or\s+so\b|(?<=[a-rt-z])\s+or\s+two\b"  # `a year or two`, not `or two years`
                 r"(?![-\s]+(?:years|months|weeks|days|decades|hours|terms|times|more)\b))?"),
    ("units_around", r"(?<=\bthe )(?:days|weeks|months|years)(?=\s+(?:before|after|following"
                     r"|leading\s+up|that\s+followed|since)\b)|the\s+(?:days|weeks|months|years)\s+ahead\b"
                     r"|(?=the\s+(?:years|decades|centuries)\b)(?:(?<=\bover )|(?<=\bthrough )"
                     r"|(?<=\bacross ))the\s+(?:years|decades|centuries)\b"),
    ("bare_units", r"(?:(?<=\bfor )|(?<=\bwithin )|(?<=\bin )|(?<=\bover )|(?<=\blast )|(?<=\blasted )"
                   r"|(?<=\blasts )|(?<=\btake )|(?<=\btakes )|(?<=\btook )|(?<=\bspent ))"
                   r"(?:years|months|weeks|days|hours|minutes|(?:milli|micro|nano)?seconds|decades|centuries)"
                   r"(?:\s+(?:or|and)\s+(?:years|months|weeks|days|hours|minutes|decades"
                   r"|centuries)\b|\b(?!\s+(?:ago|worked|to\s+come)\b))"
                   r"|(?:minutes|hours|days|weeks|months)(?=\s+(?:after|before|later)\b)"
                   r"|(?:years|months|weeks|days|decades)(?=\s+(?:earlier|later|sooner)\s+than\b)"
                   # `after months of talks`, `years of drought`: a stretch of something
                   r"|(?<!\bthe )(?<!\bthose )(?<!\bthese )(?<!\bdog )"
                   r"(?:days|weeks|months|years|decades)(?=\s+of\s+(?!(?:the|a|an|age|it|this"
                   r"|that|them|those|these|his|her|its|their|our)\b)[a-z])"),
    ("long_adj", r"(?:(?:[a-z]+|\d+)-)?(?:hour|day|week|month|year|decade|centur(?:y|ies)|hours|days|weeks"
                 r"|months|years|decades)-long\b"),
    ("time_clock", rf"{_CLOCK}(?:,?\s+{_CLOCK_DAY})?"),
    ("day_relative", rf"(?:(?:early|late|earlier|later|mid-?)\s*)?(?:today(?!{_TODAYS_ERA})"
                     rf"|tonight|yesterday"
                     rf"|tomorrow|(?:this|last|tomorrow|yesterday)\s+{_TOD}|mid-?{_TOD}"
                     rf"\s+(?:today|yesterday|tomorrow))(?:\s+{_TOD})?\b"
                     r"|midday\b|mid-?\s*(?:morning|afternoon)\b"),
    ("month", rf"(?!(?=march\s)(?:(?<=\bthe )|(?<=\bannual )|(?<=\ba ))march\s+(?:for|of|on|against)\b)(?:(?:early|late|mid)(?:-|\s+)|(?:the\s+)?(?:{_MOD})\s+of\s+)?{_MONTH}(?!\w|-(?!{_MONTH_START}))"),
    ("weekday_week", rf"(?:(?:early|late)\s+)?{_WEEKDAY}(?:\s+{_TOD})?\s+of\s+(?:last|next|this)\s+week\b"),
    ("weekday", rf"(?:(?:early|late)\s+|(?:early|late|later|earlier)\s+on\s+(?={_WEEKDAY}\b))?(?:(?:last|next|this|this\s+coming"
                rf"|the\s+previous|the\s+following"
                rf"|this\s+past|coming|past)\s+)?{_WEEKDAY}s?(?:\s+{_TOD}s?)?\b"),
    ("season", rf"(?:(?:the\s+)?(?:early|late|mid)(?:-|\s+)?)?(?:(?:the\s+)?{_SEASON}"
               rf"(?:\s+(?:of\s+)?(?:{_YEAR}|{_SPOKEN_YEAR}))?|(?:the\s+)?fall\s+(?:of\s+)?{_YEAR}"
               rf"|{_YEAR}\s+{_SEASON})"),
    ("holiday", r"(?:(?:last|next|this)\s+(?:year's\s+)?)?(?-i:Christmas(?:\s+Day|\s+Eve)?"
                r"|Thanksgiving(?:\s+Day)?|New\s+Year's(?:\s+Day|\s+Eve)?|Easter(?:\s+Sunday"
                r"|\s+Monday|\s+week(?:end)?)?|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday"
                r"|Maundy\s+Thursday|Holy\s+(?:Thursday|Saturday|Week)|Pentecost|Shrove\s+Tuesday"
                r"|Mardi\s+Gras|Black\s+Friday|Cyber\s+Monday|Labou?r\s+Day"
                r"|Memorial\s+Day|Independence\s+Day|Veterans'?\s+Day|Presidents'?\s+Day"
                r"|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Valentine's\s+Day|St\.?\s+Patrick's"
                r"\s+Day|Halloween|Boxing\s+Day|Election\s+Day|Fourth\s+of\s+July|Columbus\s+Day)\b"),
    ("fiscal_year", rf"(?:the\s+(?=[a-z]+\s+year\s))?(?:fiscal|calendar|financial|crop|marketing)"
                    rf"\s+(?:year\s+)?{_YEAR}"
                    r"(?:/\d\d(?:\d\d)?)?"),
    ("year", rf"(?:(?:the\s+)?(?:{_MOD}(?:-|\s+)|{_MOD}\s+of\s+)|the\s+year\s+)?(?:{_YEAR_CTX}"
             rf"(?:/\d\d(?:\d\d)?|-\d\d(?![\d-]))?(?:\s+(?:or\s+(?:later|earlier)|and\s+beyond)\b)?"
             rf"|{_SPOKEN_YEAR})"),
    ("overnight", r"overnight\b(?!-|\s+(?:rates?|lending|loans?|deposits?|repos?|call|money|funds"
                  r"|interbank|borrowing|index|indexed|stays?|bags?|delivery|shipping|camp)\b)"),
    # `in future, ...`, not `in future talks` (a plural noun after it: an adjective)
    ("future", r"the\s+(?:near\s+|foreseeable\s+|distant\s+|immediate\s+|not-too-distant\s+)?"
               r"future\b|(?<=\bin )future\b(?!\s+(?!(?:this|is|was|has|his|its|us)\b)[a-z]+s\b)"
               r"|the\s+(?:short|near)\s+(?:term|run)\b"
               r"|the\s+(?:medium|long|longer)\s+term\b(?!-)"),  # TimeBank leaves `the long run`
    ("past", r"the\s+past\b(?!\s+(?:\d|few|several|year|month|week|day|decade|century"
             r"|quarter|half[-\s]centur|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty))"),
    ("present", rf"today(?={_TODAYS_ERA})"
                r"|now\b(?!-)|currently|these\s+days|nowadays|this\s+(?:(?:very|crucial|critical|historic"
                r"|difficult|particular|decisive|delicate|sensitive)\s+)?moment\b"
                r"|the\s+present(?:\s+day)?\b(?![\w-]|\s+[a-z\d])"
                r"|(?=present\b)(?:(?<=\bthe )|(?<=\bits )|(?<=\bour )|(?<=\btheir )|(?<=\bhis )"
                r"|(?<=\bher ))present\b(?!-)(?=\s+(?!(?:and|or|of|to|in|at|for|on|with|by|from|is"
                r"|was|are|were)\b)[a-z]{3,}|\s+\d)"
                r"|(?<=\bat )the\s+moment|(?<=\bfor )the\s+moment|at\s+present"
                r"|(?<!-)\bcurrent\b(?!\s+(?:account|accounts|affairs|assets|liabilities"
                r"|prices|dollars|levels?|rates?|events)\b)"),
    ("recent", r"(?:more\s+)?recently(?!\s+as\b)|lately|previously|(?<!-)(?<!\bmost )\brecent\b"),
)

_HOLIDAYS = frozenset((
    "new year's", "good friday", "black friday", "cyber monday", "labor day", "labour day",
    "memorial day", "independence day", "veterans day", "veterans' day", "presidents day",
    "presidents' day", "martin luther king", "valentine's day", "st. patrick's", "st patrick's",
    "boxing day", "fourth of july", "columbus day", "palm sunday", "ash wednesday",
    "maundy thursday", "holy thursday", "holy saturday", "holy week", "pentecost",
    "shrove tuesday", "mardi gras"))
# Words that start with a capital when they name a date (May, March, Friday, Q3...).
CAPITALISED = frozenset(
    "january february march april may june july august september october november december"
    " jan. feb. mar. apr. jun. jul. aug. sep. sept oct. nov. dec. jan feb mar apr jun jul aug"
    " sep oct nov dec monday tuesday wednesday thursday friday saturday sunday christmas"
    " thanksgiving easter q1 q2 q3 q4 h1 h2 1q 2q 3q 4q halloween".split()) | _HOLIDAYS
_ABBREVIATIONS = [f"{m}{end}" for m in "jan feb mar apr jun jul aug sep oct nov dec".split()
                  for end in (". ", " ")] + ["sept"]
CLOCK_WORDS = ("a.m", "p.m", "am", "pm", "gmt", "utc")  # count only right after a number: `5 pm`, `5pm`
TRIGGER_WORDS = tuple(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday christmas thanksgiving easter"
    " q1 q2 q3 q4 h1 h2 1q 2q 3q 4q noon midnight first-half second-half"
    " year month week day daily hour minute seconds milliseconds microseconds nanoseconds night quarter decade centur millenni"
    " fortnight midday season spring summer autumn winter annually semiannual semi-annual"
    " biweekly bi-weekly fiscal morning evening afternoon tonight today tomorrow yesterday now"
    " current recent lately previously future past nowadays present"
    " twenties thirties forties fifties sixties seventies eighties nineties nineteen".split()
    + sorted(_HOLIDAYS) + ["election day", "halloween", "overnight", "gmt", "utc",
                           "'00s", "'10s", "'20s", "'30s", "'40s", "'50s", "'60s", "'70s",
                           "'80s", "'90s"] + [f"\u2019{tens}0s" for tens in range(10)]
    + ["short term", "near term", "short run", "medium term", "long term", "longer term",
       "these days", "new year's", "at present",
       "this moment", "this very moment", "this crucial moment", "this critical moment",
       "this historic moment", "this difficult moment", "this particular moment",
       "this decisive moment", "this delicate moment", "this sensitive moment",
       "the moment", "first half", "second half", "last half", "the fall", "last fall",
       "this fall", "next fall", "early fall", "late fall", "fall of 1", "fall of 2", "fall 1",
       "fall 2", "latest period", "same period", "comparable period", "corresponding period"]
    + _ABBREVIATIONS + [str(year) for year in range(1600, 2100)]
    + [f"/{digit}" for digit in range(10)] + [f":{digit}" for digit in range(6)]
    + list(CLOCK_WORDS))
# Longer words that hold a trigger but are never dates: found and dropped. (The two
# verb phrases end with their space: `May because`, `March only` are months.)
NOT_TRIGGERS = ("current account", "current-account", "day care", "day-to-day",
                "yearling", "monthly report", "quarterly report", "daily newspaper",
                "quarterly dividend", "dayton", "march on ", "march on\n", "may be ",
                "may be\n", "nowhere")

# Words that may open a date phrase before its trigger word ("the first nine months").
STARTERS = frozenset(
    "the a an this last next early late mid middle end beginning start of earlier later past"
    " current coming previous following latest first second third fourth final initial"
    " remaining additional further another full single same corresponding comparable recent fiscal"
    " calendar financial crop marketing every each per other once twice times to or and"
    " about nearly almost some more than less at least up over roughly around approximately"
    " only just no fewer under most well barely better part few several couple many dozens"
    " number right one two three four five six seven eight nine ten eleven twelve thirteen"
    " fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty"
    " seventy eighty ninety hundred half monday tuesday wednesday thursday friday saturday sunday"
    " monday, tuesday, wednesday, thursday, friday, saturday, sunday, before after until on"
    " this year's last year's next year's year-earlier year-ago flat in that trading business"
    " near foreseeable distant immediate not-too-distant twentieth nineteenth eighteenth"
    " seventeenth sixteenth fifteenth twenty-first year's working mon tue tues wed thu thur"
    " thurs fri sat sun mon. tue. tues. wed. thu. thur. thurs. fri. sat. sun. fifth sixth"
    " seventh eighth ninth tenth consecutive straight".split()
    + _SEASON_KINDS.split())


_CLASSES = {
    "MONTH": "january february march april may june july august september october november"
             " december jan feb mar apr jun jul aug sep sept oct nov dec",
    "WEEKDAY": "monday tuesday wednesday thursday friday saturday sunday",
    "MOD": "early late mid middle end beginning start",
    "NUM": "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
           " fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy"
           " eighty ninety hundred a an several few some many dozens half #",
    "APPROX": "nearly some more less at up roughly around approximately no fewer"
              " the",
    "TIES": "twenties thirties forties fifties sixties seventies eighties nineties",
    "YEAR": "Y",  # a four-digit number: only the rules a year can open
}
# The words (or classes above; `#` = a number) each rule's phrases can open with.
OPENERS = {
    "date_mdy": "WEEKDAY MOD MONTH mon tue tues wed thu thur thurs fri sat sun", "date_dmy": "WEEKDAY the #", "date_numeric": "# YEAR",
    "month_year": "the MOD MONTH", "month_rel": "MOD MONTH", "month_that_year": "MOD MONTH",
    "quarter": "the this last next # YEAR current fiscal same latest comparable calendar year"
               " flat first second third fourth final",
    "quarter_code": "q h #", "month_range": "the", "period": "the", "week_of": "the", "year_ago_adj": "the a comparable year",
    "anaphoric": "earlier later that the", "years_later": "NUM",
    "decade": "the MOD # TIES YEAR", "century": "the MOD # first second third twentieth nineteenth eighteenth seventeenth"
               " sixteenth fifteenth twenty", "unit_edge": "the MOD earlier later",
    "year_end": "year month", "relative_unit": "MOD earlier later this last next the",
    "ago": "nearly some more less at up roughly around approximately no fewer NUM about almost years"
           " months weeks days decades", "the_unit": "the that", "year_ended": "the", "recent_units": "recent past the coming previous earlier years months weeks days decades", "set_every": "every each per",
    "set_times": "once twice NUM",
    "set_adverb": "daily weekly monthly quarterly annually yearly hourly nightly semi"
                  " semiannually bi biweekly",
    "duration_noun": "a an",
    "duration": "the past last next first final coming previous following latest initial"
                " remaining additional further another full APPROX NUM",
    "units_around": "the days weeks months years",
    "bare_units": "years months weeks days hours minutes decades centuries milliseconds"
                  " microseconds nanoseconds seconds",
    "time_clock": "around about # noon midnight",
    "day_relative": "MOD earlier later today tonight yesterday tomorrow this last midday",
    "month": "the MOD MONTH",
    "weekday_week": "early late WEEKDAY",
    "weekday": "MOD earlier later last next this coming past WEEKDAY mondays tuesdays wednesdays"
               " thursdays fridays saturdays sundays",
    "season": "the MOD spring summer autumn winter fall # YEAR",
    "holiday": "christmas thanksgiving new easter last next this good black cyber labor labour"
               " memorial independence veterans presidents martin valentine st halloween boxing"
               " election fourth columbus palm ash maundy holy pentecost shrove mardi",
    "named_season": "the this last next", "past_span": "the",
    "long_adj": "hour day week month year decade century centuries hours days weeks months years"
                " decades one two three four five six seven eight nine ten twelve twenty thirty"
                " forty fifty hundred #", "day_part": "early late morning afternoon evening # around about noon midnight",
    "overnight": "overnight",
    "day_of_period": "the",
    "ordinal_day": "the first second third fourth fifth sixth seventh eighth ninth tenth final #", "fiscal_year": "the fiscal calendar financial crop marketing"
                                                                  " marketing",
    "year": "the MOD # YEAR nineteen", "future": "the future", "some_day": "one", "past": "the",
    "present": "now currently these nowadays the at current this present today",
    "recent": "recently lately previously recent more",
}


@lru_cache(maxsize=1)
def _rules_by_opener() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for name, _ in RULES:
        for key in OPENERS[name].split():
            for word in _CLASSES.get(key, key).split():
                table.setdefault(word, [])
                if name not in table[word]:
                    table[word].append(name)
    return {word: tuple(names) for word, names in table.items()}


_PATTERNS = dict(RULES)


def _lower_pattern(pattern: str) -> str:
    """The rule for a lower-cased text (capitalisation is checked on the trigger); an
    escape keeps its case (`\\S` is not `\\s`)."""
    return _ESCAPE_OR_TEXT.sub(_lower_text, pattern.replace("(?-i:", "(?:"))


_ESCAPE_OR_TEXT = re.compile(r"\\.|[^\\]+", re.S)


def _lower_text(match: re.Match[str]) -> str:
    piece = match.group()
    return piece if piece[0] == "\\" else piece.lower()


def rules_opening_with(opener: str) -> tuple[str, ...]:
    """The names of the rules a phrase opening with this word may follow, in priority
    order (`opener`: a lower-case word)."""
    return _rules_by_opener().get(opener, ())


def lowered_rule(name: str) -> str:
    """A rule's pattern as it is matched against the lower-cased text."""
    return _lower_pattern(_PATTERNS[name])


def grammar_for(opener: str) -> re.Pattern[str] | None:
    """The rules a phrase may open with, as one pattern of alternatives in priority order
    (the first that matches wins, as a loop over the rules would); `match.lastgroup`
    names the rule."""
    if len(opener) == 4 and opener.isdigit():
        opener = "Y"
    elif opener[:1].isdigit() or opener == "#":
        opener = "#"
    elif not opener.isalpha():
        opener = re.match(r"[a-z]*", opener).group()
    return _combined(_rules_by_opener().get(opener, ()))


@lru_cache(maxsize=None)
def _combined(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    body = "|".join(f"(?P<{name}>{_lower_pattern(_PATTERNS[name])})" for name in names)
    return re.compile(rf"\b(?:{body})")


PLAIN, CAPITAL, NUMBER, DROP, INSIDE, CLOCK, DETERMINED = range(7)  # what a trigger needs
DETERMINED_WORDS = ("present",)  # count only after the/its/their...: `the present situation`


@lru_cache(maxsize=1)
def triggers():
    """The prefilter: an Aho-Corasick automaton of the words every date contains, and
    for each of its patterns what it needs to count (PLAIN, CAPITAL, NUMBER, DROP,
    INSIDE: inside a token, `3/24/87`, or CLOCK: after a number, `5 pm`) and the
    opening word it gives when it is a whole word."""
    from .lexicon import Automaton

    words = TRIGGER_WORDS + NOT_TRIGGERS
    kinds = tuple(DROP if word in NOT_TRIGGERS else INSIDE if word[0] in "/:"
                  else CLOCK if word in CLOCK_WORDS else NUMBER if word[0].isdigit()
                  else DETERMINED if word in DETERMINED_WORDS
                  else CAPITAL if word.rstrip(". ") in CAPITALISED or word in CAPITALISED
                  else PLAIN for word in words)
    automaton = Automaton(tuple(words), dfa=True)  # few words: a DFA builds fast
    return automaton, kinds, tuple(_opener_word(word) for word in words)


def _opener_word(trigger: str) -> str:
    """The opening word a phrase starting at this trigger has (`1986` -> `1986`)."""
    if trigger[:1].isdigit():
        return trigger[:4] if trigger[:4].isdigit() else trigger[:1]
    return re.match(r"[a-z]*", trigger).group()
