"""Dates a count of units away: "two days ago", "a week from Tuesday", "a day
later" (anchored on the date before), "a year and a half ago", "seven years ago
this month", "the day before"."""

from __future__ import annotations

import datetime as dt
import re

from bot.news import calendar_values as cal
from bot.news.calendar_values import Period
from bot.news.temporal_context import Context, Resolution, group_text
from bot.news.temporal_lexicon import DAY_PARTS, WEEKDAYS, number_value
from bot.news.temporal_relative import days, weekday_offset
from bot.news.temporal_scan import Candidate
from bot.news.temporal_year_ago import periodic, years_from

_DAYS_IN = {"day": 1, "week": 7, "fortnight": 14}


def _offset(base: dt.date, unit: str, count: int) -> Period:
    """`count` units (day, week, fortnight, month, year, decade) from `base`."""
    if unit in _DAYS_IN:
        return cal.day(base + days(count * _DAYS_IN[unit]))
    if unit == "month":
        moved = cal.shift_months(base, count)
        return cal.month(moved.year, moved.month)
    return cal.year(base.year + count * (10 if unit == "decade" else 1))


_FORWARD = frozenset(
    {"from now", "from today", "hence", "time", "later", "after", "afterward", "afterwards"}
)
# Directions counted from the publication date, not from the date before.
_FROM_NOW = frozenset({"ago", "from now", "from today", "hence", "time"})


