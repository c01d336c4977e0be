"""Discord's realism checks: the errors the real API answers with.

Every check raises :class:`DiscordError` carrying the HTTP status and the JSON
error code Discord uses, so the unmodified discord.py client raises the same
``HTTPException`` subclass it would raise in production.
"""

from __future__ import annotations

from typing import Any

CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FIELDS_MAX = 25
EMBED_FIELD_NAME_MAX = 256
EMBED_FIELD_VALUE_MAX = 1024
EMBED_FOOTER_MAX = 2048
EMBED_AUTHOR_MAX = 256
EMBED_TOTAL_MAX = 6000

IS_COMPONENTS_V2 = 1 << 15
"""Message flag: components are a v2 layout, not action rows (not checked here)."""
ACTION_ROWS_MAX = 5
ROW_COMPONENTS_MAX = 5
CUSTOM_ID_MAX = 100
BUTTON_LABEL_MAX = 80
SELECT_OPTIONS_MAX = 25
CHOICES_MAX = 25
CHOICE_NAME_MAX = 100
CHOICE_VALUE_MAX = 100

INITIAL_RESPONSE_DEADLINE = 3.0
"""Seconds an interaction waits for its initial response before it is dead."""
TOKEN_LIFETIME = 15 * 60.0
"""Seconds an interaction token stays valid for follow-ups and edits."""

# JSON error codes, as documented by Discord.
UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
UNKNOWN_USER = 10013
UNKNOWN_WEBHOOK = 10015
UNKNOWN_INTERACTION = 10062
UNKNOWN_MEMBER = 10007
UNKNOWN_GUILD = 10004
EMPTY_MESSAGE = 50006
MISSING_ACCESS = 50001
CANNOT_MESSAGE_USER = 50007
MISSING_PERMISSIONS = 50013
INVALID_WEBHOOK_TOKEN = 50027
INVALID_FORM_BODY = 50035
ALREADY_ACKNOWLEDGED = 40060


class DiscordError(Exception):
    """An API error, answered as ``{"code", "message"[, "errors"]}`` with ``status``."""

    def __init__(
        self, status: int, code: int, message: str, errors: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def body(self) -> dict[str, Any]:
        """The JSON body Discord sends for this error."""
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.errors is not None:
            body["errors"] = self.errors
        return body


def unknown(kind: str, code: int) -> DiscordError:
    """A 404 for an unknown object (``kind`` as in "Channel", "Message")."""
    return DiscordError(404, code, f"Unknown {kind}")


def missing_permissions() -> DiscordError:
    """The 403 Discord answers when the bot lacks a permission."""
    return DiscordError(403, MISSING_PERMISSIONS, "Missing Permissions")


def _max_length(limit: int) -> dict[str, Any]:
    return {
        "_errors": [
            {"code": "BASE_TYPE_MAX_LENGTH", "message": f"Must be {limit} or fewer in length."}
        ]
    }


def _text_length(value: Any) -> int:
    return len(value) if isinstance(value, str) else 0


def _required() -> dict[str, Any]:
    return {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}]}


def _embed_errors(embed: dict[str, Any]) -> dict[str, Any]:
    """Per-field errors of one embed, shaped like Discord's nested error object."""
    errors: dict[str, Any] = {}
    for key, limit in (("title", EMBED_TITLE_MAX), ("description", EMBED_DESCRIPTION_MAX)):
        if _text_length(embed.get(key)) > limit:
            errors[key] = _max_length(limit)
    footer = embed.get("footer") or {}
    if _text_length(footer.get("text")) > EMBED_FOOTER_MAX:
        errors["footer"] = {"text": _max_length(EMBED_FOOTER_MAX)}
    author = embed.get("author") or {}
    if _text_length(author.get("name")) > EMBED_AUTHOR_MAX:
        errors["author"] = {"name": _max_length(EMBED_AUTHOR_MAX)}
    fields = embed.get("fields") or []
    if len(fields) > EMBED_FIELDS_MAX:
        errors["fields"] = {
            "_errors": [
                {
                    "code": "BASE_TYPE_MAX_LENGTH",
                    "message": f"Must be {EMBED_FIELDS_MAX} or fewer in length.",
                }
            ]
        }
    else:
        field_errors: dict[str, Any] = {}
        for index, field in enumerate(fields):
            one: dict[str, Any] = {}
            for key, limit in (("name", EMBED_FIELD_NAME_MAX), ("value", EMBED_FIELD_VALUE_MAX)):
                length = _text_length(field.get(key))
                if length == 0:
                    one[key] = _required()
                elif length > limit:
                    one[key] = _max_length(limit)
            if one:
                field_errors[str(index)] = one
        if field_errors:
            errors["fields"] = field_errors
    return errors


