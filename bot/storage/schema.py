"""Numbered schema migrations (bot/storage/migrations/NNNN_name.sql), recorded in the database."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from importlib import resources

import aiosqlite

from bot.errors import StorageError


def load_migrations() -> list[tuple[int, str, str]]:
    """All migrations shipped with this version: (number, name, SQL script), in order."""
    folder = resources.files("bot.storage") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text("utf-8")))
    return sorted(found)


MIGRATIONS = load_migrations()
SCHEMA_VERSION = MIGRATIONS[-1][0]


def split_statements(script: str) -> list[str]:
    """Split an SQL script into statements (trigger bodies stay whole)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip().strip(";").strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement at the end of a migration: {buffer[:60]!r}")
    return statements


async def migrate(conn: aiosqlite.Connection, *, target: int = SCHEMA_VERSION) -> int:
    """Apply every migration up to `target` not yet recorded; return the version reached.

    Each migration runs in its own transaction together with its record, so a
    failure leaves the database at the previous version.
    """
    await conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    async with conn.execute("SELECT version FROM schema_migrations") as cursor:
        applied = {int(row[0]) for row in await cursor.fetchall()}
    if applied and max(applied) > SCHEMA_VERSION:
        raise StorageError(
            f"the database is at schema version {max(applied)}, newer than this newsbot "
            f"knows ({SCHEMA_VERSION}): upgrade newsbot or use another database"
        )
    for version, name, script in MIGRATIONS:
        if version in applied or version > target:
            continue
        statements = split_statements(script)
        await conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                await conn.execute(statement)
            await conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at)"
                " VALUES (:version, :name, :now)",
                {"version": version, "name": name, "now": dt.datetime.now(dt.UTC).isoformat()},
            )
            await conn.execute("COMMIT")
        except BaseException:
            await conn.execute("ROLLBACK")
            raise
        applied.add(version)
    return max(applied, default=0)
