"""Daily briefing posts: the pure schedule, the /daily commands and the posting loop.

The bot's clock is a FakeClock that starts on Sat 2024-03-30 06:00 UTC (07:00
in Berlin); Europe moves its clocks forward the next night, so 08:00 Berlin is
07:00 UTC on Saturday and 06:00 UTC on Sunday.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any, cast

import pytest

from bot.errors import UsageError
from bot.records import DailySetting
from bot.schedule import (
    due_day,
    next_post_at,
    parse_post_time,
    timezone_choices,
    validate_timezone,
)
from cogs.daily import DailyCog
from tests.bot_fixtures import START, BotSession, answered_cleanly, embed_text
from tests.emulator import Channel, Emulator

UTC = dt.UTC


def setting(
    time: str = "08:00", tz: str = "Europe/Berlin", last: dt.date | None = None
) -> DailySetting:
    return DailySetting(
        guild_id=1,
        channel_id=2,
        post_time=dt.time.fromisoformat(time),
        timezone=tz,
        last_post_date=last,
        last_post_at=None,
        paused_reason=None,
        quiet_when_empty=False,
    )


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


# -- the schedule (pure) -------------------------------------------------------


def test_due_at_the_local_time_across_the_spring_forward() -> None:
    daily = setting("08:00")
    assert due_day(daily, at("2024-03-30T06:59")) is None
    assert due_day(daily, at("2024-03-30T07:00")) == dt.date(2024, 3, 30)  # CET, UTC+1
    posted = setting("08:00", last=dt.date(2024, 3, 30))
    assert due_day(posted, at("2024-03-30T23:59")) is None
    assert due_day(posted, at("2024-03-31T05:59")) is None
    assert due_day(posted, at("2024-03-31T06:00")) == dt.date(2024, 3, 31)  # CEST, UTC+2


def test_times_in_the_gap_and_the_fold() -> None:
    gap = setting("02:30")  # does not exist in Berlin on 2024-03-31
    assert next_post_at(gap, at("2024-03-31T00:00")) == at("2024-03-31T01:30")  # 03:30 CEST
    fold = setting("01:30", tz="America/New_York")  # happens twice on 2024-11-03
    assert next_post_at(fold, at("2024-11-03T04:00")) == at("2024-11-03T05:30")  # the first


def test_catch_up_once_after_downtime_but_no_backlog() -> None:
    daily = setting("08:00", last=dt.date(2024, 3, 27))  # down for days
    assert due_day(daily, at("2024-03-30T21:00")) == dt.date(2024, 3, 30)
    assert due_day(daily, at("2024-03-30T05:00")) is None  # today's time not reached yet
    assert next_post_at(daily, at("2024-03-30T05:00")) == at("2024-03-30T07:00")


def test_paused_settings_are_never_due() -> None:
    paused = DailySetting(1, 2, dt.time(8), "UTC", None, None, "the channel was deleted", False)
    assert due_day(paused, at("2024-03-30T12:00")) is None
    assert next_post_at(paused, at("2024-03-30T12:00")) is None


def test_timezones_and_times_are_validated() -> None:
    assert validate_timezone("europe/berlin") == "Europe/Berlin"
    assert validate_timezone("America/New York") == "America/New_York"
    assert validate_timezone(None) == "UTC"
    with pytest.raises(UsageError, match="not an IANA timezone"):
        validate_timezone("Mars/Olympus_Mons")
    assert timezone_choices("berl") == ["Europe/Berlin"]
    assert timezone_choices("europe/")[:2] == ["Europe/Amsterdam", "Europe/Andorra"]
    assert len(timezone_choices("a")) == 25
    assert parse_post_time("8") == dt.time(8)
    assert parse_post_time("07:45") == dt.time(7, 45)
    assert parse_post_time("7pm") == dt.time(19)
    assert parse_post_time("12am") == dt.time(0)
    for bad in ("25:00", "13pm", "noon", "7:5"):
        with pytest.raises(UsageError):
            parse_post_time(bad)


# -- end to end --------------------------------------------------------------


def daily_cog(session: BotSession) -> DailyCog:
    cog = session.bot.get_cog("DailyCog")
    # load_extension imports the module afresh, so compare by name, not class identity
    assert type(cog).__name__ == "DailyCog", cog
    return cast(DailyCog, cog)


async def set_daily(emulator: Emulator, channel: Channel, **extra: Any) -> str:
    options = {"channel": channel, "time": "08:00", "timezone": "Europe/Berlin", **extra}
    result = await emulator.slash("daily set", user=emulator.manager, options=options)
    answered_cleanly(result)
    assert result.ephemeral
    return result.content


def bot_posts(emulator: Emulator, channel: Channel) -> list[Any]:
    return [m for m in emulator.channel_messages(channel) if m.author == emulator.bot]


async def test_daily_set_show_and_off(bot_session: BotSession, emulator: Emulator) -> None:
    briefings = emulator.channels["briefings"]
    reply = await set_daily(emulator, briefings)
    assert reply.startswith(f"Daily briefing set: <#{briefings.id}> at 08:00 Europe/Berlin.")
    assert f"<t:{int(at('2024-03-30T07:00').timestamp())}:f>" in reply
    show = await emulator.slash("daily show", user=emulator.manager)
    assert "08:00 Europe/Berlin" in show.content and "Next post" in show.content
    off = await emulator.slash("daily off", user=emulator.manager)
    assert off.content == "Daily briefing turned off."
    again = await emulator.slash("daily show", user=emulator.manager)
    assert again.ephemeral and again.content.startswith("No daily briefing here yet")


async def test_daily_needs_manage_server_and_a_server(
    bot_session: BotSession, emulator: Emulator
) -> None:
    refused = await emulator.slash("daily show", user=emulator.member)
    answered_cleanly(refused)
    assert refused.ephemeral and "Manage Server" in refused.content
    in_dm = await emulator.slash("daily show", channel=emulator.dm_channel(emulator.manager))
    assert in_dm.ephemeral and "works in a server" in in_dm.content


async def test_bad_time_and_timezone_are_refused(
    bot_session: BotSession, emulator: Emulator
) -> None:
    general = emulator.channels["general"]
    bad_zone = await emulator.slash(
        "daily set",
        user=emulator.manager,
        options={"channel": general, "time": "08:00", "timezone": "Moon/Base"},
    )
    assert bad_zone.ephemeral and "not an IANA timezone" in bad_zone.content
    bad_time = await emulator.slash(
        "daily set", user=emulator.manager, options={"channel": general, "time": "soon"}
    )
    assert bad_time.ephemeral and "could not read 'soon' as a time" in bad_time.content
    assert await bot_session.bot.storage.get_daily(emulator.guild.id) is None


async def test_timezone_autocomplete(bot_session: BotSession, emulator: Emulator) -> None:
    choices = await emulator.autocomplete("daily set", "timezone", "new_y", user=emulator.manager)
    assert [c["value"] for c in choices] == ["America/New_York"]


async def test_posts_at_its_time_once_and_not_again_after_a_restart(
    bot_session: BotSession, emulator: Emulator
) -> None:
    briefings = emulator.channels["briefings"]
    await set_daily(emulator, briefings)
    cog = daily_cog(bot_session)
    assert cog.post_loop.is_running()
    assert await cog.post_due() == 0  # 07:00 in Berlin: not yet
    bot_session.clock.set(at("2024-03-30T07:00"))
    assert await cog.post_due() == 1
    posts = bot_posts(emulator, briefings)
    assert len(posts) == 1
    assert posts[0].allowed_mentions == {"parse": []}
    assert "Daily briefing" in embed_text(posts[0].embeds[0])
    assert "Pompeo" in embed_text(posts[0].embeds[0])
    assert await cog.post_due() == 0

    bot_session.clock.advance(hours=3)
    bot = await bot_session.restart()
    restarted = daily_cog(bot_session)
    await asyncio.wait_for(restarted.pass_done.wait(), 5)  # the start-up pass
    assert not cog.post_loop.is_running()  # the old cog's loop was cancelled
    assert bot is bot_session.bot
    assert len(bot_posts(emulator, briefings)) == 1

    # Sunday: clocks went forward, so 08:00 Berlin is 06:00 UTC. No news since.
    bot_session.clock.set(at("2024-03-31T05:59"))
    assert await restarted.post_due() == 0
    bot_session.clock.set(at("2024-03-31T06:00"))
    assert await restarted.post_due() == 1
    last = bot_posts(emulator, briefings)[-1]
    assert last.content == "No new articles since Sat 30 Mar 08:00 (Europe/Berlin)."


async def test_a_post_missed_while_down_is_made_once_at_start_up(
    bot_session: BotSession, emulator: Emulator
) -> None:
    news = emulator.channels["news"]
    await set_daily(emulator, news)
    await bot_session.stop()
    bot_session.clock.set(at("2024-03-30T15:00"))  # down through 08:00
    await bot_session.start()
    await asyncio.wait_for(daily_cog(bot_session).pass_done.wait(), 5)
    assert len(bot_posts(emulator, news)) == 1
    await bot_session.restart()
    await asyncio.wait_for(daily_cog(bot_session).pass_done.wait(), 5)
    assert len(bot_posts(emulator, news)) == 1


async def test_quiet_days_stay_silent(bot_session: BotSession, emulator: Emulator) -> None:
    news = emulator.channels["news"]
    await set_daily(emulator, news, quiet=True)
    cog = daily_cog(bot_session)
    bot_session.clock.set(at("2024-03-30T07:00"))
    assert await cog.post_due() == 1  # the seed article is news
    bot_session.clock.set(at("2024-03-31T07:00"))
    assert await cog.post_due() == 0
    assert len(bot_posts(emulator, news)) == 1
    stored = await bot_session.bot.storage.get_daily(emulator.guild.id)
    assert stored is not None and stored.last_post_date == dt.date(2024, 3, 31)


async def test_a_deleted_channel_pauses_that_guild_only(
    bot_session: BotSession, emulator: Emulator
) -> None:
    storage = bot_session.bot.storage
    news, briefings = emulator.channels["news"], emulator.channels["briefings"]
    # Another guild whose channel is gone, and one whose stored timezone is broken:
    await storage.set_daily(1, channel_id=news.id + 999, post_time=dt.time(0), timezone="UTC")
    await storage.set_daily(2, channel_id=news.id, post_time=dt.time(0), timezone="Bad/Zone")
    await set_daily(emulator, briefings)
    await emulator.delete_channel(briefings)
    bot_session.clock.set(at("2024-03-30T07:00"))
    cog = daily_cog(bot_session)
    assert await cog.post_due() == 0
    ours = await storage.get_daily(emulator.guild.id)
    other = await storage.get_daily(1)
    assert ours is not None and ours.paused_reason == "the channel was deleted"
    assert other is not None and other.paused_reason == "the channel was deleted"
    broken = await storage.get_daily(2)
    assert broken is not None and broken.paused_reason == "the timezone 'Bad/Zone' is unknown here"
    show = await emulator.slash("daily show", user=emulator.manager)
    assert "**Paused**: the channel was deleted" in show.content

    # Setting a channel again resumes; the broken guild still does not stop the pass.
    await set_daily(emulator, news)
    assert await cog.post_due() == 1
    assert len(bot_posts(emulator, news)) == 1


async def test_a_missing_permission_pauses_with_the_reason(
    bot_session: BotSession, emulator: Emulator
) -> None:
    news = emulator.channels["news"]
    await set_daily(emulator, news)
    await emulator.deny_send(news)
    bot_session.clock.set(at("2024-03-30T07:00"))
    assert await daily_cog(bot_session).post_due() == 0
    stored = await bot_session.bot.storage.get_daily(emulator.guild.id)
    assert stored is not None and stored.paused_reason is not None
    assert "may not send" in stored.paused_reason
    assert bot_posts(emulator, news) == []


async def test_preview_is_private_and_now_posts_once(
    bot_session: BotSession, emulator: Emulator
) -> None:
    briefings = emulator.channels["briefings"]
    await set_daily(emulator, briefings)
    preview = await emulator.slash("daily preview", user=emulator.manager)
    answered_cleanly(preview)
    assert preview.ephemeral and "Daily briefing" in embed_text(preview.embeds[0])
    assert bot_posts(emulator, briefings) == []

    bot_session.clock.set(at("2024-03-30T06:30"))  # after the seed was stored
    now = await emulator.slash("daily now", user=emulator.manager)
    answered_cleanly(now)
    assert now.ephemeral and now.content == f"Posted the daily briefing in <#{briefings.id}>."
    assert len(bot_posts(emulator, briefings)) == 1
    bot_session.clock.set(at("2024-03-30T09:00"))  # today's time: already posted
    assert await daily_cog(bot_session).post_due() == 0
    assert len(bot_posts(emulator, briefings)) == 1
    empty = await emulator.slash("daily preview", user=emulator.manager)
    assert empty.ephemeral
    assert empty.content == "No new articles since Sat 30 Mar 07:30 (Europe/Berlin)."


async def test_the_loop_posts_on_its_own(bot_session: BotSession, emulator: Emulator) -> None:
    briefings = emulator.channels["briefings"]
    await set_daily(emulator, briefings)
    bot_session.clock.set(START + dt.timedelta(hours=2))
    cog = daily_cog(bot_session)
    cog.pass_done.clear()
    cog.post_loop.restart()  # the loop's next pass, now rather than in an hour
    await asyncio.wait_for(cog.pass_done.wait(), 5)
    assert len(bot_posts(emulator, briefings)) == 1


async def test_a_busy_day_posts_each_page_within_the_limits(
    bot_session: BotSession, emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    places = (
        "Aberdeen Bergen Cadiz Dresden Eindhoven Florence Geneva Hamburg Innsbruck Jena "
        "Krakow Lisbon Munich Nantes Oslo Porto Quimper Riga Seville Tallinn Utrecht "
        "Valencia Warsaw Ypres Zagreb Antwerp Bilbao Cork"
    ).split()
    for number, place in enumerate(places):
        body = (
            f"date 2024-03-30\n\n{place} council vote {number}\n\n"
            f"Councillors in {place} voted on the {place} budget on Friday, "
            f'calling the {place} plan "essential". ' * 2
        )
        await bot_session.bot.service.ingest(body.encode(), f"busy-{place}.txt")
    briefings = emulator.channels["briefings"]
    await set_daily(emulator, briefings)
    bot_session.clock.set(at("2024-03-30T07:00"))
    with caplog.at_level(logging.ERROR):
        assert await daily_cog(bot_session).post_due() == 1
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    posts = bot_posts(emulator, briefings)
    assert all(p.allowed_mentions == {"parse": []} for p in posts)
    pages = [p for p in posts if p.embeds]
    assert len(pages) == 5  # one message per page, never a flood
    assert "Daily briefing" in embed_text(pages[0].embeds[0])
    total = int(pages[0].embeds[0]["footer"]["text"].rsplit("/", 1)[1])
    assert total > 5
    assert posts[-1].content == (
        f"… and {total - 5} more pages of stories: `/briefing` shows them all."
    )


async def test_a_server_that_removed_the_bot_is_paused(
    bot_session: BotSession, emulator: Emulator
) -> None:
    await set_daily(emulator, emulator.channels["news"])
    await emulator.remove_bot_from_guild()
    bot_session.clock.set(at("2024-03-30T07:00"))
    assert await daily_cog(bot_session).post_due() == 0
    stored = await bot_session.bot.storage.get_daily(emulator.guild.id)
    assert stored is not None and stored.paused_reason == "I cannot see the channel any more"


async def test_set_refuses_a_channel_the_bot_cannot_post_in(
    bot_session: BotSession, emulator: Emulator
) -> None:
    news = emulator.channels["news"]
    await emulator.deny_send(news)
    result = await emulator.slash(
        "daily set", user=emulator.manager, options={"channel": news, "time": "08:00"}
    )
    assert result.ephemeral
    assert result.content == f"I may not send messages in <#{news.id}>; allow me first."
    assert await bot_session.bot.storage.get_daily(emulator.guild.id) is None
