"""Quotation-mark scanning: which marks open and close a quoted span.

`quoted_spans(text)` pairs the quotation marks of one paragraph in a single
left-to-right pass. Curly marks say which way they face; a straight `"` is
judged by its neighbours (space before: opens; space or punctuation after:
closes) and, when its neighbours do not tell, by whether a span is open. An
inch mark (`13.3"`) is not a quotation mark. Single quotes count only outside
double-quoted spans (British style), and only with word boundaries on the
outer side, so apostrophes (don't, Korea's, '90s, the Beatles' songs) are not
taken for marks unless a matching opener came first.

An unbalanced mark is skipped and the rest still pair up. A span that opens
and is never closed runs to the end of the paragraph only when the opener is
clearly an opener; the caller decides what to make of it (news style repeats
the opening mark at the start of the next paragraph of a long quotation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‚"
_OPEN_CONTEXT = "([{—–-/"
_CLOSE_CONTEXT = ".,;:!?)]}—–-/…"
_DOUBLE_MARK = re.compile('["“„«”»]')
_SINGLE_MARK = re.compile("['‘’‚]")
# Longest single-quoted span taken as a quote; beyond it, a stray apostrophe.
_MAX_SINGLE_SPAN = 400


@dataclass(frozen=True)
class QuotedSpan:
    """A quoted stretch of one paragraph: `start`/`end` exclude the marks.

    `closed` is false when the opening mark was never closed in the paragraph
    and the span runs to its end.
    """

    start: int
    end: int
    closed: bool = True
    single: bool = False


def _before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _after(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else " "


def _is_double(ch: str) -> bool:
    return ch == '"' or ch in _DOUBLE_OPEN or ch in _DOUBLE_CLOSE


def _straight_role(text: str, i: int) -> str:
    """'open', 'close', 'either' or 'inch' for the straight `"` at position i."""
    prev, nxt = _before(text, i), _after(text, i)
    prev_opens = prev.isspace() or prev in _OPEN_CONTEXT or prev in _DOUBLE_OPEN or prev == "'"
    next_closes = nxt.isspace() or nxt in _CLOSE_CONTEXT or nxt in _DOUBLE_CLOSE or nxt == "'"
    if prev.isdigit() and (nxt.isspace() or nxt in ".,;)") and not _opens_word(text, i):
        return "inch"
    if prev_opens and not next_closes:
        return "open"
    if next_closes and not prev_opens:
        return "close"
    return "either"


def _opens_word(text: str, i: int) -> bool:
    """True when a straight mark after a digit still starts a quotation ("... 1990 "Yes")."""
    return i + 1 < len(text) and text[i + 1].isalpha()


def _double_spans(text: str) -> list[QuotedSpan]:
    spans: list[QuotedSpan] = []
    open_at = -1
    open_strong = False
    for mark in _DOUBLE_MARK.finditer(text):
        i = mark.start()
        ch = text[i]
        if ch in _DOUBLE_OPEN or ch in _DOUBLE_CLOSE:
            role = "open" if ch in _DOUBLE_OPEN else "close"
            # A curly mark typed the wrong way round (”We ... ,” or “... ,“) is
            # read by its neighbours when they leave no doubt.
            context = _straight_role(text, i)
            if role == "close" and open_at < 0 and context == "open":
                role = "open"
            elif role == "open" and open_at >= 0 and context == "close":
                role = "close"
        else:
            role = _straight_role(text, i)
            if role == "inch":
                if open_at < 0:
                    continue
                role = "close"
        if role == "either":
            role = "close" if open_at >= 0 else "open"
        if role == "open":
            # Two openers in a row: the earlier one was never closed; drop it.
            open_at = i
            prev = _before(text, i)
            open_strong = (prev.isspace() or prev in _OPEN_CONTEXT) and _after(text, i).isalnum()
        elif open_at >= 0:
            spans.append(QuotedSpan(open_at + 1, i))
            open_at = -1
    if open_at >= 0 and open_strong:
        end = len(text)
        while end > open_at + 1 and text[end - 1].isspace():
            end -= 1
        if end > open_at + 1:
            spans.append(QuotedSpan(open_at + 1, end, closed=False))
    return spans


def _single_opener(text: str, i: int) -> bool:
    ch = text[i]
    prev, nxt = _before(text, i), _after(text, i)
    if not (prev.isspace() or prev in _OPEN_CONTEXT):
        return False
    if not nxt.isalnum():
        return False
    if ch in _SINGLE_OPEN:
        return True
    # '90s, 'em, 'n': elisions, not quotation marks.
    j = i + 1
    while j < len(text) and j < i + 6 and text[j].isdigit():
        j += 1
    if j > i + 1 and j < len(text) and text[j] == "s":
        return False
    return text[i + 1 : i + 4].lower() not in ("em ", "n' ", "tis")


def _single_closer(text: str, i: int) -> bool:
    prev, nxt = _before(text, i), _after(text, i)
    if prev.isspace():
        return False
    return nxt.isspace() or nxt in _CLOSE_CONTEXT or _is_double(nxt)


def _single_spans(text: str, blocked: list[QuotedSpan]) -> list[QuotedSpan]:
    """British-style single-quoted spans outside the double-quoted ones."""
    spans: list[QuotedSpan] = []
    inside = _inside_mask(len(text), blocked)
    open_at = -1
    for mark in _SINGLE_MARK.finditer(text):
        i = mark.start()
        ch = text[i]
        if inside[i]:
            continue
        if open_at >= 0 and i - open_at > _MAX_SINGLE_SPAN:
            open_at = -1
        if ch in "'’" and open_at >= 0 and _single_closer(text, i):
            if i > open_at + 1:
                spans.append(QuotedSpan(open_at + 1, i, single=True))
            open_at = -1
        elif ch in "'‘‚" and _single_opener(text, i):
            open_at = i
    return spans


def _inside_mask(length: int, spans: list[QuotedSpan]) -> bytearray:
    """A byte per character: 1 inside a span or on its marks."""
    mask = bytearray(length)
    for span in spans:
        lo = max(0, span.start - 1)
        hi = min(length, span.end + 1)
        mask[lo:hi] = b"\x01" * (hi - lo)
    return mask


def quoted_spans(text: str) -> list[QuotedSpan]:
    """All quoted spans of one paragraph, in order of their start."""
    doubles = _double_spans(text)
    singles = _single_spans(text, doubles) if ("'" in text or "‘" in text) else []
    spans = doubles + singles
    spans.sort(key=lambda span: span.start)
    return spans


def starts_with_opening_mark(text: str) -> bool:
    """True when the paragraph opens with a quotation mark (a continued quotation)."""
    stripped = text.lstrip()
    if not stripped:
        return False
    first = stripped[0]
    return first in _DOUBLE_OPEN or (first == '"' and _after(stripped, 0).isalnum())


def runs_on_from(text: str, span: QuotedSpan, following: tuple[str, ...]) -> bool:
    """Whether a quotation left open at `span` runs on into the next paragraph
    (`following`: it, or nothing at the article's end): it starts a sentence, and
    the next paragraph reopens it (not a stray mark: 'The "upgrade was delayed.')."""
    head = text[: span.start - 1].rstrip()
    starts = not head or head[-1] in ".?!:"
    return starts and bool(following) and starts_with_opening_mark(following[0])
