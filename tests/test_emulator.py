"""The Discord emulator, driven by the unmodified discord.py client: login, gateway, round trips."""

from __future__ import annotations

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.emulator import Emulator
from tests.emulator_sample_bot import (
    Sample,
    make_bot,
    sample_bot,
)


async def test_login_and_slash_round_trip(emulator: Emulator) -> None:
    # How fast this is: bench/commands.py measures start-up to ready.
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        result = await emulator.slash("quote", speaker="Pompeo")
    assert result.type == 4
    assert result.content == "Pompeo said something"
    assert result.message is not None
    assert result.message.allowed_mentions == {"parse": []}


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


async def test_channel_send_records_allowed_mentions(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    news = emulator.channels["news"]
    async with emulator.running(bot):
        await emulator.slash("post", options={"channel": news})
    [posted] = emulator.channel_messages(news)
    assert posted.content == "news"
    assert posted.allowed_mentions == {"parse": []}


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