def _component_errors(component: dict[str, Any]) -> dict[str, Any]:
    """Errors of one button or select inside an action row."""
    errors: dict[str, Any] = {}
    if _text_length(component.get("custom_id")) > CUSTOM_ID_MAX:
        errors["custom_id"] = _max_length(CUSTOM_ID_MAX)
    if _text_length(component.get("label")) > BUTTON_LABEL_MAX:
        errors["label"] = _max_length(BUTTON_LABEL_MAX)
    if len(component.get("options") or []) > SELECT_OPTIONS_MAX:
        errors["options"] = _max_length(SELECT_OPTIONS_MAX)
    return errors


def components_errors(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Errors of a message's action rows (classic components, not v2 layouts)."""
    if len(rows) > ACTION_ROWS_MAX:
        return _max_length(ACTION_ROWS_MAX)
    errors: dict[str, Any] = {}
    for row_index, row in enumerate(rows):
        if row.get("type") != 1:
            continue
        children = row.get("components") or []
        if len(children) > ROW_COMPONENTS_MAX:
            errors[str(row_index)] = {"components": _max_length(ROW_COMPONENTS_MAX)}
            continue
        child_errors = {str(i): e for i, e in enumerate(map(_component_errors, children)) if e}
        if child_errors:
            errors[str(row_index)] = {"components": child_errors}
    return errors


def check_choices(choices: list[dict[str, Any]]) -> None:
    """Raise the 400 for autocomplete choices over Discord's limits."""
    errors: dict[str, Any] = {}
    if len(choices) > CHOICES_MAX:
        errors["choices"] = _max_length(CHOICES_MAX)
    else:
        found: dict[str, Any] = {}
        for index, choice in enumerate(choices):
            one: dict[str, Any] = {}
            if not 1 <= _text_length(choice.get("name")) <= CHOICE_NAME_MAX:
                one["name"] = _max_length(CHOICE_NAME_MAX)
            value = choice.get("value")
            if isinstance(value, str) and len(value) > CHOICE_VALUE_MAX:
                one["value"] = _max_length(CHOICE_VALUE_MAX)
            if one:
                found[str(index)] = one
        if found:
            errors["choices"] = found
    if errors:
        raise DiscordError(400, INVALID_FORM_BODY, "Invalid Form Body", {"data": errors})


def embed_size(embed: dict[str, Any]) -> int:
    """Characters counted towards the 6000 limit: title, description, field
    names and values, footer text and author name."""
    footer = embed.get("footer") or {}
    author = embed.get("author") or {}
    total = _text_length(embed.get("title")) + _text_length(embed.get("description"))
    total += _text_length(footer.get("text")) + _text_length(author.get("name"))
    for field in embed.get("fields") or []:
        total += _text_length(field.get("name")) + _text_length(field.get("value"))
    return total


def check_message(payload: dict[str, Any], *, has_files: bool = False, edit: bool = False) -> None:
    """Raise the 400 Discord gives for a message body over its limits.

    ``edit`` skips the empty-message check (an edit may change only flags).
    """
    errors: dict[str, Any] = {}
    content = payload.get("content")
    if _text_length(content) > CONTENT_MAX:
        errors["content"] = _max_length(CONTENT_MAX)
    embeds = payload.get("embeds") or []
    if len(embeds) > EMBEDS_MAX:
        errors["embeds"] = _max_length(EMBEDS_MAX)
    else:
        embed_errors = {str(i): e for i, e in enumerate(map(_embed_errors, embeds)) if e}
        if embed_errors:
            errors["embeds"] = embed_errors
        elif sum(embed_size(embed) for embed in embeds) > EMBED_TOTAL_MAX:
            errors["embeds"] = {
                "_errors": [
                    {
                        "code": "MAX_EMBED_SIZE_EXCEEDED",
                        "message": f"Embed size exceeds maximum size of {EMBED_TOTAL_MAX}",
                    }
                ]
            }
    layout_v2 = int(payload.get("flags") or 0) & IS_COMPONENTS_V2
    row_errors = {} if layout_v2 else components_errors(payload.get("components") or [])
    if row_errors:
        errors["components"] = row_errors
    if errors:
        raise DiscordError(400, INVALID_FORM_BODY, "Invalid Form Body", errors)
    if edit:
        return
    has_body = bool(content) or bool(embeds) or bool(payload.get("components"))
    has_body = has_body or has_files or bool(payload.get("sticker_ids")) or "poll" in payload
    if not has_body:
        raise DiscordError(400, EMPTY_MESSAGE, "Cannot send an empty message")
