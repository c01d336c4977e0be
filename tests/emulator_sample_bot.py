"""A sample bot for the emulator's own tests: a cog using every interaction kind."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands
from discord.http import Route

SPEAKERS = ["Mike Pompeo", "Kim Yong Chol", "Donald Trump"]


class Pager(discord.ui.View):
    """One button that turns the page by editing the message (response type 7)."""

    @discord.ui.button(label="Next", custom_id="pager:next")
    async def next_page(
        self, interaction: discord.Interaction, button: discord.ui.Button[Any]
    ) -> None:
        await interaction.response.edit_message(content="page 2")


class Confirm(discord.ui.View):
    """Yes/No buttons; the command waits on the view until one is pressed."""

    def __init__(self) -> None:
        super().__init__(timeout=60)
        self.value: bool | None = None

    @discord.ui.button(label="Yes", custom_id="confirm:yes")
    async def yes(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        self.value = True
        await interaction.response.defer()
        self.stop()


class Feedback(discord.ui.Modal, title="Feedback"):
    """A modal with one text input; submitting it answers with what was typed."""

    text: discord.ui.TextInput[Any] = discord.ui.TextInput(label="Text", custom_id="fb:text")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"thanks: {self.text.value}", ephemeral=True)


class Sample(commands.Cog):
    """A tiny cog with one command per interaction path the emulator supports.

    ``hook`` runs in the middle of some commands so a test can move the
    emulator's clock at the right moment; ``codes`` collects the Discord error
    codes the bot was answered with.
    """

    def __init__(self) -> None:
        self.hook: Callable[[], None] = lambda: None
        self.codes: list[int] = []
        self.connections: list[str] = []

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        self.connections.append("ready")

    @commands.Cog.listener()
    async def on_resumed(self) -> None:
        self.connections.append("resumed")

    @app_commands.command(description="Quote a speaker.")
    async def quote(self, interaction: discord.Interaction, speaker: str) -> None:
        await interaction.response.send_message(
            f"{speaker} said something", allowed_mentions=discord.AllowedMentions.none()
        )

    @quote.autocomplete("speaker")
    async def speaker_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        found = [s for s in SPEAKERS if current.lower() in s.lower()]
        return [app_commands.Choice(name=s, value=s) for s in found]

    daily = app_commands.Group(
        name="daily",
        description="Daily briefing settings.",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    @daily.command(name="set", description="Where and when to post.")
    async def daily_set(
        self, interaction: discord.Interaction, channel: discord.TextChannel, time: str
    ) -> None:
        await interaction.response.send_message(f"{channel.id} at {time}", ephemeral=True)

    @app_commands.command(description="Read an uploaded file.")
    async def upload(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        await interaction.response.defer(thinking=True)
        try:
            text = (await file.read()).decode()
        except discord.HTTPException as error:
            text = f"download failed {error.status}"
        await interaction.edit_original_response(content=f"{file.filename}: {text}")
        await interaction.followup.send("stored", ephemeral=True)

    @app_commands.command(description="Send a message of a given shape.")
    async def shaped(self, interaction: discord.Interaction, kind: str) -> None:
        shapes: dict[str, dict[str, Any]] = {
            "long": {"content": "x" * 2001},
            "title": {"embed": discord.Embed(title="t" * 257)},
            "fields": {"embed": embed_with_fields(26, "v")},
            "value": {"embed": embed_with_fields(1, "v" * 1025)},
            "total": {"embeds": [discord.Embed(description="d" * 4000) for _ in range(2)]},
        }
        try:
            await interaction.response.send_message(**shapes[kind])
        except discord.HTTPException as error:
            self.codes.append(error.code)
            await interaction.response.send_message("too big", ephemeral=True)

    @app_commands.command(description="Answer after the hook ran.")
    async def slow(self, interaction: discord.Interaction) -> None:
        self.hook()
        try:
            await interaction.response.send_message("late")
        except discord.NotFound as error:
            self.codes.append(error.code)

    @app_commands.command(description="Answer twice.")
    async def twice(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("once")
        route = Route(
            "POST",
            "/interactions/{id}/{token}/callback",
            id=interaction.id,
            token=interaction.token,
        )
        try:
            await interaction.client.http.request(route, json={"type": 4, "data": {"content": "x"}})
        except discord.HTTPException as error:
            self.codes.append(error.code)

    @app_commands.command(description="Follow up after the hook ran.")
    async def followup(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("first")
        self.hook()
        try:
            await interaction.followup.send("second")
        except discord.HTTPException as error:
            self.codes.append(error.code)

    @app_commands.command(description="Post text in a channel.")
    async def post(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        await interaction.response.defer(ephemeral=True)
        try:
            await channel.send("news", allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as error:
            self.codes.append(error.code)
            await interaction.followup.send(f"failed {error.code}", ephemeral=True)
        else:
            await interaction.followup.send("posted", ephemeral=True)

    @app_commands.command(description="Defer in public, then follow up twice.")
    async def think(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.followup.send("meant to be private", ephemeral=True)
        await interaction.followup.send("really private", ephemeral=True)

    @app_commands.command(description="Echo typed options.")
    async def typed(
        self,
        interaction: discord.Interaction,
        who: discord.Member,
        role: discord.Role,
        count: int,
        ratio: float,
        flag: bool,
    ) -> None:
        text = f"{who.id} {who.guild_permissions.manage_guild} {role.name} {count} {ratio} {flag}"
        await interaction.response.send_message(text)

    admin = app_commands.Group(name="admin", description="Nested groups.")
    admin_feeds = app_commands.Group(name="feeds", description="Feeds.", parent=admin)

    @admin_feeds.command(name="add", description="Add a feed.")
    async def admin_feeds_add(self, interaction: discord.Interaction, url: str) -> None:
        await interaction.response.send_message(f"added {url}")

    @app_commands.command(description="Show a paged answer.")
    async def pages(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("page 1", view=Pager())

    @app_commands.command(description="Send a file.")
    async def export(self, interaction: discord.Interaction) -> None:
        file = discord.File(io.BytesIO(b"article text"), filename="article.txt")
        await interaction.response.send_message("here", file=file)

    @app_commands.command(description="Say where the command ran.")
    async def where(self, interaction: discord.Interaction) -> None:
        place = "guild" if interaction.guild_id else "dm"
        channel_type = interaction.channel.type if interaction.channel else None
        await interaction.response.send_message(f"{place} {channel_type} {interaction.user.id}")

    @app_commands.command(description="Post, edit and re-read a channel message.")
    async def revise(self, interaction: discord.Interaction) -> None:
        assert isinstance(interaction.channel, discord.TextChannel)
        sent = await interaction.channel.send("draft")
        await sent.edit(content="final")
        fetched = await interaction.channel.fetch_message(sent.id)
        history = [m.content async for m in interaction.channel.history(limit=5)]
        await interaction.response.send_message(f"{fetched.content} {history}")

    @app_commands.command(description="Ask for feedback in a modal.")
    async def feedback(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(Feedback())

    @app_commands.command(description="Ask, wait for the answer, then follow up.")
    async def confirm(self, interaction: discord.Interaction) -> None:
        view = Confirm()
        await interaction.response.send_message("sure?", view=view)
        await view.wait()
        await interaction.followup.send("confirmed" if view.value else "timed out")

    @app_commands.command(description="Send the invoker a direct message.")
    async def remind(self, interaction: discord.Interaction) -> None:
        await interaction.user.send("your reminder")
        await interaction.response.send_message("sent", ephemeral=True)

    @app_commands.command(description="Echo text, mentions allowed or not.")
    async def echo(self, interaction: discord.Interaction, text: str, quiet: bool) -> None:
        mentions = discord.AllowedMentions.none() if quiet else discord.AllowedMentions.all()
        await interaction.response.send_message(text, allowed_mentions=mentions)

    @commands.command()
    async def ping(self, ctx: commands.Context[commands.Bot]) -> None:
        await ctx.send("pong")

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.guild is not None or message.author.bot:
            return
        if message.content.startswith("quotes"):
            await message.channel.send(f"quotes for {message.content.split()[1]}")
        elif message.content == "hello":
            await message.add_reaction("\N{WAVING HAND SIGN}")
            await message.reply("hi", mention_author=False)


def embed_with_fields(count: int, value: str) -> discord.Embed:
    """An embed with `count` fields of `value`."""
    embed = discord.Embed(title="fields")
    for index in range(count):
        embed.add_field(name=f"f{index}", value=value)
    return embed


def make_bot(intents: discord.Intents | None = None) -> commands.Bot:
    """A plain commands.Bot that is ready fast."""
    return commands.Bot(
        command_prefix="!",
        intents=intents or discord.Intents.default(),
        guild_ready_timeout=0.05,
    )


async def sample_bot() -> tuple[commands.Bot, Sample]:
    """A bot with the Sample cog loaded."""
    bot = make_bot()
    cog = Sample()
    await bot.add_cog(cog)
    return bot, cog


def text_params(content: str) -> Any:
    """discord.py's parameters for a plain text message (for raw HTTP calls)."""
    from discord.http import handle_message_parameters

    return handle_message_parameters(content=content)
