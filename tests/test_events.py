"""Events: dated clauses of an article, captions first, each told once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.caption_events import caption_text
from bot.news.event_text import clause_text
from bot.news.events import find_events
from bot.news.model import Article, Caption, Event
from bot.news.pipeline import parse_article
from bot.news.reader import read_article

SEED = Path(__file__).resolve().parent.parent / "data/articles/2018-05-31-pompeo-kim-yong-chol.txt"
D = dt.date
SEED_DAY = D(2018, 5, 31)


@pytest.fixture(scope="module")
def seed_events() -> tuple[Event, ...]:
    """The events of the seed article read by the reader."""
    return find_events(read_article(SEED.read_bytes(), str(SEED)))


def _article(
    paragraphs: tuple[str, ...],
    published: dt.date | None = SEED_DAY,
    captions: tuple[Caption, ...] = (),
) -> Article:
    return Article(
        source="test",
        published=published,
        title="A title",
        title_given=True,
        captions=captions,
        paragraphs=paragraphs,
    )


def _texts(paragraphs: tuple[str, ...], published: dt.date = SEED_DAY) -> dict[str, str]:
    """Each event's text by its expression."""
    return {e.expression: e.text for e in find_events(_article(paragraphs, published))}


def test_seed_has_exactly_the_nine_events(seed_events: tuple[Event, ...]) -> None:
    got = [
        (
            e.date,
            e.until,
            e.precision,
            e.expression,
            e.span.location,
            e.span.paragraph,
            e.span.start,
            e.span.end,
        )
        for e in seed_events
    ]
    assert got == [
        (D(2018, 5, 31), None, "day", "May 31, 2018", "caption", 0, 149, 161),
        (D(2018, 5, 30), None, "day", "May 30, 2018", "caption", 1, 310, 322),
        (D(2018, 5, 31), None, "day", "May 31, 2018", "caption", 2, 168, 180),
        (D(2018, 5, 31), None, "day", "Thursday", "body", 0, 39, 47),
        (D(2018, 5, 30), D(2018, 5, 31), "day", "Wednesday and Thursday", "body", 1, 42, 64),
        (D(2018, 6, 12), None, "day", "June 12", "body", 5, 39, 46),
        (D(2018, 5, 24), None, "day", "last Thursday", "body", 5, 90, 103),
        (D(2018, 5, 25), None, "day", "A day later", "body", 6, 0, 11),
        (D(2018, 6, 12), None, "day", "June 12", "body", 9, 88, 95),
    ]


def test_seed_texts_read_on_their_own(seed_events: tuple[Event, ...]) -> None:
    by_expression = {(e.expression, e.span.paragraph): e.text for e in seed_events}
    called_off = by_expression[("last Thursday", 5)]
    assert called_off.startswith("Trump called it off")
    assert "hostility" in called_off
    assert "although" not in called_off and "last Thursday" not in called_off
    assert (
        by_expression[("June 12", 5)]
        == "The summit was initially scheduled for June 12 in Singapore"
    )
    later = by_expression[("A day later", 6)]
    assert later.startswith("The US president said") and "however" not in later
    caption = by_expression[("May 31, 2018", 0)]
    assert caption.endswith("in New York") and "EPA" not in caption and "2018" not in caption
    for event in seed_events:
        assert event.text[:1].isupper() and not event.text.endswith((".", ","))
        assert event.people == ()


def test_seed_upcoming_only_for_the_summit_date(seed_events: tuple[Event, ...]) -> None:
    assert [e.expression for e in seed_events if e.upcoming] == ["June 12", "June 12"]


def test_nothing_for_durations_or_vague_dates(seed_events: tuple[Event, ...]) -> None:
    assert not any("72 hours" in e.expression or "later date" in e.expression for e in seed_events)


def test_a_dateline_is_not_part_of_the_event() -> None:
    article = _article(
        ("WASHINGTON (Reuters) - The Treasury said on Wednesday that talks made progress.",)
    )
    (event,) = find_events(article)
    assert event.text == "The Treasury said that talks made progress"
    # The dateline's own date dates the news after it, unless that gives its own day.
    article = _article(("KYIV, May 31 (Reuters) - Russian forces took Kherson, the mayor said.",))
    assert [(e.expression, e.text) for e in find_events(article)] == [
        ("May 31", "Russian forces took Kherson, the mayor said")
    ]
    article = _article(("KYIV, May 31 (AP) - Troops took Kherson, the mayor said on Thursday.",))
    assert [(e.expression, e.text) for e in find_events(article)] == [
        ("Thursday", "Troops took Kherson, the mayor said")
    ]


def test_an_expression_inside_a_noun_phrase_stays_in_the_text() -> None:
    article = _article(("Apple reported a drop in revenue in its last quarter, analysts said.",))
    (event,) = find_events(article)
    assert event.text == "Apple reported a drop in revenue in its last quarter, analysts said"


def test_same_event_twice_is_listed_once() -> None:
    article = _article(
        (
            "The central bank raised interest rates on Tuesday, surprising investors.",
            "On Tuesday the central bank raised interest rates by half a point.",
            "Separately, the finance minister resigned on Tuesday.",
        )
    )
    events = find_events(article)
    assert [e.span.paragraph for e in events] == [0, 2]


def test_one_day_named_twice_in_a_row_is_one_event() -> None:
    article = _article(
        (
            "U.S. markets are closed on Monday for Martin Luther King Jr. Day, a holiday.",
            "Polls opened on Tuesday, Jan. 15. Results came in on Tuesday night.",
            # A period that holds the day, set beside it, names it again; so does one
            # the day after it narrows.
            "The war ended on Jan. 17, 2001, seven years ago this month.",
            "He was captured in 2003 and was hanged three years later, on Dec. 30, 2006.",
        ),
        published=D(2008, 1, 21),
    )
    assert [e.expression for e in find_events(article)] == [
        "Monday",
        "Tuesday, Jan. 15",
        "Tuesday night",
        "Jan. 17, 2001",
        "2003",
        "Dec. 30, 2006",
    ]


