"""Dates on held-out wire phrasings (round four): what is over, what lies ahead, what is near."""

from __future__ import annotations

import datetime as dt

from bot.news.dates import find_timexes

_SPRING = dt.date(2013, 3, 20)  # a Wednesday


def _values(text: str, anchor: dt.date = _SPRING) -> list[tuple[str, str]]:
    return [(t.expression, t.value) for t in find_timexes(text, anchor)]


def test_a_period_ending_in_a_month_is_the_one_over_when_its_clause_is_past() -> None:
    assert _values("The company earned $2 billion in the fiscal year ending in June.") == [
        ("the fiscal year", "FY2012"),
        ("June", "2012-06"),
    ]
    assert _values("In the fiscal year ending in September, the deficit fell.") == [
        ("the fiscal year", "FY2012"),
        ("September", "2012-09"),
    ]
    # foreseen, it is still the nearest
    assert _values("The deficit is expected to shrink in the fiscal year ending in September.") == [
        ("the fiscal year", "FY2013"),
        ("September", "2013-09"),
    ]
    assert _values("The company reaffirmed its outlook for the fiscal year ending in May.") == [
        ("the fiscal year", "FY2013"),
        ("May", "2013-05"),
    ]
    text = "General Mills said it still expects earnings for the fiscal year ending in May to rise."
    assert _values(text) == [("the fiscal year", "FY2013"), ("May", "2013-05")]


def test_a_will_far_before_a_weekday_still_looks_ahead() -> None:
    text = (
        "The court will hear petitions about the narrow victory in the first round of the "
        "presidential election on Monday, the registrar said on Thursday."
    )
    assert _values(text, dt.date(2013, 3, 21)) == [
        ("Monday", "2013-03-25"),
        ("Thursday", "2013-03-21"),
    ]
    # but a saying after it is of its own day
    text = (
        "Serena Williams will begin her bid for a record sixth title at the Sony Open on "
        "Friday, with the world number one saying on Tuesday that she had recovered."
    )
    assert _values(text) == [("Friday", "2013-03-22"), ("Tuesday", "2013-03-19")]


_MONDAY = dt.date(2013, 3, 18)


def test_a_negated_plan_or_a_possibility_not_ruled_out_looks_ahead() -> None:
    assert _values("Cyprus's banks were not due to reopen until Thursday.") == [
        ("Thursday", "2013-03-21")
    ]
    assert _values("The bank holiday was not expected to end until Thursday.") == [
        ("Thursday", "2013-03-21")
    ]
    assert _values("Analysts did not expect a decision until Friday at the earliest.") == [
        ("Friday", "2013-03-22")
    ]
    text = "Lawmakers didn't rule out a vote on Thursday, a spokesman said."
    assert _values(text, _MONDAY) == [("Thursday", "2013-03-21")]
    # a negated past is still past
    assert _values("The body was not found until March 3.") == [("March 3", "2013-03-03")]
    assert _values("Police did not identify the victim until Friday.") == [("Friday", "2013-03-15")]


def test_a_contracted_had_before_a_past_participle_is_no_future() -> None:
    assert _values("She said they'd met on March 3 to discuss the bailout.", _MONDAY) == [
        ("March 3", "2013-03-03")
    ]
    assert _values("He said he'd arrived in Cyprus on Thursday.", _MONDAY) == [
        ("Thursday", "2013-03-14")
    ]
    assert _values('"We\'d be ready by Friday," he said.', _MONDAY) == [("Friday", "2013-03-22")]


def test_what_is_shut_until_a_weekday_is_shut_until_the_nearest() -> None:
    assert _values("Flights were cancelled until Tuesday because of the snow.", _MONDAY) == [
        ("Tuesday", "2013-03-19")
    ]
    assert _values("Schools were closed until Tuesday after the blizzard.", _MONDAY) == [
        ("Tuesday", "2013-03-19")
    ]


