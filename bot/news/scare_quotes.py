"""Scare quotes, labels and titles: quoted words that report no one's words.

A span in quotation marks is left out when it is a name, a product or the
title of a work in Title Case inside a sentence (`the "Way Forward" plan`),
a label given by `so-called`, `dubbed`, `commonly called`, a source's label
(`a "Senate aide" as saying`), an unbalanced mark, or a short fragment that no
speech cue attributes to anyone (`"boxy" cars`).
"""

from __future__ import annotations

import re

from bot.news.model import QuoteKind
from bot.news.name_tokens import is_nickname
from bot.news.quote_kind import is_title_like
from bot.news.quote_paragraph import Paragraph, sentence_of
from bot.news.quote_spans import QuotedSpan

_LABEL_BEFORE = re.compile(
    r"(?:so-called|dubbed|named|nicknamed|titled|entitled|known as|\w+ly called|, called|"
    r"(?:is|are|was|were|be|been|being|also) called)\s*[\"“‘']$",
    re.IGNORECASE,
)
_AS_SAYING = re.compile(r"\s+as\s+saying\b")

# Fragments this short with no speech cue are scare quotes ("boxy", "Big Three").
_MAX_UNCUED_SCARE_WORDS = 3


# What follows a title that opens its sentence as its subject: the verb ("led"), or
# an apposition and then the verb (", the boxing drama, won").
_VERB_NEXT = re.compile(r"\s[a-z]+\s")
_APPOSITION_NEXT = re.compile(r"\s(?:the|a|an)\s[^,;:\"“”]{1,60},\s[a-z]+\s")


def _title_as_subject(para: Paragraph, span: QuotedSpan, text: str) -> bool:
    """Whether the quoted title runs straight on into its sentence's verb or an
    apposition, with no speech cue after it in that sentence ("Million Dollar
    Baby," the boxing drama, won four awards), so it is no one's words."""
    close = span.end + 1
    if text.endswith(","):
        after = _APPOSITION_NEXT.match(para.masked, close)
    elif text[-1:].isalnum():
        after = _VERB_NEXT.match(para.masked, close)
    else:
        return False  # ("The End." closes a sentence of its own)
    if after is None:
        return False
    sentence = sentence_of(para.sentences, para.sentence_starts, span.start)
    return para.cue_after(close, max(sentence[1], close)) is None


def reports_words(
    para: Paragraph,
    span: QuotedSpan,
    kind: QuoteKind,
    *,
    cued: bool,
    naming: bool,
    runs_on: bool = False,
) -> bool:
    """Whether the quoted span reports someone's words (see module doc).

    `cued`: a speech cue or a continued quotation names who speaks; `naming`:
    the cue gives a name to something (`what he called a "New GM"`); `runs_on`:
    the next paragraph opens with a quotation mark, so a mark left open here
    starts a quotation that runs on.
    """
    text = para.text[span.start : span.end]
    if not text.strip() or not any(ch.isalnum() for ch in text):
        return False
    head = para.masked[max(0, span.start - 1 - 40) : span.start - 1].rstrip()
    stands_alone = not head or head.endswith((":", ".", "?", "!"))
    if is_nickname(para.text, span.start - 1):
        return False  # Edmund G. "Pat" Brown
    if is_title_like(text) and not stands_alone and not naming:
        return False  # a name, a product, a title of a work
    if is_title_like(text) and stands_alone and _title_as_subject(para, span, text):
        return False  # "The Aviator" led all films: a title opening its sentence
    if _LABEL_BEFORE.search(para.masked, max(0, span.start - 30), span.start):
        return False  # so-called "peace", dubbed "Antennagate", commonly called "apps"
    if _AS_SAYING.match(para.masked, span.end + 1, span.end + 20):
        return False  # a "Senate aide" as saying: a label for the source
    if cued:
        return True
    if not span.closed:
        return runs_on  # else an unbalanced mark, not a quotation running on
    return kind == "full" or len(text.split()) > _MAX_UNCUED_SCARE_WORDS
