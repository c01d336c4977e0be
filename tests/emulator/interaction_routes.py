"""REST routes for interaction callbacks, follow-ups and original-response edits.

``POST /interactions/{id}/{token}/callback`` and ``/webhooks/{app}/{token}...``,
with Discord's rules: one initial response within the deadline (10062, 40060),
tokens valid for 15 minutes (50027), response types that fit the interaction.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from . import payloads
from .bodies import MessageBody, error_response, json_response, no_content, read_message_body
from .limits import (
    ALREADY_ACKNOWLEDGED,
    INVALID_FORM_BODY,
    INVALID_WEBHOOK_TOKEN,
    UNKNOWN_INTERACTION,
    UNKNOWN_MESSAGE,
    UNKNOWN_WEBHOOK,
    DiscordError,
    check_choices,
    check_message,
    unknown,
)
from .messages import LOADING, MessageService
from .state import Interaction, Message, World

PONG, MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE = 1, 4, 5, 6, 7
AUTOCOMPLETE_RESULT, MODAL = 8, 9
APPLICATION_COMMAND, COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 2, 3, 4, 5

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class InteractionTimings:
    """The deadlines Discord enforces, adjustable by tests."""

    def __init__(self, initial_response: float, token_lifetime: float) -> None:
        self.initial_response = initial_response
        self.token_lifetime = token_lifetime


def _invalid(message: str) -> DiscordError:
    """The 400 for a response type that does not fit the interaction."""
    error = {"code": "INTERACTION_RESPONSE_TYPE_INVALID", "message": message}
    return DiscordError(400, INVALID_FORM_BODY, "Invalid Form Body", {"type": {"_errors": [error]}})


class InteractionRoutes:
    """Handlers for the interaction endpoints; add them with :meth:`register`."""

    def __init__(self, world: World, messages: MessageService, timings: InteractionTimings):
        self.world = world
        self.messages = messages
        self.timings = timings

    def register(self, router: web.UrlDispatcher, prefix: str) -> None:
        """Add the routes under ``prefix`` (``/api/v10``)."""
        hook = prefix + "/webhooks/{app_id}/{token}"
        router.add_post(prefix + "/interactions/{id}/{token}/callback", self._callback)
        router.add_post(hook, self._followup)
        for method in ("GET", "PATCH", "DELETE"):
            router.add_route(method, hook + "/messages/{message_id}", self._webhook_message)

    def _interaction(self, request: web.Request) -> Interaction:
        found = self.world.interactions.get(request.match_info["token"])
        if found is None:
            raise unknown("Webhook", UNKNOWN_WEBHOOK)
        return found

    def _fresh(self, interaction: Interaction) -> None:
        """Raise 50027 once the token is older than its lifetime."""
        age = self.world.clock.now() - interaction.created_at
        if age > self.timings.token_lifetime:
            raise DiscordError(401, INVALID_WEBHOOK_TOKEN, "Invalid Webhook Token")

    async def _recording(self, interaction: Interaction | None, run: Callable[[], Any]) -> Any:
        try:
            return await run()
        except DiscordError as error:
            if interaction is not None:
                interaction.errors.append(error.body())
            return error_response(error)

    async def _callback(self, request: web.Request) -> web.StreamResponse:
        interaction = self.world.interactions.get(request.match_info["token"])

        async def run() -> web.StreamResponse:
            if interaction is None or str(interaction.id) != request.match_info["id"]:
                raise unknown("interaction", UNKNOWN_INTERACTION)
            body = await read_message_body(request)
            if interaction.response_type is not None:
                raise DiscordError(
                    400, ALREADY_ACKNOWLEDGED, "Interaction has already been acknowledged."
                )
            age = self.world.clock.now() - interaction.created_at
            if age > self.timings.initial_response:
                raise unknown("interaction", UNKNOWN_INTERACTION)
            answer = await self._respond(interaction, body)
            if request.query.get("with_response") in ("1", "true", "True"):
                return json_response(answer)
            return no_content()

        result: web.StreamResponse = await self._recording(interaction, run)
        return result

    async def _respond(self, it: Interaction, body: MessageBody) -> dict[str, Any]:
        response_type = int(body.payload.get("type", 0))
        data = dict(body.payload.get("data") or {})
        inner = MessageBody(data, body.files)
        message: Message | None = None
        if response_type in (MESSAGE, DEFERRED_MESSAGE):
            if it.type not in (APPLICATION_COMMAND, COMPONENT, MODAL_SUBMIT):
                raise _invalid("This interaction cannot be answered with a message.")
            loading = LOADING if response_type == DEFERRED_MESSAGE else 0
            if loading:
                inner = MessageBody({"flags": data.get("flags", 0)}, [])
            message = await self.messages.create(
                it.channel, self.world.bot, inner, interaction=it, extra_flags=loading
            )
            it.original = message
        elif response_type in (DEFERRED_UPDATE, UPDATE_MESSAGE):
            if it.type not in (COMPONENT, MODAL_SUBMIT) or it.message is None:
                raise _invalid("Only component interactions can update their message.")
            if response_type == UPDATE_MESSAGE:
                await self.messages.edit(it.message, inner)
            it.original = message = it.message
        elif response_type == AUTOCOMPLETE_RESULT:
            if it.type != AUTOCOMPLETE:
                raise _invalid("Only autocomplete interactions take choices.")
            choices = list(data.get("choices") or [])
            check_choices(choices)
            it.choices = choices
        elif response_type == MODAL:
            if it.type in (AUTOCOMPLETE, MODAL_SUBMIT):
                raise _invalid("This interaction cannot open a modal.")
            it.modal = data
        else:
            raise _invalid(f"Unsupported interaction response type {response_type}.")
        it.response_type = response_type
        it.responded.set()
        answer: dict[str, Any] = {
            "interaction": {
                "id": str(it.id),
                "type": it.type,
                "response_message_loading": response_type == DEFERRED_MESSAGE,
                "response_message_ephemeral": bool(message and message.ephemeral),
            },
            "resource": {"type": response_type},
        }
        if message is not None:
            answer["interaction"]["response_message_id"] = str(message.id)
            answer["resource"]["message"] = payloads.message(message, self.world)
        return answer

    async def _followup(self, request: web.Request) -> web.StreamResponse:
        async def run() -> web.StreamResponse:
            it = self._interaction(request)
            self._fresh(it)
            if it.response_type is None:
                raise unknown("Webhook", UNKNOWN_WEBHOOK)
            body = await read_message_body(request)
            original = it.original
            if original is not None and original.flags & LOADING and not original.deleted:
                # Discord: a follow-up sent while the deferred response is still
                # "thinking" resolves it: it edits the original message, whose
                # ephemeral flag (chosen at defer time) cannot change.
                check_message(body.payload, has_files=bool(body.files))
                answer = MessageBody({k: v for k, v in body.payload.items() if k != "flags"}, [])
                answer.files = body.files
                message = await self.messages.edit(original, answer)
            else:
                message = await self.messages.create(
                    it.channel, self.world.bot, body, interaction=it
                )
                it.followups.append(message)
            if request.query.get("wait") in ("1", "true", "True"):
                return json_response(payloads.message(message, self.world))
            return no_content()

        result: web.StreamResponse = await self._recording(
            self.world.interactions.get(request.match_info["token"]), run
        )
        return result

    def _target(self, it: Interaction, message_id: str) -> Message:
        if message_id == "@original":
            if it.original is None:
                raise unknown("Message", UNKNOWN_MESSAGE)
            return it.original
        for message in [it.original, *it.followups]:
            if message is not None and str(message.id) == message_id:
                return message
        raise unknown("Message", UNKNOWN_MESSAGE)

    async def _webhook_message(self, request: web.Request) -> web.StreamResponse:
        async def run() -> web.StreamResponse:
            it = self._interaction(request)
            self._fresh(it)
            message = self._target(it, request.match_info["message_id"])
            if message.deleted:
                raise unknown("Message", UNKNOWN_MESSAGE)
            if request.method == "DELETE":
                await self.messages.delete(message)
                return no_content()
            if request.method == "PATCH":
                await self.messages.edit(message, await read_message_body(request))
            return json_response(payloads.message(message, self.world))

        result: web.StreamResponse = await self._recording(
            self.world.interactions.get(request.match_info["token"]), run
        )
        return result
