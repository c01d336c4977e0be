"""Event texts of wire copy the parser had not seen (round six): 1995-2015 crime and
disaster chronologies."""

from __future__ import annotations

import datetime as dt

from tests.test_events_wire import _texts


def test_a_passive_shares_its_auxiliary_with_the_verb_coordinated_after_it() -> None:
    friday = dt.date(1997, 3, 14)
    text = "The suspect was arrested on Jan. 9 and charged two days later with murder."
    assert _texts(text, friday)[-1] == ("two days later", "The suspect was charged with murder")
    text = "She was taken to a hospital on Monday and released on Wednesday."
    assert _texts(text, friday) == [
        ("Monday", "She was taken to a hospital"),
        ("Wednesday", "She was released"),
    ]


def test_a_quotation_keeps_its_words_in_the_event_text() -> None:
    friday = dt.date(1998, 7, 3)
    text = '"I will leave on Friday," he said.'
    assert _texts(text, friday) == [("Friday", '"I will leave on Friday," he said')]
    text = '"We expect the second half to be better," said the governor.'
    assert _texts(text, friday) == [
        ("the second half", '"We expect the second half to be better," said the governor')
    ]


def test_an_active_verb_after_a_passive_keeps_no_auxiliary() -> None:
    text = "He was arrested on Monday and confessed Tuesday."
    assert _texts(text, dt.date(1997, 3, 14))[-1] == ("Tuesday", "He confessed")
