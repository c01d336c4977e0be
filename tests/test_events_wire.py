"""Event texts of wire copy the parser had not seen: clauses joined by ", and" or
", but", each told on its own."""

from __future__ import annotations

import datetime as dt

from bot.news.events import find_events
from bot.news.model import Article, Person
from bot.news.pipeline import parse_article

_FRIDAY = dt.date(2013, 3, 22)


def _article(text: str, published: dt.date, people: tuple[Person, ...] = ()) -> Article:
    return Article(
        source="test",
        published=published,
        title="A title",
        title_given=True,
        captions=(),
        paragraphs=(text,),
        people=people,
    )


def _texts(text: str, published: dt.date = _FRIDAY) -> list[tuple[str, str]]:
    return [(e.expression, e.text) for e in find_events(_article(text, published))]


def test_a_clause_after_a_comma_and_with_a_verb_that_is_also_a_plain_form() -> None:
    text = "A Buddhist monk was killed on Wednesday, and mobs set fire to a mosque on Thursday."
    assert _texts(text) == [
        ("Wednesday", "A Buddhist monk was killed"),
        ("Thursday", "Mobs set fire to a mosque"),
    ]
    text = (
        "Protesters had gathered in Ramallah on Wednesday to denounce the visit, and some "
        "demonstrators tore down posters of Obama earlier this week."
    )
    assert _texts(text) == [
        ("Wednesday", "Protesters had gathered in Ramallah to denounce the visit"),
        ("earlier this week", "Some demonstrators tore down posters of Obama"),
    ]


def test_a_dated_verb_after_a_comma_and_but_shares_the_subject() -> None:
    text = "The Nikkei rose 2.7 percent last week, but fell 2.7 percent on Monday."
    assert _texts(text) == [
        ("last week", "The Nikkei rose 2.7 percent"),
        ("Monday", "The Nikkei fell 2.7 percent"),
    ]
    # With no date of its own, what follows ", but" is left out of the day's text.
    text = "The bank cut rates on Thursday, but gave no commitment to further moves."
    assert _texts(text) == [("Thursday", "The bank cut rates")]
    # A subject of its own opens a clause of its own.
    text = "Talks resumed on Monday, but officials said on Tuesday no deal was near."
    assert _texts(text) == [
        ("Monday", "Talks resumed"),
        ("Tuesday", "Officials said no deal was near"),
    ]


def test_it_opening_an_event_is_never_the_person_the_sentence_before_opens_with() -> None:
    article = _article(
        "President Barack Obama is due to land in Israel on Wednesday. It will be his "
        "first visit to the country since he took office in 2009.",
        dt.date(2013, 3, 15),
        (Person("Barack Obama", "President"),),
    )
    texts = [e.text for e in find_events(article)]
    assert texts[1] == "It will be his first visit to the country since he took office in 2009"


def test_he_after_a_quotation_is_the_one_quoted() -> None:
    paragraph = (
        "Government spokesman Gaston Mackouzangba said the army held Damara. "
        '"The situation is under control," he told state radio on Sunday.'
    )
    article = parse_article(f"date 2013-03-18\n\n{paragraph}\n".encode(), "test")
    (event,) = article.events
    assert event.text == '"The situation is under control," Gaston Mackouzangba told state radio'
    assert event.people == ("Gaston Mackouzangba",)


def test_he_after_one_who_said_he_would_is_that_one() -> None:
    paragraph = (
        "Nicolas Maduro said he would meet President Barack Obama. He is scheduled to "
        "register his candidacy next Monday."
    )
    article = parse_article(f"date 2013-03-19\n\n{paragraph}\n".encode(), "test")
    (event,) = article.events
    assert event.text == "Nicolas Maduro is scheduled to register his candidacy"
    assert event.people == ("Nicolas Maduro",)


def test_a_passive_before_but_lends_no_auxiliary_to_a_verb_that_takes_none() -> None:
    text = "He was sentenced to 10 years in prison last year, but appealed on Monday."
    assert _texts(text)[1] == ("Monday", "He appealed")


def test_its_after_a_company_named_for_a_person_is_the_company() -> None:
    article = _article(
        "Martha Stewart Living Omnimedia lost $50 million last year. Its shares fell 4 "
        "percent on Tuesday.",
        dt.date(2013, 3, 20),
        (Person("Martha Stewart"),),
    )
    texts = [e.text for e in find_events(article)]
    assert texts[-1] == "Martha Stewart Living Omnimedia's shares fell 4 percent"


