"""The Discord client: NewsBot, `run_bot` and `sync_commands` (called by bot.cli).

NewsBot asks only for the default intents (direct-message text arrives without
the privileged message-content intent) and mentions nobody by default.
`setup_hook` opens the database, ingests the configured articles folder and
loads the cogs; `close()` closes the database. Nothing is synced to Discord at
start-up: `newsbot sync [--guild ID]` or the owner's `/sync` does it.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import signal
import sys
from collections.abc import Callable, Iterator

import discord
from discord import app_commands
from discord.ext import commands

from bot.config import Config
from bot.errors import StorageError
from bot.ingest import ingest_paths, summary_line
from bot.paginator import DEFAULT_TIMEOUT
from bot.replies import DEFAULT_DEFER_AFTER, on_app_command_error
from bot.service import NewsService, utc_now
from bot.storage import Storage
from bot.textfmt import counted

log = logging.getLogger(__name__)

COGS = (
    "cogs.briefing",
    "cogs.quotes",
    "cogs.timeline",
    "cogs.lookup",
    "cogs.daily",
    "cogs.admin",
)
DEFAULT_DAILY_INTERVAL = 30.0


class NewsBot(commands.Bot):
    """The newsbot Discord client.

    `clock` (aware UTC datetimes) is what the service, the daily posts and the
    rate limits read, so tests move time instead of waiting; `ingest_articles`
    False skips the articles folder (for `newsbot sync`); `guild_ready_timeout`
    is how long start-up waits for guild data before `on_ready`. `daily_interval`
    is the seconds between the daily loop's passes; `page_timeout` the seconds
    page buttons stay live; `defer_after` how long a command may think before
    it defers.
    """

    def __init__(
        self,
        config: Config,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        daily_interval: float = DEFAULT_DAILY_INTERVAL,
        page_timeout: float = DEFAULT_TIMEOUT,
        defer_after: float = DEFAULT_DEFER_AFTER,
        ingest_articles: bool = True,
        guild_ready_timeout: float = 2.0,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            guild_ready_timeout=guild_ready_timeout,
        )
        self.config = config
        self.clock = clock
        self.daily_interval = daily_interval
        self.page_timeout = page_timeout
        self.defer_after = defer_after
        self._ingest_articles = ingest_articles
        self._storage: Storage | None = None
        self._service: NewsService | None = None
        self.tree.error(on_app_command_error)

    @property
    def storage(self) -> Storage:
        """The open database (after setup_hook)."""
        if self._storage is None:
            raise StorageError("the database is not open yet")
        return self._storage

    @property
    def service(self) -> NewsService:
        """The NewsService every cog answers with (after setup_hook)."""
        if self._service is None:
            raise StorageError("the database is not open yet")
        return self._service

    async def on_ready(self) -> None:
        """Log who the bot is connected as (again after a reconnect that re-identifies)."""
        log.info("connected as %s to %d servers", self.user, len(self.guilds))

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: plain messages only reach the cogs' listeners (DM lookups)."""

    async def is_owner(self, user: discord.abc.User, /) -> bool:
        """The application's owner (or team), or a user listed in NEWSBOT_OWNER_IDS."""
        if user.id in self.config.owner_ids:
            return True
        return await super().is_owner(user)

    async def setup_hook(self) -> None:
        """Open the database, ingest the articles folder, load the cogs (no sync)."""
        self._storage = await Storage.open(self.config.database)
        self._service = NewsService(self._storage, clock=self.clock)
        if self.config.articles and self._ingest_articles:
            results = await ingest_paths(self._storage, [self.config.articles], clock=self.clock)
            for result in results:
                if result.status == "rejected":
                    log.warning("%s", result.line())
            log.info("articles folder %s: %s", self.config.articles, summary_line(results))
        for name in COGS:
            await self.load_extension(name)

    async def close(self) -> None:
        """Disconnect and unload the cogs (stopping their loops), then close the database."""
        try:
            await super().close()
        finally:
            if self._storage is not None:
                storage, self._storage, self._service = self._storage, None, None
                await storage.close()


async def sync_tree(bot: commands.Bot, guild_id: int | None) -> list[app_commands.AppCommand]:
    """Publish the command tree: globally, or to one guild (a copy of the global
    commands, which shows up at once)."""
    if guild_id is None:
        return await bot.tree.sync()
    guild = discord.Object(id=guild_id)
    bot.tree.copy_global_to(guild=guild)
    return await bot.tree.sync(guild=guild)


def describe_synced(synced: list[app_commands.AppCommand], guild_id: int | None) -> str:
    """'Synced 10 commands globally: /article, /briefing, …'."""
    names = ", ".join(f"/{command.name}" for command in sorted(synced, key=lambda c: c.name))
    where = f"to guild {guild_id}" if guild_id is not None else "globally"
    return f"Synced {counted(len(synced), 'command')} {where}: {names or 'none'}"


async def run_bot(config: Config) -> int:
    """Run the bot until it is stopped (Ctrl-C or SIGTERM close it cleanly); the exit code."""
    if not config.token:
        print("newsbot: DISCORD_TOKEN is not set", file=sys.stderr)
        return 2
    async with NewsBot(config) as bot:
        with _closing_on_sigterm(bot):
            try:
                await bot.start(config.token)
            except discord.LoginFailure:
                print(
                    "newsbot: Discord refused the token (DISCORD_TOKEN); check it",
                    file=sys.stderr,
                )
                return 2
            except discord.PrivilegedIntentsRequired:
                print("newsbot: Discord refused a privileged intent", file=sys.stderr)
                return 2
    return 0


@contextlib.contextmanager
def _closing_on_sigterm(bot: NewsBot) -> Iterator[None]:
    """While inside, SIGTERM (systemd, docker stop) closes the bot instead of killing it."""
    loop = asyncio.get_running_loop()
    closing: set[asyncio.Task[None]] = set()

    def close() -> None:
        log.info("SIGTERM: closing")
        task = asyncio.ensure_future(bot.close())
        closing.add(task)
        task.add_done_callback(closing.discard)

    try:
        loop.add_signal_handler(signal.SIGTERM, close)
    except (NotImplementedError, RuntimeError):  # Windows, or not the main thread
        yield
        return
    try:
        yield
    finally:
        loop.remove_signal_handler(signal.SIGTERM)


async def sync_commands(config: Config, *, guild_id: int | None = None) -> int:
    """Log in, publish the slash commands, print them, exit.

    To `guild_id`, else to the configured development guild, else globally.
    """
    if guild_id is None:
        guild_id = config.dev_guild
    if not config.token:
        print("newsbot: DISCORD_TOKEN is not set", file=sys.stderr)
        return 2
    bot = NewsBot(config, ingest_articles=False)
    try:
        try:
            await bot.login(config.token)  # runs setup_hook: the cogs build the tree
        except discord.LoginFailure:
            print("newsbot: Discord refused the token (DISCORD_TOKEN); check it", file=sys.stderr)
            return 2
        synced = await sync_tree(bot, guild_id)
    except discord.HTTPException as exc:
        print(f"newsbot: Discord refused the sync: {exc.text or exc}", file=sys.stderr)
        return 1
    finally:
        await bot.close()
    print(describe_synced(synced, guild_id))
    return 0
