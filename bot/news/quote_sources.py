"""Who a quotation is sourced to after its cue: `according to The New York Times`,
`Interfax quoted Finance Minister Anton Siluanov as saying`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.news.attribution import (
    CUE_PRONOUNS,
    WINDOW,
    Cue,
    PersonSpan,
    Subject,
    people_between,
    word_of,
    words,
)

# "quoted Djamal as saying", "quoted Russian Finance Minister Anton Siluanov as saying",
# "quoted the prime minister as saying"
_QUOTED_AS = re.compile(
    r"\s+((?:[Tt]he\s+)?(?:[A-Za-z][\w.'’-]*\s+){0,6}?[A-Z][\w.'’-]*|(?:[Tt]he|[Hh]im|[Hh]er)"
    r"(?:\s+[a-z][\w'’-]*){0,3})\s+as\s+saying"
)
_QUOTED_BEFORE = re.compile(r"\bquot(?:ed|es)(?=\s+.{1,90}?\s+as\s+$)")


def source_after(
    masked: str, cue: Cue, sentence_end: int, people: list[PersonSpan]
) -> Subject | None:
    """`according to The New York Times, ...`: the name right after the cue."""
    items = words(masked, cue.end, min(sentence_end, cue.end + WINDOW))
    phrase: list[re.Match[str]] = []
    for m in items:
        if m.group() in ',;:()"“”':
            break
        phrase.append(m)
        if len(phrase) > 8:
            return None
    if not phrase or not phrase[0].group()[:1].isupper() or word_of(phrase[0]) in CUE_PRONOUNS:
        return None
    named = people_between(people, phrase[0].start(), phrase[-1].end())
    if named:
        return Subject(named[0].name, person=True)  # "according to Mr Howard"
    return Subject(masked[phrase[0].start() : phrase[-1].end()].rstrip("."), person=False)


_OBJECT_PRONOUNS = {"him": "he", "her": "she"}


def quoted_subject(quoted: str) -> Subject:
    """Who "quoted ... as saying" names: "him" and "her" stand for someone named before."""
    pronoun = _OBJECT_PRONOUNS.get(quoted.lower())
    if pronoun is not None:
        return Subject(pronoun, person=False, pronoun=True)
    return Subject(quoted, person=False)


def quoted_as_saying(
    masked: str, cue: Cue, sentence_end: int, people: Sequence[PersonSpan] = ()
) -> str | None:
    """`quoted Djamal as saying`: the person (or the words) between "quoted" and "as"."""
    if cue.word == "saying" and masked.endswith(" as ", 0, cue.start):
        # 'Interfax quoted Finance Minister Anton Siluanov as saying: "..."': the cue
        # found is "saying"; its "quoted" comes before
        # (the last "quoted" before it: 'the agency quoted him as saying. The newspaper
        # quoted President Vladimir Putin as saying that ...')
        verbs = list(_QUOTED_BEFORE.finditer(masked, max(0, cue.start - WINDOW), cue.start))
        verb = verbs[-1] if verbs else None
        m = _QUOTED_AS.match(masked, verb.end(), cue.end) if verb is not None else None
    elif cue.word in ("quoted", "quotes"):
        m = _QUOTED_AS.match(masked, cue.end, min(sentence_end, cue.end + WINDOW))
    else:
        return None
    if m is None:
        return None
    named = people_between(list(people), m.start(1), m.end(1))
    return named[-1].name if named else m.group(1).strip()
