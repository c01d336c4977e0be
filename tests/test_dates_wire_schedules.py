"""Dates on held-out wire phrasings (round three): what lies ahead and what is over."""

from __future__ import annotations

import datetime as dt

from bot.news.dates import find_timexes
from bot.news.events import find_events
from bot.news.pipeline import parse_article

_SPRING = dt.date(2013, 3, 21)  # a Thursday


def _values(text: str, anchor: dt.date = _SPRING) -> list[tuple[str, str]]:
    return [(t.expression, t.value) for t in find_timexes(text, anchor)]


def test_a_term_that_ends_in_a_month_ends_in_the_next_such_month() -> None:
    assert _values("His term ends in January.") == [("January", "2014-01")]
    assert _values("Bloomberg's third term ends in December.") == [("December", "2013-12")]
    # A period "ending in" a month is still the nearest one (reported on or planned).
    text = "FedEx cut its outlook for the year ending in May."
    assert _values(text) == [("the year", "FY2013"), ("May", "2013-05")]


def test_a_futures_contract_month_is_one_to_come_and_dates_no_event() -> None:
    assert _values("Benchmark oil for April delivery fell 71 cents.") == [("April", "2013-04")]
    assert _values("Gold for December delivery rose $12.") == [("December", "2013-12")]
    # "May" the month, not the modal, before a contract
    assert _values("Brent crude for May delivery settled up $1.52.") == [("May", "2013-05")]
    assert _values("The May contract rose 36 cents.") == [("May", "2013-05")]
    article = parse_article(b"date 2013-03-21\n\nOil for April delivery fell 71 cents.\n", "t")
    assert find_events(article) == ()


def test_an_adjective_in_a_plain_verbs_object_tells_no_past() -> None:
    text = "Obama is scheduled to send his long-delayed budget to Congress on April 10."
    assert _values(text) == [("April 10", "2013-04-10")]
    assert _values("The agency is due to publish revised figures in April.") == [
        ("April", "2013-04")
    ]
    text = "The agency is expected to release updated forecasts on April 10."
    assert _values(text) == [("April 10", "2013-04-10")]
    # A participle after a noun is a past: "forecasts published in February".
    text = "It is expected to shrink in 2013, according to forecasts published in February."
    assert _values(text) == [("2013", "2013"), ("February", "2013-02")]
    text = "Stocks fell in reaction to data released Wednesday that the economy would slow."
    assert _values(text) == [("Wednesday", "2013-03-20")]
    # A prefix makes a verb ("was re-elected"), not an adjective.
    assert _values("The mayor was re-elected on Tuesday.") == [("Tuesday", "2013-03-19")]
