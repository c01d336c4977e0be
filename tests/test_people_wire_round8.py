"""People, titles and names of wire copy (round eight): laws, bodies, firms and places
that read as names; titles ("czar", "Taoiseach", "Pro Tem"); honorifics of women;
given names the lists missed."""

from __future__ import annotations

from bot.news.dates import find_timexes
from bot.news.model import Article
from bot.news.pipeline import parse_article


def _parse(text: str, published: str = "1998-02-16") -> Article:
    return parse_article(f"date {published}\n\n{text}\n".encode(), "test")


def _people(text: str, published: str = "1998-02-16") -> list[tuple[str, str | None]]:
    return [(person.name, person.title) for person in _parse(text, published).people]


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in _parse(text).quotes]


def test_a_law_before_a_quotations_close_is_no_person() -> None:
    text = (
        '"They are going to shut the government down over their obsession with the '
        'Affordable Care Act," Senate Majority Leader Harry Reid said on the Senate floor.'
    )
    assert _people(text) == [("Harry Reid", "Senate Majority Leader")]
    # Near miss: a role in apposition still tells a person.
    assert _people("Ruth Meyer, 61, said the plant would close.") == [("Ruth Meyer", None)]


def test_a_statutes_year_is_no_age_nor_date() -> None:
    text = (
        "The accused was charged under Section 302 of the Indian Penal Code, 1860, and "
        "the Arms Act, 1959, police said on Monday."
    )
    assert _people(text, "2010-03-23") == []
    values = [t.value for t in find_timexes(text, _parse(text, "2010-03-23").published)]
    assert values == ["2010-03-22"]
    # Near miss: "the Act of 1959" and a year after a comma elsewhere stay dates.
    other = "The Civil Rights Act of 1964 changed the South, and by 1965, it was law."
    assert [t.value for t in find_timexes(other, _parse(other).published)] == ["1964", "1965"]


def test_bodies_firms_and_studios_are_no_people() -> None:
    assert _people("Central Command said more troops would arrive.") == []
    assert _people("A spokeswoman for Harpo Productions said Monday.") == []
    assert _people("The sequel, a spokeswoman for Imagine Entertainment said, is done.") == []
    assert _people("Mr. Atorino said Time Warner would report a loss for 1989.") == [
        ("Atorino", None)
    ]
    text = (
        "Labor unions have threatened to strike. A spokesman for the Korean Confederation "
        "of Trade Unions, Lee Soo-ho, said workers should not pay."
    )
    assert [name for name, _title in _people(text)] == ["Lee Soo-ho"]


def test_a_firm_before_its_spokesman_leaves_him_the_quote() -> None:
    text = (
        "A spokesman for Philip Morris, Steven Parrish, said the company was pleased. "
        '"We think this is a fair resolution," he said.'
    )
    assert _people(text) == [("Steven Parrish", "spokesman for Philip Morris")]
    assert _speakers(text) == ["Steven Parrish"]


def test_places_are_no_people() -> None:
    assert _people("Actor Charlton Heston died at his home in Beverly Hills.") == [
        ("Charlton Heston", "Actor")
    ]
    assert _people("She told a news conference in Ann Arbor.") == []
    assert _people("On Capitol Hill, Democratic leaders said they would back him.") == []
    # Near miss: a given name before another family name is still a person.
    assert _people("Ann Curry said the show would go on.") == [("Ann Curry", None)]


def test_czar_taoiseach_and_pro_tem_are_titles() -> None:
    assert _people('"So far, so good," said John Koskinen, the White House\'s Y2K czar.') == [
        ("John Koskinen", "White House's Y2K czar")
    ]
    assert _people("Taoiseach Brian Cowen said the package would fund the State.") == [
        ("Brian Cowen", "Taoiseach")
    ]
    text = "Senate President Pro Tem Don Perata, D-Oakland, said the plan was unfair."
    assert _people(text) == [("Don Perata", "Senate President Pro Tem")]


def test_a_capital_state_in_apposition_opens_a_title() -> None:
    text = (
        "John Smith, a State Department spokesman, said the deal was dead. James Rubin, "
        "a Pentagon spokesman, said the troops were ready."
    )
    assert _people(text) == [
        ("John Smith", "State Department spokesman"),
        ("James Rubin", "Pentagon spokesman"),
    ]
    # Near miss: ", stated ..." is a clause, not a title.
    assert _people("John Smith, stated the spokesman, was not there.") != [
        ("John Smith", "stated the spokesman")
    ]


def test_day_as_a_middle_name_after_a_role() -> None:
    text = (
        "The court ruled 5-4, with Justice Sandra Day O'Connor writing for the majority. "
        '"Effective participation by all groups is essential," O\'Connor wrote.'
    )
    assert _people(text, "2003-06-24") == [("Sandra Day O'Connor", "Justice")]
    # Near miss: a holiday after a given name is no middle name.
    assert _people("Crowds lined the Victoria Day Parade route on Monday.") == []


