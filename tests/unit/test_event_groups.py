"""Event groups: average-link clustering of the overview's compared pairs."""

from __future__ import annotations

from tui.engine.event_groups import event_groups
from tui.engine.overview import PairNumbers, PairSummary


def pair(
    left: int, right: int, share: float, contradictions: int = 0, names: int = 0
) -> PairSummary:
    return PairSummary(left, right, PairNumbers(share, share, contradictions, names, 0))


def test_articles_close_to_each_other_form_one_group_per_event() -> None:
    pairs = [
        pair(0, 1, 0.6),
        pair(0, 2, 0.5, contradictions=2),
        pair(1, 2, 0.4, names=1),
        pair(3, 4, 0.3, contradictions=1),
        pair(2, 5, 0.0),  # compared, aligns nothing
    ]
    groups = event_groups(pairs)
    assert [set(g.members) for g in groups] == [{0, 1, 2}, {3, 4}]
    first = groups[0]
    assert (first.pairs, first.contradictions, first.names) == (3, 2, 1)
    assert first.central == 0  # 0.6 + 0.5 aligned with the others, the most
    assert all(5 not in g.members for g in groups)


def test_one_article_touching_two_events_does_not_chain_them() -> None:
    event_a = [pair(0, 1, 0.5), pair(0, 2, 0.5), pair(1, 2, 0.5)]
    event_b = [pair(3, 4, 0.5), pair(3, 5, 0.5), pair(4, 5, 0.5)]
    bridge = [pair(2, 3, 0.12)]  # one weak link: connected components would join both
    groups = event_groups(event_a + event_b + bridge, join_at=0.1)
    assert sorted(sorted(g.members) for g in groups) == [[0, 1, 2], [3, 4, 5]]


def test_an_article_close_to_one_member_only_stays_out_of_a_large_group() -> None:
    core = [pair(i, j, 0.6) for i in range(4) for j in range(i + 1, 4)]
    loner = [pair(3, 9, 0.3)]  # mean link to the four: 0.3 / 4 = 0.075
    groups = event_groups(core + loner, join_at=0.1)
    assert [sorted(g.members) for g in groups] == [[0, 1, 2, 3]]
    assert event_groups(core + loner, join_at=0.05)[0].members[-1] == 9


def test_groups_come_largest_first_then_by_contradictions() -> None:
    pairs = [pair(0, 1, 0.5), pair(2, 3, 0.5, contradictions=4), pair(4, 5, 0.5)]
    pairs += [pair(6, 7, 0.5), pair(6, 8, 0.5), pair(7, 8, 0.5)]
    groups = event_groups(pairs)
    assert [sorted(g.members) for g in groups] == [[6, 7, 8], [2, 3], [0, 1], [4, 5]]
    assert len(groups[0]) == 3


def test_no_pairs_no_groups() -> None:
    assert event_groups([]) == []
