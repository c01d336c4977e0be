"""Writing articles: one transaction per article, with people, quotes, events, briefing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from bot.news.model import Article
from bot.records import IngestOutcome
from bot.storage.base import StorageBase, name_key, utc_iso


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
    ) -> IngestOutcome:
        """Store a parsed article in one transaction; report what it did.

        Same source and hash -> unchanged; same source, new hash -> updated in
        place (same id); same hash under another source -> duplicate; else added.
        """
        params = {"source": article.source, "hash": content_hash}
        await self._conn.execute("BEGIN IMMEDIATE")
        try:
            same_source = await self._fetchone(
                "SELECT id, content_hash FROM articles WHERE source = :source", params
            )
            if same_source and same_source[1] == content_hash:
                await self._conn.execute("ROLLBACK")
                return IngestOutcome("unchanged", same_source[0])
            twin = await self._fetchone(
                "SELECT id FROM articles WHERE content_hash = :hash AND source != :source", params
            )
            if twin:
                await self._conn.execute("ROLLBACK")
                return IngestOutcome("duplicate", twin[0], duplicate_of=twin[0])
            if same_source:
                article_id = int(same_source[0])
                # FTS rows first: they are found through the rows the delete cascades away.
                await self._delete_fts(article_id)
                await self._conn.execute("DELETE FROM articles WHERE id = :id", {"id": article_id})
                status = "updated"
            else:
                article_id = 0
                status = "added"
            article_id = await self._insert_article(
                article, article_id or None, content_hash, briefing_json, terms, now
            )
            await self._conn.execute("COMMIT")
        except BaseException:
            await self._conn.execute("ROLLBACK")
            raise
        return IngestOutcome(status, article_id)

    async def _delete_fts(self, article_id: int) -> None:
        params = {"id": article_id}
        await self._conn.execute("DELETE FROM articles_fts WHERE rowid = :id", params)
        await self._conn.execute(
            "DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article_id = :id)",
            params,
        )
        await self._conn.execute(
            "DELETE FROM events_fts WHERE rowid IN (SELECT id FROM events WHERE article_id = :id)",
            params,
        )

    async def _insert_article(
        self,
        article: Article,
        article_id: int | None,
        content_hash: str,
        briefing_json: str,
        terms: Iterable[str],
        now: dt.datetime,
    ) -> int:
        body = "\n\n".join(article.paragraphs)
        row = await self._fetchone(
            "INSERT INTO articles (id, source, content_hash, published, ingested_at, title,"
            " title_given, url, outlet, body_chars) VALUES (:id, :source, :hash, :published,"
            " :now, :title, :given, :url, :outlet, :chars) RETURNING id",
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
            },
        )
        new_id = int(row[0])
        await self._conn.execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (:id, :title, :body)",
            {"id": new_id, "title": article.title, "body": body},
        )
        await self._conn.executemany(
            "INSERT INTO captions (article_id, position, text, credit, date, place)"
            " VALUES (:id, :pos, :text, :credit, :date, :place)",
            [
                {
                    "id": new_id,
                    "pos": pos,
                    "text": c.text,
                    "credit": c.credit,
                    "date": c.date.isoformat() if c.date else None,
                    "place": c.place,
                }
                for pos, c in enumerate(article.captions)
            ],
        )
        await self._conn.executemany(
            "INSERT INTO paragraphs (article_id, position, text) VALUES (:id, :pos, :text)",
            [
                {"id": new_id, "pos": pos, "text": text}
                for pos, text in enumerate(article.paragraphs)
            ],
        )
        person_ids = await self._save_people(new_id, article)
        await self._save_quotes(new_id, article, person_ids)
        await self._save_events(new_id, article, person_ids)
        await self._conn.execute(
            "INSERT INTO briefings (article_id, json, terms) VALUES (:id, :json, :terms)",
            {"id": new_id, "json": briefing_json, "terms": "\n".join(terms)},
        )
        return new_id

    async def _save_people(self, article_id: int, article: Article) -> dict[str, int]:
        ids: dict[str, int] = {}
        for person in article.people:
            row = await self._fetchone(
                "INSERT INTO people (key, name) VALUES (:key, :name)"
                " ON CONFLICT (key) DO UPDATE SET name = people.name RETURNING id",
                {"key": name_key(person.name), "name": person.name},
            )
            person_id = int(row[0])
            ids[person.name] = person_id
            aliases = {name_key(a): a for a in (person.name, *person.aliases) if name_key(a)}
            await self._conn.executemany(
                "INSERT OR IGNORE INTO person_aliases (person_id, key, alias)"
                " VALUES (:person, :key, :alias)",
                [{"person": person_id, "key": k, "alias": a} for k, a in aliases.items()],
            )
            await self._conn.execute(
                "INSERT OR REPLACE INTO article_people (article_id, person_id, title)"
                " VALUES (:article, :person, :title)",
                {"article": article_id, "person": person_id, "title": person.title},
            )
        return ids

    async def _save_quotes(self, article_id: int, article: Article, ids: dict[str, int]) -> None:
        for quote in article.quotes:
            row = await self._fetchone(
                "INSERT INTO quotes (article_id, person_id, speaker, text, kind, location,"
                ' paragraph, start, "end") VALUES (:article, :person, :speaker, :text, :kind,'
                " :location, :paragraph, :start, :end) RETURNING id",
                {
                    "article": article_id,
                    "person": ids.get(quote.speaker or ""),
                    "speaker": quote.speaker,
                    "text": quote.text,
                    "kind": quote.kind,
                    "location": quote.span.location,
                    "paragraph": quote.span.paragraph,
                    "start": quote.span.start,
                    "end": quote.span.end,
                },
            )
            await self._conn.execute(
                "INSERT INTO quotes_fts (rowid, text, speaker) VALUES (:id, :text, :speaker)",
                {"id": row[0], "text": quote.text, "speaker": quote.speaker or ""},
            )

    async def _save_events(self, article_id: int, article: Article, ids: dict[str, int]) -> None:
        for event in article.events:
            row = await self._fetchone(
                "INSERT INTO events (article_id, date, until, precision, expression, text,"
                ' location, paragraph, start, "end", upcoming) VALUES (:article, :date, :until,'
                " :precision, :expression, :text, :location, :paragraph, :start, :end,"
                " :upcoming) RETURNING id",
                {
                    "article": article_id,
                    "date": event.date.isoformat(),
                    "until": event.until.isoformat() if event.until else None,
                    "precision": event.precision,
                    "expression": event.expression,
                    "text": event.text,
                    "location": event.span.location,
                    "paragraph": event.span.paragraph,
                    "start": event.span.start,
                    "end": event.span.end,
                    "upcoming": int(event.upcoming),
                },
            )
            event_id = int(row[0])
            await self._conn.execute(
                "INSERT INTO events_fts (rowid, text) VALUES (:id, :text)",
                {"id": event_id, "text": event.text},
            )
            await self._conn.executemany(
                "INSERT OR IGNORE INTO event_people (event_id, person_id) VALUES (:event, :person)",
                [{"event": event_id, "person": ids[n]} for n in event.people if n in ids],
            )
