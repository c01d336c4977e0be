"""Dates named as yardsticks, not as days something happened on: "its worst
recession since 1990", "a level not seen since 2003", "the Fed's 10th increase since
March 2022", "compared with $4 million in 1988", "down from a peak of 7.1% in June
2022". They date no event, and the story's focus stays where it was."""

from __future__ import annotations

import functools
import re

from bot.news.temporal_lexicon import MONTH_PATTERN, WEEKDAY_PATTERN

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# "a 160% rise from the same period in 2023", "compared with $4 million in 1988",
# "down from a peak of 7.1% in June 2022": a date named to compare with, no day
# something happened on.
_COMPARISON_LEAD = re.compile(
    r"(?i:compared\s(?:with|to)|from\sthe\ssame\s(?:period|time|quarter|month|week)"
    # (to the expression, within the phrase: not past ", the agency said on Friday")
    r"|versus|vs\.|(?:up|down)\sfrom\s[^.;:!?\d]{0,30}\d"
    # "Retail sales in February were up 1.1 percent from January"
    r"|(?:up|down|rose|fell|gained|dropped|higher|lower|grew|climbed|jumped|increased"
    r"|declined)\s(?:by\s)?[$€£]?\d[\d.,]*\s?"
    # ("rose 5 percent in 2012 from the previous year": the reading's date between)
    r"(?:%|percent|points?)?(?:\s(?:in|on)\s[^.;:!?,]{1,30}?)?\sfrom)"
    # (not into a clause of its own: "from 2012 levels once the new port opens in May")
    r"(?:(?!\s(?:once|when|until|if|because|after|before)\s)[^.;:!?,]|[.,](?=\d)"
    r"|,\s(?:or|and)\s)*(?:,\s)?\Z"
)
# "its worst recession since 1990", "a level not seen since 2003": a date after
# "since" that a superlative, "first" or a negation measures against is a
# yardstick for what happened, not the day it happened.
# "rose to 26.4 percent in December from 25.6 percent in November": a figure's date
# after the date of the reading (not "from 2009"; nor "rose to 2.8 percent from 2.7
# percent in February", where February is the reading's).
_FROM_FIGURE = re.compile(
    r"(?<!\w)from\s[$€£]?\d[\d.,]*\s?(?:%|percent|per\scent|points?|billion|million|trillion)"
    r"(?:[^.;:!?,]|[.,](?=\d))*\Z"
)
_BASE_FROM = re.compile(
    r"\b(?:rise|fall|grow|climb|jump|increase|decline|drop|gain)\s(?:by\s)?[$€£]?\d[\d.,]*\s?"
    r"(?:%|percent|points?)?\sfrom\s\Z"
)
_MONTH_OR_DAY = re.compile(rf"(?:{MONTH_PATTERN}|{WEEKDAY_PATTERN})")
_LEVELS_AFTER = re.compile(r"\S+\s(?:levels?|figures?|totals?)\b")
_READING_DATE = re.compile(rf"\b(?:in|on)\s(?:{MONTH_PATTERN}|the\s[a-z]+\squarter)")
# "would pick up to 3.8 percent this year, from 3.2 percent in 2012" (not "to 2.2% from
# 2.0% next year": the reading's own year)
_READING_YEAR = re.compile(r"\b(?:this|last|next)\syear\b")
_SINCE = re.compile(
    r"(?i:since(?:\s{1,3}(?:records?|record-keeping|recordkeeping)\s{1,3}(?:began|started)"
    r"(?:\s{1,3}in)?"
    # "since the pandemic-driven crash of March 2020", "since the crisis in 2008"
    r"|\s{1,3}the(?:\s{1,3}[\w-]+){1,4}\s{1,3}(?:of|in))?)\s{1,3}\Z"
)
_YARDSTICK_WORDS = frozenset(
    """first most least fewest worst best never not no nor without second third fourth
    fifth sixth seventh eighth ninth tenth""".split()
)
_NUMBERED = re.compile(r"\b\d+(?:st|nd|rd|th)\b")  # "the Fed's 10th (increase) since March"
# "more dangerous than at any time since 1994", "weaker than at any point since"
_ANY_TIME = re.compile(r"\bany\s(?:time|point|stage|moment)\s$")
_NOT_SUPERLATIVE = frozenset(
    """interest protest request contest arrest forest honest modest harvest suggest
    invest digest manifest conquest inquest west rest nest test chest guest quest
    pest vest crest priest""".split()
)
_YARDSTICK_REACH = 60
_SENTENCE_END = re.compile(r"[a-z0-9][.!?]\s+(?=[A-Z])")  # not "U.S. bank"


@functools.lru_cache(maxsize=64)
def yardstick_at(paragraph: str, start: int) -> bool:
    """Whether the expression at `start` follows "since" after a superlative, an
    ordinal or a negation, or "compared with" or the like in its clause. Kept: dates
    and events both ask."""
    lead = paragraph[max(0, start - _YARDSTICK_REACH) : start]
    low = lead.lower()  # (plain substring tests first: most leads hold neither)
    compares = "compared" in low or "same" in low or "vs" in low or "versus" in low
    compares = compares or " from " in low
    if compares and _COMPARISON_LEAD.search(lead):
        return True
    if low.endswith(" from ") and (
        _LEVELS_AFTER.match(paragraph, start) is not None
        or (_BASE_FROM.search(lead) is not None and _MONTH_OR_DAY.match(paragraph, start) is None)
    ):
        # "would rise 5 percent from 2012 levels", "to rise 7 percent from the prior
        # year" (not "Tariffs will rise 10 percent from April": the day it starts)
        return True
    figure = _FROM_FIGURE.search(lead) if " from " in low else None
    if figure is not None and (
        _READING_DATE.search(lead, 0, figure.start()) is not None
        or (lead.endswith(" in ") and _READING_YEAR.search(lead, 0, figure.start()) is not None)
    ):
        return True
    since = _SINCE.search(lead) if "since" in low else None
    if since is None:
        return False
    # Only the words of its own sentence: "the most valuable company. Banks, closed
    # since last weekend" measures nothing.
    ends = list(_SENTENCE_END.finditer(lead, 0, since.start())) if ". " in lead else ()
    opened = ends[-1].end() if ends else 0
    if _NUMBERED.search(lead, opened, since.start()) is not None:
        return True
    if _ANY_TIME.search(low, opened, since.start()) is not None:
        return True
    for word in _WORD.findall(lead[opened : since.start()].lower()):
        if word in _YARDSTICK_WORDS or word.endswith("n't"):
            return True
        if len(word) > 4 and word.endswith("est") and word not in _NOT_SUPERLATIVE:
            return True
    return False
