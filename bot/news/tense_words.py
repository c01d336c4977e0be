"""Find chosen words in a short window, forwards or backwards, as `WORD_RE` splits it.

`tense` reads the words nearest a date for a tense marker. Splitting a whole
window into words and walking over each in Python costs more than the
reading itself; a pattern of the words that may matter finds them instead,
skipping the rest in C. Backwards, it runs over the reversed window, so it
meets the last words first and stops at the first that may be a marker.

A word of `WORD_RE` is a run of letters and apostrophes without its leading
apostrophes ("'tis" reads "tis", "dogs'" reads "dogs'"), so a pattern here
starts where a run does, skips its apostrophes, and ends where the run ends.
Reversed, a run reads from its end: its word is what comes before its last
letter, the rest being apostrophes only.

The patterns read the text that `forwards` and `backwards` make: lower-case
(case-blind patterns are much slower), and after a space, so that a pattern
starts with the character before a run, which lets the matcher skip to those
characters instead of trying every one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.news.temporal_lexicon import NOT_PAST_ED, WEEKDAYS, WORD_RE, month_number

# Upper-case ASCII letters to lower-case, nothing else: lower-cases the words of
# any text without moving an offset (`str.lower` may lengthen other letters).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# After a word in reversed text: the gap before it, then the word before it
# (reversed), or the window's start.
_GAP_AND_WORD_PATTERN = r"(?P<gap>[^a-z]*?)(?:(?<![a-z'])(?P<previous>[a-z']*[a-z])|\Z)"
_GAP_AND_WORD = re.compile(_GAP_AND_WORD_PATTERN)


def forwards(window: str) -> str:
    """The text a `word_pattern` reads in `window`: a space, then the window with
    its words lower-case."""
    # Only ASCII letters make words, and lower-casing ASCII keeps each offset.
    return " " + (window.lower() if window.isascii() else window.translate(_ASCII_LOWER))


def backwards(window: str) -> str:
    """The text a `backward_pattern` reads in `window`: a space, then the window
    reversed, with its words lower-case."""
    lower = window.lower() if window.isascii() else window.translate(_ASCII_LOWER)
    return " " + lower[::-1]


def word_alternation(words: Iterable[str]) -> str:
    """A regex matching exactly `words` (none empty), nested by shared first letters
    ("t(?:ill|o)"): the matcher then tries one branch a letter, not one a word.
    Where several words start at one place, it matches the longest."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in by_first.items():
        longer = [rest for rest in rests if rest]
        if not longer:
            branches.append(re.escape(first))
            continue
        optional = "?" if "" in rests else ""
        branches.append(f"{re.escape(first)}(?:{word_alternation(longer)}){optional}")
    return "|".join(branches)


def _spellings(words: Iterable[str]) -> list[str]:
    """The lower-case `words` that `WORD_RE` may split out whole; no word ever
    equals the others ("'ll" is always part of a word)."""
    return [word for word in words if WORD_RE.fullmatch(word) and word.islower()]


def word_pattern(words: Iterable[str], suffix: str) -> re.Pattern[str]:
    """A pattern whose "word" group finds each lower-case word of `words`, and each
    word that ends with `suffix`, in `forwards` text."""
    ending = rf"(?:[a-z][a-z']*)?{re.escape(suffix)}"
    spellings = word_alternation(_spellings(words))
    return re.compile(rf"[^a-z']'*(?P<word>{spellings}|{ending})(?![a-z'])")


def backward_pattern(words: Iterable[str], suffix: str) -> re.Pattern[str]:
    """Like `word_pattern`, but for `backwards` text: the "word" group holds the
    word reversed, and it ends where the word starts. The "gap" group holds the
    text between the word and the word before, which the "previous" group holds
    (None at the window's start), both reversed."""
    spellings = [word[::-1] for word in _spellings(words)]
    ending = rf"{re.escape(suffix[::-1])}(?:[a-z']*[a-z])?"
    # From the start of a run to its last letter, then what comes before it.
    return re.compile(
        rf"[^a-z'](?P<word>{word_alternation(spellings)}|{ending})(?='*(?![a-z']))"
        rf"(?={_GAP_AND_WORD_PATTERN})"
    )


