"""The other words a title is referred back by.

`SPELLED_OUT` gives the words an abbreviated title is read back as ("Sen. X"
... "the senator", "Lt. Cmdr." ... "lieutenant commander"); `SAME_OFFICE` the
shorter name of an office that news copy uses for it on second reference
("Chief Executive" ... "the CEO"; AP's "the admiral" for a vice admiral).
Used by `role_refs`.
"""

from __future__ import annotations

SPELLED_OUT = {
    "sen.": ("senator",),
    "rep.": ("representative", "congressman", "congresswoman"),
    "gen.": ("general",),
    "prof.": ("professor",),
    "gov.": ("governor",),
    "lt.": ("lieutenant",),
    "col.": ("colonel",),
    "sgt.": ("sergeant",),
    "capt.": ("captain",),
    "adm.": ("admiral",),
    "cmdr.": ("commander",),
    "cmdr": ("commander",),
    "maj.": ("major",),
    "supt.": ("superintendent",),
    "atty.": ("attorney",),
    "det.": ("detective",),
    "insp.": ("inspector",),
    "rev.": ("reverend",),
    "pope": ("pontiff",),
}

# One office, two names: the one written out, and the other it is referred back by.
SAME_OFFICE = (
    ("chief executive officer", "ceo"),
    ("chief executive", "ceo"),
    ("prime minister", "premier"),
    ("lawyer", "attorney"),
    ("attorney", "lawyer"),
    ("lt. col.", "colonel"),  # AP's "the colonel" for a lieutenant colonel
    ("lieutenant colonel", "colonel"),
    ("lt. gen.", "general"),
    # (and "the admiral", "the commander", "the sergeant" for these ranks)
    ("vice admiral", "admiral"),
    ("lieutenant commander", "commander"),
    ("sergeant major", "sergeant"),
)
