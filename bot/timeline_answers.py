"""The /timeline answer: dated events in order, grouped by day, with their sources."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bot.answer import Answer, nothing_found, paged
from bot.errors import UsageError
from bot.news.user_dates import resolve_user_date
from bot.people_answers import resolve_people
from bot.records import EventRecord
from bot.storage import Storage
from bot.textfmt import counted, day_label, escape, range_label, shorten

EVENT_LIMIT = 150
_WORD = re.compile(r"\w+")


@dataclass
class TimelineEntry:
    """One event on the timeline, possibly reported by several articles."""

    event: EventRecord
    words: set[str]
    article_ids: list[int] = field(default_factory=list)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 3}


def merge_same_events(events: list[EventRecord]) -> list[TimelineEntry]:
    """One entry per event: the same dates and overlapping words across articles merge."""
    entries: list[TimelineEntry] = []
    by_dates: dict[tuple[dt.date, dt.date | None], list[TimelineEntry]] = {}
    for event in events:
        words = _words(event.text)
        key = (event.date, event.until)
        match = None
        for entry in by_dates.get(key, []):
            overlap = len(words & entry.words) / max(1, min(len(words), len(entry.words)))
            if overlap >= 0.5:
                match = entry
                break
        if match is None:
            match = TimelineEntry(event, words)
            entries.append(match)
            by_dates.setdefault(key, []).append(match)
        if event.article.id not in match.article_ids:
            match.article_ids.append(event.article.id)
    return entries


def _bounds(text: str | None, today: dt.date, option: str) -> tuple[dt.date, dt.date] | None:
    if not text or not text.strip():
        return None
    resolved = resolve_user_date(text.strip(), today)
    if resolved is None:
        raise UsageError(
            f"{option}: could not read {shorten(text, 40)!r} as a date; "
            "try 2018-05-01, May 2018, 31 May 2018 or last week"
        )
    return resolved[0], resolved[1]


def _entry_line(entry: TimelineEntry, heading: str) -> str:
    """One event under its `heading`, with its own dates when the heading does not
    say them already ("[24–25 May 2018]" under "Thu 24 May 2018")."""
    event = entry.event
    when = ""
    if event.precision != "day" or event.until:
        label = range_label(event.date, event.until, event.precision)
        if label.lower() != heading.lower():
            when = f"[{label}] "
    planned = " *(planned)*" if event.upcoming else ""
    sources = ", ".join(f"#{i}" for i in entry.article_ids)
    return f"• {when}{escape(shorten(event.text, 300))}{planned} · {sources}"


async def timeline(
    storage: Storage,
    *,
    today: dt.date,
    about: str | None = None,
    person: str | None = None,
    start: str | None = None,
    end: str | None = None,
    article_id: int | None = None,
) -> Answer:
    """Chronological events grouped by day; events after `today` follow a separator."""
    lower = _bounds(start, today, "from")
    upper = _bounds(end, today, "to")
    if lower and upper and lower[0] > upper[1]:
        raise UsageError("from is after to: swap them")
    person_ids = None
    title = "Timeline"
    if person and person.strip():
        people = await resolve_people(storage, person.strip())
        person_ids = [p.id for p in people]
        title += " of " + " / ".join(escape(p.name) for p in people[:3])
    if about:
        title += f": {escape(shorten(about, 60))}"
    if article_id is not None:
        title += f" (article #{article_id})"
    events = await storage.events(
        about=about,
        person_ids=person_ids,
        start=lower[0] if lower else None,
        end=upper[1] if upper else None,
        article_id=article_id,
        limit=EVENT_LIMIT,
    )
    if not events:
        empty = await storage.article_count() == 0
        return nothing_found(title, "No dated events match.", store_empty=empty)
    blocks: list[str] = []
    # Separator and heading lines go in one block with the entry after them, so
    # that no page ends with a heading whose entries are on the next page.
    pending: list[str] = []
    current: str | None = None
    separator_done = False
    for entry in merge_same_events(events):
        if entry.event.date > today and not separator_done:
            pending.append("── **Upcoming** ──")
            separator_done = True
            current = None
        heading = day_label(entry.event.date)
        if entry.event.precision in ("month", "year", "decade", "century", "week"):
            label = range_label(entry.event.date, None, entry.event.precision)
            heading = label[:1].upper() + label[1:]  # "The 1990s"
        if heading != current:
            pending.append(f"**{heading}**")
            current = heading
        blocks.append("\n".join([*pending, _entry_line(entry, heading)]))
        pending = []
    footer = f"{counted(len(events), 'event')} · #id = article id"
    return paged(title, blocks, per_page=18, footer=footer)
