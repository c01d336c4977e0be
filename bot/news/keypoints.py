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

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.news.boilerplate import dateline_end, is_boilerplate, is_caption_like
from bot.news.model import Article, Event, Mention
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
# Words of the writer, not of a speaker: outside quotation marks, news copy
# has no "I" or "we". A sentence that has them is an unmarked quotation (a
# memo or a speech printed as it was given).
_QUOTED = re.compile(r'"[^"]*"|“[^“”]*”')  # "“" stops at the next "“": linear
# "I" is no pronoun in "World War I", "Phase I" or the road "I-95".
_FIRST_PERSON = re.compile(
    # The gate (every branch starts with one of these) lets the engine skip
    # most positions in a step or two.
    r"(?=I|[Ww]e|[Mm][ye]|[Oo]ur|us)"
    r"\b(?:I'm|I've|I'd|I'll|[Ww]e|[Ww]e're|[Ww]e've|[Mm]y|[Oo]ur|me|us)\b"
    r"|(?<!War )(?<!Phase )(?<!Type )(?<!Class )(?<!Stage )(?<!Part )(?<!Title )"
    r"(?<!Section )(?<!Chapter )\bI\b(?![-.])"
)
_MIN_WORDS = 5
_LABEL_MAX_WORDS = 15
_MAX_WORDS = 70
_POOL = 40

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
    people: frozenset[str] = frozenset()
    dated: int = 0


def _is_label(paragraph: str) -> bool:
    """A short line without a full stop: a photo caption, subheading or credit, not news."""
    text = paragraph.strip().rstrip("\"'”’)")
    return len(text.split()) < _LABEL_MAX_WORDS and not text.endswith((".", "!", "?"))


def _speaks_in_first_person(sentence: str) -> bool:
    """True when the sentence, outside its quotation marks, says "I" or "we"; or
    says nothing outside them (a quotation with no one to say it)."""
    outside = _QUOTED.sub(" ", sentence.replace("’", "'"))
    return _FIRST_PERSON.search(outside) is not None or not any(c.isalpha() for c in outside)


def _continues_a_quote(sentence: str) -> bool:
    """True for a later sentence of a quotation: it closes a quote it never opened."""
    if sentence.count("”") > sentence.count("“"):
        return True
    text = sentence.strip()
    return text.count('"') % 2 == 1 and text.endswith('"') and not text.startswith('"')


