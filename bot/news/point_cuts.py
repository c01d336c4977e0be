"""Cut the parts of a sentence a summary leaves out: asides that only add detail.

A key point is a sentence of the article, but summaries are shorter than
articles: they keep the clause that tells the news and drop what elaborates
it. The cuts here are the ones that leave a grammatical sentence behind:

- a dash aside: "its maiden flight -- four years behind schedule -- and";
- a writer's parenthesis: "840 people (550 for a Boeing 747)";
- a non-restrictive relative clause between commas: "Airbus, which has
  out-sold Boeing since 2003, believes";
- an appositive after a person's name: "Kim Yong Chol, the deputy leader of
  North Korea's ruling party, would travel" (the briefing's Who list gives
  people their titles).

Cuts are edits (start, end, replacement) on the paragraph, like the other
edits of `trimming`; a cut never touches quoted words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

Edit = tuple[int, int, str]
Spans = Sequence[tuple[int, int]]

_DASH = r"(?:\s--?\s|\s?—\s?|\s–\s)"
# Not between digits: "won 3 - 1 and lost 2 - 0" is two scores, not an aside.
_DASH_ASIDE = re.compile(r"(?<!\d)" + _DASH + r"(?P<body>[^—–\n]{3,200}?)" + _DASH + r"(?!\d)")
_PARENTHESIS = re.compile(r"\s\((?P<body>[^()]{2,200})\)")
# Both end on their closing comma: "X, who ..., said" loses ", who ...,".
_RELATIVE = re.compile(r",\s(?:which|who|whose|whom)\s(?P<body>[^,;:()\"“”—–]{3,160}?),(?=\s)")
_APPOSITIVE = re.compile(
    r",\s(?P<body>(?:the|a|an|his|her|its|their|[A-Z][\w.&-]*(?:'s|’s))\s[^,;:()\"“”—–]{2,100}?"
    r"|\d{1,3}),(?=\s)"
)
# After a relative clause or appositive the sentence goes on with its verb; a
# preposition there means the clause had not ended ("X, which will fly it
# first, in July, has ..."), a relative pronoun that another clause follows.
_NOT_A_CONTINUATION = frozenset(
    "about after against at before by during for from in into of on over since through "
    "to toward towards under until with within without which who whose whom that".split()
)
# "graphics, video, and sound tools": the closing comma was one of a list's.
_LIST_GOES_ON = re.compile(
    r"\s*(?:[\w'’$.%-]+(?:,\s|\s)|(?:[\w'’$.%-]+\s){0,3}[\w'’$.%-]+,\s)(?:and|or)\s"
)
# A relative clause is cut only after a short subject ("Airbus, which ...,
# believes"): after an object it may be what the sentence is about.
_MAX_SUBJECT_WORDS = 8
# Longer asides are more likely to be the news itself than a detail of it.
_MAX_ASIDE_WORDS = 30
_MAX_APPOSITIVE_WORDS = 12


def _overlaps(start: int, end: int, spans: Spans) -> bool:
    return any(s < end and start < e for s, e in spans)


def _inside(spans: Spans, start: int, end: int) -> bool:
    return any(start <= s and e <= end for s, e in spans)


def _merged(edits: list[Edit]) -> list[Edit]:
    """Overlapping cuts as one: "Henderson, the CEO of GM, which filed ..., said" loses both."""
    merged: list[Edit] = []
    for e_start, e_end, replacement in sorted(edits):
        if merged and e_start < merged[-1][1]:
            m_start, m_end, m_replacement = merged[-1]
            merged[-1] = (m_start, max(m_end, e_end), m_replacement or replacement)
        else:
            merged.append((e_start, e_end, replacement))
    return merged


def _sentence_goes_on(rest: str) -> bool:
    """True when `rest`, the text after a cut clause, reads as the sentence's continuation."""
    words = rest.split(maxsplit=1)
    if not words or words[0].lower() in _NOT_A_CONTINUATION:
        return False
    return _LIST_GOES_ON.match(rest) is None


def _follows_sentence(text: str, end: int, sentence_end: int) -> bool:
    """True when words (not just the closing punctuation) follow the cut."""
    return any(c.isalnum() for c in text[end:sentence_end])


def cut_edits(
    text: str,
    start: int,
    end: int,
    *,
    quoted: Spans = (),
    dated: Spans = (),
    names: Iterable[int] = (),
) -> list[Edit]:
    """Edits that cut asides from text[start:end] (one sentence of a paragraph).

    `quoted` are quotation spans (never cut into), `dated` the spans of dates
    a parenthesis must keep ("(on 5 May)"), and `names` the end offsets of
    person mentions, after which an appositive may go.
    """
    sentence = text[start:end]
    edits: list[Edit] = []

    def add(m_start: int, m_end: int, body: str, max_words: int, replacement: str) -> None:
        a, b = start + m_start, start + m_end
        if len(body.split()) <= max_words and not _overlaps(a, b, quoted):
            edits.append((a, b, replacement))

    for m in _DASH_ASIDE.finditer(sentence):
        if _follows_sentence(text, start + m.end(), end):
            add(m.start(), m.end(), m.group("body"), _MAX_ASIDE_WORDS, " ")
    for m in _PARENTHESIS.finditer(sentence):
        if not _inside(dated, start + m.start(), start + m.end()):
            add(m.start(), m.end(), m.group("body"), _MAX_ASIDE_WORDS, "")
    for m in _RELATIVE.finditer(sentence):
        subject = sentence[: m.start()]
        if (
            "," not in subject
            and len(subject.split()) <= _MAX_SUBJECT_WORDS
            and _sentence_goes_on(sentence[m.end() :])
        ):
            add(m.start(), m.end(), m.group("body"), _MAX_ASIDE_WORDS, "")
    name_ends = {n - start for n in names if start <= n <= end}
    for m in _APPOSITIVE.finditer(sentence):
        if m.start() in name_ends and _sentence_goes_on(sentence[m.end() :]):
            add(m.start(), m.end(), m.group("body"), _MAX_APPOSITIVE_WORDS, "")
    return _merged(edits)
