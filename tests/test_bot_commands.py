"""Slash commands end to end: the real NewsBot and discord.py against the emulator."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

import pytest

from tests.bot_fixtures import (
    BotSession,
    answered_cleanly,
    button_disabled,
    button_id,
    embed_text,
)
from tests.emulator import Emulator

EVERYONE_ARTICLE = b"""date 2018-06-01

Town hall ping test

The organiser wrote @everyone and @here in the notice and tagged <@123> and <@&456>.

A second paragraph says the meeting about the bridge is on Friday.
"""

COMMANDS: list[tuple[str, dict[str, object]]] = [
    ("briefing", {}),
    ("briefing", {"date": "2018-05-31", "about": "summit"}),
    ("briefing", {"article": 1}),
    ("quote", {"speaker": "Pompeo"}),
    ("quote", {"about": "tragedy"}),
    ("timeline", {"person": "Trump", "from": "2018-05-01", "to": "June 2018"}),
    ("search", {"query": "summit"}),
    ("article", {"id": 1}),
    ("who", {"name": "Kim Yong Chol"}),
    ("help", {}),
]


async def test_every_command_answers_in_a_guild_and_in_a_dm(
    bot_session: BotSession, emulator: Emulator
) -> None:
    # One bot for all (a start-up costs more than the commands); the loop names the case.
    for name, options in COMMANDS:
        for channel in (emulator.channels["general"], emulator.dm_channel(emulator.member)):
            result = await emulator.slash(name, channel=channel, options=options)
            where = f"/{name} {options} in {channel.name or 'DM'}"
            answered_cleanly(result)
            assert result.type == 4, where
            assert result.embeds, (where, result.content)
            assert embed_text(result.embeds[0]).strip(), where


async def test_answers_say_what_the_seed_article_says(
    bot_session: BotSession, emulator: Emulator
) -> None:
    quote = await emulator.slash("quote", speaker="Pompeo")
    assert "Mike Pompeo" in embed_text(quote.embeds[0])
    assert "tragedy" in embed_text(quote.embeds[0])
    who = await emulator.slash("who", name="Kim Yong Chol")
    assert "North Korea" in embed_text(who.embeds[0])
    timeline = await emulator.slash("timeline")
    assert "24 May 2018" in embed_text(timeline.embeds[0])
    help_answer = await emulator.slash("help")
    assert help_answer.ephemeral
    assert "/quote" in embed_text(help_answer.embeds[0])


async def test_domain_errors_are_short_ephemeral_replies(
    bot_session: BotSession, emulator: Emulator
) -> None:
    missing = await emulator.slash("article", id=999)
    answered_cleanly(missing)
    assert missing.ephemeral
    assert missing.content == "there is no article #999; /search finds ids"
    bad_date = await emulator.slash("briefing", date="the day after never")
    assert bad_date.ephemeral and "could not read" in bad_date.content


async def test_an_unexpected_error_is_logged_and_apologised_for(
    bot_session: BotSession, emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    await bot_session.bot.storage.close()  # every query now fails: a bug, not a domain error
    with caplog.at_level(logging.ERROR, logger="bot.replies"):
        result = await emulator.slash("search", query="summit")
    assert result.ephemeral
    assert result.content.startswith("Sorry, something went wrong")
    assert any(r.exc_info for r in caplog.records), "the traceback was not logged"


async def test_a_slow_answer_defers_then_fills_in_the_response(
    bot_session: BotSession, emulator: Emulator
) -> None:
    bot_session.bot.defer_after = 0.0  # everything counts as slow
    result = await emulator.slash("quote", speaker="Pompeo")
    answered_cleanly(result)
    assert result.type == 5
    assert result.message is not None and result.message.flags & 128 == 0  # no longer loading
    assert "Mike Pompeo" in embed_text(result.embeds[0])


async def test_an_error_after_deferring_comes_as_an_ephemeral_follow_up(
    bot_session: BotSession, emulator: Emulator
) -> None:
    bot_session.bot.defer_after = 0.0
    result = await emulator.slash("article", id=4242)
    assert result.type == 5 and result.errors == []
    # Discord would turn a follow-up into the public "thinking…" message: the bot
    # removes that message and tells the asker privately.
    assert result.message is not None and result.message.deleted
    assert [m.content for m in result.followups] == ["there is no article #4242; /search finds ids"]
    assert result.followups[0].ephemeral
    assert emulator.channel_messages(emulator.channels["general"]) == []


async def test_an_error_after_the_token_expired_is_told_in_the_channel(
    bot_session: BotSession, emulator: Emulator
) -> None:
    bot_session.bot.defer_after = 0.0
    result = await emulator.slash("article", id=4242, settle=False)  # returns at the defer
    emulator.age_token(result, 16 * 60)  # the bot's follow-up finds the token expired
    await emulator.idle()
    assert any(e.get("code") == 50027 for e in result.errors), result.errors
    said = emulator.channel_messages(emulator.channels["general"])[-1]
    assert said.content == f"<@{emulator.member.id}> there is no article #4242; /search finds ids"
    assert said.allowed_mentions == {"parse": []}


async def test_autocomplete_offers_speakers_and_people(
    bot_session: BotSession, emulator: Emulator
) -> None:
    speakers = await emulator.autocomplete("quote", "speaker", "Pom")
    assert "Mike Pompeo" in [c["value"] for c in speakers]
    people = await emulator.autocomplete("who", "name", "kim")
    names = [c["value"] for c in people]
    assert "Kim Yong Chol" in names and len(names) <= 25
    in_dm = await emulator.autocomplete(
        "timeline", "person", "tru", channel=emulator.dm_channel(emulator.member)
    )
    assert any("Trump" in c["value"] for c in in_dm)


async def _many_pages(session: BotSession) -> None:
    for number in range(12):
        body = (
            f"date 2018-06-{number + 1:02d}\n\nSummit report {number}\n\n"
            f"Envoy Number{number} Smith said the summit talks on day {number} were useful "
            f'and "constructive", officials said.\n'
        ).encode()
        result = await session.bot.service.ingest(body, f"extra-{number}.txt")
        assert result.status == "added", result


async def test_pages_turn_for_the_asker_only(bot_session: BotSession, emulator: Emulator) -> None:
    await _many_pages(bot_session)
    asker, other = emulator.member, emulator.add_user("someone-else")
    result = await emulator.slash("search", query="summit", user=asker)
    answered_cleanly(result)
    message = result.message
    assert message is not None
    first = embed_text(result.embeds[0])
    assert "page 1/" in first
    assert button_disabled(message, "Previous") and not button_disabled(message, "Next")

    refused = await emulator.click(message, button_id(message, "Next"), user=other)
    assert refused.ephemeral and "only member can turn these pages" in refused.content.lower()
    assert embed_text(message.embeds[0]) == first

    turned = await emulator.click(message, button_id(message, "Next"), user=asker)
    assert turned.type == 7 and turned.errors == []
    assert "page 2/" in embed_text(message.embeds[0])
    assert not button_disabled(message, "Previous")
    back = await emulator.click(message, button_id(message, "Previous"), user=asker)
    assert back.errors == [] and "page 1/" in embed_text(message.embeds[0])


async def test_page_buttons_disable_themselves_after_the_timeout(
    bot_session: BotSession, emulator: Emulator
) -> None:
    await _many_pages(bot_session)
    bot_session.bot.page_timeout = 0.05  # discord.py's View timer runs on the real clock
    result = await emulator.slash("search", query="summit")
    message = result.message
    assert message is not None and not button_disabled(message, "Next")
    for _ in range(200):  # the view's own timer: poll its effect, at most ~2 s
        if button_disabled(message, "Next"):
            break
        await asyncio.sleep(0.01)
    assert button_disabled(message, "Next") and button_disabled(message, "Previous")
    assert message.edited_timestamp is not None


async def test_article_text_pings_nobody(bot_session: BotSession, emulator: Emulator) -> None:
    added = await bot_session.bot.service.ingest(EVERYONE_ARTICLE, "ping.txt")
    assert added.status == "added"
    asks: list[tuple[str, dict[str, object]]] = [
        ("article", {"id": added.article_id}),
        ("search", {"query": "organiser"}),
        ("briefing", {"article": added.article_id}),
    ]
    for name, options in asks:
        result = await emulator.slash(name, options=options)
        answered_cleanly(result)
        text = embed_text(result.embeds[0])
        assert "@everyone" not in text and "@here" not in text
        assert "<@123>" not in text and "<@&456>" not in text
        assert result.message is not None
        assert result.message.allowed_mentions == {"parse": []}


async def test_a_long_article_pages_within_discords_limits(
    bot_session: BotSession, emulator: Emulator
) -> None:
    paragraphs = [
        f"Paragraph {n}: the committee said the harbour plan would cost more than expected, "
        "and the mayor said the city would look again at every line of the budget. " * 6
        for n in range(24)
    ]
    body = "date 2018-06-03\n\nHarbour plan review\n\n" + "\n\n".join(paragraphs) + "\n"
    added = await bot_session.bot.service.ingest(body.encode(), "long.txt")
    result = await emulator.slash("article", id=added.article_id)
    answered_cleanly(result)
    message = result.message
    assert message is not None
    pages = int(embed_text(result.embeds[0]).rsplit("page 1/", 1)[1].split()[0])
    assert pages >= 5
    seen = {embed_text(message.embeds[0])}
    for _ in range(pages - 1):
        turned = await emulator.click(message, button_id(message, "Next"), user=emulator.member)
        assert turned.errors == [], turned.errors  # the emulator enforces every embed limit
        seen.add(embed_text(message.embeds[0]))
    assert len(seen) == pages
    assert button_disabled(message, "Next")
    assert any("Paragraph 23" in text for text in seen)  # nothing was dropped


async def test_nothing_is_synced_at_start_up(bot_session: BotSession, emulator: Emulator) -> None:
    assert emulator.command_syncs == []
    assert bot_session.bot.clock() == dt.datetime(2024, 3, 30, 6, 0, tzinfo=dt.UTC)