def test_a_holiday_followed_by_its_day_is_dated_by_the_day() -> None:
    article = _article(
        (
            "Holy Week begins with Palm Sunday on March 24 and ends with Easter on March 31.",
            "The Good Friday Agreement was signed in 1998.",
        ),
        published=D(2013, 3, 14),
    )
    assert [(e.expression, e.text) for e in find_events(article)] == [
        ("March 24", "Holy Week begins with Palm Sunday on March 24"),
        ("March 31", "Holy Week ends with Easter on March 31"),
        ("1998", "The Good Friday Agreement was signed in 1998"),
    ]


def test_future_tense_is_upcoming_and_anchor_crosses_paragraphs() -> None:
    article = _article(
        (
            "Officials met on May 20 in Geneva.",
            "Two days later, the talks collapsed.",
            "The ministers will meet again on Monday, a spokesman said.",
        )
    )
    events = find_events(article)
    assert [(e.date, e.upcoming) for e in events] == [
        (D(2018, 5, 20), False),
        (D(2018, 5, 22), False),
        (D(2018, 6, 4), True),
    ]
    assert events[1].text == "The talks collapsed"


def test_a_period_compared_with_does_not_take_the_focus() -> None:
    article = _article(
        (
            "Net income rose 12% in the fourth quarter from a year earlier.",
            "For the year, profit was $3.2 billion.",
        ),
        published=D(1998, 2, 13),
    )
    # (The quarter compared with is no event: the clause tells of this one.)
    assert [(e.expression, e.date, e.until) for e in find_events(article)] == [
        ("the fourth quarter", D(1997, 10, 1), D(1997, 12, 31)),
        ("the year", D(1997, 1, 1), None),
    ]


def test_relative_words_stay_where_the_clause_needs_them() -> None:
    article = _article(
        (
            "The switch, he said, would happen beginning next year.",
            "The iPhone was introduced less than two weeks ago.",
            "A vote could come as early as Friday.",
            "The deal closed late Thursday.",
            "Toyota will beat last year's profit.",
        )
    )
    texts = [e.text for e in find_events(article)]
    assert texts == [
        "The switch, he said, would happen beginning next year",
        "The iPhone was introduced less than two weeks ago",
        "A vote could come as early as Friday",
        "The deal closed late Thursday",
    ]


def test_subject_expressions_stay_and_past_periods_are_not_upcoming() -> None:
    article = _article(
        (
            '"Unfortunately, that day has come," he said.',
            "Ford will cut 30,000 jobs after a loss last year.",
            "Bumpers were priced at $29, but will be free until September 30.",
        )
    )
    first, second, third = find_events(article)
    assert third.text == "Bumpers were priced at $29, but will be free until September 30"
    assert first.text == '"Unfortunately, that day has come," he said'
    assert (second.expression, second.upcoming) == ("last year", False)


def test_earlier_or_later_in_a_period_of_now_says_which_side_of_now() -> None:
    article = _article(
        (
            "The committee voted to keep rates at 0.5% at its meeting earlier this month.",
            "A showdown with the House is expected later this month.",
            "He said earlier today that he would meet them.",
        )
    )
    found = [(e.expression, e.upcoming) for e in find_events(article)]
    assert found == [
        ("earlier this month", False),
        ("later this month", True),
        ("earlier today", False),
    ]


def test_a_semicolon_starts_a_clause_even_before_later() -> None:
    article = _article(
        (
            "The strike began Oct. 2. By that day, talks had failed;"
            " later that month, the union agreed.",
        ),
        published=D(2018, 10, 15),
    )
    events = find_events(article)
    assert [(e.expression, e.date, e.text) for e in events] == [
        ("Oct. 2", D(2018, 10, 2), "The strike began Oct. 2"),
        ("that day", D(2018, 10, 2), "By that day, talks had failed"),
        ("later that month", D(2018, 10, 1), "The union agreed"),
    ]
    # A comma before "but" keeps one subject for both verbs, as before.
    text = "It fell, but later recovered in May."
    start = text.index("May")
    assert clause_text(text, start, start + 3) == "It fell, but later recovered in May"


def test_a_dropped_expression_leaves_no_doubled_marks() -> None:
    text = "Talks had failed; later that month, the union agreed."
    start = text.index("later")
    assert clause_text(text, start, start + len("later that month")) == "The union agreed"
    text = "Officials met: next week, they will vote."
    start = text.index("next")
    assert clause_text(text, start, start + len("next week")) == "Officials met: they will vote"


def test_an_expression_inside_a_quote_stays_there() -> None:
    # (cut out, it would misquote the speaker)
    article = _article(
        (
            'The president said in a statement: "Today, the world lost a creative icon."',
            '"This morning\'s numbers were weak," he said.',
        )
    )
    assert [e.text for e in find_events(article)] == [
        'The president said in a statement: "Today, the world lost a creative icon"',
        '"This morning\'s numbers were weak," he said',
    ]


def test_cut_clauses_lose_their_hanging_words() -> None:
    article = _article(
        (
            "Claims rose 15,000 last week to 444,000, which, according to the Times, is high.",
            'He was confident, adding that "today\'s plan is more aggressive."',
        )
    )
    texts = [e.text for e in find_events(article)]
    assert texts == ["Claims rose 15,000 to 444,000", '"Today\'s plan is more aggressive"']


def test_without_publication_date_only_absolute_dates() -> None:
    article = _article(("He left on Friday and came back on June 3, 2017.",), published=None)
    assert [e.expression for e in find_events(article)] == ["June 3, 2017"]


def test_caption_uses_the_photo_day() -> None:
    caption = Caption(
        text="Photo released on June 2, 2018 shows the minister in Paris, France, June 1, 2018. "
        "EPA/SOMEONE",
        credit="EPA/SOMEONE",
        date=D(2018, 6, 1),
        place="Paris, France",
    )
    (event,) = find_events(_article(("No dates here.",), D(2018, 6, 2), (caption,)))
    assert (event.date, event.span.location, event.expression) == (
        D(2018, 6, 1),
        "caption",
        "June 1, 2018",
    )
    assert event.text == "The minister in Paris"


def test_a_file_photo_label_is_not_what_the_photo_shows() -> None:
    caption = Caption(
        text="FILE PHOTO: Boeing's logo is seen at the Paris Air Show in Le Bourget, France, "
        "June 19, 2017. REUTERS/Pascal Rossignol/File Photo",
        credit="REUTERS/Pascal Rossignol/File Photo",
        date=D(2017, 6, 19),
        place="Le Bourget, France",
    )
    (event,) = find_events(_article(("No dates here.",), D(2024, 3, 7), (caption,)))
    assert event.text == "Boeing's logo is seen at the Paris Air Show in Le Bourget"


