"""One paragraph made ready for attribution.

`Paragraph` pairs the quotation marks (`quote_spans`), masks the quoted words
so that they never count as cues or subjects, splits the rest into sentences
and finds the speech cues once, so each quote's look-ups are bisections.
The helpers answer small questions about where a quote stands in it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

from bot.news.attribution import (
    WINDOW,
    Cue,
    PersonSpan,
    Subject,
    cues_in,
    people_between,
    subject_before,
    words,
)
from bot.news.model import Person
from bot.news.name_tokens import is_role_word
from bot.news.names import ROLE_HEADS
from bot.news.quote_chains import fits
from bot.news.quote_spans import QuotedSpan, quoted_spans
from bot.news.sentences import sentence_spans
from bot.news.speaker_phrases import names_a_role

NOT_SPACE = re.compile(r"\S")


def mask_quotes(text: str, spans: list[QuotedSpan]) -> str:
    """`text` with quoted words blanked out; a final stop and the marks stay."""
    pieces: list[str] = []
    done = 0
    for span in spans:
        keep_last = span.end > span.start and text[span.end - 1] in ".!?,"
        stop = span.end - 1 if keep_last else span.end
        if span.start < done or stop <= span.start:
            continue
        pieces.append(text[done : span.start])
        pieces.append(NOT_SPACE.sub("x", text[span.start : stop]))
        done = stop
    pieces.append(text[done:])
    return "".join(pieces)


def sentence_of(sentences: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
    """The (start, end) of the sentence that holds position `pos`."""
    i = bisect_right(starts, pos) - 1
    if i < 0:
        return (0, sentences[0][1]) if sentences else (0, pos)
    return sentences[i]


class Paragraph:
    """One body paragraph being read: spans, masked text, sentences, cues, people."""

    def __init__(self, text: str, people: list[PersonSpan]) -> None:
        self.text = text
        self.spans = quoted_spans(text)
        self.masked = mask_quotes(text, self.spans)
        self.sentences = sentence_spans(self.masked)
        self.sentence_starts = [s for s, _ in self.sentences]
        self.cues = cues_in(self.masked, 0, len(self.masked))
        self.cue_starts = [c.start for c in self.cues]
        # Names inside quotation marks are not speakers of the paragraph.
        self.people = [p for p in people if self.masked[p.start : p.start + 1] != "x"]

    def cue_after(self, start: int, end: int) -> Cue | None:
        """The first cue starting in [start, end), if any."""
        i = bisect_left(self.cue_starts, start)
        if i < len(self.cues) and self.cues[i].start < end:
            return self.cues[i]
        return None

    def attribution_end(self, span: QuotedSpan, sent: tuple[int, int]) -> int:
        """Where the attribution of `span` may end: the end of its sentence, or of
        the next one for `"We have one!" Juncker tweeted.`, which the splitter
        cuts after the exclamation or question mark."""
        close = span.end + 1
        if span.end == span.start or self.text[span.end - 1] not in "!?" or sent[1] > close + 1:
            return sent[1]
        following = sentence_of(self.sentences, self.sentence_starts, close + 1)
        if following[0] < close:
            return sent[1]
        cue = self.cue_after(following[0], following[1])
        if cue is None or len(words(self.masked, close, cue.start)) > 6:
            return sent[1]
        return following[1]

    def cues_before(self, start: int, end: int) -> list[Cue]:
        """Up to three cues in [start, end), nearest first ("he stated ..., and described")."""
        i = bisect_left(self.cue_starts, end) - 1
        found: list[Cue] = []
        while i >= 0 and len(found) < 3 and self.cues[i].start >= start:
            if self.cues[i].end <= end:
                found.append(self.cues[i])
            i -= 1
        return found


_SUBORDINATORS = frozenset("while whereas although though because as when and but if".split())


def clause_between(masked: str, start: int, end: int) -> bool:
    """True when a conjunction opens the words between a quote and a later cue."""
    between = words(masked, start, end)
    for k, m in enumerate(between[:3]):
        word = m.group().lower()
        if word not in _SUBORDINATORS:
            continue
        # "Chairman and CEO Ken Powell said": "and" between two title words joins them.
        joined = word == "and" and k and is_role_word(between[k - 1].group().lower())
        if not (joined and k + 1 < len(between) and is_role_word(between[k + 1].group().lower())):
            return True
    return False


_DETERMINERS = frozenset("the his her their its".split())


def unnamed_subject(masked: str, close: int, cue: Cue) -> bool:
    """True for `"...," the family said` / `the couple wrote`: a plain noun phrase
    speaks, which names no one the article knows; the quote is not carried on."""
    between = [m.group() for m in words(masked, close, cue.start) if m.group() not in ",.;:"]
    # (a name may qualify the noun: "the Oscar winner", "the Barcelona forward")
    return (
        2 <= len(between) <= 4
        and between[0].lower() in _DETERMINERS
        and all(w.replace("-", "").isalnum() for w in between[1:])
        and between[-1].islower()
    )


def name_right_after(para: Paragraph, close: int, end: int) -> str | None:
    """A person named right after the closing mark, with no verb: `"...," Jesse Toprak.`"""
    tail = para.masked[close : min(end, close + 3)]
    if not (tail.startswith(",") or para.masked[close - 2 : close - 1] == ","):
        return None
    for person in people_between(para.people, close + 1, close + 4):
        if close < person.start <= close + 3:
            rest = para.masked[person.end : person.end + 2]
            if rest[:1] in ("", ",", "."):
                return person.name
    return None


# "Mr Sunak's spokesman", "Ruiz's lawyer": the role is who a later "he" means.
_POSSESSIVE_ROLE = re.compile(
    r"['’]s\s(?:(?:chief|senior|deputy|press|top|former|official)\s)?"
    rf"(?:{'|'.join(sorted(ROLE_HEADS))}|office|campaign|team|family|doctor|son|daughter"
    r"|wife|husband|mother|father|brother|sister)\b"
)


_HONORIFIC_BEFORE = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr)\.?\s$")


def person_or_their_role(para: Paragraph, person: PersonSpan) -> tuple[str, bool]:
    """(speaker, is a person) for a "he"/"she" that `person` is the nearest name to:
    the person, or their role when the name is only its owner ("Mr Sunak's
    spokesman declined to comment ... he said")."""
    role = _POSSESSIVE_ROLE.match(para.text, person.end)
    if role is None:
        return person.name, True
    if para.text.startswith(", ", role.end()):
        # "Valle's lawyer, Robert Baum, said ...": the role's own name
        for named in people_between(para.people, role.end() + 2, role.end() + 3):
            if named.start == role.end() + 2:
                return named.name, True
    start = person.start
    honorific = _HONORIFIC_BEFORE.search(para.text, max(0, start - 5), start)
    if honorific is not None:
        start = honorific.start()
    return para.text[start : role.end()], False


_MAX_TITLE_WORDS = 6


def opening_person(para: Paragraph, at: int, pronoun: str) -> PersonSpan | None:
    """The person who opens the sentence before the one starting at `at`, when
    `pronoun` fits them ('Rep. Dan Jones disagreed. "It will work," he said.')."""
    index = bisect_right(para.sentence_starts, at) - 1
    if index < 1:
        return None
    return sentence_opener(para, para.sentences[index - 1], pronoun)


def sentence_opener(para: Paragraph, sentence: tuple[int, int], pronoun: str) -> PersonSpan | None:
    """The person who opens `sentence` (start, end) of `para`, a title at most before
    them, when `pronoun` fits them."""
    start, end = sentence
    for person in para.people:
        if start <= person.start < end:
            lead = para.masked[start : person.start]  # a title at most
            # (set off by commas: "Labour's shadow chancellor, Ed Balls, said")
            apposed = lead.endswith(", ") and para.masked.startswith(",", person.end)
            if (
                ("," in lead and not (apposed and lead.count(",") == 1))
                or len(lead.split()) > _MAX_TITLE_WORDS
                or not fits(pronoun, person.name)
            ):
                return None
            return person
    return None


# Someone unnamed opening a sentence: "A woman in the crowd said", "His mother wept".
_UNNAMED_OPENING = re.compile(r"(?:A|An|Another|One|His|Her|Their)\s[a-z]")


def unnamed_opening(para: Paragraph, at: int) -> bool:
    """Whether the sentence before the one starting at `at` opens with someone
    unnamed and names no one: whom a "she said" after it means."""
    index = bisect_right(para.sentence_starts, at) - 1
    if index < 1:
        return False
    start, end = para.sentences[index - 1]
    opening = _UNNAMED_OPENING.match(para.masked, start) is not None
    return opening and not people_between(para.people, start, end)


def pronoun_person(para: Paragraph, sentence: int, pronoun: str, at: int) -> PersonSpan | None:
    """The person of the paragraph a pronoun at `at` stands for: the nearest named
    before it in its sentence (which starts at `sentence`), else the one who opens
    the sentence before, else the paragraph's first; never one whose given name
    says the pronoun does not fit."""
    candidates = [
        p
        for p in people_between(para.people, max(sentence, at - WINDOW), at)
        if p.end <= at and fits(pronoun, p.name)
    ]
    if candidates:
        return candidates[-1]
    return opening_person(para, sentence, pronoun) or next(
        (p for p in para.people[:8] if p.end <= at and fits(pronoun, p.name)), None
    )


_DESCRIPTION = re.compile(r"(the|his|her|their) ([a-z-]+)")


def described_person(
    para: Paragraph,
    at: int,
    label: str,
    people: Iterable[Person],
    previous: Callable[[], Paragraph | None] | None = None,
) -> str | None:
    """The person a description stands for: "her son", the one person whose
    title is that ("her son, Marcus Lang,"); "the actor", the one who opens the
    sentence before the one starting at `at`, when no title of theirs says
    otherwise (a title with another role: "President" is not "the senator"). The
    role may be told after their name ("Gen. Wiranto, the armed forces commander,");
    told so, the one who opens the last sentence of the paragraph before (`previous`
    gives it, read only when needed) stands for it too ("Lakhdar Brahimi, the UN envoy
    to Syria, met Lavrov. ¶ ... the envoy said")."""
    found = _DESCRIPTION.fullmatch(label)
    if found is None:
        return None
    determiner, noun = found.groups()
    titled = [p.name for p in people if p.title and p.title.lower().split()[-1] == noun]
    if determiner != "the":
        return titled[0] if len(titled) == 1 else None
    if not is_role_word(noun):
        return None
    read, index = para, bisect_right(para.sentence_starts, at) - 1
    before = previous() if index < 1 and previous is not None else None
    if before is not None and before.sentences:
        read, index = before, len(before.sentences)
    person = sentence_opener(read, read.sentences[index - 1], "one") if index >= 1 else None
    if person is None:
        return None
    title = (next((p.title for p in people if p.name == person.name), None) or "").lower()
    aside = _ROLE_APPOSITION.match(read.masked, person.end, person.end + 160)
    head = aside.group("head").lower().split() if aside is not None else []
    told = bool(head) and head[-1] == noun and _holds(head, noun)
    held = _holds(title.split(), noun)
    if (title and not held and not told) or (read is before and not (told or held)):
        return None
    return person.name


# A role set off after a name, up to a preposition: "Gen. Wiranto, the armed forces
# commander,", "Lakhdar Brahimi, the UN envoy to Syria," (not "John Kerry, accompanied by
# the U.N. envoy,", "Ban Ki-moon, who appointed the envoy,": another's).
_ROLE_APPOSITION = re.compile(
    r",\s(?:the|a|an|[A-Z][\w.'’-]*['’]s)\s(?P<head>(?:(?!(?:of|to|for|at|in|on|with|from)\s)"
    r"[\w.'’-]+\s?){1,5})(?:\s?(?:of|to|for|at|in|on|with|from)\s[^,;:]*)?,"
)
# Words that make another office of the role after them: "vice president", "attorney
# general", "deputy commander".
_OTHER_OFFICE = frozenset("vice deputy assistant under attorney acting".split())
# Words that make an office one no longer held: "the former Soviet president".
_NOT_HELD = frozenset("former late ex onetime outgoing".split())


def _holds(words: list[str], noun: str) -> bool:
    """Whether `noun` stands in `words` as an office of its own, held now (not "vice
    president", "attorney general", "the former Russian president")."""
    if any(word in _NOT_HELD for word in words):
        return False
    return any(
        word.strip(".,") == noun and (at == 0 or words[at - 1] not in _OTHER_OFFICE)
        for at, word in enumerate(words)
    )


def reporting_subject(
    para: Paragraph, before: int, people_only: bool
) -> tuple[Subject, Cue] | None:
    """The subject of the last of the paragraph's (up to three) last cues before
    `before` that names one, and that cue: a person, or with `people_only` false
    whoever it is ("The US Treasury described ...", "Twitter Inc. said on Monday
    it had ...")."""
    for cue in reversed([c for c in para.cues if c.start < before][-3:]):
        sent = sentence_of(para.sentences, para.sentence_starts, cue.start)
        subject = subject_before(para.masked, sent[0], cue, para.people)
        if subject is None or subject.pronoun:
            continue
        if subject.person or not people_only:
            return subject, cue
    return None


def role_speaker_before(para: Paragraph, pos: int) -> Subject | None:
    """The role that spoke last before `pos` in this paragraph ("A spokeswoman for the
    agency said ..."), when no person is named between: whom a later "she" means."""
    cues = para.cues_before(max(0, pos - WINDOW), pos)
    if not cues:
        return None
    cue = cues[0]
    if people_between(para.people, cue.start, pos):
        return None
    sent = sentence_of(para.sentences, para.sentence_starts, cue.start)
    subject = subject_before(para.masked, sent[0], cue, para.people)
    if subject is None or subject.person or subject.pronoun or not names_a_role(subject.name):
        return None
    return subject


def sentence_initial(para: Paragraph, span: QuotedSpan, sent: tuple[int, int]) -> bool:
    """True when the quote opens its sentence."""
    return NOT_SPACE.search(para.masked, sent[0], max(sent[0], span.start - 1)) is None


def ends_sentence(para: Paragraph, span: QuotedSpan, sent: tuple[int, int]) -> bool:
    """True when only an attribution or nothing follows the quote in its sentence."""
    return len(words(para.masked, span.end + 1, min(sent[1], span.end + 1 + WINDOW))) <= 14