def test_a_relative_clause_in_an_apposition_opening_with_an_age() -> None:
    text = (
        "Capriles, the 40-year-old governor who lost to Chavez in the election last year, "
        "dismissed the allegation."
    )
    assert _texts(text, dt.date(2013, 3, 19)) == [
        ("last year", "Capriles lost to Chavez in the election")
    ]


def test_an_aside_of_when_a_thing_is_due_and_a_quarter_modifier_stay_in_the_text() -> None:
    article = parse_article(
        b"date 2013-03-20\n\nThe Ifo index, due on Monday, is expected to show a dip.\n\n"
        b"Nike reported a 10 percent rise in third-quarter profit.\n\n"
        b"The report is due on Friday.\n",
        "t",
    )
    assert [e.text for e in find_events(article)] == [
        "The Ifo index, due on Monday, is expected to show a dip",
        "Nike reported a 10 percent rise in third-quarter profit",
        "The report is due",
    ]


def test_it_after_a_place_based_company_is_the_company() -> None:
    article = parse_article(
        b"date 2013-03-20\n\nThe San Mateo, Calif.-based company reported results on "
        b"Feb. 19. It will report first-quarter results in mid-May.\n",
        "t",
    )
    assert (
        find_events(article)[-1].text == "The company will report first-quarter results in mid-May"
    )


def test_a_reported_clause_that_opens_with_a_pronoun_is_told_of_who_said_it() -> None:
    article = parse_article(
        b"date 2013-03-22\n\nUnited said in a statement on Friday that its sales rose in "
        b"February.\n\nSeparately, the Conference Board said Thursday that its index rose "
        b"0.5 percent in January.\n\nEconomists at Barclays said on Friday that they "
        b"expected the Fed to wait until September.\n",
        "t",
    )
    texts = {e.expression: e.text for e in find_events(article)}
    assert texts["February"] == "United's sales rose in February"
    assert texts["January"] == "The Conference Board's index rose 0.5 percent in January"
    # No one found for "they": the saying stays with what was said.
    assert texts["September"].startswith("Economists at Barclays said")


def test_a_saying_dated_after_a_comparison_or_an_illness_is_an_event_of_its_own() -> None:
    article = parse_article(
        b"date 2013-03-25\n\nThe actor died Friday in Los Angeles after a long illness, his "
        b"publicist said Sunday.\n\nUnemployment rose to 7.9 percent, up from 7.6 percent in "
        b"January, the agency said on Friday.\n\nOracle earned $2.5 billion, up from $2.4 "
        b"billion, or 49 cents per share, a year earlier.\n",
        "t",
    )
    texts = [(e.expression, e.text) for e in find_events(article)]
    assert texts == [
        ("Friday", "The actor died in Los Angeles after a long illness"),
        ("Sunday", "The actor died Friday in Los Angeles after a long illness, his publicist said"),
        (
            "Friday",
            "Unemployment rose to 7.9 percent, up from 7.6 percent in January, the agency said",
        ),
    ]


def _events_of(paragraph: str, published: str = "2013-03-22") -> list[tuple[str, tuple[str, ...]]]:
    article = parse_article(f"date {published}\n\n{paragraph}\n".encode(), "test")
    return [(event.text, event.people) for event in article.events]


def test_he_opening_a_sentence_goes_on_with_the_subject_before() -> None:
    # Not the last man named (the object): the subject, title words and all.
    found = _events_of(
        "Secretary of State John Kerry met Mahmoud Abbas on Thursday. He will fly to Rome "
        "on Sunday."
    )
    assert found[-1] == ("John Kerry will fly to Rome", ("John Kerry",))
    found = _events_of(
        "David Miller, 45, told Judge Robert Jones on Monday that he was innocent. He was "
        "arrested in February 2012."
    )
    assert found[-1] == ("David Miller was arrested in February 2012", ("David Miller",))
    # "him" there is whom the story goes on with: not the subject.
    found = _events_of(
        "Jorge Bergoglio was a priest in Buenos Aires. In 1992, Pope John Paul II named him "
        "auxiliary bishop. Six years later, he succeeded Cardinal Antonio Quarracino."
    )
    assert not found[-1][0].startswith("John Paul II")


def test_he_after_a_time_told_first_is_the_subject_before() -> None:
    found = _events_of(
        "Beppe Grillo has criticized the parties. On Thursday, he wrote on his blog that "
        "the movement would back no one."
    )
    assert found[-1] == (
        "Beppe Grillo wrote on his blog that the movement would back no one",
        ("Beppe Grillo",),
    )
    # With no subject to go on with, "he" is left as it is.
    found = _events_of(
        "The comedian Beppe Grillo will not back a Bersani government. On Thursday, he "
        "wrote on his blog that the movement would back no one."
    )
    assert found[-1][0].startswith("He wrote")


