"""Group many articles into stories for the daily briefing.

At ingest time `story_terms` reduces an article to the terms that identify its
story: the people it names, the capitalised names of places and organisations
in its title and lead, and the salient words and word pairs of both. At query
time `group_stories` joins articles that share enough rare terms (an inverted
index over terms, so only articles that share something are ever compared),
then orders the stories by coverage and recency and gives each a headline and
one to three points that do not repeat each other.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.news.boilerplate import dateline_end, is_boilerplate
from bot.news.model import Article
from bot.news.sentences import sentence_spans, split_sentences
from bot.news.story_clusters import centrality, cluster_by_terms
from bot.news.words import STOPWORDS, content_words, normalise, word_set

MAX_TERMS = 30
# Terms come from the title and at most this much of the lead.
_LEAD_MAX_CHARS = 600
MAX_POINTS = 3
# Points are drawn from the most central articles of a story, at most this many.
_POINT_SOURCES = 8
_POINT_OVERLAP = 0.5
# Words in every kind of story: they say nothing about which one.
_GENERIC = frozenset(
    """people two three four five six seven eight nine ten first second third last next
    official officials percent million billion thousand thousands hundred hundreds
    near around across local national government report reports news group""".split()
)

# "North Korea", "Port of Rotterdam", "U.S. Senate"; a stop ends a word unless a
# letter follows it ("U.S." stays whole, "Rotterdam. Thousands" is two runs).
_NAME_WORD = r"[A-Z](?:[\w'’\-]|\.(?=\w)){0,30}\.?"
_CAPITALISED_RUN = re.compile(rf"{_NAME_WORD}(?:[ ](?:of[ ]|de[ ]|the[ ])?{_NAME_WORD}){{0,4}}")


def _stem(word: str) -> str:
    """A light plural strip so "tariffs" and "tariff" meet ("news", "crisis" stay)."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _lead_text(article: Article) -> str:
    """The first paragraph of news, without dateline, captions or boilerplate."""
    captions = {c.text.strip() for c in article.captions}
    for paragraph in article.paragraphs:
        if paragraph.strip() in captions:
            continue
        text = paragraph[dateline_end(paragraph) :]
        sentences = [s for s in split_sentences(text) if not is_boilerplate(s)]
        if sentences:
            return " ".join(sentences[:2])[:_LEAD_MAX_CHARS]
    return ""


def _names(text: str) -> list[str]:
    """Capitalised runs that are names ("North Korea", "Port of Rotterdam"), lower-cased.

    A lone capitalised word opening a sentence ("Firefighters battled ...") is not a name.
    """
    names: list[str] = []
    openings = {start for start, _end in sentence_spans(text)}
    for match in _CAPITALISED_RUN.finditer(text):
        words = [normalise(w).rstrip(".") for w in match.group(0).split()]
        if len(words) == 1 and match.start() in openings:
            continue
        while words and words[0] in STOPWORDS:
            words.pop(0)
        while words and words[-1] in STOPWORDS:
            words.pop()
        if not words or (len(words) == 1 and (len(words[0]) < 3 or words[0] in STOPWORDS)):
            continue
        names.append(" ".join(words))
    return names


def story_terms(article: Article) -> tuple[str, ...]:
    """The terms that identify an article's story, most telling first (at most 30).

    People's canonical names, capitalised names of places and organisations in
    the title and lead, then their content words and adjacent word pairs.
    Everything is lower-cased; plurals are folded onto the singular.
    """
    title = article.title if article.title_given else ""
    lead = _lead_text(article)
    mentioned = Counter(m.name for m in article.mentions if m.span.location == "body")
    people = sorted(article.people, key=lambda p: -mentioned[p.name])
    terms: list[str] = [p.name.lower() for p in people[:6]]
    # A run that holds a person's name ("Secretary of State Mike Pompeo") adds nothing.
    terms += [n for n in _names(title) + _names(lead) if not any(p in n for p in terms)]
    title_words = [_stem(w) for w in content_words(title) if not w.isdigit()]
    words = title_words + [_stem(w) for w in content_words(lead) if not w.isdigit()]
    counts = Counter(words)
    first_seen = {w: i for i, w in reversed(list(enumerate(words)))}
    in_title = set(title_words)
    for word in sorted(counts, key=lambda w: (-counts[w] - (w in in_title), first_seen[w])):
        if len(word) >= 3 and word not in _GENERIC:
            terms.append(word)
    terms += [f"{a} {b}" for a, b in itertools.pairwise(title_words) if a != b]
    unique: list[str] = []
    seen: set[str] = set()
    for term in terms:
        if term and term not in seen:
            seen.add(term)
            unique.append(term)
    return tuple(unique[:MAX_TERMS])


