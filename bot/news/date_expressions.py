"""Every temporal expression of an article with its TimeML value: the parse
contract's `timexes`, for scoring the date reader against TIMEX3 annotations.

Events (`events`) keep only the expressions that date something, each once,
with the day they fall on. TimeML annotates more, and names each period by
its own value: this view keeps them all, as the reader resolves them: a year
that only qualifies a noun ("the 2018 budget"), a period named to compare
with ("up from a year earlier"), a reference with no calendar date ("now" is
PRESENT_REF, "recently" PAST_REF), each end of a range ("from June 1 to June
3" is two), and the value of weeks, quarters and seasons ("2018-W22",
"2018-Q2", "2018-SU"). The headline counts when the article gives it (one
the bot wrote is left out); body paragraphs carry the previous date along as
`find_events` does.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.news.dates import Timex, carried_focus, scan_timexes
from bot.news.model import Article

LocationName = str  # "title", "caption" or "body"


@dataclass(frozen=True)
class DateExpression:
    """One temporal expression: where it is, its text and its TIMEX3 type and value."""

    location: LocationName
    paragraph: int
    start: int
    end: int
    expression: str
    timex_type: str
    value: str


# Days of one month joined in one expression: "April 6 and 8", "April 25-27".
_DAYS_OF_A_MONTH = re.compile(r"(?P<first>.*\d)(?P<joint>\s?(?:-|–|\sand\s|\sto\s)\s?)\d{1,2}")


def _ends(location: LocationName, index: int, timex: Timex) -> list[DateExpression]:
    """A timex as TimeML marks it: a range as its two ends ("April 6 and 8" is "April 6"
    and "8"), anything else whole."""
    if timex.parts:
        return [e for part in timex.parts for e in _ends(location, index, part)]
    days = _DAYS_OF_A_MONTH.fullmatch(timex.expression)
    if days is None or timex.until is None or timex.precision != "day" or len(timex.value) != 10:
        whole = (timex.start, timex.end, timex.expression, timex.timex_type, timex.value)
        return [DateExpression(location, index, *whole)]
    second = timex.start + days.end("joint")
    return [
        DateExpression(
            location,
            index,
            timex.start,
            timex.start + days.end("first"),
            days["first"],
            "DATE",
            timex.value,
        ),
        DateExpression(
            location,
            index,
            second,
            timex.end,
            timex.expression[days.end("joint") :],
            "DATE",
            timex.until.isoformat(),
        ),
    ]


def _expressions(location: LocationName, index: int, found: list[Timex]) -> list[DateExpression]:
    """The expressions of one text, a range as its two ends."""
    return [expression for timex in found for expression in _ends(location, index, timex)]


def find_date_expressions(article: Article, vague: bool = True) -> tuple[DateExpression, ...]:
    """Every temporal expression of `article`, headline (if given), captions and body
    in that order; vague references too unless `vague` is False. Without a
    publication date only absolute dates resolve."""
    published: dt.date | None = article.published
    out: list[DateExpression] = []
    if article.title_given:
        out += _expressions("title", 0, scan_timexes(article.title, published, vague=vague))
    for index, caption in enumerate(article.captions):
        out += _expressions("caption", index, scan_timexes(caption.text, published, vague=vague))
    previous: dt.date | None = None
    focus: Timex | None = None
    for index, paragraph in enumerate(article.paragraphs):
        found = scan_timexes(paragraph, published, previous, focus=focus, vague=vague)
        previous, focus = carried_focus(found, previous, focus, paragraph)
        out += _expressions("body", index, found)
    return tuple(out)
