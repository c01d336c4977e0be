"""Dev benchmark: ROUGE-1/2/L of the briefing's key points against Lead-3.

References, best first:
- editor summaries: 3-4 highlight sentences per Wikinews article, written by
  hand for this benchmark (bench/gold/summaries, see its README) without
  seeing the briefing code or its output;
- title + first paragraph: a weak reference that favours Lead-3 (which holds
  that paragraph);
- title only.
The seed article is checked for the facts its briefing must carry, using its
expected parse (people, quotes, events).

    .venv/bin/python bench/briefing.py [--corpus DIR] [--seed-json FILE] [--show N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.news.briefing import make_briefing
from bot.news.model import Article, Caption, Event, Location, Mention, Person, Quote, Span
from bot.news.pipeline import parse_article
from bot.news.sentences import split_sentences
from bot.news.stories import StoryItem, group_stories, story_terms

SHARED = Path("/work/shared")
SUMMARIES = Path(__file__).resolve().parent / "gold/summaries"
_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> list[str]:
    """Lower-cased alphanumeric tokens, as ROUGE scores them (no stemming)."""
    return _TOKEN.findall(text.lower())


def rouge_n(candidate: list[str], reference: list[str], n: int) -> tuple[float, float, float]:
    """ROUGE-N precision, recall and F1 with clipped n-gram counts."""
    cand = Counter(tuple(candidate[i : i + n]) for i in range(len(candidate) - n + 1))
    ref = Counter(tuple(reference[i : i + n]) for i in range(len(reference) - n + 1))
    overlap = sum((cand & ref).values())
    p = overlap / max(1, sum(cand.values()))
    r = overlap / max(1, sum(ref.values()))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def rouge_l(candidate: list[str], reference: list[str]) -> tuple[float, float, float]:
    """ROUGE-L precision, recall and F1 from the longest common subsequence."""
    if not candidate or not reference:
        return 0.0, 0.0, 0.0
    previous = [0] * (len(reference) + 1)
    for c in candidate:
        current = [0]
        for j, token in enumerate(reference):
            current.append(previous[j] + 1 if c == token else max(previous[j + 1], current[j]))
        previous = current
    lcs = previous[-1]
    p, r = lcs / len(candidate), lcs / len(reference)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scores(candidate: str, reference: str) -> dict[str, tuple[float, float, float]]:
    """ROUGE-1, ROUGE-2 and ROUGE-L (precision, recall, F1) of a candidate summary."""
    c, r = tokens(candidate), tokens(reference)
    return {"R1": rouge_n(c, r, 1), "R2": rouge_n(c, r, 2), "RL": rouge_l(c, r)}


def lead3(article: Article) -> str:
    """The first three sentences of the body, as the Lead-3 baseline takes them."""
    sentences: list[str] = []
    for paragraph in article.paragraphs:
        sentences.extend(split_sentences(paragraph))
        if len(sentences) >= 3:
            break
    return " ".join(sentences[:3])


def _span(d: dict[str, object]) -> Span:
    where: Location = "caption" if d["in"] == "caption" else "body"
    return Span(where, int(str(d["paragraph"])), int(str(d["start"])), int(str(d["end"])))


def seed_from_expected(path: Path) -> Article:
    """The seed article as its expected parse has it (people, mentions, quotes, events)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    paragraphs = tuple(data["paragraphs"])
    people = tuple(Person(p["name"], p["title"], tuple(p["aliases"])) for p in data["people"])
    mentions: list[Mention] = []
    surfaces = sorted(
        ((s, p.name) for p in people for s in (p.name, *p.aliases)), key=lambda x: -len(x[0])
    )
    for index, text in enumerate(paragraphs):
        taken: list[tuple[int, int]] = []
        for surface, name in surfaces:
            for m in re.finditer(r"\b" + re.escape(surface) + r"\b", text, re.IGNORECASE):
                if all(m.end() <= s or e <= m.start() for s, e in taken):
                    taken.append((m.start(), m.end()))
                    mentions.append(Mention(name, m.group(0), Span("body", index, *m.span())))
    quotes = tuple(Quote(q["speaker"], q["text"], q["kind"], _span(q)) for q in data["quotes"])
    published = dt.date.fromisoformat(data["published"])
    events = tuple(
        Event(
            dt.date.fromisoformat(e["date"]),
            dt.date.fromisoformat(e["until"]) if e["until"] else None,
            e["precision"],
            e["expression"],
            e["text"],
            _span(e),
            upcoming=dt.date.fromisoformat(e["date"]) > published,
        )
        for e in data["events"]
    )
    captions = tuple(Caption(c["text"], c["credit"]) for c in data["captions"])
    return Article(
        "seed", published, "", False, captions, paragraphs, None, None, people,
        tuple(mentions), quotes, events,
    )  # fmt: skip


