"""Whether a month name or a four-digit number is a date: not the modal "May",
a given name ("April Smith"), a price ("$2008"), a count ("2000 jobs"), a bill
("HR 2021"), a name with a number in it ("the Russell 2000") or a clock time."""

from __future__ import annotations

import re

from bot.news.figure_months import names_contract, names_figures
from bot.news.nearby_words import WINDOW as _WINDOW
from bot.news.nearby_words import word_after
from bot.news.temporal_lexicon import (
    COUNT_NOUNS,
    MONTH_OCCASIONS,
    MONTH_PATTERN,
    NUMBER_LEADS,
)
from bot.news.temporal_scan import Candidate

MONTH_PREPS = frozenset(
    """in since until till by from through during before after of to between
    early late mid last next this throughout into""".split()
)
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})
_AS_EARLY_AS = re.compile(r"\bas (?:early|late|soon) as\s+$", re.IGNORECASE)
_MONTH_WORD = re.compile(MONTH_PATTERN)
_MONTH_AND = re.compile(
    rf"(?<![A-Za-z]){MONTH_PATTERN}(?:\s+\d{{4}})?,?\s+(?:and|or|to|through|until)\s+$"
)
_AND_MONTH_AFTER = re.compile(rf",?\s+(?:and|or)\s+{MONTH_PATTERN}\b")
_CLOCK_ZONES = frozenset({"GMT", "UTC", "CET", "BST", "EST", "EDT", "hrs", "hours"})
_MONEY_SIGNS = frozenset("$£€¥#")
# Bill numbers: "HR 2021", "H.R. 1955", "SB 1070" (not "the US 2020 election").
_TIME_AT_LEAST = re.compile(
    r"\b(?:until|till|through|since|by|from|in|to)\s(?:at\sleast|about|around|roughly"
    r"|approximately)\s$"
)
_TIME_THAN = re.compile(r"\b(?:later|earlier|sooner|rather)\sthan\s$")
_AT_LEAST_ENDS = frozenset(("least", "about", "around", "roughly", "approximately"))
# (a month's name: not "spoke to at least May and two others")
_UNTIL_AT_LEAST = re.compile(r"\b(?:until|till|through|since|by)\s(?:at\sleast|about|around)\s$")
# "Asteroid 2012 DA14": a minor planet's designation.
_BODY_NAMED = frozenset(("Committee", "Club", "Movement", "Society"))
_DESIGNATION_AFTER = re.compile(r"\s[A-Z]{1,2}\d{1,3}\b")
_CODE_BEFORE = re.compile(r"(?<![\w.])(?:H\.?R|S\.?B|H\.?B|A\.?B)\.?\s$")
_NAME_BEFORE = re.compile(r"[a-z,;]\s+[A-Z][A-Za-z]+\s$")


def word_at_end(text: str, end: int) -> str:
    """The word (as written) that ends right before the white space before `end`."""
    words = text[max(0, end - _WINDOW) : end].split()
    return words[-1] if words else ""


def _may_be_given_name(word: str) -> bool:
    """A capitalised word that may be a given name ("Theresa"), not a month in a list."""
    return word[:1].isupper() and not word.endswith(",") and _MONTH_WORD.fullmatch(word) is None


_SET_FOR = re.compile(r"\b(?:scheduled|planned|set|slated|due|expected|targeted)\s+for\s+$")
_MONTH_VERBS = frozenset("was is has had saw brought ended began will".split())
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:[Tt]he|its|their|a)\s[a-z]{2,}est\s$")


# "the March 14 coalition", "the April 6 Youth Movement": a movement named by a day
_MOVEMENT_AFTER = re.compile(
    r"(?:\s\d{1,2})?\s(?:coalition|alliance|bloc|camp|[Mm]ovement|Youth)\b"
)


def names_movement(cand: Candidate, text: str, before: str) -> bool:
    """Whether a month or a day of one names a movement ("the March 14 coalition"; not
    "In April coalition troops will ...", "On Jan. 12 camp officials ...")."""
    return (
        before not in MONTH_PREPS
        and before != "on"
        and text.startswith(" ", cand.end)
        and _MOVEMENT_AFTER.match(text, cand.end) is not None
    )


