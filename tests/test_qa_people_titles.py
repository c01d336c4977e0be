"""Titles and people found through appositions, on wire-style sentences (QA round)."""

from __future__ import annotations

from bot.news.model import Caption, Person
from bot.news.people import find_people
from tests.test_people import article


def _people(*paragraphs: str) -> dict[str, Person]:
    people, _mentions = find_people(article(*paragraphs))
    return {person.name: person for person in people}


def test_a_clause_after_a_comma_is_no_title() -> None:
    people = _people(
        "Pompeo accused Russia of propping up Venezuelan President Nicolas Maduro, hours "
        "after Russian Foreign Minister Sergei Lavrov warned Washington against it.",
        "Spanish Prime Minister Pedro Sanchez spoke. Mr Sanchez, who faces a general "
        "election next year, insisted on it.",
    )
    assert people["Nicolas Maduro"].title == "Venezuelan President"
    assert people["Pedro Sanchez"].title == "Spanish Prime Minister"


def test_an_apposition_title_runs_to_its_closing_comma() -> None:
    people = _people(
        "Jay Bhattacharya, a professor of medicine at Stanford and a co-author, defended it."
    )
    assert people["Jay Bhattacharya"].title == "professor of medicine at Stanford and a co-author"


def test_plain_words_inside_a_title_before_the_name() -> None:
    people = _people(
        "Venezuelan opposition leader Juan Guaido said it would end.",
        "Chinese foreign ministry spokesman Geng Shuang said Beijing opposed it.",
    )
    assert people["Juan Guaido"].title == "Venezuelan opposition leader"
    assert people["Geng Shuang"].title == "Chinese foreign ministry spokesman"


def test_a_role_in_apposition_before_the_name_makes_a_person() -> None:
    people = _people(
        "Brazil's president, Luiz Inácio Lula da Silva, has promised to end it.",
        "The environment minister, Marina Silva, said the figures were good.",
        "The county's health officer, Dr. Sara Cody, said the results were clear.",
    )
    lula = people["Luiz Inácio Lula da Silva"]
    assert lula.title == "Brazil's president"
    assert not any("Lula da Silva" in alias for alias in lula.aliases)
    assert people["Marina Silva"].title == "environment minister"
    assert people["Sara Cody"].title == "county's health officer"


def test_role_nouns_told_by_their_ending_and_single_names() -> None:
    people = _people(
        "Natalie Dean, a biostatistician at the University of Florida, wrote on Twitter.",
        '"The minister is right," said Neymar, the footballer, who attended the event.',
    )
    assert people["Natalie Dean"].title == "biostatistician at the University of Florida"
    assert "Neymar" in people


def test_a_possessive_determiner_is_not_part_of_the_title() -> None:
    people = _people("His former adviser Dominic Cummings told the same committee it was nonsense.")
    assert people["Dominic Cummings"].title == "former adviser"


def test_an_apposition_after_a_party_tag() -> None:
    people = _people(
        "Federal Reserve Chairman Alan Greenspan spoke first.",
        "Sen. Alfonse D'Amato, R-N.Y., the committee's chairman, was skeptical, and "
        "Rep. Jane Doe, D-Calif., a member of the panel, agreed.",
    )
    assert "committee's chairman" in people["Alfonse D'Amato"].title
    assert "member of the panel" in people["Jane Doe"].title
    assert "the committee's chairman" not in people["Alan Greenspan"].aliases


def test_who_the_agency_and_longer_appositions() -> None:
    people = _people(
        '"We have never seen this," WHO Director-General Tedros Adhanom Ghebreyesus said.',
        "Dr. Mike Ryan, head of the WHO's emergencies program, said countries should act.",
        "Dr. Anthony Fauci, the nation's top infectious disease expert, told a committee.",
    )
    assert people["Tedros Adhanom Ghebreyesus"].title == "WHO Director-General"
    assert people["Mike Ryan"].title == "head of the WHO's emergencies program"
    assert people["Anthony Fauci"].title == "nation's top infectious disease expert"


def test_a_role_in_apposition_after_a_verb_is_the_object_alone() -> None:
    people = _people(
        "Last month, it named a new chief financial officer, Mary Jones, 47, who joined "
        "from Gamma Co.",
        "The company hired a former Goldman Sachs banker, Peter Brown, as its treasurer.",
        "The team appointed its new coach, Luis Enrique, on Monday.",
        "He praised the work of the former minister, Ann Black, at the meeting.",
        "His running mate, Kamala Harris, spoke first.",
        "The head of the central bank, Maria Lopez, said rates would rise.",
    )
    assert {name: person.title for name, person in people.items()} == {
        "Mary Jones": "new chief financial officer",
        "Peter Brown": "former Goldman Sachs banker",
        "Luis Enrique": "new coach",
        "Ann Black": "former minister",
        "Kamala Harris": "running mate",
        "Maria Lopez": "head of the central bank",
    }


def test_a_department_alone_names_no_role() -> None:
    people = _people(
        "President Joe Biden speaks in the State Dining Room of the White House.",
        "Secretary of State Mike Pompeo met Kim.",
        "Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun left.",
    )
    assert sorted(people) == ["Darleen Druyun", "Joe Biden", "Mike Pompeo"]
    assert people["Mike Pompeo"].title == "Secretary of State"


