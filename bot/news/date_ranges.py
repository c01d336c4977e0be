"""Ranges of dates: two neighbouring expressions that make one stretch.

"June 1 to June 3", "from 1999 to 2007", "Wednesday and Thursday", "between
May 30 and June 1" are one expression from the first day to the last (TimeML
keeps the two ends as parts). A yearless first end takes the year the second
one names ("between September and October of 2007"). A period and the day
that ends it make that period: "the quarter ended Sept. 30" (`ends_period`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.news import calendar_values as cal
from bot.news.nearby_words import word_before
from bot.news.temporal_lexicon import MOVED, WEEKDAY_PATTERN
from bot.news.temporal_scan import Candidate

if TYPE_CHECKING:
    from bot.news.dates import Timex

_RANGE_JOINERS = frozenset(
    {"-", "–", "—", "to", "through", "thru", "until", "till", "and", "into", "and into"}
)
_RANGE_LEADS = frozenset({"from", "between"})
_COORDINATED = frozenset({"and", "or", ", and", ", or"})
_YEAR_WRITTEN = re.compile(r"\d{4}|['’]\d\d")


def _joiner(text: str, first: Timex, second: Timex) -> str:
    return " ".join(text[first.end : second.start].lower().split())


def _joins_range(text: str, first: Timex, second: Timex) -> bool:
    """Whether two neighbouring expressions form one range ("June 1 to June 3")."""
    if first.attributive or second.attributive or first.precision != second.precision:
        return False
    joiner = _joiner(text, first, second)
    lead = word_before(text, first.start)
    if joiner[:2] == ", " and lead in _RANGE_LEADS and first.expression[-4:].isdigit():
        joiner = joiner[2:]  # "from Nov. 5, 1971, to Jan. 7, 1972": the comma is the year's
    if joiner not in _RANGE_JOINERS or second.date <= first.date:
        return False
    if joiner in _MOVED_TO and _moved_on(text, first.start):
        return False  # "The case was adjourned Thursday until May 2": the day it moved
    if joiner == "and" and lead != "between":
        # "Wednesday and Thursday": only neighbouring days make one stretch.
        return first.precision == "day" and (second.date - first.last_day).days == 1
    return lead in _RANGE_LEADS or (second.date - first.date).days <= 366


_MOVED_TO = frozenset(("until", "till", "to"))


def _moved_on(text: str, start: int) -> bool:
    """Whether a verb that moves a date comes right before `start` ("adjourned on")."""
    before = word_before(text, start)
    if before == "on":
        before = word_before(text, start - 3)
    return before in MOVED


def range_end(text: str, first: Timex, cand: Candidate) -> bool:
    """Whether `cand` may end a range that `first` starts ("May 30 and June 1")."""
    if first.attributive or first.vague or cand.start - first.end > 9:
        return False
    return " ".join(text[first.end : cand.start].lower().split()) in _RANGE_JOINERS


_WEEKDAY = re.compile(rf"(?:{WEEKDAY_PATTERN})\b")


_WEEKDAY_AT_END = re.compile(rf"(?:{WEEKDAY_PATTERN})(?:['’]s)?$")
# "He leaves on Tuesday and is due back on Saturday": one plan, told in order.
_PLAN_STEP = re.compile(r"[^.;:!?\"“”]{0,60}?\s(?:and|before|then)\s[^.;:!?\"“”]{0,40}")


def _later_in_plan(text: str, first: Timex, cand: Candidate, day: Timex) -> bool:
    """Whether a weekday ahead, joined by "and" to a weekday ahead before it, fell
    before that one ("leaves on Tuesday and is due back on Saturday", told on a
    Friday): a plan's days come in the order told."""
    return (
        day.date < first.date
        and day.tense == "future"
        and _PLAN_STEP.fullmatch(text, first.end, cand.start) is not None
    )


