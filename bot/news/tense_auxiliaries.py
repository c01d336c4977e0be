"""What an auxiliary before a date tells of its side of now: a contracted "will"
("We'll be ready Friday") looks ahead, a negated past ("did not play Tuesday", "was not
found until March 3") is behind, and a possibility not ruled out ("did not rule out a
vote on Friday") is still ahead; a past that did not come to be ("would have been
held on April 11") is the nearest."""

from __future__ import annotations

import re
from typing import Literal

from bot.news.temporal_lexicon import WEEKDAY_PATTERN

_WEEKDAY = re.compile(WEEKDAY_PATTERN)

# "We'll be ready Friday", "I'd like to sign him by April" (not "he'd been told", nor
# "they'd met on March 3": a past participle makes 'd "had").
_HAD_PARTICIPLES = (
    "met|gone|done|seen|known|told|left|made|taken|given|become|begun|won|lost|got|gotten"
    "|sent|spent|held|brought|thought|found|heard|come|run|paid|built|put|set|been|had|[a-z]+ed"
)
_CONTRACTED_FUTURE = re.compile(
    rf"\b[A-Za-z]+['’](?:ll|d(?!\s(?:already\s|just\s|never\s)?(?:{_HAD_PARTICIPLES})\b))\s"
    r"(?:(?!(?:said|told|and|but)\b)[\w'’-]+\s){0,5}?(?:on\s|in\s|by\s|until\s)?$"
)
# A past told negatively: "was not found until March 3", "did not play Tuesday".
# Not a plan ("were not due to reopen until Thursday", "did not rule out a vote on
# Friday", "did not expect a decision until Friday"): those look ahead.
_NOT_UNTIL = re.compile(
    r"\b(?:was|were|had|did)(?:\snot|n['’]t)\s(?:(?!to\s|expect)[a-z]+\s){1,3}?(?:until|till)\s$"
)
_DID_NOT = re.compile(
    r"\b(?:did\snot|didn['’]t)\s(?!rule\b|expect|anticipate|plan|intend|want|see\b|foresee)"
    r"(?:(?!(?:will|would|say|says|said|to)\b)[\w'’-]+\s){1,4}?(?:on\s|in\s)?$"
)
_RULED_OUT = re.compile(
    r"(?:\bnot|n['’]t)\srule[ds]?\sout\s(?:[\w'’-]+\s){0,5}?(?:on|in|by|before|beyond|until)\s$"
)


# A past that did not come to be: "The runoff would have been held on April 11", the
# nearest such day either way.
_WOULD_HAVE = re.compile(
    r"\b(?:would|could|should|might)\shave\s(?:been\s)?[a-z]+\s(?:[\w'’-]+\s){0,3}?(?:on|in|by)\s$"
)


def auxiliary_tense(
    text: str, head_at: int, start: int
) -> Literal["past", "future", "nearest"] | None:
    """The tense the auxiliary in text[head_at:start] gives the date at `start`
    ("nearest": the nearest day of its name either way), or None."""
    if " have " in text[head_at:start] and _WOULD_HAVE.search(text, head_at, start):
        # a weekday that did not come to be is one gone ("could have been played on
        # Sunday, but officials postponed it")
        return "past" if _WEEKDAY.match(text, start) else "nearest"
    contracted = "'" in text[head_at:start] or "’" in text[head_at:start]
    if contracted and _CONTRACTED_FUTURE.search(text, head_at, start) is not None:
        return "future"  # '"We'll be ready Friday," he said'
    if " not " not in text[head_at:start] and "n't " not in text[head_at:start]:
        return None
    if _NOT_UNTIL.search(text, head_at, start) or _DID_NOT.search(text, head_at, start):
        return "past"  # "did not return calls Tuesday", "was not found until March 3"
    if _RULED_OUT.search(text, head_at, start):
        return "future"  # "did not rule out a vote on Friday": one still possible
    return None
