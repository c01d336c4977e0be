"""Newswire phrasings the date reader must get right (wire copy it has not seen)."""

from __future__ import annotations

import datetime as dt
import re

from bot.news.dates import find_timexes
from bot.news.temporal_lexicon import NUMBER_PATTERN, NUMBER_WORDS


def _values(text: str, anchor: dt.date) -> list[tuple[str, str]]:
    return [(t.expression, t.value) for t in find_timexes(text, anchor)]


def test_the_month_may_is_no_modal() -> None:
    # "May" the month must not make "April" a future month.
    found = _values("The index rose 0.4% in May from April.", dt.date(2019, 6, 20))
    assert found == [("May", "2019-05"), ("April", "2019-04")]


def test_a_date_without_a_verb_in_reach_keeps_the_tense_of_the_one_before() -> None:
    text = (
        "City will lift the trophy at the Etihad Stadium on Sunday, May 28, after their "
        "final home game of the season against Brighton on Wednesday."
    )
    found = _values(text, dt.date(2023, 5, 22))
    assert found[-1] == ("Wednesday", "2023-05-24")


def test_a_present_tense_verb_of_its_own_is_not_read_in_the_tense_before() -> None:
    # "is" is the verb of the date's own clause: the nearest March 31, not the past one.
    text = "Last month, the Federal Reserve left rates unchanged; its next meeting is March 31."
    assert _values(text, dt.date(1998, 2, 13)) == [
        ("Last month", "1998-01"),
        ("March 31", "1998-03-31"),
    ]


def test_the_year_after_a_comparison_is_the_year_in_focus() -> None:
    text = (
        "Net income was $5 million in the third quarter, compared with $4 million in the "
        "year-ago quarter. For the year, the company expects to earn $20 million."
    )
    assert _values(text, dt.date(1997, 10, 30)) == [
        ("the third quarter", "1997-Q3"),
        ("the year-ago quarter", "1996-Q3"),
        ("the year", "1997"),
    ]


def test_year_end_before_the_subject_of_its_clause() -> None:
    text = "The company had 12,000 employees; by year-end it expects 15,000."
    assert _values(text, dt.date(1998, 3, 5)) == [("year-end", "1998")]
    assert _values("Stocks were at year-end levels.", dt.date(1998, 3, 5)) == []


def test_a_promise_to_act_looks_ahead() -> None:
    text = "The prime minister has promised to leave the EU on Oct. 31."
    assert _values(text, dt.date(2019, 10, 17)) == [("Oct. 31", "2019-10-31")]
    text = "The two sides agreed to a deal on Monday."
    assert _values(text, dt.date(2019, 10, 17)) == [("Monday", "2019-10-14")]


def test_a_weekday_that_is_or_reports_is_ahead() -> None:
    monday = dt.date(2019, 4, 15)
    assert _values("The vote is on Friday.", monday) == [("Friday", "2019-04-19")]
    text = "Johnson & Johnson, which also reports on Tuesday, was hit by lawsuits."
    assert _values(text, monday) == [("Tuesday", "2019-04-16")]
    # A day's event that "is" something has happened; "says" reports the past.
    assert _values("Sunday's attack is the deadliest.", monday) == [("Sunday's", "2019-04-14")]
    assert _values("He says Friday was good.", monday) == [("Friday", "2019-04-12")]


def test_the_end_of_a_range_follows_its_start() -> None:
    found = find_timexes("It happened between May 30 and June 1.", dt.date(2018, 5, 31))
    assert [(t.value, t.last_day) for t in found] == [("2018-05-30", dt.date(2018, 6, 1))]


def test_a_reported_clause_does_not_set_the_tense_of_the_saying() -> None:
    text = "The company said in a statement Tuesday that it would cut 500 jobs."
    assert _values(text, dt.date(2019, 6, 20)) == [("Tuesday", "2019-06-18")]
    text = "The company said in a statement Tuesday it would cut 500 jobs."
    assert _values(text, dt.date(2019, 6, 20)) == [("Tuesday", "2019-06-18")]


def test_a_year_earlier_than_a_quarter_is_that_quarter_a_year_back() -> None:
    text = "The company's third-quarter net income fell 15% from a year earlier."
    assert _values(text, dt.date(1997, 10, 30)) == [
        ("third-quarter", "1997-Q3"),
        ("a year earlier", "1996-Q3"),
    ]
    text = "For fiscal 1997, the company earned $1.2 billion, up from $1 billion a year earlier."
    assert _values(text, dt.date(1998, 2, 27))[-1] == ("a year earlier", "FY1996")
    text = "Sales rose in the summer of 1997 and fell a year later."
    assert _values(text, dt.date(1999, 2, 27))[-1] == ("a year later", "1998-SU")


def test_the_year_ago_period_is_the_period_in_focus_a_year_back() -> None:
    text = (
        "In the third quarter, earnings were $1.05 a share, compared with 92 cents "
        "in the year-ago quarter."
    )
    assert _values(text, dt.date(1997, 10, 30)) == [
        ("the third quarter", "1997-Q3"),
        ("the year-ago quarter", "1996-Q3"),
    ]
    text = "Sales in March rose 4% from the year-earlier period."
    assert _values(text, dt.date(1998, 4, 2))[-1] == ("the year-earlier period", "1997-03")


def test_a_year_ago_period_after_a_day_is_the_period_that_holds_the_day() -> None:
    # "the quarter, which ended Sept. 30": the day ends the quarter compared.
    text = (
        "Sales for the third quarter, which ended Sept. 30, climbed 8% to $2.52 billion "
        "from $2.33 billion in the year-ago period."
    )
    assert _values(text, dt.date(1989, 10, 27))[-1] == ("the year-ago period", "1988-Q3")
    text = "Sales on Sept. 30 rose 8% from the year-ago quarter."
    assert _values(text, dt.date(1989, 10, 27))[-1] == ("the year-ago quarter", "1988-Q3")
    text = "Sales on Sept. 30 rose 8% from the year-earlier month."
    assert _values(text, dt.date(1989, 10, 27))[-1] == ("the year-earlier month", "1988-09")
    # A day alone stays a day.
    text = "Sales on Sept. 30 rose 8% from the year-ago period."
    assert _values(text, dt.date(1989, 10, 27))[-1] == ("the year-ago period", "1988-09-30")


def test_a_year_ago_quarter_alone_is_the_last_full_quarter_a_year_back() -> None:
    text = "Net income rose in the quarter from the year-ago quarter."
    assert _values(text, dt.date(1998, 2, 19)) == [("the year-ago quarter", "1996-Q4")]
    assert _values(text, dt.date(1998, 11, 19)) == [("the year-ago quarter", "1997-Q3")]
    text = "Sales rose from the year-earlier month."
    assert _values(text, dt.date(1998, 1, 9)) == [("the year-earlier month", "1996-12")]
    text = "Profit fell from the year-earlier period."
    assert _values(text, dt.date(1998, 2, 19)) == [("the year-earlier period", "1997")]


