"""Months that name figures or a futures contract: "February trade data", "its
December forecast", "oil for April delivery"."""

from __future__ import annotations

import re

# What figures are called: "home sales", "trade data", "the jobs report".
FIGURES = (
    r"(?:sales|data|figures|numbers|inflation|unemployment|output|exports|imports|orders"
    r"|starts|claims|production|spending|payrolls|prices|index|readings?|results|statistics"
    r"|figure|pace)"
)
# "February trade data", "March retail sales": the month names the figures (not
# "filed in January over claims").
_BETWEEN = r"\s(?:(?!(?:over|of|in|on|at|for|to|from|by|with|and|or|the|a|an)\s)[a-z-]+\s){0,2}"
_FIGURES_AFTER = re.compile(rf"(?:['’]s)?{_BETWEEN}{FIGURES}\b")  # ("February's sales pace")
# "down from its December forecast", "the May jobs report": a forecast or a report
# of the month it was made, after a determiner ("In March analysts forecast" is a verb).
_REPORT_AFTER = re.compile(
    rf"{_BETWEEN}(?:forecasts?|estimates?|projections?|outlook|guidance|surveys?|polls?"
    r"|reports?)\b"
)
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|a|an)|['’]s)\s$", re.IGNORECASE)


def names_figures(text: str, start: int, end: int) -> bool:
    """Whether the month at text[start:end] names the figures or the report after
    it ("February trade data", "its December forecast", "the May jobs report")."""
    return _FIGURES_AFTER.match(text, end) is not None or (
        _REPORT_AFTER.match(text, end) is not None
        and _DETERMINER_BEFORE.search(text, max(0, start - 7), start) is not None
    )


# "oil for April delivery", "the May contract": a futures contract's month, one to come.
_CONTRACT_AFTER = re.compile(
    r"\s(?:[a-z]+\s)?(?:delivery|contracts?|futures)\b"
    # "September arabica was down 1.5 cents", "March sugar rose" (not "the September wheat
    # harvest", "March sugar exports")
    r"|\s(?P<commodity>arabica|robusta|cocoa|sugar|wheat|corn|soybeans|soymeal|soyoil|cotton"
    r"|crude|Brent|gold|silver|copper|platinum|palladium|cattle|hogs|oats|canola)\b"
    r"(?!\s(?:harvest|crops?|production|output|exports|imports|plantings|sales|season)\b)"
)
_LED = re.compile(r"(?i:\b(?:in|since|by|during|through|until|from|after|before|of)\s)$")
_DELIVERY_IN = re.compile(r"\bfor\s(?:delivery|settlement)\sin\s$")  # Bloomberg's


def names_contract(text: str, start: int, end: int) -> bool:
    """Whether the month at [start, end) names a futures contract ("for April
    delivery", "December corn futures", "for delivery in May")."""
    contract = _CONTRACT_AFTER.match(text, end)
    if contract is not None:
        # (a commodity after a month that a preposition leads is the subject of its
        # clause: "In July crude hit a record", "Since November cattle have gained")
        return (
            contract.group("commodity") is None
            or _LED.search(text, max(0, start - 12), start) is None
        )
    return _DELIVERY_IN.search(text, max(0, start - 24), start) is not None
