"""The Discord emulator, driven by the unmodified discord.py client."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from typing import Any

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands
from discord.http import Route

from tests.emulator import Emulator
from tests.emulator.limits import DiscordError, check_choices, check_message

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
            "fields": {"embed": _embed_with_fields(26, "v")},
            "value": {"embed": _embed_with_fields(1, "v" * 1025)},
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


def _embed_with_fields(count: int, value: str) -> discord.Embed:
    embed = discord.Embed(title="fields")
    for index in range(count):
        embed.add_field(name=f"f{index}", value=value)
    return embed


def make_bot(intents: discord.Intents | None = None) -> commands.Bot:
    return commands.Bot(
        command_prefix="!",
        intents=intents or discord.Intents.default(),
        guild_ready_timeout=0.05,
    )


async def sample_bot() -> tuple[commands.Bot, Sample]:
    bot = make_bot()
    cog = Sample()
    await bot.add_cog(cog)
    return bot, cog


async def test_login_and_slash_round_trip_is_fast(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    started = time.perf_counter()
    async with emulator.running(bot):
        result = await emulator.slash("quote", speaker="Pompeo")
    elapsed = time.perf_counter() - started
    assert result.type == 4
    assert result.content == "Pompeo said something"
    assert result.message is not None
    assert result.message.allowed_mentions == {"parse": []}
    assert elapsed < 1.0, elapsed


async def test_login_fetches_user_and_application_and_sees_the_guild(emulator: Emulator) -> None:
    bot = make_bot(discord.Intents.default() | discord.Intents(members=True))
    async with emulator.running(bot):
        assert bot.user is not None and bot.user.id == emulator.bot.id
        assert bot.application_id == emulator.bot.id
        guild = bot.get_guild(emulator.guild.id)
        assert guild is not None and guild.owner_id == emulator.owner.id
        assert {c.name for c in guild.text_channels} == set(emulator.channels)
        manager = guild.get_member(emulator.manager.id)
        assert manager is not None and manager.guild_permissions.manage_guild
        member = guild.get_member(emulator.member.id)
        assert member is not None and not member.guild_permissions.manage_guild
        fetched = await guild.fetch_member(emulator.owner.id)
        assert fetched.id == guild.owner_id
        chunked = await guild.chunk()
        assert {m.id for m in chunked} >= {emulator.owner.id, emulator.member.id}
        found = await guild.query_members("mana")
        assert [m.id for m in found] == [emulator.manager.id]
        news = await bot.fetch_channel(emulator.channels["news"].id)
        assert isinstance(news, discord.TextChannel) and news.name == "news"
    requests = emulator.server.requests
    assert requests[:2] == [("GET", "/users/@me"), ("GET", "/oauth2/applications/@me")]
    assert emulator.unknown_routes == []


async def test_wrong_token_fails_login(emulator: Emulator) -> None:
    bot = make_bot()
    with pytest.raises(discord.LoginFailure):
        await bot.login("not-the-token")
    await bot.close()


async def test_handshake_heartbeats_and_rising_sequence(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        session = emulator.server.gateway.session
        assert session is not None
        await emulator.slash("quote", speaker="Kim")
        assert session.heartbeats >= 1
        assert bot.latency < 1.0
        assert session.acked_sequence == session.sequence >= 3  # READY, GUILD_CREATE, ...


async def test_privileged_intents_not_granted_close_4014(emulator: Emulator) -> None:
    emulator.grant_intents(members=False, presences=False, message_content=False)
    bot = make_bot(discord.Intents.default() | discord.Intents(message_content=True))
    with pytest.raises(discord.PrivilegedIntentsRequired):
        async with emulator.running(bot):
            pass
    assert bot.is_closed()


async def test_subcommand_in_group_with_channel_option(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    news = emulator.channels["news"]
    async with emulator.running(bot):
        result = await emulator.slash(
            "daily set", options={"channel": news}, time="08:00", user=emulator.manager
        )
    assert result.content == f"{news.id} at 08:00"
    assert result.ephemeral
    option = result.interaction.data["options"][0]
    assert option["type"] == 1 and option["name"] == "set"
    assert str(news.id) in result.interaction.data["resolved"]["channels"]


async def test_attachment_option_defer_edit_and_ephemeral_followup(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    upload = emulator.attachment("the article.txt", b"Pompeo met Kim.")
    gone = emulator.attachment("gone.txt", b"")
    emulator.revoke_attachment(gone)
    async with emulator.running(bot):
        result = await emulator.slash("upload", file=upload)
        failed = await emulator.slash("upload", file=gone)
    assert failed.content == "gone.txt: download failed 404"
    assert result.type == 5
    assert result.content == "the article.txt: Pompeo met Kim."
    assert [m.content for m in result.followups] == ["stored"]
    assert result.followups[0].ephemeral


@pytest.mark.parametrize("kind", ["long", "title", "fields", "value", "total"])
async def test_messages_over_the_limits_fail_with_50035(emulator: Emulator, kind: str) -> None:
    bot, cog = await sample_bot()
    async with emulator.running(bot):
        result = await emulator.slash("shaped", kind=kind)
    assert cog.codes == [50035]
    assert result.errors[0]["code"] == 50035
    assert result.content == "too big"


def _button(custom_id: str) -> dict[str, Any]:
    return {"type": 2, "style": 1, "label": "Next", "custom_id": custom_id}


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"embeds": [{"description": "d"}] * 11}, "embeds"),
        ({"embeds": [{"description": "d" * 4097}]}, "embeds"),
        ({"embeds": [{"fields": [{"name": "n" * 257, "value": "v"}]}]}, "embeds"),
        ({"embeds": [{"footer": {"text": "f" * 2049}}]}, "embeds"),
        ({"embeds": [{"author": {"name": "a" * 257}}]}, "embeds"),
        ({"content": "c" * 2001}, "content"),
        ({"embeds": [{"fields": [{"name": "n", "value": ""}]}]}, "embeds"),
        ({"components": [{"type": 1, "components": []}] * 6}, "components"),
        ({"components": [{"type": 1, "components": [_button("b" * 101)]}]}, "components"),
        ({"components": [{"type": 1, "components": [_button("b")] * 6}]}, "components"),
    ],
)
def test_limit_checks_name_the_failing_field(payload: dict[str, Any], field: str) -> None:
    with pytest.raises(DiscordError) as caught:
        check_message(payload)
    assert caught.value.code == 50035
    assert caught.value.errors is not None and field in caught.value.errors


def test_limits_accept_a_message_at_the_limits() -> None:
    embed = {"title": "t" * 256, "description": "d" * 4096, "footer": {"text": "f" * 1648}}
    rows = [{"type": 1, "components": [_button("b" * 100)] * 5}] * 5
    check_message({"content": "c" * 2000, "embeds": [embed], "components": rows})


def test_autocomplete_choices_over_the_limits_fail() -> None:
    check_choices([{"name": "n" * 100, "value": "v" * 100}] * 25)
    for bad in (
        [{"name": "n", "value": "v"}] * 26,
        [{"name": "n" * 101, "value": "v"}],
        [{"name": "n", "value": "v" * 101}],
    ):
        with pytest.raises(DiscordError) as caught:
            check_choices(bad)
        assert caught.value.code == 50035


async def test_no_initial_response_within_the_deadline_is_10062(emulator: Emulator) -> None:
    bot, cog = await sample_bot()
    cog.hook = lambda: emulator.advance(3.5)
    async with emulator.running(bot):
        result = await emulator.slash("slow")
    assert result.type is None
    assert cog.codes == [10062]


async def test_a_shortened_deadline_applies(emulator: Emulator) -> None:
    bot, cog = await sample_bot()
    emulator.response_deadline = 0.5
    cog.hook = lambda: emulator.advance(0.6)
    async with emulator.running(bot):
        await emulator.slash("slow")
    assert cog.codes == [10062]


async def test_a_second_initial_response_is_40060(emulator: Emulator) -> None:
    bot, cog = await sample_bot()
    async with emulator.running(bot):
        result = await emulator.slash("twice")
    assert result.content == "once"
    assert cog.codes == [40060]


async def test_a_token_older_than_15_minutes_is_50027(emulator: Emulator) -> None:
    bot, cog = await sample_bot()
    cog.hook = lambda: emulator.advance(15 * 60 + 1)
    async with emulator.running(bot):
        result = await emulator.slash("followup")
    assert result.followups == []
    assert cog.codes == [50027]


async def test_dm_round_trip(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        replies = await emulator.dm(emulator.member, "quotes pompeo")
    assert [m.content for m in replies] == ["quotes for pompeo"]
    assert replies[0].channel_id == emulator.dm_channel(emulator.member).id


async def test_autocomplete_returns_the_bots_choices(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        choices = await emulator.autocomplete("quote", "speaker", "kim")
    assert choices == [{"name": "Kim Yong Chol", "value": "Kim Yong Chol"}]


async def test_button_click_updates_the_message(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        shown = await emulator.slash("pages")
        assert shown.message is not None
        assert shown.components[0]["components"][0]["custom_id"] == "pager:next"
        with pytest.raises(LookupError, match="no component 'pager:prev'"):
            await emulator.click(shown.message, "pager:prev")
        clicked = await emulator.click(shown.message, "pager:next")
    assert clicked.type == 7
    assert clicked.content == "page 2"
    general = emulator.channels["general"]
    assert [m.content for m in emulator.channel_messages(general)] == ["page 2"]


async def test_denied_send_permission_is_403_50013(emulator: Emulator) -> None:
    bot, cog = await sample_bot()
    news = emulator.channels["news"]
    async with emulator.running(bot):
        await emulator.deny_send(news)
        channel = bot.get_channel(news.id)
        assert isinstance(channel, discord.TextChannel)
        assert not channel.permissions_for(channel.guild.me).send_messages
        result = await emulator.slash("post", options={"channel": news})
    assert cog.codes == [50013]
    assert result.content == "failed 50013" and result.ephemeral
    assert emulator.channel_messages(news) == []


async def test_channel_send_records_allowed_mentions(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    news = emulator.channels["news"]
    async with emulator.running(bot):
        await emulator.slash("post", options={"channel": news})
    [posted] = emulator.channel_messages(news)
    assert posted.content == "news"
    assert posted.allowed_mentions == {"parse": []}


async def test_deleted_channel_is_404_10003(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    news = emulator.channels["news"]
    async with emulator.running(bot):
        await emulator.delete_channel(news)
        assert bot.get_channel(news.id) is None
        with pytest.raises(discord.NotFound) as caught:
            await bot.http.send_message(news.id, params=_text_params("hello"))
    assert caught.value.code == 10003


def _text_params(content: str) -> Any:
    from discord.http import handle_message_parameters

    return handle_message_parameters(content=content)


async def test_command_sync_is_recorded_and_its_ids_used(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        synced = await bot.tree.sync()
        guild = discord.Object(emulator.guild.id)
        bot.tree.copy_global_to(guild=guild)
        await bot.tree.sync(guild=guild)
        result = await emulator.slash("quote", speaker="Trump")
    assert [s.guild_id for s in emulator.command_syncs] == [None, emulator.guild.id]
    assert "daily" in {c["name"] for c in emulator.command_syncs[0].commands}
    quote_ids = {c["name"]: c["id"] for c in emulator.command_syncs[1].commands}
    assert result.interaction.data["id"] == quote_ids["quote"]
    assert result.interaction.data["guild_id"] == str(emulator.guild.id)
    assert {c.name for c in synced} >= {"quote", "daily"}


async def test_uploaded_files_are_served_on_loopback(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        result = await emulator.slash("export")
    assert result.message is not None
    [attachment] = result.message.attachments
    assert attachment["filename"] == "article.txt"
    assert attachment["content_type"] == "text/plain"
    assert attachment["url"].startswith("http://127.0.0.1:")
    async with aiohttp.ClientSession() as session, session.get(attachment["url"]) as response:
        assert await response.read() == b"article text"


async def test_unknown_routes_are_404_and_recorded(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        with pytest.raises(discord.NotFound):
            await bot.http.request(Route("GET", "/stage-instances/{id}", id=1))
    assert emulator.unknown_routes == ["GET /api/v10/stage-instances/1"]


async def test_missing_required_option_is_a_test_error(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        with pytest.raises(TypeError, match="missing required options: speaker"):
            await emulator.slash("quote")


async def test_slash_command_in_a_dm(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        result = await emulator.slash("where", channel=emulator.dm_channel(emulator.member))
    assert result.content == f"dm private {emulator.member.id}"
    assert "guild_id" not in result.interaction.data


async def test_channel_messages_can_be_edited_fetched_and_listed(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        result = await emulator.slash("revise")
    assert result.content == "final ['final']"
    [posted] = emulator.channel_messages(emulator.channels["general"])[:1]
    assert posted.content == "final" and posted.edited_timestamp is not None


async def test_modal_submit(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        opened = await emulator.slash("feedback")
        assert opened.type == 9
        answered = await emulator.submit(opened, {"fb:text": "useful"})
    assert answered.content == "thanks: useful"
    assert answered.ephemeral


async def test_guild_messages_need_the_message_content_intent(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    general = emulator.channels["general"]
    async with emulator.running(bot):
        await emulator.post(general, "!ping")
    assert [m.content for m in emulator.channel_messages(general)] == ["!ping"]

    intents = discord.Intents.default() | discord.Intents(message_content=True)
    bot = make_bot(intents)
    await bot.add_cog(Sample())
    async with emulator.running(bot):
        await emulator.post(general, "!ping")
    assert [m.content for m in emulator.channel_messages(general)][-1] == "pong"


async def test_a_plain_client_with_a_command_tree(emulator: Emulator) -> None:
    client = discord.Client(intents=discord.Intents.default(), guild_ready_timeout=0.05)
    tree = app_commands.CommandTree(client)

    @tree.command(description="Answer hello.")
    async def hello(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("hello")

    async with emulator.running(client):
        result = await emulator.slash("hello")
    assert result.content == "hello"


async def test_a_command_waiting_on_a_view_is_driven_without_settling(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        asked = await emulator.slash("confirm", settle=False)
        assert asked.content == "sure?" and asked.message is not None
        clicked = await emulator.click(asked.message, "confirm:yes")
        assert clicked.type == 6
        await emulator.idle()
    assert [m.content for m in asked.followups] == ["confirmed"]


async def test_a_rate_limited_send_is_retried(emulator: Emulator) -> None:
    bot, cog = await sample_bot()
    news = emulator.channels["news"]
    limit = emulator.rate_limit("POST", f"/channels/{news.id}/messages")
    async with emulator.running(bot):
        result = await emulator.slash("post", options={"channel": news})
    assert limit.served == 1
    assert cog.codes == []
    assert result.content == "posted"
    assert [m.content for m in emulator.channel_messages(news)] == ["news"]


async def test_replies_and_reactions_in_a_dm(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        [reply] = await emulator.dm(emulator.member, "hello")
    [hello] = emulator.channel_messages(emulator.dm_channel(emulator.member))[:1]
    assert hello.reactions == ["\N{WAVING HAND SIGN}"]
    assert reply.content == "hi" and reply.reference_id == hello.id
    assert reply.allowed_mentions is not None
    assert reply.allowed_mentions["replied_user"] is False


async def test_the_bot_opens_a_dm_to_message_a_user(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        result = await emulator.slash("remind", user=emulator.owner)
    assert result.content == "sent" and result.ephemeral
    dm = emulator.channel_messages(emulator.dm_channel(emulator.owner))
    assert [m.content for m in dm] == ["your reminder"]
    assert ("POST", "/users/@me/channels") in emulator.server.requests


async def test_one_aged_token_expires_alone(emulator: Emulator) -> None:
    bot, cog = await sample_bot()
    cog.hook = lambda: emulator.age_token(emulator.interactions[-1], 15 * 60 + 1)
    async with emulator.running(bot):
        aged = await emulator.slash("followup")
        cog.hook = lambda: None
        fresh = await emulator.slash("followup")
    assert cog.codes == [50027]
    assert aged.followups == [] and aged.errors[0]["code"] == 50027
    assert [m.content for m in fresh.followups] == ["second"]


async def test_command_visibility_follows_contexts_and_default_permissions(
    emulator: Emulator,
) -> None:
    bot, _ = await sample_bot()
    dm = emulator.dm_channel(emulator.manager)
    async with emulator.running(bot):
        assert emulator.can_use("quote", emulator.member)
        assert emulator.can_use("quote", emulator.member, dm)
        assert emulator.can_use("daily set", emulator.manager)
        assert emulator.can_use("daily set", emulator.owner)
        assert not emulator.can_use("daily set", emulator.member)
        assert not emulator.can_use("daily set", emulator.manager, dm)


async def test_mentions_follow_allowed_mentions(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    text = f"@everyone <@{emulator.member.id}> said it"
    async with emulator.running(bot):
        quiet = await emulator.slash("echo", text=text, quiet=True)
        loud = await emulator.slash("echo", text=text, quiet=False)
    assert quiet.message is not None and loud.message is not None
    quiet_json, loud_json = emulator.payload(quiet.message), emulator.payload(loud.message)
    assert quiet_json["mention_everyone"] is False and quiet_json["mentions"] == []
    assert loud_json["mention_everyone"] is True
    assert [u["id"] for u in loud_json["mentions"]] == [str(emulator.member.id)]


async def test_a_mention_gives_content_without_the_intent(emulator: Emulator) -> None:
    bot = commands.Bot(
        command_prefix=commands.when_mentioned,
        intents=discord.Intents.default(),
        guild_ready_timeout=0.05,
    )
    await bot.add_cog(Sample())
    general = emulator.channels["general"]
    async with emulator.running(bot):
        await emulator.post(general, f"<@{emulator.bot.id}> ping")
    assert [m.content for m in emulator.channel_messages(general)][-1] == "pong"


async def test_a_dropped_connection_resumes_and_replays_missed_events(emulator: Emulator) -> None:
    bot, cog = await sample_bot()
    async with emulator.running(bot):
        await emulator.drop_connection(4000)
        assert cog.connections == ["ready", "resumed"]
        await emulator.request_reconnect()
        assert cog.connections == ["ready", "resumed", "resumed"]
        await emulator.server.gateway.drop(4000)  # returns before the client is back
        replies = await emulator.dm(emulator.member, "quotes kim")
        assert [m.content for m in replies] == ["quotes for kim"]
        result = await emulator.slash("quote", speaker="Kim")
    assert result.content == "Kim said something"
    assert cog.connections == ["ready", "resumed", "resumed", "resumed"]


class QuickBot(commands.Bot):
    """A bot that skips discord.py's 5 s pause before re-identifying."""

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None


