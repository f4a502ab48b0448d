"""A witness for tree-shaped models, built in one pass from the propagated bounds.

On a model whose constraints form a forest (no cell reached twice along a path of constraints: a chain
of shares, a difference from a difference, a partition without crossing facets) bound propagation is
complete: at a fixpoint without crossings every value of a cell's bounds extends to a solution of each
constraint it is in, and, the constraints sharing no second cell, to a solution of the whole model.
The one exception is zero: a share with an open end meets its other cell at zero only as one point
(``0 <= x < 0.1·b`` has no ``x`` at ``b = 0``, one at every other ``b``), a hole bounds cannot show; the
walk fixes such a cell away from zero where its bounds leave another value (:func:`_holes`), and where a
later step still lands one on zero (a sum's share-out) it finds no value and leaves the model to the
general witness.
So a witness needs no search: fix one cell of each tree inside its bounds, then walk the tree fixing
each constraint's other cells from the one already fixed, each inside its bounds. That is one pass,
where fixing the cells one by one and propagating after each choice costs a pass per cell.

The walk runs in the propagator's scaled units (every claim's end a whole number: see
:class:`~claimcheck._solving.propagate.Propagator`), on the bounds as they are, so its values are whole
numbers wherever a whole number fits: a sum's parts share out their total in whole numbers where the
parts' ends leave room for it, and fractions enter only where no whole number fits. Every
constraint but the claims' bounds and the differences is homogeneous, so the walk is the same in any
units; a claim's bound and a difference's offset are read scaled.

A multiple or share of a base below zero (a signed subject) is the mirror of one above zero: its
factor's ends swap (``hi·b <= x <= lo·b``), so ``(b, x)`` meets it exactly when ``(-b, -x)`` does, and
the walk fixes a base or a cell below zero from the mirrored values. A count among a base below zero
is left to the general witness.

The values are checked exactly against every constraint before they count (as every witness is), so a
wrong turn here can only send the engine to its slower proofs, never make a verdict wrong.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from claimcheck._values.interval import INF

if TYPE_CHECKING:
    from claimcheck._solving.model import Model, Share
    from claimcheck._solving.propagate import Propagator, Value

__all__ = ["is_forest", "proves", "witness"]

#: one constraint as the walk sees it: (kind, cells, position in its model list), kinds as below
_LE, _SUM, _SHARE, _DIFFERENCE = range(4)
#: the values a cell may take, in the propagator's scaled units: low end, high end, each open or not
_Domain = tuple["Value", "Value", bool, bool]


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
    values = _walk(prover)
    if values is None:
        return None
    return [Fraction(value) / prover.scale for value in values]


def proves(prover: Propagator) -> bool:
    """Whether :func:`witness` finds values (checked exactly), without turning them into the model's units."""
    return _walk(prover) is not None


def _walk(prover: Propagator) -> list[Value] | None:
    """The witness's values in the prover's scaled units, checked exactly (:meth:`Propagator.meets`)."""
    model = prover.model
    if prover.exhausted or prover.crossings:
        return None
    n = len(model.cells)
    low, high, scale = prover.low, prover.high, prover.scale
    watch: list[list[int]] = [[] for _ in range(n)]
    steps: list[tuple[int, tuple[int, ...], int]] = [(_LE, pair, -1) for pair in model.les]
    steps += [(_SUM, (whole, *parts), -1) for whole, parts in model.sums]
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
    values: list[Value | None] = [None] * n
    done = [False] * len(steps)
    holes = _holes(prover)
    for root in range(n):
        if values[root] is not None:
            continue
        lo, hi = low[root], high[root]
        values[root] = _choose((lo.value, hi.value, lo.strict, hi.strict), scale, root in holes)
        stack = [root]
        while stack:
            cell = stack.pop()
            for step in watch[cell]:
                if done[step]:
                    continue
                done[step] = True
                fixed = _extend(prover, steps[step], cell, values, holes)
                if fixed is None:
                    return None
                stack.extend(fixed)
    result: list[Value] = values  # type: ignore[assignment]  # every cell was a root or reached from one
    return result if prover.meets(result, 1) else None


