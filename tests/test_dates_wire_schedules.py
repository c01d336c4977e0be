"""Dates on held-out wire phrasings (round three): what lies ahead and what is over."""

from __future__ import annotations

import datetime as dt

from bot.news.date_expressions import find_date_expressions
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


def test_a_plan_or_visit_after_a_modifier_is_a_noun_not_a_verb_that_looks_ahead() -> None:
    anchor = dt.date(2013, 3, 22)  # a Friday
    for text in (
        "Cyprus lawmakers rejected the bailout plan on Tuesday.",
        "Obama wrapped up his state visit on Tuesday.",
        "The agency approved Boeing's certification plan on Tuesday.",
        "The House approved its own Republican plan on Tuesday, 221-207.",
    ):
        assert _values(text, anchor) == [("Tuesday", "2013-03-19")], text
    # A plural subject and its verb still look ahead.
    assert _values("The Lakers visit Boston on Tuesday.", anchor) == [("Tuesday", "2013-03-26")]


def test_since_points_back_through_the() -> None:
    text = "The district has faced criticism since the summer."
    assert _values(text) == [("summer", "2012-SU")]


def test_a_period_then_of_what_happened_is_a_date_unless_owned() -> None:
    text = "He accused the rebels last week of using gas. It warned earlier this month of a slump."
    assert _values(text, dt.date(2013, 3, 25)) == [
        ("last week", "2013-W12"),
        ("earlier this month", "2013-03"),
    ]
    text = "It was his last year of office. In the last week of the campaign, he spoke."
    assert _values(text) == []


def test_wire_spellings_of_fiscal_years_month_ends_weeks_and_easter() -> None:
    assert _values("The Senate passed a budget for the 2014 fiscal year.") == [
        ("the 2014 fiscal year", "FY2014")
    ]
    text = "Deposits fell at end-2012, and the bank must raise capital by end-March."
    assert _values(text) == [("end-2012", "2012"), ("end-March", "2013-03")]
    anchor = dt.date(2013, 3, 22)
    assert _values("The pope was elected on Wednesday of last week.", anchor) == [
        ("Wednesday of last week", "2013-03-13")
    ]
    text = "Traffic is expected to be heavy over the Easter weekend."
    assert _values(text, dt.date(2013, 3, 20)) == [("Easter weekend", "2013-W13-WE")]


def test_a_stretch_after_for_and_a_yearly_day_are_no_dates() -> None:
    assert _values("In 2005 they split and did not meet for eight months afterward.") == [
        ("2005", "2005")
    ]
    text = "The festival, held every year in October, drew crowds. It is held annually on May 1."
    assert _values(text) == []


def test_present_schedules_and_predictions_look_ahead() -> None:
    text = "The Senate began voting Thursday, with Reid predicting passage late Friday."
    assert _values(text) == [("Thursday", "2013-03-21"), ("Friday", "2013-03-22")]
    assert _values("Mandela, who turns 95 in July, was released from a hospital.") == [
        ("July", "2013-07")
    ]
    text = "Obama, who flies home on Saturday, arrived in Israel on Wednesday."
    assert _values(text) == [("Saturday", "2013-03-23"), ("Wednesday", "2013-03-20")]
    assert _values("King said he steps down on June 30.") == [("June 30", "2013-06-30")]
    # "steps" and "turns" after a past verb are nouns.
    assert _values("The bank took steps on Monday to calm markets.") == [("Monday", "2013-03-18")]


def test_a_date_a_present_be_says_a_thing_is_due_on_lies_ahead() -> None:
    assert _values("The election is Nov. 5.") == [("Nov. 5", "2013-11-05")]
    assert _values("The deadline is Sept. 30.") == [("Sept. 30", "2013-09-30")]
    # Not a date before "is", nor one told of in a clause of its own.
    text = "The estimate for January is due soon. It is unclear what happened on Nov. 5."
    assert _values(text) == [("January", "2013-01"), ("Nov. 5", "2012-11-05")]


