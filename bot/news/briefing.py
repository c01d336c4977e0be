"""The one-article briefing: headline, key points, key quote and what comes next.

`make_briefing` works on a fully parsed Article (people, mentions, quotes and
events filled in); `briefing_to_json` gives the `briefing` key of the parse
contract (see DESIGN.md).
"""

from __future__ import annotations

from bot.news.dates import natural_end
from bot.news.headline import write_headline
from bot.news.keypoints import body_sentences, select_points
from bot.news.model import Article, Briefing, BriefingQuote, Event, Quote, spoken_words
from bot.news.sentences import sentence_at, sentence_spans
from bot.news.trimming import SentenceRef, write_point

_QUOTE_MIN_WORDS = 5
_QUOTE_BEST_WORDS = 35
_MAX_NEXT = 5
_REPORTING_TAIL = frozenset(".,!?;:")


# Roughly a minute's read: below it a briefing keeps to three points.
SHORT_ARTICLE_WORDS = 250
SHORT_ARTICLE_POINTS = 3


def _quote_strength(quote: Quote, people: frozenset[str]) -> float:
    """How good a key quote this is: long enough, said by a named person, a whole clause."""
    words = len(quote.text.split())
    strength = float(min(words, _QUOTE_BEST_WORDS))
    if words > 2 * _QUOTE_BEST_WORDS:
        strength -= words - 2 * _QUOTE_BEST_WORDS
    if quote.speaker:
        strength += 10.0
    if quote.speaker in people:
        strength += 10.0  # a named person over "the company" or "an official"
    text = quote.text.strip()
    if text[:1].isupper():
        strength += 3.0
    if text[-1:] in _REPORTING_TAIL:
        strength += 3.0
    return strength


def choose_key_quote(article: Article) -> Quote | None:
    """The strongest full quote of the body, or None when there is none worth showing."""
    full = [
        q
        for q in article.quotes
        if q.kind == "full"
        and q.speaker is not None  # a quotation no one is known to have said
        and q.span.location == "body"
        and 0 <= q.span.paragraph < len(article.paragraphs)
        and len(q.text.split()) >= _QUOTE_MIN_WORDS
    ]
    if not full:
        return None
    people = frozenset(p.name for p in article.people)
    return max(full, key=lambda q: _quote_strength(q, people))


def _quote_for_briefing(article: Article, quote: Quote) -> BriefingQuote:
    title = next((p.title for p in article.people if p.name == quote.speaker), None)
    return BriefingQuote(speaker=quote.speaker, title=title, text=spoken_words(quote.text))


def _sentence_around(article: Article, quote: Quote) -> str:
    """The body sentences that hold the quote (what the briefing shows anyway)."""
    paragraph = article.paragraphs[quote.span.paragraph]
    around = [
        paragraph[start:end]
        for start, end in sentence_spans(paragraph)
        if start < quote.span.end and quote.span.start < end
    ]
    return " ".join(around) or quote.text


def upcoming_events(article: Article, limit: int = _MAX_NEXT) -> tuple[Event, ...]:
    """Events after the publication date (or told as upcoming), in date order, one per date."""
    published = article.published
    seen: set[object] = set()
    upcoming: list[Event] = []
    # Sorting is stable: of two events on one date, the one told first is kept.
    for event in sorted(article.events, key=lambda e: (e.date, e.until or e.date)):
        if event.span.location != "body":
            continue
        ahead = event.date > published if published is not None else event.upcoming
        key = (event.date, event.until)
        # One entry per date, and one per clause ("in August or September"); nor a
        # day inside a period its sentence gave ("through the weekend, with 100
        # degrees on Saturday").
        if (
            not ahead
            or key in seen
            or event.text in seen
            or _inside_listed(article, event, upcoming)
        ):
            continue
        seen.update((key, event.text))
        upcoming.append(event)
    return tuple(upcoming[:limit])


def _inside_listed(article: Article, event: Event, listed: list[Event]) -> bool:
    """Whether a listed event of the same sentence covers the days of `event`, or
    they cover its days (a day and the weekend holding it)."""
    lo, hi = sentence_at(article.paragraphs[event.span.paragraph], event.span.start)
    first, last = event.date, event.until or natural_end(event.date, event.precision)
    for other in listed:
        if other.span.paragraph != event.span.paragraph or not lo <= other.span.start < hi:
            continue
        other_last = other.until or natural_end(other.date, other.precision)
        if (other.date <= first and last <= other_last) or (
            first <= other.date and other_last <= last
        ):
            return True
    return False


def _person_before(article: Article, previous: SentenceRef | None) -> str | None:
    """The one person the sentence before speaks of, if exactly one."""
    if previous is None:
        return None
    names = {
        m.name
        for m in article.mentions
        if m.span.location == "body"
        and m.span.paragraph == previous.paragraph
        and previous.start <= m.span.start < previous.end
    }
    return names.pop() if len(names) == 1 else None


def _lead(article: Article, refs: list[SentenceRef]) -> str:
    """The first paragraph of news (no caption, dateline or boilerplate)."""
    if not refs:
        return article.title
    paragraph = article.paragraphs[refs[0].paragraph]
    return paragraph[refs[0].start :].strip()


def make_briefing(article: Article, *, max_points: int = 5) -> Briefing:
    """Brief one parsed article: headline, 3 to `max_points` key points, key quote, next.

    A short article (under SHORT_ARTICLE_WORDS words of body) gets at most three
    points: summaries are about as long as what they sum up.
    """
    if sum(len(p.split()) for p in article.paragraphs) < SHORT_ARTICLE_WORDS:
        max_points = min(max_points, SHORT_ARTICLE_POINTS)
    all_refs = body_sentences(article)
    headline = article.title.strip() if article.title_given and article.title.strip() else ""
    if not headline:
        lead = _lead(article, all_refs)
        # The writer may find no headline in a lead of punctuation; the title stands.
        headline = (write_headline(lead) if lead.strip() else "") or article.title
    key_quote = choose_key_quote(article)
    said_elsewhere = _sentence_around(article, key_quote) if key_quote else ""
    previous_of = {ref: all_refs[i - 1] if i else None for i, ref in enumerate(all_refs)}
    points: list[str] = []
    given: frozenset[str] = frozenset()
    for unit in select_points(article, max(1, max_points), said_elsewhere, all_refs):
        parts: list[str] = []
        for ref in unit:
            part, given = write_point(
                article, ref, _person_before(article, previous_of[ref]), given
            )
            parts.append(part)
        points.append(" ".join(p for p in parts if p))
    return Briefing(
        headline=headline,
        points=tuple(p for p in points if p),
        quote=_quote_for_briefing(article, key_quote) if key_quote else None,
        next=upcoming_events(article),
    )


def briefing_to_json(b: Briefing) -> dict[str, object]:
    """The parse-contract shape: headline, points, quote (or null), next [{date, text}]."""
    quote: dict[str, object] | None = None
    if b.quote is not None:
        quote = {"speaker": b.quote.speaker, "title": b.quote.title, "text": b.quote.text}
    return {
        "headline": b.headline,
        "points": list(b.points),
        "quote": quote,
        "next": [{"date": e.date.isoformat(), "text": e.text} for e in b.next],
    }
