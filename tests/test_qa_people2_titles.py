"""Names and titles on held-out wire styles (QA round 2)."""

from __future__ import annotations

import pytest

from bot.news.model import Article, Person
from bot.news.people import find_people
from bot.news.pipeline import parse_article
from tests.test_people import article


def _people(*paragraphs: str) -> dict[str, Person]:
    people, _mentions = find_people(article(*paragraphs))
    return {person.name: person for person in people}


def _parsed(text: str) -> Article:
    """The whole parse of a one-paragraph article dated 2024-01-01."""
    return parse_article(f"date 2024-01-01\n\n{text}\n".encode(), "test")


def test_party_and_office_words_are_titles_not_names() -> None:
    people = _people(
        "Democrat John Fetterman defeated Republican Mehmet Oz in the Senate race.",
        "State Superintendent Molly Spearman said lessons would go online.",
    )
    assert people["Mehmet Oz"].title == "Republican"
    assert people["Molly Spearman"].title == "State Superintendent"


def test_an_organisation_qualifies_a_lower_case_role() -> None:
    people = _people("White House press secretary Jen Psaki said the checks would come soon.")
    assert people["Jen Psaki"].title == "White House press secretary"


def test_kin_and_mid_sentence_appositions_give_titles() -> None:
    people = _people(
        "Moon, joined by his chief of staff, Im Jong-seok, greeted Kim Jong Un at the border.",
        "Kim's sister, Kim Yo Jong, stood behind her brother.",
        "Her neighbor, Tom Becker, said he had moved everything upstairs.",
    )
    assert people["Im Jong-seok"].title == "chief of staff"
    assert people["Kim Yo Jong"].title == "Kim's sister"
    assert people["Tom Becker"].title == "neighbor"
    people = _people("Her main rival, Xóchitl Gálvez, conceded. Its rival, Airbus, said so.")
    assert people["Xóchitl Gálvez"].title == "main rival" and "Airbus" not in people


def test_an_age_in_the_apposition_is_no_part_of_the_title() -> None:
    people = _people(
        "Claudia Sheinbaum, a 61-year-old climate scientist and former mayor, won the vote."
    )
    assert people["Claudia Sheinbaum"].title == "climate scientist and former mayor"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # A place that is also a given name is a person when a role says so...
        (
            '"It is an upgrade," said Carolina Milanesi, an analyst at Creative Strategies.',
            ["Carolina Milanesi"],
        ),
        ("Jordan Peterson, a psychologist, said it was fine.", ["Jordan Peterson"]),
        # ...and stays a place otherwise.
        ("Georgia Power, the state's largest utility, said it was fine.", []),
        ("North Carolina Governor Roy Cooper said it was fine.", ["Roy Cooper"]),
    ],
)
def test_a_given_name_that_is_also_a_place(text: str, people: list[str]) -> None:
    article = _parsed(text)
    assert [p.name for p in article.people] == people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            '"Sentiment is weak," said the senior market strategist for Invesco AIM, Fritz Meyer.',
            ("Fritz Meyer", "senior market strategist for Invesco AIM"),
        ),
        (
            '"It is fine," said the company\'s chief executive, Jane Doe.',
            ("Jane Doe", "company's chief executive"),
        ),
    ],
)
def test_a_role_after_a_speech_verb_titles_the_name_that_ends_the_sentence(
    text: str, person: tuple[str, str]
) -> None:
    article = _parsed(text)
    assert [(p.name, p.title) for p in article.people] == [person]
    assert [q.speaker for q in article.quotes] == [person[0]]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Justices Stephen Breyer, Sonia Sotomayor and Elena Kagan dissented.",
            ["Stephen Breyer", "Sonia Sotomayor", "Elena Kagan"],
        ),
        # A comma alone is an apposition, not a list.
        (
            '"It is fine," said Tim Ghriskey, Solaris Asset Management, in New York.',
            ["Tim Ghriskey"],
        ),
    ],
)
def test_names_listed_with_a_person_are_people(text: str, people: list[str]) -> None:
    article = _parsed(text)
    assert [p.name for p in article.people] == people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Melinda French Gates said on Monday it goes on. Ms. French Gates, 56, was proud.",
            ("Melinda French Gates", None),
        ),
        (
            "His wife, Gisele Barreto Fetterman, voted. Gisele Fetterman said she was proud.",
            ("Gisele Barreto Fetterman", "wife"),
        ),
        ("Michael M. Sears resigned. Michael Sears had led the unit.", ("Michael M. Sears", None)),
    ],
)
def test_a_shorter_form_of_a_name_is_the_same_person(
    text: str, person: tuple[str, str | None]
) -> None:
    article = _parsed(text)
    assert [(p.name, p.title) for p in article.people] == [person]


