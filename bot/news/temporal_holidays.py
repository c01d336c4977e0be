"""Named days of the calendar: "Christmas Eve", "Thanksgiving", "Easter Monday".

Only days whose date every reader agrees on (fixed days, Easter and the days
counted from it, "Good Friday", "Palm Sunday", and the US
days fixed by weekday: Thanksgiving, Labor Day, Memorial Day, Presidents Day,
Martin Luther King Jr. Day, Columbus Day, Election Day; Passover, Rosh Hashanah and Yom
Kippur by Gauss's formula for Pesach). A name without
a year takes the year from "last"/"next" or from the tense, like a date
without a year ("on Christmas Eve" in December is this year's).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.easter import easter

from bot.news import calendar_values as cal
from bot.news.calendar_values import Period
from bot.news.temporal_context import Context, Resolution, group_text
from bot.news.temporal_scan import Candidate

_FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "veterans day": (11, 11),
    "juneteenth": (6, 19),
    "st patrick's day": (3, 17),
    "saint patrick's day": (3, 17),
    "fourth of july": (7, 4),
    "july fourth": (7, 4),
    "may day": (5, 1),
}
_THU, _MON, _SUN = 3, 0, 6
_NINE_ELEVEN = dt.date(2001, 9, 11)


def passover(year: int) -> dt.date:
    """The first day of Passover (15 Nisan) in `year`, by Gauss's formula for Pesach
    (1900-2099: the Julian date it gives is 13 days behind the Gregorian)."""
    a = (12 * year + 12) % 19
    b = year % 4
    moment = 20.0955877 + 1.5542418 * a + 0.25 * b - 0.003177794 * year
    day, fraction = int(moment), moment - int(moment)
    weekday = (day + 3 * year + 5 * b + 1) % 7
    if weekday in (2, 4, 6):
        day += 1
    elif weekday == 1 and a > 6 and fraction >= 0.63287037:
        day += 2
    elif weekday == 0 and a > 11 and fraction >= 0.89772376:
        day += 1
    julian_gap = year // 100 - year // 400 - 2
    return dt.date(year, 3, 1) + dt.timedelta(days=day - 1 + julian_gap)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth given weekday of a month (nth = -1: the last one)."""
    if nth < 0:
        last = cal.month(year, month).last
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


_BY_RULE: dict[str, Callable[[int], dt.date]] = {
    "easter": easter,
    "easter sunday": easter,
    "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
    # Holy Week and the days counted from Easter.
    "palm sunday": lambda y: easter(y) - dt.timedelta(days=7),
    "holy thursday": lambda y: easter(y) - dt.timedelta(days=3),
    "maundy thursday": lambda y: easter(y) - dt.timedelta(days=3),
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "holy saturday": lambda y: easter(y) - dt.timedelta(days=1),
    "ash wednesday": lambda y: easter(y) - dt.timedelta(days=46),
    "pentecost": lambda y: easter(y) + dt.timedelta(days=49),
    # Rosh Hashanah falls 163 days after the first day of that spring's Passover.
    "passover": passover,
    "rosh hashanah": lambda y: passover(y) + dt.timedelta(days=163),
    "yom kippur": lambda y: passover(y) + dt.timedelta(days=172),
    "thanksgiving": lambda y: nth_weekday(y, 11, _THU, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, _THU, 4),
    "labor day": lambda y: nth_weekday(y, 9, _MON, 1),
    "memorial day": lambda y: nth_weekday(y, 5, _MON, -1),
    "presidents day": lambda y: nth_weekday(y, 2, _MON, 3),
    "presidents' day": lambda y: nth_weekday(y, 2, _MON, 3),
    "martin luther king day": lambda y: nth_weekday(y, 1, _MON, 3),
    "martin luther king jr day": lambda y: nth_weekday(y, 1, _MON, 3),
    "mlk day": lambda y: nth_weekday(y, 1, _MON, 3),
    "columbus day": lambda y: nth_weekday(y, 10, _MON, 2),
    # (the American and British day; Mother's Day differs too widely to guess)
    "father's day": lambda y: nth_weekday(y, 6, _SUN, 3),
    # The US one, as capitalised: the Tuesday after the first Monday of November.
    "election day": lambda y: nth_weekday(y, 11, _MON, 1) + dt.timedelta(days=1),
}


def holiday_date(name: str, year: int) -> dt.date | None:
    """The day a named holiday ("christmas eve", lower case) falls on in `year`."""
    name = name.replace("’", "'").replace(".", "")
    if name in _FIXED:
        month, day = _FIXED[name]
        return dt.date(year, month, day)
    rule = _BY_RULE.get(name)
    return rule(year) if rule else None


# "the Easter weekend": Holy Saturday and Easter Sunday. (Not "Holy Week": it opens
# sentences that the days after it date, "Holy Week begins with Palm Sunday on March 24".)
_EASTER_WEEKS: dict[str, Callable[[dt.date], Period]] = {"easter weekend": cal.weekend}


