"""Previous/Next buttons over the pages (embeds) of one answer.

Only the person who asked can turn the pages; anyone else gets a short
ephemeral note. After `timeout` seconds without a click the view stops and
edits its message so the buttons show as disabled.
"""

from __future__ import annotations

import logging
from typing import Any

import discord

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 180.0
NO_MENTIONS = discord.AllowedMentions.none()


class Paginator(discord.ui.View):
    """A page-turning view for `embeds`, usable only by the user `owner_id`."""

    def __init__(
        self,
        embeds: list[discord.Embed],
        *,
        owner_id: int,
        owner_name: str,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        super().__init__(timeout=timeout)
        if len(embeds) < 2:
            raise ValueError("a paginator needs at least two pages")
        self.embeds = embeds
        self.owner_id = owner_id
        self.owner_name = owner_name
        self.index = 0
        self.message: discord.Message | None = None
        """The message showing the pages; set by whoever sends it."""
        self._sync_buttons()

    @property
    def current(self) -> discord.Embed:
        """The embed of the page shown now."""
        return self.embeds[self.index]

    def _sync_buttons(self) -> None:
        self.previous_page.disabled = self.index == 0
        self.next_page.disabled = self.index == len(self.embeds) - 1

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        """Let only the asker turn pages; tell anyone else so, privately."""
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            f"Only {discord.utils.escape_markdown(self.owner_name)} can turn these pages; "
            "ask the command yourself to get your own.",
            ephemeral=True,
            allowed_mentions=NO_MENTIONS,
        )
        return False

    async def _show(self, interaction: discord.Interaction[Any], index: int) -> None:
        self.index = max(0, min(index, len(self.embeds) - 1))
        self._sync_buttons()
        await interaction.response.edit_message(
            embed=self.current, view=self, allowed_mentions=NO_MENTIONS
        )

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous_page(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]
    ) -> None:
        """Show the page before this one."""
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.primary)
    async def next_page(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]
    ) -> None:
        """Show the page after this one."""
        await self._show(interaction, self.index + 1)

    async def on_timeout(self) -> None:
        """Disable both buttons on the message once nobody has clicked for a while."""
        self.previous_page.disabled = True
        self.next_page.disabled = True
        if self.message is None:
            return
        try:
            await self.message.edit(view=self, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as exc:  # message deleted, token expired, …
            log.info("could not disable page buttons on message %s: %s", self.message.id, exc)
