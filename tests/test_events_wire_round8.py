"""Event texts of wire copy the parser had not seen (round eight): box-office, polls,
returns and war copy."""

from __future__ import annotations

from bot.news.pipeline import parse_article


def _event_texts(text: str, published: str = "2001-07-30") -> list[tuple[str, str]]:
    article = parse_article(f"date {published}\n\n{text}\n".encode(), "test")
    return [(event.expression, event.text) for event in article.events]


def test_a_day_in_a_closing_according_to_dates_the_clause_it_sources() -> None:
    text = '"Planet of the Apes" opened with $69.5 million, according to studio estimates Sunday.'
    assert _event_texts(text) == [
        ("Sunday", '"Planet of the Apes" opened with $69.5 million'),
    ]
    text = (
        "Obama leads Romney by six points in Ohio, according to a poll taken Thursday "
        "through Monday."
    )
    assert _event_texts(text, "2012-09-25") == [
        ("Thursday through Monday", "Obama leads Romney by six points in Ohio"),
    ]


def test_a_released_source_or_a_clause_with_its_own_date_keeps_the_source_s_day() -> None:
    # (the figures were released in June; what they tell is older)
    text = "The thrift industry lost $3.9 billion, according to figures released in June."
    assert _event_texts(text, "1989-09-20") == [("June", "Figures released in June")]
    text = "Complaints rose 18 percent in 2007, according to a report this month."
    assert _event_texts(text, "2008-02-26")[1] == ("this month", "A report")


def test_a_day_set_off_by_commas_after_the_subject_leaves_no_comma() -> None:
    text = "The first strike, on Thursday morning, hit a compound in Baghdad."
    assert _event_texts(text, "2003-03-21") == [
        ("Thursday morning", "The first strike hit a compound in Baghdad")
    ]
    # (a fronted phrase keeps its comma)
    text = "In Paris, on Monday, the leaders met for talks."
    assert _event_texts(text, "2003-03-21") == [("Monday", "In Paris, the leaders met for talks")]


def test_a_source_that_tells_of_another_time_keeps_its_own_day() -> None:
    # (only a count dates what it measures: testimony, an indictment, a newspaper or a
    # statement tell of things done at other times)
    text = "Smith beat the victim with a bat, according to testimony Tuesday."
    assert _event_texts(text, "2007-03-14") == [("Tuesday", "Testimony")]
    text = "The plant will close, according to a company statement Tuesday."
    assert _event_texts(text, "2006-10-10")[0][1] != "The plant will close"
    text = "He died of a heart attack, according to autopsy results released Tuesday."
    assert _event_texts(text, "2008-10-28")[0][1] != "He died of a heart attack"
    text = "The war has killed 100,000 civilians, according to U.N. estimates released Monday."
    assert _event_texts(text, "2008-10-28")[0][1] != "The war has killed 100,000 civilians"
    text = "Clinton won 49 percent of the vote, according to unofficial returns early Wednesday."
    assert _event_texts(text, "1996-11-06") == [("Wednesday", "Clinton won 49 percent of the vote")]
    # (a forecast's or a filing's day is not that of what it tells)
    text = "The bill will cut the deficit, according to CBO estimates from March."
    assert _event_texts(text, "2012-08-10")[0][1] != "The bill will cut the deficit"
    text = "Romney paid about 14 percent in taxes, according to tax returns filed in April."
    assert _event_texts(text, "2012-08-10")[0][1] != "Romney paid about 14 percent in taxes"


def test_an_opening_adverb_or_phrase_keeps_its_comma() -> None:
    assert _event_texts("Still, on Thursday, shares rallied.", "2008-10-10") == [
        ("Thursday", "Still, shares rallied")
    ]
    text = "Of the 12 victims, on Monday, five remained hospitalized."
    assert _event_texts(text, "2009-01-21")[0][1] == "Of the 12 victims, five remained hospitalized"


def test_a_quotation_opening_with_a_number_keeps_its_case_and_plc_ends_no_sentence() -> None:
    text = '"2010 is going to be a pivotal year for us," Sharer said on Tuesday.'
    assert _event_texts(text, "2010-02-03")[0][1].startswith('"2010 is going')
    text = "Biogen Idec Inc. and Elan Corp. Plc said on Friday they would ask regulators."
    assert _event_texts(text, "2005-06-10")[0][1].startswith("Biogen Idec Inc. and Elan Corp. Plc")


def test_a_holiday_weekend_of_a_year_leaves_its_clause_whole() -> None:
    text = "She died during the Memorial Day weekend of 2003, her family said."
    assert _event_texts(text, "2005-12-01") == [
        (
            "Memorial Day weekend of 2003",
            "She died during the Memorial Day weekend of 2003, her family said",
        )
    ]


def test_a_running_count_or_a_day_a_preposition_leads_keeps_its_own_day() -> None:
    text = (
        "At least 4,000 U.S. troops have died in Iraq, according to an AP tally kept since "
        "March 2003."
    )
    assert _event_texts(text, "2008-01-10")[0][1] != "At least 4,000 U.S. troops have died in Iraq"
    text = "Clinton won 39 percent of the vote, according to unofficial returns on Wednesday."
    assert _event_texts(text, "2008-01-10")[0][1] != "Clinton won 39 percent of the vote"
