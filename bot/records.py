"""Typed results of bot.storage queries: frozen dataclasses, never rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class IngestOutcome:
    """What storing one article did: added, updated, unchanged or duplicate."""

    status: str
    article_id: int
    duplicate_of: int | None = None
    detail: str = ""


@dataclass(frozen=True)
class ArticleSummary:
    """An article's id, date and title, as lists show them."""

    id: int
    published: dt.date | None
    title: str
    source: str


@dataclass(frozen=True)
class CaptionRecord:
    """A stored photo caption."""

    text: str
    credit: str
    date: dt.date | None
    place: str | None


@dataclass(frozen=True)
class ArticleRecord:
    """A whole stored article: summary, captions and body paragraphs."""

    summary: ArticleSummary
    url: str | None
    outlet: str | None
    captions: tuple[CaptionRecord, ...]
    paragraphs: tuple[str, ...]
    ingested_at: dt.datetime


@dataclass(frozen=True)
class SearchHit:
    """One full-text search hit with a highlighted snippet."""

    article: ArticleSummary
    snippet: str


@dataclass(frozen=True)
class QuoteRecord:
    """A stored quote with its speaker, its article and the paragraph it sits in.

    `context[start:end]` is the quoted text (without the marks).
    """

    speaker: str | None
    speaker_title: str | None
    text: str
    kind: str
    article: ArticleSummary
    context: str
    start: int
    end: int


@dataclass(frozen=True)
class PersonRecord:
    """A person across all articles: canonical name, titles and aliases."""

    id: int
    name: str
    titles: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class EventRecord:
    """A stored event with the articles that report it."""

    date: dt.date
    until: dt.date | None
    precision: str
    text: str
    upcoming: bool
    article: ArticleSummary
    people: tuple[str, ...]


@dataclass(frozen=True)
class BriefingRecord:
    """An article's precomputed briefing (JSON of the parse contract) and story terms."""

    article: ArticleSummary
    briefing_json: str
    terms: tuple[str, ...]
    ingested_at: dt.datetime


@dataclass(frozen=True)
class DailySetting:
    """A guild's daily-briefing settings and the record of its last post."""

    guild_id: int
    channel_id: int
    post_time: dt.time
    timezone: str
    last_post_date: dt.date | None
    last_post_at: dt.datetime | None
    paused_reason: str | None
    quiet_when_empty: bool