def resolve_ago(cand: Candidate, ctx: Context) -> Resolution | None:
    """Counted units: "two days ago", "three weeks from now", "a day later" (anchored)."""
    count = number_value(group_text(cand, "n"))
    direction = group_text(cand, "dir")
    if count is None or count > 200:
        return None
    if cand.group("from_wd"):
        if ctx.anchor is None:
            return None
        weekday = WEEKDAYS[group_text(cand, "from_wd")]
        ahead = ctx.anchor + days(weekday_offset(ctx.anchor.weekday(), weekday, 1, strict=False))
        return Resolution(_offset(ahead, group_text(cand, "unit"), count))
    sign = 1 if direction in _FORWARD else -1
    anchored = direction not in _FROM_NOW
    unit = group_text(cand, "unit")
    base = _anchor_base(ctx, unit) if anchored else ctx.anchor
    focus = ctx.previous_period
    if anchored and unit == "month" and focus is not None and focus.precision == "year":
        # "He won the title last year. Twelve months earlier ...": a year back; six
        # months from a year name no month
        if count % 12:
            return None
        return Resolution(cal.year(focus.first.year + sign * count // 12), anchored=True)
    if cand.group("half"):
        # "a year and a half ago": that month (half of any other unit is too fine to say)
        if unit != "year" or base is None:
            return None
        then = cal.shift_months(base, sign * (12 * count + 6))
        return Resolution(cal.month(then.year, then.month), anchored=anchored)
    before = ctx.previous_period
    outer = ctx.outer_period
    if (
        anchored
        and unit == "year"
        and count == 1
        and outer is not None
        and periodic(outer)
        and (before is None or (before.precision == "day" and before.first > outer.last))
    ):
        # "reported fourth-quarter sales on Tuesday, up 4% from a year earlier": that
        # quarter a year back, not the day of the report.
        return Resolution(years_from(outer, sign * count), anchored=True, comparison=sign < 0)
    if anchored and unit == "year" and count == 1 and before is not None and periodic(before):
        # "third-quarter profit fell from a year earlier": that quarter, a year back
        # ("three years earlier" counts years).
        return Resolution(years_from(before, sign * count), anchored=True, comparison=sign < 0)
    if base is None:
        return None
    if (
        anchored
        and unit == "week"
        and before is not None
        and before.precision == "week"
        and not before.first <= (ctx.previous or _NEVER) <= before.last
    ):
        # "Cases rose to 40 last week. A week earlier, there were 25": the week before
        return Resolution(cal.week(before.first + days(7 * sign * count)), anchored=True)
    if (
        anchored
        and unit in _DAYS_IN
        and before is not None
        and (
            (before.precision in ("month", "year") and (ctx.previous or _NEVER) < before.first)
            or (
                before.precision == "month"
                and ctx.focus_where in ("sentence", "paragraph")
                and (ctx.previous or _NEVER) > before.last
            )
            or (
                before.precision == "week"
                and not before.first <= (ctx.previous or _NEVER) <= before.last
            )
        )
    ):
        # "arrested in June 1961. Three days earlier, ...": no day of that month is
        # known to count from (not the publication date's, nor a day before it: "said
        # on Tuesday ... said over the weekend. A day later, ..."; nor one after it, which
        # is another story's: "attacked on Tuesday. ... hosted the summit in March 2012. A
        # day earlier", "met on Tuesday. Last month, rebels seized a base. Troops retook it
        # two days later")
        return None
    same = cand.group("same")
    if same is not None:
        return Resolution(_same_back_then(base, unit, count, same.split()[-1].lower()))
    # "profit rose 10 percent from a year ago": named to compare, the story stays on now.
    lead = ctx.text[max(0, cand.start - 40) : cand.start] if sign < 0 else ""
    compared = _COMPARED_WITH.search(lead) is not None
    return Resolution(_offset(base, unit, sign * count), anchored=anchored, comparison=compared)


# (not "less than two weeks ago": a time, roughly said); "up from $2.5 billion a
# year earlier", "from 8.1% a year ago": the amount compared with may come between.
_COMPARED_WITH = re.compile(
    r"\b(?:from|(?<!less\s)(?<!more\s)than|with|versus|vs\.?)\s+"
    r"(?:(?:about|nearly|roughly|around|some)\s)?(?:[$€£¥]?\d[\d.,]*"
    r"(?:\s?(?:%|percent|billion|million|trillion|cents?|points?|a\sshare|per\sshare))*\s+)?$"
)


_NEVER = dt.date.min


def _same_back_then(base: dt.date, unit: str, count: int, same: str) -> Period:
    """ "seven years ago this month": the day, week or month `same` of the day
    `count` units before `base`; "a week ago Sunday": the last Sunday, a week back."""
    if same in WEEKDAYS:
        base += days(weekday_offset(base.weekday(), WEEKDAYS[same], -1, strict=False))
        same = "today"
    if unit in _DAYS_IN:
        then = base - days(count * _DAYS_IN[unit])
    else:
        then = cal.shift_months(base, -count * {"month": 1, "year": 12, "decade": 120}[unit])
    if same == "today":
        return cal.day(then)
    return cal.week(then) if same == "week" else cal.month(then.year, then.month)


def _anchor_base(ctx: Context, unit: str) -> dt.date | None:
    """What an anchored expression counts from: the previous day, or for months
    and years the previous period of any size (for weeks, a week), else the
    publication date."""
    before = ctx.previous_period
    if before is not None and (
        unit in ("month", "year", "decade") or (unit == "week" and before.precision == "week")
    ):
        return before.first  # "last week ... the week before": the week before that one
    return ctx.previous or ctx.anchor


def resolve_unit_after(cand: Candidate, ctx: Context) -> Resolution | None:
    """the day before, the week after, the night before: the unit (or part of a day)
    before or after the previous date's (a week, where counted weeks, "a week
    later", are days)."""
    unit = group_text(cand, "unit")
    base = _anchor_base(ctx, unit)
    if base is None:
        return None
    sign = 1 if group_text(cand, "dir") in ("after", "later") else -1
    if unit in DAY_PARTS:  # "the night before": the day before's night
        return Resolution(cal.day(base + days(sign), DAY_PARTS[unit]), anchored=True)
    if unit == "week":
        return Resolution(cal.week(base + days(7 * sign)), anchored=True)
    return Resolution(_offset(base, unit, sign), anchored=True)
