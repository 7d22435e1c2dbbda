"""The claim matrix: units, merging without chaining, stance and exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.text_files import write_texts
from tui.engine import pair_jobs
from tui.engine.claims.affinity import Affinity
from tui.engine.claims.build import build_claims
from tui.engine.claims.clustering import cluster_units
from tui.engine.claims.model import ClaimMatrix, Stance
from tui.engine.claims.units import Side, Unit, cut_units, join_split_units
from tui.engine.corpus import load_corpus

BUDGET = (
    "The city council approved the new budget of 40 million dollars on Tuesday. "
    "The mayor praised the vote as a victory for local schools. "
    "Heavy rain flooded the northern district overnight.\n"
)
BUDGET_OTHER = (
    "On Tuesday the city council approved a new budget of 52 million dollars. "
    "The mayor praised the council vote as a victory for local schools.\n"
)
RAIN = (
    "Heavy rain flooded the northern district overnight, residents said. "
    "Officials opened two shelters for displaced families.\n"
)


@pytest.fixture
def matrix(tmp_path: Path) -> ClaimMatrix:
    write_texts(tmp_path, {"a.txt": BUDGET, "b.txt": BUDGET_OTHER, "c.txt": RAIN})
    return build_claims(load_corpus(tmp_path).articles)


def units_of(*articles: int) -> list[Unit]:
    return [Unit(article, (0,)) for article in articles]


def test_a_chain_without_its_closing_link_is_refused() -> None:
    units = units_of(0, 1, 2)
    edges = {(0, 1): 0.9, (1, 2): 0.8}
    clusters = cluster_units(units, edges, {(0, 1), (1, 2), (0, 2)})
    assert sorted(clusters.members) == [(0, 1), (2,)]
    assert clusters.refused == 1


def test_a_chain_closed_by_its_third_link_is_one_claim() -> None:
    units = units_of(0, 1, 2)
    edges = {(0, 1): 0.9, (1, 2): 0.8, (0, 2): 0.4}
    clusters = cluster_units(units, edges, {(0, 1), (1, 2), (0, 2)})
    assert clusters.members == ((0, 1, 2),) and clusters.refused == 0


def test_an_unaligned_but_similar_pair_closes_the_chain() -> None:
    units = units_of(0, 1, 2)
    edges = {(0, 1): 0.9, (1, 2): 0.8}
    clusters = cluster_units(units, edges, {(0, 1), (1, 2), (0, 2)}, lambda u, v: {u, v} == {0, 2})
    assert clusters.members == ((0, 1, 2),) and clusters.refused == 0


def test_units_agree_without_an_alignment_when_they_share_informative_words(
    tmp_path: Path,
) -> None:
    write_texts(tmp_path, {"a.txt": BUDGET, "b.txt": BUDGET_OTHER, "c.txt": RAIN})
    articles = load_corpus(tmp_path).articles
    units = [Unit(0, (0,)), Unit(1, (0,)), Unit(2, (0,)), Unit(1, (1,))]
    affinity = Affinity(articles, units)
    assert affinity.similar(0, 1)  # the budget, told twice
    assert not affinity.similar(0, 2)  # the budget and the rain
    assert not affinity.similar(0, 3)  # the budget and the mayor's praise


def test_a_pair_never_compared_does_not_block_a_merge() -> None:
    units = units_of(0, 1, 2)
    clusters = cluster_units(units, {(0, 1): 0.9, (1, 2): 0.8}, {(0, 1), (1, 2)})
    assert clusters.members == ((0, 1, 2),)


def test_a_claim_holds_one_unit_per_article() -> None:
    units = [Unit(0, (0,)), Unit(0, (5,)), Unit(1, (0,))]
    clusters = cluster_units(units, {(0, 2): 0.9, (1, 2): 0.8}, {(0, 1)})
    assert sorted(clusters.members) == [(0, 2), (1,)]
    assert clusters.refused == 1


def test_units_grow_from_the_strongest_side_up_to_three_sentences(tmp_path: Path) -> None:
    write_texts(tmp_path, {"a.txt": "One two. Three four. Five six. Seven eight. Nine ten.\n"})
    article = load_corpus(tmp_path).articles
    sides = [Side(0, (1, 2), 0.9), Side(0, (2, 3), 0.5), Side(0, (3, 4), 0.4)]
    units = cut_units(article, sides)
    assert [u.sentences for u in units.units] == [(0,), (1, 2, 3), (4,)]
    assert units.of_sentence[0, 3] == units.of_sentence[0, 1] == 1


def test_two_neighbouring_units_aligned_with_one_unit_are_one_split_passage(
    tmp_path: Path,
) -> None:
    write_texts(
        tmp_path,
        {
            "a.txt": "One two. Three four. Five six. Seven eight.\n",
            "b.txt": "Nine ten. Eleven twelve.\n",
            "c.txt": "Thirteen fourteen.\n",
        },
    )
    articles = load_corpus(tmp_path).articles
    units = cut_units(articles, [])
    # a: (0,) (1,) (2,) (3,) -> 0-3; b: (0,) (1,) -> 4-5; c: (0,) -> 6
    joined = join_split_units(units, [(0, 4), (1, 4)])
    assert [u.sentences for u in joined.units if u.article == 0] == [(0, 1), (2,), (3,)]
    assert joined.of_sentence[0, 1] == joined.of_sentence[0, 0]
    # Each of the two is aligned with a passage the other is not: two passages.
    apart = join_split_units(units, [(0, 4), (1, 4), (0, 6), (1, 5)])
    assert [u.sentences for u in apart.units if u.article == 0] == [(0,), (1,), (2,), (3,)]
    # Never more than three sentences in one unit.
    chain = join_split_units(units, [(0, 4), (1, 4), (2, 4), (3, 4)])
    assert [u.sentences for u in chain.units if u.article == 0] == [(0, 1, 2), (3,)]


def test_claims_join_the_passages_that_say_the_same(matrix: ClaimMatrix) -> None:
    shared = [claim for claim in matrix.claims if len(claim.members) > 1]
    assert [claim.articles for claim in shared] == [(0, 1), (0, 1), (0, 2)]
    assert [m.quote(matrix.articles) for m in shared[2].members] == [
        "Heavy rain flooded the northern district overnight.",
        "Heavy rain flooded the northern district overnight, residents said.",
    ]
    own = [claim for claim in matrix.claims if len(claim.members) == 1]
    assert [c.summary.quote(matrix.articles) for c in own] == [
        "Officials opened two shelters for displaced families."
    ]
    assert [claim.id for claim in matrix.claims] == list(range(len(matrix.claims)))


def test_stance_states_contradicts_or_omits(matrix: ClaimMatrix) -> None:
    budget = matrix.claims[0]
    assert [budget.stance(a) for a in range(3)] == [
        Stance.CONTRADICTS,
        Stance.CONTRADICTS,
        Stance.OMITS,
    ]
    (conflict,) = budget.contradictions
    assert conflict.type == "number" and "40 million" in conflict.message
    assert conflict.left.quote(matrix.articles) == "40 million dollars"
    assert conflict.right.quote(matrix.articles) == "52 million dollars"
    praise = matrix.claims[1]
    assert [praise.stance(a) for a in range(3)] == [Stance.STATES, Stance.STATES, Stance.OMITS]
    assert praise.member(2) is None and praise.member(1) is not None


def test_every_sentence_is_in_exactly_one_claim(matrix: ClaimMatrix) -> None:
    held = [(m.article, s) for c in matrix.claims for m in c.members for s in m.sentences]
    expected = [(n, s.id) for n, a in enumerate(matrix.articles) for s in a.content_sentences]
    assert sorted(held) == sorted(expected)


def test_member_offsets_cover_their_sentences(matrix: ClaimMatrix) -> None:
    for claim in matrix.claims:
        for member in claim.members:
            sentences = matrix.articles[member.article].sentences
            assert member.start == sentences[member.sentences[0]].start
            assert member.end == sentences[member.sentences[-1]].end
        assert claim.summary in claim.members


def test_progress_counts_the_compared_pairs(tmp_path: Path) -> None:
    write_texts(tmp_path, {"a.txt": BUDGET, "b.txt": BUDGET_OTHER, "c.txt": RAIN})
    seen: list[tuple[int, int]] = []
    build_claims(load_corpus(tmp_path).articles, lambda d, t: seen.append((d, t)), all_pairs=True)
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)


def test_on_the_seeds_claims_span_articles_one_unit_each(seeds: Path) -> None:
    articles = sorted(load_corpus(seeds).articles, key=lambda a: a.name)
    matrix = build_claims(articles)
    shared = [claim for claim in matrix.claims if len(claim.members) > 1]
    assert len(shared) >= 10 and max(len(c.members) for c in shared) >= 3
    offices = [c for claim in shared for c in claim.contradictions if c.type == "office"]
    assert offices  # one office held by two people (the name detector's contradiction)
    assert all(c.left.quote(matrix.articles) != c.right.quote(matrix.articles) for c in offices)
    for claim in matrix.claims:
        assert len(set(claim.articles)) == len(claim.articles)
        assert all(1 <= len(m.sentences) <= 3 for m in claim.members)
        for c in claim.contradictions:
            assert claim.member(c.left.article) and claim.member(c.right.article)


def test_the_process_pool_builds_the_same_matrix(
    seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = sorted(load_corpus(seeds).articles, key=lambda a: a.name)
    alone = build_claims(articles, workers=1)
    monkeypatch.setattr(pair_jobs, "POOL_MIN_PAIRS", 1)
    monkeypatch.setattr(pair_jobs, "CHUNK_PAIRS", 2)
    pooled = build_claims(articles, workers=2)
    assert pooled.claims == alone.claims and pooled.refused_chains == alone.refused_chains


def test_two_articles_alone_share_their_claims(tmp_path: Path) -> None:
    write_texts(tmp_path, {"a.txt": BUDGET, "b.txt": BUDGET_OTHER})
    matrix = build_claims(load_corpus(tmp_path).articles)
    assert [claim.articles for claim in matrix.claims if len(claim.members) > 1] == [
        (0, 1),
        (0, 1),
    ]
