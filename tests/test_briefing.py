"""One-article briefings: the seed facts, trimming rules and robustness."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.boilerplate import dateline_end, is_boilerplate
from bot.news.briefing import briefing_to_json, choose_key_quote, make_briefing
from bot.news.keypoints import body_sentences
from bot.news.model import Article, Caption, Event, Mention, Person, Quote, Span
from bot.news.pipeline import parse_article
from bot.news.trimming import SentenceRef, format_event_date, write_point

SEED = Path(__file__).resolve().parent.parent / "data/articles/2018-05-31-pompeo-kim-yong-chol.txt"
PUBLISHED = dt.date(2018, 5, 31)

# The seed's people as the people stage is expected to find them.
SEED_PEOPLE = (
    Person(
        "Mike Pompeo",
        "US Secretary of State",
        ("Pompeo", "US Secretary of State Mike Pompeo", "The Secretary of State"),
    ),
    Person(
        "Kim Yong Chol",
        "North Korean official; deputy leader of North Korea's ruling party",
        ("Kim Yong-chol", "Kim"),
    ),
    Person(
        "Kim Jong Un",
        "North Korea's leader",
        ("Kim Jong-un", "North Korea's leader", "the North Korean leader"),
    ),
    Person("Donald Trump", "US President", ("Trump", "President Donald Trump", "the US president")),
)
# (speaker, text, kind, paragraph) of each quotation in the seed body.
SEED_QUOTES = (
    ("Mike Pompeo", "tragedy", "fragment", 0),
    ("Mike Pompeo", "opportunity", "fragment", 0),
    ("Mike Pompeo", "go to waste,", "fragment", 0),
    ("Mike Pompeo", "right direction.", "fragment", 0),
    (
        "Mike Pompeo",
        "We've made real progress in the last 72 hours in setting the conditions",
        "full",
        2,
    ),
    ("Mike Pompeo", "crucial", "fragment", 4),
    ("Donald Trump", "hostility.", "fragment", 5),
    (
        "Mike Pompeo",
        "It would be nothing short of a tragedy to let this opportunity go to waste,",
        "full",
        7,
    ),
    ("Mike Pompeo", "unique opportunity", "fragment", 7),
    ("Mike Pompeo", "I am confident we are moving in the right direction,", "full", 8),
)
# (paragraph, expression, date, until, text) of each dated expression in the seed body.
SEED_EVENTS = (
    (0, "Thursday", "2018-05-31", None, 'Pompeo says it would be a "tragedy"'),
    (1, "Wednesday and Thursday", "2018-05-30", "2018-05-31", "Pompeo meets Kim Yong-chol"),
    (5, "June 12", "2018-06-12", None, "The summit was initially scheduled for June 12"),
    (5, "last Thursday", "2018-05-24", None, "Trump calls off the summit"),
    (6, "A day later", "2018-05-25", None, "Trump says the summit could still go on"),
    (9, "June 12", "2018-06-12", None, "Unclear whether the summit will take place on June 12"),
)


def read_plain(path: Path) -> tuple[dt.date | None, list[str]]:
    """The `date` header and the blank-line separated blocks of an article file."""
    text = path.read_text(encoding="utf-8")
    match = re.match(r"\s*date (\d{4})-(\d\d)-(\d\d)\s*", text)
    published = None
    if match:
        published = dt.date(int(match[1]), int(match[2]), int(match[3]))
        text = text[match.end() :]
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text) if b.strip()]
    return published, blocks


def _mentions(paragraphs: tuple[str, ...], people: tuple[Person, ...]) -> tuple[Mention, ...]:
    surfaces = sorted(
        ((alias, p.name) for p in people for alias in (p.name, *p.aliases)),
        key=lambda pair: -len(pair[0]),
    )
    found: list[Mention] = []
    for index, paragraph in enumerate(paragraphs):
        taken: list[tuple[int, int]] = []
        for surface, name in surfaces:
            for m in re.finditer(r"\b" + re.escape(surface) + r"\b", paragraph, re.IGNORECASE):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                span = Span("body", index, m.start(), m.end())
                found.append(Mention(name, m.group(0), span))
    return tuple(sorted(found, key=lambda m: (m.span.paragraph, m.span.start)))


def seed_article() -> Article:
    """The seed article, parsed by hand the way the other stages are expected to."""
    published, blocks = read_plain(SEED)
    captions = tuple(Caption(b, b.rsplit(". ", 1)[-1]) for b in blocks[:3])
    paragraphs = tuple(blocks[3:])
    quotes = []
    for speaker, text, kind, index in SEED_QUOTES:
        start = paragraphs[index].index(text)
        span = Span("body", index, start, start + len(text))
        quotes.append(Quote(speaker, text, "full" if kind == "full" else "fragment", span))
    events = []
    for index, expression, day, until, text in SEED_EVENTS:
        start = paragraphs[index].index(expression)
        span = Span("body", index, start, start + len(expression))
        date = dt.date.fromisoformat(day)
        events.append(
            Event(
                date=date,
                until=dt.date.fromisoformat(until) if until else None,
                precision="day",
                expression=expression,
                text=text,
                span=span,
                upcoming=date > PUBLISHED,
            )
        )
    return Article(
        source=str(SEED),
        published=published,
        title="",
        title_given=False,
        captions=captions,
        paragraphs=paragraphs,
        people=SEED_PEOPLE,
        mentions=_mentions(paragraphs, SEED_PEOPLE),
        quotes=tuple(quotes),
        events=tuple(events),
    )


def test_seed_points_carry_the_facts() -> None:
    briefing = make_briefing(seed_article())
    text = " ".join(briefing.points)
    assert 3 <= len(briefing.points) <= 5
    assert "Pompeo" in text and "Kim Yong Chol" in text and "New York" in text
    assert "30-31 May" in text
    assert "real progress" in text
    assert "letter" in text and "Washington" in text and "Kim Jong Un" in text
    assert "24 May" in text and "25 May" in text
    assert "12 June" in text and "Singapore" in text and "unclear" in text


def test_seed_points_never_come_from_captions_or_repeat_the_quote() -> None:
    briefing = make_briefing(seed_article())
    for point in briefing.points:
        assert "EPA-EFE" not in point and "Photo made available" not in point
        assert "leaves a press conference" not in point
        assert "nothing short of a tragedy" not in point


def test_seed_key_quote_next_and_headline() -> None:
    article = seed_article()
    briefing = make_briefing(article)
    assert briefing.quote is not None
    assert briefing.quote.text.startswith("It would be nothing short of a tragedy")
    assert briefing.quote.text.endswith("go to waste")
    assert briefing.quote.speaker == "Mike Pompeo"
    assert briefing.quote.title == "US Secretary of State"
    assert [e.date for e in briefing.next] == [dt.date(2018, 6, 12)]
    assert 0 < len(briefing.headline) <= 100
    assert "Pompeo" in briefing.headline


def test_given_title_is_the_headline() -> None:
    article = replace(seed_article(), title="Pompeo sees progress", title_given=True)
    assert make_briefing(article).headline == "Pompeo sees progress"


def test_briefing_to_json_has_the_contract_shape() -> None:
    data = briefing_to_json(make_briefing(seed_article()))
    assert set(data) == {"headline", "points", "quote", "next"}
    assert isinstance(data["points"], list) and all(isinstance(p, str) for p in data["points"])
    assert data["quote"] == {
        "speaker": "Mike Pompeo",
        "title": "US Secretary of State",
        "text": "It would be nothing short of a tragedy to let this opportunity go to waste",
    }
    assert data["next"] == [
        {"date": "2018-06-12", "text": "The summit was initially scheduled for June 12"}
    ]


def test_fragment_or_anonymous_quotes_are_not_key_quotes() -> None:
    paragraph = 'The minister called the plan "a serious mistake for the whole country" on Monday.'
    start = paragraph.index("a serious")
    fragment = Quote(
        "Jane Roe",
        "a serious mistake for the whole country",
        "fragment",
        Span("body", 0, start, start + 39),
    )
    article = plain_article([paragraph], quotes=(fragment,))
    assert choose_key_quote(article) is None
    assert make_briefing(article).quote is None
    # A full quotation no one is known to have said is no key quote either.
    paragraph = '"We will rebuild every home in this town, whatever it costs," a voice said.'
    anonymous = Quote(None, paragraph[1:59], "full", Span("body", 0, 1, 59))
    assert choose_key_quote(plain_article([paragraph], quotes=(anonymous,))) is None


def plain_article(
    paragraphs: list[str],
    *,
    published: dt.date | None = PUBLISHED,
    quotes: tuple[Quote, ...] = (),
    events: tuple[Event, ...] = (),
    people: tuple[Person, ...] = (),
) -> Article:
    """An Article with the given body; people are mentioned where their names occur."""
    body = tuple(paragraphs)
    return Article(
        source="test",
        published=published,
        title="",
        title_given=False,
        captions=(),
        paragraphs=body,
        people=people,
        mentions=_mentions(body, people),
        quotes=quotes,
        events=events,
    )


def test_a_surname_alone_gets_the_full_name_until_a_point_has_given_it() -> None:
    first = "Sue Park said the offer was final."
    later = "Park added that services would be cut by half."
    people = (Person("Sue Park", "chief executive", ("Park",)),)
    article = plain_article([first, later], people=people)
    alone, _ = write_point(article, SentenceRef(1, 0, len(later)))
    assert alone == "Sue Park added that services would be cut by half."
    _, named = write_point(article, SentenceRef(0, 0, len(first)))
    after, _ = write_point(article, SentenceRef(1, 0, len(later)), given=named)
    assert after == later


def test_a_role_reference_becomes_the_surname_once_the_full_name_was_given() -> None:
    first = "Secretary of State Mike Pompeo accused Russia of meddling."
    later = "The Secretary of State said he had spoken with Lavrov."
    people = (Person("Mike Pompeo", "Secretary of State", ("Pompeo", "the Secretary of State")),)
    article = plain_article([first, later], people=people)
    alone, _ = write_point(article, SentenceRef(1, 0, len(later)))
    assert alone == "Mike Pompeo said he had spoken with Lavrov."
    _, named = write_point(article, SentenceRef(0, 0, len(first)))
    after, _ = write_point(article, SentenceRef(1, 0, len(later)), given=named)
    assert after == "Pompeo said he had spoken with Lavrov."


def test_a_short_name_only_another_person_shares_is_written_out() -> None:
    first = "Luiz Inacio Lula da Silva met Marina Silva and Kim Yo Jong met Kim Jong Un."
    later = "Lula said Brazil was back, and Kim said the talks went well."
    people = (
        Person("Luiz Inacio Lula da Silva", None, ("Lula",)),
        Person("Marina Silva", None, ("Silva",)),
        Person("Kim Jong Un", None, ("Kim",)),
        Person("Kim Yo Jong", None, ()),
    )
    article = plain_article([first, later], people=people)
    _, named = write_point(article, SentenceRef(0, 0, len(first)))
    after, _ = write_point(article, SentenceRef(1, 0, len(later)), given=named)
    # "Lula" is no one else's; "Kim" is two people's.
    assert after == "Lula said Brazil was back, and Kim Jong Un said the talks went well."


def test_the_key_quote_is_a_named_persons_over_an_organisations() -> None:
    text = (
        '"We are reviewing the decision and will respond in due course," the company said.'
        ' "It is a disaster for rivers," said Paul Grant.'
    )
    start = text.index("It is")
    quotes = (
        Quote("the company", "We are reviewing the decision and will respond in due course,",
              "full", Span("body", 0, 1, 62)),
        Quote("Paul Grant", "It is a disaster for rivers,", "full",
              Span("body", 0, start, start + 28)),
    )  # fmt: skip
    article = plain_article([text], quotes=quotes, people=(Person("Paul Grant", None, ()),))
    key = choose_key_quote(article)
    assert key is not None and key.speaker == "Paul Grant"


def test_datelines_bylines_captions_and_boilerplate_are_skipped() -> None:
    article = plain_article(
        [
            "WASHINGTON (Reuters) - The Senate passed a $40 billion flood relief bill on "
            "Tuesday after a week of talks between the two parties.",
            "By Jane Doe and John Roe",
            "Senator Ann Lee holds a news conference in Washington, U.S., May 29, 2018. "
            "REUTERS/Kevin Lamarque",
            "Protesters gather outside the Capitol in Washington, May 29, 2018. "
            "AFP PHOTO / JOHN SMITH",
            "The bill now goes to the House, where leaders expect a vote before the end "
            "of the month.",
            "Follow us on Twitter for the latest news from Capitol Hill.",
            "Democrats said the money would reach flooded towns in Iowa and Nebraska within weeks.",
        ]
    )
    points = make_briefing(article).points
    assert points[0].startswith("The Senate passed a $40 billion flood relief bill")
    joined = " ".join(points)
    for junk in ("WASHINGTON", "Reuters", "Jane Doe", "Lamarque", "Follow us", "Protesters"):
        assert junk not in joined
    assert 3 <= len(points) <= 5


def test_dateline_end_needs_a_real_dateline() -> None:
    assert dateline_end("NEW YORK, May 31 (AP) — Stocks fell.") == len("NEW YORK, May 31 (AP) — ")
    assert dateline_end("Madrid, 31 May (EFE).- The king spoke.") > 0
    for line in (
        "Seoul, South Korea (CNN) -- The North fired.",
        "(CNN) -- A storm hit.",
        "NEW DELHI: India said.",
        "Paris (AFP) - France said.",
        "BRUSSELS, Belgium - EU leaders met.",
    ):
        assert line[dateline_end(line) :].split()[0] in ("The", "A", "India", "France", "EU")
    assert dateline_end("Note: This is a test.") == 0
    assert dateline_end("In 2004 - The year of the deal.") == 0
    assert dateline_end("The summit - if it happens - is in June.") == 0
    assert dateline_end("Apple - the computer maker - said on Monday.") == 0


def test_boilerplate_recognised() -> None:
    assert is_boilerplate("Photo: Jane Doe/AFP")
    assert is_boilerplate("(Reporting by Jane Doe; Editing by John Roe)")
    assert is_boilerplate("By MARIA CHENG, AP Medical Writer")
    assert is_boilerplate("By Ann Lee and Bo van Dam, The New York Times")
    assert not is_boilerplate("By Monday, Apple had sold out.")
    assert not is_boilerplate("By Tuesday, the company had sold 1 million phones.")
    assert is_boilerplate("Sign up for our morning newsletter.")
    assert is_boilerplate("Video: the moment the bridge fell")
    assert is_boilerplate("Follow @jdoe on Twitter")
    assert is_boilerplate("Last updated: May 31, 2018")
    assert is_boilerplate("A man waves a flag in Paris, May 31, 2018. AFP PHOTO / JOHN DOE")
    assert not is_boilerplate("Photos released by police show the suspect.")
    assert not is_boilerplate("Follow-up talks will be held on Monday.")
    assert not is_boilerplate("The company said sales rose 5% in the first quarter.")


def test_asides_cut_and_leading_pronoun_resolved() -> None:
    people = (Person("Ann Lee", "Senator"),)
    article = plain_article(
        [
            "Senator Ann Lee proposed the bill in March to pay for repairs in Iowa.",
            "However, she said on Monday that the vote, however, could slip to June.",
            "Lee, however, remained confident of a majority in the Senate.",
        ],
        people=people,
    )
    second, _ = write_point(article, SentenceRef(1, 0, len(article.paragraphs[1])), "Ann Lee")
    assert second == "Ann Lee said on Monday that the vote could slip to June."
    third, _ = write_point(article, SentenceRef(2, 0, len(article.paragraphs[2])))
    assert third == "Lee remained confident of a majority in the Senate."


def _event(paragraph: str, expression: str, day: dt.date, until: dt.date | None = None) -> Event:
    start = paragraph.index(expression)
    return Event(
        day, until, "day", expression, paragraph, Span("body", 0, start, start + len(expression))
    )


def test_a_pronoun_attributing_a_quote_becomes_the_speaker() -> None:
    text = '"The pandemic has changed how people spend," she added. "Some changes will last."'
    said = text.index("The pandemic")
    later = text.index("Some changes")
    quotes = (
        Quote("Maria Lopez", "The pandemic has changed how people spend,", "full",
              Span("body", 0, said, said + 42)),
        Quote("Maria Lopez", "Some changes will last.", "full", Span("body", 0, later, later + 23)),
    )  # fmt: skip
    people = (Person("Maria Lopez", None, ("Lopez",)),)
    article = plain_article([text], quotes=quotes, people=people)
    end = text.index("added.") + len("added.")
    point, _ = write_point(article, SentenceRef(0, 0, end))
    assert point == '"The pandemic has changed how people spend," Maria Lopez added.'


def test_relative_dates_get_calendar_dates_and_absolute_ones_house_format() -> None:
    text = "On Friday the board met again, a week after it first met on May 18, 2017."
    events = (
        _event(text, "Friday", dt.date(2018, 5, 25)),
        _event(text, "May 18, 2017", dt.date(2017, 5, 18)),
    )
    article = plain_article([text], events=events)
    point, dates = write_point(article, SentenceRef(0, 0, len(text)))
    assert (
        point == "On Friday (25 May) the board met again, a week after it first met on 18 May 2017."
    )
    assert dates == {"25 May"}
    again, _ = write_point(article, SentenceRef(0, 0, len(text)), given=dates)
    assert again.startswith("On Friday the board"), "a date already given is not repeated"


@pytest.mark.parametrize(
    ("text", "expression", "day", "expected"),
    [
        # A day written with "last year" keeps its year.
        (
            "The last strike, on 5 July last year, closed half of the schools in England.",
            "5 July last year",
            dt.date(2017, 7, 5),
            "The last strike, on 5 July 2017, closed half of the schools in England.",
        ),
        # A streak of days is no date to write out.
        (
            "Stocks fell for a second straight day, with the index down 5% at the close.",
            "a second straight day",
            dt.date(2018, 5, 31),
            None,
        ),
        # A US date that names a thing loses the comma after its year.
        (
            "He pardoned 1,500 people charged in the Jan. 6, 2021, attack on the Capitol.",
            "Jan. 6, 2021",
            dt.date(2021, 1, 6),
            "He pardoned 1,500 people charged in the 6 January 2021 attack on the Capitol.",
        ),
        # A date written with its time of day is left as written.
        (
            "At a press conference at 16:15 UTC, June 1st, the chief executive outlined a plan.",
            "16:15 UTC, June 1st",
            dt.date(2018, 6, 1),
            None,
        ),
    ],
)
def test_a_date_in_a_point_the_house_way(
    text: str, expression: str, day: dt.date, expected: str | None
) -> None:
    events = (_event(text, expression, day),)
    point, _ = write_point(plain_article([text], events=events), SentenceRef(0, 0, len(text)))
    assert point == (text if expected is None else expected)


def test_points_lose_asides_and_unmarked_first_person_speech() -> None:
    article = plain_article(
        [
            "Skylane, which has lost money for three years, will cut 300 jobs, the airline said.",
            "The cuts fall on its maintenance base in Leeds, which opened in 1998.",
            "I am confident that the team will deliver the plans we have for next year.",
            "Unions said they would fight the cuts in court and call a strike in June.",
        ]
    )
    points = make_briefing(article).points
    assert points[0] == "Skylane will cut 300 jobs, the airline said."
    assert "which opened in 1998" in points[1], "a clause after an object stays"
    candidates = [article.paragraphs[r.paragraph][r.start : r.end] for r in body_sentences(article)]
    assert not any("confident" in c for c in candidates), "a memo's words are not the writer's"


def test_first_person_inside_quotation_marks_is_still_news() -> None:
    text = '"We will fight these cuts in court," the union leader told reporters on Monday.'
    article = plain_article([text])
    assert [(r.start, r.end) for r in body_sentences(article)] == [(0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Traffic on I-95 was halted for six hours after the crash.",
        "The bridge was built by engineers who had served in World War I.",
        "The drug passed its Phase I trials, the company said on Monday.",
        "Walter I. Smith was named chief executive of the bank.",
    ],
)
def test_an_i_that_is_no_pronoun_keeps_the_sentence(text: str) -> None:
    assert [(r.start, r.end) for r in body_sentences(plain_article([text]))] == [(0, len(text))]


def test_dates_are_added_only_where_the_words_name_the_unit() -> None:
    text = (
        "Losses grew in the fourth quarter, more than last month, after the 11 September attacks."
    )
    quarter = text.index("the fourth quarter")
    events = (
        Event(
            dt.date(2017, 10, 1), None, "month", "the fourth quarter", "x",
            Span("body", 0, quarter, quarter + 18),
        ),
        _event(text, "last month", dt.date(2018, 4, 1)),
        _event(text, "11 September", dt.date(2017, 9, 11)),
    )  # fmt: skip
    events = (events[0], replace(events[1], precision="month"), events[2])
    point, _ = write_point(plain_article([text], events=events), SentenceRef(0, 0, len(text)))
    assert point == (
        "Losses grew in the fourth quarter, more than last month (April), "
        "after the 11 September attacks."
    )


def test_format_event_date() -> None:
    def event(day: str, until: str | None = None, precision: str = "day") -> Event:
        return Event(
            dt.date.fromisoformat(day),
            dt.date.fromisoformat(until) if until else None,
            precision,  # type: ignore[arg-type]
            "x",
            "x",
            Span("body", 0, 0, 1),
        )

    assert format_event_date(event("2018-05-24"), PUBLISHED) == "24 May"
    assert format_event_date(event("2017-12-24"), PUBLISHED) == "24 December 2017"
    assert format_event_date(event("2018-05-30", "2018-05-31"), PUBLISHED) == "30-31 May"
    assert format_event_date(event("2018-05-30", "2018-06-02"), PUBLISHED) == "30 May-2 June"
    assert format_event_date(event("2018-04-01", precision="month"), PUBLISHED) == "April"
    assert format_event_date(event("2017-01-01", precision="year"), PUBLISHED) == "2017"
    assert format_event_date(event("2018-05-24"), None) == "24 May 2018"


def test_points_are_three_to_five_and_in_article_order() -> None:
    paragraphs = [
        f"Officials in town number {i} reported that {i * 10} homes were flooded on Sunday "
        f"and that roads near the river {i} bridge stayed closed."
        for i in range(1, 12)
    ]
    article = plain_article(paragraphs)
    points = make_briefing(article).points
    assert 3 <= len(points) <= 5
    numbers = [int(p.split()[4]) for p in points]
    assert numbers == sorted(numbers)
    assert make_briefing(article, max_points=3).points.__len__() <= 3


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=300), min_size=1, max_size=6))
def test_briefing_never_raises_on_arbitrary_text(paragraphs: list[str]) -> None:
    article = plain_article(paragraphs)
    briefing = make_briefing(article)
    assert len(briefing.points) <= 5
    briefing_to_json(briefing)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ABC abc,.-—()0123456789:/'\"", max_size=400))
def test_boilerplate_checks_never_raise(text: str) -> None:
    dateline_end(text)
    is_boilerplate(text)


def test_short_unpunctuated_lines_are_not_points() -> None:
    article = plain_article(
        [
            "The new jet on the runway in Toulouse",
            "Airbus flew its new long-range jet for the first time on Monday, the company said.",
            "So far, 40 airlines have ordered the jet, worth about $300 million each.",
            "The first deliveries are planned for next year, after two years of flight tests.",
        ]
    )
    points = make_briefing(article).points
    assert not any("runway" in p for p in points)
    assert any(p.startswith("So far, 40 airlines") for p in points)


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="AB ab,.;\"'()-0123456789", min_size=1, max_size=200),
    st.lists(st.tuples(st.integers(-5, 220), st.integers(0, 40)), max_size=6),
)
def test_write_point_survives_any_spans(text: str, spans: list[tuple[int, int]]) -> None:
    people = (Person("Ann Lee", "Senator"), Person("Bo Lee"))
    mentions = tuple(
        Mention(people[i % 2].name, "Lee", Span("body", 0, s, s + n))
        for i, (s, n) in enumerate(spans)
    )
    events = tuple(
        Event(PUBLISHED, None, "day", "x", "x", Span("body", 0, s, s + n)) for s, n in spans
    )
    quotes = tuple(
        Quote("Ann Lee", "a quote of five words", "full", Span("body", s % 3, s, s + n))
        for s, n in spans
    )
    article = replace(
        plain_article([text], people=people), mentions=mentions, events=events, quotes=quotes
    )
    write_point(article, SentenceRef(0, 0, len(text)), "Ann Lee")
    make_briefing(article)


def test_later_sentences_of_a_quotation_are_not_points() -> None:
    paragraphs = [
        "The airline ordered 20 new jets on Tuesday in a deal worth $2 billion at list prices.",
        'Its chief executive said: "This is a great day for our company. We will fly them to '
        'Asia and Africa from next spring."',
        "The first jets will arrive in March, the company said in a statement to investors.",
        "Analysts said the order was bigger than expected and lifted the shares by 4% in Paris.",
    ]
    first = paragraphs[1].index("This is")
    quote = Quote(
        "Jan Novak",
        paragraphs[1][first:-1],
        "full",
        Span("body", 1, first, len(paragraphs[1]) - 1),
    )
    points = make_briefing(plain_article(paragraphs, quotes=(quote,))).points
    assert not any(p.startswith("We will fly") for p in points)


def test_a_paragraph_that_is_only_a_quotation_is_no_point() -> None:
    paragraphs = [
        "Floods tore through the town of Paiporta on Oct. 29 and killed 232 people there.",
        '"We lost everything in one night," said Carmen Ruiz, who runs a bakery in the town.',
        '"But the bakery opened again in March, because the town needs its bread every day."',
        "Regional leader Carlos Mazon resigned in November after weeks of protests.",
    ]
    points = make_briefing(plain_article(paragraphs)).points
    assert not any("opened again" in p for p in points)


def test_next_lists_each_upcoming_date_and_clause_once() -> None:
    text = "Deliveries start in August or September, and again on 3 July next year."
    clause = "Deliveries start in August or September"

    def event(expression: str, day: dt.date, what: str) -> Event:
        start = text.index(expression)
        span = Span("body", 0, start, start + len(expression))
        return Event(day, None, "month", expression, what, span, upcoming=True)

    events = (
        event("September", dt.date(2018, 9, 1), clause),
        event("August", dt.date(2018, 8, 1), clause),
        event("3 July", dt.date(2019, 7, 3), "Deliveries start again"),
        event("3 July", dt.date(2019, 7, 3), "Deliveries start again"),
        event("August", dt.date(2018, 4, 1), "Before publication"),
    )
    article = plain_article([text], events=events)
    assert [(e.date, e.text) for e in make_briefing(article).next] == [
        (dt.date(2018, 8, 1), clause),
        (dt.date(2019, 7, 3), "Deliveries start again"),
    ]


def test_next_lists_a_day_once_with_the_weekend_of_its_sentence() -> None:
    article = parse_article(
        b"date 2024-07-25\n\nHeat\n\nForecasters said hot weather would continue through "
        b"the weekend, with temperatures expected to top 100 degrees on Saturday.\n\n"
        b"Trials start in 2025 and end three years later.\n",
        "heat.txt",
    )
    upcoming = make_briefing(article).next
    assert [e.expression for e in upcoming] == ["Saturday", "2025", "three years later"]


def test_seed_through_the_whole_parse_carries_the_facts() -> None:
    """The same facts when people, quotes and events come from the real stages."""
    article = parse_article(SEED.read_bytes(), str(SEED))
    assert article.briefing is not None
    text = " ".join(article.briefing.points)
    for needle in ("Kim Yong Chol", "New York", "30-31 May", "real progress", "letter"):
        assert needle in text
    for needle in ("Washington", "24 May", "25 May", "12 June", "Singapore", "unclear"):
        assert needle in text
    assert article.briefing.quote is not None
    assert "nothing short of a tragedy" in article.briefing.quote.text


def test_quoted_words_stay_as_said() -> None:
    people = (Person("Ann Lee", "Senator"), Person("Bo Chan", "Governor"))
    text = '"The governor, however, promised on Monday to sign it," Ann Lee said on Tuesday.'
    start = 1
    end = text.index(',"')
    quote = Quote("Ann Lee", text[start:end], "full", Span("body", 0, start, end))
    governor = text.index("The governor")
    events = (
        _event(text, "Monday", dt.date(2018, 5, 28)),
        _event(text, "Tuesday", dt.date(2018, 5, 29)),
    )
    article = replace(
        plain_article([text], people=people, quotes=(quote,), events=events),
        mentions=(Mention("Bo Chan", "The governor", Span("body", 0, governor, governor + 12)),),
    )
    point, _ = write_point(article, SentenceRef(0, 0, len(text)))
    assert point == (
        '"The governor, however, promised on Monday [28 May] to sign it," '
        "Ann Lee said on Tuesday (29 May)."
    )
    # "Tonight" in a quote is when the words were said: no date is put to it.
    text = '"Tonight, we have done it," Ann Lee told supporters on Tuesday.'
    quote = Quote("Ann Lee", text[1:26], "full", Span("body", 0, 1, 26))
    events = (
        _event(text, "Tonight", dt.date(2018, 5, 31)),
        _event(text, "Tuesday", dt.date(2018, 5, 29)),
    )
    article = plain_article([text], people=people, quotes=(quote,), events=events)
    point, _ = write_point(article, SentenceRef(0, 0, len(text)))
    assert point == '"Tonight, we have done it," Ann Lee told supporters on Tuesday (29 May).'


SHORT_NEWS = """date 2024-05-06

Riverton closes two bridges after cracks found

Riverton mayor Ana Ruiz said on Monday that the Elm Street and Mill Road bridges would close \
for repairs costing $4 million.

Engineer Tom Baker found cracks in both bridges during an inspection on April 30, the city said.

Governor Lisa Chen promised on Tuesday that the state would pay half of the $4 million bill.

Bus operator Metro Link will add 12 buses from May 8 to carry commuters around the closures.

The bridges are expected to reopen by September 1, according to transport chief Raj Patel.

Local shop owners said sales fell 30% during a similar closure in 2019.
"""


def test_a_short_article_gets_at_most_three_points() -> None:
    from bot.news.pipeline import parse_article

    short = parse_article(SHORT_NEWS.encode(), "short.txt")
    assert sum(len(p.split()) for p in short.paragraphs) < 250
    assert short.briefing is not None
    # Every sentence here is news (people, dates, numbers): without the length
    # rule the briefing takes five of them.
    assert len(short.briefing.points) == 3