def test_a_vote_told_of_in_a_present_or_future_clause_is_ahead() -> None:
    text = "Merkel is seeking a third term in the election on Sept. 22."
    assert _values(text, _MONDAY) == [("Sept. 22", "2013-09-22")]
    assert _values("The opposition is preparing for the vote on Oct. 20.", _MONDAY) == [
        ("Oct. 20", "2013-10-20")
    ]
    # a past one or none leaves it the nearest
    text = "Weeks after the election on Oct. 7, Chavez fell ill."
    assert _values(text, _MONDAY) == [("Oct. 7", "2012-10-07")]


def test_a_which_clause_after_a_day_ahead_does_not_make_it_past() -> None:
    text = "Parliament will vote on Tuesday, which was originally set as the deadline."
    assert _values(text, _MONDAY) == [("Tuesday", "2013-03-19")]
    text = "Parliament postponed the vote until Tuesday, when it rejected the levy."
    assert _values(text) == [("Tuesday", "2013-03-19")]


def test_ahead_of_an_occasion_with_a_longer_name() -> None:
    text = "Stocks fell on Friday ahead of the release of U.S. inflation data on Tuesday."
    assert _values(text, _MONDAY) == [("Friday", "2013-03-15"), ("Tuesday", "2013-03-19")]
    text = "Stocks fell on Friday ahead of a report on jobless claims on Thursday."
    assert _values(text) == [("Friday", "2013-03-15"), ("Thursday", "2013-03-21")]


def test_until_at_least_a_month() -> None:
    text = "Boeing 787s will remain grounded until at least May."
    assert _values(text, _MONDAY) == [("May", "2013-05")]
    assert _values("She spoke to at least May and two others.", _MONDAY) == []


def test_a_day_of_this_year_in_focus_leaves_the_year_of_a_period_to_the_tense() -> None:
    text = "The office said on Tuesday that jobs fell in the last three months of the year."
    assert _values(text, _MONDAY) == [
        ("Tuesday", "2013-03-12"),
        ("the last three months of the year", "2012-Q4"),
    ]
    text = "The economy will grow in the second half of the year, the office said on Friday."
    assert _values(text, _MONDAY)[0] == ("the second half of the year", "2013-H2")
    # a day of another year still lends its year
    text = "On Dec. 5, 2011, he resigned. The economy shrank in the second half of the year."
    assert _values(text, _MONDAY)[-1] == ("the second half of the year", "2011-H2")


def test_a_reports_day_after_a_period_its_sentence_dates_is_no_focus() -> None:
    text = (
        "Album sales fell 3 percent in February, Nielsen said on Thursday. "
        "They had risen 2 percent the previous month."
    )
    assert _values(text)[-1] == ("the previous month", "2013-01")
    text = "The show ended in 2011, the network said on Monday. It was revived the following year."
    assert _values(text)[-1] == ("the following year", "2012")


def test_the_week_before_a_week_in_focus() -> None:
    text = "The show drew 19.5 million viewers last week, up from 18.9 million the week before."
    assert _values(text)[-1] == ("the week before", "2013-W10")
    # after a day, the week before that day's
    assert _values("He arrived on March 3. The week before, he was in Paris.")[-1] == (
        "The week before",
        "2013-W08",
    )


def test_the_years_best_is_the_year_in_focus() -> None:
    text = "The film opened on March 8 with $79.1 million, the year's biggest debut so far."
    assert _values(text)[-1] == ("the year", "2013")
    assert _values("It was the month's highest-rated broadcast.") == [("the month", "2013-03")]
    assert _values("In 2009, it was the year's top film.")[-1] == ("the year", "2009")
    assert _values("The Year's Best Poems were published.") == []


def test_an_intent_settled_on_a_day_told_before_its_to_still_looks_ahead() -> None:
    text = "The school board voted last week to close 23 schools in June."
    assert _values(text)[-1] == ("June", "2013-06")
    text = "The transit agency agreed last month to raise fares in July."
    assert _values(text)[-1] == ("July", "2013-07")
    # the day of the decision itself stays where it was
    assert _values("The board voted on Tuesday to approve the budget.") == [
        ("Tuesday", "2013-03-19")
    ]
    assert _values("Lawmakers voted in December to extend the program.") == [
        ("December", "2012-12")
    ]


