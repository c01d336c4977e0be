"""People and quotes of wire copy the parser had not seen."""

from __future__ import annotations

from bot.news.pipeline import parse_article


def _people(text: str) -> list[tuple[str, str | None]]:
    article = parse_article(f"date 2013-03-19\n\n{text}\n".encode(), "test")
    return [(person.name, person.title) for person in article.people]


def test_a_style_of_address_is_no_part_of_a_title() -> None:
    text = "Vatican spokesman the Rev. Federico Lombardi said the pope would meet Benedict."
    assert _people(text) == [("Federico Lombardi", "Vatican spokesman")]
    text = "Hezbollah leader Sheikh Hassan Nasrallah said the group would fight."
    assert _people(text) == [("Hassan Nasrallah", "Hezbollah leader")]


def test_more_given_names_mark_a_person() -> None:
    text = "Democratic Party leader Pier Luigi Bersani said he would begin talks on Monday."
    assert _people(text) == [("Pier Luigi Bersani", "Democratic Party leader")]
    assert _people("Kuroda replaced Masaaki Shirakawa.") == [("Masaaki Shirakawa", None)]
    assert _people("Souleymane Maiga was arrested on Monday.") == [("Souleymane Maiga", None)]
    assert _people("Tiger Woods won on Monday.") == [("Tiger Woods", None)]


def test_a_quote_before_a_title_of_two_roles_and_a_name_is_theirs() -> None:
    text = '"We continue to see good momentum," Chairman and CEO Ken Powell said in a statement.'
    article = parse_article(f"date 2013-03-19\n\n{text}\n".encode(), "test")
    assert [q.speaker for q in article.quotes] == ["Ken Powell"]


def test_a_title_stops_at_a_conjunction_or_at_and_after_a_company() -> None:
    text = (
        "The launch came two days after Samsung's chairman, Lee Kun-hee, marked the "
        "company's anniversary."
    )
    assert _people(text) == [("Lee Kun-hee", "Samsung's chairman")]
    text = "Dell received proposals from Blackstone Group LP and activist investor Carl Icahn."
    assert _people(text) == [("Carl Icahn", "activist investor")]
    # Two roles joined by "and" stay one title.
    text = "Apple Computer CEO and co-founder Steve Jobs spoke."
    assert _people(text) == [("Steve Jobs", "Apple Computer CEO and co-founder")]


def test_a_company_named_after_its_founder_is_not_the_founder() -> None:
    text = (
        "Founder Michael Dell offered $13.65 a share. Dell shares rose 2 percent on Monday. "
        "Carl Icahn disclosed a stake in Dell on Tuesday."
    )
    article = parse_article(f"date 2013-03-27\n\n{text}\n".encode(), "test")
    assert [event.people for event in article.events] == [(), ("Carl Icahn",)]


def test_a_nationality_with_a_qualifier_or_an_age_stands_for_the_one_named() -> None:
    for text in (
        'Rory McIlroy finished tied for 45th. "He deserves it," the Northern Irishman said.',
        'Rory McIlroy finished tied for 45th. "He deserves it," the 23-year-old Northern '
        "Irishman said.",
    ):
        article = parse_article(f"date 2013-03-25\n\n{text}\n".encode(), "test")
        assert [q.speaker for q in article.quotes] == ["Rory McIlroy"]


def test_a_list_of_titled_people_is_no_apposition() -> None:
    text = (
        "Delegations attended, including Argentine President Cristina Fernandez, U.S. Vice "
        "President Joe Biden and the Prince of Monaco."
    )
    assert _people(text) == [
        ("Cristina Fernandez", "Argentine President"),
        ("Joe Biden", "U.S. Vice President"),
    ]
    # A role that serves a person named in it still is one.
    text = "Renae Eze, a spokeswoman for Republican Gov. Greg Abbott, said it would."
    assert _people(text)[0] == ("Renae Eze", "spokeswoman for Republican Gov. Greg Abbott")


def test_military_ranks_are_titles() -> None:
    assert _people("Corporal Alexandre Van Dooren, 24, died Sunday.") == [
        ("Alexandre Van Dooren", "Corporal")
    ]
    assert _people("Pvt. Bradley Manning pleaded guilty.") == [("Bradley Manning", "Pvt.")]
    # A rank before a name no list holds marks a person too.
    assert _people("Sgt. Bradley Manning was sentenced.") == [("Bradley Manning", "Sgt.")]


def test_a_role_owned_by_a_person_named_in_it_is_a_title() -> None:
    text = "Mark Regev, Prime Minister Benjamin Netanyahu's spokesman, said the talks would resume."
    assert _people(text)[0] == ("Mark Regev", "Prime Minister Benjamin Netanyahu's spokesman")


def test_the_company_is_the_one_that_opened_a_sentence_before_not_a_name_in_passing() -> None:
    text = (
        'Sony Corp said it would sell its New York headquarters. "We need to restructure," '
        "the company said."
    )
    article = parse_article(f"date 2013-03-19\n\n{text}\n".encode(), "test")
    assert [q.speaker for q in article.quotes] == ["Sony Corp"]


