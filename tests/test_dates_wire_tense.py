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
    assert _values("Lawmakers failed to meet a Monday deadline to pass it.") == [
        ("Monday", "2013-03-18")
    ]
    assert _values("The Wednesday deadline passed without a deal.") == [("Wednesday", "2013-03-20")]


def test_more_than_expected_is_a_comparison_not_a_plan() -> None:
    anchor = dt.date(2013, 4, 11)
    assert _values("Retail sales rose more than expected on Tuesday.", anchor) == [
        ("Tuesday", "2013-04-09")
    ]
    assert _values("Alcoa reported better-than-expected earnings on Monday.", anchor) == [
        ("Monday", "2013-04-08")
    ]
    assert _values("Sales rose on Tuesday, more than expected.", anchor) == [
        ("Tuesday", "2013-04-09")
    ]
    assert _values("On Tuesday, as expected, the index rose.", anchor) == [
        ("Tuesday", "2013-04-09")
    ]


def test_a_noun_that_is_also_a_verb_after_a_modifier_or_a_past_verb() -> None:
    assert _values("Obama made a surprise visit to Kabul on Sunday.") == [("Sunday", "2013-03-17")]
    assert _values("The government unveiled a bailout plan on Monday.") == [
        ("Monday", "2013-03-18")
    ]
    assert _values("Rain halted play on Sunday.") == [("Sunday", "2013-03-17")]
    # A subject before its verb is no modifier.
    assert _values("The Lakers host the Warriors on Saturday.") == [("Saturday", "2013-03-23")]


def test_a_past_participle_right_before_the_day_keeps_it_from_the_modal_after() -> None:
    text = "The rules announced on Monday will take effect in May."
    assert _values(text) == [("Monday", "2013-03-18"), ("May", "2013-05")]


def test_a_past_state_lasts_until_a_past_day() -> None:
    assert _values("The suspect was held until Tuesday, when he was released.") == [
        ("Tuesday", "2013-03-19")
    ]
    assert _values("The airport stayed shut until Monday.") == [("Monday", "2013-03-18")]
    assert _values("Banks will remain closed until Tuesday.") == [("Tuesday", "2013-03-26")]
    assert _values("The trial was postponed until Tuesday.") == [("Tuesday", "2013-03-26")]


def test_what_follows_before_an_ing_form_comes_after_the_verb() -> None:
    text = "Snow is expected through Wednesday, before easing on Thursday."
    assert _values(text, dt.date(2013, 3, 19))[-1] == ("Thursday", "2013-03-21")


def test_present_tenses_of_a_schedule_look_ahead() -> None:
    anchor = dt.date(2013, 3, 21)
    assert _values("Voters go to the polls on Sunday.", anchor) == [("Sunday", "2013-03-24")]
    assert _values("The new rules come into force on Monday.", anchor) == [("Monday", "2013-03-25")]
    assert _values("The spring equinox falls on Wednesday.", anchor) == [
        ("Wednesday", "2013-03-27")
    ]
    assert _values("The rules came into force on Monday.", anchor) == [("Monday", "2013-03-18")]
    text = '"Dune" hit theaters on Friday and took in $81 million.'
    assert _values(text, anchor) == [("Friday", "2013-03-15")]
    anchor = dt.date(2013, 3, 26)
    assert _values("The Red Sox open the season Monday.", anchor) == [("Monday", "2013-04-01")]
    assert _values("Polls close Sunday.", anchor) == [("Sunday", "2013-03-31")]


def test_a_past_year_lends_nothing_to_a_date_told_ahead() -> None:
    text = "Mourinho, who left Chelsea in September 2007, is expected to be unveiled in early June."
    assert _values(text, dt.date(2013, 3, 29))[-1] == ("early June", "2013-06")


def test_can_looks_ahead() -> None:
    anchor = dt.date(2013, 4, 23)
    assert _values("United can clinch the title on Saturday.", anchor) == [
        ("Saturday", "2013-04-27")
    ]
    assert _values("He cannot remember what happened on Saturday.", anchor) == [
        ("Saturday", "2013-04-20")
    ]


