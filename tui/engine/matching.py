"""Maximum-weight one-to-one matching on a sparse bipartite graph.

Exact in three steps, each cheap on the graphs sentence alignment produces
(a few candidate edges per sentence):

1. *Dominance*: an edge whose weight is at least the sum of the best other
   edge at each of its two ends belongs to some maximum matching (swapping it
   in never loses weight), so it is fixed and its ends removed. This settles
   nearly every clear pair, however long the articles.
2. The edges left fall apart into connected components.
3. Each component is solved exactly with the Hungarian algorithm (shortest
   augmenting paths with potentials). A component larger than
   ``EXACT_LIMIT`` nodes a side, which only degenerate input produces, is
   matched best-edge-first instead, to keep time bounded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

Edge = tuple[int, int]

EXACT_LIMIT = 120


def max_weight_matching(edges: Mapping[Edge, float]) -> list[Edge]:
    """Pairs (left, right), each node used once, maximising the total weight.

    Weights must be positive; left and right node ids are separate namespaces.
    """
    left_adj: dict[int, dict[int, float]] = defaultdict(dict)
    right_adj: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), weight in edges.items():
        left_adj[i][j] = weight
        right_adj[j][i] = weight
    matched = _fix_dominant(left_adj, right_adj)
    for component in _components(left_adj):
        matched.extend(_solve(component))
    return sorted(matched)


def _second_best(neighbours: dict[int, float], exclude: int) -> float:
    return max((w for n, w in neighbours.items() if n != exclude), default=0.0)


def _fix_dominant(
    left_adj: dict[int, dict[int, float]], right_adj: dict[int, dict[int, float]]
) -> list[Edge]:
    """Fix dominant edges until none is left; the adjacency maps are pruned in place."""
    fixed: list[Edge] = []
    pending = set(left_adj)
    while pending:
        i = pending.pop()
        if i not in left_adj:
            continue
        j, weight = max(left_adj[i].items(), key=lambda item: item[1])
        rival = _second_best(left_adj[i], j) + _second_best(right_adj[j], i)
        if weight < rival:
            continue
        fixed.append((i, j))
        touched = set(right_adj[j])
        for other_j in left_adj.pop(i):
            del right_adj[other_j][i]
            touched.update(right_adj[other_j])
            if not right_adj[other_j]:
                del right_adj[other_j]
        for other_i in right_adj.pop(j, {}):
            del left_adj[other_i][j]
            if not left_adj[other_i]:
                del left_adj[other_i]
        pending.update(n for n in touched if n in left_adj)
    return fixed


def _components(left_adj: dict[int, dict[int, float]]) -> list[dict[Edge, float]]:
    """The edges of each connected component."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        root = node
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    for i, neighbours in left_adj.items():
        for j in neighbours:
            parent[find(("l", i))] = find(("r", j))
    groups: dict[tuple[str, int], dict[Edge, float]] = defaultdict(dict)
    for i, neighbours in left_adj.items():
        for j, weight in neighbours.items():
            groups[find(("l", i))][(i, j)] = weight
    return list(groups.values())


def _solve(component: dict[Edge, float]) -> list[Edge]:
    lefts = sorted({i for i, _ in component})
    rights = sorted({j for _, j in component})
    if len(component) == 1:
        return list(component)
    if max(len(lefts), len(rights)) > EXACT_LIMIT:
        return _greedy(component)
    transpose = len(lefts) > len(rights)
    rows, cols = (rights, lefts) if transpose else (lefts, rights)
    row_index = {r: n for n, r in enumerate(rows)}
    col_index = {c: n for n, c in enumerate(cols)}
    weights = [[0.0] * len(cols) for _ in rows]
    for (i, j), weight in component.items():
        r, c = (j, i) if transpose else (i, j)
        weights[row_index[r]][col_index[c]] = weight
    pairs = []
    for r, c in _hungarian(weights):
        if weights[r][c] > 0:
            pairs.append((cols[c], rows[r]) if transpose else (rows[r], cols[c]))
    return pairs


def _greedy(component: dict[Edge, float]) -> list[Edge]:
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs = []
    for (i, j), _ in sorted(component.items(), key=lambda item: -item[1]):
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            pairs.append((i, j))
    return pairs


def _hungarian(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-weight assignment of every row to a distinct column (rows <= columns).

    The classic O(rows^2 * columns) shortest-augmenting-path method with
    potentials, minimising the negated weights.
    """
    n, m = len(weights), len(weights[0])
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[c]: row (1-based) assigned to column c; 0 = free
    way = [0] * (m + 1)
    for row in range(1, n + 1):
        owner[0] = row
        col = 0
        slack = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[col] = True
            r = owner[col]
            delta, next_col = inf, 0
            costs = weights[r - 1]
            for c in range(1, m + 1):
                if not used[c]:
                    reduced = -costs[c - 1] - u[r] - v[c]
                    if reduced < slack[c]:
                        slack[c], way[c] = reduced, col
                    if slack[c] < delta:
                        delta, next_col = slack[c], c
            for c in range(m + 1):
                if used[c]:
                    u[owner[c]] += delta
                    v[c] -= delta
                else:
                    slack[c] -= delta
            col = next_col
            if owner[col] == 0:
                break
        while col:
            previous = way[col]
            owner[col] = owner[previous]
            col = previous
    return [(owner[c] - 1, c - 1) for c in range(1, m + 1) if owner[c]]
