"""The claims screen's row model, its grid layout, and what a cell opens and tags."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.claims_double import DISPUTED, EVERYWHERE, PAIR, SINGLE, fixed_matrix, synthetic_matrix
from tui.engine.claims.model import Claim, ClaimMatrix, Stance
from tui.engine.corpus import Article, load_corpus
from tui.screens.claim_cells import CellPair, cell_pair, partner, tagged_spans
from widgets.claim_grid import MIN_SUMMARY, grid_layout
from widgets.claim_rows import ClaimRows, SortOrder, one_line

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def articles() -> tuple[Article, ...]:
    return tuple(sorted(load_corpus(SEEDS).articles, key=lambda article: article.name))


@pytest.fixture
def matrix(articles: tuple[Article, ...]) -> ClaimMatrix:
    return fixed_matrix(articles)


def shown_ids(rows: ClaimRows) -> list[int]:
    return [rows.claim(row).id for row in range(len(rows.rows))]


def test_disagreement_order_puts_contradictions_first_and_hides_singles(
    matrix: ClaimMatrix,
) -> None:
    rows = ClaimRows(matrix)
    assert rows.order is SortOrder.DISAGREEMENT
    assert shown_ids(rows) == [DISPUTED, EVERYWHERE, PAIR]
    assert rows.singles == 1


def test_coverage_order_puts_the_widest_claim_first(matrix: ClaimMatrix) -> None:
    rows = ClaimRows(matrix)
    rows.set_order(rows.order.next())
    assert rows.order is SortOrder.COVERAGE
    assert shown_ids(rows) == [EVERYWHERE, DISPUTED, PAIR]
    assert rows.order.next() is SortOrder.DISAGREEMENT


def test_single_article_claims_show_on_request(matrix: ClaimMatrix) -> None:
    rows = ClaimRows(matrix)
    rows.set_show_singles(True)
    assert shown_ids(rows) == [DISPUTED, EVERYWHERE, PAIR, SINGLE]
    assert rows.row_of_claim(SINGLE) == 3
    rows.set_show_singles(False)
    assert rows.row_of_claim(SINGLE) is None


def test_rows_give_stances_counts_and_one_line_summaries(
    matrix: ClaimMatrix, articles: tuple[Article, ...]
) -> None:
    rows = ClaimRows(matrix)
    assert [rows.stance(0, column) for column in range(5)] == [
        Stance.CONTRADICTS, Stance.CONTRADICTS, Stance.STATES, Stance.OMITS, Stance.OMITS,
    ]  # fmt: skip
    assert rows.members(0) == 3
    summary = matrix.claims[DISPUTED].summary
    expected = " ".join(articles[summary.article].text[summary.start : summary.end].split())
    assert rows.summary(0) == expected


def test_one_line_joins_lines_and_shows_control_characters() -> None:
    assert one_line("  Two\n lines\tand\x07 a bell ") == "Two lines and\u2407 a bell"


def test_every_column_fits_when_it_leaves_the_summary_its_minimum() -> None:
    layout = grid_layout(160, ("000", "001", "002"))
    assert layout.columns == 3
    assert layout.cell == 5
    assert layout.cells_x + 3 * layout.cell + 1 == 160


def test_columns_scroll_when_the_width_cannot_hold_them() -> None:
    labels = tuple(f"{n:03}" for n in range(300))
    layout = grid_layout(80, labels)
    assert layout.summary >= MIN_SUMMARY
    assert 1 <= layout.columns < 300
    assert layout.cells_x + layout.columns * layout.cell <= 80


def test_a_contradicting_member_opens_against_the_member_it_contradicts(
    matrix: ClaimMatrix,
) -> None:
    claim = matrix.claims[DISPUTED]
    first = claim.member(0)
    assert first is not None
    assert cell_pair(claim, 0) == CellPair(0, 1, first.start)
    second = claim.member(1)
    assert second is not None
    assert cell_pair(claim, 1) == CellPair(1, 0, second.start)


def test_a_stating_member_opens_against_the_summary_and_the_summary_against_another(
    matrix: ClaimMatrix,
) -> None:
    claim = matrix.claims[EVERYWHERE]
    assert claim.summary.article == 1
    assert cell_pair(claim, 4) == CellPair(4, 1, start_of(claim, 4))
    assert cell_pair(claim, 1) == CellPair(1, 0, claim.summary.start)


def start_of(claim: Claim, article: int) -> int:
    found = claim.member(article)
    assert found is not None
    return found.start


def test_an_omitting_article_opens_beside_the_summary_at_the_summary(
    matrix: ClaimMatrix,
) -> None:
    claim = matrix.claims[DISPUTED]
    assert cell_pair(claim, 4) == CellPair(claim.summary.article, 4, claim.summary.start)


def test_a_one_article_claim_has_nothing_to_open(matrix: ClaimMatrix) -> None:
    claim = matrix.claims[SINGLE]
    assert partner(claim, claim.summary) is None
    assert cell_pair(claim, 3) is None


def test_tagged_spans_cover_every_member_summary_first_each_linked_to_its_partner(
    matrix: ClaimMatrix, articles: tuple[Article, ...]
) -> None:
    claim = matrix.claims[DISPUTED]
    spans = tagged_spans(claim, articles)
    assert [span.article.name for span in spans] == [
        articles[2].name, articles[0].name, articles[1].name,
    ]  # fmt: skip
    for span in spans:
        found = claim.member(articles.index(span.article))
        assert found is not None and (span.start, span.end) == (found.start, found.end)
    # the contradicting members link to each other, the summary to the first contradicting one
    assert spans[1].related_article == articles[1]
    other = claim.member(1)
    assert other is not None
    assert spans[1].related_quote == articles[1].text[other.start : other.end]
    assert spans[0].related_article == articles[0]


def test_the_grid_stances_are_the_engines(articles: tuple[Article, ...]) -> None:
    matrix = synthetic_matrix(articles, 60)
    assert any(claim.contradictions for claim in matrix.claims)
    rows = ClaimRows(matrix)
    rows.set_show_singles(True)
    for row in range(len(rows.rows)):
        claim = rows.claim(row)
        assert [rows.stance(row, a) for a in range(5)] == [claim.stance(a) for a in range(5)]


def test_a_claim_is_tagged_when_a_tag_spans_exactly_one_of_its_members(
    matrix: ClaimMatrix,
) -> None:
    rows = ClaimRows(matrix)
    pair = matrix.claims[PAIR].members[1]
    rows.set_tag_spans({pair.article: frozenset({(pair.start, pair.end)})})
    assert [rows.is_tagged(row) for row in range(3)] == [False, False, True]
    inside = frozenset({(pair.start, pair.end - 1)})  # a tag on part of the member: not it
    rows.set_tag_spans({pair.article: inside})
    assert rows.tagged == frozenset()
