"""Kind swaps, the third source of opposite.py: one word changed into a word of another
kind in an otherwise identical sentence ("Prescott is a *city*" / "a *county*",
"Seohyun is a *singer*" / "a *dog*", "produced by a *man*" / "by a *woman*").

Two nouns are of different kinds when WordNet knows both and no sense of one is a
sense or a kind of a sense of the other, and the main sense of neither is defined
with the other (kinds.py); a relational adjective stands for the noun it pertains
to ("a *medical* drama" / "a *horror* drama": medicine, horror). "kid" / "child" are
one sense, "guitar" / "instrument" one a kind of the other and "proposal" "something
proposed (such as a plan...)", so none of them is a swap.
Verbs are not compared: two verbs in one frame are too often two ways of telling one
act ("riding" / "driving", "signed" / "issued").
The gate is the strictest of the detectors, since two different words can also be
two ways of saying one thing: the word diff of the two sentences changes one run of
at most ``MAX_WORDS`` words a side and nothing else, the unchanged words are most of
both sentences, the changed words are no name, number, date or negation (the other
detectors judge those), not negated, and not in a title-case headline. In a
quotation only nouns WordNet calls opposites count ("a *victory* for farmers" / "a
*defeat*"): a quotation reworded to another kind of thing is too often the same
thing said another way.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.kinds import (
    defined_by,
    kind_nouns,
    opposite_nouns,
    relation,
    senses,
)
from tui.engine.findings.contradiction.negation import is_title_case, polarity
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.quotations import in_quotation
from tui.engine.findings.contradiction.slots import RESTRICTIVE
from tui.engine.findings.contradiction.wordlists import negation_cues
from tui.engine.findings.contradiction.words import (
    Word,
    common_start,
    sentence_tokens,
)

MAX_WORDS = 2
"""Most content words changed a side ("a *football* player", "an *action movie*")."""
MAX_RUN = MAX_WORDS + 1
"""Most words changed a side, an article with them ("a *city*" / "an *area*")."""
MIN_SHARE = 0.6
"""Least share of the longer sentence's words left unchanged."""
MIN_SHARED = 1
"""Least content words the two sentences share (the subject of "X is a *singer*")."""
_ARTICLES = {"an": "a"}
"""One article, whichever sound the next word starts with ("an *action movie*" / "a *truck*")."""
_SKIPPED = frozenset(("a", "an", "the", "some", "any", *RESTRICTIVE))
"""Articles and restrictive adverbs: "a *singer*" / "*solely* a *dog*" change one noun."""
_IGNORED = frozenset(("a", "an", *RESTRICTIVE))
"""Words ``changed_run`` skips or reads as another."""


def kind_swaps(pair: SentencePair) -> list[Conflict]:
    changed = prose_changed_run(pair)
    if changed is None:
        return []
    (i1, i2), (j1, j2) = changed
    left, right = pair.left_words, pair.right_words
    shared = [*left[:i1], *left[i2:]]
    if sum(w.is_content and w.norm not in RESTRICTIVE for w in shared) < MIN_SHARED:
        return []
    lrun, rrun = _content_run(left, i1, i2), _content_run(right, j1, j2)
    if lrun is None or rrun is None:
        return []
    li, ri = lrun[-1], rrun[-1]
    if not (_plain(left, li) and _plain(right, ri)):
        return []
    if li in polarity(pair.left).negated or ri in polarity(pair.right).negated:
        return []
    if not _different_kinds(left, li, right, ri):
        return []
    quoted = in_quotation(pair.left, (left[li].start, left[li].end)) or in_quotation(
        pair.right, (right[ri].start, right[ri].end)
    )
    if quoted and not opposite_nouns(left[li].norm, right[ri].norm):
        return []
    left_span = (left[lrun[0]].start, left[li].end)
    right_span = (right[rrun[0]].start, right[ri].end)
    contrast = pair.contrast("different kind", left_span, right_span)
    score = round(min(0.9, 0.5 + 0.4 * len(shared) / max(len(left), len(right))), 2)
    return [Conflict("opposite", left_span, right_span, contrast, score)]


Run = tuple[tuple[int, int], tuple[int, int]]
"""(first, after) word indexes of the changed run of each side."""


def pair_changed_run(pair: SentencePair) -> Run | None:
    """``changed_run`` of two sentences' words, after a quick test on their sets of
    words (most aligned pairs differ in more words than one run holds)."""
    # A word one side holds and the other lacks, restrictive adverbs and articles aside,
    # lies in that side's changed run, which holds at most MAX_RUN words.
    if len(pair.left_only - _IGNORED) > MAX_RUN or len(pair.right_only - _IGNORED) > MAX_RUN:
        return None
    return changed_run(sentence_tokens(pair.left).norms, sentence_tokens(pair.right).norms)


