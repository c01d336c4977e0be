"""What the bot answered to an interaction, as the drivers return it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .state import Interaction, Message

LOADING = 128


@dataclass
class InteractionResult:
    """What the bot answered to one interaction, once it settled."""

    interaction: Interaction

    @property
    def type(self) -> int | None:
        """The initial response type (4, 5, 6, 7, 8, 9) or None if it never answered."""
        return self.interaction.response_type

    @property
    def message(self) -> Message | None:
        """The original response message (for 6/7: the component's message)."""
        return self.interaction.original

    @property
    def content(self) -> str:
        """Content of the original response ("" when there is none)."""
        return self.message.content if self.message else ""

    @property
    def embeds(self) -> list[dict[str, Any]]:
        """Embeds of the original response."""
        return self.message.embeds if self.message else []

    @property
    def components(self) -> list[dict[str, Any]]:
        """Components (action rows) of the original response."""
        return self.message.components if self.message else []

    @property
    def flags(self) -> int:
        """Message flags of the original response (64: ephemeral)."""
        return self.message.flags if self.message else 0

    @property
    def ephemeral(self) -> bool:
        """Whether the original response is ephemeral."""
        return bool(self.flags & 64)

    @property
    def followups(self) -> list[Message]:
        """Follow-up messages, in order."""
        return self.interaction.followups

    @property
    def choices(self) -> list[dict[str, Any]]:
        """Autocomplete choices (type 8)."""
        return self.interaction.choices or []

    @property
    def errors(self) -> list[dict[str, Any]]:
        """Error bodies the emulator answered the bot with (e.g. code 40060)."""
        return self.interaction.errors

    @property
    def messages(self) -> list[Message]:
        """Original response (if any) then follow-ups."""
        return ([self.message] if self.message else []) + self.followups
