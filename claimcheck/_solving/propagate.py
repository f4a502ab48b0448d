"""Exact bound propagation over a model, with the reasons for every bound kept.

Each cell has a lower and an upper bound, each an exact magnitude with an open or closed end. Constraints
(containment, sums, shares and multiples, differences) narrow the bounds of their cells until nothing
changes. Every narrowing is a sound consequence of the bounds it was computed from, so a cell whose lower
bound passes its upper bound proves the claims behind the two bounds inconsistent; the reasons say which
claims those are.

Propagation alone is complete on tree-shaped constraints but not on every shape, so a fixpoint is not a
proof of consistency: :meth:`Propagator.witness` fixes the cells one at a time and propagates again, and
returns an assignment only once it satisfies every constraint exactly.

Around a cycle of constraints propagation can *creep*: a multiple of a cell that is part of itself, or
``x >= x + 12`` through a one-part partition, tightens one bound by a little on every pass, in ever longer
fractions, without reaching a fixpoint. Every bound carries a *generation* (a claim's is 0; a bound a
constraint derives is one more than the newest bound that queued the constraint), and a cell's bound that
is replaced by one of a later generation more than :data:`CLIMBS` times in one settle is left where it
is (:attr:`Propagator.cut`). Leaving a bound looser is always sound (every bound is still implied by the
claims); a cut run is just not a fixpoint, so the exact witness or LP decides what propagation did not.
"""

from __future__ import annotations

import copy
import math
import operator
from bisect import bisect_left
from collections import deque
from fractions import Fraction
from heapq import heapify, heappop, heappush
from operator import itemgetter
from typing import TYPE_CHECKING, Final, cast

from claimcheck._values.interval import INF, Interval

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from claimcheck._solving.model import Difference, Ends, Model, Scaled, Share

__all__ = ["CLIMBS", "Crossing", "Propagator", "Reason"]

_CHOICE: Final = -2
#: The reason of a total found empty because its share's bounds cannot meet.
_EMPTY: Final = -3
_PRODUCT: Final = 4
_AVERAGE: Final = 5
_ZERO: Final = 0
#: How many times one settle may replace a cell's bound on one side by a bound of a later generation
#: before it stops narrowing that side (:attr:`Propagator.cut`). On tree-shaped constraints a bound
#: climbs at most once per distance to the claims that tighten it; a cycle that creeps climbs once a turn.
CLIMBS: Final = 16
#: The finest fraction of a scaled unit a witness keeps in a bound it derives (:func:`_witness_bound`)
_FINEST: Final = 1 << 32
#: The sides of a cell's bounds (:meth:`Propagator._tighten`)
_LOW: Final = 0
_HIGH: Final = 1
#: A bound in the propagator's scaled units: a whole number where it can be, or ±inf.
Value = int | Fraction | float
#: A sum's running totals of its parts' ends, and a heap of their widths (:meth:`Propagator._running`).
_Running = tuple[list[Value], list[tuple[Value, int]]]


class Reason:
    """One bound of one cell and why it holds: a claim, a constraint over other bounds, or both."""

    __slots__ = ("claim", "found", "parents", "strict", "value", "via")

    def __init__(
        self,
        value: Value,
        strict: bool,  # noqa: FBT001 - a hot constructor; positional on purpose
        claim: int | None = None,
        parents: tuple[Reason, ...] = (),
        via: int = -1,
    ) -> None:
        self.value, self.strict, self.claim, self.parents, self.via = (value, strict, claim, parents, via)
        self.found: frozenset[int] | None = None  # the claims, once asked for

    def claims(self) -> frozenset[int]:
        """Every claim this bound rests on (kept once found: a reason never changes its parents).

        Each reason of the graph below is resolved once, so a long chain (a cycle of multiples that
        grows its bounds pass after pass) costs its length, not its length per question.
        """
        stack = [self]
        while stack:
            reason = stack[-1]
            if reason.found is not None:
                stack.pop()
                continue
            pending = [parent for parent in reason.parents if parent.found is None]
            if pending:
                stack.extend(pending)
                continue
            stack.pop()
            found = {reason.claim} if reason.claim is not None else set()
            for parent in reason.parents:
                found.update(parent.found or ())
            reason.found = frozenset(found)
        return self.found or frozenset()


class Crossing:
    """A cell whose lower bound passes its upper bound: the claims behind both are inconsistent."""

    __slots__ = ("cell", "high", "low")

    def __init__(self, cell: int, low: Reason, high: Reason) -> None:
        self.cell, self.low, self.high = cell, low, high

    def claims(self) -> frozenset[int]:
        """The claims the two bounds rest on together."""
        return frozenset(self.low.claims() | self.high.claims())


def _tighter_low(value: Value, strict: bool, old: Reason) -> bool:  # noqa: FBT001
    return value > old.value or (value == old.value and strict and not old.strict)


def _tighter_high(value: Value, strict: bool, old: Reason) -> bool:  # noqa: FBT001
    return value < old.value or (value == old.value and strict and not old.strict)


def _width(low: Value, high: Value) -> Value:
    """How far apart a cell's bounds are: infinite when either is (never a fraction turned float)."""
    return INF if isinstance(high, float) or isinstance(low, float) else high - low


def _witness_bound(value: Value, strict: bool, side: int, *, whole: bool) -> tuple[Value, bool]:  # noqa: FBT001
    """A bound as a witness keeps it: rounded inward to a whole number, or outward off a long fraction.

    Outside whole numbers, a fraction finer than ``1 / _FINEST`` is rounded outward to a multiple of it
    (a lower bound down, an upper bound up): looser, so still implied, and no longer than that. Round a
    cycle through a count, its total and its share, each product multiplies the digits of the last,
    and a witness settles once per cell: without it, one settle's sixteen climbs (:data:`CLIMBS`) of
    ever longer fractions, repeated per cell, held a property test for over a quarter of an hour.
    The values are checked exactly after.
    """
    if whole:
        return _inward(value, strict, side)
    if isinstance(value, Fraction) and value.denominator > _FINEST:
        scaled = value * _FINEST
        return Fraction(math.ceil(scaled) if side else math.floor(scaled), _FINEST), False
    return value, strict


def _inward(value: Value, strict: bool, side: int) -> tuple[Value, bool]:  # noqa: FBT001
    """A bound rounded inward to the nearest whole number it allows, closed; an infinite one as it is.

    A lower bound ``v`` becomes the least whole number at least ``v`` (more than ``v`` where open), an
    upper bound the greatest at most (less than) ``v``: the whole numbers inside are the same, so a
    whole-number value meets the rounded bound exactly when it meets the bound.
    """
    if isinstance(value, float):
        return value, strict
    if isinstance(value, Fraction):
        if value.denominator != 1:
            return (math.floor(value) if side else math.ceil(value)), False
        value = value.numerator
    if strict:
        return (value - 1 if side else value + 1), False
    return value, False


def _ratio_whole(top: Value, bottom: int, strict: bool, side: int) -> tuple[Value, bool]:  # noqa: FBT001
    """``top / bottom`` as :func:`_inward` rounds it, found by one division: up (a lower bound) or down.

    A quotient that is not whole comes back rounded inward and closed; a whole one as it is, with its
    open end, which :func:`_inward` closes; an unbounded one as it is.
    """
    if isinstance(top, float):
        return top, strict
    whole, rest = divmod(top, bottom)
    if rest:
        return (whole if side else whole + 1), False
    return whole, strict


def _resting_on(run: Propagator, gone: set[int]) -> dict[Reason, bool]:
    """Whether each bound of ``run``, and each it refused at a crossing, rests on a claim in ``gone``.

    Keyed by the bound itself (a reason is hashed by identity); each reason looked at once, parents first.
    """
    tainted: dict[Reason, bool] = {}
    refused = [reason for crossing in run.crossings for reason in (crossing.low, crossing.high)]
    for root in (*run.low, *run.high, *refused):
        if root in tainted:
            continue
        if not root.parents:  # a claim's own bound, or a floor (most of them): no walk
            tainted[root] = root.claim is not None and root.claim in gone
            continue
        stack = [root]
        while stack:
            reason = stack[-1]
            if reason in tainted:
                stack.pop()
                continue
            if reason.claim is not None and reason.claim in gone:
                tainted[reason] = True
                stack.pop()
                continue
            pending = [parent for parent in reason.parents if parent not in tainted]
            if pending:
                stack.extend(pending)
                continue
            stack.pop()
            tainted[reason] = any(map(tainted.__getitem__, reason.parents))
    return tainted


