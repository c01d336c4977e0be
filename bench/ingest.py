"""Ingest throughput: parse-only and parse+store, articles/s and MB/s.

Usage: python bench/ingest.py [COUNT]   (default 10,000 articles made from the
120 Wikinews development articles, each changed a little so dedupe does not
skip it). Target on a 2-core machine: parse+store >= 1,000 articles/s.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from corpus import machine, variants

from bot.ingest import BATCH_SIZE, to_save
from bot.news.model import Article
from bot.news.pipeline import enrich
from bot.news.reader import read_article
from bot.storage import Storage

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def rate(label: str, count: int, size: int, seconds: float) -> None:
    """Print one throughput line."""
    print(
        f"{label:<30} {count / seconds:10,.0f} articles/s {size / seconds / 1e6:8.2f} MB/s"
        f"   ({count:,} articles, {size / 1e6:.1f} MB, {seconds:.2f} s)"
    )


async def store_all(articles: list[Article], path: Path) -> float:
    """Store parsed articles in batches, as `newsbot ingest` does; return the seconds."""
    storage = await Storage.open(path)
    try:
        start = time.perf_counter()
        for i in range(0, len(articles), BATCH_SIZE):
            batch = [to_save(a) for a in articles[i : i + BATCH_SIZE]]
            await storage.save_articles(batch, now=NOW)
        elapsed = time.perf_counter() - start
        assert await storage.article_count() == len(articles)
    finally:
        await storage.close()
    return elapsed


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    items = variants(count)
    size = sum(len(raw) for _, raw in items)
    print(f"machine: {machine()}")

    start = time.perf_counter()
    shells = [read_article(raw, source) for source, raw in items]
    read_s = time.perf_counter() - start
    rate("read only (reader)", count, size, read_s)

    start = time.perf_counter()
    parsed = [enrich(shell) for shell in shells]
    enrich_s = time.perf_counter() - start
    rate("full parse (all stages)", count, size, read_s + enrich_s)

    with tempfile.TemporaryDirectory() as folder:
        store_s = asyncio.run(store_all(parsed, Path(folder) / "bench.sqlite3"))
    rate("store only (ingest batches)", count, size, store_s)
    rate("read + store", count, size, read_s + store_s)
    rate("full parse + store", count, size, read_s + enrich_s + store_s)


if __name__ == "__main__":
    main()