SEED_FACTS = {
    "met in New York (30-31 May)": ("Kim Yong", "New York", "30-31 May"),
    '"real progress"': ("real progress",),
    "letter to Trump in Washington": ("letter", "Washington", "Kim Jong"),
    "called off 24 May, back on 25 May": ("24 May", "25 May"),
    "12 June in Singapore, date unclear": ("12 June", "Singapore", "unclear"),
}


SEED_FILE = (
    Path(__file__).resolve().parent.parent / "data/articles/2018-05-31-pompeo-kim-yong-chol.txt"
)
# The facts issue 5 requires of the seed briefing, written out as a human summary.
SEED_SUMMARY = (
    "Pompeo met Kim Yong Chol in New York on 30-31 May and said they made real progress "
    "toward the US-North Korea summit. Kim Yong Chol will deliver a letter from Kim Jong Un "
    "to Trump in Washington. Trump called the summit off on 24 May and said on 25 May it "
    "could still go ahead. The summit was set for 12 June in Singapore; the date is unclear. "
    '"It would be nothing short of a tragedy to let this opportunity go to waste," Pompeo said.'
)


def check_seed(path: Path) -> None:
    """Print the seed briefing and which of its required facts it carries."""
    article = seed_from_expected(path)
    briefing = make_briefing(article)
    print("\nSeed briefing (from the expected parse):")
    print(f"  headline: {briefing.headline}")
    for point in briefing.points:
        print(f"  - {point}")
    if briefing.quote:
        print(
            f"  quote: {briefing.quote.text!r} — {briefing.quote.speaker}, {briefing.quote.title}"
        )
    print(f"  next: {[(e.date.isoformat(), e.text) for e in briefing.next]}")
    text = " ".join(briefing.points)
    carried = 0
    for fact, needles in SEED_FACTS.items():
        ok = all(n in text for n in needles)
        carried += ok
        print(f"  [{'x' if ok else ' '}] {fact}")
    quote_ok = briefing.quote is not None and "nothing short of a tragedy" in briefing.quote.text
    print(f"  [{'x' if quote_ok else ' '}] key quote 'nothing short of a tragedy'")
    print(f"  seed facts carried: {carried + quote_ok}/{len(SEED_FACTS) + 1}")
    raw = SEED_FILE.read_text(encoding="utf-8").split("date 2018-05-31", 1)[-1]
    naive = " ".join(split_sentences(" ".join(raw.split()))[:3])
    print("  ROUGE F vs the issue's list of seed facts, written as a summary:")
    systems = {
        "points": text,
        "points + quote": f"{text} {briefing.quote.text if briefing.quote else ''}",
        "lead3 (body)": lead3(article),
        "lead3 (raw file)": naive,
    }
    for system, summary in systems.items():
        figures = ", ".join(
            f"{metric} {prf[2]:.3f}" for metric, prf in scores(summary, SEED_SUMMARY).items()
        )
        print(f"    {system:17} {figures}")


def print_paired(ours: list[float], base: list[float]) -> None:
    """Per-article wins of points over Lead-3 and a bootstrap 95% interval of the mean gain."""
    gains = [a - b for a, b in zip(ours, base, strict=True)]
    wins = sum(g > 0 for g in gains)
    losses = sum(g < 0 for g in gains)
    rng = random.Random(7)
    means = sorted(statistics.mean(rng.choices(gains, k=len(gains))) for _ in range(2000))
    print(
        f"R1-F per article: points ahead on {wins}, behind on {losses}, level on "
        f"{len(gains) - wins - losses}; mean gain {statistics.mean(gains):+.4f}, "
        f"95% bootstrap interval [{means[50]:+.4f}, {means[1949]:+.4f}]"
    )


