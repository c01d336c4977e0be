"""Rendering answers: Discord's embed limits hold for any size of answer; text is escaped."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answer import Answer, Field, Page, paged
from bot.render import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    FIELD_COUNT_LIMIT,
    FIELD_VALUE_LIMIT,
    to_embeds,
    to_text,
)
from bot.textfmt import counted, escape, range_label, shorten, unescape


def embed_size(embed: object) -> int:
    data = embed.to_dict()  # type: ignore[attr-defined]
    size = len(data.get("title", "")) + len(data.get("description", ""))
    size += len(data.get("footer", {}).get("text", ""))
    size += sum(len(f["name"]) + len(f["value"]) for f in data.get("fields", []))
    return size


@settings(max_examples=60, deadline=None)
@given(
    lines=st.lists(st.text(min_size=0, max_size=5000), max_size=12),
    fields=st.lists(st.tuples(st.text(max_size=400), st.text(max_size=3000)), max_size=40),
    title=st.text(max_size=400),
)
def test_embeds_always_fit(lines: list[str], fields: list[tuple[str, str]], title: str) -> None:
    answer = Answer(
        title=title,
        pages=(Page(lines=tuple(lines), fields=tuple(Field(n, v) for n, v in fields)),),
        footer="footer",
    )
    embeds = to_embeds(answer)
    assert embeds
    for embed in embeds:
        assert len(embed.description or "") <= DESCRIPTION_LIMIT
        assert len(embed.fields) <= FIELD_COUNT_LIMIT
        assert all(len(f.value or "") <= FIELD_VALUE_LIMIT for f in embed.fields)
        assert embed_size(embed) <= EMBED_TOTAL_LIMIT


def test_nothing_is_dropped_when_splitting() -> None:
    blocks = [f"entry {i} " + "x" * 900 for i in range(30)]
    embeds = to_embeds(paged("Long", blocks, per_page=30))
    text = "\n".join(e.description or "" for e in embeds)
    assert all(f"entry {i} " in text for i in range(30))
    assert len(embeds) > 1
    assert embeds[-1].footer.text == f"page {len(embeds)}/{len(embeds)}"


def test_escape_neutralises_markdown_and_mentions() -> None:
    raw = "@everyone look at **this** <@123> [link](http://x) `code` @here"
    escaped = escape(raw)
    assert "@everyone" not in escaped and "@here" not in escaped
    assert "<@123>" not in escaped and "**this**" not in escaped
    assert unescape(escaped) == raw


def test_plain_text_has_no_markdown() -> None:
    answer = Answer(title="T", pages=(Page(lines=(f"**#{1}** {escape('a*b')}",)),), footer="f")
    assert to_text(answer) == "T\n=\n#1 a*b\n\nf\n"


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("the quick brown fox", 12) == "the quick…"
    assert len(shorten("x" * 50, 10)) == 10


def test_range_labels() -> None:
    import datetime as dt

    day = dt.date(2018, 5, 30)
    assert range_label(day, dt.date(2018, 5, 31), "day") == "30–31 May 2018"
    assert range_label(day, None, "month") == "May 2018"
    assert range_label(day, None, "day") == "30 May 2018"
    assert range_label(dt.date(1900, 1, 1), None, "century") == "the 20th century"
    assert range_label(dt.date(2000, 1, 1), None, "century") == "the 21st century"
    assert range_label(dt.date(1000, 1, 1), None, "century") == "the 11th century"


def test_ranges_longer_than_their_precision_show_both_ends() -> None:
    d = dt.date
    assert range_label(d(2009, 1, 1), d(2018, 12, 31), "year") == "2009–2018"
    assert range_label(d(2017, 7, 1), d(2017, 9, 30), "month") == "Q3 2017"
    assert range_label(d(2017, 1, 1), d(2017, 6, 30), "month") == "H1 2017"
    assert range_label(d(1995, 6, 1), d(1995, 8, 31), "month") == "Jun – Aug 1995"
    assert range_label(d(2019, 4, 1), d(2020, 3, 31), "month") == "Apr 2019 – Mar 2020"
    assert range_label(d(2018, 5, 1), d(2018, 5, 31), "month") == "May 2018"


def test_counts_agree_with_their_nouns() -> None:
    assert counted(1, "story", "stories") == "1 story"
    assert counted(0, "story", "stories") == "0 stories"
    assert counted(1200, "article") == "1,200 articles"


def test_a_weekend_is_labelled_as_one() -> None:
    saturday = dt.date(2021, 7, 10)
    assert range_label(saturday, dt.date(2021, 7, 11), "week") == "weekend of 10–11 Jul 2021"
    assert range_label(saturday, dt.date(2021, 7, 16), "week") == "week of 10 Jul 2021"
