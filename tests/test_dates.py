"""Temporal expressions: finding them, resolving them, and what is not one."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.news import temporal_scan
from bot.news.dates import Timex, find_timexes, scan_timexes
from bot.news.reader import read_article
from bot.news.temporal_reach import PatternReach
from bot.news.user_dates import resolve_user_date

THU = dt.date(2018, 5, 31)  # the seed's publication day, a Thursday
WED = dt.date(2023, 11, 15)
SEED = Path(__file__).resolve().parent.parent / "data/articles/2018-05-31-pompeo-kim-yong-chol.txt"


@pytest.fixture(scope="module")
def seed_paragraphs() -> tuple[str, ...]:
    """The seed article's body paragraphs, as the reader gives them."""
    return read_article(SEED.read_bytes(), str(SEED)).paragraphs


def one(text: str, anchor: dt.date = THU, previous: dt.date | None = None) -> Timex:
    """The single timex of `text` (fails when there are none or several)."""
    found = find_timexes(text, anchor, previous=previous)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The treaty was signed on May 31, 2018 in Oslo.", "May 31, 2018", "2018-05-31"),
        ("It was signed on 31 May 2018.", "31 May 2018", "2018-05-31"),
        ("The summit is set for June 12.", "June 12", "2018-06-12"),
        ("Talks resume Jun. 12 in Geneva.", "Jun. 12", "2018-06-12"),
        ("Classes will start Sept. 3.", "Sept. 3", "2018-09-03"),
        ("The file is dated 2018-05-31.", "2018-05-31", "2018-05-31"),
        ("They will meet on Monday, June 4, officials said.", "Monday, June 4", "2018-06-04"),
        ("He resigned in March 2017.", "March 2017", "2017-03"),
        ("He resigned in 2017.", "2017", "2017"),
        ("Prices soared in the 1990s.", "the 1990s", "199"),
        ("In the late 1980's Apple added audio.", "the late 1980's", "198"),
        ("The deal closed on December 30, 2006.", "December 30, 2006", "2006-12-30"),
        ("Sales rose in the fourth quarter of 2005.", "the fourth quarter of 2005", "2005-Q4"),
        ("The photo is dated 7/8/07.", "7/8/07", "2007-07-08"),
        ("He arrived on April 2nd.", "April 2nd", "2018-04-02"),
        ("Profits rose in the first half of 2017.", "the first half of 2017", "2017-H1"),
        ("Output doubled from 1990-1995.", "1990-1995", "1990"),
        ("Profit rose in fiscal 1997.", "fiscal 1997", "FY1997"),
        ("GM filed at 12:00 UTC Monday in New York.", "12:00 UTC Monday", "2018-05-28T12:00Z"),
        ("The merger should close in mid-2019.", "mid-2019", "2019"),
        ("The plant opened in early-2001.", "early-2001", "2001"),
        ("1988's third quarter was weak.", "1988's third quarter", "1988-Q3"),
    ],
)
def test_explicit_dates(text: str, expression: str, value: str) -> None:
    found = one(text)
    assert (found.expression, found.value) == (expression, value)
    assert text[found.start : found.end] == expression


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # No year: the one nearest the publication date in the tense's direction.
        ("The vote was held on December 28.", dt.date(2019, 1, 3), "2018-12-28"),
        ("The vote will be held on January 5.", dt.date(2018, 12, 20), "2019-01-05"),
        ("The summit was initially scheduled for June 12.", THU, "2018-06-12"),
        ("Sales fell in November.", dt.date(2019, 1, 15), "2018-11"),
        ("The event is to be held on October 12.", dt.date(2005, 10, 4), "2005-10-12"),
        ("It is officially reported to regulators in March.", dt.date(2006, 1, 27), "2006-03"),
        ("NPD figures released April 3 show it.", dt.date(2008, 4, 9), "2008-04-03"),
        ("The trial is set to begin on Wednesday.", dt.date(2006, 3, 28), "2006-03-29"),
        ("A record was set on October 18.", dt.date(2007, 10, 20), "2007-10-18"),
        ("Prices could rise after a vote on October 18.", dt.date(2007, 10, 20), "2007-10-18"),
        ("The plant will close in February.", dt.date(2018, 11, 2), "2019-02"),
        # "to" or a modal before "hit"/"cut" makes it the plain verb, not a past form.
        ("Temperatures are forecast to hit 40C by Thursday.", WED, "2023-11-16"),
        ("The union says GM will cut jobs on Monday.", WED, "2023-11-20"),
        ("It is seeking to cut 500 jobs by March.", WED, "2024-03"),
        # After a determiner "cut" is a noun; "each fell" is a verb all the same.
        ("Traders expect a cut at the meeting on March 31.", dt.date(1998, 2, 27), "1998-03-31"),
        ("Stocks each fell on June 2.", THU, "2017-06-02"),
        # A present-tense verb of a schedule looks ahead; a past one still looks back.
        ("The team faces Boston on Saturday.", THU, "2018-06-02"),
        ("The trial begins Monday.", THU, "2018-06-04"),
        ("He faces charges filed on Monday.", THU, "2018-05-28"),
        # "set for" and "due" schedule; "set a record" does not.
        ("A hearing has been set for Friday.", THU, "2018-06-01"),
        ("He is due in court on Friday.", THU, "2018-06-01"),
        ("He set a record on Friday.", THU, "2018-05-25"),
        # A present verb of a schedule ("takes effect", "ends") looks ahead; "since"
        # and an event before the date looks back, whatever comes after.
        ("The treaty takes effect on Dec. 31.", dt.date(1998, 6, 15), "1998-12-31"),
        ("The quarter, which ends on June 26, was strong.", dt.date(2010, 6, 16), "2010-06-26"),
        (
            "The trip, his first since his re-election in November, comes as a new "
            "government takes office.",
            dt.date(2013, 3, 22),
            "2012-11",
        ),
    ],
)
def test_year_follows_tense(text: str, anchor: dt.date, value: str) -> None:
    assert one(text, anchor).value == value