def test_he_goes_on_with_another_when_the_sentence_before_says_so() -> None:
    cases = [
        # the one named, not the one who named them
        (
            "President Barack Obama nominated Ernest Moniz on March 4. He faces a "
            "confirmation hearing in April.",
            "Ernest Moniz",
        ),
        # an owner is no subject
        (
            "President Barack Obama's chief of staff, Denis McDonough, met Republicans on "
            "Wednesday. He will meet Democrats on Thursday.",
            "Denis McDonough",
        ),
        # the one a report is about
        (
            "Cyprus President Nicos Anastasiades said Finance Minister Michael Sarris would "
            "travel to Moscow. He will hold talks with Russian officials on Thursday.",
            "Michael Sarris",
        ),
        # a given name that does not tell gives way to one that fits
        (
            "Pope Francis met Argentine President Cristina Fernandez on Monday. She will "
            "return to Buenos Aires on Wednesday.",
            "Cristina Fernandez",
        ),
    ]
    for paragraph, person in cases:
        assert _events_of(paragraph, "2013-03-21")[-1][1] == (person,)
    # "His" after two men stays unresolved; "Her Majesty" and "He Lifeng" are no pronouns.
    found = _events_of(
        "Secretary of State John Kerry met Israeli President Shimon Peres on Friday. His "
        "term ends in July 2014.",
        "2013-03-21",
    )
    assert found[-1] == ("His term ends in July 2014", ())
    found = _events_of(
        "Home Secretary Theresa May announced a review on Tuesday. Her Majesty's "
        "Inspectorate of Constabulary will publish its report in June.",
        "2013-03-21",
    )
    assert found[-1][0].startswith("Her Majesty's Inspectorate")


def test_an_age_or_a_count_does_not_hide_a_relative_clause() -> None:
    found = _texts(
        "John Smith, 54, who was arrested on Friday, appeared in court on Monday. Blair, "
        "who committed 45,000 troops in March 2003, told the BBC on Wednesday that he had "
        "no regrets.",
        dt.date(2013, 3, 20),
    )
    assert found == [
        ("Friday", "John Smith was arrested"),
        ("Monday", "John Smith appeared in court"),
        ("March 2003", "Blair committed 45,000 troops in March 2003"),
        ("Wednesday", "Blair told the BBC that he had no regrets"),
    ]
    # A time is no antecedent: "a report released on the same day, which said".
    found = _texts(
        "It came despite a report released on the same day, which said that the economy "
        "shed 663,000 jobs in March.",
        dt.date(2009, 4, 3),
    )
    assert not found[-1][1].startswith("The same day")


def test_a_date_opening_a_sentence_before_a_subordinate_clause_dates_the_main_one() -> None:
    found = _texts(
        "In 2009, as the recession deepened, starts fell to a record low. Two years after a "
        "storm hit the coast, survivors held a memorial on Monday.",
        dt.date(2013, 3, 19),
    )
    assert found == [
        ("2009", "In 2009, as the recession deepened, starts fell to a record low"),
        ("Monday", "Two years after a storm hit the coast, survivors held a memorial"),
    ]


def test_an_opening_adverb_is_no_subject_for_its() -> None:
    found = _texts(
        "Google said sales rose. Separately, it said it would cut jobs. Its fiscal year ends "
        "in May.",
        dt.date(2013, 3, 14),
    )
    assert found[-1] == ("May", "Its fiscal year ends in May")


def test_he_after_a_phrase_told_first_lists_the_subject_before() -> None:
    found = _events_of(
        "Defense Secretary Chuck Hagel arrived in Kabul on Saturday. In a speech on Sunday, "
        "he praised Afghan forces.",
        "2013-03-19",
    )
    assert found[-1] == ("In a speech, he praised Afghan forces", ("Chuck Hagel",))


def test_a_participle_that_dates_its_noun_keeps_its_day() -> None:
    article = parse_article(
        b"date 2013-03-20\n\nA poll released Friday showed Capriles trailing by 10 points.\n", "t"
    )
    assert [event.text for event in find_events(article)] == [
        "A poll released Friday showed Capriles trailing by 10 points"
    ]


def test_a_period_figures_are_of_is_no_event_when_a_day_dates_them() -> None:
    article = parse_article(
        b"date 2013-03-20\n\nData for the fourth quarter will be revised on March 28.\n\n"
        b"Profit for the fourth quarter rose 5 percent.\n",
        "t",
    )
    assert [(event.expression, event.text) for event in find_events(article)] == [
        ("March 28", "Data for the fourth quarter will be revised on March 28"),
        ("the fourth quarter", "Profit rose 5 percent"),
    ]