def test_a_date_something_was_moved_to_lies_ahead() -> None:
    text = "The hearing was postponed to Nov. 20 from Nov. 13."
    assert _values(text, dt.date(2023, 11, 6)) == [
        ("Nov. 20", "2023-11-20"),
        ("Nov. 13", "2023-11-13"),
    ]
    text = "The vote was rescheduled for Friday."
    assert _values(text, dt.date(2023, 11, 6)) == [("Friday", "2023-11-10")]


def test_years_count_from_a_year_that_names_something() -> None:
    text = "He won gold at the 2016 Rio Games and silver four years later."
    assert _values(text, dt.date(2021, 7, 15)) == [("2016", "2016"), ("four years later", "2020")]


def test_year_end_after_a_preposition() -> None:
    anchor = dt.date(1989, 10, 26)
    assert _values("It expects to complete the sale by year-end.", anchor) == [("year-end", "1989")]
    assert _values("Shares have fallen 20% since year end.", anchor) == [("year end", "1988")]
    assert _values("The deal should close by year's end.", anchor) == [("year's end", "1989")]
    assert _values("It paid year-end bonuses at year-end levels.", anchor) == []


def test_march_and_may_count_after_another_month_not_after_a_name() -> None:
    found = find_timexes("Amazon cut 27,000 jobs between November and March.", dt.date(2023, 4, 27))
    assert [(t.expression, t.value, t.last_day) for t in found] == [
        ("November and March", "2022-11", dt.date(2023, 3, 31))
    ]
    listed = _values("Sales rose in January, February and March.", dt.date(2023, 4, 27))
    assert [value for _, value in listed] == ["2023-01", "2023-02", "2023-03"]
    assert _values("Theresa May and March organisers met.", dt.date(2023, 4, 27)) == []
    # After "as early as" they are months too; after another "as", not.
    assert [
        v for _, v in _values("The flight may come as early as March.", dt.date(2005, 1, 18))
    ] == ["2005-03"]
    assert _values("The deal, as May said, is done.", dt.date(2023, 4, 27)) == []


def test_the_latest_quarter_is_the_last_one_over() -> None:
    assert _values("Sales rose 5% in the latest quarter.", dt.date(1998, 2, 19)) == [
        ("the latest quarter", "1997-Q4")
    ]
    text = "Sales rose in the most recent quarter, the company said."
    assert _values(text, dt.date(1998, 5, 2)) == [("the most recent quarter", "1998-Q1")]


def test_a_verb_of_the_next_clause_does_not_date_the_expression() -> None:
    # No verb before "April 8"; "reached" belongs to the clause after ", and".
    text = (
        "Lawmakers return from a two-week recess on April 8, and the final deal must "
        "be reached before the holiday."
    )
    assert _values(text, dt.date(2013, 3, 14)) == [("April 8", "2013-04-08")]
    # The verb of the expression's own clause after its comma still counts.
    text = "On April 8, officials announced the deal."
    assert _values(text, dt.date(2013, 3, 14)) == [("April 8", "2012-04-08")]


def test_a_passive_after_be_looks_ahead() -> None:
    text = "On April 20 the treaty will be signed in Geneva."
    assert _values(text, dt.date(2013, 4, 25)) == [("April 20", "2013-04-20")]
    text = "By Aug. 1 the budget must be approved by the Senate."
    assert _values(text, dt.date(2013, 11, 20)) == [("Aug. 1", "2014-08-01")]
    text = "By Aug. 1 the budget had been approved by the Senate."
    assert _values(text, dt.date(2013, 11, 20)) == [("Aug. 1", "2013-08-01")]


def test_a_dividend_payable_on_a_date_is_ahead() -> None:
    text = "The board declared a dividend payable Dec. 15 to holders of record Nov. 20."
    assert _values(text, dt.date(1989, 10, 26)) == [
        ("Dec. 15", "1989-12-15"),
        ("Nov. 20", "1989-11-20"),
    ]
    text = "The union contract expires Oct. 31; talks resume Monday."
    assert _values(text, dt.date(1989, 10, 26)) == [
        ("Oct. 31", "1989-10-31"),
        ("Monday", "1989-10-30"),
    ]


def test_a_streak_day_is_the_day_named_after_it() -> None:
    text = "The Dow closed at a record high for the ninth straight day on Wednesday."
    assert _values(text, dt.date(2013, 3, 14)) == [
        ("the ninth straight day", "2013-03-13"),
        ("Wednesday", "2013-03-13"),
    ]
    # Without a day after it, the streak's day is the one in focus.
    found = find_timexes(
        "Stocks fell for a third straight day.", dt.date(2013, 3, 14), previous=dt.date(2013, 3, 8)
    )
    assert [(t.value, t.anchored) for t in found] == [("2013-03-08", True)]


def test_a_weekday_named_by_its_place_in_a_month() -> None:
    anchor = dt.date(2013, 3, 14)
    text = "The deadline is the first Tuesday of next month."
    assert _values(text, anchor) == [("the first Tuesday of next month", "2013-04-02")]
    text = "Voters go to the polls on the first Monday of May."
    assert _values(text, anchor) == [("the first Monday of May", "2013-05-06")]
    text = "It was hot on the last Friday in June 2019."
    assert _values(text, anchor) == [("the last Friday in June 2019", "2019-06-28")]


def test_a_day_of_the_month_alone() -> None:
    anchor = dt.date(2013, 3, 14)
    # The month in focus, when the previous date gives one...
    text = "Talks opened on March 4. On the 6th, they broke down."
    assert _values(text, anchor) == [("March 4", "2013-03-04"), ("the 6th", "2013-03-06")]
    # ...else this month or the next, as the tense says.
    assert _values("The board will vote on the 2nd.", anchor) == [("the 2nd", "2013-04-02")]
    assert _values("The board voted on the 20th.", anchor) == [("the 20th", "2013-02-20")]
    text = "The festival runs March 15-17 and returns on the 22nd for a second weekend."
    assert _values(text, anchor)[-1] == ("the 22nd", "2013-03-22")
    # "died" is a past verb too short for the "-ed" reading; so is "sued".
    text = "The vote, on the 5th of April, will be close. He died on the 2nd."
    assert _values(text, anchor)[-1] == ("the 2nd", "2013-03-02")
    assert _values("The FTC sued Amazon in June.", anchor) == [("June", "2012-06")]
    # Irregular past forms: "upheld", "fought", "withdrew", ...
    assert _values("The court upheld the ruling in June.", anchor) == [("June", "2012-06")]
    # A month in focus that the tense rules out gives way.
    text = "Last month the board met. On the 20th, it will vote."
    assert _values(text, anchor) == [("Last month", "2013-02"), ("the 20th", "2013-03-20")]
    # A quarter in focus spans three months: it names none of them.
    text = "In the third quarter, sales fell. On the 20th, the board met."
    assert _values(text, anchor)[-1] == ("the 20th", "2013-02-20")
    # Ordinals that count holes, floors or laps are no dates.
    assert _values("He birdied on the 18th and won.", anchor) == []
    assert _values("She lives on the 5th floor.", anchor) == []


