"""The whole parse: reader -> people -> quotes -> events -> briefing.

`parse_article` is what ingest, `newsbot parse` and the benchmarks call; each
stage takes the Article made so far and the next fills its part.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from bot.news.briefing import make_briefing
from bot.news.events import find_events
from bot.news.model import Article, Event, Mention
from bot.news.people import find_people
from bot.news.quotes import find_quotes
from bot.news.reader import read_article
from bot.news.sentences import sentence_spans


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    for s, e in sentence_spans(text):
        if s <= start < e or (start <= s < end):
            return s, e
    return start, end


def _event_people(article: Article, event: Event, mentions: tuple[Mention, ...]) -> Event:
    """Fill in the people named in the sentence that carries the event."""
    span = event.span
    text = article.text_at(span.location, span.paragraph)
    lo, hi = _sentence_around(text, span.start, span.end)
    names: list[str] = []
    for mention in mentions:
        m = mention.span
        same_text = (m.location, m.paragraph) == (span.location, span.paragraph)
        if same_text and lo <= m.start < hi and mention.name not in names:
            names.append(mention.name)
    return replace(event, people=tuple(names))


def enrich(article: Article) -> Article:
    """Run every stage after the reader on an Article shell."""
    people, mentions = find_people(article)
    article = replace(article, people=people, mentions=mentions)
    article = replace(article, quotes=find_quotes(article))
    events = tuple(_event_people(article, e, mentions) for e in find_events(article))
    article = replace(article, events=events)
    return replace(article, briefing=make_briefing(article))


def parse_article(raw: bytes, source: str) -> Article:
    """Read and fully parse one article (raises reader.ArticleFormatError on bad input)."""
    return enrich(read_article(raw, source))


def content_hash(article: Article) -> str:
    """A hash of what the article says (not how the file is laid out).

    The same text with other line endings, a BOM or another file name hashes
    the same, so it is recognised as a duplicate.
    """
    digest = hashlib.sha256()
    parts = [
        article.published.isoformat() if article.published else "",
        article.title if article.title_given else "",
        *(c.text for c in article.captions),
        *article.paragraphs,
    ]
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()
