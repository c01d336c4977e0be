"""One gateway session: its sequence, history (for RESUME), heartbeats and intents.

:meth:`GatewaySession.barrier` uses the client's heartbeat, which carries the
last sequence it processed, to know that every dispatch so far has been
parsed by the client.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from typing import Any

from aiohttp import web

from .state import World

HEARTBEAT_INTERVAL_MS = 41250
BARRIER_TIMEOUT = 5.0

OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_PRESENCE_UPDATE = 3
OP_RESUME = 6
OP_RECONNECT = 7
OP_REQUEST_GUILD_MEMBERS = 8
OP_INVALID_SESSION = 9
OP_HELLO = 10
OP_HEARTBEAT_ACK = 11

CLOSE_AUTHENTICATION_FAILED = 4004
CLOSE_DISALLOWED_INTENTS = 4014

INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_GUILD_PRESENCES = 1 << 8
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15
PRIVILEGED_INTENTS = INTENT_GUILD_MEMBERS | INTENT_GUILD_PRESENCES | INTENT_MESSAGE_CONTENT


class GatewaySession:
    """One identified client connection."""

    def __init__(self, ws: web.WebSocketResponse, world: World, intents: int) -> None:
        self.ws = ws
        self.world = world
        self.intents = intents
        self.session_id = secrets.token_hex(16)
        self.ended = False
        """True once the session was invalidated (op 9): it cannot be resumed."""
        self.expecting_resume = False
        """True while the emulator has cut the connection and awaits a RESUME."""
        self.history: list[dict[str, Any]] = []
        """Every dispatch frame, replayed from the client's sequence on RESUME."""
        self.sequence = 0
        self.acked_sequence = 0
        self.heartbeats = 0
        self._acked = asyncio.Condition()

    async def send(self, payload: dict[str, Any]) -> None:
        """Send one gateway frame."""
        await self.ws.send_str(json.dumps(payload))

    @property
    def live(self) -> bool:
        """Whether a client is connected to this session right now."""
        return not self.ended and not self.ws.closed

    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Send a DISPATCH (op 0), or only keep it for a RESUME while the client is
        away; return its sequence number."""
        self.sequence += 1
        frame = {"op": OP_DISPATCH, "t": event, "s": self.sequence, "d": data}
        self.history.append(frame)
        if self.live:
            await self.send(frame)
        return self.sequence

    async def resume(self, ws: web.WebSocketResponse, sequence: int) -> None:
        """Attach a reconnected client and replay what it missed, then RESUMED."""
        self.ws = ws
        self.expecting_resume = False
        for frame in self.history:
            if frame["s"] > sequence:
                await self.send(frame)
        await self.dispatch("RESUMED", {})

    async def heartbeat_received(self, sequence: int | None) -> None:
        """Record a client heartbeat (``d`` is the last sequence it processed)."""
        self.heartbeats += 1
        async with self._acked:
            self.acked_sequence = max(self.acked_sequence, sequence or 0)
            self._acked.notify_all()
        await self.send({"op": OP_HEARTBEAT_ACK})

    async def barrier(self) -> None:
        """Return once the client has parsed every dispatch sent so far.

        Asks for an immediate heartbeat (op 1); the client answers with the
        sequence of the last event it has handled.
        """
        target = self.sequence
        if not self.live:
            return
        await self.send({"op": OP_HEARTBEAT, "d": None})
        async with asyncio.timeout(BARRIER_TIMEOUT), self._acked:
            await self._acked.wait_for(lambda: self.acked_sequence >= target or not self.live)

    async def closed(self) -> None:
        """Wake any barrier waiting on this session once its socket is gone."""
        async with self._acked:
            self._acked.notify_all()

    def wants(self, event: str, data: dict[str, Any]) -> bool:
        """Whether this session's intents subscribe it to ``event``."""
        if event in ("MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE"):
            needed = INTENT_GUILD_MESSAGES if "guild_id" in data else INTENT_DIRECT_MESSAGES
            return bool(self.intents & needed)
        return True

    def shape(self, event: str, data: dict[str, Any]) -> dict[str, Any]:
        """Blank message content without the Message Content intent, as Discord does
        (DMs and messages that mention the bot keep their content)."""
        if not event.startswith("MESSAGE_") or "guild_id" not in data:
            return data
        if self.intents & INTENT_MESSAGE_CONTENT:
            return data
        if any(m.get("id") == str(self.world.bot.id) for m in data.get("mentions", [])):
            return data
        if data.get("author", {}).get("id") == str(self.world.bot.id):
            return data
        return {**data, "content": "", "embeds": [], "attachments": [], "components": []}
