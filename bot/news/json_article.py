"""The JSON article format: an object with a title, a date and a body.

`{"title": ..., "published": "YYYY-MM-DD", "body": ...}` (or "paragraphs", a list
of strings), with optional "url" and "source". The schema.org NewsArticle names
that scraped articles come with are read too: "headline", "datePublished",
"articleBody". HTML in the fields is read as text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, NamedTuple

from bot.news.format_errors import ArticleFormatError
from bot.news.html_text import html_to_text
from bot.news.publication_dates import published_date
from bot.news.text_blocks import normalise_whitespace, split_blocks

_SURROGATES = re.compile("[\ud800-\udfff]")
_JSON_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Each field's names, the first present one counting: ours, then schema.org's.
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("published", "datePublished")
_BODY_KEYS = ("body", "articleBody")


class JsonFields(NamedTuple):
    """What a JSON article gives: date, title, body blocks, url and outlet."""

    published: dt.date | None
    title: str
    blocks: list[str]
    url: str | None
    outlet: str | None


def read_json_fields(text: str) -> JsonFields:
    """The fields of a JSON article; ArticleFormatError when it is not one."""
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
    title = _optional_str(data, _present(data, _TITLE_KEYS))
    published = published_date(_optional_str(data, _present(data, _DATE_KEYS)))
    return JsonFields(
        published,
        normalise_whitespace(title) if title else "",
        _json_blocks(data),
        _optional_str(data, "url"),
        _optional_str(data, "source"),
    )


def _present(data: dict[str, Any], keys: tuple[str, ...]) -> str:
    """The first of `keys` the object has a value for (else the first key)."""
    return next((key for key in keys if data.get(key) is not None), keys[0])


def _optional_str(data: dict[str, Any], key: str) -> str | None:
    """A string field of the JSON object, None when absent, null or blank."""
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ArticleFormatError(
            f'the JSON field "{key}" must be a string, not {_json_type(value)}'
        )
    return html_to_text(_clean_json_text(value)).strip() or None


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


def _json_blocks(data: dict[str, Any]) -> list[str]:
    """The body blocks of a JSON article, from "paragraphs" or "body" ("articleBody")."""
    if "paragraphs" in data and data["paragraphs"] is not None:
        items = data["paragraphs"]
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            raise ArticleFormatError(
                'the JSON field "paragraphs" must be a list of strings '
                f"(got {_json_type(items)} or a list with other things in it)"
            )
        return [block for item in items for block in _item_blocks(_clean_json_text(item))]
    key = _present(data, _BODY_KEYS)
    if data.get(key) is not None:
        body = data[key]
        if not isinstance(body, str):
            raise ArticleFormatError(
                f'the JSON field "{key}" must be a string, not {_json_type(body)}'
            )
        body = _clean_json_text(body.replace("\r\n", "\n").replace("\r", "\n"))
        return split_blocks(html_to_text(body))
    raise ArticleFormatError(
        'the JSON article has no body: add "body" (text, paragraphs separated by blank '
        'lines) or "paragraphs" (a list of strings)'
    )


def _item_blocks(item: str) -> list[str]:
    """The blocks of one "paragraphs" item: itself, or what its HTML holds."""
    text = html_to_text(item)
    if text is item:
        return [item] if item.strip() else []
    return split_blocks(text)
