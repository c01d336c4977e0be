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
import re

from bot.news.boilerplate import dateline_date
from bot.news.captions import separate_captions, written_date
from bot.news.field_header import split_fields
from bot.news.format_errors import ArticleFormatError as ArticleFormatError
from bot.news.headline import write_headline
from bot.news.json_article import read_json_fields
from bot.news.markdown_text import strip_markdown
from bot.news.model import Article
from bot.news.publication_dates import date_from_parts, published_date
from bot.news.text_blocks import (
    is_byline,
    is_markdown_title,
    join_lone_dateline,
    looks_like_title,
    normalise_whitespace,
    split_blocks,
    typographic_quotes,
)

MAX_ARTICLE_BYTES = 2_000_000
"""Largest article accepted, in bytes (2 MB). Callers check the file size first."""

_BINARY_SHARE = 0.05  # more control characters than this share: not text
# A `date` line written another way: only when it is a line of its own.
_LOOSE_HEADER = re.compile(r"[ \t]*date(?::[ \t]*|[ \t]+)(?P<value>[^\n]{1,40})(?:\n|\Z)", re.I)
# Other header lines a copied article may open with: "Published: 31 May 2018",
# "Updated 10:32 BST, 1 June 2018", or a bare "May 31, 2018" line.
_STAMP_LINE = re.compile(
    r"[ \t]*(?:(?:published|posted|updated|last[ \t]updated|first[ \t]published)"
    r"(?::[ \t]*|[ \t]+(?:on[ \t]+)?))?(?P<value>[^\n]{4,60})(?:\n|\Z)",
    re.I,
)
_TIME_OF_DAY = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?(?:[ \t][A-Z]{2,4})?\b,?|\bat\b|\|", re.I
)
_MAX_STAMP_LINES = 3
_DATE_LIKE = re.compile(
    r"\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d", re.IGNORECASE
)
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
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


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


def _require_body(paragraphs: tuple[str, ...]) -> None:
    """Refuse an article whose body is empty (captions alone do not count)."""
    if not paragraphs:
        raise ArticleFormatError(
            "the article has no body paragraphs: put the text after the header, with a "
            "blank line between paragraphs"
        )
    if not any(ch.isalnum() for paragraph in paragraphs for ch in paragraph):
        raise ArticleFormatError("the article body has no text (no letters or digits)")


def _headline_for(paragraphs: tuple[str, ...]) -> str:
    """A headline written from the lead (skipping a byline), else the lead's first words."""
    for paragraph in paragraphs[:3]:
        if not is_byline(paragraph):
            headline = write_headline(paragraph)
            if headline:
                return headline
    return paragraphs[0][:100].rstrip()


def _written_date_header(stripped: str, text: str) -> tuple[dt.date | None, str]:
    """A `date` line in words ("date May 31, 2018", "Date: 31 May 2018").

    Returns the date and the text after the line, or (None, text) when the
    first line is not a date header ("Date night is back in fashion").
    """
    line = _LOOSE_HEADER.match(stripped)
    if line is None:
        return None, text
    value = line.group("value").strip()
    day = written_date(value)
    if day is not None:
        return day, stripped[line.end() :]
    if _DATE_LIKE.match(value):
        raise ArticleFormatError(
            f"the date header {value!r} is not a valid date: write it as YYYY-MM-DD "
            "(for example: date 2018-05-31)"
        )
    return None, text


def _stamp_lines(text: str) -> tuple[dt.date | None, str]:
    """A publication date from lines like "Published: 31 May 2018" at the top.

    A bare date line counts too. The first date read is the publication date;
    each stamp line is removed so it is not taken for a title. Returns (None,
    text) when the text does not open with such lines.
    """
    published: dt.date | None = None
    rest = text.lstrip()
    for _ in range(_MAX_STAMP_LINES):
        line = _STAMP_LINE.match(rest)
        if line is None:
            break
        value = line.group("value").strip()
        day = written_date(value) or written_date(_TIME_OF_DAY.sub(" ", value).strip(" ,"))
        if day is None and not is_byline(value):
            break
        published = published or day
        rest = rest[line.end() :].lstrip()  # a stamp, or a byline among the stamps
    return (published, rest) if published is not None else (None, text)


def _title_over_stamp(block: str) -> tuple[dt.date | None, str]:
    """(date, title) of a first block that is a title line over stamp lines,
    else (None, "")."""
    first, _, below = block.strip().partition("\n")
    if not below.strip() or not looks_like_title(first, True):
        return None, ""
    stamp, rest = _stamp_lines(below)
    if stamp is None or rest.strip():
        return None, ""
    return stamp, normalise_whitespace(first.lstrip("#"))


