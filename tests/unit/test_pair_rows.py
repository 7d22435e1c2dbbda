"""PairRows.partner: from a shared passage to the row where its other side is shown."""

from __future__ import annotations

from tests.app.test_moved_flow import LEFT, RIGHT
from tests.unit.conftest import Write
from tui.engine.compare import compare
from tui.engine.pair_rows import PairRows


def test_a_shared_passage_shown_in_another_row_leads_to_its_partner(
    write_article: Write,
) -> None:
    pair = PairRows(compare(write_article(LEFT), write_article(RIGHT)))
    critics = pair.row_of_sentence["left"][5]
    found = pair.partner("left", critics)
    assert found is not None
    finding = pair.comparison.findings[found.finding]
    assert finding.kind == "shared"
    assert found.row == pair.row_of_span("right", finding.right.span) != critics
    back = pair.partner("right", found.row)
    assert back is not None and back.row != found.row


def test_rows_without_such_a_passage_have_no_partner(write_article: Write) -> None:
    pair = PairRows(compare(write_article(LEFT), write_article(RIGHT)))
    budget = pair.row_of_sentence["left"][0]  # aligned in place: partner is in the same row
    assert pair.partner("left", budget) is None
