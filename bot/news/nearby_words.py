"""The words right around an offset of a text, read in a bounded window.

The date filters, the range reader and the event texts ask for the word just
before or after an expression; `FUNCTION_WORDS` are the words that carry no
content of their own there ("in", "the", "said").
"""

from __future__ import annotations

import re

WINDOW = 40  # characters read on either side
# The look-behind only skips starts inside a word (the start one letter back
# matches too, so it is never the leftmost match): no re-scan of each word.
_LAST_WORD = re.compile(r"(?<![A-Za-z])([A-Za-z][A-Za-z.'’]*)\W{0,3}$")
# Matched at the end of an expression, which `match` anchors it to.
_NEXT_WORD = re.compile(r"\W{0,3}?([A-Za-z][A-Za-z'’]*)")

FUNCTION_WORDS = frozenset(
    """in on at and or to for from with by when as after before the a an was
    were is are be been that which who where while but than of into onto
    through until since during against about per has have had will would
    could should may might can said says""".split()
)


def word_before(text: str, start: int) -> str:
    """The word just before `start` (lower-case, "" if none nearby)."""
    lo = start - WINDOW if start > WINDOW else 0  # not max(): this is called a lot
    if text[start - 1 : start] == " ":
        # Most often a plain word and one space: no mark after it, so no regex.
        space = text.rfind(" ", lo, start - 1)
        word = text[space + 1 if space >= 0 else lo : start - 1]
        if word.isalpha() and word.isascii():
            return word.lower()
    # The word and the at most 3 marks after it lie after the last space that
    # is 5 or more characters back, so the search starts there.
    cut = text.rfind(" ", lo, max(lo, start - 4))
    match = _LAST_WORD.search(text[cut + 1 if cut >= 0 else lo : start])
    return match.group(1).lower() if match else ""


def word_after(text: str, end: int) -> str:
    """The word just after `end`, as written ("" if none nearby)."""
    match = _NEXT_WORD.match(text, end, end + WINDOW)
    return match.group(1) if match else ""
