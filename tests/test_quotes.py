"""Tests for bot.news.quotes: spans, kinds and speakers, on the seed and on fixtures."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.model import Article, Quote
from bot.news.people import find_people
from bot.news.quote_spans import quoted_spans
from bot.news.quotes import find_quotes
from tests.test_people import article, seed

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "quotes"

# The quotes of shared/spec/seed-expected.json:
# (speaker, text, kind, paragraph, start, end).
SEED_QUOTES = [
    ("Mike Pompeo", "tragedy", "fragment", 0, 68, 75),
    ("Mike Pompeo", "opportunity", "fragment", 0, 85, 96),
    ("Mike Pompeo", "go to waste,", "fragment", 0, 158, 170),
    ("Mike Pompeo", "right direction.", "fragment", 0, 233, 249),
    (
        "Mike Pompeo",
        "We've made real progress in the last 72 hours in setting the conditions",
        "full",
        2,
        1,
        72,
    ),
    ("Mike Pompeo", "crucial", "fragment", 4, 98, 105),
    ("Donald Trump", "hostility.", "fragment", 5, 127, 137),
    (
        "Mike Pompeo",
        "It would be nothing short of a tragedy to let this opportunity go to waste,",
        "full",
        7,
        1,
        76,
    ),
    ("Mike Pompeo", "unique opportunity", "fragment", 7, 122, 140),
    (
        "Mike Pompeo",
        "lead into a new era of peace, prosperity and security.",
        "fragment",
        7,
        146,
        200,
    ),
    ("Mike Pompeo", "I am confident we are moving in the right direction,", "full", 8, 1, 53),
]


def parse(a: Article) -> tuple[Quote, ...]:
    """People first, then quotes, as the pipeline does."""
    people, mentions = find_people(a)
    return find_quotes(dataclasses.replace(a, people=people, mentions=mentions))


def quotes_of(*paragraphs: str) -> list[tuple[str | None, str, str]]:
    """(speaker, text, kind) of each quote found in the given paragraphs."""
    return [(q.speaker, q.text, q.kind) for q in parse(article(*paragraphs))]


def test_seed_quotes_exactly() -> None:
    got = [
        (q.speaker, q.text, q.kind, q.span.paragraph, q.span.start, q.span.end)
        for q in parse(seed())
    ]
    assert got == SEED_QUOTES


def test_seed_quote_offsets_point_at_their_text() -> None:
    a = seed()
    for quote in parse(a):
        assert quote.span.location == "body"
        assert a.paragraphs[quote.span.paragraph][quote.span.start : quote.span.end] == quote.text


def _fixture_cases() -> list[Path]:
    return sorted(FIXTURES.glob("*.json"))


@pytest.mark.parametrize("path", _fixture_cases(), ids=lambda p: p.stem)
def test_fixture(path: Path) -> None:
    """Each fixture: paragraphs and the exact quotes (speaker, text, kind) expected."""
    case = json.loads(path.read_text(encoding="utf-8"))
    expected = [(q["speaker"], q["text"], q["kind"]) for q in case["quotes"]]
    assert quotes_of(*case["paragraphs"]) == expected


def test_fixtures_exist_for_every_pattern() -> None:
    assert len(_fixture_cases()) >= 15


def test_curly_and_nested_single_quotes() -> None:
    got = quotes_of("“He told me ‘never again’ twice,” said Jane Doe.")
    assert got == [("Jane Doe", "He told me ‘never again’ twice,", "full")]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "Korea's leader didn't say it in the '90s, and the Beatles' label won't either."
    assert quoted_spans(text) == []
    assert quotes_of(text) == []


def test_inch_marks_are_not_quote_marks() -> None:
    assert quotes_of('The laptop has a 13.3" screen, while the Pro has 15" or 17" screens.') == []


def test_unbalanced_mark_is_skipped_and_the_rest_found() -> None:
    text = 'The "so-called plan was late. "We are sorry," said Jane Doe.'
    assert quotes_of(text) == [("Jane Doe", "We are sorry,", "full")]


def test_quotes_in_10000_marks_and_a_megabyte_paragraph_finish() -> None:
    marks = " ".join(['"a," he said.'] * 5_000)
    huge = ("Jane Doe said that the plan was " + "very " * 200_000 + '"good."') * 1
    # (bench/parse.py measures the time on such input.)
    found = quotes_of("Jane Doe spoke.", marks)
    assert len(found) == 5_000
    # The attribution is 1 MB away from the lone word, beyond any look-back.
    assert all(text == "good." for _, text, _ in quotes_of(huge))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from("ab \"“”‘’',.:;AB\nsaid he Pompeo"), max_size=120),
        min_size=1,
        max_size=3,
    )
)
def test_never_raises_on_quote_heavy_text(paragraphs: list[str]) -> None:
    a = article(*paragraphs)
    for quote in parse(a):
        assert a.paragraphs[quote.span.paragraph][quote.span.start : quote.span.end] == quote.text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=200), min_size=1, max_size=3))
def test_never_raises_on_arbitrary_text(paragraphs: list[str]) -> None:
    parse(article(*paragraphs))


NEWS_WORDS = (
    "\" “ ” ‘ ’ ' , . : ; — ( ) said says told added according to he she it they the a "
    "Mr Kim Jong-un Yong Chol Pompeo Mike Secretary of State President Trump North Korea's "
    "leader spokesman company Airbus called so-called as saying that 61 Jr. U.S. in"
).split()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(NEWS_WORDS), max_size=40).map(" ".join), min_size=1, max_size=4
    )
)
def test_never_raises_on_news_like_word_salad(paragraphs: list[str]) -> None:
    a = article(*paragraphs)
    people, mentions = find_people(a)
    names = {p.name for p in people}
    for quote in parse(a):
        assert a.paragraphs[quote.span.paragraph][quote.span.start : quote.span.end] == quote.text
    for mention in mentions:
        assert mention.name in names


def test_curly_marks_typed_the_wrong_way_round() -> None:
    assert quotes_of("”We are ready,” said Jane Doe.") == [("Jane Doe", "We are ready,", "full")]
    assert quotes_of("“We are ready,“ said Jane Doe.") == [("Jane Doe", "We are ready,", "full")]


def test_a_relative_clause_between_speaker_and_verb_is_stepped_over() -> None:
    assert quotes_of(
        "A senior administration official, who spoke on condition of anonymity, said the "
        'president was "in a dark place."',
        'The company, which makes cars, said it was "confident."',
    ) == [
        ("a senior administration official", "in a dark place.", "fragment"),
        ("the company", "confident.", "fragment"),
    ]


def test_a_noun_phrase_after_called_is_a_fragment() -> None:
    assert quotes_of(
        'U.S. President Joe Biden condemned what he called "an unprovoked and unjustified '
        'attack." He said the allies would answer "in a united and decisive way."',
        'The minister said "this is a pivotal moment for the country."',
    ) == [
        ("Joe Biden", "an unprovoked and unjustified attack.", "fragment"),
        ("Joe Biden", "in a united and decisive way.", "fragment"),
        ("the minister", "this is a pivotal moment for the country.", "full"),
    ]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # "he" after a person's spokesman is the spokesman.
        (
            (
                "Rishi Sunak has insisted his plan will work.",
                "Mr Sunak's spokesman declined to comment. Asked whether the plan would fail, "
                'he said: "That\'s not going to happen."',
                'Sunak said his plan would work. "It will," he said.',
            ),
            ["Mr Sunak's spokesman", "Rishi Sunak"],
        ),
        # A capitalised department or ministry is a name: "State" is no verb, and
        # "the Foreign Ministry" is not "the company" to look up.
        (
            (
                "Apple Inc. said sales rose.",
                '"We are deeply concerned," the State Department said on Tuesday.',
                '"Our forces repelled the attack," the Foreign Ministry said.',
            ),
            ["State Department", "Foreign Ministry"],
        ),
        # "the carmaker" is the company named before, not a ministry named since.
        (
            (
                "Toyota Motor Corp. posted a loss on Monday.",
                "The Foreign Ministry said it was watching the yen.",
                '"We are fine," the carmaker said.',
            ),
            ["Toyota Motor Corp."],
        ),
        # ...nor a board or an association named since.
        (
            (
                "Pilots at Midwest Air voted to strike. A strike cannot begin until the "
                "National Mediation Board releases the two sides, the Air Line Pilots "
                "Association said.",
                '"We have offered fair raises," the airline said.',
            ),
            ["Midwest Air"],
        ),
        # "he" is the person who opens the sentence before the quote, not the first
        # person of the paragraph; nor a woman whose given name the list knows.
        (
            (
                'John Smith said the plan would fail. Rep. Dan Jones disagreed. "It will '
                'work," he said.',
                'Rep. Alexandria Ocasio-Cortez called it "a slap in the face." House '
                "Democratic leader Hakeem Jeffries declined to comment. "
                '"Next question," he told reporters.',
            ),
            ["Dan Jones", "Alexandria Ocasio-Cortez", "Hakeem Jeffries"],
        ),
        # An epithet stands for the person named before it; with no one named, it is
        # the speaker as written.
        (
            (
                "Senate Democratic leader Chuck Schumer spoke on Thursday.",
                'Schumer said a shutdown would be worse. "The alternative is worse," the New '
                "York senator said.",
            ),
            ["Chuck Schumer"],
        ),
        (('"We will act," the 45-year-old said.',), ["the 45-year-old"]),
        # "the union" is a name of its kind (joined by "of"), else the words as written.
        (
            (
                "Boeing chief executive Kelly Ortberg spoke on Monday.",
                '"We are optimistic," the union said.',
                'The International Association of Machinists met. "We are ready," the union said.',
            ),
            ["the union", "International Association of Machinists"],
        ),
        # A body with no name of its own speaks as written.
        (
            (
                '"He fled," police said. "We struck them," the military wrote on X.',
                '"He was armed," Israeli police said.',
            ),
            ["police", "the military", "Israeli police"],
        ),
        # "state" before a noun is no verb of speech.
        (
            (
                "President Ebrahim Raisi was killed on Sunday.",
                '"There is no sign of life," state television said.',
            ),
            ["state television"],
        ),
        (
            ('China\'s commerce ministry vowed "resolute countermeasures."',),
            ["China's commerce ministry"],
        ),
        # A body right before the verb wins over a name further back, "described" too.
        (
            (
                "The chief executive, Brian Thompson, was shot in what police described as "
                'a "brazen, targeted attack."',
            ),
            ["police"],
        ),
        # "saying" after a clause takes that clause's subject, not the object named.
        (
            (
                "Sam Altman spoke. The board fired Altman on Friday, saying he had not "
                'been "consistently candid."',
                'Boeing fired its CEO, saying he had "lost the trust of the board."',
                'Trump fired James Comey, saying he had done "a terrible job."',
            ),
            ["the board", "Boeing", "Trump"],
        ),
        # An outlet spoken to is no organisation "the company" stands for.
        (
            (
                'Apple shares fell. "We are fine," its chief executive told Fox News.',
                'In a statement, the company said it "would recover".',
            ),
            ["its chief executive", "Apple"],
        ),
        # A given name of men and women alike fits "he" as well as "she".
        (
            (
                'Boeing chief executive Kelly Ortberg said: "We have work to do." He added: '
                '"Safety comes first."',
                'Inter coach Simone Inzaghi admitted defeat. "They were better," he said.',
            ),
            ["Kelly Ortberg", "Kelly Ortberg", "Simone Inzaghi"],
        ),
        # A description no title matches is the untitled person who opens the
        # sentence before; not one whose title names another role.
        (
            (
                'Tom Hanks attended the premiere. "I loved it," the actor said.',
                'President Donald Trump signed it. "It is a disgrace," the critic said.',
            ),
            ["Tom Hanks", "the critic"],
        ),
        # Kin are speakers: the one person titled so, else the words as written.
        (
            (
                "Her death was confirmed by her son, Marcus Lang.",
                '"She never stopped practicing," her son said.',
                '"He was kind," his wife said.',
            ),
            ["Marcus Lang", "his wife"],
        ),
        # A statement on an organisation's website is the organisation's.
        (
            (
                "Apple Inc. shares fell.",
                'A statement on Apple\'s website states: "Apple has lost a visionary."',
            ),
            ["Apple"],
        ),
        # Where a role spoke is no part of it; where it works is.
        (
            (
                '"They are hurting," said GM\'s marketing vice president in a telephone '
                "conference.",
                '"It is bad," said an analyst at Morgan Stanley.',
            ),
            ["GM's marketing vice president", "an analyst at Morgan Stanley"],
        ),
        # Posting online is speaking; posting a profit is not.
        (
            (
                'President Donald Trump wrote on Truth Social: "The deal is done."',
                'Elon Musk spoke on Friday. "This is huge," Musk posted.',
                'Ford said it posted a net profit of $997 million and would be "solidly '
                'profitable" by 2011.',
            ),
            ["Donald Trump", "Elon Musk", "Ford"],
        ),
        # A family name two people share speaks for the principal.
        (
            (
                "Emmanuel Macron and Marine Le Pen will face each other in a runoff.",
                "Turnout was the lowest since 2002, when far-right leader Jean-Marie Le Pen "
                "reached the runoff.",
                'Le Pen, who has softened her image, said she would be "the president of us all."',
            ),
            ["Marine Le Pen"],
        ),
        # "One of them" is someone unnamed, not the last speaker.
        (
            (
                "Elon Musk met Janet Yellen on Tuesday.",
                'Musk was less upbeat. He wrote on X: "Interest rates are too high."',
                '"It was tense at times," one of them said.',
            ),
            ["Elon Musk", "one of them"],
        ),
        # "She" reaches back to the one person her given name fits.
        (
            (
                "Elon Musk met Janet Yellen on Tuesday.",
                '"We had a frank discussion," Yellen said.',
                'Musk was less upbeat. He wrote on X: "Interest rates are too high."',
                "The meeting lasted an hour.",
                '"I don\'t think we will cut rates soon," she told CNBC later.',
            ),
            ["Janet Yellen", "Elon Musk", "Janet Yellen"],
        ),
        # Not past someone "she" may stand for whose name does not tell.
        (
            (
                "Elon Musk met Janet Yellen on Tuesday.",
                "Robin Kowalski, an analyst, was there too.",
                "Musk was upbeat.",
                '"Rates will stay high," she told CNBC later.',
            ),
            [None],
        ),
        # "She" after a player named without a title is that player.
        (
            (
                "Coco Gauff beat Aryna Sabalenka 6-7, 6-2, 6-4 on Saturday to win the French Open.",
                '"I didn\'t think I could do it," Gauff said.',
                "Sabalenka, the world No. 1, blamed the wind. \"It was the worst final I've ever "
                'played," she said.',
            ),
            ["Coco Gauff", "Aryna Sabalenka"],
        ),
        # A family name with one slip of the keys is the person.
        (
            (
                "Analyst Dennis DesRosier said the plant was old.",
                '"It may close in two years," DesRoiser said.',
                '"It is fine," Desrosiar said.',
            ),
            ["Dennis DesRosier", "Desrosiar"],
        ),
        # People in a prepositional aside before the verb are not its subject.
        (
            (
                "Justice Sonia Sotomayor, in a dissent joined by Justices Elena Kagan and Ketanji "
                'Brown Jackson, wrote that the ruling "makes a mockery" of the law.',
            ),
            ["Sonia Sotomayor"],
        ),
    ],
)
def test_speakers_by_role_organisation_pronoun_or_description(
    paragraphs: tuple[str, ...], speakers: list[str]
) -> None:
    assert [speaker for speaker, _text, _kind in quotes_of(*paragraphs)] == speakers
