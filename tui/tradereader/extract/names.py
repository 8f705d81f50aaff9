"""Names: what a person's name looks like, and the tests a candidate must pass.

The patterns of name words, the stop words, the organisation and role words and the
family-name sets; `clean_name` trims a candidate to the name it holds (or rejects it),
`name_before` finds a full name ending at an offset, `surname_key` gives the word later
mentions of a person use. The rules that find names are in people.py; the later bare
surnames in surnames.py.
"""

from __future__ import annotations

from functools import lru_cache

from .lazy_regex import lazy

# A capital: ASCII or Latin-1, or any letter beyond Latin-1 (`Š`, `Ł`); a small letter: any
# letter but those capitals (`Wollmershäuser`, `Šefčovič`). Classes built from categories
# and Latin-1 ranges compile fast; one listing letters beyond Latin-1 would not.
_UP = r"(?:[A-ZÀ-ÖØ-Þ]|[^\W\d_\x00-\xff])"
_LOW = r"[^\W\d_A-ZÀ-ÖØ-Þ]"
_TOKEN = (rf"(?:(?:[A-Z]\.){{1,3}}|(?:[A-Z]['’]|(?:al|el)-)?{_UP}{_LOW}*{_UP}?{_LOW}+"  # `B.V.`
          rf"(?:[-'’]{_UP}?{_LOW}+)*)")
