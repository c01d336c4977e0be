"""Quotations and who said them.

For each body paragraph: pair the quotation marks (`quote_spans`), mask the
quoted words so that they never count as cues or subjects, split the rest into
sentences, then for each quoted span decide

- whether it reports someone's words at all: a short fragment or a name in
  Title Case with no speech cue around it is a scare quote or the title of a
  work, and is left out;
- its kind (`quote_kind`): `full` when it stands as a sentence or clause of
  its own, `fragment` when it sits inside the writer's paraphrase;
- its speaker (`attribution`): the subject of the speech cue after or before
  it; a pronoun stands for the previous speaker; a quotation with no cue that
  makes a sentence of its own, right after another one, continues it (as does
  the next paragraph of a multi-paragraph quotation). Otherwise `None`.

Helpers: `quote_paragraph` (the paragraph), `attribution`, `speaker_phrases` (cues,
subjects), `speaker_names`, `scare_quotes` (no quote), `quote_chains` (carried on).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from bot.news.attribution import (
    NAMING_VERBS,
    WINDOW,
    Cue,
    PersonSpan,
    Subject,
    subject_after,
    subject_before,
    words,
)
from bot.news.model import Article, Quote, QuoteKind, Span
from bot.news.quote_chains import fits, forward_speakers, gendered_before, named_after
from bot.news.quote_kind import quote_kind, refine_kind
from bot.news.quote_paragraph import (
    Paragraph,
    clause_between,
    described_person,
    ends_sentence,
    name_right_after,
    person_or_their_role,
    pronoun_person,
    reporting_subject,
    role_speaker_before,
    sentence_initial,
    sentence_of,
    unnamed_opening,
    unnamed_subject,
)
from bot.news.quote_sources import quoted_as_saying, quoted_subject, source_after
from bot.news.quote_spans import QuotedSpan, runs_on_from, starts_with_opening_mark
from bot.news.scare_quotes import reports_words
from bot.news.speaker_names import SpeakerNames
from bot.news.subject_leads import voices_words

_MAY_QUOTE = re.compile(r"[\"“”„«»‘‚]|(?:^|[\s(\[—–/-])'")  # a quote needs one
# How many paragraphs back a pronoun or a continued quotation may reach.
_CHAIN_PARAGRAPHS = 2
# How many paragraphs back "she" may reach for the one person a given name says fits.
_PRONOUN_REACH = 4


@dataclass
class _Speaker:
    """The speaker found for a quote, and whether a cue (not a guess) named them."""

    name: str | None
    cued: bool
    person: bool = False
    naming: bool = False


@dataclass
class _State:
    """What earlier paragraphs leave for later ones."""

    last_speaker: str | None = None
    last_speaker_person: bool = False
    last_speaker_paragraph: int = -10
    last_quote_paragraph: int = -10
    last_quote_sentence_ended: bool = False
    open_quote_speaker: str | None = None
    open_quote_pending: bool = False
    last_people: tuple[str, ...] = ()
    last_person_paragraph: int = -10
    named: list[tuple[int, str]] = dataclasses.field(default_factory=list)  # in order


class _Reader:
    """Walks the paragraphs in order, carrying speakers from one to the next."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.state = _State()
        self.by_paragraph: dict[int, list[PersonSpan]] = {}
        for mention in article.mentions:
            if mention.span.location == "body":
                self.by_paragraph.setdefault(mention.span.paragraph, []).append(
                    PersonSpan(mention.span.start, mention.span.end, mention.name)
                )
        for spans in self.by_paragraph.values():
            spans.sort(key=lambda p: p.start)
        self._names: SpeakerNames | None = None
        self._unquoted: tuple[int, str] | None = None
        self._read: dict[int, Paragraph] = {}  # the last two paragraphs built while reading

    @property
    def names(self) -> SpeakerNames:
        """The article's name index, built the first time a label needs it."""
        if self._names is None:
            self._names = SpeakerNames(self.article)
        return self._names

    def read(self) -> tuple[Quote, ...]:
        """All quotes of the body, paragraph by paragraph."""
        quotes: list[Quote] = []
        paragraphs = self.article.paragraphs
        for index, text in enumerate(paragraphs):
            people = self.by_paragraph.get(index, [])
            if _MAY_QUOTE.search(text) is None:
                self.state.open_quote_pending = False
                self._unquoted = (index, text)  # read only if a quote-only paragraph follows
            else:
                para = self._read[index] = Paragraph(text, people)
                self._read.pop(index - 2, None)
                continued = self.state.open_quote_pending and starts_with_opening_mark(text)
                if not continued:
                    self.state.open_quote_pending = False
                quotes.extend(self._paragraph_quotes(index, para, continued))
                if not para.spans:
                    self._unquoted = (index, text)
            if people:
                # The first person of the paragraph is most often its subject.
                self.state.last_people = tuple(dict.fromkeys(p.name for p in people[:8]))
                self.state.last_person_paragraph = index
                self.state.named.extend((index, p.name) for p in people)
        quotes = named_after(quotes, paragraphs, self.article.mentions)
        return tuple(forward_speakers(quotes, paragraphs))

    def _paragraph(self, index: int) -> Paragraph | None:
        """Body paragraph `index` read for its sentences: the one built while reading
        it, else built now; None before the first."""
        if index < 0:
            return None
        if index in self._read:
            return self._read[index]
        return Paragraph(self.article.paragraphs[index], self.by_paragraph.get(index, []))

    def _reported(self, index: int, people_only: bool = True) -> str | None:
        """Who paragraph `index`, which has no quotation, reports as speaking, if anyone
        (with `people_only` false, an organisation too: "The US Treasury described")."""
        if self._unquoted is None or self._unquoted[0] != index:
            return None
        para = Paragraph(self._unquoted[1], self.by_paragraph.get(index, []))
        return self._reporter(index, para, len(para.text), people_only)

    def _reporter(self, index: int, para: Paragraph, before: int, people_only: bool) -> str | None:
        """The name of `reporting_subject`, the fullest the article gives."""
        found = reporting_subject(para, before, people_only)
        if found is None:
            return None
        subject, cue = found
        if subject.person:
            return subject.name
        return self.names.fullest(subject.name, index, cue.start)

    def _paragraph_quotes(self, index: int, para: Paragraph, continued: bool) -> list[Quote]:
        found: list[Quote] = []
        previous: tuple[QuotedSpan, _Speaker] | None = None
        for n, span in enumerate(para.spans):
            sent = sentence_of(para.sentences, para.sentence_starts, span.start - 1)
            next_open = para.spans[n + 1].start - 1 if n + 1 < len(para.spans) else len(para.text)
            kind = quote_kind(para.masked, span, sent, previous[0] if previous else None)
            kind = refine_kind(para.text[span.start : span.end], kind, para.masked, span)
            speaker = self._attribute(index, para, span, sent, next_open, kind)
            if speaker is None or not speaker.cued:
                speaker = self._continuation(index, para, span, sent, kind, previous, continued, n)
            runs_on = not span.closed and runs_on_from(
                para.text, span, self.article.paragraphs[index + 1 : index + 2]
            )
            if not reports_words(
                para, span, kind, cued=speaker.cued, naming=speaker.naming, runs_on=runs_on
            ):
                continue
            if speaker.cued and speaker.name is not None:
                self._remember(index, speaker)
            found.append(
                Quote(
                    speaker=speaker.name,
                    text=para.text[span.start : span.end],
                    kind=kind,
                    span=Span("body", index, span.start, span.end),
                )
            )
            previous = (span, speaker)
            self.state.last_quote_paragraph = index
            self.state.last_quote_sentence_ended = ends_sentence(para, span, sent)
            if not span.closed:
                self.state.open_quote_pending = True
                self.state.open_quote_speaker = speaker.name
        return found

    def _attribute(
        self,
        index: int,
        para: Paragraph,
        span: QuotedSpan,
        sent: tuple[int, int],
        next_open: int,
        kind: QuoteKind,
    ) -> _Speaker | None:
        """The speaker a cue names, or None; a label (`called "Way Forward"`) is None too.

        A full quotation looks first for the attribution after it, a fragment
        first for the paraphrase it sits in.
        """
        if kind == "fragment":
            decided, speaker = self._cue_before(index, para, span, sent)
            if decided:
                return speaker
            return self._cue_after(index, para, span, sent, next_open)
        speaker = self._cue_after(index, para, span, sent, next_open)
        if speaker is not None:
            return speaker
        decided, speaker = self._cue_before(index, para, span, sent)
        if decided:
            return speaker
        # Secretary of the Air Force James Roche: "No, Sir, ..."
        # Jobs left this farewell, "I have made ..."
        masked = para.masked
        head = masked[max(sent[0], span.start - 1 - WINDOW) : span.start - 1].rstrip()
        if head.endswith((":", ",")):
            colon = max(sent[0], span.start - 1 - WINDOW) + len(head) - 1
            subject = subject_before(masked, sent[0], Cue(":", colon, colon + 1), para.people)
            if subject is not None:
                return self._resolve(index, subject, para, (sent[0], span.start))
        return None

    def _cue_after(
        self,
        index: int,
        para: Paragraph,
        span: QuotedSpan,
        sent: tuple[int, int],
        next_open: int,
    ) -> _Speaker | None:
        """`"...," Pompeo said` / `"...," said Pompeo` / `"...," Jesse Toprak, an analyst`."""
        masked = para.masked
        close = span.end + 1
        where = (sent[0], span.start)
        sent = (sent[0], para.attribution_end(span, sent))
        after = para.cue_after(close, min(sent[1], next_open, close + WINDOW))
        if after is not None and clause_between(masked, close, after.start):
            after = None  # `"barbaric," while Macron said`: another clause's cue
        if after is not None and len(words(masked, close, after.start)) <= 14:
            quoted = quoted_as_saying(masked, after, sent[1], para.people)
            if quoted is not None:
                return self._resolve(index, quoted_subject(quoted), para, where)
            between = [m for m in words(masked, close, after.start) if m.group() not in ",.;:"]
            subject = (
                subject_before(masked, close, after, para.people)
                if between
                else subject_after(masked, after, sent[1], para.people)
            )
            if subject is not None and after.word not in NAMING_VERBS:
                return self._resolve(index, subject, para, where)
            if subject is None and unnamed_subject(masked, close, after):
                return _Speaker(None, cued=True)
        named = name_right_after(para, close, min(sent[1], next_open))
        if named is not None:
            return _Speaker(named, cued=True, person=True)
        return None

    def _cue_before(
        self, index: int, para: Paragraph, span: QuotedSpan, sent: tuple[int, int]
    ) -> tuple[bool, _Speaker | None]:
        """`Pompeo said: "..."` / `said that ... "fragment"` / `according to X`.

        Returns (decided, speaker): decided with no speaker for a label.
        """
        masked = para.masked
        where = (sent[0], span.start)
        naming = False
        for before in para.cues_before(max(sent[0], span.start - 1 - WINDOW), span.start - 1):
            quoted = quoted_as_saying(masked, before, sent[1], para.people)
            if quoted is not None:
                return True, self._resolve(index, quoted_subject(quoted), para, where)
            naming = naming or before.word in NAMING_VERBS
            if before.word == "according to":
                subject = source_after(masked, before, sent[1], para.people) or subject_after(
                    masked, before, sent[1], para.people
                )
            else:
                subject = subject_before(masked, sent[0], before, para.people)
            if subject is None:
                continue  # "he stated ..., and described ...": the earlier cue's subject
            speaks = voices_words(subject)
            if naming and not speaks:
                return True, None  # the plan, called "Way Forward"; not "police described"
            found = self._resolve(index, subject, para, where)
            return True, dataclasses.replace(found, naming=naming)
        return False, None

    def _resolve(
        self, index: int, subject: Subject, para: Paragraph, sent: tuple[int, int]
    ) -> _Speaker:
        """Name the speaker; `sent` is (sentence start, quote start)."""
        state = self.state
        if not subject.pronoun:
            name = subject.name
            if not subject.person:
                name = self.names.fullest(name, index, sent[1])
                if name.startswith(("The ", "A ", "An ")) and (
                    name.startswith(("A ", "An ")) or name[4:5].islower()
                ):
                    name = name[0].lower() + name[1:]  # "A spokesperson said": role text
            person = subject.person or self.names.is_person(name)
            if not person:
                # "Tom Hanks attended. "...," the actor said": the untitled person before.
                described = described_person(
                    para, sent[0], name, self.article.people, lambda: self._paragraph(index - 1)
                )
                name, person = (described, True) if described else (name, False)
            return _Speaker(name, cued=True, person=person)
        recent = index - state.last_speaker_paragraph <= _CHAIN_PARAGRAPHS
        if subject.name in ("he", "she", "one"):
            # A person named earlier in its sentence or paragraph, else the last speaker
            # or person named, the more recent; never one whose given name rules it out.
            role = role_speaker_before(para, subject.start)  # (first: no one named since)
            if role is not None:
                return self._resolve(index, role, para, sent)  # "A spokeswoman ... she said"
            found = pronoun_person(para, sent[0], subject.name, subject.start)
            if found is not None:
                name, person = person_or_their_role(para, found)
                return _Speaker(name, cued=True, person=person)
            if unnamed_opening(para, sent[0]):
                return _Speaker(None, cued=True)  # "A woman in the crowd said ... she said"
            if (
                recent
                and state.last_speaker_person
                and state.last_speaker is not None
                and fits(subject.name, state.last_speaker)
                and (state.last_speaker_paragraph >= state.last_person_paragraph)
            ):
                return _Speaker(state.last_speaker, cued=True, person=True)
            for name in state.last_people:
                if fits(subject.name, name):
                    return _Speaker(name, cued=True, person=True)
            back = (name for at, name in reversed(state.named) if index - at <= _PRONOUN_REACH)
            if (earlier := gendered_before(subject.name, back)) is not None:
                return _Speaker(earlier, cued=True, person=True)  # "she told CNBC later"
            return _Speaker(subject.label, cued=True)
        if recent and state.last_speaker is not None and not state.last_speaker_person:
            return _Speaker(state.last_speaker, cued=True)
        reporter = self._reporter(index, para, sent[0], False) if subject.name == "it" else None
        if reporter and not self.names.is_person(reporter):
            return _Speaker(reporter, cued=True)  # 'Twitter said ... "...," it said'
        organisation = self._reported(index - 1, people_only=False)
        if organisation is not None and not self.names.is_person(organisation):
            return _Speaker(organisation, cued=True)
        if recent and state.last_speaker is not None and subject.name == "we":
            return _Speaker(state.last_speaker, cued=True, person=state.last_speaker_person)
        return _Speaker(None, cued=True)

    def _continuation(
        self,
        index: int,
        para: Paragraph,
        span: QuotedSpan,
        sent: tuple[int, int],
        kind: QuoteKind,
        previous: tuple[QuotedSpan, _Speaker] | None,
        continued: bool,
        n: int,
    ) -> _Speaker:
        state = self.state
        if continued and n == 0:
            return _Speaker(state.open_quote_speaker, cued=state.open_quote_speaker is not None)
        if kind != "full":
            return _Speaker(None, cued=False)
        if previous is not None:
            gap = para.masked[previous[0].end + 1 : span.start - 1]
            if gap.strip(" ,.;:-—–") == "" or sentence_initial(para, span, sent):
                return _Speaker(previous[1].name, cued=previous[1].name is not None)
            return _Speaker(None, cued=False)
        if not sentence_initial(para, span, sent):
            return _Speaker(None, cued=False)
        if (
            index - state.last_quote_paragraph <= 1
            and state.last_speaker_paragraph == state.last_quote_paragraph
            and state.last_quote_sentence_ended
        ):
            return _Speaker(state.last_speaker, cued=True, person=state.last_speaker_person)
        reported = self._reported(index - 1) if n == 0 else None
        if reported is not None:
            return _Speaker(reported, cued=True, person=True)
        return _Speaker(None, cued=False)

    def _remember(self, index: int, speaker: _Speaker) -> None:
        self.state.last_speaker = speaker.name
        self.state.last_speaker_person = speaker.person
        self.state.last_speaker_paragraph = index


def find_quotes(article: Article) -> tuple[Quote, ...]:
    """Every quotation in the body of `article` that reports someone's words."""
    return _Reader(article).read()
