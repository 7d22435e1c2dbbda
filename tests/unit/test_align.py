"""Sentence alignment: paraphrase, reordering, splits and merges, boilerplate, scores."""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import sys
from pathlib import Path

from tui.engine.align import Alignment, align
from tui.engine.candidates import candidate_scores
from tui.engine.corpus import load_article
from tui.engine.matching import max_weight_matching
from tui.engine.name_variants import unify_name_variants
from tui.engine.paraphrase import paraphrase_pairs
from tui.engine.segment import Sentence
from tui.engine.similarity import dice, pair_idf, profiles


def sentences(*texts: str, boilerplate: tuple[int, ...] = ()) -> list[Sentence]:
    found, offset = [], 0
    for n, text in enumerate(texts):
        found.append(Sentence(n, offset, offset + len(text), text, n in boilerplate))
        offset += len(text) + 1
    return found


def pairs(alignments: list[Alignment]) -> set[tuple[int, int]]:
    return {(i, j) for a in alignments for i in a.left for j in a.right}


def aligned_with(alignments: list[Alignment], left: int) -> set[int]:
    return {j for a in alignments if left in a.left for j in a.right}


LEFT = (
    "The central bank raised interest rates by half a point on Tuesday.",
    "Officials said inflation had reached its highest level in a decade.",
    "Shares in Tokyo fell sharply after the announcement.",
    "The governor will face questions from parliament next week.",
    "Critics argue the move will hurt small businesses and first-time buyers.",
)


def test_seed_paraphrase_aligns_and_common_words_do_not(seeds: Path) -> None:
    left = load_article(seeds / "000_4ab7afceee558d79.txt")
    right = load_article(seeds / "001_cf6e1a4fd903ed95.txt")
    result = align(left.sentences, right.sentences)

    def sid(article_sentences: tuple[Sentence, ...], start: str) -> int:
        return next(s.id for s in article_sentences if s.text.startswith(start))

    exchange = sid(left.sentences, "The U.S. side hopes to exchange")
    assert aligned_with(result, exchange) == {sid(right.sentences, "The U.S. hopes to lift")}
    # Both also talk about the U.S., China and rare earths, and are other sentences' partners.
    rare_earths = sid(left.sentences, "The Chinese side has made it clear")
    assert aligned_with(result, rare_earths) == {sid(right.sentences, "China clearly states")}


def test_reordered_paragraphs_with_light_edits_align_one_to_one() -> None:
    right = sentences(
        "Shares in Tokyo fell sharply after the announcement was made.",
        "The governor is due to face questions from parliament next week.",
        "Critics argue the move will hurt small businesses and first-time home buyers.",
        "The central bank raised interest rates by half a point on Tuesday.",
        "Officials said that inflation had reached its highest level in ten years.",
    )
    result = align(sentences(*LEFT), right)
    assert pairs(result) == {(0, 3), (1, 4), (2, 0), (3, 1), (4, 2)}
    assert all(len(a.left) == len(a.right) == 1 for a in result)


def test_sentence_sharing_only_common_words_is_not_aligned() -> None:
    # "China" and "United States" run through both articles, so they say little.
    left = sentences(
        "China and the United States resumed trade talks in London on Monday.",
        "Chinese exports of rare earth magnets to the United States fell by a third in April.",
        "Both delegations described the first day as constructive, China said.",
        "The United States wants China to speed up export licences.",
        "China wants the United States to lift curbs on chip design software.",
    )
    right = sentences(
        "Delegations from China and the United States called the opening day constructive.",
        "China's rare earth magnet exports to the United States dropped by a third in April.",
        "Washington wants Beijing to speed up its export licences, the United States said.",
        "China in turn wants the United States to lift curbs on chip design software.",
        "The United States and China also disagree about student visas.",
    )
    result = align(left, right)
    assert {(1, 1), (2, 0), (3, 2), (4, 3)} <= pairs(result)
    assert 4 not in {j for _, j in pairs(result)}


def test_split_sentence_is_one_group_of_two() -> None:
    left = sentences(
        "The minister returned to the capital on Friday to attend an emergency hearing, "
        "and aides said the trip was meant to reassure nervous investors.",
        "Weather delayed several flights.",
    )
    right = sentences(
        "Weather delayed several flights.",
        "The minister returned to the capital on Friday to attend an emergency hearing.",
        "Aides said the trip was meant to reassure nervous investors.",
    )
    result = align(left, right)
    split = [a for a in result if 0 in a.left]
    assert len(split) == 1 and split[0].left == (0,) and split[0].right == (1, 2)
    assert aligned_with(result, 1) == {0}


