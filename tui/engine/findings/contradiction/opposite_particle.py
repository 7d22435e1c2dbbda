"""Opposite two-word verbs by their particles, the tenth source of opposite.py: two
verbs of a particle of direction, the particles opposite, in one slot of one claim
("the pottery has *taken on* six apprentices" / "six apprentices have been *laid off*
by the pottery"; "*stepped up* patrols" / "*scaled back* patrols"; "*brought in*
glass bottles" / "glass bottles were *phased out*").

WordNet links antonyms word to word and lacks most of these pairs, and many of the
verbs reporters write ("scale back", "wind down"); the particle carries the
direction. The verbs are data/wordnet_particle_verbs.txt (tools/build_particle_verbs.py:
WordNet 3.0's two-word verbs of "up", "down", "back", "on", "off", "in" or "out"); a
verb WordNet gives one particle of the up/down family ("scale up", "wind up", "pare
down") takes the others of that family too ("scale back", "wind down", "pare back").
The axes are up against down or back, on against off, and in against out.

Precision first, as a particle is often a preposition and one verb takes many senses
with its particles: the two verbs differ ("wind up" / "wind down" both end a thing,
"fill in" / "fill out" are one act), share no sense in WordNet where both are its
entries ("close up" / "shut down"), neither is negated, neither sentence holds the
other's two-word verb, and they fill one slot: the same neighbours (slots.py) or the
same parties told in the other voice (voice.py), with the rest of the two sentences
agreeing at least ``MIN_SHARE``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from tui.engine.datafiles import data_lines
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.negation import polarity
from tui.engine.findings.contradiction.opposite_change import AMOUNT_PRIOR
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slots import rest_agreement, same_slot
from tui.engine.findings.contradiction.voice import VOICED_SCORE, same_roles_across_voice
from tui.engine.findings.contradiction.wordlists import inflects, lemma_key
from tui.engine.findings.contradiction.words import Word

MIN_SHARE = 0.4
"""Least agreement (content-lemma Dice) of the rest of the two sentences."""
DIRECTIONS: dict[str, tuple[str, int]] = {
    "up": ("up", 1),
    "down": ("up", -1),
    "back": ("up", -1),
    "on": ("on", 1),
    "off": ("on", -1),
    "in": ("in", 1),
    "out": ("in", -1),
}
"""Particle -> (its axis, its direction on it)."""
_FAMILY = frozenset(p for p, (axis, _) in DIRECTIONS.items() if axis == "up")
"""Particles a verb takes all of once WordNet gives it one ("scale up": "scale back")."""


class Entry(NamedTuple):
    verb: str
    """The verb as WordNet writes it ("take")."""
    senses: frozenset[str]
    """Offsets of the synsets of its first senses and those they are a kind of; empty
    where the verb takes the particle by its family only."""


class ParticleVerb(NamedTuple):
    at: int
    """Index of the verb; its particle is the word after."""
    particle: str
    entry: Entry


@cache
def particle_verbs() -> dict[tuple[str, str], Entry]:
    """(lemma key of the verb, particle) -> its entry, read once on first use, with the
    particles of the up/down family a verb of one of them takes."""
    table: dict[tuple[str, str], Entry] = {}
    for line in data_lines("wordnet_particle_verbs.txt"):
        verb, particle, offsets = (line.split("\t") + [""])[:3]
        table[(lemma_key(verb), particle)] = Entry(verb, frozenset(offsets.split()))
    for (key, particle), entry in list(table.items()):
        if particle in _FAMILY:
            for other in _FAMILY:
                table.setdefault((key, other), Entry(entry.verb, frozenset()))
    return table


@cache
def _particle_lemmas() -> frozenset[str]:
    return frozenset(key for key, _ in particle_verbs())


def particle_opposites(pair: SentencePair) -> list[Conflict]:
    if not (set(DIRECTIONS) & (pair.left_only | pair.right_only)):
        return []  # the common case: no particle of direction on one side only
    lefts = _particle_verbs(pair.left_words, polarity(pair.left).negated)
    rights = _particle_verbs(pair.right_words, polarity(pair.right).negated) if lefts else []
    for a in lefts:
        for b in rights:
            if not _opposed(a, b) or _held(pair.left_words, b) or _held(pair.right_words, a):
                continue
            li, ri = (a.at, a.at + 1), (b.at, b.at + 1)
            rest = rest_agreement(pair.left_words, li, pair.right_words, ri)
            if rest < MIN_SHARE:
                continue
            if same_roles_across_voice(pair.left_words, a.at, pair.right_words, b.at):
                score = VOICED_SCORE
            elif same_slot(pair.left_words, li, pair.right_words, ri):
                score = round(min(0.95, AMOUNT_PRIOR + 0.4 * rest), 2)
            else:
                continue
            left_span = pair.left_words[a.at].start, pair.left_words[a.at + 1].end
            right_span = pair.right_words[b.at].start, pair.right_words[b.at + 1].end
            contrast = pair.contrast("opposite", left_span, right_span)
            return [Conflict("opposite", left_span, right_span, contrast, score)]
    return []


def _particle_verbs(words: Sequence[Word], negated: frozenset[int]) -> list[ParticleVerb]:
    """The two-word verbs of a particle of direction in a sentence, outside negations
    and names."""
    table = particle_verbs()
    verbs = _particle_lemmas()
    found = []
    for k in range(len(words) - 1):
        word, particle = words[k], words[k + 1].norm
        if (
            word.lemma not in verbs
            or particle not in DIRECTIONS
            or words[k + 1].break_before
            or word.capitalised_inside
            or k in negated
        ):
            continue
        entry = table.get((word.lemma, particle))
        if entry is not None and inflects(word.norm, entry.verb):
            found.append(ParticleVerb(k, particle, entry))
    return found


def _opposed(a: ParticleVerb, b: ParticleVerb) -> bool:
    (axis, way), (other_axis, other_way) = DIRECTIONS[a.particle], DIRECTIONS[b.particle]
    return (
        axis == other_axis
        and way != other_way
        and a.entry.verb != b.entry.verb
        and not (a.entry.senses & b.entry.senses)
    )


def _held(words: Sequence[Word], verb: ParticleVerb) -> bool:
    """Whether a sentence holds the other's two-word verb (both acts stand in it)."""
    return any(
        inflects(words[k].norm, verb.entry.verb) and words[k + 1].norm == verb.particle
        for k in range(len(words) - 1)
    )
