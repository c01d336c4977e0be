"""When a guild's daily briefing is due: pure functions of its DailySetting and `now`.

Times are local to the guild's IANA timezone and DST-correct (zoneinfo): a
post time that does not exist on a spring-forward day is taken as the same
wall-clock distance after the gap (02:30 -> 03:30), an ambiguous one on a
fall-back day is its first occurrence. A post missed while the bot was down is
due at once if that local day's time has passed and nothing was posted that
day; days missed entirely are not made up (one post, never a backlog).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo

from bot.errors import UsageError
from bot.records import DailySetting

DEFAULT_TIMEZONE = "UTC"
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$", re.IGNORECASE)


@functools.cache
def all_timezones() -> tuple[str, ...]:
    """Every IANA timezone name this system knows, sorted (read once, then cached).

    The first call reads the zoneinfo folder: call it in a worker thread.
    """
    names = zoneinfo.available_timezones()
    names.discard("localtime")
    return tuple(sorted(names))


@functools.cache
def _by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in all_timezones()}


def validate_timezone(name: str | None) -> str:
    """The canonical IANA name for `name` (case-insensitive; empty: UTC), else UsageError."""
    if name is None or not name.strip():
        return DEFAULT_TIMEZONE
    wanted = name.strip().replace(" ", "_")
    canonical = _by_folded_name().get(wanted.casefold())
    if canonical is None:
        raise UsageError(
            f"{name.strip()[:60]!r} is not an IANA timezone; pick one such as "
            "Europe/Berlin, America/New_York or UTC from the list"
        )
    return canonical


def timezone_choices(typed: str, *, limit: int = 25) -> list[str]:
    """Timezones for autocomplete: names starting with `typed`, then cities starting
    with it, then names containing it; case-insensitive, spaces as underscores."""
    needle = typed.strip().casefold().replace(" ", "_")
    if not needle:
        popular = ["UTC", "Europe/London", "Europe/Berlin", "America/New_York"]
        popular += ["America/Los_Angeles", "Asia/Tokyo", "Asia/Seoul", "Australia/Sydney"]
        return popular[:limit]
    starts, cities, contains = [], [], []
    for name in all_timezones():
        folded = name.casefold()
        if folded.startswith(needle):
            starts.append(name)
        elif folded.rsplit("/", 1)[-1].startswith(needle):
            cities.append(name)
        elif needle in folded:
            contains.append(name)
    return (starts + cities + contains)[:limit]


def parse_post_time(text: str) -> dt.time:
    """A local post time: '08:00', '8:30', '7', '7pm', '19.30'; else UsageError."""
    match = _TIME.match(text or "")
    if match is None:
        raise UsageError(f"could not read {text.strip()[:40]!r} as a time; try 08:00 or 7pm")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").lower().replace(".", "")
    if suffix:
        if not 1 <= hour <= 12:
            raise UsageError(f"{hour}{suffix} is not a time; with am/pm the hour is 1 to 12")
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59:
        raise UsageError(f"{text.strip()[:40]!r} is not a time of day; try 08:00")
    return dt.time(hour, minute)


def local_post_moment(day: dt.date, post_time: dt.time, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """The aware UTC moment of `post_time` on local `day`, DST gaps and folds resolved."""
    naive = dt.datetime.combine(day, post_time)
    # fold=0 maps a time inside a gap forward by the gap and an ambiguous time
    # to its first occurrence; the UTC round trip makes that explicit.
    return naive.replace(tzinfo=zone, fold=0).astimezone(dt.UTC)


def due_day(setting: DailySetting, now: dt.datetime) -> dt.date | None:
    """The guild-local day whose post is due at `now`, or None (paused, done, or not yet).

    Due when that day's post time has passed and nothing was posted on that
    local day; this is also the catch-up after downtime.
    """
    if setting.paused_reason is not None:
        return None
    zone = zoneinfo.ZoneInfo(setting.timezone)
    today = now.astimezone(zone).date()
    if setting.last_post_date is not None and setting.last_post_date >= today:
        return None
    if now < local_post_moment(today, setting.post_time, zone):
        return None
    return today


def next_post_at(setting: DailySetting, now: dt.datetime) -> dt.datetime | None:
    """When the next post will be made (UTC): `now` when one is due, None when paused."""
    if setting.paused_reason is not None:
        return None
    if due_day(setting, now) is not None:
        return now
    zone = zoneinfo.ZoneInfo(setting.timezone)
    day = now.astimezone(zone).date()
    moment = local_post_moment(day, setting.post_time, zone)
    posted_today = setting.last_post_date is not None and setting.last_post_date >= day
    if moment <= now or posted_today:
        moment = local_post_moment(day + dt.timedelta(days=1), setting.post_time, zone)
    return moment