def test_a_given_name_inside_an_organisation_is_no_alias() -> None:
    text = "Bill Gates spoke. He said the Bill & Melinda Gates Foundation would go on."
    article = _parsed(text)
    assert [(p.name, p.aliases) for p in article.people] == [("Bill Gates", ())]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('"It is bad," said Tom Ellis, 45, a retiree in Salem.', ("Tom Ellis", "retiree in Salem")),
        ('"Fine," said Ann Lee, a student at Yale.', ("Ann Lee", "student at Yale")),
        ("Tom Ellis, 45, was arrested.", ("Tom Ellis", None)),
    ],
)
def test_an_age_before_the_apposition_and_everyday_roles(
    text: str, person: tuple[str, str | None]
) -> None:
    article = _parsed(text)
    assert [(p.name, p.title) for p in article.people] == [person]


def test_an_abbreviated_role_is_no_name_and_a_role_for_someone_is_not_theirs() -> None:
    people = _people(
        '"We disagree," said Renae Eze, a spokeswoman for Republican Gov. Greg Abbott.',
        '"No," said Tom Lee, an aide to Sen. John Smith.',
    )
    assert sorted(people) == ["Greg Abbott", "John Smith", "Renae Eze", "Tom Lee"]
    assert people["Greg Abbott"].title == "Republican Gov."
    assert people["Renae Eze"].title == "spokeswoman for Republican Gov. Greg Abbott"
    assert people["John Smith"].title == "Sen."


def test_a_title_modifier_bridges_plain_words_to_the_role() -> None:
    people = _people("Former immigration minister Robert Jenrick resigned last month.")
    assert people["Robert Jenrick"].title == "Former immigration minister"


def test_a_name_after_a_company_noun_is_a_company() -> None:
    people = _people(
        "Vaccine maker Bavarian Nordic said it could supply 10 million doses.",
        "Film producer Harvey Weinstein said he would appeal.",
    )
    assert sorted(people) == ["Harvey Weinstein"]


def test_a_title_word_before_a_generational_suffix_is_a_family_name() -> None:
    people = _people(
        "Martin Luther King Jr.'s son, Martin Luther King III, spoke in Atlanta.",
    )
    assert sorted(people) == ["Martin Luther King III", "Martin Luther King Jr."]
    assert people["Martin Luther King Jr."].title is None


def test_a_nickname_the_article_gives_is_a_name_of_that_person() -> None:
    people = _people(
        "Andrés Manuel López Obrador, known as AMLO, spoke on Monday.",
        '"We will not go," AMLO told reporters.',
    )
    assert list(people) == ["Andrés Manuel López Obrador"]
    assert "AMLO" in people["Andrés Manuel López Obrador"].aliases


def test_a_verb_between_two_names_bridges_no_title() -> None:
    people = _people("Chinese Foreign Minister Wang Yi met Premier Li Qiang.")
    assert people["Li Qiang"].title == "Premier"


