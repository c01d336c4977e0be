"""Reading articles, people, quotes, events and briefings back as records."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.records import (
    ArticleRecord,
    BriefingRecord,
    CaptionRecord,
    EventRecord,
    QuoteRecord,
    SearchHit,
)
from bot.storage.base import (
    SUMMARY_COLUMNS,
    StorageBase,
    excerpt,
    fts_query,
    iso_date,
    iso_datetime,
    summary_from,
)

RANGE_LOOKBACK = dt.timedelta(days=62)
MANY_EVENTS = 400
SEARCH_WINDOW = 500
QUOTE_WINDOW = 200


class ArticleReads(StorageBase):
    """Queries over articles, search, people, quotes, events and briefings."""

    async def article_count(self) -> int:
        """How many articles are stored."""
        row = await self._fetchone("SELECT count(*) FROM articles")
        return int(row[0])

    async def get_article(self, article_id: int) -> ArticleRecord | None:
        """The whole article with this id, or None."""
        params = {"id": article_id}
        row = await self._fetchone(
            f"SELECT {SUMMARY_COLUMNS}, a.url, a.outlet, a.ingested_at FROM articles a"
            " WHERE a.id = :id",
            params,
        )
        if row is None:
            return None
        captions = await self._fetchall(
            "SELECT text, credit, date, place FROM captions WHERE article_id = :id"
            " ORDER BY position",
            params,
        )
        paragraphs = await self._fetchall(
            "SELECT text FROM paragraphs WHERE article_id = :id ORDER BY position", params
        )
        return ArticleRecord(
            summary=summary_from(row),
            url=row[4],
            outlet=row[5],
            ingested_at=iso_datetime(row[6]),
            captions=tuple(CaptionRecord(c[0], c[1], iso_date(c[2]), c[3]) for c in captions),
            paragraphs=tuple(p[0] for p in paragraphs),
        )

    async def search(self, query: str, *, limit: int = 10) -> list[SearchHit]:
        """Ranked full-text hits over titles and bodies (query text is taken as words).

        Ranking (bm25, title words weigh 4x) covers the SEARCH_WINDOW most recently
        stored matches, so its cost does not grow with the database.
        """
        match = fts_query(query)
        if match is None:
            return []
        rows = await self._fetchall(
            "WITH recent AS (SELECT rowid AS id, bm25(articles_fts, 4.0, 1.0) AS score"
            " FROM articles_fts WHERE articles_fts MATCH :match ORDER BY rowid DESC"
            " LIMIT :window), top AS (SELECT id, score FROM recent ORDER BY score LIMIT :limit)"
            f" SELECT {SUMMARY_COLUMNS}, articles_fts.body FROM top"
            " JOIN articles a ON a.id = top.id JOIN articles_fts ON articles_fts.rowid = top.id"
            " ORDER BY top.score, a.published DESC",
            {"match": match, "limit": limit, "window": SEARCH_WINDOW},
        )
        return [SearchHit(summary_from(r), excerpt(r[4], query)) for r in rows]

    # --- quotes -------------------------------------------------------------

    async def quotes(
        self,
        *,
        person_ids: list[int] | None = None,
        about: str | None = None,
        article_id: int | None = None,
        limit: int = 50,
        articles_about: str | None = None,
    ) -> list[QuoteRecord]:
        """Quotes filtered by speaker, words and article: full quotes first, newest first.

        `about` keeps quotes holding the words; `articles_about` keeps quotes of
        articles holding them (the QUOTE_WINDOW most recently stored such articles).
        """
        where: list[str] = ["1"]
        params: dict[str, Any] = {"limit": limit}
        if person_ids is not None:
            where.append(f"q.person_id IN ({','.join(str(int(i)) for i in person_ids) or 'NULL'})")
        if article_id is not None:
            where.append("q.article_id = :article")
            params["article"] = article_id
        if about:
            match = fts_query(about)
            if match is None:
                return []
            # Articles whose quotes hold the words (the QUOTE_WINDOW most recently
            # stored), then the quotes among them that do.
            where.append(
                "q.article_id IN (SELECT rowid FROM quote_words WHERE quote_words MATCH :match"
                " ORDER BY rowid DESC LIMIT :window)"
            )
            where.append("has_words(q.text || ' ' || coalesce(q.speaker, ''), :words)")
            params["match"] = match
            params["words"] = about
            params["window"] = QUOTE_WINDOW
        if articles_about:
            match = fts_query(articles_about)
            if match is None:
                return []
            where.append(
                "q.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH"
                " :article_match ORDER BY rowid DESC LIMIT :window)"
            )
            params["article_match"] = match
            params["window"] = QUOTE_WINDOW
        # Pick the page of quote ids through the (person, kind, published) index first;
        # only those rows then fetch their paragraph text.
        # q.id last: the index ends with it, so no sort is needed.
        order = "q.kind DESC, q.published DESC, q.article_id DESC, q.id"
        rows = await self._fetchall(
            f"WITH picked AS (SELECT q.id FROM quotes q WHERE {' AND '.join(where)}"
            f" ORDER BY {order} LIMIT :limit)"
            f' SELECT q.speaker, ap.title, q.text, q.kind, q.start, q."end", {SUMMARY_COLUMNS},'
            " coalesce(p.text, c.text) FROM picked JOIN quotes q ON q.id = picked.id"
            " JOIN articles a ON a.id = q.article_id"
            " LEFT JOIN article_people ap ON ap.article_id = q.article_id"
            " AND ap.person_id = q.person_id"
            " LEFT JOIN paragraphs p ON q.location = 'body' AND p.article_id = q.article_id"
            " AND p.position = q.paragraph"
            " LEFT JOIN captions c ON q.location = 'caption' AND c.article_id = q.article_id"
            " AND c.position = q.paragraph"
            f" ORDER BY {order}",
            params,
        )
        return [
            QuoteRecord(
                speaker=r[0],
                speaker_title=r[1],
                text=r[2],
                kind=r[3],
                start=int(r[4]),
                end=int(r[5]),
                article=summary_from(r, 6),
                context=r[10] or r[2],
            )
            for r in rows
        ]

    # --- events -------------------------------------------------------------

    async def events(
        self,
        *,
        about: str | None = None,
        person_ids: list[int] | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        article_id: int | None = None,
        limit: int = 150,
    ) -> list[EventRecord]:
        """Events in date order, filtered by words, people, date range and article.

        When more than `limit` match, the earliest from `start` are kept if it is
        given, else the most recent: a cut timeline should end at the news.
        """
        # A person's events come in date order from event_people's index; other
        # timelines walk the events' own date index, or start from small match sets.
        source = "events e"
        dated = "e.date"
        where: list[str] = ["1"]
        sets: list[str] = []
        params: dict[str, Any] = {"limit": limit}
        if person_ids is not None:
            ids = ",".join(str(int(i)) for i in person_ids) or "NULL"
            source = (
                "event_people ep JOIN events e"
                " ON e.article_id = ep.article_id AND e.position = ep.position"
            )
            dated = "ep.date"
            where.append(f"ep.person_id IN ({ids})")
        if start is not None:
            # The first bound lets a date index do the work; ranges (until) that
            # began more than RANGE_LOOKBACK before `start` are not listed.
            where.append(f"{dated} >= :start_lo AND coalesce(e.until, e.date) >= :start")
            params["start"] = start.isoformat()
            params["start_lo"] = (start - RANGE_LOOKBACK).isoformat()
        if end is not None:
            where.append(f"{dated} <= :end")
            params["end"] = end.isoformat()
        if article_id is not None:
            where.append("e.article_id = :article")
            params["article"] = article_id
        many = False
        if about:
            match = fts_query(about)
            if match is None:
                return []
            sets.append(
                "hits AS MATERIALIZED (SELECT rowid AS id FROM articles_fts"
                " WHERE articles_fts MATCH :match)"
            )
            # An event's clause comes from its article (body or captions), so the
            # article's words cover it.
            where.append("e.article_id IN hits")
            params["match"] = match
            count = await self._fetchone(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :match", params
            )
            many = int(count[0]) * 4 > MANY_EVENTS
        walk = (many or not sets) and article_id is None and person_ids is None
        hint = " INDEXED BY events_order" if walk else ""
        direction = "" if start is not None else " DESC"
        order = f"{dated}{direction}, e.article_id{direction}, e.position{direction}"
        with_sets = f"WITH {', '.join(sets)}, " if sets else "WITH "
        rows = await self._fetchall(
            f"{with_sets}picked AS (SELECT e.id FROM {source}{hint}"
            f" WHERE {' AND '.join(where)} ORDER BY {order} LIMIT :limit)"
            f" SELECT e.id, e.date, e.until, e.precision, e.text, e.upcoming, {SUMMARY_COLUMNS}"
            " FROM (SELECT DISTINCT id FROM picked) p JOIN events e ON e.id = p.id"
            " JOIN articles a ON a.id = e.article_id ORDER BY e.date, e.until, e.article_id",
            params,
        )
        people = await self._event_people([int(r[0]) for r in rows])
        return [
            EventRecord(
                date=dt.date.fromisoformat(r[1]),
                until=iso_date(r[2]),
                precision=r[3],
                text=r[4],
                upcoming=bool(r[5]),
                article=summary_from(r, 6),
                people=people.get(int(r[0]), ()),
            )
            for r in rows
        ]

    async def _event_people(self, event_ids: list[int]) -> dict[int, tuple[str, ...]]:
        if not event_ids:
            return {}
        rows = await self._fetchall(
            "SELECT e.id, p.name FROM events e JOIN event_people ep"
            " ON ep.article_id = e.article_id AND ep.position = e.position"
            " JOIN people p ON p.id = ep.person_id"
            f" WHERE e.id IN ({','.join(str(i) for i in event_ids)})"
        )
        found: dict[int, tuple[str, ...]] = {}
        for event_id, name in rows:
            found[int(event_id)] = (*found.get(int(event_id), ()), name)
        return found

    # --- briefings ----------------------------------------------------------

    async def briefing(self, article_id: int) -> BriefingRecord | None:
        """The precomputed briefing of one article, or None."""
        rows = await self._briefings("a.id = :id", {"id": article_id}, limit=1)
        return rows[0] if rows else None

    async def briefings_published(self, day: dt.date, *, limit: int = 2000) -> list[BriefingRecord]:
        """Briefings of the articles published on `day`."""
        return await self._briefings("a.published = :day", {"day": day.isoformat()}, limit=limit)

    async def briefings_ingested(
        self, since: dt.datetime, *, undated_only: bool = False, limit: int = 2000
    ) -> list[BriefingRecord]:
        """Briefings of the articles ingested at or after `since` (optionally only undated)."""
        where = "a.ingested_at >= :since" + (" AND a.published IS NULL" if undated_only else "")
        return await self._briefings(
            where, {"since": since.astimezone(dt.UTC).isoformat()}, limit=limit
        )

    async def latest_published_day(self) -> dt.date | None:
        """The most recent publication date of any article."""
        row = await self._fetchone("SELECT max(published) FROM articles")
        return iso_date(row[0])

    async def _briefings(
        self, where: str, params: dict[str, Any], *, limit: int
    ) -> list[BriefingRecord]:
        rows = await self._fetchall(
            f"SELECT {SUMMARY_COLUMNS}, b.json, b.terms, a.ingested_at FROM articles a"
            f" JOIN briefings b ON b.article_id = a.id WHERE {where}"
            " ORDER BY a.published DESC, a.ingested_at DESC LIMIT :limit",
            {**params, "limit": limit},
        )
        return [
            BriefingRecord(
                article=summary_from(r),
                briefing_json=r[4],
                terms=tuple(t for t in r[5].split("\n") if t),
                ingested_at=iso_datetime(r[6]),
            )
            for r in rows
        ]
