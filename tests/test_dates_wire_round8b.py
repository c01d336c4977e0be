"""Dates on held-out wire phrasings (round eight, second set): names that hold a
date word, degree words, counted sessions, verb modifiers, short fiscal years,
British weekdays, day ranges, same-weekend comparisons and holidays."""

from __future__ import annotations

import datetime as dt

from bot.news.dates import find_timexes
from bot.news.pipeline import parse_article


def _values(text: str, anchor: dt.date, *, vague: bool = False) -> list[tuple[str, str]]:
    return [(t.expression, t.value) for t in find_timexes(text, anchor, vague=vague)]


def _events(text: str, published: str) -> list[tuple[str, str, str | None, str]]:
    article = parse_article(f"date {published}\n\n{text}\n".encode(), "test")
    return [
        (e.expression, e.date.isoformat(), e.until.isoformat() if e.until else None, e.text)
        for e in article.events
    ]


def test_a_capitalised_century_inside_a_name_is_no_date() -> None:
    anchor = dt.date(1989, 11, 28)
    text = "Mr. Davis bought 20th Century Fox in 1981."
    assert _values(text, anchor) == [("1981", "1981")]
    text = "Twentieth Century Fox said advance ticket sales were strong."
    assert _values(text, anchor) == []
    # (the century itself stays one, capitalised or not)
    text = "It was the costliest war of the 20th century."
    assert _values(text, anchor) == [("the 20th century", "19")]
    text = "Art of the 20th Century, a new show, opens."
    assert _values(text, anchor) == [("the 20th Century", "19")]
    text = "In the 20th Century India was transformed from a colony into a republic."
    assert _values(text, anchor) == [("the 20th Century", "19")]


def test_too_soon_and_as_recently_as_name_no_time() -> None:
    anchor = dt.date(2009, 6, 26)
    text = "AEG Live said on Friday that it was too soon to discuss refunds."
    assert _values(text, anchor, vague=True) == [("Friday", "2009-06-26")]
    text = "The stock traded at $20 as recently as three months ago."
    assert _values(text, anchor, vague=True) == [("three months ago", "2009-03")]
    # (a plain "soon" or "recently" still is one)
    text = "The company will soon cut jobs; it recently closed a plant."
    assert _values(text, anchor, vague=True) == [("soon", "FUTURE_REF"), ("recently", "PAST_REF")]


def test_a_count_of_sessions_is_no_date() -> None:
    text = "Japanese stocks fell sharply today for the second consecutive session."
    assert _values(text, dt.date(1990, 2, 6)) == [("today", "1990-02-06")]
    # (a streak of days still dates its last day)
    text = "The Dow closed at a record high for the ninth straight day on Wednesday."
    assert _values(text, dt.date(2013, 3, 14)) == [
        ("the ninth straight day", "2013-03-13"),
        ("Wednesday", "2013-03-13"),
    ]


def test_early_or_late_after_a_length_of_time_stays_with_the_date() -> None:
    # (tried as the verb's and reverted: "lasted three weeks late last year" is far more
    # common in news than "arrive a few days early this year")
    anchor = dt.date(2009, 5, 26)
    text = "The strike lasted three weeks late last year and cost $200 million."
    assert _values(text, anchor) == [("late last year", "2008")]
    text = "He spent six months early this year in a military prison."
    assert _values(text, anchor) == [("early this year", "2009")]


def test_a_two_digit_fiscal_year_after_fy() -> None:
    anchor = dt.date(2013, 5, 31)
    text = "The government has targeted a fiscal deficit of 4.8 per cent of GDP for FY14."
    assert _values(text, anchor) == [("FY14", "FY2014")]
    text = "The company posted a net profit of Rs 500 crore in FY13 and FY2012."
    assert _values(text, anchor) == [("FY13", "FY2013"), ("FY2012", "FY2012")]
    # (not a longer code)
    assert _values("The FY145 engine was shown.", anchor) == []


def test_a_british_weekday_week_is_a_week_after_that_day() -> None:
    text = "The board will meet on Tuesday week to decide on the bid, the chairman said."
    assert _events(text, "2010-11-22") == [
        (
            "Tuesday week",
            "2010-11-30",
            None,
            "The board will meet to decide on the bid, the chairman said",
        )
    ]
    anchor = dt.date(2010, 11, 22)
    # (not a week-long thing, nor a week told apart from the day)
    text = "Protesters began a Tuesday week-long sit-in."
    assert _values(text, anchor) == [("Tuesday", "2010-11-16")]
    text = "They will rally on Tuesday, a week before the vote."
    assert _values(text, anchor) == [("Tuesday", "2010-11-23")]


