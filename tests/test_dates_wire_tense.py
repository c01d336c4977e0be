"""The tense a date takes from the words around it, in wire copy it has not seen."""

from __future__ import annotations

import datetime as dt

from bot.news.dates import find_timexes

_FRIDAY = dt.date(2013, 3, 22)


def _values(text: str, anchor: dt.date = _FRIDAY) -> list[tuple[str, str]]:
    return [(t.expression, t.value) for t in find_timexes(text, anchor)]


def test_a_plan_after_an_adjective_is_a_noun_not_a_plan_ahead() -> None:
    # "would" after the date belongs to the relative clause, "plan" to the object.
    text = "Lawmakers rejected an earlier plan on Tuesday that would impose a tax."
    assert _values(text) == [("Tuesday", "2013-03-19")]


def test_a_past_perfect_before_through_lasts_up_to_a_past_day() -> None:
    text = "The stock had gained 13% through Wednesday's close."
    assert _values(text) == [("Wednesday's", "2013-03-20")]
    # An "until" after a plain past participle still lasts into the future.
    assert _values("The banks have been ordered closed until Tuesday.") == [
        ("Tuesday", "2013-03-26")
    ]


def test_a_weekday_deadline_lies_ahead_unless_it_is_told_as_passed() -> None:
    assert _values("The vote came as a Monday deadline loomed.") == [("Monday", "2013-03-25")]
    assert _values("Talks went on ahead of Sunday's deadline.") == [("Sunday's", "2013-03-24")]
    assert _values("The company missed a Monday deadline.") == [("Monday", "2013-03-18")]
    assert _values("The Wednesday deadline passed without a deal.") == [("Wednesday", "2013-03-20")]
