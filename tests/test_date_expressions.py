"""The parse contract's `timexes`: every temporal expression with its TimeML value."""

from __future__ import annotations

import datetime as dt

from bot.news.date_expressions import find_date_expressions
from bot.news.events import find_events
from bot.news.model import Article


def _article(*paragraphs: str, title: str = "", published: dt.date | None = None) -> Article:
    return Article(
        source="test",
        published=published or dt.date(2018, 10, 25),
        title=title or "A headline the bot wrote on Monday",
        title_given=bool(title),
        captions=(),
        paragraphs=paragraphs,
    )


def _found(article: Article, vague: bool = True) -> list[tuple[str, int, str, str]]:
    return [
        (t.location, t.paragraph, t.expression, t.value)
        for t in find_date_expressions(article, vague=vague)
    ]


def test_expressions_that_date_no_event_are_still_read() -> None:
    article = _article(
        "The 2018 budget passed on Tuesday.",
        "Profit rose 5% in the third quarter from a year earlier. Prices are high now.",
        "Talks run from Nov. 1 to Nov. 3.",
        title="Profit rose in the third quarter",
    )
    assert _found(article) == [
        ("title", 0, "the third quarter", "2018-Q3"),
        ("body", 0, "2018", "2018"),
        ("body", 0, "Tuesday", "2018-10-23"),
        ("body", 1, "the third quarter", "2018-Q3"),
        ("body", 1, "a year earlier", "2017-Q3"),
        ("body", 1, "now", "PRESENT_REF"),
        ("body", 2, "Nov. 1", "2018-11-01"),
        ("body", 2, "Nov. 3", "2018-11-03"),
    ]
    # The events keep only what dates something, with a range as one event.
    assert [e.expression for e in find_events(article)] == [
        "Tuesday",
        "the third quarter",
        "Nov. 1 to Nov. 3",
    ]
    assert ("body", 1, "now", "PRESENT_REF") not in _found(article, vague=False)


def test_a_headline_the_bot_wrote_has_no_expressions_and_anchors_carry_over() -> None:
    article = _article("Officials met on May 20 in Geneva.", "Two days later, talks failed.")
    assert _found(article) == [
        ("body", 0, "May 20", "2018-05-20"),
        ("body", 1, "Two days later", "2018-05-22"),
    ]


def test_days_of_a_month_joined_in_one_expression_are_its_two_ends() -> None:
    article = _article(
        "The Final Four is scheduled for April 6 and 8. The draft is April 25-27.",
        published=dt.date(2013, 3, 24),
    )
    found = find_date_expressions(article)
    assert [(t.expression, t.value) for t in found] == [
        ("April 6", "2013-04-06"),
        ("8", "2013-04-08"),
        ("April 25", "2013-04-25"),
        ("27", "2013-04-27"),
    ]
    text = article.paragraphs[0]
    assert [text[t.start : t.end] for t in found] == ["April 6", "8", "April 25", "27"]