def test_an_office_is_referred_back_to_by_its_other_name() -> None:
    text = (
        "Prime Minister Mario Monti defended the decision. "
        '"It was the right thing to do," the premier said.'
    )
    article = parse_article(f"date 2013-03-19\n\n{text}\n".encode(), "test")
    assert [q.speaker for q in article.quotes] == ["Mario Monti"]
    text = (
        "Walter Madison, Richmond's lawyer, said his client was devastated. "
        '"He is a 16-year-old boy," the attorney said.'
    )
    article = parse_article(f"date 2013-03-19\n\n{text}\n".encode(), "test")
    assert [q.speaker for q in article.quotes] == ["Walter Madison"]


def test_a_name_after_saint_is_a_place_or_a_team() -> None:
    text = "He played for the St. Louis Cardinals. Louis Smith said it."
    assert _people(text) == [("Louis Smith", None)]


def test_a_nationality_after_said_stands_for_the_one_named() -> None:
    text = (
        'Justin Rose beat Phil Mickelson by two shots. "It is a dream," said the 32-year-old '
        "Englishman."
    )
    article = parse_article(f"date 2013-03-25\n\n{text}\n".encode(), "test")
    assert [q.speaker for q in article.quotes] == ["Justin Rose"]


def test_a_country_named_with_and_is_one_title() -> None:
    text = "Bosnia and Herzegovina President Nebojsa Radmanovic said it would."
    assert _people(text) == [("Nebojsa Radmanovic", "Bosnia and Herzegovina President")]


def test_companies_and_papers_named_like_people_are_no_people() -> None:
    text = (
        "Rio Tinto said last week it had sold its stake. Anglo American, Barrick Gold and "
        "Newmont Mining said on Tuesday they would cut jobs. Best Buy reported a loss. Eli "
        "Lilly and Co said sales fell. Weight Watchers said sales fell. Corriere della Sera "
        "reported that the Popolo della Liberta came second. Frankfurter Allgemeine Zeitung "
        "reported it. Jeremy Gold, a fund manager, said prices rose."
    )
    assert _people(text) == [("Jeremy Gold", "fund manager")]


def _speakers(text: str) -> list[str | None]:
    article = parse_article(f"date 2013-03-19\n\n{text}\n".encode(), "test")
    return [quote.speaker for quote in article.quotes]


def test_the_one_who_speaks_for_someone_or_is_quoted_by_an_outlet_is_the_speaker() -> None:
    text = 'Uhuru Kenyatta won. "The petition will fail," said Kenyatta\'s spokesman, Munyori Buku.'
    assert _speakers(text) == ["Munyori Buku"]
    text = (
        'Interfax quoted Russian Finance Minister Anton Siluanov as saying: "We are ready to '
        'discuss the loan." Prime Minister Nouri al-Maliki met Kerry. "Iraq will not be a '
        'corridor," the statement quoted the prime minister as saying.'
    )
    assert _speakers(text) == ["Anton Siluanov", "Nouri al-Maliki"]


def test_a_justice_is_the_judge_and_a_us_attorney_the_prosecutor() -> None:
    text = (
        'Justice Nigel Sweeney told the pair they had lied. "Remorse is limited," the judge '
        'said. U.S. Attorney Preet Bharara announced charges. "This is serious," the '
        'prosecutor said. Justice Minister Paola Severino spoke. "It is fine," the judge said.'
    )
    assert _speakers(text) == ["Nigel Sweeney", "Preet Bharara", "Nigel Sweeney"]


def test_an_opening_conjunction_or_a_verb_is_no_part_of_a_title() -> None:
    text = "When Gov. Jerry Brown signed the bill, he said it was overdue."
    assert _people(text) == [("Jerry Brown", "Gov.")]
    text = "The National Farmers Union will meet Environment Secretary Owen Paterson."
    assert _people(text) == [("Owen Paterson", "Environment Secretary")]
    assert _people("As Senate Majority Leader Harry Reid said, the bill is dead.") == [
        ("Harry Reid", "Senate Majority Leader")
    ]


def test_military_ranks_written_without_a_full_stop() -> None:
    text = (
        "Pakistan's former military ruler Pervez Musharraf has returned. "
        '"I have come to serve the nation," Gen Musharraf said.'
    )
    article = parse_article(f"date 2013-03-24\n\n{text}\n".encode(), "test")
    assert [person.name for person in article.people] == ["Pervez Musharraf"]
    assert [quote.speaker for quote in article.quotes] == ["Pervez Musharraf"]
    assert _people("Gen Z voters are leaving Facebook.") == []


def test_firms_named_like_people_are_no_people() -> None:
    text = (
        "Sony Pictures said the film would open in China in April. J.C. Penney said sales "
        "fell. A.P. Moller-Maersk said profit rose. Columbia Records said the album sold well."
    )
    assert _people(text) == []


