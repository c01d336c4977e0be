"""Raw article bytes -> Article shell (source, date, title, captions, paragraphs).

Three input formats (DESIGN.md "Input formats"):

1. Wire text: optional leading white space, a `date YYYY-MM-DD` header that may
   share its line with the first paragraph, photo captions, body paragraphs
   separated by blank lines, no headline (one is written from the lead).
2. Plain text: optional `date` line, optional title line (a short one-line
   first block without final punctuation, followed by more blocks), blank-line
   separated paragraphs; hard-wrapped lines are joined with one space.
3. JSON: {"title", "published", "body" | "paragraphs", "url", "source"}.

Anything unreadable raises ArticleFormatError, whose message tells the user
what is wrong and how to fix it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from bot.news.captions import caption_date_place, split_credit
from bot.news.headline import write_headline
from bot.news.model import Article, Caption

MAX_ARTICLE_BYTES = 2_000_000
"""Largest article accepted, in bytes (2 MB). Callers check the file size first."""

_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 30
_WRAPPED_LINE_MAX = 100  # hard-wrapped text never has longer lines than this
_BINARY_SHARE = 0.05  # more control characters than this share: not text
_HEADER = re.compile(
    r"[ \t]*date:?[ \t]+(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+(?:Z|[+-][\d:]+)?)?(?=\s|$)",
    re.IGNORECASE,
)
# File signatures of common non-article files, named in the error message.
_KNOWN_BINARIES = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP (or Word/OpenDocument)"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip"),
    (b"{\\rtf", "RTF"),
)
_SURROGATES = re.compile("[\ud800-\udfff]")
_JSON_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")
_BYLINE = re.compile(
    r"(?:By|BY) [A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|and|de|van|von)){0,5},?(?: [A-Z][\w]*){0,4}$"
)
_BYLINE_MAX = 80
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SENTENCE_END = ".!?…"
_CLOSERS = "\"'”’»)]"


class ArticleFormatError(ValueError):
    """The input is not a readable article; str() is a one-line message for the user."""


def read_article(raw: bytes, source: str) -> Article:
    """Read an article in any supported format into an Article shell.

    `source` names where it came from (a path or attachment name). People,
    quotes and events stay empty; later stages fill them in. Raises
    ArticleFormatError for empty, binary, non-UTF-8, oversized or malformed
    input, or input without body paragraphs.
    """
    text = _decode(raw)
    opening = text.lstrip()[:15].lower()
    if opening.startswith(("{", "[")):
        return _read_json(text, source)
    if opening.startswith(("<!doctype", "<html", "<?xml")):
        raise ArticleFormatError(
            "this is an HTML/XML page, not an article: copy the article text into a plain "
            "text file (or JSON) and add that"
        )
    return _read_text(text, source)


def _decode(raw: bytes) -> str:
    """Bytes -> text with `\\n` line ends, refusing what is not a UTF-8 article."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleFormatError(
            f"the article is {len(raw):,} bytes; the limit is {MAX_ARTICLE_BYTES:,} bytes "
            "(2 MB): split it into smaller files"
        )
    if not raw:
        raise ArticleFormatError("the file is empty: give a text or JSON article")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleFormatError("the file is UTF-16: save it as UTF-8 and try again")
    for magic, kind in _KNOWN_BINARIES:
        if raw.startswith(magic):
            raise ArticleFormatError(
                f"this is a {kind} file, not an article: save the article text as UTF-8 "
                "plain text or JSON"
            )
    if b"\x00" in raw:
        raise ArticleFormatError(
            "this looks like a binary file (it contains NUL bytes): give a UTF-8 text "
            "or JSON article"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        offset = error.start + (3 if raw.startswith(b"\xef\xbb\xbf") else 0)
        line = raw.count(b"\n", 0, offset) + 1
        raise ArticleFormatError(
            f"the file is not valid UTF-8: byte 0x{raw[offset]:02x} at offset {offset} "
            f"(line {line}); save it as UTF-8 and try again"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleFormatError("the file contains only white space: give an article")
    controls = len(text) - len(_CONTROL_CHARS.sub("", text))
    if controls > _BINARY_SHARE * len(text):
        raise ArticleFormatError(
            "this looks like a binary file (mostly control characters, not text): give a "
            "UTF-8 text or JSON article"
        )
    # A few stray control characters (pasted from a PDF or a terminal) become spaces.
    return _CONTROL_CHARS.sub(" ", text) if controls else text


def _date_from_parts(parts: tuple[str, ...], what: str) -> dt.date:
    """A calendar date, or ArticleFormatError naming the impossible one."""
    year, month, day = parts[:3]
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise ArticleFormatError(
            f"the {what} {year}-{month}-{day} is not a real date: write it as YYYY-MM-DD"
        ) from None


def _normalise(block: str) -> str:
    """Join hard-wrapped lines and collapse white space runs to one space."""
    return " ".join(block.split())


def _blocks(text: str) -> list[str]:
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
            blocks.extend(lines)
        else:
            blocks.append(block)
    return blocks


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
        if index == 0 and _looks_like_title(line, followed_by_more=True):
            continue
        return False
    return True


def _looks_like_title(block: str, followed_by_more: bool) -> bool:
    """A title: one short line without final sentence punctuation, more blocks after."""
    line = block.strip()
    if not followed_by_more or "\n" in line or not line:
        return False
    if len(line) > _TITLE_MAX_CHARS or len(line.split()) > _TITLE_MAX_WORDS:
        return False
    core = line.rstrip(_CLOSERS)
    return (
        bool(core)
        and core[-1] not in _SENTENCE_END + ",;:"
        and not _is_byline(line)
        and split_credit(line) is None
    )


def _is_markdown_title(block: str) -> bool:
    """A one-line "# Title" block."""
    line = block.strip()
    return "\n" not in line and line.lstrip("#").startswith(" ") and 1 <= line.find(" ") <= 3


def _split_captions(blocks: list[str]) -> tuple[tuple[Caption, ...], tuple[str, ...]]:
    """Separate photo captions from body paragraphs (both normalised)."""
    captions: list[Caption] = []
    paragraphs: list[str] = []
    previous_was_body = False
    for block in blocks:
        paragraph = _normalise(block)
        if not paragraph:
            continue
        found = split_credit(paragraph)
        if found is None:
            paragraphs.append(paragraph)
            previous_was_body = True
            continue
        caption_text, credit = found
        if caption_text == credit and previous_was_body:
            # A credit on its own after a blank line belongs to the caption before it.
            caption_text = f"{paragraphs.pop()} {credit}"
        previous_was_body = False
        day, place = caption_date_place(caption_text)
        captions.append(Caption(text=caption_text, credit=credit, date=day, place=place))
    return tuple(captions), tuple(paragraphs)


def _require_body(paragraphs: tuple[str, ...]) -> None:
    """Refuse an article whose body is empty (captions alone do not count)."""
    if not paragraphs:
        raise ArticleFormatError(
            "the article has no body paragraphs: put the text after the header, with a "
            "blank line between paragraphs"
        )
    if not any(ch.isalnum() for paragraph in paragraphs for ch in paragraph):
        raise ArticleFormatError("the article body has no text (no letters or digits)")


def _is_byline(line: str) -> bool:
    """Whether a short line is a byline ("By Jane Doe", "By JANE DOE, Reuters")."""
    return len(line) <= _BYLINE_MAX and _BYLINE.match(line.strip()) is not None


def _headline_for(paragraphs: tuple[str, ...]) -> str:
    """A headline written from the lead (skipping a byline), else the lead's first words."""
    for paragraph in paragraphs[:3]:
        if not _is_byline(paragraph):
            headline = write_headline(paragraph)
            if headline:
                return headline
    return paragraphs[0][:100].rstrip()


def _read_text(text: str, source: str) -> Article:
    """Read the wire-text and plain-text formats."""
    published: dt.date | None = None
    header_alone = True
    stripped = text.lstrip()
    header = _HEADER.match(stripped)
    if header is not None:
        published = _date_from_parts(header.groups(), what="date header")
        rest = stripped[header.end() :]
        first_line = rest.split("\n", 1)[0]
        header_alone = not first_line.strip()
        text = rest
    blocks = _blocks(text)
    title = ""
    if header_alone and len(blocks) > 1 and _is_markdown_title(blocks[0]):
        title = _normalise(blocks[0].lstrip().lstrip("#"))
        blocks = blocks[1:]
    elif header_alone and blocks and _looks_like_title(blocks[0], len(blocks) > 1):
        title = _normalise(blocks[0])
        blocks = blocks[1:]
    captions, paragraphs = _split_captions(blocks)
    _require_body(paragraphs)
    return Article(
        source=source,
        published=published,
        title=title or _headline_for(paragraphs),
        title_given=bool(title),
        captions=captions,
        paragraphs=paragraphs,
    )


def _optional_str(data: dict[str, Any], key: str) -> str | None:
    """A string field of the JSON object, None when absent, null or blank."""
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ArticleFormatError(
            f'the JSON field "{key}" must be a string, not {_json_type(value)}'
        )
    return _clean_json_text(value).strip() or None


def _clean_json_text(value: str) -> str:
    """JSON escapes can smuggle in what UTF-8 text cannot hold: lone surrogates
    become U+FFFD and control characters a space."""
    if _JSON_UNSAFE.search(value) is None:
        return value
    return _CONTROL_CHARS.sub(" ", _SURROGATES.sub("\ufffd", value))


def _json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for messages."""
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


def _published(value: str | None) -> dt.date | None:
    """The JSON "published" field: YYYY-MM-DD or an ISO date-time."""
    if value is None:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if match:
        return _date_from_parts(match.groups(), what='"published" date')
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        raise ArticleFormatError(
            f'the JSON field "published" ({value[:40]!r}) is not a date: use YYYY-MM-DD '
            "or an ISO date-time"
        ) from None


def _json_blocks(data: dict[str, Any]) -> list[str]:
    """The body blocks of a JSON article, from "paragraphs" or "body"."""
    if "paragraphs" in data and data["paragraphs"] is not None:
        items = data["paragraphs"]
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            raise ArticleFormatError(
                'the JSON field "paragraphs" must be a list of strings '
                f"(got {_json_type(items)} or a list with other things in it)"
            )
        return [_clean_json_text(item) for item in items if item.strip()]
    if "body" in data and data["body"] is not None:
        body = data["body"]
        if not isinstance(body, str):
            raise ArticleFormatError(
                f'the JSON field "body" must be a string, not {_json_type(body)}'
            )
        return _blocks(_clean_json_text(body.replace("\r\n", "\n").replace("\r", "\n")))
    raise ArticleFormatError(
        'the JSON article has no body: add "body" (text, paragraphs separated by blank '
        'lines) or "paragraphs" (a list of strings)'
    )


def _read_json(text: str, source: str) -> Article:
    """Read the JSON format."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ArticleFormatError(
            f"the file is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:
        raise ArticleFormatError("the JSON is nested too deeply to be an article") from None
    except ValueError as error:  # e.g. a number with more digits than Python converts
        raise ArticleFormatError(f"the file is not valid JSON: {error}"[:200]) from None
    if not isinstance(data, dict):
        raise ArticleFormatError(
            f"the JSON must be an object with a body, not {_json_type(data)}: "
            '{"title": ..., "published": "YYYY-MM-DD", "body": ...}'
        )
    title = _optional_str(data, "title")
    published = _published(_optional_str(data, "published"))
    url = _optional_str(data, "url")
    outlet = _optional_str(data, "source")
    captions, paragraphs = _split_captions(_json_blocks(data))
    _require_body(paragraphs)
    title_text = _normalise(title) if title else ""
    return Article(
        source=source,
        published=published,
        title=title_text or _headline_for(paragraphs),
        title_given=bool(title_text),
        captions=captions,
        paragraphs=paragraphs,
        url=url,
        outlet=outlet,
    )