def test_an_object_relative_keeps_its_noun_whole() -> None:
    article = parse_article(
        b"date 2013-03-20\n\nRoyal Mail, which the government plans to sell before the "
        b"election in 2015, could come to market in the autumn.\n",
        "t",
    )
    assert [event.text for event in find_events(article)] == [
        "Royal Mail, which the government plans to sell before the election in 2015",
        "Royal Mail could come to market in the autumn",
    ]


def test_a_relative_clause_after_a_period_tells_of_the_period() -> None:
    article = parse_article(
        b"date 2013-03-21\n\nRevenue rose 4 percent. The company cut its forecast for fiscal "
        b"2013, which ends in May.\n",
        "t",
    )
    assert [event.text for event in find_events(article)][-1] == "Fiscal 2013 ends in May"


def test_which_clauses_with_a_subject_of_their_own_keep_their_noun() -> None:
    article = parse_article(
        b"date 2013-03-21\n\nShares of Oracle, which reported results on Wednesday, fell 9 "
        b"percent.\n\nHe rejected the plan, which parliament voted down on Tuesday.\n\n"
        b"Lion will replace Snow Leopard, which was released in 2009.\n",
        "t",
    )
    assert [event.text for event in find_events(article)] == [
        "Oracle reported results",
        "The plan, which parliament voted down",
        "Snow Leopard was released in 2009",
    ]


def test_a_sayings_day_dates_the_whole_it_tells_not_its_subordinate_clause() -> None:
    article = parse_article(
        b"date 2013-03-21\n\nExports fell 8 percent in February as shipments to China slumped, "
        b"the ministry said Monday.\n",
        "t",
    )
    assert [event.text for event in find_events(article)][-1] == (
        "Exports fell 8 percent in February as shipments to China slumped, the ministry said"
    )


def test_a_second_verb_of_the_main_clause_is_no_subordinate_clause() -> None:
    article = parse_article(
        b"date 2013-03-21\n\nThe suspect was arrested before the attack and was released on "
        b"March 20.\n",
        "t",
    )
    assert [event.text for event in find_events(article)] == [
        "The suspect was arrested before the attack and was released on March 20"
    ]


def test_a_run_of_he_sentences_goes_on_with_the_first_subject() -> None:
    article = parse_article(
        b"date 2013-03-25\n\nBoris Berezovsky died on Saturday in London. He was a close "
        b"adviser to Boris Yeltsin. He left Russia in 2000.\n",
        "t",
    )
    assert [event.text for event in article.events][-1] == "Boris Berezovsky left Russia in 2000"


def test_a_date_the_sentence_singles_out_stays_and_so_far_goes_whole() -> None:
    article = parse_article(
        b"date 2013-03-21\n\nIn the first quarter alone, the company cut 500 jobs.\n\n"
        b"So far this year, the city has seen 70 killings.\n",
        "t",
    )
    assert [event.text for event in find_events(article)] == [
        "In the first quarter alone, the company cut 500 jobs",
        "The city has seen 70 killings",
    ]


def test_figures_released_on_a_day_keep_it() -> None:
    article = parse_article(
        b"date 2013-03-20\n\nThe results released on Thursday are based on 15.5 months of data.\n",
        "t",
    )
    assert [event.text for event in find_events(article)] == [
        "The results released on Thursday are based on 15.5 months of data"
    ]


def test_a_digests_later_datelines_are_no_part_of_event_text() -> None:
    article = parse_article(
        b"date 2013-03-22\n\nFirst brief.\n\nSecond brief.\n\nThird brief.\n\n"
        b"SEOUL (AP) -- South Korea said Friday that a cyberattack came from China.\n\n"
        b"U.S. B-52 bombers flew over South Korea on March 19.\n",
        "t",
    )
    assert [event.text for event in find_events(article)] == [
        "South Korea said that a cyberattack came from China",
        "U.S. B-52 bombers flew over South Korea on March 19",
    ]


def test_a_text_that_opens_with_a_number_or_a_name_of_its_own_case_stays_as_written() -> None:
    article = parse_article(
        b"date 2013-03-20\n\nSo far this year, 200 people have died.\n\n"
        b"So far this year, iPhone sales have doubled.\n",
        "t",
    )
    assert [event.text for event in find_events(article)] == [
        "200 people have died",
        "iPhone sales have doubled",
    ]
