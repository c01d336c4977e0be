"""Turn a sentence of an article into a key point that reads on its own.

Work is done as edits (start, end, replacement) on the paragraph, so that the
offsets of the article's mentions and events stay valid until the edits are
applied all at once: asides such as ", however," are cut, a leading pronoun or
title reference becomes the person's name, and relative dates are followed by
their calendar date ("last Thursday (24 May)") while absolute ones are written
the house way ("12 June").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.news.model import Article, Event, Mention
from bot.news.point_cuts import cut_edits
from bot.news.temporal_named_days import day_names_thing
from bot.news.words import names_in, normalise

Edit = tuple[int, int, str]

_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
_MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE
)
_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
# The words that show a relative expression means a day, a month or a year.
_UNIT_WORDS = {
    "day": re.compile(
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight"
        r"|yesterday|tomorrow|days?|morning|afternoon|evening|night|weekend)\b",
        re.IGNORECASE,
    ),
    "month": re.compile(r"\bmonths?\b", re.IGNORECASE),
    "year": re.compile(r"\byears?\b", re.IGNORECASE),
}

_CONNECTIVES = (
    r"however|though|meanwhile|moreover|furthermore|in addition|of course|for example"
    r"|for instance|in fact|indeed|nonetheless|nevertheless|therefore|thus|also|too"
    r"|in turn|instead|likewise|similarly|as well|at the same time|by contrast|in contrast"
)
# ", however," inside a sentence.
_INNER_ASIDE = re.compile(r",\s(?:" + _CONNECTIVES + r"),(?=\s)", re.IGNORECASE)
# "However, " or "But " opening a sentence.
_LEADING_ASIDE = re.compile(
    r"^(?:(?:" + _CONNECTIVES + r"|still|besides|additionally|separately|elsewhere),\s"
    r"|(?:but|and)\s(?=[a-z]))",
    re.IGNORECASE,
)
# ", however." closing a sentence.
_TRAILING_ASIDE = re.compile(r",\s(?:" + _CONNECTIVES + r")(?=[.!?]$)", re.IGNORECASE)
# Short parentheticals that point at a photo, repeat a ticker or give a party:
# "(R)", "(AAPL)", "(R-AZ)".
_NOISE_PARENTHESIS = re.compile(
    r"\s\((?:[A-Z]{1,5}|[A-Z]{2,6}:\s?[A-Z.]{1,6}|[DRI]-[A-Z][A-Za-z.]{1,12}"
    r"|pictured|left|right|centre|center|file)\)"
)
# Words opening an adverbial that keeps its comma when an aside after it is cut.
_ADVERBIAL_OPENERS = frozenset(
    """a an after at before by despite during earlier for from in last later next
    on since the this that two three several until when while with within""".split()
)
_PRONOUNS = frozenset({"he", "she"})
# The attribution right after a quotation: '," she added' / '." he said'.
_PRONOUN_AFTER_QUOTE = re.compile(r"""[,.!?]?["”’']?,?\s(?P<pronoun>[Hh]e|[Ss]he)\s""")


def format_day(day: dt.date, published: dt.date | None) -> str:
    """A calendar day the house way: "24 May", with the year when it is not `published`'s."""
    text = f"{day.day} {_MONTH_NAMES[day.month - 1]}"
    if published is None or day.year != published.year:
        text += f" {day.year}"
    return text


def format_event_date(event: Event, published: dt.date | None) -> str:
    """The date of an event at its precision: "24 May", "30-31 May", "May 2018", "2017"."""
    start = event.date
    if event.precision == "year":
        return str(start.year)
    if event.precision == "month":
        month = _MONTH_NAMES[start.month - 1]
        return month if published and start.year == published.year else f"{month} {start.year}"
    end = event.until
    if end is None or end == start:
        return format_day(start, published)
    if (end.year, end.month) == (start.year, start.month):
        return f"{start.day}-{format_day(end, published)}"
    if published is not None and start.year == end.year == published.year:
        return f"{format_day(start, published)}-{format_day(end, published)}"
    return f"{format_day(start, None)}-{format_day(end, None)}"


_SPEECH_TIME = re.compile(
    r"(?:today|tonight|tomorrow|yesterday|this\s(?:morning|afternoon|evening))", re.IGNORECASE
)
_STREAK = re.compile(r"\b(?:straight|consecutive|successive|running)\b")
_US_YEAR = re.compile(r"\d,\s*\d{4}$")


def _is_absolute(expression: str) -> bool:
    """True when the expression names its month or year itself ("June 12", "2017")."""
    return bool(_MONTH_WORD.search(expression) or _YEAR_WORD.search(expression))


