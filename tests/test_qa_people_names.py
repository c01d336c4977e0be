"""Names and role references on wire-style sentences (QA round)."""

from __future__ import annotations

from bot.news.model import Person
from bot.news.people import find_people
from tests.test_people import article


def _people(*paragraphs: str) -> dict[str, Person]:
    people, _mentions = find_people(article(*paragraphs))
    return {person.name: person for person in people}


def test_a_reference_qualified_otherwise_is_not_the_holder() -> None:
    people = _people(
        "North Korean leader Kim Jong Un and South Korean President Moon Jae-in met.",
        "The South Korean leader was joined by aides.",
        "The agriculture minister, Carlos Favaro, said farmers had nothing to fear.",
        "The environment minister said the figures were encouraging.",
    )
    assert "The South Korean leader" in people["Moon Jae-in"].aliases
    assert "The South Korean leader" not in people["Kim Jong Un"].aliases
    assert "The environment minister" not in people["Carlos Favaro"].aliases


def test_a_role_reference_does_not_reach_over_a_sentence_end() -> None:
    people = _people(
        "Saudi Energy Minister Prince Abdulaziz bin Salman has pushed laggards, the sources "
        "said. The prince told a meeting that cheats would pay."
    )
    aliases = people["Abdulaziz bin Salman"].aliases
    assert "The prince" in aliases
    assert not any("said" in alias for alias in aliases)


def test_family_names_that_are_also_other_words() -> None:
    people = _people(
        "Chief Financial Officer Brian West told analysts the year would be hard. West "
        "said supply was a worry.",
        "Sales in the West fell.",
        "Islamic State leader Abu Bakr al-Baghdadi died in a raid. Baghdadi had hidden.",
    )
    west = people["Brian West"]
    assert west.title == "Chief Financial Officer"
    assert west.aliases.count("West") == 1
    assert "Baghdadi" in people["Abu Bakr al-Baghdadi"].aliases


def test_storms_and_given_names_after_a_title() -> None:
    people = _people(
        "Forecasters said Hurricane Florence could stall. The center said Florence was slow.",
        "The leader was joined by his chief of staff, Im Jong-seok.",
        '"Iraq will fully comply," Oil Minister Ihsan Abdul Jabbar said.',
    )
    assert not any("Florence" in name for name in people)
    assert "Im Jong-seok" in people
    assert people["Ihsan Abdul Jabbar"].title == "Oil Minister"


def test_a_middle_name_is_a_short_name_unless_it_is_a_brand() -> None:
    people = _people(
        "Brazil's president, Luiz Inácio Lula da Silva, spoke. Lula said Brazil was back.",
    )
    assert "Lula" in people["Luiz Inácio Lula da Silva"].aliases
    people = _people(
        "Chairman William Clay Ford Jr. spoke at Ford Motor Company. Ford said it would cut.",
    )
    assert "Ford" not in people["William Clay Ford Jr."].aliases


def test_given_names_of_many_languages_accents_or_not() -> None:
    # No title, age or speech verb: the given name alone says these are people.
    people = _people(
        "The women's title went to Markéta Vondroušová, who beat Ons Jabeur in the final.",
        "The trophy was presented after Jürgen Klopp watched from the stands.",
        "Crowds gathered at Victoria Square, near Anna Palace Hotel and Jordan Street.",
    )
    assert {"Markéta Vondroušová", "Jürgen Klopp"} <= set(people)
    assert not {"Victoria Square", "Anna Palace", "Jordan Street"} & set(people)


def test_he_and_she_fit_given_names_with_accents() -> None:
    from bot.news.quote_chains import fits

    assert not fits("he", "Markéta Vondroušová")
    assert fits("she", "Markéta Vondroušová")
    assert not fits("she", "Jürgen Klopp")


def test_firms_named_like_people_are_not_people() -> None:
    people = _people(
        "Morgan Stanley and Wells Fargo report on Tuesday. Analysts at Charles Schwab "
        "and Edward Jones expect strong results. Merrill Lynch said it was cautious.",
        "Charles Schwab, the firm's founder, said he was retiring.",
    )
    assert set(people) == {"Charles Schwab"}
    assert people["Charles Schwab"].title == "firm's founder"


def test_regnal_numbers_belong_to_the_name() -> None:
    people = _people(
        "Queen Elizabeth II died at Balmoral on Thursday.",
        "Her son Charles, 73, immediately became King Charles III.",
        "Pope Benedict XVI and King Felipe VI of Spain sent condolences.",
        "World War II ended in 1945.",
    )
    assert {"Elizabeth II", "Charles III", "Benedict XVI", "Felipe VI"} <= set(people)
    assert people["Charles III"].title == "King"
    assert "Charles" in people["Charles III"].aliases
    assert not any("War" in name for name in people)


def test_a_family_name_that_is_a_month() -> None:
    paragraphs = (
        "British Prime Minister Theresa May said on Tuesday she would resign.",
        "Parliament rejected her deal in May and again in April and May. May, who will "
        "stay on as caretaker, met the queen. In May 2017, May called an election.",
        "The vote may come on 7 May. May's deal failed three times.",
    )
    people, mentions = find_people(article(*paragraphs))
    assert [person.name for person in people] == ["Theresa May"]
    named = [(m.span.paragraph, paragraphs[m.span.paragraph][m.span.start :]) for m in mentions]
    # The person, never the month.
    assert [text[:8] for _paragraph, text in named] == [
        "Theresa ",
        "May, who",
        "May call",
        "May's de",
    ]


