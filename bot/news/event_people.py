"""Who takes part in each event: the people named in the sentence that carries
it, and, when it opens with "he" or "she", the person quoted in the sentence
before it, else the person named last before it ("He shared the Nobel Peace
Prize in 1973"), whose name then opens the event's text in place of the
pronoun; so does the one person a
sentence names before its "he" ("... against Humza Yousaf, after he ended the
deal on Thursday": "Humza Yousaf ended the deal").

Mentions are looked up by paragraph and offset (bisection), sentences from the
memoised split, so a paragraph with thousands of events and names stays linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from bot.news.boilerplate import dateline_end
from bot.news.model import Article, Event, Location, Mention
from bot.news.quote_chains import fits, gender_told
from bot.news.sentences import sentence_tuple

_Key = tuple[str, int]
# How many paragraphs back "he" or "she" may look for the person meant.
_PRONOUN_REACH = 2


class _Mentions:
    """The mentions of each text (caption or paragraph), in order of offset."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.by_text: dict[_Key, list[Mention]] = {}
        for mention in mentions:
            self.by_text.setdefault((mention.span.location, mention.span.paragraph), []).append(
                mention
            )
        self.starts: dict[_Key, list[int]] = {}
        for key, found in self.by_text.items():
            found.sort(key=lambda m: m.span.start)
            self.starts[key] = [m.span.start for m in found]

    def between(self, key: _Key, lo: int, hi: int) -> list[Mention]:
        """The mentions of a text that start in [lo, hi)."""
        starts = self.starts.get(key)
        if not starts:
            return []
        return self.by_text[key][bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def last_before(self, location: str, paragraph: int, offset: int) -> Mention | None:
        """The last mention before `offset` in a paragraph, else in the ones before it."""
        for index in range(paragraph, max(-1, paragraph - _PRONOUN_REACH - 1), -1):
            key = (location, index)
            starts = self.starts.get(key)
            if not starts:
                continue
            end = bisect.bisect_left(starts, offset) if index == paragraph else len(starts)
            if end:
                return self.by_text[key][end - 1]
        return None


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding offset `start`, else the first that starts before `end`."""
    sentences = sentence_tuple(text)
    index = bisect.bisect_right(sentences, (start, len(text) + 1)) - 1
    if index >= 0 and start < sentences[index][1]:
        return sentences[index]
    following = index + 1
    if following < len(sentences) and sentences[following][0] < end:
        return sentences[following]
    return start, end


def _alone_before(index: _Mentions, article: Article, before: Mention) -> bool:
    """Whether `before` is the only person its sentence names (not "under Presidents
    Richard Nixon and Gerald Ford, he opened ...": "he" may be anyone of them)."""
    span = before.span
    text = article.text_at(span.location, span.paragraph)
    lo, hi = _sentence_around(text, span.start, span.end)
    return {m.name for m in index.between((span.location, span.paragraph), lo, hi)} == {before.name}


def _opens_its_sentence(article: Article, mention: Mention) -> bool:
    """Whether `mention` is its sentence's subject: only capitalised words (a title)
    come before it ("Sheinbaum, a 61-year-old climate scientist, won ...")."""
    span = mention.span
    text = article.text_at(span.location, span.paragraph)
    lo, _ = _sentence_around(text, span.start, span.end)
    if lo == 0:
        lo = dateline_end(text)  # "MEXICO CITY (AP) — Claudia Sheinbaum was elected"
    lo = _after_time_opener(text, lo)
    return all(word[:1].isupper() or word in _TITLE_LINKS for word in text[lo : span.start].split())


_TITLE_LINKS = frozenset(("of", "the", "and", "for"))  # "Secretary of State John Kerry"
# A time told before a sentence's subject: "On Friday, President Barack Obama will meet".
_TIME_OPENER = re.compile(
    r"(?:(?:On|Late|Early)\s(?:[A-Z][a-z]+day|[A-Z][a-z]{2,8}\.?\s\d{1,2})"
    r"|(?:Last|This|Earlier|Later|Next)\s(?:week|month|year|[A-Z][a-z]+day))"
    r"(?:\s(?:morning|afternoon|evening|night))?,\s"
)


def _after_time_opener(text: str, lo: int) -> int:
    """Where the sentence starting at `lo` goes on after a time told first, if any."""
    found = _TIME_OPENER.match(text, lo)
    return lo if found is None else found.end()


def _named_before(
    told: str, pronoun: str, text: str, lo: int, hi: int, named: list[Mention]
) -> str:
    """`told` with its opening pronoun replaced by the one person its sentence
    names, when every mention of them comes before the pronoun's first use
    ("Tories tabled a motion against Humza Yousaf after he ended the deal")."""
    at = text[lo:hi].lower().find(f" {pronoun} ")
    if at < 0 or any(m.span.end > lo + at for m in named):
        return told
    owner = "'s" if _SUBJECT_PRONOUN[pronoun] != pronoun else ""
    return named[0].name + owner + told[len(pronoun) :]


def _quoted_before(quoted: Sequence[tuple[int, str]], text: str, lo: int) -> str | None:
    """The person quoted last in the sentence just before the one starting at `lo`
    (`quoted`: the text's quotes of people, by start, in order)."""
    if lo < 2 or not quoted:
        return None
    before_lo, _ = _sentence_around(text, lo - 2, lo - 1)
    at = bisect.bisect_left(quoted, (lo, "")) - 1
    return quoted[at][1] if at >= 0 and quoted[at][0] >= before_lo else None


def _sentence_before(
    article: Article, where: tuple[Location, int], lo: int
) -> tuple[tuple[Location, int], str, int, int] | None:
    """(where, text, start, end) of the sentence before the one at `lo`: in the same
    paragraph, else the last of the body paragraph before (wire copy gives a sentence a
    paragraph: "Obama will lay a wreath on Friday. ¶ He is scheduled to ...")."""
    location, paragraph = where
    if lo >= 2:
        text = article.text_at(location, paragraph)
        return (where, text, *_sentence_around(text, lo - 2, lo - 1))
    if location != "body" or paragraph == 0:
        return None
    text = article.text_at(location, paragraph - 1)
    sentences = sentence_tuple(text)
    if not sentences:
        return None
    return ((location, paragraph - 1), text, *sentences[-1])


# "Maduro said he would meet Obama. He is scheduled to ...": the one who said "he".
_SAID_PRONOUN = re.compile(
    r",?\s(?:said|says|told\s\w+)(?:\s(?:on\s)?\w+day)?\s(?:that\s)?(?:he|she)\s"
)


def _reporting_subject(
    index: _Mentions, article: Article, location: Location, paragraph: int, lo: int
) -> Mention | None:
    """The person who opens the sentence before the one at `lo` (`_sentence_before`) and
    says "he" or "she" of themselves there ("Nicolas Maduro said he would meet
    President Barack Obama"), else None."""
    found = _sentence_before(article, (location, paragraph), lo)
    if found is None:
        return None
    where, text, before_lo, before_hi = found
    named = index.between(where, before_lo, before_hi)
    if not named or not _opens_its_sentence(article, named[0]):
        return None
    if text[before_lo:before_hi].split(" ", 1)[0].lower() in _LEADS_A_PHRASE:
        return None  # "Under Presidents Richard Nixon and Gerald Ford, he opened ..."
    said = _SAID_PRONOUN.match(text, named[0].span.end)
    return named[0] if said is not None else None


def _subject_before(
    index: _Mentions,
    article: Article,
    where: tuple[Location, int],
    lo: int,
    pronoun: str,
    owner: bool,
) -> Mention | None:
    """The person who opens the sentence before the one at `lo` (`_sentence_before`) as
    its subject ("John Kerry met Mahmoud Abbas on Thursday. He will fly ...": Kerry, whom a
    sentence-opening "he" goes on with), when nothing there says the story goes on
    with someone else; else None."""
    found = _sentence_before(article, where, lo)
    if found is None:
        return None
    where, text, before_lo, before_hi = found
    named = index.between(where, before_lo, before_hi)
    if not named or not _opens_its_sentence(article, named[0]):
        return None
    subject = named[0]
    opening = text[_after_time_opener(text, before_lo) : before_hi].split(" ", 1)[0].lower()
    if opening in _LEADS_A_PHRASE or opening.endswith(("ing", "ed")):
        return None  # "Under Presidents Nixon and Ford, he ...", "Praising Pope Francis, ..."
    if _OTHERS_FOLLOW.match(text, subject.span.end) or _OBJECT_TOPIC.search(
        text, subject.span.end, before_hi
    ):
        # "Barack Obama's chief of staff, Denis McDonough", "Harry Reid and John Boehner
        # met", "Obama nominated Ernest Moniz", "said Michael Sarris would travel", "named
        # him auxiliary bishop": the story may go on with another
        return None
    others = {m.name for m in named} - {subject.name}
    if owner and any(fits(pronoun, name) for name in others):
        return None  # "John Kerry met Shimon Peres. His term ends ...": whose?
    if not fits(pronoun, subject.name) or (
        not gender_told(subject.name)
        and any(gender_told(name) and fits(pronoun, name) for name in others)
    ):
        return None  # "Pope Francis met Cristina Fernandez. She will return ..."
    return subject


def _carried(
    index: _Mentions,
    article: Article,
    where: tuple[Location, int],
    lo: int,
    pronoun: str,
    owner: bool,
) -> Mention | None:
    """The subject a run of sentences opening with the same pronoun goes on with
    ("Boris Berezovsky died ... He was an adviser to Boris Yeltsin. He left Russia":
    Berezovsky, not Yeltsin), up to three sentences back; else None."""
    text = article.text_at(*where)
    for _ in range(3):
        if lo < 2:
            return None
        before_lo, _hi = _sentence_around(text, lo - 2, lo - 1)
        if text[before_lo : before_lo + len(pronoun) + 1].lower() != pronoun + " ":
            return None
        lo = before_lo
        found = _subject_before(index, article, where, lo, pronoun, owner)
        if found is not None:
            return found
    return None


_LEADS_A_PHRASE = frozenset(
    """under in after before on at with for by during since from as like unlike despite
    following when while although though if once until""".split()
)
_OTHERS_FOLLOW = re.compile(
    r"['’]s\b|,?\s(?:and|or)\s[A-Z]|,\s(?:[A-Z][\w.'’-]*\s?){1,4},\s(?:[A-Z][\w.'’-]*\s?)+and\s"
    r"|\s(?:said|says|told)\s(?:that\s)?(?:[A-Z][\w.'’-]*\s){1,4}(?:would|will|had|was|is)\b"
)
_OBJECT_TOPIC = re.compile(
    r"\b(?:him|himself|herself|nominat\w*|appoint\w*|named|names|picked|hired|endors\w*"
    r"|dropped|replac\w*|praised|tapped|chose|fired|sacked|dismissed|congratulat\w*"
    r"|welcom\w*|host\w*|receiv\w*|succe\w*|predecessor|successor|filibuster\w*)\b"
)


def _quoted_in(quoted: Sequence[tuple[int, str]], lo: int, hi: int) -> str | None:
    """The person quoted first in the sentence [lo, hi), if any."""
    at = bisect.bisect_left(quoted, (lo, ""))
    return quoted[at][1] if at < len(quoted) and quoted[at][0] < hi else None


# After "He"/"His"/"Her", what makes it no pronoun: a form of address, or a name
# ("He Lifeng": a family name).
_NO_PRONOUN = re.compile(r"\s(?:Majesty|Holiness|Highness|Excellency|Royal|Grace\b|[A-Z][a-z]+,)")
# A time told before the subject: "On Thursday, he", "Last week, she", "On Thursday he".
_FRONTED = re.compile(
    r"(?:[^,.;:\"“”]{2,40},|(?:On|Last|This|Later|Earlier)\s[A-Z]?[a-z]+"
    r"(?:\s(?:morning|afternoon|evening|night))?)\s(?P<pronoun>he|she)\s",
    re.IGNORECASE,
)
# A quotation, then "he" or "she" and the verb that says it.
_QUOTE_THEN_PRONOUN = re.compile(r"[“\"][^”\"]+[”\"],?\s(?P<pronoun>he|she)\s")
# Pronouns that open a sentence told of someone named before: "He", "Her lawyer".
_SUBJECT_PRONOUN = {"he": "he", "she": "she", "his": "he", "her": "she"}


def with_people(
    article: Article, events: Iterable[Event], mentions: Iterable[Mention]
) -> tuple[Event, ...]:
    """`events` with their `people` filled in."""
    index = _Mentions(mentions)
    people = {p.name for p in article.people}
    quoted: dict[_Key, list[tuple[int, str]]] = {}
    for quote in article.quotes:  # in reading order
        if quote.speaker in people:
            key = (quote.span.location, quote.span.paragraph)
            quoted.setdefault(key, []).append((quote.span.start, quote.speaker))
    result: list[Event] = []
    for event in events:
        span = event.span
        text = article.text_at(span.location, span.paragraph)
        lo, hi = _sentence_around(text, span.start, span.end)
        named = index.between((span.location, span.paragraph), lo, hi)
        names = list(dict.fromkeys(m.name for m in named))
        told = event.text
        opening = told.split(" ", 1)[0].lower()
        word = text[lo:hi].split(" ", 1)[0].lower()
        pronoun = _SUBJECT_PRONOUN.get(word)  # "His lawyer said": told of him too
        if pronoun is not None and _NO_PRONOUN.match(text, lo + len(word)):
            pronoun = None  # "Her Majesty's Inspectorate", "He Lifeng, a senior official"
        fronted = _FRONTED.match(text, lo, hi) if pronoun is None else None
        if fronted is not None:
            # "On Thursday, he wrote", "In a speech on Sunday, he praised": the subject
            # after the time or place told first (the text names them only when it
            # opens with the pronoun)
            word = pronoun = fronted.group("pronoun").lower()
        owner = "'s" if pronoun is not None and pronoun != word else ""
        speaker = None
        if pronoun is not None and not owner:
            speaker = _quoted_before(quoted.get((span.location, span.paragraph), ()), text, lo)
        if pronoun is not None and speaker is not None and fits(pronoun, speaker):
            # '"...," said Ali al-Moussawi, a spokesman for al-Maliki. He said ...':
            # the one just quoted, not the last one named.
            names = [speaker, *(name for name in names if name != speaker)]
            if opening == word:
                told = speaker + owner + told[len(word) :]
        elif pronoun is not None:
            # A sentence that opens with "he" tells of someone named before it, not
            # of those it names later ("He ... is to be sentenced by Judge Lewis Kaplan").
            reporter = _reporting_subject(index, article, span.location, span.paragraph, lo)
            where = (span.location, span.paragraph)
            subject = _subject_before(index, article, where, lo, pronoun, bool(owner))
            before = reporter
            if before is None or not fits(pronoun, before.name):
                before = subject
            carried = None
            if (before is None or not fits(pronoun, before.name)) and not fronted:
                before = carried = _carried(index, article, where, lo, pronoun, bool(owner))
            if (before is None or not fits(pronoun, before.name)) and not fronted:
                before = index.last_before(span.location, span.paragraph, lo)
            told_of_it = not names or opening == word  # not "..., who governed"
            if before is not None and (
                before.name in names or (owner and not _opens_its_sentence(article, before))
            ):
                # "He is expected to return, Spoelstra said": another man; "His wife"
                # after "defeated President Gerald Ford" is not Ford's.
                before = None
            if before is not None and told_of_it and fits(pronoun, before.name):
                names = [before.name, *(name for name in names if name != before.name)]
                if opening == word and (
                    before in (reporter, subject, carried) or _alone_before(index, article, before)
                ):
                    # "Ron DeSantis said power could be back by Sunday": an
                    # entry of a timeline reads without the sentence before.
                    told = before.name + owner + told[len(word) :]
        elif (
            len(names) == 1
            and opening in _SUBJECT_PRONOUN
            and fits(_SUBJECT_PRONOUN[opening], names[0])
        ):  # "Thatcher won ... before her party forced her out": Thatcher's party
            told = _named_before(told, opening, text, lo, hi, named)
        elif (after_quote := _QUOTE_THEN_PRONOUN.match(told)) is not None:
            # '"The situation is under control," he told state radio on Sunday': the
            # one quoted there.
            key = (span.location, span.paragraph)
            speaker = _quoted_in(quoted.get(key, ()), lo, hi)
            if speaker is not None and fits(after_quote["pronoun"], speaker):
                names = [speaker, *(name for name in names if name != speaker)]
                at, end = after_quote.span("pronoun")
                told = told[:at] + speaker + told[end:]
        result.append(replace(event, people=tuple(names), text=told))
    return tuple(result)
