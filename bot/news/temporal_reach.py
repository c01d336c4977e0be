"""Where in a paragraph a scan pattern can match: the stretch around its anchors.

Every match of a pattern holds one of its anchors, a word it cannot do without
(a month name for "mdy", a unit word for "ago", a year for "year"). The match
starts at most `before` characters ahead of where that anchor starts, and
neither it nor its look-aheads read `after` or more characters from there. So
the pattern finds the same matches in

    text[first anchor start - before : last anchor end + after]

as in the whole paragraph: no match can start outside, and nothing a match
attempt inside reads lies past the end (the engine's look-behinds still see
the text before the start). A paragraph without the anchor needs no scan at
all. The rest of the paragraph, often most of it, is not scanned; short
paragraphs are scanned whole, as finding their anchors would cost more.

The bounds hold where white space is single spaces (printable text without
"  "), so that each of a pattern's `\\s+` spans one character; in other text
the pattern scans the whole paragraph. They were measured on the patterns of
`temporal_patterns` (widths of the parts before and from the anchor group, with
`\\s+` read as one character) and carry a margin: change them with the patterns.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.news.temporal_lexicon import MONTHS, WEEKDAYS


class _Anchor(NamedTuple):
    """Words a pattern cannot do without; `folded` ones are lower-case and
    looked for in the lower-cased text (the pattern reads them in any case)."""

    name: str
    words: re.Pattern[str]
    folded: bool


def _words(name: str, words: tuple[str, ...], folded: bool) -> _Anchor:
    """An anchor that is any of `words`."""
    return _Anchor(name, re.compile("|".join(map(re.escape, words))), folded)


# Every month spelling of the patterns starts with one of these ("Sept", "June").
_MONTH_STARTS = tuple(name.capitalize() for name in MONTHS if len(name) == 3)
_UNITS = ("day", "week", "month", "year", "decade", "century", "quarter")
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
_DAY_PARTS = ("day", "morning", "afternoon", "evening", "night")

_YEARS = _Anchor("year", re.compile(r"1[89]\d\d|20\d\d"), False)
_MONTHS = _words("month", _MONTH_STARTS, False)
_WEEKDAYS = _words("weekday", tuple(day.capitalize() for day in WEEKDAYS), False)
_UNIT_WORDS = _words("unit", _UNITS, True)

# Pattern kind -> (anchor, before, after). Measured widths (before / from the
# anchor's start), then the margins: 2 before, 4 after (look-aheads read 2).
_REACH: dict[str, tuple[_Anchor, int, int]] = {
    "iso": (_YEARS, 0 + 2, 10 + 4),
    "year": (_YEARS, 19 + 2, 4 + 4),
    "year_range": (_YEARS, 0 + 2, 11 + 4),
    "mdy": (_MONTHS, 13 + 2, 37 + 4),
    "dmy": (_MONTHS, 40 + 2, 17 + 4),
    "month_year": (_MONTHS, 19 + 2, 22 + 4),
    "month": (_MONTHS, 19 + 2, 9 + 4),
    # "30th of September, of the same year": 8 before the month; "September 15 - 17, of
    # the following year" 42 from it.
    "month_rel_year": (_MONTHS, 8 + 2, 42 + 4),
    # "Wednesday afternoon next week": 35 from the weekday.
    "weekday": (_WEEKDAYS, 16 + 2, 35 + 4),
    "the_day": (_words("day", ("day",), False), 19 + 2, 3 + 4),
    "that_time": (_words("time", ("time",), False), 12 + 2, 4 + 4),
    # "the day before yesterday": 15 before.
    "deictic": (
        _words("deictic", ("today", "tonight", "yesterday", "tomorrow"), True),
        15 + 2,
        21 + 4,
    ),
    "unit_rel": (_words("unit_or_season", (*_UNITS[1:], *_SEASONS), True), 44 + 2, 9 + 4),
    "unit_the": (_UNIT_WORDS, 32 + 2, 7 + 4),
    "unit_after": (_words("unit_or_part", (*_UNITS, *_DAY_PARTS), True), 6 + 2, 20 + 4),
    # "seventeen years": 10 before the unit; "fortnights and a half ago this month"
    # and "... ago Wednesday": 36 from it.
    "ago": (_words("ago_unit", (*_UNITS, "fortnight"), True), 10 + 2, 39 + 4),
    "the_unit": (_UNIT_WORDS, 22 + 2, 7 + 4),
    "anchored": (_words("day_part", _DAY_PARTS, True), 16 + 2, 9 + 4),
    "season": (_words("season", _SEASONS, True), 8 + 2, 18 + 4),
    # "the September-November quarter": 28 before "quarter".
    "quarter": (_words("quarter", ("quarter", "half", "period"), True), 28 + 2, 43 + 4),
    # "the final three months of": 16 before "months"; "months of this year" 19.
    "months_of": (_words("months", ("months",), True), 16 + 2, 19 + 4),
    # "the early twenty-second century": 24 before; "century B.C" read after.
    "century": (_words("century", ("century",), True), 24 + 2, 12 + 4),
    # "the corresponding period of the previous year": 4 before "corresponding", 52 on.
    "same_period": (_words("same", ("same", "comparable", "corresponding"), True), 6 + 2, 52 + 4),
    "year_ago": (
        _words("year_ago", ("year-ago", "year-earlier", "prior-year"), True),
        4 + 2,
        20 + 4,
    ),
    "year_end": (_words("year_word", ("year",), True), 12 + 2, 10 + 4),
    "nth_weekday": (_WEEKDAYS, 11 + 2, 28 + 4),
    # "the Wednesday after next": 20 before "next".
    "after_next": (_words("next_or_last", ("next", "last"), True), 20 + 2, 4 + 4),
    # "seventeen fortnights from Wednesday": 27 before the weekday.
    "from_weekday": (_WEEKDAYS, 27 + 2, 9 + 4),
    # "the second full week of September, 2019": from "week", 16 before and 27 on.
    "nth_week": (_words("week", ("week",), True), 16 + 2, 27 + 4),
    # From the last digit of "through the 21st": the preposition and the first digit before.
    "day_alone": (_Anchor("day_th", re.compile(r"\d(?:st|nd|rd|th)"), True), 13 + 2, 11 + 4),
}
# Shorter paragraphs are scanned whole: finding the anchors would cost more
# than it saves.
_SHORT = 100


class PatternReach:
    """The stretch of one paragraph that each pattern kind has to scan."""

    __slots__ = ("_folded", "_single_spaced", "_spans", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        # Made on first use: (first start, last end) of each anchor (None when
        # it is not in the text), whether white space is single spaces, and
        # the text lower-cased ("" when that cannot be used).
        self._spans: dict[str, tuple[int, int] | None] = {}
        self._single_spaced: bool | None = None
        self._folded: str | None = None

    def window(self, kind: str) -> tuple[int, int] | None:
        """(start, end) of the text the pattern `kind` has to scan; None if it cannot match."""
        size = len(self._text)
        reach = _REACH.get(kind)
        if reach is None or size < _SHORT:
            return 0, size
        anchor, before, after = reach
        try:
            span = self._spans[anchor.name]
        except KeyError:
            span = self._spans[anchor.name] = self._anchor_span(anchor)
        if span is None:
            return None
        return max(0, span[0] - before), min(size, span[1] + after)

    def _anchor_span(self, anchor: _Anchor) -> tuple[int, int] | None:
        """(first start, last end) of the anchor's words, None when there are none;
        the whole text when the bounds do not hold."""
        text = self._text
        if self._single_spaced is None:
            self._single_spaced = text.isprintable() and "  " not in text
        if not self._single_spaced:
            return 0, len(text)
        if anchor.folded:
            if self._folded is None:
                self._folded = _lower(text)
            if not self._folded:
                return 0, len(text)
            text = self._folded
        found = anchor.words.search(text)
        if found is None:
            return None
        first, last = found.span()
        for found in anchor.words.finditer(text, last):
            last = found.end()
        return first, last


def _lower(text: str) -> str:
    """`text` lower-cased, when each character stays one character and every
    one that matches an ASCII letter case-insensitively becomes it (else ""):
    the dotless i and the long s lower-case to themselves."""
    folded = text.lower()
    if text.isascii():
        return folded
    if len(folded) != len(text) or "ı" in folded or "ſ" in folded:
        return ""
    return folded