def test_until_a_day_the_role_in_an_aside_looks_back() -> None:
    text = (
        "The 76-year-old Argentine, until Wednesday the archbishop of Buenos Aires, will be "
        "formally installed next week."
    )
    assert _values(text, dt.date(2013, 3, 14))[0] == ("Wednesday", "2013-03-13")


def test_a_date_after_a_settled_vote_or_decision_is_the_day_of_it() -> None:
    assert _values("The House voted to approve the bill on Thursday.") == [
        ("Thursday", "2013-03-21")
    ]
    assert _values("The company decided to replace the batteries on Feb. 1.") == [
        ("Feb. 1", "2013-02-01")
    ]
    # A meeting agreed on, and what was promised, still lie ahead.
    assert _values("The leaders agreed to meet again on Friday.") == [("Friday", "2013-03-22")]
    assert _values("The rebels agreed to hold talks on Monday.") == [("Monday", "2013-03-25")]
    assert _values("He promised to leave on Oct. 31.") == [("Oct. 31", "2013-10-31")]


def test_a_present_tense_of_a_schedule_looks_ahead() -> None:
    assert _values("The court hears arguments Tuesday.") == [("Tuesday", "2013-03-26")]
    assert _values("The Fed releases its statement on Wednesday.") == [("Wednesday", "2013-03-27")]
    assert _values("The committee holds a hearing on Tuesday.") == [("Tuesday", "2013-03-26")]
    assert _values("Bernanke testifies before Congress on Thursday.") == [
        ("Thursday", "2013-03-28")
    ]
    # The nouns of the same spelling tell no tense: the past verb does.
    assert _values("The heads of state met on Tuesday.") == [("Tuesday", "2013-03-19")]


def test_a_future_told_in_the_past_is_seen_from_when_it_was_told() -> None:
    wednesday = dt.date(2013, 3, 20)
    text = "Officials said on Monday that the bodies would be buried on Tuesday."
    assert _values(text, wednesday) == [("Monday", "2013-03-18"), ("Tuesday", "2013-03-19")]
    text = "Musharraf had announced in November that he would return in January."
    assert _values(text, wednesday) == [("November", "2012-11"), ("January", "2013-01")]
    # Said days ago, the January ahead of that day is still the next one.
    text = "The minister said on Tuesday the government would announce the budget in January."
    assert _values(text, wednesday) == [("Tuesday", "2013-03-19"), ("January", "2014-01")]
    # A plan as it stood then is the nearest such date, whichever side.
    assert _values("The budget was due on Feb. 4.", wednesday) == [("Feb. 4", "2013-02-04")]
    assert _values("The election had been scheduled for April 20.", wednesday) == [
        ("April 20", "2013-04-20")
    ]
    assert _values("The record was set in May.", wednesday) == [("May", "2012-05")]


def test_what_a_clause_happens_ahead_of_is_still_to_come() -> None:
    text = "Police were deployed in Harare on Wednesday ahead of Thursday's ruling."
    assert _values(text) == [("Wednesday", "2013-03-20"), ("Thursday's", "2013-03-21")]
    text = "Mtetwa remains in custody ahead of a bail hearing on Thursday."
    assert _values(text) == [("Thursday", "2013-03-28")]
    text = "The House approved the bill on Thursday, ahead of a deadline on March 27."
    assert _values(text) == [("Thursday", "2013-03-21"), ("March 27", "2013-03-27")]
    # "on Tuesday" after a thing that is no set occasion may tell when they rose.
    assert _values("Shares rose ahead of results on Tuesday.") == [("Tuesday", "2013-03-19")]


def test_the_period_an_outlook_is_for_runs_now_or_lies_ahead() -> None:
    wednesday = dt.date(2013, 3, 20)
    text = "The company reaffirmed its outlook for the fiscal year ending May 26."
    assert _values(text, wednesday) == [("the fiscal year", "FY2013"), ("May 26", "2013-05-26")]
    text = "It cut its forecast for the quarter ending June 30."
    assert _values(text, wednesday) == [("the quarter", "2013-Q2"), ("June 30", "2013-06-30")]
    # A year told of as over keeps the tense of its verb.
    text = "In the fiscal year ending June 30, sales rose 3 percent."
    assert _values(text, dt.date(1998, 2, 13))[1] == ("June 30", "1997-06-30")