def keep_month(cand: Candidate, text: str, before: str) -> bool:
    """Whether a month candidate is the month (`keep_candidate`)."""
    if names_movement(cand, text, before):
        return False
    if cand.group("rel") or cand.group("that"):
        return True
    if before in MONTH_PREPS:
        return True
    if before in _AT_LEAST_ENDS and _UNTIL_AT_LEAST.search(
        text, max(0, cand.start - 32), cand.start
    ):
        return True  # "grounded until at least May"
    name = (cand.group("mon") or "").lower()
    if before == "for" and (
        name != "may" or _SET_FOR.search(text, max(0, cand.start - 24), cand.start) is not None
    ):
        return True  # "sales for March", "scheduled for May"; not "voted for May" (Theresa May)
    if before == "as" and _AS_EARLY_AS.search(text, max(0, cand.start - 20), cand.start):
        return True  # "as early as March"
    if name in _AMBIGUOUS_MONTHS:
        # "the May jobs report", "the coldest March", "March was cold" (a march is not
        # written capitalised); "between November and March": a month joined to
        # another one (not "the May government", "Theresa May and March organisers").
        if (
            names_figures(text, cand.start, cand.end)
            or names_contract(text, cand.start, cand.end)
            or _SUPERLATIVE_BEFORE.search(text, max(0, cand.start - 24), cand.start)
            or (name == "march" and word_after(text, cand.end) in _MONTH_VERBS)
            or word_after(text, cand.end) in MONTH_OCCASIONS  # "at the March meeting"
            or (
                text.startswith(("'s ", "’s "), cand.end)  # "for May's general election"
                and word_after(text, cand.end + 2) in MONTH_OCCASIONS
                and not _may_be_given_name(word_at_end(text, cand.start))
            )
        ):
            return True
        if _AND_MONTH_AFTER.match(text, cand.end) and not _may_be_given_name(
            word_at_end(text, cand.start)
        ):
            return True  # "in April, May and June" (not "Theresa May and March organisers")
        joined = _MONTH_AND.search(text, max(0, cand.start - _WINDOW), cand.start)
        return joined is not None and not _may_be_given_name(word_at_end(text, joined.start()))
    if text.startswith((".", ",", ";", ":", "!", "?", ")"), cand.end):
        return True  # "in May or June. Prices rose": no name runs on past the stop
    after = word_after(text, cand.end)
    # "April Smith" is a person; "June Apple shipped" is too rare to matter.
    return not (after[:1].isupper() and after.lower() not in ("the", "a", "an"))


def keep_year(cand: Candidate, text: str, before: str) -> bool:
    """Whether a year candidate is a year (`keep_candidate`)."""
    if cand.group("mod"):
        return True
    prefix = text[max(0, cand.start - 4) : cand.start]
    if not _MONEY_SIGNS.isdisjoint(prefix):
        return False
    if (
        before in NUMBER_LEADS
        and not _TIME_AT_LEAST.search(text, max(0, cand.start - 28), cand.start)
        and not _TIME_THAN.search(text, max(0, cand.start - 16), cand.start)
    ):
        # (not "until at least 2015", "until about 2025", "no later than 2018")
        return False
    if _CODE_BEFORE.search(text, max(0, cand.start - 8), cand.start):
        return False  # a bill number
    after = word_after(text, cand.end)
    if after[:1].isupper() and _NAME_BEFORE.search(text, max(0, cand.start - _WINDOW), cand.start):
        return False  # a name with a number in it: "the Russell 2000 Index"
    if _DESIGNATION_AFTER.match(text, cand.end) or after in _BODY_NAMED:
        return False  # "Asteroid 2012 DA14", "the 1922 Committee"
    if after in _CLOCK_ZONES or text.startswith(" local time", cand.end):
        return False  # a 24-hour clock time: "at 2015 GMT", "at 1800 local time"
    # ("In 2011, troops were withdrawn", "closed in 2009. Residents were angry": a
    # mark ends the year's phrase; a count's noun follows a space, "2000 jobs")
    return not text[cand.end : cand.end + 1].isspace() or after.lower() not in COUNT_NOUNS
