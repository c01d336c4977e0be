"""Reading article files and folders into the store: one result per file.

Bad input is rejected with a clear reason and loses nothing: a bad file is
reported and skipped, every other file is stored; each article is written in
its own transaction.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.errors import InputError
from bot.news.briefing import briefing_to_json
from bot.news.model import Article
from bot.news.pipeline import content_hash, parse_article
from bot.news.reader import MAX_ARTICLE_BYTES, ArticleFormatError
from bot.news.stories import story_terms
from bot.records import IngestOutcome
from bot.storage import Storage
from bot.storage.rows import ToSave
from bot.textfmt import counted

BATCH_SIZE = 256


@dataclass(frozen=True)
class FileResult:
    """What happened to one input: added, updated, unchanged, duplicate or rejected."""

    source: str
    status: str
    article_id: int | None = None
    detail: str = ""

    def line(self) -> str:
        """The one-line report `newsbot ingest` prints for this input."""
        if self.status == "rejected":
            return f"rejected   {self.source}: {self.detail}"
        if self.status == "duplicate":
            return f"duplicate  {self.source}: duplicate of article {self.article_id}"
        return f"{self.status:<10} {self.source} -> article {self.article_id}"


def source_name(path: Path) -> str:
    """How a file is named in the store: relative to the working folder when inside it."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileResult]]:
    """Expand files and folders (recursively, hidden entries skipped), sorted.

    Returns the files found and a rejection for each path that does not exist
    or cannot be listed.
    """
    files: list[Path] = []
    problems: list[FileResult] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            try:
                found = sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and not any(part.startswith(".") for part in p.parts[-1:])
                )
            except OSError as exc:
                problems.append(FileResult(str(path), "rejected", detail=f"cannot list: {exc}"))
                continue
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            problems.append(FileResult(str(path), "rejected", detail="no such file or folder"))
    return files, problems


def read_limited(path: Path, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """Read a file, refusing it before reading when it is over `limit` bytes."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                f"file is {size:,} bytes, over the {limit:,}-byte limit for one article"
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise InputError(f"file is over the {limit:,}-byte limit for one article")
    return data


def parse_bytes(raw: bytes, source: str) -> Article:
    """Parse an article, turning format errors into the user-facing InputError."""
    try:
        return parse_article(raw, source)
    except ArticleFormatError as exc:
        raise InputError(str(exc)) from exc


def to_save(article: Article, raw_hash: str | None = None) -> ToSave:
    """What the store needs of a parsed article: hashes, briefing JSON, story terms."""
    briefing = json.dumps(briefing_to_json(article.briefing)) if article.briefing else "{}"
    return ToSave(article, content_hash(article), briefing, story_terms(article), raw_hash)


def _result(source: str, outcome: IngestOutcome) -> FileResult:
    if outcome.status == "failed":
        return FileResult(source, "rejected", detail=outcome.detail)
    return FileResult(source, outcome.status, outcome.article_id)


async def store_article(
    storage: Storage, article: Article, now: dt.datetime, raw_hash: str | None = None
) -> FileResult:
    """Store one parsed article and say what happened."""
    item = to_save(article, raw_hash)
    outcome = await storage.save_article(
        article,
        content_hash=item.content_hash,
        briefing_json=item.briefing_json,
        terms=item.terms,
        now=now,
        raw_hash=raw_hash,
    )
    return _result(article.source, outcome)


async def _prepare(storage: Storage, raw: bytes, source: str) -> FileResult | ToSave:
    """A parsed article ready to store, or the result that makes storing needless."""
    raw_hash = hashlib.sha256(raw).hexdigest()
    known = await storage.stored_unchanged(source, raw_hash)
    if known is not None:
        return FileResult(source, "unchanged", known)
    try:
        if len(raw) > MAX_ARTICLE_BYTES:
            raise InputError(
                f"{len(raw):,} bytes is over the {MAX_ARTICLE_BYTES:,}-byte limit for one article"
            )
        article = await asyncio.to_thread(parse_bytes, raw, source)
    except InputError as exc:
        return FileResult(source, "rejected", detail=exc.message)
    return to_save(article, raw_hash)


async def ingest_bytes(
    storage: Storage, raw: bytes, source: str, *, now: dt.datetime
) -> FileResult:
    """Parse (in a worker thread) and store one article given as bytes.

    The same bytes from the same source again are `unchanged` without a parse.
    """
    prepared = await _prepare(storage, raw, source)
    if isinstance(prepared, FileResult):
        return prepared
    return await store_article(storage, prepared.article, now, prepared.raw_hash)


async def ingest_paths(
    storage: Storage,
    paths: Iterable[str | Path],
    *,
    clock: Callable[[], dt.datetime],
    on_result: Callable[[FileResult], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> list[FileResult]:
    """Ingest files and folders; one result per file, reported in order.

    Parsed articles are stored `batch_size` at a time, in one transaction each
    (see Storage.save_articles), which is what makes bulk ingest fast.
    """
    files, problems = collect_files(paths)
    slots: list[FileResult | None] = list(problems)
    pending: list[tuple[int, ToSave]] = []
    reported = 0

    async def flush() -> None:
        nonlocal reported
        if pending:
            outcomes = await storage.save_articles([item for _, item in pending], now=clock())
            for (slot, item), outcome in zip(pending, outcomes, strict=True):
                slots[slot] = _result(item.article.source, outcome)
            pending.clear()
        while reported < len(slots) and (done := slots[reported]) is not None:
            if on_result:
                on_result(done)
            reported += 1

    for path in files:
        source = source_name(path)
        try:
            raw = await asyncio.to_thread(read_limited, path)
        except InputError as exc:
            slots.append(FileResult(source, "rejected", detail=exc.message))
            continue
        prepared = await _prepare(storage, raw, source)
        if isinstance(prepared, FileResult):
            slots.append(prepared)
        else:
            slots.append(None)
            pending.append((len(slots) - 1, prepared))
            if len(pending) >= batch_size:
                await flush()
    await flush()
    return [slot for slot in slots if slot is not None]


def summary_line(results: list[FileResult]) -> str:
    """'5 files: 3 added, 1 unchanged, 1 rejected'."""
    counts: dict[str, int] = {}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    order = ["added", "updated", "unchanged", "duplicate", "rejected"]
    parts = [f"{counts[s]} {s}" for s in order if counts.get(s)]
    return f"{counted(len(results), 'file')}: " + (", ".join(parts) if parts else "nothing to do")