def test_a_quarter_whose_results_are_told_is_the_nearest_one() -> None:
    # Results are told of a quarter that has begun, whatever the tense says.
    april = dt.date(2024, 4, 18)
    found = find_timexes("The company reports first-quarter earnings on April 23.", april)
    assert [t.value for t in found] == ["2024-Q1", "2024-04-23"]
    found = find_timexes("It will report third-quarter results in October.", april)
    assert [t.value for t in found] == ["2024-Q3", "2024-10"]
    found = find_timexes("It said on Thursday that third-quarter profit rose.", april)
    assert [t.value for t in found] == ["2024-04-18", "2023-Q3"]
    assert find_timexes("It hopes to return to profit in the first quarter.", april)[0].value == (
        "2025-Q1"
    )
    # Figures of the economy are results too.
    text = "It will release its estimate of fourth-quarter economic growth on Thursday."
    assert find_timexes(text, april)[0].value == "2023-Q4"


def test_fiscal_year_lends_no_year() -> None:
    # Fiscal 2019 began in October 2018: "Oct. 1" takes its year from the tense.
    found = find_timexes("Its fiscal 2019 began on Oct. 1.", dt.date(2018, 11, 15))
    assert [t.value for t in found] == ["FY2019", "2018-10-01"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pompeo said Thursday that talks went well.", "2018-05-31"),  # same weekday
        ("The minister resigned Tuesday.", "2018-05-29"),
        ("The two leaders will meet Tuesday.", "2018-06-05"),
        ("Preorders begin Friday.", "2018-06-01"),  # a plural present that schedules
        ("Hearings resume Monday in Geneva.", "2018-06-04"),
        ("The rebels have until midnight Sunday to respond.", "2018-06-03T24:00"),
        ("They have until 5 p.m. Friday to file.", "2018-06-01T17:00"),
        ("Voters stood in line until 10 p.m. Tuesday.", "2018-05-29T22:00"),
        ("Voters stood in line until Tuesday.", "2018-05-29"),
        ("Unions have called a new day of strikes for Tuesday.", "2018-06-05"),
        ("Markets were kept closed until Friday.", "2018-06-01"),
        ("He ordered them to extend the deadline until at least Monday.", "2018-06-04"),
        ("He is expected to be re-elected on Tuesday.", "2018-06-05"),  # a prefixed verb
        ("He began his term on Tuesday with a visit to Rome.", "2018-05-29"),  # a noun after
        ("The company unveiled on Tuesday plans to cut jobs.", "2018-05-29"),  # its object
        ("The firm on Tuesday plans to cut jobs.", "2018-06-05"),  # its verb
        ("Banks reopen Tuesday, the central bank said.", "2018-06-05"),
        ("The vote was pushed to Tuesday.", "2018-06-05"),
        ("The judge had scheduled the trial for Tuesday.", "2018-05-29"),  # a past plan
        ("He stayed at the embassy until Tuesday.", "2018-05-29"),  # a simple past
        ("The Lakers host the Warriors on Saturday.", "2018-06-02"),  # a fixture
        ("He must surrender his passport by Monday.", "2018-06-04"),  # a duty ahead
        ("They filed a motion, setting up a vote as early as Friday.", "2018-06-01"),
        ("The Leafs visit Utah on Monday.", "2018-06-04"),
        ("He returns to Washington on Saturday.", "2018-06-02"),
        ("The pope arrives in Brazil on Monday.", "2018-06-04"),
        ("Spain face France on Sunday.", "2018-06-03"),
        # A plain verb after "to" takes the tense of what leads to it; alone, ahead.
        ("Residents were allowed to return to their homes on Sunday.", "2018-05-27"),
        ("He flew to Paris to meet Macron on Monday.", "2018-05-28"),
        ("He plans to visit Kyiv on Monday.", "2018-06-04"),
        ("The council voted to meet again on Monday.", "2018-06-04"),
        ("Lakers to host Warriors on Saturday.", "2018-06-02"),
        # A verb after "and" is another clause's: the past before the day decides.
        ("Carney won the race on Sunday and will replace Trudeau.", "2018-05-27"),
        # "forecast" and "predicted" look ahead in the passive only.
        ("Nvidia forecast revenue above estimates on Wednesday.", "2018-05-30"),
        ("Analysts predicted on Monday that shares would rise.", "2018-05-28"),
        ("Snow is forecast for Monday.", "2018-06-04"),
        ("Rain is widely predicted for Monday.", "2018-06-04"),
        # "to be" after a rank tells of no plan.
        ("He became the first president to be convicted on Wednesday.", "2018-05-30"),
        ("He made a visit to Kyiv on Monday.", "2018-05-28"),  # "a visit" is a noun
        ("He showed his face on Monday.", "2018-05-28"),
        ("He made his return to the stage on Monday.", "2018-05-28"),
        ("Results should be known by Friday.", "2018-06-01"),
        ("He must have left on Monday.", "2018-05-28"),  # the past form is nearer
        ("The trial was postponed until the fall.", "2018-FA"),
        # A past verb that lasts reads "until"/"through" as past; a participle
        # ("funded"), a present or nothing before it as ahead; an opening
        # "Through September," tells nothing.
        ("The strike lasted until September.", "2017-09"),
        ("Talks dragged on until January.", "2018-01"),
        ("The bill keeps the government funded through September.", "2018-09"),
        ("The strike continued through September.", "2017-09"),
        ("The exhibit runs through Sunday.", "2018-06-03"),
        ("Through September, sales were up 4%.", "2017-09"),
        ("Trump called it off last Thursday.", "2018-05-24"),
        ("The report comes out next Tuesday.", "2018-06-05"),
        ("The board meets this Friday.", "2018-06-01"),
        # Said on a Thursday, "this Tuesday" ahead is next week's; told in the past, this week's.
        ("The board will meet this Tuesday.", "2018-06-05"),
        ("The board met this Tuesday.", "2018-05-29"),
        ("She spoke on Monday morning.", "2018-05-28TMO"),
        ("At least 12 deaths since Monday may be linked to the heat.", "2018-05-28"),
    ],
)
def test_weekdays(text: str, value: str) -> None:
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A weekday set after a date names that date, not the last such weekday.
        (
            "Stocks fell on May 11, a Friday, and rose the following Monday.",
            ["2018-05-11", "2018-05-11", "2018-05-14"],
        ),
        ("The ruling came on May 11 (Friday).", ["2018-05-11", "2018-05-11"]),
        # Another weekday after a date is a day of its own.
        ("The ruling came on May 11, Monday's appeal failed.", ["2018-05-11", "2018-05-28"]),
    ],
)
def test_weekday_after_a_date_names_it(text: str, values: list[str]) -> None:
    assert [t.value for t in find_timexes(text, THU)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The company said today that it will cut jobs.", "2018-05-31"),
        ("The index fell yesterday.", "2018-05-30"),
        ("The index fell the day before yesterday.", "2018-05-29"),
        ("The vote is the day after tomorrow.", "2018-06-02"),
        ("The vote is tomorrow.", "2018-06-01"),
        ("He will speak tonight.", "2018-05-31TNI"),
        ("Shares rose this week.", "2018-W22"),
        ("Shares rose last week.", "2018-W21"),
        ("Sales fell last month.", "2018-04"),
        ("Sales will rise next month.", "2018-06"),
        ("Profits doubled last year.", "2017"),
        ("The firm expects growth next year.", "2019"),
        ("The plant opened two days ago.", "2018-05-29"),
        ("The plant closed a week ago.", "2018-05-24"),
        ("It will open three weeks from now.", "2018-06-21"),
        ("The deal closes a week from today.", "2018-06-07"),
        ("Prices rose earlier this month.", "2018-05"),
        ("Profits hit a record earlier this year.", "2018"),
        ("The firm was sold late last year.", "2017"),
        ("The markets were closed over the weekend.", "2018-W21-WE"),
        ("Shares fell this past week.", "2018-W21"),
        ("Shares fell this past Monday.", "2018-05-28"),
    ],
)
def test_deictic(text: str, value: str) -> None:
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A day later, the president changed his mind.", "2018-05-25"),
        ("The next day, the talks resumed.", "2018-05-25"),
        ("Two days earlier, the envoy had arrived.", "2018-05-22"),
        ("The envoy had arrived the day before.", "2018-05-23"),
        # "the week before" is a week, as "the month before" is a month...
        ("The envoy had arrived the week before.", "2018-W20"),
        ("The envoy had arrived the month before.", "2018-04"),
        # ...while counted weeks are days.
        ("The envoy had arrived a week earlier.", "2018-05-17"),
        ("The following week, the talks resumed.", "2018-W22"),
        ("Three days later, talks resumed.", "2018-05-27"),
        ("Sales had risen 4% in the prior year.", "2017"),
        ("Later that year, the firm listed.", "2018"),
    ],
)
def test_anchored_on_previous_date(text: str, value: str) -> None:
    found = one(text, previous=dt.date(2018, 5, 24))
    assert found.value == value
    assert found.anchored


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Nikkei lost 6% for the day.", "2018-05-24"),
        ("The Dow rose at the start of the day.", "2018-05-24"),
        ("Shares fell for a second straight day.", "2018-05-24"),
        ("If no price is agreed by that time, the deal lapses.", "2018-05-24"),
        ("Profits rose 5% for the year.", "2018"),
    ],
)
def test_the_day_in_focus(text: str, value: str) -> None:
    assert one(text, previous=dt.date(2018, 5, 24)).value == value