def test_a_plan_as_it_stood_names_the_nearest_such_weekday() -> None:
    anchor = dt.date(2013, 3, 19)  # a Tuesday
    assert _values("The vote was expected on Monday but was delayed.", anchor) == [
        ("Monday", "2013-03-18")
    ]
    text = "The opposition had planned to hold a rally on Saturday but cancelled it."
    assert _values(text, anchor) == [("Saturday", "2013-03-16")]
    # Told on a Sunday, the nearest Monday is the one ahead.
    assert _values("The vote was expected on Monday.", dt.date(2013, 3, 17)) == [
        ("Monday", "2013-03-18")
    ]


def test_a_day_an_occasion_first_named_owns_is_the_nearest_whatever_the_verb() -> None:
    anchor = dt.date(2013, 3, 20)
    text = "The opposition called for a general strike on April 5."
    assert _values(text, anchor) == [("April 5", "2013-04-05")]
    text = "She had asked for a trial on April 23."
    assert _values(text, anchor) == [("April 23", "2013-04-23")]
    # The verb's past stands for a day of its own, or an occasion told of before.
    assert _values("He was killed on April 5.", anchor) == [("April 5", "2012-04-05")]
    assert _values("The court upheld the ruling in June.", anchor) == [("June", "2012-06")]


def test_a_half_or_quarter_of_a_match_is_no_date() -> None:
    for text in (
        "Rooney scored twice in the second half.",
        "The Heat trailed by 27 points in the third quarter.",
        "Bale opened the scoring in the first half.",
    ):
        assert _values(text) == [], text


def test_the_same_quarter_is_the_quarter_in_focus_not_a_month_told_since() -> None:
    text = (
        "Net income rose in the fourth quarter. In November, the company had forecast a "
        "loss. Revenue rose 10 percent from the same quarter a year earlier."
    )
    assert _values(text, dt.date(2013, 3, 19))[-1] == (
        "the same quarter a year earlier",
        "2011-Q4",
    )


def test_a_quarter_a_day_ends_stays_in_focus_for_the_next_paragraph() -> None:
    raw = (
        b"date 2013-03-19\n\nNet income rose in the first quarter ended Feb. 28.\n\n"
        b"The average price rose 13 percent from the same period last year.\n"
    )
    found = [(d.expression, d.value) for d in find_date_expressions(parse_article(raw, "t"))]
    assert found[-1] == ("the same period last year", "2012-Q1")


def test_a_fiscal_quarter_a_day_ends_is_valued_by_its_fiscal_year() -> None:
    text = (
        "FedEx said its profit fell in the fiscal third quarter, which ended Feb. 28, "
        "from a year earlier."
    )
    assert _values(text, dt.date(2013, 3, 20)) == [
        ("the fiscal third quarter", "2013-Q3"),
        ("Feb. 28", "2013-02-28"),
        ("a year earlier", "2012-Q3"),
    ]
    found = find_timexes(text, dt.date(2013, 3, 20))[0]
    assert (found.date, found.last_day) == (dt.date(2012, 12, 1), dt.date(2013, 2, 28))


def test_a_condition_after_the_date_is_a_clause_of_its_own() -> None:
    text = "The ECB said it would stop lending on Monday if talks failed."
    assert _values(text, dt.date(2013, 3, 22)) == [("Monday", "2013-03-25")]
    text = "It warned that it might run out of money by March if more aid was not given."
    assert _values(text, dt.date(2009, 2, 18)) == [("March", "2009-03")]


