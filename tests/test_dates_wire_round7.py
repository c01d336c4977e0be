"""Dates on held-out wire phrasings (round seven): local, business and sports copy."""

from __future__ import annotations

import datetime as dt

from bot.news.date_expressions import find_date_expressions
from bot.news.dates import find_timexes
from bot.news.pipeline import parse_article


def _values(text: str, anchor: dt.date) -> list[tuple[str, str]]:
    return [(t.expression, t.value) for t in find_timexes(text, anchor)]


def _paragraph_values(text: str, anchor: dt.date) -> list[tuple[str, str]]:
    """Values of a whole article, whose paragraphs carry their focus to the next."""
    article = parse_article(f"date {anchor.isoformat()}\n\n{text}\n".encode(), "test")
    return [(t.expression, t.value) for t in find_date_expressions(article)]


def test_a_possessive_last_after_be_is_the_final_one_not_the_one_before() -> None:
    wednesday = dt.date(1996, 11, 20)
    text = '"This will be our last Christmas in this house," Mrs. Olson said.'
    assert _values(text, wednesday) == []
    assert _values("It was his last year in office.", wednesday) == []
    # ("her" may be an object, and a plain "last summer" is the one gone)
    assert _values("I saw her last week.", wednesday) == [("last week", "1996-W46")]
    assert _values("She spent last summer in Paris.", wednesday) == [("last summer", "1996-SU")]
    # (as a subject or after a preposition it is the one before now)
    text = '"Our last quarter was a record," Cook said.'
    assert _values(text, dt.date(2013, 4, 20)) == [("last quarter", "2013-Q1")]


def test_a_threat_in_a_past_perfect_is_of_the_past() -> None:
    wednesday = dt.date(1998, 9, 9)
    assert _values("Teachers had threatened to picket Aug. 19.", wednesday) == [
        ("Aug. 19", "1998-08-19")
    ]
    assert _values("Teachers have threatened to picket Sept. 19.", wednesday) == [
        ("Sept. 19", "1998-09-19")
    ]


def test_a_better_than_expected_quarter_is_the_one_reported() -> None:
    tuesday = dt.date(2013, 4, 16)
    text = "Goldman Sachs reported a better-than-expected first-quarter profit on Tuesday."
    assert _values(text, tuesday)[0] == ("first-quarter", "2013-Q1")
    text = "Analysts had expected first-quarter earnings of 87 cents."
    assert _values(text, tuesday) == [("first-quarter", "2013-Q1")]
    # (a forecast in the present still looks ahead)
    text = "The company expects first-quarter earnings of 87 cents."
    assert _values(text, dt.date(2013, 10, 16)) == [("first-quarter", "2014-Q1")]


def test_the_year_before_a_quarter_reported_is_that_quarter_a_year_back() -> None:
    text = (
        "Goldman Sachs reported a 7 percent rise in first-quarter profit on Tuesday.\n\n"
        "Net income rose to $2.07 billion from $2.11 billion a year earlier."
    )
    assert _paragraph_values(text, dt.date(2013, 4, 16))[-1] == ("a year earlier", "2012-Q1")
    text = (
        "Economists expect employers added 170,000 jobs last month. Dow shares fell after "
        "the company said it expects second-quarter earnings to come in below a year earlier."
    )
    assert _values(text, dt.date(2013, 6, 4))[-1] == ("a year earlier", "2012-Q2")


def test_the_end_of_the_quarter_reported_is_that_quarter() -> None:
    wednesday = dt.date(1997, 10, 15)
    text = (
        "The company reported third-quarter results on Tuesday. "
        "It had $2 billion in cash at the end of the quarter."
    )
    assert _values(text, wednesday)[-1] == ("the end of the quarter", "1997-Q3")
    text = text.replace("had $2 billion in cash at", "expects to close the deal by")
    assert _values(text, wednesday)[-1] == ("the end of the quarter", "1997-Q4")


def test_a_year_before_a_quarter_as_the_journal_writes_it() -> None:
    text = "Net income rose to $312 million from $278 million in the 1996 third quarter."
    assert _values(text, dt.date(1997, 10, 22)) == [("the 1996 third quarter", "1996-Q3")]


