"""Validate the hand-annotated quote gold in bench/gold/quotes/.

Checks that every gold file (except the parser author's ``mine-*.json``)
parses and names an existing Wikinews article; that every span's offsets
select exactly its ``text`` in that paragraph, between quotation marks (or
up to the end of the paragraph); that spans do not overlap; that kinds are
``full``/``fragment`` and every speaker is ``null`` or a name or role text
written in the article; and that every double quotation mark (and every left
single curly mark) bounds an annotated span, inch signs (13.3") excepted.
Prints one line per article and a summary count; exits 1 on any error.

Usage: .venv/bin/python bench/gold/check_quotes.py [--articles DIR] [GOLD_DIR]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from typing import Any

Span = dict[str, Any]

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE / "quotes"
DEFAULT_ARTICLES = HERE.parents[2] / "shared" / "corpus" / "wikinews" / "articles"
OPENING = "\"'“‘"
CLOSING = "\"'”’"
DOUBLE = '"“”‘'  # marks that are never apostrophes
KINDS = {"full", "fragment"}
QUOTE_KEYS = {"paragraph", "start", "end", "text", "speaker", "kind"}
NOT_QUOTE_KEYS = {"paragraph", "start", "end", "text", "why"}


def paragraphs(path: Path) -> list[str]:
    """Return the body paragraphs of an article file (after date and title)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    if not lines[0].startswith("date "):
        raise ValueError(f"{path.name}: no date header")
    return [line for line in lines[4:] if line.strip()]


def check_span(span: Span, keys: set[str], paras: list[str]) -> list[str]:
    """Return the problems of one quote or not-quote span."""
    if set(span) != keys:
        return [f"keys {sorted(span)} != {sorted(keys)}"]
    p, s, e = span["paragraph"], span["start"], span["end"]
    if not all(isinstance(v, int) for v in (p, s, e)) or not 0 <= p < len(paras):
        return [f"bad paragraph/offsets {p},{s},{e}"]
    text = paras[p]
    errors = []
    if not 0 < s < e <= len(text) or text[s:e] != span["text"]:
        errors.append(f"p{p} [{s}:{e}] does not select {span['text']!r}")
    elif text[s - 1] not in OPENING:
        errors.append(f"p{p} [{s}:{e}] not preceded by an opening mark")
    elif e < len(text) and text[e] not in CLOSING:
        errors.append(f"p{p} [{s}:{e}] not followed by a closing mark")
    return errors


def check_quote(quote: Span, paras: list[str]) -> list[str]:
    """Return the problems of one quote, span and attribution."""
    errors = check_span(quote, QUOTE_KEYS, paras)
    if errors:
        return errors
    if quote["kind"] not in KINDS:
        errors.append(f"bad kind {quote['kind']!r}")
    who = quote["speaker"]
    if who is not None and (not isinstance(who, str) or not who.strip() or who != who.strip()):
        errors.append(f"bad speaker {who!r}")
    return errors


def unknown_speakers(quotes: list[Span], paras: list[str]) -> list[str]:
    """Return speakers not written in the article (marks ignored, any case).

    Catches typos: a speaker is a name or role text the article gives.
    """
    raw = " ".join(paras).casefold()
    bare = raw.translate({ord(c): None for c in DOUBLE})
    text = raw + "\n" + bare
    names = {q["speaker"] for q in quotes if q["speaker"] is not None}
    return [f"speaker {n!r} not in the article" for n in sorted(names) if n.casefold() not in text]


def uncovered_marks(spans: list[Span], paras: list[str]) -> list[str]:
    """Return double (and left single curly) marks that bound no span."""
    bounds: set[tuple[int, int]] = set()
    for span in spans:
        bounds.add((span["paragraph"], span["start"] - 1))
        bounds.add((span["paragraph"], span["end"]))
    return [
        f"p{i} mark at {j} bounds no span"
        for i, text in enumerate(paras)
        for j, ch in enumerate(text)
        if ch in DOUBLE and (i, j) not in bounds and not is_inch_mark(text, j)
    ]


def is_inch_mark(text: str, j: int) -> bool:
    """Tell whether the straight double quote at ``j`` is an inch sign (13.3")."""
    return text[j] == '"' and j > 0 and text[j - 1].isdigit()


def overlaps(spans: list[Span]) -> list[str]:
    """Return spans that overlap another span of the same paragraph."""
    ordered = sorted(spans, key=lambda x: (x["paragraph"], x["start"]))
    return [
        f"p{b['paragraph']} [{b['start']}:{b['end']}] overlaps previous span"
        for a, b in itertools.pairwise(ordered)
        if a["paragraph"] == b["paragraph"] and b["start"] < a["end"]
    ]


def check_file(path: Path, articles: Path) -> tuple[dict[str, int], list[str]]:
    """Check one gold file; return its counts and its problems."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    if set(doc) != {"article", "quotes", "not_quotes"}:
        return {}, [f"top-level keys {sorted(doc)}"]
    if doc["article"] != path.stem:
        return {}, [f"article {doc['article']!r} != file name"]
    paras = paragraphs(articles / f"{path.stem}.txt")
    errors = [m for q in doc["quotes"] for m in check_quote(q, paras)]
    errors += [m for n in doc["not_quotes"] for m in check_span(n, NOT_QUOTE_KEYS, paras)]
    if not errors:
        spans = doc["quotes"] + doc["not_quotes"]
        errors = overlaps(spans) + uncovered_marks(spans, paras)
        errors += unknown_speakers(doc["quotes"], paras)
    kinds = [q.get("kind") for q in doc["quotes"]]
    counts = {
        "full": kinds.count("full"),
        "fragment": kinds.count("fragment"),
        "null": sum(q.get("speaker") is None for q in doc["quotes"]),
        "not_quotes": len(doc["not_quotes"]),
    }
    return counts, errors


def main(argv: list[str] | None = None) -> int:
    """Check every gold file and print a summary; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    args = parser.parse_args(argv)
    files = sorted(p for p in args.gold.glob("*.json") if not p.name.startswith("mine-"))
    total = {"articles": 0, "full": 0, "fragment": 0, "null": 0, "not_quotes": 0}
    bad = 0
    for path in files:
        try:
            counts, errors = check_file(path, args.articles)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            counts, errors = {}, [f"{type(exc).__name__}: {exc}"]
        status = "ok" if not errors else "FAIL"
        print(f"{status:4} {path.stem} {counts}")
        for message in errors:
            print(f"     {message}")
        bad += bool(errors)
        total["articles"] += 1
        for key, value in counts.items():
            total[key] += value
    quotes = total["full"] + total["fragment"]
    print(
        f"{total['articles']} articles, {quotes} quotes "
        f"({total['full']} full, {total['fragment']} fragment), "
        f"{total['null']} null speakers, {total['not_quotes']} not_quotes; "
        f"{bad} file(s) with errors"
    )
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
