"""An exact linear-programming feasibility test over fractions, strict inequalities included.

The engine calls this only when propagation cannot settle a question by itself (constraints that form
cycles), so it is written for clarity over speed: a dense two-phase tableau simplex with Bland's rule,
which cannot cycle, and :class:`fractions.Fraction` arithmetic, which cannot round.

Strict rows ``a·x < b`` become ``a·x + t <= b`` with one extra variable ``0 <= t <= 1``; the system has a
solution with every strict row strict exactly when the largest feasible ``t`` is positive.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

__all__ = ["Row", "solve"]

Op = Literal["<=", "<", "="]
#: One constraint: coefficients by variable, the relation, and the right-hand side.
Row = tuple["Mapping[int, Fraction]", Op, Fraction]

_ZERO = Fraction(0)


def solve(variables: int, rows: Sequence[Row]) -> list[Fraction] | None:
    """Return non-negative values for ``variables`` unknowns that satisfy every row, or None.

    >>> solve(2, [({0: Fraction(1), 1: Fraction(1)}, "=", Fraction(10)), ({0: Fraction(1)}, "<", Fraction(1))])
    [Fraction(0, 1), Fraction(10, 1)]
    >>> solve(1, [({0: Fraction(1)}, "<", Fraction(0))]) is None
    True
    """  # noqa: E501 - a doctest line
    strict = any(op == "<" for _, op, _ in rows)
    epsilon = variables  # the column of t, when there are strict rows
    width = variables + (1 if strict else 0)
    full_rows: list[tuple[dict[int, Fraction], Op, Fraction]] = []
    for coefficients, op, rhs in rows:
        row = {column: value for column, value in coefficients.items() if value != 0}
        if op == "<":
            row[epsilon] = Fraction(1)
        full_rows.append((row, "=" if op == "=" else "<=", rhs))
    if strict:
        full_rows.append(({epsilon: Fraction(1)}, "<=", Fraction(1)))
    tableau = _Tableau(width, full_rows)
    if not tableau.phase_one():
        return None
    values = tableau.values()
    if strict:
        tableau.maximise(epsilon)
        values = tableau.values()
        if values[epsilon] <= 0:
            return None
    return values[:variables]


class _Tableau:
    """A dense simplex tableau: rows of coefficients with the right-hand side last."""

    def __init__(self, width: int, rows: Sequence[tuple[dict[int, Fraction], Op, Fraction]]) -> None:
        slacks = sum(1 for _, op, _ in rows if op == "<=")
        self.structural = width + slacks
        self.columns = self.structural + len(rows)  # one artificial per row
        self.rows: list[list[Fraction]] = []
        self.basis: list[int] = []
        slack = width
        for number, (coefficients, op, rhs) in enumerate(rows):
            line = [_ZERO] * (self.columns + 1)
            for column, value in coefficients.items():
                line[column] = value
            if op == "<=":
                line[slack] = Fraction(1)
                slack += 1
            line[-1] = rhs
            if rhs < 0:
                line = [-value for value in line]
            artificial = self.structural + number
            line[artificial] = Fraction(1)
            self.rows.append(line)
            self.basis.append(artificial)

    def phase_one(self) -> bool:
        """Drive the artificial variables out; return whether the rows are feasible."""
        objective = [_ZERO] * (self.columns + 1)
        for line in self.rows:
            for column in range(self.structural):
                objective[column] += line[column]
            objective[-1] += line[-1]
        self._optimise(objective, self.structural)
        if objective[-1] != 0:
            return False
        for number, column in enumerate(self.basis):
            if column >= self.structural:  # a degenerate artificial: pivot it out where possible
                for candidate in range(self.structural):
                    if self.rows[number][candidate] != 0:
                        self._pivot(number, candidate, [])
                        break
        return True

    def maximise(self, column: int) -> None:
        """Maximise one structural variable over the feasible region found by phase one."""
        objective = [_ZERO] * (self.columns + 1)
        objective[column] = Fraction(1)
        for number, basic in enumerate(self.basis):
            if objective[basic] != 0:
                factor = objective[basic]
                line = self.rows[number]
                objective = [o - factor * v for o, v in zip(objective, line, strict=True)]
        self._optimise(objective, self.structural)

    def values(self) -> list[Fraction]:
        """The current basic solution of the structural variables."""
        result = [_ZERO] * self.structural
        for number, column in enumerate(self.basis):
            if column < self.structural:
                result[column] = self.rows[number][-1]
        return result

    def _optimise(self, objective: list[Fraction], limit: int) -> None:
        """Increase the objective (reduced costs in ``objective``) while a column below ``limit`` helps.

        Bland's rule: enter the lowest improving column, leave the lowest-indexed basic variable among
        the tied ratios. The objective row's last entry tracks the objective's value.
        """
        while True:
            entering = next((c for c in range(limit) if objective[c] > 0), None)
            if entering is None:
                return
            best: tuple[Fraction, int, int] | None = None
            for number, line in enumerate(self.rows):
                if line[entering] > 0:
                    key = (line[-1] / line[entering], self.basis[number], number)
                    if best is None or key < best:
                        best = key
            if best is None:  # unbounded: only t is maximised, and it is bounded by 1
                return
            self._pivot(best[2], entering, [objective])

    def _pivot(self, number: int, column: int, extra: list[list[Fraction]]) -> None:
        pivot_line = self.rows[number]
        pivot = pivot_line[column]
        pivot_line = [value / pivot for value in pivot_line]
        self.rows[number] = pivot_line
        nonzero = [c for c, value in enumerate(pivot_line) if value != 0]
        for other in [*range(len(self.rows)), *(-1 - i for i in range(len(extra)))]:
            if other == number:
                continue
            line = self.rows[other] if other >= 0 else extra[-1 - other]
            factor = line[column]
            if factor == 0:
                continue
            for c in nonzero:
                line[c] -= factor * pivot_line[c]
        self.basis[number] = column
