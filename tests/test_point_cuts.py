"""Key points lose their asides (relative clauses, appositives, dashes, parentheses)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.news.point_cuts import cut_edits
from bot.news.trimming import apply_edits, tidy


def cut(
    text: str,
    quoted: Sequence[tuple[int, int]] = (),
    dated: Sequence[tuple[int, int]] = (),
    names: Sequence[int] = (),
) -> str:
    """The sentence with its asides cut, tidied as a key point is."""
    edits = cut_edits(text, 0, len(text), quoted=quoted, dated=dated, names=names)
    return tidy(apply_edits(text, 0, len(text), edits))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nordwind, which was founded in 1990, said on Monday it would close two plants.",
            "Nordwind said on Monday it would close two plants.",
        ),
        (
            "The regional carrier Skylane, which has lost money for years, will cut 300 jobs.",
            "The regional carrier Skylane will cut 300 jobs.",
        ),
        (
            "The plane flew on 11 December -- two years late and over budget -- and landed safely.",
            "The plane flew on 11 December and landed safely.",
        ),
        (
            "The new tablet - a thinner model replacing the old one - is said to be faster.",
            "The new tablet is said to be faster.",
        ),
        (
            "The jet can carry 500 people (350 in a typical layout) across the Pacific.",
            "The jet can carry 500 people across the Pacific.",
        ),
    ],
)
def test_asides_are_cut(sentence: str, expected: str) -> None:
    assert cut(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # The clause goes on after its comma: "in July" belongs to it.
        "Nordair, which will be the first to fly the jet, in July, has opened bookings.",
        # The closing comma is one of a list's.
        "Lumen, which adds publishing to its graphics, video, and sound tools, ships today.",
        # After an object the relative clause may be the news.
        "In 2009, Fiat bought a stake in Chrysler, which had just left bankruptcy, and grew it.",
        # A dash aside that ends the sentence is its point, not an aside.
        "Shares fell 7% -- the biggest drop in a decade.",
        # Spaced hyphens between digits are scores.
        "The team won 3 - 1 and then lost 2 - 0 in the final.",
    ],
)
def test_clauses_that_carry_the_sentence_stay(sentence: str) -> None:
    assert cut(sentence) == sentence


def test_an_appositive_goes_only_after_a_name() -> None:
    sentence = "Ana Ruiz, the airline's chief executive, said the route would open in May."
    assert cut(sentence, names=[len("Ana Ruiz")]) == "Ana Ruiz said the route would open in May."
    # Without a person before it, ", the ..., " may be a list or a clause.
    assert cut(sentence) == sentence


def test_quoted_words_and_dated_parentheses_are_kept() -> None:
    sentence = 'She said the firm, which "will not survive", had debts (since 4 May) of $2 billion.'
    quote = sentence.index('"will')
    date = sentence.index("4 May")
    kept = cut(sentence, quoted=[(quote, quote + 20)], dated=[(date, date + 5)])
    assert kept == sentence


def test_an_appositive_that_a_relative_clause_follows_stays() -> None:
    # Cutting only the appositive would leave "Ana Ruiz who joined ...".
    sentence = "Ana Ruiz, the chief executive, who joined last year, will leave in June."
    assert cut(sentence, names=[len("Ana Ruiz")]) == sentence
