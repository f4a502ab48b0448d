"""Rates tied to their counts exactly: the exact LP for multiples and points of shares of own totals.

A multiple or points of a rate ("the share of agency nurses is at least 1.5 times that", "down 0.3
points") relate two *share cells*, each the count of its cell over the cell's total in percent: ``s =
100·x/n``. The relations between shares are linear in the shares, and everything else is linear in the
counts and totals, but the tie ``x = s·n/100`` is a product of two unknowns. Leaving it out (as the LP
once did) is a relaxation: a share could pass what its count and total allow ("1.5 times more than
85%" of the staff is past 100%, which no count of staff can be), a missed conflict.

The tie is linear after all where every rate of one part of the model is over one total ``n``: with
``t = 1/n`` (more than zero: a multiple or points of a rate say its total is not empty) and every
value of that part ``z' = z·t`` (the Charnes–Cooper transformation of linear-fractional programming),
each row ``a·z (<)<= b`` becomes ``a·z' - b·t (<)<= 0``, the total becomes ``z'_n = 1``, and the rate
is ``s = 100·z'_x``. Values ``z = z'/t`` solve the rows exactly when ``z'`` and ``t`` solve the new
ones, so one exact LP decides the claims. Parts are those of the linear rows over counts and totals
(containments, sums, the claims' bounds, shares and differences); rates in different parts are
independent.

Where one part holds rates over two or more totals that the rows tie together (a region's rate and a
city's inside it), the shares' map from counts is not linear in any unknowns, and the set of rates
they can take need not be convex. Such a part keeps the relaxation, and then the restriction that
fixes its rates at the relaxation's values (linear again: ``x = s·n/100`` with ``s`` known): a
solution of the restriction is a solution of the claims. Where neither decides, the part is taken as
consistent (the relaxation's verdict: never a false conflict), which ``docs/engine.md`` states.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Final

from claimcheck._solving.simplex import solve_above
from claimcheck._values.interval import INF

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from claimcheck._solving.model import Difference, Model, Share
    from claimcheck._solving.simplex import Op, Row

__all__ = ["coupled", "solve"]

_HUNDRED: Final = Fraction(100)
_ONE: Final = Fraction(1)
_ZERO: Final = Fraction(0)


def coupled(model: Model, claims: Iterable[int] | None) -> list[int]:
    """The share cells a relation of the ``claims`` (all when None) names: a multiple or points of a rate."""
    if not model.family:
        return []
    wanted = None if claims is None else set(claims)
    shares = {share for _, share in model.family.values()}
    relations: list[Share | Difference] = [*model.shares, *model.differences]
    found = {
        cell
        for relation in relations
        if wanted is None or relation.claim in wanted
        for cell in (relation.cell, relation.base)
        if cell in shares
    }
    return sorted(found)


class _Joins:
    """Union–find over columns (a dictionary: only the counts' and totals' columns are joined)."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, cell: int) -> int:
        parent = self.parent
        root = cell
        while parent.get(root, root) != root:
            root = parent[root]
        while cell != root:
            parent[cell], cell = root, parent[cell]
        return root

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def solve(model: Model, rows: Sequence[Row], rates: Sequence[int]) -> list[Fraction] | None:
    """Solve ``rows`` over the model's cells with each share cell in ``rates`` tied to its count and total.

    ``rows`` are the linear rows of the claims under test (the share cells free of their counts). None:
    no solution (exact). Else values: a solution where every part of the counts' rows holds rates over
    one total or the restriction finds one, else the relaxation's (see the module's docstring).
    """
    n = len(model.cells)
    owner = {share: (count, size) for count, (size, share) in model.family.items()}
    shares = set(owner)
    joins = _Joins()
    for coefficients, _, _ in rows:
        columns = [column for column, value in coefficients.items() if value]
        over_shares = [column in shares for column in columns]
        if any(over_shares):
            if not all(over_shares):  # pragma: no cover - the model relates shares only to shares
                return solve_above(model.floor, rows)
            continue  # a row over shares (their bounds and relations) stays as it is
        for column in columns[1:]:
            joins.union(columns[0], column)
    for share in rates:
        joins.union(*owner[share])
    # each part's rates by their total
    parts: dict[int, dict[int, list[int]]] = {}
    for share in rates:
        size = owner[share][1]
        parts.setdefault(joins.find(size), {}).setdefault(size, []).append(share)
    cells: dict[int, list[int]] = {}  # each part's cells (counts and totals, never shares)
    for cell in range(n):
        if cell not in shares and joins.find(cell) in parts:
            cells.setdefault(joins.find(cell), []).append(cell)
    views = _Views(model, owner, n)
    for root, by_total in sorted(parts.items()):
        if len(by_total) == 1:  # one total: the part itself is seen from it (exact)
            views.add(root, cells[root], by_total, copy=False)
        else:  # several: the part as it is, and a copy seen from each total (a relaxation)
            for size, tied in sorted(by_total.items()):
                views.add(root, cells[root], {size: tied}, copy=True)
    made: list[Row] = []
    for coefficients, op, rhs in rows:
        columns = [column for column, value in coefficients.items() if value]
        home = joins.find(columns[0]) if columns and columns[0] not in shares else None
        if home is None or home not in parts:
            made.append((coefficients, op, rhs))
            continue
        made.extend(views.rows(home, coefficients, op, rhs))
    made.extend(views.extra)
    values = solve_above(views.floors, made)
    if values is None:
        return None
    several = [by_total for by_total in parts.values() if len(by_total) > 1]
    loose = [share for by_total in several for tied in by_total.values() for share in tied]
    if loose:
        values = _restricted(views.floors, made, values, [(share, *owner[share]) for share in loose])
    return views.back(values)


