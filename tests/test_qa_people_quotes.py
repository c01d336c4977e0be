"""Speakers of quotations on wire-style paragraphs (QA round)."""

from __future__ import annotations

import dataclasses

from bot.news.model import Quote
from bot.news.people import find_people
from bot.news.quotes import find_quotes
from tests.test_people import article


def quotes_of(*paragraphs: str) -> list[Quote]:
    """The quotes of an article made of `paragraphs`, people found first."""
    shell = article(*paragraphs)
    people, mentions = find_people(shell)
    return list(find_quotes(dataclasses.replace(shell, people=people, mentions=mentions)))


def test_she_after_a_spokeswoman_is_the_spokeswoman() -> None:
    quotes = quotes_of(
        '"I think the authors owe us an apology," Natalie Dean, a biostatistician at the '
        "University of Florida, wrote on Twitter.",
        "A spokeswoman for the Centers for Disease Control and Prevention said the agency "
        'was reviewing the study. "We welcome all data," she said.',
    )
    assert quotes[0].speaker == "Natalie Dean"
    assert quotes[1].speaker == ("a spokeswoman for the Centers for Disease Control and Prevention")


def test_one_of_the_sources() -> None:
    quotes = quotes_of(
        "OPEC+ is close to a deal, four sources told Reuters.",
        '"We are almost there," one of the sources said.',
    )
    assert quotes[0].speaker == "one of the sources"


def test_us_titles_referred_back_to_by_role_alone() -> None:
    # A party tag between the name and its apposition; "Sen." read back as "the
    # senator"; "the Fed chairman" for the Federal Reserve Chairman, not for the
    # committee's chairman.
    quotes = quotes_of(
        "Federal Reserve Chairman Alan Greenspan warned Thursday that the crisis could "
        "slow the economy.",
        "Sen. Alfonse D'Amato, R-N.Y., the committee's chairman, was skeptical. "
        "\"I'm not convinced,\" said D'Amato.",
        'The Fed chairman said interest rates were "about right" for now.',
        '"That\'s the message we need to send," the senator said.',
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("I'm not convinced,", "Alfonse D'Amato"),
        ("about right", "Alan Greenspan"),
        ("That's the message we need to send,", "Alfonse D'Amato"),
    ]


def test_a_quote_only_paragraph_whose_source_the_next_one_names() -> None:
    quotes = quotes_of(
        '"This is the kind of shock that markets hate," said Sarah Chen, an investor. '
        '"Nobody knows where it ends."',
        '"We are watching the situation closely."',
        "That was the message from Treasury Secretary Janet Yellen, who spoke to reporters.",
        '"Panic creates opportunity," Chen said.',
    )
    assert [q.speaker for q in quotes] == ["Sarah Chen", "Sarah Chen", "Janet Yellen", "Sarah Chen"]


def test_a_person_inside_a_relative_clause_is_not_the_speaker() -> None:
    quotes = quotes_of(
        "Queen Elizabeth II died on Thursday.",
        "Prime Minister Liz Truss, who was appointed by the Queen only two days earlier, "
        "called her 'the rock on which modern Britain was built'.",
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("the rock on which modern Britain was built", "Liz Truss")
    ]


def test_state_in_a_title_is_no_speech_verb() -> None:
    quotes = quotes_of(
        '"It is time for Russia to end this war," U.S. Secretary of State Antony Blinken '
        "told a news conference.",
        '"Cities must act now," the United States envoy said.',
    )
    assert [q.speaker for q in quotes] == ["Antony Blinken", "the United States envoy"]


def test_a_state_and_party_epithet_is_the_person_named_before() -> None:
    quotes = quotes_of(
        "Senate Minority Leader Mitch McConnell called the bill wasteful.",
        '"This is not a rescue package," the Kentucky Republican said.',
    )
    assert [q.speaker for q in quotes] == ["Mitch McConnell"]


def test_a_quotation_that_runs_on_into_the_next_paragraph() -> None:
    quotes = quotes_of(
        "The governor of the central bank, Ana Ruiz, defended the rate rise on Thursday.",
        '"Inflation is still too high. We cannot wait for it to come down on its own.',
        '"We will keep rates where they are," Ruiz said in a speech in Madrid.',
    )
    assert [(q.speaker, q.text[:10]) for q in quotes] == [
        ("Ana Ruiz", "Inflation "),
        ("Ana Ruiz", "We will ke"),
    ]
    # A mark left open with no quotation after it is no quotation.
    assert quotes_of('Prices rose "sharply in May.', "The vote was held.") == []


def test_a_role_subject_before_a_relative_aside() -> None:
    quotes = quotes_of(
        "A campaign official, who spoke on condition of anonymity because he was not "
        'authorized to discuss strategy, said the team was "clear-eyed."'
    )
    assert [(q.speaker, q.text) for q in quotes] == [("a campaign official", "clear-eyed.")]


