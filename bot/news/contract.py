"""The parse contract: an Article as the stable JSON that `newsbot parse --json` prints."""

from __future__ import annotations

from typing import Any

from bot.news.briefing import briefing_to_json
from bot.news.date_expressions import find_date_expressions
from bot.news.model import Article, Span


def _span(span: Span) -> dict[str, Any]:
    return {"in": span.location, "paragraph": span.paragraph, "start": span.start, "end": span.end}


def article_to_json(article: Article) -> dict[str, Any]:
    """The parse contract of ../shared/DESIGN.md for one article."""
    data: dict[str, Any] = {
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "title": article.title,
        "captions": [
            {
                "text": c.text,
                "credit": c.credit,
                "date": c.date.isoformat() if c.date else None,
                "place": c.place,
            }
            for c in article.captions
        ],
        "paragraphs": list(article.paragraphs),
        "people": [
            {"name": p.name, "title": p.title, "aliases": list(p.aliases)} for p in article.people
        ],
        "quotes": [
            {"speaker": q.speaker, "text": q.text, "kind": q.kind, **_span(q.span)}
            for q in article.quotes
        ],
        "events": [
            {
                "date": e.date.isoformat(),
                "until": e.until.isoformat() if e.until else None,
                "precision": e.precision,
                "expression": e.expression,
                "text": e.text,
                **_span(e.span),
                "upcoming": e.upcoming,
                "people": list(e.people),
            }
            for e in article.events
        ],
    }
    if article.url:
        data["url"] = article.url
    if article.briefing is not None:
        data["briefing"] = briefing_to_json(article.briefing)
    data["timexes"] = [
        {
            "expression": t.expression,
            "type": t.timex_type,
            "value": t.value,
            "in": t.location,
            "paragraph": t.paragraph,
            "start": t.start,
            "end": t.end,
        }
        for t in find_date_expressions(article)
    ]
    return data
