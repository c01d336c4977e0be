"""The emulated Discord world: users, one guild, channels, messages, interactions.

Plain mutable dataclasses; JSON shapes live in ``payloads`` and HTTP in ``server``.
Time comes from :class:`Clock` so tests can move it instead of sleeping.
"""

from __future__ import annotations

import asyncio
import itertools
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

DISCORD_EPOCH_MS = 1420070400000

# Permission bits used by the emulator (discord.Permissions values).
ADMINISTRATOR = 1 << 3
MANAGE_GUILD = 1 << 5
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
USE_APPLICATION_COMMANDS = 1 << 31
EVERYONE_PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | USE_APPLICATION_COMMANDS
)
ALL_PERMISSIONS = (1 << 50) - 1

TEXT_CHANNEL = 0
DM_CHANNEL = 1


class Clock:
    """Monotonic time plus an offset that tests advance instead of sleeping."""

    def __init__(self) -> None:
        self._offset = 0.0

    def now(self) -> float:
        """Seconds on the emulator's clock."""
        return time.monotonic() + self._offset

    def utcnow(self) -> datetime:
        """Wall-clock UTC time, moved by the same offset."""
        return datetime.fromtimestamp(time.time() + self._offset, UTC)

    def advance(self, seconds: float) -> None:
        """Move the clock forward without waiting."""
        self._offset += seconds


@dataclass
class User:
    """A Discord user (or the bot user when ``bot`` is true)."""

    id: int
    name: str
    bot: bool = False


@dataclass
class Role:
    """A guild role; the @everyone role has the guild's id."""

    id: int
    name: str
    permissions: int
    position: int = 0


@dataclass
class Member:
    """A user's membership of the guild."""

    user: User
    role_ids: list[int] = field(default_factory=list)
    nick: str | None = None


@dataclass
class Channel:
    """A guild text channel or a DM channel (``recipient`` set)."""

    id: int
    name: str
    type: int = TEXT_CHANNEL
    guild_id: int | None = None
    position: int = 0
    recipient: User | None = None
    denied_send: set[int] = field(default_factory=set)
    """User ids denied Send Messages by a member permission overwrite."""


@dataclass
class Guild:
    """The one guild of the emulator."""

    id: int
    name: str
    owner_id: int
    roles: list[Role] = field(default_factory=list)
    members: dict[int, Member] = field(default_factory=dict)


@dataclass
class Message:
    """A stored message plus what the bot sent that Discord does not echo back."""

    id: int
    channel_id: int
    author: User
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    flags: int = 0
    allowed_mentions: dict[str, Any] | None = None
    """The ``allowed_mentions`` of the last request that wrote this message."""
    timestamp: datetime = field(default_factory=lambda: datetime.now(UTC))
    edited_timestamp: datetime | None = None
    webhook_id: int | None = None
    interaction: Interaction | None = None
    """The interaction this message answers, if any."""
    reference_id: int | None = None
    """The message this one replies to."""
    reactions: list[str] = field(default_factory=list)
    """Emoji the bot reacted with (unicode, or ``name:id`` for custom emoji)."""
    deleted: bool = False

    @property
    def ephemeral(self) -> bool:
        """Whether only the invoking user sees this message (flag 64)."""
        return bool(self.flags & 64)


@dataclass
class Interaction:
    """One interaction the emulator sent, and everything the bot answered."""

    id: int
    token: str
    type: int
    created_at: float
    channel: Channel
    user: User
    data: dict[str, Any]
    message: Message | None = None
    """The message a component interaction came from."""
    response_type: int | None = None
    original: Message | None = None
    followups: list[Message] = field(default_factory=list)
    choices: list[dict[str, Any]] | None = None
    modal: dict[str, Any] | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    """Error bodies the emulator answered the bot with for this interaction."""
    responded: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass
class CommandSync:
    """One ``PUT /applications/{id}/commands`` (``guild_id`` None: global)."""

    guild_id: int | None
    commands: list[dict[str, Any]]


@dataclass
class StoredFile:
    """A file served on loopback under ``/attachments/{id}/{filename}``."""

    id: int
    filename: str
    data: bytes
    content_type: str


