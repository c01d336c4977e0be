"""Participle asides told of the subject they follow, for events.

"The company, founded in 1990, said ..." dates "The company was founded in
1990" for 1990, and the main clause's text leaves the aside out. The
participles that open a sentence ("Born on Oct. 1, 1924, in Plains, Carter
...") are `event_relative`'s; the word lists are shared from here.
"""

from __future__ import annotations

import re

from bot.news.sentences import ASIDE_CHARACTER
from bot.news.speaker_phrases import verb_like

# Past participles that open a sentence to tell of its subject: "Born on Oct. 1,
# 1924, in Plains, Carter served ..." (regular "-ed" ones are found by ending).
OPENING_PARTICIPLES = frozenset(
    """born built sworn written made taken chosen given bought sold won known held
    brought begun drawn grown shown thrown set put led run kept sent spent paid""".split()
)
# "-ed" openers that measure or qualify rather than tell: "Compared with 2019, ...".
NOT_TELLING = frozenset("compared adjusted excluding excluded based measured dated".split())

# "The bill, agreed by unions and employers on Jan. 11, makes ...": a participle
# aside right after the sentence's subject tells of that subject (the commas of a
# date inside it close nothing).
_PARTICIPLE_ASIDE = re.compile(
    r"(?P<subject>[A-Z][\w'’.-]*(?:\s[\w'’.-]+){0,5}),\s"
    rf"(?P<aside>(?P<verb>[a-z]+)\s{ASIDE_CHARACTER}{{1,150}}),\s"
)


_ASIDE_OPENS = 80  # the subject before the aside: at most six words
_PLURAL_SUBJECTS = frozenset(
    """banks prices stocks shares markets officials police schools talks sales exports
    imports workers voters lawmakers investors analysts troops rebels protesters residents
    authorities leaders companies airlines hospitals shops stores flights results profits
    earnings""".split()
)


_OPENING_PREPOSITIONS = frozenset("in under with after for from at on by during to".split())


def participle_aside(sentence: str) -> re.Match[str] | None:
    """The participle aside after the subject that opens `sentence` ("The company,
    founded in 1990, said ..."), if any."""
    comma = sentence.find(", ", 0, _ASIDE_OPENS)
    if comma < 0:
        return None  # most sentences: a quick test before the pattern
    first = sentence[comma + 2 : comma + 20].split(" ", 1)[0]
    if not (first.endswith("ed") or first in OPENING_PARTICIPLES):
        return None
    found = _PARTICIPLE_ASIDE.match(sentence)
    if found is None:
        return None
    verb = found["verb"]
    if verb in NOT_TELLING or not (
        (verb.endswith("ed") and len(verb) >= 5) or verb in OPENING_PARTICIPLES
    ):
        return None
    if any(verb_like(word) for word in found["subject"].lower().split()[1:]):
        return None  # "Sales rose, helped by ...": the subject holds a verb
    return found


def aside_told(sentence: str, start: int) -> tuple[str, int] | None:
    """ "The company, founded in 1990, said ..." -> for "1990", "The company was
    founded in 1990", and where `start` lands in it."""
    found = participle_aside(sentence) if "," in sentence[:start] else None
    if found is None or not found.start("aside") <= start < found.end("aside"):
        return None
    subject = found["subject"]
    if subject.lower().startswith("according to "):
        subject = subject[len("according ") :]  # "According to the plan, unveiled on Monday,"
    lead, _, rest = subject.partition(" ")
    if lead.lower() in _OPENING_PREPOSITIONS and rest:
        # "Under the deal, reached on Friday, ...": "The deal was reached on Friday"
        subject = rest[0].upper() + rest[1:]
    last = subject.split()[-1]
    # "the bills"; "Banks" opening the sentence is a noun, "Jobs" a name
    plural = last.lower() in _PLURAL_SUBJECTS or (
        last.islower() and last.endswith("s") and not last.endswith(("ss", "'s", "’s"))
    )
    head = f"{subject} {'were' if plural else 'was'} "
    return head + found["aside"], len(head) + start - found.start("aside")
