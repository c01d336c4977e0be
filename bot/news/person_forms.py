"""One person under several forms of a name.

"Michael Sears" is the "Michael M. Sears" named elsewhere (initials left
out), "French Gates" (from "Ms. French Gates") the "Melinda French Gates",
and "Gisele Fetterman" the "Gisele Barreto Fetterman": a shorter form of two
or more words whose words all appear, in order and with the same last word,
in exactly one fuller name of the article.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[0].isupper()


def _inside(short: list[str], full: list[str]) -> bool:
    """Whether `short` is `full` with words left out, ending on the same word."""
    if len(short) >= len(full) or short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(word in rest for word in short)


def _fuller(plain: list[str], words: list[str], full: list[str]) -> bool:
    """Whether the name `full` is a fuller form of `words` (`plain`: without initials)."""
    stripped = [w for w in full if not _is_initial(w)]
    if plain == stripped:
        return len(full) > len(words)  # the same name with initials added
    return _inside(plain, stripped)


def same_person(forms: Mapping[str, Sequence[str]]) -> list[tuple[str, str]]:
    """(key, into) pairs: the person under `key` is the one under `into`.

    `forms` maps each person's key to the name forms found for them.
    """
    names = {key: [form.split() for form in found] for key, found in forms.items()}
    pairs: list[tuple[str, str]] = []
    for key, own in names.items():
        for words in own:
            plain = [w for w in words if not _is_initial(w)]
            if len(plain) < 2:
                continue
            fuller = {
                other
                for other, their in names.items()
                if other != key and any(_fuller(plain, words, full) for full in their)
            }
            if len(fuller) == 1:
                pairs.append((key, fuller.pop()))
                break
    return pairs
