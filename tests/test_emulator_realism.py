"""The emulator's realism checks: it fails the bot the way Discord would."""

from __future__ import annotations

from typing import Any

import discord
import pytest
from discord.ext import commands
from discord.http import Route

from tests.emulator import Emulator
from tests.emulator.limits import DiscordError, check_choices, check_message
from tests.emulator_sample_bot import (
    Sample,
    make_bot,
    sample_bot,
    text_params,
)


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


async def test_deleted_channel_is_404_10003(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    news = emulator.channels["news"]
    async with emulator.running(bot):
        await emulator.delete_channel(news)
        assert bot.get_channel(news.id) is None
        with pytest.raises(discord.NotFound) as caught:
            await bot.http.send_message(news.id, params=text_params("hello"))
    assert caught.value.code == 10003


async def test_unknown_routes_are_404_and_recorded(emulator: Emulator) -> None:
    bot, _ = await sample_bot()
    async with emulator.running(bot):
        with pytest.raises(discord.NotFound):
            await bot.http.request(Route("GET", "/stage-instances/{id}", id=1))
    assert emulator.unknown_routes == ["GET /api/v10/stage-instances/1"]


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
            await bot.http.send_message(news.id, params=text_params("hello"))
    assert caught.value.code == 50001