def test_the_year_in_focus() -> None:
    text = (
        "GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year."
    )
    assert [t.value for t in find_timexes(text, dt.date(2006, 1, 27))] == ["2005-Q4", "2005"]
    assert find_timexes("It could gain for the remainder of the week.", THU) == []


def test_the_half_of_the_year_in_focus() -> None:
    text = "Analysts expect results to improve in the second half of the year."
    assert [t.value for t in find_timexes(text, THU)] == ["2018-H2"]
    text = "In 1997 sales rose in the first half of the year."
    assert [t.value for t in find_timexes(text, THU)] == ["1997", "1997-H1"]
    # A future told after a year that is over is of the year in progress, unless
    # it is a future as seen from then ("said it would").
    wed = dt.date(2013, 3, 15)
    past = "Portugal requested the bailout in April 2011. "
    text = past + "It hopes to return to markets in the second half of the year."
    assert [t.value for t in find_timexes(text, wed)] == ["2011-04", "2013-H2"]
    text = past + "It will return to markets later in the year."
    assert [t.value for t in find_timexes(text, wed)] == ["2011-04", "2013"]
    text = past + "It returned to markets later in the year."
    assert [t.value for t in find_timexes(text, wed)] == ["2011-04", "2011"]
    text = past + "It said it would return to markets in the second half of the year."
    assert [t.value for t in find_timexes(text, wed)] == ["2011-04", "2011-H2"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The 19th century saw many wars.", ["18"]),
        ("In the early twentieth century, trade grew.", ["19"]),
        ("The twenty-first century will be different.", ["20"]),
        ("By the end of the century, it hopes to double its sales.", ["20"]),
        ("In the next century it will grow; this century it shrank.", ["21", "20"]),
        # A modifier, and a century counted back from year 1, are no dates.
        ("Twentieth-century art and 20th-century music are on show.", []),
        ("The temple dates from the 5th century BC.", []),
    ],
)
def test_centuries(text: str, values: list[str]) -> None:
    found = find_timexes(text, THU)
    assert [t.value for t in found] == values
    assert all(t.precision == "century" and t.until is None for t in found)


