"""Turn one scanned candidate into a calendar period (named dates here).

Absolute expressions need nothing else; underspecified ones ("June 12",
"the fourth quarter") need the publication date and the tense of their
clause. Dates counted from another date ("Thursday", "a day later") are
resolved in `temporal_relative`; `resolve_candidate` dispatches to both.
"""

from __future__ import annotations

import datetime as dt
import functools

from bot.news import calendar_values as cal
from bot.news import temporal_counted as counted
from bot.news import temporal_relative as relative
from bot.news.calendar_values import Period
from bot.news.temporal_context import Context, Resolution, Resolver, group_text
from bot.news.temporal_holidays import event_day_year, resolve_holiday
from bot.news.temporal_lexicon import (
    SEASONS,
    WEEKDAYS,
    month_number,
)
from bot.news.temporal_month_days import (
    resolve_day_alone,
    resolve_nth_week,
    resolve_nth_weekday,
)
from bot.news.temporal_quarters import resolve_quarter
from bot.news.temporal_scan import Candidate
from bot.news.temporal_weekdays import resolve_weekday
from bot.news.temporal_year_ago import resolve_same_period
from bot.news.temporal_years import in_hinted_year, in_nearest_year, in_year_told


def _day_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_number(text: str | None) -> int:
    return int((text or "0").rstrip("stndrh") or "0")


