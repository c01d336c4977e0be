"""Dates counted from another date: the publication date or the previous one.

Weekdays ("said Thursday", "last Thursday"), deictic words ("yesterday",
"last week") count from the publication date; anchored expressions ("the next
day", "by that time") from the previous resolved date or period
(`temporal_year_ago`: "the same period a year ago"). Counts of units ("two days
ago", "a day later") are `temporal_counted`'s.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from bot.news import calendar_values as cal
from bot.news.calendar_values import Period
from bot.news.quarter_reported import just_ended_quarter
from bot.news.temporal_context import Context, Resolution, day_part, group_text
from bot.news.temporal_lexicon import DAY_PARTS, SEASONS, WEEKDAYS
from bot.news.temporal_scan import Candidate


@functools.lru_cache(maxsize=512)
def days(count: int) -> dt.timedelta:
    """A span of `count` days (made once: building a timedelta costs more than adding one)."""
    return dt.timedelta(days=count)


@functools.lru_cache(maxsize=2048)
def day_resolution(base: dt.date, offset: int, part: str | None, anchored: bool) -> Resolution:
    """The day `offset` days from `base`, with a TIMEX3 part of day ("TMO") if any; made
    once, as "said Thursday" and "yesterday" recur with the same base in an article."""
    return Resolution(cal.day(base + days(offset), part), anchored)


def weekday_offset(from_weekday: int, weekday: int, direction: int, strict: bool) -> int:
    """Days from a `from_weekday` to the nearest `weekday` back (-1) or forward (+1)."""
    offset = (weekday - from_weekday) * direction % 7
    if offset == 0 and strict:
        offset = 7
    return offset * direction


# How long after a period a day told of may still be of its story ("an offensive that
# began in December" and a deal "on Jan. 11").
_NEAR_END = dt.timedelta(days=31)


def resolve_after_next(cand: Candidate, ctx: Context) -> Resolution | None:
    """the week after next, the Tuesday after next, the weekend before last: two
    units (or a weekday a week past the next or last one) away."""
    if ctx.anchor is None:
        return None
    unit = group_text(cand, "unit")
    sign = 1 if group_text(cand, "dir").startswith("after") else -1
    if unit in WEEKDAYS:
        offset = weekday_offset(ctx.anchor.weekday(), WEEKDAYS[unit], sign, strict=True)
        return day_resolution(ctx.anchor, offset + 7 * sign, None, False)
    return _unit_resolution(ctx.anchor, unit, 2 * sign, False)


_DEICTIC_OFFSETS = {"yesterday": -1, "tomorrow": 1}


def resolve_deictic(cand: Candidate, ctx: Context) -> Resolution | None:
    """today, tonight, yesterday, tomorrow (with a part of day: "yesterday morning"),
    the day before yesterday, the day after tomorrow."""
    if ctx.anchor is None:
        return None
    word = group_text(cand, "word")
    offset = _DEICTIC_OFFSETS.get(word, 0)
    if cand.group("beyond_before") or cand.group("beyond_after"):
        offset *= 2  # "the day before yesterday", "the day after tomorrow"
    part = "TNI" if word == "tonight" else day_part(cand)
    return day_resolution(ctx.anchor, offset, part, False)


def resolve_daypart(cand: Candidate, ctx: Context) -> Resolution | None:
    """this morning, last night."""
    if ctx.anchor is None:
        return None
    part = group_text(cand, "part")
    back = group_text(cand, "rel") == "last" and part in ("night", "evening")
    if group_text(cand, "rel") == "last" and not back:
        return None
    return day_resolution(ctx.anchor, -back, DAY_PARTS[part], False)


def shift_unit(base: dt.date, unit: str, shift: int) -> Period | None:
    """The `unit` period (week, month, ...) `shift` units away from `base`."""
    if unit == "week":
        return cal.week(base + days(7 * shift))
    if unit == "weekend":
        return cal.weekend(base + days(7 * shift))
    if unit == "month":
        moved = cal.shift_months(base, shift)
        return cal.month(moved.year, moved.month)
    if unit == "year":
        return cal.year(base.year + shift)
    if unit == "decade":
        return cal.decade(base.year + 10 * shift)
    if unit == "century":
        return cal.century(base.year + 100 * shift)
    if unit == "quarter":
        index = base.year * 4 + (base.month - 1) // 3 + shift
        return cal.quarter(index // 4, index % 4 + 1)
    if unit in SEASONS:
        code, first_month = SEASONS[unit]
        if first_month == 12 and base.month <= 3:
            # told by March, "this winter" is the one begun in December; "last winter"
            # the one before ("This winter ranked 31st warmest ... last winter, the
            # fourth-warmest on record")
            return cal.season(base.year - 1 + shift, code, first_month)
        seasons = [cal.season(y, code, first_month) for y in range(base.year - 2, base.year + 2)]
        if shift < 0:
            return [p for p in seasons if p.last < base][-1]
        if shift > 0:
            return next(p for p in seasons if p.first > base)
        return cal.season(base.year, code, first_month)
    return None


@functools.lru_cache(maxsize=1024)
def _unit_resolution(base: dt.date, unit: str, shift: int, anchored: bool) -> Resolution | None:
    """`shift_unit` as a Resolution (None where it gives no period), made once:
    "last week" and "this year" recur with the same base in an article."""
    period = shift_unit(base, unit, shift)
    return Resolution(period, anchored) if period else None


SHIFTS = {
    "this": 0,
    "the current": 0,
    "the same": 0,
    "that": 0,
    "last": -1,
    "the last": -1,
    "the past": -1,
    "this past": -1,
    "the previous": -1,
    "the prior": -1,
    "the preceding": -1,
    "the latest": -1,  # "the latest quarter": the last one reported, so the last one over
    "the most recent": -1,
    "next": 1,
    "the next": 1,
    "the coming": 1,
    "the following": 1,
}
_ANCHORED_RELS = frozenset(
    {"the previous", "the prior", "the preceding", "the following", "the same", "that"}
)


_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4, "century": 5}
_UNIT_RANK = {
    "week": 1,
    "weekend": 1,
    "month": 2,
    "quarter": 2,
    "year": 3,
    "decade": 4,
    "century": 5,
}


def resolve_unit_rel(cand: Candidate, ctx: Context) -> Resolution | None:
    """this/last/next week, month, year, quarter, season; "the following week" is anchored."""
    rel, unit = group_text(cand, "rel") or "this", group_text(cand, "unit")
    if rel == "that same":
        rel = "the same"  # "That same month"
    before = ctx.previous_period
    if (
        rel in _ANCHORED_RELS
        and unit in SEASONS
        and before is not None
        and before.value.isdigit()
        and before.precision == "year"
    ):
        # "made dives in 2021 and 2022. The following spring": the spring of 2023;
        # a winter starts in December, so the one after 2019 is 2019's.
        code, first_month = SEASONS[unit]
        shift = SHIFTS[rel]
        if unit == "winter" and shift > 0:
            shift = 0
        if unit != "winter" or rel not in ("that", "the same"):  # "that winter": which end?
            return Resolution(cal.season(before.first.year + shift, code, first_month), True)
    # "the previous month" counts from a day, week or month in focus, not from a year;
    # so does "the next week" told in the past ("was released on bail the next week")
    # or as a future seen from a past in focus ("In 2010, NASA said the rover would
    # launch the next year").
    anchored = (
        (
            rel in _ANCHORED_RELS
            or (rel == "the next" and (ctx.tense == "past" or ctx.seen_from_focus() is not None))
        )
        and before is not None
        and _RANK[before.precision] <= _UNIT_RANK.get(unit, 2)
    )
    if rel in ("that", "the same") and not anchored:
        return None  # "that year", "the same week" name a period in focus, never today's
    if rel in _ANCHORED_RELS and before is not None and not anchored:
        # "signed a deal on Jan. 11, ending an offensive that began in December. A
        # government was formed the following week": from the day told of just before;
        # with none, no week of that longer period is known.
        # (not one the longer period leaves behind, unless that is only an aside's:
        # "Bozize may finish his term, which ends in 2016, and a government was formed")
        day = ctx.previous
        if day is None or not ctx.day_near:
            return None
        if ctx.focus_where != "aside" and not before.first <= day <= before.last + _NEAR_END:
            return None
        return _as_fiscal(cand, _unit_resolution(day, unit, SHIFTS.get(rel, 0), True))
    base = before.first if anchored and before else ctx.anchor
    if base is None:
        return None
    if anchored and unit == "quarter" and (outer := ctx.quarter_in_focus) and base > outer.last:
        base = outer.first  # "grew in the April-June quarter, data showed on Monday"
    shift = SHIFTS.get(rel, 0)
    if unit == "winter" and rel in _JUST_GONE and base.month <= 3:
        shift = 0  # "the past winter" told in March: the one just over
    return _as_fiscal(cand, _unit_resolution(base, unit, shift, anchored))


_JUST_GONE = frozenset(("the past", "this past", "the most recent", "the latest"))


def _as_fiscal(cand: Candidate, found: Resolution | None) -> Resolution | None:
    """ "the current fiscal year": TimeML's FY1998, dated as the calendar year (a
    day after it may move it: "the fiscal year ended June 30")."""
    if found is None or not cand.group("fiscal") or found.period.precision != "year":
        return found
    year = found.period
    return found._replace(period=Period(year.first, year.last, "year", f"FY{year.value}"))


_ANCHORED_SHIFTS = {"the next": 1, "the following": 1, "the previous": -1}


def resolve_anchored(cand: Candidate, ctx: Context) -> Resolution | None:
    """the next day, the previous day, that same day, that morning."""
    base = ctx.previous or ctx.anchor
    before = ctx.previous_period
    if ctx.previous is None and before is not None and ctx.anchor and before.last < ctx.anchor:
        return None  # "The crisis peaked in September 2008. The previous day": not known
    if base is None:
        return None
    rel, unit = group_text(cand, "rel"), group_text(cand, "unit")
    shift = _ANCHORED_SHIFTS.get(rel, 0)
    if rel in ("the preceding", "the prior"):
        shift = -1
    return day_resolution(base, shift, DAY_PARTS.get(unit), True)


def resolve_day_unit(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "the end of the day": the day in focus, like "the day"; "later in the
    week" the week around the period in focus, like "in the week"."""
    unit = group_text(cand, "unit")
    if unit == "day":
        return resolve_the_day(cand, ctx)
    before = ctx.previous_period
    if ctx.text.endswith("since ", 0, cand.start):
        return resolve_unit_rel(cand, ctx)  # "gained 11 percent since the start of the year"
    in_focus = cand.group("in_mod") or (
        cand.group("mod")
        and (
            (ctx.focus_where == "sentence" and before is not None and before.precision != "day")
            # "reported third-quarter results ... had $2 billion at the end of the quarter"
            or (unit == "quarter" and ctx.quarter_in_focus is not None and ctx.tense == "past")
        )
    )
    if in_focus and unit in _UNIT_RANK:
        # "later in the week"; "joined in 1985 and left at the end of the year": 1985's
        # (a year named in the sentence; one from before is not the story's)
        return resolve_the_unit(cand, ctx)
    return resolve_unit_rel(cand, ctx)