def test_a_year_ahead_lends_its_year_to_a_future_after_it() -> None:
    anchor = dt.date(2013, 3, 20)
    text = "The next election is due in 2014, probably in October."
    assert _values(text, anchor) == [("2014", "2014"), ("October", "2014-10")]
    text = "The World Cup will be held in Brazil next year, from June 12 to July 13."
    assert _values(text, anchor)[-1] == ("June 12 to July 13", "2014-06-12")
    # Not to a past, a comparison, nor from a fiscal year or what a thing is for.
    text = "Sales will rise in 2014, after falling in March."
    assert _values(text, anchor)[-1] == ("March", "2013-03")
    text = "The economy is expected to grow in 2014, down from its December forecast."
    assert _values(text, anchor)[-1] == ("December", "2012-12")
    text = "The 2014 fiscal year, which begins Oct. 1, will see cuts."
    assert _values(text, anchor)[-1] == ("Oct. 1", "2013-10-01")
    text = "The government will publish its spending review for 2015 on 26 June."
    assert _values(text, anchor)[-1] == ("26 June", "2013-06-26")


def test_the_prior_year_quarter_is_the_one_a_year_back() -> None:
    text = "Profit rose in the first quarter, up from $15 million in the prior-year quarter."
    assert _values(text)[-1] == ("the prior-year quarter", "2012-Q1")


def test_a_past_counted_back_from_a_day_ahead_counts_from_the_last_day_over() -> None:
    text = "Obama arrived on Wednesday and returns home on Saturday. Kerry arrived a day earlier."
    assert _values(text, dt.date(2013, 3, 20))[-1] == ("a day earlier", "2013-03-19")


def test_sworn_in_keeps_its_particle_in_the_event_text() -> None:
    article = parse_article(b"date 2013-03-24\n\nThe coalition was sworn in Monday.\n", "t")
    assert [e.text for e in find_events(article)] == ["The coalition was sworn in"]


def test_looking_to_the_future_is_a_future_reference() -> None:
    text = "The party must look to the future. The future of the firm is unclear."
    assert [(t.expression, t.value) for t in find_timexes(text, _SPRING, vague=True)] == [
        ("the future", "FUTURE_REF")
    ]


def test_forecast_after_the_date_is_a_past_and_on_track_to_looks_ahead() -> None:
    text = "FedEx on Tuesday forecast lower profit. In January, it forecast higher revenue."
    assert _values(text) == [("Tuesday", "2013-03-19"), ("January", "2013-01")]
    assert _values("On Saturday, snow is forecast.")[0] == ("Saturday", "2013-03-23")
    text = "We are on track to close the merger in October."
    assert _values(text, dt.date(2013, 3, 18)) == [("October", "2013-10")]


def test_results_for_a_quarter_are_of_one_begun_and_linking_verbs_keep_the_modal() -> None:
    anchor = dt.date(2013, 1, 20)
    text = "The company will report results for the fourth quarter on Tuesday."
    assert _values(text, anchor)[0] == ("the fourth quarter", "2012-Q4")
    text = "Investors will get fourth-quarter gross domestic product data on Thursday."
    assert _values(text, anchor)[0] == ("fourth-quarter", "2012-Q4")
    text = "The company expects profit to rise in the fourth quarter."
    assert _values(text, anchor) == [("the fourth quarter", "2013-Q4")]
    monday = dt.date(2013, 3, 18)
    assert _values("The exchange will also remain closed on Tuesday.", monday) == [
        ("Tuesday", "2013-03-19")
    ]
    assert _values("The banks remained closed on Friday.", monday) == [("Friday", "2013-03-15")]


def test_new_rules_hold_back_where_they_misread() -> None:
    # A thing's name or a deadline lends no year; an occasion only asked for owns a day.
    text = "Obama will send his 2014 budget to Congress on April 10."
    assert _values(text)[-1] == ("April 10", "2013-04-10")
    text = "It aims to cut the deficit by 2015 and will unveil new measures in April."
    assert _values(text)[-1] == ("April", "2013-04")
    assert _values("Venezuela held an election on April 14.", dt.date(2013, 10, 15)) == [
        ("April 14", "2013-04-14")
    ]
    # Reported speech shifts "is expected" back; a plan in an aside is not the clause's.
    text = "Officials said on Thursday that a vote was expected on Tuesday."
    assert _values(text)[-1] == ("Tuesday", "2013-03-26")
    text = "Banks, which were expected to reopen on Thursday, will stay closed until Tuesday."
    assert _values(text)[-1] == ("Tuesday", "2013-03-26")
    text = "The talks, which were scheduled for Monday, will resume on Wednesday instead."
    assert _values(text)[-1] == ("Wednesday", "2013-03-27")
    # What is over is not due.
    text = "The last confirmed sighting is Jan. 30, police said."
    assert _values(text) == [("Jan. 30", "2013-01-30")]


