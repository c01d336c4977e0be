"""Dates on held-out wire phrasings (round six): 1989-2000 business, world and
broadcast copy, and spring 2013."""

from __future__ import annotations

import datetime as dt

from bot.news.dates import find_timexes


def _values(text: str, anchor: dt.date) -> list[tuple[str, str]]:
    return [(t.expression, t.value) for t in find_timexes(text, anchor)]


def test_a_month_ahead_is_not_the_one_just_gone() -> None:
    text = "Indonesia will hold elections in December."
    assert _values(text, dt.date(1998, 1, 14)) == [("December", "1998-12")]
    assert _values(text.replace("December", "April"), dt.date(1998, 5, 12)) == [
        ("April", "1999-04")
    ]
    # (not "this March", nor a future told from a month gone)
    text = "The plant closed this March after a fire."
    assert _values(text, dt.date(1995, 6, 20)) == [("this March", "1995-03")]
    text = "Officials said in December that the Senate will vote in January."
    assert _values(text, dt.date(1998, 2, 10))[-1] == ("January", "1998-01")


def test_a_planned_thing_is_a_noun_not_a_plan_of_the_clause() -> None:
    thursday = dt.date(2013, 5, 2)
    text = "Capriles called off a planned march on April 17 to avoid bloodshed."
    assert _values(text, thursday) == [("April 17", "2013-04-17")]
    text = "Capriles canceled the scheduled rally on March 30."
    assert _values(text, thursday) == [("March 30", "2013-03-30")]
    text = "Capriles will hold the scheduled rally on March 30."
    assert _values(text, thursday) == [("March 30", "2014-03-30")]


def test_a_deadline_given_in_a_past_perfect_is_the_nearest_day() -> None:
    friday = dt.date(2013, 4, 26)
    text = "The council had given the company until Wednesday to respond."
    assert _values(text, friday) == [("Wednesday", "2013-04-24")]
    text = "The council gave the company until Wednesday to respond."
    assert _values(text, friday) == [("Wednesday", "2013-05-01")]


def test_a_day_a_demand_or_an_order_sets_as_a_deadline_lies_ahead() -> None:
    thursday = dt.date(1998, 5, 21)
    text = "The Security Council on Tuesday urged Iraq to comply by Friday."
    assert _values(text, thursday) == [("Tuesday", "1998-05-19"), ("Friday", "1998-05-22")]
    text = "Students on Tuesday demanded that Suharto resign by Friday."
    assert _values(text, thursday)[1] == ("Friday", "1998-05-22")
    text = "The court ordered counties to finish by Sunday."
    assert _values(text, thursday) == [("Sunday", "1998-05-24")]
    text = "The court set a new deadline of 5 p.m. on Sunday for counties to report."
    assert _values(text, thursday)[0][1].startswith("1998-05-24")
    # (the asking's day, where no deadline is set)
    text = "He urged both sides to show restraint on Wednesday."
    assert _values(text, thursday) == [("Wednesday", "1998-05-20")]


def test_a_possessive_day_of_a_loss_or_of_a_game_told_of_in_the_past_is_gone() -> None:
    monday = dt.date(1989, 10, 16)
    text = "She expected the market to recover most of Friday's loss within three weeks."
    assert _values(text, monday) == [("Friday's", "1989-10-13")]
    text = "Investors hope to recoup Thursday's losses."
    assert _values(text, monday) == [("Thursday's", "1989-10-12")]
    # (a quotation's present before the teller tells nothing of the game's day)
    text = '"This is our city," David Ortiz told the crowd before Saturday\'s game.'
    assert _values(text, dt.date(2013, 4, 22)) == [("Saturday's", "2013-04-20")]


def test_programmes_pacts_and_idioms_named_with_date_words_are_no_dates() -> None:
    monday = dt.date(1998, 2, 23)
    text = 'Sandy Berger appeared Sunday on ABC\'s "This Week."'
    assert _values(text, monday) == [("Sunday", "1998-02-22")]
    assert _values("Berger appeared on ABC's This Week.", monday) == []
    assert _values("From CNN, this is The World Today.", monday) == []
    assert _values("This week, he left.", monday) == [("This week", "1998-W09")]
    text = "Voters approved the Good Friday peace agreement, according to results."
    assert _values(text, monday) == []
    text = "I just tried to stay in the moment, Johnson said."
    assert find_timexes(text, monday, vague=True) == []
    assert [t.value for t in find_timexes("At the moment, it is fine.", monday, vague=True)] == [
        "PRESENT_REF"
    ]


def test_a_quoted_today_counts_from_the_day_the_quotation_was_said() -> None:
    wednesday = dt.date(1998, 3, 4)
    text = '"We will decide tomorrow," Clinton said Monday.'
    assert _values(text, wednesday) == [("tomorrow", "1998-03-03"), ("Monday", "1998-03-02")]
    text = 'Moi said in a speech on Sunday: "Yesterday was a dark day."'
    assert _values(text, wednesday) == [("Sunday", "1998-03-01"), ("Yesterday", "1998-02-28")]
    # (said on no day, or on the day of the story: from the publication date)
    assert _values('"We will decide tomorrow," Clinton said.', wednesday) == [
        ("tomorrow", "1998-03-05")
    ]
    text = '"We will decide tomorrow," Clinton said Wednesday.'
    assert _values(text, wednesday)[0] == ("tomorrow", "1998-03-05")
    # (a day of another sentence is no attribution of this one)
    text = 'He left on Monday. "Today we rest," the coach said.'
    assert _values(text, wednesday)[1] == ("Today", "1998-03-04")


