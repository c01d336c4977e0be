"""Sending answers and errors to Discord: the one reply path every cog uses.

- `answer_interaction` runs a service call, defers first when it is slow, and
  sends the Answer as an embed (with a Paginator when it has several pages).
- `send_answer_to` does the same in a channel (direct-message lookups).
- `on_app_command_error` is the one error path for app commands (as in
  Red-DiscordBot): a NewsbotError or a failed check -> a short ephemeral reply;
  anything else -> logged with its traceback and a generic ephemeral apology;
  by follow-up when the response was already sent, in the channel when the
  interaction's token has expired.

Every message goes out with `AllowedMentions.none()`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any

import discord
from discord import app_commands

from bot.answer import Answer
from bot.errors import NewsbotError
from bot.paginator import DEFAULT_TIMEOUT, Paginator
from bot.render import CONTENT_LIMIT, to_embeds
from bot.textfmt import shorten

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
APOLOGY = "Sorry, something went wrong while answering that. It has been logged."
DEFAULT_DEFER_AFTER = 1.5
_THINKING = "newsbot.thinking"
"""interaction.extras key: set by `defer` until the deferred message is filled in."""


class Refusal(app_commands.CheckFailure):
    """A check that failed with a message fit for the user (permissions, owner only)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _setting(client: discord.Client, name: str, default: float) -> float:
    value = getattr(client, name, default)
    return float(value) if isinstance(value, int | float) else default


def _paginator(embeds: list[discord.Embed], asker: discord.abc.User, timeout: float) -> Paginator:
    return Paginator(embeds, owner_id=asker.id, owner_name=asker.display_name, timeout=timeout)


async def defer(interaction: discord.Interaction[Any], *, ephemeral: bool) -> None:
    """Show "thinking…" now and answer later (with send_answer or send_text)."""
    await interaction.response.defer(ephemeral=ephemeral, thinking=True)
    interaction.extras[_THINKING] = "ephemeral" if ephemeral else "public"


async def send_answer(
    interaction: discord.Interaction[Any], answer: Answer, *, ephemeral: bool = False
) -> None:
    """Send `answer` as the interaction's response (or fill in the deferred one)."""
    embeds = to_embeds(answer)
    timeout = _setting(interaction.client, "page_timeout", DEFAULT_TIMEOUT)
    view = _paginator(embeds, interaction.user, timeout) if len(embeds) > 1 else None
    first = embeds[0]
    if interaction.extras.pop(_THINKING, None) is not None:
        # The deferred "thinking…" message becomes the answer.
        edited = await interaction.edit_original_response(
            embed=first, view=view, allowed_mentions=NO_MENTIONS
        )
        if view is not None:
            view.message = edited
    elif not interaction.response.is_done():
        if view is None:
            await interaction.response.send_message(
                embed=first, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS
            )
            return
        await interaction.response.send_message(
            embed=first, view=view, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS
        )
        view.message = await interaction.original_response()
    elif view is None:
        await interaction.followup.send(
            embed=first, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS
        )
    else:
        view.message = await interaction.followup.send(
            embed=first, view=view, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS, wait=True
        )


async def answer_interaction(
    interaction: discord.Interaction[Any], work: Awaitable[Answer], *, ephemeral: bool = False
) -> None:
    """Await the service call `work` and send its Answer, deferring first when it is slow.

    "Slow" is longer than the client's `defer_after` seconds (default 1.5),
    well inside Discord's 3-second deadline for the first response.
    """
    task = asyncio.ensure_future(work)
    delay = _setting(interaction.client, "defer_after", DEFAULT_DEFER_AFTER)
    done, _ = await asyncio.wait({task}, timeout=delay)
    if not done:
        await defer(interaction, ephemeral=ephemeral)
    await send_answer(interaction, await task, ephemeral=ephemeral)


async def send_answer_to(
    channel: discord.abc.Messageable,
    answer: Answer,
    *,
    asker: discord.abc.User,
    page_timeout: float = DEFAULT_TIMEOUT,
) -> discord.Message:
    """Send `answer` in `channel`, with page buttons only `asker` can use."""
    embeds = to_embeds(answer)
    if len(embeds) == 1:
        return await channel.send(embed=embeds[0], allowed_mentions=NO_MENTIONS)
    view = _paginator(embeds, asker, page_timeout)
    message = await channel.send(embed=embeds[0], view=view, allowed_mentions=NO_MENTIONS)
    view.message = message
    return message


async def send_text(
    interaction: discord.Interaction[Any], text: str, *, ephemeral: bool = True
) -> None:
    """A short text reply: the response, the deferred message filled in, or a follow-up."""
    text = shorten(text, CONTENT_LIMIT)
    thinking = interaction.extras.pop(_THINKING, None)
    if thinking == "public" and ephemeral:
        # Discord turns the first follow-up into the public "thinking…" message,
        # ephemeral flag or not: remove that message, then answer privately.
        await interaction.delete_original_response()
        await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
    elif thinking is not None:
        await interaction.edit_original_response(
            content=text, embeds=[], view=None, allowed_mentions=NO_MENTIONS
        )
    elif interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(
            text, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS
        )


def _cause(error: BaseException) -> BaseException:
    """The exception behind discord.py's wrappers (a command's own error, a converter's)."""
    if isinstance(error, app_commands.CommandInvokeError):
        return error.original
    if isinstance(error, app_commands.TransformerError) and error.__cause__ is not None:
        return error.__cause__
    return error


def user_message(error: BaseException) -> str | None:
    """What to tell the user about `error`, or None when it is a bug to log."""
    cause = _cause(error)
    if isinstance(cause, NewsbotError | Refusal):
        return cause.message
    if isinstance(error, app_commands.TransformerError):
        return f"{shorten(str(error.value), 60)!r} is not a valid value for that option."
    if isinstance(error, app_commands.MissingPermissions):
        needed = ", ".join(
            p.replace("_", " ").replace("guild", "server").title()
            for p in error.missing_permissions
        )
        return f"You need the {needed} permission to use this command."
    if isinstance(error, app_commands.BotMissingPermissions):
        needed = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return f"I need the {needed} permission here to do that."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command works in a server, not in direct messages."
    if isinstance(error, app_commands.CheckFailure):
        return "You cannot use this command here."
    return None


async def on_app_command_error(
    interaction: discord.Interaction[Any], error: app_commands.AppCommandError
) -> None:
    """The one error path of every app command (installed on the bot's tree)."""
    text = user_message(error)
    if text is None:
        command = interaction.command.qualified_name if interaction.command else "?"
        original = _cause(error)
        log.error(
            "error in /%s (guild %s, user %s)",
            command,
            interaction.guild_id,
            interaction.user.id,
            exc_info=(type(original), original, original.__traceback__),
        )
        text = APOLOGY
    try:
        await send_text(interaction, text, ephemeral=True)
    except discord.HTTPException as exc:  # the token expired (15 min) or Discord lost it
        log.info("interaction reply failed (%s); answering in the channel", exc)
        await _tell_in_channel(interaction, text)


async def _tell_in_channel(interaction: discord.Interaction[Any], text: str) -> None:
    """Last resort when the interaction can no longer be answered: a plain message."""
    channel = interaction.channel
    if not isinstance(channel, discord.abc.Messageable):
        return
    note = shorten(f"{interaction.user.mention} {text}", CONTENT_LIMIT)
    try:
        await channel.send(note, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException as exc:
        log.warning("could not tell user %s about an error: %s", interaction.user.id, exc)
