"""Tests for bot.news.captions: photo credits, caption dates and places."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.news.captions import caption_date_place, separate_captions, split_credit, written_date


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Police stand guard in Hanoi, Vietnam, 28 February 2019. EPA-EFE/LUONG THAI LINH",
            "EPA-EFE/LUONG THAI LINH",
        ),
        ("Crowds gather in Madrid, Spain, 2 May 2019. EPA/JUANJO MARTIN", "EPA/JUANJO MARTIN"),
        (
            "Firefighters work in Portland, Ore., Tuesday, July 14, 2020. (AP Photo/Noah Berger)",
            "AP Photo/Noah Berger",
        ),
        (
            "A protester holds a sign on Monday, July 13, 2020. AP Photo/Gillian Flaccus, File",
            "AP Photo/Gillian Flaccus, File",
        ),
        (
            "Traders work on the floor of the NYSE in New York, U.S., March 9, 2021. "
            "REUTERS/Brendan McDermid",
            "REUTERS/Brendan McDermid",
        ),
        (
            "A view of the White House in Washington, U.S., June 1, 2020. "
            "REUTERS/Jonathan Ernst/File Photo",
            "REUTERS/Jonathan Ernst/File Photo",
        ),
        (
            "Trump speaks in New York on November 9, 2016. AFP PHOTO / Mandel NGAN",
            "AFP PHOTO / Mandel NGAN",
        ),
        (
            "Supporters react in Manhattan. (Photo by Saul LOEB / AFP)",
            "Photo by Saul LOEB / AFP",
        ),
        (
            "Guards patrol the Capitol on January 6, 2022. (Photo by Drew Angerer/Getty Images)",
            "Photo by Drew Angerer/Getty Images",
        ),
        ("A memorial is held on the steps of the Capitol. Getty Images", "Getty Images"),
        (
            "Residents sit outside their homes. Photograph: Fadel Senna/AFP via Getty Images",
            "Photograph: Fadel Senna/AFP via Getty Images",
        ),
        (
            "Photo: Maria Lopez/Reuters. Rescue workers search the rubble in Marrakesh.",
            "Photo: Maria Lopez/Reuters",
        ),
        (
            "The Capella Hotel on Sentosa island, Singapore, June 11, 2018. (Xinhua/Then Chih Wey)",
            "Xinhua/Then Chih Wey",
        ),
        ("The city skyline in Singapore, June 10, 2018. Xinhua/Li Gang", "Xinhua/Li Gang"),
        (
            "Kim Jong Un inspects a factory in this undated photo. KCNA via REUTERS",
            "KCNA via REUTERS",
        ),
        (
            "Officials meet in Washington on May 31, 2018. Mandel Ngan/AFP via Getty Images",
            "Mandel Ngan/AFP via Getty Images",
        ),
        (
            "Senators leave the chamber in Washington, D.C. (AP Photo/J. Scott Applewhite)",
            "AP Photo/J. Scott Applewhite",
        ),
        (
            "Pompeo speaks in New York, May 31, 2018.REUTERS/Shannon Stapleton",
            "REUTERS/Shannon Stapleton",
        ),
    ],
)
def test_split_credit_recognises_common_styles(caption: str, credit: str) -> None:
    assert split_credit(caption) == (caption, credit)


@pytest.mark.parametrize(
    "body",
    [
        "The survey was conducted by Reuters/Ipsos.",
        "A Reuters poll of economists found most expected rates to stay on hold.",
        "Officials told the AP that the talks would resume. Reuters reported the same.",
        "The summit is set for June 12, the White House said. (Reporting by Jane Doe)",
        "Pompeo said the talks were moving in the right direction, according to AFP.",
        "He posted a photo on Twitter on Monday.",
        "Shares of Getty Images rose 5 percent on Tuesday.",
        "",
        "   ",
    ],
)
def test_body_sentences_are_not_captions(body: str) -> None:
    assert split_credit(body) is None


def test_split_credit_returns_the_paragraph_trimmed() -> None:
    found = split_credit("  A man waves in Paris. EPA-EFE/IAN LANGSDON \n")
    assert found == ("A man waves in Paris. EPA-EFE/IAN LANGSDON", "EPA-EFE/IAN LANGSDON")


@pytest.mark.parametrize(
    ("caption", "day", "place"),
    [
        (
            "Pompeo leaves a press conference in New York, New York, USA, May 31, 2018. "
            "EPA-EFE/JUSTIN LANE",
            dt.date(2018, 5, 31),
            "New York, New York, USA",
        ),
        (
            "Photo made available on May 31, 2018 shows a meeting in New York City, New "
            "York, USA, May 30, 2018. EPA-EFE/US DEPARTMENT OF STATE",
            dt.date(2018, 5, 30),
            "New York City, New York, USA",
        ),
        (
            "Police stand guard outside the hotel in Hanoi, Vietnam, 28 February 2019. "
            "EPA-EFE/LUONG THAI LINH",
            dt.date(2019, 2, 28),
            "Hanoi, Vietnam",
        ),
        (
            "Firefighters work in downtown Portland, Ore., Tuesday, July 14, 2020. "
            "(AP Photo/Noah Berger)",
            dt.date(2020, 7, 14),
            "Portland, Ore.",
        ),
        (
            "Guards patrol the Capitol in Washington, DC, on January 6, 2022.",
            dt.date(2022, 1, 6),
            "Washington, DC",
        ),
        ("Traders at work, Sept. 3, 2019. REUTERS/Lucas Jackson", dt.date(2019, 9, 3), None),
        ("A protest outside the court on 2019-04-05.", dt.date(2019, 4, 5), None),
        ("A view of the city skyline. Xinhua/Li Gang", None, None),
        (
            "File photo of the president in Washington, DC, USA, 24 May 2018 (reissued 01 "
            "June 2018). EPA-EFE/OLIVIER DOULIERY / POOL",
            dt.date(2018, 5, 24),
            "Washington, DC, USA",
        ),
        (
            "Kim Jong-un at an undisclosed location (issued 02 June 2018). EPA-EFE/KCNA",
            dt.date(2018, 6, 2),
            None,
        ),
        ("Something on February 30, 2019 in Rome, Italy.", None, None),
    ],
)
def test_caption_date_and_place(caption: str, day: dt.date | None, place: str | None) -> None:
    assert caption_date_place(caption) == (day, place)


def test_credit_search_stays_linear_on_long_paragraphs() -> None:
    # Adversarial sizes for the regexes; their speed is measured by bench/parse.py.
    nasty = "Photo: " + "Aaaa/" * 50_000 + " x"
    for found in (split_credit(nasty), split_credit(". " * 100_000 + "EPA-EFE/" * 1_000)):
        assert found is None or found[1] in found[0]
    assert caption_date_place(nasty) == (None, None)
    day, _ = caption_date_place("May 31, 2018 in A, " * 10_000)
    assert day in (None, dt.date(2018, 5, 31))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_caption_functions_never_raise(text: str) -> None:
    found = split_credit(text)
    if found is not None:
        paragraph, credit = found
        assert paragraph == text.strip()
        assert credit
    day, place = caption_date_place(text)
    assert day is None or isinstance(day, dt.date)
    assert place is None or place


@pytest.mark.parametrize(
    ("caption", "credit", "day", "place"),
    [
        (
            "President Donald Trump speaks in the Cabinet Room of the White House, Thursday, "
            "May 31, 2018, in Washington. (AP Photo/Evan Vucci)",
            "AP Photo/Evan Vucci",
            dt.date(2018, 5, 31),
            "Washington",
        ),
        (
            "NEW YORK, NY - MAY 31: Mike Pompeo speaks during a press conference on May 31, "
            "2018 in New York City. (Photo by Spencer Platt/Getty Images)",
            "Photo by Spencer Platt/Getty Images",
            dt.date(2018, 5, 31),
            "New York City",
        ),
        (
            "Pompeo and Kim walk in New York on May 31, 2018. (Photo by Mandel NGAN / AFP)",
            "Photo by Mandel NGAN / AFP",
            dt.date(2018, 5, 31),
            "New York",
        ),
        (
            "Pompeo attends a press conference in New York, the United States, on May 31, "
            "2018. (Xinhua/Li Muzi)",
            "Xinhua/Li Muzi",
            dt.date(2018, 5, 31),
            "New York, the United States",
        ),
        (
            "The leaders meet in Singapore on June 12, 2018. (Kim Hong-Ji/Pool Photo via AP)",
            "Kim Hong-Ji/Pool Photo via AP",
            dt.date(2018, 6, 12),
            "Singapore",
        ),
        (
            "Senators leave the chamber, May 31, 2018, in Washington, D.C. "
            "(AP Photo/J. Scott Applewhite)",
            "AP Photo/J. Scott Applewhite",
            dt.date(2018, 5, 31),
            "Washington, D.C.",
        ),
        ("Kim Jong Un at a factory. KCNA/via REUTERS", "KCNA/via REUTERS", None, None),
        ("Image source, Reuters", "Image source, Reuters", None, None),
        (
            "Office workers in London. Getty Images/iStockphoto",
            "Getty Images/iStockphoto",
            None,
            None,
        ),
        (
            "Trump at the White House. Credit: Doug Mills/The New York Times",
            "Credit: Doug Mills/The New York Times",
            None,
            None,
        ),
        ("Pompeo with Kim. EPA-EFE/JUSTIN LANE/POOL", "EPA-EFE/JUSTIN LANE/POOL", None, None),
        (
            "Biden speaks on Monday. (AP Photo/Andrew Harnik, Pool)",
            "AP Photo/Andrew Harnik, Pool",
            None,
            None,
        ),
        ("(Photo: Jack Gruber, USA TODAY)", "Photo: Jack Gruber, USA TODAY", None, None),
    ],
)
def test_more_agency_styles_with_date_and_place(
    caption: str, credit: str, day: dt.date | None, place: str | None
) -> None:
    found = split_credit(caption)
    assert found is not None
    assert found[1] == credit
    assert caption_date_place(caption) == (day, place)


def test_separate_captions_joins_a_lone_credit_only_to_a_dated_caption() -> None:
    blocks = [
        "Officials said the talks would resume next week.",
        "Getty Images",
        "A delegate walks past a screen in Glasgow, Britain, November 1, 2021.",
        "REUTERS/Yves Herman",
        "The talks are due to end on Friday.",
    ]
    captions, body = separate_captions(blocks)
    assert [c.text for c in captions] == [
        "Getty Images",
        "A delegate walks past a screen in Glasgow, Britain, November 1, 2021. REUTERS/Yves Herman",
    ]
    assert body == (
        "Officials said the talks would resume next week.",
        "The talks are due to end on Friday.",
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("May 31, 2018", dt.date(2018, 5, 31)),
        ("Thursday, May 31, 2018.", dt.date(2018, 5, 31)),
        ("31 May 2018", dt.date(2018, 5, 31)),
        ("Sept. 3, 2019", dt.date(2019, 9, 3)),
        ("2018-05-31", dt.date(2018, 5, 31)),
        ("February 30, 2018", None),
        ("May 31, 2018 in Rome", None),
        ("tomorrow", None),
    ],
)
def test_written_date(text: str, day: dt.date | None) -> None:
    assert written_date(text) == day
