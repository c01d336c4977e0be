"""Days that name a thing: "the Aug. 8 election", "the Oct. 29 floods"; months
that name what figures measure: "home sales for February", or when a report
was made: "its December forecast".

Such a day is that thing's, not the day of the clause around it: the sentence
may tell of something else ("citing flaws in the Aug. 8 election"), and its
verb's tense says nothing of the day's year ("Trump, the nominee in the Nov. 5
election, called ..." in July is this November's). Figures are of the month
of that name nearest, whatever the verb ("sales for February will be
released" in March are last month's).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.news import calendar_values as cal
from bot.news.figure_months import FIGURES, names_contract, names_figures
from bot.news.nearby_words import FUNCTION_WORDS, word_after
from bot.news.temporal_holidays import event_day_year
from bot.news.temporal_lexicon import MONTH_OCCASIONS
from bot.news.tense_phrases import Tense
from bot.news.timex import Timex

# "the Aug. 8 election", "the Jan. 6, 2021, attack": a day with its month that
# names a thing is that thing's day (the clause around it tells of another).
_NAMED_BY_DAY = re.compile(r",?(?:\s[a-z][a-z-]*){1,3}")
# What else may stand before such a day: a possessive, "a"/"an" ("its March 20
# meeting", "the Fed's March meeting", "an Aug. 5 trial date").
_THING_LEAD = re.compile(r"(?:\b(?:its|his|her|their|an?)|['’]s)\s$")


_POSSESSIVE = ("'s", "’s")
# Things that can only have happened by the time they are named for their day.
_HAPPENED = frozenset(
    """shooting shootings attack attacks rampage killing killings bombing bombings crash
    massacre murder murders slaying slayings deaths death explosion blast fire earthquake
    quake raid riot riots assault ambush stabbing collision derailment accident""".split()
)
# Where the name of the thing ends: "Tuesday's attack near Aleppo".
_ENDS_NAME = FUNCTION_WORDS | frozenset("near outside inside over across under".split())


def day_names_thing(text: str, start: int, end: int, any_lead: bool = False) -> list[str]:
    """The words of the thing a day written with its month names after "the" ("the
    Aug. 8 election" -> ["election"]; with `any_lead`, after a possessive or "a"
    too), or a day's own ("Tuesday's attack"), up to a function word or a verb; []
    if none."""
    if not text[start : start + 1].isupper():
        return []
    # "Tuesday's attack", "Thursday's ruling": a day's own thing, whatever leads it.
    if not text.endswith(_POSSESSIVE, start, end):
        if text[max(0, start - 4) : start].lower() != "the " and not (
            any_lead and _THING_LEAD.search(text, max(0, start - 7), start)
        ):
            return []
        if not any(c.isdigit() for c in text[start:end]) and not text.startswith(" deadline", end):
            return []  # (but "a Monday deadline" names one)
    found = _NAMED_BY_DAY.match(text, end)
    if found is None:
        return []
    words = []
    for word in found.group().lstrip(",").split():
        if word in _ENDS_NAME or (len(word) > 4 and word.endswith("ed")):
            break  # "the Oct. 29 floods killed": the name ends at its verb
        words.append(word)
    return words


def nearest_named_day(
    text: str, end: int, day: dt.date, anchor: dt.date, thing: Sequence[str] = ()
) -> dt.date | None:
    """The yearless day of a named thing (ending at `end`; `thing`: its words) in the
    year that brings it nearest to `anchor` (the last such day for what can only have
    happened: "the July 20 shooting"), when that is another year than `day`'s; None
    otherwise (and for "the Sept. 11 attacks", whose year history gives)."""
    month, number = day.month, day.day
    if event_day_year(text, end, month, number, anchor) or (month, number) == (2, 29):
        return None
    tense: Tense | None = "past" if thing and thing[-1] in _HAPPENED else None
    found = cal.pick_year(lambda y: cal.day(dt.date(y, month, number)), anchor, tense)
    return found.first if found is not None and found.first != day else None


# "Existing home sales for February", "data for June": figures of that month; "the
# year ending in May": a period that month ends, reported on (or planned for). Not
# "ends in": a present that lies ahead ("His term ends in January").
_MEASURED_FOR = re.compile(
    rf"\b(?:{FIGURES}\s(?:for|in\sthe\smonth\sof)|ending\sin)\s$", re.IGNORECASE
)


_PUT_OFF = re.compile(r"\b(?:postpone|delay|cancel|reschedul|adjourn)\w*\s(?:the|its|a)\s$")
# Words that foresee what a period ending in a month will bring.
_FORESEEN = re.compile(
    r"\b(?:expect|forecast|outlook|guidance|project|predict|estimate|target|plan|budget|see"
    r"|will|would|aim)",
    re.IGNORECASE,
)
_PEAKS = frozenset("peak high highs record low lows top trough".split())


def measured_month(text: str, told: Timex, anchor: dt.date) -> tuple[dt.date, bool] | None:
    """For a month `told` that figures measure ("sales for February",
    "February trade data"): the first day of the month of its name nearest to
    `anchor`, and whether the month only names the figures (the words after it);
    for a futures contract's month ("oil for April delivery fell"), the first such
    month not over; None for any other month. The tense of its clause is read only
    where it counts (it is dear to work out)."""
    start, end, month = told.start, told.end, told.date
    if names_contract(text, start, end):
        ahead = cal.pick_year(lambda y: cal.month(y, month.month), anchor, "future")
        return (ahead.first if ahead is not None else month), True
    after = word_after(text, end)
    if after in MONTH_OCCASIONS or after in _PEAKS:
        # "the May election": the nearest; "since its September high": one gone
        side: Tense | None = "past" if after in _PEAKS else None
        if side is None and (
            told.tense == "future" or _PUT_OFF.search(text, max(0, start - 32), start)
        ):
            # "will face voters in the September election", "refused to delay the June
            # trial", told in March: one ahead
            side = "future"
        near = cal.pick_year(lambda y: cal.month(y, month.month), anchor, side)
        return (near.first if near is not None else month), False
    named = names_figures(text, start, end)
    measured = _MEASURED_FOR.search(text, max(0, start - 40), start)
    if not named and measured is None:
        return None
    # Figures are of a month begun ("after August's weak jobs data", told in March, is
    # last August's); a period "ending in" a month is the nearest, unless what it tells
    # is over ("earned $2 billion in the fiscal year ending in June", told in March).
    ending = measured is not None and "ending" in measured.group().lower()
    over: Tense | None = "past"
    days_ahead = (dt.date(anchor.year, month.month, 1) - anchor).days
    if ending and (
        told.tense != "past"
        or _FORESEEN.search(text, max(0, start - 90), start) is not None
        or days_ahead <= 31  # "grew 5 percent in the fiscal year ending in April", in March
    ):
        over = None  # "still expects earnings for the fiscal year ending in May to rise"
    found = cal.pick_year(lambda y: cal.month(y, month.month), anchor, over)
    return (found.first if found is not None else month), named
