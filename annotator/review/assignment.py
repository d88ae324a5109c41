"""Maximum-weight one-to-one assignment (the Hungarian method), in pure Python.

Matching claims by overlap must be one-to-one and maximise the total overlap;
a greedy pass (largest overlap first) is not maximal, e.g. weights
A-X 5, A-Y 4, B-X 4 give 5 greedily but 8 optimally.  The components we solve
are small (the claims that overlap one another in one article), so the
O(n²·m) shortest-augmenting-path form of the Hungarian method is exact and
fast enough, and it saves the project a SciPy dependency for one function.
"""

import math
from collections.abc import Sequence


def max_weight_assignment(weights: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """Row/column pairs that maximise the total weight; pairs of weight <= 0 are left out.

    `weights` is a rectangular matrix of non-negative integers (0 means "may not
    pair").  Ties are broken by position, so the result is deterministic.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if rows == 0 or cols == 0:
        return []
    if rows > cols:  # the method below needs rows <= columns
        flipped = [[weights[r][c] for r in range(rows)] for c in range(cols)]
        return sorted((r, c) for c, r in max_weight_assignment(flipped))
    top = max(max(row) for row in weights)
    cost = [[top - w for w in row] for row in weights]  # minimising cost maximises weight
    assigned = _min_cost_assignment(cost, rows, cols)
    return [(r, c) for r, c in enumerate(assigned) if weights[r][c] > 0]


def _min_cost_assignment(cost: list[list[int]], rows: int, cols: int) -> list[int]:
    """The column assigned to each row at minimum total cost (rows <= cols).

    Potentials `u`, `v` keep reduced costs non-negative; each row is added by
    a Dijkstra-like search for the cheapest augmenting path (1-based arrays,
    column 0 is the virtual start).
    """
    infinity = math.inf  # exact: integers compare with it, and potentials stay integers
    u: list[float] = [0] * (rows + 1)
    v: list[float] = [0] * (cols + 1)
    owner = [0] * (cols + 1)  # owner[c]: the row holding column c (0 = free)
    way = [0] * (cols + 1)
    for row in range(1, rows + 1):
        owner[0] = row
        col0 = 0
        best: list[float] = [infinity] * (cols + 1)
        used = [False] * (cols + 1)
        while True:
            used[col0] = True
            current = owner[col0]
            delta: float = infinity
            col1 = 0
            for col in range(1, cols + 1):
                if used[col]:
                    continue
                reduced = cost[current - 1][col - 1] - u[current] - v[col]
                if reduced < best[col]:
                    best[col] = reduced
                    way[col] = col0
                if best[col] < delta:
                    delta = best[col]
                    col1 = col
            for col in range(cols + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    best[col] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:
            previous = way[col0]
            owner[col0] = owner[previous]
            col0 = previous
    assigned = [0] * rows
    for col in range(1, cols + 1):
        if owner[col]:
            assigned[owner[col] - 1] = col - 1
    return assigned
