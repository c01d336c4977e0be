"""Parse speed: the full parse in MB/s on one core, the share of each stage, and linearity.

Usage: python bench/parse.py
Targets: full parse (reader + people + quotes + dates + briefing) >= 1 MB/s of
article text on one core; dates add <= 30% to the parse time; time grows
linearly with input (a 1 MB paragraph, 10,000 quotation marks, a 50,000-character
name-like run, 4,000 people named in one list, 10,000 unbalanced quotation marks).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from corpus import corpus_files, machine

from bot.news.briefing import make_briefing
from bot.news.events import find_events
from bot.news.people import find_people
from bot.news.pipeline import parse_article
from bot.news.quotes import find_quotes
from bot.news.reader import read_article


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call of fn takes (best of three)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def stages(raws: list[tuple[str, bytes]]) -> dict[str, float]:
    """Seconds spent in each stage over all articles."""
    spent = dict.fromkeys(("reader", "people", "quotes", "dates", "briefing"), 0.0)
    for source, raw in raws:
        t0 = time.perf_counter()
        article = read_article(raw, source)
        t1 = time.perf_counter()
        people, mentions = find_people(article)
        article = replace(article, people=people, mentions=mentions)
        t2 = time.perf_counter()
        article = replace(article, quotes=find_quotes(article))
        t3 = time.perf_counter()
        article = replace(article, events=find_events(article))
        t4 = time.perf_counter()
        make_briefing(article)
        t5 = time.perf_counter()
        for name, seconds in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            spent[name] += seconds
    return spent


def one_paragraph(text: str) -> bytes:
    """An article whose body is one long paragraph."""
    return f"date 2020-01-01\n\n{text}\n".encode()


def linearity(label: str, make: Callable[[int], bytes], sizes: list[int]) -> None:
    """Print the parse time at growing sizes and the time per unit, which should stay flat."""
    cells = []
    for size in sizes:
        raw = make(size)
        seconds = timed(lambda raw=raw: parse_article(raw, "bench"))
        cells.append(f"{size:>9,}: {seconds * 1000:8.1f} ms ({seconds / size * 1e6:6.2f} µs/unit)")
    print(f"{label}\n  " + "\n  ".join(cells))


def main() -> None:
    print(f"machine: {machine()} (one core used)")
    raws = [(p.name, p.read_bytes()) for p in corpus_files()]
    size = sum(len(r) for _, r in raws)
    total = timed(lambda: [parse_article(raw, source) for source, raw in raws])
    print(
        f"full parse: {len(raws)} articles, {size / 1e6:.2f} MB in {total:.3f} s = "
        f"{size / total / 1e6:.2f} MB/s, {len(raws) / total:,.0f} articles/s"
    )
    # Each stage's best of five passes: the machine is a shared VM, single passes vary.
    passes = [stages(raws) for _ in range(5)]
    spent = {name: min(p[name] for p in passes) for name in passes[0]}
    whole = sum(spent.values())
    print("stages: " + ", ".join(f"{k} {v / whole:.0%}" for k, v in spent.items()))
    core = spent["reader"] + spent["people"] + spent["quotes"]
    print(
        f"reader + people + quotes: {size / core / 1e6:.2f} MB/s (target >= 1 MB/s); "
        f"dates add {spent['dates'] / core:.0%} to that (target <= 30%); "
        f"briefing adds {spent['briefing'] / core:.0%}"
    )

    body = " ".join(read_article(raw, source).paragraphs[0] for source, raw in raws)
    linearity(
        "one long paragraph (characters):",
        lambda n: one_paragraph((body * (n // len(body) + 1))[:n]),
        [250_000, 500_000, 1_000_000],
    )
    linearity(
        "quotation marks (count):",
        lambda n: one_paragraph('He said "yes" and "no". ' * (n // 4)),
        [2_500, 5_000, 10_000],
    )
    linearity(
        "name-like run (characters):",
        lambda n: one_paragraph(("Kim Yong Chol Lee " * (n // 18 + 1))[:n]),
        [12_500, 25_000, 50_000],
    )
    linearity(
        "people listed (count):",
        lambda n: one_paragraph(
            "Stephen Breyer, "
            + ", ".join(f"Xavi Qq{i:05d} and Yann Rr{i:05d}" for i in range(n // 2))
            + " met."
        ),
        [1_000, 2_000, 4_000],
    )
    linearity(
        "unbalanced marks (count):",
        lambda n: one_paragraph("“Open quote never closed, " * n),
        [2_500, 5_000, 10_000],
    )


if __name__ == "__main__":
    main()
