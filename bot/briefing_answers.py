"""The /briefing answers: one article's briefing, a day's stories, the daily post."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from typing import Any

from bot.answer import Answer, Field, Page, nothing_found, simple
from bot.errors import NotFoundError, UsageError
from bot.news.stories import Story, StoryItem, group_stories
from bot.news.user_dates import resolve_user_date
from bot.records import BriefingRecord, EventRecord
from bot.storage import Storage
from bot.textfmt import counted, day_label, escape, range_label, short_date, shorten

STORIES_PER_PAGE = 4
_WORD = re.compile(r"\w+")


def _load(record: BriefingRecord) -> dict[str, Any]:
    data = json.loads(record.briefing_json or "{}")
    return data if isinstance(data, dict) else {}


def _next_label(entry: dict[str, Any], events: dict[tuple[dt.date, str], EventRecord]) -> str:
    """The dates of a "what's next" entry at the precision of its event ("12 Jun
    2018", "September 2025"); the briefing gives only the first day."""
    day = dt.date.fromisoformat(entry["date"])
    event = events.get((day, str(entry["text"])))
    if event is None:
        return range_label(day, None, "day")
    return range_label(event.date, event.until, event.precision)


async def article_briefing(storage: Storage, article_id: int) -> Answer:
    """One article: headline, key points, key quote, what's next, who, source line."""
    record = await storage.briefing(article_id)
    article = await storage.get_article(article_id)
    if record is None or article is None:
        raise NotFoundError(f"there is no article #{article_id}; /search finds ids")
    data = _load(record)
    lines = [f"• {escape(str(point))}" for point in data.get("points", [])]
    fields: list[Field] = []
    quote = data.get("quote")
    if isinstance(quote, dict) and quote.get("text"):
        who = escape(str(quote.get("speaker") or "unattributed"))
        if quote.get("title"):
            who += f", {escape(str(quote['title']))}"
        fields.append(Field("Key quote", f"“{escape(str(quote['text']))}”\n— {who}"))
    listed = [n for n in data.get("next", []) if isinstance(n, dict) and n.get("date")]
    events = {}
    if listed:
        found = await storage.events(
            article_id=article_id, start=min(dt.date.fromisoformat(n["date"]) for n in listed)
        )
        events = {(e.date, e.text): e for e in found}
    upcoming = [f"{_next_label(n, events)}: {escape(str(n['text']))}" for n in listed]
    if upcoming:
        fields.append(Field("What's next", "\n".join(upcoming)))
    people = await storage.article_people(article_id)
    if people:
        fields.append(
            Field(
                "Who",
                "\n".join(
                    f"**{escape(name)}**" + (f", {escape(title)}" if title else "")
                    for name, title in people[:10]
                ),
            )
        )
    credits = sorted({c.credit for c in article.captions})
    source = f"Article #{article_id} · {short_date(article.summary.published)}"
    if credits:
        source += " · photos: " + ", ".join(credits)
    headline = str(data.get("headline") or article.summary.title)
    return Answer(
        title=escape(shorten(headline, 250)),
        pages=(Page(lines=tuple(lines), fields=tuple(fields)),),
        footer=source,
        url=article.url,
    )


def _matches(record: BriefingRecord, words: list[str]) -> bool:
    haystack = " ".join((record.article.title, *record.terms)).lower()
    found = set(_WORD.findall(haystack))
    return all(any(w.startswith(word) for w in found) for word in words)


def story_answer(title: str, stories: list[Story], *, footer: str) -> Answer:
    """Stories as pages: each a headline, one to three points and the article ids."""
    pages = []
    for index in range(0, len(stories), STORIES_PER_PAGE):
        fields = []
        for story in stories[index : index + STORIES_PER_PAGE]:
            points = "\n".join(f"• {escape(shorten(p, 300))}" for p in story.points[:3])
            ids = ", ".join(f"#{i}" for i in story.article_ids[:10])
            more = f" +{len(story.article_ids) - 10}" if len(story.article_ids) > 10 else ""
            value = f"{points}\n*Articles {ids}{more}*".strip()
            fields.append(Field(escape(shorten(story.headline, 250)), value))
        pages.append(Page(fields=tuple(fields)))
    return Answer(title=title, pages=tuple(pages), footer=footer)


def build_stories(records: list[BriefingRecord]) -> list[Story]:
    """Group stored briefings into stories (bot.news.stories)."""
    items = []
    for record in records:
        data = _load(record)
        items.append(
            StoryItem(
                article_id=record.article.id,
                published=record.article.published,
                title=str(data.get("headline") or record.article.title),
                terms=record.terms,
                points=tuple(str(p) for p in data.get("points", [])),
            )
        )
    return group_stories(items)


async def day_briefing(
    storage: Storage, *, now: dt.datetime, date: str | None = None, about: str | None = None
) -> Answer:
    """The news of one day (default: the latest day with articles), grouped into stories."""
    if date and date.strip():
        resolved = resolve_user_date(date.strip(), now.date())
        if resolved is None:
            raise UsageError(f"could not read {shorten(date, 40)!r} as a date; try 2018-05-31")
        day = resolved[0]
    else:
        latest = await storage.latest_published_day()
        if latest is None and await storage.article_count() == 0:
            return nothing_found("Briefing", "", store_empty=True)
        day = latest or now.date()
    records = await storage.briefings_published(day)
    if not date:
        recent_undated = await storage.briefings_ingested(
            now - dt.timedelta(hours=24), undated_only=True
        )
        records.extend(recent_undated)
    words = _WORD.findall(about.lower()) if about else []
    if words:
        records = [r for r in records if _matches(r, words)]
    title = f"Briefing · {day_label(day)}" + (
        f" · {escape(shorten(about or '', 60))}" if words else ""
    )
    if not records:
        return simple(title, "No news that day." if not words else "No stories match that day.")
    # Grouping a busy day is ~0.1 s of CPU: keep it off the event loop.
    stories = await asyncio.to_thread(build_stories, records)
    footer = (
        f"{counted(len(stories), 'story', 'stories')} from {counted(len(records), 'article')}"
        " · /briefing article:ID for one"
    )
    return story_answer(title, stories, footer=footer)


async def since_briefing(
    storage: Storage, *, since: dt.datetime | None, now: dt.datetime
) -> Answer | None:
    """The daily post: stories of the articles stored since `since` (None when none).

    Without a previous post the window is the last 24 hours.
    """
    start = since or now - dt.timedelta(hours=24)
    records = await storage.briefings_ingested(start)
    if not records:
        return None
    # Grouping a busy day is ~0.1 s of CPU: keep it off the event loop.
    stories = await asyncio.to_thread(build_stories, records)
    footer = f"{counted(len(records), 'new article')} since {start:%Y-%m-%d %H:%M} UTC"
    return story_answer(f"Daily briefing · {day_label(now.date())}", stories, footer=footer)
