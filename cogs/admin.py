"""/news add (upload an article) and the owner's /sync."""

from __future__ import annotations

import logging
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.client import NewsBot, describe_synced, sync_tree
from bot.ingest import FileResult
from bot.news.reader import MAX_ARTICLE_BYTES
from bot.replies import Refusal, defer, send_text

log = logging.getLogger(__name__)


def code_name(filename: str) -> str:
    """A file name shown in a code span (where markdown escapes would show literally)."""
    return "`" + filename.replace("`", "'")[:100] + "`"


def result_text(result: FileResult, filename: str) -> str:
    """What /news add answers for one ingested file."""
    name = code_name(filename)
    if result.status == "added":
        return (
            f"Added {name} as article #{result.article_id}: `/briefing article:{result.article_id}`"
        )
    if result.status == "updated":
        return f"Updated article #{result.article_id} from {name}."
    if result.status == "unchanged":
        return f"{name} is already stored, unchanged, as article #{result.article_id}."
    if result.status == "duplicate":
        return f"Not added: {name} is a duplicate of article #{result.article_id}."
    return f"Rejected {name}: {result.detail}"


@app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
@app_commands.default_permissions(manage_guild=True)
class NewsCog(commands.GroupCog, group_name="news", group_description="Manage the articles"):
    """Adding articles by upload."""

    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Manage Server in a server; in direct messages only the bot's owner."""
        if isinstance(interaction.user, discord.Member):
            if interaction.user.guild_permissions.manage_guild:
                return True
            raise Refusal("You need the Manage Server permission to add articles.")
        if await self.bot.is_owner(interaction.user):
            return True
        raise Refusal("In direct messages only the bot's owner can add articles.")

    @app_commands.command(name="add")
    @app_commands.describe(attachment="The article file: wire text, plain text or JSON")
    async def add(self, interaction: discord.Interaction, attachment: discord.Attachment) -> None:
        """Add an article from a file attachment."""
        if attachment.size > MAX_ARTICLE_BYTES:
            await send_text(
                interaction,
                f"Rejected {code_name(attachment.filename)}: it is {attachment.size:,} bytes, "
                f"over the {MAX_ARTICLE_BYTES:,}-byte limit for one article.",
            )
            return
        await defer(interaction, ephemeral=True)
        try:
            raw = await attachment.read()
        except discord.HTTPException as exc:
            log.warning("could not download %s: %s", attachment.url, exc)
            await send_text(interaction, "Could not download that attachment; try again.")
            return
        result = await self.bot.service.ingest(raw, f"upload/{attachment.filename}")
        log.info("/news add by %s: %s", interaction.user.id, result.line())
        await send_text(interaction, result_text(result, attachment.filename))


class SyncCog(commands.Cog, name="Sync"):
    """Publishing the slash commands."""

    def __init__(self, bot: NewsBot) -> None:
        self.bot = bot

    @app_commands.command(name="sync")
    @app_commands.default_permissions()
    @app_commands.describe(
        scope="global: every server and DM (default); here: only this server, visible at once"
    )
    async def sync(
        self, interaction: discord.Interaction, scope: Literal["global", "here"] = "global"
    ) -> None:
        """Publish the slash commands to Discord (bot owner only)."""
        if not await self.bot.is_owner(interaction.user):
            raise Refusal("Only the bot's owner can sync the commands.")
        if scope == "here" and interaction.guild_id is None:
            raise Refusal("`scope:here` works in a server; in a DM use `scope:global`.")
        await defer(interaction, ephemeral=True)
        guild_id = interaction.guild_id if scope == "here" else None
        synced = await sync_tree(self.bot, guild_id)
        report = describe_synced(synced, guild_id)
        log.info("/sync by %s: %s", interaction.user.id, report)
        await send_text(interaction, report)


async def setup(bot: NewsBot) -> None:
    """Load the cogs (discord.py extension entry point)."""
    await bot.add_cog(NewsCog(bot))
    await bot.add_cog(SyncCog(bot))