def test_merged_sentences_are_one_group_and_groups_stay_small() -> None:
    words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima".split()
    fragments = [" ".join(words[k : k + 3]).capitalize() + "." for k in range(0, 12, 3)]
    fragments += ["Mike november oscar papa.", "Quebec romeo sierra tango."]
    whole = " ".join(f.rstrip(".").lower() for f in fragments) + "."
    result = align(sentences(*fragments), sentences(whole))
    assert result and all(len(a.left) <= 3 and len(a.right) <= 3 for a in result)
    (group,) = result
    assert group.right == (0,) and len(group.left) == 3
    assert list(group.left) == list(range(group.left[0], group.left[0] + 3))


def test_boilerplate_is_never_aligned() -> None:
    shared_cruft = "Share this article on social media and follow us for more."
    left = sentences(LEFT[0], shared_cruft, boilerplate=(1,))
    right = sentences(shared_cruft, LEFT[0], boilerplate=(0,))
    result = align(left, right)
    assert pairs(result) == {(0, 1)}
    assert align(sentences(shared_cruft, boilerplate=(0,)), sentences(shared_cruft)) == []


def test_scores_and_kinds() -> None:
    right = sentences(
        "The central bank raised interest rates by half a point on Tuesday.",
        "Officials said inflation had hit its highest level in a decade.",
        "After the decision was announced, Tokyo stocks tumbled.",
    )
    result = {a.left: a for a in align(sentences(*LEFT[:3]), right)}
    assert result[(0,)].kind == "verbatim" and result[(0,)].score == 1.0
    assert result[(1,)].kind == "near" and 0.8 <= result[(1,)].score < 1.0
    assert result[(2,)].kind == "paraphrase" and 0.0 < result[(2,)].score < 0.8
    assert all(0.0 <= a.score <= 1.0 for a in result.values())


def test_one_shared_word_does_not_make_short_sentences_match() -> None:
    left = sentences("The game will go on.", "Nor should we.", LEFT[0])
    right = sentences(LEFT[0], "There is no place I could go.", "Nor should we.")
    assert pairs(align(left, right)) == {(2, 0), (1, 2)}


def test_name_spelling_variants_count_as_one_word() -> None:
    left = profiles(
        sentences("Then Secretary Besent met Commerce Secretary Lutnick.", "We consider it.")
    )
    right = profiles(
        sentences("Later, Secretary Bessent and Secretary Rutnik spoke.", "Confident, we are.")
    )
    (first, second) = unify_name_variants(left, right)
    assert {"besent", "lutnick"} <= first.stems and not {"bessent", "rutnik"} & first.stems
    assert second.stems == right[1].stems  # ordinary words keep their own spelling


def test_nothing_to_align() -> None:
    assert align([], sentences(*LEFT)) == []
    assert align(sentences("Yes."), sentences("No.")) == []


def test_matching_is_global_not_greedy() -> None:
    # Greedy would take the single best edge (a, x) and leave b unmatched.
    edges = {(0, 0): 0.9, (0, 1): 0.8, (1, 0): 0.85}
    assert max_weight_matching(edges) == [(0, 1), (1, 0)]


def test_matching_is_optimal_on_random_graphs() -> None:
    rng = random.Random(7)
    for _ in range(200):
        n, m = rng.randint(1, 5), rng.randint(1, 5)
        edges = {
            (i, j): round(rng.random(), 3) for i in range(n) for j in range(m) if rng.random() < 0.6
        }
        got = max_weight_matching(edges)
        assert len({i for i, _ in got}) == len({j for _, j in got}) == len(got)
        best = 0.0
        for size in range(min(n, m) + 1):
            for lefts in itertools.combinations(range(n), size):
                for rights in itertools.permutations(range(m), size):
                    chosen = list(zip(lefts, rights, strict=True))
                    if all(p in edges for p in chosen):
                        best = max(best, sum(edges[p] for p in chosen))
        assert abs(sum(edges[p] for p in got) - best) < 1e-9


def test_index_finds_every_pair_a_full_scan_would() -> None:
    left = profiles(sentences(*LEFT))
    right = profiles(
        sentences(
            "Tokyo shares fell after the central bank announcement.",
            "Parliament will question the governor about inflation next week.",
            "Small businesses say higher rates hurt.",
        )
    )
    weights = pair_idf(left, right)
    full_scan = {
        (a.position, b.position): dice(a.stems, b.stems, weights)
        for a in left
        for b in right
        if dice(a.stems, b.stems, weights) >= 0.15
    }
    assert full_scan and candidate_scores(left, right, weights, 0.15) == full_scan