def test_miss_and_mrs_stand_for_women_only() -> None:
    text = (
        "Starr is investigating whether Vernon Jordan encouraged Monica Lewinsky to lie. "
        "Jordan said he had never told Miss Lewinsky to lie."
    )
    assert [name for name, _title in _people(text)] == ["Vernon Jordan", "Monica Lewinsky"]
    # ("Mrs." of one known by the family name alone is taken as that woman: "Prime
    # Minister Thatcher ... Mrs. Thatcher" is far more common than "President Clinton
    # ... Mrs. Clinton"; a man's given name rules her out.)
    text = "Bill Clinton denied the affair yesterday. This morning, Mrs. Clinton went further."
    mentions = _parse(text).mentions
    assert [m.text for m in mentions] == ["Bill Clinton"]
    # Near miss: "Mrs." still names the woman of the family the article named.
    text = "Hillary Clinton and Bill Clinton arrived. Mrs. Clinton spoke first."
    named = [m.name for m in _parse(text).mentions if m.text == "Clinton"]
    assert named == ["Hillary Clinton"]
    assert _people("Miss Universe will be crowned tonight.") == []


def test_given_names_the_lists_missed() -> None:
    assert _people("Newt Gingrich carried Georgia.") == [("Newt Gingrich", None)]
    text = (
        "Katja Seizinger won the downhill. Ilia Kulik "
        "won the men's title. Masahiko Harada jumped to a bronze."
    )
    assert [name for name, _title in _people(text)] == [
        "Katja Seizinger",
        "Ilia Kulik",
        "Masahiko Harada",
    ]
    text = (
        "Morgan Freeman won best supporting actor. Cate Blanchett won best supporting "
        "actress. Charlton Heston presented the award. Lalu Prasad was sentenced."
    )
    assert [name for name, _title in _people(text)] == [
        "Morgan Freeman",
        "Cate Blanchett",
        "Charlton Heston",
        "Lalu Prasad",
    ]
    # Near miss: firms named so are still firms.
    assert _people("Morgan Stanley said, and J.P. Morgan and Morgan Guaranty agreed.") == []


def test_a_prize_or_a_suffix_alone_is_no_person() -> None:
    assert _people("Kevin Spacey won a supporting actor Oscar in 1996.") == [("Kevin Spacey", None)]
    assert _people("The film took in $36 million over the Martin Luther King Jr. weekend.") == []
    # Near miss: a full name that opens with "Oscar" is still a person's.
    assert _people("Oscar Pistorius said he was innocent.") == [("Oscar Pistorius", None)]


def test_review_misfires_of_honorifics_and_given_names_stay_mended() -> None:
    # "Mrs." of one known by the family name alone is that woman (NYT style, 1989-95)
    text = (
        'Prime Minister Thatcher said the poll tax was fair. "We will not back down," '
        "Mrs. Thatcher said."
    )
    assert _speakers(text) == ["Thatcher"]
    # "Miss" before a family name is a woman, before a contest no one
    assert _people('"I was fired," said Miss Lee, 34.') == [("Lee", None)]
    assert _people("Miss Universe was crowned on Sunday. Fans will miss Jordan.") == []
    # a town named with a given name is no one
    assert _people("Morgan Hill police said the suspect fled.") == []


def test_cosmonauts_brokers_and_dealers_are_roles_agent_orange_no_one() -> None:
    assert _people("Russian cosmonaut Yuri Malenchenko will fly in March.") == [
        ("Yuri Malenchenko", "Russian cosmonaut")
    ]
    assert _speakers('"Prices will fall," a dealer in Hong Kong said.') == ["a dealer in Hong Kong"]
    text = (
        "Senator William T. Brannigan fought for veterans exposed to Agent Orange. "
        '"We sent them there," he said.'
    )
    assert _people(text) == [("William T. Brannigan", "Senator")]
    assert _speakers(text) == ["William T. Brannigan"]


def test_miss_before_a_show_a_film_or_a_contest_is_no_one() -> None:
    assert _people('"Driving Miss Daisy" won the Oscar for best picture on Monday.') == []
    assert _people("Miss Saigon opens Tuesday. Little Miss Sunshine was a hit.") == []
    assert _people("Miss Lim, a spokeswoman for the ministry, said the report was wrong.") == [
        ("Lim", "spokeswoman for the ministry")
    ]
    # (a surname that is a word: "Walter Orange" is a man, "Agent Orange" no one)
    assert _people("Walter Orange, the Commodores drummer, said the band would tour.") == [
        ("Walter Orange", "Commodores drummer")
    ]
