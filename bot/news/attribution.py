"""Who said it: the speech cues around a quotation and the subject they name.

Works on one paragraph whose quoted stretches are masked (so words inside
quotation marks never count as cues or subjects). The patterns:

- after the quote: `"...," Pompeo said` / `"...," said Pompeo` /
  `"...," said Fritz Meyer, the strategist` / `"...," he added`;
- before it: `Pompeo said: "..."` / `Pompeo said that ... "fragment"` /
  `..., citing North Korea's "hostility"` (the subject of the clause) /
  `according to Mr Howard, ... "..."` / `Detik.com quoted Djamal as saying`;
- pronouns (he, she, they, it) stand for the previous speaker, or for the
  person last named when no one has spoken yet.

A subject that is not a known person is given as written: an organisation
("Airbus"), or a role ("a spokesman", "a top administration official").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.news.boilerplate import dateline_end
from bot.news.names import ROLE_WORDS, SPEECH_VERBS
from bot.news.sentences import RELATIVE_ASIDE
from bot.news.speaker_phrases import (
    BODIES,
    PREPOSITIONS,
    abbreviation,
    aged_speaker,
    body_phrase,
    clean_phrase,
    epithet,
    noun_phrase_before,
    opening_subject,
    statement_source,
)
from bot.news.subject_leads import leading_name, serves, what_speaker

# Verb forms that are also plural nouns ("Other reports suggested").
_NOUN_LIKE = frozenset("reports claims calls notes comments states quotes remarks replies".split())
# "Musk posted on X": speech; "Ford posted a net profit", "posted $2 billion": not.
_POSTING = frozenset("post posts posted".split())
_OBJECTS = frozenset("it this that them him her the his its their these those".split())
_AFTER_S_VERB = frozenset("that the a an he she it they we i reporters".split())
# Cues that only introduce a label when nothing else marks speech ("called X").
NAMING_VERBS = frozenset("call calls called calling describe describes described".split())
# Pronouns a cue's subject may be, and what they stand for.
CUE_PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "org", "we": "any"}
_WORD = re.compile(r"[\w'’&.-]+|[,;:()\"“”]")
_PAIR = re.compile(r"\s+and\s+(?:[\w.'’-]+\s+){0,5}")
_LETTERS = re.compile(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])")
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
# How far from a cue a subject may sit (bounds the work per cue).
WINDOW = 300


@dataclass(frozen=True)
class Cue:
    """A speech verb found outside quotation marks: its word and offsets."""

    word: str
    start: int
    end: int


# A time or place told before a sentence's pronoun subject: "Hours later, he".
# (not "The White House, he said, issued a statement saying": a saying set off)
_FRONTED_PRONOUN = re.compile(
    r"\s*[A-Z][^,.;:\"“]{0,40},\s(?P<pronoun>he|she|they|we)\s"
    r"(?!(?:said|says|added|noted|told|argued|insisted|wrote)\b)"
)


@dataclass(frozen=True)
class Subject:
    """Who a cue names: a person's canonical name, or text as written."""

    name: str
    person: bool
    pronoun: bool = False
    start: int = 0
    label: str | None = None  # an epithet's words, for when no one it stands for is found
    voiced: bool = False  # the X of `what X called "..."`: whoever it is, the words are X's


@dataclass(frozen=True)
class PersonSpan:
    """A resolved mention in this paragraph: offsets and canonical name."""

    start: int
    end: int
    name: str


def words(masked: str, start: int, end: int) -> list[re.Match[str]]:
    """Word and punctuation matches of masked[start:end]."""
    return list(_WORD.finditer(masked, start, end))


def word_of(match: re.Match[str]) -> str:
    """A `words` match as a lower-case word without its full stop."""
    return match.group().lower().rstrip(".")


# "continue" tells of speech only as "he continued." or "continued: ..." (not "would
# continue to provide", "intended to continue the policy").
_CONTINUE = frozenset(("continue", "continues", "continued", "continuing"))
_CONTINUED = re.compile(r"\s*(?:[,.;:]|$)")


