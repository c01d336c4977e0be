"""Dates on held-out wire phrasings (round five): trials, bailouts, elections, visits."""

from __future__ import annotations

import datetime as dt

from bot.news.dates import find_timexes

_SATURDAY = dt.date(2013, 3, 23)


def _values(text: str, anchor: dt.date = _SATURDAY) -> list[tuple[str, str]]:
    return [(t.expression, t.value) for t in find_timexes(text, anchor)]


def test_a_participle_after_ahead_of_qualifies_its_noun() -> None:
    text = "Troops fired tear gas at protesters on Friday ahead of a vote expected next month."
    assert _values(text) == [("Friday", "2013-03-22"), ("next month", "2013-04")]
    text = "Police fired tear gas on Friday before a vote expected next month."
    assert _values(text)[0] == ("Friday", "2013-03-22")


def test_an_opening_year_lends_to_its_whole_sentence() -> None:
    text = (
        "In 2008, after weeks of talks brokered by Kofi Annan, the two rivals signed a deal "
        "on Feb. 28."
    )
    assert _values(text) == [("2008", "2008"), ("Feb. 28", "2008-02-28")]
    text = (
        "In July 2009, hackers paralysed the websites of the White House and the Pentagon "
        "on July 7."
    )
    assert _values(text)[-1] == ("July 7", "2009-07-07")


def test_a_date_opening_a_clause_after_and_reads_that_clauses_verb() -> None:
    wednesday = dt.date(2013, 3, 20)
    text = "He met the president on Monday, and on Friday he will meet the king."
    assert _values(text, wednesday) == [("Monday", "2013-03-18"), ("Friday", "2013-03-22")]
    text = "The bank cut rates in January, and in June it is expected to raise them."
    assert _values(text, wednesday)[-1] == ("June", "2013-06")
    # with no verb of its own, or a saying's, it is the first clause's
    text = "He met the president on Monday, and again on Friday."
    assert _values(text, wednesday)[-1] == ("Friday", "2013-03-15")
    text = "Banks will remain closed on Monday, and on Tuesday, officials said."
    assert _values(text, wednesday)[-1] == ("Tuesday", "2013-03-26")


def test_the_coming_week_is_one_week() -> None:
    sunday = dt.date(2013, 3, 17)
    text = "The pope will meet several leaders in the coming week."
    assert _values(text, sunday) == [("the coming week", "2013-W12")]
    text = "Growth will pick up in the coming year."
    assert _values(text, sunday) == [("the coming year", "2014")]
    assert _values("Prices will rise over the coming year.", sunday) == []  # a stretch


def test_the_previous_year_after_a_figure_and_its_year_is_a_yardstick() -> None:
    text = (
        "Exports rose 5 percent in 2012 from the previous year, and exports in February "
        "were up 3 percent."
    )
    found = find_timexes(text, dt.date(2013, 3, 21))
    assert [(t.value, t.comparison) for t in found] == [
        ("2012", False),
        ("2011", True),
        ("2013-02", False),
    ]


def test_a_holiday_that_measures_a_day_is_the_nearest() -> None:
    text = "The gunman opened fire on Friday, just 10 days before Christmas."
    assert _values(text, dt.date(2012, 12, 17))[-1] == ("Christmas", "2012-12-25")
    text = "Pilgrims began arriving in Rome on Tuesday, two weeks before Easter."
    assert _values(text, dt.date(2013, 3, 20))[-1] == ("Easter", "2013-03-31")


def test_an_ed_adjective_after_a_year_tells_no_past() -> None:
    text = "The bank will publish its 2012 audited accounts on Friday."
    assert _values(text, dt.date(2013, 3, 21))[-1] == ("Friday", "2013-03-22")
    text = "The company will present the 2012 consolidated accounts in July."
    assert _values(text, dt.date(2013, 3, 21))[-1] == ("July", "2013-07")


