"""Full quotation or fragment, and whether quoted words look like a title.

`full`: the quoted words stand as a sentence or clause of their own — they
open the sentence, follow a colon or a comma, follow a speech verb directly
(`said "this is a pivotal moment"`), or are long enough to be a clause given
verbatim. `fragment`: words quoted inside the writer's paraphrase (`it would
be a "tragedy" if ...`).
"""

from __future__ import annotations

import re

from bot.news.attribution import SPEECH_VERBS
from bot.news.model import QuoteKind
from bot.news.quote_spans import QuotedSpan

# A quoted stretch this long is a clause given verbatim wherever it stands.
_CLAUSE_WORDS = 14
_MIN_CUED_FULL_WORDS = 4
_LOOK_BACK = 80
_TITLE_JOINERS = frozenset("of the and for a an in on to at by with de".split())
_SENTENCE_INSIDE = re.compile(r"[.!?] +[A-Z\"“]")


def _words_before(masked: str, start: int, count: int) -> list[str]:
    window = masked[max(0, start - _LOOK_BACK) : start]
    return [w.strip(".,;:").lower() for w in window.split()][-count:]


def quote_kind(
    masked: str, span: QuotedSpan, sentence: tuple[int, int], previous: QuotedSpan | None
) -> QuoteKind:
    """Classify the quoted span as `full` or `fragment` (see module doc)."""
    open_mark = span.start - 1
    head = masked[max(sentence[0], open_mark - _LOOK_BACK) : open_mark].rstrip()
    text = masked[span.start : span.end]
    original_words = len(text.split())
    if sentence[0] >= open_mark or not masked[sentence[0] : open_mark].strip():
        return "full"
    if previous is not None and not masked[previous.end + 1 : open_mark].strip(" ,.;:-—–"):
        return "full"
    if head.endswith((":", ",")):
        return "full"
    before = _words_before(masked, open_mark, 2)
    cue_before = bool(before) and (
        before[-1] in SPEECH_VERBS
        or (before[-1] == "that" and len(before) == 2 and before[0] in SPEECH_VERBS)
    )
    if cue_before and original_words >= _MIN_CUED_FULL_WORDS:
        return "full"
    return "fragment"


def quote_kind_by_length(text: str, kind: QuoteKind) -> QuoteKind:
    """Promote a long fragment (a whole clause, or several sentences) to `full`."""
    if kind == "full":
        return kind
    if len(text.split()) >= _CLAUSE_WORDS or _SENTENCE_INSIDE.search(text):
        return "full"
    return kind


def is_title_like(text: str) -> bool:
    """True for short Title Case words: a name, a brand, a title of a work."""
    words = text.strip(" .,;:!?'\"").split()
    if not words or len(words) > 5:
        return False
    if not words[0][:1].isupper():
        return False
    if len(words) == 1 and words[0] in ("I",):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_JOINERS for w in words)
