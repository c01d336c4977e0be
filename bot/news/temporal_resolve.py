"""Turn one scanned candidate into a calendar period.

Absolute expressions need nothing else; underspecified ones ("June 12",
"Thursday") need the publication date and the tense of their clause; anchored
ones ("a day later", "the next day") need the previous resolved date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from bot.news import calendar_values as cal
from bot.news.calendar_values import Period
from bot.news.temporal_lexicon import (
    DAY_PARTS,
    ORDINALS,
    SEASONS,
    WEEKDAYS,
    month_number,
    number_value,
)
from bot.news.temporal_scan import Candidate
from bot.news.tense import Tense


@dataclass(frozen=True)
class Context:
    """What a candidate is resolved against.

    `anchor` is the publication date (None when unknown); `previous` is the
    last resolved day in reading order and `previous_period` the last resolved
    period of any size (both None at the start).
    """

    anchor: dt.date | None
    previous: dt.date | None
    previous_period: Period | None
    tense: Tense | None


@dataclass(frozen=True)
class Resolution:
    """A candidate's period and whether it was anchored on the previous date."""

    period: Period
    anchored: bool = False


Resolver = Callable[[Candidate, Context], Resolution | None]


def _g(cand: Candidate, name: str) -> str:
    """A group's text, lower-cased with single spaces ("" when absent)."""
    return " ".join((cand.group(name) or "").lower().split())


def _part(cand: Candidate) -> str | None:
    return DAY_PARTS.get(_g(cand, "part")) if cand.group("part") else None


def _day_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_number(text: str | None) -> int:
    return int((text or "0").rstrip("stndrh") or "0")


def _absolute(cand: Candidate, ctx: Context) -> Resolution | None:
    kind = cand.kind
    if kind in ("iso", "slash"):
        y, m, d = int(_g(cand, "y")), int(_g(cand, "m")), int(_g(cand, "d"))
        if y < 100:
            y += 2000 if y < 50 else 1900
        if m > 12 >= d:
            m, d = d, m
        found = _day_or_none(y, m, d)
        return Resolution(cal.day(found)) if found else None
    if kind == "month_year":
        m = month_number(_g(cand, "mon")) or 0
        return Resolution(cal.month(int(_g(cand, "y")), m)) if m else None
    if kind == "year":
        return Resolution(cal.year(int(_g(cand, "y"))))
    return None


def _month_day(cand: Candidate, ctx: Context) -> Resolution | None:
    m = month_number(_g(cand, "mon"))
    d, d2 = _day_number(cand.group("d")), _day_number(cand.group("d2"))
    if m is None or not 1 <= d <= 31 or (cand.group("d2") and d2 <= d):
        return None
    wd = WEEKDAYS.get(_g(cand, "wd"), -1)

    def make(y: int) -> Period | None:
        first = _day_or_none(y, m, d)
        if first is None:
            return None
        last = _day_or_none(y, m, d2) if d2 else first
        return None if last is None else Period(first, last, "day", first.isoformat())

    if cand.group("y"):
        found = make(int(_g(cand, "y")))
    elif ctx.anchor is None:
        return None
    elif wd >= 0 and (
        fit := [
            p
            for y in range(ctx.anchor.year - 1, ctx.anchor.year + 2)
            if (p := make(y)) and p.first.weekday() == wd
        ]
    ):
        # The weekday names the year: "Monday, June 4" is 2018's June 4.
        found = min(fit, key=lambda p: abs((p.first - ctx.anchor).days) if ctx.anchor else 0)
    else:
        found = cal.pick_year(make, ctx.anchor, ctx.tense)
    return Resolution(found) if found else None


def _month(cand: Candidate, ctx: Context) -> Resolution | None:
    m = month_number(_g(cand, "mon"))
    if m is None or ctx.anchor is None:
        return None
    rel, anchor = _g(cand, "rel"), ctx.anchor
    if rel == "last":
        return Resolution(cal.month(anchor.year - (m >= anchor.month), m))
    if rel == "next":
        return Resolution(cal.month(anchor.year + (m <= anchor.month), m))
    if rel == "this":
        return Resolution(cal.month(anchor.year, m))
    found = cal.pick_year(lambda y: cal.month(y, m), anchor, ctx.tense)
    return Resolution(found) if found else None


def _decade(cand: Candidate, ctx: Context) -> Resolution | None:
    if cand.group("c"):
        return Resolution(cal.decade(int(_g(cand, "c") + _g(cand, "d") + "0")))
    tens = int(cand.group("d2") or cand.group("d3") or "0") * 10
    this_year = ctx.anchor.year if ctx.anchor else 9999
    start = 2000 + tens if 2000 + tens <= this_year else 1900 + tens
    return Resolution(cal.decade(start))


def _short_year(cand: Candidate, ctx: Context) -> Resolution | None:
    if ctx.anchor is None:
        return None
    yy = int(_g(cand, "yy"))
    return Resolution(cal.year(2000 + yy if 2000 + yy <= ctx.anchor.year + 5 else 1900 + yy))


