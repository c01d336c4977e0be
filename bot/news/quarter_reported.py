"""Whether a bare "the quarter" is the quarter just ended, reported early in the next.

Companies report a quarter's results in the weeks after it ends: "Microsoft said
Thursday its profit fell 11 percent. Sales of Windows fell 8 percent in the
quarter", told on Jan. 22, is of the fourth quarter, not the one three weeks
old. `temporal_relative.resolve_the_unit` asks this when no quarter is in focus.
"""

from __future__ import annotations

import re

from bot.news.temporal_context import Context

# How many days into a calendar quarter its predecessor's results still come out.
_REPORTING_DAYS = 45
# A figure reported in the sentence before the expression: "fell 8 percent", "$1.2 billion".
_FIGURE = re.compile(
    r"(?:[$€£]\d|\d(?:[\d.,]*\d)?\s?(?:%|percent|per\scent|billion|million|cents)\b)"
)
# What a company reports of a quarter, in the sentence or the one before ("its profit
# fell ... Sales of Windows fell 8 percent in the quarter"; not "The dollar fell 1
# percent on Tuesday, its biggest drop in the quarter").
_RESULTS = re.compile(
    r"\b(?:profits?|earnings|income|revenues?|sales|loss|losses|results|shipments|deliveries)\b",
    re.IGNORECASE,
)
# A superlative the quarter measures: the quarter under way.
_MEASURED_IN = re.compile(
    r"\b(?:best|worst|biggest|largest|highest|lowest|strongest|weakest)\s(?:[\w-]+\s)?"
    r"(?:day|week|month|session|gain|drop|decline|rise|fall|showing|performance|close|level)s?"
    r"\s(?:in|of|for)\s$"
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])")


def just_ended_quarter(ctx: Context) -> bool:
    """Whether the bare "the quarter" read in `ctx` is the quarter just ended: a past
    sentence with a figure and, in it or the one before, results, told early in a
    calendar quarter, with no period in focus but a day of the quarter under way
    ("said Thursday its profit fell")."""
    anchor, before = ctx.anchor, ctx.previous_period
    if anchor is None or ctx.tense != "past":
        return False
    quarter_start = anchor.replace(month=(anchor.month - 1) // 3 * 3 + 1, day=1)
    if (anchor - quarter_start).days > _REPORTING_DAYS:
        return False
    if before is not None and (before.precision != "day" or before.first < quarter_start):
        return False
    if _MEASURED_IN.search(ctx.text, max(0, ctx.start - 40), ctx.start) is not None:
        return False  # "rose 5 percent on Thursday, their best day in the quarter"
    text, lo = ctx.text, max(0, ctx.start - 160)
    for end in _SENTENCE_END.finditer(text, lo, ctx.start):
        lo = end.end()
    after = _SENTENCE_END.search(text, ctx.end, ctx.end + 160)
    hi = after.start() + 1 if after is not None else min(len(text), ctx.end + 160)
    return (
        _FIGURE.search(text, lo, hi) is not None
        and _RESULTS.search(text, max(0, lo - 240), hi) is not None
    )
