"""The service layer end to end over a real store: briefings, quotes, who, timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answer import Answer
from bot.errors import NotFoundError, UsageError
from bot.ingest import ingest_paths
from bot.render import to_embeds, to_text
from bot.service import NewsService
from bot.storage import Storage

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "2018-05-31-pompeo-kim-yong-chol.txt"
STORIES = ROOT / "tests" / "fixtures" / "stories"
NOW = dt.datetime(2024, 3, 13, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[Storage]:
    store = await Storage.open(tmp_path / "news.sqlite3")
    yield store
    await store.close()


async def service_with(storage: Storage, *paths: Path) -> NewsService:
    results = await ingest_paths(storage, paths, clock=lambda: NOW)
    assert all(r.status == "added" for r in results), results
    return NewsService(storage, clock=lambda: NOW)


async def service_of(storage: Storage, folder: Path, article_text: str) -> NewsService:
    """A service over one article written from `article_text`."""
    article = folder / "article.txt"
    article.write_text(article_text)
    return await service_with(storage, article)


def text(answer: Answer) -> str:
    to_embeds(answer)  # every answer must render within Discord's limits
    return to_text(answer)


async def test_empty_database_is_a_friendly_answer(storage: Storage) -> None:
    service = NewsService(storage, clock=lambda: NOW)
    for answer in (
        await service.briefing(),
        await service.quotes(),
        await service.timeline(),
        await service.search("anything"),
    ):
        assert "No articles yet" in text(answer)


async def test_day_briefing_groups_and_orders_stories(storage: Storage) -> None:
    service = await service_with(storage, STORIES)
    latest = await service.briefing()
    fields = [f for page in latest.pages for f in page.fields]
    assert "12 Mar 2024" in latest.title
    assert len(fields) == 2
    assert "Bank of Canada" in fields[0].name and "#6" in fields[0].value
    assert "#7" in fields[0].value
    assert "Rotterdam" in fields[1].name and "#3" in fields[1].value
    earlier = await service.briefing(date="2024-03-11")
    names = [f.name for page in earlier.pages for f in page.fields]
    assert len(names) == 2
    assert {("Rotterdam" in n) or ("Valencia" in n) for n in names} == {True}


async def test_briefing_about_narrows_and_empty_day_says_so(storage: Storage) -> None:
    service = await service_with(storage, STORIES)
    valencia = await service.briefing(date="2024-03-11", about="valencia")
    fields = [f for page in valencia.pages for f in page.fields]
    assert len(fields) == 1 and "#4" in fields[0].value and "#5" in fields[0].value
    assert valencia.footer is not None and valencia.footer.startswith("1 story from 2 articles")
    assert "No news that day" in text(await service.briefing(date="2024-03-20"))
    with pytest.raises(UsageError):
        await service.briefing(date="the day after never")


async def test_one_article_briefing_carries_the_seed_facts(storage: Storage) -> None:
    service = await service_with(storage, SEED)
    answer = text(await service.briefing(article=1))
    for fact in (
        "Kim Yong Chol",
        "New York",
        "real progress",
        "letter",
        "Washington",
        "24 May",
        "25 May",
        "12 June",
        "Singapore",
    ):
        assert fact in answer, fact
    assert "nothing short of a tragedy to let this opportunity go to waste" in answer
    assert "EPA-EFE/JUSTIN LANE" in answer
    with pytest.raises(NotFoundError):
        await service.briefing(article=42)


async def test_whats_next_gives_a_month_as_a_month(storage: Storage, tmp_path: Path) -> None:
    service = await service_of(
        storage,
        tmp_path,
        "date 2018-05-31\n\nA new plant\n\nThe carmaker said on Thursday that it would open "
        "a new plant in Ohio next month and hire 2,000 workers there by the end of 2019.\n",
    )
    answer = text(await service.briefing(article=1))
    assert "June 2018: " in answer and "1 Jun 2018" not in answer


async def test_quotes_by_a_family_name_the_article_never_used_alone(
    storage: Storage, tmp_path: Path
) -> None:
    service = await service_of(
        storage,
        tmp_path,
        "date 2019-03-14\n\n"
        '"We will keep fighting," said Rep. Nancy Pelosi, the speaker of the House.\n',
    )
    answer = await service.quotes(speaker="Pelosi")
    assert "Nancy Pelosi" in answer.title
    assert "We will keep fighting" in text(answer)
    # The start of a family name too, as autocomplete offers it.
    assert await service.speaker_names("Pel") == ["Nancy Pelosi"]
    assert "Nancy Pelosi" in (await service.quotes(speaker="Pelo")).title
    with pytest.raises(NotFoundError):
        await service.quotes(speaker="Zzyzx")


async def test_quotes_about_words_no_quote_holds_come_from_articles_that_do(
    storage: Storage, tmp_path: Path
) -> None:
    service = await service_of(
        storage,
        tmp_path,
        "date 2025-03-14\n\nThe Senate averted a government shutdown on Friday.\n\n"
        '"The alternative is worse," said Sen. Chuck Schumer.\n',
    )
    answer = text(await service.quotes(about="shutdown"))
    # The comma that led out of the quotation is not shown.
    assert "“The alternative is worse”" in answer
    assert "quotes from articles that do" in answer
    assert "quotes from articles" not in text(await service.quotes(about="worse"))
    assert "No quotes match" in text(await service.quotes(about="zebra"))


async def test_quotes_by_alias_full_first_and_fragments_in_their_sentence(
    storage: Storage,
) -> None:
    service = await service_with(storage, SEED)
    answer = await service.quotes(speaker="the secretary of state")
    assert "Mike Pompeo" in answer.title
    blocks = [line for page in answer.pages for line in page.lines]
    assert blocks[0].startswith("“We've made real progress")
    fragment = next(b for b in blocks if "go to waste" in b and "tragedy" in b and "if the" in b)
    assert "Mike Pompeo" in fragment
    with pytest.raises(NotFoundError, match="did you mean Mike Pompeo"):
        await service.quotes(speaker="Mike Pompei")
    assert await service.speaker_names("kim") == ["Kim Yong Chol", "Kim Jong Un"] or set(
        await service.speaker_names("kim")
    ) == {"Kim Yong Chol", "Kim Jong Un"}


async def test_who_card(storage: Storage) -> None:
    service = await service_with(storage, SEED)
    card = text(await service.who("Pompeo"))
    assert "Mike Pompeo" in card and "US Secretary of State" in card
    assert "Latest quote" in card and "#1" in card


async def test_timeline_resolves_and_orders(storage: Storage) -> None:
    service = await service_with(storage, SEED)
    answer = text(await service.timeline(about="summit"))
    assert answer.index("Thu 24 May 2018") < answer.index("Fri 25 May 2018")
    assert "Tue 12 Jun 2018" in answer
    ranged = text(await service.timeline(start="2018-05-25", end="2018-05-31"))
    assert "24 May" not in ranged and "Fri 25 May 2018" in ranged
    person = text(await service.timeline(person="Trump"))
    assert "Thu 24 May 2018" in person
    with pytest.raises(UsageError):
        await service.timeline(start="not a date at all")


async def test_timeline_says_a_period_once(storage: Storage, tmp_path: Path) -> None:
    service = await service_of(
        storage,
        tmp_path,
        "date 2019-03-04\n\nA firm is sold\n\nThe firm was founded in 1936. "
        "It grew in the 1960s and was sold between May 3 and May 5, 2018.\n",
    )
    answer = text(await service.timeline())
    # The heading names the year or decade; the entry does not repeat it...
    assert "\n1936\n" in answer and "[1936]" not in answer
    assert "\nThe 1960s\n" in answer and "[the 1960s]" not in answer
    # ...while a range under its first day's heading still shows its dates.
    assert "[3–5 May 2018]" in answer


async def test_no_timeline_page_ends_with_a_heading(storage: Storage, tmp_path: Path) -> None:
    # Thirty days with one event each: headings and entries make more lines
    # than a page holds, and every day's heading must stay with its entry.
    days = "The firm was founded in 2022. Its rival opened a shop in 2022. " + " ".join(
        f"Talks resumed on March {day}, 2023." for day in range(1, 31)
    )
    service = await service_of(storage, tmp_path, f"date 2023-04-02\n\nTalks go on\n\n{days}\n")
    answer = await service.timeline()
    assert len(answer.pages) > 1
    for page in answer.pages:
        assert not page.lines[-1].endswith("**"), page.lines[-1]
    assert text(answer).count("Talks resumed") == 30


async def test_search_and_article(storage: Storage) -> None:
    service = await service_with(storage, SEED)
    hits = text(await service.search('"Pompeo* -(^'))
    assert "#1" in hits
    article = text(await service.article("#1"))
    assert "EPA-EFE/JUSTIN LANE" in article and "A day later" in article
    with pytest.raises(UsageError):
        await service.article("one")
