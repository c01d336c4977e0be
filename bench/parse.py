"""Parse speed: the full parse in MB/s on one core, the share of each stage, and linearity.

Usage: python bench/parse.py
Prints the full parse (reader + people + quotes + dates + briefing) in MB/s
and the share of each stage. Targets: the parse proper (reader + people +
quotes) >= 1 MB/s of article text on one core; dates add <= 30% to that; time
grows linearly with input (a 1 MB paragraph, 10,000 quotation marks, a 50,000-character
name-like run, 4,000 people named in one list, 8,000 sentences naming one of two
namesakes in one paragraph, 10,000 unbalanced quotation marks,
100,000 Markdown marks that never close, 100,000 HTML tags in a JSON body).
"""

from __future__ import annotations

import json
import subprocess
import sys
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

STAGES = ("reader", "people", "quotes", "dates", "briefing")


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
    spent = dict.fromkeys(STAGES, 0.0)
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


def new_article_stages(repeats: int = 3) -> dict[str, float]:
    """Seconds spent in each stage over all articles, each article parsed for the
    first time: each half of the corpus is timed in a fresh process after the
    other half has been parsed (best of `repeats` processes, this VM varies)."""
    spent = dict.fromkeys(STAGES, 0.0)
    for half in (0, 1):
        runs = []
        for _ in range(repeats):
            worker = [sys.executable, __file__, "--new-half", str(half)]
            done = subprocess.run(worker, capture_output=True, text=True, check=True)
            runs.append(json.loads(done.stdout))
        for name in spent:
            spent[name] += min(run[name] for run in runs)
    return spent


def time_new_half(half: int) -> None:
    """Print (JSON) the stage times of one half of the corpus, parsed after the other."""
    raws = [(p.name, p.read_bytes()) for p in corpus_files()]
    stages([raw for index, raw in enumerate(raws) if index % 2 != half])
    print(json.dumps(stages([raw for index, raw in enumerate(raws) if index % 2 == half])))


def report(size: int, spent: dict[str, float]) -> None:
    """Print the stages' shares, the parse rate and what dates and the briefing add."""
    whole = sum(spent.values())
    print("  " + ", ".join(f"{k} {v / whole:.0%}" for k, v in spent.items()))
    core = spent["reader"] + spent["people"] + spent["quotes"]
    print(
        f"  reader + people + quotes: {size / core / 1e6:.2f} MB/s (target >= 1 MB/s); "
        f"dates add {spent['dates'] / core:.0%} to that (target <= 30%); "
        f"briefing adds {spent['briefing'] / core:.0%}"
    )


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
        f"full parse (best of three passes): {len(raws)} articles, {size / 1e6:.2f} MB "
        f"in {total:.3f} s = {size / total / 1e6:.2f} MB/s, {len(raws) / total:,.0f} articles/s"
    )
    # Stages keep what they have worked out (the need-masks of words, resolved
    # dates, sentence splits), so a pass over articles parsed before flatters
    # them: the targets are read on articles new to the process.
    print("stages on new articles (each half of the corpus after the other half):")
    report(size, new_article_stages())
    print("stages on articles parsed before (best of five repeat passes):")
    passes = [stages(raws) for _ in range(5)]
    report(size, {name: min(p[name] for p in passes) for name in passes[0]})

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
        "sentences of one paragraph naming one of two namesakes (count):",
        lambda n: one_paragraph(
            "Kim Jong Un met Kim Yong Chol. " + " ".join(["Kim said it was fine."] * n)
        ),
        [2_000, 4_000, 8_000],
    )
    linearity(
        "unbalanced marks (count):",
        lambda n: one_paragraph("“Open quote never closed, " * n),
        [2_500, 5_000, 10_000],
    )
    linearity(
        "Markdown marks that never close (count):",
        lambda n: one_paragraph("*word [a](http:// _x " * (n // 3)),
        [25_000, 50_000, 100_000],
    )
    linearity(
        "HTML tags in a JSON body, half never closed (count):",
        lambda n: json.dumps(
            {"published": "2020-01-01", "body": "<p>Word <b>bold &amp; <a href='x' " * (n // 4)}
        ).encode(),
        [25_000, 50_000, 100_000],
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--new-half"]:
        time_new_half(int(sys.argv[2]))
    else:
        main()