def test_indian_states_are_no_people() -> None:
    text = "Officials in Madhya Pradesh said the toll had risen. Police in Tamil Nadu agreed."
    assert _people(text) == []


def _speakers(text: str) -> list[str]:
    article = parse_article(f"date 2013-03-20\n\n{text}\n".encode(), "test")
    return [quote.speaker for quote in article.quotes]


def test_a_pair_named_in_the_sentence_before_is_not_the_speakers() -> None:
    text = (
        "Barack Obama met Angela Merkel and Francois Hollande on Sunday. "
        'Obama said: "The talks were very productive."'
    )
    assert _speakers(text) == ["Barack Obama"]
    assert _speakers('Angela Merkel and Francois Hollande said: "We agree."') == ["Angela Merkel"]


def test_a_city_or_a_peoples_adjective_is_no_company() -> None:
    text = 'Apple shares fell in Jerusalem on Monday.\n\n"We are disappointed," the company said.'
    assert _speakers(text) == ["Apple"]
    text = 'The talks were held in Jerusalem on Wednesday.\n\n"It went well," the company said.'
    assert _speakers(f"Talks in Jerusalem.\n\n{text}") == ["the company"]


def test_a_department_in_a_role_reference_must_match_the_title() -> None:
    text = (
        "Health Minister Yael German spoke on Tuesday.\n\n"
        '"We will not give up," the finance minister said.\n\n'
        '"We will win," the health minister said.'
    )
    assert _speakers(text) == ["the finance minister", "Yael German"]


def test_a_party_led_by_a_person_is_no_part_of_the_title() -> None:
    text = "Bersani met the People of Freedom party of former Prime Minister Silvio Berlusconi."
    assert _people(text) == [("Silvio Berlusconi", "former Prime Minister")]
    text = "The 5-Star Movement of comedian Beppe Grillo won a quarter of the vote."
    assert _people(text) == [("Beppe Grillo", "comedian")]


def test_a_peoples_adjective_after_a_role_word_is_no_person() -> None:
    text = (
        "Saeb Erekat, the chief Palestinian negotiator, said talks had stalled.\n\n"
        '"We are ready," the chief Palestinian negotiator said.'
    )
    assert _people(text) == [("Saeb Erekat", "chief Palestinian negotiator")]
    assert _speakers(text) == ["Saeb Erekat"]


def test_a_verb_after_a_modal_is_no_part_of_a_title() -> None:
    text = "Obama will press Syrian President Bashar al-Assad to step down."
    assert _people(text) == [("Bashar al-Assad", "Syrian President")]
    text = "According to analyst Maryann Keller, the deal is a good one."
    assert _people(text) == [("Maryann Keller", "analyst")]


def test_h71_review_titles_after_to_and_firms_based_in_a_city() -> None:
    text = "Power passed to acting President Nicolas Maduro after Chavez died."
    assert _people(text)[0] == ("Nicolas Maduro", "acting President")
    text = "Bersani wants to succeed caretaker Prime Minister Mario Monti."
    assert _people(text) == [("Mario Monti", "caretaker Prime Minister")]
    assert _people('"It is close," said Prof John Curtice.') == [("John Curtice", "Prof")]
    text = 'Nokia, based in Espoo, Finland, said profit fell. "It was tough," the company said.'
    assert _speakers(text) == ["the company"]


def test_more_given_names_find_people_with_no_title() -> None:
    text = (
        "Lewis Hamilton won the race. Deval Patrick signed the bill. Bosco Ntaganda "
        "surrendered. Tyson Foods said profit rose."
    )
    assert [name for name, _title in _people(text)] == [
        "Lewis Hamilton",
        "Deval Patrick",
        "Bosco Ntaganda",
    ]


def test_h73_h74_places_and_ranks() -> None:
    assert _people("Officials in Abu Dhabi said the deal was done.") == []
    assert _speakers('"We will win," Chief Constable Matt Baggott said.') == ["Matt Baggott"]
    assert _speakers('"No," said Del. Neil Parrott.') == ["Neil Parrott"]


def test_h76_review_firm_prefixes_and_place_names() -> None:
    assert _people("The Abu Dhabi Investment Authority said it bought the stake.") == []
    text = "General Mills Inc Chief Executive Ken Powell spoke."
    assert _people(text) == [("Ken Powell", "General Mills Inc Chief Executive")]
    assert _people("Moses Lake officials said the plant would close.") == []


def test_opposition_and_rebel_leaders_keep_their_qualifier() -> None:
    text = "Maduro faces opposition leader Henrique Capriles in the election."
    assert _people(text)[-1] == ("Henrique Capriles", "opposition leader")
    text = "Ed Balls, the opposition Labour Party's finance spokesman, said no."
    assert _people(text) == [("Ed Balls", "opposition Labour Party's finance spokesman")]