async def test_an_invalidated_session_identifies_again(emulator: Emulator) -> None:
    bot = QuickBot(command_prefix="!", intents=discord.Intents.default(), guild_ready_timeout=0.05)
    cog = Sample()
    await bot.add_cog(cog)
    async with emulator.running(bot):
        await emulator.invalidate_session()
        assert cog.connections == ["ready", "ready"]
        result = await emulator.slash("quote", speaker="Kim")
    assert result.type == 4


async def test_the_first_follow_up_after_deferring_resolves_the_thinking_message(
    emulator: Emulator,
) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        result = await emulator.slash("think")
    assert result.type == 5
    # As on Discord: it edits the deferred message, which stays public.
    assert result.content == "meant to be private" and not result.ephemeral
    assert [(m.content, m.ephemeral) for m in result.followups] == [("really private", True)]


async def test_typed_options_and_resolved_members_and_roles(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    managers = emulator.guild.roles[1]
    async with emulator.running(bot):
        result = await emulator.slash(
            "typed", who=emulator.manager, role=managers, count="3", ratio=0.5, flag=True
        )
    assert result.content == f"{emulator.manager.id} True Managers 3 0.5 True"
    resolved = result.interaction.data["resolved"]
    assert set(resolved) == {"users", "members", "roles"}


async def test_a_sub_command_in_a_nested_group(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        result = await emulator.slash("admin feeds add", url="https://example.org/rss")
        with pytest.raises(TypeError, match="needs a sub-command"):
            await emulator.slash("admin feeds")
        with pytest.raises(TypeError, match="has no option 'nope'"):
            await emulator.slash("admin feeds add", url="u", nope=1)
    assert result.content == "added https://example.org/rss"
    [group] = result.interaction.data["options"]
    assert (group["type"], group["name"]) == (2, "feeds")
    assert (group["options"][0]["type"], group["options"][0]["name"]) == (1, "add")


async def test_closed_dms_are_403_50007(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    emulator.close_dms(emulator.owner)
    async with emulator.running(bot):
        owner = await bot.fetch_user(emulator.owner.id)
        with pytest.raises(discord.Forbidden) as caught:
            await owner.send("hello")
    assert caught.value.code == 50007


async def test_a_removed_bot_loses_the_guild(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    news = emulator.channels["news"]
    async with emulator.running(bot):
        await emulator.remove_bot_from_guild()
        assert bot.get_guild(emulator.guild.id) is None
        with pytest.raises(discord.Forbidden) as caught:
            await bot.http.send_message(news.id, params=_text_params("hello"))
    assert caught.value.code == 50001
