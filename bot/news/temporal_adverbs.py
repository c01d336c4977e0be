"""An "early" or "late" that tells how early or late a thing happened, not when.

"The monsoon was expected to arrive a few days early this year": after a length
of time, "early" goes with the verb ("arrive a few days early") and the date is
"this year" alone. After a preposition the length is a stretch of its own and
the modifier stays with the date ("was shut for three months late last year").
"""

from __future__ import annotations

import re

from bot.news.temporal_lexicon import NUMBER_PATTERN
from bot.news.temporal_scan import Candidate

# Kinds whose match opens with the modifier ("early this year", "late 2009").
_OPENED_BY_MODIFIER = frozenset(("unit_rel", "year", "month_year"))
_ADVERBS = frozenset(("early", "late"))
# "a few days ", "two weeks ", "an hour ", with the word before the count.
_LENGTH_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?:(?P<lead>[a-z]{1,12})\s)?(?:a\sfew|a\scouple\sof|several|some"
    rf"|{NUMBER_PATTERN})\s(?:minute|hour|day|week|month|year)s?\s)$"
)
_DURATION_PREPS = frozenset(
    "for in over during within throughout through across after since".split()
)
_WINDOW = 48


def without_verb_modifier(cand: Candidate, text: str) -> Candidate:
    """`cand` less an "early"/"late" that follows a length of time: "arrive a few
    days early this year" is "this year" (see the module docstring)."""
    mod = cand.group("mod")
    if cand.kind not in _OPENED_BY_MODIFIER or mod is None or mod.lower() not in _ADVERBS:
        return cand
    if text[cand.start : cand.start + len(mod)] != mod:
        return cand
    length = _LENGTH_BEFORE.search(text, max(0, cand.start - _WINDOW), cand.start)
    if length is None or (length.group("lead") or "").lower() in _DURATION_PREPS:
        return cand
    start = cand.start + len(mod)
    while start < cand.end and text[start] in " -\t\n":
        start += 1
    return Candidate(cand.kind, start, cand.end, {**cand.groups, "mod": None})
