"""The news domain's data: frozen dataclasses shared by every stage.

`reader` makes an Article shell (source, published, title, captions,
paragraphs); `people`, `quotes`, `dates` and `briefing` fill in the rest.
Offsets are Python string indices into `paragraphs[i]`, or into
`captions[i].text` when the location is "caption".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Location = Literal["body", "caption"]
QuoteKind = Literal["full", "fragment"]
Precision = Literal["day", "week", "month", "year", "decade", "century"]


@dataclass(frozen=True)
class Span:
    """Where a piece of text sits: body paragraph or caption, and offsets."""

    location: Location
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Caption:
    """A photo caption: its text (credit included), the credit, date and place."""

    text: str
    credit: str
    date: dt.date | None = None
    place: str | None = None


@dataclass(frozen=True)
class Person:
    """A person (or organisation speaking) as the article names them."""

    name: str
    title: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """One place in the text that refers to a person, resolved to their name."""

    name: str
    text: str
    span: Span


@dataclass(frozen=True)
class Quote:
    """Words in quotation marks; `text` excludes the marks, offsets likewise."""

    speaker: str | None
    text: str
    kind: QuoteKind
    span: Span


def spoken_words(text: str) -> str:
    """A quotation's words without the comma or colon that led out of it
    ('"The alternative is worse," he said' shows "The alternative is worse")."""
    return text.strip().rstrip(",;:").strip()


@dataclass(frozen=True)
class Event:
    """Something that happened (or will) on a resolved date.

    `span` locates the temporal `expression`; `text` is the clause it dates,
    readable on its own. `until` closes a range. `upcoming` is true for
    events after the publication date or told in the future tense.
    """

    date: dt.date
    until: dt.date | None
    precision: Precision
    expression: str
    text: str
    span: Span
    upcoming: bool = False
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class BriefingQuote:
    """The key quote of a briefing, with its speaker's title."""

    speaker: str | None
    title: str | None
    text: str


@dataclass(frozen=True)
class Briefing:
    """A one-article briefing: headline, key points, key quote, what's next."""

    headline: str
    points: tuple[str, ...]
    quote: BriefingQuote | None
    next: tuple[Event, ...]


@dataclass(frozen=True)
class Article:
    """A parsed article. The reader fills the shell; later stages the rest."""

    source: str
    published: dt.date | None
    title: str
    title_given: bool
    captions: tuple[Caption, ...]
    paragraphs: tuple[str, ...]
    url: str | None = None
    outlet: str | None = None
    people: tuple[Person, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    briefing: Briefing | None = field(default=None)

    def text_at(self, location: Location, paragraph: int) -> str:
        """The text a Span with this location and paragraph index points into."""
        if location == "caption":
            return self.captions[paragraph].text
        return self.paragraphs[paragraph]
