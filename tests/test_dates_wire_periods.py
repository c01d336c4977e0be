"""Dates on held-out wire phrasings (round four): periods over and periods ahead."""

from __future__ import annotations

import datetime as dt

from bot.news.dates import find_timexes

_SPRING = dt.date(2013, 3, 20)  # a Wednesday


def _values(text: str, anchor: dt.date = _SPRING) -> list[tuple[str, str]]:
    return [(t.expression, t.value) for t in find_timexes(text, anchor)]


def test_a_period_ending_in_a_month_is_the_one_over_when_its_clause_is_past() -> None:
    assert _values("The company earned $2 billion in the fiscal year ending in June.") == [
        ("the fiscal year", "FY2012"),
        ("June", "2012-06"),
    ]
    assert _values("In the fiscal year ending in September, the deficit fell.") == [
        ("the fiscal year", "FY2012"),
        ("September", "2012-09"),
    ]
    # foreseen, it is still the nearest
    assert _values("The deficit is expected to shrink in the fiscal year ending in September.") == [
        ("the fiscal year", "FY2013"),
        ("September", "2013-09"),
    ]
    assert _values("The company reaffirmed its outlook for the fiscal year ending in May.") == [
        ("the fiscal year", "FY2013"),
        ("May", "2013-05"),
    ]
    text = "General Mills said it still expects earnings for the fiscal year ending in May to rise."
    assert _values(text) == [("the fiscal year", "FY2013"), ("May", "2013-05")]


def test_a_will_far_before_a_weekday_still_looks_ahead() -> None:
    text = (
        "The court will hear petitions about the narrow victory in the first round of the "
        "presidential election on Monday, the registrar said on Thursday."
    )
    assert _values(text, dt.date(2013, 3, 21)) == [
        ("Monday", "2013-03-25"),
        ("Thursday", "2013-03-21"),
    ]
    # but a saying after it is of its own day
    text = (
        "Serena Williams will begin her bid for a record sixth title at the Sony Open on "
        "Friday, with the world number one saying on Tuesday that she had recovered."
    )
    assert _values(text) == [("Friday", "2013-03-22"), ("Tuesday", "2013-03-19")]
