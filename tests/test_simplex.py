"""The exact simplex against the rows themselves and against scipy's HiGHS, on small drawn systems.

The tableau keeps each row in whole numbers times a positive scale (fraction-free): whatever it returns
must meet every row exactly, in fractions, and it may return None only where HiGHS finds no solution
with room to spare (the data are small whole numbers and halves, so a float tolerance cannot blur a
verdict with the margins used here).
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from highs import largest_slack
from hypothesis import given
from hypothesis import strategies as st

from claimcheck._solving.simplex import Row, solve, solve_above

pytestmark = pytest.mark.oracle  # the hunt's properties (.ci/hunt)

_VALUES = st.builds(Fraction, st.integers(-8, 8), st.sampled_from([1, 1, 2]))
_FLOORS = st.sampled_from([Fraction(0), Fraction(0), Fraction(-3), Fraction(5, 2), -math.inf])


@st.composite
def systems(draw: st.DrawFn) -> tuple[list[Fraction | float], list[Row]]:
    """A few unknowns, each with a floor (or none), and rows of every kind over a few of them."""
    n = draw(st.integers(1, 5))
    floors = draw(st.lists(_FLOORS, min_size=n, max_size=n))
    rows: list[Row] = []
    for _ in range(draw(st.integers(1, 6))):
        columns = draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=n, unique=True))
        coefficients = {column: draw(_VALUES) for column in columns}
        relation = draw(st.sampled_from(["<=", "<", "="]))
        rows.append((coefficients, relation, draw(_VALUES) * draw(st.sampled_from([1, 10]))))
    return floors, rows


def _meets(values: list[Fraction], floors: list[Fraction | float], rows: list[Row]) -> bool:
    if any(value < floor for value, floor in zip(values, floors, strict=True)):
        return False
    for coefficients, relation, rhs in rows:
        total = sum((value * values[column] for column, value in coefficients.items()), Fraction(0))
        if not {"<=": total <= rhs, "<": total < rhs, "=": total == rhs}[relation]:
            return False
    return True


def _room(floors: list[Fraction | float], rows: list[Row]) -> float | None:
    """HiGHS's largest slack ``t <= 1`` that every strict row can keep (1 without one); None: infeasible."""
    bounds = [(None if floor == -math.inf else float(floor), None) for floor in floors]
    result = largest_slack(len(floors), rows, bounds)
    assert result.status in (0, 2), result.message
    return None if result.status == 2 else -result.fun


@given(systems())
def test_the_simplex_meets_every_row_exactly_or_highs_finds_no_room(system):
    floors, rows = system
    values = solve_above(floors, rows)
    room = _room(floors, rows)
    if values is not None:
        assert _meets(values, floors, rows)
        assert room is not None
    else:  # no solution: HiGHS finds none, or none with room for the strict rows
        assert room is None or room < 1e-6


def test_a_row_of_halves_and_tenths_is_solved_in_fractions():
    # 0.5·x + 0.1·y = 1.7 with x <= 2 and y < 10: x = 2, y = 7 and a strict slack of room
    half, tenth = Fraction(1, 2), Fraction(1, 10)
    rows: list[Row] = [
        ({0: half, 1: tenth}, "=", Fraction(17, 10)),
        ({0: Fraction(1)}, "<=", Fraction(2)),
        ({1: Fraction(1)}, "<", Fraction(10)),
    ]
    values = solve(2, rows)
    assert values is not None
    assert _meets(values, [Fraction(0), Fraction(0)], rows)
    assert solve(2, [*rows, ({1: Fraction(1)}, "<", Fraction(7))]) is None
