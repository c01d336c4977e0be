"""Answers about people: /quote (who said what) and /who (a person's card)."""

from __future__ import annotations

import difflib

from bot.answer import Answer, Field, Page, nothing_found, paged
from bot.errors import NotFoundError
from bot.news.model import spoken_words
from bot.news.sentences import sentence_spans
from bot.records import PersonRecord, QuoteRecord
from bot.storage import Storage
from bot.textfmt import counted, escape, short_date, shorten

QUOTE_LIMIT = 60


async def resolve_people(storage: Storage, name: str) -> list[PersonRecord]:
    """People an alias names exactly, else those whose names or family names start
    with it ("Pelosi" when every article said "Nancy Pelosi").

    Raises NotFoundError with close names ("did you mean …?") when none match.
    """
    people = await storage.find_people(name)
    if people:
        return people
    names = await storage.person_names(name, limit=5)
    if names:
        found: list[PersonRecord] = []
        for candidate in names:
            found.extend(await storage.find_people(candidate))
        if found:
            return found
    near = difflib.get_close_matches(name, await storage.names_near(name), n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(near)}?" if near else ""
    raise NotFoundError(f"no one called {shorten(name, 60)!r} in the articles{hint}")


def fragment_sentence(quote: QuoteRecord) -> str:
    """The sentence a quoted fragment sits in, so it reads naturally."""
    for start, end in sentence_spans(quote.context):
        if start <= quote.start < end:
            return quote.context[start:end]
    return quote.text


def quote_block(quote: QuoteRecord) -> str:
    """One quote as the list shows it, with speaker, title, date and article id."""
    speaker = escape(quote.speaker) if quote.speaker else "*unattributed*"
    if quote.speaker_title:
        speaker += f", {escape(quote.speaker_title)}"
    source = f"#{quote.article.id} · {short_date(quote.article.published)}"
    if quote.kind == "full":
        body = f"“{escape(shorten(spoken_words(quote.text), 600))}”"
    else:
        body = escape(shorten(fragment_sentence(quote), 600))
    return f"{body}\n— **{speaker}** · {source}"


async def quotes(
    storage: Storage,
    *,
    speaker: str | None = None,
    about: str | None = None,
    article_id: int | None = None,
) -> Answer:
    """Quotes by speaker/words/article: full ones first, newest articles first."""
    person_ids = None
    title = "Quotes"
    if speaker and speaker.strip():
        people = await resolve_people(storage, speaker.strip())
        person_ids = [p.id for p in people]
        title = "Quotes of " + " / ".join(escape(p.name) for p in people[:3])
    if about:
        title += f" about “{escape(shorten(about, 60))}”"
    if article_id is not None:
        title += f" in #{article_id}"
    found = await storage.quotes(
        person_ids=person_ids, about=about, article_id=article_id, limit=QUOTE_LIMIT
    )
    note = ""
    if not found and about:
        # No quote says the words: the quotes of the stories that do are what a
        # reader asking "quotes about the shutdown" wants.
        found = await storage.quotes(
            person_ids=person_ids, articles_about=about, article_id=article_id, limit=QUOTE_LIMIT
        )
        note = " · none holds the words: quotes from articles that do"
    if not found:
        empty = await storage.article_count() == 0
        return nothing_found(title, "No quotes match.", store_empty=empty)
    full = sum(1 for q in found if q.kind == "full")
    fragments = counted(len(found) - full, "fragment")
    footer = f"{counted(len(found), 'quote')} ({full} full, {fragments}){note}"
    blocks: list[str] = []
    shown: set[tuple[int, str]] = set()
    for quote in found:
        if quote.kind == "fragment":
            # Fragments quoted in one sentence read best as that sentence, once.
            key = (quote.article.id, fragment_sentence(quote))
            if key in shown:
                continue
            shown.add(key)
        blocks.append(quote_block(quote))
    return paged(title, blocks, per_page=6, footer=footer)


async def who(storage: Storage, name: str) -> Answer:
    """A person's card: canonical name, titles, aliases, articles, quotes, latest quote."""
    people = await resolve_people(storage, name.strip())
    pages = []
    for person in people[:5]:
        article_count, quote_count = await storage.person_stats(person.id)
        articles = await storage.person_articles(person.id, limit=5)
        latest = await storage.quotes(person_ids=[person.id], limit=1)
        lines = [f"**{escape(person.name)}**"]
        if person.titles:
            lines.append("; ".join(escape(t) for t in person.titles))
        fields = [
            Field("Also called", ", ".join(escape(a) for a in person.aliases) or "—"),
            Field(
                f"In {counted(article_count, 'article')}",
                "\n".join(
                    f"#{a.id} · {short_date(a.published)} · {escape(shorten(a.title, 80))}"
                    for a in articles
                )
                or "—",
            ),
            Field("Quotes", str(quote_count), inline=True),
        ]
        if latest:
            fields.append(Field("Latest quote", quote_block(latest[0])))
        pages.append(Page(lines=tuple(lines), fields=tuple(fields)))
    title = "Who is " + escape(shorten(name.strip(), 80)) + "?"
    footer = None if len(people) == 1 else f"{len(people)} people match"
    return Answer(title=title, pages=tuple(pages), footer=footer)