def test_the_week_of_a_date_and_days_time() -> None:
    anchor = dt.date(2019, 6, 5)
    text = "The party will announce its new leader in the week of 22 July."
    assert _values(text, anchor) == [("the week of 22 July", "2019-W30")]
    assert _values("In three weeks' time the bridge opens.", anchor) == [
        ("three weeks' time", "2019-06-26")
    ]
    assert _values("The bridge took two years' time to finish.", anchor) == []


def test_a_past_clause_is_not_set_in_a_period_ahead() -> None:
    text = (
        "The president-elect takes office on Jan. 20. Earlier in the week, Hillary "
        "Clinton conceded in a speech."
    )
    assert _values(text, dt.date(2016, 11, 10)) == [
        ("Jan. 20", "2017-01-20"),
        ("Earlier in the week", "2016-W45"),
    ]
    # A past period in focus is still the one meant.
    text = "The army attacked on March 3. Earlier in the week, talks had failed."
    assert _values(text, dt.date(2016, 11, 10)) == [
        ("March 3", "2016-03-03"),
        ("Earlier in the week", "2016-W09"),
    ]


def test_a_quarter_of_last_year_told_with_a_possessive() -> None:
    text = "Earnings in last year's third quarter were hurt by a strike."
    assert _values(text, dt.date(1989, 11, 2)) == [("last year's third quarter", "1988-Q3")]
    text = "Next year's first half looks better."
    assert _values(text, dt.date(1989, 11, 2)) == [("Next year's first half", "1990-H1")]


def test_until_sunset_on_a_day_looks_ahead() -> None:
    text = "Erdogan declared a week of mourning, with flags at half-staff until sunset on Sunday."
    assert _values(text, dt.date(2023, 2, 7)) == [("Sunday", "2023-02-12")]


def test_a_week_named_by_its_place_in_a_month() -> None:
    anchor = dt.date(2009, 4, 1)
    # A week belongs to the month that holds most of its days: March 31, 2009 is a
    # Tuesday, so the last week of March is the one before.
    assert _values("Sales rebounded in the last week of March.", anchor) == [
        ("the last week of March", "2009-W13")
    ]
    # May 1, 2009 is a Friday: the first week of May starts on the 4th.
    assert _values("The first week of next month will be busy.", anchor) == [
        ("The first week of next month", "2009-W19")
    ]
    assert _values("It rained in the second week of June 2019.", anchor) == [
        ("the second week of June 2019", "2019-W24")
    ]


def test_starting_or_effective_right_before_a_day_looks_ahead() -> None:
    anchor = dt.date(2020, 3, 12)
    text = "Trump suspended travel from Europe for 30 days, starting at midnight Friday."
    assert _values(text, anchor) == [("midnight Friday", "2020-03-13T24:00")]
    assert _values("The ban, effective Monday, applies to all flights.", anchor) == [
        ("Monday", "2020-03-16")
    ]
    # A simple past before it still tells of a day gone.
    assert _values("The strike began Monday, starting at 6 a.m. Monday.", anchor) == [
        ("Monday", "2020-03-09"),
        ("6 a.m. Monday", "2020-03-09T06:00"),
    ]


def test_the_next_week_told_in_the_past_counts_from_the_date_before() -> None:
    text = (
        "The suspect was arrested on June 2. He appeared in court the following day and "
        "was released on bail the next week. The following Monday, a grand jury met."
    )
    assert _values(text, dt.date(2018, 6, 15)) == [
        ("June 2", "2018-06-02"),
        ("the following day", "2018-06-03"),
        ("the next week", "2018-W23"),
        ("The following Monday", "2018-06-04"),
    ]
    # Told of what is ahead, it counts from the publication date.
    assert _values("Talks will resume the next week.", dt.date(2018, 6, 15)) == [
        ("the next week", "2018-W25")
    ]


def test_the_unit_is_not_read_inside_a_longer_period_in_focus() -> None:
    # A half year holds two quarters: "the quarter" is not the first of them.
    text = "Earnings should improve in the second half of 1998. For the quarter, sales rose."
    assert _values(text, dt.date(1998, 2, 13)) == [
        ("the second half of 1998", "1998-H2"),
        ("the quarter", "1998-Q1"),
    ]


def test_had_expected_is_a_past_expectation() -> None:
    text = "Analysts had expected a profit on March 3."
    assert _values(text, dt.date(1998, 2, 13)) == [("March 3", "1997-03-03")]


def test_the_same_week_needs_a_week_or_day_in_focus() -> None:
    text = "The company was sold in 2014. The same week, the board met twice."
    assert _values(text, dt.date(2015, 6, 20)) == [("2014", "2014")]
    text = "The company was sold on March 3. The same week, the board met twice."
    assert _values(text, dt.date(2015, 6, 20)) == [
        ("March 3", "2015-03-03"),
        ("The same week", "2015-W10"),
    ]


def test_a_past_event_counted_from_a_date_ahead_is_dropped() -> None:
    text = "In 10 days' time, the field will be narrowed. A week earlier, the minister had quit."
    assert _values(text, dt.date(2019, 6, 5)) == [("10 days' time", "2019-06-15")]


def test_a_negated_passive_is_present() -> None:
    # "is not agreed" is no past: the date is still ahead.
    text = (
        "The deal will be finalized by June 10. If a price is not agreed on by that time, "
        "Fiat pays."
    )
    assert _values(text, dt.date(2011, 5, 29)) == [
        ("June 10", "2011-06-10"),
        ("that time", "2011-06-10"),
    ]


def test_fiscal_and_half_year_codes() -> None:
    text = "In FY2023, the firm plans to hire. H1 2023 results are due in July."
    assert _values(text, dt.date(2023, 1, 26)) == [
        ("FY2023", "FY2023"),
        ("H1 2023", "2023-H1"),
        ("July", "2023-07"),
    ]
    # A half code without its year is no date ("the H2 tank"), nor is "H1N1".
    assert _values("The H2 tank leaked and H1N1 spread.", dt.date(2023, 1, 26)) == []


def test_a_plural_verb_of_a_fixture_looks_ahead() -> None:
    anchor = dt.date(2023, 2, 8)  # a Wednesday
    assert _values("The Chiefs play the Eagles on Sunday.", anchor) == [("Sunday", "2023-02-12")]
    assert _values("Lawmakers return on Tuesday.", anchor) == [("Tuesday", "2023-02-14")]
    # Words that are nouns as often stay out: "the go-ahead on Monday", "a host of".
    assert _values("The board gave the go-ahead on Monday.", anchor) == [("Monday", "2023-02-06")]
    assert _values("The two teams met on Sunday.", anchor) == [("Sunday", "2023-02-05")]


def test_a_bill_number_is_no_year() -> None:
    text = "The bill, HR 2021, passed and SB 1070 failed in the US 2020 session at WWDC 2005."
    assert _values(text, dt.date(2023, 2, 8)) == [("2020", "2020"), ("2005", "2005")]


