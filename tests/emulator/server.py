"""The loopback HTTP server: REST v10 routes and the gateway websocket on one port.

Every REST request must carry ``Authorization: Bot <token>`` (except the
token-authenticated interaction/webhook routes and served attachments).
Unknown routes answer Discord's 404 JSON and are logged and recorded, so gaps
in the emulator are visible.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from . import payloads
from .bodies import error_response, json_response, no_content, read_json, read_message_body
from .gateway import Gateway
from .interaction_routes import InteractionRoutes, InteractionTimings
from .limits import (
    CANNOT_MESSAGE_USER,
    INITIAL_RESPONSE_DEADLINE,
    MISSING_ACCESS,
    TOKEN_LIFETIME,
    UNKNOWN_CHANNEL,
    UNKNOWN_GUILD,
    UNKNOWN_MEMBER,
    UNKNOWN_MESSAGE,
    UNKNOWN_USER,
    DiscordError,
    missing_permissions,
    unknown,
)
from .messages import MessageService
from .state import SEND_MESSAGES, Channel, CommandSync, Message, World

_log = logging.getLogger(__name__)

API = "/api/v10"
_OPEN_PREFIXES = (API + "/interactions/", API + "/webhooks/", "/attachments/")


@dataclass
class RateLimit:
    """Answer the next ``count`` requests matching ``method`` and ``path`` (after
    /api/v10, ``{id}``-free prefix match) with 429 and ``retry_after``."""

    method: str
    path: str
    retry_after: float
    count: int = 1
    is_global: bool = False
    served: int = 0

    def take(self, method: str, path: str) -> bool:
        """Whether this request is limited (and count it)."""
        if self.served >= self.count or method != self.method or not path.startswith(self.path):
            return False
        self.served += 1
        return True

    def response(self) -> web.Response:
        """Discord's 429: JSON retry_after and a Via header (without it discord.py
        assumes a Cloudflare ban)."""
        body = {
            "message": "You are being rate limited.",
            "retry_after": self.retry_after,
            "global": self.is_global,
        }
        response = json_response(body, status=429)
        response.headers["Via"] = "1.1 google"
        response.headers["Retry-After"] = str(max(1, round(self.retry_after)))
        if self.is_global:
            response.headers["X-RateLimit-Global"] = "true"
        return response


class EmulatorServer:
    """Owns the aiohttp application, its runner and the routes."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.port = 0
        self.gateway = Gateway(world)
        self.messages = MessageService(world, self.gateway, lambda: self.base_url)
        self.timings = InteractionTimings(INITIAL_RESPONSE_DEADLINE, TOKEN_LIFETIME)
        self.unknown_routes: list[str] = []
        self.requests: list[tuple[str, str]] = []
        """Every REST request as (method, path), in order."""
        self.rate_limits: list[RateLimit] = []
        self._runner: web.AppRunner | None = None
        self.app = web.Application(middlewares=[self._middleware])
        self._add_routes(self.app.router)

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        """Listen on an ephemeral loopback port."""
        self._runner = web.AppRunner(self.app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        sockets = getattr(server, "sockets", None) or []
        self.port = int(sockets[0].getsockname()[1])
        self.gateway.url = f"ws://127.0.0.1:{self.port}/"

    async def stop(self) -> None:
        """Close every connection and stop listening."""
        for session in list(self.gateway.sessions):
            await session.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        path = request.path
        if path.startswith(API):
            route = path[len(API) :]
            self.requests.append((request.method, route))
            for limit in self.rate_limits:
                if limit.take(request.method, route):
                    return limit.response()
        open_route = path == "/" or path.startswith(_OPEN_PREFIXES)
        if not open_route and request.headers.get("Authorization") != f"Bot {self.world.token}":
            return json_response({"message": "401: Unauthorized", "code": 0}, status=401)
        try:
            response: web.StreamResponse = await handler(request)
        except DiscordError as error:
            return error_response(error)
        return response

    def _add_routes(self, router: web.UrlDispatcher) -> None:
        router.add_get("/", self.gateway.handle)
        router.add_get("/attachments/{id}/{filename}", self._attachment)
        router.add_get(API + "/gateway", self._gateway_url)
        router.add_get(API + "/gateway/bot", self._gateway_bot)
        router.add_get(API + "/users/@me", self._me)
        router.add_get(API + "/oauth2/applications/@me", self._application)
        router.add_get(API + "/applications/@me", self._application)
        router.add_get(API + "/users/{id}", self._user)
        router.add_post(API + "/users/@me/channels", self._open_dm)
        router.add_get(API + "/channels/{id}", self._channel)
        router.add_post(API + "/channels/{id}/typing", self._typing)
        router.add_get(API + "/channels/{id}/messages", self._history)
        router.add_post(API + "/channels/{id}/messages", self._send)
        for method in ("GET", "PATCH", "DELETE"):
            router.add_route(method, API + "/channels/{id}/messages/{mid}", self._message)
        reactions = API + "/channels/{id}/messages/{mid}/reactions/{emoji}/@me"
        router.add_put(reactions, self._react)
        router.add_delete(reactions, self._react)
        router.add_get(API + "/guilds/{id}", self._guild)
        router.add_get(API + "/guilds/{id}/channels", self._guild_channels)
        router.add_get(API + "/guilds/{id}/roles", self._guild_roles)
        router.add_get(API + "/guilds/{id}/members", self._members)
        router.add_get(API + "/guilds/{id}/members/{uid}", self._member)
        commands = API + "/applications/{app}/commands"
        guild_commands = API + "/applications/{app}/guilds/{gid}/commands"
        for path in (commands, guild_commands):
            router.add_get(path, self._get_commands)
            router.add_put(path, self._put_commands)
        InteractionRoutes(self.world, self.messages, self.timings).register(router, API)
        router.add_route("*", "/{tail:.*}", self._unknown)

    # -- lookups ---------------------------------------------------------

    def _channel_of(self, request: web.Request) -> Channel:
        found = self.world.channel(int(request.match_info["id"]))
        if found is None:
            raise unknown("Channel", UNKNOWN_CHANNEL)
        if found.guild_id is not None and self.world.bot.id not in self.world.guild.members:
            raise DiscordError(403, MISSING_ACCESS, "Missing Access")
        return found

    def _message_of(self, request: web.Request, channel: Channel) -> Message:
        found = self.world.messages.get(int(request.match_info["mid"]))
        if found is None or found.deleted or found.ephemeral or found.channel_id != channel.id:
            raise unknown("Message", UNKNOWN_MESSAGE)
        return found

    def _check_guild(self, request: web.Request) -> None:
        if request.match_info["id"] != str(self.world.guild.id):
            raise unknown("Guild", UNKNOWN_GUILD)
        if self.world.bot.id not in self.world.guild.members:
            raise DiscordError(403, MISSING_ACCESS, "Missing Access")

    # -- handlers --------------------------------------------------------

    async def _unknown(self, request: web.Request) -> web.StreamResponse:
        route = f"{request.method} {request.path}"
        self.unknown_routes.append(route)
        _log.warning("emulator: unknown route %s", route)
        return json_response({"message": "404: Not Found", "code": 0}, status=404)

    async def _attachment(self, request: web.Request) -> web.StreamResponse:
        stored = self.world.files.get(int(request.match_info["id"]))
        if stored is None or stored.filename != request.match_info["filename"]:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=stored.data, headers={"Content-Type": stored.content_type})

    async def _gateway_url(self, request: web.Request) -> web.StreamResponse:
        return json_response({"url": self.gateway.url.rstrip("/")})

    async def _gateway_bot(self, request: web.Request) -> web.StreamResponse:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return json_response(
            {"url": self.gateway.url.rstrip("/"), "shards": 1, "session_start_limit": limit}
        )

    async def _me(self, request: web.Request) -> web.StreamResponse:
        return json_response(payloads.user(self.world.bot))

    async def _application(self, request: web.Request) -> web.StreamResponse:
        return json_response(payloads.application(self.world))

    async def _user(self, request: web.Request) -> web.StreamResponse:
        found = self.world.users.get(int(request.match_info["id"]))
        if found is None:
            raise unknown("User", UNKNOWN_USER)
        return json_response(payloads.user(found))

    async def _open_dm(self, request: web.Request) -> web.StreamResponse:
        body = await read_json(request)
        recipient = self.world.users.get(int(body.get("recipient_id", 0)))
        if recipient is None:
            raise unknown("User", UNKNOWN_USER)
        return json_response(payloads.channel(self.world.dm_channel(recipient)))

    async def _channel(self, request: web.Request) -> web.StreamResponse:
        return json_response(payloads.channel(self._channel_of(request)))

    async def _typing(self, request: web.Request) -> web.StreamResponse:
        self._channel_of(request)
        return no_content()

    async def _history(self, request: web.Request) -> web.StreamResponse:
        channel = self._channel_of(request)
        limit = int(request.query.get("limit", "50"))
        newest_first = list(reversed(self.world.channel_messages(channel.id)))
        if "before" in request.query:
            before = int(request.query["before"])
            newest_first = [m for m in newest_first if m.id < before]
        if "after" in request.query:
            after = int(request.query["after"])
            newest_first = [m for m in newest_first if m.id > after]
        page = [m for m in newest_first if not m.ephemeral][:limit]
        return json_response([payloads.message(m, self.world) for m in page])

    async def _send(self, request: web.Request) -> web.StreamResponse:
        channel = self._channel_of(request)
        bot = self.world.bot
        if not self.world.channel_permissions(bot, channel) & SEND_MESSAGES:
            raise missing_permissions()
        recipient = channel.recipient
        if recipient is not None and recipient.id in self.world.closed_dms:
            raise DiscordError(403, CANNOT_MESSAGE_USER, "Cannot send messages to this user")
        body = await read_message_body(request)
        message = await self.messages.create(channel, bot, body)
        return json_response(payloads.message(message, self.world))

    async def _message(self, request: web.Request) -> web.StreamResponse:
        channel = self._channel_of(request)
        message = self._message_of(request, channel)
        if request.method == "GET":
            return json_response(payloads.message(message, self.world))
        if message.author != self.world.bot:
            raise DiscordError(403, 50005, "Cannot edit a message authored by another user")
        if request.method == "DELETE":
            await self.messages.delete(message)
            return no_content()
        await self.messages.edit(message, await read_message_body(request))
        return json_response(payloads.message(message, self.world))

    async def _react(self, request: web.Request) -> web.StreamResponse:
        message = self._message_of(request, self._channel_of(request))
        emoji = request.match_info["emoji"]
        if request.method == "PUT" and emoji not in message.reactions:
            message.reactions.append(emoji)
        elif request.method == "DELETE" and emoji in message.reactions:
            message.reactions.remove(emoji)
        return no_content()

    async def _guild(self, request: web.Request) -> web.StreamResponse:
        self._check_guild(request)
        body = payloads.guild(self.world.guild)
        if request.query.get("with_counts") in ("1", "true"):
            body["approximate_member_count"] = len(self.world.guild.members)
            body["approximate_presence_count"] = 0
        return json_response(body)

    async def _guild_channels(self, request: web.Request) -> web.StreamResponse:
        self._check_guild(request)
        return json_response([payloads.channel(c) for c in self.world.guild_channels()])

    async def _guild_roles(self, request: web.Request) -> web.StreamResponse:
        self._check_guild(request)
        return json_response([payloads.role(r) for r in self.world.guild.roles])

    async def _members(self, request: web.Request) -> web.StreamResponse:
        self._check_guild(request)
        limit = int(request.query.get("limit", "1"))
        after = int(request.query.get("after", "0"))
        found = sorted(self.world.guild.members.items())
        page = [payloads.member(m) for uid, m in found if uid > after][:limit]
        return json_response(page)

    async def _member(self, request: web.Request) -> web.StreamResponse:
        self._check_guild(request)
        found = self.world.guild.members.get(int(request.match_info["uid"]))
        if found is None:
            raise unknown("Member", UNKNOWN_MEMBER)
        return json_response(payloads.member(found))

    def _command_scope(self, request: web.Request) -> int | None:
        if request.match_info["app"] != str(self.world.application_id):
            raise DiscordError(403, 50001, "Missing Access")
        gid = request.match_info.get("gid")
        if gid is None:
            return None
        if gid != str(self.world.guild.id):
            raise DiscordError(403, 50001, "Missing Access")
        return int(gid)

    async def _get_commands(self, request: web.Request) -> web.StreamResponse:
        return json_response(self.world.commands.get(self._command_scope(request), []))

    async def _put_commands(self, request: web.Request) -> web.StreamResponse:
        scope = self._command_scope(request)
        raw = await request.json()
        if not isinstance(raw, list):
            raise DiscordError(400, 50035, "Invalid Form Body")
        previous = {c["name"]: c["id"] for c in self.world.commands.get(scope, [])}
        stored: list[dict[str, Any]] = []
        for command in raw:
            entry = dict(command)
            entry["id"] = previous.get(entry["name"]) or str(self.world.snowflake())
            entry["application_id"] = str(self.world.application_id)
            entry["version"] = str(self.world.snowflake())
            entry.setdefault("type", 1)
            entry.setdefault("description", "")
            entry.setdefault("default_member_permissions", None)
            if scope is not None:
                entry["guild_id"] = str(scope)
            stored.append(entry)
        self.world.commands[scope] = stored
        self.world.command_syncs.append(CommandSync(scope, stored))
        return json_response(stored)
