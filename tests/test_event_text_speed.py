"""Event text: each shortcut taken for speed gives what the general path gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news import clause_tidy, event_text

# Pieces that the clause passes look for, to be drawn far more often than
# plain random text would draw them.
_PIECES = (
    *("and", "But", "although", "though", "While", "whereas", "However", "meanwhile", "yet"),
    *("that", "which", "who", "or", "as", "adding", "saying", "noting", "according to"),
    *("will", "called", "last Thursday", "The", "K", "\u212a", "ſ", "İ", "ı", "é", "x"),
    *(",", ", ", ";", " ; ", ":", ".", "!", "?", " ", "  ", "\t", "\n", "\u00a0", "\u2009"),
    *("(R)", " (1st L)", "(x)", '"', "”", "’", "'", "“", " – ", "—", ",,", " ,", " ."),
)
_TEXTS = st.one_of(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join), st.text())


@settings(max_examples=600)
@given(_TEXTS)
def test_tidy_spaces_agrees_with_the_general_path(text: str) -> None:
    assert clause_tidy._tidy_spaces(text) == clause_tidy._tidy_any_spaces(text)


@settings(max_examples=600)
@given(_TEXTS)
def test_boundaries_are_those_of_the_whole_pattern(text: str) -> None:
    found = [(m.span(), m.group("q")) for m in event_text._boundaries(text)]
    assert found == [(m.span(), m.group("q")) for m in event_text._BOUNDARY.finditer(text)]


@settings(max_examples=600)
@given(_TEXTS)
def test_the_side_mark_search_finds_every_side_mark(text: str) -> None:
    if clause_tidy._SIDE_MARK_ALONE.search(text) is None:
        assert clause_tidy._SIDE_MARKS.sub("", text) == text


@settings(max_examples=600)
@given(_TEXTS)
def test_leading_words_are_looked_for_only_where_they_may_be(text: str) -> None:
    if not clause_tidy._may_lead(text):
        assert clause_tidy._LEADING.match(text) is None


# The pass `tidy` once made after `_LEADING`, which can never match there.
_LEAD_ASIDE = re.compile(r"^(?:however|meanwhile|though)\s*,\s*", re.IGNORECASE)


@settings(max_examples=600)
@given(_TEXTS)
def test_leading_connectives_take_a_leading_aside(text: str) -> None:
    leading = clause_tidy._LEADING.match(text)
    rest = text[leading.end() :] if leading else text
    assert _LEAD_ASIDE.match(rest) is None


def _strip_end_spec(text: str) -> str:
    """`_strip_end` as its docstring says it: trailing stops, commas and white
    space go; a closing quote after them stays."""
    body = text.rstrip()
    quote = body[-1:] if body[-1:] in tuple(clause_tidy._QUOTES) else ""
    body = body[: len(body) - len(quote)]
    return re.sub(r"[\s,.;:]+\Z", "", body) + quote


@settings(max_examples=600)
@given(_TEXTS)
def test_strip_end_strips_what_it_says(text: str) -> None:
    assert clause_tidy._strip_end(text) == _strip_end_spec(text)
