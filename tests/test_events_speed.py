"""Events and datelines: each shortcut taken for speed gives what the general path gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news import boilerplate, events

# Pieces of datelines and of sentences, to be drawn far more often than plain
# random text would draw them.
_PIECES = (
    *("NEW YORK", "Madrid", "Seoul", "South Korea", "WASHINGTON", "A", "The", "x", "é"),
    *("May 31", "31 May", "2018", "(AP)", "(CNN)", "(EFE)", "(Reuters)", "said", "storm"),
    *(",", ", ", " ", ".", "-", " - ", "--", " — ", "–", ":", ": ", "/", "'", '"', "\n", " _ "),
)
_TEXTS = st.one_of(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), st.text())


@settings(max_examples=600)
@given(_TEXTS)
def test_a_dateline_is_looked_for_only_where_a_dash_or_colon_may_end_it(text: str) -> None:
    head = text[:160]
    if not any(mark in head for mark in "-:—–_"):
        assert boilerplate._DATELINE.match(head) is None


_WORD_PIECES = (
    *("The", "storm", "STORMS", "has", "Hits", "it's", "O'Neil", "well-known", "a", "I", "x"),
    *("'", "-", "'-", "--", "’", "’s", "é", "K", "\u212a", "İ", " ", ",", ".", "\t", "\n", "1"),
)
_WORD_TEXTS = st.one_of(
    st.lists(st.sampled_from(_WORD_PIECES), max_size=16).map("".join), st.text()
)


@settings(max_examples=600)
@given(_WORD_TEXTS)
def test_the_words_of_a_clause_are_those_the_pattern_finds(text: str) -> None:
    assert events._found(text) == events._found_by_pattern(text)
