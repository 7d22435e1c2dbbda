"""Whether a name is the source a sentence cites for what it says.

"..., *according to* a press release from the *Southern District*" / "..., according
to a statement released by the *Justice Department*": two reports citing two sources
for one fact do not disagree about the fact (and one source is often part of the
other: a US attorney's office of the Justice Department). A name is such a source
when the words before it, within its clause, lead back to "according to" through
nothing but the words of a citation ("a press release from", "a statement issued
by", "the office of").
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.words import Word, clause_break

CITATION_WORDS = frozenset(
    "a an the its their his her from by of in on press news release releases statement "
    "statements report reports filing filings document documents letter announcement "
    "website spokesman spokeswoman spokesperson spokespeople official officials source "
    "sources data figures records issued released published posted".split()
)
"""Words that may stand between "according to" and the source it cites."""
CITATION_REACH = 8
"""Most citation words between "according to" and the source."""


def cited_source(words: Sequence[Word], first: int) -> bool:
    """Whether the name whose first word is ``words[first]`` is the source an
    "according to" in its clause cites."""
    k = first
    for _ in range(CITATION_REACH + 1):
        if k == 0 or clause_break(words, k):
            return False
        before = words[k - 1]
        if before.norm == "to":
            return k >= 2 and words[k - 2].norm == "according"
        if before.norm not in CITATION_WORDS:
            return False
        k -= 1
    return False
