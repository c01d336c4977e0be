"""What a vote or an election told of before a date says of its side of now: one
in a present or future clause lies ahead, however far ("Merkel is seeking a third
term in the election on Sept. 22"); the results of one are of one gone."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.news.tense_phrases import Signal

# A vote told of in a present or future clause is one ahead, however far (a past
# one or none leaves it the nearest: "weeks after the election on Oct. 7").
_VOTE_BEFORE = re.compile(
    r"\b(?:vote|election|ballot|referendum|runoff)\s(?:(?!have\s)[\w'’-]+\s){0,4}?(?:on|in)\s$"
)
# (not "is challenging the result of the election on March 4")
_VOTE_OVER = re.compile(r"\b(?:results?|outcome|after|since|following|aftermath)\s")
_VOTE_RESULTS = re.compile(r"\b(?:results?|outcome)\sof\s(?:the|a|an|its|their)\s$")


def vote_signal(
    text: str,
    lo: int,
    start: int,
    phrased: Signal | None,
    marker: Callable[[], tuple[float, Signal] | None],
) -> Signal | None:
    """The signal a vote before the date at `start` gives, or None: `phrased` is what
    the phrase reader made of it, `marker` reads the clause's nearest marker."""
    vote = _VOTE_BEFORE.search(text, max(lo, start - 48), start)
    if vote is None:
        return None
    if phrased is None:
        results = _VOTE_RESULTS.search(text, max(lo, vote.start() - 16), vote.start())
        return "past" if results is not None else None  # "the results of the vote on Sunday"
    if _VOTE_OVER.search(text, max(lo, vote.start() - 24), vote.start()) is not None:
        return None
    nearest = marker()
    if nearest is not None and nearest[1] in ("scheduled", "future"):
        return "future"
    return None
