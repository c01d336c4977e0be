"""Whether a season word is a date: "over the summer", "by the end of the summer",
"as early as the autumn" are; "Winter wheat", "the Arab Spring", "the fall of Rome",
"his next Autumn Statement" are not (`temporal_filters` asks)."""

from __future__ import annotations

import re

from bot.news.nearby_words import word_after, word_before
from bot.news.temporal_month_year import word_at_end
from bot.news.temporal_scan import Candidate

_SEASON_WORDS = frozenset({"Spring", "Summer", "Autumn", "Fall", "Winter"})


def season_in_name(word: str, text: str, end: int) -> bool:
    """Whether a capitalised season begins a name ("his next Autumn Statement",
    "the last Winter Olympics")."""
    return (
        word in _SEASON_WORDS and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
    )


_SEASON_BEFORE = re.compile(r"(?i:spring|summer|autumn|fall|winter)\s(?:or|and)\s$")
# What may come before a season without "the" ("by spring") or with it ("over the summer").
_ON_TO_THE = re.compile(r"\b(?:on|forward|through|up|into)\sto\sthe\s$")
_AS_EARLY_THE = re.compile(r"\bas\s(?:early|soon|late)\sas\s(?:the\s)?$")
_END_OF = re.compile(r"\b(?:end|start|beginning|middle|rest)\sof\sthe\s$")
_SEASON_PREPS = frozenset(
    """in during until till by over through throughout since before after into for beyond
    past""".split()
)
# "the fall of Rome", "a fall in prices": the noun, not the season.
_FALL_NOUN_AFTER = frozenset({"of", "in", "from", "to", "on", "at", "for", "by"})


_SEASON_THINGS = frozenset(
    "wheat barley oats crop crops plantings storm storms weather olympics games".split()
)


def keep_season(cand: Candidate, text: str, before: str) -> bool:
    """Whether a season candidate is a date (`before`: the word before it)."""
    if cand.group("y"):
        return True
    if word_after(text, cand.end).lower() in _SEASON_THINGS:
        return False  # "Winter wheat prices fell", "a winter storm": a kind, no date
    word = cand.group("s") or ""
    if season_in_name(word, text, cand.end):
        return False
    if cand.group("rel"):
        return True
    if word[:1].isupper():
        # "the Arab Spring", "the Prague Spring": a name ends with the season.
        lead = word_at_end(text, cand.start)
        return not (lead[:1].isupper() and lead.lower() not in _SEASON_PREPS | {"the"})
    if before == "the":
        before = word_before(text, len(text[: cand.start].rstrip()) - 3)
        if before == "of" and _END_OF.search(text, max(0, cand.start - 30), cand.start):
            return True  # "by the end of the summer"
    if before in ("or", "and") and _SEASON_BEFORE.search(text, max(0, cand.start - 12), cand.start):
        return True  # "in the spring or summer"
    if before == "least" and text.endswith("at least the ", 0, cand.start):
        before = word_before(text, cand.start - len("at least the "))  # "until at least the summer"
    if before == "to" and _ON_TO_THE.search(text, max(0, cand.start - 20), cand.start):
        return True  # "could drag on to the summer", "looking forward to the summer"
    if before == "as" and _AS_EARLY_THE.search(text, max(0, cand.start - 22), cand.start):
        return True  # "as early as the autumn"
    if before not in _SEASON_PREPS:
        return False
    return word != "fall" or word_after(text, cand.end).lower() not in _FALL_NOUN_AFTER