def test_yearless_date_borrows_the_year_just_given() -> None:
    text = "Sales rose in the first half of 2016 and fell in the second half."
    assert [t.value for t in find_timexes(text, THU)] == ["2016-H1", "2016-H2"]
    text = "The firm, founded in 1990, said on March 3 that it would grow."
    assert [t.value for t in find_timexes(text, THU)] == ["1990", "2018-03-03"]
    # A year that opens its sentence lends it to the whole sentence.
    text = "In 1982, she sent a naval task force to the islands after Argentina invaded on April 2."
    assert [t.value for t in find_timexes(text, THU)] == ["1982", "1982-04-02"]


def test_vague_references_only_on_request() -> None:
    text = "Prices are now high; they rose recently and will fall soon, as in the past."
    assert find_timexes(text, THU) == []
    found = find_timexes(text, THU, vague=True)
    assert [(t.expression, t.value, t.vague) for t in found] == [
        ("now", "PRESENT_REF", True),
        ("recently", "PAST_REF", True),
        ("soon", "FUTURE_REF", True),
        ("the past", "PAST_REF", True),
    ]
    assert find_timexes("It fell in the past nine days.", THU, vague=True) == []
    # Close to another time, not ahead of now.
    text = "He quit soon after the vote; she left shortly before noon, and soon afterwards left."
    assert find_timexes(text, THU, vague=True) == []
    text = "As soon as the results came, it rose; a hearing could come as soon as next month."
    assert [t.expression for t in find_timexes(text, THU, vague=True)] == ["next month"]
    (recent,) = find_timexes("Sales grew in recent years.", THU, vague=True)
    assert (recent.expression, recent.value) == ("recent years", "PAST_REF")


