"""Speakers of quotations on held-out wire styles (round eight): descriptions, ranks,
a role between two names, quoted titles, nationalities, splits before a quotation."""

from __future__ import annotations

from bot.news.people import find_people
from bot.news.sentences import split_sentences
from tests.test_people import article
from tests.test_qa_people_quotes import quotes_of as _quotes


def _speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in _quotes(*paragraphs)]


def test_a_longer_description_stays_as_written() -> None:
    # (tried as the one who opens the sentence before and reverted: that one is as often
    # the victim, the dead or the other side: bin Laden, Chavez, Kerry for "the
    # Republican nominee")
    assert _speakers(
        "Bob Dole, 73, told reporters on his campaign plane on Monday that he had done what "
        'he came to do. "I think we did very well," the former Senate majority leader said.'
    ) == [("I think we did very well,", "the former Senate majority leader")]
    assert _speakers(
        "Sen. John Kerry, the Democratic presidential nominee, campaigned in Ohio on "
        'Saturday. "He has no plan," the Republican nominee said in Iowa.'
    ) == [("He has no plan,", "the Republican nominee")]
    assert _speakers(
        "Osama bin Laden was killed in Pakistan on Sunday.",
        '"Justice has been done," the president said in a late-night address.',
    ) == [("Justice has been done,", "the president")]
    assert _speakers(
        "Hugo Chavez died on Tuesday after a long battle with cancer. "
        '"He will live forever," the acting president said.'
    ) == [("He will live forever,", "the acting president")]


def test_a_description_another_role_of_theirs_contradicts_stays_as_written() -> None:
    # Kerry is Secretary of State, not "the official" the sentence before quotes.
    quotes = _speakers(
        "Secretary of State John Kerry will stay in the region. Kerry plans to return next "
        "month, a State Department official said.",
        '"The secretary is committed to this," the official said.',
    )
    assert quotes == [("The secretary is committed to this,", "the official")]
    quotes = _speakers(
        'President Joe Biden spoke first. "We are ready," the former Senate majority leader said.'
    )
    assert quotes[0][1] == "the former Senate majority leader"


def test_the_name_after_a_role_that_follows_another_name_is_the_speaker() -> None:
    quotes = _speakers(
        "Gov. Mitt Romney has tried to limit the weddings to state residents.",
        '"We will enforce the law as it stands," said Romney spokeswoman Shawn Feddeman.',
    )
    assert quotes == [("We will enforce the law as it stands,", "Shawn Feddeman")]
    # (no role between them: the first of the pair still speaks)
    quotes = _speakers(
        "Gov. Mitt Romney has tried to limit the weddings.",
        '"We will not," said Romney and Shawn Feddeman.',
    )
    assert quotes[0][1] == "Mitt Romney"


def test_a_military_rank_is_referred_back_to_by_its_main_word() -> None:
    assert _speakers(
        "Vice Adm. Bill Gortney, director of the Joint Staff, said the coalition had fired 12 "
        'more missiles. The admiral said Gadhafi\'s forces "were not stopped" on Sunday.'
    ) == [("were not stopped", "Bill Gortney")]
    assert _speakers(
        "A Pentagon spokesman, Lt. Cmdr. Charles Owens, said two helicopters were damaged. "
        'The commander said the crews "fought their way out" before dawn.'
    ) == [("fought their way out", "Charles Owens")]
    assert _speakers('Sgt. Maj. Tom Reed led the patrol. "We held," the sergeant said.') == [
        ("We held,", "Tom Reed")
    ]
    assert _speakers(
        "Maj. Rae Burns, a spokeswoman for the 1st Marine Division, said troops had met "
        'resistance. The major said Iraqi forces "were not stopped" at the river.'
    ) == [("were not stopped", "Rae Burns")]


def test_the_major_as_an_adjective_is_no_one() -> None:
    text = (
        "Maj. Rae Burns, a Marine spokeswoman, said troops had met resistance. The major "
        "airlines said the major reason was fuel. The major said it was over."
    )
    _people, mentions = find_people(article(text))
    starts = [m.span.start for m in mentions if m.name == "Rae Burns"]
    assert starts == [5, text.index("The major said")]


def test_a_quoted_title_that_opens_its_sentence_is_no_quotation() -> None:
    assert _speakers(
        '"He taught me how to live life," Jamie Foxx said backstage.',
        '"The Aviator" led all films with 11 nominations. "Million Dollar Baby," the boxing '
        "drama, won four awards.",
    ) == [("He taught me how to live life,", "Jamie Foxx")]
    # (a speech cue after it: words said)
    assert _speakers('Smith spoke. "Never Again," the senator said.') == [
        ("Never Again,", "the senator")
    ]


def test_a_nationality_is_no_speaker_its_people_are() -> None:
    assert _speakers(
        "The British and Japanese ambassadors circulated a draft resolution on Friday "
        'warning Iraq of the "severest consequences" if it breaks the deal.'
    ) == [("severest consequences", "the British and Japanese ambassadors")]
    quotes = _speakers('The UAW issued a statement saying the deal was "a big win for workers."')
    assert quotes[0][1] == "UAW"