def cues_in(masked: str, start: int, end: int) -> list[Cue]:
    """Speech cues in masked[start:end], including "according to"."""
    found: list[Cue] = []
    for m in _LETTERS.finditer(masked, start, end):
        w = m.group().lower()
        if w not in SPEECH_VERBS or (w in _CONTINUE and _CONTINUED.match(masked, m.end()) is None):
            if w == "according":
                to = _NEXT_WORD.match(masked, m.end(), min(end, m.end() + 10))
                if to is not None and to.group(1).lower() == "to":
                    found.append(Cue("according to", m.start(), to.end()))
            continue
        if w in _NOUN_LIKE and not _verb_context(masked, m.start(), m.end()):
            continue
        if w == "state" and not _STATE_AS_VERB.search(masked, max(0, m.start() - 8), m.start()):
            continue  # "state television said": "state" is no verb
        if w in _POSTING and _posts_a_result(masked, m.end(), end):
            continue
        if m.group()[0].isupper() and (
            _IN_A_NAME.search(masked, max(0, m.start() - 30), m.start())
            or _NAME_NEXT.match(masked, m.end())
        ):
            # "Secretary of State Antony Blinken told", "the State Department said":
            # "State" is no verb
            continue
        if w in NAMING_VERBS:
            nxt = _NEXT_WORD.match(masked, m.end(), min(end, m.end() + 30))
            if nxt is not None and nxt.group(1).lower() in _OBJECTS:
                # "called it ...": an opinion voiced, not a name given (", calling him":
                # still a participle, of the main clause's subject)
                w = "characterising" if w.endswith("ing") else "characterised"
        found.append(Cue(w, m.start(), m.end()))
    return found


_STATE_AS_VERB = re.compile(r"\b(?i:to|will|would|must|can|could|i|we|they|you)\s$")
# What comes before a capitalised word inside a name: "of" or another capitalised word.
_IN_A_NAME = re.compile(r"(?:\bof|[A-Z][\w.’'-]*)\s+$")
_NAME_NEXT = re.compile(r" [A-Z][a-z]")


def _posts_a_result(masked: str, at: int, end: int) -> bool:
    """Whether "posted" before `at` reports a figure ("posted a net profit", "posted
    $2 billion", "posted record sales"), not words written online."""
    rest = masked[at : min(end, at + 30)].lstrip()
    if rest[:1].isdigit() or rest[:1] in "$€£¥":
        return True
    nxt = _NEXT_WORD.match(masked, at, min(end, at + 30))
    return nxt is not None and nxt.group(1).lower() in _RESULT_STARTS


_RESULT_STARTS = frozenset(
    """a an its their his her the record net higher lower strong weak gains losses loss
    profit profits revenue sales earnings growth""".split()
)


def _verb_context(masked: str, start: int, end: int) -> bool:
    """For "reports", "claims", "notes": a verb right after a quote, or before that/a quote."""
    before = masked[max(0, start - 3) : start].rstrip()
    if before.endswith((",", '"', "”")):
        return True
    nxt = _NEXT_WORD.match(masked, end, end + 30)
    if nxt is None:
        rest = masked[end : end + 3].lstrip()
        return not rest or rest[0] in ',:"“'
    word = nxt.group(1).lower()
    return word in _AFTER_S_VERB or word.startswith("x")


def people_between(people: list[PersonSpan], start: int, end: int) -> list[PersonSpan]:
    """Mentions starting in [start, end); `people` is sorted by start."""
    found = []
    for i in range(_bisect(people, start), len(people)):
        person = people[i]
        if person.start >= end:
            break
        found.append(person)
    return found


def _bisect(people: list[PersonSpan], start: int) -> int:
    lo, hi = 0, len(people)
    while lo < hi:
        mid = (lo + hi) // 2
        if people[mid].start < start:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _preceded_by_preposition(masked: str, start: int) -> bool:
    before = masked[max(0, start - 60) : start].split()
    # "to the Fetterman campaign": a name after "the" modifies a noun.
    if before and before[-1].lower() in CUE_PRONOUNS.keys() | PREPOSITIONS | {"the"}:
        return True
    # "X, a spokesman for Prime Minister Nouri al-Maliki, said": a titled name after a
    # preposition is its object too.
    at, role = len(before) - 1, False
    while at >= 0 and len(before) - at <= 4 and before[at][:1].isupper():
        role = role or before[at].lower() in ROLE_WORDS
        at -= 1
        if at > 0 and before[at] == "of" and before[at - 1][:1].isupper():
            at -= 1  # "Secretary of State"
    return role and at >= 0 and before[at] in _TITLED_OBJECT_LEADS


_TITLED_OBJECT_LEADS = frozenset("for to of with by from representing represents under".split())


