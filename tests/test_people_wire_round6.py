"""People, titles and speakers of wire copy from 1989-2013 the parser had not seen."""

from __future__ import annotations

from bot.news.model import Article
from bot.news.pipeline import parse_article


def _parse(text: str, published: str = "1989-10-20") -> Article:
    return parse_article(f"date {published}\n\n{text}\n".encode(), "test")


def _people(text: str, published: str = "1989-10-20") -> list[tuple[str, str | None]]:
    return [(person.name, person.title) for person in _parse(text, published).people]


def test_a_title_ends_with_the_firm_before_a_new_sentence_that_opens_with_mr() -> None:
    text = (
        "The stock fell, said Perrin Long, an analyst at Lipper Analytical Services Inc. "
        "Mr. Long said he expects layoffs."
    )
    assert _people(text) == [("Perrin Long", "analyst at Lipper Analytical Services Inc.")]


def test_a_role_in_apposition_before_said_is_the_teller_not_a_title() -> None:
    text = (
        "President Barack Obama was briefed throughout the night by FBI Director Robert "
        "Mueller, a White House official said."
    )
    assert ("Robert Mueller", "FBI Director") in _people(text, "2013-04-19")
    text = "The president spoke with Attorney General Eric Holder, a spokesman said."
    assert _people(text, "2013-04-19") == [("Eric Holder", "Attorney General")]
    # (with no article, the role is the name's, written without its second comma)
    text = 'Scott Carson, president of Boeing Commercial Airplanes said, "This is a great day."'
    assert _people(text) == [("Scott Carson", "president of Boeing Commercial Airplanes")]


def _speakers(text: str, published: str = "2013-04-23") -> list[str | None]:
    return [quote.speaker for quote in _parse(text, published).quotes]


def test_an_agency_whose_initials_end_in_i_is_no_nationality_epithet() -> None:
    text = (
        '"We will not negotiate," said Senator Lindsey Graham.\n\n'
        '"We had no warning," the FBI said in a statement.'
    )
    assert _speakers(text) == ["Lindsey Graham", "FBI"]
    text = (
        '"We will not negotiate," said Senator Lindsey Graham.\n\n'
        '"We had no warning," the Iraqi said.'
    )
    assert _speakers(text) == ["Lindsey Graham", "Lindsey Graham"]


def test_a_role_in_apposition_before_a_name_and_a_closing_day_titles_the_speaker() -> None:
    text = '"This is a victory," said Iraq\'s ambassador, Nizar Hamdoon, on Monday.'
    article = _parse(text, "1998-02-24")
    assert [(p.name, p.title) for p in article.people] == [("Nizar Hamdoon", "Iraq's ambassador")]
    assert [q.speaker for q in article.quotes] == ["Nizar Hamdoon"]


def test_kin_and_more_roles_in_apposition_title_the_speaker() -> None:
    text = (
        "Peter Walker was interviewed by the FBI in 2011, an FBI official said.\n\n"
        '"He was not a good person," said his uncle, Ruslan Tsarni.'
    )
    assert _speakers(text) == ["Ruslan Tsarni"]
    text = (
        '"It is critical," said John Smith, the county coroner. "We are ready," said Mary '
        'Jones, the relief coordinator. "It will rain," said Bill Evans, a forecaster.'
    )
    assert _people(text) == [
        ("John Smith", "county coroner"),
        ("Mary Jones", "relief coordinator"),
        ("Bill Evans", "forecaster"),
    ]
    text = '"It will flood," said meteorologist Jan Null of the National Weather Service.'
    assert _speakers(text) == ["Jan Null"]
    # (a role word that is also a family name stays a name: "Gov. Howard Dean")
    assert _people("Gov. Howard Dean signed the bill.") == [("Howard Dean", "Gov.")]


def test_places_named_like_people_are_no_people() -> None:
    text = (
        "Her remains washed ashore in San Francisco Bay. The Mets beat the San Diego "
        "Padres. Rescuers reached San Pedro Sula on Monday. Sierra Leone declared a state "
        "of emergency, and officials in Lower Saxony said the sprouts were the source."
    )
    assert _people(text) == []
    assert _people("Aung San Suu Kyi met Juan San Martin.") == [
        ("Aung San Suu Kyi", None),
        ("Juan San Martin", None),
    ]


