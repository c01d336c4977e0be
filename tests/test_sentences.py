"""Tests for bot.news.sentences: abbreviations, initials, decimals, quotes, robustness."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.sentences import sentence_spans, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. officials met on Monday. The talks went well.",
            ["U.S. officials met on Monday.", "The talks went well."],
        ),
        (
            "The talks were held in the U.S. The next round is in Seoul.",
            ["The talks were held in the U.S.", "The next round is in Seoul."],
        ),
        (
            "Mr. Smith and Mrs. Jones arrived. Gen. Mattis spoke later.",
            ["Mr. Smith and Mrs. Jones arrived.", "Gen. Mattis spoke later."],
        ),
        (
            "The deal was signed on Jan. 12 in St. Louis. It took effect at once.",
            ["The deal was signed on Jan. 12 in St. Louis.", "It took effect at once."],
        ),
        (
            "The book by J. K. Rowling sold well. Critics loved it.",
            ["The book by J. K. Rowling sold well.", "Critics loved it."],
        ),
        (
            "Growth was 3.5 percent last year. It was 2.1 percent before.",
            ["Growth was 3.5 percent last year.", "It was 2.1 percent before."],
        ),
        (
            '"We will win." He smiled and left.',
            ['"We will win."', "He smiled and left."],
        ),
        (
            "“Is this the end?” she asked. “No,” he said.",
            ["“Is this the end?” she asked.", "“No,” he said."],
        ),
        (
            'He said it was a "tragedy." Others disagreed!',
            ['He said it was a "tragedy."', "Others disagreed!"],
        ),
        (
            "It ranked No. 1 in the U.S. music charts. Sales rose.",
            ["It ranked No. 1 in the U.S. music charts.", "Sales rose."],
        ),
        (
            # An abbreviation after a dash: "Oct. 31-Nov. 1".
            "Policymakers meet on Oct. 31-Nov. 1. They used the F-16. It flew.",
            ["Policymakers meet on Oct. 31-Nov. 1.", "They used the F-16.", "It flew."],
        ),
        (
            "Apple Inc. CEO Tim Cook spoke. Shares of Apple Inc. The company fell.",
            ["Apple Inc. CEO Tim Cook spoke.", "Shares of Apple Inc.", "The company fell."],
        ),
        (
            "They voted no. Then they left.",
            ["They voted no.", "Then they left."],
        ),
        (
            # A clock's "a.m." before a quotation ends its sentence; before a day it does not.
            'He conceded at 1 a.m. "Nothing changes for us here," he said. It opens at 9 a.m. '
            "Monday.",
            [
                "He conceded at 1 a.m.",
                '"Nothing changes for us here," he said.',
                "It opens at 9 a.m. Monday.",
            ],
        ),
        ("Wait... What happened?", ["Wait...", "What happened?"]),
        ("No final stop here", ["No final stop here"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_are_trimmed_offsets_into_the_text() -> None:
    text = "  One here.   Two there.  "
    spans = sentence_spans(text)
    assert spans == [(2, 11), (14, 24)]
    assert [text[s:e] for s, e in spans] == ["One here.", "Two there."]


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert sentence_spans("") == []
    assert sentence_spans(" \n\t ") == []


@pytest.mark.parametrize("unit", [".", "A. ", ". ", '."', "U.S. Mr. "])
def test_long_runs_stay_linear(unit: str) -> None:
    # Long runs of stops (bench/parse.py measures that the time stays linear).
    text = unit * 16_000
    spans = sentence_spans(text)
    assert all(a < b <= c for (a, b), (c, _) in itertools.pairwise(spans))
    assert not spans or spans[-1][1] <= len(text)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
def test_spans_are_ordered_in_bounds_and_disjoint(text: str) -> None:
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace()
        assert not text[end - 1].isspace()
        previous_end = end


_SENTENCE_ALPHABET = st.sampled_from(
    [*"aB .!?\"'“”’()[]\n3", "U.S.", "Mr.", "J.", "Jan.", "No.", "Inc.", "The", "...", "5.2"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_SENTENCE_ALPHABET, max_size=80).map("".join))
def test_sentence_like_text_keeps_every_non_space_character(text: str) -> None:
    spans = sentence_spans(text)
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Nikkei fell 406.51 points to 16764.09. Central banks acted.",
            ["The Nikkei fell 406.51 points to 16764.09.", "Central banks acted."],
        ),
        (
            "Demand overwhelmed Apple and AT&T. Many buyers waited.",
            ["Demand overwhelmed Apple and AT&T.", "Many buyers waited."],
        ),
        (
            "It was sold to Chrysler Holding LLC. DaimlerChrysler has kept a stake.",
            ["It was sold to Chrysler Holding LLC.", "DaimlerChrysler has kept a stake."],
        ),
        (
            "said Perrin Long, an analyst at Lipper Inc. Mr. Long expects layoffs.",
            ["said Perrin Long, an analyst at Lipper Inc.", "Mr. Long expects layoffs."],
        ),
        (
            'said an analyst at Oppenheimer & Co. "Hugo was much more costly."',
            ["said an analyst at Oppenheimer & Co.", '"Hugo was much more costly."'],
        ),
        (
            'Warner Bros.\' "Batman," released in June, grossed $250 million.',
            ['Warner Bros.\' "Batman," released in June, grossed $250 million.'],
        ),
    ],
)
def test_numbers_ampersands_and_company_suffixes(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected
