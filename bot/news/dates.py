"""Temporal expressions -> calendar dates.

`find_timexes` finds every resolvable DATE expression in a paragraph and
resolves it against the publication date ("Thursday", "last week", "June 12")
or, for anchored expressions ("a day later", "the next day"), against the
previous resolved date (`user_dates` reads command date options with it).

The work is split by job: `temporal_scan` finds candidates, `temporal_filters`
vetoes look-alikes, `tense` reads the clause's tense, `temporal_resolve` (named
dates) and `temporal_relative` (dates counted from another) turn a candidate
into a `calendar_values.Period`; this module ties them together, carries the
previous date along and joins ranges.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from bot.news import calendar_values as cal
from bot.news.clause_tense import ClauseTense
from bot.news.date_clues import (
    closes_aside,
    counts_back_from_past,
    focus_where,
    names_day_before,
    plan_between,
    qualifies_subject,
    reported_apart,
    said_after,
    told_apart,
    told_on,
    year_goes_on,
    year_opens_sentence,
)
from bot.news.date_ranges import (
    as_restated,
    ends_period,
    join_ranges,
    on_day_of,
    range_end,
    restates,
    streak_ending,
    weekday_after,
)
from bot.news.nearby_words import word_before
from bot.news.paragraph_focus import carried_focus
from bot.news.quoted_days import counted_from_saying
from bot.news.sentences import sentence_tuple
from bot.news.temporal_context import Context
from bot.news.temporal_filters import keep_candidate
from bot.news.temporal_named_days import day_names_thing, measured_month, nearest_named_day
from bot.news.temporal_scan import scan_candidates
from bot.news.temporal_side_days import is_side_day
from bot.news.timex import Timex, natural_end
from bot.news.timex_making import VAGUE_KINDS, make_timex

__all__ = ["Timex", "carried_focus", "find_timexes", "natural_end", "scan_timexes"]


# Kinds that always carry their year, and how close a yearless date must
# follow one to borrow it ("on March 3, 1997 and again on April 5").
_FULL_DATES = frozenset({"iso", "slash", "month_year"})
_HINT_GAP = 60
_WHOLE_SENTENCE = -1  # where a year that opens its sentence "starts": it reaches all of it
# A year ahead that lends its year: "due in 2014, probably in October"; not a fiscal
# year, a span ("2015-16"), a purpose ("the review for 2015 on 26 June"), a deadline
# ("by 2015 and will unveil ... in April") or a name ("his 2014 budget ... on April 10").
_AHEAD_YEAR_KINDS = frozenset(("year", "unit_rel"))
_PURPOSE_LEADS = frozenset(("for", "through", "until", "to", "by"))
_PURPOSE_PAIR = re.compile(r"\b(?:for|through|until|to|by)\s\d{4}\s(?:and|or)\s$")  # "for 2013 and"
_COMPARED_SINCE = re.compile(r"\b(?:up|down|compared|from\s(?:its|their|the|a|an|his|her))\b")
# A bare year lends nothing: "founded in 1990, it said on March 3 ...", nor
# does a fiscal year, which starts in another calendar year ("fiscal 1999 begins Oct. 1").
_BARE_YEARS = frozenset({"year", "year_range", "decade", "century", "fiscal"})
_MONTH_DAYS = frozenset({"mdy", "dmy"})
# "for the ninth straight day on Wednesday": the streak's day is the one named after it.
_STREAK_TO_DAY = re.compile(r",?\s{1,3}(?:(?i:on)\s{1,3})?")
_TOLD_THEN = re.compile(r"(?:\s[\w'’-]+){1,3},\swhen\s")
# Where a reported clause opens, its subject next: "Organizers said next year's festival".
_REPORTED_OPENS = re.compile(r"\b(?:said|says|announced|added)\s(?:that\s)?$")
_ENDING = frozenset(("day", "month"))  # what may end a period: "ended Sept. 30", "ending in March"


def scan_timexes(
    text: str,
    anchor: dt.date | None,
    previous: dt.date | None = None,
    *,
    focus: Timex | None = None,
    vague: bool = False,
) -> list[Timex]:
    """Like `find_timexes`, but `anchor` may be None (only absolute dates resolve)."""
    candidates = scan_candidates(text, keep_candidate, frozenset() if vague else VAGUE_KINDS)
    if not candidates:
        return []
    carried = previous  # the day told of before this paragraph
    sentences = sentence_tuple(text)
    past_end = len(text) + 1  # (start, past_end) sorts after every span with that start
    found: list[Timex] = []
    previous_period: cal.Period | None = cal.day(previous) if previous else None
    if focus is not None:
        previous_period = focus.period
    outer_period = None  # the last period longer than a day
    if previous_period is not None and previous_period.precision != "day":
        outer_period = previous_period
    # (sentence index, start and end offsets, year) of the last expression that gave
    # its year.
    last_year: tuple[int, int, int, int] | None = None
    # The same of a year ahead in a future clause: it lends its year to a future after it.
    ahead_year: tuple[int, int, int, int] | None = None
    # (sentence index, year, where it ends) of a past year that qualifies the subject.
    subject_year = (-1, 0, 0)
    # (sentence index, ClauseTense) of the last candidate: one whose clause shows no tense
    # is read in the tense of the one before it in its sentence.
    last_clause: tuple[int, ClauseTense | None] = (-1, None)
    streak: int | None = None  # index in `found` of a streak day just before
    day_sentence = -1  # the sentence of the last day that dates something
    past_day: tuple[int, dt.date] | None = None  # (sentence, day) of the last day over
    thing_day: tuple[int, dt.date] | None = None  # the same of one that names a thing
    focus_sentence = -1  # the sentence where `previous_period` was named
    focus_at = (0, 0)  # and where its expression starts and ends
    mentioned: cal.Period | None = None  # the period of a comparison just before
    for cand in candidates:
        index = bisect.bisect_right(sentences, (cand.start, past_end)) - 1
        bounds = sentences[index] if index >= 0 else (0, len(text))
        before = last_clause[1] if last_clause[0] == index else None
        clause = ClauseTense(text, cand.start, cand.end, bounds, before)
        last_clause = (index, clause)
        hint = None
        if (
            last_year
            and last_year[0] == index
            and (
                # (one that opens the sentence reaches all of it, but the day it was told:
                # "In 2012, the economy grew 1.5 percent, the office said on March 12")
                (last_year[1] == _WHOLE_SENTENCE and not told_on(text, cand.start))
                or (
                    last_year[1] != _WHOLE_SENTENCE
                    and cand.start - last_year[2] <= _HINT_GAP
                    and not closes_aside(text, bounds[0], last_year[1], last_year[2], cand.start)
                    and not qualifies_subject(text, bounds[0], last_year[1], last_year[2])
                )
            )
            and not said_after(text, last_year[2], cand.start)
            and not (
                reported_apart(text, last_year[2], cand.start)
                # (unless both tell one story of the past: "said he bought the poison in
                # June 2011 and that she used it in December")
                and not (
                    anchor
                    and last_year[3] < anchor.year
                    and clause.reading == "past"
                    and not plan_between(text, last_year[2], cand.start)
                )
            )
        ):
            hint = last_year[3]
        # "who left in September 2007, is expected to be unveiled in June": not 2008's
        if hint is not None and anchor and told_apart(hint, anchor.year, clause.reading):
            hint = None
        if hint is None and found and range_end(text, found[-1], cand):
            # "between May 30 and June 1", "October through December": the end comes
            # after the start, whatever tense "through" lends it
            hint = found[-1].date.year
        if (
            hint is None
            and ahead_year
            and ahead_year[0] == index
            and cand.start - ahead_year[2] <= _HINT_GAP
            and clause.reading == "future"
            and _COMPARED_SINCE.search(text, ahead_year[2], cand.start) is None
        ):
            # (not "will rise in 2014, after falling in March", "grow in 2014, down from
            # its December forecast")
            hint = ahead_year[3]
        if (
            hint is None
            and subject_year[0] == index
            and anchor
            and (
                (subject_year[1] < anchor.year and clause.reading == "past")
                # "Organizers said next year's festival would run from May 16 to 27"
                or (subject_year[1] > anchor.year and clause.reading != "past")
            )
            and ", and " not in text[subject_year[2] : cand.start]  # (another clause's)
        ):
            hint = subject_year[1]  # "The 2011 season peaked in February"
        ctx = Context(
            anchor,
            previous,
            previous_period,
            clause,
            hint,
            outer_period,
            focus_where(text, bounds[0], (focus_sentence, index), focus_at, cand.start),
            day_sentence >= 0 and index - day_sentence <= 1,
        )
        if past_day and counts_back_from_past(
            cand, clause.reading, (previous, anchor), index - past_day[0]
        ):
            ctx.previous, ctx.previous_period = past_day[1], cal.day(past_day[1])
        if mentioned is not None and text.startswith(("That ", "that "), cand.start):
            # "the worst since 1994 ... That year, ...": a yardstick sets no focus, but a
            # "that" points back to it
            ctx.previous_period = mentioned
        made = make_timex(text, cand, ctx, clause)
        if made is None and past_day and index - past_day[0] <= 1 and past_day[1] != previous:
            # "arrived on Wednesday and returns home on Saturday. Kerry arrived a day
            # earlier": a past counted from the last day over near it, not the one ahead
            ctx.previous, ctx.previous_period = past_day[1], cal.day(past_day[1])
            made = make_timex(text, cand, ctx, clause)
        if made is None and previous is None and thing_day and index - thing_day[0] <= 1:
            # "The Nov. 9 shooting shocked the town. Kemp was arrested two days later": with
            # no day in focus, the one a thing is named by
            ctx.previous, ctx.previous_period = thing_day[1], cal.day(thing_day[1])
            made = make_timex(text, cand, ctx, clause)
        if made is None:
            continue
        timex, period = made
        if (moved := weekday_after(text, found[-1] if found else None, cand, timex)) is not timex:
            timex, period = moved, cal.day(moved.date)  # "for Wednesday and Thursday"
        if timex.anchored and found and restates(text, found[-1], timex):
            timex, period = as_restated(found[-1], timex)  # "charged on Tuesday, a day later"
        if timex.vague and not vague:
            continue
        if cand.kind == "month" and anchor and hint is None and not cand.group("rel"):
            measured = measured_month(text, timex, anchor)
            if measured is not None:  # "sales for February will be released": the nearest
                period = cal.month(measured[0].year, measured[0].month)
                attributive = timex.attributive or measured[1]  # "February trade data"
                timex = replace(
                    timex, date=period.first, value=period.value, attributive=attributive
                )
        ended = (
            ends_period(text, found[-1], timex)
            if found and found[-1].precision != "day" and timex.precision in _ENDING
            else None
        )
        if ended is not None:  # "the quarter ended Sept. 30", "the quarter ending in March"
            found[-1] = ended
        if cand.kind == "weekday" and found and names_day_before(text, found[-1], cand, timex):
            timex, period = on_day_of(found[-1], timex)
        if streak is not None and _STREAK_TO_DAY.fullmatch(text, found[streak].end, timex.start):
            found[streak] = streak_ending(found[streak], timex)
        streak = len(found) if cand.kind == "streak_day" else None
        names_thing = timex.until is None and day_names_thing(
            text, timex.start, timex.end, any_lead=True
        )
        # What opens the sentence before a day that names a thing: "The Oct. 29 floods
        # killed ..." (its subject: the verb tells of the thing), "Tuesday's attack killed
        # 12 people. The same day, ..." (the day what follows counts from).
        lead = (
            text[bounds[0] : cand.start].strip().lower()
            if names_thing and cand.start - bounds[0] <= 8
            else None
        )
        subject = lead == "the"
        if names_thing and anchor and hint is None and cand.kind in _MONTH_DAYS and not subject:
            named_day = (
                None
                if cand.group("y")
                else nearest_named_day(text, cand.end, timex.date, anchor, names_thing)
            )
            if named_day is not None:  # "the Nov. 5 election": not the tense of the clause's verb
                timex = replace(
                    timex, date=named_day, value=f"{named_day.year:04d}{timex.value[4:]}"
                )
        opens = lead == "" and cand.group("owner") is not None
        # "Sales fell in February, Nielsen said on Thursday": the report's day is no focus
        # after a day, or a period its sentence dates; or after a quotation: '"We owe the
        # American people a balanced budget," Ryan said on Tuesday' dates only the saying
        dated_before = (
            day_sentence >= 0
            or (
                focus_sentence == index
                and previous_period is not None
                and previous_period.precision != "day"
            )
            or (
                previous is not None  # (with no day before, the saying's is the one)
                and (
                    text.find('"', bounds[0], cand.start) >= 0
                    or text.find("”", bounds[0], cand.start) >= 0
                )
            )
        )
        if timex.precision == "day" and (
            (dated_before and is_side_day(text, timex.start))
            # (a thing whose day is told of next is in focus: "the Oct. 13 drop, when the
            # Dow fell 190 points. The Dow rose 88 points the following Monday.")
            or (names_thing and not opens and _TOLD_THEN.match(text, cand.end) is None)
        ):
            timex = replace(timex, no_anchor=True)
        found.append(timex)
        if names_thing and timex.no_anchor and timex.precision == "day":
            thing_day = (index, timex.date)
        if (
            timex.attributive
            and timex.precision == "year"
            and cand.kind != "year_range"  # "The 2012-13 flu season peaked in January"
            and not timex.comparison
            and (
                timex.start - bounds[0] <= 4
                or _REPORTED_OPENS.search(text, max(bounds[0], timex.start - 16), timex.start)
            )
            and anchor
            # (a year ahead only as "next year's": "the 2014 budget" names a budget)
            and (
                timex.date.year < anchor.year
                or (cand.kind == "unit_rel" and timex.date.year > anchor.year)
            )
        ):
            subject_year = (index, timex.date.year, timex.end)
        mentioned = period if timex.comparison and not timex.vague else None
        if timex.vague or timex.comparison or timex.no_anchor:
            continue
        if year_opens_sentence(text, bounds[0], cand, timex.end, timex.value):
            # "In 1982, ... on April 2", "In July 2009, after ..., ... on July 7"
            last_year = (index, _WHOLE_SENTENCE, timex.end, timex.date.year)
        elif (
            cand.kind in _FULL_DATES
            or (cand.kind not in _BARE_YEARS and (cand.group("y") or cand.group("y2")))
            or year_goes_on(text, cand, timex.end, timex.value)
            # "A year earlier, in March,", "A year ago, in March,"
            or ((timex.anchored or cand.kind == "ago") and timex.value.isdigit())
        ):
            last_year = (index, timex.start, timex.end, timex.date.year)
        elif (
            anchor
            and timex.precision == "year"
            and timex.date.year > anchor.year
            and not timex.value.startswith("FY")
            and not timex.attributive
            and cand.kind in _AHEAD_YEAR_KINDS
            and word_before(text, cand.start) not in _PURPOSE_LEADS
            and _PURPOSE_PAIR.search(text, max(0, cand.start - 16), cand.start) is None
            and clause.reading == "future"
        ):
            # "is due in 2014, probably in October", "will be held next year, from June 12"
            ahead_year = (index, timex.start, timex.end, timex.date.year)
        if not timex.attributive or period.precision == "year":
            # A year that names something still sets the focus for what counts in
            # years from it ("the 2016 Games, and silver four years later").
            previous_period = period  # the timex's own date, last day, precision and value
            focus_sentence, focus_at = index, (timex.start, timex.end)
            if ended is not None:  # "the quarter ending in March": that quarter stays in focus
                previous_period = ended.period
            if previous_period.precision != "day":
                outer_period = previous_period
            if timex.precision == "day" and not timex.attributive:
                previous = timex.last_day if timex.until else timex.date
                day_sentence = index
                if anchor is not None and previous <= anchor:
                    past_day = (index, previous)
        elif cand.group("results") and period.precision != "day":
            # "reported fourth-quarter sales on Tuesday, up from a year earlier" (and a
            # focus from another sentence gives way: "Jobs rose last month. ...")
            outer_period = period
            if focus_sentence != index:
                previous_period, focus_sentence, focus_at = period, index, (timex.start, timex.end)
    return counted_from_saying(text, join_ranges(text, found), anchor, carried)


def find_timexes(
    text: str,
    anchor: dt.date,
    *,
    previous: dt.date | None = None,
    focus: Timex | None = None,
    vague: bool = False,
) -> list[Timex]:
    """Every resolvable DATE expression in `text` (one paragraph), in order.

    Expressions are resolved against the publication date `anchor`; anchored
    ones ("a day later", "the next day", "the following week") against the
    previous resolved day, which starts as `previous` (carry the last day of
    the previous paragraph along) and moves with each day found here; "a
    year later", "the following month" count from the last period of any
    size, which starts as `focus` (the last non-attributive Timex of the
    previous paragraph, if any; else the `previous` day). With
    `vague=True`, references without a date ("now", "recently", "soon") come
    too, marked `vague` (TimeML PRESENT_REF / PAST_REF / FUTURE_REF).
    """
    return scan_timexes(text, anchor, previous, focus=focus, vague=vague)