def test_a_month_that_is_a_given_name_names_a_person_a_role_or_family_tells_of() -> None:
    people = _people(
        "June Steenkamp, the mother of Reeva Steenkamp, said she had forgiven him.",
        "Arizona Gov. Jan Brewer vetoed the bill. Jan Egeland, the head of the council, agreed.",
    )
    assert {"June Steenkamp", "Jan Brewer", "Jan Egeland"} <= people.keys()
    assert people["Jan Brewer"].title == "Arizona Gov."
    # The month put to calendar use, or no role to say a person: no one.
    people = _people(
        "By April Smith, the mayor, had quit. In June Obama spoke. June Smith won.",
    )
    assert not {"April Smith", "June Obama", "June Smith"} & people.keys()


def test_firms_bodies_and_joined_names_are_not_titles_or_people() -> None:
    people = _people(
        "General Mills said profit rose. General Electric said it would cut jobs.",
        "The quake struck at dawn, the U.S. Geological Survey said.",
        "Relations between Washington and President Hamid Karzai soured.",
        '"We will not back down," said John Smith, the party\'s chairman. Shares rose.',
        "Foreign Ministry spokesman Hong Lei spoke. Hong Kong stocks rose.",
    )
    assert set(people) == {"Hamid Karzai", "John Smith", "Hong Lei"}
    assert people["Hamid Karzai"].title == "President"
    assert people["John Smith"].title == "party's chairman"
    assert people["Hong Lei"].title == "Foreign Ministry spokesman"
    # A role and a joined role stay whole.
    people = _people('"Good," said Chairman and CEO Ken Powell.')
    assert people["Ken Powell"].title == "Chairman and CEO"


def test_an_and_inside_a_bodys_or_countrys_name_stays_in_the_title() -> None:
    people = _people(
        "Securities and Exchange Commission Chairman Mary Jo White spoke.",
        "Food and Drug Administration chief Jane Henney spoke.",
        "He met Obama and German Chancellor Angela Merkel.",
        "The visit exposed a rift between Washington and Afghan President Hamid Karzai.",
    )
    assert people["Mary Jo White"].title == "Securities and Exchange Commission Chairman"
    assert people["Jane Henney"].title == "Food and Drug Administration chief"
    assert people["Angela Merkel"].title == "German Chancellor"
    # (a role right after the word after "and" starts a new title: "Trinidad and Tobago
    # Prime Minister" is read "Tobago Prime Minister", the rarer case)
    assert people["Hamid Karzai"].title == "Afghan President"


def test_the_country_as_president_is_no_reference_to_the_president() -> None:
    people = _people(
        "President Barack Obama wrapped up his first trip to the country as president."
    )
    assert people["Barack Obama"].title == "President"
    assert "the country as president" not in people["Barack Obama"].aliases


def test_san_after_a_given_name_is_part_of_the_name() -> None:
    people = _people(
        "Aung San Suu Kyi met the president. Juan San Martin spoke.",
        "He flew to San Francisco to meet Mayor Ed Lee.",
    )
    assert {"Aung San Suu Kyi", "Juan San Martin", "Ed Lee"} == set(people)


def test_the_office_is_not_one_held_no_more_or_not_yet() -> None:
    # "the president" is the president, not the former one; the chancellor is not the
    # shadow chancellor, and "he said" after the shadow chancellor is his.
    parsed = parse_article(
        b"date 2013-03-20\n\nPresident Nicos Anastasiades blamed his predecessor, former "
        b'President Demetris Christofias.\n\n"We inherited a bankrupt state," the '
        b'president said.\n\nChancellor George Osborne cut his forecast. "It is a hard '
        b"road,\" the chancellor said. Labour's shadow chancellor, Ed Balls, said the plan "
        b'had failed. "It offers nothing," he said.\n',
        "test",
    )
    speakers = [quote.speaker for quote in parsed.quotes]
    assert speakers == ["Nicos Anastasiades", "George Osborne", "Ed Balls"]
    parsed = _parsed(
        'Acting President Nicolas Maduro will face Henrique Capriles. "I will be a '
        'candidate as long as I live," the late president said in a speech last year.'
    )
    assert [quote.speaker for quote in parsed.quotes] != ["Nicolas Maduro"]