def test_a_day_range_after_to_needs_a_day_number_that_ends_the_phrase() -> None:
    anchor = dt.date(1999, 4, 15)
    text = "NATO leaders will meet in Washington from April 23 to 25."
    assert [(t.expression, t.date, t.until) for t in find_timexes(text, anchor)] == [
        ("April 23 to 25", dt.date(1999, 4, 23), dt.date(1999, 4, 25))
    ]
    # (a count after the day is no day: "to 25 for the week", "to 25 percent")
    text = "The number of cases rose from 12 on April 3 to 25 for the week."
    assert _values(text, anchor)[0] == ("April 3", "1999-04-03")
    text = "The Senate voted on April 13 to 2 for the amendment."
    assert _values(text, anchor) == [("April 13", "1999-04-13")]
    assert _values("Sales rose on April 13 to 25 percent.", anchor) == [("April 13", "1999-04-13")]


def test_the_same_weekend_last_year_is_one_expression() -> None:
    text = (
        "The top 12 films grossed $95 million over the weekend, up 4 percent from the "
        "same weekend last year."
    )
    assert _values(text, dt.date(2003, 2, 10)) == [
        ("the weekend", "2003-W06-WE"),
        ("the same weekend last year", "2002-W06-WE"),
    ]
    # (and the same week last year stays a week)
    text = "Sales rose in the week to Feb. 8, up from the same week last year."
    assert _values(text, dt.date(2003, 2, 10))[-1] == ("the same week last year", "2002-W06")


def test_election_day_near_a_us_vote_and_a_holiday_weekend_in_a_year() -> None:
    text = "The campaign got a boost for the final three weeks before Election Day."
    assert _values(text, dt.date(2012, 10, 15)) == [("Election Day", "2012-11-06")]
    text = "The film took in $72.1 million over the Memorial Day weekend in 1997."
    assert _values(text, dt.date(2001, 7, 30)) == [("Memorial Day weekend in 1997", "1997-05-26")]
    text = "Sales over the Thanksgiving holiday weekend in 2004 rose 3 percent."
    assert _values(text, dt.date(2005, 12, 1)) == [
        ("Thanksgiving holiday weekend in 2004", "2004-11-25")
    ]
    # (another country's vote, a vote named by its date, one years off; a holiday named
    # by "the ... holiday" is left alone: Canada's Thanksgiving, a season of travel)
    anchor = dt.date(2010, 4, 26)
    assert _values("Brown toured marginal seats 10 days before Election Day.", anchor) == []
    text = "Mexicans will choose a new president on Election Day, July 2."
    assert _values(text, dt.date(2006, 6, 10)) == [("July 2", "2006-07-02")]
    text = "Primary Election Day in New York is Tuesday."
    assert _values(text, dt.date(2008, 9, 10)) == [("Tuesday", "2008-09-16")]
    text = "Candidates have nearly two years until Election Day."
    assert _values(text, dt.date(2015, 2, 20)) == []
    text = "Trading was light after the Thanksgiving holiday in Canada."
    assert _values(text, dt.date(2003, 10, 14)) == []
    assert _values("Schools close for the Easter holiday.", dt.date(2012, 3, 1)) == []
    assert _values("Kenyans queued on election day.", dt.date(2012, 3, 1)) == []


def test_days_of_that_year_take_the_year_in_focus() -> None:
    text = "Many had been at the 1969 festival, which took place Aug. 15-17 of that year."
    events = _events(text, "1999-08-16")
    assert events[-1][:3] == ("Aug. 15-17 of that year", "1969-08-15", "1969-08-17")
    # (a single day still reads so)
    text = "Many had been at the 1969 festival, which began Aug. 15 of that year."
    assert _events(text, "1999-08-16")[-1][:2] == ("Aug. 15 of that year", "1969-08-15")


def test_a_statute_s_year_only_where_the_citation_closes() -> None:
    anchor = dt.date(2013, 10, 1)
    text = "He was charged under the Arms Act, 1959, police said."
    assert _values(text, anchor) == []
    text = "Because of the Affordable Care Act, 2014 will be the first year insurers cannot deny."
    assert _values(text, anchor) == [("2014", "2014")]


def test_a_two_digit_fiscal_year_reaches_a_budget_plan_s_years() -> None:
    text = "The Navy plans to buy 10 ships between FY14 and FY19, the report said."
    assert _values(text, dt.date(2013, 5, 31))[0][1] == "FY2014"
    assert "1919" not in str(_values(text, dt.date(2013, 5, 31)))
    assert _values("The FY99 budget passed.", dt.date(2013, 5, 31)) == [("FY99", "FY1999")]


def test_a_weekday_week_needs_a_preposition_before_the_day() -> None:
    anchor = dt.date(2003, 6, 10)
    text = "Most workers are on a Monday-to-Friday week, the union said."
    assert _values(text, anchor) == [("Friday", "2003-06-13")]
    text = "The company reports earnings on Wednesday week ending Nov. 27."
    assert _values(text, dt.date(2010, 11, 22))[0] == ("Wednesday", "2010-11-24")
