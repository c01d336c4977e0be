"""Tests for bot.news.headline.write_headline."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.headline import write_headline

SEED_LEAD = (
    'US Secretary of State Mike Pompeo said Thursday that it would be a "tragedy" if the '
    '"opportunity" of carrying out a United States-North Korea summit were to "go to '
    'waste," adding that talks to organize the summit were moving in the "right direction."'
)


def test_long_lead_is_cut_at_a_clause_boundary() -> None:
    headline = write_headline(SEED_LEAD)
    assert headline == (
        'US Secretary of State Mike Pompeo said Thursday that it would be a "tragedy"'
    )


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "WASHINGTON (Reuters) - The Senate passed the bill on Tuesday. It now goes to "
            "the House.",
            "The Senate passed the bill on Tuesday",
        ),
        (
            "NEW YORK, May 31 (AP) — Stocks rose sharply on Thursday.",
            "Stocks rose sharply on Thursday",
        ),
        ("SEOUL — North Korea fired two missiles.", "North Korea fired two missiles"),
        (
            "Washington, May 31 (EFE).- The talks ended without a deal.",
            "The talks ended without a deal",
        ),
        ("TOKYO (Reuters) - Asian shares rose.", "Asian shares rose"),
        ("NEW DELHI: Monsoon rains flooded the capital.", "Monsoon rains flooded the capital"),
        ("(CNN) -- A storm hit the coast.", "A storm hit the coast"),
        (
            "Seoul, South Korea (CNN) -- Talks resumed on Monday.",
            "Talks resumed on Monday",
        ),
        ('He called it "a big mistake."', 'He called it "a big mistake"'),
        (
            "U.S. officials met Mr. Kim in St. Louis. They agreed.",
            "U.S. officials met Mr. Kim in St. Louis",
        ),
    ],
)
def test_dateline_dropped_and_first_sentence_kept(lead: str, expected: str) -> None:
    assert write_headline(lead) == expected


def test_cut_never_ends_on_a_dangling_word_or_comma() -> None:
    lead = (
        "The European Central Bank kept its main interest rate unchanged on Thursday "
        "and the governing council of the bank signalled further cuts in the coming months."
    )
    headline = write_headline(lead, limit=90)
    assert len(headline) <= 90
    assert lead.startswith(headline)
    last = headline.split()[-1].lower()
    assert last not in {"and", "of", "the", "a", "in", "to"}
    assert not headline.endswith((",", ".", ";"))


@pytest.mark.parametrize("limit", [20, 40, 60, 100])
def test_cut_is_at_a_word_boundary(limit: int) -> None:
    lead = (
        "Thousands of residents were evacuated from low-lying coastal districts on Sunday "
        "as the typhoon approached with winds of up to 200 kilometres per hour."
    )
    headline = write_headline(lead, limit=limit)
    assert 0 < len(headline) <= limit
    assert lead.startswith(headline)
    following = lead[len(headline) : len(headline) + 1]
    assert following in (" ", ",", "")


def test_clause_cut_prefers_comma_or_conjunction() -> None:
    lead = (
        "The regional train service between the two towns will resume on Monday, after "
        "three weeks of repairs to the bridge over the river, the operator said."
    )
    assert write_headline(lead, limit=80) == (
        "The regional train service between the two towns will resume on Monday"
    )


def test_a_relative_that_is_a_clause_boundary_a_reported_one_is_not() -> None:
    lead = (
        "NICOSIA, Cyprus (AP) — Cyprus' parliament on Tuesday rejected a tax on bank deposits "
        "that was part of an international bailout, throwing the country's future into doubt."
    )
    assert write_headline(lead) == "Cyprus' parliament on Tuesday rejected a tax on bank deposits"
    lead = (
        "Stocks fell Monday after a weekend deal to rescue Cyprus's banks raised fears that "
        "depositors elsewhere in Europe could face losses."
    )
    assert write_headline(lead).endswith("raised fears")  # a noun, its clause after it
    for said in ("said yesterday", "said in a statement", "warned"):
        lead = (
            f"The chief executive of the world's largest carmaker by sales {said} that the "
            "company would cut 10,000 jobs in Europe over the next two years."
        )
        assert f"{said} that" in write_headline(lead)


def test_unbalanced_quote_is_not_left_open() -> None:
    lead = (
        'The minister said the decision was "a necessary step toward restoring public '
        'confidence in the banking system of the country," officials reported.'
    )
    headline = write_headline(lead, limit=70)
    assert headline.count('"') % 2 == 0
    assert len(headline) <= 70


def test_single_overlong_word_is_cut_at_the_limit() -> None:
    assert write_headline("x" * 300, limit=50) == "x" * 50


def test_empty_lead_gives_empty_headline() -> None:
    assert write_headline("") == ""
    assert write_headline("   \n ") == ""


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.integers(min_value=1, max_value=150))
def test_headline_within_limit_and_never_raises(lead: str, limit: int) -> None:
    headline = write_headline(lead, limit=limit)
    assert len(headline) <= limit
    assert not headline.endswith((".", ",", " "))


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "In a New York press conference at 16:15 UTC, June 1st, Fritz Henderson, the "
            "Chief Executive Officer of General Motors, which filed for bankruptcy and "
            "Chapter 11 protection from its creditors earlier today, outlined a plan for what "
            'he called a "New GM".',
            'Fritz Henderson outlined a plan for what he called a "New GM"',
        ),
        (
            "On Monday, stock markets across Asia resumed their downward slide as investors "
            "worried about a global recession and the failure of rescue plans.",
            "Stock markets across Asia resumed their downward slide",
        ),
        (
            "Ford Motor Company, the U.S. car maker, will reportedly pay $57 million (US$78 "
            "million) for a 72.4 percent stake in the Romanian assembly plant.",
            "Ford Motor Company will reportedly pay $57 million for a 72.4 percent stake in "
            "the Romanian assembly",
        ),
    ],
)
def test_long_lead_loses_intro_and_asides_before_cutting(lead: str, expected: str) -> None:
    assert write_headline(lead) == expected


def test_short_lead_is_kept_verbatim_with_its_asides() -> None:
    lead = "On Monday, Apple Inc., the computer maker, released a new laptop."
    assert (
        write_headline(lead) == "On Monday, Apple Inc., the computer maker, released a new laptop"
    )


def test_leading_punctuation_only_sentence_is_skipped() -> None:
    assert write_headline(". Mike Pompeo met Kim.") == "Mike Pompeo met Kim"
    assert write_headline("... !") == ""


def test_a_cut_does_not_leave_a_phrase_opened_after_a_comma() -> None:
    lead = (
        "KYIV, Ukraine (Reuters) - Ukrainian President Volodymyr Zelenskiy visited the "
        "recaptured city of Izium on Wednesday, days after Russian forces withdrew."
    )
    assert write_headline(lead) == (
        "Ukrainian President Volodymyr Zelenskiy visited the recaptured city of Izium on Wednesday"
    )


def test_a_cut_keeps_a_name_whole() -> None:
    lead = (
        "LONDON (Reuters) - Britain's Conservative Party will announce its new leader in "
        "the week of 22 July, the party said on Tuesday, with Theresa May due to step down."
    )
    # "May" is her name, not a dangling "may".
    assert write_headline(lead).endswith("with Theresa May")
    # Cut at a word boundary inside a name, the whole name goes.
    lead = (
        "The committee will meet on Thursday to hear evidence from witness Alexandra Ocasio Cortez."
    )
    headline = write_headline(lead, limit=75)
    assert headline == "The committee will meet on Thursday to hear evidence from witness"
