"""Application command schemas and the ``data`` of command interactions.

Where command ids come from (documented decision): a command synced with
``PUT /applications/{id}/commands`` (guild first, then global) is used exactly
as synced, with the id the emulator gave it. A command the bot never synced
is taken from the running bot's ``CommandTree`` (``command.to_dict(tree)``,
the very JSON a sync would send) and gets a stable emulator id, as if it had
been synced; so tests need no sync step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import discord
from discord import app_commands

from . import payloads
from .state import ALL_PERMISSIONS, Channel, Role, User, World

SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = range(3, 12)


@dataclass
class CommandSchema:
    """A resolved top-level command: its JSON, id and guild (None: global)."""

    json: dict[str, Any]
    id: str
    guild_id: int | None


@dataclass
class Resolved:
    """The ``resolved`` block of an interaction, filled while options are built."""

    users: dict[str, Any] = field(default_factory=dict)
    members: dict[str, Any] = field(default_factory=dict)
    channels: dict[str, Any] = field(default_factory=dict)
    roles: dict[str, Any] = field(default_factory=dict)
    attachments: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """Only the non-empty parts, as Discord sends them."""
        parts = {
            "users": self.users,
            "members": self.members,
            "channels": self.channels,
            "roles": self.roles,
            "attachments": self.attachments,
        }
        return {key: value for key, value in parts.items() if value}


class CommandCatalog:
    """Finds command schemas in sync records or in a bot's command tree."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.tree: app_commands.CommandTree[Any] | None = None
        self._synthetic_ids: dict[tuple[int | None, str], str] = {}

    def find(self, name: str) -> CommandSchema:
        """The top-level command ``name`` (a chat-input command)."""
        guild_id = self.world.guild.id
        for scope in (guild_id, None):
            for command in self.world.commands.get(scope, []):
                if command["name"] == name and command.get("type", 1) == 1:
                    return CommandSchema(command, command["id"], scope)
        if self.tree is not None:
            for scope in (guild_id, None):
                where = discord.Object(scope) if scope is not None else None
                found = self.tree.get_command(name, guild=where)
                if isinstance(found, app_commands.Command | app_commands.Group):
                    key = (scope, name)
                    if key not in self._synthetic_ids:
                        self._synthetic_ids[key] = str(self.world.snowflake())
                    json = found.to_dict(self.tree)
                    return CommandSchema(json, self._synthetic_ids[key], scope)
        raise LookupError(f"no slash command /{name} synced or in the bot's tree")


def visible_to(command: dict[str, Any], permissions: int, *, in_guild: bool) -> bool:
    """Whether Discord shows ``command`` to a user with ``permissions``, by the
    command's own defaults (server admins may override default permissions
    per role or user in Integrations; contexts they cannot)."""
    contexts = command.get("contexts")
    if contexts is not None:
        if (0 if in_guild else 1) not in contexts:
            return False
    elif not in_guild and command.get("dm_permission") is False:
        return False
    required = command.get("default_member_permissions")
    if not in_guild or required is None:
        return True
    if int(required) == 0:
        return permissions == ALL_PERMISSIONS
    return permissions & int(required) == int(required)


def _find_option(options: list[dict[str, Any]], name: str, where: str) -> dict[str, Any]:
    for option in options:
        if option["name"] == name:
            return option
    known = ", ".join(o["name"] for o in options) or "none"
    raise TypeError(f"{where} has no option {name!r} (options: {known})")


def _snowflake_of(value: Any) -> str:
    if isinstance(value, User | Channel | Role):
        return str(value.id)
    if isinstance(value, dict):
        return str(value["id"])
    return str(int(value))


