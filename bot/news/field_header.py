"""Article files that open with named fields: "Title: ...", "Date: ...", "URL: ...".

Exports and scrapers often write an article as a block of `Name: value` lines,
then the body. The block counts only when every line of it is a field named
here, and it gives a title, or a date among two fields or more; "Update: the
vote is off" or "Note: ..." open no such block, and a body line ends it.
"""

from __future__ import annotations

import re

# Field name (lower case, single spaces) -> what it gives; None: read and left out.
_FIELDS: dict[str, str | None] = {
    "title": "title",
    "headline": "title",
    "date": "date",
    "published": "date",
    "publication date": "date",
    "date published": "date",
    "pubdate": "date",
    "url": "url",
    "link": "url",
    "source": "source",
    "publisher": "source",
    "outlet": "source",
    "author": None,
    "authors": None,
    "byline": None,
    "by": None,
    "section": None,
    "category": None,
    "tags": None,
    "keywords": None,
    "language": None,
    "lang": None,
    "id": None,
    "updated": None,
    "modified": None,
}
_FIELD_LINE = re.compile(
    r"[ \t]*(?P<name>[A-Za-z][A-Za-z _-]{0,20}?)[ \t]*:[ \t]*(?P<value>[^\n]*)(?:\n|\Z)"
)
_MAX_FIELDS = 16


def split_fields(text: str) -> tuple[dict[str, str], str] | None:
    """The fields at the top of `text` ("title", "date", "url", "source": the first
    value of each) and the text after them; None when it opens with no such block."""
    found: dict[str, str] = {}
    rest = text.lstrip()
    lines = 0
    while lines < _MAX_FIELDS and (line := _FIELD_LINE.match(rest)) is not None:
        name = " ".join(line.group("name").lower().replace("_", " ").replace("-", " ").split())
        if name not in _FIELDS:
            break
        gives, value = _FIELDS[name], line.group("value").strip()
        if gives is not None and value:
            found.setdefault(gives, value)
        rest = rest[line.end() :]
        lines += 1
    # A lone "Published: ..." or "Date: ..." line is a stamp, read with the lines
    # after it as `reader` reads stamps.
    if "title" not in found and ("date" not in found or lines < 2):
        return None
    return found, rest
