"""Grouping articles into stories: the fixture set of three stories over two days."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.briefing import make_briefing
from bot.news.model import Article, Person
from bot.news.stories import Story, StoryItem, group_stories, story_terms
from bot.news.words import content_words
from tests.test_briefing import read_plain

FIXTURES = Path(__file__).resolve().parent / "fixtures/stories"


def fixture_articles() -> list[Article]:
    """The seven fixture articles, as the reader would give them (title given)."""
    articles = []
    for path in sorted(FIXTURES.glob("*.txt")):
        published, blocks = read_plain(path)
        articles.append(
            Article(
                source=path.name,
                published=published,
                title=blocks[0],
                title_given=True,
                captions=(),
                paragraphs=tuple(blocks[1:]),
            )
        )
    return articles


def fixture_items() -> list[StoryItem]:
    """Story items for the fixtures; article ids 1 to 7 in file order."""
    return [
        StoryItem(
            article_id=index,
            published=article.published,
            title=article.title,
            terms=story_terms(article),
            points=make_briefing(article).points,
        )
        for index, article in enumerate(fixture_articles(), start=1)
    ]


def test_fixture_set_is_three_stories_over_two_days() -> None:
    articles = fixture_articles()
    assert len(articles) == 7
    assert {a.published for a in articles} == {dt.date(2024, 3, 11), dt.date(2024, 3, 12)}


def test_story_terms_name_the_story() -> None:
    terms = story_terms(fixture_articles()[0])
    assert "port of rotterdam" in terms
    assert "dockworker" in terms and "strike" in terms
    assert len(terms) == len(set(terms)) <= 30
    assert all(t == t.lower() and t.strip() == t for t in terms)
    assert not any("wire" in t for t in terms), "the dateline is not a story term"


def test_story_terms_lead_with_people() -> None:
    article = fixture_articles()[5]
    with_people = Article(
        source=article.source,
        published=article.published,
        title=article.title,
        title_given=True,
        captions=(),
        paragraphs=article.paragraphs,
        people=(Person("Tiff Macklem", "Governor of the Bank of Canada"),),
    )
    assert story_terms(with_people)[0] == "tiff macklem"


def test_fixture_stories_grouped_and_ordered() -> None:
    stories = group_stories(fixture_items())
    assert [set(s.article_ids) for s in stories] == [{1, 2, 3}, {6, 7}, {4, 5}]
    assert [s.latest for s in stories] == [
        dt.date(2024, 3, 12),
        dt.date(2024, 3, 12),
        dt.date(2024, 3, 11),
    ]
    assert stories[0].article_ids[0] == 3, "the latest article comes first"
    titles = {a.title for a in fixture_articles()}
    for story in stories:
        assert story.headline in titles
        assert 1 <= len(story.points) <= 3


def test_story_points_come_from_its_articles_and_do_not_repeat() -> None:
    items = fixture_items()
    by_id = {it.article_id: it for it in items}
    for story in group_stories(items):
        own = {p for i in story.article_ids for p in by_id[i].points}
        assert set(story.points) <= own
        for i, first in enumerate(story.points):
            for second in story.points[i + 1 :]:
                a, b = set(content_words(first)), set(content_words(second))
                assert len(a & b) / min(len(a), len(b)) < 0.5


def test_grouping_does_not_depend_on_input_order() -> None:
    items = fixture_items()
    expected = [(s.headline, set(s.article_ids)) for s in group_stories(items)]
    shuffled = items[:]
    random.Random(7).shuffle(shuffled)
    assert [(s.headline, set(s.article_ids)) for s in group_stories(shuffled)] == expected


def test_edge_cases() -> None:
    assert group_stories([]) == []
    lone = StoryItem(9, None, "A title", (), ())
    assert group_stories([lone]) == [Story("A title", ("A title",), (9,), None)]
    two = [
        StoryItem(1, None, "One", ("alpha", "beta"), ("First point.",)),
        StoryItem(2, None, "Two", ("gamma", "delta"), ("Second point.",)),
    ]
    assert [s.article_ids for s in group_stories(two)] == [(1,), (2,)]


def test_two_shared_names_alone_do_not_make_one_story() -> None:
    day = dt.date(2024, 3, 12)
    trade = StoryItem(1, day, "Tariffs", ("donald trump", "white house", "tariff", "steel"), ())
    border = StoryItem(2, day, "Border", ("donald trump", "white house", "border", "wall"), ())
    assert len(group_stories([trade, border])) == 2
    more = replace(border, terms=(*border.terms, "tariff"))
    assert len(group_stories([trade, more])) == 1


def test_a_big_story_does_not_swallow_an_article_sharing_only_stray_names() -> None:
    day = dt.date(2024, 3, 12)
    core = ("election", "ballot", "turnout", "coalition")
    big = [
        StoryItem(i, day, f"Vote {i}", (*core, f"town{i} hall", f"mayor{i} smith"), ())
        for i in range(1, 6)
    ]
    stray = StoryItem(9, day, "Other", ("town1 hall", "town2 hall", "town3 hall", "flood"), ())
    stories = group_stories([*big, stray])
    assert [set(s.article_ids) for s in stories] == [{1, 2, 3, 4, 5}, {9}]


def test_articles_weeks_apart_are_different_stories() -> None:
    item = fixture_items()[0]
    later = replace(item, article_id=99, published=dt.date(2024, 4, 30))
    assert len(group_stories([item, later])) == 2
    assert len(group_stories([item, replace(later, published=item.published)])) == 1


def _synthetic_items(n: int, seed: int = 1) -> list[StoryItem]:
    rng = random.Random(seed)
    vocabulary = [f"word{i}" for i in range(3000)]
    topics = [rng.sample(vocabulary, 12) for _ in range(n // 8)]
    items = []
    for i in range(n):
        topic = topics[i % len(topics)]
        terms = tuple(dict.fromkeys(rng.sample(topic, 8) + rng.sample(vocabulary, 20)))
        day = dt.date(2024, 3, 1 + i % 2)
        items.append(StoryItem(i, day, f"Title {i}", terms[:30], (f"Point {i} {terms[0]}.",)))
    return items


def test_thousand_items_all_land_in_stories() -> None:
    # Speed is measured by bench/briefing.py and bench/commands.py, not here.
    stories = group_stories(_synthetic_items(1000))
    assert sorted(i for s in stories for i in s.article_ids) == list(range(1000))
    assert len(stories) <= 200, "articles on one topic are grouped"


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f b", "g"]), max_size=6),
            st.lists(st.text(max_size=40), max_size=3),
            st.one_of(st.none(), st.dates()),
        ),
        max_size=20,
    )
)
def test_every_item_lands_in_exactly_one_story(
    raw: list[tuple[list[str], list[str], dt.date | None]],
) -> None:
    items = [
        StoryItem(i, day, f"Title {i}", tuple(dict.fromkeys(terms)), tuple(points))
        for i, (terms, points, day) in enumerate(raw)
    ]
    stories = group_stories(items)
    assert sorted(i for s in stories for i in s.article_ids) == list(range(len(items)))
    sizes = [len(s.article_ids) for s in stories]
    assert sizes == sorted(sizes, reverse=True)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120), st.lists(st.text(max_size=300), min_size=1, max_size=4))
def test_story_terms_never_raise(title: str, paragraphs: list[str]) -> None:
    article = Article(
        source="x",
        published=None,
        title=title,
        title_given=True,
        captions=(),
        paragraphs=tuple(paragraphs),
    )
    terms = story_terms(article)
    assert len(terms) <= 30 and len(set(terms)) == len(terms)