def _tightest(ends: Ends) -> tuple[list[Scaled], set[int]]:
    """Each cell's greatest lower end and least upper end, as rows of that end alone, in the cells' order.

    A value meets a cell's bounds exactly when it meets these two. Also returns the cells whose every row
    a run of every claim from the floors applies (:func:`_applied`): their bounds cross, pass the floor,
    or their first bound narrows nothing. Where there is none, :func:`_applied`'s rows are these, in
    this order (each cell's rows where its first bound stood, a cell's first in the order of the ends).
    """
    rows, lowest, upper, lower, first_of = ends.rows, ends.lowest, ends.upper, ends.lower, ends.first
    tightest: list[Scaled] = []
    append = tightest.append
    dirty: set[int] = set()
    for cell, number in ends.highest.items():
        claim, _, lo, low_open, _, _ = rows[number]
        if lo is not None:
            append((claim, cell, lo, low_open, None, False))
        claim, _, _, _, hi, high_open = rows[lowest[cell]]
        if hi is not None:
            append((claim, cell, None, False, hi, high_open))
        least_upper = upper[cell]
        if least_upper < lower[cell] or least_upper < 0:
            dirty.add(cell)
            continue
        _, _, lo, low_open, hi, _ = rows[first_of[cell]]
        if hi is None and (lo is None or lo < 0 or (lo == 0 and not low_open)):
            dirty.add(cell)
    return tightest, dirty


def _applied(ends: Ends, tightest: list[Scaled], dirty: set[int]) -> list[Scaled]:
    """The rows a run of every claim applies to cells at a floor of zero: the same bounds, reasons and queue.

    Applied in claim order from the floors, a cell's bounds end at its greatest lower end and least
    upper end (the first claim stating each: a later equal end is no tighter), and where no two of them
    cross and none passes the floor, none records a crossing on the way. Such a cell's rows are
    replaced by those two ends (its rows in ``tightest``, from :func:`_tightest`), put where its first
    bound stood, so the cells are narrowed and their constraints queued in the same order with the same
    reasons; a cell whose bounds cross (or pass the floor, or whose first bound narrows nothing: the
    cells in ``dirty``) keeps every row, in order, so its crossings are recorded as before. One row per
    end per cell where claims repeat a cell, not one per claim.
    """
    first = ends.first
    # a cell's row of its lower end (a row with a lower end) goes first, then that of its upper end
    entries = [(2 * first[row[1]] + (row[2] is None), row) for row in tightest if row[1] not in dirty]
    rows = ends.rows
    entries += [(2 * number, rows[number]) for number in ends.positions(dirty)]
    entries.sort(key=itemgetter(0))
    return [row for _, row in entries]


def _empty(low: Reason, high: Reason) -> bool:
    return low.value > high.value or (low.value == high.value and (low.strict or high.strict))


