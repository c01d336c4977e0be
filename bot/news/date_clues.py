"""Words around a date candidate that settle how the sentence reads it.

A year that opens its sentence, set off by a comma, lends its year to the
dates after it ("In 1982, ... after Argentina invaded on April 2", "Last year,
the company cut jobs in February"). "earlier" or "later" with a period of now
says which side of now it lies ("at its meeting earlier this month" is over,
whatever the verb). A year given inside a relative clause lends nothing past its
closing comma.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from bot.news.temporal_scan import Candidate
from bot.news.tense import Tense

if TYPE_CHECKING:
    from bot.news.timex import Timex

_OPENING_PREPOSITIONS = frozenset(("", "in", "during", "by", "throughout"))
_YEAR_KINDS = frozenset(("year", "unit_rel"))  # "In 1982,", "Last year,"
_OPENING_REACH = 16  # " throughout " and white space: no longer slice is read
_SIDE_TENSES: dict[str, Tense] = {"earlier": "past", "later": "future"}


def year_opens_sentence(text: str, lo: int, cand: Candidate, end: int, value: str) -> bool:
    """Whether the candidate, a year or a month of one (of TIMEX3 `value`, ending at
    `end`), opens its sentence (starting at `lo`), set off by a comma: it lends its
    year to the whole sentence."""
    return (
        (
            (cand.kind in _YEAR_KINDS and len(value) == 4 and value.isdigit())
            or (cand.kind == "month_year" and len(value) == 7)  # "In July 2009,"
        )
        and cand.start - lo <= _OPENING_REACH
        and text.startswith(",", end)
        and text[lo : cand.start].strip().lower() in _OPENING_PREPOSITIONS
    )


# A bare year lends its year to a "when", "after" or "before" clause it opens ("began
# in 2008, when Lehman collapsed in September", "elected in 2005, after John Paul II
# died in April"); not to a saying ("founded in 1990, it said on March 3"), nor to a
# verb joined by "and" ("was jailed in 2009 and freed in January after serving three
# years": a story may run on for years).
_GOES_ON = re.compile(r",\s(?:when|after|before)\s(?![a-z]+ing\b)(?!(?:\w+\s){0,3}?said\b)")


def year_goes_on(text: str, cand: Candidate, end: int, value: str) -> bool:
    """Whether a bare year (of TIMEX3 `value`, ending at `end`) goes on into the words
    after it: "began in 2008, when Lehman collapsed in September" is September 2008."""
    return (
        cand.kind == "year"
        and len(value) == 4
        and value.isdigit()
        and _GOES_ON.match(text, end) is not None
    )


def side_of_now(cand: Candidate) -> Tense | None:
    """The tense "earlier" or "later" gives a period of now ("earlier this month",
    "later today"); None for any other candidate ("later that year", "later in the
    week": the focus's)."""
    mod = cand.groups.get("mod")
    if mod is None or mod.lower() not in _SIDE_TENSES:
        return None
    rel = cand.groups.get("rel")
    of_now = cand.kind == "deictic" or (
        cand.kind == "unit_rel" and rel is not None and rel[:4].lower() == "this"
    )
    return _SIDE_TENSES[mod.lower()] if of_now else None


_PARTICIPLE_ASIDE = re.compile(r"\s(?:[a-z]{3,}ed|born|chosen|sworn|named)\s")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|where)\b")


def closes_aside(text: str, lo: int, giver_start: int, giver_end: int, start: int) -> bool:
    """Whether a comma between a date at [giver_start, giver_end) and one at `start`
    closes the relative clause the first one is in (its sentence starting at `lo`):
    "Ryan, who was elected on Oct. 7, 2008, unveiled the plan on March 12" (March 12
    is not of 2008)."""
    if text.find(",", giver_end, start) < 0:
        return False
    opening = text.rfind(",", lo, giver_start)
    if opening >= 0 and _PARTICIPLE_ASIDE.match(text, opening + 1):
        return True  # "Hollande, elected last May, has promised ... by the end of the year"
    return _RELATIVE.search(text, opening + 1 if opening >= 0 else lo, giver_end) is not None


# A year in what qualifies the subject, its verb right after: "veterans who served after
# September 2001 was 9.4 percent in February", "Soldiers wounded in November 2004 were
# honored ... in January" (not "Prices peaked in July 2006 and fell in January").
_QUALIFIER_LEAD = re.compile(
    r"(?:\b(?:who|that)\s(?:[a-z]+\s){1,3}|\b[a-z]{3,}ed\s)(?:in|on|after|since|during)\s$"
)
_SUBJECT_VERB_NEXT = re.compile(r",?\s(?:[a-z]+\s)?(?:was|were|is|are|has|have)\s")