def test_a_quotation_after_a_full_stop_is_a_sentence_even_after_said() -> None:
    quotes = _quotes(
        "Texas Attorney General Dan Morales announced the settlement Thursday.",
        '"This is a great day," Morales said. "For years, the companies lied to us."',
    )
    assert [(q.speaker, q.kind) for q in quotes] == [
        ("Dan Morales", "full"),
        ("Dan Morales", "full"),
    ]
    # (after "said" with no stop, a phrase stays a fragment)
    quotes = _quotes('Dan Morales said the firm would respond "in a timely manner."')
    assert quotes[0].kind == "fragment"


def test_a_state_or_a_web_address_before_a_quotation_ends_the_sentence() -> None:
    assert _speakers(
        '"I was 19 and I slept in a car," said Richard Hanley, 49, of Trenton, N.J. "It '
        'changed my life."'
    ) == [
        ("I was 19 and I slept in a car,", "Richard Hanley"),
        ("It changed my life.", "Richard Hanley"),
    ]
    assert _speakers(
        '"They got it done," said David Menlow, president of IPOfinancial.com. "Given the '
        "market, that's a win.\""
    )[1] == ("Given the market, that's a win.", "David Menlow")
    # A quotation that goes on in lower case continues the sentence.
    assert split_sentences('He said Washington, D.C. "is not a colony" of Congress.') == [
        'He said Washington, D.C. "is not a colony" of Congress.'
    ]
    assert split_sentences('He said Washington, D.C. "xx xxx x xxxxxx" of Congress.') == [
        'He said Washington, D.C. "xx xxx x xxxxxx" of Congress.'
    ]


def test_the_words_of_what_someone_called_are_theirs() -> None:
    quotes = _speakers(
        "Foreign Minister Tang Jiaxuan summoned the U.S. ambassador, James Sasser, and lodged "
        'what the official Xinhua news agency called "the strongest protest."'
    )
    assert quotes == [("the strongest protest.", "the official Xinhua news agency")]
    quotes = _speakers('John Smith rejected what Mary Jones called "a witch hunt."')
    assert quotes[0][1] == "Mary Jones"
    quotes = _speakers('John Smith rejected what he called "a witch hunt."')
    assert quotes[0][1] == "John Smith"


def test_review_misfires_of_the_quotation_breaks_stay_mended() -> None:
    # a pair joined by "and" is still a pair
    quotes = _speakers(
        '"We are thrilled to be here," said Sen. John McCain and fellow senator Lindsey Graham.'
    )
    assert quotes[0][1] == "John McCain"
    # a clock before a show's title or a scare-quoted word breaks no sentence
    quotes = _speakers(
        'Sen. John Kerry appeared on the 7 a.m. "Today" show on Monday and said Bush had "failed."'
    )
    assert quotes == [("failed.", "John Kerry")]
    # a quotation that runs on after a state, masked or not, keeps its speaker
    quotes = _speakers(
        'Mayor Marion Barry said residents of Washington, D.C. "deserve a vote," and he '
        "would push for it."
    )
    assert quotes == [("deserve a vote,", "Marion Barry")]


def test_a_short_title_after_a_clock_breaks_no_sentence() -> None:
    text = (
        'Bush will be interviewed on the 7 a.m. "Today," NBC spokeswoman Allison Gollust '
        "said Tuesday."
    )
    assert len(split_sentences(text)) == 1


def test_a_one_word_description_told_of_someone_reaches_the_paragraph_before() -> None:
    assert _speakers(
        "Lakhdar Brahimi, the UN envoy to Syria, met Lavrov on Friday.",
        '"It was a good meeting," the envoy said.',
    ) == [("It was a good meeting,", "Lakhdar Brahimi")]
    assert _speakers(
        "Gen. Wiranto, the armed forces commander, pledged support. "
        '"We are ready," the commander said.'
    ) == [("We are ready,", "Wiranto")]
    # (not told: the one who opens the paragraph before is no "president")
    assert _speakers(
        "Osama bin Laden was killed in Pakistan on Sunday.",
        '"Justice has been done," the president said.',
    ) == [("Justice has been done,", "the president")]


def test_a_description_that_names_another_office_or_another_person_stays() -> None:
    assert _speakers(
        "Joe Biden, the vice president, swore in the staff on Wednesday.",
        '"We are ready," the president said.',
    ) == [("We are ready,", "the president")]
    assert _speakers(
        "Secretary of State John Kerry, accompanied by the U.N. envoy, arrived in Amman.",
        '"The situation is dire," the envoy said on Monday.',
    ) == [("The situation is dire,", "the envoy")]


def test_a_former_office_holds_no_description_and_a_rank_still_does() -> None:
    assert _speakers(
        "Mikhail Gorbachev, the former Soviet president, criticized Vladimir Putin on Sunday.",
        '"Russia will not be dictated to," the president said on Monday.',
    ) == [("Russia will not be dictated to,", "the president")]
    assert _speakers(
        "Lieutenant General Ricardo Sanchez visited the prison on Sunday. "
        '"We will hold those responsible accountable," the general said.'
    ) == [("We will hold those responsible accountable,", "Ricardo Sanchez")]
