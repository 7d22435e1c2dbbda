"""Opposites by a denying prefix, the fourth source of opposite.py: one word of an
otherwise identical sentence turned into its negative form ("*associated* with Gomez" /
"*disassociated* from Gomez", "a *racial* group" / "a *non-racial* group", "is
*married*" / "is *unmarried*", "is *capable*" / "is *incapable*").

Prefixes: un-, dis- and non- on any word of at least ``MIN_STEM`` letters; in-,
im-, il- and ir- only on adjectives with an ending that takes them ("capable",
"correct", "legal", "regular": ``_LATINATE``), since "in" starts many words that
deny nothing ("income", "intend"). Words a prefix makes into another word, not a
denial ("cover" / "discover"), are never read as one.

The gate is opposite_kind.py's: the word diff changes one short run a side and
nothing else, and the rest is most of both sentences. The antonym tables come
first: "likely" / "unlikely" is their pair already.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.opposite_kind import prose_changed_run
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.words import Word

MIN_STEM = 4
SCORE = 0.85
_PREFIXES = ("un", "dis", "non-", "non")
"""Longest first where one starts another: "non-" before "non"."""
_LATINATE_PREFIXES = ("in", "im", "il", "ir")
_LATINATE = ("able", "ible", "ent", "ant", "al", "ive", "ate", "ect", "ete", "ar", "ous", "ular")
"""Adjective endings that take in-, im-, il-, ir- as a denial."""
_NOT_DENIALS = frozenset(
    "discover discovered discovers discovering dismiss dismissed display displayed dispatch "
    "dispatched discharge discharged disclose disclosed discount discounted dispose disposed "
    "dissolve dissolved distract distracted discard discarded disease dispute disputed "
    "disposal dissent uncover uncovered undo undone unfold unfolded unravel unravelled "
    "invaluable infamous inflammable impress impressed impressive import imported insure "
    "insured intend intended inform informed".split()
)
"""Words whose prefix does not deny their stem."""


def affix_opposites(pair: SentencePair) -> list[Conflict]:
    changed = prose_changed_run(pair)
    if changed is None:
        return []
    (i1, i2), (j1, j2) = changed
    left, right = pair.left_words, pair.right_words
    found = _denied(left[i1:i2], right[j1:j2]) or _denied(right[j1:j2], left[i1:i2], True)
    if found is None:
        return []
    left_word, right_word = found
    left_span, right_span = (left_word.start, left_word.end), (right_word.start, right_word.end)
    contrast = pair.contrast("opposite", left_span, right_span)
    return [Conflict("opposite", left_span, right_span, contrast, SCORE)]


def _denied(
    plain: Sequence[Word], other: Sequence[Word], swapped: bool = False
) -> tuple[Word, Word] | None:
    """(left word, right word) when a word of ``other`` is a word of ``plain`` with a
    denying prefix."""
    stems = {w.norm: w for w in plain if len(w.norm) >= MIN_STEM and w.text.isalpha()}
    for word in other:
        stem = denied_stem(word.norm)
        if stem in stems:
            pair = (stems[stem], word)
            return (pair[1], pair[0]) if swapped else pair
    return None


def denies_by_prefix(norm: str, other: str) -> bool:
    """Whether the folded word ``norm`` is the folded word ``other`` with a denying
    prefix ("unavoidable" / "avoidable")."""
    return len(other) >= MIN_STEM and other.isalpha() and denied_stem(norm) == other


def denied_stem(norm: str) -> str | None:
    """The word a denying prefix of ``norm`` denies, None where it has none."""
    return None if norm in _NOT_DENIALS else _stem(norm)


def _stem(norm: str) -> str | None:
    for prefix in _PREFIXES:
        if norm.startswith(prefix):
            return norm[len(prefix) :]
    for prefix in _LATINATE_PREFIXES:
        if norm.startswith(prefix) and norm.endswith(_LATINATE):
            return norm[len(prefix) :]
    return None
