"""Full quotation or fragment, and whether quoted words look like a title.

`full`: the quoted words stand as a sentence or clause of their own — they
open the sentence, follow a colon or a comma, follow a speech verb directly
(`said "this is a pivotal moment"`), or are long enough to be a clause given
verbatim. `fragment`: words quoted inside the writer's paraphrase (`it would
be a "tragedy" if ...`).
"""

from __future__ import annotations

import re

from bot.news.model import QuoteKind
from bot.news.names import SPEECH_VERBS
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


_PERSONAL = frozenset("i we you he she they".split())
_PRONOUNS = frozenset("it there this that these those who".split())
_FINITE = frozenset(
    """am is are was were will would can could should must shall may might have has had
    do does did won't can't don't doesn't didn't isn't aren't wasn't weren't""".split()
)
_CONTRACTED = re.compile(r"^(?:i|we|you|he|she|it|they|there|that|what|who)['’](?:m|re|s|ve|ll|d)$")
# Words that open a phrase, not a clause: `would respond "in a timely manner"`.
_NOT_OPENING = frozenset("in on at by with for from to of into as than about over under".split())
_NOT_SPACE = re.compile(r"\S")
_WORDS = re.compile(r"[\w'’-]+")


def has_clause(text: str, anywhere: bool = False) -> bool:
    """True when the words hold a subject and a finite verb ("Fed was asleep", "We build").

    By default the clause must open the text (after a conjunction or two);
    `anywhere` also accepts one after a comma or stop ("to restore ..., we must").
    """
    starts = [0]
    if anywhere:
        starts += [m.end() for m in re.finditer(r"[,;.:!?]\s", text[:2000])]
    for start in starts:
        original = _WORDS.findall(text[start : start + 120])[:6]
        head = [w.lower() for w in original]
        if len(original) >= 3 and original[0].isupper() and head[1].endswith("s"):
            return True  # "GM remains open for business"
        while head and head[0] in ("and", "but", "so", "because", "or", "yet"):
            head = head[1:]
        if _clause_head(head):
            return True
    return False


def _clause_head(head: list[str]) -> bool:
    if not head:
        return False
    if _CONTRACTED.match(head[0]):
        return True
    if head[0] in _PERSONAL:
        return len(head) > 1 and head[1].isalpha()  # "We build", "I conclude"
    if head[0] in _PRONOUNS:
        return len(head) > 1 and (head[1] in _FINITE or head[1].endswith(("s", "ed")))
    if head[0] in ("to", "of", "for", "a", "an", "in", "on", "at", "by", "with"):
        return False
    # A noun subject: a finite verb within the next few words ("Fed was asleep",
    # "GM remains open").
    # "the right thing to do": an infinitive is not a finite verb.
    for i, w in enumerate(head[1:5]):
        if w in _PERSONAL or w in _PRONOUNS:
            return False  # "the best we have built": a relative clause
        if w in _FINITE and head[i] != "to":
            return True
    return False


def quote_kind(
    masked: str, span: QuotedSpan, sentence: tuple[int, int], previous: QuotedSpan | None
) -> QuoteKind:
    """Classify the quoted span as `full` or `fragment` from where it stands (see module doc)."""
    open_mark = span.start - 1
    head = masked[max(sentence[0], open_mark - _LOOK_BACK) : open_mark].rstrip()
    text = masked[span.start : span.end]
    if sentence[0] >= open_mark or _NOT_SPACE.search(masked, sentence[0], open_mark) is None:
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
    if cue_before and len(text.split()) >= _MIN_CUED_FULL_WORDS:
        return "full"
    return "fragment"


def refine_kind(text: str, kind: QuoteKind, masked: str, span: QuotedSpan) -> QuoteKind:
    """Settle the kind from the words themselves.

    Quoted words with a subject and verb of their own are `full` wherever they
    stand ("the "Fed was asleep""); so are long ones that go on to a clause.
    A word or two after a comma with no clause (`and, "exciting"`) is a fragment.
    """
    open_mark = span.start - 1
    head = masked[max(0, open_mark - _LOOK_BACK) : open_mark].rstrip()
    if kind == "full":
        short = len(text.split()) <= 3 and not text[:1].isupper()
        before = _words_before(masked, len(head) + max(0, open_mark - _LOOK_BACK), 1)
        # `"We," he said, "will win."` (not `Morales said. "For years, ..."`: a new sentence)
        split_quote = bool(before) and before[-1] in SPEECH_VERBS and not head.endswith(".")
        if head.endswith(",") and short and not has_clause(text) and not split_quote:
            return "fragment"
        first = text.split()[0].lower() if text.split() else ""
        if split_quote and first in _NOT_OPENING and not has_clause(text, anywhere=True):
            return "fragment"  # `would respond "in a timely manner"`: a phrase, not a clause
        if (
            split_quote
            and not head.endswith((",", ":"))
            and text[:1].islower()
            and not has_clause(text, anywhere=True)
            and not _SENTENCE_INSIDE.search(text)
        ):
            return "fragment"  # `what he called "an unprovoked attack"`: a noun phrase
        return kind
    if has_clause(text):
        return "full"
    if len(text.split()) >= _CLAUSE_WORDS and has_clause(text, anywhere=True):
        return "full"
    if _SENTENCE_INSIDE.search(text):
        return "full"
    return "fragment"


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
