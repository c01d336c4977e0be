"""Daily briefing posts: the /daily settings and the loop that posts them.

Each pass of the loop posts every due guild's briefing of the articles stored
since its last post (bot.schedule decides what is due). The day is claimed in
the database BEFORE the post is sent, so a guild gets at most one post per
local day, even across restarts. A deleted channel or a missing permission
pauses that guild (the reason shows in /daily show); one guild's failure never
stops the loop.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import zoneinfo

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.answer import Answer
from bot.client import NewsBot
from bot.errors import UsageError
from bot.records import DailySetting
from bot.render import to_embeds
from bot.replies import NO_MENTIONS, Refusal, defer, send_answer, send_text
from bot.schedule import (
    all_timezones,
    due_day,
    next_post_at,
    parse_post_time,
    timezone_choices,
    validate_timezone,
)

log = logging.getLogger(__name__)

MAX_POST_MESSAGES = 5
NOT_SET = (
    "No daily briefing here yet: `/daily set channel:#news time:08:00 timezone:Europe/Berlin`."
)
PostChannel = discord.TextChannel | discord.Thread


def _stamp(moment: dt.datetime) -> str:
    """A Discord timestamp each reader sees in their own timezone."""
    return f"<t:{int(moment.timestamp())}:f>"


def no_news_line(since: dt.datetime | None, timezone: str) -> str:
    """The one-line post of a day without new articles."""
    if since is None:
        return "No new articles in the last 24 hours."
    local = since.astimezone(zoneinfo.ZoneInfo(timezone))
    return f"No new articles since {local:%a %d %b %H:%M} ({timezone})."


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class DailyCog(commands.GroupCog, group_name="daily", group_description="Daily briefing post"):
    """The daily briefing post of each server: settings and the posting loop."""

    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot
        self.pass_done = asyncio.Event()
        """Set after each loop pass (tests wait on it instead of sleeping)."""

    async def cog_load(self) -> None:
        """Read the timezone list off the event loop, then start the posting loop."""
        await asyncio.to_thread(all_timezones)
        self.post_loop.change_interval(seconds=self.bot.daily_interval)
        self.post_loop.start()

    async def cog_unload(self) -> None:
        """Stop the posting loop."""
        self.post_loop.cancel()

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """/daily is for servers, and for members who may manage the server."""
        if interaction.guild is None or not isinstance(interaction.user, discord.Member):
            raise Refusal("/daily works in a server, not in direct messages.")
        if not interaction.user.guild_permissions.manage_guild:
            raise Refusal("You need the Manage Server permission to use /daily.")
        return True

    # -- the loop -------------------------------------------------------

    @tasks.loop(seconds=30.0)
    async def post_loop(self) -> None:
        """One pass: post every due guild's briefing."""
        try:
            await self.post_due()
        except Exception:  # the loop must survive anything, e.g. a database hiccup
            log.exception("daily briefing pass failed")
        finally:
            self.pass_done.set()

    @post_loop.before_loop
    async def _wait_until_ready(self) -> None:
        await self.bot.wait_until_ready()

    async def post_due(self) -> int:
        """Post every guild whose post is due now; how many were posted."""
        posted = 0
        for setting in await self.bot.storage.all_daily():
            try:
                if await self.post_if_due(setting):
                    posted += 1
            except zoneinfo.ZoneInfoNotFoundError:
                await self._pause(setting, f"the timezone {setting.timezone!r} is unknown here")
            except Exception:
                log.exception("daily briefing for guild %s failed", setting.guild_id)
        return posted

    async def post_if_due(self, setting: DailySetting) -> bool:
        """Claim and make one guild's post when it is due; True when it was posted."""
        now = self.bot.clock()
        day = due_day(setting, now)
        if day is None:
            return False
        channel = await self._channel(setting)
        if channel is None:
            return False
        answer = await self.bot.service.daily_post(setting.last_post_at)
        if answer is None and setting.quiet_when_empty:
            await self.bot.storage.claim_daily_post(setting.guild_id, day, now)
            return False
        if not await self.bot.storage.claim_daily_post(setting.guild_id, day, now):
            return False  # someone else (another pass, /daily now) already made it
        return await self._send(setting, channel, answer)

    async def _pause(self, setting: DailySetting, reason: str) -> None:
        log.warning("daily briefing of guild %s paused: %s", setting.guild_id, reason)
        await self.bot.storage.pause_daily(setting.guild_id, reason)

    async def _channel(self, setting: DailySetting) -> PostChannel | None:
        """The channel to post in, or None after pausing the guild with the reason."""
        channel = self.bot.get_channel(setting.channel_id)
        if channel is None:
            try:
                channel = await self.bot.fetch_channel(setting.channel_id)
            except discord.NotFound:
                await self._pause(setting, "the channel was deleted")
                return None
            except discord.Forbidden:
                await self._pause(setting, "I cannot see the channel any more")
                return None
        if not isinstance(channel, PostChannel):
            await self._pause(setting, "the channel is not a text channel")
            return None
        me = channel.guild.me
        permissions = channel.permissions_for(me)
        if not (permissions.send_messages and permissions.embed_links):
            await self._pause(setting, f"I may not send messages with embeds in #{channel.name}")
            return None
        return channel

    async def _send(self, setting: DailySetting, channel: PostChannel, post: Answer | None) -> bool:
        """Send the post (one message per page); False when refused (the guild is paused)."""
        try:
            if post is None:
                line = no_news_line(setting.last_post_at, setting.timezone)
                await channel.send(line, allowed_mentions=NO_MENTIONS)
                return True
            embeds = to_embeds(post)
            for embed in embeds[:MAX_POST_MESSAGES]:
                await channel.send(embed=embed, allowed_mentions=NO_MENTIONS)
            if len(embeds) > MAX_POST_MESSAGES:
                more = len(embeds) - MAX_POST_MESSAGES
                await channel.send(
                    f"… and {more} more pages of stories: `/briefing` shows them all.",
                    allowed_mentions=NO_MENTIONS,
                )
        except discord.NotFound:
            await self._pause(setting, "the channel was deleted")
            return False
        except discord.Forbidden:
            await self._pause(setting, f"I may not post in #{channel.name}")
            return False
        return True

    # -- the commands ---------------------------------------------------

    async def _setting(self, interaction: discord.Interaction) -> DailySetting:
        assert interaction.guild_id is not None  # interaction_check made sure
        setting = await self.bot.storage.get_daily(interaction.guild_id)
        if setting is None:
            raise UsageError(NOT_SET)
        return setting

    @app_commands.command(name="set")
    @app_commands.describe(
        channel="Where to post the briefing",
        time="Local time of day to post, e.g. 08:00 or 7pm",
        timezone="IANA timezone such as Europe/Berlin (default UTC)",
        quiet="Stay silent on days without new articles (default: post one line)",
    )
    async def set_daily(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        time: str,
        timezone: str | None = None,
        quiet: bool = False,
    ) -> None:
        """Post a daily briefing in a channel at a local time."""
        assert interaction.guild is not None
        post_time = parse_post_time(time)
        zone = validate_timezone(timezone)
        if not channel.permissions_for(interaction.guild.me).send_messages:
            raise UsageError(f"I may not send messages in {channel.mention}; allow me first.")
        setting = await self.bot.storage.set_daily(
            interaction.guild.id,
            channel_id=channel.id,
            post_time=post_time,
            timezone=zone,
            quiet_when_empty=quiet,
        )
        upcoming = next_post_at(setting, self.bot.clock())
        when = f" Next post: {_stamp(upcoming)}." if upcoming else ""
        await send_text(
            interaction,
            f"Daily briefing set: {channel.mention} at {post_time:%H:%M} {zone}.{when}",
        )

    @set_daily.autocomplete("timezone")
    async def timezones(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """Autocomplete: IANA timezone names matching what is typed."""
        return [app_commands.Choice(name=name, value=name) for name in timezone_choices(current)]

    @app_commands.command(name="off")
    async def off(self, interaction: discord.Interaction) -> None:
        """Stop the daily briefing post."""
        assert interaction.guild_id is not None
        removed = await self.bot.storage.delete_daily(interaction.guild_id)
        await send_text(interaction, "Daily briefing turned off." if removed else NOT_SET)

    @app_commands.command(name="show")
    async def show(self, interaction: discord.Interaction) -> None:
        """Show the daily briefing settings, last post and any pause reason."""
        setting = await self._setting(interaction)
        lines = [
            f"Channel: <#{setting.channel_id}> at {setting.post_time:%H:%M} {setting.timezone}",
            "Days without news: " + ("silent" if setting.quiet_when_empty else "one line"),
        ]
        if setting.last_post_at is not None:
            lines.append(f"Last post: {_stamp(setting.last_post_at)}")
        if setting.paused_reason:
            lines.append(f"**Paused**: {setting.paused_reason}. `/daily set` again to resume.")
        else:
            upcoming = next_post_at(setting, self.bot.clock())
            if upcoming is not None:
                lines.append(f"Next post: {_stamp(upcoming)}")
        await send_text(interaction, "\n".join(lines))

    @app_commands.command(name="preview")
    async def preview(self, interaction: discord.Interaction) -> None:
        """Show only to you the post the daily briefing would make now."""
        setting = await self._setting(interaction)
        post = await self.bot.service.daily_post(setting.last_post_at)
        if post is None:
            await send_text(interaction, no_news_line(setting.last_post_at, setting.timezone))
            return
        await send_answer(interaction, post, ephemeral=True)

    @app_commands.command(name="now")
    async def now(self, interaction: discord.Interaction) -> None:
        """Make the daily briefing post now (it counts as today's)."""
        setting = await self._setting(interaction)
        if setting.paused_reason:
            raise UsageError(f"the daily briefing is paused: {setting.paused_reason}")
        await defer(interaction, ephemeral=True)
        channel = await self._channel(setting)
        if channel is None:
            refreshed = await self._setting(interaction)
            raise UsageError(f"cannot post: {refreshed.paused_reason}")
        now = self.bot.clock()
        post = await self.bot.service.daily_post(setting.last_post_at)
        day = now.astimezone(zoneinfo.ZoneInfo(setting.timezone)).date()
        await self.bot.storage.claim_daily_post(setting.guild_id, day, now)
        sent = await self._send(setting, channel, post)
        refreshed = await self._setting(interaction)
        done = f"Posted the daily briefing in {channel.mention}."
        await send_text(
            interaction, done if sent else f"Could not post: {refreshed.paused_reason}."
        )


async def setup(bot: NewsBot) -> None:
    """Load the cog (discord.py extension entry point)."""
    await bot.add_cog(DailyCog(bot))