def _domain(prover: Propagator, cell: int) -> _Domain:
    low, high = prover.low[cell], prover.high[cell]
    return low.value, high.value, low.strict, high.strict


def _meet(domain: _Domain, lo: Value, hi: Value, low_open: bool, high_open: bool) -> _Domain | None:  # noqa: FBT001
    """The values of ``domain`` between ``lo`` and ``hi`` (each end open or not); None when there is none."""
    d_lo, d_hi, d_low_open, d_high_open = domain
    if d_lo > lo:
        lo, low_open = d_lo, d_low_open
    elif d_lo == lo:
        low_open = low_open or d_low_open
    if d_hi < hi:
        hi, high_open = d_hi, d_high_open
    elif d_hi == hi:
        high_open = high_open or d_high_open
    if lo > hi or (lo == hi and (low_open or high_open)):
        return None
    return lo, hi, low_open, high_open


def _holes(prover: Propagator) -> set[int]:
    """The cells where zero may be a hole: the base or the cell of a share with an open end.

    Bounds cannot show that hole: ``0 <= x < 0.1·b`` leaves no ``x`` at ``b = 0`` but one at every
    other ``b`` of either sign, so a base between -50 and 50 keeps those bounds while 0 fails. At zero a
    share meets its other cell only as one point (``x = 0`` or ``b = 0``), so zero is the only such
    hole; away from it each side of zero is convex and the bounds are exact. The walk fixes such a
    cell away from zero wherever its bounds leave another value (:func:`_choose`).
    """
    model = prover.model
    found: set[int] = set()
    for number in prover.active_shares:
        share = model.shares[number]
        ratio = share.share
        if ratio.low_open or (ratio.high_open and ratio.hi != INF):
            found.add(share.cell)
            found.add(share.base)
    return found


def _choose(domain: _Domain, scale: int, hole: bool) -> Value:  # noqa: FBT001
    """:func:`_inside` ``domain``, away from zero where zero may be a hole and the domain has more."""
    value = _inside(*domain, scale)
    if not hole or value != 0:
        return value
    lo, hi, low_open, high_open = domain
    if hi > 0:
        return _inside(0, hi, True, high_open, scale)  # noqa: FBT003
    if lo < 0:
        return _inside(lo, 0, low_open, True, scale)  # noqa: FBT003
    return value


def _extend(
    prover: Propagator,
    step: tuple[int, tuple[int, ...], int],
    cell: int,
    values: list[Value | None],
    holes: set[int],
) -> list[int] | None:
    """Fix the other cells of one constraint from ``cell``'s value; return them (None: no value fits).

    ``step`` is the constraint: its kind, its cells and its position in the model's list of its kind.
    """
    kind, cells, number = step
    value = values[cell]
    if value is None:  # pragma: no cover - the walk only leaves cells it has fixed
        return None
    if kind == _SUM:
        return _extend_sum(prover, cells, cell, value, values, holes=holes)
    other = cells[1] if cells[0] == cell else cells[0]
    allowed: list[_Domain]
    if kind == _LE:
        allowed = [(value, INF, False, True) if cell == cells[0] else (-INF, value, True, False)]
    elif kind == _DIFFERENCE:
        offset, scale = prover.model.differences[number].offset, prover.scale
        lo, hi = _scaled(offset.lo, scale), _scaled(offset.hi, scale)
        if cell == cells[1]:  # the base is fixed: the cell is the base plus the offset
            allowed = [(value + lo, value + hi, offset.low_open, offset.high_open)]
        else:
            allowed = [(value - hi, value - lo, offset.high_open, offset.low_open)]
    else:
        share = prover.model.shares[number]
        allowed = _of_base(share, value) if cell == share.base else _base_of(share, value)
    domain = _domain(prover, other)
    for candidate in allowed:
        inside = _meet(domain, *candidate)
        if inside is not None:
            values[other] = _choose(inside, prover.scale, other in holes)
            return [other]
    return None


def _scaled(end: Fraction | float, scale: int) -> Value:
    """An offset's end in scaled units (whole: the scale is a multiple of every offset's denominator)."""
    if isinstance(end, float):
        return end
    scaled = end * scale
    return scaled.numerator if scaled.denominator == 1 else scaled