def test_an_index_or_product_number_is_no_year() -> None:
    text = "The Russell 2000 fell 1.2% and Windows 2000 was released in 2000."
    assert _values(text, dt.date(2023, 9, 11)) == [("2000", "2000")]


def test_an_expression_right_after_said_may_be_the_subject_of_what_was_said() -> None:
    anchor = dt.date(2023, 9, 13)  # a Wednesday
    assert _values("Officials said Friday's vote would be delayed.", anchor) == [
        ("Friday's", "2023-09-15")
    ]
    text = "He said the first Monday of October would be the deadline."
    assert _values(text, anchor) == [("the first Monday of October", "2023-10-02")]
    # An adverb after "said" still tells when it was said.
    assert _values("They said Tuesday that the vote would be delayed.", anchor) == [
        ("Tuesday", "2023-09-12")
    ]
    assert _values("Officials said Friday they would vote.", anchor) == [("Friday", "2023-09-08")]


def test_a_fiscal_year_named_from_today() -> None:
    text = "In the current fiscal year, sales rose; last fiscal year was hard."
    assert _values(text, dt.date(1998, 2, 13)) == [
        ("the current fiscal year", "FY1998"),
        ("last fiscal year", "FY1997"),
    ]


def test_a_gerund_clause_after_a_future_verb_has_a_time_of_its_own() -> None:
    anchor = dt.date(2023, 11, 3)
    text = "She will be sentenced Dec. 1, after pleading guilty in June."
    assert _values(text, anchor) == [("Dec. 1", "2023-12-01"), ("June", "2023-06")]
    text = "He resigned in May, after being accused in March of fraud."
    assert _values(text, anchor) == [("May", "2023-05"), ("March", "2023-03")]


def test_a_present_perfect_tells_of_now() -> None:
    anchor = dt.date(2023, 8, 25)
    text = "Willis has asked for a trial date of Oct. 23."
    assert _values(text, anchor) == [("Oct. 23", "2023-10-23")]
    text = "She had asked for a delay on Oct. 23."
    assert _values(text, anchor) == [("Oct. 23", "2022-10-23")]


def test_an_event_set_for_a_day_of_a_month_is_ahead() -> None:
    text = "Sunak called a national election for July 4 on Wednesday."
    assert _values(text, dt.date(2024, 5, 23)) == [
        ("July 4", "2024-07-04"),
        ("Wednesday", "2024-05-22"),
    ]


def test_a_month_after_for() -> None:
    text = "Retail sales for March rose 2%, and MPs voted for May in 2019."
    assert _values(text, dt.date(2024, 5, 23)) == [("March", "2024-03"), ("2019", "2019")]


def test_a_plan_since_changed_has_no_tense() -> None:
    anchor = dt.date(2013, 3, 26)
    text = "The trial, originally set for January, will begin on Jan. 6, 2014."
    assert _values(text, anchor) == [("January", "2013-01"), ("Jan. 6, 2014", "2014-01-06")]


def test_until_after_and_a_verb_of_its_own_looks_ahead() -> None:
    anchor = dt.date(2013, 3, 20)
    text = "The drills began March 11 and run through April 30."
    assert _values(text, anchor) == [("March 11", "2013-03-11"), ("April 30", "2013-04-30")]


def test_until_a_day_before_a_past_verb_or_after_have() -> None:
    anchor = dt.date(2013, 3, 14)  # a Thursday
    text = "The Argentine, who until Wednesday was Cardinal Bergoglio, waved."
    assert _values(text, anchor) == [("Wednesday", "2013-03-13")]
    text = "Cardinals who took part in the conclave have until Friday to leave Rome."
    assert _values(text, anchor) == [("Friday", "2013-03-15")]
    # A simple past before "until" still tells of a day gone.
    assert _values("He stood in line until Tuesday.", anchor) == [("Tuesday", "2013-03-12")]


def test_a_past_form_after_a_modal_and_its_verb_is_an_adjective() -> None:
    anchor = dt.date(2012, 10, 31)  # a Wednesday
    text = "Obama will tour damaged areas in New Jersey on Thursday."
    assert _values(text, anchor) == [("Thursday", "2012-11-01")]
    # After a preposition "to" it is still the past: "data released Wednesday".
    text = "Bonds rose in a reaction to data released Tuesday."
    assert _values(text, anchor) == [("Tuesday", "2012-10-30")]


def test_a_plan_word_after_to_after_the_date_is_a_purpose() -> None:
    anchor = dt.date(2013, 3, 19)  # a Tuesday
    text = "Sarris flew to Moscow on Monday to seek help from Russia."
    assert _values(text, anchor) == [("Monday", "2013-03-18")]


def test_a_weekday_planned_in_the_past_is_ahead_of_the_day_the_story_was_at() -> None:
    anchor = dt.date(2013, 3, 18)  # a Monday
    text = "The Senate began debating on Thursday and was expected to vote late Friday."
    assert _values(text, anchor) == [("Thursday", "2013-03-14"), ("Friday", "2013-03-15")]
    # Told ahead of today, a weekday is still the one ahead of today.
    text = "The Senate began debating on Thursday and will vote on Friday."
    assert _values(text, anchor) == [("Thursday", "2013-03-14"), ("Friday", "2013-03-22")]


def test_go_on_sale_looks_ahead_and_since_doing_something_back() -> None:
    anchor = dt.date(2013, 3, 26)  # a Tuesday
    assert _values("Tickets go on sale Thursday.", anchor) == [("Thursday", "2013-03-28")]
    text = "Shares have fallen since hitting a record high of $705.07 in September."
    assert _values(text, anchor) == [("September", "2012-09")]


def test_three_or_six_months_of_a_year_are_a_quarter_or_a_half() -> None:
    anchor = dt.date(2013, 3, 28)
    text = "The economy shrank in the final three months of 2012."
    assert _values(text, anchor) == [("the final three months of 2012", "2012-Q4")]
    text = "In the first six months of this year and the last three months of last year, it fell."
    assert _values(text, anchor) == [
        ("the first six months of this year", "2013-H1"),
        ("the last three months of last year", "2012-Q4"),
    ]
    # Months counted back from now are a span of time.
    assert _values("In the last three months, prices rose.", anchor) == []


def test_a_day_of_the_year_in_focus() -> None:
    anchor = dt.date(2013, 3, 26)
    text = "Cook took over in August 2011, weeks before Jobs died on Oct. 5 of that year."
    assert _values(text, anchor) == [
        ("August 2011", "2011-08"),
        ("Oct. 5 of that year", "2011-10-05"),
    ]
    text = "It opened in 2001, and on 30th of September, of the same year, it closed."
    assert _values(text, anchor) == [
        ("2001", "2001"),
        ("30th of September, of the same year", "2001-09-30"),
    ]


