"""A clock time written next to a day: "at 3 p.m. Friday", "Sunday, 9:30 a.m. GMT".

TimeML makes such a day a TIME whose value holds the hour ("2018-06-01T15:00");
`dates` widens the day's expression and value with `with_clock`.
"""

from __future__ import annotations

import re

# A clock time right before a day: "at 12:00 UTC Monday", "11:59 p.m. on March 13",
# "8 p.m. ET on Tuesday", "noon on Monday".
_CLOCK_BEFORE = re.compile(
    r"(?:(?<![\d:.,$])(?P<h>[012]?\d)(?::(?P<m>[0-5]\d))?(?:\s?(?P<ampm>[ap])\.?m\.?)?"
    r"|(?<![\w-])(?P<word>noon|midnight))"
    # (a zone in capitals: "8 p.m. EDT on Tuesday", not "a noon Mass on Tuesday")
    r"(?:\s(?P<zone>UTC|GMT|Z))?(?:\s(?-i:[A-Z]{2,4})|\slocal\stime)?,?\s(?:on\s)?$",
    re.IGNORECASE,
)
# ... or right after it: "Friday at 3 p.m.", "Sunday, 9:30 a.m. GMT", "Monday at noon".
_CLOCK_AFTER = re.compile(
    r",?\s(?:at\s)?(?:about\s|around\s)?(?:(?P<h>[01]?\d)(?::(?P<m>[0-5]\d))?\s?(?P<ampm>[ap])\.m\."
    r"|(?P<word>noon|midnight)(?![\w-]))(?:\s(?P<zone>UTC|GMT))?",
    re.IGNORECASE,
)


def with_clock(text: str, start: int, end: int, value: str) -> tuple[int, int, str]:
    """Widen a day to a clock time written just before or after it (TimeML TIME value):
    (start, end, value)."""
    if len(value) != 10:
        return start, end, value  # only a day takes a clock time
    match = _CLOCK_BEFORE.search(text, max(0, start - 30), start)
    if match is None or not (match.group("m") or match.group("ampm") or match.group("word")):
        match = _CLOCK_AFTER.match(text, end)
        if match is None:
            return start, end, value
        end = match.end()
    else:
        start = match.start()
    if match.group("word"):  # TimeML writes midnight as the day's T24:00
        hour = 12 if match.group("word").lower() == "noon" else 24
        return start, end, f"{value}T{hour}:00"
    hour = int(match.group("h")) % 12 if match.group("ampm") else int(match.group("h"))
    if (match.group("ampm") or "").lower() == "p":
        hour += 12
    if hour > 23:
        return start, end, value
    zone = "Z" if match.group("zone") else ""
    return start, end, f"{value}T{hour:02d}:{match.group('m') or '00'}{zone}"