def test_titles_of_programmes_and_quotations_a_speaker_splits() -> None:
    assert _values('Rubio said on "Fox News Sunday" that the bill would wait.') == []
    assert _values("Boehner told Fox News Sunday that taxes would not rise.") == []
    assert _values('Boehner appeared on Sunday\'s "Face the Nation" show.') == [
        ("Sunday's", "2013-03-17")
    ]
    # a one-word quotation is no title
    assert _values('"Today," he said, "we begin a new chapter."') == [("Today", "2013-03-20")]
    assert _values('Bowie\'s "The Next Day," released last week, topped the charts.') == [
        ("last week", "2013-W11")
    ]


def test_a_past_that_did_not_come_to_be_is_the_nearest() -> None:
    text = "Kenyatta won just enough to avoid a runoff that would have been held on April 11."
    assert _values(text) == [("April 11", "2013-04-11")]
    text = "The vote would have taken place in January if the court had not intervened."
    assert _values(text) == [("January", "2013-01")]


def test_a_months_occasion_in_the_possessive() -> None:
    text = "Musharraf will return home on Sunday to contest May's general election."
    assert _values(text)[-1] == ("May", "2013-05")
    assert _values("He criticised Theresa May's general election plans.") == []


def test_a_noun_after_this_or_that_and_a_deadline_to_meet() -> None:
    assert _values("Parliament rejected that plan on Tuesday.") == [("Tuesday", "2013-03-19")]
    saturday = dt.date(2013, 3, 23)
    text = "Lawmakers raced to meet a Monday deadline set by the European Central Bank."
    assert _values(text, saturday) == [("Monday", "2013-03-25")]
    assert _values("Negotiators failed to meet a Monday deadline.", saturday) == [
        ("Monday", "2013-03-18")
    ]
    # a deadline's day is no focus for what follows
    text = (
        "Parliament approved the measures on Friday, as lawmakers raced to meet a Monday "
        "deadline. The deal had been agreed the previous weekend."
    )
    assert _values(text, saturday)[-1] == ("the previous weekend", "2013-W11-WE")


def test_a_ruling_to_be_appealed_and_a_guess_at_a_past() -> None:
    text = "The defense said Tuesday's ruling would be appealed."
    assert _values(text) == [("Tuesday's", "2013-03-19")]
    assert _values("Thursday's decision will be closely watched.") == [("Thursday's", "2013-03-21")]
    text = "A battery fire in January may have been caused by a short circuit."
    assert _values(text) == [("January", "2013-01")]


def test_the_next_year_seen_from_a_past_in_focus() -> None:
    text = (
        "In 2010, NASA said the rover would launch the next year. "
        "In January, the company said it would cut prices the next month."
    )
    assert _values(text) == [
        ("2010", "2010"),
        ("the next year", "2011"),
        ("January", "2013-01"),
        ("the next month", "2013-02"),
    ]
    assert _values("The company will double sales the next year.") == [("the next year", "2014")]


def test_a_weekday_that_comes() -> None:
    assert _values("The vote comes Thursday.") == [("Thursday", "2013-03-21")]
    assert _values("The report comes out Friday.") == [("Friday", "2013-03-22")]
    text = "The visit comes two months after talks in January."
    assert _values(text) == [("January", "2013-01")]


def test_a_past_year_that_qualifies_the_subject_lends_its_year() -> None:
    assert _values("The 2011 season peaked in February.")[-1] == ("February", "2011-02")
    assert _values("Last year's flu season peaked in mid-March.")[-1] == ("mid-March", "2012-03")
    # not to a future
    assert _values("The 2014 budget will be presented in April.")[-1] == ("April", "2013-04")


def test_years_a_purpose_names_lend_no_year_and_as_early_as_a_season() -> None:
    text = "Italy must pass a budget for 2013 and 2014 by the end of June."
    assert _values(text)[-1] == ("the end of June", "2013-06")
    text = "Royal Mail could come to market as early as the autumn, Cable said last week."
    assert _values(text)[0] == ("autumn", "2013-FA")