def test_huge_caption_is_cheap() -> None:
    text = "Crowds gather " + "and , which " * 20000 + "in Rome, Italy, 01 May 2018. AFP/X"
    caption = Caption(text=text, credit="AFP/X", date=D(2018, 5, 1), place="Rome, Italy")
    (event,) = find_events(_article(("No dates here.",), D(2018, 5, 2), (caption,)))
    assert event.text.startswith("Crowds gather")


def test_caption_drops_an_aside_before_the_place() -> None:
    caption = Caption(
        text="Aid workers unload food as they prepare for the storm in Miami, Florida, USA, "
        "09 September 2017. EPA/A. PHOTOGRAPHER",
        credit="EPA/A. PHOTOGRAPHER",
        date=D(2017, 9, 9),
        place="Miami, Florida, USA",
    )
    (event,) = find_events(_article(("No dates here.",), D(2017, 9, 10), (caption,)))
    assert event.expression == "09 September 2017"
    assert event.text == "Aid workers unload food in Miami"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(max_size=120), max_size=4),
    st.one_of(st.none(), st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 1, 1))),
)
def test_find_events_never_raises(paragraphs: list[str], published: dt.date | None) -> None:
    for event in find_events(_article(tuple(paragraphs), published)):
        text = paragraphs[event.span.paragraph]
        assert text[event.span.start : event.span.end] == event.expression


