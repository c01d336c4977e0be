"""Days named by their place in a month: "the first Monday of March", "on the 20th".

The month is named ("of March", "in May 2019"), counted from the publication
date ("of next month"), or, for "the month" and a bare day of the month, the
month in focus (that of the previous date, else of the publication date).
Without a year or a date in focus, the tense picks the month, as it picks the
year of "June 12".
"""

from __future__ import annotations

import datetime as dt

from bot.news import calendar_values as cal
from bot.news.calendar_values import Period
from bot.news.temporal_context import Context, Resolution, group_text
from bot.news.temporal_holidays import nth_weekday
from bot.news.temporal_lexicon import ORDINALS, WEEKDAYS, month_number
from bot.news.temporal_scan import Candidate

_ORDINALS = {**ORDINALS, "fifth": 5, "5th": 5, "last": -1}
_MONTH_SHIFTS = {"this": 0, "next": 1, "last": -1}


def _nth_weekday_day(year: int, month: int, weekday: int, nth: int) -> Period | None:
    """The nth `weekday` of a month as a day; None when the month has no such day."""
    if not cal.safe_year(year):
        return None
    found = nth_weekday(year, month, weekday, nth)
    return cal.day(found) if found.month == month else None


def _month_in_focus(ctx: Context) -> dt.date | None:
    """The first day of the month in focus: the previous date's when it lies inside
    one month, else the publication date's."""
    before = ctx.previous_period
    if before is not None and (before.first.year, before.first.month) == (
        before.last.year,
        before.last.month,
    ):
        return before.first.replace(day=1)
    return ctx.anchor.replace(day=1) if ctx.anchor else None


def resolve_nth_weekday(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "the first Tuesday of next month", "the last Friday in June 2019"."""
    nth = _ORDINALS.get(group_text(cand, "ord"))
    weekday = WEEKDAYS.get(group_text(cand, "wd"))
    if nth is None or weekday is None:
        return None
    if cand.group("mon"):
        month = month_number(group_text(cand, "mon"))
        if month is None:
            return None
        if cand.group("y"):
            found = _nth_weekday_day(int(group_text(cand, "y")), month, weekday, nth)
        elif ctx.year_hint:
            found = _nth_weekday_day(ctx.year_hint, month, weekday, nth)
        elif ctx.anchor is None:
            return None
        else:
            found = cal.pick_year(
                lambda y: _nth_weekday_day(y, month, weekday, nth), ctx.anchor, ctx.tense
            )
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
    found = _nth_weekday_day(first.year, first.month, weekday, nth)
    return Resolution(found, anchored=anchored) if found else None


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
    if before is not None and before.precision in ("day", "month"):
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
