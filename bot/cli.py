"""The `newsbot` command: run (default), ingest, parse, ask, console, sync.

Exit codes: 0 success, 1 some input was rejected or a command failed,
2 wrong usage or configuration.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.config import Config, load_config
from bot.errors import ConfigError, InputError, NewsbotError
from bot.ingest import collect_files, ingest_paths, parse_bytes, read_limited, summary_line
from bot.news.contract import article_to_json
from bot.news.model import spoken_words
from bot.render import to_text
from bot.service import NewsService
from bot.storage import Storage
from bot.textfmt import counted

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    parser = argparse.ArgumentParser(
        prog="newsbot", description="A Discord bot for news briefings (and its local tools)."
    )
    db_help = "SQLite database (default: $NEWSBOT_DB or data/newsbot.sqlite3)"
    parser.add_argument("--db", help=db_help)
    parser.add_argument("-v", "--verbose", action="store_true", help="log at DEBUG level")
    # The same options after the sub-command ("newsbot ask --db x.sqlite3 ..."); left
    # unset there unless given, so that they do not undo the ones given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    common.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log at DEBUG level"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, parents=[common])

    run = command("run", "start the Discord bot, or the console without a token")
    run.add_argument("--discord", action="store_true", help="require Discord (no console fallback)")

    ingest = command("ingest", "store article files or folders (recursive)")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument("--quiet", action="store_true", help="print only the summary line")

    parse = command("parse", "print what newsbot makes of articles (no database)")
    parse.add_argument("files", nargs="+", metavar="FILE")
    parse.add_argument("--json", action="store_true", help="the parse contract, JSON Lines")

    ask = command("ask", 'answer one command, e.g. newsbot ask "/search pompeo"')
    ask.add_argument("line", nargs="+", metavar="COMMAND")

    command("console", "interactive prompt for the same commands")

    sync = command("sync", "publish slash commands to Discord")
    sync.add_argument(
        "--guild",
        type=int,
        help="only to this guild (instant); default: NEWSBOT_DEV_GUILD, else global",
    )
    return parser


def configure_logging(level: str) -> None:
    """Configure logging once, for the whole process."""
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s", stream=sys.stderr
    )
    logging.getLogger("discord.http").setLevel(logging.WARNING)


async def _ingest(config: Config, paths: list[str], quiet: bool, out: TextIO) -> int:
    storage = await Storage.open(config.database)
    try:
        results = await ingest_paths(
            storage,
            paths,
            clock=lambda: dt.datetime.now(dt.UTC),
            on_result=None if quiet else lambda r: print(r.line(), file=out, flush=True),
        )
    finally:
        await storage.close()
    print(summary_line(results), file=out)
    return 1 if any(r.status == "rejected" for r in results) else 0


def _parse(files: list[str], as_json: bool, out: TextIO) -> int:
    paths, problems = collect_files(files)
    failed = bool(problems)
    for problem in problems:
        print(problem.line(), file=sys.stderr)
    for path in paths:
        try:
            article = parse_bytes(read_limited(path), str(path))
        except InputError as exc:
            print(f"rejected   {path}: {exc.message}", file=sys.stderr)
            failed = True
            continue
        if as_json:
            print(json.dumps(article_to_json(article), ensure_ascii=False), file=out)
            continue
        print(f"{path}\n  title: {article.title}\n  published: {article.published}", file=out)
        print(
            f"  {counted(len(article.captions), 'caption')}, "
            f"{counted(len(article.paragraphs), 'paragraph')}, "
            f"{counted(len(article.people), 'person', 'people')}, "
            f"{counted(len(article.quotes), 'quote')}, {counted(len(article.events), 'event')}",
            file=out,
        )
        for person in article.people:
            print(
                f"  person: {person.name}" + (f" ({person.title})" if person.title else ""),
                file=out,
            )
        for quote in article.quotes:
            print(
                f"  quote [{quote.kind}] {quote.speaker or '?'}: “{spoken_words(quote.text)}”",
                file=out,
            )
        for event in article.events:
            print(f"  event {event.date} {event.expression!r}: {event.text}", file=out)
    return 1 if failed else 0


async def _ask(config: Config, line: str, out: TextIO) -> int:
    storage = await Storage.open(config.database)
    try:
        answer = await NewsService(storage).run_line(line)
    except NewsbotError as exc:
        print(f"newsbot: {exc.message}", file=sys.stderr)
        return 1
    finally:
        await storage.close()
    out.write(to_text(answer))
    return 0


async def _console(config: Config) -> int:
    from bot.console import run_console

    storage = await Storage.open(config.database)
    try:
        await run_console(NewsService(storage))
    finally:
        await storage.close()
    return 0


async def _discord(config: Config, *, sync_guild: int | None, sync_only: bool) -> int:
    from bot.client import run_bot, sync_commands

    if sync_only:
        return await sync_commands(config, guild_id=sync_guild)
    return await run_bot(config)


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Entry point of `newsbot` and `python -m bot`; returns the exit code."""
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        config = load_config(os.environ, Path(".env"))
    except ConfigError as exc:
        print(f"newsbot: {exc.message}", file=sys.stderr)
        return 2
    if args.db:
        config = Config(**{**config.__dict__, "database": args.db})
    configure_logging("DEBUG" if args.verbose else config.log_level)
    command = args.command or "run"
    try:
        if command == "ingest":
            return asyncio.run(_ingest(config, args.paths, args.quiet, out))
        if command == "parse":
            return _parse(args.files, args.json, out)
        if command == "ask":
            return asyncio.run(_ask(config, " ".join(args.line), out))
        if command == "console":
            return asyncio.run(_console(config))
        if command == "sync" or (command == "run" and (config.token or args.discord)):
            if not config.token:
                print(
                    "newsbot: DISCORD_TOKEN is not set: put it in the environment or in .env "
                    "(see .env.example)",
                    file=sys.stderr,
                )
                return 2
            sync_only = command == "sync"
            guild = args.guild if sync_only else None
            return asyncio.run(_discord(config, sync_guild=guild, sync_only=sync_only))
        print("No DISCORD_TOKEN set: starting the local console instead of Discord.", file=out)
        return asyncio.run(_console(config))
    except NewsbotError as exc:
        print(f"newsbot: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
