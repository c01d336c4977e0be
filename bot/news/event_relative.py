"""Relative clauses told of the name they describe, for event texts.

"City, who won the league title last Sunday, will begin ..." dates "City won
the league title"; "Lion will replace Mac OS X Snow Leopard, which was
released in 2009." dates "Mac OS X Snow Leopard was released in 2009" for 2009.
"""

from __future__ import annotations

import re

from bot.news.sentences import RELATIVE_ASIDE

_SUBJECT_MAX_WORDS = 6


# A relative clause that ends the sentence: "..., which was released in 2009."
_TRAILING_RELATIVE = re.compile(r",\s(?P<pronoun>who|which)\s[^,;:()]{1,200}?(?=[.!?]?[\"”’]?\s*$)")
# The name it describes, right before its comma: "Mac OS X Snow Leopard".
_NAME_BEFORE = re.compile(r"(?<![\w'’.&-])(?:[A-Z][\w'’.&-]*\s|&\s)*[A-Z][\w'’.&-]*$")
# Words before that name that make it something else's part or one of several:
# "the law in the United States, which", "Jobs, not Papermaster, who", "X and Y, who".
_NOT_ANTECEDENT = frozenset("""in of at from to for on by with not and or than as""".split())
# "..., which took place in 1996": the clause tells of the event, not the name.
_EVENT_WHICH = re.compile(r"(?:took place|happened|occurred|came|followed)\b")


def _trailing_relative(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """ "Lion will replace Snow Leopard, which was released in 2009." -> for "2009",
    "Snow Leopard was released in 2009" (the name before the clause is its subject)."""
    comma = sentence.rfind(",", 0, start)
    found = _TRAILING_RELATIVE.match(sentence, comma) if comma >= 0 else None
    if found is None or found.end() < end:
        return None
    name = _NAME_BEFORE.search(sentence, max(0, comma - 80), comma)
    if name is None or _EVENT_WHICH.match(sentence, found.end("pronoun") + 1):
        return None
    before = sentence[max(0, name.start() - 16) : name.start()].split()
    subject = name.group()
    if before and before[-1] in ("the", "The"):
        subject = f"{before.pop()} {subject}"  # "the MD-95"
    if not before or before[-1].lower() in _NOT_ANTECEDENT:
        return None
    opened = found.end("pronoun") + 1
    return f"{subject} {sentence[opened : found.end()]}", len(subject) + 1 + start - opened


# "the fires, which have killed 27 people since they broke out on Jan. 7": inside a
# relative clause, "it"/"they" after a conjunction is the noun the clause describes.
_PRONOUN_IN_RELATIVE = re.compile(
    r",?\s(?:which|that|who)\s"
    # The relative pronoun is the clause's subject ("that it signed when it ...": not).
    r"(?!(?:it|they|he|she|we|i|you|the|a|an|his|her|its|their|this|these|those)\s)"
    r"[^,;:()]{1,120}?"
    r"\s(?:since|after|when|before|until)\s(?:it|they)\s(?P<rest>[^,;:()]+)$"
)
# The noun phrase that ends the head: from its determiner ("the fires", "a war").
_DETERMINED = re.compile(
    r"\b(?P<det>(?i:the|a|an|its|their|his|her))\s(?P<noun>(?:[\w'’-]+\s){0,4}[\w'’-]+)$"
)


def _pronoun_subject(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """ "the fires, which have killed 27 people since they broke out on Jan. 7" ->
    for "Jan. 7", "The fires broke out on Jan. 7" (the pronoun told as its noun)."""
    lo = max(0, start - 240)  # a match starts near: linear on run-ons
    if sentence.find(" it ", lo, start) < 0 and sentence.find(" they ", lo, start) < 0:
        return None  # most expressions: no pronoun before them
    found = _PRONOUN_IN_RELATIVE.search(sentence, lo, end)
    if found is None or found.start("rest") > start:
        return None
    head = sentence[max(lo, found.start() - 80) : found.start()]
    noun = _DETERMINED.search(head[max(head.rfind(","), head.rfind(";")) + 1 :])
    if noun is None:
        return None
    det = noun["det"].lower()
    det = "the" if det in ("a", "an") else det
    subject = f"{det} {noun['noun']}"
    rest = found.start("rest")
    return f"{subject} {sentence[rest:end]}", len(subject) + 1 + start - rest


def relative_clause(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """The clause of an expression inside a relative aside, told of the noun it
    describes, and the expression's offset in it: "City, who won the league title
    last Sunday, will begin ..." -> "City won the league title last Sunday"."""
    pronoun_told = _pronoun_subject(sentence, start, end)
    if pronoun_told is not None:
        return pronoun_told
    if "wh" not in sentence:
        return None  # no "who" or "which": most sentences
    for aside in RELATIVE_ASIDE.finditer(sentence, 0, min(len(sentence), end + 210)):
        if aside.start() < start and end < aside.end() and aside["pronoun"] in ("who", "which"):
            break
    else:
        return _trailing_relative(sentence, start, end)
    head = sentence[: aside.start()]
    subject = head[max(head.rfind(","), head.rfind(";")) + 1 :].strip()
    words = subject.split()
    if not words or len(words) > _SUBJECT_MAX_WORDS or not subject[0].isupper():
        return None
    opened = aside.end("pronoun") + 1
    told = f"{subject} {sentence[opened : aside.end() - 1]}"
    return told, len(subject) + 1 + start - opened
