"""People, titles and speakers of local, business and sports wire copy (round seven)."""

from __future__ import annotations

from bot.news.model import Article
from bot.news.pipeline import parse_article


def _parse(text: str, published: str = "1995-02-15") -> Article:
    return parse_article(f"date {published}\n\n{text}\n".encode(), "test")


def _people(text: str, published: str = "1995-02-15") -> list[tuple[str, str | None]]:
    return [(person.name, person.title) for person in _parse(text, published).people]


def _speakers(text: str, published: str = "1995-02-15") -> list[str | None]:
    return [quote.speaker for quote in _parse(text, published).quotes]


def test_local_government_offices_are_titles() -> None:
    text = (
        "City Clerk Gerald Thompson said the ballot is set. Alderman Joe Fitch said he "
        "objects. Selectman Ruth Parr said she agrees. Freeholder Dan Kell said no."
    )
    assert _people(text) == [
        ("Gerald Thompson", "City Clerk"),
        ("Joe Fitch", "Alderman"),
        ("Ruth Parr", "Selectman"),
        ("Dan Kell", "Freeholder"),
    ]
    text = '"People ought to have a say," said Supervisor Lu Barron.'
    assert _people(text) == [("Lu Barron", "Supervisor")]
    assert _speakers(text) == ["Lu Barron"]


def test_public_before_a_role_is_part_of_the_title() -> None:
    text = "Hughes' attorney, public defender Ann Marie Spiess, said her client has an alibi."
    assert _people(text) == [("Ann Marie Spiess", "public defender")]
    text = "Consumer advocate Ralph Nader said the car is unsafe."
    assert _people(text) == [("Ralph Nader", "Consumer advocate")]


def test_a_nickname_in_quotation_marks_stays_inside_the_name() -> None:
    text = (
        'Margaret Ellen "Peg" Sturgeon, a longtime Columbus teacher, died Sunday at her '
        "home. She was 84."
    )
    assert [name for name, _ in _people(text, "1997-11-18")] == ["Margaret Ellen Sturgeon"]
    text = (
        'Former Gov. Edmund G. "Pat" Brown said the state would grow. "We need roads," Brown said.'
    )
    assert _people(text) == [("Edmund G. Brown", "Former Gov.")]
    assert _speakers(text) == ["Edmund G. Brown"]  # ("Pat" is no quotation)
    # (a quoted word between two other words is not a nickname)
    assert _speakers('"Go," Johnson said.') == ["Johnson"]


def test_a_family_name_that_is_a_country_with_a_role_to_say_so() -> None:
    text = (
        "Defense lawyer Eugene Brazil said he would appeal. "
        '"These are kids who made a terrible mistake," Brazil said.'
    )
    assert _people(text) == [("Eugene Brazil", "Defense lawyer")]
    assert _speakers(text) == ["Eugene Brazil"]
    text = 'Paul England, a lawyer, said the city ignored the warnings. "They knew," England said.'
    assert _speakers(text) == ["Paul England"]
    # (with no role, a given name and a country stay apart)
    assert _people("President John Kennedy visited England, a country he loved.") == [
        ("John Kennedy", "President")
    ]