_PARTICLE = r"(?:de|De|van|von|der|den|da|di|du|la|le|bin|al|del|dos|St\.)"
# The space between two name words (one line break at most), and a whole name. people.py
# compiles them itself: Python 3.11 calls a method of an imported pattern through a bound
# method made at each call, a little slower in its loops.
SPACE_PATTERN = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
NAME_PATTERN = rf"{_TOKEN}(?:{SPACE_PATTERN}(?:{_PARTICLE}{SPACE_PATTERN}){{0,2}}{_TOKEN}){{0,3}}"
_TOKEN_FULL = lazy(rf"{_TOKEN}(?:['’]s)?")
PARTICLES = frozenset(_PARTICLE[3:-1].replace("\\", "").split("|"))  # `De Clercq`, `St. Germain`
_SPLIT = lazy(r"\s+")
STOP_WORDS = frozenset(
    "The A An And But Or If In On At Of For From To By As With Without After Before While "
    "When Where Why How What Which Who This That These Those It Its He She His Her They "
    "Their We Our I You Mr Mrs Ms Dr Meanwhile However Still Also Yet So Then There Here "
    "Both Each Some Many Most All Such Asked Under Over Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday January February March April May June July August September "
    "October November December Reuters Xinhua Kyodo Bloomberg AP AFP Today Tomorrow "
    "Yesterday According Despite Although Even Earlier Later Last Next Chinese American "
    "Japanese European Not No Sources Officials Analysts Spokesman Jan Feb Mar Apr Jun Jul "
    "Aug Sep Sept Oct Nov Dec Sir Dame Asian African Southeast Northeast Arab Western "
    "Eastern Nordic Scandinavian".split()
)
# the word a firm's name ends with (`Inc`, `Ltd`, `Pte`; `Co` not before a hyphen: `Co-Chair`)
FIRM_SUFFIX = r"(?:Inc|Ltd|Corp|Co(?!-)|LLC|Plc|PLC|AG|SA|NV|GmbH|Limited|Pte|Pty|Bhd)\b"
ORG_WORDS = frozenset(
    "Bank Group Inc Corp Co Ltd Company Corporation Holdings Securities Capital Partners "
    "Research Institute University Foundation Street Economics Sachs Stanley Motor Motors "
    "Exchange Fund Association Council Committee Agency Ministry Department Office Times "
    "Post Journal News Airlines Industries Electronics Party Commission Center Centre Club "
    "Administration Service Services Index Board House Congress Senate Court Organisation "
    "Organization Report Plan Programme Program Act Law Agreement Accord Round Academy "
    "Sciences School Society Forum Chamber Federation Union Alliance Studies Daily Affairs "
    "Bureau Economy Democrat Republican Institution "
    "Radio Television TV Network Broadcasting Insider Magazine Media Channel Wire "
    "City County Province Island Islands Valley Beach Harbor Harbour Springs Heights "
    "Electric Technology Technologies Semiconductor Pharmaceuticals Trusts Energy".split()
)
# Capitalised role nouns written before a name; never part of it (`Economist Jane Doe`)
_ROLE_WORDS = frozenset(
    "Professor Economist Analyst Owner Founder Strategist Researcher Chairman Chairwoman "
    "Director Executive Adviser Advisor Spokesman Spokeswoman CEO Lawyer Attorney Editor "
    "Correspondent Author Manager Officer Official Trader Consultant Expert Scholar "
    "Lecturer Mayor Negotiations Exchequer Administrator Deputy "
    # a portfolio's nouns end a title too (`for International Trade Liam Fox said`)
    "Trade Commerce Industry Finance Economy Affairs Treasury Agriculture Energy Defence "
    "Defense Interior Investment Fisheries Transport Tourism Customs Revenue Environment "
    "Ecology Education Welfare Housing".split()
)
CHINESE_SURNAMES = frozenset(
    # Taiwan's and Hong Kong's spellings too (`Tsai Ing-wen`, `Chiang Pin-kung`, `Leung`)
    "Tsai Hsu Chiang Chou Hsieh Kuo Tseng Chang Yeh Tsao Hung Chung Chan Leung Wong Cheung "
    "Tsang Kwok Lau Chow Fung Hsiao Chien "
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Zhu Hu Guo Gao Lin Luo Zheng Liang Xie "
    "Tang Xi Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Wei Lu Ding Ren "
    "Shen Yao Zhong Cui Tan Kong Qian Bo Wen Jia Mao Hua Lou Gao Wan Fu Zhu Yi He Mei Shi Zou "
    "Xiong Qin Jin Du Su Lyu Fang Qiu Xia Hou Shao Meng Duan Lei Yin Kang Gu Liao Cheng Dai Lai "
    "Ye Xue Yan Hao Sheng Ning Bian Chai Chu Dou Gong Ji Jiao Mu Niu Ou Pang Qi Rao Shang Tao "
    "Wei Xing Yue Zhan Zhuang".split()
)
# Korean and Vietnamese family names, written first: `Rha Woong Bae`, `Tran Van Thinh`
_FAMILY_FIRST_SURNAMES = frozenset(
    "Kim Lee Park Choi Chung Jung Kang Cho Yoon Jang Lim Han Shin Kwon Hwang Ahn Yoo Hong "
    "Jeon Bae Baek Nam Rha Roh Chun Yang Suh Seo Hyun Koo Lew Rhee "
    "Nguyen Tran Pham Hoang Huynh Phan Dang Bui Ngo Duong Truong Dinh Trinh Doan Luong".split()
)
FAMILY_NAMES = CHINESE_SURNAMES | _FAMILY_FIRST_SURNAMES  # given names elsewhere: `Lee`, `Kim`
_TITLE_NAMES = CHINESE_SURNAMES | {"May"}  # `Prime Minister Theresa May`
_STOP_WORDS_AFTER_TITLE = STOP_WORDS - _TITLE_NAMES
_AMBIGUOUS_SURNAMES = frozenset("He Ma Sun Long Song Yu Lu Bo Yi Fu".split())
_SHORT_SURNAMES = frozenset("Xi Li Hu Wu".split())  # two letters, yet safe as later mentions
# `Academy of Social Sciences`, `Bank of Tokyo in New York said`: no person
_BEFORE_ORG_NAME = frozenset({"of", "for", "in", "at", "on"})


def clean_name(raw: str, start: int, why: str, keep_single: bool,
               after_title: bool = False) -> tuple[int, int, str] | None:
    """(start, end, why) of the name in `raw` (found at `start`) once stop words,
    possessives and organisation names are trimmed; None if nothing is left.

    After a title, a Chinese family name that is also an English word stays
    (`Vice Premier He Lifeng`, `Vice Premier Liu He`).
    """
    span = _clean_span(raw, keep_single, after_title)  # names recur: cached
    return None if span is None else (start + span[0], start + span[1], why)


