"""Speakers and kinds of quotations on held-out wire styles (QA round 2)."""

from __future__ import annotations

from bot.news.pipeline import parse_article
from tests.test_qa_people_quotes import quotes_of as _quotes


def test_name_after_an_exclamation_or_question_mark_speaks() -> None:
    quotes = _quotes(
        '"Where there is a will, there is a deal - we have one!" European Commission '
        "President Jean-Claude Juncker tweeted.",
        '"Why now?" Juncker asked.',
    )
    assert [q.speaker for q in quotes] == ["Jean-Claude Juncker", "Jean-Claude Juncker"]


def test_a_later_sentence_after_a_question_is_not_its_attribution() -> None:
    quotes = _quotes(
        'Mike Pompeo spoke first. "Why now?" The question hung in the air for a long while '
        "before Sergei Lavrov said he would answer it later."
    )
    assert quotes[0].speaker is None


def test_the_couple_or_the_family_is_no_one_named() -> None:
    quotes = _quotes(
        "Bill Gates and Melinda French Gates said on Monday that they were ending their marriage.",
        '"We have made the decision to end our marriage," the couple wrote in a statement.',
    )
    assert quotes[0].speaker is None


def test_a_name_modifying_a_noun_is_not_the_subject() -> None:
    quotes = _quotes(
        "John Fetterman won. Gisele Fetterman introduced him.",
        "Rebecca Katz, a senior adviser to the Fetterman campaign, tweeted that the result "
        'was "a win for every Pennsylvanian."',
    )
    assert quotes[0].speaker == "Rebecca Katz"


def test_an_accusation_quotes_its_words_for_the_accuser() -> None:
    quotes = _quotes('Opposition leader Alberto Feijoo accused Mr Sanchez of "improvising".')
    assert [(q.speaker, q.text, q.kind) for q in quotes] == [
        ("Alberto Feijoo", "improvising", "fragment")
    ]
    # In the passive the accuser is not named: no speaker is made up.
    assert [q.speaker for q in _quotes('Sanchez was accused of "improvising" by critics.')] in (
        [],
        [None],
    )


def test_a_quote_after_a_naming_participle_is_the_main_clauses_subjects() -> None:
    article = parse_article(
        b"date 2013-03-19\n\nPresident Barack Obama nominated Thomas Perez on Monday, "
        b'calling him "a consensus builder."\n\nPrime Minister Nouri al-Maliki issued a '
        b'statement, praising the "sacrifices of the Iraqi people."\n\nNEW YORK (AP) - A '
        b'judge sentenced the fund manager, calling the scheme "breathtaking in its cruelty."\n',
        "t",
    )
    # (the dateline is no subject: the judge spoke)
    assert [q.speaker for q in article.quotes] == ["Barack Obama", "Nouri al-Maliki", "a judge"]


def test_continue_to_is_no_speech_and_a_led_body_is_no_title() -> None:
    article = parse_article(
        b"date 2013-03-19\n\nThe ECB said it would continue to provide liquidity "
        b'"within the existing rules."\n\nFederico Lombardi said Pope Francis intended to '
        b'continue the policy of "zero tolerance."\n\n"It is a disaster," Lombardi continued.\n\n'
        b"The government of Prime Minister Mariano Rajoy softened its tone.\n",
        "t",
    )
    assert [q.speaker for q in article.quotes] == ["ECB", "Federico Lombardi", "Federico Lombardi"]
    titles = {p.name: p.title for p in article.people}
    assert titles["Mariano Rajoy"] == "Prime Minister"


def test_a_spokesman_for_the_prime_minister_is_no_prime_minister() -> None:
    article = parse_article(
        b"date 2013-03-19\n\nPrime Minister Nawaz Sharif met the army chief on Monday. "
        b'"The talks were good," said Ali Khan, a spokesman for the prime minister.\n\n'
        b'"We will not yield," the prime minister said.\n',
        "t",
    )
    assert [q.speaker for q in article.quotes] == ["Ali Khan", "Nawaz Sharif"]