@dataclass(frozen=True)
class StoryItem:
    """An article as the daily briefing sees it: stored terms and key points."""

    article_id: int
    published: dt.date | None
    title: str
    terms: tuple[str, ...]
    points: tuple[str, ...]
    weight: float = 1.0


@dataclass(frozen=True)
class Story:
    """Articles about the same thing: a headline, one to three points, the articles."""

    headline: str
    points: tuple[str, ...]
    article_ids: tuple[int, ...]
    latest: dt.date | None


def _repeats(words: frozenset[str], chosen: Sequence[frozenset[str]]) -> bool:
    """True when most of a point's words are already in a chosen point (or it has none)."""
    if not words:
        return True
    return any(
        other and len(words & other) / min(len(words), len(other)) >= _POINT_OVERLAP
        for other in chosen
    )


def _distinct_points(items: Sequence[StoryItem], order: Sequence[int]) -> list[str]:
    """Up to three points: each article's first point, most central article first, then
    their second points, and so on, skipping any that repeats one already taken."""
    if len(order) == 1:
        return list(items[order[0]].points[:MAX_POINTS])
    points: list[str] = []
    chosen: list[frozenset[str]] = []
    looked = order[:_POINT_SOURCES]
    for level in range(MAX_POINTS):
        for i in looked:
            if len(points) == MAX_POINTS:
                return points
            if level < len(items[i].points):
                point = items[i].points[level]
                if point in points:
                    continue
                words = word_set(point)
                if not _repeats(words, chosen):
                    points.append(point)
                    chosen.append(words)
    return points


def _story(items: Sequence[StoryItem], centrality: dict[int, float]) -> Story:
    """One story from its items: the most central title, then distinct points."""

    def rank(i: int) -> tuple[float, int, float, int]:
        item = items[i]
        day = item.published.toordinal() if item.published else 0
        return (-centrality.get(i, 0.0), -day, -item.weight, item.article_id)

    order = sorted(range(len(items)), key=rank)
    lead = items[order[0]]
    headline = lead.title.strip() or (lead.points[0] if lead.points else "")
    points = _distinct_points(items, order)
    if not points:
        points = [t for t in (items[i].title.strip() for i in order[1:]) if t][:1]
    if not points and headline:
        points = [headline]
    dates = [item.published for item in items if item.published is not None]
    by_recency = sorted(
        items,
        key=lambda it: (-(it.published.toordinal() if it.published else 0), it.article_id),
    )
    return Story(
        headline=headline,
        points=tuple(points),
        article_ids=tuple(it.article_id for it in by_recency),
        latest=max(dates) if dates else None,
    )


def group_stories(items: Sequence[StoryItem]) -> list[Story]:
    """Group items into stories, most covered first, then most recent.

    Items that share enough rare terms (people, places, words) and lie within a
    few days of each other form one story. Ties in coverage go to the latest
    story, then to the one with the most weight. The result does not depend
    on the order of `items`.
    """
    ordered = sorted(
        items, key=lambda it: (it.published.toordinal() if it.published else 0, it.article_id)
    )
    term_lists = [it.terms for it in ordered]
    days = [it.published.toordinal() if it.published else None for it in ordered]
    stories: list[tuple[tuple[int, int, float, int], Story]] = []
    for members in cluster_by_terms(term_lists, days):
        group = [ordered[i] for i in members]
        central = centrality(term_lists, members)
        story = _story(group, {k: central[i] for k, i in enumerate(members)})
        key = (
            -len(group),
            -(story.latest.toordinal() if story.latest else 0),
            -sum(it.weight for it in group),
            min(it.article_id for it in group),
        )
        stories.append((key, story))
    stories.sort(key=lambda pair: pair[0])
    return [story for _key, story in stories]