def test_a_photo_credit_in_brackets_is_no_one_in_the_story() -> None:
    caption = Caption(
        text="President Joe Biden speaks at the White House. (AP Photo/Susan Walsh)",
        credit="AP Photo/Susan Walsh",
        date=None,
        place=None,
    )
    people, _mentions = find_people(article("Biden spoke.", captions=(caption,)))
    assert [person.name for person in people] == ["Joe Biden"]


def test_more_titles_before_a_name() -> None:
    people = _people(
        "FAA Administrator Mike Whitaker spoke. Emir Tamim bin Hamad Al Thani met him.",
        "Media mogul Rupert Murdoch retired, and golfer Rory McIlroy won.",
        "Iran's Supreme Leader Ayatollah Ali Khamenei spoke.",
    )
    titles = {name: person.title for name, person in people.items()}
    assert titles["Mike Whitaker"] == "FAA Administrator"
    assert titles["Rupert Murdoch"] == "Media mogul"
    assert titles["Rory McIlroy"] == "golfer"
    assert titles["Ali Khamenei"] == "Iran's Supreme Leader Ayatollah"


def test_a_role_in_apposition_opening_a_sentence_after_a_quotation() -> None:
    people = _people(
        'Trump told CNN that Harris would be "easier to beat." A spokesperson for the '
        "Trump campaign, Karoline Leavitt, said the record was shared."
    )
    assert people["Karoline Leavitt"].title == "spokesperson for the Trump campaign"


def test_a_role_in_apposition_stays_within_its_sentence() -> None:
    people = _people(
        "Maria Gonzalez has run her bakery in Phoenix for 22 years. Her neighbor, Tom "
        "Becker, owns a store.",
        "The chief executive of Acme Corp. Inc., John Smith, resigned.",
    )
    assert people["Tom Becker"].title == "neighbor"
    assert people["John Smith"].title == "chief executive of Acme Corp. Inc."


def test_an_honorific_is_no_part_of_the_title() -> None:
    people = _people("Labour leader Sir Keir Starmer said it was time for change.")
    assert people["Keir Starmer"].title == "Labour leader"


def test_an_abbreviated_title_is_referred_back_to_spelled_out() -> None:
    people = _people(
        "Georgia Gov. Brian Kemp said the election was fair.",
        "The governor has not commented on the charges.",
    )
    assert "The governor" in people["Brian Kemp"].aliases


def test_a_role_in_apposition_after_a_dateline() -> None:
    people = _people(
        "LONDON (Reuters) - The Archbishop of Canterbury, Justin Welby, was enthroned on "
        "Thursday. His predecessor, Rowan Williams, stepped down in December.",
        "NEW YORK (AP) — The chief executive of UnitedHealthcare, Brian Thompson, was shot.",
    )
    assert people["Justin Welby"].title == "Archbishop of Canterbury"
    assert people["Brian Thompson"].title == "chief executive of UnitedHealthcare"
    assert "Rowan Williams" in people


def test_a_past_verb_after_the_name_s_comma_opens_the_predicate_not_a_title() -> None:
    people = _people(
        "Egypt's foreign minister, John Smith, met his counterpart on Sunday.",
        "The interior minister, Jane Doe, visited the president on Monday.",
        "Jim Brown, a retired teacher, said it was fine.",
    )
    assert people["John Smith"].title == "Egypt's foreign minister"
    assert (people["Jane Doe"].title, people["Jane Doe"].aliases) == (
        "interior minister",
        ("The interior minister",),
    )
    assert people["Jim Brown"].title == "retired teacher"


def test_a_general_s_full_rank_is_the_title() -> None:
    people = _people(
        '"The area is secure," Maj. Gen. John Ruiz said.',
        '"We are ready," Brig. Gen. Ana Lopez said.',
    )
    assert people["John Ruiz"].title == "Maj. Gen."
    assert people["Ana Lopez"].title == "Brig. Gen."


def test_a_sentence_adverb_before_a_title_is_no_part_of_it() -> None:
    people = _people(
        "But Prime Minister Pedro Sanchez said there would be time.",
        "Meanwhile Foreign Minister Jose Albares spoke.",
    )
    assert people["Pedro Sanchez"].title == "Prime Minister"
    assert people["Jose Albares"].title == "Foreign Minister"


def test_roles_of_witnesses_farmers_and_band_members() -> None:
    people = _people(
        "Witness Ana Garcia Lopez, a nurse, said the building shook.",
        "Coldplay frontman Chris Martin sang. Farmer John Brown said the crops failed.",
    )
    assert sorted(people) == ["Ana Garcia Lopez", "Chris Martin", "John Brown"]
    assert people["Chris Martin"].title == "Coldplay frontman"


def test_a_role_reference_does_not_reach_over_a_comma() -> None:
    people = _people(
        "Midfielder Kevin De Bruyne set up the second goal. Asked about the title race, "
        "the midfielder insisted the team would win."
    )
    person = people["Kevin De Bruyne"]
    assert (person.title, person.aliases) == (
        "Midfielder",
        ("Midfielder Kevin De Bruyne", "the midfielder"),
    )


def test_a_role_in_apposition_after_a_name_and_its_state() -> None:
    people = _people(
        "Representative Paul Ryan, the Wisconsin Republican who wrote the House version, "
        'dismissed the plan. "It never balances," Ryan said.',
        "Senator Jeff Sessions of Alabama, the top Republican on the budget panel, called it "
        '"a tax-and-spend blueprint."',
    )
    assert "the top Republican on the budget panel" in people["Jeff Sessions"].aliases
    assert "the top Republican on the budget panel" not in people["Paul Ryan"].aliases