def test_terms_and_moments_are_vague_references() -> None:
    text = (
        "For the time being, banks stay shut. In the near term, growth will slow; "
        "at the moment, nobody knows, and in the long-term, rates rise."
    )
    assert find_timexes(text, THU) == []
    found = find_timexes(text, THU, vague=True)
    assert [(t.expression, t.value) for t in found] == [
        ("the time being", "PRESENT_REF"),
        ("the near term", "FUTURE_REF"),
        ("the moment", "PRESENT_REF"),
        ("the long-term", "FUTURE_REF"),
    ]
    # Not a noun's modifier, nor a moment with a clause of its own.
    text = "The short term outlook is weak. The moment he arrived, she left."
    assert find_timexes(text, THU, vague=True) == []


def test_clock_time_is_typed_time() -> None:
    found = one("GM filed at 12:00 UTC Monday.")
    assert found.timex_type == "TIME"
    assert one("GM filed on Monday.").timex_type == "DATE"


def test_previous_month_counts_from_a_month_not_a_year() -> None:
    text = "Sales fell 17% compared to 2008, after rising the previous month."
    assert [t.value for t in find_timexes(text, dt.date(2009, 4, 3))] == ["2008", "2009-03"]
    text = "Sales fell in March 2009, after rising the previous month."
    assert [t.value for t in find_timexes(text, dt.date(2009, 6, 3))] == ["2009-03", "2009-02"]


def test_focus_carries_a_year_across_paragraphs() -> None:
    (earlier,) = find_timexes("In 1984 the Macintosh was released.", THU)
    (later,) = find_timexes(
        "One year later he was fired.", THU, previous=dt.date(1955, 2, 24), focus=earlier
    )
    assert (later.value, later.anchored) == ("1985", True)


def test_anchor_carries_within_paragraph() -> None:
    text = "Trump called it off last Thursday. A day later, he said it could go on."
    first, second = find_timexes(text, THU)
    assert (first.date, second.date) == (dt.date(2018, 5, 24), dt.date(2018, 5, 25))


def test_the_day_of_a_report_is_no_anchor() -> None:
    # "Two days later" counts from the arrest, not from the day police spoke;
    # a report's day that no other day comes before stays an anchor.
    text = "He was arrested on May 5, police said on Thursday. Two days later, he was charged."
    found = find_timexes(text, THU)
    assert [(t.value, t.no_anchor) for t in found] == [
        ("2018-05-05", False),
        ("2018-05-31", True),
        ("2018-05-07", False),
    ]
    text = "Police said on Monday he had fled. Two days later, he was caught."
    assert [t.value for t in find_timexes(text, THU)] == ["2018-05-28", "2018-05-30"]
    # Nor is a day that names a thing.
    text = "He spoke on Monday about the Jan. 6 attack. Later that day, he left."
    assert [t.value for t in find_timexes(text, THU)] == ["2018-05-28", "2018-01-06", "2018-05-28"]
    # Nor a day after "since" once a day dates the news: it starts a stretch.
    text = "Oil fell on Monday. It has lost 20% since May 1. That day, traders sold."
    assert [t.value for t in find_timexes(text, THU)] == ["2018-05-28", "2018-05-01", "2018-05-28"]
    text = "Troops have held the town since May 1. Two days later, they left."
    assert [t.value for t in find_timexes(text, THU)] == ["2018-05-01", "2018-05-03"]