def _date_edits(
    text: str,
    start: int,
    end: int,
    events: Iterable[Event],
    published: dt.date | None,
    known: set[str],
) -> list[Edit]:
    """Calendar dates for relative expressions (each date once: `known` collects them)."""
    edits: list[Edit] = []
    for event in sorted(events, key=lambda e: e.span.start):
        span = event.span
        if not (start <= span.start and span.end <= end):
            continue
        if event.precision not in ("day", "month", "year"):
            continue
        expression = text[span.start : span.end]
        written = format_event_date(event, published)
        if _is_absolute(expression):
            # Rewrite a full day ("June 12", "May 31, 2018") the house way, with a
            # year only when the writer gave one; leave months and years alone.
            if (
                event.precision == "day"
                and event.until is None
                and _DAY_NUMBER.search(expression)
                and len(expression) <= 24
                and ":" not in expression  # "16:15 UTC, June 1st" keeps its time
            ):
                # "5 July last year" gives its year too: "5 July 2023".
                wrote_year = _YEAR_WORD.search(expression) is not None or "year" in expression
                reference = published if wrote_year else event.date
                # "the Jan. 6, 2021, attack": the comma closed the year, which
                # "the 6 January 2021 attack" no longer sets apart.
                closing = (
                    _US_YEAR.search(expression) is not None
                    and text.startswith(",", span.end)
                    and bool(day_names_thing(text, span.start, span.end))
                )
                edit_end = span.end + 1 if closing else span.end
                edits.append((span.start, edit_end, format_day(event.date, reference)))
            continue
        # Only where the words name that unit: "the fourth quarter" is not "(October)",
        # nor is "for a second straight day" a date.
        unit = _UNIT_WORDS.get(event.precision)
        if unit is None or unit.search(expression) is None or _STREAK.search(expression):
            continue
        inside_brackets = text.count("(", start, span.start) > text.count(")", start, span.start)
        if inside_brackets or text[span.end : span.end + 2].lstrip().startswith("("):
            continue
        if written in known:
            continue
        known.add(written)
        edits.append((span.end, span.end, f" ({written})"))
    return edits


def _aside_edits(text: str, start: int, end: int, events: Sequence[Event]) -> list[Edit]:
    sentence = text[start:end]
    edits: list[Edit] = []
    lead = _LEADING_ASIDE.match(sentence)
    if lead is not None:
        edits.append((start, start + lead.end(), ""))
    adverbial_ends = {e.span.end for e in events}
    for match in _INNER_ASIDE.finditer(sentence):
        # "A day later, however, he said" keeps a comma; "Pompeo, however, said" none.
        before = sentence[: match.start()].split()
        keep_comma = start + match.start() in adverbial_ends or (
            bool(before) and before[0].lower() in _ADVERBIAL_OPENERS and len(before) <= 4
        )
        edits.append((start + match.start(), start + match.end(), "," if keep_comma else ""))
    trailing = _TRAILING_ASIDE.search(sentence)
    if trailing is not None:
        edits.append((start + trailing.start(), start + trailing.end(), ""))
    for match in _NOISE_PARENTHESIS.finditer(sentence):
        edits.append((start + match.start(), start + match.end(), ""))
    return edits


def _shares_token(words: str, name: str, others: Iterable[str]) -> bool:
    """Whether a word of `words` (a name or part of it) is in another person's name."""
    tokens = set(words.replace("-", " ").lower().split())
    return any(tokens & set(o.replace("-", " ").lower().split()) for o in others if o != name)


def _is_part_of_name(mention: Mention) -> bool:
    name_tokens = set(mention.name.replace("-", " ").lower().split())
    words = normalise(mention.text).replace("-", " ").split()
    return bool(words) and all(w in name_tokens for w in words)


def _short_name(article: Article, name: str, everyone: list[str]) -> str | None:
    """The article's own one-word form of a name already given ("Pompeo"), if no
    one else in the article shares it."""
    tokens = name.replace("-", " ").split()
    for person in article.people:
        if person.name == name:
            return next(
                (a for a in person.aliases if a in tokens and not _shares_token(a, name, everyone)),
                None,
            )
    return None


def _name_edits(
    article: Article,
    paragraph: int,
    start: int,
    end: int,
    previous_person: str | None,
    named: frozenset[str] = frozenset(),
) -> list[Edit]:
    """Replace the first reference to each person in the sentence by the name, when unclear.

    A surname alone ("Park added") is unclear until an earlier point (in
    `named`) has given the full name; after that, "the Secretary of State"
    becomes the surname the article uses ("Pompeo").
    """
    text = article.paragraphs[paragraph]
    inside = sorted(
        (
            m
            for m in article.mentions
            if m.span.location == "body"
            and m.span.paragraph == paragraph
            and start <= m.span.start < m.span.end <= end
        ),
        key=lambda m: m.span.start,
    )
    lead = _LEADING_ASIDE.match(text[start:end])
    opening = start + (lead.end() if lead else 0)
    everyone = [p.name for p in article.people]
    edits: list[Edit] = []
    seen: set[str] = set()
    for mention in inside:
        if mention.name in seen:
            continue
        seen.add(mention.name)
        if mention.text == mention.name or mention.name in text[start:end]:
            continue
        if (
            _is_part_of_name(mention)
            and not _shares_token(normalise(mention.text), mention.name, everyone)
            and mention.name in named
        ):
            continue
        surface = text[mention.span.start : mention.span.end]
        if surface.lower() in _PRONOUNS and mention.span.start != opening:
            continue
        possessive = "'s" if surface.endswith(("'s", "’s")) else ""
        name = mention.name
        if name in named:
            name = _short_name(article, name, everyone) or name
        edits.append((mention.span.start, mention.span.end, name + possessive))
    first_word = text[opening:end].split(" ", 1)[0]
    if (
        first_word.lower() in _PRONOUNS
        and previous_person is not None
        and not any(m.span.start == opening for m in inside)
    ):
        name = previous_person
        if name in named:
            name = _short_name(article, name, everyone) or name
        edits.append((opening, opening + len(first_word), name))
    return edits


