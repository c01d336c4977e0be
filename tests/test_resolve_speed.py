"""The quick forms of date arithmetic agree with the plain ones they replace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from bot.news import calendar_values as cal
from bot.news.calendar_values import Period
from bot.news.tense import Tense

_DATES = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
_TENSES = st.sampled_from(["past", "future"])


def _outcome(call: Callable[[], object]) -> object:
    """What a call gives: its value, or the type of what it raised."""
    try:
        return call()
    except (ValueError, OverflowError) as error:
        return type(error)


@given(_DATES, st.integers(min_value=-2400, max_value=2400))
def test_shift_months_is_relativedelta(date: dt.date, months: int) -> None:
    expected = _outcome(lambda: date + relativedelta(months=months))
    assert _outcome(lambda: cal.shift_months(date, months)) == expected


def _pick_year_by_lists(
    make: Callable[[int], Period | None], anchor: dt.date, tense: Tense
) -> Period | None:
    """`pick_year` with a tense as first written: candidate lists filtered by tense."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = [p for y in years if (p := make(y)) is not None]
    if not candidates:
        return None
    if tense == "future":
        ahead = [p for p in candidates if p.last >= anchor - dt.timedelta(days=14)]
        return ahead[0] if ahead else candidates[-1]
    behind = [p for p in candidates if p.first <= anchor]
    return behind[-1] if behind else candidates[0]


@given(
    _DATES,
    _TENSES,
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=31),
    st.booleans(),
    st.frozensets(st.integers(min_value=-1, max_value=1)),
)
def test_pick_year_is_the_list_form(
    anchor: dt.date,
    tense: Tense,
    month: int,
    day: int,
    whole_month: bool,
    missing: frozenset[int],
) -> None:
    def make(year: int) -> Period | None:
        if year - anchor.year in missing:
            return None
        if whole_month:
            return cal.month(year, month)
        return cal.day(dt.date(year, month, min(day, 28)))

    expected = _outcome(lambda: _pick_year_by_lists(make, anchor, tense))
    assert _outcome(lambda: cal.pick_year(make, anchor, tense)) == expected
