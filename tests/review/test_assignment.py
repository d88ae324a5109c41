"""The Hungarian method against hand-made cases and a brute force over all permutations."""

from itertools import permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.review.assignment import max_weight_assignment


def total(weights: list[list[int]], pairs: list[tuple[int, int]]) -> int:
    return sum(weights[r][c] for r, c in pairs)


def brute_force(weights: list[list[int]]) -> int:
    rows, cols = len(weights), len(weights[0])
    if rows > cols:
        weights = [list(column) for column in zip(*weights, strict=True)]
        rows, cols = cols, rows
    return max(
        sum(weights[r][c] for r, c in enumerate(chosen))
        for chosen in permutations(range(cols), rows)
    )


def test_greedy_is_not_maximal_but_this_is() -> None:
    # Greedy takes A-X (5) and is left with nothing: 5.  The optimum is A-Y + B-X = 8.
    weights = [[5, 4], [4, 0]]
    assert max_weight_assignment(weights) == [(0, 1), (1, 0)]


def test_rectangular_and_zero_weights() -> None:
    assert max_weight_assignment([[1, 2, 3]]) == [(0, 2)]
    assert max_weight_assignment([[1], [5], [2]]) == [(1, 0)]
    assert max_weight_assignment([[0, 0], [0, 7]]) == [(1, 1)]  # weight 0 never pairs
    assert max_weight_assignment([]) == []


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 5).flatmap(
        lambda rows: st.integers(1, 5).flatmap(
            lambda cols: st.lists(
                st.lists(st.integers(0, 20), min_size=cols, max_size=cols),
                min_size=rows,
                max_size=rows,
            )
        )
    )
)
def test_matches_brute_force(weights: list[list[int]]) -> None:
    pairs = max_weight_assignment(weights)
    assert len({r for r, _ in pairs}) == len(pairs) == len({c for _, c in pairs})
    assert all(weights[r][c] > 0 for r, c in pairs)
    assert total(weights, pairs) == brute_force(weights)
