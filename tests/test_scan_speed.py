"""Temporal scan: the quick need-mask of a token is the one its definition gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news import temporal_scan


def _plain_mask(token: str) -> int:
    """The need groups of `token` as `_token_mask` defines them: every need word
    inside it (lower-cased), every test that finds something; the bits of the
    groups that hold any of them."""
    lower = token.lower()
    names = {word for word in temporal_scan._WORDS if word in lower}
    names.update(name for name, test in temporal_scan._TESTS.items() if test.search(token))
    mask = 0
    for group, bit in temporal_scan._BITS.items():
        if not group.isdisjoint(names):
            mask |= bit
    return mask


# Pieces of tokens that the needs look for, to be drawn far more often than
# random text would draw them, with look-alikes that match ASCII letters case-blind.
_PIECES = st.sampled_from(
    [
        *temporal_scan._WORDS,
        *("the", "The", "THE", "day", "Day", "Monday", "May", "Sept", "Dec.", "Q3", "'98", "’98"),
        *("1999", "2018", "1800", "20", "19", "0s", "0’s", "year's", "Year’s", "weekend"),
        *("-", "–", ",", ".", "'", "’", "/", "$", "%", "s", "ſ", "K", "\u212a", "ı", "İ", "é"),
    ]
)
_TOKENS = st.one_of(
    st.lists(_PIECES, min_size=1, max_size=5).map("".join),
    st.text(st.characters(blacklist_categories=("Zs", "Cc")), min_size=1, max_size=12),
)


@settings(max_examples=1500)
@given(_TOKENS)
def test_the_quick_token_mask_is_the_plain_one(token: str) -> None:
    temporal_scan._TOKEN_MASKS.pop(token, None)
    assert temporal_scan._token_mask(token) == _plain_mask(token)


def test_a_mask_is_kept_and_the_store_stays_bounded() -> None:
    temporal_scan._TOKEN_MASKS.clear()
    assert temporal_scan._TOKEN_MASKS["yesterday,"] == _plain_mask("yesterday,") != 0
    assert "yesterday," in temporal_scan._TOKEN_MASKS
    for number in range(temporal_scan._MAX_TOKENS + 10):
        temporal_scan._TOKEN_MASKS[f"w{number}"]
    assert len(temporal_scan._TOKEN_MASKS) <= temporal_scan._MAX_TOKENS
