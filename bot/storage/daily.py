"""Per-guild daily briefing settings and the record of each post."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.records import DailySetting
from bot.storage.base import StorageBase, iso_date, iso_datetime, utc_iso

_COLUMNS = (
    "guild_id, channel_id, post_time, timezone, last_post_date, last_post_at,"
    " paused_reason, quiet_when_empty"
)


def _setting(row: Any) -> DailySetting:
    return DailySetting(
        guild_id=int(row[0]),
        channel_id=int(row[1]),
        post_time=dt.time.fromisoformat(row[2]),
        timezone=row[3],
        last_post_date=iso_date(row[4]),
        last_post_at=iso_datetime(row[5]) if row[5] else None,
        paused_reason=row[6],
        quiet_when_empty=bool(row[7]),
    )


class DailyQueries(StorageBase):
    """Reads and writes of daily_settings."""

    async def set_daily(
        self,
        guild_id: int,
        *,
        channel_id: int,
        post_time: dt.time,
        timezone: str,
        quiet_when_empty: bool = False,
    ) -> DailySetting:
        """Create or change a guild's daily post; un-pauses it, keeps the post record."""
        await self._conn.execute(
            f"INSERT INTO daily_settings ({_COLUMNS}) VALUES (:guild, :channel, :time, :tz,"
            " NULL, NULL, NULL, :quiet) ON CONFLICT (guild_id) DO UPDATE SET"
            " channel_id = excluded.channel_id, post_time = excluded.post_time,"
            " timezone = excluded.timezone, quiet_when_empty = excluded.quiet_when_empty,"
            " paused_reason = NULL",
            {
                "guild": guild_id,
                "channel": channel_id,
                "time": post_time.strftime("%H:%M"),
                "tz": timezone,
                "quiet": int(quiet_when_empty),
            },
        )
        setting = await self.get_daily(guild_id)
        assert setting is not None
        return setting

    async def get_daily(self, guild_id: int) -> DailySetting | None:
        """A guild's daily settings, or None when it has none."""
        row = await self._fetchone(
            f"SELECT {_COLUMNS} FROM daily_settings WHERE guild_id = :guild", {"guild": guild_id}
        )
        return _setting(row) if row else None

    async def all_daily(self) -> list[DailySetting]:
        """Every guild's daily settings (paused ones included)."""
        rows = await self._fetchall(f"SELECT {_COLUMNS} FROM daily_settings ORDER BY guild_id")
        return [_setting(r) for r in rows]

    async def delete_daily(self, guild_id: int) -> bool:
        """Turn a guild's daily post off; True when there was one."""
        cursor = await self._conn.execute(
            "DELETE FROM daily_settings WHERE guild_id = :guild", {"guild": guild_id}
        )
        return cursor.rowcount > 0

    async def claim_daily_post(self, guild_id: int, local_date: dt.date, now: dt.datetime) -> bool:
        """Record that today's post is being made; False if it already was.

        The conditional update is the exactly-once guarantee: two callers (or a
        restart) cannot both claim the same guild-local day.
        """
        cursor = await self._conn.execute(
            "UPDATE daily_settings SET last_post_date = :day, last_post_at = :now"
            " WHERE guild_id = :guild AND paused_reason IS NULL"
            " AND (last_post_date IS NULL OR last_post_date < :day)",
            {"guild": guild_id, "day": local_date.isoformat(), "now": utc_iso(now)},
        )
        return cursor.rowcount == 1

    async def pause_daily(self, guild_id: int, reason: str) -> None:
        """Pause a guild's daily post with the reason `/daily show` will give."""
        await self._conn.execute(
            "UPDATE daily_settings SET paused_reason = :reason WHERE guild_id = :guild",
            {"guild": guild_id, "reason": reason},
        )