@pytest.mark.parametrize(
    "unit", ["May 1 ", "Monday, ", "a day later, ", "Q1 ", "1990s-", "May 1 and , which "]
)
def test_many_events_in_one_paragraph_stay_linear(unit: str) -> None:
    # Thousands of dates in one run-on paragraph: each event reads only its own
    # neighbourhood and is compared with a bounded number of earlier ones.
    # (bench/parse.py measures the time; here each event must still be sound.)
    text = (unit * (12000 // len(unit)))[:12000]
    for event in find_events(_article((text,))):
        assert text[event.span.start : event.span.end] == event.expression


@pytest.mark.parametrize(
    ("sentence", "expression", "text"),
    [
        # An "according to" aside inside the clause is cut, not taken as its start...
        (
            "The storm, according to forecasters at the weather service, will hit on Thursday.",
            "Thursday",
            "The storm will hit",
        ),
        # ...while one that follows the clause still ends it.
        (
            "The storm hit on Thursday, according to forecasters.",
            "Thursday",
            "The storm hit",
        ),
    ],
)
def test_an_according_to_aside_inside_the_clause(sentence: str, expression: str, text: str) -> None:
    start = sentence.index(expression)
    assert clause_text(sentence, start, start + len(expression)) == text


def test_a_comma_inside_a_quotation_does_not_cut_the_clause() -> None:
    paragraph = (
        '"I pledge to be a president who seeks not to divide, but to unify," Biden told '
        "supporters in Wilmington late on Saturday."
    )
    start = paragraph.index("Saturday")
    assert clause_text(paragraph, start, start + len("Saturday")) == (
        '"I pledge to be a president who seeks not to divide, but to unify," Biden told '
        "supporters in Wilmington late on Saturday"
    )


def test_early_or_late_on_a_day_stays_with_the_day() -> None:
    paragraph = "Trump had claimed victory early on Wednesday, hours after polls closed."
    start = paragraph.index("Wednesday")
    assert clause_text(paragraph, start, start + len("Wednesday")) == (
        "Trump had claimed victory early on Wednesday, hours after polls closed"
    )


def _clause_of(text: str, expression: str) -> str:
    """The clause `clause_text` gives for the first `expression` in `text`."""
    start = text.index(expression)
    return clause_text(text, start, start + len(expression))


def test_an_expression_a_word_needs_stays_in_the_text() -> None:
    text = "Two runways will remain closed until at least Thursday."
    assert _clause_of(text, "Thursday") == text.rstrip(".")


def test_an_expression_that_is_the_subject_of_a_verb_stays_in_the_text() -> None:
    text = "He said the previous year was a record."
    assert _clause_of(text, "the previous year") == text.rstrip(".")
    # An adverb before a verb still goes: "Apple today has introduced".
    text = "Apple Inc. today has introduced the iPhone."
    assert _clause_of(text, "today") == "Apple Inc. has introduced the iPhone"


def test_an_expression_a_relative_clause_describes_stays() -> None:
    text = "Apple's profit rose 78 percent during the last quarter, which ended Dec. 30."
    assert _clause_of(text, "the last quarter") == text.rstrip(".")


def test_a_caption_loses_the_preposition_of_its_date() -> None:
    text = "Supporters cheer at an election night party in Phoenix on Tuesday. REUTERS/Brian Snyder"
    caption = Caption(text=text, credit="REUTERS/Brian Snyder", date=None, place=None)
    start = text.index("Tuesday")
    assert caption_text(caption, start, start + 7) == (
        "Supporters cheer at an election night party in Phoenix"
    )


def test_a_1990s_wire_dateline_with_an_underscore() -> None:
    raw = (
        b"date 1998-02-27\n\nWASHINGTON (AP) _ President Clinton said Thursday he would veto "
        b"the bill.\n\nNEW YORK _ Stocks fell sharply Friday.\n"
    )
    article = parse_article(raw, "apw.txt")
    assert article.briefing is not None
    assert article.briefing.headline == "President Clinton said Thursday he would veto the bill"
    assert [e.text for e in article.events] == [
        "President Clinton said he would veto the bill",
        "Stocks fell sharply",
    ]


def test_an_expression_inside_a_relative_aside_dates_the_aside() -> None:
    text = "City, who won the league title last Sunday, will begin their defence in August."
    assert _clause_of(text, "last Sunday") == "City won the league title"
    # The aside's own date makes it another event: the main clause leaves it out.
    assert _clause_of(text, "August") == "City will begin their defence in August"
    text = "The deal, which was signed on Monday, takes effect in June."
    assert _clause_of(text, "Monday") == "The deal was signed"
    # A participle aside after the subject is told of it, and left out of the
    # main clause's text; the comma after a date's year closes it before a verb.
    text = "The company, founded in 1990, said on Monday it would grow."
    assert _clause_of(text, "1990") == "The company was founded in 1990"
    assert _clause_of("The hotline, set up in 2002, is used daily.", "2002") == (
        "The hotline was set up in 2002"
    )
    # A three-letter participle opens a sentence too; "a story" is no verb.
    assert _clause_of("Set in 1920, the film tells a story.", "1920") == "The film was set in 1920"
    assert _clause_of(text, "Monday") == "The company said it would grow"
    text = "Jobs, born in San Francisco on February 24, 1955, has built a company, with a value."
    assert _clause_of(text, "February 24, 1955") == (
        "Jobs was born in San Francisco on February 24, 1955"
    )
    assert _clause_of("The bills, passed by the House in March, stalled.", "March") == (
        "The bills were passed by the House in March"
    )
    # The name a clause with a verb of its own ends on is the one described.
    text = "Francis will meet Benedict XVI, who resigned on Feb. 28, soon."
    assert _clause_of(text, "Feb. 28") == "Benedict XVI resigned on Feb. 28"
    # A relative clause that ends the sentence with a date of its own is another
    # event; one that tells of the expression itself stays ("for the quarter, which").
    text = "The council on Saturday set a vote to replace Hugo Chavez, who died Tuesday."
    assert _clause_of(text, "Saturday") == "The council set a vote to replace Hugo Chavez"
    text = "Analysts expected a profit for the quarter, which ended Dec. 31."
    assert _clause_of(text, "the quarter") == text.rstrip(".")
    # The commas of a date inside the aside close nothing.
    text = "The war, which began on March 20, 2003, with a barrage of missiles, lasted years."
    assert _clause_of(text, "March 20, 2003") == (
        "The war began on March 20, 2003, with a barrage of missiles"
    )
    # "whose": the name owns the aside's subject.
    text = "The company, whose shares rose 5% on Monday, said it would grow."
    assert _clause_of(text, "Monday") == "The company's shares rose 5%"
    text = "He beat Chrystia Freeland, whose resignation in December hurt Trudeau."
    assert (
        _clause_of(text, "December") == "Chrystia Freeland's resignation in December hurt Trudeau"
    )
    # "whom": the name is the object of the aside's verb.
    text = "Prime Minister Liz Truss, whom the queen appointed on Tuesday, called her a rock."
    assert _clause_of(text, "Tuesday") == "The queen appointed Prime Minister Liz Truss"
    text = "The minister, whom Macron named in 2022, resigned on Friday."
    assert _clause_of(text, "2022") == "Macron named the minister in 2022"
    # The noun after a conjunction, with or without a capital.
    text = "The episode comes as China's new leaders, who took power in November, face anger."
    assert _clause_of(text, "November") == "China's new leaders took power in November"
    text = "It rose as the company's shares, which fell on Monday, recovered."
    assert _clause_of(text, "Monday") == "The company's shares fell"
    # After a long clause with a verb of its own: the nearest noun phrase.
    text = (
        "Iraq marked the 10th anniversary of the U.S.-led invasion, which began in "
        "March 2003, with a wave of bombings on Tuesday."
    )
    assert _clause_of(text, "March 2003") == "The U.S.-led invasion began in March 2003"
    # A noun phrase that ends the sentence after a preposition is the nearest too.
    text = "North Korea barred South Korean workers from the Kaesong park, which opened in 2004."
    assert _clause_of(text, "2004") == "The Kaesong park opened in 2004"
    # "who" is a person's, a preposition before the name or not.
    text = "The award went to Ben Affleck, who was snubbed for a nomination in January."
    assert _clause_of(text, "January") == "Ben Affleck was snubbed for a nomination in January"
    # An apposition's own relative clause is told of the name before it.
    text = "With Gene Siskel, who died in 1999, he hosted a television show."
    assert _clause_of(text, "1999") == "Gene Siskel died in 1999"
    text = "John Smith, a former senator who served from 1980 to 1992, died on Wednesday."
    assert _clause_of(text, "1980 to 1992") == "John Smith served from 1980 to 1992"
    assert _clause_of(text, "Wednesday") == "John Smith died"


def test_a_pronoun_after_a_conjunction_in_a_relative_clause_is_its_noun() -> None:
    # "they" is the fires the clause describes; the day dates their breaking out,
    # not the killing or the firefighters' gains.
    texts = [
        e.text
        for paragraph in (
            "Crews made gains on Sunday against the fires, which have killed 27 people "
            "since they broke out on Jan. 7.",
            "Russia struck Kyiv, in a war that has killed thousands since it began in 2022.",
            # A relative clause with a subject of its own: "it" is that subject.
            "The deal that it signed when it joined in 2019 ended.",
        )
        for e in find_events(_article((paragraph,)))
    ]
    # (The relative clause, an event of its own, is left out of the gains' text.)
    assert texts == [
        "Crews made gains against the fires",
        "The fires broke out on Jan. 7",
        "The war began in 2022",
        "The deal that it signed when it joined in 2019 ended",
    ]


def test_a_participle_that_opens_a_sentence_is_told_of_its_subject() -> None:
    texts = [
        e.text
        for paragraph in (
            "Born on Oct. 1, 1924, in Plains, Carter served in the Navy in 1946.",
            "Arrested in March, the two men were charged on Friday.",
            "Born Jorge Bergoglio in 1936, he was elected pope in 2013.",
            "Built in 1990, the bridge collapsed on Monday.",
            # An apposition before the subject is no subject ("the daughter of a grocer").
            "Born on Oct. 13, 1925, in Grantham, the daughter of a grocer, she studied law.",
            # Not a word that measures, nor a name that ends in "-ed".
            "Adjusted for inflation, wages fell in 2017.",
            "United Airlines said on Monday, the company would fly.",
        )
        for e in find_events(_article((paragraph,)))
    ]
    assert texts == [
        "Carter was born on Oct. 1, 1924, in Plains",
        "Carter served in the Navy in 1946",
        "The two men were arrested in March",
        "The two men were charged",
        "He was born Jorge Bergoglio in 1936",
        "He was elected pope in 2013",
        "The bridge was built in 1990",
        "The bridge collapsed",
        "She was born on Oct. 13, 1925, in Grantham, the daughter of a grocer",
        "Adjusted for inflation, wages fell in 2017",
        "United Airlines said, the company would fly",
    ]


def test_an_age_after_a_name_is_left_out_of_the_text() -> None:
    texts = [
        e.text
        for paragraph in (
            "Trump, 78, won Wisconsin early Wednesday.",
            "It named Mary Jones, 47, who joined in 1994.",
            "Jo Lee, 45, a retiree, died on Monday.",
        )
        for e in find_events(_article((paragraph,)))
    ]
    assert texts == [
        "Trump won Wisconsin early Wednesday",
        "It named Mary Jones, 47, who joined in 1994",
        "Jo Lee, 45, a retiree, died",
    ]


def test_a_possessive_day_stays_in_its_text() -> None:
    [event] = find_events(_article(("Lee won 49.4% of the vote in Tuesday's election.",)))
    assert event.text == "Lee won 49.4% of the vote in Tuesday's election"


def test_a_quarter_whose_results_are_reported_is_no_event() -> None:
    # The report is the event ("reports first-quarter earnings on April 23"); a
    # quarter that tells what happened in it stays one.
    article = _article(
        (
            "The company reports first-quarter earnings on April 23.",
            "First-quarter profit rose 5%.",
            "Analysts expect fourth-quarter results.",
            "Alcoa reported a first-quarter profit of $149 million on Monday.",
        ),
        published=dt.date(2024, 4, 18),
    )
    assert [(e.expression, e.text) for e in find_events(article)] == [
        ("April 23", "The company reports first-quarter earnings on April 23"),
        ("First-quarter", "First-quarter profit rose 5%"),
        ("Monday", "Alcoa reported a first-quarter profit of $149 million"),
    ]


def test_a_date_measured_against_is_no_event() -> None:
    # After a superlative, an ordinal or a negation, "since <date>" is a yardstick.
    article = _article(
        (
            "The economy shrank 3.8 percent last year, its worst recession since 1990.",
            "The index closed at its lowest level since October 2002.",
            "It was GM's first annual loss since 1992.",
            "Japan has not been in recession since 2001.",
            "Ten people died, the fewest since records began in 1875.",
            "She has worked at the bank since 2004.",
            "The increase, the Fed's 10th since March 2022, lifts rates to 5%.",
            "It was the third bank failure since March.",
            "It was the worst loss since the pandemic-driven crash of March 2020.",
            # Only the words of its own sentence measure: not "most" before it.
            "It is the most valuable U.S. company. Banks, shut since last weekend, reopen.",
        )
    )
    assert [e.expression for e in find_events(article)] == ["last year", "2004", "last weekend"]


def test_an_expression_after_a_possessive_or_before_ended_stays() -> None:
    texts = _texts(("The company's fiscal second quarter ended Sept. 30.",))
    assert texts["fiscal second quarter"] == "The company's fiscal second quarter ended Sept. 30"


def test_a_where_or_when_clause_with_its_own_subject_is_its_own_event() -> None:
    texts = _texts(
        (
            "Argentina beat Croatia 3-0 on Tuesday to reach the final, where they will "
            "face France on Sunday.",
            "The two men have clashed since 2011, when Trump questioned Obama's birthplace.",
        )
    )
    assert texts["Tuesday"] == "Argentina beat Croatia 3-0 to reach the final"
    assert texts["Sunday"] == "They will face France"
    # A "when" right after the date tells what happened then: it stays.
    assert (
        texts["2011"]
        == "The two men have clashed since 2011, when Trump questioned Obama's birthplace"
    )


def test_an_and_before_an_opening_phrase_of_its_own_starts_a_clause() -> None:
    texts = _texts(
        (
            "Eighteen months ago, the island asked for help, and by the early hours of "
            "Saturday, ministers had agreed on a deal.",
            "Prices rose in Paris, London, and in Berlin, the index said on Monday.",
            "The call came on May 3. The next morning they were gone, and two weeks later "
            "their house was sold.",
        )
    )
    assert texts["The next morning"] == "The next morning they were gone"
    assert texts["two weeks later"] == "Two weeks later their house was sold"
    assert texts["Eighteen months ago"] == "The island asked for help"
    # A list that ends with "and in ..." is no clause.
    assert texts["Monday"] == "Prices rose in Paris, London, and in Berlin, the index said"


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("Stocks fell on Monday and rose on Tuesday.", "Stocks fell", "Stocks rose"),
        # The auxiliaries go with a passive's second verb, not with an active one.
        ("He was arrested on Friday and charged on Saturday.", "He was arrested", "He was charged"),
        ("He was born in 1950 and died in 2010.", "He was born in 1950", "He died in 2010"),
        (
            "The suspect was arrested on Friday and appeared in court on Monday.",
            "The suspect was arrested",
            "The suspect appeared in court",
        ),
        (
            "Apple was started by Jobs in 1976, and launched iTunes in 2003.",
            "Apple was started by Jobs in 1976",
            "Apple launched iTunes in 2003",
        ),
        (
            "Police arrested him on Friday and he was charged on Saturday.",
            "Police arrested him",
            "He was charged",
        ),
        # "ago" is no verb of the first part's.
        (
            "The Heat clinched a berth two weeks ago and can lock up the seed on Friday.",
            "The Heat clinched a berth",
            "The Heat can lock up the seed",
        ),
        # A phrase with no verb stands for the verb's object.
        (
            "The bill passed the House on Monday and the Senate on Tuesday.",
            "The bill passed the House",
            "The bill passed the Senate",
        ),
        (
            "Sales rose 5% in March and 7% in April.",
            "Sales rose 5% in March",
            "Sales rose 7% in April",
        ),
        # Present forms of plans are verbs too.
        (
            "Campaigning begins April 2 and ends April 11.",
            "Campaigning begins April 2",
            "Campaigning ends April 11",
        ),
    ],
)
def test_two_dated_parts_joined_by_and_are_two_events(
    sentence: str, first: str, second: str
) -> None:
    events = find_events(_article((sentence,), D(2013, 3, 27)))
    assert [e.text for e in events] == [first, second]


