"""Speakers carried from one quotation to another.

`forward_speakers`: a quote-only paragraph with no speaker takes the speaker
the next paragraph introduces, or names after the quotation it runs on into.
`named_after`: a quote-only paragraph is given to the person the next one
names as its source ("That was the message from ..."). `fits`: whether "he"
or "she" can stand for a person, judged by their given name when it is a
common one; `gendered_before`: whom it stands for among those named earlier.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from bot.news.model import Mention, Quote
from bot.news.names import is_female_name, is_given_name

# "That was the message from Treasury Secretary Janet Yellen", "Those were the
# words of ...": the paragraph before was theirs.
_SOURCE_NEXT = re.compile(
    r"(?:That|This|Those|These|Such)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:the\s+|a\s+)?(?:[a-z]+\s+){0,2}(?:message|words?|view|verdict|warning|assessment"
    r"|reaction|response|answer|comment|promise|pledge|plea|reply|appeal|advice)\s+"
    r"(?:of|from)\s+"
)
# How far past those words the name may start (a title before it).
_SOURCE_REACH = 60


def forward_speakers(quotes: list[Quote], paragraphs: tuple[str, ...]) -> list[Quote]:
    """A quote-only paragraph with no speaker takes the speaker the next paragraph
    introduces (`"How can it go away?"` / `Alan Mulally remembered asking, "..."`)."""
    result = list(quotes)
    for i, quote in enumerate(result[:-1]):
        nxt = result[i + 1]
        paragraph = paragraphs[quote.span.paragraph]
        if quote.kind != "full":
            continue
        if nxt.span.paragraph != quote.span.paragraph + 1 or nxt.speaker is None:
            continue
        only_quote = paragraph[: quote.span.start - 1].strip() == "" and (
            paragraph[quote.span.end + 1 :].strip(" .,") == ""
        )
        introduced = paragraphs[nxt.span.paragraph][: nxt.span.start - 1].strip() != ""
        # A quotation left open at the paragraph's end runs on into the next one, which
        # reopens it and names the speaker after it: both parts are theirs, whoever
        # spoke the paragraph before (a quote-only paragraph's speaker is carried).
        runs_on = not paragraph[quote.span.end :].strip() and not introduced
        if quote.speaker is not None and not runs_on:
            continue
        if not runs_on and i and _left_open(result[i - 1], quote, paragraphs):
            continue  # the rest of a quotation the paragraph before left open: its speaker's
        if only_quote and (introduced or runs_on):
            result[i] = dataclasses.replace(quote, speaker=nxt.speaker)
    return result


def _left_open(before: Quote, quote: Quote, paragraphs: tuple[str, ...]) -> bool:
    """Whether `before` is a quotation left open at the end of the paragraph right
    before `quote`'s (no closing mark after it), which `quote` continues."""
    paragraph = before.span.paragraph
    return (
        paragraph == quote.span.paragraph - 1
        and not paragraphs[paragraph][before.span.end :].strip()
    )


def named_after(
    quotes: list[Quote], paragraphs: tuple[str, ...], mentions: Iterable[Mention]
) -> list[Quote]:
    """The quotes of a paragraph that holds nothing else go to the person the next
    paragraph opens by naming as their source ("That was the message from X")."""
    sources: dict[int, str] = {}
    for mention in mentions:
        index = mention.span.paragraph
        if mention.span.location != "body" or index < 1 or index - 1 in sources:
            continue
        lead = _SOURCE_NEXT.match(paragraphs[index])
        if lead is not None and lead.end() <= mention.span.start <= lead.end() + _SOURCE_REACH:
            sources[index - 1] = mention.name
    if not sources:
        return quotes
    by_paragraph: dict[int, list[Quote]] = {}
    for quote in quotes:
        if quote.span.location == "body":
            by_paragraph.setdefault(quote.span.paragraph, []).append(quote)
    named = {
        id(quote): sources[index]
        for index, own in by_paragraph.items()
        if index in sources and _only_quotes(paragraphs[index], own)
        for quote in own
    }
    return [dataclasses.replace(q, speaker=named[id(q)]) if id(q) in named else q for q in quotes]


def _only_quotes(paragraph: str, quotes: list[Quote]) -> bool:
    """Whether the paragraph holds nothing but these quotations and their marks."""
    rest, at = [], 0
    for quote in sorted(quotes, key=lambda q: q.span.start):
        rest.append(paragraph[at : max(at, quote.span.start - 1)])
        at = quote.span.end + 1
    rest.append(paragraph[at:])
    return "".join(rest).strip(" .,\"“”'‘’") == ""


# Given names of men and women alike ("Simone", "Andrea": men's in Italy): "he" or
# "she" may stand for either.
_EITHER = frozenset(
    """robin pat jamie terry lee kim jesse sam alex chris jean moon kelly dana leslie
    lindsay jordan morgan taylor casey riley cameron kerry shannon ashley simone andrea
    alexis lindsey
    """.split()
)


def _given(name: str) -> str:
    """A name's first word, lower-case ("" for none)."""
    words = name.split()
    return words[0].lower() if words else ""


def fits(pronoun: str, name: str) -> bool:
    """False when the given name says "he" or "she" cannot stand for this person."""
    given = _given(name)
    if given in _EITHER or pronoun not in ("he", "she"):
        return True
    if is_female_name(given):
        return pronoun == "she"
    if is_given_name(given):
        return pronoun == "he"
    return True


def gender_told(name: str) -> bool:
    """Whether the given name says whether "he" or "she" stands for this person."""
    given = _given(name)
    return given not in _EITHER and (is_female_name(given) or is_given_name(given))


def gendered_before(pronoun: str, recent_first: Iterable[str]) -> str | None:
    """The person "he" or "she" stands for among those named before, the most
    recent first: the first one it may stand for, when the given name says so
    ("She told CNBC later" after Elon Musk and, before him, Janet Yellen);
    None when that one's name does not tell."""
    for name in recent_first:
        if fits(pronoun, name):
            return name if gender_told(name) else None
    return None
