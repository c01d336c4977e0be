"""What a temporal candidate is resolved against, and what it resolves to.

Shared by `temporal_resolve` (named dates) and `temporal_relative` (dates
counted from the publication date or from the previous date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from bot.news.calendar_values import Period
from bot.news.clause_tense import ClauseTense
from bot.news.temporal_lexicon import DAY_PARTS
from bot.news.temporal_scan import Candidate
from bot.news.tense import Tense


class Context:
    """What a candidate is resolved against.

    `anchor` is the publication date (None when unknown); `previous` is the
    last resolved day in reading order and `previous_period` the last resolved
    period of any size (both None at the start). `year_hint` is the year of a
    full date just before in the same sentence ("March 3, 1997 and April 5").
    `outer_period` is the last resolved period longer than a day ("the quarter"
    before "which ended Sept. 30").
    `focus_where` says where `previous_period` was named: "sentence" (the candidate's,
    outside a relative clause closed before it), "aside" (in such a clause),
    "paragraph" (another sentence of it) or "" (another paragraph).
    `day_near` whether `previous` was in it or in the sentence before.
    `tense` is the tense the candidate is read in (`ClauseTense.reading`), read
    when a resolver first asks for it: most never do.
    """

    __slots__ = (
        "_clause",
        "anchor",
        "day_near",
        "focus_where",
        "outer_period",
        "previous",
        "previous_period",
        "year_hint",
    )

    def __init__(
        self,
        anchor: dt.date | None,
        previous: dt.date | None,
        previous_period: Period | None,
        clause: ClauseTense,
        year_hint: int | None = None,
        outer_period: Period | None = None,
        focus_where: str = "",
        day_near: bool = False,
    ) -> None:
        self.anchor = anchor
        self.focus_where = focus_where
        self.day_near = day_near
        self.outer_period = outer_period
        self.previous = previous
        self.previous_period = previous_period
        self.year_hint = year_hint
        self._clause = clause

    @property
    def start(self) -> int:
        """Where the expression starts in `text`."""
        return self._clause.start

    @property
    def end(self) -> int:
        """Where the expression ends in `text`."""
        return self._clause.end

    @property
    def text(self) -> str:
        """The paragraph the candidate is in."""
        return self._clause.text

    @property
    def tense(self) -> Tense | None:
        """The tense the candidate is read in: "past", "future" or None."""
        return self._clause.reading

    def past_told_ahead(self, first: dt.date) -> bool:
        """Whether a period starting on `first` lies after the publication date while
        the clause tells of the past: "Earlier in the week, Clinton conceded" after
        "takes office on Jan. 20" cannot be January's week."""
        return self.anchor is not None and first > self.anchor and self.tense == "past"

    def future_told_after(self, period: Period) -> bool:
        """Whether the clause tells of what is still to come while `period` is over:
        "It hopes to return to markets in the second half of the year" after "in
        April 2011" is not 2011's (but "said it would return ..." may be)."""
        return (
            self.anchor is not None
            and period.last < self.anchor
            and self.tense == "future"
            # (a saying told in another paragraph is of now: "The company said legal
            # costs would weigh on results for the fiscal year ..." after "in December")
            and (not self._clause.future_then or not self.focus_where)
        )

    def seen_from_focus(self) -> Period | None:
        """The past period in focus, named earlier in the sentence, when the clause
        tells of a future as seen from it: "announced in November that he would
        return in January" (the January after that November), "said on Monday the
        bodies would be buried on Tuesday"."""
        before = self.previous_period
        if (
            self.focus_where != "sentence"
            or before is None
            or self.anchor is None
            or before.first >= self.anchor
            or self.tense != "future"
            or not self._clause.future_then
        ):
            return None
        return before

    @property
    def planned_then(self) -> bool:
        """Whether the clause tells of a plan as it stood in the past (`ClauseTense`)."""
        return self._clause.planned_then

    @property
    def plan_reported(self) -> bool:
        """Whether a plan as it stood is reported speech (`ClauseTense.plan_reported`)."""
        return self._clause.plan_reported

    @property
    def nearest(self) -> bool:
        """Whether the date is the nearest of its name either way (`ClauseTense.nearest`)."""
        return self._clause.nearest

    @property
    def scheduled(self) -> bool:
        """Whether the candidate's own verb is "is" or "are" ("the vote is on Friday")."""
        return self._clause.scheduled

    @property
    def planned_here(self) -> bool:
        """Whether a plan as it stood is told in the clause (`ClauseTense.planned_here`)."""
        return self._clause.planned_here

    @property
    def plan_called_off(self) -> bool:
        """Whether the clause tells of a plan as it stood (`ClauseTense.plan_called_off`)."""
        return self._clause.plan_called_off

    @property
    def compared(self) -> bool:
        """Whether the candidate is named to compare with (`ClauseTense.compared`)."""
        return self._clause.compared

    @property
    def after_occasion(self) -> bool:
        """Whether an occasion just before owns the date (`ClauseTense.after_occasion`)."""
        return self._clause.after_occasion

    @property
    def due(self) -> bool:
        """Whether the candidate says when a thing is due ("The election is Nov. 5")."""
        return self._clause.due

    @property
    def quarter_in_focus(self) -> Period | None:
        """The quarter the story tells of ("reported third-quarter results"), if any."""
        outer = self.outer_period
        return outer if outer is not None and outer.value[4:6] == "-Q" else None


class Resolution(NamedTuple):
    """A candidate's period and whether it was anchored on the previous date.

    `comparison` marks a period named only to compare with the one in focus
    ("up from a year earlier", "the year-ago quarter"): the story stays on the
    period in focus, so "for the year" after it is still the year of that one.
    """

    period: Period
    anchored: bool = False
    comparison: bool = False


Resolver = Callable[[Candidate, Context], Resolution | None]


# Letters the patterns (case-insensitive) take for ASCII ones: "ſpring" matches
# as "spring", so the lexicon must be asked for "spring".
_ASCII_LOOKALIKES = str.maketrans({"ſ": "s", "ı": "i", "\u212a": "k"})


def group_text(cand: Candidate, name: str) -> str:
    """A group's text, lower-cased with single spaces ("" when absent)."""
    value = cand.groups.get(name)
    if not value:
        return ""
    lower = value.lower()
    if not lower.isascii():
        lower = lower.translate(_ASCII_LOOKALIKES)
    if value.isalnum():  # one word: nothing to join
        return lower
    return " ".join(lower.split())


def day_part(cand: Candidate) -> str | None:
    """The TIMEX3 suffix of a part of day the candidate names ("TMO"), if any."""
    return DAY_PARTS.get(group_text(cand, "part")) if cand.groups.get("part") else None
