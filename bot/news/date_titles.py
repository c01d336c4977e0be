"""Date words that name a work or a programme, not a date: Bowie's "The Next Day",
the film "Last Summer", NBC's "Today" show."""

from __future__ import annotations

import re

from bot.news.temporal_scan import Candidate

_OPEN_QUOTES = ('"', "“")
_CLOSE_QUOTES = ('"', "”", ',"', ",”", '."', ".”")


def is_title(cand: Candidate, text: str) -> bool:
    """Whether a capitalised word-only expression is a title: quoted whole (Bowie's "The
    Next Day", "Last Summer") or a programme's ("NBC's Today show")."""
    if not text[cand.start : cand.start + 1].isupper() or cand.kind in _DATED_KINDS:
        return False
    if text.endswith(_OPEN_QUOTES, 0, cand.start) and text.startswith(_CLOSE_QUOTES, cand.end):
        # (not a quotation that opens with the words: '"Today, we start," he said', nor
        # one the speaker splits: '"Today," he said, "we begin"')
        return _SAYING_AFTER.match(text, cand.end) is None
    if cand.kind in _LOWER_CASE_KINDS and _capitalised_mid_sentence(text, cand.start, cand.end):
        return True  # ABC's "This Week", CNN's "The World Today"
    if cand.kind == "weekday" and text.endswith(_NEWS_SHOWS, 0, cand.start):
        return True  # "on Fox News Sunday"
    shows = (" Night Live", " Night Football", " Night Lights")
    if text.startswith(shows, cand.end) or text.startswith(shows, cand.end - 6):
        return True  # NBC's "Saturday Night Live", "Monday Night Football"
    # (not "minutes published on Wednesday show ...": a verb)
    return (
        cand.kind != "weekday"
        and not text.endswith(("'s", "’s"), cand.start, cand.end)  # ("Last year's show")
        and _SHOW_AFTER.match(text, cand.end) is not None
    )


_SAYING_AFTER = re.compile(
    r"[,.]?[\"”]\s(?:he|she|they|we|I|it|[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2})"
    r"\s(?:said|says|added|told|asked|wrote)\b"
)
_NEWS_SHOWS = ("Fox News ", "Fox News' ")
_DATED_KINDS = frozenset(("mdy", "dmy", "iso", "slash", "month_year", "year"))
_SHOW_AFTER = re.compile(r"[\"”]?\s(?:show|program|programme)\b")


# Kinds whose words are written in lower case inside a sentence.
_LOWER_CASE_KINDS = frozenset(("unit_rel", "deictic"))


def _capitalised_mid_sentence(text: str, start: int, end: int) -> bool:
    """Whether every word of text[start:end] is capitalised (not all capitals) and a
    word, not a sentence's start, comes right before it: "on ABC's This Week"."""
    words = text[start:end].split()
    if not all(word[:1].isupper() and not word.isupper() for word in words):
        return False
    before = text[max(0, start - 30) : start].rstrip()
    return before[-1:].isalnum() or before.endswith(("'s", "’s"))


# A statute cited with its year after a comma: "the Indian Penal Code, 1860", "the Arms
# Act, 1959" (the year names the law; "the Act of 1959" is left a date).
_STATUTE_BEFORE = re.compile(r"[A-Z][a-z]+\s(?:Act|Code|Ordinance|Rules|Regulations),\s$")


def is_statute_year(cand: Candidate, text: str) -> bool:
    """Whether a bare year is part of a statute's name ("the Arms Act, 1959")."""
    return (
        cand.kind == "year"
        and cand.end - cand.start == 4
        and _STATUTE_BEFORE.search(text, max(0, cand.start - 40), cand.start) is not None
        # (the citation closes: not "Because of the Affordable Care Act, 2014 will be")
        and text[cand.end : cand.end + 1] in ("", ",", ".", ";", ")")
    )