def test_may_after_a_schedule_is_the_month() -> None:
    assert _values("The next round is scheduled for May in Lima.") == [("May", "2013-05")]
    assert _values("Elections are planned for May.") == [("May", "2013-05")]
    assert _values("Labour voters voted for May.") == []


def test_a_year_given_in_a_relative_clause_stays_in_it() -> None:
    text = "Ryan, who was elected to Congress in November 1998, unveiled the plan on March 12."
    assert _values(text) == [("November 1998", "1998-11"), ("March 12", "2013-03-12")]
    # Outside a relative clause the year still carries on.
    text = "He was elected in November 1998, and took office on Jan. 3."
    assert _values(text) == [("November 1998", "1998-11"), ("Jan. 3", "1999-01-03")]


def test_a_unit_counted_from_a_longer_period_in_focus_needs_a_day_told_just_before() -> None:
    monday = dt.date(2013, 3, 18)
    text = (
        "The rebels signed a peace deal on Jan. 11, ending an offensive that began in "
        "December. A unity government was formed the following week."
    )
    assert _values(text, monday)[2] == ("the following week", "2013-W03")
    # With no such day, no week or day of December or 2008 is known: nothing, not
    # one counted from the publication date.
    text = (
        "Parliament voted on the bill in December. The cabinet had approved it the previous week."
    )
    assert _values(text, monday) == [("December", "2012-12")]
    text = "The crisis peaked in September 2008. The Fed had cut rates the previous day."
    assert _values(text, monday) == [("September 2008", "2008-09")]


def test_the_middle_and_end_of_a_year_and_of_a_fiscal_year() -> None:
    thursday = dt.date(2013, 3, 21)
    text = "Boeing expects to resume deliveries by mid-year."
    assert _values(text, thursday) == [("mid-year", "2013")]
    assert _values("Prices have risen since midyear.", thursday) == [("midyear", "2012")]
    text = "The agency must cut $85 billion by the end of the fiscal year."
    assert _values(text, thursday) == [("the end of the fiscal year", "FY2013")]


def test_a_day_s_own_thing_is_not_the_day_counted_from() -> None:
    thursday = dt.date(2013, 3, 21)
    text = (
        "Syria's envoy asked Ban on Wednesday to investigate Tuesday's attack near Aleppo. "
        "Britain and France wrote to Ban the same day."
    )
    assert _values(text, thursday) == [
        ("Wednesday", "2013-03-20"),
        ("Tuesday's", "2013-03-19"),
        ("the same day", "2013-03-20"),
    ]


def test_unlikely_or_on_track_to_looks_ahead() -> None:
    friday = dt.date(2013, 3, 15)
    text = "Officials said Japan was unlikely to take part in the talks before July."
    assert _values(text, friday) == [("July", "2013-07")]
    assert _values("Japan was on track to join the talks in July.", friday) == [("July", "2013-07")]


def test_a_deadline_given_until_a_day_lies_ahead() -> None:
    monday = dt.date(2013, 3, 18)
    text = "The rebels gave Bozize until Wednesday to release prisoners."
    assert _values(text, monday) == [("Wednesday", "2013-03-20")]
    assert _values("He stayed until Wednesday.", monday) == [("Wednesday", "2013-03-13")]


def test_a_date_moved_to_after_the_object_of_the_verb_lies_ahead() -> None:
    wednesday = dt.date(2013, 3, 20)
    assert _values("The court postponed the hearing to Monday.", wednesday) == [
        ("Monday", "2013-03-25")
    ]
    # "to" before a noun, not the date: the verb's own tense.
    assert _values("They moved the money to accounts on Monday.", wednesday) == [
        ("Monday", "2013-03-18")
    ]
    assert _values("The union agreed to a contract on Wednesday.", wednesday) == [
        ("Wednesday", "2013-03-20")
    ]


