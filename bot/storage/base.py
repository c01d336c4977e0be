"""Shared pieces of the storage package: the connection holder and row helpers."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

import aiosqlite

from bot.records import ArticleSummary

SUMMARY_COLUMNS = "a.id, a.published, a.title, a.source"


def fts_query(text: str) -> str | None:
    """Turn free text into a safe FTS5 query: every word a quoted prefix term.

    FTS5 syntax (quotes, `*`, `NEAR(`, `-`, column filters) is searched as plain
    words, so no user input can make the query raise.
    """
    words = re.findall(r"\w+", text.lower())[:12]
    if not words:
        return None
    # Only the last word is a prefix (as one types it): prefix terms cost twice as much.
    return " ".join(f'"{word}"' for word in words[:-1]) + f' "{words[-1]}"*'


_WORD = re.compile(r"\w+")


def _fold(text: str) -> str:
    """Lower case without diacritics, as the FTS5 tokenizer sees text."""
    lower = text.lower()
    if lower.isascii():
        return lower
    decomposed = unicodedata.normalize("NFKD", lower)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=256)
def _query_words(query: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(_fold(query))[:12])


def has_words(text: str | None, query: str | None) -> bool:
    """SQL function: does `text` hold the words of `query` the way fts_query asks?

    Every word but the last must be a word of the text; the last may be the
    start of one. Called once per candidate row, so it rejects cheaply first.
    """
    wanted = _query_words(query or "")
    if not wanted or not text:
        return False
    folded = _fold(text)
    if any(w not in folded for w in wanted):
        return False
    words = set(_WORD.findall(folded))
    *whole, last = wanted
    return all(w in words for w in whole) and any(w.startswith(last) for w in words)


def excerpt(text: str, query: str, width: int = 160) -> str:
    """A piece of `text` around the first query word, query words in **bold**."""
    words = [w for w in re.findall(r"\w+", query.lower()) if w]
    if not words:
        return text[:width]
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\w*", re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, (first.start() if first else 0) - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    piece = text[start : start + width]
    piece = pattern.sub(lambda m: f"**{m.group(0)}**", piece)
    return (
        ("… " if start else "")
        + piece.replace("\n", " ")
        + (" …" if start + width < len(text) else "")
    )


def name_key(name: str) -> str:
    """Case-, hyphen- and space-insensitive key of a name or alias."""
    folded = name.casefold().strip()
    for suffix in ("'s", "’s"):
        folded = folded.removesuffix(suffix)
    return re.sub(r"[\W_]+", "", folded)


def family_key(name: str | None) -> str:
    """`name_key` of the last word of a name of two words or more ("Nancy Pelosi":
    "pelosi"), else ""."""
    words = (name or "").split()
    return name_key(words[-1]) if len(words) >= 2 else ""


def iso_date(value: str | None) -> dt.date | None:
    """Parse a stored YYYY-MM-DD (or NULL)."""
    return dt.date.fromisoformat(value) if value else None


def iso_datetime(value: str) -> dt.datetime:
    """Parse a stored ISO 8601 timestamp as an aware UTC datetime."""
    parsed = dt.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def utc_iso(moment: dt.datetime) -> str:
    """Format an aware datetime for storage (UTC, ISO 8601)."""
    return moment.astimezone(dt.UTC).isoformat()


def summary_from(row: Sequence[Any], offset: int = 0) -> ArticleSummary:
    """Build an ArticleSummary from SUMMARY_COLUMNS starting at `offset`."""
    return ArticleSummary(
        id=row[offset],
        published=iso_date(row[offset + 1]),
        title=row[offset + 2],
        source=row[offset + 3],
    )


class StorageBase:
    """Holds the connection; the query mixins build on it."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    # execute_fetchall is one hop to the database thread; a cursor would take three.
    async def _fetchall(self, sql: str, params: dict[str, Any] | None = None) -> list[Any]:
        return list(await self._conn.execute_fetchall(sql, params or {}))

    async def _fetchone(self, sql: str, params: dict[str, Any] | None = None) -> Any:
        rows = await self._fetchall(sql, params)
        return rows[0] if rows else None