def test_the_company_is_no_word_that_only_opens_sentences_nor_a_dateline_agency() -> None:
    quotes = quotes_of(
        "SEOUL (Reuters) — Profit rose 10 percent in the quarter, Reuters calculations "
        "showed. Profit margins widened.",
        '"Demand was strong," the company said.',
    )
    assert [q.speaker for q in quotes] == ["the company"]
    # A company named inside a sentence too is what "the company" stands for.
    quotes = quotes_of(
        "Hyundai Motor said profit rose. Shares of Hyundai Motor fell.",
        '"Demand was strong," the company said.',
    )
    assert [q.speaker for q in quotes] == ["Hyundai Motor"]


def test_an_honorific_tells_which_of_two_namesakes_speaks() -> None:
    quotes = quotes_of(
        "President Donald Trump hosted a dinner. First lady Melania Trump spoke first.",
        '"We are proud of this country," Mrs. Trump said.',
        'John Smith and his wife, Ann Smith, run the bakery. "We never closed," Ms. Smith '
        'said. "We never will," Mr. Smith said.',
    )
    assert [q.speaker for q in quotes] == ["Melania Trump", "Ann Smith", "John Smith"]


def test_the_rest_of_a_quotation_left_open_is_not_the_next_speaker_s() -> None:
    quotes = quotes_of(
        '"We lost everything," the pontiff said. "It is hard.',
        '"But we will go on."',
        'John Parker said talks continued. "We are working," Parker said.',
    )
    assert [q.speaker for q in quotes] == [None, None, None, "John Parker"]


def test_the_19_year_old_is_the_one_of_that_age() -> None:
    quotes = quotes_of(
        'John Ruiz, 52, and Ana Lopez, 19, escaped the fire. "We lost it all," the '
        "19-year-old said."
    )
    assert [q.speaker for q in quotes] == ["Ana Lopez"]


def test_more_given_names_make_people_of_the_news() -> None:
    quotes = quotes_of(
        'Loretta Hughes wept outside the courtroom. "I just want my son back," she said.',
    )
    assert [q.speaker for q in quotes] == ["Loretta Hughes"]


def test_said_the_role_then_a_doctor_s_name_is_the_doctor() -> None:
    quotes = quotes_of(
        '"We were surprised," said the study\'s lead author, Dr. Hannah Bergstrom of the '
        "Karolinska Institute."
    )
    assert [q.speaker for q in quotes] == ["Hannah Bergstrom"]


def test_shouted_and_the_like_attribute_a_quotation() -> None:
    quotes = quotes_of(
        '"It is a special feeling," Virgil van Dijk said.',
        'Coach Didier Deschamps was furious. "The penalty was a scandal," Deschamps shouted.',
    )
    assert [q.speaker for q in quotes] == ["Virgil van Dijk", "Didier Deschamps"]


def test_she_after_someone_unnamed_is_not_the_speaker_before() -> None:
    quotes = quotes_of(
        '"We will not back down," Interior Minister Grace Kamau said.',
        'A woman in the crowd said the police had been brutal. "They shot at us," she said.',
    )
    assert [q.speaker for q in quotes] == ["Grace Kamau", None]


def test_the_former_holder_is_not_the_one_in_office() -> None:
    quotes = quotes_of(
        "Prime Minister Keir Starmer met officials on Monday.",
        'Boris Johnson criticized the plan. "It is a disaster," the former prime minister said.',
        'Former President Jimmy Carter spoke. "We must act," the former president said.',
    )
    assert [q.speaker for q in quotes] == ["the former prime minister", "Jimmy Carter"]


def test_clergy_titles_and_the_pontiff() -> None:
    quotes = quotes_of(
        'Father Giovanni Rossi said it was desperate. "We have no water," Father Rossi said.',
        "Pope Francis on Sunday called for peace in Sudan.",
        '"Let the weapons fall silent," the pontiff said.',
    )
    assert [q.speaker for q in quotes] == ["Giovanni Rossi", "Francis"]


def test_a_description_the_reader_cannot_name_is_not_the_speaker_before() -> None:
    quotes = quotes_of(
        'John Smith spoke first. "It is a special day," he said.',
        'Mary Jones was calm. "We should win," the Oscar winner said.',
        '"We will see," the Barcelona forward said.',
    )
    assert [q.speaker for q in quotes] == ["John Smith", None, None]


def test_the_ceo_is_the_chief_executive_named_last() -> None:
    quotes = quotes_of(
        "Larry Ellison, Oracle's founder and CEO, did not speak on the call.",
        "General Mills Chief Executive Ken Powell said cereal sales had improved. "
        '"We\'ve turned the corner," the CEO said.',
    )
    assert [q.speaker for q in quotes] == ["Ken Powell"]
