"""Opposites of degree, amount and distance, the fifth source of opposite.py: one
short run of words of an otherwise identical sentence moved to the other end of a
scale ("very *close to* a deal" / "very *far from* a deal", "made *a lot of*
progress" / "made *very little* progress", "*most* residents" / "*few* residents").

The antonym tables pair single words; these opposites span two or three words a
side, a pole word with the function words it takes ("to", "from", "a ... of"). The
scales are tui/engine/data/degree_scales.txt (from WordNet's antonym clusters, with
their multi-word forms). Each side's changed run must hold exactly one phrase of a
scale, and nothing else but degree words and function words ("very", "so", "the"):
"*a lot of*" / "*a little*" is no opposite ("a little" is a neutral phrase), and
"*more than 100*" / "*fewer than 200*" is the number detector's.

The gate is close to the kind swaps' (opposite_kind.py): the word diff of the two
sentences changes at most two short runs a side (a quotation reworded in two
places), the unchanged words are most of both sentences, every changed run is an
opposite of degree, only adds or drops degree words ("*very* close to") or swaps one
word for a synonym ("*enough*" / "*sufficient*", WordNet's as the aligner reads them),
and no pole is negated ("not close to" / "far from" agree).
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

from tui.engine.datafiles import data_lines
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.negation import polarity
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slots import synonymous
from tui.engine.findings.contradiction.wordlists import lemma_key
from tui.engine.findings.contradiction.words import sentence_norms, sentence_tokens
from tui.engine.segment import Sentence

SCALES = "degree_scales.txt"
NEUTRAL = "neutral"
MAX_PHRASE = 4
"""Words of the longest scale phrase ("a great deal of")."""
SCORE = 0.85
MAX_RUNS = 2
"""Changed runs: a quotation may be reworded in two places ("made *a lot of* progress
and is *close to* a deal" / "made *very little* progress and is *far from* a deal")."""
MAX_RUN = 3
"""Most words of one changed run a side ("a lot of")."""
MIN_SHARE = 0.6
"""Least share of the longer sentence's words left unchanged."""
_ARTICLES = {"an": "a"}
_MODIFIERS = frozenset(
    "very so too quite rather extremely really pretty fairly relatively just only still even "
    "far much a an the of to from by at".split()
)
"""Degree words and function words a changed run may hold beside its scale phrase."""


class Pole(NamedTuple):
    scale: str
    high: bool


class _Scales(NamedTuple):
    poles: dict[tuple[str, ...], Pole | None]
    """Each phrase's pole (None: a neutral phrase, on no scale)."""
    firsts: frozenset[str]
    """First words of the phrases on a scale: a quick test of a sentence."""


@lru_cache(maxsize=1)
def _scales() -> _Scales:
    poles: dict[tuple[str, ...], Pole | None] = {}
    for line in data_lines(SCALES):
        scale, phrases = (part.strip() for part in line.split(":", 1))
        if scale == NEUTRAL:
            poles.update((tuple(p.split()), None) for p in phrases.split(","))
            continue
        high, low = phrases.split(" | ")
        for group, is_high in ((high, True), (low, False)):
            poles.update((tuple(p.split()), Pole(scale, is_high)) for p in group.split(","))
    firsts = frozenset(phrase[0] for phrase, pole in poles.items() if pole is not None)
    return _Scales(poles, firsts)


def degree_opposites(pair: SentencePair) -> list[Conflict]:
    """An opposite for each changed run, if every changed run is one (or only adds or
    drops degree words: "*very* close to"); any other change may change the claim."""
    firsts = _scales().firsts
    if firsts.isdisjoint(sentence_norms(pair.left)) or firsts.isdisjoint(
        sentence_norms(pair.right)
    ):
        return []
    left, right = sentence_tokens(pair.left).norms, sentence_tokens(pair.right).norms
    runs = changed_runs(left, right)
    if runs is None:
        return []
    conflicts = []
    for left_run, right_run in runs:
        if _only_modifiers(left, left_run) and _only_modifiers(right, right_run):
            continue
        if _synonyms(left, left_run, right, right_run):
            continue  # "enough support" / "sufficient support": a report reworded
        conflict = _opposite(pair, left_run, right_run)
        if conflict is None:
            return []
        conflicts.append(conflict)
    return conflicts


Place = tuple[int, int]
"""(first, after) word indexes."""


@lru_cache(maxsize=1024)
def changed_runs(
    left: tuple[str, ...], right: tuple[str, ...]
) -> tuple[tuple[Place, Place], ...] | None:
    """The runs of words that differ between two word sequences, as (left, right)
    places, when there are at most MAX_RUNS of at most MAX_RUN words a side and the
    unchanged words are most of both sequences."""
    most = MAX_RUNS * MAX_RUN
    if len(set(left) - set(right)) > most or len(set(right) - set(left)) > most:
        return None
    a = [_ARTICLES.get(norm, norm) for norm in left]
    b = [_ARTICLES.get(norm, norm) for norm in right]
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    runs = tuple(((i1, i2), (j1, j2)) for tag, i1, i2, j1, j2 in opcodes if tag != "equal")
    unchanged = sum(i2 - i1 for tag, i1, i2, _, _ in opcodes if tag == "equal")
    if not 0 < len(runs) <= MAX_RUNS or unchanged < MIN_SHARE * max(len(a), len(b)):
        return None
    if any(i2 - i1 > MAX_RUN or j2 - j1 > MAX_RUN for (i1, i2), (j1, j2) in runs):
        return None
    return runs


def _opposite(pair: SentencePair, left_run: Place, right_run: Place) -> Conflict | None:
    """The conflict of two changed runs at opposite ends of one scale, neither negated."""
    left = _pole_of_run(sentence_tokens(pair.left).norms, left_run)
    right = _pole_of_run(sentence_tokens(pair.right).norms, right_run)
    if left is None or right is None:
        return None
    (left_pole, li), (right_pole, ri) = left, right
    if left_pole.scale != right_pole.scale or left_pole.high == right_pole.high:
        return None
    if _negated(pair.left, li) or _negated(pair.right, ri):
        return None
    left_span = (pair.left_words[li[0]].start, pair.left_words[li[1] - 1].end)
    right_span = (pair.right_words[ri[0]].start, pair.right_words[ri[1] - 1].end)
    contrast = pair.contrast("opposite", left_span, right_span)
    return Conflict("opposite", left_span, right_span, contrast, SCORE)


def _synonyms(left: Sequence[str], left_run: Place, right: Sequence[str], right_run: Place) -> bool:
    """One word a side, the same or synonyms in WordNet ("enough" / "sufficient")."""
    (i1, i2), (j1, j2) = left_run, right_run
    if i2 - i1 != 1 or j2 - j1 != 1:
        return False
    return synonymous(lemma_key(left[i1]), lemma_key(right[j1]))


def _only_modifiers(norms: Sequence[str], run: Place) -> bool:
    return all(norms[k] in _MODIFIERS for k in range(*run))


def _pole_of_run(norms: Sequence[str], run: Place) -> tuple[Pole, Place] | None:
    """The pole of the one scale phrase in a changed run and the words to report (the
    run and the phrase), if the rest of the run is degree and function words."""
    first, after = run
    phrases = [p for p in _phrases(norms, max(0, first - MAX_PHRASE + 1), after) if p[1] > first]
    if len(phrases) != 1:
        return None
    start, end, pole = phrases[0]
    if pole is None:
        return None
    if any(norms[k] not in _MODIFIERS for k in range(first, after) if not start <= k < end):
        return None
    return pole, (min(first, start), max(after, end))


def _phrases(norms: Sequence[str], first: int, after: int) -> list[tuple[int, int, Pole | None]]:
    """Scale and neutral phrases starting in ``first..after``, longest first, left to right."""
    poles = _scales().poles
    found = []
    k = first
    while k < after:
        for n in range(MAX_PHRASE, 0, -1):
            phrase = tuple(norms[k : k + n])
            if len(phrase) == n and phrase in poles:
                found.append((k, k + n, poles[phrase]))
                k += n
                break
        else:
            k += 1
    return found


def _negated(sentence: Sentence, place: Place) -> bool:
    """Whether a negation cue's scope takes in a word of the reported run."""
    return not polarity(sentence).negated.isdisjoint(range(*place))