def test_a_season_or_a_crest_that_is_due_lies_ahead() -> None:
    friday = dt.date(2000, 3, 10)
    assert _values("The election is in the fall.", friday) == [("fall", "2000-FA")]
    text = "Officials said the river crests in June."
    assert _values(text, dt.date(1998, 3, 10)) == [("June", "1998-06")]
    # (a plural noun after "the" is no verb)
    assert _values("The peaks in June were higher.", dt.date(1998, 3, 10)) == [("June", "1997-06")]


def test_days_counted_after_a_month_just_named_are_not_counted_from_an_older_day() -> None:
    text = (
        "Kerry and Lavrov met in Moscow on Tuesday. Last month, the rebels seized an air "
        "base. Government troops retook it two days later."
    )
    assert _values(text, dt.date(2013, 5, 10)) == [
        ("Tuesday", "2013-05-07"),
        ("Last month", "2013-04"),
    ]


def test_a_plan_as_it_stood_with_a_bare_weekday_is_the_nearest_day() -> None:
    wednesday = dt.date(2000, 2, 2)
    text = (
        "Mr. McCain campaigned in South Carolina on Tuesday, and Mr. Bush was to campaign "
        "there Thursday."
    )
    assert _values(text, wednesday) == [("Tuesday", "2000-02-01"), ("Thursday", "2000-02-03")]


def test_a_count_back_told_in_the_past_counts_from_the_last_day_gone() -> None:
    text = (
        "The plant was shut on Monday. It will reopen on Friday. A week earlier, "
        "inspectors had found a leak."
    )
    assert _values(text, dt.date(2000, 2, 2))[-1] == ("A week earlier", "2000-01-24")
    text = "It will reopen on Friday. Two days earlier, the company will hold a vote."
    assert _values(text, dt.date(2000, 2, 2))[-1] == ("Two days earlier", "2000-02-02")


def test_the_planning_is_a_noun_and_was_planning_a_verb() -> None:
    monday = dt.date(1998, 6, 15)
    text = "The defense ministers approved the planning at a meeting in Brussels on Thursday."
    assert _values(text, monday) == [("Thursday", "1998-06-11")]
    text = "NATO said it was planning a meeting on Thursday."
    assert _values(text, monday) == [("Thursday", "1998-06-18")]


def test_a_day_something_was_due_on_is_a_plan_as_it_stood() -> None:
    wednesday = dt.date(1990, 1, 10)
    text = "The bonds were due Dec. 15, but the company did not pay."
    assert _values(text, wednesday) == [("Dec. 15", "1989-12-15")]
    assert _values("The payment was due Feb. 15.", wednesday) == [("Feb. 15", "1990-02-15")]


def test_a_day_of_the_month_set_for_is_a_date() -> None:
    monday = dt.date(2007, 2, 26)
    assert _values("The vote is planned for the 28th.", monday) == [("the 28th", "2007-02-28")]
    assert _values("He finished in the top 10 for the 5th time.", monday) == []


def test_a_speakers_today_that_names_its_date_is_that_date() -> None:
    text = '"At 4:25 p.m. today, March 5, our president died," Maduro said.'
    assert _values(text, dt.date(2013, 3, 6)) == [
        ("4:25 p.m. today", "2013-03-05T16:25"),
        ("March 5", "2013-03-05"),
    ]


def test_a_streak_told_as_under_way_runs_to_no_day_ahead() -> None:
    text = (
        "A memorial service will be held on Saturday in Cavalese. Heavy rain has "
        "battered the California coast for the third straight day."
    )
    assert _values(text, dt.date(1998, 2, 5))[-1] == ("the third straight day", "1998-02-05")


def test_a_settled_passive_intent_is_the_nearest_month() -> None:
    tuesday = dt.date(1989, 12, 5)
    text = "Columbia agreed to be acquired by Sony Corp. in September."
    assert _values(text, tuesday) == [("September", "1989-09")]
    text = "Columbia is expected to be acquired in September."
    assert _values(text, tuesday) == [("September", "1990-09")]


def test_review_of_this_rounds_rules_keeps_their_look_alikes_apart() -> None:
    # A day in a relative clause or a noun after the teller is no day of the saying.
    wednesday = dt.date(1998, 3, 4)
    text = '"Today is a sad day," said Jones, whose son was killed on Saturday.'
    assert _values(text, wednesday)[0] == ("Today", "1998-03-04")
    text = '"Today the city is calm," a police spokesman said, a day after Monday\'s riots.'
    assert _values(text, wednesday)[0] == ("Today", "1998-03-04")
    # A deadline set on a day named before it lies after that day, told days later too.
    text = "The Security Council on Tuesday urged Iraq to comply by Friday."
    assert _values(text, dt.date(1998, 5, 23))[-1] == ("Friday", "1998-05-22")
    # "was to blame" is no plan; "ahead of a planned march" lies ahead; "has agreed to be
    # interviewed on Friday" is done ahead.
    text = "The pilot was to blame for Thursday's crash, investigators said."
    assert _values(text, dt.date(2000, 2, 2)) == [("Thursday's", "2000-01-27")]
    text = "Police had deployed 5,000 officers ahead of a planned march on Saturday."
    assert _values(text, dt.date(2013, 5, 3)) == [("Saturday", "2013-05-04")]
    text = "Noriega has agreed to be interviewed by prosecutors on Friday."
    assert _values(text, wednesday) == [("Friday", "1998-03-06")]