def weekday_after(text: str, first: Timex | None, cand: Candidate, day: Timex) -> Timex:
    """`day`, a bare weekday that ends a range a weekday starts ("for Wednesday and
    Thursday", "held Monday and Tuesday"), moved to the first such weekday after
    the start: the two ends are read together, not each by its tense."""
    if (
        first is None
        or cand.kind != "weekday"
        or cand.group("rel")
        or day.precision != "day"
        or first.precision != "day"
        or first.until is not None
        or _WEEKDAY_AT_END.search(first.expression) is None
        or not (range_end(text, first, cand) or _later_in_plan(text, first, cand, day))
    ):
        return day
    shift = (day.date.weekday() - first.date.weekday()) % 7 or 7
    moved = first.date + dt.timedelta(days=shift)
    return replace(day, date=moved, value=moved.isoformat() + day.value[10:], anchored=False)


def _with_year_of(text: str, first: Timex, second: Timex) -> Timex | None:
    """`first`, a yearless month or day that starts a range ("between September and
    October of 2007") or is joined to a date with a year ("in November and December
    2011", "on Nov. 3 and Dec. 8, 2011"), moved into the year that the second names
    (the year before, when that puts it first: "from December to February 2008")."""
    joiner = _joiner(text, first, second)
    if (
        first.precision not in ("day", "month")
        or first.precision != second.precision
        or first.anchored
        or first.until is not None
        or not (
            joiner in _COORDINATED
            or (joiner in _RANGE_JOINERS and word_before(text, first.start) in _RANGE_LEADS)
        )
        or _YEAR_WRITTEN.search(first.expression)
        or not _YEAR_WRITTEN.search(second.expression)
    ):
        return None
    year = second.date.year - (first.date.replace(year=2000) >= second.date.replace(year=2000))
    try:
        date = first.date.replace(year=year)
    except ValueError:
        return None  # 29 February in a year without one
    if date == first.date:
        return None
    return replace(first, date=date, value=f"{year:04d}{first.value[4:]}")


