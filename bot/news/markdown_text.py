"""Light Markdown taken out of a plain-text article before it is read.

Articles pasted from chat or notes (Discord itself writes Markdown) carry
`**bold**`, `[links](https://...)`, `> quoted` lines and `- list` items. The
reader wants the words: links keep their text, emphasis marks go, a quote
marker goes, and each list item becomes a paragraph of its own. Text without
such marks is returned as it is.
"""

from __future__ import annotations

import re

# No bracket inside a link target and no mark inside emphasis: each match attempt
# stops at the next mark, so the work stays linear in the text.
_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|www\.|/)[^()\[\]\s]{0,500}\)")
# Emphasis around words only: "snake_case" and "2 * 3 * 4" keep their marks.
_EMPHASIS = re.compile(
    r"(?<![\w*_\\])(\*\*|__|\*|_)(?=[^\s*_])([^\n*_]{1,300})(?<=[^\s\\])\1(?![\w*_])"
)
_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
# A list item starts a paragraph: a blank line goes before it.
_LIST_ITEM = re.compile(r"^[ \t]{0,3}[-*+•][ \t]+(?=\S)", re.MULTILINE)


def strip_markdown(text: str) -> str:
    """`text` without the Markdown marks named in the module doc."""
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        # Twice, for emphasis inside emphasis ("**a _b_ c**").
        text = _EMPHASIS.sub(r"\2", _EMPHASIS.sub(r"\2", text))
    if ">" in text:
        text = _QUOTE_MARK.sub("", text)
    return _LIST_ITEM.sub("\n", text)
