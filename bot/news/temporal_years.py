"""Which year a date written without one falls in: the nearest the clause's tense
points to (`in_nearest_year`), as the clause tells it (`in_year_told`: a future
seen from a past period in focus, a plan as it stood), or the year of the full
date just before it (`in_hinted_year`)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from bot.news import calendar_values as cal
from bot.news.calendar_values import Period
from bot.news.temporal_context import Context, Resolution
from bot.news.tense import Tense
from bot.news.tense_phrases import ENDS_SENTENCE


@functools.lru_cache(maxsize=4096)
def in_nearest_year(
    make: Callable[..., Period | None], args: tuple[Any, ...], anchor: dt.date, tense: Tense | None
) -> Resolution | None:
    """`make(year, *args)` in the year `cal.pick_year` picks, made once per anchor and
    tense: the same yearless date recurs in an article ("June 12" ... "June 12")."""
    found = cal.pick_year(lambda y: make(y, *args), anchor, tense)
    return Resolution(found) if found else None


# How far ahead a reported plan may lie ("said the drug was due to be launched in
# November"); one further off is the plan as it stood, the nearest ("said the vote was
# expected on Feb. 4", told in March).
_PLAN_STANDS = 270
_PLAN_GONE = 120  # days since a plan's day before the plan as it stood is not the one ahead
_FUTURE_GRACE = dt.timedelta(days=14)  # as `calendar_values.pick_nearest` allows


def in_year_told(
    make: Callable[..., Period | None], args: tuple[Any, ...], ctx: Context
) -> Resolution | None:
    """A yearless date in the year the clause's tense points to, from the publication
    date; a future seen from a past period in focus ("announced in November that he
    would return in January") from that period; a plan as it stood ("was due on Feb.
    4", "had been scheduled for April 20") in the nearest year either way; one a
    present "is" or "are" tells of ahead ("The election is Nov. 5"); one an occasion
    owns in a past clause ("called for a strike on April 5") in the nearest year."""
    assert ctx.anchor is not None
    seen_from = ctx.seen_from_focus()
    if seen_from is not None:
        base = seen_from.first
        if seen_from.precision != "day":
            # (the future tense's grace reaches no date before the period: "In 2010,
            # officials said the bridge was due to open in December" is 2010's)
            base += _FUTURE_GRACE
        return in_nearest_year(make, args, base, "future")
    tense = ctx.tense
    if ctx.compared:
        tense = "past"  # "down from 8.2 percent in July", "ease by December, from ... in February"
    elif tense is not None and ctx.planned_then:
        ahead = in_nearest_year(make, args, ctx.anchor, "future") if tense == "future" else None
        if ahead is not None and (ahead.period.first - ctx.anchor).days <= _PLAN_STANDS:
            if ctx.plan_reported:
                return ahead  # "said the vaccine was expected to be ready in October"
            back = in_nearest_year(make, args, ctx.anchor, "past")
            if (
                back is not None
                and (ctx.anchor - back.period.last).days > _PLAN_GONE
                and " had " not in ctx.text[max(0, ctx.start - 48) : ctx.start]
                # (the plan is the news only where its day ends the sentence: not "The
                # vote, which was scheduled for Nov. 6, saw Obama re-elected")
                and ENDS_SENTENCE.match(ctx.text, ctx.end) is not None
            ):
                return ahead  # "Sentencing was set for Oct. 3": a plan long gone is no news
        tense = None
    elif tense == "past" and ctx.after_occasion:
        tense = None  # "called for a general strike on April 5": the nearest
    elif tense is None and ctx.due:
        tense = "future"  # "The election is Nov. 5", "The deadline is in June"
    return in_nearest_year(make, args, ctx.anchor, tense)


def in_hinted_year(make: Callable[[int], Period | None], ctx: Context, year: int) -> Period | None:
    """A yearless date in the year of the full date just before it, or the year
    after when it would come before that date: "from Dec. 20, 2017 to Jan. 3",
    "elected in November 1996, he took office in January" (unless that
    puts a past event after the publication date)."""
    found = make(year)
    before = ctx.previous_period
    if found is None or before is None or found.first >= before.first or ctx.compared:
        return found  # ("in December 2008, up from 6.8 percent in November": before it)
    later = make(year + 1)
    if later is None or (ctx.anchor and ctx.tense == "past" and later.first > ctx.anchor):
        return found
    return later
