"""Speakers carried from one quotation to another.

`forward_speakers`: a quote-only paragraph with no speaker takes the speaker
the next paragraph introduces. `fits`: whether "he" or "she" can stand for a
person, judged by their given name when it is a common one.
"""

from __future__ import annotations

import dataclasses

from bot.news.model import Quote
from bot.news.names import FEMALE_NAMES, FIRST_NAMES


def forward_speakers(quotes: list[Quote], paragraphs: tuple[str, ...]) -> list[Quote]:
    """A quote-only paragraph with no speaker takes the speaker the next paragraph
    introduces (`"How can it go away?"` / `Alan Mulally remembered asking, "..."`)."""
    result = list(quotes)
    for i, quote in enumerate(result[:-1]):
        nxt = result[i + 1]
        paragraph = paragraphs[quote.span.paragraph]
        if quote.speaker is not None or quote.kind != "full":
            continue
        if nxt.span.paragraph != quote.span.paragraph + 1 or nxt.speaker is None:
            continue
        only_quote = paragraph[: quote.span.start - 1].strip() == "" and (
            paragraph[quote.span.end + 1 :].strip(" .,") == ""
        )
        introduced = paragraphs[nxt.span.paragraph][: nxt.span.start - 1].strip() != ""
        if only_quote and introduced:
            result[i] = dataclasses.replace(quote, speaker=nxt.speaker)
    return result


_EITHER = frozenset("robin pat jamie terry lee kim jesse sam alex chris jean moon".split())


def fits(pronoun: str, name: str) -> bool:
    """False when the given name says "he" or "she" cannot stand for this person."""
    given = name.split()[0].lower() if name.split() else ""
    if given in _EITHER or pronoun not in ("he", "she"):
        return True
    if given in FEMALE_NAMES:
        return pronoun == "she"
    if given in FIRST_NAMES:
        return pronoun == "he"
    return True