def test_a_family_name_after_a_role_of_several_words_is_titled_with_all_of_it() -> None:
    text = (
        "Defense Secretary Cohen said the United States would give diplomacy a chance.\n\n"
        'Protesters interrupted Secretary of State Albright. "That is what democracy is '
        'about," she said.'
    )
    article = _parse(text, "1998-02-20")
    assert [(p.name, p.title) for p in article.people] == [
        ("Cohen", "Defense Secretary"),
        ("Albright", "Secretary of State"),
    ]
    assert [q.speaker for q in article.quotes] == ["Albright"]
    assert _people("Attorney General Reno approved the request.") == [("Reno", "Attorney General")]


def test_a_role_of_several_words_before_of_refers_back_without_its_owner() -> None:
    text = (
        "Tariq Aziz, the deputy prime minister of Iraq, spoke Monday. "
        '"We are ready," the deputy prime minister said.'
    )
    assert _speakers(text, "1998-07-03") == ["Tariq Aziz"]
    text = (
        "Ronnie Flanagan, the chief constable of the Royal Ulster Constabulary, spoke. "
        '"We have planned for every eventuality," the chief constable said.'
    )
    assert _speakers(text, "1998-07-03") == ["Ronnie Flanagan"]


def test_the_company_is_the_one_a_business_noun_named_not_a_building() -> None:
    text = (
        "British retailer Primark confirmed that one of its suppliers occupied the second "
        'floor of Rana Plaza. "We are shocked," the company said in a statement.'
    )
    assert _speakers(text, "2013-04-25") == ["Primark"]


def test_arap_is_a_particle_inside_a_kenyan_name() -> None:
    text = 'President Daniel arap Moi visited the site. "We mourn," Moi said.'
    article = _parse(text, "1998-08-08")
    assert [(p.name, p.title) for p in article.people] == [("Daniel arap Moi", "President")]
    assert [q.speaker for q in article.quotes] == ["Daniel arap Moi"]


def test_a_role_before_a_name_is_the_noun_phrase_nearest_it() -> None:
    text = (
        "We begin tonight with the president and the investigation by the independent "
        "counsel, Kenneth Starr."
    )
    assert _people(text, "1998-01-22") == [("Kenneth Starr", "independent counsel")]
    text = "The cars were made by a project run by Suharto's youngest son, Hutomo Mandala Putra."
    assert _people(text, "1998-01-15") == [("Hutomo Mandala Putra", "Suharto's youngest son")]
    # (one person's roles joined by "and" stay whole)
    text = "The firm's president and chief executive, Alan Mulally, said it."
    assert _people(text) == [("Alan Mulally", "firm's president and chief executive")]


def test_may_is_a_given_name_between_a_role_and_one_family_name() -> None:
    text = '"Rates will fall," said analyst May Chen of Salomon Brothers.'
    article = _parse(text, "1998-02-05")
    assert [(p.name, p.title) for p in article.people] == [("May Chen", "analyst")]
    assert [q.speaker for q in article.quotes] == ["May Chen"]
    assert _people("Prime Minister Theresa May said it.") == [("Theresa May", "Prime Minister")]


def test_pope_after_a_given_name_is_a_family_name() -> None:
    text = '"It will pass," said Tom Pope, a spokesman for the agency.'
    assert _people(text) == [("Tom Pope", "spokesman for the agency")]
    assert _people("Pope Francis said it.") == [("Francis", "Pope")]


def test_review_of_this_rounds_people_rules_keeps_their_look_alikes_apart() -> None:
    # Role words that are family names too end a name after a given name.
    assert _people("Actress Minnie Driver attended the ceremony.") == [("Minnie Driver", "Actress")]
    assert _people("Actor Jack Warden died Wednesday.") == [("Jack Warden", "Actor")]
    # A teller's verb inside a relative clause leaves the role a title.
    text = "Linda Tripp, the former White House aide who told prosecutors about it, testified."
    assert _people(text) == [("Linda Tripp", "former White House aide")]
    # A firm ending the sentence before is no part of an honorific's name.
    text = "The drug was developed by Merck & Co. Dr. Vagelos said it would be sold in March."
    assert _people(text) == [("Vagelos", "Dr.")]
    # One person's roles joined by "and" stay whole.
    text = "Sony's chairman and the architect of its strategy, Norio Ohga, said he would go."
    assert _people(text) == [("Norio Ohga", "Sony's chairman and the architect of its strategy")]