def test_and_joins_no_parts_of_their_own_where_the_verb_or_subject_is_not_shared() -> None:
    texts = _texts(
        (
            # "close" is no verb the rules know; the whole stays one event's.
            "The company said on Monday it would cut jobs and close plants by June.",
            # Between two names "and" joins the subject.
            "The firm failed on Tuesday after Bank of America (BoA) and Barclays PLC pulled out "
            "of talks over the weekend.",
            # "the second" stands for the subject: no verb's object follows "take place".
            "The first round will take place on June 30 and the second on July 7.",
        ),
        D(2013, 3, 27),
    )
    assert texts["Monday"] == "The company said it would cut jobs and close plants by June"
    assert texts["the weekend"].startswith("The firm failed")
    assert texts["June 30"] == "The first round will take place on June 30"
    assert texts["July 7"] == "The first round will take place on June 30 and the second on July 7"


def test_dates_joined_by_or_stay_in_each_others_text() -> None:
    # Either is the date: neither is dropped (nor left with a dangling "or").
    texts = _texts(("The trial is expected to take place later this year or early next year.",))
    text = "The trial is expected to take place later this year or early next year"
    assert texts == {"later this year": text, "early next year": text}
    text = "The merger is expected to be completed by the end of the year or early next year."
    assert _clause_of(text, "early next year") == text.rstrip(".")