def test_an_adjective_made_of_a_past_form_tells_no_tense() -> None:
    wednesday = dt.date(2013, 3, 20)
    assert _values("Michigan will meet top-seeded Kansas on Friday.", wednesday) == [
        ("Friday", "2013-03-22")
    ]
    text = "Obama will host the newly elected Chinese president on Thursday."
    assert _values(text, wednesday) == [("Thursday", "2013-03-21")]
    # A hyphenated verb still tells the past.
    assert _values("North Korea test-fired missiles on Tuesday.", wednesday) == [
        ("Tuesday", "2013-03-19")
    ]


def test_a_day_s_set_occasion_told_in_the_present_lies_ahead() -> None:
    thursday = dt.date(2013, 3, 21)
    assert _values("Lawmakers are preparing for Friday's vote.", thursday) == [
        ("Friday's", "2013-03-22")
    ]
    text = "Ahead of Sunday's runoff, the candidates held rallies in the capital."
    assert _values(text, thursday) == [("Sunday's", "2013-03-24")]
    # Not what happened on a day ("Monday's attack").
    assert _values("Monday's attack is the worst in years.", thursday) == [
        ("Monday's", "2013-03-18")
    ]


def test_newspapers_named_for_a_day_are_no_dates_and_into_march_is_one() -> None:
    monday = dt.date(2013, 3, 18)
    assert _values("His uncle told the Sunday Times.", monday) == []
    assert _values("He told the Mail on Sunday that he was innocent.", monday) == []
    assert _values("Negotiations dragged on into March.", monday) == [("March", "2013-03")]


def test_counterexamples_to_this_round_of_rules_hold() -> None:
    wednesday = dt.date(2013, 3, 20)
    # A past intent is a future seen from then (the year in focus stays).
    text = (
        "Portugal requested the bailout in April 2011. It promised to return to markets "
        "in the second half of the year."
    )
    assert _values(text, dt.date(2013, 5, 10))[1] == ("the second half of the year", "2011-H2")
    # A decision's date is the nearest such date, a bare weekday the last one.
    text = "Party leaders decided to call a snap election on April 28."
    assert _values(text, wednesday) == [("April 28", "2013-04-28")]
    assert _values("Finance ministers agreed to reconvene on Sunday.", wednesday) == [
        ("Sunday", "2013-03-24")
    ]
    assert _values("The parties agreed to extend the deadline to Friday.", wednesday) == [
        ("Friday", "2013-03-22")
    ]
    # "would" in a clause before ", but" does not reach the next one.
    text = (
        "Jobs said in a 2010 interview that Apple would never make a TV set, but the "
        "company now plans to unveil one in June."
    )
    assert _values(text, wednesday)[-1] == ("June", "2013-06")
    # A date in focus inside a closed relative clause is no time a future is seen from.
    text = (
        "The company, which filed for bankruptcy in November 2011, said it would emerge "
        "from court protection in June."
    )
    assert _values(text, wednesday)[-1] == ("June", "2013-06")
    # An outlook's year is not over.
    text = "Apple raised its revenue forecast for the fiscal year ending Sept. 28."
    assert _values(text, dt.date(2013, 1, 24)) == [
        ("the fiscal year", "FY2013"),
        ("Sept. 28", "2013-09-28"),
    ]
    # A full date's own comma does not close the clause it is in.
    text = "Smith, who was elected on Oct. 7, 2008, resigned on March 12."
    assert _values(text, wednesday)[-1] == ("March 12", "2013-03-12")
    # A day before a longer period told of after it is no day to count from.
    text = (
        "Obama was sworn in on Jan. 21. In February, he unveiled his budget plan, and the "
        "following week he met Republican leaders."
    )
    assert [v for v, _ in _values(text, wednesday)] == ["Jan. 21", "February"]
    # The day of a thing a sentence opens with is counted from.
    text = "Tuesday's attack killed 12 people. The same day, a second bomb exploded."
    assert _values(text, wednesday)[1] == ("The same day", "2013-03-19")
    # A recap of what was unlikely keeps the past.
    text = "The team was unlikely to win on Sunday, and it lost 3-0."
    assert _values(text, wednesday) == [("Sunday", "2013-03-17")]


