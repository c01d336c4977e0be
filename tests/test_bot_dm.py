"""Direct-message lookups end to end: plain words to the bot, answers in the DM."""

from __future__ import annotations

import logging

import pytest

from bot.dm_lookup import parse_lookup
from tests.bot_fixtures import BotSession, button_id, embed_text
from tests.emulator import Emulator, Message


def _only_reply(replies: list[Message]) -> Message:
    assert len(replies) == 1, [r.content for r in replies]
    reply = replies[0]
    assert reply.allowed_mentions == {"parse": []}
    return reply


LOOKUPS = [
    ("quotes pompeo", "Mike Pompeo"),
    ("Who is Kim Yong Chol?", "deputy leader"),
    ("timeline summit", "25 May 2018"),
    ("what did Pompeo say?", "Mike Pompeo"),
    ("quotes about tragedy", "tragedy"),
    ("briefing", "Briefing"),
    ("help", "/quote"),
    ("article 1", "Published 2018-05-31"),
    ("/quote speaker:Pompeo about:tragedy", "tragedy"),
    ("singapore summit", "Search"),
]


async def test_plain_words_get_answers(bot_session: BotSession, emulator: Emulator) -> None:
    for number, (text, expected) in enumerate(LOOKUPS):
        bot_session.clock.advance(seconds=10)  # stay clear of the rate limit
        reply = _only_reply(await emulator.dm(emulator.member, text))
        assert reply.embeds, (text, reply.content)
        assert expected in embed_text(reply.embeds[0]), (number, text)


def test_the_lookup_grammar() -> None:
    assert parse_lookup("quotes by Mike  Pompeo") == ("quote", {"speaker": "Mike Pompeo"})
    assert parse_lookup("quotes") == ("quote", {})
    assert parse_lookup("quotes about the summit") == ("quote", {"about": "the summit"})
    assert parse_lookup("What did Pompeo say?") == ("quote", {"speaker": "Pompeo"})
    assert parse_lookup("who's kim") == ("who", {"name": "kim"})
    assert parse_lookup("timeline of the summit") == ("timeline", {"about": "the summit"})
    assert parse_lookup("briefing about trade") == ("briefing", {"about": "trade"})
    assert parse_lookup("#12") == ("article", {"id": "12"})
    assert parse_lookup("HELP") == ("help", {})
    assert parse_lookup("<@1234> help") == ("help", {})
    assert parse_lookup("whoever wins") == ("search", {"query": "whoever wins"})


async def test_a_domain_error_is_a_plain_reply(bot_session: BotSession, emulator: Emulator) -> None:
    reply = _only_reply(await emulator.dm(emulator.member, "article 999"))
    assert reply.content == "there is no article #999; /search finds ids"


async def test_bots_itself_and_guild_channels_are_ignored(
    bot_session: BotSession, emulator: Emulator
) -> None:
    other_bot = emulator.add_user("otherbot")
    other_bot.bot = True
    assert await emulator.dm(other_bot, "quotes pompeo") == []
    await emulator.post(emulator.channels["general"], "quotes pompeo")
    assert [m for m in emulator.channel_messages(emulator.channels["general"])
            if m.author == emulator.bot] == []  # fmt: skip
    # The bot's own reply reaches it as a DM message too; answering it would loop.
    _only_reply(await emulator.dm(emulator.member, "help"))
    dm = emulator.dm_channel(emulator.member)
    assert [m.author for m in emulator.channel_messages(dm)] == [emulator.member, emulator.bot]


async def test_overlong_messages_get_a_short_refusal(
    bot_session: BotSession, emulator: Emulator
) -> None:
    reply = _only_reply(await emulator.dm(emulator.member, "summit " * 100))
    assert "too long" in reply.content and not reply.embeds


async def test_the_rate_limit_notices_once_then_recovers(
    bot_session: BotSession, emulator: Emulator
) -> None:
    user = emulator.member
    for _ in range(5):
        assert _only_reply(await emulator.dm(user, "quotes pompeo")).embeds
    notice = _only_reply(await emulator.dm(user, "quotes pompeo"))
    assert "at most 5 lookups every 10 seconds" in notice.content
    assert await emulator.dm(user, "quotes pompeo") == []  # told once; now quiet
    # Another user is not limited by the first one's lookups.
    assert _only_reply(await emulator.dm(emulator.owner, "help")).embeds
    bot_session.clock.advance(seconds=10.5)
    assert _only_reply(await emulator.dm(user, "quotes pompeo")).embeds


async def test_long_answers_page_in_the_dm_for_the_asker(
    bot_session: BotSession, emulator: Emulator
) -> None:
    for number in range(12):
        body = f"date 2018-06-{number + 1:02d}\n\nTalks {number}\n\nThe summit talks went on.\n"
        await bot_session.bot.service.ingest(body.encode(), f"talks-{number}.txt")
    reply = _only_reply(await emulator.dm(emulator.member, "summit"))
    assert "page 1/" in embed_text(reply.embeds[0])
    turned = await emulator.click(reply, button_id(reply, "Next"), user=emulator.member)
    assert turned.errors == [] and "page 2/" in embed_text(reply.embeds[0])


async def test_lookups_go_on_after_the_gateway_reconnects(
    bot_session: BotSession, emulator: Emulator
) -> None:
    await emulator.drop_connection()
    assert _only_reply(await emulator.dm(emulator.member, "quotes pompeo")).embeds
    await emulator.request_reconnect()
    assert _only_reply(await emulator.dm(emulator.member, "who is pompeo")).embeds


async def test_mentioning_the_bot_first_is_just_a_lookup(
    bot_session: BotSession, emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        reply = _only_reply(await emulator.dm(emulator.member, f"<@{emulator.bot.id}> help"))
    assert "/quote" in embed_text(reply.embeds[0])
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


async def test_a_user_who_closed_their_dms_is_skipped_quietly(
    bot_session: BotSession, emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.close_dms(emulator.member)
    with caplog.at_level(logging.INFO):
        assert await emulator.dm(emulator.member, "quotes pompeo") == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert any("could not answer a DM" in r.getMessage() for r in caplog.records)
    assert _only_reply(await emulator.dm(emulator.owner, "help")).embeds  # others still fine
