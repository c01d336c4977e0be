"""Weekdays: "said Thursday" (on or before), "will meet Tuesday" (the next), "last
Thursday", "next Tuesday" (of next week), "this Friday", "Monday last week", and a
weekday a phrase puts nearest ("arrested ahead of the vote on Sunday")."""

from __future__ import annotations

import datetime as dt
import re

from bot.news.temporal_context import Context, Resolution, day_part, group_text
from bot.news.temporal_lexicon import WEEKDAYS
from bot.news.temporal_relative import SHIFTS, day_resolution, weekday_offset
from bot.news.temporal_scan import Candidate
from bot.news.tense_phrases import GATHERINGS, OCCASIONS

_OCCASION_AFTER = re.compile(rf"\s(?:{OCCASIONS})\b")
# An occasion called or asked for lies after the calling: ahead when told in a present
# perfect ("has called for mass protests after Friday prayers"), the nearest when told in
# the past ("recalled parliament for a vote on Thursday"; not "gathered for a rally on
# Saturday", a thing done, nor "called for calm at a rally on Sunday", where the call was).
_CALLED_FOR = re.compile(
    r"\b(?P<perfect>(?:has|have)\s)?(?:call(?:ed|s)?|appeal(?:ed|s)?|press(?:ed|es)|push(?:ed|es)"
    r"|ask(?:ed|s)|recall(?:ed|s)|summon(?:ed|s)|convene[ds])\s(?:[\w'’-]+\s){0,3}?for\s"
    r"(?:(?:a|an|the)\s)?(?:(?!(?:at|in|during|on|of|to|after)\s)[\w-]+\s){0,3}?"
    rf"(?:{OCCASIONS}|{GATHERINGS})\s"
    r"(?:(?:in|at)\s[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?\s)?(?:on|after)\s$"
)
_CALLED_REACH = 90


def _day_seen_from(ctx: Context) -> dt.date | None:
    """The day in focus that the clause's future is seen from (`seen_from_focus`)."""
    seen_from = ctx.seen_from_focus()
    return seen_from.first if seen_from is not None and seen_from.precision == "day" else None


_NEAR_BACK = 2


def resolve_weekday(cand: Candidate, ctx: Context) -> Resolution | None:
    """A weekday: "said Thursday" (on or before), "will meet Tuesday", "last/next/this Friday"."""
    wd = WEEKDAYS[group_text(cand, "wd")]
    rel = group_text(cand, "rel")
    if rel == "next" and ctx.text[cand.start : cand.start + 4].lower() == "the ":
        rel = "following"  # "released the next Monday": after the day told of
    anchored = rel in ("following", "previous")
    base = ctx.previous if anchored and ctx.previous else ctx.anchor
    if base is None:
        return None
    from_weekday = base.weekday()
    week = cand.group("week")
    if week is not None:  # "Monday last week": that day of the week before this one
        offset = wd - from_weekday + 7 * SHIFTS[week.lower()]
    elif rel in ("last", "past", "previous", "this past"):
        offset = weekday_offset(from_weekday, wd, -1, strict=True)
    elif rel == "next" and not anchored:
        # "next Tuesday" said on a Monday is the Tuesday of next week: a day later
        # this week is plain "Tuesday" (or "this Tuesday")
        offset = wd - from_weekday + 7
    elif rel in ("next", "coming", "following"):
        offset = weekday_offset(from_weekday, wd, 1, strict=True)
    elif rel == "this":
        offset = wd - from_weekday
        if offset < 0 and (ctx.tense == "future" or (ctx.tense is None and ctx.scheduled)):
            offset += 7  # "will vote this Tuesday", said on a Thursday: the one ahead
    else:
        # "The vote is on Friday" is ahead, and so is "preparing for Friday's vote";
        # "Monday's attack is the worst" is not.
        owner = cand.group("owner")
        called = (
            None
            if owner
            else _CALLED_FOR.search(ctx.text, max(0, cand.start - _CALLED_REACH), cand.start)
        )
        forward = (
            ctx.tense == "future"
            or (
                ctx.tense is None
                and (
                    (not owner and ctx.scheduled)
                    or (owner is not None and _OCCASION_AFTER.match(ctx.text, cand.end) is not None)
                )
            )
            or called is not None
        )
        if (
            forward
            and ctx.previous is not None
            and base > ctx.previous
            and (ctx.planned_here or _day_seen_from(ctx) == ctx.previous)
        ):
            # "began on Thursday and was expected to vote on Friday", "said on Monday
            # that the bodies would be buried on Tuesday": ahead of that day
            base, anchored = ctx.previous, True
            from_weekday = base.weekday()
        offset = weekday_offset(from_weekday, wd, 1 if forward else -1, strict=False)
        if not anchored and (ctx.nearest or (called is not None and not called["perfect"])):
            # "arrested ahead of the vote on Sunday", told on Monday: the day just gone;
            # "were cautious ahead of Friday's jobs report", told on Monday: the one ahead
            # (a day further back than two is rarely the one meant)
            back = weekday_offset(from_weekday, wd, -1, strict=False)
            ahead = weekday_offset(from_weekday, wd, 1, strict=False)
            offset = back if -back <= min(ahead, _NEAR_BACK) else ahead
        elif forward and not anchored and ctx.plan_called_off:
            # "The vote was expected on Monday but was delayed": a plan as it stood,
            # the nearest such day either way
            back = weekday_offset(from_weekday, wd, -1, strict=False)
            offset = back if -back < offset else offset
    if cand.group("week_on"):
        # "on Tuesday week": a week after the coming Tuesday (told on a Tuesday, a week
        # today), whatever the tense
        offset = weekday_offset(from_weekday, wd, 1, strict=False) + 7
    return day_resolution(base, offset, day_part(cand), anchored)
