"""Days that what follows does not count from, after a day that dates the news.

"Police arrested him on Jan. 5, officials said on Thursday": Thursday dates
the report, so "two days later" counts from Jan. 5. "Oil fell on Friday ...
Prices have dropped since Oct. 1": Oct. 1 only starts the stretch measured,
so "earlier in the day" is Friday.
"""

from __future__ import annotations

import re

# A verb of reporting right before a day: "police said on Thursday", "told
# reporters Thursday", "said in a statement early Thursday".
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s[a-z]+){0,2}|announced|added|reported|confirmed|stated)"
    # "said in a statement early Thursday", "said at a news conference on Tuesday"
    r"\s(?:(?:in|on|at)\s(?:a|an|his|her|its|their)\s(?:[a-z]+\s){1,2})?(?:(?:on|late|early)\s)?$"
)
_REPORT_REACH = 40


def is_side_day(text: str, start: int) -> bool:
    """Whether the day at `start` dates a verb of reporting just before it or
    follows "since" (see the module's docstring)."""
    if text[max(0, start - 6) : start].lower() == "since ":
        return True
    return _REPORTED_BEFORE.search(text, max(0, start - _REPORT_REACH), start) is not None
