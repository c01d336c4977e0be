"""/quote (who said what, speaker autocomplete) and /who (a person's card)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import NewsBot
from bot.replies import answer_interaction


class QuotesCog(commands.Cog, name="Quotes"):
    """Quotes and people."""

    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot

    async def speakers(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """Autocomplete: names and aliases of people in the articles that match what is typed."""
        names = await self.bot.service.speaker_names(current)
        return [app_commands.Choice(name=name[:100], value=name[:100]) for name in names[:25]]

    @app_commands.command(name="quote")
    @app_commands.describe(
        speaker="Who said it: any name or title the articles use",
        about="Words the quote contains",
        article="Only quotes from this article id",
    )
    async def quote(
        self,
        interaction: discord.Interaction,
        speaker: str | None = None,
        about: str | None = None,
        article: app_commands.Range[int, 1] | None = None,
    ) -> None:
        """Who said what: quotes with their speakers."""
        await answer_interaction(interaction, self.bot.service.quotes(speaker, about, article))

    quote.autocomplete("speaker")(speakers)

    @app_commands.command(name="who")
    @app_commands.describe(name="Any name or title the articles use")
    async def who(self, interaction: discord.Interaction, name: str) -> None:
        """A person's card: titles, aliases, articles and latest quote."""
        await answer_interaction(interaction, self.bot.service.who(name))

    who.autocomplete("name")(speakers)


async def setup(bot: NewsBot) -> None:
    """Load the cog (discord.py extension entry point)."""
    await bot.add_cog(QuotesCog(bot))
