"""Dates on held-out wire phrasings (round seven): local, business and sports copy."""

from __future__ import annotations

import datetime as dt

from bot.news.dates import find_timexes


def _values(text: str, anchor: dt.date) -> list[tuple[str, str]]:
    return [(t.expression, t.value) for t in find_timexes(text, anchor)]


def test_a_possessive_last_is_the_final_one_not_the_one_before() -> None:
    wednesday = dt.date(1996, 11, 20)
    text = '"This will be our last Christmas in this house," Mrs. Olson said.'
    assert _values(text, wednesday) == []
    assert _values("It was his last year in office.", wednesday) == []
    # ("her" may be an object, and a plain "last summer" is the one gone)
    assert _values("I saw her last week.", wednesday) == [("last week", "1996-W46")]
    assert _values("She spent last summer in Paris.", wednesday) == [("last summer", "1996-SU")]


def test_a_threat_in_a_past_perfect_is_of_the_past() -> None:
    wednesday = dt.date(1998, 9, 9)
    assert _values("Teachers had threatened to picket Aug. 19.", wednesday) == [
        ("Aug. 19", "1998-08-19")
    ]
    assert _values("Teachers have threatened to picket Sept. 19.", wednesday) == [
        ("Sept. 19", "1998-09-19")
    ]
