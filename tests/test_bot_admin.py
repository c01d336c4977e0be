"""/news add, /sync, and the `newsbot run` / `newsbot sync` entry points, through the emulator."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from dataclasses import replace
from pathlib import Path

import pytest

from bot.client import run_bot, sync_commands
from bot.config import Config
from bot.news.reader import MAX_ARTICLE_BYTES
from tests.bot_fixtures import SEED_ARTICLE, BotSession, answered_cleanly, embed_text
from tests.emulator import Channel, Emulator, User

GOOD = b"""date 2018-06-02

Harbour bridge reopens

Mayor Ana Lopez said the bridge "is safe again" after two weeks of repairs.

Engineers finished the work on Friday, a day earlier than planned.
"""


async def add(
    emulator: Emulator,
    filename: str,
    data: bytes,
    *,
    user: User | None = None,
    channel: Channel | None = None,
) -> str:
    attachment = emulator.attachment(filename, data)
    result = await emulator.slash(
        "news add", attachment=attachment, user=user or emulator.manager, channel=channel
    )
    answered_cleanly(result)
    assert result.ephemeral
    return result.content


async def test_good_duplicate_and_bad_files(bot_session: BotSession, emulator: Emulator) -> None:
    assert await add(emulator, "bridge.txt", GOOD) == (
        "Added `bridge.txt` as article #2: `/briefing article:2`"
    )
    shown = await emulator.slash("article", id=2)
    assert "Harbour bridge reopens" in embed_text(shown.embeds[0])
    assert await add(emulator, "bridge-copy.txt", GOOD) == (
        "Not added: `bridge-copy.txt` is a duplicate of article #2."
    )
    assert await add(emulator, "bridge.txt", GOOD) == (
        "`bridge.txt` is already stored, unchanged, as article #2."
    )
    rejected = await add(emulator, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    assert rejected.startswith("Rejected `photo.txt`: ")
    assert len(rejected) > len("Rejected `photo.txt`: ") + 10  # says why
    assert await bot_session.bot.storage.article_count() == 2


async def test_the_size_is_checked_before_downloading(
    bot_session: BotSession, emulator: Emulator
) -> None:
    attachment = emulator.attachment("huge.txt", GOOD)
    attachment["size"] = MAX_ARTICLE_BYTES + 1  # the download itself would be fine
    result = await emulator.slash("news add", attachment=attachment, user=emulator.manager)
    assert result.type == 4 and result.ephemeral
    assert result.content.startswith("Rejected `huge.txt`: it is 2,000,001 bytes")
    assert await bot_session.bot.storage.article_count() == 1


async def test_who_may_add_articles(bot_session: BotSession, emulator: Emulator) -> None:
    refused = await emulator.slash(
        "news add", attachment=emulator.attachment("a.txt", GOOD), user=emulator.member
    )
    assert refused.ephemeral and "Manage Server" in refused.content
    dm_refused = await emulator.slash(
        "news add",
        attachment=emulator.attachment("a.txt", GOOD),
        user=emulator.manager,
        channel=emulator.dm_channel(emulator.manager),
    )
    assert dm_refused.ephemeral and "only the bot's owner" in dm_refused.content
    owner_dm = emulator.dm_channel(emulator.owner)
    added = await add(emulator, "a.txt", GOOD, user=emulator.owner, channel=owner_dm)
    assert added.startswith("Added `a.txt` as article #2")


async def test_sync_is_for_the_owner(bot_session: BotSession, emulator: Emulator) -> None:
    refused = await emulator.slash("sync", user=emulator.manager)
    assert refused.ephemeral and refused.content == "Only the bot's owner can sync the commands."
    assert emulator.command_syncs == []
    synced = await emulator.slash("sync", user=emulator.owner)
    answered_cleanly(synced)
    assert synced.ephemeral and synced.content.startswith("Synced 10 commands globally: /article")
    assert [s.guild_id for s in emulator.command_syncs] == [None]
    names = sorted(c["name"] for c in emulator.command_syncs[0].commands)
    expected = "article briefing daily help news quote search sync timeline who".split()
    assert names == expected
    here = await emulator.slash("sync", user=emulator.owner, scope="here")
    assert here.content.startswith(f"Synced 10 commands to guild {emulator.guild.id}")
    assert emulator.command_syncs[-1].guild_id == emulator.guild.id


async def test_sync_in_a_dm_and_extra_owners(bot_session: BotSession, emulator: Emulator) -> None:
    owner_dm = emulator.dm_channel(emulator.owner)
    synced = await emulator.slash("sync", user=emulator.owner, channel=owner_dm)
    assert synced.content.startswith("Synced 10 commands globally")
    here = await emulator.slash("sync", user=emulator.owner, channel=owner_dm, scope="here")
    assert here.ephemeral and "works in a server" in here.content
    # NEWSBOT_OWNER_IDS adds owners; the application's owner stays one.
    await bot_session.stop()
    bot_session.config = replace(bot_session.config, owner_ids=frozenset({emulator.member.id}))
    await bot_session.start()
    member_sync = await emulator.slash("sync", user=emulator.member)
    assert member_sync.content.startswith("Synced 10 commands globally")
    owner_sync = await emulator.slash("sync", user=emulator.owner)
    assert owner_sync.content.startswith("Synced 10 commands globally")
    refused = await emulator.slash("sync", user=emulator.manager)
    assert refused.content == "Only the bot's owner can sync the commands."
    assert len(emulator.command_syncs) == 3


def _config(emulator: Emulator, tmp_path: Path, token: str) -> Config:
    return Config(token=token, database=str(tmp_path / "cli.sqlite3"), articles=str(SEED_ARTICLE))


async def test_newsbot_sync_publishes_and_exits(
    emulator: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(emulator, tmp_path, emulator.token)
    assert await sync_commands(config, guild_id=emulator.guild.id) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Synced 10 commands to guild {emulator.guild.id}: /article, /briefing")
    assert [s.guild_id for s in emulator.command_syncs] == [emulator.guild.id]
    assert await sync_commands(config) == 0
    assert [s.guild_id for s in emulator.command_syncs] == [emulator.guild.id, None]
    dev = replace(config, dev_guild=emulator.guild.id)  # NEWSBOT_DEV_GUILD is the default
    assert await sync_commands(dev) == 0
    assert emulator.command_syncs[-1].guild_id == emulator.guild.id


async def test_newsbot_run_serves_until_stopped(emulator: Emulator, tmp_path: Path) -> None:
    running = asyncio.create_task(run_bot(_config(emulator, tmp_path, emulator.token)))
    try:
        await emulator.server.gateway.wait_for_handshake(0)  # logged in and identified
        replies = await emulator.dm(emulator.member, "quotes pompeo")
        assert len(replies) == 1 and "Mike Pompeo" in embed_text(replies[0].embeds[0])
        assert emulator.command_syncs == []  # nothing synced at start-up
    finally:
        running.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await running


async def test_newsbot_run_closes_cleanly_on_sigterm(emulator: Emulator, tmp_path: Path) -> None:
    running = asyncio.create_task(run_bot(_config(emulator, tmp_path, emulator.token)))
    await emulator.server.gateway.wait_for_handshake(0)
    os.kill(os.getpid(), signal.SIGTERM)  # handled by run_bot's loop handler, not fatal
    assert await asyncio.wait_for(running, 10) == 0
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # handler removed again


async def test_a_refused_token_is_one_clear_line(
    emulator: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(emulator, tmp_path, "not-the-token")
    assert await run_bot(config) == 2
    assert await sync_commands(config) == 2
    err = capsys.readouterr().err
    assert err.count("Discord refused the token") == 2
    assert "Traceback" not in err


async def test_who_discord_offers_each_command_to(
    bot_session: BotSession, emulator: Emulator
) -> None:
    member_dm = emulator.dm_channel(emulator.member)
    for name in ("briefing", "quote", "timeline", "search", "article", "who", "help"):
        assert emulator.can_use(name, emulator.member), name
        assert emulator.can_use(name, emulator.member, member_dm), name
    assert emulator.can_use("daily", emulator.manager)
    assert not emulator.can_use("daily", emulator.member)
    assert not emulator.can_use("daily", emulator.manager, emulator.dm_channel(emulator.manager))
    assert emulator.can_use("news", emulator.manager)
    assert not emulator.can_use("news", emulator.member)
    assert emulator.can_use("news", emulator.owner, emulator.dm_channel(emulator.owner))
    assert emulator.can_use("sync", emulator.owner)
    assert not emulator.can_use("sync", emulator.manager)


async def test_an_expired_attachment_link_is_explained(
    bot_session: BotSession, emulator: Emulator
) -> None:
    attachment = emulator.attachment("gone.txt", GOOD)
    emulator.revoke_attachment(attachment)
    result = await emulator.slash("news add", attachment=attachment, user=emulator.manager)
    answered_cleanly(result)
    assert result.ephemeral and result.content == ("Could not download that attachment; try again.")
    assert await bot_session.bot.storage.article_count() == 1