def resolve_that_time(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "by that time": the period just mentioned, whatever its size."""
    return None if ctx.previous_period is None else Resolution(ctx.previous_period, True)


def resolve_the_unit(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "for the year", "in the quarter": the unit around the period in focus (the
    previous one mentioned, else the publication date)."""
    before = ctx.previous_period
    unit = group_text(cand, "unit")
    outer = ctx.quarter_in_focus
    if unit == "quarter" and before is not None and outer is not None and before.first > outer.last:
        # "will report first-quarter results on April 18. ... revenue for the quarter":
        # the quarter reported on, not the one of the day of the report.
        return _as_fiscal(cand, Resolution(outer, True))
    if (
        unit == "year"
        and before is not None
        and before.value[4:6] == "-Q"
        and before.value[:4] != f"{before.first.year:04d}"
    ):
        # "its fiscal third-quarter profit rose ... raised its outlook for the year": the
        # fiscal year that quarter is valued by
        return _as_fiscal(cand, Resolution(cal.year(int(before.value[:4])), True))
    if unit == "quarter" and before is not None and before.value[4:6] == "-Q":
        # "its fiscal third quarter ended Feb. 28. Revenue for the quarter rose": that
        # quarter, whatever calendar quarter its days fall in
        return Resolution(before, True)
    if ctx.anchor and unit == "quarter" and cand.kind == "the_unit" and just_ended_quarter(ctx):
        return _unit_resolution(ctx.anchor, unit, -1, False)
    if (
        before is not None
        and _RANK[before.precision] <= _UNIT_RANK[unit]
        and not ctx.past_told_ahead(before.first)
        and not ctx.future_told_after(before)
        and not _market_wrap(cand, ctx, unit)
        # ("is the biggest deal of the year" after a year told in another sentence)
        and not (ctx.text.endswith(" of ", 0, cand.start) and ctx.focus_where != "sentence")
    ):
        around = shift_unit(before.first, unit, 0)
        # A period in focus longer than the unit holds several ("the second half ...
        # for the quarter"): none of them is the one meant.
        if around is not None and before.last <= around.last:
            return _as_fiscal(cand, Resolution(around, True))
    if ctx.anchor is None:
        return None
    if (
        cand.kind == "the_unit"
        and unit in _REPORTED_UNITS
        and ctx.tense == "past"
        and ctx.anchor.month <= 4
        and not ctx.text.startswith(("'s", "’s"), cand.end)  # "the year's best": this one
        and not ctx.text.endswith(" of ", 0, cand.start)  # "his third victory of the year"
        and not _outlook_near(ctx.text, cand.start, cand.end)
    ):
        # "For the full year, the company earned $2.1 billion", told in March: results
        # of a year (or quarter) over, not of the one begun
        return _as_fiscal(cand, _unit_resolution(ctx.anchor, unit, -1, False))
    return _as_fiscal(cand, _unit_resolution(ctx.anchor, unit, 0, False))


_REPORTED_UNITS = frozenset(("year",))


def _market_wrap(cand: Candidate, ctx: Context, unit: str) -> bool:
    """Whether "For the week," or "For the year," opens a sentence with no date of its
    own before it: a market wrap's running total ("The Dow hit a record on March 14.
    For the week, it fell 0.1 percent"), of the week or year of the report."""
    return (
        unit in ("week", "year")
        and ctx.focus_where != "sentence"
        and ctx.text.startswith(("For the week,", "For the year,"), cand.start - 4)
    )


# (not "For the full year, the company raised its forecast": the year under way)
def _outlook_near(text: str, start: int, end: int) -> bool:
    """Whether the sentence around text[start:end] tells an outlook or a running total
    ("For the full year, the company raised its forecast", "For the year, the Dow has
    gained 11 percent")."""
    before = text[max(0, start - 80) : start].rsplit(". ", 1)[-1]
    after = text[end : end + 80].split(". ", 1)[0]
    return _OUTLOOK.search(before) is not None or _OUTLOOK.search(after) is not None


_OUTLOOK = re.compile(
    r"\b(?:forecasts?|outlook|guidance|expect\w*|project\w*|aim\w*|sees|targets?|has|have)\b"
)


def resolve_the_day(cand: Candidate, ctx: Context) -> Resolution | None:
    """on the day, for the day: the day in focus (previous day, else publication); a
    streak not told ahead ("for the third straight day") ends by publication."""
    base = ctx.previous or ctx.anchor
    if cand.kind == "streak_day" and base and ctx.anchor and base > ctx.anchor:
        base = base if ctx.tense == "future" else ctx.anchor
    return None if base is None else day_resolution(base, 0, None, True)


_FORECAST_NEAR = re.compile(r"(?i:weekend\s(?:forecast|outlook)\b|\b(?:forecast|outlook)\sfor)")


def resolve_weekend(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "the weekend": the one just past; ahead (future-tense clauses, forecasts: "The
    weekend forecast calls for snow"), the coming one or the one under way."""
    if ctx.anchor is None:
        return None
    forecast = _FORECAST_NEAR.search(ctx.text, max(0, ctx.start - 24), ctx.end + 9)
    back = ctx.tense != "future" and forecast is None and ctx.anchor.weekday() < 5
    return Resolution(cal.weekend(ctx.anchor - days(7 * back)))


def resolve_year_end(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "by year-end", "by mid-year": this year; "since year-end" (or a past clause
    early in the year) the last one."""
    if ctx.anchor is None:
        return None
    since = group_text(cand, "prep") == "since"
    if cand.group("mid"):  # "by mid-year": this year's middle, unless told as past early on
        back = (since or ctx.tense == "past") and ctx.anchor.month <= 6
    else:
        back = since or (ctx.tense == "past" and ctx.anchor.month <= 2)
    return Resolution(cal.year(ctx.anchor.year - back))
