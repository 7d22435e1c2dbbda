"""Candidate slots in the word diff of two aligned sentences, and their features.

The hand readings (typed_slots.py, opposite_*.py, entity_*.py...) each look for one
construction. This module reads any pair the same general way, for the learned
scorer benchmarks/fit_learned_slots.py fits and judges:

- **Candidates.** The words one side holds and the other does not, after lemma keys
  and WordNet synonyms (a synonym pair is the same word said two ways), fall into
  runs of adjacent words within a clause: the *unmatched spans* of each side. A
  candidate is one left span against one right span, each at most MAX_SPAN_WORDS
  words, in two sentences with at most MAX_SPANS spans a side (more, and they do
  not say one thing with one slot changed) whose rest agrees in meaning
  (entity_roles.meaning_agreement) at least MIN_FRAME.
- **Features** (``slot_features``), nothing keyed to particular words: what each
  slot is (a number, a date, a name, a word), how WordNet relates the two slot words
  (antonyms, one sense, one a kind of the other, two kinds under a near kind and how
  near), their tone (the valences of opposite_tone's tables), a negation near one
  slot only, the shared word just before or after both slots, quotation, hedges,
  how much the rest agrees and how many other spans the sentences differ in; of two
  names, their types (entity_types.py), whether one is an everyday noun, and whether
  they are one name written two ways (spelling, initials).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rapidfuzz.fuzz import ratio

from tui.engine.findings.contradiction.date import date_mentions
from tui.engine.findings.contradiction.entity_roles import content_parts, meaning_agreement
from tui.engine.findings.contradiction.entity_types import name_type
from tui.engine.findings.contradiction.kinds import (
    common_kind_distance,
    opposite_nouns,
    relation,
    senses,
)
from tui.engine.findings.contradiction.negation import negations
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.quotations import in_quotation
from tui.engine.findings.contradiction.same_claim import modal
from tui.engine.findings.contradiction.tones import evaluative_words
from tui.engine.findings.contradiction.wordlists import antonyms, lemma_key
from tui.engine.findings.contradiction.words import Word, clause_break, sentence_lemmas
from tui.engine.people.lexicon import places
from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence
from tui.engine.synonyms import synonym_pairs
from tui.engine.textnorm import fold

MAX_SPAN_WORDS = 3
"""Words a slot may hold: a value with its unit, a short phrase."""
MAX_SPANS = 3
"""Unmatched spans a side may hold: beyond them two sentences say different things."""
MIN_FRAME = 0.4
"""Agreement in meaning of the rest of the two sentences that a candidate needs."""
NEGATION_REACH = 3
"""Words before a slot in which a negation cue counts as negating it."""
NEAR_KINDS = 2
"""Steps up to a shared kind within which two words are near kinds (co-hyponyms)."""
FAR_KINDS = 4
_MAX_TONE_GAP = 4.0
SPELLED_ALIKE = 75.0
"""Similarity (rapidfuzz's ratio, 0-100) at which two names are one written two ways."""

Span = tuple[int, int]
"""(first, last) word index of a slot."""


class Candidate(NamedTuple):
    """One left span against one right span, with the agreement of the rest."""

    left: Span
    right: Span
    frame: float
    spans: int
    """Unmatched spans of both sides together (2: a lone slot each)."""

    def left_chars(self, pair: SentencePair) -> tuple[int, int]:
        return pair.left_words[self.left[0]].start, pair.left_words[self.left[1]].end

    def right_chars(self, pair: SentencePair) -> tuple[int, int]:
        return pair.right_words[self.right[0]].start, pair.right_words[self.right[1]].end


def _slot_word(word: Word) -> bool:
    return word.is_content or any(c.isdigit() for c in word.text)


def _matched(word: Word, other_lemmas: frozenset[str]) -> bool:
    """Whether the other side holds the word: its lemma key, its parts when hyphenated,
    or the word without a possessive ending ("the PLO's leader" / "the PLO")."""
    if word.lemma in other_lemmas:
        return True
    if "-" in word.lemma:
        return content_parts({word.lemma}) <= other_lemmas
    owner = _POSSESSIVE.sub("", word.norm)
    return owner != word.norm and lemma_key(owner) in other_lemmas


_POSSESSIVE = regex(r"['\u2019]s?$")


def unmatched_spans(words: Sequence[Word], unmatched: set[int]) -> list[Span]:
    """Runs of adjacent unmatched word indexes, cut at clause breaks."""
    spans: list[Span] = []
    for k in sorted(unmatched):
        if spans and spans[-1][1] == k - 1 and not clause_break(words, k):
            spans[-1] = (spans[-1][0], k)
        else:
            spans.append((k, k))
    return spans


def _unmatched(pair: SentencePair) -> tuple[set[int], set[int]]:
    """Indexes of the slot words of each side the other does not hold, a WordNet
    synonym pair counted as held."""
    left, right = pair.left_words, pair.right_words
    left_lemmas, right_lemmas = sentence_lemmas(pair.left), sentence_lemmas(pair.right)
    lefts = {k for k, w in enumerate(left) if _slot_word(w) and not _matched(w, right_lemmas)}
    rights = {k for k, w in enumerate(right) if _slot_word(w) and not _matched(w, left_lemmas)}
    said_alike = synonym_pairs({left[k].lemma for k in lefts}, {right[k].lemma for k in rights})
    left_said = {a for a, _ in said_alike}
    right_said = {b for _, b in said_alike}
    return (
        {k for k in lefts if left[k].lemma not in left_said},
        {k for k in rights if right[k].lemma not in right_said},
    )


def candidates(pair: SentencePair) -> list[Candidate]:
    """Every candidate slot of the pair (see the module docstring)."""
    if not (pair.left_only and pair.right_only):
        return []
    left_unmatched, right_unmatched = _unmatched(pair)
    lefts = unmatched_spans(pair.left_words, left_unmatched)
    rights = unmatched_spans(pair.right_words, right_unmatched)
    if not lefts or not rights or len(lefts) > MAX_SPANS or len(rights) > MAX_SPANS:
        return []
    found = []
    for left in lefts:
        for right in rights:
            if max(left[1] - left[0], right[1] - right[0]) >= MAX_SPAN_WORDS:
                continue
            frame = meaning_agreement(pair.left_words, left, pair.right_words, right, kinds=True)
            if frame >= MIN_FRAME:
                found.append(Candidate(left, right, frame, len(lefts) + len(rights)))
    return found


class _Slot(NamedTuple):
    """What one side's slot is."""

    kind: str
    """number, date, name or word."""
    head: Word
    """Its last word (the noun of a phrase, the verb of a particle)."""


def _slot(sentence: Sentence, words: Sequence[Word], span: Span) -> _Slot:
    inside = words[span[0] : span[1] + 1]
    start, end = inside[0].start, inside[-1].end
    if any(m.start < end and start < m.end for m in date_mentions(sentence)):
        kind = "date"
    elif any(any(c.isdigit() for c in w.text) for w in inside):
        kind = "number"
    elif all(w.capitalised_inside for w in inside):
        kind = "name"
    else:
        kind = "word"
    heads = [w for w in inside if w.is_content] or list(inside)
    return _Slot(kind, heads[-1])


def slot_features(pair: SentencePair, candidate: Candidate) -> dict[str, float]:
    """The features of one candidate, by name (absent: 0)."""
    left_words, right_words = pair.left_words, pair.right_words
    left = _slot(pair.left, left_words, candidate.left)
    right = _slot(pair.right, right_words, candidate.right)
    left_chars, right_chars = candidate.left_chars(pair), candidate.right_chars(pair)
    features = {
        "frame": candidate.frame,
        "lone": float(candidate.spans == 2),
        "other_spans": min(candidate.spans - 2, 4) / 4,
        "quoted": float(
            in_quotation(pair.left, left_chars) and in_quotation(pair.right, right_chars)
        ),
        "hedged": float(modal(left_words, left_chars) or modal(right_words, right_chars)),
        "negation_one_side": float(
            _negated(left_words, candidate.left) != _negated(right_words, candidate.right)
        ),
        "shared_before": float(
            _neighbour(left_words, candidate.left, -1)
            == _neighbour(right_words, candidate.right, -1)
            != ""
        ),
        "shared_after": float(
            _neighbour(left_words, candidate.left, 1)
            == _neighbour(right_words, candidate.right, 1)
            != ""
        ),
    }
    if left.kind == right.kind:
        features[f"both:{left.kind}"] = 1.0
    else:
        features["kinds_differ"] = 1.0
    if left.kind == right.kind == "word":
        features.update(_word_relations(left.head, right.head))
    if left.kind == right.kind == "name":
        features.update(_name_relations(pair, candidate))
    return features


def _name_relations(pair: SentencePair, candidate: Candidate) -> dict[str, float]:
    """The types of two names (entity_types.py, the places lexicon), and whether one of
    no known type is an everyday noun written with a capital (a title: "President",
    "Senate")."""
    left = _name_type(pair.left_words, candidate.left)
    right = _name_type(pair.right_words, candidate.right)
    found: dict[str, float] = {}
    if left is not None and right is not None:
        found["name_types_agree" if left == right else "name_types_differ"] = 1.0
    heads = (pair.left_words[candidate.left[1]], pair.right_words[candidate.right[1]])
    untyped = [head for head, typed in zip(heads, (left, right), strict=True) if typed is None]
    if any(senses(head.norm, "n") for head in untyped):
        found["name_is_noun"] = 1.0
    left_text = _text(pair.left_words, candidate.left)
    right_text = _text(pair.right_words, candidate.right)
    if _spelled_alike(left_text, right_text) or _initials_of(left_text, right_text):
        found["name_written_alike"] = 1.0
    return found


def _text(words: Sequence[Word], span: Span) -> str:
    return " ".join(w.text for w in words[span[0] : span[1] + 1])


def _spelled_alike(left: str, right: str) -> bool:
    """One name written two ways ("Falluja" / "Fallujah"), or one holding the other."""
    a, b = fold(left), fold(right)
    return a in b or b in a or ratio(a, b) >= SPELLED_ALIKE


def _initials_of(left: str, right: str) -> bool:
    """One name the initials of the other ("GE" / "General Electric")."""
    for short, long in ((left, right), (right, left)):
        initials = "".join(w[0] for w in long.split() if w[:1].isupper())
        if short.isupper() and len(short) >= 2 and initials.startswith(short[:2]):
            return True
    return False


def _name_type(words: Sequence[Word], span: Span) -> str | None:
    """entity_types' type of a name, else "place" for a place the places lexicon
    knows (a country, a city), else None."""
    typed = name_type(words, span)
    if typed is not None:
        return typed
    text = _text(words, span)
    lexicon = places()
    known = (
        lexicon.country_of(text) is not None
        or text in lexicon.gazetteer
        or fold(text) in lexicon.folded_cities
    )
    return "place" if known else None


def _word_relations(left: Word, right: Word) -> dict[str, float]:
    """How WordNet and the tone tables relate two slot words."""
    a, b = left.norm, right.norm
    found: dict[str, float] = {}
    opposites = antonyms().get((left.lemma,), frozenset())
    if (right.lemma,) in opposites or opposite_nouns(a, b):
        found["antonym"] = 1.0
    relations = {relation(a, b, "n"), relation(a, b, "v")} - {None}
    if "same" in relations:
        found["same_sense"] = 1.0
    elif "kind" in relations:
        found["kind_of"] = 1.0
    elif relations:
        distances = [d for p in ("n", "v") if (d := common_kind_distance(a, b, p)) is not None]
        nearest = min(distances, default=None)
        if nearest is not None and nearest <= NEAR_KINDS:
            found["near_kinds"] = 1.0
        elif nearest is not None and nearest <= FAR_KINDS:
            found["far_kinds"] = 1.0
        else:
            found["unrelated_kinds"] = 1.0
    else:
        found["unknown_words"] = 1.0
    tones = evaluative_words()
    left_tone, right_tone = tones.get(a), tones.get(b)
    if left_tone is not None and right_tone is not None and left_tone * right_tone < 0:
        found["tone_opposed"] = min(abs(left_tone - right_tone), _MAX_TONE_GAP) / _MAX_TONE_GAP
    return found


def _negated(words: Sequence[Word], span: Span) -> bool:
    """Whether a negation's scope holds the slot or its cue stands just before it."""
    return any(
        span[0] in n.scope or 0 <= span[0] - n.cue <= NEGATION_REACH for n in negations(words)
    )


def _neighbour(words: Sequence[Word], span: Span, step: int) -> str:
    """The lemma of the nearest content word before (step -1) or after (+1) the slot
    within its clause, or ""."""
    k = span[0] - 1 if step < 0 else span[1] + 1
    while 0 <= k < len(words):
        boundary = clause_break(words, k + 1) if step < 0 else clause_break(words, k)
        if boundary:
            return ""
        if words[k].is_content:
            return words[k].lemma
        k += step
    return ""