def test_any_one_weekday_is_no_date() -> None:
    monday = dt.date(2013, 3, 18)
    assert _values("On a typical Saturday, the market draws about 2,000 shoppers.", monday) == []
    assert _values("The paper will launch a Sunday edition.", monday) == []
    assert _values("Lawmakers face a Friday deadline.", monday) == [("Friday", "2013-03-22")]


def test_the_condition_of_a_future_told_in_the_past_lies_ahead() -> None:
    thursday = dt.date(2013, 3, 21)
    text = "The ECB said banks would lose funding if a deal was not reached by Monday."
    assert _values(text, thursday) == [("Monday", "2013-03-25")]
    text = "He would have resigned if the bill was passed on Friday."
    assert _values(text, thursday) == [("Friday", "2013-03-15")]


def test_a_delay_asked_for_runs_ahead() -> None:
    friday = dt.date(2013, 3, 22)
    assert _values("O'Mara had asked for a delay until November.", friday) == [
        ("November", "2013-11")
    ]
    text = "The judge refused a delay of the trial until June."
    assert _values(text, friday) == [("June", "2013-06")]


def test_two_reported_clauses_of_one_past_story_share_its_year() -> None:
    text = (
        "Prosecutors said Kessler bought the poison in June 2011 and that she used it in December."
    )
    assert _values(text)[-1] == ("December", "2011-12")


def test_a_day_that_names_a_thing_anchors_when_no_day_is_in_focus() -> None:
    text = "The Nov. 9 shooting shocked the town. Kemp was arrested two days later."
    assert _values(text)[-1] == ("two days later", "2012-11-11")


def test_a_forecast_compared_with_a_year_gone_lends_it_no_focus() -> None:
    wednesday = dt.date(2013, 3, 20)
    text = (
        "The ministry said exports would rise 5 percent from 2012 levels once the new port "
        "opens in May."
    )
    assert _values(text, wednesday)[-1] == ("May", "2013-05")
    text = (
        "The bank said growth would pick up to 3.8 percent this year, from 3.2 percent in "
        "2012, once natural gas begins flowing in April."
    )
    assert _values(text, wednesday)[-1] == ("April", "2013-04")
    text = (
        "The ECB raised its forecast to 2.5% from 2.3% this year and to 2.2% from 2.0% next year."
    )
    assert find_timexes(text, wednesday)[-1].comparison is False


def test_a_past_relative_clause_after_a_day_dates_its_thing() -> None:
    text = "The U.N. will investigate an attack near Aleppo on Tuesday that killed 25 people."
    assert _values(text, dt.date(2013, 3, 21)) == [("Tuesday", "2013-03-19")]
    text = "Officials will meet on Tuesday that is the deadline."
    assert _values(text, dt.date(2013, 3, 21)) == [("Tuesday", "2013-03-26")]


def test_a_movement_named_by_a_day_is_no_date() -> None:
    friday = dt.date(2013, 3, 22)
    assert _values("The Western-backed March 14 coalition welcomed the move.", friday) == []
    assert _values("The April 6 Youth Movement called a protest.", friday) == []
    assert _values("The coalition met on March 14.", friday) == [("March 14", "2013-03-14")]


def test_a_year_that_qualifies_the_subject_lends_the_clause_none() -> None:
    thursday = dt.date(2013, 3, 21)
    text = (
        "The unemployment rate for veterans who served after September 2001 was 9.4 percent "
        "in February, down from 12.1 percent a year earlier."
    )
    assert _values(text, thursday)[1:] == [("February", "2013-02"), ("a year earlier", "2012-02")]
    text = "Soldiers wounded in November 2004 were honored at a ceremony in January."
    assert _values(text, thursday)[-1] == ("January", "2013-01")
    assert _values("Prices peaked in July 2006 and fell in January.", thursday)[-1] == (
        "January",
        "2007-01",
    )


