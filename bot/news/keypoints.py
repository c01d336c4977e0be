"""Choose the sentences of an article that carry the most news.

Each body sentence (never a caption, dateline, byline or boilerplate) gets a
score from its position, the people, dates and numbers it carries, how
central its words are to the article and how much it shares with a given
title. Sentences are then picked greedily, MMR-style: score minus how much of
the sentence the picked ones (and the key quote, shown apart) already say.
A picked sentence that opens with a time anchored on the one before it ("A day
later, ...") is joined to it when both are picked, so one point tells both.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.news.boilerplate import dateline_end, is_boilerplate
from bot.news.model import Article
from bot.news.sentences import sentence_spans
from bot.news.trimming import SentenceRef
from bot.news.words import content_words

_NUMBER = re.compile(r"\d")
_NUMBERS = re.compile(r"\d[\d,.]*")
_ANCHORED_OPENER = re.compile(
    r"^(?:an?|one|two|three|four|five|six|seven|\d{1,2})\s(?:day|days|hour|hours|week|weeks)"
    r"\s(?:later|after|earlier|before)\b|^(?:the\s)?(?:next|following|previous)\s(?:day|morning"
    r"|evening|week)\b|^(?:later|earlier)\s(?:that|the\ssame)\s(?:day|week|morning|evening)\b",
    re.IGNORECASE,
)
_MIN_WORDS = 5
_LABEL_MAX_WORDS = 15
_MAX_WORDS = 70

# Weights of the sentence score; tuned on the development corpus (bench/briefing.py).
_W_POSITION = 1.0
_W_PEOPLE = 0.05
_W_EVENTS = 0.25
_W_NUMBER = 0.08
_W_CENTRAL = 0.2
_W_TITLE = 0.3
_W_REDUNDANCY = 0.9
# A fourth or fifth point must be worth this much and tell something new (date,
# number, person): longer briefings lose ROUGE precision against short summaries.
_MIN_EXTRA_VALUE = 0.6


@dataclass(frozen=True)
class Candidate:
    """A body sentence that may become a key point, with its score and words."""

    ref: SentenceRef
    index: int
    text: str
    words: frozenset[str]
    score: float


def _is_label(paragraph: str) -> bool:
    """A short line without a full stop: a photo caption, subheading or credit, not news."""
    text = paragraph.strip().rstrip("\"'”’)")
    return len(text.split()) < _LABEL_MAX_WORDS and not text.endswith((".", "!", "?"))


def body_sentences(article: Article) -> list[SentenceRef]:
    """The sentences of the body that are news: no captions, datelines, bylines or boilerplate."""
    caption_texts = {c.text.strip() for c in article.captions}
    refs: list[SentenceRef] = []
    for p_index, paragraph in enumerate(article.paragraphs):
        if paragraph.strip() in caption_texts:
            continue
        if _is_label(paragraph):
            continue
        offset = dateline_end(paragraph) if p_index < 3 else 0
        for start, end in sentence_spans(paragraph[offset:]):
            text = paragraph[offset + start : offset + end]
            if is_boilerplate(text):
                continue
            words = text.split()
            if len(words) < _MIN_WORDS or not any(c.isalpha() for c in text):
                continue
            refs.append(SentenceRef(p_index, offset + start, offset + end))
    return refs


def _people_in(article: Article, ref: SentenceRef) -> set[str]:
    return {
        m.name
        for m in article.mentions
        if m.span.location == "body"
        and m.span.paragraph == ref.paragraph
        and ref.start <= m.span.start < ref.end
    }


def _events_in(article: Article, ref: SentenceRef) -> int:
    return sum(
        1
        for e in article.events
        if e.span.location == "body"
        and e.span.paragraph == ref.paragraph
        and ref.start <= e.span.start < ref.end
        and e.precision in ("day", "month", "year")
    )


def score_sentences(article: Article, refs: Sequence[SentenceRef]) -> list[Candidate]:
    """Score each sentence by position, people, dates, numbers, centrality and title words."""
    texts = [article.paragraphs[r.paragraph][r.start : r.end] for r in refs]
    word_sets = [frozenset(content_words(t)) for t in texts]
    spread = Counter(w for ws in word_sets for w in ws)
    title_words = frozenset(content_words(article.title)) if article.title_given else frozenset()
    # Mean spread of a sentence's words over the other sentences: its topicality.
    centrality = [sum(spread[w] - 1 for w in ws) / (len(ws) + 2) for ws in word_sets]
    top_centrality = max(centrality, default=0.0) or 1.0
    candidates: list[Candidate] = []
    for index, (ref, text, words) in enumerate(zip(refs, texts, word_sets, strict=True)):
        score = _W_POSITION / math.sqrt(1.0 + index)
        score += _W_PEOPLE * min(len(_people_in(article, ref)), 3)
        score += _W_EVENTS * min(_events_in(article, ref), 2)
        score += _W_NUMBER * bool(_NUMBER.search(text))
        score += _W_CENTRAL * centrality[index] / top_centrality
        if title_words:
            score += _W_TITLE * len(words & title_words) / len(title_words)
        n_words = len(text.split())
        if n_words < 8:
            score *= 0.7
        elif n_words > _MAX_WORDS:
            score *= 0.6
        candidates.append(Candidate(ref, index, text, words, score))
    return candidates


def _redundancy(words: frozenset[str], covered: set[str], weight: Counter[str]) -> float:
    """Share of the sentence's words (rarer words weigh more) already said."""
    total = sum(1.0 / weight[w] for w in words)
    if total == 0:
        return 1.0
    return sum(1.0 / weight[w] for w in words if w in covered) / total


