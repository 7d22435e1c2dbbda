"""The clause a claim stands in, and whether two claims' own arguments agree there.

Another outlet's rewrite often keeps one claim and changes everything around it:
"The superintendent told reporters Monday that Reyes will not be transferred out of
the district" / "At her own request, she will be transferred out of the district".
The two sentences share few words, but the clause that carries the claim agrees: the
content words either side of the predicate, up to the clause's edges (punctuation or
a clause word such as "but", "which"), are the same (as written: a synonym shared by
chance, "digit" / "figure", would tie two different claims).

A claim's frame is those words; two frames agree when they share ``MIN_SHARED``
words, or when every word of the smaller one is shared (a short clause whose
arguments the other repeats). Where both claims have words before the predicate (its
subject), one of them stands in the other's frame: "*the boy* is not riding" / "*a
cyclist* is riding" speak of two riders, "*the club* did not select" / "was chosen by
*the club*" of one. Where both have words after it (its object), at least half of the
fewer are shared: "did not select *a new chairman*" / "chose *a new company logo*"
deny and affirm two different acts.

A claim told in the passive on one side and the active on the other has its roles
turned round: the passive subject is the active object ("has never *changed* the
recipe" / "the recipe has been *altered*"), and the passive agent, the words after
"by", the active subject. Where the frames as written do not agree, they are read
again with the roles turned round. An agentless passive says nothing of who acted ("a
photo *was sent*" does not answer "he did not send a photo"): it must name the active
subject elsewhere, and then only its object and the words the two frames share are
tested.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.wordlists import irregular_base, unchanged_participles
from tui.engine.findings.contradiction.words import AUXILIARIES, Word

BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
"""Forms of "be" that make the participle after them passive."""
PARTICIPLE_ENDING = "ed"
"""The ending of a regular past participle; an irregular one ("taken", "built") is a
form of the irregular verbs' table. Any other word after "be" ("is *open*") is no
passive."""
_AGENT = "by"

FRAME = 4
"""Content words either side of a claim that make its frame, at most."""
MIN_SHARED = 2
"""Frame words two claims share that make their arguments agree."""
CLAUSE_WORDS = frozenset(
    "but while whereas although though because however which who whom whose where when "
    "unless until since".split()
)
"""Words that open a clause of their own: a claim's frame stops before them."""


def frame(words: Sequence[Word], first: int, last: int) -> tuple[list[str], list[str]]:
    """Lemma keys of up to ``FRAME`` content words before word ``first`` and after word
    ``last``, within their clause, nearest first."""
    before: list[str] = []
    k = first
    while k > 0 and len(before) < FRAME and not words[k].break_before:
        k -= 1
        if words[k].norm in CLAUSE_WORDS:
            break
        if words[k].is_content:
            before.append(words[k].lemma)
    after: list[str] = []
    k = last + 1
    while k < len(words) and len(after) < FRAME and not words[k].break_before:
        if words[k].norm in CLAUSE_WORDS:
            break
        if words[k].is_content:
            after.append(words[k].lemma)
        k += 1
    return before, after


def frames_agree(
    left: Sequence[Word],
    left_place: tuple[int, int],
    right: Sequence[Word],
    right_place: tuple[int, int],
) -> bool:
    """Whether the claims at word places (first, last) of the two sentences have the
    same arguments in their own clauses (see the module docstring)."""
    (left_before, left_after), (right_before, right_after) = (
        frame(left, *left_place),
        frame(right, *right_place),
    )
    if _roles_agree(left_before, left_after, right_before, right_after):
        return True
    left_passive, right_passive = passive(left, left_place[1]), passive(right, right_place[1])
    if left_passive == right_passive:
        return False
    # the roles turned round: the passive subject is the active object
    if left_passive:
        agent = _agent(left, left_place[1])
        named = bool(agent) or _subject_named(right_before, left)
        return named and _roles_agree(agent, left_before, right_before, right_after)
    agent = _agent(right, right_place[1])
    named = bool(agent) or _subject_named(left_before, right)
    return named and _roles_agree(left_before, left_after, agent, right_before)


def _roles_agree(
    left_before: list[str], left_after: list[str], right_before: list[str], right_after: list[str]
) -> bool:
    """Whether two frames, as subject words before and object words after each claim,
    agree (the module docstring)."""
    left_frame, right_frame = {*left_before, *left_after}, {*right_before, *right_after}
    if (
        left_before
        and right_before
        and not (right_frame.intersection(left_before) or left_frame.intersection(right_before))
    ):
        return False  # two subjects (one of them may stand after a passive: "by the club")
    if left_after and right_after:
        objects = len(set(left_after) & set(right_after))
        if 2 * objects < min(len(set(left_after)), len(set(right_after))):
            return False
    shared = len(left_frame & right_frame)
    smaller = min(len(left_frame), len(right_frame))
    return shared >= MIN_SHARED or (shared >= 1 and shared == smaller)


def passive(words: Sequence[Word], verb: int) -> bool:
    """Whether the claim's verb at ``verb`` is a passive participle: a form of "be" in
    the two words before it ("was *chosen*", "has been *altered*", "was not
    *fitted*", "will be *shut*": a participle like its base, ``unchanged_participles``)."""
    norm = words[verb].norm
    if (
        not norm.endswith(PARTICIPLE_ENDING)
        and irregular_base(norm) == norm
        and norm not in unchanged_participles()
    ):
        return False
    return any(w.norm in BE for w in words[max(0, verb - 2) : verb])


def _subject_named(subject: list[str], passive_words: Sequence[Word]) -> bool:
    """Whether an agentless passive sentence names the active claim's subject
    somewhere (the recipe "has been altered over *Dalmont's* history" / "*Dalmont*
    never changed"): "a photo *was sent*" says nothing of who sent it, so it does not
    answer "*he* did not send a photo". A claim without a subject in its clause needs
    none."""
    if not subject:
        return True
    return not {w.lemma for w in passive_words if w.is_content}.isdisjoint(subject)


def _agent(words: Sequence[Word], verb: int) -> list[str]:
    """Lemma keys of up to ``FRAME`` content words after the "by" that follows the
    passive verb at ``verb`` in its clause (its agent, the active subject); none for
    an agentless passive."""
    k = verb + 1
    while k < len(words) and not words[k].break_before and words[k].norm != _AGENT:
        if words[k].norm in CLAUSE_WORDS:
            return []
        k += 1
    if k >= len(words) or words[k].break_before:
        return []
    return frame(words, k, k)[1]


COORDINATORS = frozenset(("and", "or"))
SUBJECT_REACH = 3
"""Words after a coordinator's subject within which its own verb may stand ("and
*firefighters soon had*")."""


def opens_clause(words: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` is "and"/"or" opening a clause with a subject of its own: a
    word that is no verb, then within SUBJECT_REACH words an auxiliary or a past form
    ("nobody was hurt *and firefighters soon had* it under control"). A coordinator
    followed by a verb joins a second predicate to the same subject ("was not hurt *and
    walked* home"), and one followed by no verb joins two nouns ("no cars *or* buses")."""
    if words[k].norm not in COORDINATORS or k + 2 >= len(words):
        return False
    if finite(words[k + 1]) or words[k + 1].norm.endswith("ing"):
        return False
    return any(finite(w) for w in words[k + 2 : k + 2 + SUBJECT_REACH])


def finite(word: Word) -> bool:
    """An auxiliary or a past form: a regular one in -ed, an irregular one ("brought")."""
    norm = word.norm
    return norm in AUXILIARIES or norm.endswith(PARTICIPLE_ENDING) or irregular_base(norm) != norm