def _article(
    source: str,
    published: dt.date | None,
    title: str,
    blocks: list[str],
    *,
    url: str | None = None,
    outlet: str | None = None,
) -> Article:
    """The Article shell from its body blocks: captions apart, a headline if none given."""
    if any("``" in block for block in blocks):
        blocks = [typographic_quotes(block, opened=True) for block in blocks]
        title = typographic_quotes(title, opened=True)
    captions, paragraphs = separate_captions(join_lone_dateline(blocks))
    _require_body(paragraphs)
    if published is None:
        # "LONDON, June 5, 2019 (Reuters) -": the dateline dates an undated article.
        written = dateline_date(paragraphs[0])
        published = written_date(written) if written else None
    return Article(
        source=source,
        published=published,
        title=title or _headline_for(paragraphs),
        title_given=bool(title),
        captions=captions,
        paragraphs=paragraphs,
        url=url,
        outlet=outlet,
    )


def _header_alone(header: re.Match[str]) -> bool:
    """Whether a `date` header has its line to itself."""
    return not header.string[header.end() :].split("\n", 1)[0].strip()


def _read_fields(text: str, source: str) -> Article | None:
    """An article opening with "Title: ...", "Date: ..." lines (`field_header`); None
    when it does not, or when its "Date:" is no date at all ("Date: night is back")."""
    fields = split_fields(text)
    if fields is None:
        return None
    named, rest = fields
    value = named.get("date")
    if value is not None and written_date(value) is None and not _DATE_LIKE.search(value):
        return None
    try:
        published = published_date(value, '"Date:" field')
    except ArticleFormatError:
        # "Published: 10:32 BST, 31 May 2018": a stamp with its time of day.
        published = written_date(_TIME_OF_DAY.sub(" ", value or "").strip(" ,"))
        if published is None:
            raise
    title = normalise_whitespace(named.get("title", ""))
    url, outlet = named.get("url"), named.get("source")
    return _article(source, published, title, split_blocks(rest), url=url, outlet=outlet)


def _read_text(text: str, source: str) -> Article:
    """Read the wire-text and plain-text formats."""
    published: dt.date | None = None
    header_alone = True
    text = strip_markdown(text)
    stripped = text.lstrip()
    header = _HEADER.match(stripped)
    fielded = _read_fields(stripped, source) if header is None or _header_alone(header) else None
    if fielded is not None:
        return fielded
    if header is not None:
        published = date_from_parts(header.groups(), what="date header")
        rest = stripped[header.end() :]
        first_line = rest.split("\n", 1)[0]
        header_alone = not first_line.strip()
        text = rest
        fields = split_fields(rest) if header_alone else None
        if fields is not None and "date" not in fields[0]:
            # "date 2018-05-31", then "Title: ...", "Source: ..." lines.
            named, body = fields
            title = normalise_whitespace(named.get("title", ""))
            url, outlet = named.get("url"), named.get("source")
            return _article(source, published, title, split_blocks(body), url=url, outlet=outlet)
    else:
        published, text = _written_date_header(stripped, text)
    if published is None:
        published, text = _stamp_lines(text)
    blocks = split_blocks(text)
    title = ""
    if published is None and header_alone and len(blocks) > 1:
        # "Title" with "Published: 31 May 2018" on the line right below it.
        published, title = _title_over_stamp(blocks[0])
    if title:
        blocks = blocks[1:]
    elif header_alone and len(blocks) > 1 and is_markdown_title(blocks[0]):
        title = normalise_whitespace(blocks[0].lstrip().lstrip("#"))
        blocks = blocks[1:]
    elif header_alone and blocks and looks_like_title(blocks[0], len(blocks) > 1):
        title = normalise_whitespace(blocks[0])
        blocks = blocks[1:]
    if published is None and title and len(blocks) > 1:
        # "Title", then "Published: 31 May 2018" (maybe a byline too), then the body.
        stamp, rest = _stamp_lines("\n\n".join(blocks))
        if stamp is not None:
            published, blocks = stamp, split_blocks(rest)
    return _article(source, published, title, blocks)


def _read_json(text: str, source: str) -> Article:
    """Read the JSON format."""
    fields = read_json_fields(text)
    return _article(
        source, fields.published, fields.title, fields.blocks, url=fields.url, outlet=fields.outlet
    )