def test_a_day_counted_from_a_month_gone_is_not_known() -> None:
    paragraphs = [
        "Gunmen attacked a checkpoint on Tuesday.",
        "Iraq hosted the Arab League summit in March 2012. A day earlier, bombs had killed dozens.",
    ]
    first = find_timexes(paragraphs[0], _SATURDAY)
    second = find_timexes(paragraphs[1], _SATURDAY, previous=first[-1].date)
    assert [t.value for t in second] == ["2012-03"]


def test_the_weekend_ahead_told_on_a_saturday_is_the_one_under_way() -> None:
    text = "Schaeuble said he expected a decision by the end of the weekend."
    assert _values(text) == [("the weekend", "2013-W12-WE")]


def test_what_a_request_or_a_proposal_asks_for_lies_ahead() -> None:
    thursday = dt.date(2013, 3, 21)
    assert _values("Xi invited Abe to visit Beijing in May.", thursday) == [("May", "2013-05")]
    assert _values("Japan proposed hosting the summit in May.", thursday) == [("May", "2013-05")]
    text = "Peres invited Francis to visit during a telephone call on Monday."
    assert _values(text, thursday) == [("Monday", "2013-03-18")]


def test_the_latter_half_and_beyond_the_summer() -> None:
    thursday = dt.date(2013, 3, 21)
    text = "Growth slowed in the latter half of 2012."
    assert _values(text, thursday) == [("the latter half of 2012", "2012-H2")]
    text = "It would be surprising if the pope waited much beyond the summer, said Politi."
    assert _values(text, thursday) == [("summer", "2013-SU")]


def test_a_holiday_of_next_year() -> None:
    text = "The festival will return on St. Patrick's Day next year."
    assert _values(text, dt.date(2013, 3, 21))[0] == ("St. Patrick's Day", "2014-03-17")


def test_the_weekday_after_a_day_in_apposition_is_that_day() -> None:
    text = (
        "The cardinals began their meetings on March 4, the Monday after Benedict's "
        "resignation took effect."
    )
    assert _values(text, dt.date(2013, 3, 16)) == [
        ("March 4", "2013-03-04"),
        ("Monday", "2013-03-04"),
    ]


def test_a_place_s_state_between_commas_leaves_a_far_will_in_its_clause() -> None:
    text = (
        "The team will play its first game of the tournament against the winner of the "
        "play-in game in Dayton, Ohio, on Thursday."
    )
    assert _values(text, dt.date(2013, 3, 18)) == [("Thursday", "2013-03-21")]


def test_h88_review_of_this_round() -> None:
    wednesday = dt.date(2013, 3, 20)
    cases = [
        # a day after a request is the asking's; a proposal's month that a clause follows
        ("Ban Ki-moon urged both sides to show restraint on Wednesday.", "2013-03-20"),
        (
            "The government proposed raising the retirement age in January, sparking protests.",
            "2013-01",
        ),
        # an opening year lends nothing to the day something was told
        (
            "In 2012, the economy grew 1.5 percent, the statistics office said on March 12.",
            "2013-03-12",
        ),
        (
            "In 2012, the economy grew 1.5 percent, according to data released on March 12.",
            "2013-03-12",
        ),
        # a rise from a month is when it starts
        ("Electricity tariffs will rise 10 percent from April, the regulator said.", "2013-04"),
        # a delay "to" a day is no delay until it
        ("Opposition leaders criticized the delay to Tuesday's vote.", "2013-03-19"),
        # "a Monday trading session" is one day
        ("Japanese shares fell in a Monday trading session.", "2013-03-18"),
        # "that were" after a day tells of the noun, not a past of the day
        ("The two sides will hold talks on Monday that were delayed by the storm.", "2013-03-25"),
        # a month after a preposition is a month, whatever noun follows
        ("In April coalition troops will begin handing over security.", "2013-04"),
        ("On Jan. 12 camp officials reported a cholera outbreak.", "2013-01-12"),
        # a holiday ahead in a future clause is the coming one
        ("The retailer will hire 10,000 temporary workers ahead of Thanksgiving.", "2013-11-28"),
        ("The store will reopen before Christmas next year.", "2014-12-25"),
    ]
    for text, expected in cases:
        assert expected in [value for _, value in _values(text, wednesday)], text
    text = "The company said it planned to list its shares in December."
    assert _values(text, wednesday)[-1][1] == "2013-12"


