"""Guess whether the words around a time expression speak of the past or the future.

News reports rarely say "last" or "next" with a bare weekday or a month: the
verb decides ("said Thursday" is past, "will meet Tuesday" future, "was
scheduled for June 12" future). The tense marker nearest to the expression,
inside its sentence, wins; markers before the expression count a little more,
as the verb usually comes first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from bot.news.temporal_lexicon import FUTURE_MARKERS, NOT_PAST_ED, PAST_MARKERS, WORD_RE

Tense = Literal["past", "future"]
Signal = Tense | Literal["present"]

# How far (characters) to look on each side of the expression.
_BEFORE = 90
_AFTER = 45
# Future markers that only count when they stand right before the expression.
_NEAR_ONLY = frozenset({"until", "till", "pending"})
# Past forms that are never participles.
_FINITE_PAST = frozenset({"said", "was", "were", "had", "did", "ago", "told", "went", "came"})
_BASE_FORM_AFTER = frozenset(
    {"to", "will", "would", "could", "should", "might", "may", "must", "can", "shall", "did"}
)
# Not "that" or "each", which may stand for a noun ("the plan that failed", "each fell").
_DETERMINERS = frozenset("a an the these those its his her their our your every".split())
# Words that schedule, by the word after them ("due to" is left to the rule for "to").
_SCHEDULED_BY_NEXT: dict[str, Callable[[str], bool]] = {
    "set": lambda following: following == "for",
    "due": lambda following: following != "to",
}
_LEADS_TO_FUTURE = frozenset(
    {"set", "due", "poised", "likely", "about", "going", "ready", "seeking", "hoping", "aiming"}
)
# Verbs that move a date: the "to" or "for" after them points at the new date,
# which is still ahead ("the hearing was postponed to Nov. 20").
_MOVED = frozenset(
    "postponed delayed moved rescheduled deferred adjourned forward extended".split()
)
# Where the clause of an expression ends, after it: punctuation, or a reported
# clause ("said in a statement Tuesday that it would", "... Tuesday it would").
_CLAUSE_STOP = re.compile(r"[,;:()]|\s(?:that|it|he|she|they|we)\s")
_SINCE = re.compile(r"\b[Ss]ince\s+$")
# Present-tense words that end the search: "says Monday" is neither.
_PRESENT = frozenset({"says", "say", "is", "are", "announces", "reports"})
# The listed markers by lower-case word; a future marker wins over a past one,
# a past one over a present one.
_SIGNALS: dict[str, Signal] = {
    **dict.fromkeys(_PRESENT, "present"),
    **dict.fromkeys(PAST_MARKERS, "past"),
    **dict.fromkeys(FUTURE_MARKERS, "future"),
}
# Splitting by `WORD_RE` (captured) gives the gaps and the words in turn: word i
# is parts[2 * i + 1], and the text before it is parts[: 2 * i + 1].
_WORD_SPLIT = re.compile(f"({WORD_RE.pattern})")


def _marker(lower: str) -> Signal | None:
    """The tense a lower-case word (`WORD_RE`: no curly apostrophe) signals,
    "present", or None when it signals nothing."""
    signal = _SIGNALS.get(lower)
    if signal is None and lower.endswith("ed") and len(lower) >= 5 and lower not in NOT_PAST_ED:
        return "past"
    return signal


def _participle(signal: Tense, words_before: list[str], *, adjacent: bool) -> Signal | None:
    """An "-ed" form after "be" looks ahead ("to be held", "will be signed"); after
    "is"/"are" it is a present passive ("is officially reported"). Right after
    "to" or a modal a form like "hit" or "cut" is the plain verb, right after a
    determiner a noun or an adjective: no marker ("forecast to hit 40C by Thursday": the
    word before "to" decides; "expect a cut on March 31": "expect" does)."""
    word = words_before[1]
    if adjacent and (word in _BASE_FORM_AFTER or word in _DETERMINERS):
        return None  # "to cut", "will cut"; "a cut", "the revised plan": no past here
    if word.endswith("ly"):  # "is officially reported"
        word = words_before[0]
    if word in ("be", "being"):
        return "future"
    if word in ("is", "are"):
        return "present"
    return signal


def _is_month(text: str, at: int) -> bool:
    """Whether the word "may" at `at` is written "May": the month, not the modal
    ("rose in May from April" says nothing of the future)."""
    return text.startswith("May", at)


def _split_words(window: str) -> tuple[list[str], list[str]]:
    """The split `parts` of `window` (gaps and words in turn) and its words, lower-cased."""
    if window.isascii():
        # Lower-casing ASCII keeps every word and offset: split once, already lower.
        parts = _WORD_SPLIT.split(window.lower())
        return parts, parts[1::2]
    parts = _WORD_SPLIT.split(window)
    return parts, list(map(str.lower, parts[1::2]))


def _last_marker(text: str, lo: int, start: int) -> tuple[float, Tense | None] | None:
    """(distance, tense) of the marker nearest before `start`, reading back from it.

    The nearest one wins, so the search stops at the first marker found going
    back; only that word's two predecessors are read (for "to be held").
    """
    parts, words = _split_words(text[lo:start])
    for index in range(len(words) - 1, -1, -1):
        lower = words[index]
        signal = _SIGNALS.get(lower)  # `_marker`, inline: most words are no marker
        if lower == "may" and _is_month(text, lo + sum(map(len, parts[: 2 * index + 1]))):
            continue
        if signal is None:
            if lower.endswith("ed") and len(lower) >= 5 and lower not in NOT_PAST_ED:
                signal = "past"
            elif lower in _SCHEDULED_BY_NEXT:
                following = words[index + 1] if index + 1 < len(words) else ""
                if not _SCHEDULED_BY_NEXT[lower](following):
                    continue
                signal = "future"  # "a hearing set for Friday", "he is due in court on Friday"
            elif lower not in ("to", "for"):
                continue
        words_before = [
            words[index - 2] if index >= 2 else "",
            words[index - 1] if index >= 1 else "",
        ]
        if signal == "past" and lower not in _FINITE_PAST:
            signal = _participle(signal, words_before, adjacent=parts[2 * index] == " ")
        elif lower in ("to", "for") and words_before[1] in _MOVED:
            signal = "future"  # "was postponed to Nov. 20", "rescheduled for Friday"
        elif lower == "to" and words_before[1] in _LEADS_TO_FUTURE:
            signal = "future"  # "is set to begin", "is due to open"
        if signal is None:
            continue
        distance = float(start - lo - sum(map(len, parts[: 2 * index + 2])))
        if lower in _NEAR_ONLY and distance > 3:
            continue
        return distance, None if signal == "present" else signal
    return None


def tense_near(text: str, start: int, end: int, bounds: tuple[int, int]) -> Tense | None:
    """Tense of the clause around text[start:end], limited to `bounds` (its sentence).

    Returns "past", "future", or None when no marker (or a present-tense one)
    is nearest.
    """
    lo = max(bounds[0], start - _BEFORE)
    hi = min(bounds[1], end + _AFTER)
    since_at = max(lo, start - 7)
    if "ince" in text[since_at:start] and _SINCE.search(text, since_at, start) is not None:
        return "past"  # "12 deaths since Monday may be linked": counted from a past day
    best = _last_marker(text, lo, start)
    if best is not None:
        # With a verb before it, words past the next comma or "that" belong to another
        # clause ("the plan, announced in late January, would take effect").
        stop = _CLAUSE_STOP.search(text, end, hi)
        hi = stop.start() if stop else hi
        # A word after the expression wins only when it starts closer (counting
        # 1.5 a character) than that marker: read up to the space after that.
        space = text.find(" ", min(hi, end + int(best[0] / 1.5)), hi)
        hi = space if space >= 0 else hi
    parts, words = _split_words(text[end:hi])
    for index, lower in enumerate(words):
        signal = _marker(lower)
        if signal is None or lower in _NEAR_ONLY:
            continue
        if lower == "may" and _is_month(text, end + sum(map(len, parts[: 2 * index + 1]))):
            continue
        distance = sum(map(len, parts[: 2 * index + 1])) * 1.5
        if best is None or distance < best[0]:
            best = (distance, None if signal == "present" else signal)
        break
    return None if best is None else best[1]
