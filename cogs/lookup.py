"""/search, /article, /help, and plain-text lookups in direct messages."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import NewsBot
from bot.dm_lookup import MAX_LOOKUP_CHARS, RateLimiter, answer_lookup
from bot.errors import NewsbotError
from bot.render import CONTENT_LIMIT
from bot.replies import APOLOGY, NO_MENTIONS, answer_interaction, send_answer_to
from bot.textfmt import shorten

log = logging.getLogger(__name__)

LOOKUPS_PER_WINDOW = 5
WINDOW_SECONDS = 10.0


class LookupCog(commands.Cog, name="Lookup"):
    """Search, articles, help and direct-message lookups."""

    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot
        self.limiter = RateLimiter(
            LOOKUPS_PER_WINDOW, WINDOW_SECONDS, lambda: bot.clock().timestamp()
        )

    @app_commands.command(name="search")
    @app_commands.describe(query="Words to look for")
    async def search(self, interaction: discord.Interaction, query: str) -> None:
        """Full-text search over the stored articles."""
        await answer_interaction(interaction, self.bot.service.search(query))

    @app_commands.command(name="article")
    @app_commands.describe(id="The article id (shown by /search and the briefings)")
    async def article(
        self, interaction: discord.Interaction, id: app_commands.Range[int, 1]
    ) -> None:
        """Show one article: title, date, captions and text."""
        await answer_interaction(interaction, self.bot.service.article(id))

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """What newsbot can do and how to ask."""
        await answer_interaction(interaction, self.bot.service.help(), ephemeral=True)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer plain text sent to the bot in a direct message."""
        if message.author.bot or not isinstance(message.channel, discord.DMChannel):
            return
        if not message.content.strip():
            return
        try:
            await self._answer(message.channel, message)
        except discord.HTTPException as exc:  # e.g. the user closed their DMs meanwhile
            log.info("could not answer a DM from user %s: %s", message.author.id, exc)

    async def _answer(self, channel: discord.DMChannel, message: discord.Message) -> None:
        wait = self.limiter.hit(message.author.id)
        if wait:
            if self.limiter.should_notify(message.author.id):
                await channel.send(
                    f"You're asking faster than I can keep up with: at most "
                    f"{LOOKUPS_PER_WINDOW} lookups every {WINDOW_SECONDS:.0f} seconds. "
                    f"Try again in {wait:.0f} s.",
                    allowed_mentions=NO_MENTIONS,
                )
            return
        if len(message.content) > MAX_LOOKUP_CHARS:
            await channel.send(
                f"That is too long to look up: keep it under {MAX_LOOKUP_CHARS} characters, "
                "e.g. `quotes pompeo` or `timeline summit`.",
                allowed_mentions=NO_MENTIONS,
            )
            return
        try:
            answer = await answer_lookup(self.bot.service, message.content)
        except NewsbotError as exc:
            await channel.send(shorten(exc.message, CONTENT_LIMIT), allowed_mentions=NO_MENTIONS)
            return
        except Exception:
            log.exception("direct-message lookup failed (user %s)", message.author.id)
            await channel.send(APOLOGY, allowed_mentions=NO_MENTIONS)
            return
        await send_answer_to(
            channel, answer, asker=message.author, page_timeout=self.bot.page_timeout
        )


async def setup(bot: NewsBot) -> None:
    """Load the cog (discord.py extension entry point)."""
    await bot.add_cog(LookupCog(bot))
