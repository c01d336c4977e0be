"""Days and weeks named by their place in a month: "the first Monday of March",
"the last week of March", "on the 20th".

The month is named ("of March", "in May 2019"), counted from the publication
date ("of next month"), or, for "the month" and a bare day of the month, the
month in focus (that of the previous date, else of the publication date).
Without a year or a date in focus, the tense picks the month, as it picks the
year of "June 12".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.news import calendar_values as cal
from bot.news.calendar_values import Period
from bot.news.temporal_context import Context, Resolution, group_text
from bot.news.temporal_holidays import nth_weekday
from bot.news.temporal_lexicon import ORDINALS, WEEKDAYS, month_number
from bot.news.temporal_scan import Candidate

_ORDINALS = {**ORDINALS, "fifth": 5, "5th": 5, "last": -1, "final": -1}
_MONTH_SHIFTS = {"this": 0, "next": 1, "last": -1}


def _nth_weekday_day(year: int, month: int, weekday: int, nth: int) -> Period | None:
    """The nth `weekday` of a month as a day; None when the month has no such day."""
    if not cal.safe_year(year):
        return None
    found = nth_weekday(year, month, weekday, nth)
    return cal.day(found) if found.month == month else None


def _in_one_month(period: Period) -> bool:
    """Whether a period lies inside one calendar month (a day, a week of it, a month)."""
    return (period.first.year, period.first.month) == (period.last.year, period.last.month)


def _month_in_focus(ctx: Context) -> dt.date | None:
    """The first day of the month in focus: the previous date's when it lies inside
    one month, else the publication date's."""
    before = ctx.previous_period
    if before is not None and _in_one_month(before):
        return before.first.replace(day=1)
    return ctx.anchor.replace(day=1) if ctx.anchor else None


def _nth_week(year: int, month: int, nth: int) -> Period | None:
    """The nth week (Monday to Sunday) of a month, the last for nth = -1. A week
    belongs to the month that holds most of its days ("the last week of March" 2009
    is the week of March 23, as March 31 is a Tuesday)."""
    if not cal.safe_year(year):
        return None
    if nth < 0:
        last = cal.month(year, month).last
        return cal.week(last - dt.timedelta(days=7 if last.weekday() < 3 else 0))
    first = dt.date(year, month, 1)
    return cal.week(first + dt.timedelta(days=7 * (nth - 1) + (7 if first.weekday() > 3 else 0)))


def _in_month(
    cand: Candidate, ctx: Context, make: Callable[[int, int], Period | None]
) -> Resolution | None:
    """`make(year, month)` for the month a candidate names: "of March", "in June
    2019", "of next month", "of the month" (the month in focus)."""
    if cand.group("mon"):
        month = month_number(group_text(cand, "mon"))
        if month is None:
            return None
        if cand.group("y"):
            found = make(int(group_text(cand, "y")), month)
        elif ctx.year_hint:
            found = make(ctx.year_hint, month)
        elif ctx.anchor is None:
            return None
        else:
            found = cal.pick_year(lambda y: make(y, month), ctx.anchor, ctx.tense)
        return Resolution(found) if found else None
    rel = group_text(cand, "rel")
    if rel == "the":
        first = _month_in_focus(ctx)
        anchored = ctx.previous_period is not None
    else:
        first = ctx.anchor and cal.shift_months(ctx.anchor.replace(day=1), _MONTH_SHIFTS[rel])
        anchored = False
    if first is None:
        return None
    found = make(first.year, first.month)
    return Resolution(found, anchored=anchored) if found else None


def resolve_nth_weekday(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "the first Tuesday of next month", "the last Friday in June 2019"."""
    nth = _ORDINALS.get(group_text(cand, "ord"))
    weekday = WEEKDAYS.get(group_text(cand, "wd"))
    if nth is None or weekday is None:
        return None
    return _in_month(cand, ctx, lambda year, month: _nth_weekday_day(year, month, weekday, nth))


def resolve_nth_week(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "the last week of March", "the second week of next month"."""
    nth = _ORDINALS.get(group_text(cand, "ord"))
    if nth is None:
        return None
    return _in_month(cand, ctx, lambda year, month: _nth_week(year, month, nth))


def _day_in_month(first: dt.date, months: int, day: int) -> Period | None:
    """Day `day` of the month `months` after the one starting on `first`, if it has one."""
    month = cal.shift_months(first, months)
    try:
        return cal.day(month.replace(day=day))
    except ValueError:
        return None


def _fits_tense(day: Period, anchor: dt.date, ctx: Context) -> bool:
    """Whether a day lies where the tense points from the publication date (a
    month in focus may be last month's while the clause speaks of what is ahead)."""
    tense = ctx.tense
    if tense == "future":
        return day.first >= anchor
    return tense != "past" or day.first <= anchor


def resolve_day_alone(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "on the 20th": that day of the month in focus; with no date in focus, of
    this month, or of the month before or after as the tense says."""
    day = int(group_text(cand, "d"))
    before = ctx.previous_period
    anchor = ctx.anchor
    if before is not None and _in_one_month(before):
        found = _day_in_month(before.first.replace(day=1), 0, day)
        if found is None or anchor is None or _fits_tense(found, anchor, ctx):
            return Resolution(found, anchored=True) if found else None
    if anchor is None:
        return None
    first = anchor.replace(day=1)
    before_it, same, after_it = (_day_in_month(first, shift, day) for shift in (-1, 0, 1))
    # No grace for the future: a month is too short to mean a day just gone.
    found = cal.pick_nearest((before_it, same, after_it), anchor, ctx.tense, grace=dt.timedelta(0))
    return Resolution(found) if found else None
