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

from dateutil.relativedelta import relativedelta

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


def week(date: dt.date) -> Period:
    """The ISO week (Monday to Sunday) containing `date`."""
    monday = date - dt.timedelta(days=date.weekday())
    iso = monday.isocalendar()
    return Period(monday, monday + dt.timedelta(days=6), "week", f"{iso[0]:04d}-W{iso[1]:02d}")


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


def quarter(year: int, number: int) -> Period:
    """A calendar quarter (1-4), month precision."""
    first, last = _span_of_months(year, 3 * number - 2, 3)
    return Period(first, last, "month", f"{year:04d}-Q{number}")


def half(year: int, number: int) -> Period:
    """A half year (1 or 2), month precision."""
    first, last = _span_of_months(year, 6 * number - 5, 6)
    return Period(first, last, "month", f"{year:04d}-H{number}")


def season(year: int, code: str, first_month: int) -> Period:
    """A meteorological season starting in `first_month` of `year`."""
    first, last = _span_of_months(year, first_month, 3)
    return Period(first, last, "month", f"{year:04d}-{code}")


@functools.lru_cache(maxsize=1024)
def year(number: int) -> Period:
    """A calendar year."""
    return Period(dt.date(number, 1, 1), dt.date(number, 12, 31), "year", f"{number:04d}")


def decade(first_year: int) -> Period:
    """A decade starting at `first_year` (1990 -> the 1990s)."""
    start = first_year - first_year % 10
    return Period(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade", f"{start // 10:03d}")


def shift_months(date: dt.date, months: int) -> dt.date:
    """`date` moved by whole months (day clipped to the month's end)."""
    return date + relativedelta(months=months)


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
    candidates = [
        p for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (p := make(y)) is not None
    ]
    if not candidates:
        return None
    if tense == "future":
        # A grace of two weeks: a future-tense clause rarely means a date a year
        # away when the same date a few days ago fits ("approving a measure on
        # October 18" in a report of October 20 that says what "could" follow).
        ahead = [p for p in candidates if p.last >= anchor - _FUTURE_GRACE]
        return ahead[0] if ahead else candidates[-1]
    if tense == "past":
        behind = [p for p in candidates if p.first <= anchor]
        return behind[-1] if behind else candidates[0]

    def distance(p: Period) -> tuple[int, int]:
        if p.first <= anchor <= p.last:
            return (0, 0)
        if p.last < anchor:
            return ((anchor - p.last).days, 0)
        return ((p.first - anchor).days, 1)

    return min(candidates, key=distance)
