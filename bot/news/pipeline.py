"""The whole parse: reader -> people -> quotes -> events -> briefing.

`parse_article` is what ingest, `newsbot parse` and the benchmarks call; each
stage takes the Article made so far and the next fills its part.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from bot.news.briefing import make_briefing
from bot.news.event_people import with_people
from bot.news.events import find_events
from bot.news.model import Article
from bot.news.people import find_people
from bot.news.quotes import find_quotes
from bot.news.reader import read_article


def enrich(article: Article) -> Article:
    """Run every stage after the reader on an Article shell."""
    people, mentions = find_people(article)
    article = replace(article, people=people, mentions=mentions)
    article = replace(article, quotes=find_quotes(article))
    events = with_people(article, find_events(article), mentions)
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
