"""Sentences that open with a participle phrase: "Born on Oct. 1, 1924, in Plains,
Carter served ..." - where the main clause starts (`opener_end`) and the phrase told
of the subject after it (`participle_opener`: "Carter was born on Oct. 1, 1924, in
Plains")."""

from __future__ import annotations

import re

from bot.news.event_asides import NOT_TELLING, OPENING_PARTICIPLES

_OPENING_CAPITALISED = frozenset(word.capitalize() for word in OPENING_PARTICIPLES)
# The word after such a participle ("Born on", "Elected in"; not "United Airlines").
_AFTER_PARTICIPLE = frozenset(
    """on in at by during after before from to with for as since about whether over
    into near last early late first""".split()
)
# The subject after the opener: a name, a pronoun or "the" and a noun, then a word.
_SUBJECT_AFTER_COMMA = re.compile(
    r",\s(?P<subject>(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*|he|she|it|they"
    # "the two men were", not "the bridge collapsed on": the second word is no verb;
    # nor "the daughter of a grocer," an apposition before the subject.
    r"|the\s[a-z]+(?:\s(?![a-z]+ed\b|(?:was|were|is|are|has|have|had|will|said|of|in|at|for"
    r"|from|with|to|on)\b)[a-z]+)?)"
    # (nor a determiner: "the film tells a story" is "the film" and "tells")
    r"\s(?!(?:of|in|at|for|from|with|to|on|a|an|the|his|her|its|their)\b)(?P<verb>[a-z]+)"
)
_PLURAL_VERBS = frozenset("were are have say".split())


def _opener_subject(sentence: str, lo: int, hi: int) -> re.Match[str] | None:
    """The subject after a sentence-opening participle phrase ("Born on Oct. 1,
    1924, in Plains, Carter ..."), found after `lo` and starting before `hi`; None
    when the sentence opens otherwise."""
    space = sentence.find(" ", 0, 16)  # "Set in 1920, the film ...": 3 letters may do
    if space < 3 or not (
        sentence.endswith("ed", 0, space) or sentence[:space] in _OPENING_CAPITALISED
    ):
        return None  # most sentences: a few quick tests
    first = sentence[:space].lower()
    if first in NOT_TELLING:
        return None
    following = sentence[space + 1 : space + 16].split(maxsplit=1)
    if not sentence[:1].isupper() or not following:
        return None
    if following[0] not in _AFTER_PARTICIPLE and not (first == "born" and following[0].istitle()):
        return None  # "Born Jorge Mario Bergoglio in ...": a name may follow "Born"
    found = _SUBJECT_AFTER_COMMA.search(sentence, lo, hi)
    if found is None or (found["subject"].isupper() and len(found["subject"]) > 1):
        return None
    return found


def opener_end(sentence: str, start: int) -> int:
    """Where the main clause starts when `sentence` opens with a participle phrase
    that ends before `start` ("Elected in 2016, he took office in January 2017":
    "he"), else 0."""
    found = _opener_subject(sentence, 0, start)
    return found.start("subject") if found is not None else 0


def participle_opener(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """ "Born on Oct. 1, 1924, in Plains, Carter served ..." -> for "Oct. 1, 1924",
    "Carter was born on Oct. 1, 1924, in Plains": a sentence-opening participle
    phrase holding the expression is told of the subject after it."""
    found = _opener_subject(sentence, end, end + 200)
    if found is None:
        return None
    subject = found["subject"]
    plural = (
        subject == "they"
        or found["verb"] in _PLURAL_VERBS
        or (subject.startswith("the ") and subject.endswith("s"))
    )
    head = f"{subject[0].upper()}{subject[1:]} {'were' if plural else 'was'} "
    return f"{head}{sentence[0].lower()}{sentence[1 : found.start()]}", len(head) + start
