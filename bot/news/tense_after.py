"""What the words after a time expression say of its tense: the first tense marker
in its clause after it (`signal_after`), and what one such word signals there
(`after_marker`). `tense` reads the words before it and weighs the two."""

from __future__ import annotations

import re

from bot.news.temporal_lexicon import (
    FUTURE_MARKERS,
    NOT_PAST_ED,
    NOUNS_TOO,
    PAST_MARKERS,
    noun_here,
)
from bot.news.tense_phrases import Signal
from bot.news.tense_words import forwards, is_month, untitled, word_pattern

# Future markers that only count when they stand right before the expression,
# or before a time of day right before it ("until midnight Sunday", "starting at
# midnight Friday", "effective Monday").
NEAR_ONLY = frozenset({"until", "till", "through", "pending", "starting", "effective"})
# Where another clause starts after an expression with no marker before it: the
# verb after the expression's own comma still counts ("On Thursday, officials
# said"), but not one past "; ", ", and" or a dash ("return on April 8, and the
# deal must be reached").
NEXT_CLAUSE = re.compile(r"[;:]|,\s(?:and|but|while|whereas|although|though|yet)\s|\s[—–]\s")
# Present-tense words that end the search: "says Monday" is neither.
_PRESENT = frozenset({"says", "say"})
# (and the present of what a schedule sets: "Parliament reconvenes on Tuesday")
_SCHEDULED = frozenset("is are reconvenes convenes resumes reopens begins expires meets".split())
# The listed markers by lower-case word; a future marker wins over a past one,
# a past one over a present one.
SIGNALS: dict[str, Signal] = {
    **dict.fromkeys(_PRESENT, "present"),
    **dict.fromkeys(_SCHEDULED, "scheduled"),
    **dict.fromkeys(PAST_MARKERS, "past"),
    **dict.fromkeys(FUTURE_MARKERS, "future"),
}
_MARKER_AFTER = word_pattern(SIGNALS, "ed")
# Verbs of foretelling that look ahead only in the passive: "snow is forecast for Monday".
FORECAST = frozenset(("forecast", "predicted"))
FORECAST_FOR = (" to ", " for ", " by ", " at ")
# What makes "expected" after the expression a comparison: "rose on Tuesday, more
# than expected", "On Tuesday, as expected, ...".
_COMPARED_BEFORE = ("than ", "than-", " as ")
# "took place on Thursday as planned": after a verb before the date, no tense of its own
# (with none, "Talks open on Monday as planned" looks ahead).
AS_PLANNED = frozenset(("planned", "scheduled", "intended", "promised"))


def signal_after(text: str, end: int, hi: int) -> Signal | None:
    """The signal of the first marker after the expression (which ends at `end`) in
    its clause, for an expression with none before it in its clause."""
    next_clause = NEXT_CLAUSE.search(text, end, hi)
    after = forwards(untitled(text[end : next_clause.start() if next_clause else hi]))
    at = 0
    while (found := _MARKER_AFTER.search(after, at)) is not None:
        at = found.end()
        offset = found.start("word") - 1  # `after` starts with a space
        signal = after_marker(text, found.group("word"), end + offset, end)
        if signal is not None:
            return signal
    return None


def after_marker(text: str, lower: str, at: int, lo: int) -> Signal | None:
    """The tense a lower-case word (`WORD_RE`: no curly apostrophe) at `at` after the
    expression (which ends at `lo`) signals, "present", or None when it signals
    nothing there ("until" and "pending" count only before it)."""
    if lower in NEAR_ONLY or (lower == "may" and is_month(text, at)):
        return None
    if at - 4 >= lo and text[at - 4 : at].lower() == " to ":
        return None  # "flew to Moscow on Tuesday to seek help": a purpose, not a plan
    if lower in NOUNS_TOO and noun_here(text, lo, at):
        return None  # "began his papacy on Tuesday with a visit": a noun
    if lower == "expected" and text[max(lo, at - 5) : at].lower().endswith(_COMPARED_BEFORE):
        return None  # "rose on Tuesday, more than expected"
    if lower in FORECAST and not _be_before(text, lo, at):
        if text.startswith(FORECAST_FOR, at + len(lower)):
            return "future"  # "Temperatures on Friday forecast to reach 40C": a passive
        return "past"  # "FedEx on Tuesday forecast lower profit" (not "snow is forecast")
    signal = SIGNALS.get(lower)
    if (
        signal == "future"
        and text.startswith(" have ", at + len(lower))
        and not text.startswith(" have to ", at + len(lower))  # "will have to be approved"
    ):
        return "past"  # "a fire in January may have been caused by": a guess at a past
    if signal is None and lower.endswith("ed") and len(lower) >= 5 and lower not in NOT_PAST_ED:
        # "on April 8 the deal will be signed": a passive after "be" looks ahead.
        return "future" if _be_before(text, lo, at) else "past"
    return signal


def _be_before(text: str, lo: int, at: int) -> bool:
    """Whether the word before the one at `at` is "be" (a `WORD_RE` word, after `lo`)."""
    if at - 3 < lo or text[at - 3 : at].lower() != "be ":
        return False
    # The ASCII letters before "be" (apostrophes between) would make it part of a word.
    head = text[lo : at - 3].rstrip("'")
    return not head or not (head[-1].isascii() and head[-1].isalpha())