def test_halves_and_quarters_of_a_game_are_no_dates() -> None:
    sunday = dt.date(1998, 3, 23)
    text = "Kentucky rallied from a 17-point deficit in the second half Sunday and beat Duke 86-84."
    assert _values(text, sunday) == [("Sunday", "1998-03-22")]
    text = "Amendola strained his groin in the second quarter and will miss three weeks."
    assert _values(text, sunday) == []
    text = "Apple beat estimates with sales of $35.3 billion in the second quarter."
    assert _values(text, dt.date(2013, 8, 1)) == [("the second quarter", "2013-Q2")]
    text = "Higher oil prices could hamstring growth in the second half of the year."
    assert _values(text, dt.date(2013, 7, 18)) == [("the second half of the year", "2013-H2")]
    text = "Romney, who holds a 10-point lead in polls, raised $14 million in the third quarter."
    assert _values(text, dt.date(2011, 10, 18)) == [("the third quarter", "2011-Q3")]
    text = "The company beat estimates for the 2012-13 year and said second-quarter profit rose."
    assert _values(text, dt.date(2013, 7, 18))[-1] == ("second-quarter", "2013-Q2")


def test_a_part_of_a_day_owns_what_follows() -> None:
    text = "Wade was suspended for kicking Sessions during Monday night's game."
    assert _values(text, dt.date(2013, 1, 30)) == [("Monday night's", "2013-01-28TNI")]


def test_as_planned_after_a_day_is_no_plan_ahead() -> None:
    friday = dt.date(2013, 3, 22)
    assert _values("The vote took place on Thursday as planned.", friday) == [
        ("Thursday", "2013-03-21")
    ]
    assert _values("The match will go ahead on Saturday as scheduled.", friday) == [
        ("Saturday", "2013-03-23")
    ]
    # (with no verb of a time before the day, a plan still looks ahead)
    assert _values("Talks open in Geneva on Monday as planned.", friday) == [
        ("Monday", "2013-03-25")
    ]


def test_a_forecast_after_a_hyphened_modifier_is_a_noun() -> None:
    friday = dt.date(2013, 3, 22)
    text = "The long-range forecast suggests a return to average temperatures in April."
    assert _values(text, friday) == [("April", "2013-04")]
    # (other words after such a modifier stay verbs)
    assert _values("The 25-year-old heads to Paris on Monday.", friday) == [
        ("Monday", "2013-03-25")
    ]
    # ("The company forecast" is still a verb of the past)
    assert _values("The company forecast sales of $3 billion in April.", friday) == [
        ("April", "2012-04")
    ]


def test_most_recently_before_a_date_is_no_vague_reference() -> None:
    thursday = dt.date(2013, 3, 28)
    text = "He was re-elected four times, most recently in 2009."
    found = find_timexes(text, thursday, vague=True)
    assert [(t.expression, t.value) for t in found] == [("2009", "2009")]
    found = find_timexes("Most recently, he resigned.", thursday, vague=True)
    assert [(t.expression, t.value) for t in found] == [("recently", "PAST_REF")]


def test_a_capitalised_word_after_a_clock_time_is_no_time_zone() -> None:
    wednesday = dt.date(2013, 3, 13)
    text = "About 200 people attended a noon Mass on Tuesday."
    assert _values(text, wednesday) == [("Tuesday", "2013-03-12")]
    text = "The polls closed at 8 p.m. EDT on Tuesday."
    assert _values(text, wednesday) == [("8 p.m. EDT on Tuesday", "2013-03-12T20:00")]


def test_an_occasion_called_for_lies_after_the_call_the_nearest_when_past() -> None:
    text = "The Muslim Brotherhood has called for mass protests after Friday prayers."
    assert _values(text, dt.date(2013, 7, 4)) == [("Friday", "2013-07-05")]
    text = "Cameron recalled parliament for a vote on Thursday."
    assert _values(text, dt.date(2013, 8, 27)) == [("Thursday", "2013-08-29")]
    # (an occasion attended is over, and so is one where the call was made)
    text = "Thousands gathered for a rally on Saturday."
    assert _values(text, dt.date(2013, 7, 4)) == [("Saturday", "2013-06-29")]
    tuesday = dt.date(2013, 7, 9)
    text = "Obama called for calm at a rally on Sunday."
    assert _values(text, tuesday) == [("Sunday", "2013-07-07")]
    text = "The Security Council called for an emergency meeting after Sunday's attack."
    assert _values(text, tuesday) == [("Sunday's", "2013-07-07")]
    text = "Sen. Smith asked for a vote on Monday, but it was blocked by Democrats."
    assert _values(text, tuesday) == [("Monday", "2013-07-08")]