def test_a_quarter_ending_in_a_month_is_the_one_that_month_ends() -> None:
    anchor = dt.date(2013, 3, 28)
    text = "Analysts expect revenue for the quarter ending in March, up from a year earlier."
    assert _values(text, anchor) == [
        ("the quarter", "2013-Q1"),
        ("March", "2013-03"),
        ("a year earlier", "2012-Q1"),
    ]
    # A season set aside "for" is the nearest, whatever the verb.
    assert _values("Plans for the summer were set.", anchor) == [("summer", "2013-SU")]


def test_the_comparable_or_corresponding_period_is_the_same_a_year_back() -> None:
    anchor = dt.date(1989, 11, 2)
    text = "Third-quarter profit fell from the comparable period last year."
    assert _values(text, anchor) == [
        ("Third-quarter", "1989-Q3"),
        ("the comparable period last year", "1988-Q3"),
    ]
    text = "Third-quarter sales rose from the corresponding period of the previous year."
    assert _values(text, anchor)[-1] == ("the corresponding period of the previous year", "1988-Q3")


def test_a_month_figures_measure_is_the_nearest_whatever_the_verb() -> None:
    anchor = dt.date(2013, 3, 21)
    text = "Existing home sales for February will be released at 10 a.m."
    assert _values(text, anchor) == [("February", "2013-02")]
    assert _values("Data for October will be released later.", anchor) == [("October", "2012-10")]
    # A month that names the figures after it too, which it only qualifies.
    (found,) = find_timexes("The government will release February trade data.", anchor)
    assert (found.expression, found.value, found.attributive) == ("February", "2013-02", True)
    text = "Japan's economy grew 0.2 percent in the October-December quarter."
    assert _values(text, anchor) == [("the October-December quarter", "2012-Q4")]
    # Not what is sold for a month: the tense still tells.
    assert _values("Tickets for February will go on sale.", anchor) == [("February", "2014-02")]


def test_an_amount_of_a_period_named_relative_to_this_one() -> None:
    anchor = dt.date(2013, 3, 21)
    text = "It posted a loss last year of $3 billion, against an average this year of about 6."
    assert _values(text, anchor) == [("last year", "2012"), ("this year", "2013")]
    assert _values("In his last year of office he left.", anchor) == []


def test_a_month_or_day_of_a_year_named_relative_to_this_one() -> None:
    anchor = dt.date(2013, 3, 22)
    assert _values("It was signed in May last year.", anchor) == [("May last year", "2012-05")]
    # A day keeps its day: not "April last year" with the "1" left behind.
    assert _values("The rules came into force on 1 April last year.", anchor) == [
        ("1 April last year", "2012-04-01")
    ]
    assert _values("The plant closes on June 30 next year.", anchor) == [
        ("June 30 next year", "2014-06-30")
    ]


def test_a_weekday_or_quarter_of_a_week_or_year_named_relative_to_this_one() -> None:
    anchor = dt.date(2013, 3, 18)  # a Monday
    text = "Shares fell on Monday last week; he will speak on Friday next week."
    assert _values(text, anchor) == [
        ("Monday last week", "2013-03-11"),
        ("Friday next week", "2013-03-29"),
    ]
    assert _values("The vote is set for Thursday this week.", anchor) == [
        ("Thursday this week", "2013-03-21")
    ]
    text = "Sales rose in the fourth quarter last year and in the first half this year."
    assert _values(text, anchor) == [
        ("the fourth quarter last year", "2012-Q4"),
        ("the first half this year", "2013-H1"),
    ]
    # "last week's report" belongs to the report, not to the day before it.
    assert _values("He said on Tuesday last week's report was wrong.", anchor) == [
        ("Tuesday", "2013-03-12"),
        ("last week's", "2013-W11"),
    ]


def test_a_part_of_the_day_before_or_after() -> None:
    anchor = dt.date(2013, 3, 21)
    text = "The fire started on Monday. The night before, police patrolled."
    assert _values(text, anchor) == [
        ("Monday", "2013-03-18"),
        ("The night before", "2013-03-17TNI"),
    ]
    # Before an event it is no date ("the night before the vote").
    assert _values("The fire started on Monday. The night before the vote, he left.", anchor) == [
        ("Monday", "2013-03-18")
    ]


def test_a_unit_or_weekday_after_next_or_before_last() -> None:
    anchor = dt.date(2013, 3, 21)  # a Thursday
    text = "The vote is the week after next; they meet the Tuesday after next."
    assert _values(text, anchor) == [
        ("the week after next", "2013-W14"),
        ("the Tuesday after next", "2013-04-02"),
    ]
    assert _values("It was held the weekend before last.", anchor) == [
        ("the weekend before last", "2013-W10-WE")
    ]
    # "the week after next Monday" is a week after that Monday's.
    assert _values("It is due the week after next Monday.", anchor) == [
        ("next Monday", "2013-03-25")
    ]


def test_a_period_of_now_a_count_of_units_ago() -> None:
    anchor = dt.date(1998, 2, 13)
    text = "The war ended seven years ago this month. A year ago today, he won."
    assert _values(text, anchor) == [
        ("seven years ago this month", "1991-02"),
        ("A year ago today", "1997-02-13"),
    ]
    assert _values("A decade ago this week, it began.", anchor) == [
        ("A decade ago this week", "1988-W06")
    ]
    # "a week ago Sunday": the last Sunday (Feb. 8), a week back.
    assert _values("It opened a week ago Sunday.", anchor) == [("a week ago Sunday", "1998-02-01")]
    # Counted from a weekday: the one ahead (1998-02-13 is a Friday).
    assert _values("The vote is a week from Tuesday.", anchor) == [
        ("a week from Tuesday", "1998-02-24")
    ]
    text = "It ends 10 days from Friday."
    assert _values(text, anchor) == [("10 days from Friday", "1998-02-23")]
    # A fortnight is two weeks (British news).
    assert _values("He left a fortnight ago.", anchor) == [("a fortnight ago", "1998-01-30")]
    # Any count in words; a year and a half back is that month.
    text = "Eighteen months ago it asked for help; a year and a half ago, few had heard of it."
    assert _values(text, anchor) == [
        ("Eighteen months ago", "1996-08"),
        ("a year and a half ago", "1996-08"),
    ]
    # The grouped pattern of counts spells every count word there is, and no other.
    assert all(re.fullmatch(NUMBER_PATTERN, word) for word in NUMBER_WORDS)
    assert not any(re.fullmatch(NUMBER_PATTERN, w) for w in ("fourty", "eightteen", "tw", "t"))
    # Only "ago" takes it.
    text = "In 1990 it opened; five years later this month, it shut."
    assert ("five years later", "1995") in _values(text, anchor)


def test_a_capitalised_season_that_begins_a_name_is_no_date() -> None:
    anchor = dt.date(2013, 3, 22)
    text = "He will deliver his next Autumn Statement on 5 December."
    assert _values(text, anchor) == [("5 December", "2013-12-05")]
    assert _values("The last Winter Olympics were in Canada.", anchor) == []
    # A capitalised season at a sentence's end is still one.
    assert _values("Sales rose last Summer. They fell after.", anchor) == [
        ("last Summer", "2012-SU")
    ]


