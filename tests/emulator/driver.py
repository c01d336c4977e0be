"""The test-facing API: start the emulator, run a bot against it, and act as users.

Every driver call sends a real gateway event and returns once the bot has
*settled*: the client has parsed every dispatch (a heartbeat barrier) and the
handler tasks discord.py spawned for it (command tree, views, event listeners)
have finished. No wall-clock sleeping.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import Any, TypeVar

import discord
import yarl
from discord.ext import commands

from . import payloads
from .options import (
    CommandCatalog,
    build_data,
    custom_ids,
    submitted_component,
    visible_to,
)
from .results import InteractionResult
from .server import API, EmulatorServer, RateLimit
from .settling import wait_for_handlers
from .state import (
    DM_CHANNEL,
    Channel,
    Clock,
    CommandSync,
    Interaction,
    Message,
    User,
    World,
)

ClientT = TypeVar("ClientT", bound=discord.Client)


class Emulator:
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

    # -- the connection --------------------------------------------------

    async def drop_connection(self, code: int = 4000) -> None:
        """Close the gateway connection with ``code``; return once the client has
        resumed (replaying what it missed) and its handlers have settled."""
        await self._reconnecting(self.server.gateway.drop(code))

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT; return once the client has resumed and settled."""
        await self._reconnecting(self.server.gateway.request_reconnect())

    async def invalidate_session(self) -> None:
        """Send op 9 INVALID_SESSION; return once the client has identified anew
        and on_ready has run again. discord.py sleeps 5 s before any IDENTIFY
        but the first (``Client.before_identify_hook``): override that hook in
        the test's client to skip the wait."""
        if self.client is None:
            raise RuntimeError("no client: use `async with emulator.running(bot)`")
        ready = asyncio.ensure_future(self.client.wait_for("ready", timeout=self.settle_timeout))
        await self._reconnecting(self.server.gateway.invalidate())
        await ready
        await self.settle(set())

    async def _reconnecting(self, action: Awaitable[None]) -> None:
        gateway = self.server.gateway
        before_tasks = asyncio.all_tasks()
        handshakes = gateway.handshakes
        await action
        await gateway.wait_for_handshake(handshakes)
        await self.settle(before_tasks)

    # -- acting as users -------------------------------------------------

    async def settle(self, before: set[asyncio.Task[Any]]) -> None:
        """Wait until the client parsed every dispatch and its handler tasks
        created since ``before`` are done (at most ``settle_timeout`` seconds)."""
        await wait_for_handlers(self.server.gateway, before, self.settle_timeout)

    def _require_client(self) -> None:
        if not self.server.gateway.connected:
            raise RuntimeError("no client is connected: use `async with emulator.running(bot)`")

    async def _interact(
        self,
        type_: int,
        channel: Channel,
        user: User,
        data: dict[str, Any],
        message: Message | None = None,
        *,
        settle: bool = True,
    ) -> InteractionResult:
        self._require_client()
        interaction = self.world.new_interaction(type_, channel, user, data, message)
        before = asyncio.all_tasks()
        body = payloads.interaction(self.world, interaction)
        await self.server.gateway.dispatch("INTERACTION_CREATE", body)
        if settle:
            await self.settle(before)
            return InteractionResult(interaction)
        # Return at the initial response: the handler may go on waiting for the user.
        responded = asyncio.ensure_future(interaction.responded.wait())
        settled = asyncio.ensure_future(self.settle(before))
        done, pending = await asyncio.wait({responded, settled}, return_when="FIRST_COMPLETED")
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for task in done:
            task.result()
        return InteractionResult(interaction)

    async def idle(self) -> None:
        """Wait until every bot handler task is done, whenever it started (e.g. a
        command that was waiting on a view a click has just stopped)."""
        await self.settle(set())

    def can_use(self, command: str, user: User, channel: Channel | None = None) -> bool:
        """Whether Discord would offer ``/command`` to ``user`` in ``channel``,
        judged by its contexts and default member permissions (the drivers do
        not enforce this: admins can override permissions per role or user)."""
        channel = channel or self.world.guild_channels()[0]
        schema = self.catalog.find(command.split()[0])
        permissions = self.world.channel_permissions(user, channel)
        return visible_to(schema.json, permissions, in_guild=channel.guild_id is not None)

    def _command_data(
        self, command: str, arguments: dict[str, Any], channel: Channel, focused: str | None
    ) -> dict[str, Any]:
        name, *path = command.split()
        schema = self.catalog.find(name)
        guild = channel.guild_id is not None
        return build_data(schema, path, arguments, self.world, guild=guild, focused=focused)

    async def slash(
        self,
        command: str,
        *,
        user: User | None = None,
        channel: Channel | None = None,
        options: dict[str, Any] | None = None,
        settle: bool = True,
        **kwargs: Any,
    ) -> InteractionResult:
        """Run ``/command`` (``"daily set"`` for sub-commands) as ``user`` in ``channel``.

        Command options come as keyword arguments, or in ``options`` for names
        that clash with ``user``/``channel``/``options``. Users, channels,
        roles and attachment payloads become ids plus ``resolved`` data.
        Defaults: the plain member, the first text channel. ``settle=False``
        returns at the initial response, for commands that then wait for the
        user (the result keeps filling in; see :meth:`idle`).
        """
        channel = channel or self.world.guild_channels()[0]
        arguments = {**kwargs, **(options or {})}
        data = self._command_data(command, arguments, channel, focused=None)
        return await self._interact(2, channel, user or self.member, data, settle=settle)

    async def autocomplete(
        self,
        command: str,
        focused: str,
        typed: str,
        *,
        user: User | None = None,
        channel: Channel | None = None,
        options: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> list[dict[str, Any]]:
        """Type ``typed`` into option ``focused`` of ``command`` (other options as
        in :meth:`slash`); return the choices the bot answered with."""
        channel = channel or self.world.guild_channels()[0]
        arguments = {**kwargs, **(options or {}), focused: typed}
        data = self._command_data(command, arguments, channel, focused)
        result = await self._interact(4, channel, user or self.member, data)
        if result.type != 8:
            raise AssertionError(f"the bot did not answer autocomplete: {result.errors}")
        return result.choices

    async def click(
        self,
        message: Message,
        custom_id: str,
        *,
        user: User | None = None,
        component_type: int = 2,
        values: list[str] | None = None,
        settle: bool = True,
    ) -> InteractionResult:
        """Click a button (or pick ``values`` in a select) on ``message``;
        ``settle`` as in :meth:`slash`."""
        channel = self.world.channel(message.channel_id)
        if channel is None:
            raise LookupError("the message's channel is gone")
        if custom_id not in custom_ids(message.components):
            known = sorted(custom_ids(message.components))
            raise LookupError(f"message {message.id} has no component {custom_id!r}: {known}")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component_type}
        if values is not None:
            data["values"] = values
        it_user = user or self.member
        return await self._interact(3, channel, it_user, data, message, settle=settle)

    async def submit(
        self, result: InteractionResult, values: dict[str, str], *, user: User | None = None
    ) -> InteractionResult:
        """Fill in and submit the modal the bot opened in ``result`` (type 9):
        ``values`` maps text input custom ids to what the user typed."""
        modal = result.interaction.modal
        if modal is None:
            raise AssertionError("the bot did not open a modal")
        components = [submitted_component(row, values) for row in modal.get("components", [])]
        data = {"custom_id": modal["custom_id"], "components": components}
        it = result.interaction
        return await self._interact(5, it.channel, user or it.user, data, it.message)

    async def post(self, channel: Channel, content: str, *, user: User | None = None) -> Message:
        """A user posts ``content`` in ``channel`` (guild or DM); waits for the bot."""
        self._require_client()
        author = user or (channel.recipient if channel.type == DM_CHANNEL else None) or self.member
        message = Message(
            id=self.world.snowflake(),
            channel_id=channel.id,
            author=author,
            content=content,
            timestamp=self.clock.utcnow(),
        )
        self.world.add_message(message)
        before = asyncio.all_tasks()
        data = payloads.message_create(message, self.world)
        await self.server.gateway.dispatch("MESSAGE_CREATE", data)
        await self.settle(before)
        return message

    async def dm(self, user: User, content: str) -> list[Message]:
        """``user`` sends the bot a direct message; return the bot's replies there."""
        channel = self.world.dm_channel(user)
        sent = await self.post(channel, content, user=user)
        history = self.world.channel_messages(channel.id)
        after = history[history.index(sent) + 1 :]
        return [m for m in after if m.author == self.bot]
