"""Reading people back: lookups by name, alias or family name, cards and counts."""

from __future__ import annotations

from bot.records import ArticleSummary, PersonRecord
from bot.storage.base import SUMMARY_COLUMNS, StorageBase, name_key, summary_from


class PeopleReads(StorageBase):
    """Queries over people, their aliases, titles and articles."""

    async def find_people(self, name: str, *, limit: int = 10) -> list[PersonRecord]:
        """People one of whose aliases (or names) matches `name`, exactly by key."""
        rows = await self._fetchall(
            "SELECT DISTINCT person_id FROM person_aliases WHERE key = :key LIMIT :limit",
            {"key": name_key(name), "limit": limit},
        )
        people = [await self.person(int(r[0])) for r in rows]
        return [p for p in people if p is not None]

    async def person(self, person_id: int) -> PersonRecord | None:
        """One person with titles and aliases, or None."""
        params = {"id": person_id}
        row = await self._fetchone("SELECT id, name FROM people WHERE id = :id", params)
        if row is None:
            return None
        titles = await self._fetchall(
            "SELECT DISTINCT title FROM (SELECT title FROM article_people"
            " WHERE person_id = :id AND title IS NOT NULL"
            " ORDER BY published DESC, article_id DESC LIMIT 200) LIMIT 10",
            params,
        )
        aliases = await self._fetchall(
            "SELECT alias FROM person_aliases WHERE person_id = :id ORDER BY alias LIMIT 25",
            params,
        )
        return PersonRecord(
            id=int(row[0]),
            name=row[1],
            titles=tuple(t[0] for t in titles),
            aliases=tuple(a[0] for a in aliases if a[0] != row[1]),
        )

    async def person_names(self, prefix: str, *, limit: int = 25) -> list[str]:
        """Canonical names whose name or an alias starts with `prefix` (autocomplete).

        Exact-name matches first, then the most quoted; nothing typed yet gives
        the most quoted people.
        """
        key = name_key(prefix)
        if not key:
            rows = await self._fetchall(
                "SELECT name FROM people ORDER BY quotes DESC, name LIMIT :limit", {"limit": limit}
            )
            return [r[0] for r in rows]
        # Aliases and family names both: typing "Pel" offers Nancy Pelosi.
        rows = await self._fetchall(
            "SELECT p.name, max(p.name LIKE :like) AS direct, p.quotes FROM ("
            " SELECT person_id FROM person_aliases"
            " WHERE key >= :key AND key < :key || char(1114111)"
            " UNION SELECT person_id FROM person_families"
            " WHERE key >= :key AND key < :key || char(1114111)"
            ") found JOIN people p ON p.id = found.person_id"
            " GROUP BY p.id ORDER BY direct DESC, p.quotes DESC, p.name LIMIT :limit",
            {"key": key, "like": f"{prefix}%", "limit": limit},
        )
        return [r[0] for r in rows]

    async def names_near(self, name: str, *, limit: int = 200) -> list[str]:
        """Candidate names for 'did you mean': names and aliases sharing a first letter."""
        key = name_key(name)
        if not key:
            return []
        rows = await self._fetchall(
            "SELECT DISTINCT p.name FROM person_aliases pa JOIN people p ON p.id = pa.person_id"
            " WHERE pa.key >= :first AND pa.key < :first || char(1114111) LIMIT :limit",
            {"first": key[0], "limit": limit},
        )
        return [r[0] for r in rows]

    async def person_articles(self, person_id: int, *, limit: int = 10) -> list[ArticleSummary]:
        """The newest articles a person appears in."""
        rows = await self._fetchall(
            f"SELECT {SUMMARY_COLUMNS} FROM article_people ap JOIN articles a"
            " ON a.id = ap.article_id WHERE ap.person_id = :id"
            " ORDER BY ap.published DESC, ap.article_id DESC LIMIT :limit",
            {"id": person_id, "limit": limit},
        )
        return [summary_from(r) for r in rows]

    async def article_people(self, article_id: int) -> list[tuple[str, str | None]]:
        """(name, title in that article) of the people an article names, in order."""
        rows = await self._fetchall(
            "SELECT p.name, ap.title FROM article_people ap JOIN people p ON p.id = ap.person_id"
            " WHERE ap.article_id = :id ORDER BY ap.rowid",
            {"id": article_id},
        )
        return [(r[0], r[1]) for r in rows]

    async def person_stats(self, person_id: int) -> tuple[int, int]:
        """(number of articles, number of quotes) of a person."""
        params = {"id": person_id}
        articles = await self._fetchone(
            "SELECT count(*) FROM article_people WHERE person_id = :id", params
        )
        quotes = await self._fetchone("SELECT count(*) FROM quotes WHERE person_id = :id", params)
        return int(articles[0]), int(quotes[0])
