"""Storage: migrations, idempotent and atomic ingest, search, people, daily settings."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.errors import StorageError
from bot.news.model import Article, Caption, Event, Person, Quote, Span
from bot.storage import SCHEMA_VERSION, Storage

NOW = dt.datetime(2018, 5, 31, 12, 0, tzinfo=dt.UTC)


def make_article(source: str = "a.txt", body: str = "Pompeo met Kim in New York.") -> Article:
    """A small, fully parsed article built by hand."""
    return Article(
        source=source,
        published=dt.date(2018, 5, 31),
        title="Pompeo meets Kim",
        title_given=True,
        captions=(Caption("Pompeo in New York. EPA/JOHN DOE", "EPA/JOHN DOE"),),
        paragraphs=(body, '"We made progress," Pompeo said.'),
        people=(
            Person("Mike Pompeo", "US Secretary of State", ("Pompeo",)),
            Person("Kim Yong Chol", "North Korean official", ("Kim",)),
        ),
        quotes=(Quote("Mike Pompeo", "We made progress,", "full", Span("body", 1, 1, 18)),),
        events=(
            Event(
                dt.date(2018, 5, 30),
                None,
                "day",
                "Wednesday",
                "Pompeo met Kim in New York",
                Span("body", 0, 0, 9),
                people=("Mike Pompeo", "Kim Yong Chol"),
            ),
        ),
    )


async def save(storage: Storage, article: Article, digest: str = "h1") -> str:
    outcome = await storage.save_article(
        article, content_hash=digest, briefing_json="{}", terms=("pompeo",), now=NOW
    )
    return outcome.status


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[Storage]:
    store = await Storage.open(tmp_path / "news.sqlite3")
    yield store
    await store.close()


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        names = ["articles", "captions", "paragraphs", "people", "quotes", "events", "briefings"]
        return {n: conn.execute(f"SELECT count(*) FROM {n}").fetchone()[0] for n in names}


async def test_new_database_gets_every_migration(storage: Storage) -> None:
    assert await storage.schema_version() == SCHEMA_VERSION
    assert await storage.article_count() == 0


async def test_older_database_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = await Storage.open(path, target_version=1)
    assert await old.schema_version() == 1
    await old.close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO articles (source, content_hash, published, ingested_at, title,"
            " title_given, body_chars) VALUES ('old.txt', 'x', '2018-01-01', '2018-01-01T00:00',"
            " 'Kept', 1, 0)"
        )
    middle = await Storage.open(path, target_version=7)  # before 0008_family_names
    await middle.close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO people (key, name) VALUES ('annkept', 'Ann Kept')")
    upgraded = await Storage.open(path)
    try:
        assert await upgraded.schema_version() == SCHEMA_VERSION
        record = await upgraded.get_article(1)
        assert record is not None and record.summary.title == "Kept"
        # People stored before the family-name table are found by family name.
        assert await upgraded.person_names("Kept") == ["Ann Kept"]
    finally:
        await upgraded.close()
    with sqlite3.connect(path) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
    assert versions == list(range(1, SCHEMA_VERSION + 1))


async def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    store = await Storage.open(path)
    await store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'now')")
    with pytest.raises(StorageError, match="newer"):
        await Storage.open(path)


async def test_ingest_is_idempotent(storage: Storage) -> None:
    article = make_article()
    assert await save(storage, article) == "added"
    assert await save(storage, article) == "unchanged"
    changed = replace(article, paragraphs=("Changed text.", *article.paragraphs[1:]))
    outcome = await storage.save_article(
        changed, content_hash="h2", briefing_json="{}", terms=(), now=NOW
    )
    assert (outcome.status, outcome.article_id) == ("updated", 1)
    record = await storage.get_article(1)
    assert record is not None and record.paragraphs[0] == "Changed text."
    twin = replace(changed, source="b.txt")
    outcome = await storage.save_article(
        twin, content_hash="h2", briefing_json="{}", terms=(), now=NOW
    )
    assert (outcome.status, outcome.duplicate_of) == ("duplicate", 1)
    assert await storage.article_count() == 1


async def test_failed_write_leaves_no_partial_rows(tmp_path: Path) -> None:
    path = tmp_path / "news.sqlite3"
    store = await Storage.open(path)
    try:
        await save(store, make_article("good.txt"))
        before = table_counts(path)
        broken_quote = Quote("Mike Pompeo", "x", "bogus", Span("body", 0, 0, 1))  # type: ignore[arg-type]
        bad = replace(make_article("bad.txt", "Other text."), quotes=(broken_quote,))
        with pytest.raises(sqlite3.IntegrityError):
            await save(store, bad, "h-bad")
        assert table_counts(path) == before
        # A failed update keeps the old version whole.
        bad_update = replace(make_article("good.txt", "New text."), quotes=(broken_quote,))
        with pytest.raises(sqlite3.IntegrityError):
            await save(store, bad_update, "h-new")
        assert table_counts(path) == before
        record = await store.get_article(1)
        assert record is not None and record.paragraphs[0] == "Pompeo met Kim in New York."
        assert [h.article.id for h in await store.search("Pompeo")] == [1]
    finally:
        await store.close()


@pytest.mark.parametrize(
    "query", ['"', "*", "NEAR(", "-", "'", 'pompeo" OR', "title:kim", "AND", "(((", "^"]
)
async def test_search_never_raises_on_fts_syntax(storage: Storage, query: str) -> None:
    await save(storage, make_article())
    assert isinstance(await storage.search(query), list)


async def test_search_ranks_and_snippets(storage: Storage) -> None:
    await save(storage, make_article())
    await save(storage, make_article("other.txt", "Markets fell in Tokyo."), "h9")
    hits = await storage.search("tokyo markets")
    assert [h.article.source for h in hits] == ["other.txt"]
    assert "**" in hits[0].snippet


async def test_same_person_merges_across_articles(storage: Storage) -> None:
    await save(storage, make_article())
    second = replace(
        make_article("b.txt", "Pompeo flew home."),
        people=(Person("Mike Pompeo", "Secretary of State", ("the Secretary of State",)),),
    )
    await save(storage, second, "h2")
    people = await storage.find_people("the secretary of state")
    assert [p.name for p in people] == ["Mike Pompeo"]
    assert {"Pompeo", "the Secretary of State"} <= set(people[0].aliases)
    assert await storage.person_stats(people[0].id) == (2, 2)
    assert await storage.person_names("pom") == ["Mike Pompeo"]


async def test_people_sharing_a_last_name_stay_apart(storage: Storage) -> None:
    article = replace(
        make_article(),
        people=(Person("Kim Jong Un", None, ("Kim",)), Person("Kim Yong Chol", None, ("Kim",))),
        quotes=(),
        events=(),
    )
    await save(storage, article)
    assert sorted(p.name for p in await storage.find_people("Kim")) == [
        "Kim Jong Un",
        "Kim Yong Chol",
    ]
    assert [p.name for p in await storage.find_people("kim yong-chol")] == ["Kim Yong Chol"]


async def test_a_family_name_finds_people_only_ever_named_in_full(storage: Storage) -> None:
    article = replace(
        make_article(),
        people=(Person("Nancy Pelosi", None, ()), Person("Ana Lee_Smith", None, ())),
        quotes=(),
        events=(),
    )
    await save(storage, article)
    assert await storage.find_people("Pelosi") == []
    assert await storage.person_names("pelosi") == ["Nancy Pelosi"]
    assert await storage.person_names("Pel") == ["Nancy Pelosi"]
    assert await storage.person_names("Lee_Smith") == ["Ana Lee_Smith"]
    assert await storage.person_names("smith") == []  # a family name is one word, whole


async def test_quotes_and_events_filters(storage: Storage) -> None:
    await save(storage, make_article())
    [pompeo] = await storage.find_people("Pompeo")
    quotes = await storage.quotes(person_ids=[pompeo.id])
    assert [q.text for q in quotes] == ["We made progress,"]
    assert quotes[0].context[quotes[0].start : quotes[0].end] == "We made progress,"
    assert await storage.quotes(about="nothing-like-this") == []
    events = await storage.events(person_ids=[pompeo.id], start=dt.date(2018, 5, 1))
    assert [e.date for e in events] == [dt.date(2018, 5, 30)]
    assert events[0].people == ("Mike Pompeo", "Kim Yong Chol")
    assert await storage.events(end=dt.date(2018, 5, 1)) == []


async def test_daily_post_is_claimed_once_per_day(storage: Storage) -> None:
    await storage.set_daily(1, channel_id=2, post_time=dt.time(8, 0), timezone="Europe/Paris")
    day = dt.date(2018, 6, 1)
    assert await storage.claim_daily_post(1, day, NOW) is True
    assert await storage.claim_daily_post(1, day, NOW) is False
    assert await storage.claim_daily_post(1, day + dt.timedelta(days=1), NOW) is True
    await storage.pause_daily(1, "channel deleted")
    setting = await storage.get_daily(1)
    assert setting is not None and setting.paused_reason == "channel deleted"
    assert await storage.claim_daily_post(1, day + dt.timedelta(days=2), NOW) is False
    await storage.set_daily(1, channel_id=3, post_time=dt.time(9, 0), timezone="UTC")
    setting = await storage.get_daily(1)
    assert setting is not None and setting.paused_reason is None
    assert setting.last_post_date == day + dt.timedelta(days=1)
    assert await storage.delete_daily(1) is True
    assert await storage.get_daily(1) is None


async def test_same_bytes_again_are_unchanged_without_a_parse(
    storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot import ingest

    raw = b"date 2019-03-04\n\nMarkets rally\n\nShares rose on Monday in Tokyo.\n"
    first = await ingest.ingest_bytes(storage, raw, "m.txt", now=NOW)
    assert first.status == "added"

    def no_parse(raw: bytes, source: str) -> Article:
        raise AssertionError("parsed again")

    monkeypatch.setattr(ingest, "parse_bytes", no_parse)
    again = await ingest.ingest_bytes(storage, raw, "m.txt", now=NOW)
    assert (again.status, again.article_id) == ("unchanged", first.article_id)
    with pytest.raises(AssertionError, match="parsed again"):
        await ingest.ingest_bytes(storage, raw + b"More.\n", "m.txt", now=NOW)


async def test_a_batch_with_a_bad_article_stores_the_others(tmp_path: Path) -> None:
    from bot.storage.rows import ToSave

    path = tmp_path / "news.sqlite3"
    store = await Storage.open(path)
    try:
        broken = Quote("Mike Pompeo", "x", "bogus", Span("body", 0, 0, 1))  # type: ignore[arg-type]
        items = [
            ToSave(make_article("one.txt", "First."), "h1", "{}", ()),
            ToSave(replace(make_article("bad.txt", "Bad."), quotes=(broken,)), "hb", "{}", ()),
            ToSave(make_article("two.txt", "Second."), "h2", "{}", ()),
            ToSave(make_article("copy.txt", "First."), "h1", "{}", ()),
            ToSave(make_article("one.txt", "First, changed."), "h3", "{}", ()),
        ]
        outcomes = await store.save_articles(items, now=NOW)
        assert [o.status for o in outcomes] == ["added", "failed", "added", "duplicate", "updated"]
        assert outcomes[3].duplicate_of == outcomes[0].article_id
        assert outcomes[4].article_id == outcomes[0].article_id
        assert "could not store" in outcomes[1].detail
        assert table_counts(path)["articles"] == 2
        assert [h.article.source for h in await store.search("changed")] == ["one.txt"]
    finally:
        await store.close()


async def test_quote_counts_follow_updates_and_rank_autocomplete(
    tmp_path: Path, storage: Storage
) -> None:
    await save(storage, make_article())
    two = replace(
        make_article("b.txt", "Kim spoke."),
        quotes=(
            Quote("Kim Yong Chol", "Yes,", "full", Span("body", 1, 1, 5)),
            Quote("Kim Yong Chol", "No,", "full", Span("body", 1, 1, 4)),
        ),
    )
    await save(storage, two, "h2")
    assert await storage.person_names("") == ["Kim Yong Chol", "Mike Pompeo"]
    # Updating b.txt without quotes takes Kim's two quotes away again.
    outcome = await storage.save_article(
        replace(two, quotes=()), content_hash="h3", briefing_json="{}", terms=(), now=NOW
    )
    assert outcome.status == "updated"
    assert await storage.person_names("") == ["Mike Pompeo", "Kim Yong Chol"]
    [kim] = await storage.find_people("Kim Yong Chol")
    assert await storage.person_stats(kim.id) == (2, 0)


async def test_about_finds_the_quotes_that_say_it_and_events_by_captions(
    storage: Storage,
) -> None:
    article = replace(
        make_article("c.txt", "Talks went on."),
        paragraphs=("Talks went on.", '"We made progress," Pompeo said. "Café is open," he said.'),
        quotes=(
            Quote("Mike Pompeo", "We made progress,", "full", Span("body", 1, 1, 18)),
            Quote("Mike Pompeo", "Café is open,", "full", Span("body", 1, 35, 48)),
        ),
    )
    await save(storage, article)
    assert [q.text for q in await storage.quotes(about="progress")] == ["We made progress,"]
    assert [q.text for q in await storage.quotes(about="cafe op")] == ["Café is open,"]
    assert [q.text for q in await storage.quotes(about="pompeo progress")] == ["We made progress,"]
    assert await storage.quotes(about="progress open") == []
    # "John Doe" appears only in the photo credit of the caption.
    assert [e.text for e in await storage.events(about="doe")] == ["Pompeo met Kim in New York"]
