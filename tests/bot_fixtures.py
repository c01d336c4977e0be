"""The `bot_session` fixture: a running NewsBot on a fresh database, connected to the emulator.

Registered in tests/conftest.py. The bot reads a `FakeClock` that tests move
(`session.clock.advance(...)`) instead of waiting; `session.restart()` stops
the bot and starts a new one on the same database, as a redeploy would.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest_asyncio

from bot.client import NewsBot
from bot.config import Config
from tests.emulator import Emulator, InteractionResult, Message

SEED_ARTICLE = (
    Path(__file__).resolve().parent.parent
    / "data"
    / "articles"
    / "2018-05-31-pompeo-kim-yong-chol.txt"
)
"""The configured articles "folder" of test bots: only the seed, so ids stay put
whatever else gets bundled in data/articles."""
START = dt.datetime(2024, 3, 30, 6, 0, tzinfo=dt.UTC)
"""The fake clock's start: a Saturday, the day before Europe's spring-forward."""


class FakeClock:
    """An aware UTC clock that only moves when told to."""

    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        """Move forward by a timedelta's keyword arguments (hours=1, days=2, …)."""
        self.now += dt.timedelta(**delta)
        return self.now

    def set(self, moment: dt.datetime) -> None:
        """Jump to `moment` (aware)."""
        self.now = moment


class BotSession:
    """A NewsBot running against the emulator, with the pieces tests need."""

    def __init__(self, emulator: Emulator, database: Path, **bot_options: Any) -> None:
        self.emulator = emulator
        self.clock = FakeClock()
        self.config = Config(
            token=emulator.token, database=str(database), articles=str(SEED_ARTICLE)
        )
        self.bot_options = {"daily_interval": 3600.0, **bot_options}
        self._stack: contextlib.AsyncExitStack | None = None
        self._bot: NewsBot | None = None

    @property
    def bot(self) -> NewsBot:
        """The bot running now."""
        assert self._bot is not None, "the bot is not running"
        return self._bot

    async def start(self) -> NewsBot:
        """Start a bot and wait until it is ready."""
        stack = contextlib.AsyncExitStack()
        bot = NewsBot(self.config, clock=self.clock, guild_ready_timeout=0.01, **self.bot_options)
        await stack.enter_async_context(self.emulator.running(bot))
        self._stack, self._bot = stack, bot
        return bot

    async def stop(self) -> None:
        """Stop the running bot (closing its database)."""
        if self._stack is not None:
            stack, self._stack, self._bot = self._stack, None, None
            await stack.aclose()

    async def restart(self, **bot_options: Any) -> NewsBot:
        """Stop the bot and start a fresh one on the same database."""
        await self.stop()
        self.bot_options.update(bot_options)
        return await self.start()


@pytest_asyncio.fixture
async def bot_session(emulator: Emulator, tmp_path: Path) -> AsyncIterator[BotSession]:
    """A running NewsBot on a fresh database holding the seed article."""
    session = BotSession(emulator, tmp_path / "newsbot.sqlite3")
    await session.start()
    try:
        yield session
    finally:
        await session.stop()
        assert emulator.unknown_routes == [], emulator.unknown_routes


def button_id(message: Message, label: str) -> str:
    """The custom_id of the button labelled `label` on `message`."""
    for row in message.components:
        for component in row.get("components", []):
            if component.get("label") == label:
                return str(component["custom_id"])
    raise AssertionError(f"no {label!r} button on the message: {message.components}")


def button_disabled(message: Message, label: str) -> bool:
    """Whether the button labelled `label` on `message` is disabled."""
    for row in message.components:
        for component in row.get("components", []):
            if component.get("label") == label:
                return bool(component.get("disabled", False))
    raise AssertionError(f"no {label!r} button on the message")


def embed_text(embed: dict[str, Any]) -> str:
    """All the text of one embed, for assertions."""
    parts = [embed.get("title", ""), embed.get("description", "")]
    for field in embed.get("fields", []):
        parts += [field.get("name", ""), field.get("value", "")]
    parts.append(embed.get("footer", {}).get("text", ""))
    return "\n".join(p for p in parts if p)


def answered_cleanly(result: InteractionResult) -> None:
    """Assert the bot answered, within Discord's rules, pinging nobody."""
    assert result.type is not None, "the bot never answered"
    assert result.errors == [], result.errors
    for message in result.messages:
        assert message.allowed_mentions == {"parse": []}, message.allowed_mentions
