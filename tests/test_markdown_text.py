"""Light Markdown taken out of plain-text articles: words kept, marks gone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.markdown_text import strip_markdown
from bot.news.reader import read_article


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("A **bold** and *it* and __u__ and _e_ word", "A bold and it and u and e word"),
        ("**bold with _inner_ words**", "bold with inner words"),
        ("[the site](https://x.com/a_b) said", "the site said"),
        ("> quoted line\n> another", "quoted line\nanother"),
        ("Intro:\n- one\n- two", "Intro:\n\none\n\ntwo"),
        # Not Markdown: left as written.
        ("snake_case_name and 2 * 3 * 4", "snake_case_name and 2 * 3 * 4"),
        ("Shares fell 5% - a record.", "Shares fell 5% - a record."),
        ("He said x > y and [sic] was right.", "He said x > y and [sic] was right."),
    ],
)
def test_marks_go_and_words_stay(text: str, plain: str) -> None:
    assert strip_markdown(text) == plain


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("*_[]()>-+• \nab:/.h"), max_size=200))
def test_never_raises_and_only_takes_away(text: str) -> None:
    # Every rule replaces marks by less (a list marker by one line break).
    assert len(strip_markdown(text)) <= len(text)


def test_a_markdown_article_reads_like_a_plain_one() -> None:
    raw = (
        "# Storm hits coast\n\n*Published: 3 March 2024*\n\n"
        "A storm hit the [coast](https://example.com) on **Saturday**, officials said.\n\n"
        '> "It was terrifying," said resident Maria Lopez.\n\n'
        "- Power was cut to 10,000 homes.\n- Schools will reopen on Tuesday.\n"
    )
    article = read_article(raw.encode(), "storm.md")
    assert article.title == "Storm hits coast"
    assert str(article.published) == "2024-03-03"
    assert article.paragraphs == (
        "A storm hit the coast on Saturday, officials said.",
        '"It was terrifying," said resident Maria Lopez.',
        "Power was cut to 10,000 homes.",
        "Schools will reopen on Tuesday.",
    )
