"""Event texts of wire copy the parser had not seen (round seven): 2013 world news
told a sentence a paragraph."""

from __future__ import annotations

from bot.news.pipeline import parse_article


def _event_texts(text: str, published: str = "2013-03-22") -> list[tuple[str, str]]:
    article = parse_article(f"date {published}\n\n{text}\n".encode(), "test")
    return [(event.expression, event.text) for event in article.events]


def test_he_opening_a_paragraph_is_the_subject_of_the_paragraph_before() -> None:
    text = (
        "President Barack Obama met Israeli leaders on Thursday.\n\n"
        "Obama will lay a wreath on Friday at the grave of Theodor Herzl, the founder of "
        "modern Zionism.\n\n"
        "He is scheduled to meet King Abdullah II on Friday evening."
    )
    assert _event_texts(text)[-1] == (
        "Friday evening",
        "Barack Obama is scheduled to meet King Abdullah II",
    )


def test_he_after_a_role_goes_on_with_the_one_named_before() -> None:
    text = (
        "John Kerry landed in Cairo on Saturday.\n\nThe secretary of state is on his first "
        "visit to Egypt.\n\nHe will meet President Mohamed Morsi on Sunday."
    )
    assert _event_texts(text, "2013-04-02")[-1] == (
        "Sunday",
        "John Kerry will meet President Mohamed Morsi",
    )