@pytest.mark.parametrize(
    ("text", "expression", "first", "until"),
    [
        ("They met Wednesday and Thursday in New York.", "Wednesday and Thursday", 30, 31),
        # The two weekdays are read together, not each by its tense.
        ("The ministry issued an alert for Saturday and Sunday.", "Saturday and Sunday", 2, 3),
        ("The talks will be held Wednesday and Thursday.", "Wednesday and Thursday", 6, 7),
        ("The fair runs from June 1 to June 3.", "June 1 to June 3", 1, 3),
        ("The fair runs June 1-3.", "June 1-3", 1, 3),
        ("It happened between May 30 and June 1.", "May 30 and June 1", 30, 1),
        # The comma after a year is the year's.
        ("It ran from May 5, 2018, to June 7, 2018.", "May 5, 2018, to June 7, 2018", 5, 7),
        (
            "Fires swept across Maui on Tuesday and into Wednesday.",
            "Tuesday and into Wednesday",
            29,
            30,
        ),
    ],
)
def test_ranges(text: str, expression: str, first: int, until: int) -> None:
    found = one(text)
    assert found.expression == expression
    assert found.date.day == first
    assert found.until is not None and found.until.day == until
    # Joined ranges keep their two ends; "June 1-3" is a single expression.
    assert len(found.parts) == (0 if "-" in expression else 2)


@pytest.mark.parametrize(
    "text",
    [
        "We've made real progress in the last 72 hours in setting the conditions.",
        "He served for three years.",
        "The market meets every Monday.",
        "The result will be known recently or soon.",
        "It will take place at a later date.",
        "The meeting starts at 10:30 a.m.",
        "The team won 2-1 and paid $2,018 for 2000 jobs.",
        "The Dow fell 2008 points.",
        "It may 5 times be wrong.",
        "Stocks fell on Black Monday.",
        "Investors in their 70s were hit.",
        "Forecasters expect highs in the 80s.",
        "Temperatures in the low 90s are expected.",
        "He has worked there over the last year.",
        "The deal closed two days after the election.",
        "He scored 2008 runs; see page 2019 and 1999 degrees.",
        "The second half of the game was tense.",
        "Mr. Sunday spoke.",
        "That year was hard.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_timexes(text, THU) == []


def test_attributive_year_is_marked() -> None:
    found = one("Parliament passed the 2018 budget.")
    assert found.attributive
    assert not one("The law was passed in 2018.").attributive
    assert one("Toyota will beat last year's profit.").attributive
    assert not one("Monday's attack killed 20.").attributive
    assert one("The team won the 2023-24 title.").attributive  # a season, as a year
    assert not one("Sales rose in 2008-09.").attributive
    # A word may stand between the determiner and the year.
    assert one("He apologized for a deadly 2010 raid.").attributive
    assert one("She wrote the original 1994 ban.").attributive
    assert not one("Sales fell in the year 2010 as a whole.").attributive


def test_no_publication_date_resolves_only_absolute_dates() -> None:
    found = scan_timexes("On Thursday, June 12 and May 31, 2018 were mentioned.", None)
    assert [t.value for t in found] == ["2018-05-31"]


def test_seed_body_expressions(seed_paragraphs: tuple[str, ...]) -> None:
    previous: dt.date | None = None
    seen = []
    for index, paragraph in enumerate(seed_paragraphs):
        for timex in find_timexes(paragraph, THU, previous=previous):
            seen.append((index, timex.expression, timex.start, timex.end, timex.value))
            if timex.precision == "day":
                previous = timex.last_day
    assert seen == [
        (0, "Thursday", 39, 47, "2018-05-31"),
        (1, "Wednesday and Thursday", 42, 64, "2018-05-30"),
        (5, "June 12", 39, 46, "2018-06-12"),
        (5, "last Thursday", 90, 103, "2018-05-24"),
        (6, "A day later", 0, 11, "2018-05-25"),
        (9, "June 12", 88, 95, "2018-06-12"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-05-01", (dt.date(2018, 5, 1), dt.date(2018, 5, 1), "day")),
        ("May 2018", (dt.date(2018, 5, 1), dt.date(2018, 5, 31), "month")),
        ("may 2018", (dt.date(2018, 5, 1), dt.date(2018, 5, 31), "month")),
        ("31 May 2018", (dt.date(2018, 5, 31), dt.date(2018, 5, 31), "day")),
        ("yesterday", (dt.date(2018, 5, 30), dt.date(2018, 5, 30), "day")),
        ("last week", (dt.date(2018, 5, 21), dt.date(2018, 5, 27), "week")),
        ("2018", (dt.date(2018, 1, 1), dt.date(2018, 12, 31), "year")),
        ("2018-05", (dt.date(2018, 5, 1), dt.date(2018, 5, 31), "month")),
        ("may", (dt.date(2018, 5, 1), dt.date(2018, 5, 31), "month")),
        ("this month", (dt.date(2018, 5, 1), dt.date(2018, 5, 31), "month")),
        ("Q1 2018", (dt.date(2018, 1, 1), dt.date(2018, 3, 31), "month")),
    ],
)
def test_resolve_user_date(text: str, expected: tuple[dt.date, dt.date, str]) -> None:
    assert resolve_user_date(text, THU) == expected


@pytest.mark.parametrize("text", ["", "soon", "banana", "2018-13", "May 2018 and then", "32/13/99"])
def test_resolve_user_date_refuses(text: str) -> None:
    assert resolve_user_date(text, THU) is None


_TIMEY = st.sampled_from(
    [
        " ",
        ",",
        ".",
        "-",
        "'",
        "May",
        "June",
        "31",
        "12",
        "2018",
        "Thursday",
        "last",
        "next",
        "day",
        "later",
        "the",
        "a",
        "ago",
        "week",
        "s",
        "1990s",
        "/",
        "on",
        "and",
        "Q3",
        "fall",
        "through",
        "Christmas",
        "Eve",
        "Easter",
        "before",
        "year-end",
        "mid-",
        "fiscal",
        "quarter",
    ]
)


# Multi-word shapes whose words a paragraph filter must not miss.
_SHAPES = [
    "on the\nday",
    "from\tnow",
    "the  end  of  the year",
    "earlier this month",
    "late\n2006",
    "by that\ntime",
    "for the\nyear",
    "on the same day",
    "Sept. 3",
    "the 1980's",
    "in the past",
    "two days ago",
    "a week later",
    "these days",
    "right now",
    "fiscal 1997",
    "1990–95",
    "the first half of 2016",
    "this past week",
    "Q3 2009",
    "last night",
    "tomorrow evening",
    # The widest forms, so that the reach bounds are tried at their limits.
    "Wednesday, September 30th through 31st, 2018,",
    "Wednesday, the 30th through 31st of December 2019.",
    "on Christmas Eve 2019",
    "last Thanksgiving",
    "the year-earlier quarter",
    "towards year end",
    "towards year's end",
    "the 30th of September, of last year",
    "next year's fiscal fourth quarter",
    "the September quarter",
    "the early twenty-second century",
    "the late 19th century B.C.",
    "in the next century",
    "by the end of the century",
]


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(max_size=200), st.lists(_TIMEY, max_size=40).map(" ".join)),
    st.dates(),
    st.one_of(st.none(), st.dates()),
)
def test_never_raises_and_offsets_hold(
    text: str, anchor: dt.date, previous: dt.date | None
) -> None:
    for timex in find_timexes(text, anchor, previous=previous):
        assert text[timex.start : timex.end] == timex.expression
        assert timex.until is None or timex.until >= timex.date


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60), st.dates())
def test_user_date_never_raises(text: str, today: dt.date) -> None:
    resolve_user_date(text, today)