def _quote_echo(article: Article, ref: SentenceRef) -> float:
    """Share of the sentence's quoted fragments that repeat words of a full quote elsewhere.

    A lead such as 'X said it would be a "tragedy" to let it "go to waste"'
    paraphrases a quote the article gives in full; the full quote says it better.
    """
    fragments: list[set[str]] = []
    full: list[set[str]] = []
    for quote in article.quotes:
        span = quote.span
        if span.location != "body":
            continue
        inside = span.paragraph == ref.paragraph and ref.start <= span.start < ref.end
        words = set(content_words(quote.text))
        if quote.kind == "fragment" and inside and words:
            fragments.append(words)
        elif quote.kind == "full" and not inside:
            full.append(words)
    if not fragments:
        return 0.0
    echoes = sum(1 for f in fragments if any(f <= words for words in full))
    return echoes / len(fragments)


def _tells_more(article: Article, cand: Candidate, chosen: Sequence[Candidate]) -> bool:
    """True when a sentence brings a date, a number or a person the picked ones lack."""
    if _events_in(article, cand.ref):
        return True
    known_people: set[str] = set()
    known_numbers: set[str] = set()
    for c in chosen:
        known_people |= _people_in(article, c.ref)
        known_numbers |= set(_NUMBERS.findall(c.text))
    return bool(
        _people_in(article, cand.ref) - known_people
        or set(_NUMBERS.findall(cand.text)) - known_numbers
    )


def is_continuation(text: str) -> bool:
    """True when a sentence opens with a time anchored on the sentence before ("A day later")."""
    return _ANCHORED_OPENER.match(text) is not None


def _units(chosen: Sequence[Candidate]) -> list[list[Candidate]]:
    """Picked sentences in article order, a continuation joined to the sentence before it."""
    units: list[list[Candidate]] = []
    for cand in sorted(chosen, key=lambda c: c.index):
        if units and units[-1][-1].index == cand.index - 1 and is_continuation(cand.text):
            units[-1].append(cand)
        else:
            units.append([cand])
    return units


def select_points(
    article: Article, max_points: int = 5, said_elsewhere: str = ""
) -> list[list[SentenceRef]]:
    """The key sentences, grouped into points, in article order.

    `said_elsewhere` is text the briefing shows anyway (the key quote's
    sentence): points that repeat it lose out.
    """
    candidates = score_sentences(article, body_sentences(article))
    weight: Counter[str] = Counter(w for c in candidates for w in c.words)
    covered = set(content_words(said_elsewhere))
    echo = {c.index: _quote_echo(article, c.ref) for c in candidates}

    def value(c: Candidate) -> float:
        said = max(_redundancy(c.words, covered, weight), echo[c.index])
        return c.score - _W_REDUNDANCY * said

    remaining = [c for c in candidates if c.words and _redundancy(c.words, covered, weight) < 0.8]
    chosen: list[Candidate] = []
    while remaining:
        best = max(remaining, key=value)
        remaining.remove(best)
        trial = [*chosen, best]
        n_units = len(_units(trial))
        # A sentence that would make one point too many may still join a picked one.
        if n_units > max_points:
            continue
        if n_units > len(_units(chosen)) > 2 and not (
            value(best) >= _MIN_EXTRA_VALUE and _tells_more(article, best, chosen)
        ):
            continue
        chosen = trial
        covered |= best.words
    return [[c.ref for c in unit] for unit in _units(chosen)]
