"""One resolved DATE expression of a paragraph (`Timex`) and the last day of a period
(`natural_end`); `dates` makes them."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from bot.news import calendar_values as cal
from bot.news.model import Precision
from bot.news.tense import Tense


class _TenseField:
    """The `tense` field of `Timex`, read on first use when the Timex was made by
    `make_timex` (most are never asked for it); `Timex(...)` and `replace` set it."""

    def __get__(self, timex: Timex | None, owner: type[Timex] | None = None) -> Tense | None:
        if timex is None:
            return None  # the field's default (dataclasses read it from the class)
        state = vars(timex)
        if "tense" not in state:
            state["tense"] = state["_clause"].own
        tense: Tense | None = state["tense"]
        return tense

    def __set__(self, timex: Timex, tense: Tense | None) -> None:
        vars(timex)["tense"] = tense


@dataclass(frozen=True)
class Timex:
    """One resolved DATE expression of a paragraph.

    `start`/`end` are offsets of `expression` in the paragraph. `date` is the
    first day of the period meant; `until` its last day when that is not
    implied by `precision` (ranges, quarters, weekends). `value` is the
    TimeML TIMEX3 value ("2018-05-31", "2018-W22", "2018-Q2", "201").
    `anchored` is true when the date was counted from the previous date
    ("a day later"); `attributive` when a year only qualifies a noun ("the
    2018 budget"); `tense` is the tense of the clause, if any. A range
    ("June 1 to June 3") keeps its two ends in `parts` (TimeML marks them as
    two expressions); other timexes have no parts. `vague` marks a reference
    without a calendar date ("now", "recently": value PRESENT_REF, PAST_REF or
    FUTURE_REF), returned only on request. `comparison` marks a period named
    only to compare with the one in focus ("up from a year earlier"), which
    stays in focus. `no_anchor` marks a day that what follows does not count
    from: the day a report was made, after a day its sentence tells of
    ("arrested on Jan. 5, police said on Thursday": "Two days later" counts
    from Jan. 5) or that starts a stretch ("fell on Friday ... have dropped since
    Oct. 1"), and a day that names a thing ("the Jan. 6 attack").
    """

    start: int
    end: int
    expression: str
    date: dt.date
    until: dt.date | None
    precision: Precision
    value: str
    anchored: bool = False
    attributive: bool = False
    tense: _TenseField = _TenseField()
    parts: tuple[Timex, ...] = ()
    vague: bool = False
    comparison: bool = False
    no_anchor: bool = False

    @property
    def timex_type(self) -> str:
        """TimeML type: "TIME" when a clock time or part of day is given, else "DATE"."""
        return "TIME" if self.value[10:11] == "T" else "DATE"

    @property
    def last_day(self) -> dt.date:
        """The last day of the period the expression means."""
        return self.until or natural_end(self.date, self.precision)

    @property
    def period(self) -> cal.Period:
        """The period the expression means, with its TimeML value."""
        return cal.Period(self.date, self.last_day, self.precision, self.value)


@functools.lru_cache(maxsize=4096)
def natural_end(first: dt.date, precision: Precision) -> dt.date:
    """The last day of a `precision` period starting on `first`."""
    if precision == "day":
        return first
    if precision == "week":
        return first + dt.timedelta(days=6)
    if precision == "month":
        return cal.month(first.year, first.month).last
    if precision == "year":
        return dt.date(first.year, 12, 31)
    years = 99 if precision == "century" else 9
    return dt.date(min(first.year - first.year % (years + 1) + years, 9999), 12, 31)
