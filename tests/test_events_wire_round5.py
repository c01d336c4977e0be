"""Event texts of wire copy the parser had not seen (round five): asides after an
opening preposition, clauses joined by ", and", reports of data."""

from __future__ import annotations

import datetime as dt

from bot.news.pipeline import parse_article
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


def _told(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    article = parse_article(("date 2013-03-18\n\n" + text).encode(), "test.txt")
    return [(e.expression, e.text, e.people) for e in article.events]


def test_he_after_a_sentence_that_opens_with_a_time_is_its_subject() -> None:
    events = _told(
        "On Friday, President Barack Obama will meet King Abdullah II in Amman. He will "
        "return to Washington on Saturday."
    )
    assert events[-1] == ("Saturday", "Barack Obama will return to Washington", ("Barack Obama",))
    events = _told(
        "President Barack Obama will land in Tel Aviv on Wednesday. On Thursday he will "
        "travel to Ramallah."
    )
    assert events[-1] == ("Thursday", "Barack Obama will travel to Ramallah", ("Barack Obama",))


def test_before_a_judge_is_in_front_of_one() -> None:
    text = "The suspect, who was arrested in 2011, appeared before a judge on Wednesday."
    assert _texts(text, _MONDAY)[-1] == ("Wednesday", "The suspect appeared before a judge")


def test_a_participle_aside_keeps_its_date() -> None:
    text = "John Smith, a lawyer appointed last month, told reporters the case was weak."
    assert _texts(text, _MONDAY) == [("last month", text[:-1])]


def test_according_to_opens_no_subject() -> None:
    text = "According to the plan, unveiled on Monday, taxes will rise."
    assert _texts(text, dt.date(2013, 3, 20)) == [("Monday", "The plan was unveiled")]


def test_a_relative_after_an_opening_preposition_tells_of_its_noun() -> None:
    text = "Under the deal, which expires on Friday, the banks would stay closed."
    assert _texts(text, dt.date(2013, 3, 20)) == [("Friday", "The deal expires")]


def test_throughout_and_before_the_season_keep_their_dates() -> None:
    wednesday = dt.date(2013, 3, 20)
    assert _texts("Talks continued throughout the week.", wednesday) == [
        ("the week", "Talks continued throughout the week")
    ]
    text = "Ministers agreed on Friday to finish the talks before the summer."
    assert _texts(text, dt.date(2013, 3, 15))[-1] == ("summer", text[:-1])


def test_a_date_after_a_copula_stays() -> None:
    assert _texts("The season opener is on Sunday.", dt.date(2013, 3, 20)) == [
        ("Sunday", "The season opener is on Sunday")
    ]


def test_an_age_after_the_subject_leaves_coordinated_verbs_split() -> None:
    text = "Suarez, 26, was booked on Sunday and charged by the FA on Tuesday."
    assert _texts(text, dt.date(2013, 3, 20)) == [
        ("Sunday", "Suarez was booked"),
        ("Tuesday", "Suarez was charged by the FA"),
    ]
