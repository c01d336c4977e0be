"""Quarters and half years: "the fourth quarter of 2005", "Q3", "H1 2023", "the
first half", "the June quarter", "its fiscal third quarter", "the last three months of 2012".

A quarter without a year takes it from the words around it (a year told
before, "last year's"), else the nearest in the tense of its clause; results
and estimates are of a quarter begun; a fiscal quarter is valued by the fiscal
year under way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.news import calendar_values as cal
from bot.news import temporal_relative as relative
from bot.news.calendar_values import Period
from bot.news.temporal_context import Context, Resolution, group_text
from bot.news.temporal_lexicon import ORDINALS, month_number
from bot.news.temporal_scan import Candidate
from bot.news.temporal_years import in_nearest_year

_AHEAD_LEADS = ("for ", "to ", "until ", "till ", "by ")
_JUST_REPORTED = 90  # days after its end a quarter is the one results were just told of


def resolve_quarter(cand: Candidate, ctx: Context) -> Resolution | None:
    """A quarter or half year: "the fourth quarter of 2005", "Q3", "H1 2023", "the first half",
    "the June quarter" (the one that ends in June)."""
    months = group_text(cand, "months")  # "the first three months of 2013"
    halves = group_text(cand, "unit") == "half" or bool(cand.group("h")) or months in ("six", "6")
    make = cal.half if halves else cal.quarter
    ordinal_text = group_text(cand, "ord")
    ordinal = ORDINALS.get(ordinal_text, 0)
    if months and ordinal_text == "last":
        ordinal = 4  # "the last three months of 2012": the last of the year's
    if cand.group("qmon"):
        if halves:
            return None  # "the June half" is no period
        ordinal = ((month_number(group_text(cand, "qmon")) or 1) - 1) // 3 + 1
    number = int(group_text(cand, "q") or group_text(cand, "h") or "0") or ordinal
    if halves:
        number = min(number, 2)
    # "1988's third quarter", "the 1996 third quarter"
    given = cand.group("y") or cand.group("y2") or cand.group("oy") or cand.group("ty")
    # "last year's third quarter", "the third quarter last year"
    rel = group_text(cand, "rel") or group_text(cand, "owner") or group_text(cand, "rel_year")
    if ordinal_text == "last" and (given or rel) and not months:
        number = 2 if halves else 4  # "the last quarter of 2012": of that year
    if given:
        return Resolution(make(int(given), number))
    if ctx.anchor is None:
        return None
    if cand.group("year_back"):
        return _year_back(make, number, group_text(cand, "year_back"), ctx)
    if ordinal_text == "last" and not rel and not halves:
        previous_quarter = relative.shift_unit(ctx.anchor, "quarter", -1)
        return Resolution(previous_quarter) if previous_quarter else None
    if rel == "the":  # "the second half of the year": the year in focus
        before = ctx.previous_period
        if (
            before is not None
            and before.precision == "day"
            and before.first.year == ctx.anchor.year
        ):
            before = None  # a day of this year told before is no year in focus
        if ctx.focus_where == "aside":  # "Apple, which went public in 1980, ... of the year"
            before = None
        if before is None or ctx.future_told_after(before):
            this_year = make(ctx.anchor.year, number)
            if (
                ctx.tense == "past"
                and this_year is not None
                and this_year.first > ctx.anchor
                # (not "sold out its production for the second half of the year", "delay
                # the IPO to the second half": a time still ahead)
                and not ctx.text.endswith(_AHEAD_LEADS, 0, cand.start)
            ):
                # "shrank 0.6 percent in the last three months of the year", told in March
                return Resolution(make(ctx.anchor.year - 1, number))
            return Resolution(this_year)
        return Resolution(make(before.first.year, number), anchored=True)
    if rel:
        return Resolution(make(ctx.anchor.year + relative.SHIFTS.get(rel, 0), number))
    if ctx.year_hint:
        return Resolution(make(ctx.year_hint, number))
    fiscal = "fiscal" in ctx.text[cand.start : cand.end].lower()
    # "reports first-quarter earnings on April 23": the quarter nearest, not the one
    # ahead that the tense would give (results told in the past are of a past one).
    results = cand.group("results") or _RESULTS_FOR.search(
        ctx.text, max(0, cand.start - 32), cand.start
    )
    tense = None if results and ctx.tense != "past" else ctx.tense
    if ctx.compared:
        tense = "past"  # "to grow 0.5 percent, up from 0.1 percent in the fourth quarter"
    elif results and _FORECAST_BEFORE.search(ctx.text, max(0, cand.start - 24), cand.start):
        tense = "future"  # "forecast fourth-quarter earnings of 87 cents": a quarter ahead
    found = in_nearest_year(make, (number,), ctx.anchor, tense)
    if (
        halves
        and not results  # ("a drop in first-half profit": a fiscal half just reported)
        and tense == "past"
        and found is not None
        and found.period.last > ctx.anchor
    ):
        # "grew in the first half", told in March: a half over, last year's
        earlier = make(found.period.first.year - 1, number)
        found = Resolution(earlier) if earlier is not None else found
    if fiscal and found is not None:
        # "its fiscal third-quarter profit fell", told in March 2013: a fiscal quarter is
        # valued by its fiscal year, named for the year it mostly ends in, and a company
        # reports the quarters of the fiscal year under way (TimeBank's 2013-Q3); its
        # days, which no calendar quarter gives, stay those of the quarter told of
        period = found.period
        value = f"{ctx.anchor.year:04d}{period.value[4:]}"
        return found._replace(period=Period(period.first, period.last, period.precision, value))
    return found


# "will report results for the fourth quarter on Tuesday": of a quarter begun, as
# "fourth-quarter results" are.
_RESULTS_FOR = re.compile(
    r"\b(?:results|earnings|profits?|revenues?|figures|data|numbers|GDP|estimates?|loss|losses"
    r"|growth|output)\s(?:for|from)\s(?:the\s)?$",
    re.IGNORECASE,
)
# (not "better-than-expected first-quarter profit", a comparison with a forecast, nor
# "analysts had expected first-quarter earnings of", told of the quarter reported)
_FORECAST_BEFORE = re.compile(
    r"\b(?:forecast|forecasts|expects?|projects?|predicts?|sees)"
    r"\s(?:its\s|their\s|an?\s)?$",
    re.IGNORECASE,
)


def _year_back(
    make: Callable[[int, int], Period | None], number: int, cand_text: str, ctx: Context
) -> Resolution | None:
    """A quarter a year back: "the first quarter a year ago" is that quarter of last
    year, or of the year before when last year's was just reported on (ended in the
    last 90 days); "a year earlier" counts back from the same quarter in focus ("profit
    in the third quarter of 1996 ... the third quarter a year earlier")."""
    before, anchor = ctx.previous_period, ctx.anchor
    if anchor is None:
        return None
    if (
        before is not None
        and not cand_text.endswith("ago")
        and (same := make(before.first.year, number)) is not None
        and before.value == same.value
        and before.first < anchor
    ):
        year = before.first.year
    else:
        # Of the year before now ("since the first quarter a year ago", told in August:
        # 2011-Q1), or a year before that when that one was just reported on ("from $40
        # million in the fourth quarter a year ago", told in February: the year before
        # the quarter reported)
        year = anchor.year
        last_year = make(year - 1, number)
        if last_year is not None and 0 <= (anchor - last_year.last).days <= _JUST_REPORTED:
            year -= 1
    found = make(year - 1, number)
    return Resolution(found) if found is not None else None