def test_second_round_of_wire_phrasings() -> None:
    anchor = dt.date(2013, 3, 20)  # a Wednesday
    for text, expected in (
        ("Lawmakers rejected the Cyprus bailout plan on Tuesday.", ("Tuesday", "2013-03-19")),
        ("Ministers backed the 10 billion euro plan on Saturday.", ("Saturday", "2013-03-16")),
        ("Economists expect a rate cut on Thursday.", ("Thursday", "2013-03-21")),
        ("The company cut jobs on Monday.", ("Monday", "2013-03-18")),
        ("Crude for delivery in May gained 50 cents.", ("May", "2013-05")),
        ("December corn futures rose 2 cents.", ("December", "2013-12")),
    ):
        assert _values(text, anchor) == [expected], text
    assert _values("The Democrats plan on Tuesday to vote.", anchor) == [("Tuesday", "2013-03-26")]
    for text in (
        "The race takes place in April each year.",
        "The Lakers led by 10 at the end of the first quarter.",
        "Curry hit four 3-pointers in the fourth quarter.",
    ):
        assert _values(text, anchor) == [], text


def test_third_round_of_wire_phrasings() -> None:
    anchor = dt.date(2013, 3, 21)  # a Thursday
    text = "Napolitano will meet Bersani, who led the coalition, on Friday."
    assert _values(text, anchor) == [("Friday", "2013-03-22")]
    text = "Gideon was arrested in June 1961. Three days earlier, a pool hall was burglarized."
    assert _values(text, anchor) == [("June 1961", "1961-06")]
    text = "The court agreed to hear the case in 1962 and ruled the following March."
    assert _values(text, anchor)[-1] == ("the following March", "1963-03")
    text = "The report was published in November 2009. That same month, four bishops resigned."
    assert _values(text, anchor)[-1] == ("That same month", "2009-11")
    text = "The county will ask for more money in the next fiscal year."
    assert _values(text, dt.date(2013, 3, 15)) == [("the next fiscal year", "FY2014")]


def test_a_yardstick_date_leaves_the_focus_where_it_was() -> None:
    text = "It was the best quarter since 2009. Sales fell from the previous year."
    assert _values(text)[-1] == ("the previous year", "2012")
    text = "Parliament voted on Monday, the first such vote since 2008. A year earlier, it had not."
    assert _values(text)[-1] == ("A year earlier", "2012")


def test_listed_months_season_kinds_and_shows_that_air() -> None:
    anchor = dt.date(2013, 3, 19)  # a Tuesday
    assert [v for _, v in _values("Sales rose in April, May and June.", anchor)] == [
        "2012-04",
        "2012-05",
        "2012-06",
    ]
    assert _values("Theresa May and March organisers met.", anchor) == []
    assert _values("Winter wheat prices fell. The crop suffered the past winter.", anchor) == [
        ("the past winter", "2012-WI")
    ]
    assert _values("The finale airs Thursday.", anchor) == [("Thursday", "2013-03-21")]
    assert _values("The show premieres in October.", anchor) == [("October", "2013-10")]