def prose_changed_run(pair: SentencePair) -> Run | None:
    """``pair_changed_run`` of two sentences neither of which is a title-case headline
    (whose capitals say nothing of a word's kind). Kept for the last pair, known by its
    identity (hashing a pair hashes both sentences): kind swaps and denying prefixes ask
    for it one after the other."""
    last_pair, last_run = _LAST_RUN[0]
    if pair is last_pair:
        return last_run
    changed = _prose_changed_run(pair)
    _LAST_RUN[0] = (pair, changed)  # one assignment: a thread never sees half of it
    return changed


_LAST_RUN: list[tuple[SentencePair | None, Run | None]] = [(None, None)]
"""The last pair ``prose_changed_run`` was asked about (kept alive, so that no other
pair can take its identity) and its answer."""


def _prose_changed_run(pair: SentencePair) -> Run | None:
    changed = pair_changed_run(pair)
    if changed is None:
        return None  # the common case: no words cut
    if is_title_case(pair.left_words) or is_title_case(pair.right_words):
        return None
    return changed


@lru_cache(maxsize=1024)
def changed_run(left: tuple[str, ...], right: tuple[str, ...]) -> Run | None:
    """The one run of words each side that differs between two word sequences (what
    lies between their common start and common end, restrictive adverbs aside: "he
    *only* plays the drums"), when both runs are short and the words around them most
    of both sentences; as (first, after) word indexes of each side."""
    left_kept, a = _compared(left)
    right_kept, b = _compared(right)
    start = common_start(a, b)
    end = min(common_start(a[::-1], b[::-1]), len(a) - start, len(b) - start)
    i2, j2 = len(a) - end, len(b) - end
    if not (0 < i2 - start <= MAX_RUN and 0 < j2 - start <= MAX_RUN):
        return None
    if start + end < MIN_SHARE * max(len(a), len(b)):
        return None
    return (left_kept[start], left_kept[i2 - 1] + 1), (right_kept[start], right_kept[j2 - 1] + 1)


def _compared(norms: tuple[str, ...]) -> tuple[Sequence[int], Sequence[str]]:
    """The indexes of the words ``changed_run`` compares (restrictive adverbs aside)
    and those words, one article for "a" and "an"; the words as they are when they
    hold neither (most sentences)."""
    if RESTRICTIVE.isdisjoint(norms):
        kept: Sequence[int] = range(len(norms))
        if "an" not in norms:
            return kept, norms
    else:
        kept = [k for k, norm in enumerate(norms) if norm not in RESTRICTIVE]
    return kept, [_ARTICLES.get(norms[k], norms[k]) for k in kept]


def _content_run(words: Sequence[Word], first: int, after: int) -> list[int] | None:
    """The words of a changed run, articles aside, if they are at most MAX_WORDS
    content words: the last is the head noun ("a *television series*")."""
    run = [k for k in range(first, after) if words[k].norm not in _SKIPPED]
    if not 0 < len(run) <= MAX_WORDS or not all(words[k].is_content for k in run):
        return None
    return run


def _plain(words: Sequence[Word], k: int) -> bool:
    """An everyday lower-case word: no name, number or negation."""
    word = words[k]
    if not word.text.isalpha() or (k > 0 and word.text[:1].isupper()):
        return False
    return (word.norm,) not in negation_cues()[0]


def _different_kinds(left: Sequence[Word], li: int, right: Sequence[Word], ri: int) -> bool:
    """Nouns of different kinds, neither of them a verb form ("is *riding*", but "a
    *painting*"), not one sense or kinds of each other as verbs either ("attack" /
    "strike"), and neither defined with the other ("plan" / "proposal"); or nouns
    WordNet calls opposites ("man" / "woman"). A relational adjective counts as the
    noun it pertains to ("a *medical* drama" / "a *horror* drama")."""
    a, b = left[li].norm, right[ri].norm
    if _verb_form(left, li) or _verb_form(right, ri) or relation(a, b, "v") in ("same", "kind"):
        return False
    if opposite_nouns(a, b):
        return True
    lefts, rights = kind_nouns(a), kind_nouns(b)
    return bool(lefts and rights) and all(
        relation(x, y, "n") == "different" and not defined_by(x, y) for x in lefts for y in rights
    )


def _verb_form(words: Sequence[Word], k: int) -> bool:
    """An -ing or -ed form of a verb that no determiner makes a noun, nor a preposition
    right before an -ing form ("involved in *acting*")."""
    norm = words[k].norm
    if not norm.endswith(("ing", "ed")) or not senses(norm, "v"):
        return False
    if norm.endswith("ing") and k > 0 and words[k - 1].norm in _PREPOSITIONS:
        return False
    return not any(w.norm in _DETERMINERS for w in words[max(0, k - 2) : k])


_DETERMINERS = frozenset("a an the this that his her its their our my your".split())
_PREPOSITIONS = frozenset("in of for about at from into on with without by".split())
