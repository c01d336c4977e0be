"""Event texts of wire copy the parser had not seen (round five): asides after an
opening preposition, clauses joined by ", and", reports of data."""

from __future__ import annotations

import datetime as dt

from tests.test_events_wire import _texts

_MONDAY = dt.date(2013, 3, 25)


def test_an_aside_after_an_opening_preposition_tells_of_its_noun() -> None:
    text = "Under the deal, reached on Friday, depositors will lose 10 percent."
    assert _texts(text, _MONDAY) == [("Friday", "The deal was reached")]
    text = "In the report, released on Friday, the agency said exports fell."
    assert _texts(text, _MONDAY) == [("Friday", "The report was released")]


def test_a_clause_after_and_with_a_bare_noun_for_subject_is_told_on_its_own() -> None:
    text = "Exports fell in January, and inflation rose in February."
    assert _texts(text, _MONDAY) == [
        ("January", "Exports fell in January"),
        ("February", "Inflation rose in February"),
    ]
    text = "Exports fell in January, and then slowed in February."
    assert _texts(text, _MONDAY)[-1] == ("February", "Exports then slowed in February")


def test_the_day_data_showed_dates_the_whole_sentence() -> None:
    text = "Exports fell in February as demand weakened, data showed on Thursday."
    assert _texts(text, _MONDAY)[-1] == (
        "Thursday",
        "Exports fell in February as demand weakened, data showed",
    )


def test_a_date_set_for_stays_in_its_text() -> None:
    text = "Talks scheduled for next month have been postponed."
    assert _texts(text, _MONDAY) == [
        ("next month", "Talks scheduled for next month have been postponed")
    ]
