"""Dev scorer for DATE expressions over the Wikinews (MEANTIME) gold.

Usage: .venv/bin/python bench/dates.py [--corpus DIR] [--misses] [--repeat N]

Scores what the parse contract's `timexes` holds (`find_date_expressions`:
the title and body paragraphs, anchored expressions carrying the previous day
across paragraphs as `find_events` does, a range as its two ends; with
`--vague` also "now", "recently" as the contract gives them) only inside each
gold file's `annotated_extent`, and prints:
day-valued DATE accuracy, week/month/year-valued accuracy, DATE value
precision/recall/F1 (a prediction matches a gold DATE when the spans overlap
and the value agrees at the gold's granularity), the misses, the machine, and
the parse speed of `find_events` over the whole corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.news.date_expressions import DateExpression, find_date_expressions
from bot.news.events import find_events
from bot.news.model import Article

DEFAULT_CORPUS = Path("/work/shared/corpus/wikinews")
DAY = re.compile(r"\d{4}-\d\d-\d\d$")
KINDS = {
    "week": re.compile(r"\d{4}-W\d\d$"),
    "month": re.compile(r"\d{4}-\d\d$"),
    "year": re.compile(r"\d{4}$"),
}


@dataclass(frozen=True)
class Doc:
    """One corpus article: publication date, title, paragraphs and gold."""

    name: str
    published: dt.date
    title: str
    paragraphs: list[str]
    gold: dict[str, object]

    def article(self) -> Article:
        """The article as the parser reads it (the title is the article's own)."""
        return Article(
            source=self.name,
            published=self.published,
            title=self.title,
            title_given=True,
            captions=(),
            paragraphs=tuple(self.paragraphs),
        )


def load(corpus: Path) -> list[Doc]:
    """Read every article and its gold file."""
    docs = []
    for path in sorted((corpus / "articles").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        published = dt.date.fromisoformat(lines[0].split()[1])
        blocks = [b.strip() for b in "\n".join(lines[2:]).split("\n\n") if b.strip()]
        gold = json.loads((corpus / "gold" / (path.stem + ".json")).read_text(encoding="utf-8"))
        docs.append(Doc(path.stem, published, blocks[0], blocks[1:], gold))
    return docs


def agrees(gold: str, predicted: str) -> bool:
    """Value agreement at the gold's granularity ("2009" accepts "2009-06")."""
    if gold == predicted:
        return True
    calendar = re.fullmatch(r"[\d-]+|\d{4}-W\d\d", gold) is not None
    return calendar and predicted.startswith(gold) and predicted[len(gold)] in "-T"


def predictions(doc: Doc, vague: bool = False) -> dict[str | int, list[DateExpression]]:
    """Expressions per location ("title" or paragraph index), inside the annotated
    extent: the parse contract's `timexes` (`find_date_expressions`)."""
    extent = doc.gold["annotated_extent"]
    assert isinstance(extent, dict)
    last, end = int(extent["through_paragraph"]), int(extent["end"])
    article = doc.article()
    out: dict[str | int, list[DateExpression]] = {"title": []}
    for found in find_date_expressions(article, vague=vague):
        where: str | int = "title" if found.location == "title" else found.paragraph
        inside = found.paragraph < last or (found.paragraph == last and found.start < end)
        if where == "title" or inside:
            out.setdefault(where, []).append(found)
    return out


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two offset ranges share a character."""
    return a[0] < b[1] and b[0] < a[1]


def score(docs: list[Doc], show_misses: bool, vague: bool = False) -> None:
    """Print the accuracy figures and, optionally, every miss."""
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    true_pos = false_pos = gold_found = gold_all = gold_resolvable = resolvable_found = 0
    misses: list[str] = []
    for doc in docs:
        preds = predictions(doc, vague)
        golds = [t for t in doc.gold["timexes"] if isinstance(t, dict)]  # type: ignore[attr-defined]
        for gold in golds:
            if gold["type"] != "DATE":
                continue
            value = str(gold["value"])
            span = (int(gold["start"]), int(gold["end"]))
            near = [p for p in preds.get(gold["paragraph"], []) if overlaps((p.start, p.end), span)]
            ok = any(agrees(value, p.value) for p in near)
            gold_all += 1
            gold_found += ok
            if value[:1].isdigit():
                gold_resolvable += 1
                resolvable_found += ok
            kind = (
                "day"
                if DAY.match(value)
                else next((k for k, rx in KINDS.items() if rx.match(value)), "")
            )
            if kind:
                totals[kind] += 1
                hits[kind] += ok
            if not ok:
                got = ", ".join(f"{p.expression!r}={p.value}" for p in near) or "nothing"
                misses.append(
                    f"MISS {doc.name} [{gold['paragraph']}] {gold['text']!r}={value}"
                    f" (pub {doc.published}): got {got}"
                )
        for where, found in preds.items():
            for pred in found:
                if pred.timex_type != "DATE":
                    continue  # a TIME ("Thursday night", "12:00 UTC Monday") is scored elsewhere
                matched = any(
                    g["type"] == "DATE"
                    and g["paragraph"] == where
                    and overlaps((pred.start, pred.end), (int(g["start"]), int(g["end"])))
                    and agrees(str(g["value"]), pred.value)
                    for g in golds
                )
                true_pos += matched
                false_pos += not matched
                if not matched:
                    misses.append(
                        f"FALSE {doc.name} [{where}] {pred.expression!r}={pred.value}"
                        f" (pub {doc.published})"
                    )
    if show_misses:
        print("\n".join(sorted(misses)))
    for kind in ("day", "week", "month", "year"):
        if totals[kind]:
            share = hits[kind] / totals[kind]
            print(f"{kind}-valued DATE accuracy: {hits[kind]}/{totals[kind]} = {share:.3f}")
    precision = true_pos / max(1, true_pos + false_pos)
    for label, n_found, total in (
        ("all DATE", gold_found, gold_all),
        ("calendar-valued DATE", resolvable_found, gold_resolvable),
    ):
        recall = n_found / max(1, total)
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        print(
            f"{label}: P {precision:.3f} ({true_pos}/{true_pos + false_pos}) "
            f"R {recall:.3f} ({n_found}/{total}) F1 {f1:.3f}"
        )


def speed(docs: list[Doc], repeat: int) -> None:
    """Time `find_events` over the whole corpus and print the machine."""
    articles = [d.article() for d in docs]
    chars = sum(len(p) for a in articles for p in a.paragraphs)
    events = 0
    started = time.perf_counter()
    for _ in range(repeat):
        events = sum(len(find_events(a)) for a in articles)
    elapsed = (time.perf_counter() - started) / repeat
    print(
        f"machine: {platform.platform()}, {platform.machine()}, CPUs {os.cpu_count()}, "
        f"Python {platform.python_version()}"
    )
    print(
        f"find_events: {len(articles)} articles, {chars} chars, {events} events in "
        f"{elapsed * 1000:.1f} ms per pass ({chars / elapsed / 1000:.0f} k chars/s)"
    )


def main() -> None:
    """Parse the options, score, time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--vague", action="store_true", help="also ask for now/recently/soon (*_REF values)"
    )
    args = parser.parse_args()
    docs = load(args.corpus)
    score(docs, args.misses, args.vague)
    speed(docs, args.repeat)


if __name__ == "__main__":
    main()