def time_grouping(articles: list[Article], points: list[tuple[str, ...]]) -> None:
    """Group the corpus into stories, then time group_stories on 1,000 items.

    The 1,000 items are the corpus articles repeated with a fifth of each copy's
    terms dropped at random, so copies are near (not exact) duplicates.
    """
    items = [
        StoryItem(i, a.published, a.title, story_terms(a), pts)
        for i, (a, pts) in enumerate(zip(articles, points, strict=True))
    ]
    stories = group_stories(items)
    sizes = sorted((len(s.article_ids) for s in stories), reverse=True)
    print(f"\nstories from {len(items)} corpus articles: {len(stories)}; largest {sizes[:5]}")
    rng = random.Random(5)
    copies = [
        replace(it, article_id=k * 1000 + it.article_id, terms=tuple(
            t for t in it.terms if rng.random() > 0.2))
        for k in range(1000 // max(1, len(items)) + 1)
        for it in items
    ][:1000]  # fmt: skip
    timings = []
    for _ in range(20):
        started = time.perf_counter()
        group_stories(copies)
        timings.append(time.perf_counter() - started)
    timings.sort()
    print(f"group_stories over {len(copies)} items: median {1000 * timings[10]:.1f} ms, "
          f"min {1000 * timings[0]:.1f} ms, max {1000 * timings[-1]:.1f} ms")  # fmt: skip


def main() -> None:
    """Score points vs Lead-3 over the corpus and check the seed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus/wikinews/articles")
    parser.add_argument("--seed-json", type=Path, default=SHARED / "spec/seed-expected.json")
    parser.add_argument("--show", type=int, default=0, help="print N example briefings")
    parser.add_argument("--max-points", type=int, default=5)
    args = parser.parse_args()

    # (reference, system) -> metric -> one value per article
    totals: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(dict)
    lengths: dict[str, list[int]] = {"points": [], "lead3": []}
    n_points: list[int] = []
    timings: list[float] = []
    files = sorted(args.corpus.glob("*.txt"))
    parsed: list[Article] = []
    all_points: list[tuple[str, ...]] = []
    summaries_found = 0
    for shown, path in enumerate(files):
        article = parse_article(path.read_bytes(), str(path))
        references = {
            "title + first paragraph": f"{article.title} {article.paragraphs[0]}",
            "title only": article.title,
        }
        gold = SUMMARIES / f"{path.stem}.json"
        if gold.exists():
            summaries_found += 1
            references["editor summary"] = " ".join(
                json.loads(gold.read_text(encoding="utf-8"))["summary"]
            )
        started = time.perf_counter()
        briefing = make_briefing(article, max_points=args.max_points)
        timings.append(time.perf_counter() - started)
        summaries = {"points": " ".join(briefing.points), "lead3": lead3(article)}
        n_points.append(len(briefing.points))
        parsed.append(article)
        all_points.append(briefing.points)
        for system, summary in summaries.items():
            lengths[system].append(len(tokens(summary)))
            for ref_name, reference in references.items():
                for metric, (p, r, f) in scores(summary, reference).items():
                    for part, value in (("P", p), ("R", r), ("F", f)):
                        totals[ref_name, system].setdefault(f"{metric}-{part}", []).append(value)
        if shown < args.show:
            reference = references.get("editor summary") or references["title + first paragraph"]
            print(f"\n{path.name}\n  ref: {reference[:300]}")
            for point in briefing.points:
                print(f"  - {point}")

    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}")  # fmt: skip
    print(f"articles: {len(files)}; with an editor summary: {summaries_found}")
    for ref_name in ("editor summary", "title + first paragraph", "title only"):
        if (ref_name, "points") not in totals:
            continue
        print(f"\nreference = {ref_name}")
        print(f"{'metric':8} {'points':>8} {'lead3':>8} {'diff':>8}")
        for key, values in totals[ref_name, "points"].items():
            ours = statistics.mean(values)
            base = statistics.mean(totals[ref_name, "lead3"][key])
            print(f"{key:8} {ours:8.4f} {base:8.4f} {ours - base:+8.4f}")
        print_paired(totals[ref_name, "points"]["R1-F"], totals[ref_name, "lead3"]["R1-F"])
    print(f"mean tokens: points {statistics.mean(lengths['points']):.1f}, "
          f"lead3 {statistics.mean(lengths['lead3']):.1f}; "
          f"mean points {statistics.mean(n_points):.2f}")  # fmt: skip
    timings.sort()
    print(f"make_briefing: mean {1000 * statistics.mean(timings):.2f} ms, "
          f"max {1000 * timings[-1]:.2f} ms")  # fmt: skip
    if parsed:
        time_grouping(parsed, all_points)
    if args.seed_json.exists():
        check_seed(args.seed_json)


if __name__ == "__main__":
    main()
