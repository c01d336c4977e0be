"""Periods named a year back from the one in focus: "the same month a year ago",
"the year-ago quarter", and a quarter or season "a year earlier".

A day in focus stands for the period that holds it ("the third quarter, which
ended Sept. 30, ... the year-ago period" is that quarter a year back).
"""

from __future__ import annotations

import datetime as dt

from bot.news import calendar_values as cal
from bot.news.calendar_values import Period
from bot.news.temporal_context import Context, Resolution, group_text
from bot.news.temporal_scan import Candidate


def periodic(period: Period) -> bool:
    """Whether a period recurs yearly under its own name: a month, quarter, half,
    season or fiscal year (a day or a plain year is counted in years)."""
    return period.precision == "month" or period.value.startswith("FY")


def years_from(before: Period, years: int) -> Period:
    """The period of the same kind as `before`, `years` years away."""
    first = before.first
    if before.precision == "day":
        return cal.day(cal.shift_months(first, 12 * years))
    if before.precision == "week":
        week = cal.weekend if before.value.endswith("-WE") else cal.week
        iso = first.isocalendar()
        try:  # the same ISO week ("the same weekend last year")
            return week(dt.date.fromisocalendar(iso[0] + years, iso[1], iso[2]))
        except ValueError:  # (a 53rd week the other year lacks)
            return week(first + dt.timedelta(days=364 * years))
    if before.precision != "month":
        moved = cal.year(first.year + years)
        if before.value.startswith("FY"):
            return Period(moved.first, moved.last, "year", f"FY{moved.value}")
        return moved
    name = before.value[5:6]
    if name in ("Q", "H") or before.value[5:].isalpha():  # quarter, half, season
        last = cal.shift_months(before.last, 12 * years)
        return Period(
            cal.shift_months(first, 12 * years),
            last,
            "month",
            f"{int(before.value[:4]) + years:04d}{before.value[4:]}",  # (a fiscal one's year)
        )
    return cal.month(first.year + years, first.month)


def _unit_holding(before: Period, unit: str, outer: Period | None) -> Period:
    """The period of `unit` that holds the day `before`: "the year-ago quarter" (or
    "period") after "the quarter, which ended Sept. 30" compares that quarter; a
    quarter or half named in focus beside a shorter period, or else the one that
    holds it ("the same quarter" after "In November")."""
    if before.precision != "day":
        letter = {"quarter": "Q", "half": "H"}.get(unit)
        if letter is None or before.value[5:6] == letter:
            return before
        if outer is not None and outer.value[5:6] == letter:
            return outer  # "in the fourth quarter. In November, ... the same quarter"
    first = before.first
    # (or the day the period was reported on: "fell in the first half, the FBI said on
    # Monday. ... from the same period a year earlier")
    if unit == "period" and outer is not None and outer.first <= first and periodic(outer):
        return outer
    letter = {"quarter": "Q", "half": "H"}.get(unit)
    if letter and outer is not None and outer.value[5:6] == letter and outer.first <= first:
        return (
            outer  # "posted fourth-quarter profit on Tuesday, up from ... the year-earlier quarter"
        )
    if unit == "quarter":
        return cal.quarter(first.year, (first.month - 1) // 3 + 1)
    if unit == "half":
        return cal.half(first.year, 1 + (first.month > 6))
    if unit == "month":
        return cal.month(first.year, first.month)
    if unit == "weekend":  # the weekend of a day from Friday on, else the one before
        return cal.weekend(first - dt.timedelta(days=7 * (first.weekday() < 4)))
    return cal.week(first) if unit == "week" else before


def resolve_same_period(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "the same month a year ago": the previous period, one year back. With no
    period before it, "the year-ago quarter" (or month) is the one a year before
    the last that ended: results are reported once it is over."""
    before = ctx.previous_period
    named = cand.group("sy")  # "the same quarter of 2011": the one in focus, that year's
    if before is None:
        if named:
            return Resolution(cal.year(int(named)), comparison=True)
        if ctx.anchor is None:
            return None
        unit = (group_text(cand, "unit") or "").lower()
        year, month = ctx.anchor.year - 1, ctx.anchor.month
        if unit == "quarter":
            last = (month - 1) // 3  # the last full quarter: 0 is the year before's fourth
            return Resolution(cal.quarter(year - (last == 0), last or 4), comparison=True)
        if unit == "month":
            return Resolution(cal.month(year - (month == 1), month - 1 or 12), comparison=True)
        if unit == "weekend":  # the last weekend, a year back
            gone = cal.weekend(ctx.anchor - dt.timedelta(days=7 * (ctx.anchor.weekday() < 5)))
            return Resolution(years_from(gone, -1), comparison=True)
        return Resolution(cal.year(year), comparison=True)
    if named and (before.precision in ("day", "week") or int(named) >= before.first.year):
        # (only the year is known: "the same quarter of 2012" after "on April 25")
        return Resolution(cal.year(int(named)), comparison=True)
    before = _unit_holding(before, group_text(cand, "unit"), ctx.outer_period)
    years = int(named) - before.first.year if named else -1
    return Resolution(years_from(before, years), anchored=True, comparison=True)