def test_an_anchored_year_lends_its_year_and_what_held_through_a_day() -> None:
    text = "A year earlier, in March, the company had cut 500 jobs."
    assert _values(text) == [("A year earlier", "2012"), ("March", "2012-03")]
    assert _values("The truce held through the weekend.") == [("the weekend", "2013-W11-WE")]
    assert _values("The meeting will be held through Friday.") == [("Friday", "2013-03-22")]


def test_the_rules_of_this_round_hold_back_where_they_misread() -> None:
    # a marker far back counts only in the same clause
    text = (
        "Shares of Apple were in focus again as the company faces a shareholder suit over its "
        "cash pile, despite the strong rebound in its stock price on Monday."
    )
    assert _values(text) == [("Monday", "2013-03-18")]
    # a saying's weekday may be what it tells of
    text = "Parliament postponed the vote, with Omirou saying Thursday would be the earliest date."
    assert _values(text) == [("Thursday", "2013-03-21")]
    # a plan named as a noun is no future verb
    text = (
        "Democrats unveil a budget, in contrast with the House plan from Rep. Paul Ryan on Tuesday."
    )
    assert _values(text) == [("Tuesday", "2013-03-19")]
    assert _values("Lawmakers are racing to meet a Monday deadline.") == [("Monday", "2013-03-25")]
    # the results of a vote, and a vote before what followed it, are of one gone
    text = "Analysts are still digesting the results of the vote on Sunday in Cyprus."
    assert _values(text) == [("Sunday", "2013-03-17")]
    text = "Odinga is challenging the result of the election on March 4 in the Supreme Court."
    assert _values(text) == [("March 4", "2013-03-04")]
    text = "Markets will remain jittery after the sell-off on Monday, which wiped $50 billion."
    assert _values(text) == [("Monday", "2013-03-18")]
    # a period ahead a plan is for
    text = "On Tuesday, BMW said it had sold out its production for the second half of the year."
    assert _values(text)[-1] == ("the second half of the year", "2013-H2")
    # "have to" is no perfect; a weekday that did not come to be is one gone
    text = "Any deal on Monday will have to be approved by parliament."
    assert _values(text) == [("Monday", "2013-03-25")]
    text = "The match could have been played on Sunday, but officials postponed it."
    assert _values(text) == [("Sunday", "2013-03-17")]
    # a quoted programme holds no verb of the clause, "Saturday Night Live" is no date
    monday = dt.date(2013, 3, 25)
    text = 'Sunday\'s "Meet the Press" featured an interview with Rand Paul.'
    assert _values(text, monday) == [("Sunday's", "2013-03-24")]
    assert _values('The pope was lampooned on "Saturday Night Live" last week.') == [
        ("last week", "2013-W11")
    ]
    # a year range or another clause's year lends none
    assert _values("The 2012-13 flu season peaked in January.")[-1] == ("January", "2013-01")
    text = "The 2011 season peaked in February, and this year's peaked in January."
    assert _values(text)[-1] == ("January", "2013-01")


def test_europe_round_a_half_over_an_aside_year_an_occasion_ahead_and_later_than() -> None:
    march = dt.date(2013, 3, 17)
    text = "The economy grew in the first half but contracted in the second half."
    assert _values(text, march) == [("the first half", "2012-H1"), ("the second half", "2012-H2")]
    text = "Hollande, elected last May, has promised to cut unemployment by the end of the year."
    assert _values(text, march)[-1] == ("the end of the year", "2013")
    text = "Merkel will face voters in the September election."
    assert _values(text, march) == [("September", "2013-09")]
    text = "The deficit must fall below 3 percent no later than 2018."
    assert _values(text, march) == [("2018", "2018")]
    assert _values("More than 2015 people died.", march) == []


def test_ahead_of_talks_in_a_month_and_the_day_a_clause_names() -> None:
    tuesday = dt.date(2013, 3, 19)
    assert _values("Troops were deployed ahead of talks in April.", tuesday) == [
        ("April", "2013-04")
    ]
    assert _values("Two U.S. attaches were expelled on the day Chavez died.", tuesday) == []
    assert _values("She was fired on the day he was sworn in.", tuesday) == []


