"""Tests for bot.news.reader on bad input: clear one-line refusals, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.reader import MAX_ARTICLE_BYTES, ArticleFormatError, read_article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"


def read_fixture(name: str) -> None:
    """Read one fixture article (expected to fail)."""
    read_article((FIXTURES / name).read_bytes(), name)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bad-empty.txt", "empty"),
        ("bad-whitespace.txt", "only white space"),
        ("bad-binary.png", "PNG image"),
        ("bad-invalid-utf8.txt", "not valid UTF-8: byte 0xe9 at offset 20 (line 3)"),
        ("bad-impossible-date.txt", "2018-02-30 is not a real date"),
        ("bad-json-list.json", "must be an object"),
        ("bad-json-no-body.json", "no body"),
        ("bad-json-wrong-type.json", '"paragraphs" must be a list of strings'),
        ("bad-json-syntax.json", "not valid JSON"),
        ("bad-only-captions.txt", "no body paragraphs"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(name: str, message: str) -> None:
    with pytest.raises(ArticleFormatError) as raised:
        read_fixture(name)
    text = str(raised.value)
    assert message in text
    assert "\n" not in text


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"body": 12}', '"body" must be a string, not a number'),
        (b'{"body": "x", "title": ["a"]}', '"title" must be a string, not a list'),
        (b'{"body": "x", "published": "2019-13-01"}', "not a real date"),
        (b'{"body": "x", "published": "last week"}', '"published"'),
        (b'{"paragraphs": []}', "no body paragraphs"),
        (b'{"title": "x", "body": "a"', "not valid JSON"),
        (b"date 2019-01-01\n\n... --- !!!\n", "no text"),
        (b"[1, 2]", "not a list"),
        ("\ufeff".encode("utf-16"), "UTF-16"),
        (b"\x01\x02\x03\x04\x05 abc", "binary"),
        (b"date 2019-01-01\n", "no body paragraphs"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x00\x01binary\x00", "NUL bytes"),
        (b"<!DOCTYPE html>\n<html><body><p>News</p></body></html>", "HTML"),
        (b"{\\rtf1\\ansi Some text}", "RTF"),
    ],
)
def test_bad_input_variants(raw: bytes, message: str) -> None:
    with pytest.raises(ArticleFormatError) as raised:
        read_article(raw, "x")
    assert message in str(raised.value)


def test_input_over_the_size_limit_is_refused() -> None:
    raw = b"date 2020-01-01\n\n" + b"word " * (MAX_ARTICLE_BYTES // 5 + 1)
    with pytest.raises(ArticleFormatError, match="limit is 2,000,000 bytes"):
        read_article(raw, "big")


def test_format_error_is_a_value_error() -> None:
    assert issubclass(ArticleFormatError, ValueError)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise_anything_else(raw: bytes) -> None:
    try:
        article = read_article(raw, "fuzz")
    except ArticleFormatError as error:
        assert str(error)
    else:
        assert article.paragraphs
        assert all(p and p == " ".join(p.split()) for p in article.paragraphs)


_ARTICLE_ALPHABET = st.sampled_from(
    [*"abc XYZ.,;:!?\"'“”’()/-\n\t\r{}[]0123456789", "date ", "EPA-EFE/", "AP Photo/"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ARTICLE_ALPHABET, max_size=120).map("".join))
def test_arbitrary_article_like_text_never_raises_anything_else(text: str) -> None:
    try:
        article = read_article(text.encode("utf-8"), "fuzz")
    except ArticleFormatError:
        return
    assert article.paragraphs
    assert article.title


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises_anything_else(text: str) -> None:
    try:
        article = read_article(text.encode("utf-8"), "fuzz")
    except ArticleFormatError as error:
        assert str(error)
        assert "\n" not in str(error)
    else:
        assert article.paragraphs
        assert article.title


_JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=60)
_JSON_VALUES = (
    _JSON_SCALARS
    | st.lists(_JSON_SCALARS, max_size=4)
    | st.dictionaries(st.text(max_size=6), _JSON_SCALARS, max_size=3)
)
_ARTICLE_KEYS = st.sampled_from(["title", "published", "body", "paragraphs", "url", "source"])


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_ARTICLE_KEYS, _JSON_VALUES, max_size=6) | _JSON_VALUES)
def test_arbitrary_json_never_raises_anything_else(value: object) -> None:
    try:
        article = read_article(json.dumps(value).encode("utf-8"), "fuzz.json")
    except ArticleFormatError as error:
        assert str(error)
    else:
        assert article.paragraphs


def test_json_number_too_long_to_convert_is_a_format_error() -> None:
    with pytest.raises(ArticleFormatError, match="not valid JSON"):
        read_article(b'{"body": 1' + b"0" * 5000 + b"}", "x.json")


def test_json_escapes_cannot_smuggle_in_surrogates_or_control_characters() -> None:
    article = read_article(b'{"title": "A\\ud800B", "body": "One\\u0000two three."}', "x")
    assert article.title == "A\ufffdB"
    assert article.paragraphs == ("One two three.",)
    for text in (article.title, *article.paragraphs):
        text.encode("utf-8")


def test_stray_control_characters_become_spaces() -> None:
    raw = b"date 2020-01-02\n\nTalks\x07resumed on\x1b Monday after a long pause in the dispute.\n"
    article = read_article(raw, "x")
    assert article.paragraphs == ("Talks resumed on Monday after a long pause in the dispute.",)


@pytest.mark.parametrize(
    "header", [b"date February 30, 2018", b"date 31/05/2018", b"Date: 2018-13-01"]
)
def test_unreadable_date_header_is_refused(header: bytes) -> None:
    with pytest.raises(ArticleFormatError, match="YYYY-MM-DD"):
        read_article(header + b"\n\nBody text.\n", "x")


def test_invalid_utf8_offset_counts_the_bom() -> None:
    with pytest.raises(ArticleFormatError, match=r"byte 0xff at offset 5 \(line 1\)"):
        read_article(b"\xef\xbb\xbfab\xffcd", "x")