def test_what_is_to_be_done_by_a_day_lies_ahead() -> None:
    wednesday = dt.date(2013, 3, 20)
    cases = [
        ("Utilities expect to have power restored to most customers by Friday.", "2013-03-22"),
        ("The president declared Saturday a day of mourning.", "2013-03-23"),
        ("The bank will collapse unless a deal is reached by Monday.", "2013-03-25"),
        ("The minister promised a decision by Friday.", "2013-03-22"),
        ("The coach said Suarez was unlikely to play on Friday.", "2013-03-22"),
        ("He was arrested on Jan. 5, 2011, and released in the summer.", "2011-SU"),
    ]
    for text, expected in cases:
        assert _values(text, wednesday)[-1][1] == expected, text
    assert _values("He said he had hoped to have the bill passed by Friday.", wednesday) == [
        ("Friday", "2013-03-15")
    ]


def test_an_ed_adjective_after_a_gerund_or_a_naming_aside_tells_no_past() -> None:
    wednesday = dt.date(2013, 3, 20)
    text = "Officials will start culling infected poultry in April."
    assert _values(text, wednesday) == [("April", "2013-04")]
    text = "The panel will vote on the drug, called Tivicay, on Monday."
    assert _values(text, wednesday) == [("Monday", "2013-03-25")]


def test_the_weekend_a_forecast_tells_of_is_the_coming_one() -> None:
    wednesday = dt.date(2013, 3, 20)
    text = "The weekend forecast calls for more snow."
    assert _values(text, wednesday) == [("The weekend", "2013-W12-WE")]
    assert _values("Sales rose over the weekend.", wednesday) == [("the weekend", "2013-W11-WE")]


def test_the_present_of_what_a_schedule_sets_looks_ahead() -> None:
    wednesday = dt.date(2013, 3, 20)
    assert _values("Parliament reconvenes on Tuesday.", wednesday) == [("Tuesday", "2013-03-26")]
    assert _values("The offer expires on Friday.", wednesday) == [("Friday", "2013-03-22")]


def test_a_week_earlier_than_a_week_in_focus_is_the_week_before() -> None:
    text = "Cases rose to 40 last week. A week earlier, there were 25."
    assert _values(text, dt.date(2013, 3, 20)) == [
        ("last week", "2013-W11"),
        ("A week earlier", "2013-W10"),
    ]


def test_the_second_half_of_a_match_is_no_date() -> None:
    monday = dt.date(2013, 3, 18)
    assert _values("Rooney was substituted in the second half.", monday) == []
    assert _values("Sales rose in the second half.", monday) == [("the second half", "2012-H2")]


def test_h94_review_of_the_later_rules() -> None:
    wednesday = dt.date(2013, 3, 20)
    cases = [
        ("He is believed to have been killed on Saturday.", "2013-03-16"),
        ("Investors were eager to sell on Monday.", "2013-03-18"),
        ("He was relieved to have his passport returned on Friday.", "2013-03-15"),
        ("Police would not say if anyone was injured on Sunday.", "2013-03-17"),
        ("The minister had demanded a response by Feb. 28.", "2013-02-28"),
        ("Stocks beat forecasts over the weekend.", "2013-W11-WE"),
        ("In 2012, the economy grew, the company said in a statement on March 14.", "2013-03-14"),
        ("Data on housing starts on Tuesday showed a rise.", "2013-03-19"),
        ("He declared Tuesday a great day.", "2013-03-19"),
    ]
    for text, expected in cases:
        assert _values(text, wednesday)[-1][1] == expected, text


def test_what_leaders_committed_to_doing_lies_ahead() -> None:
    text = "The leaders also committed to concluding negotiations before the summer."
    assert _values(text, dt.date(2013, 3, 15)) == [("summer", "2013-SU")]
