"""Transport-neutral answers: the cogs, the console and `newsbot ask` all call this.

`NewsService` turns a question into an Answer using bot.storage; it knows
nothing of Discord. Domain problems raise NewsbotError subclasses whose
message is shown to the user as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot import briefing_answers, people_answers, timeline_answers
from bot.answer import Answer, Field, Page, nothing_found, paged, simple
from bot.commands import COMMANDS, parse_line
from bot.errors import NotFoundError, UsageError
from bot.ingest import FileResult, ingest_bytes
from bot.storage import Storage
from bot.textfmt import counted, escape, short_date, shorten


def utc_now() -> dt.datetime:
    """The current time, aware, in UTC (the default clock)."""
    return dt.datetime.now(dt.UTC)


def parse_article_id(value: str | int | None) -> int | None:
    """An article id option: digits (optionally '#12'), else a UsageError."""
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    text = value.strip().lstrip("#")
    if not text.isdigit():
        raise UsageError(f"an article id is a number such as 12, not {value!r}")
    return int(text)


class NewsService:
    """Answers every newsbot command from the store."""

    def __init__(self, storage: Storage, *, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.storage = storage
        self.clock = clock

    async def help(self) -> Answer:
        """The command list with what each does."""
        lines = []
        for command in COMMANDS:
            options = " ".join(
                f"{o.name}:…" if o.required else f"[{o.name}]" for o in command.options
            )
            where = " (Discord)" if command.discord_only else ""
            lines.append(
                f"**/{command.name}** {options}".rstrip() + f" — {command.description}{where}"
            )
        lines.append("")
        lines.append("In a direct message, plain words work too: `quotes pompeo`, `what did")
        lines.append("pompeo say`, `quotes about the summit`, `who is kim`, `timeline summit`,")
        lines.append("`briefing`; anything else is a search.")
        return simple("newsbot — news briefings", *lines)

    async def search(self, query: str, *, limit: int = 25) -> Answer:
        """Ranked full-text hits: id, date, title and a snippet each."""
        if not query.strip():
            raise UsageError("give some words to search for, e.g. /search summit")
        hits = await self.storage.search(query, limit=limit)
        title = f"Search: {shorten(query, 80)}"
        if not hits:
            empty = await self.storage.article_count() == 0
            return nothing_found(title, "No article matches those words.", store_empty=empty)
        blocks = [
            f"**#{hit.article.id}** · {short_date(hit.article.published)} · "
            f"{escape(hit.article.title)}\n> {_snippet(hit.snippet)}"
            for hit in hits
        ]
        footer = f"{counted(len(hits), 'hit')} · /article id to read one"
        return paged(title, blocks, per_page=5, footer=footer)

    async def article(self, article_id: int | str) -> Answer:
        """One article: title, date, captions with credits, body."""
        wanted = parse_article_id(article_id)
        assert wanted is not None
        record = await self.storage.get_article(wanted)
        if record is None:
            raise NotFoundError(f"there is no article #{wanted}; /search finds ids")
        summary = record.summary
        meta = [f"Published {short_date(summary.published)} · source `{escape(summary.source)}`"]
        if record.outlet:
            meta.append(f"Outlet: {escape(record.outlet)}")
        pages = [Page(lines=(*meta, "", *(escape(p) for p in record.paragraphs)))]
        if record.captions:
            fields = tuple(
                Field(f"Photo {i}", f"{escape(c.text)}\n*Credit: {escape(c.credit)}*")
                for i, c in enumerate(record.captions, start=1)
            )
            pages.append(Page(lines=("**Photos**",), fields=fields))
        return Answer(
            title=f"#{summary.id} · {escape(summary.title)}",
            pages=tuple(pages),
            footer=f"article {summary.id}",
            url=record.url,
        )

    async def quotes(
        self,
        speaker: str | None = None,
        about: str | None = None,
        article: int | str | None = None,
    ) -> Answer:
        """Who said what (see bot.people_answers.quotes)."""
        return await people_answers.quotes(
            self.storage, speaker=speaker, about=about, article_id=parse_article_id(article)
        )

    async def who(self, name: str) -> Answer:
        """A person's card (see bot.people_answers.who)."""
        return await people_answers.who(self.storage, name)

    async def speaker_names(self, prefix: str, *, limit: int = 25) -> list[str]:
        """Names for autocomplete: prefix or alias match, at most `limit` (25)."""
        return await self.storage.person_names(prefix, limit=min(limit, 25))

    async def timeline(
        self,
        about: str | None = None,
        person: str | None = None,
        start: str | None = None,
        end: str | None = None,
        article: int | str | None = None,
    ) -> Answer:
        """Dated events in order (see bot.timeline_answers.timeline)."""
        return await timeline_answers.timeline(
            self.storage,
            today=self.clock().date(),
            about=about,
            person=person,
            start=start,
            end=end,
            article_id=parse_article_id(article),
        )

    async def briefing(
        self,
        date: str | None = None,
        about: str | None = None,
        article: int | str | None = None,
    ) -> Answer:
        """One story or the whole day (see bot.briefing_answers)."""
        article_id = parse_article_id(article)
        if article_id is not None:
            return await briefing_answers.article_briefing(self.storage, article_id)
        return await briefing_answers.day_briefing(
            self.storage, now=self.clock(), date=date, about=about
        )

    async def daily_post(self, since: dt.datetime | None) -> Answer | None:
        """The daily post: stories of the articles stored since `since` (None: no news)."""
        return await briefing_answers.since_briefing(self.storage, since=since, now=self.clock())

    async def ingest(self, raw: bytes, source: str) -> FileResult:
        """Parse and store one uploaded article."""
        return await ingest_bytes(self.storage, raw, source, now=self.clock())

    async def run_line(self, line: str) -> Answer:
        """Answer one command line in the slash grammar (console, `newsbot ask`)."""
        name, options = parse_line(line)
        return await self.answer(name, options)

    async def answer(self, name: str, options: dict[str, str]) -> Answer:
        """Answer command `name` with its options as text (the console's and DMs' way in)."""
        if name == "help":
            return await self.help()
        if name == "article":
            return await self.article(options.get("id", ""))
        if name == "who":
            return await self.who(options.get("name", ""))
        if name == "quote":
            return await self.quotes(
                options.get("speaker"), options.get("about"), options.get("article")
            )
        if name == "timeline":
            return await self.timeline(
                options.get("about"),
                options.get("person"),
                options.get("from"),
                options.get("to"),
                options.get("article"),
            )
        if name == "briefing":
            return await self.briefing(
                options.get("date"), options.get("about"), options.get("article")
            )
        return await self.search(options.get("query", ""))


def _snippet(snippet: str) -> str:
    """Escape a search snippet but keep the ** highlight markers the store put in."""
    return "**".join(escape(part) for part in snippet.replace("\n", " ").split("**"))
