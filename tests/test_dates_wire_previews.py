"""Wire phrasings whose words, not the clause's verb, settle a date's side of now:
deeds and figures told in previews, what is awaited or appealed, occasions ahead,
reported plans, plural schedules, comparisons and numbers that are no years."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.news.dates import find_timexes

_WEDNESDAY = dt.date(2013, 3, 20)
_THURSDAY = dt.date(2013, 3, 21)


def _values(text: str, anchor: dt.date) -> list[tuple[str, str]]:
    return [(t.expression, t.value) for t in find_timexes(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A deed told by its noun is over, whatever verb governs the clause.
        ("The inquiry will examine the police response to the attack in December.", "2012-12"),
        ("Five men will stand trial for the killing in January of a police officer.", "2013-01"),
        # (not a deed with no determiner, which may lie ahead)
        ("Rebels will launch attacks on Monday.", "2013-03-25"),
        # Figures a report will show are of a time gone.
        ("Data due next week are expected to show another drop in February.", "2013-02"),
        ("Retail sales are forecast to have fallen 0.5 percent in February.", "2013-02"),
        # "had to show it could grow revenue in 2014": a modal in between looks ahead.
        ("The company had to show it could grow revenue in June.", "2013-06"),
    ],
)
def test_a_deed_or_figures_in_a_future_clause_are_of_the_past(text: str, expected: str) -> None:
    assert _values(text, _WEDNESDAY)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company will appeal Tuesday's verdict.", "2013-03-19"),
        ("He will challenge the results of Sunday's election.", "2013-03-17"),
        ("Investors are awaiting Friday's jobs report.", "2013-03-22"),
        ("Investors are looking ahead to Monday's housing data.", "2013-03-25"),
        ("Investors are bracing for Friday's jobs report.", "2013-03-22"),
        ("He was ordered held without bail pending a hearing April 2.", "2013-04-02"),
        ("The judge ordered him held without bail pending a hearing Friday.", "2013-03-22"),
        ("He was jailed ahead of a hearing Friday.", "2013-03-22"),
        ("The judge ordered him held until a hearing on Friday.", "2013-03-22"),
        ("The agency issued the report ahead of World Tuberculosis Day on Sunday.", "2013-03-24"),
        ("Saturday marks the third anniversary of the health care law.", "2013-03-23"),
        # "until" alone tells nothing of an occasion: the verb's past stands.
        ("Lew served as chief of staff until January.", "2013-01"),
        ("Fighting continued until Thursday, officials said.", "2013-03-21"),
    ],
)
def test_what_is_awaited_appealed_or_pending_sides_its_day(text: str, expected: str) -> None:
    assert _values(text, _THURSDAY)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ECB said that after March 25, it would consider extending the funding.",
            "2013-03-25",
        ),
        ("The company said that in April it would cut 400 jobs.", "2013-04"),
        ("He said that on Monday he was in Paris.", "2013-03-18"),
        # A reported plan still stands; one far off is the plan as it stood, the nearest.
        ("Officials said the vaccine was expected to be ready in October.", "2013-10"),
        ("The company said the plant was set to reopen on Oct. 1.", "2013-10-01"),
        ("Officials said the vote was expected on Feb. 4.", "2013-02-04"),
        ("Officials said they were preparing for a surge in cases in April.", "2013-04"),
        ("The company said second-quarter sales would be weak.", "2013-Q2"),
        ("It said third-quarter profit was strong.", "2012-Q3"),
        ("Clients had until Feb. 14 to submit redemption requests.", "2013-02-14"),
    ],
)
def test_a_reported_clause_keeps_its_own_verbs_tense(text: str, expected: str) -> None:
    assert _values(text, _THURSDAY)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new rules take effect in January.", "2014-01"),
        ("The exchanges open Oct. 1.", "2013-10-01"),
        ("The exchanges go live in October.", "2013-10"),
        ("The subsidies expire in December.", "2013-12"),
        ("The tax cuts run out in December.", "2013-12"),
        # A headline's present tells of figures gone.
        ("Inflation falls in February.", "2013-02"),
        # A stretch that ends in a month is the nearest one.
        ("Exports in the 12 months through January rose 5 percent.", "2013-01"),
        ("Output in the quarter through December rose 1 percent.", "2012-12"),
        # A comparison quarter is one gone.
        (
            "Analysts expect GDP to grow 0.5 percent in the first quarter, up from 0.1 "
            "percent in the fourth quarter.",
            "2012-Q4",
        ),
        ("King voted for more asset purchases at the March meeting.", "2013-03"),
        ("Economists expect a cut at the May meeting.", "2013-05"),
    ],
)
def test_schedules_stretches_comparisons_and_meetings(text: str, expected: str) -> None:
    assert _values(text, _WEDNESDAY)[-1][1] == expected


def test_next_weekday_is_of_next_week() -> None:
    # Said on a Monday, "next Tuesday" is not tomorrow; said on a Thursday, the same day.
    monday = dt.date(2013, 3, 18)
    assert _values("The data are due next Tuesday.", monday) == [("next Tuesday", "2013-03-26")]
    assert _values("The data are due next Tuesday.", _THURSDAY) == [("next Tuesday", "2013-03-26")]
    assert _values("They meet the coming Tuesday.", monday) == [
        ("the coming Tuesday", "2013-03-19")
    ]


def test_coordinated_dates_share_the_year_written_last() -> None:
    assert _values("The bank cut rates in November and December 2011.", _THURSDAY) == [
        ("November", "2011-11"),
        ("December 2011", "2011-12"),
    ]
    assert _values("He met him on Nov. 3 and Dec. 8, 2011.", _THURSDAY) == [
        ("Nov. 3", "2011-11-03"),
        ("Dec. 8, 2011", "2011-12-08"),
    ]
    assert _values("It fell in March and rose in April 2011.", _THURSDAY)[0] == ("March", "2013-03")


def test_every_weekday_listed_is_a_frequency() -> None:
    text = "Hearings take place every Monday and Thursday, and each Tuesday, Wednesday or Friday."
    assert _values(text, _THURSDAY) == []
    assert _values("He met them on Monday and Thursday.", _THURSDAY) == [
        ("Monday", "2013-03-18"),
        ("Thursday", "2013-03-21"),
    ]


def test_document_and_plan_numbers_are_no_years() -> None:
    text = (
        "China pledged to enforce resolution 2087. The council adopted Resolution 2094 on "
        "March 7. Kenya's Vision 2030 blueprint was launched in 2008."
    )
    assert _values(text, _THURSDAY) == [("March 7", "2013-03-07"), ("2008", "2008")]


def test_that_year_points_back_to_a_yardstick() -> None:
    # A yardstick sets no focus, but "That year" names it.
    text = (
        '"The situation is more dangerous than at any time since 1994," he said. That year, '
        "the United States came close to striking the reactor."
    )
    found = find_timexes(text, _THURSDAY)
    assert [(t.expression, t.value, t.comparison) for t in found] == [
        ("1994", "1994", True),
        ("That year", "1994", False),
    ]


def test_a_postponement_past_a_long_object_looks_ahead() -> None:
    for text in (
        "The judge adjourned the case against him to April 11.",
        "The board deferred its verdict against the sixth accused to April 11.",
    ):
        assert _values(text, dt.date(2013, 3, 25)) == [("April 11", "2013-04-11")]


def test_the_same_period_of_a_year_is_the_period_in_focus_then() -> None:
    text = (
        "Profit in the fourth quarter rose to 900 million euros from 800 million euros in "
        "the same period of 2011. Exports rose 4 percent in January, compared with the same "
        "month of 2012."
    )
    assert _values(text, _THURSDAY) == [
        ("the fourth quarter", "2012-Q4"),
        ("the same period of 2011", "2011-Q4"),
        ("January", "2013-01"),
        ("the same month of 2012", "2012-01"),
    ]
    # A day in focus tells no quarter: only the year is known.
    text = "United will report results on April 25. In the same quarter of 2012, it lost money."
    assert _values(text, _THURSDAY)[-1] == ("the same quarter of 2012", "2012")


def test_a_figure_from_a_month_is_a_comparison() -> None:
    text = (
        "Unemployment rose to 26.4 percent in December from 25.6 percent in November. "
        "A year earlier, it was 20.8 percent."
    )
    found = find_timexes(text, _THURSDAY)
    assert [(t.value, t.comparison) for t in found] == [
        ("2012-12", False),
        ("2012-11", True),
        ("2011-12", True),
    ]
    # "from 2009" is no figure compared.
    found = find_timexes("Sales grew every year from 2009 to 2011.", _THURSDAY)
    assert not any(t.comparison for t in found)


def test_a_quarter_from_the_previous_quarter_keeps_the_focus() -> None:
    text = (
        "The economy contracted 1.1 percent in the fourth quarter from the previous quarter "
        "and 3.1 percent from a year earlier."
    )
    assert _values(text, dt.date(2013, 3, 25))[-1] == ("a year earlier", "2011-Q4")


def test_a_day_something_was_moved_on_starts_no_range() -> None:
    text = "The case was adjourned Thursday until May 2. The exhibit runs Thursday until May 2."
    assert _values(text, dt.date(2013, 3, 24)) == [
        ("Thursday", "2013-03-21"),
        ("May 2", "2013-05-02"),
        ("Thursday until May 2", "2013-03-21"),
    ]


def test_a_past_no_count_tells_is_a_past_reference() -> None:
    text = "He was arrested a few days ago. Years ago, he left. Two days ago, it rained."
    found = [(t.expression, t.value) for t in find_timexes(text, _THURSDAY, vague=True)]
    assert found == [
        ("a few days ago", "PAST_REF"),
        ("Years ago", "PAST_REF"),
        ("Two days ago", "2013-03-19"),
    ]
    assert _values(text, _THURSDAY) == [("Two days ago", "2013-03-19")]


def test_this_winter_told_early_in_the_year_is_the_one_begun_in_december() -> None:
    # A winter is named by the year it starts in (December), as "the past winter" is.
    text = "Flu killed many people this winter, and officials are preparing for next winter."
    assert _values(text, _WEDNESDAY) == [("this winter", "2012-WI"), ("next winter", "2013-WI")]
    # "last winter" is the one before it; "the past winter" the one just over.
    text = "This winter ranked 31st warmest; last winter was the fourth-warmest. The past winter"
    assert [v for _, v in _values(text + " was cold.", _WEDNESDAY)] == [
        "2012-WI",
        "2011-WI",
        "2012-WI",
    ]
    assert _values("This winter will be cold.", dt.date(2013, 11, 15)) == [
        ("This winter", "2013-WI")
    ]


def test_results_for_the_year_told_in_the_past_early_in_a_year_are_last_years() -> None:
    text = (
        "For the full year, the company earned $2.1 billion. It expects to earn $3 a share "
        "for the full year. They set a goal of a deal by the end of the year."
    )
    assert [v for _, v in _values(text, _WEDNESDAY)] == ["2012", "2013", "2013"]
    # Later in the year, the year begun has results of its own.
    assert _values("For the year, it lost $3 million.", dt.date(2013, 9, 20)) == [
        ("the year", "2013")
    ]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # A deed's month is the nearest; a day after a deed is the verb's.
        ("2013-03-18", "Syrian rebels vowed to step up their attacks in April.", "2013-04"),
        (
            "2013-03-15",
            "Kurds will mark the anniversary of the massacre on Saturday.",
            "2013-03-16",
        ),
        # Only figures are shown of a time gone: not a product, nor a forecast.
        ("2013-03-20", "Apple is expected to show off its next iPhone in June.", "2013-06"),
        ("2013-03-20", "The airline expects to show a profit in the fourth quarter.", "2013-Q4"),
        ("2013-03-20", "Boeing hopes to have resumed 787 deliveries in April.", "2013-04"),
        # Awaited in the past; contested as a race.
        ("2013-03-18", "Stocks fell last week as investors awaited Friday's report.", "2013-03-15"),
        ("2013-03-15", "Nadal and del Potro will contest Sunday's final.", "2013-03-17"),
        # "marks" after a noun tells of a day gone.
        (
            "2013-03-20",
            "The vote Tuesday marks the first time a parliament has said no.",
            "2013-03-19",
        ),
        # "until" an occasion in a past clause, and "ahead of" one: the nearest.
        (
            "2013-03-15",
            "Bergoglio, who until his election on Wednesday was archbishop, left.",
            "2013-03-13",
        ),
        ("2013-03-18", "Police arrested 20 activists ahead of the vote on Sunday.", "2013-03-17"),
        (
            "2013-03-21",
            "Stocks were little changed ahead of the Fed's statement on Wednesday.",
            "2013-03-20",
        ),
        (
            "2013-03-21",
            "He is being held without bail pending a court appearance Friday.",
            "2013-03-22",
        ),
        # A reported clause after "said that" with "was to", not a simple past.
        (
            "2013-03-20",
            "The ministry said that on Friday it was going to announce measures.",
            "2013-03-22",
        ),
        ("2013-03-20", "He said that in February, the bank would have run out of cash.", "2013-02"),
        # The infinitive of a schedule after a past verb.
        ("2013-03-18", "The spending cuts began to take effect on March 1.", "2013-03-01"),
        ("2013-03-18", "The payroll tax holiday was allowed to expire in January.", "2013-01"),
        # "had until" reported is a deadline ahead; a period through a month, over.
        ("2013-03-21", "The ECB said Cyprus had until Monday to agree a bailout.", "2013-03-25"),
        (
            "2013-03-21",
            "The company had until Friday to respond, but asked for more time.",
            "2013-03-22",
        ),
        (
            "2013-03-21",
            "Apple sold 125 million iPhones in the 12 months through September.",
            "2012-09",
        ),
        # A month naming an occasion is the nearest.
        ("2013-03-20", "Musharraf returned to Pakistan to contest the May election.", "2013-05"),
        ("2013-03-20", "Obama won the November election.", "2012-11"),
        # A move told as over; one ahead.
        (
            "2013-03-20",
            "Lawmakers, who had postponed the vote to Tuesday, rejected the levy.",
            "2013-03-19",
        ),
        (
            "2013-03-20",
            "The launch, which was delayed to Feb. 28 because of snow, went smoothly.",
            "2013-02-28",
        ),
        ("2013-03-20", "The judge deferred sentencing to April 12.", "2013-04-12"),
        # A future seen from a year in focus is in that year.
        (
            "2013-03-20",
            "In 2010, officials said the bridge was due to open in December.",
            "2010-12",
        ),
    ],
)
def test_phrases_give_way_to_what_the_clause_tells(
    published: str, text: str, expected: str
) -> None:
    assert _values(text, dt.date.fromisoformat(published))[-1][1] == expected


def test_a_reading_from_a_figure_is_no_comparison() -> None:
    text = (
        "Annual inflation rose to 2.8 percent from 2.7 percent in February, the office said. "
        "A year earlier, it was 3.4 percent."
    )
    assert _values(text, _WEDNESDAY) == [("February", "2013-02"), ("A year earlier", "2012-02")]


def test_a_range_across_a_year_end_starts_in_the_year_before_its_end() -> None:
    text = "Open enrollment runs from Oct. 1 through March 31, 2014."
    found = find_timexes(text, _WEDNESDAY)
    assert [(t.value, t.until) for t in found] == [("2013-10-01", dt.date(2014, 3, 31))]


def test_the_next_weekday_after_a_day_told_is_counted_from_it() -> None:
    text = "The meeting was held on Feb. 4, and the next Monday the board voted."
    assert _values(text, dt.date(2013, 3, 15))[-1] == ("the next Monday", "2013-02-11")


def test_jewish_holidays_and_may_day() -> None:
    text = (
        "Unions plan rallies on May Day. Obama left before Passover. It began on Rosh "
        "Hashanah 2013."
    )
    assert _values(text, _WEDNESDAY) == [
        ("May Day", "2013-05-01"),
        ("Passover", "2012-04-07"),
        ("Rosh Hashanah 2013", "2013-09-05"),
    ]
    assert _values("It was the worst attack since the 1973 Yom Kippur War.", _WEDNESDAY) == [
        ("1973", "1973")
    ]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # "unchanged" is no past verb.
        (
            "2013-03-19",
            "Economists expect the Fed to leave rates unchanged on Wednesday.",
            "2013-03-20",
        ),
        ("2013-03-19", "The bank is expected to keep rates unchanged in April.", "2013-04"),
        # A chance, a need or a plan told in reported speech is still ahead.
        ("2013-03-18", "Boehner said a vote was unlikely before April.", "2013-04"),
        ("2013-03-18", "The minister said a vote was unlikely before Thursday.", "2013-03-21"),
        (
            "2013-03-18",
            "Both parties said they saw little chance of reversing the cuts before the summer.",
            "2013-SU",
        ),
        ("2013-03-20", "Analysts said a deal was needed before Monday.", "2013-03-25"),
        ("2013-03-18", "Officials said talks were to resume in April.", "2013-04"),
        # An occasion a past clause prepared for is the nearest one.
        (
            "2013-03-19",
            "Fed officials gathered on Tuesday for Wednesday's announcement.",
            "2013-03-20",
        ),
        (
            "2013-03-25",
            "They lined up on Friday to secure seats for Tuesday's hearing.",
            "2013-03-26",
        ),
        ("2013-03-18", "Investors were cautious ahead of Friday's jobs report.", "2013-03-22"),
        ("2013-03-18", "Police arrested 20 activists ahead of the vote on Sunday.", "2013-03-17"),
        # "at least" before a year or a season after "until" or "since".
        ("2013-03-22", "The Fed will keep rates low until at least 2015.", "2015"),
        ("2013-03-22", "The plant has been closed since at least 2010.", "2010"),
        ("2013-03-22", "It will take until at least the summer for Congress to act.", "2013-SU"),
        # "in four years later this week": a stretch, then the week.
        (
            "2013-03-20",
            "The Senate will pass its first budget in four years later this week.",
            "2013-W12",
        ),
        # A plan's days come in the order told.
        ("2013-03-15", "He leaves on Tuesday and is due back on Saturday.", "2013-03-23"),
        ("2013-03-20", "Lawmakers will debate on Monday and vote on Wednesday.", "2013-03-27"),
    ],
)
def test_what_a_clause_looks_ahead_to(published: str, text: str, expected: str) -> None:
    assert _values(text, dt.date.fromisoformat(published))[-1][1] == expected


def test_at_least_before_a_count_is_no_year() -> None:
    assert _values("At least 2015 people died.", _THURSDAY) == []


def test_a_year_lends_its_year_to_the_clause_it_opens() -> None:
    text = (
        "The crisis began in 2008, when Lehman collapsed in September. Italy's economy shrank "
        "in 2012 and the Bank of Italy forecast in January a further fall. The firm was "
        "founded in 1990, when it said on March 3 that sales rose. He was jailed in 2009 and "
        "freed in January after serving three years."
    )
    assert [v for _, v in _values(text, _WEDNESDAY)] == [
        "2008",
        "2008-09",
        "2012",
        "2013-01",
        "1990",
        "2013-03-03",
        "2009",
        "2013-01",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said a decision was likely on Friday.", "2013-03-22"),
        ("He said he was confident of a deal by Friday.", "2013-03-22"),
        ("Analysts said a deal was necessary before Monday.", "2013-03-25"),
        # Not a feeling held that day, nor the boilerplate of a report.
        ("Diplomats were optimistic on Tuesday that a deal could be reached.", "2013-03-19"),
        ("It was not immediately possible on Tuesday to reach the company.", "2013-03-19"),
        ("Inflation is likely to pick up, analysts said on Friday.", "2013-03-15"),
        ("Nobody gave us a chance on Friday, the coach said.", "2013-03-15"),
        # A "when" clause told in the past dates its day as gone.
        ("Parliament postponed the vote until Tuesday, when it rejected the levy.", "2013-03-19"),
        (
            "The case was postponed until June 4, when prosecutors are expected to act.",
            "2013-06-04",
        ),
        # An absolute participle takes the main clause's time.
        ("The decision is due on April 4, with the minutes published on April 17.", "2013-04-17"),
        # A reporting year to a month is the nearest one; told over, the one gone.
        ("The company will publish results for the year to December on April 30.", "2013-04-30"),
        ("Sony expects a profit in the year to March 31, helped by a weak yen.", "2013-03-31"),
        ("The economy contracted 0.3 percent in the last quarter of 2012.", "2012-Q4"),
    ],
)
def test_what_is_likely_when_told_and_reporting_periods(text: str, expected: str) -> None:
    assert _values(text, _WEDNESDAY)[-1][1] == expected


def test_a_weekday_of_every_month_is_a_frequency() -> None:
    text = (
        "The ECB meets on the first Thursday of every month. Strikes fall on the last "
        "Friday of each month."
    )
    assert _values(text, _WEDNESDAY) == []
    assert _values(
        "The company will publish results for the year to December on April 30.", _WEDNESDAY
    )[0] == ("December", "2012-12")


def test_a_date_opening_the_sentence_after_a_full_date_years_back_is_of_now() -> None:
    # Tried and left out: a story told with a year may go on in the next sentence
    # ("began on March 20, 2003. On April 9, ..."), but news of now as often follows a
    # background date, in this week's Pope coverage above all.
    text = "Bergoglio was named a cardinal on Feb. 21, 2001. On March 13, he was elected pope."
    assert [v for _, v in _values(text, _WEDNESDAY)] == ["2001-02-21", "2013-03-13"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2011, troops were withdrawn from the city.", "2011"),
        ("Talks collapsed in 2010, weeks after they began.", "2010"),
        ("Investigators will look into Tuesday's attack.", "2013-03-19"),
        ("The inquiry will focus on the attack on Tuesday, in which 26 people died.", "2013-03-19"),
        ("The talks could resume in the spring or summer.", "2013-SU"),
        ("The talks run from Friday to Sunday.", "2013-03-22"),
    ],
)
def test_middle_east_week_phrasings(text: str, expected: str) -> None:
    assert _values(text, _THURSDAY)[-1][1] == expected


def test_a_count_after_a_year_without_a_comma_is_no_year() -> None:
    assert _values("In 2000 people died.", _THURSDAY) == []


def test_a_year_ending_its_sentence_is_no_count_of_the_next_one() -> None:
    text = "The plant closed in 2009. Residents were angry."
    assert _values(text, _THURSDAY) == [("2009", "2009")]


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ("2013-03-19", "Stocks have rallied since the collapse of talks in May.", "2012-05"),
        ("2013-03-19", "Apple's stock is 37 percent below its peak in September.", "2012-09"),
        ("2013-03-20", "The stock is down 5 percent from its high on Monday.", "2013-03-18"),
        (
            "2013-03-25",
            "Banks have been closed since March 16 and will reopen on Thursday.",
            "2013-03-28",
        ),
        (
            "2013-03-20",
            "Benedict was elected in 2005, after John Paul II died in April.",
            "2005-04",
        ),
        (
            "2013-03-24",
            "Last year, Benedict celebrated the Palm Sunday Mass in the square.",
            "2012-04-01",
        ),
        (
            "2013-03-20",
            "In 2010, the pope's Good Friday procession drew 20,000 people.",
            "2010-04-02",
        ),
        ("2013-03-20", "The pope will celebrate Easter in St. Peter's Square.", "2013-03-31"),
        ("2013-03-20", "The invasion began 10 years ago on Wednesday.", "2003-03-20"),
        (
            "2013-03-20",
            "Caterpillar posted fourth-quarter profit on Tuesday, up from $800 million in the "
            "year-earlier quarter.",
            "2011-Q4",
        ),
    ],
)
def test_pope_and_markets_week_phrasings(published: str, text: str, expected: str) -> None:
    assert _values(text, dt.date.fromisoformat(published))[-1][1] == expected


def test_a_saying_told_after_the_sentence_of_a_period_gone_is_of_now() -> None:
    found = find_timexes(
        "The company said legal costs would weigh on results for the fiscal year ending June 30.",
        dt.date(2013, 3, 19),
        focus=find_timexes(
            "The bank agreed to pay $1.9 billion in December.", dt.date(2013, 3, 19)
        )[0],
    )
    assert [t.value for t in found] == ["FY2013", "2013-06-30"]


def test_a_fiscal_quarter_reported_is_of_the_fiscal_year_under_way() -> None:
    text = (
        "FedEx said its fiscal third-quarter profit fell. BlackBerry will report its "
        "fiscal fourth-quarter results on March 28."
    )
    assert [v for _, v in _values(text, _WEDNESDAY)] == ["2013-Q3", "2013-Q4", "2013-03-28"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokesman did not return calls Tuesday.", "2013-03-19"),
        ("He did not play in February because of a knee injury.", "2013-02"),
        ('"We\'ll be ready Friday," Crean said.', "2013-03-22"),
        ('"I\'ll be there in April," he said.', "2013-04"),
        ("She said she'd been told on Monday.", "2013-03-18"),
        ("Wade will miss Friday's game at Chicago.", "2013-03-22"),
        ("He said the union needs an agreement before September.", "2013-09"),
        ("The body was not found until March 3.", "2013-03-03"),
        ("He said he would not return until Monday.", "2013-03-25"),
    ],
)
def test_sports_week_phrasings(text: str, expected: str) -> None:
    assert _values(text, _WEDNESDAY)[-1][1] == expected


def test_the_last_month_without_a_preposition_is_a_stretch() -> None:
    assert _values("Louisville has played as well as anybody the last month.", _WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elections are due in April 2014, the commission said in January.",
            ["2014-04", "2013-01"],
        ),
        (
            "The plant has been closed since March 2011, officials said in November.",
            ["2011-03", "2012-11"],
        ),
        ("The project fell behind schedule in January.", ["2013-01"]),
        ("The airline published its summer schedule on Friday.", ["2013-03-15"]),
        ("The probes will keep sending data until about 2025.", ["2025"]),
        ("Asteroid 2012 DA14 passed close to Earth. In 2012 UN officials met.", ["2012"]),
        ("About 2000 people came.", []),
    ],
)
def test_science_week_phrasings(text: str, expected: list[str]) -> None:
    assert [v for _, v in _values(text, _WEDNESDAY)] == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ("2013-03-25", "Netanyahu thanked Obama for the speech on Thursday.", "2013-03-21"),
        (
            "2013-03-20",
            "Police deployed officers ahead of the vote on Sunday, which passed peacefully.",
            "2013-03-17",
        ),
        ("2013-03-19", "Obama was to arrive in Israel on Wednesday.", "2013-03-20"),
        ("2013-03-18", "Talks were to resume on Thursday, officials said.", "2013-03-21"),
        ("2013-03-20", "The exhibition runs from Jan. 15 to April 30.", "2013-01-15"),
        ("2013-03-20", "Inflation will hit its high in September before easing.", "2013-09"),
        ("2013-03-20", "Analysts expected sales to rise in the three months to April.", "2013-04"),
        ("2013-03-20", "For the year, economists projected growth of 2 percent.", "2013"),
        (
            "2013-03-20",
            "The plant will close, with the dividend paid on April 30.",
            "2013-04-30",
        ),
        ("2013-03-20", "She moved to Paris in May.", "2012-05"),
        ("2013-03-18", "Thursday's general strike is expected to paralyze Greece.", "2013-03-21"),
        (
            "2013-03-18",
            "The report is due in May, when officials said they would know more.",
            "2013-05",
        ),
        (
            "2013-03-20",
            "Police are bracing for violence on May Day, when anarchists rioted last year.",
            "2013-05-01",
        ),
        ("2013-03-25", "It snowed, with more snow expected on Saturday.", "2013-03-30"),
    ],
)
def test_clues_give_way_to_what_the_sentence_tells(
    published: str, text: str, expected: str
) -> None:
    assert _values(text, dt.date.fromisoformat(published))[0][1] == expected


def test_the_quarter_and_the_year_after_a_fiscal_quarter_are_its_own() -> None:
    text = (
        "Nike said its fiscal third-quarter profit rose. Revenue for the quarter rose 9 "
        "percent, and it raised its outlook for the year."
    )
    found = find_timexes(text, dt.date(2013, 3, 21))
    assert [t.value for t in found] == ["2013-Q3", "2013-Q3", "2013"]
    # A fiscal quarter told of as over is no event ahead: its days are of a quarter gone.
    assert found[0].date < dt.date(2013, 3, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Security was tightened on Tuesday ahead of President Obama's arrival on Wednesday.",
            ["2013-03-19", "2013-03-20"],
        ),
        (
            "ANA said on Monday it had cancelled 787 flights through May 31.",
            ["2013-03-18", "2013-05-31"],
        ),
        (
            "Maduro will face Capriles weeks after the death of Hugo Chavez on March 5.",
            ["2013-03-05"],
        ),
        ("The Fed began its third round of bond purchases in September.", ["2012-09"]),
        ('Smith told NBC\'s "Today" show that he was innocent.', []),
        ('Bowie\'s "The Next Day" debuted at No. 2.', []),
        (
            "Minutes published on Wednesday show three members voted for more easing.",
            ["2013-03-13"],
        ),
        ('"Today, we start," he said.', ["2013-03-19"]),
    ],
)
def test_mixed_news_day_phrasings(text: str, expected: list[str]) -> None:
    assert [v for _, v in _values(text, dt.date(2013, 3, 19))] == expected


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2013-03-22",
            "The euro fell on Friday ahead of a vote in the Cypriot parliament on Tuesday.",
            "2013-03-26",
        ),
        (
            "2013-03-20",
            "Borrowing in the current financial year is forecast at 121 billion pounds.",
            "FY2013",
        ),
        (
            "2013-03-21",
            "The government will issue its third estimate for the fourth quarter on March 28.",
            "2012-Q4",
        ),
        (
            "2013-03-25",
            "Pakistan's caretaker premier was sworn in as the nation votes on May 11.",
            "2013-05-11",
        ),
        (
            "2013-03-23",
            "The court ordered a recount of votes in the disputed March 4 election.",
            "2013-03-04",
        ),
        (
            "2013-03-15",
            "Obama will arrive on Wednesday and fly to Jordan on Friday before returning "
            "home on Saturday.",
            "2013-03-23",
        ),
        (
            "2013-03-20",
            "Osborne said tax would fall in April 2015 and that the fuel duty rise due in "
            "September would be scrapped.",
            "2013-09",
        ),
        (
            "2013-03-20",
            "The 1922 Committee of backbench Tory MPs will meet on Wednesday.",
            "2013-03-20",
        ),
        ("2013-03-21", "Swan will deliver the May budget in Canberra.", "2013-05"),
    ],
)
def test_uk_and_commonwealth_copy(published: str, text: str, expected: str) -> None:
    assert expected in [v for _, v in _values(text, dt.date.fromisoformat(published))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apple's stock has lost 35 percent since its September high.", ["2012-09"]),
        (
            "The euro zone economy shrank 0.6 percent in the last three months of the year.",
            ["2012-Q4"],
        ),
        ("Growth will pick up in the second half of the year.", ["2013-H2"]),
        ("Prices are likely to rise further in the months ahead.", []),
        (
            "Retail sales in February were up 1.1 percent from January and 4.6 percent from a "
            "year earlier.",
            ["2013-02", "2013-01", "2012-02"],
        ),
    ],
)
def test_analysis_piece_phrasings(text: str, expected: list[str]) -> None:
    assert [v for _, v in _values(text, _WEDNESDAY)] == expected


def test_the_months_ahead_is_a_future_reference() -> None:
    found = find_timexes(
        "Cyprus will need more help in the months to come.", _WEDNESDAY, vague=True
    )
    assert [(t.expression, t.value) for t in found] == [("the months to come", "FUTURE_REF")]
