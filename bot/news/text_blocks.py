"""Plain-text layout: paragraph blocks, hard-wrapped lines, title and byline lines.

Blank lines separate paragraphs; lines inside a paragraph are hard wraps and
are joined. A block whose lines are each too long to be hard wraps and end
sentences is one paragraph per line. These checks are plain string scans and
bounded patterns: linear in the text.
"""

from __future__ import annotations

import re

from bot.news.captions import split_credit

_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 30
_WRAPPED_LINE_MAX = 100  # hard-wrapped text never has longer lines than this
_BYLINE = re.compile(
    r"(?:By|BY) [A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|and|de|van|von)){0,5},?(?: [A-Z][\w]*){0,4}$"
)
_BYLINE_MAX = 80
# A dateline standing alone on its line: "WASHINGTON --", "NEW YORK (AP) —".
_DATELINE_ONLY = re.compile(
    r"[A-Z][A-Z .,'’/-]{1,40}(?: ?\([A-Za-z .&-]{1,20}\))? ?(?:-{1,2}|—|–|_)"
)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SENTENCE_END = ".!?…"
_CLOSERS = "\"'”’»)]"


def normalise_whitespace(block: str) -> str:
    """Join hard-wrapped lines and collapse white space runs to one space."""
    return " ".join(block.split())


def split_blocks(text: str) -> list[str]:
    """Paragraph blocks of `text`, each with its raw line breaks.

    Blocks are separated by blank lines. A block whose lines are clearly whole
    paragraphs (some line longer than hard-wrapped text ever is, and every line
    but the last ending a sentence) is split into its lines.
    """
    blocks: list[str] = []
    for block in _BLANK_LINE.split(text):
        if not block.strip():
            continue
        lines = [line for line in block.split("\n") if line.strip()]
        if len(lines) > 1 and _lines_are_paragraphs(lines):
            blocks.extend(_attach_lone_credits(lines))
        else:
            blocks.append(block)
    return blocks


def _attach_lone_credits(lines: list[str]) -> list[str]:
    """Join a line that is only a photo credit to the caption line above it."""
    joined: list[str] = []
    for line in lines:
        found = split_credit(line)
        if joined and found is not None and found[1] == line.strip():
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _ends_sentence(line: str) -> bool:
    """Whether a line ends with sentence punctuation (closing quotes allowed)."""
    core = line.rstrip().rstrip(_CLOSERS)
    return bool(core) and core[-1] in _SENTENCE_END


def _lines_are_paragraphs(lines: list[str]) -> bool:
    """One paragraph per line: not hard-wrapped, and the lines end sentences.

    The first line may instead be a title (short, no final punctuation), and
    any line may be a photo caption ending in a credit.
    """
    if max(len(line.strip()) for line in lines) <= _WRAPPED_LINE_MAX:
        return False
    for index, line in enumerate(lines[:-1]):
        if _ends_sentence(line) or split_credit(line) is not None:
            continue
        if index == 0 and looks_like_title(line, followed_by_more=True):
            continue
        return False
    return True


def looks_like_title(block: str, followed_by_more: bool) -> bool:
    """A title: one short line without final sentence punctuation, more blocks after."""
    line = block.strip()
    if not followed_by_more or "\n" in line or not line:
        return False
    if len(line) > _TITLE_MAX_CHARS or len(line.split()) > _TITLE_MAX_WORDS:
        return False
    core = line.rstrip(_CLOSERS)
    return (
        bool(core)
        and core[-1] not in _SENTENCE_END + ",;:-–—"
        and not is_byline(line)
        and split_credit(line) is None
    )


def is_markdown_title(block: str) -> bool:
    """A one-line "# Title" block."""
    line = block.strip()
    return "\n" not in line and line.lstrip("#").startswith(" ") and 1 <= line.find(" ") <= 3


def is_byline(line: str) -> bool:
    """Whether a short line is a byline ("By Jane Doe", "By JANE DOE, Reuters")."""
    return len(line) <= _BYLINE_MAX and _BYLINE.match(line.strip()) is not None


def join_lone_dateline(blocks: list[str]) -> list[str]:
    """Join a first block that is only a dateline ("WASHINGTON --") to the next one."""
    if len(blocks) > 1 and _DATELINE_ONLY.fullmatch(blocks[0].strip()):
        return [f"{blocks[0].strip()} {blocks[1].strip()}", *blocks[2:]]
    return blocks


def typographic_quotes(text: str, opened: bool = False) -> str:
    """Quotation marks written ``like this'' (LDC and Penn Treebank copy of wire
    stories) as typographic ones: “like this”. Only in a text that opens a
    quotation with `` (or, `opened`, an article that does), where '' cannot be
    feet and inches."""
    if "``" not in text and not opened:
        return text
    return text.replace("``", "“").replace("''", "”")