def test_a_day_that_names_a_thing_dates_that_thing() -> None:
    # "the Aug. 8 election" happened on Aug. 8; the court's order did not.
    article = _article(
        ("The court on Friday ordered a new vote, citing flaws in the Aug. 8 election.",)
    )
    texts = {e.expression: e.text for e in find_events(article)}
    assert texts["Aug. 8"] == "The Aug. 8 election"
    assert texts["Friday"] == "The court ordered a new vote, citing flaws in the Aug. 8 election"
    # The name ends at its verb; when it opens the sentence, the sentence tells of it.
    texts = [
        e.text
        for paragraph in (
            "Aid came after the Oct. 29 floods killed 232 people.",
            "The Oct. 29 floods killed 232 people.",
        )
        for e in find_events(_article((paragraph,)))
    ]
    assert texts == ["The Oct. 29 floods", "The Oct. 29 floods killed 232 people"]
    [event] = find_events(_article(("He pardoned those charged in the Jan. 6, 2021, attack.",)))
    assert event.text == "The Jan. 6, 2021, attack"


def test_a_relative_clause_that_ends_the_sentence_is_told_of_its_name() -> None:
    article = _article(
        (
            "Lion will replace Mac OS X Snow Leopard, which was released in 2009.",
            "She replaces Daniel Akerson, who was appointed chairman in 2010.",
            # Not the name inside a phrase, one of two names, or an event's "which".
            "The law is the strictest in the United States, which since 2019 has banned it.",
            "It was Jobs, not Papermaster, who made the call in 2008.",
            "The company bought Infogear Corp., which took place in 1996.",
            # A noun phrase from its last determiner; not a clause.
            "It was the worst attack since the 1973 Yom Kippur war, which began 50 years ago.",
            "The company said it was fine, which it was in 2019.",
        )
    )
    texts = [e.text for e in find_events(article)]
    assert texts[:2] == [
        "Mac OS X Snow Leopard was released in 2009",
        "Daniel Akerson was appointed chairman in 2010",
    ]
    assert not any(t.startswith(("The United States", "Papermaster", "Infogear")) for t in texts)
    assert "The 1973 Yom Kippur war began" in texts
    assert "The company said it was fine, which it was in 2019" in texts


def test_a_unit_a_day_ends_stays_in_the_event_text() -> None:
    texts = _texts(("In the week ended Oct. 20, the stock fell 5%.",))
    assert texts["the week"] == "In the week ended Oct. 20, the stock fell 5%"


def test_a_date_named_to_compare_with_is_no_event_unless_its_sentence_is_about_it() -> None:
    texts = _texts(
        (
            "Profit rose 5% in the third quarter from a year earlier.",
            "Cases rose 160% from the same period in 2023.",
            "Sales were $5 million, compared with $4 million in 1988.",
            "Inflation was 2.4% in January, down from a peak of 7.1% in June 2022.",
            "He stepped down from the board in 2019.",
            "In the same period a year earlier, the bank had gained $704 million.",
        )
    )
    assert "a year earlier" not in texts and "2023" not in texts and "1988" not in texts
    assert "June 2022" not in texts and "January" in texts and "2019" in texts
    assert texts["the same period a year earlier"] == "The bank had gained $704 million"


def test_after_or_as_with_a_subject_and_verb_starts_a_clause() -> None:
    article = _article(
        (
            "Teachers walked out on Wednesday, after talks with the government collapsed on "
            "Tuesday.",
            "Stocks rose on Friday, after the vote on Thursday.",
        )
    )
    texts = [e.text for e in find_events(article)]
    assert texts[:2] == ["Teachers walked out", "Talks with the government collapsed"]
    assert texts[2] == "Stocks rose, after the vote on Thursday"


@pytest.mark.parametrize(
    ("paragraphs", "texts"),
    [
        # ", and" with a subject and a verb starts a clause; a list's ", and" does not.
        (
            (
                "The storm killed 12 people over the weekend, officials said, and forecasters "
                "warned of more rain.",
                "Lawmakers return on April 8, and the deal must be reached by then.",
                "Ford, Chrysler, and General Motors had pleaded before Congress earlier this week.",
            ),
            [
                "The storm killed 12 people, officials said",
                "Lawmakers return on April 8",
                "Ford, Chrysler, and General Motors had pleaded before Congress",
            ],
        ),
        # "later", "earlier", "so far" go with the expression.
        (
            (
                "Trump will meet Obama at the White House later Thursday.",
                "Shares have gained about 50% so far this year.",
                "Earlier that day, police had searched his home.",
                "Ford beat forecasts earlier in the week.",
                "Even last week, she was at the piano.",
            ),
            [
                "Trump will meet Obama at the White House",
                "Shares have gained about 50%",
                "Police had searched his home",
                "Ford beat forecasts",
                "Even last week, she was at the piano",
            ],
        ),
        # A clause with a conjunction, a subject and a verb and a date of its own,
        # after a main clause with its date, is its own event (not after "it").
        (
            (
                "Reeves on Friday defended her plans after official data showed borrowing "
                "rose last month.",
                "Shares fell on Monday after the company said profit dropped in the second "
                "quarter.",
                "Profit could rise on Monday before it is reported on Friday.",
                "The peso fell on Monday, its worst drop since the pandemic began in 2020.",
                "Iran fired missiles on April 13 in retaliation for a strike on its embassy on "
                "April 1.",
                "GM said on Wednesday its sales fell 45% for its cars in March.",
            ),
            [
                "Reeves defended her plans after official data showed borrowing rose last month",
                "Official data showed borrowing rose",
                "Shares fell after the company said profit dropped in the second quarter",
                "The company said profit dropped",
                "Profit could rise before it is reported on Friday",
                "Profit could rise on Monday before it is reported",
                "The peso fell, its worst drop since the pandemic began in 2020",
                "Iran fired missiles on April 13 in retaliation for a strike on its embassy on "
                "April 1",
                "A strike on its embassy on April 1",
                "GM said its sales fell 45% for its cars in March",
                "GM said on Wednesday its sales fell 45% for its cars in March",
            ],
        ),
    ],
)
def test_event_texts_read_on_their_own(paragraphs: tuple[str, ...], texts: list[str]) -> None:
    assert [e.text for e in find_events(_article(paragraphs))] == texts