def test_a_season_after_a_preposition_is_a_date_and_a_name_or_a_fall_is_not() -> None:
    anchor = dt.date(2013, 3, 22)
    assert _values("Talks began in spring.", anchor) == [("spring", "2013-SP")]
    assert _values("Trading slowed over the summer.", anchor) == [("summer", "2012-SU")]
    assert _values("Rates will rise by the autumn.", anchor) == [("autumn", "2013-FA")]
    assert _values("The Arab Spring began in Tunisia.", anchor) == []
    assert _values("Since the fall of the Wall, trade grew.", anchor) == []
    assert _values("After a fall in prices, sales rose.", anchor) == []
    assert _values("Prices are expected to fall.", anchor) == []


def test_a_24_hour_clock_time_is_no_year() -> None:
    anchor = dt.date(2013, 3, 22)
    assert _values("The flight left at 2015 GMT.", anchor) == []
    assert _values("The blast came at 1830 local time on Friday.", anchor) == [
        ("Friday", "2013-03-22")
    ]
    assert _values("The 2015 local elections were won by Labour.", anchor) == [("2015", "2015")]


def test_a_quarter_named_by_its_last_month_or_called_fiscal() -> None:
    anchor = dt.date(2023, 8, 3)
    assert _values("Sales in the March quarter rose 3%.", anchor) == [
        ("the March quarter", "2023-Q1")
    ]
    assert _values("Revenue for the fiscal third quarter fell.", anchor) == [
        ("the fiscal third quarter", "2023-Q3")
    ]
    assert _values("The June half was weak.", anchor) == []


def test_a_participle_after_a_comma_takes_the_tense_of_its_clause() -> None:
    # "followed by" has no tense of its own: "will be held" counts ...
    text = "A funeral will be held on Feb. 21, followed by a memorial in the spring."
    assert _values(text, dt.date(2022, 2, 10)) == [
        ("Feb. 21", "2022-02-21"),
        ("spring", "2022-SP"),
    ]
    # ... while an active verb with "by" is one ("contracted by 0.9%").
    text = "The economy contracted by 0.9% between April and June."
    assert _values(text, dt.date(2022, 2, 10))[0][1] == "2021-04"


def test_a_yearless_start_of_a_range_takes_the_year_of_its_end() -> None:
    anchor = dt.date(2009, 4, 4)
    found = find_timexes("It last rose between September and October of 2007.", anchor)
    assert [(t.expression, t.value, str(t.until)) for t in found] == [
        ("September and October of 2007", "2007-09", "2007-10-31")
    ]
    found = find_timexes("Prices rose from December to February 2008.", anchor)
    assert [(t.value, str(t.until)) for t in found] == [("2007-12", "2008-02-29")]


def test_what_is_warned_of_lies_ahead_but_the_warning_does_not() -> None:
    monday = dt.date(2019, 4, 15)
    text = "Forecasters warned of more severe weather on Tuesday."
    assert _values(text, monday) == [("Tuesday", "2019-04-16")]
    assert _values("The company warned Tuesday of job cuts.", monday) == [("Tuesday", "2019-04-09")]


def test_the_unit_that_a_day_ends() -> None:
    anchor = dt.date(1989, 11, 2)
    text = "Net income for the quarter ended Sept. 30 rose 12%."
    assert _values(text, anchor) == [("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")]
    # A fiscal quarter that ends just after a calendar one is the one before.
    text = "Sales in the quarter ended July 1 fell."
    assert _values(text, anchor)[0] == ("the quarter", "1989-Q2")
    text = "In the week ended Oct. 20, the stock fell 5%."
    assert _values(text, anchor)[0] == ("the week", "1989-W42")
    # A quarter named by its number keeps it.
    text = "Revenue for the fiscal third quarter ended July 1 fell."
    assert _values(text, anchor)[0] == ("the fiscal third quarter", "1989-Q3")


def test_a_clock_time_after_the_day_or_in_local_time() -> None:
    monday = dt.date(2019, 6, 10)
    assert _values("The meeting is set for Friday at 3 p.m.", monday) == [
        ("Friday at 3 p.m.", "2019-06-14T15:00")
    ]
    assert _values("Talks resume Monday at noon.", monday) == [
        ("Monday at noon", "2019-06-10T12:00")
    ]
    assert _values("Polls close at 8 p.m. local time Tuesday.", monday)[0][0] == (
        "8 p.m. local time Tuesday"
    )
    # A bare number after the day is no clock time.
    assert _values("The vote is Friday at 3.", monday) == [("Friday", "2019-06-14")]


def test_the_1800s_is_a_century_and_the_2000s_a_decade() -> None:
    anchor = dt.date(2019, 6, 10)
    text = "It was built in the 1800s, rebuilt in the 1990s and sold in the 2000s."
    assert [(t.value, t.precision) for t in find_timexes(text, anchor)] == [
        ("18", "century"),
        ("199", "decade"),
        ("200", "decade"),
    ]


def test_earlier_or_later_in_the_unit_is_one_expression_of_the_unit_in_focus() -> None:
    text = "Russia's foreign minister said earlier in the week that a solution was close."
    assert _values(text, dt.date(1998, 2, 13)) == [("earlier in the week", "1998-W07")]
    text = "On Jan. 5, the talks began. Later in the week, they broke down."
    assert _values(text, dt.date(1998, 2, 13))[-1] == ("Later in the week", "1998-W02")
    text = "The Dow rebounded late in the day. A vote is expected later in the month."
    assert _values(text, dt.date(2007, 8, 10)) == [
        ("late in the day", "2007-08-10"),
        ("later in the month", "2007-08"),
    ]


def test_the_following_season_after_a_year_is_that_season_of_the_next_year() -> None:
    anchor = dt.date(2023, 6, 20)
    text = "He made dives there in 2021 and 2022. The following spring, he planned to return."
    assert _values(text, anchor)[-1] == ("The following spring", "2023-SP")
    text = "The strike began in 1984. The previous autumn, talks had failed."
    assert _values(text, anchor)[-1] == ("The previous autumn", "1983-FA")
    # A winter starts in December: the one after 2019 is 2019's.
    text = "He won in 2019. The following winter, he fell ill."
    assert _values(text, anchor)[-1] == ("The following winter", "2019-WI")


def test_a_forecast_after_a_determiner_or_next_is_a_noun_not_a_past_verb() -> None:
    text = "The OBR will publish its next forecast in the summer."
    assert _values(text, dt.date(2024, 3, 7)) == [("summer", "2024-SU")]
    text = "The agency will release its forecast on Monday."
    assert _values(text, dt.date(2024, 3, 7)) == [("Monday", "2024-03-11")]


