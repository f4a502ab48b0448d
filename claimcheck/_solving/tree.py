"""A witness for tree-shaped models, built in one pass from the propagated bounds.

On a model whose constraints form a forest (no cell reached twice along a path of constraints: a chain
of shares, a difference from a difference, a partition without crossing facets) bound propagation is
complete: at a fixpoint without crossings every value of a cell's bounds extends to a solution of each
constraint it is in, and, the constraints sharing no second cell, to a solution of the whole model.
So a witness needs no search: fix one cell of each tree inside its bounds, then walk the tree fixing
each constraint's other cells from the one already fixed, each inside its bounds. That is one pass,
where fixing the cells one by one and propagating after each choice costs a pass per cell.

The values are checked exactly against every constraint before they count (as every witness is), so a
wrong turn here can only send the engine to its slower proofs, never make a verdict wrong.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from claimcheck._solving.propagate import satisfies
from claimcheck._values.interval import INF, Interval

if TYPE_CHECKING:
    from claimcheck._solving.model import Model, Share
    from claimcheck._solving.propagate import Propagator

__all__ = ["is_forest", "witness"]

_ZERO = Fraction(0)

#: one constraint as the walk sees it: (kind, cells, position in its model list), kinds as below
_LE, _SUM, _SHARE, _DIFFERENCE = range(4)


def is_forest(model: Model) -> bool:
    """Whether the model's constraints form a forest, in the kinds :func:`witness` can walk.

    The graph joining each constraint to its cells has no cycle: every constraint meets each tree in at
    most one cell when it is added. Shares of a cell's own total (which come with products of counts and
    totals) are left to the general witness.
    """
    if model.family or model.averages:
        return False
    parent = list(range(len(model.cells)))

    def find(cell: int) -> int:
        while parent[cell] != cell:
            parent[cell] = parent[parent[cell]]
            cell = parent[cell]
        return cell

    for _, cells in _constraints(model):
        roots = {find(cell) for cell in cells}
        if len(roots) < len(cells):
            return False  # two of its cells are already joined (or a cell repeats): a cycle
        first, *rest = roots
        for root in rest:
            parent[root] = first
    return True


def _constraints(model: Model) -> list[tuple[int, tuple[int, ...]]]:
    found: list[tuple[int, tuple[int, ...]]] = [(_LE, (a, b)) for a, b in model.les]
    found += [(_SUM, (whole, *parts)) for whole, parts in model.sums]
    found += [(_SHARE, (share.cell, share.base)) for share in model.shares]
    found += [(_DIFFERENCE, (item.cell, item.base)) for item in model.differences]
    return found


def witness(prover: Propagator) -> list[Fraction] | None:
    """Values for every cell inside the prover's bounds that satisfy its model, or None.

    Call on a model for which :func:`is_forest` holds, at a fixpoint without crossings. Only the
    constraints of the claims the prover ran count (the others' shares and differences are left out, as
    propagation left them). None when a step finds no value or the values fail the exact check.
    """
    model = prover.model
    if prover.exhausted or prover.crossings:
        return None
    n = len(model.cells)
    domains: list[Interval] = []
    for cell in range(n):
        low, high = prover.low[cell], prover.high[cell]
        domain = Interval.make(
            prover.real(low.value), prover.real(high.value), low_open=low.strict, high_open=high.strict
        )
        if domain is None:
            return None
        domains.append(domain)
    watch: list[list[int]] = [[] for _ in range(n)]
    steps: list[tuple[int, tuple[int, ...], int]] = []
    for a, b in model.les:
        steps.append((_LE, (a, b), -1))
    for whole, parts in model.sums:
        steps.append((_SUM, (whole, *parts), -1))
    for number in sorted(prover.active_shares):
        share = model.shares[number]
        if share.role == "own share":
            return None
        steps.append((_SHARE, (share.cell, share.base), number))
    for number in sorted(prover.active_differences):
        item = model.differences[number]
        steps.append((_DIFFERENCE, (item.cell, item.base), number))
    for step, (_, cells, _) in enumerate(steps):
        for cell in cells:
            watch[cell].append(step)
    values: list[Fraction | None] = [None] * n
    done = [False] * len(steps)
    for root in range(n):
        if values[root] is not None:
            continue
        values[root] = _inside(domains[root])
        stack = [root]
        while stack:
            cell = stack.pop()
            for step in watch[cell]:
                if done[step]:
                    continue
                done[step] = True
                fixed = _extend(model, steps[step], cell, values, domains)
                if fixed is None:
                    return None
                stack.extend(fixed)
    result = [value if value is not None else _ZERO for value in values]
    return result if satisfies(model, result, prover.wanted) else None


def _extend(
    model: Model,
    step: tuple[int, tuple[int, ...], int],
    cell: int,
    values: list[Fraction | None],
    domains: list[Interval],
) -> list[int] | None:
    """Fix the other cells of one constraint from ``cell``'s value; return them (None: no value fits).

    ``step`` is the constraint: its kind, its cells and its position in the model's list of its kind.
    """
    kind, cells, number = step
    value = values[cell]
    if value is None:  # pragma: no cover - the walk only leaves cells it has fixed
        return None
    if kind == _SUM:
        return _extend_sum(cells, cell, value, values, domains)
    other = cells[1] if cells[0] == cell else cells[0]
    if kind == _LE:
        a, _ = cells
        allowed = Interval(value, INF) if cell == a else Interval(-INF, value)
    elif kind == _DIFFERENCE:
        offset = model.differences[number].offset
        if cell == cells[1]:  # the base is fixed: the cell is the base plus the offset
            allowed = Interval(
                value + offset.lo, value + offset.hi, low_open=offset.low_open, high_open=offset.high_open
            )
        else:
            allowed = Interval(
                value - offset.hi, value - offset.lo, low_open=offset.high_open, high_open=offset.low_open
            )
    else:
        share = model.shares[number]
        found = _of_base(share, value) if cell == share.base else _base_of(share, value)
        if found is None:
            return None
        allowed = found
    inside = domains[other].intersection(allowed)
    if inside is None:
        return None
    values[other] = _inside(inside)
    return [other]


def _of_base(share: Share, base: Fraction) -> Interval | None:
    """The values the share's cell may take when its base is ``base``."""
    ratio = share.share
    if base < 0:
        return None
    if base == 0:  # the cell is 0 unless an open end leaves it no value
        if ratio.low_open or (ratio.high_open and ratio.hi != INF):
            return None
        return Interval(0, 0)
    return ratio.scale(base)