def test_a_that_clause_of_a_noun_is_told_of_the_noun() -> None:
    texts = _texts(
        (
            "Banks will remain closed, extending a bank holiday that began Saturday.",
            "He praised the law that was passed in 2010.",
            "The company said results would be hurt by the strike that began Oct. 2.",
        ),
        D(2013, 3, 18),
    )
    assert texts["Saturday"] == "The bank holiday began"
    assert texts["2010"] == "The law was passed in 2010"
    assert texts["Oct. 2"] == "The strike began Oct. 2"
    # A modal verb is a verb too, and a day between the noun and "that" is passed over.
    texts = _texts(
        (
            "Israel and Hamas agreed to a ceasefire on Wednesday that will take effect on Sunday.",
            "Fiat will buy the stake, a deal that will be finalized by June 10.",
        ),
        D(2025, 1, 16),
    )
    assert texts["Sunday"] == "The ceasefire will take effect"
    assert texts["June 10"] == "The deal will be finalized by June 10"
    # The clause may tell of the noun as its object.
    article = _article(
        (
            "He signed the deal that the parliament rejected on Tuesday.",
            "He told the reporters that they won on Tuesday.",
        ),
        published=D(2013, 3, 18),
    )
    assert [e.text for e in find_events(article)] == [
        "The parliament rejected the deal",
        "He told the reporters that they won",
    ]
    # Not a period the clause only names, another clause's verb, or "one of" several.
    texts = _texts(
        (
            "Sales fell 11% in the quarter that ended June 28.",
            "A storm system that spawned tornadoes killed 12 people over the weekend.",
            "The Hang Seng was one of the few markets that was positive on Friday.",
        ),
        D(2013, 7, 22),
    )
    assert texts["June 28"] == "Sales fell 11% in the quarter that ended June 28"
    assert texts["the weekend"] == "A storm system that spawned tornadoes killed 12 people"
    assert texts["Friday"] == "The Hang Seng was one of the few markets that was positive"


def test_a_date_in_a_reported_clause_after_a_dated_saying_dates_the_clause() -> None:
    texts = _texts(
        (
            "Pelosi said on Thursday that the House would vote next week on a bill.",
            "Ford said on Tuesday that its sales rose 43% in February.",
        ),
        D(2021, 9, 23),
    )
    assert texts["Thursday"] == "Pelosi said that the House would vote next week on a bill"
    assert texts["next week"] == "The House would vote on a bill"
    # "Its sales rose" would not read on its own: "its" is the one who said it.
    assert texts["February"] == "Ford's sales rose 43% in February"


def test_it_or_its_opening_an_event_is_told_of_what_the_sentence_before_opens_with() -> None:
    texts = _texts(
        (
            "COPENHAGEN (Reuters) - Vaccine maker Bavarian Nordic said it could supply 10 "
            "million doses. Its shares rose 12% on Wednesday.",
            "The stock has fallen 20% since mid-October. It traded at $45 on Oct. 13.",
            "Apple shares fell 1.7% on Tuesday. They have risen about 37% this year.",
        ),
        D(2024, 8, 15),
    )
    assert texts["Wednesday"] == "Bavarian Nordic's shares rose 12%"
    assert texts["Oct. 13"] == "The stock traded at $45 on Oct. 13"
    assert texts["this year"] == "Apple shares have risen about 37%"
    # "It is ..." may point ahead; a plural before "it" is not what it stands for.
    texts = _texts(
        (
            "The storm weakened overnight. It is expected to reach Boston on Tuesday.",
            "Shares of the firm fell. It said on Monday that sales rose.",
        ),
        D(2024, 8, 15),
    )
    assert texts["Tuesday"] == "It is expected to reach Boston"
    assert texts["Monday"] == "It said that sales rose"


def test_a_with_clause_after_a_comma_is_a_clause_of_its_own() -> None:
    texts = _texts(
        ("The phones go on sale Sept. 22, with preorders starting Friday.",),
        D(2024, 9, 10),
    )
    assert texts == {
        "Sept. 22": "The phones go on sale Sept. 22",
        "Friday": "Preorders starting Friday",
    }


def test_a_relative_aside_with_a_date_of_its_own_is_left_out_of_the_main_clause() -> None:
    texts = _texts(
        (
            "The Lakers, who lost to Boston on Thursday, host the Warriors on Saturday.",
            "Profits rose during the last quarter, which ended December 30, 2006.",
        ),
        D(2025, 1, 4),
    )
    assert texts["Thursday"] == "The Lakers lost to Boston"
    assert texts["Saturday"] == "The Lakers host the Warriors"
    # A comma that belongs to a date closes no aside.
    assert texts["the last quarter"].startswith("Profits rose")
    assert "2006" not in texts["the last quarter"] or "December 30" in texts["the last quarter"]