def _of_base(share: Share, base: Value) -> list[_Domain]:
    """The values the share's cell may take when its base is ``base`` (none, or one range).

    Below zero a share's or a multiple's factor swaps its ends: ``hi·base (<)<= cell (<)<= lo·base``.
    """
    ratio = share.share
    if base == 0:  # the cell is 0 unless an open end leaves it no value
        if ratio.low_open or (ratio.high_open and ratio.hi != INF):
            return []
        return [(0, 0, False, False)]
    lo: Value = 0 if ratio.lo == 0 else ratio.lo * base
    hi: Value = INF if ratio.hi == INF else ratio.hi * base
    if base > 0:
        return [(lo, hi, ratio.low_open, ratio.high_open)]
    if share.role == "count":
        return []  # a count among a base below zero: left to the general witness
    least = -INF if ratio.hi == INF else hi  # (an unbounded factor of a base below zero: no least)
    return [(least, lo, ratio.high_open or ratio.hi == INF, ratio.low_open)]


def _base_of(share: Share, cell: Value) -> list[_Domain]:
    """The ranges the share's base may take when its cell is ``cell``: ``lo·base <= cell <= hi·base``.

    Above zero the base is above zero too; below zero it is below (the mirror of the cell's opposite);
    a cell of zero takes a base of at least zero, or any base below zero where the factor's low end
    is a closed zero (``hi·b <= 0 <= 0·b``), tried after.
    """
    ratio = share.share
    if cell > 0:
        return _base_above(share, cell)
    if cell < 0:
        if share.role == "count":
            return []  # a count below zero: left to the general witness
        return [(-hi, -lo, high_open, low_open) for lo, hi, low_open, high_open in _base_above(share, -cell)]
    found: list[_Domain] = []
    if ratio.low_open:
        return found  # lo·base < 0 has no base at least zero, and 0 < lo·base none below zero
    if ratio.lo > 0:  # lo·base <= 0 makes the base 0, where an open upper end fails
        if not (ratio.high_open and ratio.hi != INF):
            found.append((0, 0, False, False))
    else:  # lo is 0: any base, a positive one where the upper end is open (0 < hi·base)
        found.append((0, INF, ratio.high_open and ratio.hi != INF, True))
        if share.role != "count":  # below zero: hi·base (<)<= 0 <= 0·base holds for a closed low end of 0
            found.append((-INF, 0, True, True))
    return found


def _base_above(share: Share, cell: Value) -> list[_Domain]:
    """The base for a cell above zero: between ``cell / hi`` and ``cell / lo``, above zero."""
    ratio = share.share
    if ratio.hi == 0:
        return []
    least: Value = 0 if ratio.hi == INF else cell / ratio.hi
    most: Value = INF if ratio.lo == 0 else cell / ratio.lo
    return [(least, most, ratio.high_open or ratio.hi == INF, ratio.low_open or most == INF)]


def _extend_sum(
    prover: Propagator,
    cells: tuple[int, ...],
    cell: int,
    value: Value,
    values: list[Value | None],
    *,
    holes: set[int],
) -> list[int] | None:
    """Fix a sum's other cells from one of them: the whole first, then its parts adding up to it."""
    whole, *parts = cells
    scale = prover.scale
    if cell != whole:
        parts.remove(cell)
    # the parts' domains, read once (a partition of a thousand parts is walked once)
    lows, highs = map(prover.low.__getitem__, parts), map(prover.high.__getitem__, parts)
    domains = [(lo.value, hi.value, lo.strict, hi.strict) for lo, hi in zip(lows, highs, strict=True)]
    if cell == whole:
        total = value
    else:
        lo, hi, low_open, high_open = _total(domains)
        inside = _meet(_domain(prover, whole), value + lo, value + hi, low_open, high_open)
        if inside is None:
            return None
        values[whole] = chosen = _choose(inside, scale, whole in holes)
        total = chosen - value
    shares = _split(domains, total, scale)
    if shares is None:
        return None
    for part, share in zip(parts, shares, strict=True):
        values[part] = share
    return [part for part in cells if part != cell]