# "Sotomayor, in a dissent joined by Justices Elena Kagan and ..., wrote": an aside.
_PREPOSITION_ASIDE = re.compile(r",\s(?:in|with|during|under|after|before)\s[^,;:()\"“”]{0,120},")


def subject_before(
    masked: str,
    clause_start: int,
    cue: Cue,
    people: list[PersonSpan],
) -> Subject | None:
    """The subject of the cue: the nearest person, pronoun or noun phrase before it.

    A participle ("..., saying", "citing") takes the subject of the main
    clause: the first person named in the sentence.
    """
    clause_start = max(clause_start, cue.start - WINDOW)
    if clause_start == 0:
        clause_start = dateline_end(masked)  # "NEW YORK (AP) — ": no subject
    participle = cue.word.endswith("ing") and cue.word != "according to"
    best: PersonSpan | None = None
    asides = [m.span() for m in RELATIVE_ASIDE.finditer(masked, clause_start, cue.start)]
    asides += [m.span() for m in _PREPOSITION_ASIDE.finditer(masked, clause_start, cue.start)]
    for person in people_between(people, clause_start, cue.start):
        if person.end <= cue.start:
            if _preceded_by_preposition(masked, person.start) or _possessive_at(masked, person.end):
                continue  # "with Kim", "Zelensky's chief of staff": not the subject
            if any(lo <= person.start < hi for lo, hi in asides):
                continue  # "Truss, who was appointed by the Queen, called her": not the Queen
            if best is None or not participle:
                best = person
    # "The board fired Altman, saying ...": Altman is the object; the board spoke.
    until = cue.start if best is None else best.start
    opening = opening_subject(masked, clause_start, until) if participle else None
    if opening is not None:
        return Subject(opening, person=False)
    what = what_speaker(masked, max(clause_start, cue.start - 80), cue.start, people)
    if what is not None and cue.word in NAMING_VERBS:  # `lodged what the ministry called "..."`
        return Subject(what[0], person=what[1], voiced=True)
    phrase_end = cue.start
    if asides and not masked[asides[-1][1] : cue.start].strip():
        # "A campaign official, who spoke on condition of anonymity, said": the official.
        phrase_end = asides[-1][0]
    items = words(masked, clause_start, phrase_end)
    # A pronoun right before the verb ("he said", "he also told") wins over a name further back.
    for m in reversed(items[-3:]):
        w = word_of(m)
        if w in CUE_PRONOUNS and (best is None or m.start() > best.end):
            return Subject(w, person=False, pronoun=True, start=m.start())
    if items and word_of(items[-1]) in BODIES and (best is None or items[-1].start() > best.end):
        # "in what police described as": the body right before the verb spoke.
        return Subject(body_phrase([m.group() for m in items[-5:]]), person=False)
    if best is not None:
        # A coordinated pair ("X and Y said"): the first named.
        return Subject(_first_of_pair(masked, best, people), person=True)
    if participle and items and word_of(items[0]) in ("he", "she", "they", "it", "we"):
        # "He declined ..., saying that ...": the pronoun that opens the sentence.
        return Subject(word_of(items[0]), person=False, pronoun=True, start=items[0].start())
    fronted = _FRONTED_PRONOUN.match(masked, clause_start, cue.start) if participle else None
    if fronted is not None:
        # "Hours later, he issued a statement saying ...": the pronoun after the time
        return Subject(fronted["pronoun"], person=False, pronoun=True, start=fronted.start(1))
    phrase = noun_phrase_before(masked, items)
    pronoun = epithet(phrase) if phrase else None
    if pronoun == "one":  # "Ana Lopez, 19, ... the 19-year-old said": the one of that age
        aged = aged_speaker(masked, phrase, [(p.end, p.name) for p in people if p.end <= cue.start])
        if aged is not None:
            return Subject(aged, person=True)
    if pronoun is not None:
        # "the New York senator said": someone named before, else the words as written.
        return Subject(pronoun, person=False, pronoun=True, start=items[-1].start(), label=phrase)
    if phrase:
        return Subject(phrase, person=False)
    # "was praised by Jobs as ...": the agent of a passive cue.
    for person in people_between(people, cue.end, cue.end + 8):
        if masked[cue.end : person.start].strip() == "by":
            return Subject(person.name, person=True)
    lead = leading_name([m.group() for m in items]) if participle else None
    if lead is not None:
        return Subject(lead, person=False)  # "The UAW issued a statement saying ..."
    # "He pointed to ..., but stated that ...": the pronoun that opens the sentence.
    if items and word_of(items[0]) in ("he", "she"):
        return Subject(word_of(items[0]), person=False, pronoun=True, start=items[0].start())
    return None


