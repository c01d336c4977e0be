"""Text helpers for answers: markdown escaping, shortening, date formats.

Article text is never trusted: `escape` neutralises Discord markdown, mass
mentions and user/role/channel mention syntax, so an article cannot format,
ping or link anything.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.news.calendar_values import month

_MARKDOWN = re.compile(r"([\\*_~`|>#\[\]()<-])")
_MASS_MENTION = re.compile(r"@(everyone|here)", re.IGNORECASE)
_ZWSP = "\u200b"


def escape(text: str) -> str:
    """Escape markdown and mentions in untrusted text (article content, user input)."""
    escaped = _MARKDOWN.sub(r"\\\1", text)
    return _MASS_MENTION.sub(lambda m: "@" + _ZWSP + m.group(1), escaped)


def unescape(text: str) -> str:
    """Plain text of answer markdown: drop emphasis markers and escapes (for the console)."""
    text = text.replace(_ZWSP, "")
    text = re.sub(r"(?<!\\)\*\*(.+?)(?<!\\)\*\*", r"\1", text)
    text = re.sub(r"(?<![\\\w])_(.+?)(?<!\\)_(?!\w)", r"\1", text)
    return re.sub(r"\\(.)", r"\1", text)


def shorten(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` characters at a word boundary, adding an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """'1 story', '2 stories': the count with its noun in the right number."""
    if count == 1:
        return f"1 {noun}"
    return f"{count:,} {plural or noun + 's'}"


def day_label(day: dt.date | None) -> str:
    """A date as answers show it: 'Thu 24 May 2018' (or 'undated')."""
    if day is None:
        return "undated"
    return f"{day:%a} {day.day} {day:%b %Y}"


def short_date(day: dt.date | None) -> str:
    """A compact date: '2018-05-31' (or 'undated')."""
    return day.isoformat() if day else "undated"


def range_label(start: dt.date, until: dt.date | None, precision: str) -> str:
    """A date or range at its precision: '24 May 2018', 'May 2018', '30–31 May 2018',
    'Q3 2017', '2009–2018'."""
    if precision == "year":
        if until is not None and until.year != start.year:
            return f"{start.year}–{until.year}"
        return str(start.year)
    if precision == "decade":
        return f"the {start.year // 10 * 10}s"
    if precision == "century":
        return f"the {_ordinal(start.year // 100 + 1)} century"
    if precision == "month":
        return _months_label(start, until)
    if precision == "week":
        if until is not None and (until - start).days == 1:
            return f"weekend of {range_label(start, until, 'day')}"
        return f"week of {start.day} {start:%b %Y}"
    if until and until != start:
        if until.year == start.year and until.month == start.month:
            return f"{start.day}–{until.day} {start:%b %Y}"
        return f"{start.day} {start:%b} – {until.day} {until:%b %Y}"
    return f"{start.day} {start:%b %Y}"


def _ordinal(number: int) -> str:
    """'1st', '2nd', '11th', '21st'."""
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _months_label(start: dt.date, until: dt.date | None) -> str:
    """'May 2018'; a quarter 'Q2 2018', a half 'H1 2018'; else 'Jun – Aug 1995'."""
    if until is None or until <= month(start.year, start.month).last:
        return f"{start:%B %Y}"
    months = (until.year - start.year) * 12 + until.month - start.month + 1
    if start.day == 1 and until == month(until.year, until.month).last:
        if months == 3 and start.month % 3 == 1:
            return f"Q{start.month // 3 + 1} {start.year}"
        if months == 6 and start.month in (1, 7):
            return f"H{start.month // 6 + 1} {start.year}"
    if until.year == start.year:
        return f"{start:%b} – {until:%b %Y}"
    return f"{start:%b %Y} – {until:%b %Y}"
