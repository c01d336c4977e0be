"""Calendar periods as (first day, last day, precision, TIMEX3 value).

Small constructors shared by the resolver: a day, ISO week, weekend, month,
quarter, season, year or decade, each with its TimeML value string
("2018-05-31", "2018-W22", "2018-W22-WE", "2018-05", "2018-Q2", "2018-SU",
"2018", "201").
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from bot.news.model import Precision
from bot.news.tense import Tense


@dataclass(frozen=True)
class Period:
    """A resolved calendar period: first and last day, precision, TIMEX3 value."""

    first: dt.date
    last: dt.date
    precision: Precision
    value: str


# The constructors are pure and their Periods immutable, so the few periods an
# article names are made once (`functools.lru_cache`) however often they recur.
@functools.lru_cache(maxsize=4096)
def day(date: dt.date, part: str | None = None) -> Period:
    """A single day; `part` is a TIMEX3 day-part suffix such as "TMO"."""
    return Period(date, date, "day", date.isoformat() + (part or ""))


@functools.lru_cache(maxsize=1024)
def week(date: dt.date) -> Period:
    """The ISO week (Monday to Sunday) containing `date`."""
    monday = date - dt.timedelta(days=date.weekday())
    iso = monday.isocalendar()
    return Period(monday, monday + dt.timedelta(days=6), "week", f"{iso[0]:04d}-W{iso[1]:02d}")


@functools.lru_cache(maxsize=1024)
def weekend(date: dt.date) -> Period:
    """The Saturday and Sunday of the ISO week containing `date`."""
    saturday = date - dt.timedelta(days=date.weekday()) + dt.timedelta(days=5)
    iso = saturday.isocalendar()
    value = f"{iso[0]:04d}-W{iso[1]:02d}-WE"
    return Period(saturday, saturday + dt.timedelta(days=1), "week", value)


@functools.lru_cache(maxsize=4096)
def month(year: int, number: int) -> Period:
    """A calendar month."""
    last = calendar.monthrange(year, number)[1]
    return Period(
        dt.date(year, number, 1), dt.date(year, number, last), "month", f"{year:04d}-{number:02d}"
    )


def _span_of_months(year: int, first_month: int, count: int) -> tuple[dt.date, dt.date]:
    """First and last day of `count` months starting at `first_month` of `year`."""
    index = year * 12 + first_month - 1 + count - 1
    last_year, last_month = divmod(index, 12)
    last_day = calendar.monthrange(last_year, last_month + 1)[1]
    return dt.date(year, first_month, 1), dt.date(last_year, last_month + 1, last_day)


@functools.lru_cache(maxsize=1024)
def quarter(year: int, number: int) -> Period:
    """A calendar quarter (1-4), month precision."""
    first, last = _span_of_months(year, 3 * number - 2, 3)
    return Period(first, last, "month", f"{year:04d}-Q{number}")


@functools.lru_cache(maxsize=1024)
def half(year: int, number: int) -> Period:
    """A half year (1 or 2), month precision."""
    first, last = _span_of_months(year, 6 * number - 5, 6)
    return Period(first, last, "month", f"{year:04d}-H{number}")


@functools.lru_cache(maxsize=1024)
def season(year: int, code: str, first_month: int) -> Period:
    """A meteorological season starting in `first_month` of `year`."""
    first, last = _span_of_months(year, first_month, 3)
    return Period(first, last, "month", f"{year:04d}-{code}")


@functools.lru_cache(maxsize=1024)
def year(number: int) -> Period:
    """A calendar year."""
    return Period(dt.date(number, 1, 1), dt.date(number, 12, 31), "year", f"{number:04d}")


@functools.lru_cache(maxsize=1024)
def decade(first_year: int) -> Period:
    """A decade starting at `first_year` (1990 -> the 1990s)."""
    start = first_year - first_year % 10
    return Period(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade", f"{start // 10:03d}")


@functools.lru_cache(maxsize=256)
def century(first_year: int) -> Period:
    """The hundred years from `first_year` rounded down (1900 -> 1900-1999, TimeML's
    "19": the 20th century as newswire counts it)."""
    start = first_year - first_year % 100
    return Period(
        dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31), "century", f"{start // 100:02d}"
    )


def shift_months(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months (day clipped to the month's end)."""
    # What `date + relativedelta(months=months)` gives, without its ~10 µs of set-up.
    year, month_index = divmod(date.year * 12 + date.month - 1 + months, 12)
    day = date.day
    if day > 28:
        day = min(day, calendar.monthrange(year, month_index + 1)[1])
    return date.replace(year=year, month=month_index + 1, day=day)


def safe_year(number: int) -> bool:
    """Whether a year is within what `datetime.date` can hold, with room to shift."""
    return 2 <= number <= 9997


_FUTURE_GRACE = dt.timedelta(days=14)


def pick_year(
    make: Callable[[int], Period | None], anchor: dt.date, tense: Tense | None
) -> Period | None:
    """The year for a period given without one ("June 12", "the fourth quarter").

    Future tense: the earliest candidate not over before `anchor`; past: the
    latest one not starting after it; no tense: the one nearest to `anchor`
    (the past wins a tie).
    """
    this_year = anchor.year
    return pick_nearest((make(this_year - 1), make(this_year), make(this_year + 1)), anchor, tense)


def pick_nearest(
    choices: tuple[Period | None, Period | None, Period | None],
    anchor: dt.date,
    tense: Tense | None,
    grace: dt.timedelta = _FUTURE_GRACE,
) -> Period | None:
    """Of the same period a cycle before, in and after the one of `anchor` (a year:
    `pick_year`; a month: "on the 20th"), the one the tense points to, as
    `pick_year` says (with `grace` for the future tense)."""
    earlier, same, later = choices
    if earlier is None and same is None and later is None:
        return None
    if tense == "future":
        # A grace of two weeks: a future-tense clause rarely means a date a year
        # away when the same date a few days ago fits ("approving a measure on
        # October 18" in a report of October 20 that says what "could" follow).
        not_over = anchor - grace
        for p in (earlier, same, later):
            if p is not None and p.last >= not_over:
                return p
        return next(p for p in (later, same, earlier) if p is not None)
    if tense == "past":
        for p in (later, same, earlier):
            if p is not None and p.first <= anchor:
                return p
        return next(p for p in (earlier, same, later) if p is not None)
    candidates = [p for p in (earlier, same, later) if p is not None]

    def distance(p: Period) -> tuple[int, int]:
        if p.first <= anchor <= p.last:
            return (0, 0)
        if p.last < anchor:
            return ((anchor - p.last).days, 0)
        return ((p.first - anchor).days, 1)

    return min(candidates, key=distance)
