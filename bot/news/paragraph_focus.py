"""The focus a paragraph hands to the next: the last day it dates and the period
the story is on (`carried_focus`), so that "a day later" or "a year earlier" in
the next paragraph counts from them.
"""

from __future__ import annotations

import datetime as dt

from bot.news.date_ranges import ends_period
from bot.news.timex import Timex


def carried_focus(
    timexes: list[Timex], previous: dt.date | None, focus: Timex | None, text: str = ""
) -> tuple[dt.date | None, Timex | None]:
    """The `previous` day and `focus` the next paragraph starts from after one whose
    expressions are `timexes` (see `find_timexes`): those of its last expression
    that dates something, not only qualifies a noun, names no date or compares. A
    day that ends the period before it in `text` ("the first quarter ended Feb. 28")
    or the day a quarter is reported on moves `previous` and leaves that period in focus."""
    here: Timex | None = None  # the focus once it is one of `timexes`
    for timex in timexes:
        if timex.attributive or timex.vague or timex.comparison or timex.no_anchor:
            continue
        if (
            here is not None
            and timex.precision == "day"
            and here.precision != "day"
            and (ends_period(text, here, timex) is not None or reports_quarter(text, here, timex))
        ):
            previous = timex.last_day
            continue
        focus = here = timex
        if timex.precision == "day":
            previous = timex.last_day
    return previous, focus


def reports_quarter(text: str, quarter: Timex, day: Timex) -> bool:
    """Whether `day` is when the `quarter` before it in its sentence was reported on:
    "reported first-quarter profit on Tuesday" (the story stays on the quarter: "Net
    income rose from $2.11 billion a year earlier")."""
    return (
        quarter.value[4:6] == "-Q"
        and quarter.last_day < day.date
        and "." not in text[quarter.end : day.start]
    )