class Propagator:
    """Bounds for every cell of a model, narrowed by its constraints.

    Args:
        model: the cells and constraints.
        explore: on a crossing, record it and keep going without applying the bound (to find several
            conflicts in one pass); otherwise stop at the first crossing.
        budget: the most narrowings before giving up (cycles through shares can narrow forever).
    """

    def __init__(self, model: Model, *, explore: bool = False, budget: int | None = None) -> None:
        """Set every cell to its floor (non-negative, unless signed) and index the constraints by cell."""
        n = len(model.cells)
        self.model = model
        self.explore = explore
        #: the bounds of a cell nothing has narrowed (shared by all such cells: compared by identity)
        self.untouched = (Reason(_ZERO, strict=False), Reason(INF, strict=True))
        self.low = [self.untouched[0]] * n
        self.high = [self.untouched[1]] * n
        constraints: list[tuple[int, ...]] = []
        for a, b in model.les:
            constraints.append((0, a, b))
        for whole, parts in model.sums:
            constraints.append((1, whole, *parts))
        for number, share in enumerate(model.shares):
            constraints.append((2, share.cell, share.base, number))
        for number, difference in enumerate(model.differences):
            constraints.append((3, difference.cell, difference.base, number))
        for count, (size, share_cell) in sorted(model.family.items()):
            constraints.append((_PRODUCT, count, size, share_cell))
        for whole, parts in model.averages:
            constraints.append((_AVERAGE, whole, *parts))
        self.constraints = constraints
        self.watch: list[list[int]] = [[] for _ in range(n)]
        for number, constraint in enumerate(constraints):
            for cell in self._watched(constraint):
                self.watch[cell].append(number)
        self._index_sums()
        self.budget = budget if budget is not None else 50 * (len(constraints) + n) + 200
        self.full_budget = self.budget
        #: the constraints that carry a claim (queued on every run)
        self.claim_constraints = [number for number, c in enumerate(constraints) if c[0] > 1]
        #: per sum constraint, the getter of its parts' bounds (built on first use, shared by fresh())
        self.getters: dict[int, Callable[[list[Reason]], tuple[Reason, ...]]] = {}
        # Every constraint is homogeneous except the claims' bounds and differences, so multiplying all
        # values by their common denominator changes nothing but lets sums run on whole numbers (much
        # faster than fractions); :meth:`real` undoes it. The model's ends are scaled once per model
        # (shared with the engine's scan of each cell's ends).
        ends = self.ends = model.ends()  # (kept: the exact check of a test less a few claims reads it)
        floors = model.floor
        scale = self.scale = ends.scale
        #: every claim's bounds in scaled units, in claim order, and the claim of each, to find a claim's
        #: bounds by bisection (shared by fresh())
        self.scaled = ends.rows if ends.ordered else sorted(ends.rows, key=itemgetter(0))
        self.bound_claims = list(map(itemgetter(0), self.scaled))
        #: per cell, its bound with the greatest lower end and its bound with the least upper end, each
        #: as a row of that end alone: a value meets a cell's bounds exactly when it meets these two
        self.tightest, dirty = _tightest(ends)
        #: a share cell's value (in percent, scaled) times this times the total is the count (scaled)
        self.percent = Fraction(1, 100 * scale)
        self.shares_of = {share: (count, size) for count, (size, share) in model.family.items()}
        #: whether some cell may be negative (a sum's bounds then matter below zero too)
        # (counted at C speed: cells share one zero, compared by identity before equality)
        zero = floors[0] if floors and floors[0] == 0 else _ZERO
        self.signed: bool = floors.count(zero) != len(floors)
        #: each cell's lower bound before any claim: its floor (zero unless signed or a unit's policy). A
        #: tuple, never the list of lower bounds itself: a run narrows ``low`` in place, and a floor read
        #: through it (a fresh run's start, a witness's check) would be a bound of the last run instead
        self.floors: tuple[Reason, ...] = tuple(self.low)
        if self.signed:  # signed cells, or the policy's floor for units
            self.floors = tuple(
                self.untouched[0]
                if floor == 0
                else Reason(-INF if isinstance(floor, float) else self._scaled(floor), strict=floor == -INF)
                for floor in floors
            )
            self.low = list(self.floors)
        #: the rows a run of every claim applies from the floors (:func:`_applied`), where it may skip
        #: the bounds a cell's tightest ends make idle, and whether some cell's bounds cross (a run that
        #: stops at a crossing then applies every row); None where every bound is applied
        self.applied: tuple[list[Scaled], bool] | None = None
        if ends.ordered and not (self.signed or model.shares or model.differences or model.family):
            # where no cell keeps every row, the rows applied are each cell's tightest ends, in order
            # (where some cell keeps every row, a run that stops at its first crossing stops where it
            # did, but the cells whose rows came later in claim order would be narrowed already)
            self.applied = (_applied(ends, self.tightest, dirty), True) if dirty else (self.tightest, False)
        self.restart()
        #: whether a sum's bounds keep the parts' bounds they came from (a witness needs only values)
        self.reasons = True
        #: whether every bound is rounded inward to a whole number as it is set (a witness on closed
        #: ends: :meth:`witness`); never while propagating the claims themselves
        self.whole = False

    def restart(self) -> None:
        """Forget what a run did but the bounds: crossings, the queue, the work, generations and climbs."""
        n = len(self.model.cells)
        self.crossings: list[Crossing] = []
        self.exhausted = False
        #: whether a settle stopped narrowing a creeping bound (:data:`CLIMBS`): the bounds are sound but
        #: perhaps not a fixpoint
        self.cut = False
        self.queue: deque[int] = deque()
        self.queued = [False] * len(self.constraints)
        #: constraints revised so far, witnesses included: the work this propagator has done
        self.revisions = 0
        self.wanted: set[int] | None = None
        #: where the run is of every claim but a few (a test started from the exploring run), those few
        self.gone: set[int] | None = None
        self.active_shares: set[int] = set()
        self.active_differences: set[int] = set()
        #: per side (low, high), each cell's bound's generation
        self.generation = ([0] * n, [0] * n)
        #: per side, how many times the settle under way replaced each cell's bound by a later generation
        self.climbs = ([0] * n, [0] * n)
        self.climbed: list[tuple[int, int]] = []  # (side, cell) whose climbs are counted: reset after
        #: per constraint, the newest generation of the bounds that queued it since its last revision
        self.pending = [0] * len(self.constraints)
        #: the generation of the bounds being derived (one more than the revised constraint's pending)
        self.now = 0

    def _index_sums(self) -> None:
        """Index the sums: each one's parts by its number, each cell's sums, and no running totals yet."""
        model = self.model
        #: each sum's parts by its number, and each cell's sums as (number, the cell's place among the parts)
        self.sum_parts = {number: parts for number, (_, parts) in enumerate(model.sums, start=len(model.les))}
        self.part_of: list[list[tuple[int, int]]] = [[] for _ in model.cells]
        for number, parts in self.sum_parts.items():
            for index, part in enumerate(parts):
                self.part_of[part].append((number, index))
        #: per sum, its running totals and heap of part widths, counted on first use (:meth:`_running`)
        self.running: list[_Running | None] = [None] * len(self.constraints)

    def fresh(self, *, explore: bool = False, budget: int | None = None) -> Propagator:
        """A new propagator over the same model, back at "non-negative" bounds, sharing the indexes.

        Building the constraint and watch indexes costs a pass over the whole model; a search that tests
        many claim subsets of one model builds them once and starts each test from here. ``budget``
        replaces this propagator's budget.
        """
        other = copy.copy(self)  # the model and its indexes are shared; what a run changes is reset
        n = len(self.model.cells)
        other.explore = explore
        other.low = list(self.floors)
        other.high = [self.untouched[1]] * n
        other.budget = self.full_budget if budget is None else budget
        other.running = [None] * len(self.constraints)
        other.restart()
        return other

    def without(self, removed: Iterable[int], *, budget: int | None = None) -> Propagator | None:
        """A propagator run on this run's claims less ``removed``, starting from this run's bounds.

        For a search testing the claims less a claim of each conflict an exploring run found. Each
        bound of this run rests on the claims its reason names; those resting on none of ``removed``
        are implied by the claims kept, so they stay. A cell with a bound that rests on a removed claim
        goes back to its floor on that side, takes the kept claims' bounds again and has the
        constraints that read it revised; a bound this run refused at a crossing is offered again where
        it rests on no removed claim. Every other constraint was at its fixpoint already (a run that
        explores refuses a bound only at a crossing), so only what the removed claims reached is
        propagated again, not the whole model, and the run ends at the fixpoint a fresh run of the
        claims kept reaches. Its crossings rest on the claims kept, as any run's do.

        Returns None where this run cannot be reused so: it was not exploring, ran out of budget or cut a
        creeping bound (not a fixpoint), or the model has what a run sets up besides the claims' bounds
        and relations (signed cells, shares of their own total, rates' totals, averages).
        """
        model = self.model
        if (
            not self.explore
            or self.exhausted
            or self.cut
            or self.signed
            or model.family
            or model.averages
            or any(share.role == "own share" for share in model.shares)
        ):
            return None
        gone = set(removed)
        kept = set(self.bound_claims) if self.wanted is None else set(self.wanted)
        if self.wanted is None:
            kept.update(share.claim for share in model.shares)
            kept.update(difference.claim for difference in model.differences)
        kept -= gone
        other = self.fresh(explore=True, budget=budget)
        if self.wanted is None:
            other.gone = gone  # every claim but those: the exact check reads the other cells' tightest ends
        other.resume(self, kept, _resting_on(self, gone))
        return other

    def _apply_bounds(self, bounds: Iterable[Scaled]) -> bool:
        """Narrow each cell to its claims' ``bounds``; False at the first crossing unless exploring.

        Runs once a claim, outside a settle (generation 0): a bound that crosses nothing and touches no
        sum keeping running totals is set here and its constraints queued, as :meth:`_tighten` would
        (no climb to count at generation 0, no pending generation to raise); any other goes through
        :meth:`_tighten`.
        """
        low, high, tighten = self.low, self.high, self._tighten
        if self.now:  # pragma: no cover - claims' bounds are applied between settles
            return self._apply_each(bounds)
        running, part_of, watch = self.running, self.part_of, self.watch
        counting = any(running)  # some sum keeps running totals: a part's bound must update them
        queued, queue = self.queued, self.queue
        low_generation, high_generation = self.generation
        crossings, explore = self.crossings, self.explore
        applied = 0
        for claim, cell, lo, low_open, hi, high_open in bounds:
            if lo is not None:
                old = low[cell]
                if lo > old.value or (lo == old.value and low_open and not old.strict):
                    reason = Reason(lo, low_open, claim, (), -1)
                    top = high[cell]
                    if (
                        lo > top.value
                        or (lo == top.value and (low_open or top.strict))
                        or (counting and any(running[number] is not None for number, _ in part_of[cell]))
                    ):
                        tighten(cell, reason, _LOW)
                    else:
                        low[cell], low_generation[cell] = reason, 0
                        applied += 1
                        for number in watch[cell]:
                            if not queued[number]:
                                queued[number] = True
                                queue.append(number)
            if hi is not None:
                old = high[cell]
                if hi < old.value or (hi == old.value and high_open and not old.strict):
                    reason = Reason(hi, high_open, claim, (), -1)
                    bottom = low[cell]
                    if (
                        bottom.value > hi
                        or (bottom.value == hi and (bottom.strict or high_open))
                        or (counting and any(running[number] is not None for number, _ in part_of[cell]))
                    ):
                        tighten(cell, reason, _HIGH)
                    else:
                        high[cell], high_generation[cell] = reason, 0
                        applied += 1
                        for number in watch[cell]:
                            if not queued[number]:
                                queued[number] = True
                                queue.append(number)
            if crossings and not explore:
                self.budget -= applied
                return False
        self.budget -= applied
        return True

    def _apply_each(self, bounds: Iterable[Scaled]) -> bool:
        """:meth:`_apply_bounds` with every bound through :meth:`_tighten` (inside a settle)."""
        low, high, tighten = self.low, self.high, self._tighten
        for claim, cell, lo, low_open, hi, high_open in bounds:
            if lo is not None:
                old = low[cell]
                if lo > old.value or (lo == old.value and low_open and not old.strict):
                    tighten(cell, Reason(lo, low_open, claim, (), -1), _LOW)
            if hi is not None:
                old = high[cell]
                if hi < old.value or (hi == old.value and high_open and not old.strict):
                    tighten(cell, Reason(hi, high_open, claim, (), -1), _HIGH)
            if self.crossings and not self.explore:
                return False
        return True

    def drop_totals(self) -> None:
        """Forget the sums' running totals and heaps of widths: a run kept for its bounds needs none."""
        self.running = [None] * len(self.constraints)

    def resume(self, run: Propagator, kept: set[int], tainted: dict[Reason, bool]) -> None:
        """Propagate ``kept`` claims from the bounds of ``run`` not ``tainted`` (see :meth:`without`).

        ``tainted`` says which of the run's bounds (and of those it refused at a crossing)
        rest on a claim left out. Call on a fresh propagator over the same model.
        """
        model = self.model
        self.wanted = kept
        self.active_shares = {n for n in run.active_shares if model.shares[n].claim in kept}
        self.active_differences = {n for n in run.active_differences if model.differences[n].claim in kept}
        low, high, tighten = self.low, self.high, self._tighten
        reset: set[int] = set()
        for cell, (old_low, old_high) in enumerate(zip(run.low, run.high, strict=True)):
            if tainted[old_low] or tainted[old_high]:
                reset.add(cell)
            if not tainted[old_low]:
                low[cell] = old_low
            if not tainted[old_high]:
                high[cell] = old_high
        # the other cells' bounds are the run's, which took their claims' in already: the kept claims'
        # bounds of the cells reset are found by cell (a few cells, of thousands), in claim order
        rows = self.ends.rows
        again = [row for row in map(rows.__getitem__, self.ends.positions(reset)) if row[0] in kept]
        if not self.ends.ordered:
            again.sort(key=itemgetter(0))  # (a stable sort: a claim's rows in their order, as in scaled)
        self._apply_bounds(again)
        # a bound refused at a crossing may cross a bound kept, or narrow a cell, once the bound it
        # crossed is gone: each one resting on no removed claim is offered again
        for crossing in run.crossings:
            cell, refused_low, refused_high = crossing.cell, crossing.low, crossing.high
            if not tainted[refused_low] and _tighter_low(refused_low.value, refused_low.strict, low[cell]):
                tighten(cell, refused_low, _LOW)
            if not tainted[refused_high] and _tighter_high(
                refused_high.value, refused_high.strict, high[cell]
            ):
                tighten(cell, refused_high, _HIGH)
        for cell in sorted(reset):
            for number in self.watch[cell]:
                self._enqueue(number)
        self._settle()

    def _watched(self, constraint: tuple[int, ...]) -> set[int]:
        """The cells whose bounds a constraint reads."""
        kind = constraint[0]
        if kind in (2, 3):
            return set(constraint[1:3])
        if kind == _AVERAGE:
            return {cell for count in constraint[1:] for cell in self.model.family[count]}
        return set(constraint[1:])

    def run(self, claims: Iterable[int] | None = None) -> bool:
        """Apply the claims' bounds (all when None) and propagate to a fixpoint.

        Returns:
            False when stopped by a crossing (not exploring) or by the budget, True at a fixpoint.
        """
        wanted = self.wanted = None if claims is None else set(claims)
        self.gone = None
        self.active_shares = {
            number
            for number, share in enumerate(self.model.shares)
            if wanted is None or share.claim in wanted
        }
        self.active_differences = {
            number
            for number, difference in enumerate(self.model.differences)
            if wanted is None or difference.claim in wanted
        }
        for number in sorted(self.active_shares):
            share = self.model.shares[number]
            if share.role == "own share":  # a share of a total says the total is not empty
                self._low(share.base, _ZERO, True, (), via=-1, claim=share.claim)  # noqa: FBT003
        if self.shares_of:  # so does a multiple or points of a rate, of both rates' totals
            relations: list[Share | Difference] = [self.model.shares[n] for n in sorted(self.active_shares)]
            relations += [self.model.differences[n] for n in sorted(self.active_differences)]
            for relation in relations:
                for cell in (relation.cell, relation.base):
                    found = self.shares_of.get(cell)
                    if found is not None:
                        self._low(found[1], _ZERO, True, (), via=-1, claim=relation.claim)  # noqa: FBT003
        bounds = self.scaled
        if wanted is not None:
            bounds = self._bounds_of(wanted)
        elif self.applied is not None and (self.explore or not self.applied[1]) and self._at_floors():
            bounds = self.applied[0]
        if not self._apply_bounds(bounds):
            return False
        # containments and sums over untouched cells (non-negative, unbounded) derive nothing: a bound a
        # claim set has already queued the constraints that watch its cell, so only the constraints
        # that carry claims of their own need queueing here
        for number in range(len(self.constraints)) if self.signed else self.claim_constraints:
            self._enqueue(number)  # cells below zero make sums of untouched cells say something
        return self._settle()

    def _at_floors(self) -> bool:
        """Whether every cell is at its floor and unbounded above (a fresh propagator's bounds)."""
        untouched_low, untouched_high = self.untouched
        return all(low is untouched_low for low in self.low) and all(
            high is untouched_high for high in self.high
        )

    def _bounds_of(self, wanted: set[int]) -> list[Scaled]:
        """The bounds of the ``wanted`` claims, in claim order: a pass over them all, or a bisection each."""
        if 4 * len(wanted) >= len(self.scaled):
            return [bound for bound in self.scaled if bound[0] in wanted]
        found: list[Scaled] = []
        scaled, claims = self.scaled, self.bound_claims
        for k in sorted(wanted):
            at = bisect_left(claims, k)
            while at < len(claims) and claims[at] == k:
                found.append(scaled[at])
                at += 1
        return found

    def _tightest_but(self, gone: set[int]) -> list[Scaled]:
        """The bounds of every claim but ``gone``, as the exact check needs them: few rows a cell.

        A cell no claim in ``gone`` bounds keeps its tightest ends (:attr:`tightest`: a value meets all
        of its bounds exactly when it meets those two); a cell one of them bounds keeps each row of
        the claims left, instead of a pass over every claim's bounds.
        """
        cells = {row[1] for row in self._bounds_of(gone)}
        if not cells:
            return self.tightest
        bounds = [row for row in self.tightest if row[1] not in cells]
        rows = self.ends.rows
        bounds += [row for row in map(rows.__getitem__, self.ends.positions(cells)) if row[0] not in gone]
        return bounds

    def _scaled(self, value: Fraction) -> int:
        """A fraction in scaled units: a whole number, as the scale is a multiple of its denominator."""
        return value.numerator * (self.scale // value.denominator)

    def real(self, value: Value) -> Fraction | float:
        """A bound's value in the model's units (bounds are kept multiplied by :attr:`scale`)."""
        if isinstance(value, float):
            return value
        return Fraction(value, self.scale) if isinstance(value, int) else value / self.scale

    def _enqueue(self, number: int) -> None:
        if not self.queued[number]:
            self.queued[number] = True
            self.queue.append(number)

    def _settle(self) -> bool:
        pending = self.pending
        try:
            while self.queue:
                if self.crossings and not self.explore:
                    return False
                if self.budget <= 0:
                    self.exhausted = True
                    return False
                number = self.queue.popleft()
                self.queued[number] = False
                self.revisions += 1
                self.now = pending[number] + 1
                pending[number] = 0
                self._revise(number)
            return not (self.crossings and not self.explore)
        finally:
            self.now = 0  # what is set outside a settle (a claim, a choice) is generation 0
            climbs = self.climbs
            for side, cell in self.climbed:
                climbs[side][cell] = 0
            self.climbed.clear()

    def _low(
        self,
        cell: int,
        value: Value,
        strict: bool,  # noqa: FBT001
        parents: tuple[Reason, ...],
        *,
        via: int,
        claim: int | None = None,
    ) -> None:
        if not self.reasons:  # a witness: whole numbers, or no fraction finer than _FINEST
            value, strict = _witness_bound(value, strict, _LOW, whole=self.whole)
        if _tighter_low(value, strict, self.low[cell]):
            self._tighten(cell, Reason(value, strict, claim, parents, via), _LOW)

    def _high(
        self,
        cell: int,
        value: Value,
        strict: bool,  # noqa: FBT001
        parents: tuple[Reason, ...],
        *,
        via: int,
        claim: int | None = None,
    ) -> None:
        if not self.reasons:  # a witness: whole numbers, or no fraction finer than _FINEST
            value, strict = _witness_bound(value, strict, _HIGH, whole=self.whole)
        if _tighter_high(value, strict, self.high[cell]):
            self._tighten(cell, Reason(value, strict, claim, parents, via), _HIGH)

    def _tighten(self, cell: int, reason: Reason, side: int) -> None:
        """Make ``reason`` the cell's bound on ``side`` (low or high), or record the crossing it makes.

        The one place a bound changes: it keeps the running totals of every sum the cell is a part of
        (the bound it replaces taken out, the new one put in) and queues the constraints reading the cell.
        """
        if side:
            bounds, low, high = self.high, self.low[cell], reason
        else:
            bounds, low, high = self.low, reason, self.high[cell]
        if _empty(low, high):
            self._cross(cell, low, high)
            return
        now, generations = self.now, self.generation[side]
        if now > generations[cell]:  # a later generation replaces the bound: count the climb
            climbs = self.climbs[side]
            if not climbs[cell]:
                self.climbed.append((side, cell))
            climbs[cell] += 1
            if climbs[cell] > CLIMBS:  # creeping round a cycle: leave the bound (sound, only looser)
                self.cut = True
                return
        generations[cell] = now
        self.budget -= 1
        old = bounds[cell]
        bounds[cell] = reason
        part_of = self.part_of[cell]
        running_of = self.running
        if part_of and any(running_of[number] is not None for number, _ in part_of):
            # only sums revised already keep totals: the others count theirs when first revised
            width = _width(low.value, high.value)
            at = 3 * side
            old_value, value = old.value, reason.value
            old_open, new_open = isinstance(old_value, float), isinstance(value, float)
            for number, index in part_of:
                running = self.running[number]
                if running is None:
                    continue  # not revised yet: its totals are counted when it first is
                totals, widths = running
                if old_open:
                    totals[at + 2] -= 1
                else:
                    totals[at] -= old_value
                    totals[at + 1] -= old.strict
                if new_open:
                    totals[at + 2] += 1
                else:
                    totals[at] += value
                    totals[at + 1] += reason.strict
                heappush(widths, (-width, index))
        pending, queued, queue = self.pending, self.queued, self.queue
        for number in self.watch[cell]:  # (_enqueue, inlined: the hottest loop)
            if now > pending[number]:  # noqa: PLR1730 - a comparison, not a call to max(), in the hottest loop
                pending[number] = now
            if not queued[number]:
                queued[number] = True
                queue.append(number)

    def _cross(self, cell: int, low: Reason, high: Reason) -> None:
        """Record a crossing; on a share cell, only once its total is known to be more than zero.

        A share's bounds hold wherever its total is not zero (a share of nobody is no number), so
        bounds that cannot meet prove the total empty, and a conflict only with a total that is not.
        """
        found = self.shares_of.get(cell)
        if found is None:
            self.crossings.append(Crossing(cell, low, high))
            return
        size = found[1]
        positive = self.low[size]
        if positive.value > 0 or positive.strict:
            # the claims behind the total's positivity belong to the conflict
            high = Reason(high.value, high.strict, high.claim, (*high.parents, positive), high.via)
            self.crossings.append(Crossing(cell, low, high))
            return
        self._high(size, _ZERO, False, (low, high), via=_EMPTY)  # noqa: FBT003

    def _revise_product(self, number: int, count: int, size: int, share: int) -> None:
        """``count = share·size`` (share in percent): each pair of bounds bounds the third."""
        m = self.percent
        s_low, s_high = self.low[share], self.high[share]
        n_low, n_high = self.low[size], self.high[size]
        c_low, c_high = self.low[count], self.high[count]
        # count >= share·size at the least of both
        strict = (s_low.strict and (n_low.value > 0 or n_low.strict)) or (n_low.strict and s_low.value > 0)
        self._low(count, s_low.value * m * n_low.value, strict, (s_low, n_low), via=number)
        if s_high.value == 0 and not s_high.strict:
            self._high(count, _ZERO, False, (s_high,), via=number)  # noqa: FBT003
        elif INF not in (s_high.value, n_high.value):
            strict = (s_high.strict and n_high.value > 0) or (n_high.strict and s_high.value > 0)
            self._high(count, s_high.value * m * n_high.value, strict, (s_high, n_high), via=number)
        # size >= count / share at its greatest; size <= count / share at its least
        if s_high.value != INF and s_high.value > 0:
            strict = c_low.strict or (s_high.strict and c_low.value > 0)
            self._low(size, c_low.value / (s_high.value * m), strict, (c_low, s_high), via=number)
        if s_low.value > 0 and c_high.value != INF:
            strict = c_high.strict or (s_low.strict and c_high.value > 0)
            self._high(size, c_high.value / (s_low.value * m), strict, (c_high, s_low), via=number)
        # the share is the count over the total, wherever the total is not zero
        if n_high.value != INF and n_high.value > 0:
            strict = c_low.strict or (n_high.strict and c_low.value > 0)
            self._low(share, c_low.value / (n_high.value * m), strict, (c_low, n_high), via=number)
        if n_low.value > 0 and c_high.value != INF:
            strict = c_high.strict or (n_low.strict and c_high.value > 0)
            self._high(share, c_high.value / (n_low.value * m), strict, (c_high, n_low), via=number)
        elif n_low.strict and c_high.value == 0:  # no count of a total above zero: a share of 0
            self._high(share, _ZERO, c_high.strict, (c_high, n_low), via=number)

    def _revise_average(self, number: int, whole: int, parts: Sequence[int]) -> None:
        """The whole's share is an average of its parts' shares, weighted by their totals."""
        family = self.model.family
        whole_share = family[whole][1]
        shares = [family[part][1] for part in parts]
        lows = [self.low[share] for share in shares]
        highs = [self.high[share] for share in shares]
        least = min(reason.value for reason in lows)
        strict = all(reason.strict or reason.value > least for reason in lows)
        self._low(whole_share, least, strict, tuple(lows), via=number)
        if all(reason.value != INF for reason in highs):
            most = max(reason.value for reason in highs)
            strict = all(reason.strict or reason.value < most for reason in highs)
            self._high(whole_share, most, strict, tuple(highs), via=number)
        # a part whose share could not reach the whole's bound without it carries the whole's bound
        whole_low, whole_high = self.low[whole_share], self.high[whole_share]
        for j, share in enumerate(shares):
            others_high = [reason for i, reason in enumerate(highs) if i != j]
            if others_high and all(
                reason.value != INF and reason.value <= whole_low.value for reason in others_high
            ):
                parents = (whole_low, *others_high)
                self._low(share, whole_low.value, whole_low.strict, parents, via=number)
            others_low = [reason for i, reason in enumerate(lows) if i != j]
            if (
                others_low
                and whole_high.value != INF
                and all(reason.value >= whole_high.value for reason in others_low)
            ):
                parents = (whole_high, *others_low)
                self._high(share, whole_high.value, whole_high.strict, parents, via=number)

    def _revise(self, number: int) -> None:
        constraint = self.constraints[number]
        kind = constraint[0]
        if kind == 0:
            a, b = constraint[1], constraint[2]
            low, high = self.low[a], self.high[b]
            self._low(b, low.value, low.strict, (low,), via=number)
            self._high(a, high.value, high.strict, (high,), via=number)
        elif kind == 1:
            self._revise_sum(number, constraint[1], self.sum_parts[number])
        elif kind == 2:
            if constraint[3] in self.active_shares:
                self._revise_share(number, constraint[1], constraint[2], constraint[3])
        elif kind == 3:
            if constraint[3] in self.active_differences:
                self._revise_difference(number, constraint[1], constraint[2], constraint[3])
        elif kind == _PRODUCT:
            self._revise_product(number, constraint[1], constraint[2], constraint[3])
        else:
            self._revise_average(number, constraint[1], constraint[2:])

    def _revise_sum(self, number: int, whole: int, parts: Sequence[int]) -> None:
        """``whole = Σ parts``: the whole within its parts' totals, each part within the whole less the rest.

        The whole is at least the sum of the parts' lows and at most the sum of their highs; a part is at
        least the whole's low less the others' highs and at most the whole's high less the others' lows.
        The sums come from running totals (:meth:`_running`), so revising after one part changed costs
        O(1), not O(parts). A part's derived low ``whole_low - (high_sum - own_high)`` is tighter than its
        own low only where its width ``own_high - own_low`` reaches ``high_sum - whole_low`` (likewise
        for highs with ``whole_high - low_sum``), so only the parts that wide are visited: the widest
        come off a heap of widths. Infinite ends are counted, not summed: a part's bound is derived only
        when every other part's end is finite (its own may be infinite: its width is then infinite too).
        """
        running = self.running[number]
        if running is None:
            running = self._running(number, parts)
        if not self.reasons:
            # one revision takes every cell of a sum to its range over the sum's solutions inside the
            # cells' bounds, and narrowing the cells to those ranges leaves the ranges as they were: what
            # a sum narrows need not queue the sum again (in a witness only: the search's work counts
            # the revisions of its tests, and stays as it was)
            self.queued[number] = True
            try:
                self._revise_sum_once(number, whole, parts, running)
            finally:
                self.queued[number] = False
                self.pending[number] = 0
            return
        self._revise_sum_once(number, whole, parts, running)

    def _revise_sum_once(self, number: int, whole: int, parts: Sequence[int], running: _Running) -> None:
        """One revision of a sum from its running totals (:meth:`_revise_sum`)."""
        totals, widths = running
        low_sum, low_strict, low_open, high_sum, high_strict, high_open = totals
        if not low_open and _tighter_low(low_sum, low_strict > 0, self.low[whole]):
            parents = self._getter(number, parts)(self.low) if self.reasons else ()
            self._tighten(whole, Reason(low_sum, low_strict > 0, None, parents, number), _LOW)
        if not high_open and _tighter_high(high_sum, high_strict > 0, self.high[whole]):
            parents = self._getter(number, parts)(self.high) if self.reasons else ()
            self._tighten(whole, Reason(high_sum, high_strict > 0, None, parents, number), _HIGH)
        whole_low, whole_high = self.low[whole].value, self.high[whole].value
        # the least width a part needs before the whole's bounds can narrow it (None: none can)
        need: Value | None = None
        if high_open <= 1 and not isinstance(whole_low, float) and (self.signed or whole_low > 0):
            need = INF if high_open else totals[3] - whole_low
        if low_open <= 1 and not isinstance(whole_high, float):
            reach = INF if low_open else whole_high - totals[0]
            need = reach if need is None or reach < need else need
        if need is None:
            return
        low, high = self.low, self.high
        # a part exactly ``need`` wide gets its own bound back, tighter only by an open end: with no
        # open end among the whole's bounds and the parts' (a witness's are all closed), it is passed
        # over, and a part a revision left at that width is not popped and pushed back on every one
        ties = need == INF or low_strict or high_strict or low[whole].strict or high[whole].strict
        wide: set[int] = set()
        while widths and (-widths[0][0] > need or (ties and -widths[0][0] == need)):
            negative, index = heappop(widths)
            part = parts[index]
            if _width(low[part].value, high[part].value) == -negative:  # else a part since narrowed
                wide.add(index)
        for index in sorted(wide):
            part = parts[index]
            before = low[part], high[part]
            self._narrow_part(number, whole, parts, index)
            if (self.low[part], self.high[part]) == before:  # a narrowed part's new width is pushed
                heappush(widths, (-_width(before[0].value, before[1].value), index))

    def _narrow_part(self, number: int, whole: int, parts: Sequence[int], index: int) -> None:
        """Narrow one part of a sum by the whole's bounds less the other parts' (from the totals)."""
        totals = self.running[number][0]  # type: ignore[index]
        part = parts[index]
        whole_low, whole_high = self.low[whole], self.high[whole]
        own_high = self.high[part]
        own_open = isinstance(own_high.value, float)
        if (
            totals[5] == own_open
            and not isinstance(whole_low.value, float)
            and (self.signed or whole_low.value > 0)
        ):
            value = whole_low.value - (totals[3] - (0 if own_open else own_high.value))
            strict = whole_low.strict or totals[4] - (own_high.strict and not own_open) > 0
            if (value > 0 or self.signed) and _tighter_low(value, strict, self.low[part]):
                parents: tuple[Reason, ...] = ()
                if self.reasons:
                    highs = self._getter(number, parts)(self.high)
                    parents = (whole_low, *highs[:index], *highs[index + 1 :])
                self._tighten(part, Reason(value, strict, None, parents, number), _LOW)
        own_low = self.low[part]  # (narrowed just now, perhaps: the totals count the new low)
        own_open = isinstance(own_low.value, float)
        if totals[2] == own_open and not isinstance(whole_high.value, float):
            value = whole_high.value - (totals[0] - (0 if own_open else own_low.value))
            strict = whole_high.strict or totals[1] - (own_low.strict and not own_open) > 0
            if _tighter_high(value, strict, self.high[part]):
                parents = ()
                if self.reasons:
                    lows = self._getter(number, parts)(self.low)
                    parents = (whole_high, *lows[:index], *lows[index + 1 :])
                self._tighten(part, Reason(value, strict, None, parents, number), _HIGH)

    def _running(self, number: int, parts: Sequence[int]) -> _Running:
        """A sum's running totals and heap of part widths, counted from the parts' bounds.

        The totals are ``[low_sum, low_strict, low_open, high_sum, high_strict, high_open]``: the sum of
        the parts' finite lows, how many of those are strict, how many lows are infinite (likewise for
        highs). :meth:`_tighten` keeps them (and pushes each new width) from then on. The heap holds
        ``(-width, index)`` for each part, and stale entries for parts narrowed since (a width only
        shrinks while bounds narrow, so an entry is current exactly when it equals the part's width).
        """
        getter = self._getter(number, parts)
        lows, highs = getter(self.low), getter(self.high)  # (gathered at C speed)
        # one pass: an infinite end is a float, a finite one a whole number or a fraction
        low_sum: Value = 0
        high_sum: Value = 0
        low_strict = low_open = high_strict = high_open = 0
        widths: list[tuple[Value, int]] = []
        append = widths.append
        for index, (low, high) in enumerate(zip(lows, highs, strict=True)):
            low_value, high_value = low.value, high.value
            if isinstance(low_value, float):
                low_open += 1
                append((-INF, index))
                if isinstance(high_value, float):
                    high_open += 1
                else:
                    high_sum += high_value
                    high_strict += high.strict
                continue
            low_sum += low_value
            low_strict += low.strict
            if isinstance(high_value, float):
                high_open += 1
                append((-INF, index))
                continue
            high_sum += high_value
            high_strict += high.strict
            append((low_value - high_value, index))
        totals: list[Value] = [low_sum, low_strict, low_open, high_sum, high_strict, high_open]
        heapify(widths)
        self.running[number] = running = (totals, widths)
        return running

    def _getter(self, number: int, parts: Sequence[int]) -> Callable[[list[Reason]], tuple[Reason, ...]]:
        """The bounds of a sum's parts, in order, read off a list of bounds at C speed."""
        getter = self.getters.get(number)
        if getter is None:
            if len(parts) == 1:
                only = parts[0]
                getter = self.getters[number] = lambda bounds: (bounds[only],)
            else:
                getter = self.getters[number] = cast(
                    "Callable[[list[Reason]], tuple[Reason, ...]]", operator.itemgetter(*parts)
                )
        return getter

    def _revise_share(self, number: int, cell: int, base: int, index: int) -> None:
        share = self.model.shares[index]
        claim, ratio = share.claim, share.share
        if cell == base:
            self._revise_own_share(number, cell, ratio, claim)
            return
        if self.signed and share.role != "count" and self.model.floor[base] < 0:
            self._revise_signed_share(number, cell, base, ratio, claim)
            return
        if self.whole:
            self._revise_whole_share(number, cell, base, ratio, claim)
        else:
            self._revise_plain_share(number, cell, base, ratio, claim)

    def _revise_plain_share(self, number: int, cell: int, base: int, ratio: Interval, claim: int) -> None:
        """``lo·base (<)<= cell (<)<= hi·base`` with a base at least zero: each side bounds the other."""
        base_low, base_high = self.low[base], self.high[base]
        cell_low, cell_high = self.low[cell], self.high[cell]
        # cell >= ratio.lo * base: the least base gives the least cell
        strict = ratio.low_open or (base_low.strict and ratio.lo > 0)
        least = _ZERO if ratio.lo == 0 else ratio.lo * base_low.value  # 0 times an unbounded base is 0
        self._low(cell, least, strict, (base_low,), via=number, claim=claim)
        if ratio.hi != INF:
            if ratio.hi == 0 or base_high.value != INF:
                value = _ZERO if ratio.hi == 0 else ratio.hi * base_high.value
                strict = ratio.high_open or (base_high.strict and ratio.hi > 0)
                self._high(cell, value, strict, (base_high,), via=number, claim=claim)
            if ratio.hi > 0:
                strict = ratio.high_open or cell_low.strict
                self._low(base, cell_low.value / ratio.hi, strict, (cell_low,), via=number, claim=claim)
        if ratio.lo > 0 and cell_high.value != INF:
            strict = ratio.low_open or cell_high.strict
            self._high(base, cell_high.value / ratio.lo, strict, (cell_high,), via=number, claim=claim)

    def _revise_whole_share(self, number: int, cell: int, base: int, ratio: Interval, claim: int) -> None:
        """:meth:`_revise_plain_share` in a whole-number witness (:attr:`whole`), in whole numbers.

        The same bounds in the same order as the plain revision derives and :func:`_inward` rounds,
        each product or quotient of a bound and a factor's end found by one integer division instead of
        a fraction rounded after: a bound that is not whole is rounded inward (up for a lower bound,
        down for an upper) and closed, a whole one keeps its open end for :func:`_inward` to close.
        """
        base_low, base_high = self.low[base], self.high[base]
        cell_low, cell_high = self.low[cell], self.high[cell]
        lo, hi = ratio.lo, ratio.hi
        if lo == 0:
            self._low(cell, _ZERO, ratio.low_open, (base_low,), via=number, claim=claim)
        else:
            top, bottom = cast("Fraction", lo).as_integer_ratio()
            strict = ratio.low_open or base_low.strict
            value, strict = _ratio_whole(top * base_low.value, bottom, strict, _LOW)
            self._low(cell, value, strict, (base_low,), via=number, claim=claim)
        if hi != INF:
            top, bottom = cast("Fraction", hi).as_integer_ratio()
            if top == 0:
                self._high(cell, _ZERO, ratio.high_open, (base_high,), via=number, claim=claim)
            elif base_high.value != INF:
                strict = ratio.high_open or base_high.strict
                value, strict = _ratio_whole(top * base_high.value, bottom, strict, _HIGH)
                self._high(cell, value, strict, (base_high,), via=number, claim=claim)
            if top > 0:
                strict = ratio.high_open or cell_low.strict
                value, strict = _ratio_whole(bottom * cell_low.value, top, strict, _LOW)
                self._low(base, value, strict, (cell_low,), via=number, claim=claim)
        if lo > 0 and cell_high.value != INF:
            top, bottom = cast("Fraction", lo).as_integer_ratio()
            strict = ratio.low_open or cell_high.strict
            value, strict = _ratio_whole(bottom * cell_high.value, top, strict, _HIGH)
            self._high(base, value, strict, (cell_high,), via=number, claim=claim)

    def _revise_difference(self, number: int, cell: int, base: int, index: int) -> None:
        """``cell = base + d`` with ``d`` in the claim's offset: each side bounds the other."""
        difference = self.model.differences[index]
        claim, offset = difference.claim, difference.offset
        base_low, base_high = self.low[base], self.high[base]
        cell_low, cell_high = self.low[cell], self.high[cell]
        if isinstance(offset.lo, Fraction):
            a = self._scaled(offset.lo)
            strict = offset.low_open or base_low.strict
            self._low(cell, base_low.value + a, strict, (base_low,), via=number, claim=claim)
            if cell_high.value != INF:
                strict = offset.low_open or cell_high.strict
                self._high(base, cell_high.value - a, strict, (cell_high,), via=number, claim=claim)
        if isinstance(offset.hi, Fraction):
            b = self._scaled(offset.hi)
            if base_high.value != INF:
                strict = offset.high_open or base_high.strict
                self._high(cell, base_high.value + b, strict, (base_high,), via=number, claim=claim)
            strict = offset.high_open or cell_low.strict
            self._low(base, cell_low.value - b, strict, (cell_low,), via=number, claim=claim)

    def _revise_signed_share(self, number: int, cell: int, base: int, ratio: Interval, claim: int) -> None:
        """``cell`` a multiple of a ``base`` that may be below zero: every product of a factor and a base.

        Below zero the factor's ends swap (``hi·base (<)<= cell (<)<= lo·base``: losses that "more than
        doubled" from -€100m are below -€200m), so the cell's bounds are those of the product of the
        two intervals, and the base's those of the cell divided by the factor (see :func:`_times`).
        """
        low, high = self.low, self.high
        for bound, value, strict, parents in _times(low[base], high[base], ratio):
            if bound:
                self._high(cell, value, strict, parents, via=number, claim=claim)
            else:
                self._low(cell, value, strict, parents, via=number, claim=claim)
        for bound, value, strict, parents in _divided(low[cell], high[cell], ratio):
            if bound:
                self._high(base, value, strict, parents, via=number, claim=claim)
            else:
                self._low(base, value, strict, parents, via=number, claim=claim)

    def _revise_own_share(self, number: int, cell: int, ratio: Interval, claim: int) -> None:
        """A share of the cell's own value: ``x`` between ``lo·x`` and ``hi·x``, decided exactly.

        Iterating ``x <= hi·x`` with ``hi < 1`` would only approach zero; solving it says ``x <= 0``.
        A cell that may be below zero is a multiple of itself exactly when it is zero or the factor
        may be 1 (below zero the ends swap, and ``hi·x <= x <= lo·x`` says ``lo <= 1 <= hi`` again).
        """
        if self.model.floor[cell] < 0:
            if not ratio.contains_value(1):  # zero then, which an open end does not allow either
                strict = ratio.low_open or (ratio.high_open and ratio.hi != INF)
                self._low(cell, _ZERO, strict, (), via=number, claim=claim)
                self._high(cell, _ZERO, strict, (), via=number, claim=claim)
            return
        # x <= hi·x is (1 - hi)·x <= 0; x < hi·x is (1 - hi)·x < 0; no upper end says nothing
        if ratio.hi == INF:
            pass
        elif ratio.high_open:
            if ratio.hi > 1:
                self._low(cell, _ZERO, True, (), via=number, claim=claim)  # noqa: FBT003
            else:
                self._high(cell, _ZERO, True, (), via=number, claim=claim)  # noqa: FBT003
        elif ratio.hi < 1:
            self._high(cell, _ZERO, False, (), via=number, claim=claim)  # noqa: FBT003
        # x >= lo·x is (lo - 1)·x <= 0; x > lo·x is (1 - lo)·x > 0
        if ratio.low_open:
            if ratio.lo < 1:
                self._low(cell, _ZERO, True, (), via=number, claim=claim)  # noqa: FBT003
            else:
                self._high(cell, _ZERO, True, (), via=number, claim=claim)  # noqa: FBT003
        elif ratio.lo > 1:
            self._high(cell, _ZERO, False, (), via=number, claim=claim)  # noqa: FBT003

    def witness(
        self, order: Sequence[int], *, sparse: bool = False, closed: bool = False, whole: bool = False
    ) -> list[Fraction] | None:
        """Fix the cells in ``order`` one at a time, propagating after each; return the values.

        Call at a fixpoint with no crossing. Returns None when a choice leads to a crossing or the budget
        runs out (the constraints may still be satisfiable; an exact LP decides then). The bounds are
        put back as they were either way, so another order can be tried.

        Shares of a cell's own total that meet in a sum (a weighted average over a partition) are left
        to the LP at once: choosing one total there starts a narrowing that only converges in the limit.

        With ``sparse``, cells nothing has narrowed are passed over (and taken up again once a choice
        narrows them); those still untouched at the end take their least value. A few claims on a
        large model then fix only the cells they reach. The values are checked exactly either way.

        With ``closed``, every open end is first closed half a unit inside it, in doubled units
        (:meth:`_close`), so each cell's bounds hold a whole number and the choices, and the sums of
        them, stay whole numbers where nothing derives a fraction (a choice between two whole numbers
        would turn every sum it enters into slow fractions). With ``whole`` too, the witness looks for
        whole numbers only: every bound derived after, a multiple's or a difference's as much as a
        sum's, is rounded inward to the whole numbers it allows (:func:`_inward`), so no fraction
        enters at all (nor grows longer round a cycle of multiples). Each narrows the cells a little
        (``whole`` misses a witness that needs a fraction: 1.5 times an odd number), so a witness it
        misses may still exist without it. ``whole`` is passed over on a model with counts, totals and
        shares of their own cell: their product needs fractions.
        """
        if self._averages():
            return None
        saved = (list(self.low), list(self.high), self.budget, self.scale, self.percent)
        generations = (list(self.generation[0]), list(self.generation[1]))
        # a choice's consequences are never explained, and a sum's reasons would hold all its parts'
        self.reasons = False
        try:
            if closed and not self._close(whole=whole and not self.model.family):
                return None
            values = self._witness(order, sparse=sparse)
            if values is None or not self.meets(values, self.scale // saved[3]):
                return None
            found: list[Fraction] = []
            for value in values:
                real = self.real(value)
                if isinstance(real, float):  # pragma: no cover - lower bounds are never infinite
                    return None
                found.append(real)
            return found
        finally:
            self.reasons = True
            self.whole = False
            self.low, self.high, self.budget = saved[0], saved[1], saved[2]
            self.generation = generations
            self.pending = [0] * len(self.constraints)
            self.scale, self.percent = saved[3], saved[4]
            self.running = [None] * len(self.constraints)  # counted again from the bounds put back
            self.crossings = []
            self.queue.clear()
            self.queued = [False] * len(self.constraints)

    def _close(self, *, whole: bool) -> bool:
        """Double the scale and close every open end half a unit inside it; False on a crossing.

        In the doubled units an open lower end ``a`` becomes the closed ``2a + 1``, an open upper end
        ``b`` the closed ``2b - 1``: the new bounds are inside the old, so values that meet them meet the
        old bounds too, and a closed range with whole ends holds a whole number. Unbounded ends stay.
        With ``whole``, a fractional end is rounded inward to a whole number too, and so is every bound
        set until the witness ends (:attr:`whole`).

        Doubling every bound keeps a fixpoint a fixpoint (every constraint but the claims' bounds and
        the differences is homogeneous, and those are read in the doubled units), so only the
        constraints reading a cell whose bound moved further are revised again (all of them where the
        run was cut short of a fixpoint).
        """
        self.scale *= 2
        self.percent = Fraction(1, 100 * self.scale)
        self.running = [None] * len(self.constraints)
        moved: set[int] = set()
        for side, bounds in ((_LOW, self.low), (_HIGH, self.high)):
            step = -1 if side else 1
            for cell, reason in enumerate(bounds):
                value = reason.value
                if isinstance(value, float) or (value == 0 and not reason.strict):
                    continue  # unbounded, or zero (the same in any units; untouched cells stay so)
                if whole and not isinstance(value, int):
                    value, _ = _inward(2 * value, reason.strict, side)
                    moved.add(cell)
                elif reason.strict:
                    value = 2 * value + step
                    moved.add(cell)
                else:
                    value = 2 * value
                bounds[cell] = Reason(value, False)  # noqa: FBT003
        self.whole = whole
        for cell in moved:
            if _empty(self.low[cell], self.high[cell]):
                return False
        if self.cut:
            for number in range(len(self.constraints)):
                self._enqueue(number)
        else:
            for cell in sorted(moved):
                for number in self.watch[cell]:
                    self._enqueue(number)
        return self._settle() and not self.crossings

    def _averages(self) -> bool:
        """Whether a share of a cell's own total has its cell in a sum (an average over parts)."""
        if not any(share.role == "own share" for share in self.model.shares):
            return False
        summed = {cell for whole, parts in self.model.sums for cell in (whole, *parts)}
        return any(share.role == "own share" and share.cell in summed for share in self.model.shares)

    def _witness(self, order: Sequence[int], *, sparse: bool) -> list[Value] | None:
        """Fix the cells; their values in the propagator's units (checked by :meth:`meets` after)."""
        untouched_low, untouched_high = self.untouched
        pending = order
        while pending:
            passed: list[int] = []
            for cell in pending:
                low, high = self.low[cell], self.high[cell]
                if low.value == high.value:
                    continue
                if sparse and low is untouched_low and high is untouched_high and not self.signed:
                    passed.append(cell)
                    continue
                choice = _pick(low, high)
                fixed = Reason(choice, False, None, (), _CHOICE)  # noqa: FBT003 - as chosen, never rounded
                if _tighter_low(choice, False, low):  # noqa: FBT003
                    self._tighten(cell, fixed, _LOW)
                if _tighter_high(choice, False, self.high[cell]):  # noqa: FBT003
                    self._tighten(cell, fixed, _HIGH)
                if self.crossings or not self._settle():
                    return None
            if len(passed) == len(pending):
                break  # what is left is untouched: each takes its least value
            pending = passed
        return [low.value for low in self.low]

    def meets(self, values: Sequence[Value], factor: int) -> bool:
        """Whether values in the propagator's units meet every constraint of the claims run, exactly.

        The test :func:`satisfies` makes, on the values times the scale: a claim's bound in scaled units
        is its end times the scale (a whole number), times ``factor`` where the witness doubled the
        units; an offset is read in the units as they are; the rest (sums, containments, shares, rates'
        totals) is homogeneous and tested by the same code as :func:`satisfies` tests it. So the values
        meet these exactly when the values over the scale meet the model's, and whole numbers compare
        much faster than fractions.
        """
        if self.signed:
            for value, floor in zip(values, self.floors, strict=True):
                if value < floor.value * factor:
                    return False
        elif min(values, default=0) < 0:
            return False
        # a value meets all of a cell's bounds exactly when it meets the greatest lower end and the least
        # upper end among them
        if self.wanted is None:
            bounds = self.tightest
        elif self.gone is not None:
            bounds = self._tightest_but(self.gone)
        else:
            bounds = self._bounds_of(self.wanted)
        for _, cell, lo, low_open, hi, high_open in bounds:
            value = values[cell]
            if lo is not None and (value < lo * factor or (low_open and value == lo * factor)):
                return False
            if hi is not None and (value > hi * factor or (high_open and value == hi * factor)):
                return False
        for number in self.active_differences:
            item = self.model.differences[number]
            offset, difference = item.offset, values[item.cell] - values[item.base]
            if isinstance(offset.lo, Fraction):
                lo = self._scaled(offset.lo)
                if difference < lo or (offset.low_open and difference == lo):
                    return False
            if isinstance(offset.hi, Fraction):
                hi = self._scaled(offset.hi)
                if difference > hi or (offset.high_open and difference == hi):
                    return False
        return _homogeneous_hold(self.model, values, self.wanted, self.percent)


#: A bound a multiple derives: (upper or not, value, strict, the bounds it rests on).
_Derived = tuple[bool, Value, bool, tuple[Reason, ...]]


def _times(low: Reason, high: Reason, ratio: Interval) -> list[_Derived]:
    """The least and greatest products of a base between ``low`` and ``high`` and a factor in ``ratio``.

    The factor is at least zero: the least product takes the factor's low end where the base's least
    is at least zero and its high end below; the greatest, its high end where the base's greatest is
    above zero and its low end at or below. An end is strict where the factor's end or the base's is
    (the base's only where the factor's end is not zero: zero times anything is zero). An unbounded
    product is no bound.
    """
    found: list[_Derived] = []
    for upper, reason in ((False, low), (True, high)):
        value = reason.value
        if isinstance(value, float):
            if ratio.hi == 0:  # a factor of exactly zero: zero whatever the base, unbounded or not
                found.append((upper, _ZERO, False, (reason,)))
            continue
        if upper and value == 0:  # at most zero: zero times a factor, or a factor times a base below it
            if not reason.strict and ratio.hi == INF:
                continue  # an unbounded factor of a base of zero bounds nothing
            reached = (not reason.strict and not ratio.high_open) or (ratio.lo == 0 and not ratio.low_open)
            found.append((upper, _ZERO, not reached, (reason,)))
            continue
        # the factor's end that makes this end of the product extreme
        takes_high = (value < 0) != upper
        end, open_end = (ratio.hi, ratio.high_open) if takes_high else (ratio.lo, ratio.low_open)
        if end == INF:  # no bound: an unbounded factor of a base that may be (at most) zero
            continue
        factor = cast("Fraction", end)
        # (a base of exactly zero makes zero whatever the factor: the factor's open end leaves it reached)
        strict = (open_end and (value != 0 or reason.strict)) or (reason.strict and factor != 0)
        found.append((upper, _ZERO if factor == 0 else factor * value, strict, (reason,)))
    return found


def _divided(low: Reason, high: Reason, ratio: Interval) -> list[_Derived]:
    """The base's bounds from a multiple's ``low`` and ``high``: the multiple divided by the factor.

    Where the factor may be zero, a multiple of zero says nothing of its base, so only a multiple that
    is surely above (below) zero bounds it, from above (below) by the multiple over the factor's high end.
    """
    found: list[_Derived] = []
    lo, hi = ratio.lo, ratio.hi
    if lo == 0:
        if hi == INF:
            return found
        factor = cast("Fraction", hi)
        if factor == 0:
            return found
        least, most = low.value, high.value
        if not isinstance(least, float) and (least > 0 or (least == 0 and low.strict)):
            found.append((False, least / factor, low.strict or ratio.high_open, (low,)))
        if not isinstance(most, float) and (most < 0 or (most == 0 and high.strict)):
            found.append((True, most / factor, high.strict or ratio.high_open, (high,)))
        return found
    for upper, reason in ((False, low), (True, high)):
        value = reason.value
        if isinstance(value, float):
            continue
        # dividing by the factor's high end gives the least quotient of a multiple at least zero
        takes_high = (value >= 0) != upper
        if takes_high:
            if hi == INF:
                # a multiple over an unbounded factor comes near zero; a base of exactly zero takes the
                # rows of a base at least zero, where an unbounded factor bounds nothing above ("more than
                # half of 0" is any figure at least 0, as _times reads it): so a multiple above zero says
                # the base is at least zero, and only one below zero that it is below zero
                found.append((upper, _ZERO, upper, (reason,)))
                continue
            end, open_end = cast("Fraction", hi), ratio.high_open
        else:
            end, open_end = cast("Fraction", lo), ratio.low_open
        strict = reason.strict or (open_end and value != 0)
        found.append((upper, value / end, strict, (reason,)))
    return found


def _pick(low: Reason, high: Reason) -> Value:
    """A value inside the bounds: a whole number near the middle where one fits, else the middle."""
    lo, hi = low.value, high.value
    if lo == -INF:  # a signed cell with no lower bound
        if hi == INF:
            return _ZERO
        return hi - 1 if high.strict else hi
    if hi == INF:
        return lo + 1 if low.strict else lo
    if type(lo) is int and type(hi) is int:  # whole ends: no fraction made (the middle rounded to even)
        half, odd = divmod(lo + hi, 2)
        wholes: tuple[int, ...] = (half,)
        if odd:  # the middle is half + 1/2: round() takes the even one first
            wholes = (half, half + 1) if half % 2 == 0 else (half + 1, half)
        middle: Value = Fraction(lo + hi, 2)
    else:
        middle = Fraction(lo) + (Fraction(hi) - Fraction(lo)) / 2
        wholes = (round(middle), math.floor(middle), math.ceil(middle))
    # the whole number nearest the middle, or the one on either side of it (a closed end of a bound one
    # wide): a fraction chosen once would make every sum it enters a fraction, and slow to add
    for whole in wholes:
        above = lo < whole or (whole == lo and not low.strict)
        if above and (whole < hi or (whole == hi and not high.strict)):
            return whole
    return middle


def satisfies(model: Model, values: Sequence[Fraction], claims: Iterable[int] | None = None) -> bool:
    """Check every constraint of ``model`` exactly against ``values`` (only ``claims``' when given)."""
    wanted = None if claims is None else set(claims)
    if any(value < floor for value, floor in zip(values, model.floor, strict=True)):
        return False
    for bound in model.bounds:
        if (wanted is None or bound.claim in wanted) and not bound.interval.contains_value(
            values[bound.cell]
        ):
            return False
    for difference in model.differences:
        if (wanted is None or difference.claim in wanted) and not difference.offset.contains_value(
            values[difference.cell] - values[difference.base]
        ):
            return False
    return _homogeneous_hold(model, values, wanted, _PERCENT)


#: A share cell's value (in percent) times this times its total is its count, in the model's units.
_PERCENT: Final = Fraction(1, 100)


def _homogeneous_hold(
    model: Model, values: Sequence[Value], wanted: set[int] | None, percent: Fraction
) -> bool:
    """Whether the constraints that hold in any units hold: containments, sums, shares, rates' totals.

    None of these changes when every value is multiplied by one positive number, so the same test
    serves :func:`satisfies` (values in the model's units) and :meth:`Propagator.meets` (values in the
    propagator's scaled units), which each test the claims' bounds, floors and offsets in their units.
    The one product, a related rate's tie to its count and total (``count = rate·percent·total``), is
    tested with ``percent`` in the values' units: 1/100 in the model's, ``1/(100·scale)`` scaled.
    """
    if any(values[a] > values[b] for a, b in model.les):
        return False
    value = values.__getitem__  # (each sum's parts read and added at C speed)
    if any(value(whole) != sum(map(value, parts)) for whole, parts in model.sums):
        return False
    if model.family:  # a multiple or points of a rate: both rates' totals are not empty, each rate x/n
        owners = {share: (count, size) for count, (size, share) in model.family.items()}
        relations: list[Share | Difference] = [*model.shares, *model.differences]
        for relation in relations:
            if (wanted is None or relation.claim in wanted) and not _rates_hold(
                values, owners, relation, percent
            ):
                return False
    for share in model.shares:
        if wanted is not None and share.claim not in wanted:
            continue
        ratio = share.share
        base, cell = values[share.base], values[share.cell]
        if share.role == "own share" and base <= 0:
            return False
        if base < 0 and share.role != "count":  # a multiple's ends swap: hi·base (<)<= cell (<)<= lo·base
            most = ratio.lo * base
            if cell > most or (ratio.low_open and cell == most):
                return False
            if ratio.hi != INF:
                least = ratio.hi * base
                if cell < least or (ratio.high_open and cell == least):
                    return False
            continue
        lo = ratio.lo * base
        if cell < lo or (ratio.low_open and cell == lo):
            return False
        if ratio.hi != INF:
            hi = ratio.hi * base
            if cell > hi or (ratio.high_open and cell == hi):
                return False
    return True


def _rates_hold(
    values: Sequence[Value],
    owners: dict[int, tuple[int, int]],
    relation: Share | Difference,
    percent: Fraction,
) -> bool:
    """Whether the rates a multiple or points relate are of totals not empty, each its count over its total.

    A rate of nobody says nothing, and a rate's value is tied to its count and total by a product
    (``count = rate·percent·total``) that the relation's linear rows leave out.
    """
    for cell in (relation.cell, relation.base):
        found = owners.get(cell)
        if found is not None:
            count, size = found
            if values[size] <= 0 or values[count] != values[cell] * percent * values[size]:
                return False
    return True
