"""Creating, editing and serving messages and files, shared by the channel and
interaction routes: limits are checked here, and the gateway is told."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from . import payloads
from .bodies import MessageBody
from .gateway import Gateway
from .limits import DiscordError, check_message
from .state import Channel, Interaction, Message, StoredFile, User, World

EPHEMERAL = 64
LOADING = 128


def check_upload_size(body: MessageBody) -> None:
    """Raise Discord's 413 when the uploaded files exceed the size limit."""
    if sum(len(f.data) for f in body.files) > payloads.ATTACHMENT_SIZE_LIMIT:
        raise DiscordError(413, 40005, "Request entity too large")


class MessageService:
    """Builds :class:`Message` objects from request bodies and announces them."""

    def __init__(self, world: World, gateway: Gateway, base_url: Callable[[], str]) -> None:
        self.world = world
        self.gateway = gateway
        self._base_url = base_url

    def serve_file(self, filename: str, data: bytes, content_type: str) -> dict[str, Any]:
        """Store a file and return an attachment payload whose url is on loopback.

        Like Discord, a generic ``application/octet-stream`` (what discord.py
        uploads with) is replaced by the type the file name suggests."""
        if content_type == "application/octet-stream":
            content_type = mimetypes.guess_type(filename)[0] or content_type
        file_id = self.world.snowflake()
        self.world.files[file_id] = StoredFile(file_id, filename, data, content_type)
        url = f"{self._base_url()}/attachments/{file_id}/{quote(filename)}"
        return payloads.attachment(file_id, filename, len(data), content_type, url)

    def _attachments(self, body: MessageBody, keep: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Uploaded files become served attachments; listed existing ones are kept."""
        kept_ids = {str(a.get("id")) for a in body.payload.get("attachments") or []}
        result = [a for a in keep if a["id"] in kept_ids]
        for upload in sorted(body.files, key=lambda f: f.index):
            result.append(self.serve_file(upload.filename, upload.data, upload.content_type))
        return result

    async def create(
        self,
        channel: Channel,
        author: User,
        body: MessageBody,
        *,
        interaction: Interaction | None = None,
        extra_flags: int = 0,
    ) -> Message:
        """Validate and store a new message; dispatch MESSAGE_CREATE unless ephemeral."""
        payload = body.payload
        check_message(payload, has_files=bool(body.files) or extra_flags & LOADING != 0)
        check_upload_size(body)
        reference_id = self._reference(channel, payload.get("message_reference"))
        message = Message(
            id=self.world.snowflake(),
            channel_id=channel.id,
            author=author,
            content=payload.get("content") or "",
            embeds=list(payload.get("embeds") or []),
            components=list(payload.get("components") or []),
            attachments=self._attachments(body, []),
            flags=int(payload.get("flags") or 0) | extra_flags,
            allowed_mentions=payload.get("allowed_mentions"),
            timestamp=self.world.clock.utcnow(),
            webhook_id=self.world.application_id if interaction is not None else None,
            interaction=interaction,
            reference_id=reference_id,
        )
        self.world.add_message(message)
        if not message.ephemeral:
            data = payloads.message_create(message, self.world)
            await self.gateway.dispatch("MESSAGE_CREATE", data)
        return message

    def _reference(self, channel: Channel, reference: dict[str, Any] | None) -> int | None:
        """The id of the message replied to; 400 when it is unknown and the
        reference asks to fail (the default)."""
        if not reference or reference.get("message_id") is None:
            return None
        replied = self.world.messages.get(int(reference["message_id"]))
        if replied is not None and not replied.deleted and replied.channel_id == channel.id:
            return replied.id
        if reference.get("fail_if_not_exists", True):
            error = {"code": "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "message": "Unknown message"}
            errors = {"message_reference": {"_errors": [error]}}
            raise DiscordError(400, 50035, "Invalid Form Body", errors)
        return None

    async def edit(self, message: Message, body: MessageBody) -> Message:
        """Apply a PATCH body to a message; dispatch MESSAGE_UPDATE unless ephemeral."""
        payload = body.payload
        merged = {
            "content": payload.get("content", message.content),
            "embeds": payload.get("embeds", message.embeds),
            "components": payload.get("components", message.components),
            "flags": payload.get("flags", message.flags),
        }
        check_message(merged, edit=True)
        if "content" in payload:
            message.content = payload["content"] or ""
        if "embeds" in payload:
            message.embeds = list(payload["embeds"] or [])
        if "components" in payload:
            message.components = list(payload["components"] or [])
        if "flags" in payload and payload["flags"] is not None:
            # Only some flags may change on edit; ephemeral stays what it was.
            message.flags = (int(payload["flags"]) & ~EPHEMERAL) | (message.flags & EPHEMERAL)
        check_upload_size(body)
        if "attachments" in payload or body.files:
            message.attachments = self._attachments(body, message.attachments)
        if "allowed_mentions" in payload:
            message.allowed_mentions = payload["allowed_mentions"]
        message.flags &= ~LOADING
        message.edited_timestamp = self.world.clock.utcnow()
        if not message.ephemeral:
            await self.gateway.dispatch("MESSAGE_UPDATE", payloads.message(message, self.world))
        return message

    async def delete(self, message: Message) -> None:
        """Mark a message deleted and dispatch MESSAGE_DELETE."""
        message.deleted = True
        if message.ephemeral:
            return
        data: dict[str, Any] = {"id": str(message.id), "channel_id": str(message.channel_id)}
        channel = self.world.channel(message.channel_id)
        if channel is not None and channel.guild_id is not None:
            data["guild_id"] = str(channel.guild_id)
        await self.gateway.dispatch("MESSAGE_DELETE", data)
