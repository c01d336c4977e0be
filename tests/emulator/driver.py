"""The test-facing API: start the emulator, run a bot against it, shape its world.

What users do (slash, click, dm, ...) lives in ``actions.UserActions``, which
:class:`Emulator` inherits.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any, TypeVar

import discord
import yarl
from discord.ext import commands

from . import payloads
from .actions import UserActions
from .options import CommandCatalog
from .results import InteractionResult
from .server import API, EmulatorServer, RateLimit
from .state import Channel, Clock, CommandSync, Interaction, Message, User, World

ClientT = TypeVar("ClientT", bound=discord.Client)


class Emulator(UserActions):
    """A loopback Discord: REST v10 + gateway, one guild, its users and channels.

    Attributes: ``owner``, ``manager`` (has Manage Server), ``member`` (plain),
    ``bot`` (the bot user), ``guild``, ``channels`` (text channels by name),
    ``token`` (what the bot must log in with), ``unknown_routes``.
    """

    def __init__(self) -> None:
        self.clock = Clock()
        self.world = World(self.clock)
        self.server = EmulatorServer(self.world)
        self.catalog = CommandCatalog(self.world)
        self.settle_timeout = 10.0
        self.client: discord.Client | None = None
        world = self.world
        self.token = world.token
        self.owner, self.manager, self.member, self.bot = (
            world.owner,
            world.manager,
            world.member,
            world.bot,
        )
        self.guild = world.guild

    # -- lifecycle -------------------------------------------------------

    async def start(self) -> None:
        """Listen on 127.0.0.1 on an ephemeral port."""
        await self.server.start()

    async def stop(self) -> None:
        """Close all connections and stop listening."""
        await self.server.stop()

    @property
    def api_base(self) -> str:
        """The value for ``discord.http.Route.BASE``."""
        return self.server.base_url + API

    @property
    def gateway_url(self) -> yarl.URL:
        """The value for ``DiscordWebSocket.DEFAULT_GATEWAY``."""
        return yarl.URL(self.server.gateway.url)

    @contextlib.contextmanager
    def patched_discord(self) -> Iterator[None]:
        """Point discord.py's REST base and default gateway here; restore on exit."""
        old_base = discord.http.Route.BASE
        old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        discord.http.Route.BASE = self.api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = self.gateway_url
        try:
            yield
        finally:
            discord.http.Route.BASE = old_base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

    @contextlib.asynccontextmanager
    async def running(self, client: ClientT) -> AsyncIterator[ClientT]:
        """Log ``client`` in, connect it, wait for on_ready; close it on exit.

        Login and connection errors (LoginFailure, PrivilegedIntentsRequired)
        are raised here after the client is closed. Use
        ``guild_ready_timeout=0.05`` on the client for a fast on_ready.
        """
        connection: asyncio.Task[None] | None = None
        try:
            await client.login(self.token)
            ready = asyncio.ensure_future(client.wait_until_ready())
            connection = asyncio.create_task(client.connect(reconnect=True))
            await asyncio.wait({ready, connection}, return_when=asyncio.FIRST_COMPLETED)
            if not ready.done():
                ready.cancel()
                await asyncio.gather(ready, return_exceptions=True)
                await connection  # raises the reason the connection ended
                raise RuntimeError("the client disconnected before on_ready")
        except BaseException:
            await client.close()
            if connection is not None:
                await asyncio.gather(connection, return_exceptions=True)
            raise
        self.client = client
        # commands.Bot has .tree; a plain Client registers its CommandTree here.
        tree = client.tree if isinstance(client, commands.Bot) else None
        self.catalog.tree = tree or client._connection._command_tree
        try:
            yield client
        finally:
            self.client = None
            self.catalog.tree = None
            await client.close()
            await asyncio.gather(connection, return_exceptions=True)

    async def remove_bot_from_guild(self) -> None:
        """Kick the bot: GUILD_DELETE, then 403 Missing Access (50001) on the
        guild's routes and channels."""
        del self.guild.members[self.bot.id]
        await self.server.gateway.dispatch("GUILD_DELETE", {"id": str(self.guild.id)})
        await self.server.gateway.barrier()

    def close_dms(self, user: User) -> None:
        """``user`` stops accepting DMs: the bot's sends there get 403 (50007)."""
        self.world.closed_dms.add(user.id)

    # -- settings and time -----------------------------------------------

    @property
    def response_deadline(self) -> float:
        """Seconds the bot has for an initial interaction response (Discord: 3)."""
        return self.server.timings.initial_response

    @response_deadline.setter
    def response_deadline(self, seconds: float) -> None:
        self.server.timings.initial_response = seconds

    def grant_intents(self, *, members: bool, presences: bool, message_content: bool) -> None:
        """Set which privileged intents the application may request (all by default)."""
        self.server.gateway.granted_intents = (
            (1 << 1 if members else 0)
            | (1 << 8 if presences else 0)
            | (1 << 15 if message_content else 0)
        )

    def advance(self, seconds: float) -> None:
        """Move the emulator's clock: deadlines and token ages see the time pass."""
        self.clock.advance(seconds)

    def age_token(self, result: InteractionResult | Interaction, seconds: float) -> None:
        """Make one interaction's token ``seconds`` older, leaving others alone."""
        interaction = result.interaction if isinstance(result, InteractionResult) else result
        interaction.created_at -= seconds

    def rate_limit(
        self, method: str, path: str, *, retry_after: float = 0.01, count: int = 1
    ) -> RateLimit:
        """Answer the next ``count`` ``method`` requests whose path (after
        /api/v10) starts with ``path`` with a 429; discord.py waits
        ``retry_after`` seconds (wall clock: keep it small) and retries."""
        limit = RateLimit(method, path, retry_after, count)
        self.server.rate_limits.append(limit)
        return limit

    # -- world -----------------------------------------------------------

    @property
    def channels(self) -> dict[str, Channel]:
        """The guild's text channels by name."""
        return {c.name: c for c in self.world.guild_channels()}

    @property
    def unknown_routes(self) -> list[str]:
        """``METHOD /path`` of every request the emulator has no route for."""
        return self.server.unknown_routes

    @property
    def command_syncs(self) -> list[CommandSync]:
        """Every ``PUT .../commands`` the bot made (guild_id None: global)."""
        return self.world.command_syncs

    @property
    def interactions(self) -> list[Interaction]:
        """Every interaction sent to the bot, oldest first."""
        return list(self.world.interactions.values())

    def add_user(self, name: str) -> User:
        """A new plain member of the guild."""
        return self.world.add_user(name)

    def attachment(
        self, filename: str, data: bytes, content_type: str | None = None
    ) -> dict[str, Any]:
        """An attachment payload for an attachment option; its url is served here.
        ``content_type`` defaults to a guess from the file name."""
        kind = content_type or "application/octet-stream"
        return self.server.messages.serve_file(filename, data, kind)

    def revoke_attachment(self, attachment: dict[str, Any]) -> None:
        """Stop serving an attachment (as an expired CDN link): its url answers 404."""
        self.world.files.pop(int(attachment["id"]), None)

    @property
    def bot_messages(self) -> list[Message]:
        """Every message the bot created anywhere (ephemeral ones too), oldest first."""
        return [m for m in self.world.messages.values() if m.author == self.bot]

    def payload(self, message: Message) -> dict[str, Any]:
        """The JSON Discord returns for ``message`` (mentions resolved after its
        allowed_mentions: ``mention_everyone``, ``mentions``, ``mention_roles``)."""
        return payloads.message(message, self.world)

    def channel_messages(self, channel: Channel) -> list[Message]:
        """Messages in ``channel`` (ephemeral ones left out), oldest first."""
        found = self.world.channel_messages(channel.id)
        return [m for m in found if not m.ephemeral]

    def dm_channel(self, user: User) -> Channel:
        """The bot's DM channel with ``user``."""
        return self.world.dm_channel(user)

    async def delete_channel(self, channel: Channel) -> None:
        """Delete a channel: CHANNEL_DELETE, then 404 Unknown Channel (10003)."""
        del self.world.channels[channel.id]
        await self.server.gateway.dispatch("CHANNEL_DELETE", payloads.channel(channel))
        await self.server.gateway.barrier()

    async def deny_send(self, channel: Channel, user: User | None = None) -> None:
        """Deny Send Messages to the bot (or ``user``) in ``channel`` via a member
        overwrite: CHANNEL_UPDATE, then 403 Missing Permissions (50013) on send."""
        channel.denied_send.add((user or self.bot).id)
        await self.server.gateway.dispatch("CHANNEL_UPDATE", payloads.channel(channel))
        await self.server.gateway.barrier()