def _full_date(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "2018-05-31", "5/31/18": a day with its year."""
    y, m, d = int(group_text(cand, "y")), int(group_text(cand, "m")), int(group_text(cand, "d"))
    if y < 100:
        y += 2000 if y < 50 else 1900
    if m > 12 >= d:
        m, d = d, m
    found = _day_or_none(y, m, d)
    return Resolution(cal.day(found)) if found else None


def _month_year(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "June 2018"."""
    m = month_number(group_text(cand, "mon")) or 0
    return Resolution(cal.month(int(group_text(cand, "y")), m)) if m else None


@functools.lru_cache(maxsize=1024)
def _whole_year(number: int) -> Resolution:
    """A calendar year as a Resolution, made once per year (the commonest date)."""
    return Resolution(cal.year(number))


def _year(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "2018"."""
    return _whole_year(int(group_text(cand, "y")))


@functools.lru_cache(maxsize=4096)
def _days_of_month(year: int, month: int, day: int, last_day: int) -> Period | None:
    """Days `day` to `last_day` (0: `day` alone) of a month, None if there is no such day."""
    first = _day_or_none(year, month, day)
    if first is None:
        return None
    last = _day_or_none(year, month, last_day) if last_day else first
    return None if last is None else Period(first, last, "day", first.isoformat())


@functools.lru_cache(maxsize=1024)
def _year_of_weekday(
    month: int, day: int, last_day: int, weekday: int, anchor: dt.date
) -> Period | None:
    """The `day` of `month` that falls on `weekday` in a year next to `anchor`'s, the
    nearest if several do ("Monday, June 4" is 2018's June 4); None if none does."""
    fit = [
        p
        for y in range(anchor.year - 1, anchor.year + 2)
        if (p := _days_of_month(y, month, day, last_day)) and p.first.weekday() == weekday
    ]
    return min(fit, key=lambda p: abs((p.first - anchor).days)) if fit else None


def _month_day(cand: Candidate, ctx: Context) -> Resolution | None:
    groups = cand.groups
    m = month_number(group_text(cand, "mon"))
    last_text = groups.get("d2")
    d, d2 = _day_number(groups.get("d")), _day_number(last_text)
    if m is None or not 1 <= d <= 31 or (last_text and d2 <= d):
        return None
    if groups.get("y"):
        found = _days_of_month(int(group_text(cand, "y")), m, d, d2)
    elif ctx.year_hint:
        found = in_hinted_year(lambda y: _days_of_month(y, m, d, d2), ctx, ctx.year_hint)
    elif ctx.anchor is None:
        return None
    elif not last_text and (year := event_day_year(ctx.text, cand.end, m, d, ctx.anchor)):
        found = _days_of_month(year, m, d, None)  # "the Sept. 11 attacks"
    else:
        wd = WEEKDAYS.get(group_text(cand, "wd"), -1)
        found = _year_of_weekday(m, d, d2, wd, ctx.anchor) if wd >= 0 else None
        if found is None:
            return in_year_told(_days_of_month, (m, d, d2), ctx)
    return Resolution(found) if found else None


def _month(cand: Candidate, ctx: Context) -> Resolution | None:
    m = month_number(group_text(cand, "mon"))
    if m is None or ctx.anchor is None:
        return None
    rel, anchor = group_text(cand, "rel"), ctx.anchor
    if rel == "last":
        return Resolution(cal.month(anchor.year - (m >= anchor.month), m))
    if rel == "next":
        return Resolution(cal.month(anchor.year + (m <= anchor.month), m))
    if rel == "this":
        return Resolution(cal.month(anchor.year, m))
    if rel in ("the following", "the next", "the previous"):
        # "ruled the following March": the first such month after the period in focus
        before = ctx.previous_period
        if before is None:
            return None
        if rel == "the previous":
            return Resolution(cal.month(before.first.year - (m >= before.first.month), m), True)
        return Resolution(cal.month(before.last.year + (m <= before.last.month), m), True)
    if cand.group("that") and ctx.previous_period is not None:
        return Resolution(cal.month(ctx.previous_period.first.year, m), anchored=True)
    if ctx.year_hint:
        hinted = in_hinted_year(lambda y: cal.month(y, m), ctx, ctx.year_hint)
        return Resolution(hinted) if hinted else None
    told = in_year_told(cal.month, (m,), ctx)
    if (
        told is not None
        and told.period.last < anchor
        and ctx.tense == "future"
        and ctx.text.endswith("in ", 0, cand.start)
        and not (ctx.planned_then or ctx.compared)
        and ctx.focus_where != "sentence"  # ("said last month that it will vote in January")
    ):
        # "will hold elections in December", told on Jan. 10: the future tense's grace
        # for a day just gone does not bring back a whole month
        return Resolution(cal.month(anchor.year + (m < anchor.month), m))
    return told


def _decade(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "the 1990s", "the '80s"; "the 1800s" is the century (not "the 2000s")."""
    if cand.group("c"):
        first = int(group_text(cand, "c") + group_text(cand, "d") + "0")
        if first % 100 == 0 and first < 2000:
            return Resolution(cal.century(first))
        return Resolution(cal.decade(first))
    tens = int(cand.group("d2") or cand.group("d3") or "0") * 10
    this_year = ctx.anchor.year if ctx.anchor else 9999
    start = 2000 + tens if 2000 + tens <= this_year else 1900 + tens
    return Resolution(cal.decade(start))


_CENTURY_WORDS = {
    word: number
    for number, word in enumerate(
        """tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth
        eighteenth nineteenth twentieth twenty-first twenty-second""".split(),
        start=10,
    )
}


def _century(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "the 19th century", "the early twenty-first century": TimeML's "18", "20"."""
    spelled = group_text(cand, "word").replace(" ", "-")
    number = int(group_text(cand, "n")) if cand.group("n") else _CENTURY_WORDS[spelled]
    return Resolution(cal.century((number - 1) * 100))


def _short_year(cand: Candidate, ctx: Context) -> Resolution | None:
    if ctx.anchor is None:
        return None
    yy = int(group_text(cand, "yy"))
    return _whole_year(2000 + yy if 2000 + yy <= ctx.anchor.year + 5 else 1900 + yy)


def _fiscal(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "fiscal 1997", "the 2014 fiscal year", "FY14": TimeML's FY1997, dated as the
    calendar year of that name."""
    if cand.group("yy"):  # "FY14": the nearest century, reaching 20 years ahead
        if ctx.anchor is None:
            return None
        yy = int(group_text(cand, "yy"))
        # (budget plans reach far: "between FY14 and FY19", told in 2013)
        number = 2000 + yy if 2000 + yy <= ctx.anchor.year + 20 else 1900 + yy
    else:
        number = int(cand.group("y") or group_text(cand, "yb"))
    year = cal.year(number)
    return Resolution(Period(year.first, year.last, "year", f"FY{year.value}"))


def _year_range(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "1990-1995", "2008-09": one stretch of whole years."""
    first = int(group_text(cand, "y"))
    last_text = group_text(cand, "y2")
    last = int(last_text) if len(last_text) == 4 else first - first % 100 + int(last_text)
    if not first < last <= first + 50:
        return None
    start, end = cal.year(first), cal.year(last)
    return Resolution(Period(start.first, end.last, "year", start.value))


def _season(cand: Candidate, ctx: Context) -> Resolution | None:
    code, first_month = SEASONS[group_text(cand, "s")]
    if cand.group("y"):
        return Resolution(cal.season(int(group_text(cand, "y")), code, first_month))
    if ctx.anchor is None:
        return None
    rel = group_text(cand, "rel")
    if rel in ("this", "last", "next"):
        period = relative.shift_unit(ctx.anchor, group_text(cand, "s"), relative.SHIFTS[rel])
        return Resolution(period) if period else None
    if not rel and ctx.year_hint and ctx.year_hint < ctx.anchor.year:
        # "arrested on Jan. 5, 2011, and released in the summer": that year's summer
        hinted = in_hinted_year(lambda y: cal.season(y, code, first_month), ctx, ctx.year_hint)
        return Resolution(hinted) if hinted else None
    before = ctx.previous_period
    if (
        not rel
        and before is not None
        and before.precision in ("month", "year")
        and before.last < ctx.anchor
        and ctx.tense == "past"
        and ctx.focus_where in ("sentence", "paragraph")
        and ctx.text.endswith("the ", 0, cand.start)
        # (not "Over the summer, the company said, it will open 50 stores")
        and " will " not in ctx.text[cand.end : cand.end + 80]
    ):
        # "The uprising began in March 2011. By the summer, rebels held the north": the
        # season of the story told, on or after the month in focus
        season = cal.season(before.first.year, code, first_month)
        if season is not None and season.last < before.first:
            season = cal.season(before.first.year + 1, code, first_month)
        return Resolution(season, anchored=True) if season is not None else None
    # "products in the pipeline for the fall": a season set aside, the nearest
    tense = ctx.tense
    if tense != "future" and ctx.text.endswith("for the ", 0, cand.start):
        tense = None  # (but "The trial is scheduled for the fall": ahead)
    if ctx.text.endswith(_BY_THE_END, 0, cand.start):
        tense = "future"  # "said on Tuesday that by the end of the summer it would close"
    elif tense is None and ctx.text.endswith(_IS_IN_THE, 0, cand.start):
        tense = "future"  # "The election is in the fall": what is due, as "is in November"
    return in_nearest_year(cal.season, (code, first_month), ctx.anchor, tense)


_BY_THE_END = ("by the end of the ", "by the start of the ", "By the end of the ")
_IS_IN_THE = (" is in the ", " are in the ", "'s in the ", "’s in the ")
_FOCUS_SHIFTS = {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1}


def _month_rel_year(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "May last year", "1 April last year", "Oct. 5 of that year" (the year in
    focus), "Aug. 15-17 of that year": a month, a day or days of the year named."""
    m = month_number(group_text(cand, "mon"))
    rel = group_text(cand, "rel")
    anchored = rel.startswith(("that", "the "))
    if anchored:
        focus = ctx.previous_period.first if ctx.previous_period else None
        year = ctx.year_hint or (focus.year if focus else None)
        if year is not None and rel != "the same":  # "of the following year"
            year += _FOCUS_SHIFTS.get(rel, 0)
    elif ctx.anchor is not None:
        year = ctx.anchor.year + relative.SHIFTS[rel]
    else:
        return None
    if m is None or year is None:
        return None
    day = cand.group("d") or cand.group("d2")
    if day is None:
        return Resolution(cal.month(year, m), anchored)
    if cand.group("d3"):
        first, last = _day_number(day), _day_number(cand.group("d3"))
        days = _days_of_month(year, m, first, last) if last > first else None
        return Resolution(days, anchored) if days else None
    found = _day_or_none(year, m, _day_number(day))
    return Resolution(cal.day(found), anchored) if found else None


_PRESENT = frozenset(
    "now|currently|nowadays|presently|at present|right now|these days|time being|moment".split("|")
)
_FUTURE = frozenset({"soon", "shortly", "future"})


def _vague(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "now", "recently", "soon": TimeML's PRESENT_REF, PAST_REF, FUTURE_REF (no calendar
    date; `date` is the publication day only so that the period is well formed)."""
    if ctx.anchor is None:
        return None
    word = group_text(cand, "word") or group_text(cand, "word2")
    if cand.group("word3"):
        word = "future"  # "in the months ahead"
    if word in _PRESENT:
        value = "PRESENT_REF"
    elif word in _FUTURE or word == "the coming" or word.endswith("term"):
        value = "FUTURE_REF"
    else:
        value = "PAST_REF"
    return Resolution(Period(ctx.anchor, ctx.anchor, "day", value))


RESOLVERS: dict[str, Resolver] = {
    "the_unit": relative.resolve_the_unit,
    "vague": _vague,
    "vague_the": _vague,
    "vague_term": _vague,
    "same_period": resolve_same_period,
    "year_ago": resolve_same_period,
    "year_end": relative.resolve_year_end,
    "month_rel_year": _month_rel_year,
    "weekend": relative.resolve_weekend,
    "iso": _full_date,
    "slash": _full_date,
    "month_year": _month_year,
    "year": _year,
    "mdy": _month_day,
    "dmy": _month_day,
    "month": _month,
    "decade": _decade,
    "short_year": _short_year,
    "weekday": resolve_weekday,
    "deictic": relative.resolve_deictic,
    "daypart": relative.resolve_daypart,
    "unit_rel": relative.resolve_unit_rel,
    "unit_the": relative.resolve_day_unit,
    "streak_day": relative.resolve_the_day,
    "that_time": relative.resolve_that_time,
    "unit_after": counted.resolve_unit_after,
    "ago": counted.resolve_ago,
    "from_weekday": counted.resolve_ago,
    "after_next": relative.resolve_after_next,
    "anchored": relative.resolve_anchored,
    "the_day": relative.resolve_the_day,
    "quarter": resolve_quarter,
    "qcode": resolve_quarter,
    "months_of": resolve_quarter,
    "century": _century,
    "year_range": _year_range,
    "fiscal": _fiscal,
    "season": _season,
    "holiday": resolve_holiday,
    "nth_weekday": resolve_nth_weekday,
    "nth_week": resolve_nth_week,
    "day_alone": resolve_day_alone,
}


def resolve_candidate(cand: Candidate, ctx: Context) -> Resolution | None:
    """The period a candidate stands for in this context, or None if it has none."""
    resolver = RESOLVERS.get(cand.kind)
    if resolver is None:
        return None
    try:
        return resolver(cand, ctx)
    except (ValueError, OverflowError, IndexError):
        # Beyond the calendar's range (year 1 or 9999): no date to give.
        return None