@pytest.mark.parametrize(
    "unit", ["May 1 " * 4000, "1" * 30000, "the " * 8000, "'" * 30000, "Monday, " * 5000]
)
def test_adversarial_input_gives_sound_spans(unit: str) -> None:
    # Speed on such input is measured by bench/parse.py; here: it ends, soundly.
    for timex in find_timexes(unit, THU):
        assert unit[timex.start : timex.end] == timex.expression


def _every_pattern(text: str, skip: frozenset[str]) -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, pattern) for kind, pattern in temporal_scan._COMPILED if kind not in skip]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_TIMEY | st.sampled_from(_SHAPES), max_size=30).map(" ".join))
def test_word_prefilter_never_hides_a_date(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    # Patterns are skipped when a paragraph lacks the words they need; running
    # every pattern must find exactly the same expressions.
    filtered = find_timexes(text, THU, vague=True)
    with monkeypatch.context() as patched:
        patched.setattr(temporal_scan, "_runnable", _every_pattern)
        assert find_timexes(text, THU, vague=True) == filtered


def _single_spaced_word(token: str) -> bool:
    return bool(token.strip()) and token == " ".join(token.split())


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        (_TIMEY | st.sampled_from(_SHAPES)).filter(_single_spaced_word),
        min_size=25,
        max_size=80,
    ).map(" ".join)
)
def test_scanning_near_the_anchors_finds_what_the_whole_text_gives(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    # temporal_reach scans a pattern only around the words it needs, with
    # bounds measured on the patterns: scanning everything must agree. (The
    # bounds apply to single-spaced printable text; other text is scanned whole.)
    near = find_timexes(text, THU, vague=True)
    with monkeypatch.context() as patched:
        patched.setattr(PatternReach, "window", lambda self, kind: (0, len(self._text)))
        assert find_timexes(text, THU, vague=True) == near


def test_letters_that_match_ascii_ones_do_not_break_resolution() -> None:
    # "ſ" and "ı" match "s" and "i" in case-insensitive patterns.
    text = "WINTER a thurſday late ſpring"
    found = scan_timexes(text, THU, dt.date(2018, 5, 20), vague=True)
    assert all(text[t.start : t.end] == t.expression for t in found)


@pytest.mark.parametrize(
    ("text", "anchor", "values"),
    [
        # A yearless date after a full one goes forward into the next year...
        (
            "He was elected in November 1996 and took office in January.",
            dt.date(1998, 2, 27),
            ["1996-11", "1997-01"],
        ),
        # ...unless that puts a past event after the publication date.
        (
            "He was elected in November 1996 and took office in January.",
            dt.date(1996, 12, 10),
            ["1996-11", "1996-01"],
        ),
        ("Prices rose on March 3, 1997 and again on April 5.", THU, ["1997-03-03", "1997-04-05"]),
    ],
)
def test_year_hint_moves_forward(text: str, anchor: dt.date, values: list[str]) -> None:
    assert [t.value for t in find_timexes(text, anchor)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The ceremony will be held on Christmas Day.", ["1998-12-25"]),
        ("Markets were closed on New Year's Day.", ["1998-01-01"]),
        ("The talks stalled over Easter, officials said.", ["1997-03-30"]),
        ("He died last Thanksgiving.", ["1997-11-27"]),
        ("The strike began on Labor Day 2019.", ["2019-09-02"]),
        ("Flights resume after Easter Monday.", ["1998-04-13"]),
        ("The vote comes before Memorial Day.", ["1998-05-25"]),
        ("Marchers gathered on Martin Luther King Jr. Day.", ["1998-01-19"]),
        ("Offices close on Presidents' Day.", ["1998-02-16"]),
        ("She spoke on MLK Day and on Columbus Day.", ["1998-01-19", "1997-10-13"]),
        ("The parade is on St. Patrick's Day.", ["1998-03-17"]),
        ("Fireworks will light the sky on the Fourth of July.", ["1998-07-04"]),
        # "until after" looks ahead as "until" does, though the verb is past.
        ("The Senate postponed the vote until after Easter.", ["1998-04-12"]),
        # The name of a season of shopping, an island or a festival is no day.
        ("Christmas shopping rose.", []),
        ("Over the Christmas holiday, sales fell.", []),
        ("Easter Island is remote.", []),
        ("Lunar New Year celebrations began.", []),
    ],
)
def test_holidays(text: str, values: list[str]) -> None:
    friday = dt.date(1998, 2, 27)
    assert [t.value for t in find_timexes(text, friday)] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks are set for March 4 and 5 in Geneva.", [("March 4 and 5", "2018-03-05")]),
        ("The summit is on 4 and 5 March.", [("4 and 5 March", "2018-03-05")]),
        ("Voting runs June 1 through 3, 2019.", [("June 1 through 3, 2019", "2019-06-03")]),
        # A number after "and" that counts something is no second day.
        ("On March 4 and 5 others were hurt.", [("March 4", None)]),
    ],
)
def test_day_ranges_with_and(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = find_timexes(text, dt.date(2018, 2, 27))
    assert [(t.expression, t.until.isoformat() if t.until else None) for t in found] == expected


def test_anchored_day_counts_from_the_end_of_a_range() -> None:
    text = "They met on March 4 and 5, and again by phone two days later."
    found = find_timexes(text, dt.date(2019, 3, 20))
    assert [t.value for t in found] == ["2019-03-04", "2019-03-07"]


def test_an_hour_without_minutes_before_a_day_is_a_time() -> None:
    found = one("Polls close at 8 p.m. ET on Tuesday.")
    assert (found.expression, found.timex_type) == ("8 p.m. ET on Tuesday", "TIME")
    assert found.value.endswith("T20:00")
    # A bare number is no hour.
    assert one("He scored 8 on Tuesday.").timex_type == "DATE"


def test_noon_and_midnight_before_a_day() -> None:
    assert one("Talks resume at noon on Monday.").value == "2018-06-04T12:00"
    assert one("The deadline is midnight Friday.").value == "2018-06-01T24:00"
