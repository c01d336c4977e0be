"""HTTP plumbing shared by the REST routes: Discord-exact JSON responses and
message bodies that arrive as JSON or as multipart (``payload_json`` + ``files[n]``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

from .limits import DiscordError


def json_response(body: Any, status: int = 200) -> web.Response:
    """A JSON response with ``Content-Type: application/json`` exactly (discord.py
    compares the header verbatim; aiohttp's json_response adds a charset)."""
    return web.Response(
        body=json.dumps(body).encode(),
        status=status,
        headers={"Content-Type": "application/json"},
    )


def no_content() -> web.Response:
    """A 204 with no body."""
    return web.Response(status=204)


def error_response(error: DiscordError) -> web.Response:
    """The JSON error Discord sends."""
    return json_response(error.body(), status=error.status)


@dataclass
class UploadedFile:
    """One file part of a multipart request."""

    index: int
    filename: str
    data: bytes
    content_type: str


@dataclass
class MessageBody:
    """The JSON payload of a message request plus any uploaded files."""

    payload: dict[str, Any]
    files: list[UploadedFile]


async def read_json(request: web.Request) -> dict[str, Any]:
    """The JSON object body of a request ({} when empty)."""
    raw = await request.read()
    if not raw:
        return {}
    try:
        body = json.loads(raw)
    except ValueError as exc:
        raise DiscordError(400, 50109, "The request body contains invalid JSON.") from exc
    if not isinstance(body, dict):
        raise DiscordError(400, 50035, "Invalid Form Body")
    return body


async def read_message_body(request: web.Request) -> MessageBody:
    """Read a message request body whether it is JSON or multipart/form-data."""
    if not request.content_type.startswith("multipart/"):
        return MessageBody(await read_json(request), [])
    payload: dict[str, Any] = {}
    files: list[UploadedFile] = []
    reader = await request.multipart()
    while True:
        part = await reader.next()
        if part is None:
            break
        if not isinstance(part, BodyPartReader):
            continue
        name = part.name or ""
        data = await part.read()
        if name == "payload_json":
            payload = json.loads(data)
        elif name.startswith("files["):
            index = int(name[len("files[") : -1])
            content_type = part.headers.get("Content-Type", "application/octet-stream")
            files.append(UploadedFile(index, part.filename or f"file{index}", data, content_type))
    return MessageBody(payload, files)
