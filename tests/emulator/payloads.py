"""Discord JSON shapes (API v10) built from the emulator's state objects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .state import (
    DM_CHANNEL,
    SEND_MESSAGES,
    Channel,
    Guild,
    Interaction,
    Member,
    Message,
    Role,
    User,
    World,
)

JOINED_AT = "2024-01-01T00:00:00+00:00"
MEMBER_OVERWRITE = 1
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024


def user(u: User) -> dict[str, Any]:
    """A user object."""
    return {
        "id": str(u.id),
        "username": u.name,
        "global_name": None if u.bot else u.name.title(),
        "discriminator": "0",
        "avatar": None,
        "bot": u.bot,
        "system": False,
        "public_flags": 0,
        "flags": 0,
    }


def role(r: Role) -> dict[str, Any]:
    """A role object."""
    return {
        "id": str(r.id),
        "name": r.name,
        "color": 0,
        "hoist": False,
        "icon": None,
        "unicode_emoji": None,
        "position": r.position,
        "permissions": str(r.permissions),
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }


def member(m: Member, *, permissions: int | None = None) -> dict[str, Any]:
    """A guild member object; ``permissions`` is set in interaction payloads."""
    payload: dict[str, Any] = {
        "user": user(m.user),
        "nick": m.nick,
        "avatar": None,
        "roles": [str(r) for r in m.role_ids],
        "joined_at": JOINED_AT,
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "pending": False,
        "flags": 0,
        "communication_disabled_until": None,
    }
    if permissions is not None:
        payload["permissions"] = str(permissions)
    return payload


def channel(c: Channel, *, permissions: int | None = None) -> dict[str, Any]:
    """A channel object (guild text channel or DM)."""
    if c.type == DM_CHANNEL:
        assert c.recipient is not None
        payload: dict[str, Any] = {
            "id": str(c.id),
            "type": DM_CHANNEL,
            "last_message_id": None,
            "recipients": [user(c.recipient)],
            "flags": 0,
        }
    else:
        overwrites = [
            {"id": str(uid), "type": MEMBER_OVERWRITE, "allow": "0", "deny": str(SEND_MESSAGES)}
            for uid in sorted(c.denied_send)
        ]
        payload = {
            "id": str(c.id),
            "type": c.type,
            "guild_id": str(c.guild_id),
            "name": c.name,
            "position": c.position,
            "permission_overwrites": overwrites,
            "topic": None,
            "nsfw": False,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "parent_id": None,
            "flags": 0,
        }
    if permissions is not None:
        payload["permissions"] = str(permissions)
    return payload


def guild(g: Guild) -> dict[str, Any]:
    """A REST guild object (no members or channels)."""
    return {
        "id": str(g.id),
        "name": g.name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "owner_id": str(g.owner_id),
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 1,
        "explicit_content_filter": 0,
        "roles": [role(r) for r in g.roles],
        "emojis": [],
        "stickers": [],
        "features": [],
        "mfa_level": 0,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "vanity_url_code": None,
        "description": None,
        "banner": None,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": None,
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
    }


def guild_create(g: Guild, world: World) -> dict[str, Any]:
    """The GUILD_CREATE dispatch: the guild with members and channels."""
    payload = guild(g)
    payload.update(
        {
            "joined_at": JOINED_AT,
            "large": False,
            "unavailable": False,
            "member_count": len(g.members),
            "members": [member(m) for m in g.members.values()],
            "channels": [channel(c) for c in world.guild_channels()],
            "threads": [],
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }
    )
    return payload


def application(world: World) -> dict[str, Any]:
    """The application object of ``GET /oauth2/applications/@me``."""
    return {
        "id": str(world.application_id),
        "name": world.bot.name,
        "icon": None,
        "description": "A Discord bot for news briefings (emulated).",
        "bot_public": False,
        "bot_require_code_grant": False,
        "owner": user(world.owner),
        "verify_key": "0" * 64,
        "team": None,
        "flags": 0,
        "bot": user(world.bot),
        "interactions_endpoint_url": None,
        "tags": [],
    }


def _message_type(m: Message) -> int:
    """0 default, 19 reply, 20 answer to a slash command."""
    if m.interaction is not None and m.interaction.type == 2:
        return 20
    return 19 if m.reference_id is not None else 0


def reaction(emoji: str) -> dict[str, Any]:
    """A reaction by the bot alone."""
    name, _, emoji_id = emoji.partition(":")
    return {
        "count": 1,
        "count_details": {"burst": 0, "normal": 1},
        "me": True,
        "me_burst": False,
        "burst_colors": [],
        "emoji": {"id": emoji_id or None, "name": name},
    }


@dataclass
class Mentioned:
    """Who a message actually mentions, after its ``allowed_mentions``."""

    users: list[User]
    roles: list[int]
    everyone: bool


def mentioned(m: Message, world: World) -> Mentioned:
    """Parse ``<@id>``, ``<@&id>`` and ``@everyone``/``@here`` from the content,
    keeping only what ``allowed_mentions`` allows (users' own messages: all)."""
    allowed = m.allowed_mentions
    parse = ["users", "roles", "everyone"] if allowed is None else allowed.get("parse", [])
    allowed_users = set() if allowed is None else {str(u) for u in allowed.get("users", [])}
    allowed_roles = set() if allowed is None else {str(r) for r in allowed.get("roles", [])}
    user_ids = dict.fromkeys(re.findall(r"<@!?(\d+)>", m.content))
    users = [
        world.users[int(uid)]
        for uid in user_ids
        if int(uid) in world.users and ("users" in parse or uid in allowed_users)
    ]
    role_ids = {r.id for r in world.guild.roles}
    roles = [
        int(rid)
        for rid in dict.fromkeys(re.findall(r"<@&(\d+)>", m.content))
        if int(rid) in role_ids and ("roles" in parse or rid in allowed_roles)
    ]
    everyone = "everyone" in parse and bool(re.search(r"@(everyone|here)\b", m.content))
    return Mentioned(users, roles, everyone)


def message(m: Message, world: World, *, nested: bool = False) -> dict[str, Any]:
    """A message object as Discord returns and dispatches it (``nested``: as a
    ``referenced_message``, which carries no reference of its own)."""
    who = mentioned(m, world)
    payload: dict[str, Any] = {
        "id": str(m.id),
        "channel_id": str(m.channel_id),
        "type": _message_type(m),
        "author": user(m.author),
        "content": m.content,
        "timestamp": m.timestamp.isoformat(),
        "edited_timestamp": m.edited_timestamp.isoformat() if m.edited_timestamp else None,
        "tts": False,
        "mention_everyone": who.everyone,
        "mentions": [user(u) for u in who.users],
        "mention_roles": [str(r) for r in who.roles],
        "attachments": m.attachments,
        "embeds": m.embeds,
        "components": m.components,
        "pinned": False,
        "flags": m.flags,
    }
    if m.reactions:
        payload["reactions"] = [reaction(e) for e in m.reactions]
    found = world.channel(m.channel_id)
    if found is not None and found.guild_id is not None:
        payload["guild_id"] = str(found.guild_id)
    if m.webhook_id is not None:
        payload["webhook_id"] = str(m.webhook_id)
        payload["application_id"] = str(world.application_id)
    if m.interaction is not None:
        payload["interaction_metadata"] = interaction_metadata(m.interaction)
    if m.reference_id is not None and not nested:
        reference = {"type": 0, "message_id": str(m.reference_id), "channel_id": str(m.channel_id)}
        if "guild_id" in payload:
            reference["guild_id"] = payload["guild_id"]
        payload["message_reference"] = reference
        replied = world.messages.get(m.reference_id)
        payload["referenced_message"] = None
        if replied is not None and not replied.deleted:
            payload["referenced_message"] = message(replied, world, nested=True)
    return payload


def interaction_metadata(it: Interaction) -> dict[str, Any]:
    """The ``interaction_metadata`` of a message sent in answer to ``it``."""
    metadata: dict[str, Any] = {
        "id": str(it.id),
        "type": it.type,
        "user": user(it.user),
        "authorizing_integration_owners": {"0": str(it.channel.guild_id or it.user.id)},
    }
    if it.original is not None:
        metadata["original_response_message_id"] = str(it.original.id)
    if it.message is not None:
        metadata["interacted_message_id"] = str(it.message.id)
    return metadata


def message_create(m: Message, world: World) -> dict[str, Any]:
    """The MESSAGE_CREATE dispatch: a message plus ``member`` in guilds."""
    payload = message(m, world)
    guild_member = world.guild.members.get(m.author.id)
    if "guild_id" in payload and guild_member is not None:
        partial = member(guild_member)
        del partial["user"]
        payload["member"] = partial
    return payload


def attachment(
    file_id: int, filename: str, size: int, content_type: str, url: str
) -> dict[str, Any]:
    """An attachment object whose ``url`` the emulator serves."""
    return {
        "id": str(file_id),
        "filename": filename,
        "size": size,
        "url": url,
        "proxy_url": url,
        "content_type": content_type,
    }


def interaction(world: World, it: Interaction) -> dict[str, Any]:
    """The INTERACTION_CREATE dispatch for a :class:`state.Interaction`."""
    payload: dict[str, Any] = {
        "id": str(it.id),
        "application_id": str(world.application_id),
        "type": it.type,
        "data": it.data,
        "token": it.token,
        "version": 1,
        "locale": "en-US",
        "app_permissions": str(world.channel_permissions(world.bot, it.channel)),
        "entitlements": [],
        "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
        "channel_id": str(it.channel.id),
    }
    user_permissions = world.channel_permissions(it.user, it.channel)
    if it.channel.guild_id is None:
        payload["user"] = user(it.user)
        payload["channel"] = channel(it.channel, permissions=user_permissions)
        payload["context"] = 1
        payload["authorizing_integration_owners"] = {"0": str(world.guild.owner_id)}
    else:
        payload["guild_id"] = str(it.channel.guild_id)
        payload["guild"] = {"id": str(world.guild.id), "locale": "en-US", "features": []}
        payload["guild_locale"] = "en-US"
        payload["member"] = member(world.guild.members[it.user.id], permissions=user_permissions)
        payload["channel"] = channel(it.channel, permissions=user_permissions)
        payload["context"] = 0
        payload["authorizing_integration_owners"] = {"0": str(world.guild.id)}
    if it.message is not None:
        payload["message"] = message(it.message, world)
    return payload