def resolve_holiday(cand: Candidate, ctx: Context) -> Resolution | None:
    """ "Christmas Eve", "last Thanksgiving", "Easter 2019" as a day."""
    name = group_text(cand, "name")
    if name == "9/11":  # the attacks, never this year's September 11
        return (
            Resolution(cal.day(_NINE_ELEVEN))
            if not ctx.anchor or ctx.anchor >= _NINE_ELEVEN
            else None
        )

    def make(year: int) -> Period | None:
        if not cal.safe_year(year):
            return None
        if name in _EASTER_WEEKS:
            return _EASTER_WEEKS[name](easter(year) - dt.timedelta(days=1))
        found = holiday_date(name, year)
        return cal.day(found) if found else None

    year = int(group_text(cand, "y")) if cand.group("y") else ctx.year_hint
    told = _YEAR_AFTER.match(ctx.text, ctx.end) if ctx.anchor is not None else None
    if told is not None and ctx.anchor is not None:  # "on St. Patrick's Day next year"
        year = ctx.anchor.year + {"next": 1, "last": -1}.get(told.group(1).lower(), 0)
    if year is not None:  # "Easter 2019"; "Last year, ... on Palm Sunday"
        period = make(year)
        return Resolution(period) if period else None
    anchor = ctx.anchor
    if anchor is None:
        return None
    years = [p for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (p := make(y))]
    rel = group_text(cand, "rel")
    if rel in ("last", "past"):
        before = [p for p in years if p.first < anchor]
        return Resolution(before[-1]) if before else None
    if rel in ("next", "coming"):
        after = [p for p in years if p.first > anchor]
        return Resolution(after[0]) if after else None
    measured = _MEASURED_FROM.search(ctx.text, max(0, ctx.start - 40), ctx.start) is not None
    # "opened fire on Friday, just 10 days before Christmas": the holiday only measures
    # how near a day gone was, so it is the one nearest, not last year's ("will hire
    # workers ahead of Thanksgiving" still looks ahead)
    if name == "election day":  # ("weeks before Election Day" is measured, not told past)
        ahead_of = _BEFORE.search(ctx.text, max(0, ctx.start - 40), ctx.start) is not None
        return _election_day(years, anchor, ctx.tense == "past" and not (measured or ahead_of))
    found = cal.pick_year(make, anchor, None if measured and ctx.tense == "past" else ctx.tense)
    return Resolution(found) if found else None


def _election_day(days: list[Period], anchor: dt.date, past: bool) -> Resolution | None:
    """A US Election Day told without its year: the one just gone when told in the past,
    else the one ahead, each only within a campaign's reach of `anchor` (another
    country's vote, or one still far off, is not one to guess)."""
    gone = [p for p in days if p.first < anchor]
    ahead = [p for p in days if p.first >= anchor]
    if past:
        near = gone and anchor - gone[-1].first <= _CAMPAIGN
        return Resolution(gone[-1]) if near else None
    if ahead and ahead[0].first - anchor <= _CAMPAIGN:
        return Resolution(ahead[0])
    return None


# How near the publication date a US Election Day told of without its year lies: an
# article far from one speaks of another country's vote or of one years off.
_CAMPAIGN = dt.timedelta(days=120)


_BEFORE = re.compile(r"\b(?:before|until|till)\s\Z", re.IGNORECASE)  # ("ahead of": measured)
_YEAR_AFTER = re.compile(r"\s(?:of\s)?(next|last|this)\syear\b", re.IGNORECASE)
_MEASURED_FROM = re.compile(
    r"(?i:\b(?:days?|weeks?|hours?|nights?)\s(?:before|after|ahead\sof)"
    r"|\bahead\sof|\bin\sthe\srun-up\sto|\bon\sthe\seve\sof)\s(?:the\s)?\Z"
)


# Days that name one event of history when words of it follow ("the Sept. 11
# attacks", "the Jan. 6 riot", "the Oct. 7 attack"): that year's, whatever the
# tense, once the day has come.
_EVENT_WORDS = r"(?:th)?\s+(?:{})\b"
_EVENT_DAYS: dict[tuple[int, int], tuple[int, re.Pattern[str]]] = {
    (9, 11): (
        _NINE_ELEVEN.year,
        re.compile(_EVENT_WORDS.format(r"(?:terror(?:ist)?\s+)?attacks?|hijack")),
    ),
    (1, 6): (2021, re.compile(_EVENT_WORDS.format(r"(?:Capitol\s+)?(?:attack|riot|insurrection)"))),
    (10, 7): (2023, re.compile(_EVENT_WORDS.format(r"(?:Hamas\s+)?(?:attacks?|massacre)"))),
}


def event_day_year(text: str, end: int, month: int, day: int, anchor: dt.date) -> int | None:
    """The year of the event a day without a year names by the words after it
    (text[end:]), if it is one of history's that has happened by `anchor`."""
    known = _EVENT_DAYS.get((month, day))
    if known is None or known[1].match(text, end) is None:
        return None
    year = known[0]
    return year if anchor >= dt.date(year, month, day) else None