def test_a_family_name_several_people_share_is_the_principal() -> None:
    paragraphs = (
        "Former President Donald Trump and his son Eric Trump attended the rally.",
        "Trump said the crowd was the biggest he had seen.",
    )
    _people_found, mentions = find_people(article(*paragraphs))
    bare = [m.name for m in mentions if m.span.paragraph == 1]
    assert bare == ["Donald Trump"]
    # The one named more often is the principal, wherever named.
    paragraphs = (
        "Kim Jong Un met Kim Yong Chol. Kim Yong Chol said the talks went well.",
        "Kim added that more would follow.",
    )
    _people_found, mentions = find_people(article(*paragraphs))
    assert [m.name for m in mentions if m.span.paragraph == 1] == ["Kim Yong Chol"]


def test_given_names_of_the_wider_news_world() -> None:
    people = _people(
        "Olena Zelenska visited the hospital and Ons Jabeur won the final.",
        "Naftali Bennett resigned as Dmytro Kuleba flew to Brussels.",
    )
    assert sorted(people) == ["Dmytro Kuleba", "Naftali Bennett", "Olena Zelenska", "Ons Jabeur"]


def test_a_name_that_names_a_thing_after_the() -> None:
    people = _people(
        "The Harry Potter books sold well, and fans queued at the Joe Smith store.",
        "The late Jane Austen was honoured.",
    )
    assert sorted(people) == ["Jane Austen"]


def test_a_name_before_a_noun_of_a_place_names_that_place() -> None:
    people = _people(
        "Obama was greeted at Ben Gurion airport by President Shimon Peres.",
        "Flights left John F. Kennedy airport for the Jimmy Carter bridge.",
    )
    assert sorted(people) == ["Shimon Peres"]


def test_dutch_and_portuguese_particles_and_footballers() -> None:
    people = _people(
        '"We showed what we can do," United manager Erik ten Hag said after goals from '
        "Alejandro Garnacho and Kobbie Mainoo.",
        "Jose Eduardo dos Santos ruled Angola for 38 years.",
    )
    assert sorted(people) == [
        "Alejandro Garnacho",
        "Erik ten Hag",
        "Jose Eduardo dos Santos",
        "Kobbie Mainoo",
    ]


def test_given_names_of_leaders_often_in_the_news() -> None:
    people, _mentions = find_people(
        article(
            "Hosni Mubarak ruled Egypt. Cyril Ramaphosa met Yoweri Museveni and Abiy Ahmed.",
            "Japan's Shigeru Ishiba and Denmark's Mette Frederiksen also attended.",
        )
    )
    assert [p.name for p in people] == [
        "Hosni Mubarak",
        "Cyril Ramaphosa",
        "Yoweri Museveni",
        "Abiy Ahmed",
        "Shigeru Ishiba",
        "Mette Frederiksen",
    ]


def test_a_chinese_family_name_and_a_pinyin_given_name_make_a_person() -> None:
    people, _mentions = find_people(
        article("Hu Jintao attended. Li Qiang met Wang Yi. Tang Dynasty art was shown.")
    )
    assert [p.name for p in people] == ["Hu Jintao", "Li Qiang", "Wang Yi"]


def test_a_family_name_given_an_age_elsewhere_makes_the_full_name_a_person() -> None:
    people, _mentions = find_people(
        article(
            "LeBron James scored 30 points as the Lakers won.",
            'James, 39, shot 12 of 20. "We needed this one," he said.',
        )
    )
    assert [(p.name, p.aliases) for p in people] == [("LeBron James", ("James",))]


def test_companies_countries_and_groups_that_speak_are_no_people() -> None:
    people = _people(
        "Samsung Electronics said on Monday that profit rose. Credit Suisse said it fell.",
        "Saudi Arabia said it would raise output; Human Rights Watch said the law was unfair.",
        "Portuguese Prime Minister Antonio Costa said he agreed.",
    )
    assert sorted(people) == ["Antonio Costa"]


def test_a_place_that_ends_a_name_after_a_given_name_is_a_family_name() -> None:
    people = _people(
        "Rep. Jim Jordan, R-Ohio, said the probe would continue.",
        "George Washington crossed the Delaware. Obama flew to Jordan on Friday.",
    )
    assert sorted(people) == ["George Washington", "Jim Jordan"]


def test_abu_and_umm_open_a_name() -> None:
    people = _people(
        "Abu Bakr al-Baghdadi led the group. Abu Mohammed al-Jolani left it.",
        "Umm Ahmed, a mother of five, said the shelling was constant.",
    )
    assert sorted(people) == ["Abu Bakr al-Baghdadi", "Abu Mohammed al-Jolani", "Umm Ahmed"]


def test_a_particle_capitalised_at_a_sentence_start_is_the_same_person() -> None:
    people = _people(
        "European Commission President Ursula von der Leyen proposed new tariffs.",
        "Von der Leyen said the bloc would respond firmly.",
    )
    assert sorted(people) == ["Ursula von der Leyen"]
    assert "Von der Leyen" in people["Ursula von der Leyen"].aliases


def test_a_people_of_a_faith_or_a_country_is_no_person() -> None:
    people = _people(
        "Sister Mary Ann Walsh, a spokeswoman for the bishops, said American Catholics were "
        "watching closely."
    )
    assert sorted(people) == ["Mary Ann Walsh"]