def spaced_words_before(reversed_text: str, at: int, count: int) -> list[str]:
    """Up to `count` words before the one that starts where `at` is in `backwards`
    text, nearest first, as long as one space parts each from the next."""
    found_words: list[str] = []
    while len(found_words) < count:
        found = _GAP_AND_WORD.match(reversed_text, at)
        if found is None or found.group("gap") != " " or not found.group("previous"):
            break
        found_words.append(found.group("previous")[::-1])
        at = found.end("previous")
    return found_words


def word_before(reversed_text: str, at: int) -> str:
    """The word (lower-case, "" if none) before the one that starts where `at` is
    in `backwards` text."""
    found = _GAP_AND_WORD.match(reversed_text, at)
    previous = found.group("previous") if found else None
    return previous[::-1] if previous else ""


_QUOTED_TITLE = re.compile(r'"[A-Z][^"]{0,40}"|“[A-Z][^”]{0,40}”')


def untitled(segment: str) -> str:
    """`segment` with quoted titles blanked out (same length): "Meet the Press" holds
    no verb of the clause."""
    if '"' not in segment and "“" not in segment:
        return segment
    return _QUOTED_TITLE.sub(lambda found: " " * len(found.group()), segment)


BE_FORMS = frozenset("is are was were be been being".split())


def passive(before: str, found: re.Match[str]) -> bool:
    """Whether the word `found` in the reversed window follows a form of "be" ("is
    forecast", "are widely predicted")."""
    word = (found.group("previous") or "")[::-1]
    if word.endswith("ly"):
        word = word_before(before, found.end("previous"))
    return found.group("gap") == " " and word in BE_FORMS


def is_month(text: str, at: int) -> bool:
    """Whether the word "may" at `at` is written "May": the month, not the modal
    ("rose in May from April" says nothing of the future)."""
    return text.startswith("May", at)


def opens_clause(text: str, lo: int, at: int) -> bool:
    """Whether only a clause's start (or nothing) comes before `at` in text[lo:]."""
    before = text[lo:at].rstrip()
    return not before or before[-1] in ",;:"


# "-ed" forms that are no past before "until" or "through" ("snow was expected through
# Friday", "we need until Monday"); a state is one ("Rates were unchanged until Tuesday").
NO_PAST_BEFORE_UNTIL = (NOT_PAST_ED | {"forecast"}) - frozenset(
    "united based related limited unprecedented unchanged unaffected undecided unresolved"
    " unopposed unscathed".split()
)
# "in the week through Wednesday": the period a report covers, to that day.
PERIOD_THROUGH = re.compile(r"\b(?:week|weeks|month|months|period|session|sessions)\sthrough$")
# A future told before such a span: "will hold a sale for the week through Saturday".
FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall)\b|'ll\b")
_TIME_ZONES = frozenset(
    "EDT EST CDT CST MDT MST PDT PST ET CT MT PT GMT UTC BST CET CEST JST IST HKT SGT".split()
)


# The span a break lasts, after "for": "adjourned for the year on Thursday", "recessed
# for the summer after Thursday's session", "postponed for two weeks on Monday".
_BREAK_SPAN = re.compile(
    r"\s(?:the|a|an|its|their|two|three|four|several)\s(?:[a-z-]+\s)?"
    r"(?:year|summer|winter|spring|fall|autumn|holidays?|weekend|night|day|days|week|weeks"
    r"|month|months|recess|break|season)\s(?:on|after)\s"
)


def moves_no_date(text: str, lo: int, hi: int) -> bool:
    """Whether the "to" or "for" ending at `lo`, after a verb that moves dates, points at
    no new date at `hi`: a place ("moved to London in May", `named_between`) or the span
    of a break ("adjourned for the year on Thursday": the day of the adjourning)."""
    if text.endswith("for", 0, lo) and _BREAK_SPAN.fullmatch(text, lo, hi) is not None:
        return True
    return named_between(text, lo, hi)


def named_between(text: str, lo: int, hi: int) -> bool:
    """Whether a capitalised word other than a month's or a weekday's stands in
    text[lo:hi]: "moved to London in May" is a move to a place, not a date moved
    ("postponed to Nov. 20 from Nov. 13" is)."""
    return any(
        word[:1].isupper()
        and word not in _TIME_ZONES  # "postponed to 10 a.m. EDT Friday"
        and month_number(word) is None
        and word.lower() not in WEEKDAYS
        for word in (written.rstrip(".,") for written in text[lo:hi].split())
    )
