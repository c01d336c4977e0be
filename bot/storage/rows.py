"""The rows one parsed article becomes, table by table (no SQL here: see writes.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.news.model import Article
from bot.storage.base import family_key, name_key, utc_iso

Row = dict[str, Any]
TABLES = (
    "articles",
    "articles_fts",
    "quote_words",
    "captions",
    "paragraphs",
    "people",
    "aliases",
    "families",
    "links",
    "quotes",
    "events",
    "involved",
    "briefings",
)


@dataclass(frozen=True)
class ToSave:
    """A parsed article and what ingest computed for it."""

    article: Article
    content_hash: str
    briefing_json: str
    terms: tuple[str, ...]
    raw_hash: str | None = None


@dataclass
class Rows:
    """Rows for every table, gathered from one or many articles."""

    tables: dict[str, list[Row]] = field(default_factory=lambda: {t: [] for t in TABLES})

    def add(self, item: ToSave, article_id: int, now: dt.datetime) -> None:
        """Add the rows of one article stored under `article_id`."""
        article, put = item.article, self.tables
        published = article.published.isoformat() if article.published else None
        body = "\n\n".join(article.paragraphs)
        put["articles"].append(
            {
                "id": article_id,
                "source": article.source,
                "hash": item.content_hash,
                "published": published,
                "now": utc_iso(now),
                "title": article.title,
                "given": int(article.title_given),
                "url": article.url,
                "outlet": article.outlet,
                "chars": len(body),
                "raw": item.raw_hash,
            }
        )
        searchable = "\n\n".join((body, *(c.text for c in article.captions)))
        put["articles_fts"].append({"id": article_id, "title": article.title, "body": searchable})
        if article.quotes:
            said = "\n".join(f"{q.text} {q.speaker or ''}" for q in article.quotes)
            put["quote_words"].append({"id": article_id, "text": said})
        put["captions"].extend(
            {
                "id": article_id,
                "pos": pos,
                "text": c.text,
                "credit": c.credit,
                "date": c.date.isoformat() if c.date else None,
                "place": c.place,
            }
            for pos, c in enumerate(article.captions)
        )
        put["paragraphs"].extend(
            {"id": article_id, "pos": i, "text": t} for i, t in enumerate(article.paragraphs)
        )
        known = self._people(article, article_id, published)
        put["quotes"].extend(
            {
                "article": article_id,
                "person": _known_key(q.speaker, known),
                "speaker": q.speaker,
                "published": published,
                "text": q.text,
                "kind": q.kind,
                "location": q.span.location,
                "paragraph": q.span.paragraph,
                "start": q.span.start,
                "end": q.span.end,
            }
            for q in article.quotes
        )
        self._events(article, article_id, known)
        put["briefings"].append(
            {"id": article_id, "json": item.briefing_json, "terms": "\n".join(item.terms)}
        )

    def _people(self, article: Article, article_id: int, published: str | None) -> set[str]:
        known: set[str] = set()
        for person in article.people:
            key = name_key(person.name)
            if not key:
                continue
            known.add(key)
            self.tables["people"].append({"key": key, "name": person.name})
            self.tables["links"].append(
                {
                    "article": article_id,
                    "person": key,
                    "title": person.title,
                    "published": published,
                }
            )
            for alias_key, alias in _aliases(person.name, person.aliases):
                self.tables["aliases"].append({"person": key, "key": alias_key, "alias": alias})
            family = family_key(person.name)
            if family:
                self.tables["families"].append({"person": key, "key": family})
        return known

    def _events(self, article: Article, article_id: int, known: set[str]) -> None:
        for position, e in enumerate(article.events):
            date = e.date.isoformat()
            self.tables["events"].append(
                {
                    "article": article_id,
                    "position": position,
                    "date": date,
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
                    self.tables["involved"].append(
                        {"article": article_id, "position": position, "person": key, "date": date}
                    )


def _aliases(name: str, aliases: Iterable[str]) -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    for alias in (name, *aliases):
        key = name_key(alias)
        if key and key not in found:
            found[key] = alias
    return list(found.items())


def _known_key(speaker: str | None, known: set[str]) -> str:
    """The person key of a speaker who is one of the article's people, else ''."""
    key = name_key(speaker) if speaker else ""
    return key if key in known else ""
