"""The gateway: one websocket session per connected client (plain JSON text frames).

HELLO, heartbeat ACKs, IDENTIFY -> READY + GUILD_CREATE, member chunk requests,
and dispatches with a rising sequence number. :meth:`GatewaySession.barrier`
uses the client's heartbeat (which carries the last sequence it processed) to
know that every dispatch so far has been parsed by the client.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from typing import Any

from aiohttp import WSMsgType, web

from . import payloads
from .state import World

_log = logging.getLogger(__name__)

HEARTBEAT_INTERVAL_MS = 41250
BARRIER_TIMEOUT = 5.0

OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_PRESENCE_UPDATE = 3
OP_RESUME = 6
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
        self.sequence = 0
        self.acked_sequence = 0
        self.heartbeats = 0
        self._acked = asyncio.Condition()

    async def send(self, payload: dict[str, Any]) -> None:
        """Send one gateway frame."""
        await self.ws.send_str(json.dumps(payload))

    async def dispatch(self, event: str, data: dict[str, Any]) -> int:
        """Send a DISPATCH (op 0) and return its sequence number."""
        self.sequence += 1
        await self.send({"op": OP_DISPATCH, "t": event, "s": self.sequence, "d": data})
        return self.sequence

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
        if self.ws.closed:
            return
        await self.send({"op": OP_HEARTBEAT, "d": None})
        async with asyncio.timeout(BARRIER_TIMEOUT), self._acked:
            await self._acked.wait_for(lambda: self.acked_sequence >= target or self.ws.closed)

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


class Gateway:
    """Accepts websocket connections and fans dispatches out to sessions."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.sessions: list[GatewaySession] = []
        self.granted_intents = PRIVILEGED_INTENTS
        """Privileged intents the application is allowed to request."""
        self.heartbeat_interval_ms = HEARTBEAT_INTERVAL_MS
        self.url = ""

    @property
    def session(self) -> GatewaySession | None:
        """The most recent live session, if any."""
        live = [s for s in self.sessions if not s.ws.closed]
        return live[-1] if live else None

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send an event to every live session subscribed to it."""
        for session in list(self.sessions):
            if not session.ws.closed and session.wants(event, data):
                await session.dispatch(event, session.shape(event, data))

    async def barrier(self) -> None:
        """Wait until every live session has parsed everything dispatched so far."""
        for session in list(self.sessions):
            if not session.ws.closed:
                await session.barrier()

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """The websocket endpoint (``GET /?v=10&encoding=json``)."""
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        await ws.send_str(
            json.dumps({"op": OP_HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
        )
        session: GatewaySession | None = None
        async for frame in ws:
            if frame.type != WSMsgType.TEXT:
                continue
            message = json.loads(frame.data)
            op = message.get("op")
            data = message.get("d")
            if op == OP_HEARTBEAT:
                if session is None:
                    await ws.send_str(json.dumps({"op": OP_HEARTBEAT_ACK}))
                else:
                    await session.heartbeat_received(data)
            elif op == OP_IDENTIFY:
                session = await self._identify(ws, data)
            elif op == OP_RESUME:
                # Sessions are not kept across connections: make the client identify anew.
                await ws.send_str(json.dumps({"op": OP_INVALID_SESSION, "d": False}))
            elif op == OP_REQUEST_GUILD_MEMBERS and session is not None:
                await self._members_chunk(session, data)
            elif op != OP_PRESENCE_UPDATE:
                _log.warning("emulator gateway: unhandled op %s: %s", op, message)
        if session is not None:
            self.sessions.remove(session)
            await session.closed()
        return ws

    async def _identify(
        self, ws: web.WebSocketResponse, data: dict[str, Any]
    ) -> GatewaySession | None:
        if data.get("token") != self.world.token:
            await ws.close(code=CLOSE_AUTHENTICATION_FAILED, message=b"Authentication failed.")
            return None
        intents = int(data.get("intents", 0))
        if intents & PRIVILEGED_INTENTS & ~self.granted_intents:
            await ws.close(code=CLOSE_DISALLOWED_INTENTS, message=b"Disallowed intent(s).")
            return None
        session = GatewaySession(ws, self.world, intents)
        self.sessions.append(session)
        world = self.world
        ready = {
            "v": 10,
            "user": payloads.user(world.bot),
            "guilds": [{"id": str(world.guild.id), "unavailable": True}],
            "session_id": session.session_id,
            "resume_gateway_url": self.url,
            "shard": [0, 1],
            "application": {"id": str(world.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "user_settings": {},
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
        }
        await session.dispatch("READY", ready)
        guild = payloads.guild_create(world.guild, world)
        if not intents & INTENT_GUILD_MEMBERS:
            # Without the members intent Discord sends only the bot's own member.
            guild["members"] = [m for m in guild["members"] if m["user"]["id"] == str(world.bot.id)]
        await session.dispatch("GUILD_CREATE", guild)
        return session

    async def _members_chunk(self, session: GatewaySession, data: dict[str, Any]) -> None:
        guild = self.world.guild
        members = list(guild.members.values())
        not_found: list[str] = []
        wanted = data.get("user_ids")
        if wanted is not None:
            ids = {int(u) for u in (wanted if isinstance(wanted, list) else [wanted])}
            not_found = [str(u) for u in sorted(ids - set(guild.members))]
            members = [m for m in members if m.user.id in ids]
        elif data.get("query"):
            query = str(data["query"]).lower()
            members = [
                m
                for m in members
                if m.user.name.lower().startswith(query) or (m.nick or "").lower().startswith(query)
            ]
        if data.get("limit"):
            members = members[: int(data["limit"])]
        chunk: dict[str, Any] = {
            "guild_id": str(guild.id),
            "members": [payloads.member(m) for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": not_found,
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await session.dispatch("GUILD_MEMBERS_CHUNK", chunk)