@lru_cache(maxsize=4096)
def _clean_span(raw: str, keep_single: bool, after_title: bool) -> tuple[int, int] | None:
    """`clean_name` within `raw`: the span kept, or None. The words kept are
    `words[lo:hi]`; their offsets are found once, at the end."""
    words = raw.split()
    lo, hi = 0, len(words)
    stop = _STOP_WORDS_AFTER_TITLE if after_title and hi > 1 else STOP_WORDS
    while lo < hi and _bare(words[lo]) in stop:
        lo += 1
    for i in range(hi - 2, lo - 1, -1):  # `Science Professor Mitsuru Uchida`
        if words[i] in _ROLE_WORDS:
            lo = i + 1
            break
    for i in range(lo, hi):
        word = words[i]
        if _bare(word) in stop and not _given_after_family(words, lo, hi, i):
            hi = i
            break
        if word.endswith(("'s", "’s")):
            hi = i + 1
            break
    if lo >= hi or not ORG_WORDS.isdisjoint(words[lo:hi]) or hi - lo < 2 and not keep_single \
            or words[hi - 1] in _ROLE_WORDS:  # `Qatari Finance, Economy and Trade Minister`
        return None
    first, end = _span_of(raw, words, lo, hi)
    if raw.endswith(_POSSESSIVES, 0, end):  # most names end in none: one test
        for suffix in _POSSESSIVES:
            if raw.endswith(suffix, 0, end):
                end -= len(suffix)
                break
    if raw[first:end].endswith(".") and len(words[hi - 1]) <= 2:
        return None  # a bare initial
    return first, end


_POSSESSIVES = ("'s", "’s", "'", "’")  # in this order: `'s` before `'`


def _given_after_family(words: list[str], lo: int, hi: int, i: int) -> bool:
    """Whether the last word kept, a stop word, is the given name after a Chinese family
    name (`He` in `Liu He`)."""
    return i == hi - 1 and i > lo and words[i] in CHINESE_SURNAMES \
        and words[i - 1] in CHINESE_SURNAMES


def _bare(word: str) -> str:
    """`word` without its final dots (`Mr.`), but an initial keeps its dot: `A.` in
    `John A. Hobson` is no article."""
    return word if len(word) == 2 and word[1] == "." else word.rstrip(".")


def _span_of(raw: str, words: list[str], lo: int, hi: int) -> tuple[int, int]:
    """(start, end) in `raw` of `words[lo:hi]`, the words of `raw.split()`: only white
    space lies between one word and the next."""
    at = 0
    for word in words[:lo]:
        at = raw.find(word, at) + len(word)
    first = raw.find(words[lo], at)
    at = first
    for word in words[lo:hi]:
        at = raw.find(word, at) + len(word)
    return first, at


def name_before(text: str, end: int, why: str) -> tuple[int, int, str] | None:
    """A full name (two words or more) ending just before `end`, or None.

    Called for every reporting verb, role and title, and most fail at the first
    test, so that one is kept cheap: one short slice, split from the right.
    """
    lo = end - 72 if end > 72 else 0  # not max(): a builtin call costs more
    window = text[lo:end]
    last = window.rsplit(None, 2)  # cheap tests first: the two words before must look like a name
    if len(last) < 2 or not last[-1][0].isupper() or not last[-2][0].isupper() \
            and last[-2] not in PARTICLES:
        return None
    if not _is_token(last[-1]) or not (_is_token(last[-2]) or last[-2] in PARTICLES):
        return None  # what `_name_words` would find, sooner (`Reuters,`, `U.S.`)
    if window[-1:].isspace() and "\n\n" in window[-3:]:
        return None
    taken = _name_words(window.rsplit(None, 4))  # the same two last words, and two more
    if taken is None:
        return None
    first = text.rfind(taken[0], lo, end)
    last_end = first + len(taken[0])
    for word in taken[1:]:
        first = text.rfind(word, lo, first)
    raw = text[first:last_end]
    if "\n\n" in raw:
        return None
    if "s " in raw:  # `Marine Midland's O'Neill said`: the name is what follows the owner
        owner = max(raw.rfind("'s "), raw.rfind("’s "))
        if owner >= 0:
            first += owner + 3
            raw = text[first:last_end]
    return clean_name(raw, first, why, keep_single=False)