def test_compared_months_possessive_figures_and_month_ranges() -> None:
    text = "Unemployment has fallen to 7.7 percent, down from 8.2 percent in July."
    assert _values(text) == [("July", "2012-07")]
    text = "At February's sales pace, it would take 4.7 months to exhaust the supply."
    assert _values(text) == [("February", "2013-02")]
    article = parse_article(
        b"date 2013-03-19\n\nThe average temperature for December through February was "
        b"34.3 degrees.\n",
        "t",
    )
    assert [(d.expression, d.value) for d in find_date_expressions(article)] == [
        ("December", "2012-12"),
        ("February", "2013-02"),
    ]


def test_the_end_of_a_period_named_in_its_sentence_and_a_shows_title() -> None:
    text = "He joined the company in 1985 and left at the end of the year."
    assert _values(text)[-1] == ("the end of the year", "1985")
    text = "It warned in early January that it would breach its covenants at the end of the month."
    assert _values(text)[-1] == ("the end of the month", "2013-01")
    assert _values("He will retire at the end of the year.") == [("the end of the year", "2013")]
    assert _values("He spoke on ABC's This Week on Sunday.", dt.date(2013, 3, 18)) == [
        ("Sunday", "2013-03-17")
    ]


def test_second_batch_holds_back_where_it_misread() -> None:
    anchor = dt.date(2013, 3, 19)  # a Tuesday
    # Business words that games share are no game's.
    text = "Sales rose 8 percent in the fourth quarter, led by 10 percent growth in China."
    assert _values(text, anchor) == [("the fourth quarter", "2012-Q4")]
    assert _values("The Lakers led by 10 at the end of the first quarter.", anchor) == []
    for text, expected in (
        ("The rate cut on Thursday is expected.", ("Thursday", "2013-03-21")),
        ("Another cut in April is possible.", ("April", "2013-04")),
        ("Two other films made their debuts in February.", ("February", "2013-02")),
        ("The museum will remain temporarily closed on Friday.", ("Friday", "2013-03-22")),
        (
            "Temperatures on Friday forecast to reach 40C could fuel fires.",
            ("Friday", "2013-03-22"),
        ),
        ("The Heat visit the Bulls on Wednesday.", ("Wednesday", "2013-03-20")),
        ("The Fed acted after August's weak jobs data.", ("August", "2012-08")),
    ):
        assert _values(text, anchor) == [expected], text
    assert _values("The fair is held in April and October each year.", anchor) == []
    # A comparison is over, whatever the tense, and of the year in focus.
    text = "Unemployment rose to 7.2 percent in December 2008, up from 6.8 percent in November."
    assert _values(text, anchor)[-1] == ("November", "2008-11")
    text = "It expects inflation to ease by December, down from 6.8 percent in February."
    assert _values(text, anchor)[-1] == ("February", "2013-02")


def test_second_batch_event_texts_hold_back_where_they_misread() -> None:
    article = parse_article(
        b"date 2013-03-25\n\nPolice said on Saturday that it took firefighters until Friday "
        b"to put out the blaze.\n\nThe New York-based bank cut 2,000 jobs last year. It will "
        b"cut 1,000 more in April.\n\nThe data, due Thursday, are expected to show growth.\n",
        "t",
    )
    texts = {e.expression: e.text for e in find_events(article)}
    assert not texts["Friday"].startswith("Police took")
    assert texts["April"] == "The bank will cut 1,000 more in April"
    assert texts["Thursday"] == "The data, due Thursday, are expected to show growth"


def test_pushed_back_to_and_an_occasion_an_infinitive_names_look_ahead() -> None:
    anchor = dt.date(2013, 3, 16)  # a Saturday
    assert _values("The vote was later pushed back to Monday.", anchor) == [
        ("Monday", "2013-03-18")
    ]
    assert _values("The swearing-in has been pushed back to April 9.", anchor) == [
        ("April 9", "2013-04-09")
    ]
    text = "Musharraf returned to contest the election on May 11."
    assert _values(text, anchor) == [("May 11", "2013-05-11")]
    assert _values("He came back to Boston on Monday.", anchor) == [("Monday", "2013-03-11")]