def qualifies_subject(text: str, lo: int, giver_start: int, giver_end: int) -> bool:
    """Whether a date at [giver_start, giver_end) (its sentence starting at `lo`) only
    qualifies its clause's subject, the verb right after it: it lends no year."""
    return (
        _SUBJECT_VERB_NEXT.match(text, giver_end) is not None
        and _QUALIFIER_LEAD.search(text, max(lo, giver_start - 40), giver_start) is not None
    )


def focus_where(
    text: str, lo: int, sentences: tuple[int, int], focus_at: tuple[int, int], start: int
) -> str:
    """Where the period in focus was named for a candidate at `start` (`Context`), by
    `sentences` (the focus's sentence index, -1 for none in the paragraph, and the
    candidate's): "paragraph" (another sentence of it), "" (another paragraph),
    "aside" (a relative clause closed before it) or "sentence"."""
    if sentences[0] != sentences[1]:
        return "paragraph" if sentences[0] >= 0 else ""
    return "aside" if closes_aside(text, lo, *focus_at, start) else "sentence"


# "on Oct. 13, a Friday," / "on March 4, the Monday after ..." / "Sept. 29 (Friday)": the
# weekday is the day just named.
_WEEKDAY_APPOSITION = re.compile(r",\s{1,3}(?:(?i:a|the)\s{1,3})?|\s{1,3}\(")


def names_day_before(text: str, day: Timex, cand: Candidate, weekday: Timex) -> bool:
    """Whether the bare weekday `cand` (resolved as `weekday`) only names the
    day just before it, which falls on that weekday ("Oct. 13, a Friday")."""
    return (
        day.precision == "day"
        and day.until is None
        and not cand.group("rel")
        and day.date.weekday() == weekday.date.weekday()
        and _WEEKDAY_APPOSITION.fullmatch(text, day.end, weekday.start) is not None
    )


# An attribution after a date with a year: "Elections are due in April 2014, the
# commission said in January" (the saying's month is not 2014's).
_SAID_AFTER = re.compile(
    r",\s[^,;:]{1,50}?\s(?:said|says|told\s\w+|announced|reported)\s(?:on\s|in\s)?$"
)


def said_after(text: str, year_end: int, start: int) -> bool:
    """Whether an attribution stands between a year (ending at `year_end`) and the
    expression at `start`."""
    return _SAID_AFTER.search(text, year_end, start) is not None


# The day something was told or published: "said on", "released on", "in an interview on".
_TOLD_ON = re.compile(
    r"\b(?:said|says|told\s[\w\s]{1,30}?|announced|reported|released|published|filed"
    r"|disclosed|revealed|showed|shows|dated|statement|interview|report|filing)"
    r"(?:\s(?:on|in))?\s$"
)


def told_on(text: str, start: int) -> bool:
    """Whether the expression at `start` is the day something was told or published."""
    return _TOLD_ON.search(text, max(0, start - 40), start) is not None


# Words of a plan or a hope: what they tell of lies ahead of the story told before.
_PLAN_WORDS = re.compile(
    r"\b(?:plans?|planned|hopes?|hoped|expects?|expected|intends?|intended|aims?|aimed"
    r"|wants?|wanted|would|will|could)\b"
)


def plan_between(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] tells of a plan or a hope ("and that it planned to list its
    shares in December": not the year of the story told before it)."""
    return _PLAN_WORDS.search(text, lo, hi) is not None


def reported_apart(text: str, year_end: int, start: int) -> bool:
    """Whether a reported clause of its own starts between a year (ending at
    `year_end`) and the expression at `start`: "would fall in April 2015 and that the
    rise due in September would be scrapped"."""
    return " and that " in text[year_end:start]


def told_apart(hint: int, this_year: int, reading: Tense | None) -> bool:
    """Whether a year given just before cannot be the year of a date read in `reading`:
    a past year for a future ("who left in September 2007, is expected to be unveiled in
    June"), a future one for a past."""
    return (hint < this_year and reading == "future") or (hint > this_year and reading == "past")


_BACKWARD = frozenset(("earlier", "before", "previously", "prior"))


def counts_back_from_past(
    cand: Candidate,
    reading: Tense | None,
    days: tuple[dt.date | None, dt.date | None],
    sentences_back: int,
) -> bool:
    """Whether a count back told in the past ("A week earlier, inspectors had found a
    leak") follows a day still ahead (`days`: that day and the publication date; "It
    will reopen on Friday"), so that it counts from the last day gone instead, told
    at most two sentences back."""
    previous, anchor = days
    return (
        cand.kind == "ago"
        and sentences_back <= 2
        and reading == "past"
        and previous is not None
        and anchor is not None
        and previous > anchor
        and (cand.group("dir") or "").lower() in _BACKWARD
    )
