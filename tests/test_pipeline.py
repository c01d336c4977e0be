"""The whole parse on arbitrary text: it never raises, and every offset points at its text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.news.model import Article
from bot.news.pipeline import content_hash, parse_article
from bot.news.reader import ArticleFormatError

# Pieces that exercise every stage: names, titles, quotes, dates, captions.
PIECES = [
    "Mike Pompeo",
    "Kim",
    "the Secretary of State",
    "President Donald Trump",
    " said",
    " told",
    '"',
    "“",
    "”",
    "'",
    "‘",
    "’",
    ", ",
    ". ",
    "\n\n",
    "\n",
    "last Thursday",
    "A day later",
    "June 12",
    "May 31, 2018",
    "2018-05-31",
    "next week",
    "Wednesday and Thursday",
    " he",
    "according to",
    "EPA-EFE/JUSTIN LANE",
    "(AP Photo/Jane Doe)",
    "in New York",
    "the 1990s",
    "date 2018-05-31 ",
    "U.S.",
    "Mr.",
    " citing",
    "\u00a0",
    "—",
    "3.5",
    "@everyone",
]


def check_offsets(article: Article) -> None:
    for quote in article.quotes:
        text = article.text_at(quote.span.location, quote.span.paragraph)
        assert text[quote.span.start : quote.span.end] == quote.text
    for event in article.events:
        text = article.text_at(event.span.location, event.span.paragraph)
        assert text[event.span.start : event.span.end] == event.expression
        assert event.until is None or event.until >= event.date
    for mention in article.mentions:
        text = article.text_at(mention.span.location, mention.span.paragraph)
        assert 0 <= mention.span.start <= mention.span.end <= len(text)
    names = {p.name for p in article.people}
    assert all(q.speaker is None or q.speaker for q in article.quotes)
    assert all(set(e.people) <= names for e in article.events)
    assert article.briefing is not None and article.briefing.headline


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60))
def test_parse_never_raises_and_offsets_hold(pieces: list[str]) -> None:
    raw = "".join(pieces).encode("utf-8", "surrogatepass")
    try:
        article = parse_article(raw, "fuzz.txt")
    except ArticleFormatError:
        return
    check_offsets(article)


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes(raw: bytes) -> None:
    try:
        article = parse_article(raw, "bytes.bin")
    except ArticleFormatError:
        return
    check_offsets(article)


def test_same_text_other_layout_hashes_the_same() -> None:
    text = "date 2018-05-31\n\nTitle line\n\nFirst paragraph here.\n\nSecond one.\n"
    lf = parse_article(text.encode(), "a.txt")
    crlf = parse_article(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode(), "b.txt")
    assert content_hash(lf) == content_hash(crlf)
    changed = parse_article(text.replace("Second", "Third").encode(), "a.txt")
    assert content_hash(changed) != content_hash(lf)


def test_an_event_told_of_he_or_she_takes_the_person_named_before() -> None:
    raw = (
        b"date 2023-12-01\n\nHenry Kissinger died on Wednesday. He was 100.\n\n"
        b"He shared the Nobel Peace Prize in 1973.\n\n"
        b"Mary Barra took over in 2014. He left in 2015.\n"
    )
    events = {e.expression: e.people for e in parse_article(raw, "t").events}
    assert events["Wednesday"] == ("Henry Kissinger",)
    assert events["1973"] == ("Henry Kissinger",)
    assert events["2014"] == ("Mary Barra",)
    assert events["2015"] == ()  # "he" cannot stand for Mary Barra
    # The event's text names the person, when the sentence before names no other.
    texts = {e.expression: e.text for e in parse_article(raw, "t").events}
    assert texts["1973"] == "Henry Kissinger shared the Nobel Peace Prize in 1973"
    raw = (
        b"date 2023-12-01\n\nUnder Presidents Richard Nixon and Gerald Ford, he opened "
        b"relations with China. He shared the Nobel Peace Prize in 1973.\n"
    )
    [event] = [e for e in parse_article(raw, "t").events if e.expression == "1973"]
    assert event.text == "He shared the Nobel Peace Prize in 1973"
    # The one person a sentence names before its "he" is who "he" is.
    raw = (
        b"date 2024-03-15\n\nThe Tories tabled a motion against First Minister Humza "
        b"Yousaf, after he ended the deal on Thursday.\n\nHe said Donald Trump lied on Monday.\n"
    )
    events = {e.expression: e for e in parse_article(raw, "t").events}
    assert events["Thursday"].text == "Humza Yousaf ended the deal"
    # A sentence that opens with "he" tells of the one named before, not of those
    # it names after the pronoun.
    assert events["Monday"].text == "Humza Yousaf said Donald Trump lied"
    assert events["Monday"].people == ("Humza Yousaf", "Donald Trump")
    # A clause under "after" whose subject is "he" is told of that person too.
    raw = (
        b"date 2025-06-04\n\nFormer President Yoon Suk Yeol was removed in April, four "
        b"months after he declared martial law on Dec. 3, 2024.\n"
    )
    texts = {e.expression: e.text for e in parse_article(raw, "t").events}
    assert texts["Dec. 3, 2024"] == "Yoon Suk Yeol declared martial law on Dec. 3, 2024"
    # After a quotation, "he" is the one just quoted, not the last one named.
    raw = (
        b"date 2013-03-21\n\nIraqi Prime Minister Nuri al-Maliki spoke on Monday. "
        b'"Iraq is not the Iraq of 2003," said Ali al-Moussawi, a spokesman for al-Maliki. '
        b"He said troops left in December 2011.\n"
    )
    [event] = [e for e in parse_article(raw, "t").events if e.expression == "December 2011"]
    assert (event.text, event.people) == (
        "Ali al-Moussawi said troops left in December 2011",
        ("Ali al-Moussawi",),
    )
    # "he" is not someone the same sentence names after it: someone the reader missed.
    raw = (
        b'date 2013-03-25\n\n"We just win," coach Erik Spoelstra said. Udonis Haslem missed '
        b"his second game. He is expected to return this week, Spoelstra said.\n"
    )
    [event] = parse_article(raw, "t").events
    assert event.text == "He is expected to return, Spoelstra said"
    # "His"/"Her" opening a sentence is the previous sentence's subject, not a
    # person named later in it.
    raw = (
        b"date 2024-06-03\n\nMEXICO CITY (AP) \xe2\x80\x94 Claudia Sheinbaum, a former mayor, "
        b"won 58% of the vote. Her main "
        b"rival, Xochitl Galvez, conceded late Sunday.\n\nPresident Jimmy Carter defeated "
        b"President Gerald Ford in 1976. His wife died on Nov. 19, 2023.\n"
    )
    texts = [e.text for e in parse_article(raw, "t").events]
    assert texts[0] == "Claudia Sheinbaum's main rival, Xochitl Galvez, conceded late Sunday"
    assert texts[-1] == "His wife died on Nov. 19, 2023"


def test_a_streak_followed_by_its_day_is_dated_by_the_day() -> None:
    raw = (
        b"date 2013-03-14\n\n"
        b"The Dow closed at a record high for the ninth straight day on Wednesday.\n"
    )
    [event] = parse_article(raw, "t").events
    assert (event.expression, event.text) == (
        "Wednesday",
        "The Dow closed at a record high for the ninth straight day",
    )


def test_a_clause_under_before_that_opens_with_her_is_told_of_the_one_named() -> None:
    raw = (
        b"date 2013-04-09\n\nMargaret Thatcher won three straight elections before her "
        b"party forced her out in November 1990.\n"
    )
    [event] = parse_article(raw, "t").events
    assert event.text == "Margaret Thatcher's party forced her out in November 1990"