class _Views:
    """The columns and rows of parts of a model seen from one of their totals (Charnes–Cooper)."""

    def __init__(self, model: Model, owner: dict[int, tuple[int, int]], n: int) -> None:
        self.model, self.owner, self.n = model, owner, n
        self.floors: list[Fraction | float] = list(model.floor)
        #: each part's views: (column of t, each cell's column in the view)
        self.of: dict[int, list[tuple[int, dict[int, int]]]] = {}
        #: whether a part's own columns are its view (one total), not the values themselves
        self.in_place: dict[int, int] = {}
        self.extra: list[Row] = []

    def _column(self) -> int:
        self.floors.append(_ZERO)
        return len(self.floors) - 1

    def add(self, root: int, cells: list[int], by_total: dict[int, list[int]], *, copy: bool) -> None:
        """Add a view of the part ``root`` (its ``cells``) from its one total in ``by_total``."""
        ((size, tied),) = by_total.items()
        columns = {cell: self._column() for cell in cells} if copy else {cell: cell for cell in cells}
        t = self._column()
        self.of.setdefault(root, []).append((t, columns))
        if not copy:
            self.in_place[root] = t
        floors = self.model.floor
        for cell in cells:
            floor, column = floors[cell], columns[cell]
            if floor != 0:  # z >= f is z' >= f·t: the floor is a row of the view
                self.floors[column] = -INF
                if floor != -INF:
                    self.extra.append(({column: -_ONE, t: Fraction(floor)}, "<=", _ZERO))
        self.extra.append(({t: -_ONE}, "<", _ZERO))  # the total is more than zero: t = 1/total
        self.extra.append(({columns[size]: _ONE}, "=", _ONE))  # z'_total = total·t = 1
        for share in tied:  # the rate is 100·count/total = 100·z'_count
            self.extra.append(({share: _ONE, columns[self.owner[share][0]]: -_HUNDRED}, "=", _ZERO))

    def rows(self, root: int, coefficients: Mapping[int, Fraction], op: Op, rhs: Fraction) -> list[Row]:
        """A row of the part ``root``: as it is (unless seen in place) and in each of its views."""
        found: list[Row] = [] if root in self.in_place else [(coefficients, op, rhs)]
        for t, columns in self.of[root]:  # a·z (<)<= b is a·z' - b·t (<)<= 0
            row = {columns[cell]: value for cell, value in coefficients.items() if value}
            if rhs:
                row[t] = -rhs
            found.append((row, op, _ZERO))
        return found

    def back(self, values: list[Fraction]) -> list[Fraction]:
        """The model's values: a part seen in place divided by its ``t`` (``z = z'/t``)."""
        found = list(values[: self.n])
        for root, t in self.in_place.items():
            for _, columns in self.of[root]:
                for cell in columns:
                    found[cell] = values[cell] / values[t]
        return found


def _restricted(
    floors: Sequence[Fraction | float],
    rows: list[Row],
    relaxed: list[Fraction],
    loose: Sequence[tuple[int, int, int]],
) -> list[Fraction]:
    """The relaxation's rates held fixed and tied to their counts (``x = s·n/100``, linear), where solvable.

    Falls back to the relaxation's values (see the module's docstring).
    """
    fixed = list(rows)
    for share, count, size in loose:
        rate = relaxed[share]
        fixed.append(({share: _ONE}, "=", rate))
        fixed.append(({count: _ONE, size: -rate / _HUNDRED}, "=", _ZERO))
        fixed.append(({size: -_ONE}, "<", _ZERO))
    values = solve_above(floors, fixed)
    return relaxed if values is None else values