def join_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes` (in text order) with each range's two ends made one Timex."""
    if len(timexes) < 2:
        return timexes
    joined: list[Timex] = []
    for timex in timexes:
        moved = _with_year_of(text, joined[-1], timex) if joined else None
        if moved is not None and (
            _joins_range(text, moved, timex) or not _joins_range(text, joined[-1], timex)
        ):
            # "from Oct. 1 through March 31, 2014": the start in the end's year (or the
            # year before); "in November and December 2011": the year they share
            joined[-1] = moved
        if joined and _joins_range(text, joined[-1], timex):
            first = joined.pop()
            timex = replace(
                first,
                end=timex.end,
                expression=text[first.start : timex.end],
                until=timex.last_day,
                anchored=first.anchored or timex.anchored,
                parts=(*(first.parts or (first,)), timex),
            )
        joined.append(timex)
    return joined


# "the quarter ended Sept. 30": the quarter is the one that day ends; "the quarter
# ending in March": a month's last day ends it.
_ENDED_ON = re.compile(
    r"(?:,\s(?:which|that)\s|\s(?:that\s)?)(?:ended|ending|ends)\s(?:on\s|(?P<month>in\s))?"
)
_ORDINAL = re.compile(r"(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th)")


def ends_period(text: str, unit: Timex, end: Timex) -> Timex | None:
    """`unit` moved to the period `end` (a day, a month after "in" or with its year)
    closes, when "ended"/"ending"/"ends" joins them ("the quarter ended Sept. 30",
    "the fiscal year ended March 2012"); else None."""
    ended = _ENDED_ON.fullmatch(text, unit.end, end.start)
    if ended is None:
        return None
    # (a month with its year needs no "in": "the fiscal year ended March 2012")
    dated_month = end.precision == "month" and end.expression[-4:].isdigit()
    if end.precision != ("month" if ended["month"] else "day") and not dated_month:
        return None
    return _ended_on(unit, end.last_day)


def _numbered_quarter(unit: Timex, day: dt.date) -> Timex:
    """ "the fiscal third quarter, which ended Feb. 28": the three months to that day,
    valued by the year of the (fiscal) year it belongs to (a third quarter ends three
    months before its year does): 2013-Q3, as TimeBank values fiscal quarters; a
    calendar quarter ("the third quarter ended Sept. 30") is its own."""
    number = int(unit.value[6])
    fiscal_year = cal.shift_months(day, 3 * (4 - number)).year
    if (day + dt.timedelta(days=1)).day == 1:  # a month's last day: its three months
        first = cal.shift_months(day.replace(day=1), -2)
    else:  # "ended March 2": from the day after the one three months before
        first = cal.shift_months(day, -3) + dt.timedelta(days=1)
    value = f"{fiscal_year:04d}-Q{number}"
    return replace(unit, date=first, until=day, value=value, anchored=False)


def _ended_on(unit: Timex, day: dt.date) -> Timex:
    """The quarter, month, week or year `unit` moved to the one that ends with `day`
    ("the quarter ended Sept. 30", "the week ending March 9", "the year ended June
    30"); other periods as they are."""
    if _ORDINAL.search(unit.expression):
        # "the fiscal third quarter ended July 1", "the fourth quarter, which ends May
        # 31": the quarter keeps the number it is given, in the year it ends for
        return _numbered_quarter(unit, day) if unit.value[4:6] == "-Q" else unit
    if unit.value[4:6] == "-Q":
        # The quarter whose last day is nearest: a fiscal quarter "ended July 1" is
        # the second (April-June), not the one July 1 falls in.
        index = day.year * 4 + (day.month - 1) // 3
        period = min(
            (cal.quarter(i // 4, i % 4 + 1) for i in (index - 1, index)),
            key=lambda quarter: abs((quarter.last - day).days),
        )
    elif unit.value[4:6] == "-W":
        period = cal.week(day)
    elif unit.precision == "month" and len(unit.value) == 7:
        period = cal.month(day.year, day.month)
    elif unit.precision == "year" and "year" in unit.expression.lower():
        # "the fiscal year ended June 30": the twelve months to that day, named (and
        # dated, as "fiscal 1989" is) by the year they end in.
        period = cal.year(day.year)
        if (day.month, day.day) != (12, 31) or unit.value.startswith("FY"):
            period = cal.Period(period.first, period.last, "year", f"FY{period.value}")
    else:
        return unit
    until = period.last if unit.until is not None else None
    return replace(unit, date=period.first, until=until, value=period.value, anchored=False)


def restates(text: str, said: Timex, timex: Timex) -> bool:
    """Whether an anchored `timex` set beside the date `said` just before it, with only a
    comma between, restates it ("on Tuesday, a day later"; "in 1995, five years later")."""
    return (
        said.precision == timex.precision
        and not said.vague
        and text[said.end : timex.start] in (", ", ",  ")
        # (not "freed in 1990, four years later becoming president": a date of its own)
        and (timex.end == len(text) or text[timex.end] in ".,;:")
        and text.startswith(
            (
                "a ",
                "an ",
                "one ",
                "two ",
                "three ",
                "four ",
                "five ",
                "six ",
                "seven ",
                "eight ",
                "nine ",
                "ten ",
                "the ",
                "A ",
                "The ",
            ),
            timex.start,
        )
    )


def as_restated(said: Timex, timex: Timex) -> tuple[Timex, cal.Period]:
    """`timex` as the date `said` just before it, which it restates counted from the one
    before that ("charged on Tuesday, a day later", "went public in 1995, five years
    later"), and its period."""
    period = (
        cal.day(said.date)
        if said.precision == "day"
        else cal.Period(said.date, said.last_day, said.precision, said.value)
    )
    return replace(timex, date=period.first, until=said.until, value=period.value), period


def on_day_of(day: Timex, weekday: Timex) -> tuple[Timex, cal.Period]:
    """`weekday` as the `day` it names ("Oct. 13, a Friday"), keeping a part of day."""
    value = day.value[:10] + weekday.value[10:]
    return replace(weekday, date=day.date, value=value, anchored=False), cal.day(day.date)


def streak_ending(streak: Timex, day: Timex) -> Timex:
    """A streak's day ("for the ninth straight day") as the single `day` named after it
    ("on Wednesday"); unchanged when `day` is no single day."""
    if day.precision != "day" or day.until is not None:
        return streak
    return replace(streak, date=day.date, value=day.value[:10], anchored=False)
