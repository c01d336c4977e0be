"""Command latency through service + render over large databases, and memory.

Usage: python bench/commands.py [SIZE ...]   (default: 10000 100000)
Builds a database of SIZE articles from the parsed Wikinews corpus (each copy
with its own source, hash and publication day; the first 1,000 share one day),
then times each command's answer (service + render to embeds) 200 times.
Targets: p99 <= 20 ms for /quote, /timeline, /search, /who at 100,000 articles;
/briefing p99 <= 50 ms at 10,000; a whole-day briefing of 1,000 articles <= 200 ms;
resident memory < 200 MB.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path

from corpus import corpus_files, machine

from bot.answer import Answer, simple
from bot.errors import NotFoundError
from bot.ingest import BATCH_SIZE, to_save
from bot.news.model import Article
from bot.news.pipeline import parse_article
from bot.render import to_embeds
from bot.service import NewsService
from bot.storage import Storage

BUSY_DAY = dt.date(2021, 6, 1)
NOW = dt.datetime(2022, 1, 1, tzinfo=dt.UTC)


async def build(path: Path, size: int, parsed: list[Article]) -> float:
    """Store `size` copies of the parsed articles; return the seconds it took."""
    storage = await Storage.open(path)
    start = time.perf_counter()
    try:
        batch = []
        for i in range(size):
            base = parsed[i % len(parsed)]
            day = BUSY_DAY if i < 1000 else dt.date(2020, 1, 1) + dt.timedelta(days=i % 700)
            copy = replace(
                base,
                source=f"bench/{i:06d}-{base.source}",
                published=day,
                paragraphs=(*base.paragraphs[:-1], f"{base.paragraphs[-1]} (rev {i})"),
            )
            batch.append(to_save(copy))
            if len(batch) == BATCH_SIZE or i == size - 1:
                await storage.save_articles(batch, now=NOW)
                batch = []
    finally:
        await storage.close()
    return time.perf_counter() - start


async def latency(call: Callable[[], Awaitable[Answer]], runs: int = 200) -> tuple[float, float]:
    """p50 and p99 in milliseconds of answering and rendering."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        to_embeds(await call())
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.99) - 1]


async def _refusal(answer: Awaitable[Answer]) -> Answer:
    """The refusal of a lookup that finds no one, as the answer the user gets."""
    try:
        return await answer
    except NotFoundError as refused:
        return simple("Who?", str(refused))


async def measure(path: Path, size: int) -> None:
    start = time.perf_counter()
    storage = await Storage.open(path)
    opened = time.perf_counter() - start
    service = NewsService(storage, clock=lambda: NOW)
    try:
        print(f"  open database: {opened * 1000:.1f} ms")
        cases: list[tuple[str, Callable[[], Awaitable[Answer]]]] = [
            ("/quote speaker:Steve Jobs", lambda: service.quotes("Steve Jobs")),
            ("/quote about:aircraft", lambda: service.quotes(about="aircraft")),
            (
                "/quote about:manufacturer (no quote)",
                lambda: service.quotes(about="manufacturer"),
            ),
            ("/timeline about:Boeing", lambda: service.timeline(about="Boeing")),
            ("/timeline person:Steve Jobs", lambda: service.timeline(person="Steve Jobs")),
            (
                "/timeline from:2020-03-01 to:2020-03-07",
                lambda: service.timeline(start="2020-03-01", end="2020-03-07"),
            ),
            ("/search airbus a380", lambda: service.search("airbus a380")),
            ("/who Steve Jobs", lambda: service.who("Steve Jobs")),
            ("/briefing", lambda: service.briefing()),
            ("/briefing article:5", lambda: service.briefing(article=5)),
            (
                f"/briefing date:{BUSY_DAY} (1,000 articles)",
                lambda: service.briefing(date=BUSY_DAY.isoformat()),
            ),
        ]
        for label, call in cases:
            runs = 20 if "1,000" in label else 200
            p50, p99 = await latency(call, runs)
            print(f"  {label:<44} p50 {p50:7.2f} ms   p99 {p99:7.2f} ms")
        # A name no one has: every lookup runs (alias, name start, family name,
        # "did you mean") before the refusal.
        p50, p99 = await latency(lambda: _refusal(service.who("Zzyzx")), 50)
        label = "/who Zzyzx (no one: every lookup, refused)"
        print(f"  {label:<44} p50 {p50:7.2f} ms   p99 {p99:7.2f} ms")
    finally:
        await storage.close()


async def startup(path: Path) -> None:
    """Time a NewsBot from construction to on_ready on this database, over the emulator."""
    from bot.client import NewsBot
    from bot.config import Config
    from tests.emulator import Emulator

    emulator = Emulator()
    await emulator.start()
    try:
        with emulator.patched_discord():
            config = Config(token=emulator.token, database=str(path), articles=None)
            start = time.perf_counter()
            bot = NewsBot(config, guild_ready_timeout=0.05)
            async with emulator.running(bot):
                ready = time.perf_counter() - start
                answer = await emulator.slash("quote", speaker="Steve Jobs")
                assert answer.embeds, answer
    finally:
        await emulator.stop()
    print(f"  bot start-up to ready (emulated Discord, this database): {ready * 1000:.0f} ms")


def main() -> None:
    """Build (or, with --keep DIR, reuse) each database and time the commands over it."""
    args = sys.argv[1:]
    keep = None
    if "--keep" in args:
        at = args.index("--keep")
        keep = Path(args[at + 1])
        del args[at : at + 2]
    sizes = [int(a) for a in args] or [10_000, 100_000]
    print(f"machine: {machine()}")
    parsed = [parse_article(p.read_bytes(), p.name) for p in corpus_files()]
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            path = (keep or Path(folder)) / f"bench-{size}.sqlite3"
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                seconds = asyncio.run(build(path, size, parsed))
                print(f"{size:,} articles: stored in {seconds:.1f} s ({size / seconds:,.0f}/s)")
            print(f"{size:,} articles: database {path.stat().st_size / 1e6:,.0f} MB")
            asyncio.run(measure(path, size))
            asyncio.run(startup(path))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {rss:.0f} MB")


if __name__ == "__main__":
    main()