def test_an_anniversary_a_country_marks_on_a_weekday_is_ahead() -> None:
    tuesday = dt.date(2013, 3, 19)
    text = "Mali marks the first anniversary of the coup on Friday."
    assert _values(text, tuesday) == [("Friday", "2013-03-22")]
    text = "The country marked the anniversary of the coup on Friday."
    assert _values(text, tuesday) == [("Friday", "2013-03-15")]


def test_a_deadline_of_a_day_is_the_nearest_and_a_quoted_sayings_day_no_focus() -> None:
    tuesday = dt.date(2013, 3, 19)
    text = "The vote is set for April 10, after the original deadline of March 1."
    assert _values(text, tuesday) == [("April 10", "2013-04-10"), ("March 1", "2013-03-01")]
    text = (
        'Ryan released his budget on March 12. "We owe the American people a balanced '
        'budget," Ryan said at a news conference on Tuesday. Senate Democrats released '
        "their own budget a day later."
    )
    assert _values(text, tuesday)[-1] == ("a day later", "2013-03-13")


def test_a_game_quarter_a_trial_put_off_and_a_season_scheduled() -> None:
    text = "They were down 67-40 in the third quarter in Cleveland."
    assert _values(text) == []
    assert _values("LeBron James had 10 points in the first quarter.") == []
    assert _values("The judge refused to delay the June trial.") == [("June", "2013-06")]
    assert _values("The judge postponed the October hearing.") == [("October", "2013-10")]
    assert _values("The trial is scheduled for the fall.") == [("fall", "2013-FA")]
    assert _values("Products in the pipeline for the fall sold well.") == [("fall", "2012-FA")]


def test_a_market_wraps_week_and_year_are_the_reports() -> None:
    friday = dt.date(2013, 3, 22)
    text = "The Dow hit a record of 14,539 on March 14. For the week, it fell 0.1 percent."
    assert _values(text, friday)[-1] == ("the week", "2013-W12")
    text = (
        "The record close was 1,565.15 on Oct. 9, 2007. For the year, the S&P 500 is up 9 percent."
    )
    assert _values(text, friday)[-1] == ("the year", "2013")
    assert _values("In 2012, sales rose. For the year, profit fell.", friday)[-1] == (
        "the year",
        "2012",
    )


def test_last_years_show_is_a_date_and_todays_show_a_title() -> None:
    assert _values("Last year's show drew 40 million viewers.") == [("Last year's", "2012")]
    assert _values("She appeared on NBC's Today show.") == []


def test_h71_review_votes_counted_a_year_ago_night_shows_and_held_ahead() -> None:
    assert _values("The party won 8 million votes in February.") == [("February", "2013-02")]
    text = "A year ago, in March, Putin won the presidential election."
    assert _values(text) == [("A year ago", "2012"), ("March", "2012-03")]
    assert _values("The Monday Night Football game drew 15 million viewers.") == []
    text = "Voting will take place in stages held through April."
    assert _values(text) == [("April", "2013-04")]
    text = '"This is a disaster," Anastasiades said on Sunday. Two days later, parliament voted.'
    assert _values(text) == [("Sunday", "2013-03-17"), ("Two days later", "2013-03-19")]


def test_a_squad_named_for_a_match_ahead() -> None:
    text = "Hodgson named his squad for the qualifier against San Marino on Friday."
    assert _values(text) == [("Friday", "2013-03-22")]
    assert _values("The coach named his team for Saturday's derby.") == [
        ("Saturday's", "2013-03-23")
    ]
    assert _values("The team beat Spain on Friday.") == [("Friday", "2013-03-15")]


def test_the_third_victory_of_the_year_is_the_year_in_focus() -> None:
    text = "He won his third victory of the year on Sunday."
    assert _values(text) == [("the year", "2013"), ("Sunday", "2013-03-17")]
    assert _values("He was named Player of the Year.") == []
    assert _values("The first day of the year was quiet.") == []


