"""Who a clause's opening words or a name's neighbours make the speaker.

`leading_name` reads the capitalised name that opens a clause ("The UAW issued a
statement saying ..."), or the people's noun phrase that a nationality opens
("The British and Japanese ambassadors circulated ..."); `serves` tells a name
that only a role joins to the next ("Romney spokeswoman Shawn Feddeman"): the
second is the one who speaks; `what_speaker` the X of `what X called "..."`, whose
words they are (`voices_words`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.news.name_tokens import is_role_word
from bot.news.names import SENTENCE_WORDS
from bot.news.speaker_phrases import BODIES, ORG_NOUNS, clean_phrase

if TYPE_CHECKING:
    from bot.news.attribution import PersonSpan, Subject

_BODY_NOUNS = BODIES | ORG_NOUNS | {"government"}

# What stands between a name and the one who serves them: " spokeswoman ", "'s top aide ".
# (no "and": "said Sen. John McCain and fellow senator Lindsey Graham" is a pair)
_SERVING = re.compile(r"(?:['’]s)?\s(?:(?!and\s|or\s)[a-z-]+\s){0,2}?([a-z-]+)\s")


def serves(text: str, end: int, start: int) -> bool:
    """Whether only a role joins a name ending at `end` to one starting at `start`:
    "Romney spokeswoman Shawn Feddeman", "Obama campaign adviser David Axelrod"."""
    found = _SERVING.fullmatch(text, end, start)
    return found is not None and is_role_word(found.group(1))


_DEMONYM_ENDINGS = ("an", "ese", "ish", "ch", "i")
# How many words a nationality may stand before its people's role ("British and Japanese
# ambassadors").
_MAX_PEOPLE_WORDS = 4


def _people_noun(word: str) -> bool:
    """A role or a body: "ambassadors", "government", "police"."""
    lower = word.lower()
    singular = lower[:-1] if lower.endswith("s") else lower
    return is_role_word(lower) or is_role_word(singular) or lower in _BODY_NOUNS


def leading_name(words: list[str]) -> str | None:
    """The capitalised name that opens a clause's `words` ("The UAW issued a
    statement saying": "UAW"); after a people's adjective, the people it opens
    ("The British and Japanese ambassadors": "the British and Japanese
    ambassadors"), else none (the adjective names no one)."""
    lead: list[str] = []
    opened = 0
    for at, word in enumerate(words):
        if not word[:1].isupper() or (lead == [] and word.lower() in SENTENCE_WORDS):
            if lead or word.lower() not in ("the",):
                break
            opened = at + 1
            continue
        lead.append(word)
    if not lead:
        return None
    after = opened + len(lead)
    if not (
        len(lead) == 1
        and lead[0].lower().endswith(_DEMONYM_ENDINGS)
        and words[after : after + 1]
        and words[after].islower()
    ):
        return " ".join(lead)
    for end in range(after, min(len(words), after + _MAX_PEOPLE_WORDS)):
        if _people_noun(words[end]):
            return " ".join(["the" if opened else "", *words[opened : end + 1]]).strip()
    return None


# "lodged what the official Xinhua news agency called": the words before the cue.
_WHAT = re.compile(r"\bwhat\s((?:[\w'’.&-]+\s){1,6})$")
_PRONOUNS = frozenset("he she they it we i you".split())


def what_speaker(
    text: str, start: int, end: int, people: list[PersonSpan]
) -> tuple[str, bool] | None:
    """(speaker, is a person) for the X of "what X" that ends right before `end` (a
    cue) and starts after `start`: a person named there, else the words as a label;
    not a pronoun ("what he called" is read as one)."""
    found = _WHAT.search(text, start, end)
    if found is None or found.group(1).split()[0].lower() in _PRONOUNS:
        return None
    named = [p for p in people if found.start(1) <= p.start < found.end(1)]
    if named:
        return named[-1].name, True
    label = clean_phrase(found.group(1))
    return (label, False) if label else None


def voices_words(subject: Subject) -> bool:
    """Whether a subject voices words it gives a name to: a person, a pronoun, a
    body ("what police described as"), or anyone in `what X called "..."`."""
    last = subject.name.split()[-1] if subject.name else ""
    return subject.person or subject.pronoun or subject.voiced or last in BODIES
