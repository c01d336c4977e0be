"""Today, tomorrow and yesterday inside a quotation, counted from the day it was said.

'"We will decide tomorrow," Clinton said Monday.', told on a Wednesday, means
Tuesday: the speaker's "tomorrow" counts from Monday, the day the attribution of
the same sentence names, not from the publication date. And a day that names its
date right after it is that date ('"At 4:25 p.m. today, March 5, ..."').
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from bot.news.sentences import sentence_at
from bot.news.timex import Timex

# What counts from the day it is said; a day part after it keeps its offset.
_SPEAKERS_DAY = re.compile(
    r"(?i:today|tonight|tomorrow|yesterday|this\s(?:morning|afternoon|evening)|last\snight)\b"
)
# An attribution after the quotation ('," Clinton said Monday', '," he told reporters on
# Sunday') or before it ('Moi said in a speech on Sunday: "').
_SAID = re.compile(r"\b(?:said|says|told|added|declared|announced|wrote|asked|insisted)\b")
_QUOTE_MARKS = re.compile(r"[\"“”]")
_OTHER_CLAUSE = re.compile(r",|\b(?:who|whose|which|that|after|of|for|since|before)\b")
_ATTRIBUTION_REACH = 100
# A quotation that looks ahead or to another time: its "tonight" may be the day it was
# told ("We have to do it again tonight", "The Senate takes it up tonight, and we expect
# a vote tomorrow").
_AHEAD_IN_QUOTE = re.compile(
    r"\b(?:again|tomorrow|going\sto|have\sto|has\sto|need\sto)\b|['’]ll\b",
    re.IGNORECASE,
)


def counted_from_saying(
    text: str, timexes: list[Timex], anchor: dt.date | None, carried: dt.date | None = None
) -> list[Timex]:
    """`timexes`, with each day counted from the publication date `anchor` that lies in
    a quotation counted from the day the quotation was said instead, where the
    attribution in its sentence names one before `anchor`; a quoted "tonight" with no
    day in its attribution is the night of the day before `anchor` when that day is
    the one told of last (before it in `text`, else `carried` in from before)."""
    if anchor is None or not any(
        t.precision == "day" and _SPEAKERS_DAY.search(t.expression) for t in timexes
    ):
        return timexes
    timexes = _named_after(text, timexes)
    marks = [(found.start(), found.group()) for found in _QUOTE_MARKS.finditer(text)]
    if not marks:
        return timexes
    positions = [at for at, _mark in marks]
    straight = [0]  # straight marks before each mark
    for _at, mark in marks:
        straight.append(straight[-1] + (mark == '"'))
    starts = [timex.start for timex in timexes]
    result = list(timexes)
    for index, timex in enumerate(timexes):
        if timex.precision != "day" or not _SPEAKERS_DAY.search(timex.expression):
            continue
        quoted = _quotation_around(marks, positions, straight, timex.start)
        if quoted is None:
            continue
        near = timexes[
            bisect.bisect_left(starts, quoted[0] - _ATTRIBUTION_REACH) : bisect.bisect_right(
                starts, quoted[1] + _ATTRIBUTION_REACH
            )
        ]
        said = _said_day(text, near, quoted, anchor)
        if (
            said is None
            and timex.expression.lower().startswith("tonight")
            and not _dated_outside(text, near, quoted)
            and _AHEAD_IN_QUOTE.search(text, quoted[0], quoted[1]) is None
        ):
            # "Foxx won best actor on Sunday night. \"I wish he could have been here
            # tonight,\" Foxx said": told the next day, the night of the day told of
            said = _night_told_of(timexes[:index], quoted[0], carried, anchor)
        if said is None:
            continue
        moved = timex.date + (said - anchor)
        result[index] = replace(timex, date=moved, value=moved.isoformat() + timex.value[10:])
    return result


def _quotation_around(
    marks: list[tuple[int, str]], positions: list[int], straight: list[int], at: int
) -> tuple[int, int] | None:
    """(opening, closing) offsets of the quotation marks around `at`, if it is quoted
    (`straight[i]`: how many straight marks come before `marks[i]`)."""
    index = bisect.bisect_left(positions, at)
    if index == 0 or index == len(marks):
        return None
    opening, closing = marks[index - 1], marks[index]
    if opening[1] == "”" or closing[1] == "“":
        return None
    if opening[1] == '"' and straight[index - 1] % 2 == 1:
        return None  # the mark before closes a quotation
    return opening[0], closing[0]


def _said_day(
    text: str, timexes: list[Timex], quoted: tuple[int, int], anchor: dt.date
) -> dt.date | None:
    """The day before `anchor` that the attribution of the quotation `quoted` names, in
    its sentence, right after the quotation or right before it; None if none does."""
    opening, closing = quoted
    sentence_start, sentence_end = sentence_at(text, opening)
    for timex in timexes:
        if timex.precision != "day" or timex.until is not None or timex.date >= anchor:
            continue
        if closing < timex.start <= min(sentence_end, closing + _ATTRIBUTION_REACH):
            between = text[closing + 1 : timex.start]
        elif max(sentence_start, opening - _ATTRIBUTION_REACH) <= timex.start < opening:
            between = text[max(sentence_start, opening - _ATTRIBUTION_REACH) : opening]
        else:
            continue
        said = _SAID.search(between)
        if (
            said is not None
            and _QUOTE_MARKS.search(between) is None
            and not timex.expression.endswith(("'s", "’s"))
            # (the day is the saying's, not a relative clause's or a noun's: "said Jones,
            # whose son was killed on Saturday", "said a survivor of Monday's quake")
            and _OTHER_CLAUSE.search(between, said.end()) is None
        ):
            return timex.date
    return None


def _dated_outside(text: str, timexes: list[Timex], quoted: tuple[int, int]) -> bool:
    """Whether an expression of the sentence of the quotation `quoted` lies outside it
    (its attribution tells a time of its own: '"Tonight ...," Obama said early Wednesday')."""
    sentence_start, sentence_end = sentence_at(text, quoted[0])
    return any(
        sentence_start <= t.start < sentence_end and not quoted[0] < t.start < quoted[1]
        for t in timexes
    )


def _night_told_of(
    before: list[Timex], opening: int, carried: dt.date | None, anchor: dt.date
) -> dt.date | None:
    """The day before `anchor` when it is the last day told of before the quotation
    that opens at `opening` (of the expressions `before` it, else `carried`)."""
    told = next(
        (
            t.date
            for t in reversed(before)
            if t.end <= opening and t.precision == "day" and t.until is None
        ),
        carried,
    )
    return told if told is not None and told == anchor - dt.timedelta(days=1) else None


def _named_after(text: str, timexes: list[Timex]) -> list[Timex]:
    """`timexes`, with a speaker's day that the next expression names in apposition
    ("today, March 5") moved to that date."""
    result = list(timexes)
    for index in range(len(timexes) - 1):
        day, named = timexes[index], timexes[index + 1]
        if (
            day.precision == "day"
            and named.precision == "day"
            and named.until is None
            and named.date != day.date
            and text[day.end : named.start] == ", "
            and _SPEAKERS_DAY.search(day.expression)
        ):
            result[index] = replace(
                day, date=named.date, value=named.date.isoformat() + day.value[10:]
            )
    return result
