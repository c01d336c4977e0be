"""Writing articles: each article whole or not at all, many in one transaction.

Every aiosqlite call is a hop to the database thread (~0.1 ms), so articles
are written with one executemany per table for a whole batch: ids are given
out here, people's ids are looked up by key inside the statements, and
search rows are one per article. A batch that fails
is rolled back and its articles are stored one by one, so a bad one costs
only itself.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterable, Sequence

from bot.news.model import Article
from bot.records import IngestOutcome
from bot.storage.base import StorageBase
from bot.storage.rows import TABLES, Rows, ToSave

log = logging.getLogger(__name__)

_PERSON_ID = "(SELECT id FROM people WHERE key = :person)"
_INSERTS = {
    "articles": "INSERT INTO articles (id, source, content_hash, published, ingested_at, title,"
    " title_given, url, outlet, body_chars, raw_hash) VALUES (:id, :source, :hash, :published,"
    " :now, :title, :given, :url, :outlet, :chars, :raw)",
    "articles_fts": "INSERT INTO articles_fts (rowid, title, body) VALUES (:id, :title, :body)",
    "quote_words": "INSERT INTO quote_words (rowid, text) VALUES (:id, :text)",
    "captions": "INSERT INTO captions (article_id, position, text, credit, date, place)"
    " VALUES (:id, :pos, :text, :credit, :date, :place)",
    "paragraphs": "INSERT INTO paragraphs (article_id, position, text) VALUES (:id, :pos, :text)",
    "people": "INSERT INTO people (key, name) VALUES (:key, :name) ON CONFLICT (key) DO NOTHING",
    "aliases": "INSERT OR IGNORE INTO person_aliases (person_id, key, alias)"
    f" VALUES ({_PERSON_ID}, :key, :alias)",
    "families": "INSERT OR IGNORE INTO person_families (person_id, key)"
    f" VALUES ({_PERSON_ID}, :key)",
    "links": "INSERT OR REPLACE INTO article_people (article_id, person_id, title, published)"
    f" VALUES (:article, {_PERSON_ID}, :title, :published)",
    "quotes": "INSERT INTO quotes (article_id, person_id, speaker, published, text, kind,"
    f' location, paragraph, start, "end") VALUES (:article, {_PERSON_ID}, :speaker,'
    " :published, :text, :kind, :location, :paragraph, :start, :end)",
    "events": "INSERT INTO events (article_id, position, date, until, precision, expression,"
    ' text, location, paragraph, start, "end", upcoming) VALUES (:article, :position, :date,'
    " :until, :precision, :expression, :text, :location, :paragraph, :start, :end, :upcoming)",
    "involved": "INSERT OR IGNORE INTO event_people (article_id, position, person_id, date)"
    f" VALUES (:article, :position, {_PERSON_ID}, :date)",
    "briefings": "INSERT INTO briefings (article_id, json, terms) VALUES (:id, :json, :terms)",
}


class ArticleWrites(StorageBase):
    """save_article / save_articles and the inserts behind them."""

    async def save_article(
        self,
        article: Article,
        *,
        content_hash: str,
        briefing_json: str,
        terms: Iterable[str],
        now: dt.datetime,
        raw_hash: str | None = None,
    ) -> IngestOutcome:
        """Store a parsed article in one transaction; report what it did.

        Same source and hash -> unchanged; same source, new hash -> updated in
        place (same id); same hash under another source -> duplicate; else added.
        A failure raises and leaves the database as it was.
        """
        item = ToSave(article, content_hash, briefing_json, tuple(terms), raw_hash)
        return (await self._save_batch([item], now))[0]

    async def save_articles(
        self, items: Sequence[ToSave], *, now: dt.datetime
    ) -> list[IngestOutcome]:
        """Store many articles, in order, as save_article would one by one.

        One transaction for the lot; if it fails, each article is stored on its
        own and one that still fails is reported `failed` (nothing of it kept).
        """
        outcomes: list[IngestOutcome] = []
        for batch in _unique_source_batches(items):
            try:
                outcomes.extend(await self._save_batch(batch, now))
                continue
            except sqlite3.Error:
                log.warning("a batch of %d articles failed; storing them one by one", len(batch))
            for item in batch:
                try:
                    outcomes.extend(await self._save_batch([item], now))
                except sqlite3.Error as exc:
                    log.exception("could not store %s", item.article.source)
                    outcomes.append(IngestOutcome("failed", 0, detail=f"could not store: {exc}"))
        return outcomes

    async def _save_batch(self, items: Sequence[ToSave], now: dt.datetime) -> list[IngestOutcome]:
        await self._conn.execute("BEGIN IMMEDIATE")
        try:
            outcomes, rows, replaced = await self._plan(items, now)
            if replaced:
                ids = {"ids": json.dumps(replaced)}
                for table in ("articles_fts", "quote_words"):
                    await self._conn.execute(
                        f"DELETE FROM {table} WHERE rowid IN (SELECT value FROM json_each(:ids))",
                        ids,
                    )
                await self._conn.execute(
                    "DELETE FROM articles WHERE id IN (SELECT value FROM json_each(:ids))", ids
                )
            for table in TABLES:
                if rows.tables[table]:
                    await self._conn.executemany(_INSERTS[table], rows.tables[table])
            await self._conn.execute("COMMIT")
        except BaseException:
            await self._conn.execute("ROLLBACK")
            raise
        return outcomes

    async def _plan(
        self, items: Sequence[ToSave], now: dt.datetime
    ) -> tuple[list[IngestOutcome], Rows, list[int]]:
        """Decide each article's fate against what is stored; gather the rows to write."""
        found = await self._fetchall(
            "SELECT id, source, content_hash FROM articles"
            " WHERE source IN (SELECT value FROM json_each(:sources))"
            " OR content_hash IN (SELECT value FROM json_each(:hashes)) ORDER BY id",
            {
                "sources": json.dumps([i.article.source for i in items]),
                "hashes": json.dumps([i.content_hash for i in items]),
            },
        )
        by_source = {source: (int(aid), digest) for aid, source, digest in found}
        by_hash: dict[str, tuple[int, str]] = {}
        for aid, source, digest in found:
            by_hash.setdefault(digest, (int(aid), source))
        top = await self._fetchone("SELECT coalesce(max(id), 0) FROM articles")
        next_id = int(top[0]) + 1
        outcomes: list[IngestOutcome] = []
        rows = Rows()
        replaced: list[int] = []
        for item in items:
            source, digest = item.article.source, item.content_hash
            same = by_source.get(source)
            twin = by_hash.get(digest)
            if same and same[1] == digest:
                outcomes.append(IngestOutcome("unchanged", same[0]))
                continue
            if twin and twin[1] != source:
                outcomes.append(IngestOutcome("duplicate", twin[0], duplicate_of=twin[0]))
                continue
            if same:
                article_id, status = same[0], "updated"
                replaced.append(article_id)
            else:
                article_id, status = next_id, "added"
                next_id += 1
            rows.add(item, article_id, now)
            by_hash.setdefault(digest, (article_id, source))
            outcomes.append(IngestOutcome(status, article_id))
        return outcomes, rows, replaced

    async def stored_unchanged(self, source: str, raw_hash: str) -> int | None:
        """The id of the article stored from `source` with exactly these bytes, if any."""
        rows = await self._fetchall(
            "SELECT id FROM articles WHERE source = :source AND raw_hash = :raw",
            {"source": source, "raw": raw_hash},
        )
        return int(rows[0][0]) if rows else None


def _unique_source_batches(items: Sequence[ToSave]) -> list[list[ToSave]]:
    """Split items so no batch holds one source twice (the second must see the first)."""
    batches: list[list[ToSave]] = [[]]
    seen: set[str] = set()
    for item in items:
        if item.article.source in seen:
            batches.append([])
            seen = set()
        batches[-1].append(item)
        seen.add(item.article.source)
    return [batch for batch in batches if batch]