def test_a_past_in_an_aside_or_a_relative_clause_keeps_its_date_behind() -> None:
    thursday = dt.date(2013, 3, 21)
    text = "The drug, approved by the FDA on Friday, will cost $54,900 a year."
    assert _values(text, thursday) == [("Friday", "2013-03-15")]
    text = "Spending cuts that took effect on March 1 will hurt growth."
    assert _values(text, thursday) == [("March 1", "2013-03-01")]
    text = "The fire that broke out on Friday could burn for days."
    assert _values(text, thursday) == [("Friday", "2013-03-15")]


def test_taking_effect_in_the_present_lies_ahead() -> None:
    thursday = dt.date(2013, 3, 21)
    assert _values("The new rules take effect on Jan. 1.", thursday) == [("Jan. 1", "2014-01-01")]
    assert _values("The tax kicks in on Monday.", thursday) == [("Monday", "2013-03-25")]
    assert _values("The rules took effect on Monday.", thursday) == [("Monday", "2013-03-18")]


def test_the_quarter_after_a_report_day_is_the_quarter_reported_on() -> None:
    text = (
        "Google will report first-quarter results on April 18. Analysts expect revenue of "
        "$14 billion for the quarter."
    )
    assert _values(text)[-1] == ("the quarter", "2013-Q1")


def test_a_former_plan_takes_the_nearest_year() -> None:
    monday = dt.date(2013, 3, 25)
    text = "Biogen had originally expected a decision in December."
    assert _values(text, monday) == [("December", "2012-12")]
    text = "The company had planned to launch the phone in January."
    assert _values(text, monday) == [("January", "2013-01")]


def test_a_day_named_for_what_can_only_have_happened_is_behind() -> None:
    tuesday = dt.date(2013, 3, 19)
    assert _values("Holmes is charged in the July 20 shooting.", tuesday) == [
        ("July 20", "2012-07-20")
    ]


def test_a_fiscal_year_ended_in_a_month_of_a_year_is_that_one() -> None:
    text = "Sony lost 456.7 billion yen in the fiscal year ended March 2012."
    assert _values(text, dt.date(2013, 3, 15)) == [
        ("the fiscal year", "FY2012"),
        ("March 2012", "2012-03"),
    ]


def test_beat_is_a_past_unless_a_modal_or_to_leads_it() -> None:
    saturday = dt.date(2013, 3, 23)
    text = "Louisville beat North Carolina A&T on Thursday and plays Colorado State on Saturday."
    assert _values(text, saturday) == [("Thursday", "2013-03-21"), ("Saturday", "2013-03-23")]
    assert _values("The team hopes to beat Chelsea on Sunday.", saturday) == [
        ("Sunday", "2013-03-24")
    ]


def test_months_counted_from_a_year_name_a_year_or_nothing() -> None:
    sunday = dt.date(2013, 3, 17)
    text = "He won the title last year. Twelve months earlier he had been fired."
    assert _values(text, sunday) == [("last year", "2012"), ("Twelve months earlier", "2011")]
    text = "The war began in 2010. Six months later, the rebels took the city."
    assert _values(text, sunday) == [("2010", "2010")]


def test_what_one_wants_done_lies_ahead() -> None:
    assert _values("Mugabe wants elections held by June.", dt.date(2013, 3, 19)) == [
        ("June", "2013-06")
    ]


def test_a_present_under_when_after_a_future_lies_ahead() -> None:
    friday = dt.date(2013, 3, 15)
    text = "The results will be known when they are announced on Sunday."
    assert _values(text, friday) == [("Sunday", "2013-03-17")]
    text = "He is expected to be named minister when the cabinet is announced on Sunday."
    assert _values(text, friday) == [("Sunday", "2013-03-17")]
    text = "The results were known when they were announced on Sunday."
    assert _values(text, friday) == [("Sunday", "2013-03-10")]


def test_a_schedule_verb_after_a_possessive_is_a_noun() -> None:
    wednesday = dt.date(2013, 3, 20)
    text = "The Senate's debates on Monday over gun control grew heated."
    assert _values(text, wednesday) == [("Monday", "2013-03-18")]
    assert _values("Let's meet on Friday.", wednesday) == [("Friday", "2013-03-22")]