class _QuoteCover:
    """Answers 'does a quote span strictly contain this offset?' in log time.

    Spans sorted by start, with the furthest end reached so far: an offset is
    inside some span when the furthest end among spans starting before it
    lies beyond it. (A linear scan per sentence was quadratic in quotes.)
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [start for start, _ in spans]
        self.reach: list[int] = []
        furthest = -1
        for _, end in spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def covers(self, offset: int) -> bool:
        """True when some span has start < offset < end."""
        index = bisect.bisect_left(self.starts, offset) - 1
        return index >= 0 and self.reach[index] > offset


def body_sentences(article: Article) -> list[SentenceRef]:
    """The sentences of the body that are news: no captions, datelines, bylines or boilerplate.

    Nor the second and later sentences of a quotation: out of their quote they
    read as the writer's words. (The key quote shows quotations whole.)
    """
    caption_texts = {c.text.strip() for c in article.captions}
    quoted: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for quote in article.quotes:
        if quote.span.location == "body":
            quoted[quote.span.paragraph].append((quote.span.start, quote.span.end))
    inside = {index: _QuoteCover(spans) for index, spans in quoted.items()}
    refs: list[SentenceRef] = []
    for p_index, paragraph in enumerate(article.paragraphs):
        if paragraph.strip() in caption_texts:
            continue
        # A caption the reader left in the body: the whole paragraph goes, credit and all.
        if _is_label(paragraph) or is_caption_like(paragraph):
            continue
        offset = dateline_end(paragraph) if p_index < 3 else 0
        for start, end in sentence_spans(paragraph[offset:]):
            text = paragraph[offset + start : offset + end]
            s_start = offset + start
            if is_boilerplate(text) or _continues_a_quote(text) or _speaks_in_first_person(text):
                continue
            if p_index in inside and inside[p_index].covers(s_start):
                continue
            words = text.split()
            if len(words) < _MIN_WORDS or not any(c.isalpha() for c in text):
                continue
            refs.append(SentenceRef(p_index, offset + start, offset + end))
    return refs


def _by_paragraph(article: Article) -> tuple[dict[int, list[Mention]], dict[int, list[Event]]]:
    """The body's mentions and calendar-dated events, indexed by paragraph, each list
    in order of where it starts (`_within` reads a sentence's share by bisection)."""
    mentions: dict[int, list[Mention]] = defaultdict(list)
    for m in article.mentions:
        if m.span.location == "body":
            mentions[m.span.paragraph].append(m)
    events: dict[int, list[Event]] = defaultdict(list)
    for e in article.events:
        if e.span.location == "body" and e.precision in ("day", "month", "year"):
            events[e.span.paragraph].append(e)
    for named in mentions.values():
        named.sort(key=_starts_at)
    for dated in events.values():
        dated.sort(key=_starts_at)
    return mentions, events


def _starts_at(item: Mention | Event) -> int:
    """Where a mention or an event starts in its paragraph."""
    return item.span.start


def _within(items: Sequence[Mention] | Sequence[Event], start: int, end: int) -> range:
    """The indexes of `items` (in order of start) that start in [start, end): a
    sentence's share of a long paragraph, found without reading all of it."""
    lo = bisect.bisect_left(items, start, key=_starts_at)
    return range(lo, bisect.bisect_left(items, end, lo, key=_starts_at))


def score_sentences(article: Article, refs: Sequence[SentenceRef]) -> list[Candidate]:
    """Score each sentence by position, people, dates, numbers, centrality and title words."""
    mentions, events = _by_paragraph(article)
    texts = [article.paragraphs[r.paragraph][r.start : r.end] for r in refs]
    word_sets = [frozenset(content_words(t)) for t in texts]
    spread = Counter(w for ws in word_sets for w in ws)
    title_words = frozenset(content_words(article.title)) if article.title_given else frozenset()
    # Mean spread of a sentence's words over the other sentences: its topicality.
    centrality = [sum(spread[w] - 1 for w in ws) / (len(ws) + 2) for ws in word_sets]
    top_centrality = max(centrality, default=0.0) or 1.0
    candidates: list[Candidate] = []
    for index, (ref, text, words) in enumerate(zip(refs, texts, word_sets, strict=True)):
        named = mentions[ref.paragraph]
        people = frozenset(named[i].name for i in _within(named, ref.start, ref.end))
        dated = len(_within(events[ref.paragraph], ref.start, ref.end))
        score = _W_POSITION / math.sqrt(1.0 + index)
        score += _W_PEOPLE * min(len(people), 3)
        score += _W_EVENTS * min(dated, 2)
        score += _W_NUMBER * bool(_NUMBER.search(text))
        score += _W_CENTRAL * centrality[index] / top_centrality
        if title_words:
            score += _W_TITLE * len(words & title_words) / len(title_words)
        n_words = len(text.split())
        if n_words < 8:
            score *= 0.7
        elif n_words > _MAX_WORDS:
            score *= 0.6
        candidates.append(Candidate(ref, index, text, words, score, people, dated))
    return candidates


class _SaidSoFar:
    """Each candidate's redundancy, updated as words are said.

    Redundancy is the share of a sentence's words already said, rarer words
    (fewer sentences hold them) weighing more.
    """

    def __init__(
        self, candidates: Sequence[Candidate], weight: Counter[str], covered: set[str]
    ) -> None:
        self.weight = weight
        self.covered: set[str] = set()
        self.total = {c.index: sum(1.0 / weight[w] for w in c.words) for c in candidates}
        self.mass = dict.fromkeys(self.total, 0.0)
        self.holders: dict[str, list[int]] = defaultdict(list)
        for c in candidates:
            for w in c.words:
                self.holders[w].append(c.index)
        self.add(covered)

    def add(self, words: Iterable[str]) -> None:
        """Mark `words` as said."""
        for w in words:
            if w not in self.covered:
                self.covered.add(w)
                for index in self.holders.get(w, ()):
                    self.mass[index] += 1.0 / self.weight[w]

    def share(self, c: Candidate) -> float:
        """The share of the candidate's word weight already said (1.0 when it has none)."""
        total = self.total[c.index]
        return self.mass[c.index] / total if total else 1.0


def _quote_echoes(article: Article, candidates: Sequence[Candidate]) -> dict[int, float]:
    """Per candidate, the share of its quoted fragments that repeat a full quote elsewhere.

    A lead such as 'X said it would be a "tragedy" to let it "go to waste"'
    paraphrases a quote the article gives in full; the full quote says it better.
    """
    full: list[tuple[int, int, frozenset[str]]] = []
    fragments: dict[int, list[tuple[int, frozenset[str]]]] = defaultdict(list)
    for quote in article.quotes:
        span = quote.span
        if span.location != "body":
            continue
        words = frozenset(content_words(quote.text))
        if quote.kind == "full":
            full.append((span.paragraph, span.start, words))
        elif words:
            fragments[span.paragraph].append((span.start, words))
    echoes: dict[int, float] = {}
    for cand in candidates:
        ref = cand.ref
        inside = [w for start, w in fragments[ref.paragraph] if ref.start <= start < ref.end]
        elsewhere = [
            w for p, start, w in full if not (p == ref.paragraph and ref.start <= start < ref.end)
        ]
        repeated = sum(1 for f in inside if any(f <= w for w in elsewhere))
        echoes[cand.index] = repeated / len(inside) if inside else 0.0
    return echoes


def _tells_more(cand: Candidate, chosen: Sequence[Candidate]) -> bool:
    """True when a sentence brings a date, a number or a person the picked ones lack."""
    if cand.dated:
        return True
    known_people: set[str] = set()
    known_numbers: set[str] = set()
    for c in chosen:
        known_people |= c.people
        known_numbers |= set(_NUMBERS.findall(c.text))
    return bool(cand.people - known_people or set(_NUMBERS.findall(cand.text)) - known_numbers)


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
    article: Article,
    max_points: int = 5,
    said_elsewhere: str = "",
    sentences: Sequence[SentenceRef] | None = None,
) -> list[list[SentenceRef]]:
    """The key sentences, grouped into points, in article order.

    `said_elsewhere` is text the briefing shows anyway (the key quote's
    sentence): points that repeat it lose out. `sentences` are the article's
    `body_sentences`, when the caller has them already.
    """
    refs = body_sentences(article) if sentences is None else sentences
    candidates = score_sentences(article, refs)
    weight: Counter[str] = Counter(w for c in candidates for w in c.words)
    # Only the best-scored sentences compete: greedy picking is quadratic in them.
    candidates = sorted(candidates, key=lambda c: -c.score)[:_POOL]
    covered = set(content_words(said_elsewhere))
    echo = _quote_echoes(article, candidates)
    # Redundancy kept up to date as words get said, instead of recounted per pick.
    said = _SaidSoFar(candidates, weight, covered)

    def value(c: Candidate) -> float:
        return c.score - _W_REDUNDANCY * max(said.share(c), echo[c.index])

    remaining = [c for c in candidates if c.words and said.share(c) < 0.8]
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
            value(best) >= _MIN_EXTRA_VALUE and _tells_more(best, chosen)
        ):
            continue
        chosen = trial
        said.add(best.words)
    return [[c.ref for c in unit] for unit in _units(chosen)]
