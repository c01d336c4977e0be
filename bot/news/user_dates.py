"""The date options of commands ("from:last week", "date:May 2018"), read as articles are."""

from __future__ import annotations

import datetime as dt
import re

from bot.news import calendar_values as cal
from bot.news.dates import scan_timexes

_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def resolve_user_date(text: str, today: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """Read a command's date option: (first day, last day, precision), or None.

    Understands what articles say ("31 May 2018", "May 2018", "2018",
    "last week", "yesterday") and "2018-05-31" / "2018-05".
    """
    cleaned = " ".join(text.split())[:100]
    if not cleaned:
        return None
    plain = _YEAR_MONTH.fullmatch(cleaned)
    if plain:
        number = int(plain.group(2))
        if 1 <= number <= 12 and cal.safe_year(int(plain.group(1))):
            period = cal.month(int(plain.group(1)), number)
            return period.first, period.last, "month"
        return None
    # As typed, title-cased ("may 2018"), and after "in " so that a bare
    # "May" or "March" reads as the month it is in a date option.
    for lead, attempt in (("", cleaned), ("", cleaned.title()), ("in ", cleaned.title())):
        text_in = lead + attempt
        timexes = scan_timexes(text_in, today, today)
        if len(timexes) == 1 and (timexes[0].start, timexes[0].end) == (len(lead), len(text_in)):
            found = timexes[0]
            return found.date, found.last_day, found.precision
    return None
