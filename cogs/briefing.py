"""/briefing: the day's news grouped into stories, or one article's briefing."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import NewsBot
from bot.replies import answer_interaction


class BriefingCog(commands.Cog, name="Briefing"):
    """News briefings on demand."""

    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot

    @app_commands.command(name="briefing")
    @app_commands.describe(
        date="Day to brief: 2018-05-31, yesterday, 31 May 2018 (default: latest)",
        about="Only stories about this topic or person",
        article="Brief one article by its id",
    )
    async def briefing(
        self,
        interaction: discord.Interaction,
        date: str | None = None,
        about: str | None = None,
        article: app_commands.Range[int, 1] | None = None,
    ) -> None:
        """A short briefing of the day's news, or of one story."""
        await answer_interaction(interaction, self.bot.service.briefing(date, about, article))


async def setup(bot: NewsBot) -> None:
    """Load the cog (discord.py extension entry point)."""
    await bot.add_cog(BriefingCog(bot))