def _nearest_weekday(base: dt.date, weekday: int, direction: int, strict: bool) -> dt.date:
    """The `weekday` nearest to `base` going back (-1) or forward (+1)."""
    offset = (weekday - base.weekday()) * direction % 7
    if offset == 0 and strict:
        offset = 7
    return base + dt.timedelta(days=offset * direction)


def _weekday(cand: Candidate, ctx: Context) -> Resolution | None:
    wd = WEEKDAYS[_g(cand, "wd")]
    rel = _g(cand, "rel")
    anchored = rel in ("following", "previous")
    base = ctx.previous if anchored and ctx.previous else ctx.anchor
    if base is None:
        return None
    if rel in ("last", "past", "previous"):
        found = _nearest_weekday(base, wd, -1, strict=True)
    elif rel in ("next", "coming", "following"):
        found = _nearest_weekday(base, wd, 1, strict=True)
    elif rel == "this":
        found = base + dt.timedelta(days=wd - base.weekday())
    else:
        forward = ctx.tense == "future"
        found = _nearest_weekday(base, wd, 1 if forward else -1, strict=False)
    return Resolution(cal.day(found, _part(cand)), anchored=anchored)


def _deictic(cand: Candidate, ctx: Context) -> Resolution | None:
    if ctx.anchor is None:
        return None
    word = _g(cand, "word")
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    part = "TNI" if word == "tonight" else _part(cand)
    return Resolution(cal.day(ctx.anchor + dt.timedelta(days=offset), part))


def _daypart(cand: Candidate, ctx: Context) -> Resolution | None:
    if ctx.anchor is None:
        return None
    part = _g(cand, "part")
    back = _g(cand, "rel") == "last" and part in ("night", "evening")
    if _g(cand, "rel") == "last" and not back:
        return None
    return Resolution(cal.day(ctx.anchor - dt.timedelta(days=back), DAY_PARTS[part]))