def test_participles_joined_share_their_be() -> None:
    text = "More banks will be closed or merged by the end of March, Lee said."
    assert _values(text, dt.date(1998, 2, 12)) == [("the end of March", "1998-03")]
    assert _values("Banks were closed or merged in March.", dt.date(1998, 2, 12)) == [
        ("March", "1997-03")
    ]


def test_a_period_through_a_day_ends_by_the_nearest_such_day() -> None:
    friday = dt.date(2013, 3, 15)
    text = (
        "Investors pulled $2 billion from stock funds in the week through Wednesday, Lipper said."
    )
    assert _values(text, friday) == [("Wednesday", "2013-03-13")]
    assert _values("The sale runs through Wednesday.", friday) == [("Wednesday", "2013-03-20")]


def test_a_day_between_a_demand_and_its_to_is_the_demand_s() -> None:
    wednesday = dt.date(2013, 4, 24)
    text = "Kerry urged Turkey's prime minister on Sunday to delay a planned trip to Gaza."
    assert _values(text, wednesday) == [("Sunday", "2013-04-21")]
    text = "He will urge the president on Monday to veto the bill."
    assert _values(text, wednesday) == [("Monday", "2013-04-29")]


def test_expected_through_a_day_looks_ahead() -> None:
    text = "Forecasters said snow was expected through Friday."
    assert _values(text, dt.date(1999, 2, 24)) == [("Friday", "1999-02-26")]


def test_a_quarter_of_gross_domestic_product_is_results() -> None:
    text = "It will release its estimate of third-quarter gross domestic product on Oct. 30."
    assert _values(text, dt.date(1998, 10, 16))[0] == ("third-quarter", "1998-Q3")


def test_moved_to_a_place_is_no_date_moved() -> None:
    text = "The family moved to London from Lagos in May."
    assert _values(text, dt.date(1999, 6, 15)) == [("May", "1999-05")]


def test_regressions_of_the_date_rules_found_in_review() -> None:
    wednesday = dt.date(2013, 4, 24)
    # a demand's "on DAY to": not inside a hyphened word, nor after "will"
    text = "Hard-pressed lawmakers will return on Monday to vote on the budget."
    assert _values(text, wednesday) == [("Monday", "2013-04-29")]
    text = "The union called on members to walk out on Monday to protest the planned cuts."
    assert _values(text, wednesday) == [("Monday", "2013-04-29")]
    # a period through a day takes the tense of its verb
    friday = dt.date(2013, 3, 15)
    text = "Mortgage applications fell 5 percent in the week through Tuesday."
    assert _values(text, friday) == [("Tuesday", "2013-03-12")]
    text = "The store will hold a clearance sale for the week through Saturday."
    assert _values(text, dt.date(2005, 6, 6)) == [("Saturday", "2005-06-11")]
    # a move to a place is told in either voice, and a time zone is no place
    text = "Mandela was moved to a Pretoria hospital on Saturday."
    assert _values(text, wednesday) == [("Saturday", "2013-04-20")]
    text = "He moved to the UAE on Monday after his release."
    assert _values(text, wednesday) == [("Monday", "2013-04-22")]
    text = "The vote was postponed to 10 a.m. EDT Friday."
    assert _values(text, wednesday) == [("10 a.m. EDT Friday", "2013-04-26T10:00")]
    # only the forms of a plan (and "need") look ahead before "until"
    text = "Rates were unchanged until Tuesday, when the central bank cut them."
    assert _values(text, friday) == [("Tuesday", "2013-03-12")]
    text = '"We need until Monday to review the bill," he said.'
    assert _values(text, wednesday) == [("Monday", "2013-04-29")]
    # a span reported is over unless a future is told before it
    text = "Fund flows for the week through Wednesday will be released on Thursday."
    assert _values(text, dt.date(2013, 3, 14))[0] == ("Wednesday", "2013-03-13")


def test_a_count_before_a_participle_makes_it_an_adjective() -> None:
    text = "The ministry said it would return 40 seized boats on Friday."
    assert _values(text, dt.date(2000, 6, 13)) == [("Friday", "2000-06-16")]
    assert _values("Police arrested 40 people on Friday.", dt.date(2000, 6, 13)) == [
        ("Friday", "2000-06-09")
    ]


def test_father_s_day_but_not_mother_s_day_whose_date_differs_by_country() -> None:
    text = "The boy drowned on Father's Day, police said."
    assert _values(text, dt.date(1999, 6, 25)) == [("Father's Day", "1999-06-20")]
    text = "Britons will mark Mother's Day on March 18 this year."
    assert _values(text, dt.date(2012, 3, 15)) == [("March 18 this year", "2012-03-18")]
