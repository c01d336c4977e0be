"""/timeline: dated events in order, relative dates resolved."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import NewsBot
from bot.replies import answer_interaction


class TimelineCog(commands.Cog, name="Timeline"):
    """The timeline of events."""

    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot

    @app_commands.command(name="timeline")
    @app_commands.rename(start="from", end="to")
    @app_commands.describe(
        about="Words the event or its article contains",
        person="Only events involving this person",
        start="Start: 2018-05-01, May 2018, last week",
        end="End: 2018-06-30, June 2018, today",
        article="Only events from this article id",
    )
    async def timeline(
        self,
        interaction: discord.Interaction,
        about: str | None = None,
        person: str | None = None,
        start: str | None = None,
        end: str | None = None,
        article: app_commands.Range[int, 1] | None = None,
    ) -> None:
        """Dated events in order, relative dates resolved."""
        work = self.bot.service.timeline(about, person, start, end, article)
        await answer_interaction(interaction, work)

    @timeline.autocomplete("person")
    async def people(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """Autocomplete: names of people in the articles that match what is typed."""
        names = await self.bot.service.speaker_names(current)
        return [app_commands.Choice(name=name[:100], value=name[:100]) for name in names[:25]]


async def setup(bot: NewsBot) -> None:
    """Load the cog (discord.py extension entry point)."""
    await bot.add_cog(TimelineCog(bot))
