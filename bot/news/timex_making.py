"""One scanned candidate made a `Timex`: resolved, its clock time and "the week of"
taken in, and marked as a noun's qualifier, a comparison or a vague reference."""

from __future__ import annotations

import re

from bot.news import calendar_values as cal
from bot.news.clause_tense import ClauseTense
from bot.news.date_clues import side_of_now
from bot.news.date_yardsticks import yardstick_at
from bot.news.model import Precision
from bot.news.temporal_clock import with_clock
from bot.news.temporal_context import Context
from bot.news.temporal_filters import is_attributive
from bot.news.temporal_lexicon import MONTH_PATTERN
from bot.news.temporal_resolve import resolve_candidate
from bot.news.temporal_scan import Candidate
from bot.news.timex import Timex, natural_end

VAGUE_KINDS = frozenset({"vague", "vague_the", "vague_term"})


# A verb that reports or foretells a period's results: "reports first-quarter earnings
# on April 23" tells of the report, which its own date (if any) dates, not of the quarter.
_REPORTS = re.compile(
    r"\b(?:report|post|announce|release|publish|unveil|forecast|project|expect|predict)"
    r"(?:s|ed|d|es)?\s(?:its\s|their\s|an?\s)?$",
    re.IGNORECASE,
)


def _is_modifier(text: str, cand: Candidate, precision: Precision) -> bool:
    """A year or period that only qualifies a noun: "the 2018 budget", "last year's profit",
    "reported first-quarter earnings"."""
    if cand.kind == "year" or cand.kind == "year_range":
        return is_attributive(text, cand.start, cand.end)
    if cand.group("results") and _REPORTS.search(text, max(0, cand.start - 24), cand.start):
        return True
    possessive = text[cand.end - 2 : cand.end] in ("'s", "’s")
    return possessive and precision != "day"


# "fell 17% compared to 2008", "rose 0.8% in February from January": named to compare
# with, the focus stays where it was.
_COMPARED_TO = re.compile(
    rf"\b(?:(?i:compared\s(?:with|to)|versus|vs\.?)\s(?:(?:the|a)\s)?"
    rf"|(?:{MONTH_PATTERN}(?:\s\d{{4}})?|quarter|half)\sfrom\s)$"
)
# "would fall below last year's level", "matched 2012's pace": a period's own figure as a
# yardstick dates nothing, and lends its year to nothing after it (not "Last year's total
# was inflated in March": its subject).
_YARDSTICK_NOUN = re.compile(r"['’]s\s(?:levels?|pace|totals?|average)\b")
_MEASURED_AGAINST = re.compile(
    r"\b(?:below|above|than|from|over|under|to|with|match(?:ed|es|ing)?|exceed(?:ed|s|ing)?"
    r"|beat|beats|surpass(?:ed|es)?|top(?:ped|s)?)\s\Z"
)
_WEEK_OF = re.compile(r"(?<![\w-])(?i:the)\s{1,3}(?i:week)\s{1,3}of\s$")


def make_timex(
    text: str, cand: Candidate, ctx: Context, clause: ClauseTense
) -> tuple[Timex, cal.Period] | None:
    """The Timex of a candidate, and the period it names (None if it resolves to none)."""
    resolution = resolve_candidate(cand, ctx)
    if resolution is None:
        return None
    period = resolution.period
    if resolution.anchored and ctx.past_told_ahead(period.first):
        # "A week earlier, Davis had quit" counted from a date ahead: the date it
        # counts from is not the one meant, and a past event cannot lie ahead.
        return None
    until = None if period.last == natural_end(period.first, period.precision) else period.last
    start, end, value = cand.start, cand.end, period.value
    if period.precision == "day":
        start, end, value = with_clock(text, start, end, value)
        if value != period.value:
            period = cal.Period(period.first, period.last, period.precision, value)
        elif until is None and text[start - 3 : start] == "of ":
            week_of = _WEEK_OF.search(text, max(0, start - 20), start)
            if week_of is not None:  # "the week of 22 July": that week
                start, period = week_of.start(), cal.week(period.first)
                value = period.value
    # Not Timex(...): a frozen dataclass sets each field through object.__setattr__,
    # three times as slow as filling the __dict__; and the tense is left to `_TenseField`.
    timex = object.__new__(Timex)
    vars(timex).update(
        start=start,
        end=end,
        expression=text[start:end],
        date=period.first,
        until=until,
        precision=period.precision,
        value=value,
        anchored=resolution.anchored,
        attributive=_is_modifier(text, cand, period.precision),
        _clause=clause,
        parts=(),
        vague=cand.kind in VAGUE_KINDS,
        comparison=resolution.comparison
        or _COMPARED_TO.search(text, max(0, start - 20), start) is not None
        or yardstick_at(text, start)  # "the best since 2009": no focus
        or (
            _YARDSTICK_NOUN.match(text, end - 2) is not None
            and _MEASURED_AGAINST.search(text, max(0, start - 16), start) is not None
        ),
        no_anchor=False,
    )
    side = side_of_now(cand)
    if side is not None:  # "at its meeting earlier this month": over, whatever the verb
        vars(timex)["tense"] = side
    return timex, period
