"""Tests for bot.news.reader: the three input formats, the seed article, bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bot.news.model import Article
from bot.news.reader import ArticleFormatError, read_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "2018-05-31-pompeo-kim-yong-chol.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"

# The expected parse of the seed article (the reader's part of
# shared/spec/seed-expected.json), written out so the test needs nothing outside the repo.
SEED_CAPTIONS = [
    {
        "text": "US Secretary of State Mike Pompeo leaves a press conference following a "
        "meeting with North Korean official Kim Yong Chol in New York, New York, USA, May "
        "31, 2018. EPA-EFE/JUSTIN LANE",
        "credit": "EPA-EFE/JUSTIN LANE",
        "date": "2018-05-31",
        "place": "New York, New York, USA",
    },
    {
        "text": "Photo made available via Twitter on May 31, 2018 by the US Department of "
        "State shows US Secretary of State Mike Pompeo (R) meeting with Kim Yong Chol (L) "
        "of North Korea as they reportedly made efforts salvage US President's Trump's "
        "planned summit in Singapore with Kim Jong Un in New York City, New York, USA, May "
        "30, 2018. EPA-EFE/US DEPARTMENT OF STATE",
        "credit": "EPA-EFE/US DEPARTMENT OF STATE",
        "date": "2018-05-30",
        "place": "New York City, New York, USA",
    },
    {
        "text": "US Secretary of State Mike Pompeo talks to reporters during a press "
        "conference following a meeting with North Korean official Kim Yong Chol in New "
        "York, New York, USA, May 31, 2018. EPA-EFE/JUSTIN LANE",
        "credit": "EPA-EFE/JUSTIN LANE",
        "date": "2018-05-31",
        "place": "New York, New York, USA",
    },
]
SEED_PARAGRAPHS = [
    (
        'US Secretary of State Mike Pompeo said Thursday that it would be a "tragedy" if the '
        '"opportunity" of carrying out a United States-North Korea summit were to "go to '
        'waste," adding that talks to organize the summit were moving in the "right '
        'direction."'
    ),
    (
        "Pompeo's statement comes after having met Wednesday and Thursday in New York with "
        "high-ranking North Korean official Kim Yong-chol to negotiate the conditions to "
        "carry out the summit."
    ),
    (
        '"We\'ve made real progress in the last 72 hours in setting the conditions" for the '
        "summit to take place, Pompeo said."
    ),
    (
        "The Secretary of State confirmed that Kim, the deputy leader of North Korea's ruling"
        " party, would travel to Washington to personally deliver a letter to President "
        "Donald Trump written by Kim Jong-un."
    ),
    (
        "During his press conference, Pompeo said that the relationship between the two "
        'countries is at a "crucial" moment, considering the possibility that the summit '
        "between Trump and North Korea's leader could take place."
    ),
    (
        "The summit was initially scheduled for June 12 in Singapore, although Trump called "
        'it off last Thursday, citing North Korea\'s "hostility."'
    ),
    ("A day later, however, the US president said that the summit could still go on as planned."),
    (
        '"It would be nothing short of a tragedy to let this opportunity go to waste," Pompeo'
        ' said, adding that that summit was a "unique opportunity" to "lead into a new era of'
        ' peace, prosperity and security."'
    ),
    (
        '"I am confident we are moving in the right direction," Pompeo said regarding his '
        "talks with Kim Yong-chol, considered to be the North Korean leader's right-hand man."
    ),
    (
        "Pompeo, however, said that it was still unclear whether the meeting would take place"
        " on June 12 or at a later date."
    ),
]


def read_fixture(name: str) -> Article:
    """Read one fixture article."""
    return read_article((FIXTURES / name).read_bytes(), name)


def caption_dicts(article: Article) -> list[dict[str, str | None]]:
    """Captions in the parse-contract shape."""
    return [
        {
            "text": c.text,
            "credit": c.credit,
            "date": c.date.isoformat() if c.date else None,
            "place": c.place,
        }
        for c in article.captions
    ]


def test_seed_article_matches_expected_parse() -> None:
    article = read_article(SEED.read_bytes(), str(SEED))
    assert article.published == dt.date(2018, 5, 31)
    assert caption_dicts(article) == SEED_CAPTIONS
    assert list(article.paragraphs) == SEED_PARAGRAPHS
    assert article.title_given is False
    assert article.title.startswith("US Secretary of State Mike Pompeo said Thursday")
    assert len(article.title) <= 100
    assert (article.people, article.quotes, article.events) == ((), (), ())


def test_seed_with_crlf_and_bom_reads_the_same() -> None:
    raw = SEED.read_bytes()
    plain = read_article(raw, "a")
    crlf = read_article(b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n"), "a")
    old_mac = read_article(raw.replace(b"\n", b"\r"), "a")
    assert crlf == plain
    assert old_mac == plain


@pytest.mark.parametrize(
    ("name", "credits"),
    [
        ("wire-epa-efe.txt", ["EPA-EFE/LUONG THAI LINH", "EPA/MINH HOANG"]),
        ("wire-ap.txt", ["AP Photo/Noah Berger", "AP Photo/Gillian Flaccus, File"]),
        ("wire-reuters.txt", ["REUTERS/Kim Kyung-Hoon"]),
        ("wire-afp.txt", ["AFP PHOTO / Mandel NGAN", "Photo by Saul LOEB / AFP"]),
        ("wire-getty.txt", ["Photo by Drew Angerer/Getty Images", "Getty Images"]),
        (
            "wire-photo-keyword.txt",
            ["Photo: Maria Lopez/Reuters", "Photograph: Fadel Senna/AFP via Getty Images"],
        ),
        ("wire-xinhua.txt", ["Xinhua/Then Chih Wey", "Xinhua/Li Gang"]),
    ],
)
def test_wire_fixture_captions_are_found_and_kept_out_of_the_body(
    name: str, credits: list[str]
) -> None:
    article = read_fixture(name)
    assert [c.credit for c in article.captions] == credits
    assert all(c.date is not None for c in article.captions)
    body = " ".join(article.paragraphs)
    for credit in credits:
        assert credit not in body
    assert article.title_given is False
    assert article.paragraphs


def test_captions_anywhere_not_only_at_the_top() -> None:
    article = read_fixture("wire-ap.txt")
    assert article.paragraphs == (
        "Fire crews battled a three-alarm blaze in downtown Portland on Tuesday, forcing the "
        "evacuation of nearby offices and closing several streets for hours.",
        "No injuries were reported, a fire department spokesperson told the AP.",
        "The cause of the fire is under investigation, officials said.",
    )
    assert article.captions[1].date == dt.date(2020, 7, 13)


def test_body_mentioning_reuters_is_not_a_caption() -> None:
    article = read_fixture("wire-reuters.txt")
    assert article.paragraphs[-1] == "The survey was conducted by Reuters/Ipsos."
    assert article.paragraphs[1].startswith("A Reuters poll")


def test_wire_headline_drops_the_dateline() -> None:
    article = read_fixture("wire-reuters.txt")
    # Cut before the relative clause of "technology stocks that had been hit hard".
    assert article.title == (
        "Asian shares rose on Tuesday as bond yields steadied, lifting technology stocks"
    )
    assert article.paragraphs[0].startswith("TOKYO (Reuters) - ")


def test_plain_text_title_and_hard_wrapped_lines() -> None:
    article = read_fixture("plain-title-wrapped.txt")
    assert article.published == dt.date(2015, 4, 2)
    assert article.title == "Lighthouse keeper retires after forty years on the island"
    assert article.title_given is True
    assert article.captions == ()
    assert article.paragraphs[0] == (
        "After forty years of tending the lamp on Rathlin Island, the island's last "
        "lighthouse keeper handed over the keys on Wednesday to an automated system."
    )
    assert len(article.paragraphs) == 3


def test_plain_text_without_header_has_no_date() -> None:
    article = read_fixture("plain-no-header.txt")
    assert article.published is None
    assert article.title == "Council approves new cycle lanes"
    assert len(article.paragraphs) == 2


BODY = "The council voted on Tuesday to close the bridge.\n\nIt will reopen next year.\n"


@pytest.mark.parametrize(
    "top",
    [
        "Published: 31 May 2018\n\n",
        "May 31, 2018\n\n",
        "Thursday, May 31, 2018\n",
        "Published: 10:32 BST, 31 May 2018\nUpdated 1 June 2018\n\n",
        "Posted on May 31, 2018 at 9:15 am\n\n",
        "Published 10:32 BST | 31 May 2018\n\n",
        "Council closes the bridge\n\nPublished: 31 May 2018\n\n",
        "Council closes the bridge\nPublished: 31 May 2018\n\n",
        "Council closes the bridge\nThursday, May 31, 2018\n\n",
        "Council closes the bridge\nBy Jane Doe\nPublished: 31 May 2018\n\n",
        "Council closes the bridge\n\nBy Jane Doe, Reuters\n\nMay 31, 2018\n\n",
        "By Jane Doe\nMay 31, 2018\n\n",
    ],
)
def test_publication_stamps_copied_with_an_article_give_its_date(top: str) -> None:
    article = read_article((top + BODY).encode(), "copied.txt")
    assert article.published == dt.date(2018, 5, 31)
    assert article.paragraphs[0].startswith("The council voted")
    assert "2018" not in article.title
    if "Council" in top:
        assert article.title == "Council closes the bridge"


@pytest.mark.parametrize("top", ["May 2018 was a hot month\n\n", "2018 in review\n\n"])
def test_a_title_that_starts_with_a_date_stays_a_title(top: str) -> None:
    article = read_article((top + BODY).encode(), "titled.txt")
    assert article.published is None
    assert article.title == top.strip()


def test_plain_text_without_title_gets_a_written_headline() -> None:
    article = read_fixture("plain-no-title.txt")
    assert article.title_given is False
    assert article.title == (
        "The regional train service between the two towns will resume on Monday"
    )
    assert len(article.paragraphs) == 2


def test_a_single_block_is_a_paragraph_not_a_title() -> None:
    article = read_article(b"date 2020-01-02\n\nOnly one line without a stop\n", "x")
    assert article.paragraphs == ("Only one line without a stop",)
    assert article.title_given is False


def test_header_shares_its_line_with_body_text() -> None:
    raw = b"  \n date 2020-01-02 Short opening words\n\nSecond paragraph here.\n"
    article = read_article(raw, "x")
    assert article.published == dt.date(2020, 1, 2)
    assert article.paragraphs == ("Short opening words", "Second paragraph here.")
    assert article.title_given is False


def test_internal_white_space_is_collapsed_but_quotes_kept() -> None:
    raw = "date 2020-01-02\n\nHe said\t “yes”  and   'no'.\n\nMore text.\n".encode()
    article = read_article(raw, "x")
    assert article.paragraphs[0] == "He said “yes” and 'no'."


def test_json_with_body() -> None:
    article = read_fixture("article-body.json")
    assert article.title == "Port strike ends after three days"
    assert article.title_given is True
    assert article.published == dt.date(2019, 8, 15)
    assert article.url == "https://example.org/news/port-strike"
    assert article.outlet == "Example Times"
    assert [c.credit for c in article.captions] == ["EPA-EFE/ROBIN VAN LONKHUIJSEN"]
    assert article.captions[0].date == dt.date(2019, 8, 14)
    assert article.paragraphs == (
        "Dock workers returned to work on Thursday after a three-day strike over pay.",
        "The union said it had won a raise of 4 percent.",
        "Shipping companies said delays would last into next week.",
    )


def test_json_with_paragraphs_and_iso_datetime() -> None:
    article = read_fixture("article-paragraphs.json")
    assert article.published == dt.date(2020, 2, 3)
    assert article.outlet == "Wire Service"
    assert article.url is None
    assert len(article.paragraphs) == 2
    assert article.title_given is False
    assert article.title.startswith("Voters in Iowa gathered on Monday evening")


def test_json_without_published_has_no_date() -> None:
    article = read_article(b'{"body": "Some text."}', "x")
    assert article.published is None
    assert article.title == "Some text"


def test_one_paragraph_per_line_without_blank_lines() -> None:
    article = read_fixture("plain-line-per-paragraph.txt")
    assert article.title == "Heatwave closes schools across the region"
    assert article.title_given is True
    assert [c.credit for c in article.captions] == ["EPA-EFE/JULIO MUNOZ"]
    assert article.captions[0].place == "Seville, Spain"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[2] == "Forecasters expect the heat to ease by Tuesday."


def test_hard_wrapped_lines_are_not_taken_for_paragraphs() -> None:
    raw = (
        b"date 2020-01-02\n\nThe committee met on Monday to discuss the budget for\n"
        b"next year. It agreed to raise spending.\nMembers will vote in March.\n"
    )
    article = read_article(raw, "x")
    assert article.paragraphs == (
        "The committee met on Monday to discuss the budget for next year. It agreed to "
        "raise spending. Members will vote in March.",
    )


def test_credit_on_its_own_line_joins_the_caption_before_it() -> None:
    article = read_fixture("plain-crlf-credit-own-line.txt")
    assert article.title == "Climate talks enter second week"
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert caption.text == (
        "A delegate walks past a screen at the venue in Glasgow, Britain, November 1, 2021. "
        "REUTERS/Yves Herman"
    )
    assert (caption.credit, caption.date, caption.place) == (
        "REUTERS/Yves Herman",
        dt.date(2021, 11, 1),
        "Glasgow, Britain",
    )
    assert article.paragraphs == (
        "Delegates from nearly 200 countries returned to the negotiating tables on Monday.",
        "The talks are due to end on Friday.",
    )


def test_byline_is_neither_title_nor_headline_source() -> None:
    raw = (
        b"date 2020-03-04\n\nBy Jane Doe and John Roe\n\nThe central bank cut interest rates "
        b"by half a point on Tuesday in an emergency move.\n\nMarkets rose.\n"
    )
    article = read_article(raw, "x")
    assert article.title_given is False
    assert article.title == (
        "The central bank cut interest rates by half a point on Tuesday in an emergency move"
    )
    assert article.paragraphs[0] == "By Jane Doe and John Roe"


@pytest.mark.parametrize(
    ("raw", "published", "title"),
    [
        (
            b"date May 31, 2018\n\nTalks resume\n\nBody text.\n",
            dt.date(2018, 5, 31),
            "Talks resume",
        ),
        (b"Date: Thursday, 31 May 2018\nBody text.\n", dt.date(2018, 5, 31), "Body text"),
        (
            b"date 2018-05-31T14:30:00Z\n\nTalks resume\n\nBody.\n",
            dt.date(2018, 5, 31),
            "Talks resume",
        ),
        (b"Date night is back\n\nBody text here.\n", None, "Date night is back"),
    ],
)
def test_date_header_variants(raw: bytes, published: dt.date | None, title: str) -> None:
    article = read_article(raw, "x")
    assert article.published == published
    assert article.title == title


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2018-05-31", dt.date(2018, 5, 31)),
        ("2018-05-31T23:30:00-05:00", dt.date(2018, 5, 31)),
        ("May 31, 2018", dt.date(2018, 5, 31)),
        ("Thu, 31 May 2018 23:30:00 GMT", dt.date(2018, 5, 31)),  # RSS pubDate
        ("31 May 2018 08:00:00 +0200", dt.date(2018, 5, 31)),
        ("", None),
        (None, None),
    ],
)
def test_json_published_forms(published: str | None, expected: dt.date | None) -> None:
    raw = json.dumps({"published": published, "body": "Text of the article."}).encode()
    assert read_article(raw, "x.json").published == expected


def test_json_published_that_is_no_date_is_refused_with_the_forms_to_use() -> None:
    raw = json.dumps({"published": "Thu, 31 Feb 2018 10:00:00 GMT", "body": "Text."}).encode()
    with pytest.raises(ArticleFormatError, match="RSS date-time"):
        read_article(raw, "x.json")


def test_dateline_on_its_own_line_is_not_a_title() -> None:
    raw = b"date 2020-01-02\n\nWASHINGTON --\n\nThe Senate passed the bill on Tuesday.\n"
    article = read_article(raw, "x")
    assert article.title_given is False
    assert article.title == "The Senate passed the bill on Tuesday"
    assert article.paragraphs == ("WASHINGTON -- The Senate passed the bill on Tuesday.",)


def test_credit_on_the_line_below_a_long_caption_line_stays_with_it() -> None:
    raw = (
        b"date 2020-01-02\n\nFirefighters work to contain a wildfire burning in the hills "
        b"above the town as residents watch from the road below.\nAP Photo/Noah Berger\n"
        b"Crews from three counties joined the effort on Thursday as winds picked up in the "
        b"afternoon and the fire spread.\nEvacuation orders remain in place.\n"
    )
    article = read_article(raw, "x")
    assert [c.credit for c in article.captions] == ["AP Photo/Noah Berger"]
    assert article.captions[0].text.startswith("Firefighters work to contain")
    assert len(article.paragraphs) == 2


def test_an_article_opening_with_named_fields() -> None:
    raw = (
        "Title: Djokovic wins 24th Grand Slam title\n"
        "Date: 2023-09-11\n"
        "Author: Howard Fendrich\n"
        "URL: https://example.com/djokovic\n"
        "Source: AP\n\n" + BODY
    )
    article = read_article(raw.encode(), "fields.txt")
    assert (article.title, article.published) == (
        "Djokovic wins 24th Grand Slam title",
        dt.date(2023, 9, 11),
    )
    assert (article.url, article.outlet, article.title_given) == (
        "https://example.com/djokovic",
        "AP",
        True,
    )
    assert article.paragraphs[0].startswith("The council voted")
    # Any order, an RSS date-time, no blank line before the body.
    raw = "Published: Sun, 10 Sep 2023 20:00:00 GMT\nHeadline: Gauff wins\n" + BODY
    article = read_article(raw.encode(), "fields.txt")
    assert (article.title, article.published) == ("Gauff wins", dt.date(2023, 9, 10))


def test_a_date_header_over_named_fields() -> None:
    raw = "date 2024-03-08\nTitle: Jury convicts former mayor\nSource: AP\n\n" + BODY
    article = read_article(raw.encode(), "mixed.txt")
    assert (article.title, article.published, article.outlet) == (
        "Jury convicts former mayor",
        dt.date(2024, 3, 8),
        "AP",
    )
    assert article.paragraphs[0].startswith("The council voted")


def test_a_body_line_that_looks_like_a_field_is_body() -> None:
    article = read_article(("Note: the council met twice.\n\n" + BODY).encode(), "note.txt")
    assert article.paragraphs[0] == "Note: the council met twice."


def test_an_impossible_date_field_is_refused() -> None:
    with pytest.raises(ArticleFormatError, match='"Date:" field'):
        read_article(("Title: X\nDate: 2023-02-30\n\n" + BODY).encode(), "bad.txt")


def test_a_dateline_with_a_year_dates_an_undated_article() -> None:
    lead = "LONDON, June 5, 2019 (Reuters) - The party will name its leader in July.\n\nMore.\n"
    assert read_article(lead.encode(), "wire.txt").published == dt.date(2019, 6, 5)
    # Without a year the dateline says too little; a header says more.
    undated = lead.replace("June 5, 2019", "June 5")
    assert read_article(undated.encode(), "wire.txt").published is None
    dated = "date 2019-06-06\n\n" + lead
    assert read_article(dated.encode(), "wire.txt").published == dt.date(2019, 6, 6)


def test_treebank_quotation_marks_are_read_as_quotation_marks() -> None:
    raw = (
        "date 1998-02-27\n\n``We are pleased,'' said John Smith. Sales will rise "
        "``sharply.''\n\nHe is 6'2'' tall.\n"
    )
    article = read_article(raw.encode(), "apw.txt")
    assert article.paragraphs[0] == (
        "“We are pleased,” said John Smith. Sales will rise “sharply.”"
    )
    # Without a `` anywhere, '' is left alone (feet and inches).
    article = read_article(b"date 1998-02-27\n\nHe is 6'2'' tall.\n", "x.txt")
    assert article.paragraphs[0] == "He is 6'2'' tall."


def test_json_with_schema_org_names() -> None:
    raw = (
        b'{"headline": "Storm hits", "datePublished": "2019-04-15T23:30:00Z", '
        b'"articleBody": "<p>The storm hit on Monday.</p><p>It moves on Tuesday.</p>"}'
    )
    article = read_article(raw, "scraped.json")
    assert article.title == "Storm hits"
    assert article.published == dt.date(2019, 4, 15)
    assert article.paragraphs == ("The storm hit on Monday.", "It moves on Tuesday.")
    # Our own names win where both are given.
    both = b'{"title": "Ours", "headline": "Theirs", "body": "Text here."}'
    assert read_article(both, "both.json").title == "Ours"
