"""All of newsbot's SQL lives in this package: schema migrations and typed queries.

`Storage` is the one object the rest of the bot uses. It owns one long-lived
aiosqlite connection (WAL, foreign keys on) and returns frozen dataclasses
from bot.records, never rows.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import aiosqlite

from bot.errors import StorageError
from bot.storage.base import family_key, fts_query, has_words, name_key
from bot.storage.daily import DailyQueries
from bot.storage.people_reads import PeopleReads
from bot.storage.reads import ArticleReads
from bot.storage.schema import SCHEMA_VERSION, migrate
from bot.storage.writes import ArticleWrites

__all__ = ["SCHEMA_VERSION", "Storage", "fts_query", "name_key"]


class Storage(ArticleWrites, ArticleReads, PeopleReads, DailyQueries):
    """The newsbot database. Open with `await Storage.open(path)`; `await close()` it."""

    @classmethod
    async def open(cls, path: str | Path, *, target_version: int = SCHEMA_VERSION) -> Storage:
        """Open (creating if needed) and migrate the database at `path`.

        `target_version` exists for upgrade tests: it stops at an older schema.
        """
        if str(path) != ":memory:":
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(f"cannot create the folder for {path}: {exc}") from exc
        try:
            conn = await aiosqlite.connect(str(path), isolation_level=None)
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open the database {path}: {exc}") from exc
        try:
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = NORMAL")
            # 32 MB of page cache (default 2 MB): bulk ingest writes ~10% faster.
            await conn.execute("PRAGMA cache_size = -32768")
            await conn.create_function("has_words", 2, has_words, deterministic=True)
            await conn.create_function("family_key", 1, family_key, deterministic=True)
            await migrate(conn, target=target_version)
        except sqlite3.Error as exc:
            await conn.close()
            raise StorageError(f"cannot use the database {path}: {exc}") from exc
        except BaseException:
            await conn.close()
            raise
        return cls(conn)

    async def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        await self._conn.close()

    async def schema_version(self) -> int:
        """The highest migration applied to this database."""
        row = await self._fetchone("SELECT max(version) FROM schema_migrations")
        return int(row[0]) if row and row[0] is not None else 0
