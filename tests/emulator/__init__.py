"""A loopback Discord (REST v10 + gateway) that the unmodified discord.py client
logs into, receives events from and answers. See ``driver.Emulator``.

Usage (the ``emulator`` fixture is registered in tests/conftest.py)::

    async def test_quote(emulator: Emulator) -> None:
        bot = commands.Bot(command_prefix="!", intents=discord.Intents.default(),
                           guild_ready_timeout=0.05)
        await bot.add_cog(QuotesCog())
        async with emulator.running(bot):
            result = await emulator.slash("quote", speaker="Pompeo", user=emulator.member)
            replies = await emulator.dm(emulator.member, "quotes pompeo")
        assert result.type == 4 and "Pompeo" in result.content
        assert result.message.allowed_mentions == {"parse": []}
        assert [m.content for m in replies] == ["..."]

Command ids: see ``options`` (synced commands win; otherwise the bot's tree).
Realism: see ``limits`` (50035, 10062, 40060, 50027, 50013, 10003) and
``gateway`` (4004, 4014, intents).
"""

import warnings

# discord.py imports the stdlib `audioop`, deprecated since 3.11; with pytest's
# filterwarnings=error that import would fail. Import it once, quietly, here.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord  # noqa: F401

from .driver import Emulator
from .limits import DiscordError
from .results import InteractionResult
from .state import Channel, Message, User

__all__ = ["Channel", "DiscordError", "Emulator", "InteractionResult", "Message", "User"]
