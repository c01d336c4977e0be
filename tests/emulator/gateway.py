"""The gateway: accepts websocket connections (plain JSON text frames).

HELLO, heartbeat ACKs, IDENTIFY -> READY + GUILD_CREATE, RESUME (replaying
what the client missed), member chunk requests, and the close codes Discord
uses (4004 bad token, 4014 disallowed intents). Tests can drop the
connection, ask for a reconnect (op 7) or invalidate the session (op 9).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from aiohttp import WSMsgType, web

from . import payloads
from .gateway_session import (
    CLOSE_AUTHENTICATION_FAILED,
    CLOSE_DISALLOWED_INTENTS,
    HEARTBEAT_INTERVAL_MS,
    INTENT_GUILD_MEMBERS,
    OP_HEARTBEAT,
    OP_HEARTBEAT_ACK,
    OP_HELLO,
    OP_IDENTIFY,
    OP_INVALID_SESSION,
    OP_PRESENCE_UPDATE,
    OP_RECONNECT,
    OP_REQUEST_GUILD_MEMBERS,
    OP_RESUME,
    PRIVILEGED_INTENTS,
    GatewaySession,
)
from .state import World

_log = logging.getLogger(__name__)

HANDSHAKE_TIMEOUT = 10.0
"""Seconds to wait for a client to come back (discord.py waits 5 s before a re-IDENTIFY)."""


class Gateway:
    """Accepts websocket connections and fans dispatches out to sessions."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.sessions: list[GatewaySession] = []
        self.granted_intents = PRIVILEGED_INTENTS
        """Privileged intents the application is allowed to request."""
        self.heartbeat_interval_ms = HEARTBEAT_INTERVAL_MS
        self.url = ""
        self.handshakes = 0
        """READY or RESUMED frames sent so far."""
        self._handshake = asyncio.Condition()

    @property
    def session(self) -> GatewaySession | None:
        """The most recent live session, if any."""
        live = [s for s in self.sessions if s.live]
        return live[-1] if live else None

    @property
    def connected(self) -> bool:
        """Whether a session is live or its client is expected back (after
        :meth:`drop` or :meth:`request_reconnect`)."""
        return any(s.live or (s.expecting_resume and not s.ended) for s in self.sessions)

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send an event to every session subscribed to it (kept for a RESUME
        while its client is away)."""
        for session in list(self.sessions):
            if not session.ended and session.wants(event, data):
                await session.dispatch(event, session.shape(event, data))

    async def barrier(self) -> None:
        """Wait until every session has parsed everything dispatched so far,
        waiting first for a client that is away to resume."""
        for session in list(self.sessions):
            if session.ended or not (session.live or session.expecting_resume):
                continue
            if not session.live:
                await self._wait_back(session)
            await session.barrier()

    async def _wait_back(self, session: GatewaySession) -> None:
        """Wait for the client of ``session`` to resume (or the session to end)."""

        def back() -> bool:
            return session.live or session.ended

        async with asyncio.timeout(HANDSHAKE_TIMEOUT), self._handshake:
            await self._handshake.wait_for(back)

    async def _handshake_done(self) -> None:
        async with self._handshake:
            self.handshakes += 1
            self._handshake.notify_all()

    async def wait_for_handshake(self, after: int) -> None:
        """Wait until more than ``after`` READY/RESUMED frames have been sent."""
        async with asyncio.timeout(HANDSHAKE_TIMEOUT), self._handshake:
            await self._handshake.wait_for(lambda: self.handshakes > after)

    async def drop(self, code: int) -> None:
        """Close the live connection with ``code`` (4000: the client resumes)."""
        session = self._live()
        session.expecting_resume = True
        await session.ws.close(code=code, message=b"Emulator closed the connection.")

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT: the client reconnects and resumes."""
        session = self._live()
        session.expecting_resume = True
        await session.send({"op": OP_RECONNECT, "d": None})

    async def invalidate(self) -> None:
        """Send op 9 INVALID_SESSION (not resumable): the client identifies anew."""
        session = self._live()
        session.ended = True
        await session.send({"op": OP_INVALID_SESSION, "d": False})

    def _live(self) -> GatewaySession:
        session = self.session
        if session is None:
            raise RuntimeError("no client is connected to the gateway")
        return session

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
                session = await self._resume(ws, data)
            elif op == OP_REQUEST_GUILD_MEMBERS and session is not None:
                await self._members_chunk(session, data)
            elif op != OP_PRESENCE_UPDATE:
                _log.warning("emulator gateway: unhandled op %s: %s", op, message)
        if session is not None and session.ws is ws:
            # Close codes cannot tell a client's close from a dropped link (aiohttp
            # reports whichever side closed first), so the session stays resumable.
            await session.closed()
        return ws

    async def _resume(
        self, ws: web.WebSocketResponse, data: dict[str, Any]
    ) -> GatewaySession | None:
        found = [s for s in self.sessions if s.session_id == data.get("session_id")]
        if data.get("token") != self.world.token or not found or found[0].ended or found[0].live:
            await ws.send_str(json.dumps({"op": OP_INVALID_SESSION, "d": False}))
            return None
        await found[0].resume(ws, int(data.get("seq") or 0))
        await self._handshake_done()
        return found[0]

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
        await self._handshake_done()
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
