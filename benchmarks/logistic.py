"""An L2-penalised logistic regression fitted by Newton's method, in plain Python.

The benchmarks fit small models (tens of features, thousands of rows) whose
coefficients ship as data, so no fitting library is needed at run time or here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def fit_logistic(
    rows: Sequence[Sequence[float]],
    truths: Sequence[float],
    *,
    l2: float,
    iterations: int,
    tolerance: float,
    weights: Sequence[float] | None = None,
    offsets: Sequence[float] | None = None,
) -> list[float]:
    """Coefficients for ``rows`` (each starting with the intercept's 1.0) and ``truths``
    (1.0 or 0.0). The intercept is not penalised; ``weights`` weigh rows, ``offsets``
    are fixed log-odds added to each row's score (a prior the model corrects)."""
    weights = weights or [1.0] * len(rows)
    offsets = offsets or [0.0] * len(rows)
    d = len(rows[0]) if rows else 1
    beta = [0.0] * d
    for _ in range(iterations):
        gradient = [-l2 * b if k else 0.0 for k, b in enumerate(beta)]
        hessian = [[(l2 if i == j and i else 0.0) for j in range(d)] for i in range(d)]
        for x, y, w, o in zip(rows, truths, weights, offsets, strict=True):
            p = sigmoid(o + sum(b * v for b, v in zip(beta, x, strict=True)))
            for i in range(d):
                gradient[i] += w * (y - p) * x[i]
                for j in range(i, d):
                    hessian[i][j] += w * p * (1 - p) * x[i] * x[j]
        for i in range(d):
            for j in range(i):
                hessian[i][j] = hessian[j][i]
        step = solve(hessian, gradient)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < tolerance:
            break
    return beta


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b (Gaussian elimination with partial pivoting; a is small)."""
    n = len(b)
    m = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            m[col][col] = 1e-12
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= factor * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x
