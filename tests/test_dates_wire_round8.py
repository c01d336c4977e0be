"""Dates on held-out wire phrasings (round eight)."""

from __future__ import annotations

import datetime as dt

from bot.news.dates import find_timexes


def _values(text: str, anchor: dt.date) -> list[tuple[str, str]]:
    return [(t.expression, t.value) for t in find_timexes(text, anchor)]


def test_a_quarter_a_year_ago_is_that_quarter_of_the_year_before() -> None:
    text = "Net income rose to $2.1 billion from $1.6 billion in the first quarter a year ago."
    assert _values(text, dt.date(2013, 4, 18)) == [("the first quarter a year ago", "2012-Q1")]
    # (told early in the next year, the quarter last reported is last year's)
    text = "Sales fell from $40 million in the fourth quarter a year ago."
    assert _values(text, dt.date(1998, 2, 4)) == [("the fourth quarter a year ago", "1996-Q4")]
    # "a year earlier" counts back from the same quarter told before it
    text = (
        "In the third quarter of 1996, sales were $3 billion, compared with $2.5 billion "
        "in the third quarter a year earlier."
    )
    assert _values(text, dt.date(1998, 2, 4)) == [
        ("the third quarter of 1996", "1996-Q3"),
        ("the third quarter a year earlier", "1995-Q3"),
    ]
    # (a year ago on its own is still the year before)
    text = "Sales were weak a year ago."
    assert _values(text, dt.date(1998, 2, 4)) == [("a year ago", "1997")]