def _name_words(words: list[str]) -> list[str] | None:
    """The name words at the end of `words`, last first (two to four), or None.

    The last two are name words already (a capitalised word, then one or a particle);
    `words` needs only its last four items: no more are ever taken.
    """
    taken = [words.pop(), words.pop()]
    stopper = ""  # the word before the name
    while words and len(taken) < 4:
        word = words.pop()
        if not (_is_token(word) or word in PARTICLES):
            stopper = word
            break
        taken.append(word)
    return None if stopper in _BEFORE_ORG_NAME else taken


@lru_cache(maxsize=8192)
def _is_token(word: str) -> bool:
    """Whether `word` is one capitalised name word (an initial, `O'Neill`, `Yeutter's`)."""
    return _TOKEN_FULL.fullmatch(word) is not None


# what may follow a name (`James A. Baker III`, `Thomas P. O'Neill Jr.`, `King Hassan II`,
# The New York Times's `James A. Baker 3d`; not `Sr. Vice President`, a title after a comma)
SUFFIX_WORDS = frozenset("Jr Sr II III IV 2d 3d".split())
_SUFFIX_AFTER = lazy(
    r",?[ \t]+(?:Jr\.?|Sr\.?|II|III|IV|2d|3d)(?![\w'’-]|[ \t]+(?:Vice|Executive|Managing|Deputy|"
    r"Director|Manager|Adviser|Advisor|Counsel|Partner|Fellow|Editor)\b)")
_PATRONYMIC = frozenset({"bin", "ibn", "bint"})


def with_suffix(text: str, found: tuple[int, int, str]) -> tuple[int, int, str]:
    """A found name with the suffix written after it (`Jr.`, `III`), if any."""
    start, end, why = found
    if text[end - 3:end] in (" Jr", " Sr") and text[end:end + 1] == ".":
        return start, end + 1, why  # the name took the suffix but not its dot
    suffix = _SUFFIX_AFTER.match(text, end)
    return found if suffix is None else (start, suffix.end(), why)


def _tokens(name: str) -> list[str]:
    return _SPLIT.split(name)


@lru_cache(maxsize=4096)
def surname_key(name: str) -> str | None:
    """The word later mentions use for this person (None if too ambiguous)."""
    tokens = _tokens(name)
    while len(tokens) > 1 and tokens[-1].rstrip(".,") in SUFFIX_WORDS:
        tokens = tokens[:-1]  # `James A. Baker III`, `Robert Casey, Jr.`: Baker, Casey
    tokens = [token.rstrip(",") for token in tokens]
    if _PATRONYMIC.intersection(tokens):
        return None  # `Mohammed bin Salman`: Salman is his father (King Salman), no surname
    if len(tokens) == 2 and tokens[0] in CHINESE_SURNAMES and tokens[1][1:].islower():
        key = tokens[0]
    elif tokens[0] in _FAMILY_FIRST_SURNAMES and (len(tokens) == 3 or "-" in tokens[-1]):
        key = tokens[0]  # `Rha Woong Bae`, `Kim Dae-jung`, `Tran Van-Thinh`: family name first
    else:
        key = tokens[-1]
        if key[:3] in ("al-", "el-"):
            key = key[3:]  # `al-Sisi` ... `Sisi`
    if key in _AMBIGUOUS_SURNAMES or key in STOP_WORDS or key.endswith("."):
        return None
    if len(key) < 3 and key not in _SHORT_SURNAMES:
        return None
    return key