ALIGN_SEED_PAIRS = """
import itertools, sys
from pathlib import Path
from tui.engine.align import align
from tui.engine.corpus import load_article
articles = [load_article(p) for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
for a, b in itertools.combinations(articles, 2):
    print(align(a.sentences, b.sentences))
"""


def test_alignment_does_not_depend_on_string_hashing(seeds: Path) -> None:
    outputs = set()
    for hash_seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", ALIGN_SEED_PAIRS, str(seeds)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1 and "Alignment(" in outputs.pop()


def test_second_pass_aligns_a_pair_that_says_the_same_in_other_words() -> None:
    left = (
        "The finance minister rushed home on Sunday after the first round of talks.",
        "Two senior trade officials will remain in London for now, the embassy confirmed late "
        "on Monday.",
        "Markets rose sharply on hopes of a deal.",
    )

    def right(stay: str, confirmed: str) -> list[Sentence]:
        return sentences(
            "Stocks climbed on hopes that a deal was near.",
            f"Meanwhile, both trade officials {stay} in London, diplomats {confirmed} as the "
            "negotiations dragged on.",
            "The minister hurried back to Washington on Sunday once the first round ended.",
        )

    # "stay" / "remain" and "verified" / "confirmed" are synonyms: the pair says the same.
    assert (1, 1) in pairs(align(sentences(*left), right("stay", "verified")))
    # The same sentence with words of other meanings shares too little to be aligned.
    assert (1, 1) not in pairs(align(sentences(*left), right("dine", "noticed")))


def test_a_reworded_sentence_between_two_aligned_neighbours_is_aligned() -> None:
    left = sentences(
        "The central bank raised interest rates by half a point on Tuesday.",
        "The finance minister rushed home after the vote in parliament.",
        "Shares in Tokyo fell sharply after the announcement.",
    )

    def right(middle: str) -> list[Sentence]:
        return sentences(
            "On Tuesday the central bank raised interest rates by half a point.",
            middle,
            "Shares in Tokyo fell sharply after the announcement was made.",
        )

    # One shared word ("minister") and a synonym: too little alone, but the order
    # of the neighbours puts it there.
    assert pairs(align(left, right("Their minister hurried back once lawmakers had decided."))) == {
        (0, 0),
        (1, 1),
        (2, 2),
    }
    # A sentence sharing nothing is not taken for the one it replaced.
    assert pairs(align(left, right("A storm closed two airports in the north overnight."))) == {
        (0, 0),
        (2, 2),
    }


def test_the_paraphrase_pass_leaves_short_sentences_to_the_first_pass() -> None:
    right = profiles(
        sentences("The council approved the city budget after a long debate on Tuesday.")
    )
    short = profiles(sentences("Lawmakers approved the budget."))
    full = profiles(sentences("Lawmakers approved the budget after a long debate on Tuesday."))
    weights = {stem: 1.0 for side in (right, short, full) for p in side for stem in p.stems}
    free: tuple[set[int], set[int]] = (set(), set())
    assert paraphrase_pairs(full, right, weights, {(0, 0): 0.5}, free) == [(0, 0)]
    # Three content words: two shared ones would make the pair by themselves.
    assert paraphrase_pairs(short, right, weights, {(0, 0): 0.5}, free) == []


def test_the_paraphrase_pass_wants_the_shared_words_in_the_same_order() -> None:
    left = profiles(
        sentences(
            "The mayor signed the housing contracts with two builders on Monday, ignoring "
            "protests from tenants and unions."
        )
    )
    same_claim = profiles(
        sentences(
            "The mayor signed housing contracts with builders on Monday, a spokesman for city "
            "hall told reporters in a statement."
        )
    )
    other_claim = profiles(
        sentences(
            "Builders on Monday sued the mayor over housing contracts he signed, a spokesman "
            "for city hall told reporters in a statement."
        )
    )
    restated = profiles(sentences("Builders got housing contracts signed by the mayor on Monday."))
    sides = (left, same_claim, other_claim, restated)
    weights = {stem: 1.0 for side in sides for p in side for stem in p.stems}
    free: tuple[set[int], set[int]] = (set(), set())
    assert paraphrase_pairs(left, same_claim, weights, {(0, 0): 0.5}, free) == [(0, 0)]
    # The same words in other roles: names and topic shared, not the claim.
    assert paraphrase_pairs(left, other_claim, weights, {(0, 0): 0.5}, free) == []
    # A sentence the other holds nearly all of is a restatement, in whatever order.
    assert paraphrase_pairs(left, restated, weights, {(0, 0): 0.5}, free) == [(0, 0)]


FIRE = (
    "Firefighters from three neighbouring towns fought a blaze at a timber warehouse near the "
    "northern railway depot for most of Sunday night, closing two roads and the ring motorway "
    "while crews pumped water from the canal."
)


def test_a_short_sentence_merged_into_a_long_one_joins_its_alignment() -> None:
    left = sentences(
        FIRE,
        "It burned for hours.",
        "The owner said the cause was not yet known.",
        "Police asked residents to keep their windows shut.",
    )
    right = sentences(
        "Police asked residents to keep their windows shut.",
        FIRE.replace("neighbouring", "nearby").rstrip(".") + ", and it burned for hours.",
        "The owner said the cause was not yet known.",
    )
    # "It burned for hours." is all in the merged sentence, but too small a part of it
    # for a Dice overlap to make the two a candidate pair.
    assert pairs(align(left, right)) == {(0, 1), (1, 1), (2, 2), (3, 0)}


def test_a_split_half_in_other_words_joins_the_alignment_of_its_whole() -> None:
    def aligned(half: str) -> set[tuple[int, int]]:
        left = sentences(
            "Police asked residents to keep their windows shut.",
            "The mayor opened the rebuilt river bridge on Monday, and engineers said it could "
            "handle heavy lorries.",
            "The old bridge collapsed in a flood two years ago.",
        )
        right = sentences(
            "The old bridge collapsed in a flood two years ago.",
            "The mayor opened the rebuilt river bridge on Monday.",
            half,
            "Police asked residents to keep their windows shut.",
        )
        return pairs(align(left, right))

    # "stated" / "said" and "manage" / "handle" are synonyms: the half says the same.
    assert (1, 2) in aligned("Engineers stated it could manage big lorries.")
    # Words of other meanings in their place: the half is not part of the whole.
    assert (1, 2) not in aligned("Engineers feared it could paint big lorries.")


def test_a_heading_next_to_an_alignment_does_not_join_it_as_a_piece() -> None:
    def aligned(first: str) -> set[tuple[int, int]]:
        left = sentences(
            first,
            FIRE,
            "The owner said the cause was not yet known.",
            "Police asked residents to keep their windows shut.",
        )
        right = sentences(
            "Police asked residents to keep their windows shut.",
            FIRE.replace("neighbouring", "nearby").rstrip(".") + ", and the warehouse burned.",
            "The owner said the cause was not yet known.",
        )
        return pairs(align(left, right))

    # A sentence merged into its neighbour's partner joins it; a heading of the same
    # words sums up the text and is left on its own.
    assert (0, 1) in aligned("The warehouse burned.")
    assert (0, 1) not in aligned("Warehouse Burned")


RATES = "The central bank raised interest rates by half a point on Tuesday."
RATES_AGAIN = "On Tuesday the central bank raised interest rates by half a point."
SHARES = "Shares in Tokyo fell sharply after the announcement."
SHARES_AGAIN = "Shares in Tokyo fell sharply after the announcement was made."


def test_a_gap_of_two_sentences_facing_one_aligns_the_one_that_shares_words() -> None:
    left = sentences(
        RATES,
        "Several lenders had asked for a smaller rise.",
        "The finance minister rushed home after the vote in parliament.",
        SHARES,
    )
    right = sentences(
        RATES_AGAIN, "Their minister hurried back once lawmakers had decided.", SHARES_AGAIN
    )
    # The lenders' sentence was dropped; the reworded one is where the minister went.
    assert pairs(align(left, right)) == {(0, 0), (2, 1), (3, 2)}


def test_candidates_are_keyed_by_list_index_not_by_position() -> None:
    """A caller may score a subset of an article's sentences (the held stage scores the
    free ones against the aligned ones) without renumbering their profiles."""
    left = profiles(sentences(*LEFT))
    right = profiles(
        sentences(
            "Small businesses say higher rates hurt.",
            "Tokyo shares fell after the central bank announcement.",
        )
    )
    weights = pair_idf(left, right)
    whole = candidate_scores(left, right, weights, 0.15)
    subset = candidate_scores(left[1:], right[1:], weights, 0.15)
    assert subset and subset == {
        (i - 1, j - 1): s for (i, j), s in whole.items() if i >= 1 and j >= 1
    }