def _speaker_edits(article: Article, paragraph: int, start: int, end: int) -> list[Edit]:
    """The speaker's name for "he"/"she" attributing a quote: '"...," Lopez added.'"""
    text = article.paragraphs[paragraph]
    names = {p.name for p in article.people}
    edits: list[Edit] = []
    for quote in article.quotes:
        span = quote.span
        inside = span.location == "body" and span.paragraph == paragraph
        if not inside or not start <= span.start < span.end <= end or quote.speaker not in names:
            continue
        if quote.speaker in text[start:end]:
            continue
        match = _PRONOUN_AFTER_QUOTE.match(text, span.end, min(end, span.end + 12))
        if match is not None:
            edits.append((match.start("pronoun"), match.end("pronoun"), quote.speaker))
    return edits[:1]  # the first says who; later ones read as "he" again


def apply_edits(text: str, start: int, end: int, edits: Iterable[Edit]) -> str:
    """Apply edits to text[start:end]; an edit overlapping an earlier one is dropped."""
    pieces: list[str] = []
    cursor = start
    for e_start, e_end, replacement in sorted(edits, key=lambda e: (e[0], e[1])):
        if e_start < cursor or e_end > end:
            continue
        pieces.append(text[cursor:e_start])
        pieces.append(replacement)
        cursor = e_end
    pieces.append(text[cursor:end])
    return "".join(pieces)


def tidy(point: str) -> str:
    """Collapse spaces, close gaps before punctuation and capitalise the first letter."""
    point = re.sub(r"\s{2,}", " ", point).strip()
    point = re.sub(r"\s+([,.;:!?])", r"\1", point)
    point = re.sub(r",(?=[,.])", "", point)
    if point and point[0].islower():
        point = point[0].upper() + point[1:]
    return point


@dataclass(frozen=True)
class SentenceRef:
    """A sentence of the article body: its paragraph and offsets."""

    paragraph: int
    start: int
    end: int


def write_point(
    article: Article,
    sentence: SentenceRef,
    previous_person: str | None = None,
    given: frozenset[str] = frozenset(),
) -> tuple[str, frozenset[str]]:
    """The sentence as a key point: asides cut, names resolved, dates made calendar dates.

    `previous_person` is the person the text spoke of just before, used to
    resolve a leading "He"/"She" that the people stage left unresolved.
    `given` are the calendar dates ("24 May") and people's full names
    earlier points already wrote out: dates are not added again, and a surname
    alone is left as it is once the full name was given. Returns the point and
    what is given so far.
    """
    text = article.paragraphs[sentence.paragraph]
    start, end = sentence.start, sentence.end
    events = [
        e
        for e in article.events
        if e.span.location == "body" and e.span.paragraph == sentence.paragraph
    ]
    quoted = [
        (q.span.start, q.span.end)
        for q in article.quotes
        if q.span.location == "body" and q.span.paragraph == sentence.paragraph
    ]

    def in_quote(edit: Edit) -> bool:
        return any(q_start <= edit[0] < q_end for q_start, q_end in quoted)

    names = _name_edits(article, sentence.paragraph, start, end, previous_person, given)
    names += _speaker_edits(article, sentence.paragraph, start, end)
    mention_ends = [
        m.span.end
        for m in article.mentions
        if m.span.location == "body" and m.span.paragraph == sentence.paragraph
    ]
    cuts = cut_edits(
        text,
        start,
        end,
        quoted=quoted,
        dated=[(e.span.start, e.span.end) for e in events],
        names=mention_ends,
    )
    # A date inside a cut aside is not written out (nor counted as given).
    events = [e for e in events if not any(c[0] <= e.span.start < c[1] for c in cuts)]
    known = set(given)
    edits: list[Edit] = list(cuts)
    # Quoted words stay as said: a date inside a quote goes in square brackets,
    # and names and asides inside it are left alone. "Tonight" in a quote is the
    # night the words were said, which need not be the day of publication.
    events = [
        e
        for e in events
        if not (_SPEECH_TIME.fullmatch(e.expression) and in_quote((e.span.start, e.span.end, "")))
    ]
    for edit in _date_edits(text, start, end, events, article.published, known):
        if not in_quote(edit):
            edits.append(edit)
        elif edit[0] == edit[1]:
            edits.append((edit[0], edit[1], f" [{edit[2].strip()[1:-1]}]"))
    edits += [e for e in names + _aside_edits(text, start, end, events) if not in_quote(e)]
    point = tidy(apply_edits(text, start, end, edits))
    known.update(names_in(point, (p.name for p in article.people)))
    return point, frozenset(known)
