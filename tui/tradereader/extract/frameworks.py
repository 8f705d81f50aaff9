"""A bare `framework`: the deal the story is about, once it has named one.

Negotiators reach `a framework`, `the London framework`; annotators mark it as the
trade agreement it is (18 of 25 bare uses in blind rounds 46-61). The other uses are
a policy's or a body's frame (`within the framework of the WTO`, `this framework` of a
central bank), in stories that named no deal before them. So the word is a trade
agreement only after the story named a trade agreement (a deal, pact, truce...) within
`_LOOK_BACK` characters, and never before `of`.
"""

from __future__ import annotations

from .curbs import issues_before
from .lazy_regex import rx
from .lexmatch import Found

FRAMEWORK_SURFACES = frozenset({"topic:framework", "topic:frameworks"})  # lexicon surfaces
FRAMEWORK_WHYS = frozenset("lexicon " + surface for surface in FRAMEWORK_SURFACES)
_LOOK_BACK = 3000  # characters: the story the word is in
_OF_AFTER = r"[ \t\n]+of\b"


def framework_after_agreement(text: str, found: list[Found | None], i: int) -> Found | None:
    """`found[i]` (a bare framework) if the story named a trade agreement before it."""
    f = found[i]
    if rx(_OF_AFTER).match(text, f.end):
        return None  # `within the framework of the WTO's dispute settlement`
    for before in issues_before(found, i, f.start - _LOOK_BACK):
        if before.value == "trade agreement" and before.why not in FRAMEWORK_WHYS:
            return f
    return None