def _base_of(share: Share, cell: Fraction) -> Interval | None:
    """The values the share's base may take when its cell is ``cell``: ``lo·base <= cell <= hi·base``."""
    ratio = share.share
    if cell < 0:
        return None
    if cell == 0:
        if ratio.low_open:
            return None  # lo·base < 0 has no base
        if ratio.lo > 0:  # lo·base <= 0 makes the base 0, where an open upper end fails
            return None if ratio.high_open and ratio.hi != INF else Interval(0, 0)
        # lo is 0: any base, a positive one where the upper end is open (0 < hi·base)
        return Interval(0, INF, low_open=ratio.high_open and ratio.hi != INF)
    if ratio.hi == 0:
        return None
    least: Fraction | float = _ZERO if ratio.hi == INF else cell / Fraction(ratio.hi)
    most: Fraction | float = INF if ratio.lo == 0 else cell / Fraction(ratio.lo)
    return Interval.make(
        least, most, low_open=ratio.high_open or ratio.hi == INF, high_open=ratio.low_open
    )


def _extend_sum(
    cells: tuple[int, ...],
    cell: int,
    value: Fraction,
    values: list[Fraction | None],
    domains: list[Interval],
) -> list[int] | None:
    """Fix a sum's other cells from one of them: the whole first, then its parts adding up to it."""
    whole, *parts = cells
    if cell == whole:
        total = value
    else:
        parts.remove(cell)
        reach = _total([domains[part] for part in parts])
        allowed = Interval(
            value + reach.lo, value + reach.hi, low_open=reach.low_open, high_open=reach.high_open
        )
        inside = domains[whole].intersection(allowed)
        if inside is None:
            return None
        values[whole] = _inside(inside)
        total = values[whole] - value  # type: ignore[operator]
    shares = _split([domains[part] for part in parts], total)
    if shares is None:
        return None
    for part, share in zip(parts, shares, strict=True):
        values[part] = share
    return [part for part in cells if part != cell]


def _total(domains: list[Interval]) -> Interval:
    """Every sum of one value from each domain."""
    lo = sum((domain.lo for domain in domains), _ZERO)
    hi = sum((domain.hi for domain in domains), _ZERO)
    return Interval(
        lo,
        hi,
        low_open=any(domain.low_open for domain in domains),
        high_open=any(domain.high_open for domain in domains),
    )


def _split(domains: list[Interval], total: Fraction) -> list[Fraction] | None:
    """One value from each domain, adding up to ``total``; None when there is none.

    Each part starts inside its domain and all move the same fraction of the way to the ends the total
    lies towards, so a part only reaches an end when every part does and the total is the sum of ends.
    """
    if not domains:
        return [] if total == 0 else None
    chosen = [_inside(domain) for domain in domains]
    gap = total - sum(chosen, _ZERO)
    if gap == 0:
        return chosen
    ends = [domain.hi if gap > 0 else domain.lo for domain in domains]
    for number, end in enumerate(ends):
        if end in (INF, -INF):  # an unbounded part takes the whole gap
            chosen[number] += gap
            return chosen
    room = [Fraction(end) - value for end, value in zip(ends, chosen, strict=True)]
    whole_room = sum(room, _ZERO)
    if whole_room == 0:
        return None
    fraction = gap / whole_room
    if fraction > 1:
        return None
    if fraction == 1 and any(
        (domain.high_open if gap > 0 else domain.low_open) and space != 0
        for domain, space in zip(domains, room, strict=True)
    ):
        return None
    return [value + fraction * space for value, space in zip(chosen, room, strict=True)]


def _inside(domain: Interval) -> Fraction:
    """A value inside the domain: a whole number near its middle where one fits, else the middle."""
    lo, hi = domain.lo, domain.hi
    if lo == -INF:
        if hi == INF:
            return _ZERO
        return Fraction(hi) - 1
    if hi == INF:
        return Fraction(lo) + 1 if domain.low_open else Fraction(lo)
    lo, hi = Fraction(lo), Fraction(hi)
    middle = (lo + hi) / 2
    rounded = Fraction(round(middle))
    if domain.contains_value(rounded):
        return rounded
    return middle
