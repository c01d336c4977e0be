"""Word tokens: lower-casing the whole text first must give what token-by-token does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.words import _WORD, content_words, names_in, normalise, word_tokens

# Letters whose lower case is longer ("İ"), apostrophes of both kinds, joiners,
# letters that lower-case oddly, and plain words.
_LETTERS = [
    "a",
    "Z",
    "'",
    "’",
    ".",
    "-",
    "_",
    " ",
    "0",
    "é",
    "İ",
    "ſ",
    "K",
    "Ω",
    "Ⅻ",
    "Ⓐ",
    "ǅ",
    "ß",
]
_PIECES = st.sampled_from(
    [*_LETTERS, "\u0307", "Trump's", "players'", "U.S.", "e-mail", "1.5", "O’Neill’s"]
)


def _one_by_one(text: str) -> list[str]:
    return [normalise(m.group(0)) for m in _WORD.finditer(text)]


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_word_tokens_match_token_by_token_normalising(text: str) -> None:
    assert word_tokens(text) == _one_by_one(text)


def test_content_words_drop_stop_words_and_possessives() -> None:
    assert content_words("Trump’s envoy said the U.S. talks were on") == [
        "trump",
        "envoy",
        "u.s",
        "talks",
    ]


def test_names_in_finds_names_written_whole() -> None:
    text = (
        "Mike Pompeo's talks with Kim Yong Chol, and William Clay Ford Jr., ended. Ann Leeds left."
    )
    names = ["Mike Pompeo", "Kim Yong Chol", "William Clay Ford Jr.", "Ann Lee", "Kim Jong Un"]
    assert names_in(text, names) == {"Mike Pompeo", "Kim Yong Chol", "William Clay Ford Jr."}
    assert names_in("It was Elena Kagan.", ["Elena Kagan"]) == {"Elena Kagan"}
    assert names_in("", names) == set()