def _total(domains: list[_Domain]) -> _Domain:
    """Every sum of one value from each domain."""
    lo: Value = 0
    hi: Value = 0
    low_open = high_open = False
    for d_lo, d_hi, d_low_open, d_high_open in domains:
        lo += d_lo
        hi += d_hi
        low_open = low_open or d_low_open
        high_open = high_open or d_high_open
    return lo, hi, low_open, high_open


def _split(domains: list[_Domain], total: Value, scale: int) -> list[Value] | None:
    """One value from each domain, adding up to ``total``; None when there is none.

    Each part starts inside its domain and moves towards the ends the total lies towards. Where every
    start, end and the total are whole numbers and the whole numbers inside the ends leave room, the
    parts share the gap in whole numbers, each in proportion to its room (the remainders one apiece,
    in order); else all move the same fraction of the way, so a part only reaches an end when every
    part does and the total is the sum of ends.
    """
    if not domains:
        return [] if total == 0 else None
    chosen = [_inside(*domain, scale) for domain in domains]
    gap = total - sum(chosen)
    if gap == 0:
        return chosen
    up = gap > 0
    side = 1 if up else 0
    for number, domain in enumerate(domains):
        if domain[side] in (INF, -INF):  # an unbounded part takes the whole gap
            chosen[number] += gap
            return chosen
    ends = [domain[side] for domain in domains]
    if type(gap) is int and all(type(end) is int for end in ends) and all(type(v) is int for v in chosen):
        whole = _whole_split(domains, chosen, ends, gap, side)
        if whole is not None:
            return whole
    room = [Fraction(end) - value for end, value in zip(ends, chosen, strict=True)]
    whole_room = sum(room, Fraction(0))
    if whole_room == 0:
        return None
    fraction = gap / whole_room
    if fraction > 1:
        return None
    if fraction == 1 and any(
        domain[side + 2] and space != 0 for domain, space in zip(domains, room, strict=True)
    ):
        return None
    return [value + fraction * space for value, space in zip(chosen, room, strict=True)]


def _whole_split(
    domains: list[_Domain], chosen: list[Value], ends: list[Value], gap: int, side: int
) -> list[Value] | None:
    """The gap shared out in whole numbers inside the parts' ends, or None where they leave no room.

    Every start, end and the gap are whole numbers (the caller checks).
    """
    sign = 1 if side else -1
    need = gap * sign
    room = [
        (end - value) * sign - (1 if domain[side + 2] else 0)
        for domain, end, value in zip(domains, ends, chosen, strict=True)
    ]
    whole_room = sum(room)
    if need > whole_room:
        return None
    moves = [need * space // whole_room for space in room]
    left = need - sum(moves)
    for number, space in enumerate(room):
        if not left:
            break
        if need * space % whole_room:  # its share was rounded down: it has room for one more
            moves[number] += 1
            left -= 1
    return [value + sign * move for value, move in zip(chosen, moves, strict=True)]


def _inside(lo: Value, hi: Value, low_open: bool, high_open: bool, scale: int) -> Value:  # noqa: FBT001
    """A value inside the domain, in scaled units: a whole number of the model's units near its middle.

    The whole number nearest the middle (half to even) where one fits, else the middle; one unit inside
    an unbounded end.
    """
    if lo == -INF:
        if hi == INF:
            return 0
        return hi - scale
    if hi == INF:
        return lo + scale if low_open else lo
    if type(lo) is int and type(hi) is int:
        twice = lo + hi
        # the middle, ``twice / (2·scale)`` model units, rounded half to even
        rounded, rest = divmod(twice, 2 * scale)
        if rest > scale or (rest == scale and rounded % 2):
            rounded += 1
        middle: Value = twice // 2 if twice % 2 == 0 else Fraction(twice, 2)
    else:
        middle = (Fraction(lo) + Fraction(hi)) / 2
        rounded = round(middle / scale)
    rounded *= scale
    if (lo < rounded or (lo == rounded and not low_open)) and (
        rounded < hi or (rounded == hi and not high_open)
    ):
        return rounded
    return middle