def test_a_quarter_or_half_of_a_game_is_no_date() -> None:
    anchor = dt.date(2024, 2, 12)
    assert _values("Butker kicked a 57-yard field goal in the third quarter.", anchor) == []
    assert _values("The Lakers trailed 50-42 and won in the fourth quarter.", anchor) == []
    # "trailed" and "overtime" are words of business too.
    assert _values("The fund trailed its index in the fourth quarter.", anchor) == [
        ("the fourth quarter", "2023-Q4")
    ]
    assert _values("She scored 12 points in the second half.", anchor) == []
    # A year's quarter among numbers is still one.
    assert _values("The company scored record sales in the third quarter.", anchor) == [
        ("the third quarter", "2023-Q3")
    ]
    assert _values("The Dow fell 200 points in the fourth quarter of 2008.", anchor) == [
        ("the fourth quarter of 2008", "2008-Q4")
    ]


def test_years_counted_from_a_quarter_or_season_are_years_unless_one() -> None:
    anchor = dt.date(2021, 5, 12)
    text = "The virus spread in the spring of 2020. Three years earlier, a report had warned."
    assert _values(text, anchor)[-1] == ("Three years earlier", "2017")
    text = "Profit fell in the third quarter of 2020 from a year earlier."
    assert _values(text, anchor)[-1] == ("a year earlier", "2019-Q3")


def test_the_fiscal_year_ended_a_day_is_the_fiscal_year_that_day_ends() -> None:
    anchor = dt.date(1989, 11, 2)
    text = "Net income for the fiscal year ended June 30 rose 12%."
    assert _values(text, anchor) == [("the fiscal year", "FY1989"), ("June 30", "1989-06-30")]
    text = "Net income for the year ended June 30 rose 12%."
    assert _values(text, anchor)[0] == ("the year", "FY1989")
    text = "Sales for the year ended Dec. 31 rose."
    assert _values(text, anchor)[0] == ("the year", "1988")


def test_a_day_that_names_an_event_of_history_is_that_year_s() -> None:
    anchor = dt.date(2013, 3, 22)
    text = "Security was tightened after the Sept. 11 attacks."
    assert _values(text, anchor) == [("Sept. 11", "2001-09-11")]
    text = "Since the September 11th terrorist attacks, travel has changed."
    assert _values(text, anchor) == [("September 11th", "2001-09-11")]
    # Not when the words after it are a clause of their own, nor before the event.
    assert _values("On Sept. 11, attacks on the embassy began.", anchor) == [
        ("Sept. 11", "2012-09-11")
    ]
    assert _values("A year after the Jan. 6 riot, he spoke.", anchor) == [("Jan. 6", "2013-01-06")]
    assert _values("Since 9/11, travel has changed. He scored 19/11.", anchor) == [
        ("9/11", "2001-09-11")
    ]
    anchor = dt.date(2024, 10, 8)
    text = "The Oct. 7 attack shocked Israel. A year after the Jan. 6 riot, he spoke."
    assert _values(text, anchor) == [("Oct. 7", "2023-10-07"), ("Jan. 6", "2021-01-06")]


def test_a_report_day_after_a_day_of_the_paragraph_is_no_anchor() -> None:
    text = (
        "Biden will be sworn in on Jan. 20. Trump said in a statement early Thursday "
        'that there would be "an orderly transition" on that day.'
    )
    assert _values(text, dt.date(2021, 1, 7))[-1] == ("that day", "2021-01-20")


def test_a_day_that_names_a_thing_is_the_nearest_such_day_whatever_the_verb() -> None:
    anchor = dt.date(2024, 7, 1)
    text = "Trump, the Republican nominee in the Nov. 5 election, called the ruling a win."
    assert _values(text, anchor) == [("Nov. 5", "2024-11-05")]
    # As the subject, the thing takes its verb's tense; history names its own year.
    text = "The Oct. 29 floods killed 232 people."
    assert _values(text, dt.date(2025, 5, 5)) == [("Oct. 29", "2024-10-29")]
    text = "He spoke of the Jan. 6 attack and of the Feb. 29 deadline."
    assert _values(text, anchor) == [("Jan. 6", "2021-01-06"), ("Feb. 29", "2024-02-29")]


def test_a_report_named_by_its_month_after_a_determiner_is_of_the_nearest_month() -> None:
    anchor = dt.date(2013, 3, 21)
    text = "FedEx now expects $6.09 a share, down from its December forecast of $6.20."
    assert _values(text, anchor) == [("December", "2012-12")]
    # "May" and "March" name figures too, though not a government or a march.
    anchor = dt.date(2013, 6, 21)
    assert _values("The May jobs report will be released soon.", anchor) == [("May", "2013-05")]
    assert _values("March retail sales rose.", anchor) == [("March", "2013-03")]
    assert _values("The May government fell. The March organisers spoke.", anchor) == []


def test_a_month_that_ends_a_period_is_the_nearest_one() -> None:
    anchor = dt.date(2013, 3, 21)
    text = "FedEx cut its outlook for the year ending in May."
    assert _values(text, anchor) == [("the year", "FY2013"), ("May", "2013-05")]
    text = "It raised its outlook for the fiscal year that ends in September."
    assert _values(text, anchor) == [("the fiscal year", "FY2013"), ("September", "2013-09")]
    # An "ended" period is over; a period followed by another "that" clause is no date.
    text = "Sales in the year ended in May rose."
    assert _values(text, anchor) == [("the year", "FY2012"), ("May", "2012-05")]
    assert _values("It was the year that changed everything.", anchor) == []


def test_a_weekday_after_on_a_is_some_such_day_not_one_of_this_week() -> None:
    anchor = dt.date(2013, 3, 22)
    text = "Parliament last met on a Sunday in 1974, after the invasion."
    assert _values(text, anchor) == [("1974", "1974")]
    assert _values("The fire broke out on a Friday night.", anchor) == []
    # A weekday that names the day just given, or a deadline's day, is still a day.
    text = "It happened on Oct. 12, a Friday, in Paris. A Monday deadline loomed."
    assert _values(text, anchor)[1:] == [("Friday", "2012-10-12"), ("Monday", "2013-03-25")]


def test_the_days_of_holy_week_and_those_counted_from_easter() -> None:
    anchor = dt.date(2013, 3, 22)
    text = (
        "The pope will celebrate Mass on Palm Sunday, wash feet on Holy Thursday and "
        "lead the Good Friday procession. Lent began on Ash Wednesday."
    )
    assert _values(text, anchor) == [
        ("Palm Sunday", "2013-03-24"),
        ("Holy Thursday", "2013-03-28"),
        ("Good Friday", "2013-03-29"),
        ("Ash Wednesday", "2013-02-13"),
    ]
    # A pact named for the day is no date, nor is its weekday.
    text = "The Good Friday Agreement ended the Troubles. Since the Good Friday accord, peace held."
    assert _values(text, anchor) == []


def test_within_the_unit_is_the_unit_in_focus() -> None:
    text = "Pakistan's weather office said it would issue a full report within the week."
    assert _values(text, dt.date(2013, 4, 16)) == [("the week", "2013-W16")]


