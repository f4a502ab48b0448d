"""An exact linear-programming feasibility test over fractions, strict inequalities included.

The engine calls this only when propagation cannot settle a question by itself (constraints that form
cycles): a two-phase tableau simplex with Bland's rule, which cannot cycle, and exact arithmetic, which
cannot round. Each row is kept as its non-zero entries in whole numbers times a positive scale
(fraction-free, see :class:`_Tableau`), which is several times faster than fractions and just as exact;
and only a row whose slack cannot start the basis (an equality, or a negative right-hand side) gets an
artificial variable, so phase one has less to drive out.

Strict rows ``a·x < b`` become ``a·x + t <= b`` with one extra variable ``0 <= t <= 1``; the system has a
solution with every strict row strict exactly when the largest feasible ``t`` is positive.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from claimcheck._values.interval import INF

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

__all__ = ["Row", "solve", "solve_above"]

Op = Literal["<=", "<", "="]
#: One constraint: coefficients by variable, the relation, and the right-hand side.
Row = tuple["Mapping[int, Fraction]", Op, Fraction]

_ZERO = Fraction(0)
_ONE = Fraction(1)


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


def solve_above(floors: Sequence[Fraction | float], rows: Sequence[Row]) -> list[Fraction] | None:
    """Return values, each at least its floor (a fraction, or ``-inf`` for none), that satisfy every row.

    A variable with a finite floor ``f`` is ``f + y``; one with none is ``y - z``, with a column of its own
    for ``z`` (the simplex's unknowns are at least zero). None when the rows have no solution.

    >>> solve_above([Fraction(-5), -INF], [({0: Fraction(1), 1: Fraction(1)}, "=", Fraction(-7))])
    [Fraction(-5, 1), Fraction(-2, 1)]
    """
    n = len(floors)
    if all(floor == 0 for floor in floors):
        return solve(n, rows)
    minus: dict[int, int] = {}
    for cell, floor in enumerate(floors):
        if floor == -INF:
            minus[cell] = n + len(minus)
    shifted: list[Row] = []
    for coefficients, op, rhs in rows:
        row = dict(coefficients)
        shift = Fraction(0)
        for cell, coefficient in coefficients.items():
            floor = floors[cell]
            if cell in minus:
                row[minus[cell]] = -coefficient
            elif floor != 0:
                shift += coefficient * Fraction(floor)
        shifted.append((row, op, rhs - shift))
    values = solve(n + len(minus), shifted)
    if values is None:
        return None
    return [
        values[cell] - values[minus[cell]] if cell in minus else values[cell] + Fraction(floor)
        for cell, floor in enumerate(floors)
    ]


#: A row of the tableau: its non-zero entries by column, in whole numbers (the right-hand side under
#: :attr:`_Tableau.rhs`)
Line = dict[int, int]


class _Tableau:
    """A sparse simplex tableau of whole numbers: each row's non-zero coefficients and right-hand side.

    Each row is kept in whole numbers times a positive scale, never in fractions: a row stands for its
    entries divided by its scale, which is its own entry in its basic variable's column (that variable's
    coefficient is 1). Signs, zeros and the ratio test do not see a positive scale, so the pivots are
    those of the tableau in fractions, and so are the values read off it; whole numbers are many times
    faster to multiply than fractions, and each row is kept divided by the greatest common divisor of its
    entries (or pivoted without a multiplication at all, where the pivot divides the factor). Rows hold
    only their non-zero entries: the hierarchy's rows name a few cells each, and a pivot touches only
    the entries of the two rows it combines.
    """

    def __init__(self, width: int, rows: Sequence[tuple[dict[int, Fraction], Op, Fraction]]) -> None:
        slacks = sum(1 for _, op, _ in rows if op == "<=")
        self.structural = width + slacks
        # a row "<=" with a right-hand side >= 0 starts with its slack basic; only the others need an
        # artificial variable (an equality, or a row whose sign is flipped)
        needs = [op != "<=" or rhs < 0 for _, op, rhs in rows]
        self.columns = self.structural + sum(needs)
        self.rhs = self.columns  # the key of a row's right-hand side
        self.rows: list[Line] = []
        self.basis: list[int] = []
        slack = width
        artificial = self.structural
        for (coefficients, op, rhs), needed in zip(rows, needs, strict=True):
            sign = -1 if rhs < 0 else 1  # a row with a right-hand side below zero is flipped
            entries = {column: sign * Fraction(value) for column, value in coefficients.items() if value}
            basic = slack
            if op == "<=":
                entries[slack] = Fraction(sign)
                slack += 1
            if needed:
                entries[artificial] = _ONE
                basic = artificial
                artificial += 1
            if rhs:
                entries[self.rhs] = sign * Fraction(rhs)
            # in whole numbers: times the least common multiple of the denominators
            scale = math.lcm(*(value.denominator for value in entries.values()))
            self.rows.append(
                {column: value.numerator * (scale // value.denominator) for column, value in entries.items()}
            )
            self.basis.append(basic)

    def phase_one(self) -> bool:
        """Drive the artificial variables out; return whether the rows are feasible."""
        # the sum of the rows whose artificial is basic, each divided by its scale (times their lcm); a
        # slack row's artificial was never needed
        artificial = [
            (line, line[basic])
            for line, basic in zip(self.rows, self.basis, strict=True)
            if basic >= self.structural
        ]
        common = math.lcm(*(scale for _, scale in artificial))
        objective: Line = {}
        for line, scale in artificial:
            times = common // scale
            for column, value in line.items():
                if column < self.structural or column == self.rhs:
                    objective[column] = objective.get(column, 0) + times * value
        objective = {column: value for column, value in objective.items() if value}
        self._optimise(objective, self.structural)  # (pivots revise the objective in place)
        if objective.get(self.rhs, 0) != 0:
            return False
        for number, column in enumerate(self.basis):
            if column >= self.structural:  # a degenerate artificial: pivot it out where possible
                candidate = min((c for c in self.rows[number] if c < self.structural), default=None)
                if candidate is not None:
                    self._pivot(number, candidate, [])
        return True

    def maximise(self, column: int) -> None:
        """Maximise one structural variable over the feasible region found by phase one."""
        objective: Line = {column: 1}
        for number, basic in enumerate(self.basis):
            factor = objective.get(basic, 0)
            if factor != 0:  # scaled by the row's (positive) scale, the basic column cancels
                line = self.rows[number]
                scale = line[basic]
                objective = {c: scale * o for c, o in objective.items()}
                for c, v in line.items():
                    objective[c] = objective.get(c, 0) - factor * v
                objective = {c: o for c, o in objective.items() if o}
        self._optimise(objective, self.structural)

    def values(self) -> list[Fraction]:
        """The current basic solution of the structural variables."""
        result = [_ZERO] * self.structural
        for number, column in enumerate(self.basis):
            if column < self.structural:
                line = self.rows[number]
                result[column] = Fraction(line.get(self.rhs, 0), line[column])
        return result

    def _optimise(self, objective: Line, limit: int) -> None:
        """Increase the objective (reduced costs in ``objective``) while a column below ``limit`` helps.

        Bland's rule: enter the lowest improving column, leave the lowest-indexed basic variable among
        the tied ratios. The objective row's right-hand side tracks the objective's value (times a positive
        scale: only its sign is read).
        """
        rhs = self.rhs
        while True:
            entering = min((c for c, value in objective.items() if c < limit and value > 0), default=None)
            if entering is None:
                return
            best: tuple[Fraction, int, int] | None = None
            for number, line in enumerate(self.rows):
                entry = line.get(entering, 0)
                if entry > 0:  # a row's ratio is the same whatever its scale
                    key = (Fraction(line.get(rhs, 0), entry), self.basis[number], number)
                    if best is None or key < best:
                        best = key
            if best is None:  # unbounded: only t is maximised, and it is bounded by 1
                return
            self._pivot(best[2], entering, [objective])

    def _pivot(self, number: int, column: int, extra: list[Line]) -> None:
        pivot_line = self.rows[number]
        pivot = pivot_line[column]
        if pivot < 0:  # the pivot's entry becomes the row's (positive) scale
            pivot_line = {c: -value for c, value in pivot_line.items()}
            pivot = -pivot
            self.rows[number] = pivot_line
        entries = list(pivot_line.items())
        for other, line in enumerate((*self.rows, *extra)):
            if other == number:
                continue
            factor = line.get(column, 0)
            if factor == 0:
                continue
            # line·pivot - factor·pivot_line, divided by what pivot and factor have in common: the
            # line's scale is multiplied by pivot / common (positive), its entry in the column is 0
            common = math.gcd(pivot, factor)
            times, factor = pivot // common, factor // common
            if times != 1:
                for c, value in line.items():
                    line[c] = value * times
            for c, value in entries:
                combined = line.get(c, 0) - factor * value
                if combined:
                    line[c] = combined
                else:
                    del line[c]
            if times != 1:
                divisor = math.gcd(*line.values())
                if divisor > 1:
                    for c, value in line.items():
                        line[c] = value // divisor
        self.basis[number] = column
