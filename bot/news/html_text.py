"""HTML in a JSON article's fields, turned into the plain text the reader wants.

Feeds and scrapers often hand over the body as HTML (`<p>...</p>`) and the
title with entities (`Markets &amp; more`). Block tags (`p`, `div`, `h1`,
`li`, `blockquote`, two `br` in a row) end a paragraph, a single `br` ends a
line, `script` and `style` go with their contents, every other tag goes, and
entities become the characters they stand for. Text with no tag and no entity
is returned as it is. Every pattern stops at the next `<` or `>`, so the work
stays linear in the text, however malformed.
"""

from __future__ import annotations

import html
import re

# A tag: its name, then anything up to its ">" (never past another "<").
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)(?:[\s/][^<>]*)?>")
_BLOCK_TAGS = frozenset(
    """p div section article header footer main aside blockquote figure figcaption
    h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tr pre hr""".split()
)
_DROPPED_TAGS = ("script", "style", "noscript", "template")
_LOOKS_LIKE_HTML = re.compile(
    r"</?[A-Za-z][A-Za-z0-9]*(?:[\s/][^<>]*)?>|&(?:#\d+|#x[0-9a-fA-F]+|\w+);"
)
_LINE_BREAKS = re.compile(r"(?:\n[ \t]*){3,}")


def html_to_text(text: str) -> str:
    """`text` with its HTML tags and entities read as the module doc says."""
    if _LOOKS_LIKE_HTML.search(text) is None:
        return text
    text = _without_spans(text, "<!--", "-->")
    for name in _DROPPED_TAGS:
        text = _without_spans(text, f"<{name}", f"</{name}", ">")
    text = _TAG.sub(_tag_text, text)
    text = html.unescape(text).replace("\xa0", " ")
    return _LINE_BREAKS.sub("\n\n", text)


def _tag_text(match: re.Match[str]) -> str:
    """What a tag leaves in the text: a paragraph break, a line break or nothing."""
    name = match.group(2).lower()
    if name == "br":
        return "\n"
    return "\n\n" if name in _BLOCK_TAGS else ""


def _without_spans(text: str, opening: str, closing: str, last: str = "") -> str:
    """`text` without each stretch from `opening` to `closing` (and on to the next
    `last`, if given), case-blind: "<script ...>...</script>", "<!-- ... -->". A
    stretch that is never closed runs to the end."""
    lower = text.lower()
    if opening not in lower:
        return text
    kept: list[str] = []
    at = 0
    while (start := lower.find(opening, at)) >= 0:
        kept.append(text[at:start])
        end = lower.find(closing, start + len(opening))
        if end < 0:
            return "".join(kept)
        at = end + len(closing)
        if last:
            close = lower.find(last, at)
            at = len(text) if close < 0 else close + len(last)
    kept.append(text[at:])
    return "".join(kept)