class World:
    """All emulated objects, with id and token generation."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._increment = itertools.count()
        self.token = "emulator." + secrets.token_urlsafe(16)
        self.bot = User(self.snowflake(), "NewsBot", bot=True)
        self.application_id = self.bot.id
        self.owner = User(self.snowflake(), "owner")
        self.manager = User(self.snowflake(), "manager")
        self.member = User(self.snowflake(), "member")
        guild_id = self.snowflake()
        everyone = Role(guild_id, "@everyone", EVERYONE_PERMISSIONS)
        managers = Role(self.snowflake(), "Managers", EVERYONE_PERMISSIONS | MANAGE_GUILD, 1)
        self.guild = Guild(guild_id, "Newsroom", self.owner.id, [everyone, managers])
        for user in (self.owner, self.member, self.bot):
            self.guild.members[user.id] = Member(user)
        self.guild.members[self.manager.id] = Member(self.manager, [managers.id])
        self.channels: dict[int, Channel] = {}
        for position, name in enumerate(("general", "news", "briefings")):
            self.add_channel(name, position)
        self.users: dict[int, User] = {u.id: u for u in (self.bot, self.owner, self.manager)}
        self.users[self.member.id] = self.member
        self.messages: dict[int, Message] = {}
        self.interactions: dict[str, Interaction] = {}
        self.command_syncs: list[CommandSync] = []
        self.commands: dict[int | None, list[dict[str, Any]]] = {}
        self.files: dict[int, StoredFile] = {}
        self.closed_dms: set[int] = set()
        """Users who do not accept direct messages from the bot."""

    def snowflake(self) -> int:
        """A new id that encodes the current emulator time, as Discord's do."""
        millis = int(self.clock.utcnow().timestamp() * 1000) - DISCORD_EPOCH_MS
        return (millis << 22) | (next(self._increment) % 4096)

    def add_channel(self, name: str, position: int | None = None) -> Channel:
        """Create a guild text channel."""
        if position is None:
            position = len(self.guild_channels())
        channel = Channel(self.snowflake(), name, guild_id=self.guild.id, position=position)
        self.channels[channel.id] = channel
        return channel

    def add_user(self, name: str, *, in_guild: bool = True) -> User:
        """Create a user, a plain member of the guild unless ``in_guild`` is false."""
        user = User(self.snowflake(), name)
        self.users[user.id] = user
        if in_guild:
            self.guild.members[user.id] = Member(user)
        return user

    def guild_channels(self) -> list[Channel]:
        """The guild's channels by position."""
        found = [c for c in self.channels.values() if c.guild_id == self.guild.id]
        return sorted(found, key=lambda c: c.position)

    def channel(self, channel_id: int) -> Channel | None:
        """A channel by id, or None when unknown or deleted."""
        return self.channels.get(channel_id)

    def dm_channel(self, user: User) -> Channel:
        """The bot's DM channel with ``user``, created on first use."""
        for channel in self.channels.values():
            if channel.type == DM_CHANNEL and channel.recipient == user:
                return channel
        channel = Channel(self.snowflake(), "", type=DM_CHANNEL, recipient=user)
        self.channels[channel.id] = channel
        return channel

    def member_permissions(self, user: User) -> int:
        """Guild-level permissions of ``user`` (all of them for the owner)."""
        if user.id == self.guild.owner_id:
            return ALL_PERMISSIONS
        member = self.guild.members.get(user.id)
        if member is None:
            return 0
        total = 0
        for role in self.guild.roles:
            if role.id == self.guild.id or role.id in member.role_ids:
                total |= role.permissions
        return ALL_PERMISSIONS if total & ADMINISTRATOR else total

    def channel_permissions(self, user: User, channel: Channel) -> int:
        """Permissions of ``user`` in ``channel`` after member overwrites."""
        if channel.guild_id is None:
            return EVERYONE_PERMISSIONS
        permissions = self.member_permissions(user)
        if user.id in channel.denied_send and user.id != self.guild.owner_id:
            permissions &= ~SEND_MESSAGES
        return permissions

    def add_message(self, message: Message) -> Message:
        """Store a message."""
        self.messages[message.id] = message
        return message

    def channel_messages(self, channel_id: int) -> list[Message]:
        """Messages of a channel in the order they were sent, deleted ones left out."""
        return [m for m in self.messages.values() if m.channel_id == channel_id and not m.deleted]

    def new_interaction(
        self,
        type_: int,
        channel: Channel,
        user: User,
        data: dict[str, Any],
        message: Message | None = None,
    ) -> Interaction:
        """Register an interaction with a fresh id and token."""
        interaction = Interaction(
            id=self.snowflake(),
            token="interaction." + secrets.token_urlsafe(24),
            type=type_,
            created_at=self.clock.now(),
            channel=channel,
            user=user,
            data=data,
            message=message,
        )
        self.interactions[interaction.token] = interaction
        return interaction
