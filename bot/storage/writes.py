"""Writing articles: one transaction per article, with people, quotes, events, briefing.

Every aiosqlite call is a hop to the database thread (~0.1 ms), so an article
is written with a fixed, small number of statements whatever its size: rows go
in with executemany, people's ids are looked up by key inside the statements,
and triggers keep the quote and event search tables in step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from bot.news.model import Article
from bot.records import IngestOutcome
from bot.storage.base import StorageBase, name_key, utc_iso

_PERSON_ID = "(SELECT id FROM people WHERE key = :person)"


def _person_rows(article: Article, article_id: int) -> dict[str, list[dict[str, Any]]]:
    people, aliases, links = [], [], []
    published = article.published.isoformat() if article.published else None
    for person in article.people:
        key = name_key(person.name)
        if not key:
            continue
        people.append({"key": key, "name": person.name})
        links.append(
            {"article": article_id, "person": key, "title": person.title, "published": published}
        )
        seen = set()
        for alias in (person.name, *person.aliases):
            alias_key = name_key(alias)
            if alias_key and alias_key not in seen:
                seen.add(alias_key)
                aliases.append({"person": key, "key": alias_key, "alias": alias})
    return {"people": people, "aliases": aliases, "links": links}


def _quote_rows(article: Article, article_id: int, known: set[str]) -> list[dict[str, Any]]:
    return [
        {
            "article": article_id,
            "person": name_key(q.speaker) if q.speaker and name_key(q.speaker) in known else "",
            "speaker": q.speaker,
            "published": article.published.isoformat() if article.published else None,
            "text": q.text,
            "kind": q.kind,
            "location": q.span.location,
            "paragraph": q.span.paragraph,
            "start": q.span.start,
            "end": q.span.end,
        }
        for q in article.quotes
    ]


def _event_rows(article: Article, article_id: int, known: set[str]) -> tuple[list[Any], list[Any]]:
    events, involved = [], []
    for position, e in enumerate(article.events):
        events.append(
            {
                "article": article_id,
                "position": position,
                "date": e.date.isoformat(),
                "until": e.until.isoformat() if e.until else None,
                "precision": e.precision,
                "expression": e.expression,
                "text": e.text,
                "location": e.span.location,
                "paragraph": e.span.paragraph,
                "start": e.span.start,
                "end": e.span.end,
                "upcoming": int(e.upcoming),
            }
        )
        for key in dict.fromkeys(name_key(name) for name in e.people):
            if key in known:
                involved.append(
                    {
                        "article": article_id,
                        "position": position,
                        "person": key,
                        "date": e.date.isoformat(),
                    }
                )
    return events, involved


class ArticleWrites(StorageBase):
    """save_article and the inserts behind it."""

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
        """
        await self._conn.execute("BEGIN IMMEDIATE")
        try:
            rows = await self._conn.execute_fetchall(
                "SELECT id, content_hash, source = :source FROM articles"
                " WHERE source = :source OR content_hash = :hash ORDER BY id",
                {"source": article.source, "hash": content_hash},
            )
            same_source = next((r for r in rows if r[2]), None)
            twin = next((r for r in rows if not r[2]), None)
            if same_source and same_source[1] == content_hash:
                await self._conn.execute("ROLLBACK")
                return IngestOutcome("unchanged", same_source[0])
            if twin:
                await self._conn.execute("ROLLBACK")
                return IngestOutcome("duplicate", twin[0], duplicate_of=twin[0])
            article_id = int(same_source[0]) if same_source else None
            if article_id is not None:
                await self._conn.execute(
                    "DELETE FROM articles_fts WHERE rowid = :id", {"id": article_id}
                )
                await self._conn.execute("DELETE FROM articles WHERE id = :id", {"id": article_id})
            new_id = await self._insert_article(article, article_id, content_hash, now, raw_hash)
            await self._insert_details(article, new_id, briefing_json, terms)
            await self._conn.execute("COMMIT")
        except BaseException:
            await self._conn.execute("ROLLBACK")
            raise
        return IngestOutcome("updated" if article_id else "added", new_id)

    async def _insert_article(
        self,
        article: Article,
        article_id: int | None,
        content_hash: str,
        now: dt.datetime,
        raw_hash: str | None,
    ) -> int:
        body = "\n\n".join(article.paragraphs)
        rows = await self._conn.execute_fetchall(
            "INSERT INTO articles (id, source, content_hash, published, ingested_at, title,"
            " title_given, url, outlet, body_chars, raw_hash) VALUES (:id, :source, :hash,"
            " :published, :now, :title, :given, :url, :outlet, :chars, :raw) RETURNING id",
            {
                "id": article_id,
                "source": article.source,
                "hash": content_hash,
                "published": article.published.isoformat() if article.published else None,
                "now": utc_iso(now),
                "title": article.title,
                "given": int(article.title_given),
                "url": article.url,
                "outlet": article.outlet,
                "chars": len(body),
                "raw": raw_hash,
            },
        )
        new_id = int(next(iter(rows))[0])
        await self._conn.execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (:id, :title, :body)",
            {"id": new_id, "title": article.title, "body": body},
        )
        return new_id

    async def stored_unchanged(self, source: str, raw_hash: str) -> int | None:
        """The id of the article stored from `source` with exactly these bytes, if any."""
        rows = await self._fetchall(
            "SELECT id FROM articles WHERE source = :source AND raw_hash = :raw",
            {"source": source, "raw": raw_hash},
        )
        return int(rows[0][0]) if rows else None

    async def _many(self, sql: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            await self._conn.executemany(sql, rows)

    async def _insert_details(
        self, article: Article, article_id: int, briefing_json: str, terms: Iterable[str]
    ) -> None:
        await self._many(
            "INSERT INTO captions (article_id, position, text, credit, date, place)"
            " VALUES (:id, :pos, :text, :credit, :date, :place)",
            [
                {
                    "id": article_id,
                    "pos": pos,
                    "text": c.text,
                    "credit": c.credit,
                    "date": c.date.isoformat() if c.date else None,
                    "place": c.place,
                }
                for pos, c in enumerate(article.captions)
            ],
        )
        await self._many(
            "INSERT INTO paragraphs (article_id, position, text) VALUES (:id, :pos, :text)",
            [{"id": article_id, "pos": i, "text": t} for i, t in enumerate(article.paragraphs)],
        )
        people = _person_rows(article, article_id)
        known = {row["key"] for row in people["people"]}
        await self._many(
            "INSERT INTO people (key, name) VALUES (:key, :name) ON CONFLICT (key) DO NOTHING",
            people["people"],
        )
        await self._many(
            "INSERT OR IGNORE INTO person_aliases (person_id, key, alias)"
            f" VALUES ({_PERSON_ID}, :key, :alias)",
            people["aliases"],
        )
        await self._many(
            "INSERT OR REPLACE INTO article_people (article_id, person_id, title, published)"
            f" VALUES (:article, {_PERSON_ID}, :title, :published)",
            people["links"],
        )
        await self._many(
            "INSERT INTO quotes (article_id, person_id, speaker, published, text, kind, location,"
            f' paragraph, start, "end") VALUES (:article, {_PERSON_ID}, :speaker, :published,'
            " :text, :kind, :location, :paragraph, :start, :end)",
            _quote_rows(article, article_id, known),
        )
        events, involved = _event_rows(article, article_id, known)
        await self._many(
            "INSERT INTO events (article_id, position, date, until, precision, expression,"
            ' text, location, paragraph, start, "end", upcoming) VALUES (:article, :position,'
            " :date, :until, :precision, :expression, :text, :location, :paragraph, :start,"
            " :end, :upcoming)",
            events,
        )
        await self._many(
            "INSERT OR IGNORE INTO event_people (article_id, position, person_id, date)"
            f" VALUES (:article, :position, {_PERSON_ID}, :date)",
            involved,
        )
        await self._conn.execute(
            "INSERT INTO briefings (article_id, json, terms) VALUES (:id, :json, :terms)",
            {"id": article_id, "json": briefing_json, "terms": "\n".join(terms)},
        )
