"""HTML in JSON articles: tags read as paragraph and line breaks, entities decoded."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.html_text import html_to_text
from bot.news.reader import read_article


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("<p>One.</p><p>Two.</p>", "\n\nOne.\n\nTwo.\n\n"),
        ("Markets &amp; more &#8212; &quot;up&quot;", 'Markets & more — "up"'),
        ('A <a href="https://x.com">link</a> and <b>bold</b>', "A link and bold"),
        ("Line<br>next<br/>last", "Line\nnext\nlast"),
        ("Kept<script>var a = '<p>';</script> words<!-- note --> here", "Kept words here"),
        ("<STYLE>p {}</STYLE><DIV>Upper case</DIV>", "\n\nUpper case\n\n"),
        # Not HTML: left as written.
        ("x < y and y > z, AT&T and R&D", "x < y and y > z, AT&T and R&D"),
    ],
)
def test_tags_and_entities(text: str, plain: str) -> None:
    assert html_to_text(text) == plain


def _json_article(**fields: object) -> bytes:
    return json.dumps({"published": "2019-10-17", **fields}).encode()


def test_a_json_body_in_html_reads_as_paragraphs() -> None:
    raw = _json_article(
        title="Markets &amp; more",
        body='<p>Stocks rose on Thursday.</p>\n<p>"It was good," said analyst Jane Doe.</p>'
        "<script>track()</script>",
    )
    article = read_article(raw, "feed.json")
    assert article.title == "Markets & more"
    assert article.paragraphs == (
        "Stocks rose on Thursday.",
        '"It was good," said analyst Jane Doe.',
    )


def test_html_paragraph_items_split_and_plain_ones_stay() -> None:
    raw = _json_article(
        title="A title", paragraphs=["<p>First.</p><p>Second.</p>", "Third, as written."]
    )
    assert read_article(raw, "feed.json").paragraphs == ("First.", "Second.", "Third, as written.")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<br>",
                "<",
                ">",
                "&amp;",
                "<!--",
                "-->",
                "<script",
                "</script>",
                "a",
                " ",
                "\n",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_any_markup_reads_without_tags_left_behind(text: str) -> None:
    plain = html_to_text(text)
    assert "<p>" not in plain and "<br>" not in plain and "</script>" not in plain
