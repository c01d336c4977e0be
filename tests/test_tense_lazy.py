"""The tense of a date's clause, read only when asked for, is the one read eagerly.

`dates.scan_timexes` once read every candidate's tense on the spot, in order:
its own (`tense_near`), and the reading it is resolved in (its own, else that
of the candidate before it in the same sentence). `ClauseTense` reads either
on first use, in any order. Both are checked here against that eager reading.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news import clause_tense, dates, timex_making
from bot.news.clause_tense import ClauseTense
from bot.news.date_yardsticks import yardstick_at
from bot.news.sentences import sentence_tuple
from bot.news.temporal_context import Context, Resolution
from bot.news.temporal_filters import keep_candidate
from bot.news.temporal_resolve import resolve_candidate
from bot.news.temporal_scan import Candidate, scan_candidates
from bot.news.tense import Tense, signal_near, tense_near

_PIECES = [
    # dates, some resolved by the tense ("Monday", "June 12"), some not
    "Monday",
    "on Tuesday",
    "May 1",
    "June 12",
    "last week",
    "in March",
    "March 3, 1997",
    "the next day",
    "the fourth quarter",
    "2018",
    "this fall",
    # tense markers
    "said",
    "will",
    "was",
    "ago",
    "set for",
    "is",
    "postponed to",
    "until",
    "since",
    "expected",
    "to be held",
    "may",
    "would",
    "was due in",
    "the second half of the year",
    # the rest
    "the meeting",
    "and",
    "after",
    "the vote",
    ",",
    ".",
    ". The",
    ";",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join)
_ANCHORS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


class _EagerClause:
    """The tense as scan_timexes read it before: both on the spot, when made."""

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        bounds: tuple[int, int],
        before: _EagerClause | None = None,
    ) -> None:
        self.start, self.end = start, end
        self.text = text
        signal = signal_near(text, start, end, bounds)
        self.scheduled = signal == "scheduled"
        self.nearest = signal == "nearest"
        self.compared = yardstick_at(text, start)
        self.after_occasion = (
            clause_tense._OCCASION_ON.search(text, max(bounds[0], start - 64), start) is not None
        )
        self.due = (
            self.scheduled
            and clause_tense._IS_DUE.search(text, max(bounds[0], start - 12), start) is not None
            and clause_tense._OVER.search(text, bounds[0], start) is None
        )
        self.own = tense_near(text, start, end, bounds)
        self.reading = self.own
        if signal is None and before is not None:
            self.reading = before.reading
        # Read on the spot as well: a pattern search, nothing lazy to compare.
        plan = clause_tense._PLANNED_THEN.search(text, max(bounds[0], start - 60), start)
        self.planned_then = plan is not None
        self.planned_here = plan is not None and "," not in text[plan.end() : start]
        self.plan_called_off = self.planned_here and (
            clause_tense._REPORTED.search(text, bounds[0], bounds[1]) is None
        )
        self.plan_reported = (
            plan is not None
            and not plan.group().startswith("had")
            and clause_tense._REPORTED.search(text, bounds[0], plan.start()) is not None
        )
        lo = bounds[0]
        for clause in clause_tense._CLAUSE_START.finditer(text, lo, start):
            lo = clause.end()
        self.future_then = (
            clause_tense._SEEN_THEN.search(text, lo, start) is not None or self.planned_then
        )


def _clauses(text: str, make: Callable[..., Any]) -> list[Any]:
    """The clause of each candidate of `text`, chained within a sentence as in the scan."""
    sentences = sentence_tuple(text)
    made: list[Any] = []
    last: tuple[int, Any] = (-1, None)
    for cand in scan_candidates(text, keep_candidate, frozenset()):
        index = bisect.bisect_right(sentences, (cand.start, len(text) + 1)) - 1
        bounds = sentences[index] if index >= 0 else (0, len(text))
        clause = make(text, cand.start, cand.end, bounds, last[1] if last[0] == index else None)
        made.append(clause)
        last = (index, clause)
    return made


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.data())
def test_read_in_any_order_as_eagerly(text: str, data: st.DataObject) -> None:
    eager = [(c.own, c.reading) for c in _clauses(text, _EagerClause)]
    lazy = _clauses(text, ClauseTense)
    order = data.draw(st.permutations(range(len(lazy))))
    got: dict[int, tuple[Tense | None, Tense | None]] = {}
    for index in order:
        clause = lazy[index]
        if data.draw(st.booleans()):  # reading first, or own first
            reading, own = clause.reading, clause.own
        else:
            own, reading = clause.own, clause.reading
        got[index] = (own, reading)
    assert [got[index] for index in range(len(lazy))] == eager


@settings(max_examples=200, deadline=None)
@given(_TEXTS, _ANCHORS)
def test_scan_resolves_in_the_tense_read_eagerly(text: str, anchor: dt.date) -> None:
    eager = _clauses(text, _EagerClause)
    seen: dict[int, Tense | None] = {}  # by candidate (one may be resolved twice)

    def resolve(cand: Candidate, ctx: Context) -> Resolution | None:
        seen[cand.start] = ctx.tense
        return resolve_candidate(cand, ctx)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timex_making, "resolve_candidate", resolve)
        timexes = dates.scan_timexes(text, anchor, anchor, vague=True)
    assert list(seen.values()) == [clause.reading for clause in eager]
    own = {clause.end: clause.own for clause in eager}
    # A range keeps the tense of its first end.
    assert [t.tense for t in timexes] == [own[(t.parts or (t,))[0].end] for t in timexes]


@settings(max_examples=200, deadline=None)
@given(_TEXTS, _ANCHORS, st.booleans())
def test_timexes_as_with_eager_tense(text: str, anchor: dt.date, vague: bool) -> None:
    lazy = dates.scan_timexes(text, anchor, anchor, vague=vague)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "ClauseTense", _EagerClause)
        eager = dates.scan_timexes(text, anchor, anchor, vague=vague)
    assert [repr(t) for t in lazy] == [repr(t) for t in eager]
    assert lazy == eager


def test_thousands_of_dates_in_one_sentence_read_without_recursion() -> None:
    text = "Monday, " * 5000
    lazy = _clauses(text, ClauseTense)
    assert len(lazy) == 5000
    # Last first: one walk back through all 5000 (deeper than the recursion limit).
    assert [c.reading for c in reversed(lazy)] == [None] * 5000


def test_a_timex_keeps_its_fields() -> None:
    [timex] = dates.find_timexes("The vote will be held on Monday.", dt.date(2018, 5, 31))
    assert timex.tense == "future"
    assert {f.name for f in fields(timex)} <= set(vars(timex))  # each one set
    assert "attributive=False, tense='future', parts=()" in repr(timex)
    moved = replace(timex, end=timex.end - 1)
    assert (moved.tense, moved.start) == ("future", timex.start)
    assert moved != timex and replace(moved, end=timex.end) == timex
    assert hash(replace(moved, end=timex.end)) == hash(timex)