def test_that_month_is_the_month_of_the_year_in_focus() -> None:
    anchor = dt.date(2013, 3, 21)
    text = (
        "Unemployment reached three million in 1982. British forces retook the islands "
        "that June, and a year later Thatcher won a landslide."
    )
    assert _values(text, anchor) == [
        ("1982", "1982"),
        ("that June", "1982-06"),
        ("a year later", "1983-06"),
    ]
    # "May" and "March" are months after "that"; "that" of a reported clause is not.
    assert _values("In 2010 the team moved. It won the title that May.", anchor)[-1] == (
        "that May",
        "2010-05",
    )
    assert _values("He said that June was the hottest month.", anchor) == [("June", "2012-06")]


def test_a_relative_year_that_opens_its_sentence_lends_its_year() -> None:
    anchor = dt.date(2013, 4, 2)
    assert _values("Last year, the company cut jobs in February.", anchor) == [
        ("Last year", "2012"),
        ("February", "2012-02"),
    ]
    assert _values("Next year, the company will open a plant in May.", anchor) == [
        ("Next year", "2014"),
        ("May", "2014-05"),
    ]


def test_a_period_of_two_months_apart_is_the_quarter_they_span() -> None:
    anchor = dt.date(2013, 3, 27)
    text = "Japan's economy shrank in the July-September period. The third period was dull."
    assert _values(text, anchor) == [("the July-September period", "2012-Q3")]


def test_march_that_opens_a_sentence_or_follows_a_superlative_is_the_month() -> None:
    anchor = dt.date(2013, 4, 2)
    assert _values("March was the coldest month since 1962.", anchor)[0] == ("March", "2013-03")
    assert _values("The coldest March since 1962 ended.", anchor)[0] == ("March", "2013-03")
    # Not the May of a quotation's speaker, nor a march.
    assert _values('"I have done my best," May said. The March organisers spoke.', anchor) == []


def test_a_time_ago_named_to_compare_leaves_the_focus_on_now() -> None:
    anchor = dt.date(2013, 4, 12)
    text = (
        "Profit rose 10 percent from a year ago as loan demand climbed in the first "
        "quarter of the year."
    )
    assert _values(text, anchor) == [
        ("a year ago", "2012"),
        ("the first quarter of the year", "2013-Q1"),
    ]
    found = find_timexes("It rose from a year ago. He left less than two weeks ago.", anchor)
    assert [t.comparison for t in found] == [True, False]
    # The amount compared with may come between: the focus stays on Feb. 28.
    text = (
        "Oracle earned $2.5 billion in the three months ended Feb. 28, up from $2.5 billion "
        "a year earlier. Sales were flat compared with the same period last year."
    )
    found = find_timexes(text, dt.date(2013, 3, 21))
    assert [(t.value, t.comparison) for t in found] == [
        ("2013-02-28", False),
        ("2012", True),
        ("2012-02-28", True),
    ]
    found = find_timexes("Unemployment fell to 7.7% from 8.1% a year ago.", anchor)
    assert [t.comparison for t in found] == [True]
    # The quarter reported on, not the day of the report, is what a year earlier is of.
    text = "The company reported fourth-quarter sales on Tuesday, up 4 percent from a year earlier."
    found = find_timexes(text, dt.date(2013, 3, 21))
    assert [t.value for t in found] == ["2012-Q4", "2013-03-19", "2011-Q4"]
    # Nor the day the period was reported on.
    text = (
        "Violent crime fell 4 percent in the first half of 2012, the FBI said on Monday. "
        "Property crime fell 2 percent from the same period a year earlier."
    )
    assert [t.value for t in find_timexes(text, dt.date(2013, 3, 25))][2] == "2011-H1"
    # A month compared with the month told of: the year earlier is the February's.
    text = (
        "Home sales rose 0.8 percent in February from January and were up 10.2 percent "
        "from a year earlier."
    )
    found = find_timexes(text, dt.date(2013, 3, 21))
    assert [(t.value, t.comparison) for t in found] == [
        ("2013-02", False),
        ("2013-01", True),
        ("2012-02", True),
    ]


def test_a_day_that_names_a_thing_after_a_possessive_or_a_is_the_nearest_such_day() -> None:
    anchor = dt.date(2013, 4, 9)
    text = "The Fed will release minutes of its March 20 meeting."
    assert _values(text, anchor) == [("March 20", "2013-03-20")]
    text = "A judge set an Aug. 5 trial date for a man who killed a guard in January."
    assert _values(text, anchor)[0] == ("Aug. 5", "2013-08-05")


def test_a_day_and_in_its_year_are_one_date() -> None:
    anchor = dt.date(2013, 4, 3)
    assert _values("He was born on July 4 in 1931.", anchor) == [("July 4 in 1931", "1931-07-04")]
    assert _values("She died on Christmas Day in 1977.", anchor) == [
        ("Christmas Day in 1977", "1977-12-25")
    ]


def test_a_month_of_the_following_year_counts_from_the_year_in_focus() -> None:
    anchor = dt.date(2013, 4, 3)
    text = "He was elected in 2005 and resigned in March of the following year."
    assert _values(text, anchor)[-1] == ("March of the following year", "2006-03")
    text = "The wall fell on Nov. 9, 1989, and Germany reunified on Oct. 3 the following year."
    assert _values(text, anchor)[-1] == ("Oct. 3 the following year", "1990-10-03")


def test_a_count_after_that_is_counted_from_the_date_before() -> None:
    text = "She led Britain through the war in 1982 and survived a bomb two years after that."
    assert _values(text, dt.date(2013, 4, 8)) == [("1982", "1982"), ("two years after", "1984")]
    # After an event named, the count is that event's: no date.
    assert _values("Two years after the war, she won again.", dt.date(2013, 4, 8)) == []


def test_at_the_time_is_the_time_in_focus() -> None:
    anchor = dt.date(2013, 3, 13)
    text = "In 2009, he was governor. At the time, the state was nearly bankrupt."
    assert _values(text, anchor) == [("2009", "2009"), ("the time", "2009")]
    # Not the time of another event.
    assert _values("In 2009 he was there at the time of the attack.", anchor) == [("2009", "2009")]


def test_results_forecast_are_of_a_quarter_ahead() -> None:
    anchor = dt.date(2013, 3, 21)
    text = "The company forecast fourth-quarter earnings of 87 cents to 90 cents a share."
    assert _values(text, anchor) == [("fourth-quarter", "2013-Q4")]
    text = "The company reported fourth-quarter earnings of 87 cents."
    assert _values(text, anchor) == [("fourth-quarter", "2012-Q4")]


def test_a_day_counted_after_a_weekend_named_last_is_not_known() -> None:
    # The weekend took the focus from Tuesday: no day of it is known to count from.
    text = (
        "Sony said on Tuesday that it expected a profit. The army said over the weekend "
        "that it would retaliate. A day later, state media showed Kim inspecting troops."
    )
    assert _values(text, dt.date(2013, 3, 20)) == [
        ("Tuesday", "2013-03-19"),
        ("the weekend", "2013-W11-WE"),
    ]
    # A day inside the week named counts.
    text = "They met Monday last week. A day later, talks broke down."
    assert _values(text, dt.date(2013, 3, 20))[-1] == ("A day later", "2013-03-12")
