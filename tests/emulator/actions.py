"""What users do, as driver methods: slash commands, autocomplete, clicks,
modal submits, messages and DMs, plus cutting the gateway connection.

Every call sends a real gateway event and returns once the bot has
*settled* (see ``settling``): no wall-clock sleeping.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

import discord

from . import payloads
from .options import (
    CommandCatalog,
    build_data,
    custom_ids,
    submitted_component,
    visible_to,
)
from .results import InteractionResult
from .server import EmulatorServer
from .settling import wait_for_handlers
from .state import DM_CHANNEL, Channel, Clock, Message, User, World


class UserActions:
    """The acting half of :class:`driver.Emulator` (which sets these attributes)."""

    world: World
    clock: Clock
    server: EmulatorServer
    catalog: CommandCatalog
    client: discord.Client | None
    settle_timeout: float
    member: User
    bot: User

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
        try:
            await self._reconnecting(self.server.gateway.invalidate())
            await ready
        finally:
            ready.cancel()
            await asyncio.gather(ready, return_exceptions=True)
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
