"""Publication dates as article files write them: a `date` header's parts, or a
field ("published", "Date:") holding YYYY-MM-DD, an ISO or RSS date-time, or words."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from bot.news.captions import written_date
from bot.news.format_errors import ArticleFormatError


def date_from_parts(parts: tuple[str, ...], what: str) -> dt.date:
    """A calendar date, or ArticleFormatError naming the impossible one."""
    year, month, day = parts[:3]
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise ArticleFormatError(
            f"the {what} {year}-{month}-{day} is not a real date: write it as YYYY-MM-DD"
        ) from None


def published_date(value: str | None, field: str = 'JSON field "published"') -> dt.date | None:
    """A publication date field: YYYY-MM-DD, an ISO date-time, an RSS (RFC 2822)
    date-time ("Wed, 09 Sep 2020 23:30:00 GMT") or "May 31, 2018"."""
    if value is None:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if match:
        return date_from_parts(match.groups(), what=f"{field} date")
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    day = written_date(value)
    if day is None:
        raise ArticleFormatError(
            f"the {field} ({value[:40]!r}) is not a date: use YYYY-MM-DD, "
            "an ISO date-time or an RSS date-time"
        )
    return day
