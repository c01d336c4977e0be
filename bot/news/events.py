"""Dated events of an article: each resolved expression with the clause it dates.

Captions come first (one event each: the photo's day, from the expression
that gives the caption's date), then body paragraphs in reading order, with
anchored expressions ("a day later") counted from the previous day across
paragraphs. The same event told twice (same dates, mostly the same words) is
listed once.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
import string

from bot.news.boilerplate import dateline_end
from bot.news.caption_events import caption_text
from bot.news.clause_tidy import tidy
from bot.news.date_yardsticks import yardstick_at
from bot.news.dates import Timex, carried_focus, scan_timexes
from bot.news.event_subjects import told_of_subject
from bot.news.event_text import clause_text
from bot.news.model import Article, Caption, Event, Span
from bot.news.sentences import sentence_tuple
from bot.news.temporal_named_days import day_names_thing

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_STOP = frozenset(
    """the a an and or but of to in on at for with by from that this these those
    was were is are be been has have had will would could should said says
    it its his her their they he she we as after before about than then also""".split()
)
# What each ASCII character is in a word that `_WORD` finds in lower-cased text:
# a letter's lower case, "'" or "-" itself; any other character ends the word.
_WORD_BYTES = bytes(
    code + 32 if 65 <= code <= 90 else code if 97 <= code <= 122 or code in b"'-" else 32
    for code in range(256)
)
# Single letters: a run of word characters that `_WORD` finds no word in.
_NOT_CONTENT = _STOP | {"", *string.ascii_lowercase}
_SAME_EVENT = 0.5


def _found_by_pattern(text: str) -> set[str]:
    """Words of `text` (`_WORD`'s matches), lower-cased, less the stop words."""
    if "K" in text or "İ" in text:
        found = set(map(str.lower, _WORD.findall(text)))
    else:
        # Lower-casing the text first finds the same words: only the Kelvin sign
        # and the dotted capital I lower-case into the letters of a word.
        found = set(_WORD.findall(text.lower()))
    return found - _STOP


def _found(text: str) -> set[str]:
    """`_found_by_pattern`; for ASCII text (nearly all) found without the regex,
    which costs more than splitting at spaces after one C pass of `bytes.translate`."""
    if not text.isascii():
        return _found_by_pattern(text)
    spaced = text.encode().translate(_WORD_BYTES).decode()
    runs = spaced.split()
    # A word starts at the first letter of its run: "'" or "-" before it are not part of it.
    if " '" in spaced or " -" in spaced or spaced[:1] in ("'", "-"):
        found = set(map(str.lstrip, runs, itertools.repeat("'-")))
    else:
        found = set(runs)
    # (Not `-=`, which would look up every listed word: this looks up each word found.)
    return found - _NOT_CONTENT


def _words(text: str) -> frozenset[str]:
    """Content words of a clause, lower-cased, with a plural "s" dropped."""
    return frozenset(map(str.rstrip, _found(text), itertools.repeat("s")))


class _Compared(dict[str, frozenset[str]]):
    """Content words of each clause compared (see `_words`), read when first asked
    for: most events have no other with the same dates to be compared with."""

    def __missing__(self, text: str) -> frozenset[str]:
        words = self[text] = _words(text)
        return words


_HOLIDAY_SPAN = re.compile(r"\s(?:weekend|holiday)\s")


def _named_by_day(paragraph: str, timex: Timex) -> str | None:
    """ "The Aug. 8 election" for a day written with its month and named by the
    words after it, else None."""
    if timex.precision != "day" or timex.until is not None:
        return None
    if timex.expression.endswith(("'s", "’s")) or _HOLIDAY_SPAN.search(timex.expression):
        # "Lee won the vote in Tuesday's election", "died during the Memorial Day weekend
        # of 2003": the clause tells of it
        return None
    words = day_names_thing(paragraph, timex.start, timex.end)
    if not words:
        return None
    between = paragraph[timex.end : paragraph.index(words[0], timex.end)]
    return tidy(paragraph[timex.start - 4 : timex.end] + between.rstrip() + " " + " ".join(words))


def _opens_sentence(paragraph: str, sentences: tuple[tuple[int, int], ...], timex: Timex) -> bool:
    """Whether `timex` opens its sentence, after a preposition at most ("In the same
    period a year earlier, the bank had gained $704 million")."""
    index = bisect.bisect_right(sentences, (timex.start, len(paragraph) + 1)) - 1
    start = sentences[index][0] if index >= 0 else 0
    return len(paragraph[start : timex.start].split()) <= 1


def _is_yardstick(paragraph: str, timex: Timex) -> bool:
    """Whether `timex` is a yardstick (`date_yardsticks`), no day something happened on."""
    return yardstick_at(paragraph, timex.start)


def _names_again(paragraph: str, before: Timex, timex: Timex) -> bool:
    """Whether `timex` names the day of the expression just before it once more:
    "closed on Monday for Martin Luther King Jr. Day" is one event, and so is
    "ended on Feb. 28, 1991, seven years ago this month" (a period that holds it,
    set beside it)."""
    if (timex.date, timex.until, timex.precision) != (before.date, before.until, before.precision):
        return (
            timex.date <= before.date
            and before.last_day <= timex.last_day
            and paragraph[before.end : timex.start].strip() == ","
        )
    between = paragraph[before.end : timex.start].replace(",", " ").split()
    return all(word in _AGAIN_WORDS for word in between)


def _next_dating(paragraph: str, timexes: list[Timex], at: int) -> int:
    """Where the first expression after `timexes[at]` that dates something starts
    (-1: none): "sold to JPMorgan, the third failure since March" has none."""
    for timex in timexes[at + 1 :]:
        if not (timex.vague or _is_yardstick(paragraph, timex)):
            return timex.start
    return -1


_NARROWING = re.compile(r",\s{1,3}(?:(?:on|in)\s{1,3})?")
_SAME_DAY = re.compile(r",?\s{1,3}(?:on\s{1,3})?")


def _narrowed_next(paragraph: str, timex: Timex, following: Timex) -> bool:
    """Whether the expression after `timex`, set beside it with a comma, names a
    shorter time inside it ("was hanged three years later, on Dec. 30, 2006"), or
    with "on" the day a holiday falls on ("begins with Palm Sunday on March 24")."""
    if following.precision == timex.precision == "day" and following.date == timex.date:
        joiner = _SAME_DAY
    elif (
        following.precision != timex.precision
        and timex.date <= following.date
        and following.last_day <= timex.last_day
    ):
        joiner = _NARROWING
    else:
        return False
    return joiner.fullmatch(paragraph, timex.end, following.start) is not None


# What figures are of, named before the day something is done with them.
_FIGURES_FOR = re.compile(
    r"\b(?:data|figures|results|earnings|estimates?|numbers|GDP|statistics|report)\s(?:for|on)"
    r"\s(?:the\s)?$",
    re.IGNORECASE,
)


def _figures_dated_after(paragraph: str, timex: Timex, following: Timex) -> bool:
    """Whether `timex` (a period longer than a day) only says what figures are of, and
    a day after it in its sentence dates what is done with them ("will release its
    estimate for the fourth quarter on June 10")."""
    return (
        timex.precision != "day"
        and following.precision == "day"
        and following.start - timex.end <= 60
        and _FIGURES_FOR.search(paragraph, max(0, timex.start - 24), timex.start) is not None
        and not any(stop in paragraph[timex.end : following.start] for stop in ".;")
    )


def _caption_timex(caption: Caption, published: dt.date | None) -> Timex | None:
    """The expression that gives the photo's day (the last such), if any."""
    found = [t for t in scan_timexes(caption.text, published) if not t.attributive]
    if caption.date is not None:
        found = [t for t in found if t.date == caption.date and t.precision == "day"]
    return found[-1] if found else None


def _upcoming(timex: Timex, published: dt.date | None, by_tense: bool) -> bool:
    """After the publication date, or told in the future tense of a period not yet over."""
    if published is None:
        return by_tense and timex.tense == "future"
    if timex.date > published:
        return True
    # The tense last: it is read on first use, and most periods are over by then.
    return by_tense and timex.last_day >= published and timex.tense == "future"


def _event(timex: Timex, text: str, span: Span, published: dt.date | None) -> Event:
    """An event for `timex`; a photo's day is never upcoming by the caption's tense."""
    return Event(
        date=timex.date,
        until=timex.until,
        precision=timex.precision,
        expression=timex.expression,
        text=text,
        span=span,
        upcoming=_upcoming(timex, published, by_tense=span.location == "body"),
    )


_AGENCY_MARKS = ("(AP)", "(Reuters)", "(AFP)", "(Bloomberg)", "(dpa)", "(UPI)", "(CNN)")
_PRONOUN_OPENINGS = ("It ", "Its ", "They ", "Their ")
_Key = tuple[dt.date, dt.date | None, str]
# What may stand between two expressions of one day that make one event: not a
# verb ("began on Monday and ended on Monday night" is two).
_AGAIN_WORDS = frozenset(("for", "on", "at", "in", "during", "the", "a"))
# How many earlier events with the same dates a new one is compared with: keeps
# the work linear on pathological input (thousands of "May 1" in one text).
_COMPARED = 24


def _is_repeat(new: Event, same_dates: list[Event], words: _Compared) -> bool:
    """Whether an event already listed has the same dates and mostly the same words."""
    in_caption = new.span.location == "caption"
    for other in same_dates[-_COMPARED:]:
        if in_caption and other.span.location == "caption":
            continue  # each photo is its own moment
        new_words, other_words = words[new.text], words[other.text]
        common = len(new_words & other_words)
        union = len(new_words) + len(other_words) - common  # counted, not built
        if union and common / union >= _SAME_EVENT:
            return True
    return False


def find_events(article: Article) -> tuple[Event, ...]:
    """All events of `article`: captions first, then body paragraphs in order.

    `people` is left empty for the caller to fill. With no publication date,
    only absolute dates (and days counted from them) resolve.
    """
    published = article.published
    seen: list[Event] = []
    by_dates: dict[_Key, list[Event]] = {}
    words = _Compared()

    def add(event: Event) -> None:
        if not event.text:
            return
        key = (event.date, event.until, event.precision)
        same_dates = by_dates.get(key)
        if same_dates is None:
            by_dates[key] = [event]
            seen.append(event)
            return
        if not _is_repeat(event, same_dates, words):
            same_dates.append(event)
            seen.append(event)

    for index, caption in enumerate(article.captions):
        timex = _caption_timex(caption, published)
        if timex is not None:
            span = Span("caption", index, timex.start, timex.end)
            add(_event(timex, caption_text(caption, timex.start, timex.end), span, published))
    previous: dt.date | None = None
    focus: Timex | None = None
    for index, paragraph in enumerate(article.paragraphs):
        timexes = scan_timexes(paragraph, published, previous, focus=focus)
        if not timexes:
            continue
        sentences = sentence_tuple(paragraph)
        # "WASHINGTON (Reuters) - ": the event's clause starts after the dateline.
        # (past the first paragraphs, only an agency's: a digest's "SEOUL (AP) --"; not
        # "U.S. B-52 bombers")
        agency = any(mark in paragraph[:60] for mark in _AGENCY_MARKS)
        news = dateline_end(paragraph) if index < 3 or agency else 0
        after_dateline = (
            tuple((max(s, news), e) for s, e in sentences if e > news) if news else sentences
        )
        previous, focus = carried_focus(timexes, previous, focus, paragraph)
        dated_before = -1  # where the last expression that made an event ends
        last: Timex | None = None  # the expression of the last event made here
        for at, timex in enumerate(timexes):
            if timex.attributive or _is_yardstick(paragraph, timex):
                continue
            if timex.comparison and not _opens_sentence(paragraph, sentences, timex):
                continue  # "profit rose from a year earlier": the clause is of now
            if last is not None and _names_again(paragraph, last, timex):
                continue
            if at + 1 < len(timexes) and _narrowed_next(paragraph, timex, timexes[at + 1]):
                continue  # "three years later, on Dec. 30, 2006": the day says it
            if at + 1 < len(timexes) and _figures_dated_after(paragraph, timex, timexes[at + 1]):
                continue  # "data for the fourth quarter will be revised on March 28"
            span = Span("body", index, timex.start, timex.end)
            bounds = after_dateline if news and timex.start >= news else sentences
            # "citing flaws in the Aug. 8 election": the day dates what it names;
            # "The Oct. 29 floods killed 232 people": the sentence tells of it.
            named = (
                None
                if _opens_sentence(paragraph, bounds, timex)
                else _named_by_day(paragraph, timex)
            )
            if timex.end <= news:
                # "KYIV, March 3 (Reuters) - Russian forces ...": the news after it,
                # unless its sentence gives a day of its own ("... said on Thursday").
                lead_start, lead_end = after_dateline[0]
                if any(news <= other.start < lead_end for other in timexes):
                    continue
                text = tidy(paragraph[lead_start:lead_end])
            else:
                dated = functools.partial(
                    clause_text,
                    paragraph,
                    timex.start,
                    timex.end,
                    bounds,
                    dated_before,
                    _next_dating(paragraph, timexes, at),
                )
                text = named or dated()
                if text.startswith(_PRONOUN_OPENINGS):  # most texts open otherwise
                    names = [person.name for person in article.people]
                    text = told_of_subject(
                        text, article.paragraphs, index, sentences, timex.start, names
                    )
                    if text.startswith(_PRONOUN_OPENINGS):
                        # "Economists said on Friday that they expected ...": no one found
                        # for "they", so the saying stays with what was said
                        text = dated(pronouns=False)
            add(_event(timex, text, span, published))
            dated_before = timex.end
            last = timex
    return tuple(seen)