def option_value(
    option: dict[str, Any], value: Any, world: World, resolved: Resolved, guild: bool
) -> Any:
    """Convert a test's argument into the option value Discord sends, and
    record users, channels, roles and attachments in ``resolved``."""
    kind = option["type"]
    if kind == STRING:
        return str(value)
    if kind == INTEGER:
        return int(value)
    if kind == NUMBER:
        return float(value)
    if kind == BOOLEAN:
        return bool(value)
    key = _snowflake_of(value)
    if kind in (USER, MENTIONABLE) and int(key) in world.users:
        found_user = world.users[int(key)]
        resolved.users[key] = payloads.user(found_user)
        member = world.guild.members.get(found_user.id)
        if guild and member is not None:
            partial = payloads.member(member, permissions=world.member_permissions(found_user))
            del partial["user"]
            resolved.members[key] = partial
    elif kind in (ROLE, MENTIONABLE):
        for role in world.guild.roles:
            if str(role.id) == key:
                resolved.roles[key] = payloads.role(role)
    elif kind == CHANNEL:
        found_channel = world.channels.get(int(key))
        if found_channel is None:
            raise TypeError(f"unknown channel {key}")
        permissions = world.channel_permissions(world.bot, found_channel)
        full = payloads.channel(found_channel, permissions=permissions)
        keep = ("id", "name", "type", "permissions", "parent_id", "guild_id", "position")
        resolved.channels[key] = {k: v for k, v in full.items() if k in keep}
    elif kind == ATTACHMENT:
        if not isinstance(value, dict):
            raise TypeError("attachment options take emulator.attachment(...) payloads")
        resolved.attachments[key] = value
    return key


def build_data(
    schema: CommandSchema,
    path: list[str],
    arguments: dict[str, Any],
    world: World,
    *,
    guild: bool,
    focused: str | None = None,
) -> dict[str, Any]:
    """The ``data`` of an application command (or autocomplete) interaction.

    ``path`` holds the sub-command group and/or sub-command names after the
    command name; ``focused`` marks the option being typed (autocomplete).
    """
    resolved = Resolved()
    options_schema: list[dict[str, Any]] = schema.json.get("options", [])
    where = "/" + schema.json["name"]
    chain: list[dict[str, Any]] = []
    for part in path:
        sub = _find_option(options_schema, part, where)
        if sub["type"] not in (SUB_COMMAND, SUB_COMMAND_GROUP):
            raise TypeError(f"{where} {part} is not a sub-command")
        chain.append({"type": sub["type"], "name": part})
        options_schema = sub.get("options", [])
        where += " " + part
    if any(o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP) for o in options_schema):
        raise TypeError(f"{where} needs a sub-command")
    leaf: list[dict[str, Any]] = []
    for name, value in arguments.items():
        option = _find_option(options_schema, name, where)
        entry: dict[str, Any] = {"name": name, "type": option["type"]}
        if name == focused:
            entry["value"] = str(value)
            entry["focused"] = True
        else:
            entry["value"] = option_value(option, value, world, resolved, guild)
        leaf.append(entry)
    if focused is None:
        missing = [
            o["name"] for o in options_schema if o.get("required") and o["name"] not in arguments
        ]
        if missing:
            names = ", ".join(missing)
            hint = " (pass options named user/channel in options={...})"
            raise TypeError(f"{where} is missing required options: {names}{hint}")
    options = leaf
    for link in reversed(chain):
        options = [{**link, "options": options}]
    data: dict[str, Any] = {"id": schema.id, "name": schema.json["name"], "type": 1}
    if options:
        data["options"] = options
    if resolved.as_json():
        data["resolved"] = resolved.as_json()
    if schema.guild_id is not None:
        data["guild_id"] = str(schema.guild_id)
    return data


def submitted_component(component: dict[str, Any], values: dict[str, str]) -> dict[str, Any]:
    """A modal component as submitted: text inputs carry the typed value."""
    if component.get("type") == 1:
        return {
            "type": 1,
            "components": [submitted_component(c, values) for c in component["components"]],
        }
    if component.get("type") == 18:
        return {"type": 18, "component": submitted_component(component["component"], values)}
    custom_id = component.get("custom_id", "")
    value = values.get(custom_id, "")
    return {"type": component.get("type"), "custom_id": custom_id, "value": value}


def custom_ids(components: list[dict[str, Any]]) -> set[str]:
    """Every custom id in a message's components, nested rows and v2 layouts included."""
    found: set[str] = set()
    for component in components:
        if "custom_id" in component:
            found.add(component["custom_id"])
        found |= custom_ids(component.get("components") or [])
        for key in ("accessory", "component"):
            if isinstance(component.get(key), dict):
                found |= custom_ids([component[key]])
    return found