def test_h72_local_copy_chances_budgets_and_schedules() -> None:
    monday = dt.date(2013, 3, 18)
    text = "Forecasters said more storms were possible Thursday."
    assert _values(text, monday) == [("Thursday", "2013-03-21")]
    text = "The council approved a budget for the fiscal year ending June 30."
    assert _values(text, monday) == [("the fiscal year", "FY2013"), ("June 30", "2013-06-30")]
    assert _values("Sentencing was set for Oct. 3.", monday) == [("Oct. 3", "2013-10-03")]
    # a plan as it stood not long ago, or in a past perfect, stays the nearest
    assert _values("The vote was expected on Feb. 4.", monday) == [("Feb. 4", "2013-02-04")]
    assert _values("The hearing had been scheduled for Nov. 18.", monday) == [
        ("Nov. 18", "2012-11-18")
    ]


def test_ahead_of_the_budget_on_wednesday() -> None:
    text = "Inflation rose on Tuesday ahead of Chancellor George Osborne's budget on Wednesday."
    assert _values(text, dt.date(2013, 3, 19)) == [
        ("Tuesday", "2013-03-19"),
        ("Wednesday", "2013-03-20"),
    ]


def test_rules_coming_into_force_from_a_weekday() -> None:
    assert _values("The new rules come into force from Monday.") == [("Monday", "2013-03-25")]
    assert _values("The cuts took effect from Monday.") == [("Monday", "2013-03-18")]


def test_h76_review_a_sayings_own_day_and_a_plan_told_as_an_aside() -> None:
    friday = dt.date(2013, 3, 22)
    text = "Officials said Wednesday that a deal was likely Thursday."
    assert _values(text, friday) == [("Wednesday", "2013-03-20"), ("Thursday", "2013-03-21")]
    text = "The vote, which was scheduled for Nov. 6, saw Obama re-elected."
    assert _values(text, friday) == [("Nov. 6", "2012-11-06")]
    text = "The hearing was scheduled for Oct. 3, officials said."
    assert _values(text, friday) == [("Oct. 3", "2013-10-03")]


def test_the_end_of_the_summer() -> None:
    assert _values("The study is due by the end of the summer.") == [("summer", "2013-SU")]
    assert _values("Winter wheat prices fell.") == []


def test_an_anchored_expression_beside_a_date_restates_it() -> None:
    text = "He was arrested on Monday and charged on Tuesday, a day later."
    assert _values(text)[-1] == ("a day later", "2013-03-19")
    assert _values("The company went public in 1995, five years later.")[-1] == (
        "five years later",
        "1995",
    )


def test_since_the_start_of_the_year_is_this_years() -> None:
    text = "The index has doubled since 2009 and has gained 11 percent since the start of the year."
    assert _values(text)[-1] == ("the start of the year", "2013")
    text = "In 2009 the index fell, and by the end of the year it had lost 40 percent."
    assert _values(text)[-1] == ("the end of the year", "2009")


def test_the_summer_of_the_story_told() -> None:
    text = "The uprising began in March 2011. By the summer, rebels held much of the north."
    assert _values(text)[-1] == ("summer", "2011-SU")
    text = "The talks began in November 2011. By the spring, they had collapsed."
    assert _values(text)[-1] == ("spring", "2012-SP")


def test_going_somewhere_is_no_plan() -> None:
    text = "The bus was going from Cusco to Arequipa on Tuesday when it plunged into a ravine."
    assert _values(text) == [("Tuesday", "2013-03-19")]
    assert _values("He is going to resign on Friday.") == [("Friday", "2013-03-22")]


def test_h80_review() -> None:
    text = "The company said on Tuesday that by the end of the summer it would close the plant."
    assert _values(text)[-1] == ("summer", "2013-SU")
    text = "Mandela was freed in 1990, four years later becoming president."
    assert _values(text)[-1] == ("four years later", "1994")
    text = "The workers were going to Lima on Monday when they were stopped."
    assert _values(text) == [("Monday", "2013-03-18")]
    text = "The firm was founded in 2011. It is the biggest deal of the year."
    assert _values(text)[-1] == ("the year", "2013")


def test_a_season_looked_forward_to_and_a_superlative_month() -> None:
    assert _values("The talks could drag on to the summer.") == [("summer", "2013-SU")]
    assert _values("He went to the summer palace.") == []
    text = "Britain endured its coldest March in more than 50 years this month."
    assert _values(text)[0] == ("March", "2013-03")