def _shift_unit(base: dt.date, unit: str, shift: int) -> Period | None:
    """The `unit` period (week, month, ...) `shift` units away from `base`."""
    if unit == "week":
        return cal.week(base + dt.timedelta(days=7 * shift))
    if unit == "weekend":
        return cal.weekend(base + dt.timedelta(days=7 * shift))
    if unit == "month":
        moved = cal.shift_months(base, shift)
        return cal.month(moved.year, moved.month)
    if unit == "year":
        return cal.year(base.year + shift)
    if unit == "decade":
        return cal.decade(base.year + 10 * shift)
    if unit == "quarter":
        index = base.year * 4 + (base.month - 1) // 3 + shift
        return cal.quarter(index // 4, index % 4 + 1)
    if unit in SEASONS:
        code, first_month = SEASONS[unit]
        seasons = [cal.season(y, code, first_month) for y in range(base.year - 2, base.year + 2)]
        if shift < 0:
            return [p for p in seasons if p.last < base][-1]
        if shift > 0:
            return next(p for p in seasons if p.first > base)
        return cal.season(base.year, code, first_month)
    return None


_SHIFTS = {
    "this": 0,
    "the current": 0,
    "the same": 0,
    "last": -1,
    "the last": -1,
    "the past": -1,
    "the previous": -1,
    "next": 1,
    "the next": 1,
    "the coming": 1,
    "the following": 1,
}
_ANCHORED_RELS = frozenset({"the previous", "the following", "the same"})


def _unit_rel(cand: Candidate, ctx: Context) -> Resolution | None:
    rel, unit = _g(cand, "rel") or "this", _g(cand, "unit")
    anchored = rel in _ANCHORED_RELS and ctx.previous_period is not None
    base = ctx.previous_period.first if anchored and ctx.previous_period else ctx.anchor
    if base is None:
        return None
    period = _shift_unit(base, unit, _SHIFTS.get(rel, 0))
    return Resolution(period, anchored=anchored) if period else None


def _offset(base: dt.date, unit: str, count: int) -> Period:
    """`count` units (day, week, month, year, decade) from `base`."""
    if unit in ("day", "week"):
        return cal.day(base + dt.timedelta(days=count * (7 if unit == "week" else 1)))
    if unit == "month":
        moved = cal.shift_months(base, count)
        return cal.month(moved.year, moved.month)
    return cal.year(base.year + count * (10 if unit == "decade" else 1))


_FORWARD = frozenset({"from now", "hence", "later", "after", "afterward", "afterwards"})


def _ago(cand: Candidate, ctx: Context) -> Resolution | None:
    count = number_value(_g(cand, "n"))
    direction = _g(cand, "dir")
    if count is None or count > 200:
        return None
    sign = (
        1 if direction in ("from now", "hence", "later", "after", "afterward", "afterwards") else -1
    )
    anchored = direction not in ("ago", "from now", "hence")
    base = _anchor_base(ctx, _g(cand, "unit")) if anchored else ctx.anchor
    if base is None:
        return None
    return Resolution(_offset(base, _g(cand, "unit"), sign * count), anchored=anchored)


def _anchor_base(ctx: Context, unit: str) -> dt.date | None:
    """What an anchored expression counts from: the previous day, or for months
    and years the previous period of any size, else the publication date."""
    if unit in ("month", "year", "decade") and ctx.previous_period is not None:
        return ctx.previous_period.first
    return ctx.previous or ctx.anchor


def _unit_after(cand: Candidate, ctx: Context) -> Resolution | None:
    base = _anchor_base(ctx, _g(cand, "unit"))
    if base is None:
        return None
    sign = 1 if _g(cand, "dir") in ("after", "later") else -1
    return Resolution(_offset(base, _g(cand, "unit"), sign), anchored=True)


def _anchored(cand: Candidate, ctx: Context) -> Resolution | None:
    base = ctx.previous or ctx.anchor
    if base is None:
        return None
    rel, unit = _g(cand, "rel"), _g(cand, "unit")
    shift = {"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
    if rel in ("the preceding", "the prior"):
        shift = -1
    part = DAY_PARTS.get(unit)
    return Resolution(cal.day(base + dt.timedelta(days=shift), part), anchored=True)


def _the_day(cand: Candidate, ctx: Context) -> Resolution | None:
    base = ctx.previous or ctx.anchor
    return None if base is None else Resolution(cal.day(base), anchored=True)


def _quarter(cand: Candidate, ctx: Context) -> Resolution | None:
    number = int(_g(cand, "q")) if cand.group("q") else ORDINALS.get(_g(cand, "ord"), 0)
    given = cand.group("y") or cand.group("y2")
    rel = _g(cand, "rel")
    if given:
        return Resolution(cal.quarter(int(given), number))
    if ctx.anchor is None:
        return None
    if _g(cand, "ord") == "last" and not rel:
        previous_quarter = _shift_unit(ctx.anchor, "quarter", -1)
        return Resolution(previous_quarter) if previous_quarter else None
    if rel:
        shift = _SHIFTS.get(rel, 0)
        return Resolution(cal.quarter(ctx.anchor.year + shift, number))
    found = cal.pick_year(lambda y: cal.quarter(y, number), ctx.anchor, ctx.tense)
    return Resolution(found) if found else None


def _season(cand: Candidate, ctx: Context) -> Resolution | None:
    code, first_month = SEASONS[_g(cand, "s")]
    if cand.group("y"):
        return Resolution(cal.season(int(_g(cand, "y")), code, first_month))
    if ctx.anchor is None:
        return None
    rel = _g(cand, "rel")
    if rel in ("this", "last", "next"):
        period = _shift_unit(ctx.anchor, _g(cand, "s"), _SHIFTS[rel])
        return Resolution(period) if period else None
    found = cal.pick_year(lambda y: cal.season(y, code, first_month), ctx.anchor, ctx.tense)
    return Resolution(found) if found else None


def _same_period(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "the same month a year ago": the previous period, one year back."""
    before = ctx.previous_period
    if before is None:
        return None if ctx.anchor is None else Resolution(cal.year(ctx.anchor.year - 1))
    first = before.first
    if before.precision == "day":
        return Resolution(cal.day(cal.shift_months(first, -12)), anchored=True)
    if before.precision == "week":
        return Resolution(cal.week(first - dt.timedelta(days=364)), anchored=True)
    if "-Q" in before.value:
        return Resolution(cal.quarter(first.year - 1, (first.month - 1) // 3 + 1), anchored=True)
    if before.precision == "month":
        return Resolution(cal.month(first.year - 1, first.month), anchored=True)
    return Resolution(cal.year(first.year - 1), anchored=True)


def _month_rel_year(cand: Candidate, ctx: Context) -> Resolution | None:
    m = month_number(_g(cand, "mon"))
    if m is None or ctx.anchor is None:
        return None
    return Resolution(cal.month(ctx.anchor.year + _SHIFTS[_g(cand, "rel")], m))


def _weekend(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "the weekend": the one just past, or the coming one in future-tense clauses."""
    if ctx.anchor is None:
        return None
    in_weekend = ctx.anchor.weekday() >= 5
    if ctx.tense == "future":
        shift = 0 if ctx.anchor.weekday() < 5 else 1
    else:
        shift = 0 if in_weekend else -1
    return Resolution(cal.weekend(ctx.anchor + dt.timedelta(days=7 * shift)))


RESOLVERS: dict[str, Resolver] = {
    "same_period": _same_period,
    "month_rel_year": _month_rel_year,
    "weekend": _weekend,
    "iso": _absolute,
    "slash": _absolute,
    "month_year": _absolute,
    "year": _absolute,
    "mdy": _month_day,
    "dmy": _month_day,
    "month": _month,
    "decade": _decade,
    "short_year": _short_year,
    "weekday": _weekday,
    "deictic": _deictic,
    "daypart": _daypart,
    "unit_rel": _unit_rel,
    "unit_the": _unit_rel,
    "unit_after": _unit_after,
    "ago": _ago,
    "anchored": _anchored,
    "the_day": _the_day,
    "quarter": _quarter,
    "qcode": _quarter,
    "season": _season,
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