def _possessive_at(masked: str, end: int) -> bool:
    return masked[end : end + 2] in ("'s", "’s") or masked[end : end + 1] in ("'", "’")


def _first_of_pair(masked: str, best: PersonSpan, people: list[PersonSpan]) -> str:
    for person in people_between(people, best.start - 80, best.start):
        if person.end <= best.start and best.start - person.end <= 40:
            between = masked[person.end : best.start]
            # (not across a sentence's end: "met Merkel and Hollande on Sunday. Obama said")
            if _PAIR.fullmatch(between) and ". " not in between:
                return person.name
    return best.name


def subject_after(
    masked: str,
    cue: Cue,
    sentence_end: int,
    people: list[PersonSpan],
) -> Subject | None:
    """The subject written after the verb: `said Pompeo`, `said a spokesman`."""
    # A name may sit past a stop that the splitter took for a sentence end
    # ("said Apple Inc. CEO Steve Jobs."): look a little further.
    after = people_between(people, cue.end, cue.end + 120)
    person = after[0] if after else None
    if (
        person is not None
        and len(after) > 1
        and masked.startswith(("'s ", "’s "), person.end)
        and "," in masked[person.end : after[1].start]
        and after[1].start - person.end <= 60
    ):
        person = after[1]  # "said Kenyatta's spokesman, Munyori Buku": the one who speaks
    elif person is not None and len(after) > 1 and serves(masked, person.end, after[1].start):
        person = after[1]  # "said Romney spokeswoman Shawn Feddeman": the role's own name
    sentence_end = min(sentence_end, cue.end + WINDOW)
    items = words(masked, cue.end, sentence_end)
    if person is not None:
        gap = masked[cue.end : person.start]
        stops_ok = all(abbreviation(w) or not w.endswith((".", "!", "?")) for w in gap.split())
        near = person.start <= sentence_end or len(gap) <= 60
        if near and stops_ok and len(gap) <= 120 and '"' not in gap:
            return Subject(person.name, person=True)
    phrase: list[re.Match[str]] = []
    for m in items:
        if m.group() in ',;:()"“”' or word_of(m) in ("that", "who", "which"):
            break
        phrase.append(m)
        if len(phrase) > 10:
            break
    if not phrase:
        return None
    first = word_of(phrase[0])
    if first in CUE_PRONOUNS:
        return Subject(first, person=False, pronoun=True, start=phrase[0].start())
    if first in ("in", "on", "at", "by", "to", "of", "during", "after", "before", "that"):
        return None
    text = masked[phrase[0].start() : phrase[-1].end()]
    pronoun = epithet(text.rstrip("."))
    if pronoun in ("he", "she"):  # "said the 32-year-old Englishman": the one named before
        written = text.rstrip(".")
        return Subject(pronoun, person=False, pronoun=True, start=phrase[-1].start(), label=written)
    text = statement_source(text)  # "according to a statement from the company"
    # "said GM's vice president in a telephone conference": where, not who.
    text = _SAID_WHERE.sub("", text)
    label = clean_phrase(text)
    if label is None and first in ("a", "an") and len(phrase) >= 2:
        label = text.rstrip(".")  # "said a Delhi auto parts supplier"
    if label is not None and phrase[-1].end() < sentence_end:
        name = _name_after_comma(masked, phrase[-1].end(), sentence_end)
        if name is not None:
            return Subject(name, person=False)  # "said the strategist for X, Fritz Meyer."
    return Subject(label, person=False) if label else None


_SAID_WHERE = re.compile(
    r"\s(?:in|during|on|at)\s(?:a|an|the|his|her|its|their)\s(?:[\w-]+\s){0,2}?"
    r"(?:statement|interview|telephone|conference|call|briefing|speech|video|post|e-?mail"
    r"|letter|tweet|meeting|rally|hearing|event)\b.*$",
    re.DOTALL,
)
_NAME_AT_END = re.compile(r",\s+((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s*[.,]?\s*$")


def _name_after_comma(masked: str, start: int, end: int) -> str | None:
    """A name closing the sentence after a comma: ", Fritz Meyer." """
    m = _NAME_AT_END.match(masked, start, end)
    return m.group(1) if m else None
