"""Dev scorer for quotations: span P/R/F1 and speaker accuracy on gold files.

Reads every bench/gold/quotes/*.json, parses the matching Wikinews article
from ../shared/corpus/wikinews/articles/ (paragraph 0 = first paragraph after
the title) with `find_people` + `find_quotes`, and prints:

- exact span P/R/F1 (same paragraph, start, end);
- overlap span P/R/F1 (a predicted span that overlaps a gold span counts);
- speaker accuracy over exactly matched spans (canonical_key equality; a gold
  speaker that names one of the predicted person's aliases also counts);
- kind accuracy over exactly matched spans.

Usage: .venv/bin/python bench/quotes.py [-v] [GOLD_DIR] [CORPUS_DIR]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path

from bot.news.model import Article, Quote
from bot.news.people import canonical_key, find_people
from bot.news.quotes import find_quotes

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "gold" / "quotes"
CORPUS = ROOT.parent.parent / "shared" / "corpus" / "wikinews" / "articles"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpus/wikinews/articles")


def read_wikinews(path: Path) -> Article:
    """Build an Article from the corpus's plain-text layout."""
    lines = path.read_text(encoding="utf-8").split("\n")
    published = dt.date.fromisoformat(lines[0].split()[1])
    blocks = [b.strip() for b in "\n".join(lines[2:]).split("\n\n")]
    blocks = [b for b in blocks if b]
    return Article(
        source=str(path),
        published=published,
        title=blocks[0],
        title_given=True,
        captions=(),
        paragraphs=tuple(blocks[1:]),
    )


def parse(article: Article) -> tuple[Article, tuple[Quote, ...]]:
    """People then quotes, as the real pipeline runs them."""
    people, mentions = find_people(article)
    article = dataclasses.replace(article, people=people, mentions=mentions)
    return article, find_quotes(article)


def _same_speaker(gold: str | None, got: str | None, article: Article) -> bool:
    if gold is None or got is None:
        return gold is None and got is None
    if canonical_key(gold) == canonical_key(got):
        return True
    for person in article.people:
        if canonical_key(person.name) == canonical_key(got):
            forms = {canonical_key(a) for a in person.aliases}
            return canonical_key(gold) in forms
    return False


def main(argv: list[str]) -> int:
    """Score every gold file and print the figures."""
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    gold_dir = Path(args[0]) if args else GOLD
    corpus = Path(args[1]) if len(args) > 1 else CORPUS
    tp = fp = fn = 0
    otp = ofp = ofn = 0
    speaker_ok = kind_ok = matched = 0
    files = sorted(gold_dir.glob("*.json"))
    for gold_path in files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = corpus / f"{gold['article']}.txt"
        if not source.exists():
            continue
        article, quotes = parse(read_wikinews(source))
        want = {(q["paragraph"], q["start"], q["end"]): q for q in gold["quotes"]}
        got = {(q.span.paragraph, q.span.start, q.span.end): q for q in quotes}
        for key, q in got.items():
            if key in want:
                tp += 1
                matched += 1
                g = want[key]
                if _same_speaker(g["speaker"], q.speaker, article):
                    speaker_ok += 1
                elif verbose:
                    print(
                        f"SPEAKER {gold['article'][:4]} p{key[0]}: "
                        f"gold={g['speaker']!r} got={q.speaker!r} | {q.text[:50]}"
                    )
                if g["kind"] == q.kind:
                    kind_ok += 1
                elif verbose:
                    print(
                        f"KIND    {gold['article'][:4]} p{key[0]}: gold={g['kind']} | {q.text[:50]}"
                    )
            else:
                fp += 1
                if verbose:
                    print(
                        f"FP      {gold['article'][:4]} p{key[0]} {key[1]}-{key[2]} "
                        f"{q.speaker!r}: {q.text[:60]}"
                    )
        for key, g in want.items():
            if key not in got:
                fn += 1
                if verbose:
                    print(
                        f"FN      {gold['article'][:4]} p{key[0]} {key[1]}-{key[2]} "
                        f"{g['speaker']!r}: {g['text'][:60]}"
                    )
        for key in got:
            hit = any(k[0] == key[0] and k[1] < key[2] and key[1] < k[2] for k in want)
            otp += hit
            ofp += not hit
        for key in want:
            ofn += not any(k[0] == key[0] and k[1] < key[2] and key[1] < k[2] for k in got)

    def prf(t: int, f_p: int, f_n: int) -> str:
        """Precision, recall and F1 as one line."""
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P={p:.3f} R={r:.3f} F1={f:.3f}"

    print(f"gold files: {len(files)}  gold quotes: {tp + fn}  predicted: {tp + fp}")
    print(f"exact spans:   {prf(tp, fp, fn)}")
    print(f"overlap spans: {prf(otp, ofp, ofn)}")
    if matched:
        print(f"speaker accuracy: {speaker_ok / matched:.3f} ({speaker_ok}/{matched})")
        print(f"kind accuracy:    {kind_ok / matched:.3f} ({kind_ok}/{matched})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