def test_a_date_in_a_clause_under_after_or_when_dates_that_clause() -> None:
    texts = _texts(
        (
            "Milton came less than two weeks after Hurricane Helene struck Florida on Sept. 26.",
            "The glitch was not reported when the plane made its maiden flight on Dec. 11.",
            "Mayor Karen Bass, who was in Ghana when the fires began, spoke on Tuesday.",
            "The number of children dying before the age of five fell sharply in 2011.",
        ),
        D(2024, 10, 10),
    )
    assert texts["Sept. 26"] == "Hurricane Helene struck Florida on Sept. 26"
    assert texts["Dec. 11"] == "The plane made its maiden flight on Dec. 11"
    # Not past a comma: the main clause is not a simple one.
    assert texts["Tuesday"].startswith("Mayor Karen Bass")
    # After a participle "before" is a preposition of its phrase.
    assert texts["2011"].startswith("The number of children dying before the age of five")


def test_a_comparison_that_leaves_its_verb_out_stays_with_its_main_clause() -> None:
    article = _article(
        (
            "Mervyn King voted for more easing, as he had in February.",
            "Prices rose, as they had in January, and rents fell, as economists said in May.",
        )
    )
    texts = [e.text for e in find_events(article)]
    assert texts == [
        "Mervyn King voted for more easing, as he had in February",
        "Prices rose, as they had in January",
        "Economists said in May",  # a clause of its own: it has its verb
    ]


def test_a_present_verb_of_plans_after_a_comma_and_opens_a_clause() -> None:
    article = _article(
        (
            "FedEx is due to report results after the bell on Wednesday, and Nike "
            "reports on Friday.",
        ),
        published=dt.date(2013, 3, 19),
    )
    texts = [e.text for e in find_events(article)]
    assert texts == ["FedEx is due to report results after the bell", "Nike reports"]


def test_an_irregular_past_after_a_comma_and_opens_a_clause() -> None:
    article = _article(
        (
            "British forces retook the islands in June 1982, and a year later Thatcher won "
            "a landslide re-election.",
        ),
        published=D(2013, 3, 21),
    )
    texts = [e.text for e in find_events(article)]
    assert texts == [
        "British forces retook the islands in June 1982",
        "A year later Thatcher won a landslide re-election",
    ]


def test_a_plain_verb_after_a_comma_and_opens_a_clause_not_an_object() -> None:
    article = _article(
        ("Parliament will vote on Friday, and the banks reopen next Tuesday.",),
        published=D(2013, 3, 21),
    )
    assert [e.text for e in find_events(article)] == ["Parliament will vote", "The banks reopen"]


def test_a_day_joined_to_another_by_and_stays_in_the_text() -> None:
    article = _article(
        ("Markets will be closed on Good Friday and Easter Monday.",),
        published=D(2013, 3, 21),
    )
    assert [e.text for e in find_events(article)] == [
        "Markets will be closed on Good Friday and Easter Monday",
        "Markets will be closed on Good Friday",
    ]


def test_a_time_a_verb_takes_for_its_object_stays_in_the_text() -> None:
    article = _article(("Obama will spend the weekend in Amman.",), published=D(2013, 3, 21))
    assert [e.text for e in find_events(article)] == ["Obama will spend the weekend in Amman"]


def test_into_keeps_its_day_and_another_opens_a_clause() -> None:
    article = _article(
        (
            "Talks continued into Sunday.",
            "Rail workers walked out on Tuesday, and another strike is planned for April 4.",
        ),
        published=D(2013, 3, 21),
    )
    assert [e.text for e in find_events(article)] == [
        "Talks continued into Sunday",
        "Rail workers walked out",
        "Another strike is planned for April 4",
    ]


def test_a_noun_s_own_that_clause_after_of_is_told_of_that_noun() -> None:
    article = _article(
        (
            "Rescuers pulled a woman alive on Sunday from the rubble of a building that "
            "collapsed Wednesday.",
            "It is one of the few markets that rose on Monday.",
        ),
        published=D(2013, 4, 28),
    )
    texts = {e.expression: e.text for e in find_events(article)}
    assert texts["Wednesday"] == "The building collapsed"
    assert texts["Monday"] == "It is one of the few markets that rose"


def test_a_closing_attribution_with_a_day_of_its_own_is_left_out() -> None:
    article = _article(
        (
            "Cyprus banks will stay shut until Thursday, the central bank said Tuesday.",
            "Banks will remain shut until Friday, officials said.",
        ),
        published=D(2013, 3, 26),
    )
    texts = [(e.expression, e.text) for e in find_events(article)]
    assert texts == [
        ("Thursday", "Cyprus banks will stay shut until Thursday"),
        ("Tuesday", "Cyprus banks will stay shut until Thursday, the central bank said"),
        ("Friday", "Banks will remain shut until Friday, officials said"),
    ]


def test_a_lone_participle_opener_goes_with_its_day_and_after_that_stays() -> None:
    article = _article(
        (
            "Speaking on Monday, President Nicos Anastasiades said the country had recovered.",
            "Ann Lee moved to London in 2002 and rarely appeared in public after that.",
        ),
        published=D(2013, 3, 26),
    )
    assert [e.text for e in find_events(article)] == [
        "President Nicos Anastasiades said the country had recovered",
        "Ann Lee moved to London in 2002 and rarely appeared in public after that",
    ]


def test_an_opening_clause_and_a_closing_effect_are_clauses_of_their_own() -> None:
    article = _article(
        (
            "Although Apple's shares have fallen since September, Samsung's have risen.",
            "North Korea conducted its third nuclear test on Feb. 12, prompting the Security "
            "Council to tighten sanctions.",
            "After a decade of war, Iraq held elections on Saturday.",
        ),
        published=D(2013, 4, 23),
    )
    assert [e.text for e in find_events(article)] == [
        "Apple's shares have fallen since September",
        "North Korea conducted its third nuclear test on Feb. 12",
        "After a decade of war, Iraq held elections",
    ]
    # What happened at the same time stays with the main clause; an effect's own
    # date has no clause of its own to read.
    article = _article(
        (
            "While the talks were under way on Monday, rebels shelled the city.",
            "A gas leak forced the evacuation of the school, prompting its closure on Tuesday.",
        ),
        published=D(2025, 1, 15),
    )
    assert [e.text for e in find_events(article)] == [
        "The talks were under way, rebels shelled the city",
        "A gas leak forced the evacuation of the school, prompting its closure",
    ]
