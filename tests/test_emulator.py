"""The Discord emulator, driven by the unmodified discord.py client."""

from __future__ import annotations

import time

import discord
from discord import app_commands
from discord.ext import commands

from tests.emulator import Emulator


class Sample(commands.Cog):
    """A tiny cog exercising the interaction paths the emulator supports."""

    @app_commands.command(description="Quote a speaker.")
    async def quote(self, interaction: discord.Interaction, speaker: str) -> None:
        await interaction.response.send_message(
            f"{speaker} said something", allowed_mentions=discord.AllowedMentions.none()
        )


def make_bot() -> commands.Bot:
    return commands.Bot(
        command_prefix="!", intents=discord.Intents.default(), guild_ready_timeout=0.05
    )


async def test_login_and_slash_round_trip(emulator: Emulator) -> None:
    bot = make_bot()
    await bot.add_cog(Sample())
    started = time.perf_counter()
    async with emulator.running(bot):
        assert bot.user is not None and bot.user.id == emulator.bot.id
        result = await emulator.slash("quote", speaker="Pompeo")
    elapsed = time.perf_counter() - started
    assert result.type == 4
    assert result.content == "Pompeo said something"
    assert result.message is not None
    assert result.message.allowed_mentions == {"parse": []}
    assert elapsed < 1.0, elapsed
