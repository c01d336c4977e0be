"""Whether a bare "the quarter" is the quarter just ended, reported early in the next.

Companies report a quarter's results in the weeks after it ends: "Microsoft said
Thursday its profit fell 11 percent. Sales of Windows fell 8 percent in the
quarter", told on Jan. 22, is of the fourth quarter, not the one three weeks
old. `temporal_relative.resolve_the_unit` asks this when no quarter is in focus.
"""

from __future__ import annotations

import bisect
import re

from bot.news.calendar_values import quarter
from bot.news.sentences import sentence_tuple
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


def just_ended_quarter(ctx: Context) -> bool:
    """Whether the bare "the quarter" read in `ctx` is the quarter just ended: a past
    sentence with a figure and, in it or the one before, results, told early in a
    calendar quarter, with no period in focus but a day of the quarter under way
    ("said Thursday its profit fell")."""
    anchor, before = ctx.anchor, ctx.previous_period
    if anchor is None or ctx.tense != "past":
        return False
    quarter_start = quarter(anchor.year, (anchor.month - 1) // 3 + 1).first
    if (anchor - quarter_start).days > _REPORTING_DAYS:
        return False
    if before is not None and (before.precision != "day" or before.first < quarter_start):
        return False
    if _MEASURED_IN.search(ctx.text, max(0, ctx.start - 40), ctx.start) is not None:
        return False  # "rose 5 percent on Thursday, their best day in the quarter"
    text = ctx.text
    sentences = sentence_tuple(text)
    index = bisect.bisect_right(sentences, (ctx.start, len(text) + 1)) - 1
    lo, hi = sentences[index] if index >= 0 else (0, len(text))
    told_before = sentences[index - 1][0] if index >= 1 else lo
    return (
        _FIGURE.search(text, lo, hi) is not None
        and _RESULTS.search(text, told_before, hi) is not None
    )
