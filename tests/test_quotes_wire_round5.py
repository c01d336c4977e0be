"""Speakers and titles on held-out wire styles (round five): spokesmen, lawyers, ministers."""

from __future__ import annotations

from bot.news.people import find_people
from tests.test_people import article
from tests.test_qa_people_quotes import quotes_of as _quotes


def _titles(*paragraphs: str) -> dict[str, str | None]:
    people, _mentions = find_people(article(*paragraphs))
    return {person.name: person.title for person in people}


def test_a_titled_name_after_a_preposition_in_the_apposition_is_not_the_speaker() -> None:
    quotes = _quotes(
        '"The decision was taken to protect the lives of citizens," Ali al-Moussawi, a '
        "spokesman for Prime Minister Nouri al-Maliki, said."
    )
    assert quotes[0].speaker == "Ali al-Moussawi"
    quotes = _quotes('"No," John Smith, an adviser to President Barack Obama, told reporters.')
    assert quotes[0].speaker == "John Smith"


def test_he_after_a_role_of_someone_named_is_the_role_s_own_name() -> None:
    quotes = _quotes(
        "Gilberto Valle, 28, was convicted on Thursday. Valle's lawyer, Robert Baum, said the "
        'chats were fantasy. "We will appeal," he said.'
    )
    assert quotes[0].speaker == "Robert Baum"


def test_a_firm_s_full_stop_ends_the_title_and_its_sentence() -> None:
    for after in ("He said", "Joffe said"):
        titles = _titles(
            '"These attacks are sophisticated," said Rodney Joffe, a senior technologist at '
            f"Neustar Inc. {after} the traffic had been 10 times higher."
        )
        assert titles["Rodney Joffe"] == "senior technologist at Neustar Inc."


def test_a_role_in_apposition_after_a_quotation_titles_the_name() -> None:
    titles = _titles('"We are ready," Kenya\'s foreign minister, Sam Ongeri, told reporters.')
    assert titles["Sam Ongeri"] == "Kenya's foreign minister"


def test_words_of_bodies_make_no_person() -> None:
    titles = _titles(
        '"This leaves people in limbo," said Bryan Stevenson, executive director of the Equal '
        "Justice Initiative.",
        "Steven Drizin of Northwestern University's Center on Wrongful Convictions said he "
        "would seek bond. The National Association of Home Builders agreed.",
    )
    assert sorted(titles) == ["Bryan Stevenson", "Steven Drizin"]


def test_a_weekday_between_the_speaker_and_the_verb_is_no_part_of_it() -> None:
    quotes = _quotes('The Foreign Ministry on Thursday said: "We oppose it."')
    assert quotes[0].speaker == "Foreign Ministry"


def test_a_bare_family_name_is_the_namesake_just_named_in_its_paragraph() -> None:
    quotes = _quotes(
        "Chinese Vice President Li Yuanchao met the delegation on Monday.",
        'Premier Li Keqiang said on Sunday the economy would grow. "We will keep reforms '
        'going," Li said.',
    )
    assert quotes[0].speaker == "Li Keqiang"


def test_h88_review_of_speakers_and_titles() -> None:
    for link in ("a spokesman of", "the wife of", "a lawyer representing"):
        quotes = _quotes(f'"No," Jane Doe, {link} Sen. Robert Menendez, said.')
        assert quotes[0].speaker == "Jane Doe", link
    titles = _titles(
        '"Demand is strong," said Maria Jones, chief economist at Acme Corp. Acme shares rose.'
    )
    assert titles["Maria Jones"] == "chief economist at Acme Corp."


def test_a_body_named_with_and_is_one_name() -> None:
    quotes = _quotes(
        "The Food and Drug Administration approved the drug on Friday.",
        '"It is safe," the agency said.',
    )
    assert quotes[0].speaker == "Food and Drug Administration"


def test_firms_named_like_people_are_no_people() -> None:
    titles = _titles(
        "Shares of Gilead Sciences rose. Novo Nordisk said it would appeal. T. Rowe Price "
        "declined to comment."
    )
    assert titles == {}


def test_he_after_an_unnamed_spokesman_is_the_spokesman() -> None:
    quotes = _quotes(
        "Transport Minister Sommad Pholsena said the recorder was found on Saturday. A police "
        'spokesman said the pilot was experienced. "He had flown this route many times," he '
        "said."
    )
    assert quotes[0].speaker == "a police spokesman"


def test_the_group_may_be_a_lobby() -> None:
    quotes = _quotes(
        "Researchers at the Mayo Clinic published the study. The American Beverage Association "
        'disputed the findings. "The study is flawed," the group said.'
    )
    assert quotes[0].speaker == "American Beverage Association"


def test_a_role_before_sir_and_an_adverb_before_an_owner() -> None:
    titles = _titles(
        'The governor of the Bank of England, Sir Mervyn King, said: "We are not out of the '
        "woods.\" But Labour's shadow chancellor, Ed Balls, said the plan would fail."
    )
    assert titles["Mervyn King"] == "governor of the Bank of England"
    assert titles["Ed Balls"] == "Labour's shadow chancellor"


def test_the_colonel_is_the_lieutenant_colonel() -> None:
    quotes = _quotes(
        'Lt. Col. John Smith commanded the battalion. "We lost good men," the colonel said.'
    )
    assert quotes[0].speaker == "John Smith"


def test_parks_and_american_express_are_no_people() -> None:
    titles = _titles(
        "American Express said profit rose. The race at Albert Park starts on Sunday. "
        "Park Geun-hye said she would go."
    )
    assert list(titles) == ["Park Geun-hye"]


def test_a_pronoun_after_a_clock_time_goes_to_that_sentence_s_subject() -> None:
    quotes = _quotes(
        "President Barack Obama won re-election on Tuesday, defeating Republican Mitt Romney.",
        'Romney called Obama to concede shortly before 1 a.m. "I so wish that I had been able '
        'to lead the country in a different direction," he told supporters in Boston.',
    )
    assert [q.speaker for q in quotes] == ["Mitt Romney"]
