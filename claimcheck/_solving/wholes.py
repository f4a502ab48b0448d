"""The witness's choices in whole numbers over sums and containments, on plain lists of ends.

The engine's witness first looks for whole numbers with every end closed
(:meth:`Propagator.witness <claimcheck._solving.propagate.Propagator.witness>` with ``whole``): each
bound is then a whole number or unbounded, none is open, and no reason is kept. Where the constraints
the test runs are only containments and sums (a hierarchy's background: no share, multiple, difference
or count with a total of its own), the closing of the ends (``Propagator._close``), the choices and the
propagation after each need nothing else, so they run here on two lists of ends and a running total per
sum, not on :class:`~claimcheck._solving.propagate.Reason` objects: the same choices in the same order,
the same fixpoint after each (propagation by sums and containments narrows to the one greatest fixpoint
inside the bounds, whatever the order of its revisions), at about half the instructions. The values
only propose: the propagator checks them exactly after
(:meth:`~claimcheck._solving.propagate.Propagator.meets`), as it checks the general witness's.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections import deque
from fractions import Fraction
from heapq import heapify, heappop, heappush
from typing import TYPE_CHECKING

from claimcheck._values.interval import INF

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimcheck._solving.propagate import Propagator, Reason

__all__ = ["applies", "holds", "witness"]

#: A bound: a whole number, or ±inf.
End = int | float
#: A sum's running totals ``[low sum, infinite lows, high sum, infinite highs]`` and its heap of widths.
_Running = tuple[list[End], list[tuple[End, int]] | None]


class _DeadEnd(Exception):  # noqa: N818 - a signal, not an error
    """A choice crossed a cell's bounds, or the budget ran out: this order finds no witness."""


def witness(
    prover: Propagator, order: Sequence[int], *, sparse: bool, levels: Sequence[Sequence[int]] | None = None
) -> list[Fraction] | None:
    """``prover.witness(order, sparse=sparse, closed=True, whole=True)`` where :func:`applies`.

    The same values (or None where that finds none), found on plain lists and checked exactly by the
    prover's :meth:`~claimcheck._solving.propagate.Propagator.meets` in doubled units, as it checks its
    own. Call at a fixpoint with no crossing; the prover is left as it was.

    With ``levels`` (each cell's depth in each facet), the sums far above the choices are held back
    while the parts of one sum are chosen (:meth:`_Choices.run`): other values, checked exactly all the
    same; where that meets a dead end after holding a sum back, the walk above runs as well.
    """
    values = _found(prover, order, sparse=sparse, levels=levels)
    if values is None:
        return None
    scale = 2 * prover.scale
    return [Fraction(value, scale) for value in values]


def holds(
    prover: Propagator, order: Sequence[int], *, sparse: bool, levels: Sequence[Sequence[int]] | None = None
) -> bool:
    """Whether :func:`witness` finds a witness (checked exactly as it checks it), making no fraction."""
    return _found(prover, order, sparse=sparse, levels=levels) is not None


def _found(
    prover: Propagator, order: Sequence[int], *, sparse: bool, levels: Sequence[Sequence[int]] | None
) -> list[int] | None:
    """The witness's values in the prover's doubled units, checked exactly (None: none found)."""
    if prover._averages():  # noqa: SLF001 - the witness's own refusal, asked of the same model
        return None
    if levels is not None:
        values, held = _attempt(prover, order, sparse=sparse, levels=levels)
        if values is not None or not held:
            return values
    return _attempt(prover, order, sparse=sparse, levels=None)[0]


def _attempt(
    prover: Propagator, order: Sequence[int], *, sparse: bool, levels: Sequence[Sequence[int]] | None
) -> tuple[list[int] | None, bool]:
    """One witness on plain lists in doubled units, checked exactly, and whether it held a sum back."""
    choices = _Choices(prover, levels)
    try:
        choices.close()
        values = choices.run(order, sparse=sparse)
    except _DeadEnd:
        return None, choices.deferred
    finally:
        prover.revisions += choices.revisions  # the work a witness does counts, as the prover's own
    if any(isinstance(value, float) for value in values) or not prover.meets(values, 2):
        return None, choices.deferred  # (a lower end left unbounded: never chosen so, but no value either)
    return [int(value) for value in values], choices.deferred


def applies(prover: Propagator) -> bool:
    """Whether the test under way constrains only by bounds, containments and sums (no claim relates)."""
    return not (prover.active_shares or prover.active_differences or prover.model.family)


def _closed(bounds: Sequence[Reason], side: int) -> tuple[list[End], set[int]]:
    """One side's ends in doubled units, each closed half a unit inside and whole (as ``_close`` does).

    An open lower end ``a`` becomes ``2a + 1``, an open upper end ``b`` becomes ``2b - 1``; a fraction is
    rounded inward to the whole number it allows. Returns the ends and the cells whose end moved further
    than doubling takes it.
    """
    ends: list[End] = []
    append = ends.append
    moved: set[int] = set()
    step = -1 if side else 1
    for cell, reason in enumerate(bounds):
        value = reason.value
        if isinstance(value, int):
            if reason.strict:
                append(2 * value + step)
                moved.add(cell)
            else:
                append(2 * value)
            continue
        if isinstance(value, float):
            append(value)
            continue
        doubled = 2 * value
        if doubled.denominator != 1:
            append(math.floor(doubled) if side else math.ceil(doubled))
        else:
            append(doubled.numerator + step if reason.strict else doubled.numerator)
        moved.add(cell)
    return ends, moved


def _width(low: End, high: End) -> End:
    return INF if isinstance(high, float) or isinstance(low, float) else high - low


#: Sums of at most this many parts are revised by a look at each part, with no heap of widths to keep.
_FEW_PARTS = 4


class _Choices:
    """Two lists of ends and the sums' running totals, narrowed by each choice to a fixpoint."""

    def __init__(self, prover: Propagator, levels: Sequence[Sequence[int]] | None = None) -> None:
        untouched_low, untouched_high = prover.untouched
        #: the cells some bound narrows (the sparse witness passes over the others)
        self.touched = bytearray(
            low is not untouched_low or high is not untouched_high
            for low, high in zip(prover.low, prover.high, strict=True)
        )
        self.low, moved = _closed(prover.low, 0)
        self.high, moved_high = _closed(prover.high, 1)
        moved.update(moved_high)
        self.signed = prover.signed
        self.constraints = prover.constraints
        self.sum_parts = prover.sum_parts
        self.part_of = prover.part_of
        self.watch = prover.watch
        #: each sum's running totals ``[low sum, infinite lows, high sum, infinite highs]`` and its heap
        #: of widths (None for a sum of a few parts, whose parts are looked at each revision)
        self.running: list[_Running | None] = [None] * len(self.constraints)
        self.queue: deque[int] = deque()
        self.queued = bytearray(len(self.constraints))
        self.budget = prover.budget
        #: the constraints revised, as the prover counts its own (the search's work counts them)
        self.revisions = 0
        self.moved = moved
        self.cut = prover.cut
        #: each cell's depth in each facet, where sums far above the choices are held back (see run)
        self.levels = levels
        #: while a sum's parts are chosen: each cell's depth in the facet it sums, and its whole's depth
        #: there (sums whose whole lies above that wait, in ``held``, until the choices move on)
        self.near: tuple[Sequence[int], int] | None = None
        self.columns: dict[int, list[int]] = {}  # each cell's depth in one facet, by facet
        self.held: list[int] = []
        self.holding = bytearray(len(self.constraints))
        self.deferred = False  # whether a sum was ever held back
        self.groups: dict[int, int] = {}  # each chosen cell's largest sum (:meth:`_group`)

    def close(self) -> None:
        """Revise what the closing moved, to the fixpoint in doubled units (as ``Propagator._close``)."""
        for cell in self.moved:
            if self.low[cell] > self.high[cell]:
                raise _DeadEnd
        # the bounds were a fixpoint in the units before (unless a creeping bound was cut): doubled, they
        # still are, so only what reads a cell whose end moved further is revised
        queued, queue = self.queued, self.queue
        readers: Sequence[int] = range(len(self.constraints))
        if not self.cut:
            readers = [number for cell in sorted(self.moved) for number in self.watch[cell]]
        for number in readers:
            if not queued[number]:
                queued[number] = 1
                queue.append(number)
        self._settle()

    def run(self, order: Sequence[int], *, sparse: bool) -> list[End]:
        """Fix the cells in ``order`` one at a time, propagating after each; return the values.

        With :attr:`levels`, a run of choices among the parts of one sum (the largest each cell is a
        part of: the order keeps a sum's parts together) propagates at once only through the sums whose
        whole lies no higher than that sum's own in the facet it adds up over (its block of the grid:
        the sums crossing it and the sums of their wholes); the sums above wait until the choices move
        on to another sum, and are then revised once, to the fixpoint, before the next choice. The walk
        revises them after every choice (a choice of a district's figure narrows each whole above it,
        in both facets): the choices are the same kind, made on bounds less narrowed, and the values
        are checked exactly after, as always.
        """
        low, high, touched = self.low, self.high, self.touched
        levels = self.levels
        lazy = sparse and not self.signed
        group = -1
        pending = order
        while pending:
            passed: list[int] = []
            for cell in pending:
                lo, hi = low[cell], high[cell]
                if lo == hi:
                    continue
                if lazy and not touched[cell]:
                    passed.append(cell)
                    continue
                if levels is not None:
                    chosen = self._group(cell)
                    if chosen != group:
                        group = chosen
                        self._release()
                        self.near = self._near(chosen)
                        lo, hi = low[cell], high[cell]
                        if lo == hi:
                            continue
                self._fix(cell, _pick(lo, hi))
                self._settle()
            self._release()
            group = -1
            if len(passed) == len(pending):
                break  # what is left is untouched: each takes its least value
            pending = passed
        return low

    def _group(self, cell: int) -> int:
        """The largest sum the cell is a part of (-1: none)."""
        best = self.groups.get(cell)
        if best is None:
            best, size = -1, 0
            for number, _ in self.part_of[cell]:
                parts = len(self.sum_parts[number])
                if parts > size:
                    best, size = number, parts
            self.groups[cell] = best
        return best

    def _near(self, number: int) -> tuple[Sequence[int], int] | None:
        """Each cell's depth in the facet sum ``number`` adds up over, and its whole's (None: no sum)."""
        levels = self.levels
        if number < 0 or levels is None:
            return None
        whole = levels[self.constraints[number][1]]
        part = levels[self.sum_parts[number][0]]
        for facet, depth in enumerate(whole):
            if part[facet] != depth:
                column = self.columns.get(facet)
                if column is None:
                    column = self.columns[facet] = [depths[facet] for depths in levels]
                return column, depth
        return None  # pragma: no cover - a part lies below its whole in one facet

    def _release(self) -> None:
        """Revise the sums held back, to the fixpoint."""
        self.near = None
        if not self.held:
            return
        queued, queue, holding = self.queued, self.queue, self.holding
        for number in self.held:
            holding[number] = 0
            if not queued[number]:
                queued[number] = 1
                queue.append(number)
        self.held = []
        self._settle()

    def _fix(self, cell: int, value: End) -> None:
        """Make ``value`` (a finite value inside the cell's ends) both of its ends, as a choice does.

        :meth:`_set` on each side that moves, in one step: each sum's totals kept, one width pushed, the
        readers queued once (the same budget spent and the same constraints queued, in the same order).
        """
        low, high = self.low, self.high
        old_low, old_high = low[cell], high[cell]
        moves = (value > old_low) + (value < old_high)
        low[cell] = high[cell] = value
        self.touched[cell] = 1
        self.budget -= moves  # one narrowing a side, as the propagator counts them
        running = self.running
        low_open, high_open = isinstance(old_low, float), isinstance(old_high, float)
        for number, index in self.part_of[cell]:
            found = running[number]
            if found is None:
                continue  # not revised yet (or a few parts): its totals are counted when it first is
            totals, widths = found
            if low_open:
                totals[1] -= 1
                totals[0] += value
            else:
                totals[0] += value - old_low
            if high_open:
                totals[3] -= 1
                totals[2] += value
            else:
                totals[2] += value - old_high
            if widths is not None:
                heappush(widths, (0, index))
        queued, queue = self.queued, self.queue
        for number in self.watch[cell]:
            if not queued[number]:
                queued[number] = 1
                queue.append(number)

    def _set(self, cell: int, value: End, side: int) -> None:
        """Make ``value`` the cell's low (side 0) or high (side 1): keep the sums' totals, queue readers."""
        if side:
            other = self.low[cell]
            if value < other:
                raise _DeadEnd
            ends = self.high
            at = 2
        else:
            other = self.high[cell]
            if value > other:
                raise _DeadEnd
            ends = self.low
            at = 0
        old = ends[cell]
        ends[cell] = value
        self.touched[cell] = 1
        self.budget -= 1
        running = self.running
        part_of = self.part_of[cell]
        if part_of:
            width: End | None = None
            for number, index in part_of:
                found = running[number]
                if found is None:
                    continue  # not revised yet (or a few parts): its totals are counted when it first is
                totals, widths = found
                if isinstance(old, float):
                    totals[at + 1] -= 1
                    totals[at] += value  # a narrowed end is finite
                else:
                    totals[at] += value - old
                if widths is not None:
                    if width is None:
                        width = value - other if side else other - value
                        width = INF if isinstance(other, float) else width
                    heappush(widths, (-width, index))
        queued, queue = self.queued, self.queue
        for number in self.watch[cell]:
            if not queued[number]:
                queued[number] = 1
                queue.append(number)

    def _settle(self) -> None:
        queue, queued, constraints, sum_parts = self.queue, self.queued, self.constraints, self.sum_parts
        low, high = self.low, self.high
        popleft = queue.popleft
        revise = self._revise_sum
        near = self.near  # (set between settles only)
        column, top = near if near is not None else ((), 0)
        revisions = 0
        try:
            while queue:
                if self.budget <= 0:
                    raise _DeadEnd
                number = popleft()
                constraint = constraints[number]
                kind = constraint[0]
                if kind == 1:
                    if near is not None and column[constraint[1]] < top:
                        queued[number] = 0
                        if not self.holding[number]:  # a sum above the block: revised when it is done
                            self.holding[number] = 1
                            self.held.append(number)
                            self.deferred = True
                        continue
                    revisions += 1
                    # what a sum narrows need not queue it again (see Propagator._revise_sum): it stays
                    # marked queued while it is revised (and where a dead end stops the witness)
                    revise(number, constraint[1], sum_parts[number])
                    queued[number] = 0
                    continue
                queued[number] = 0
                revisions += 1
                if kind == 0:  # a <= b
                    a, b = constraint[1], constraint[2]
                    if low[a] > low[b]:
                        self._set(b, low[a], 0)
                    if high[b] < high[a]:
                        self._set(a, high[b], 1)
                # kinds 2 and 3 are claims no test here applies (applies() refuses any other)
        finally:
            self.revisions += revisions

    def _running(self, number: int, parts: Sequence[int]) -> _Running:
        low, high = self.low, self.high
        lows = [low[part] for part in parts]
        highs = [high[part] for part in parts]
        # (an infinite low is -inf, an infinite high inf: counted at C speed, compared exactly)
        low_open = lows.count(-INF) if self.signed else 0
        high_open = highs.count(INF)
        totals: list[End] = [
            sum([value for value in lows if value != -INF]) if low_open else sum(lows),
            low_open,
            sum([value for value in highs if value != INF]) if high_open else sum(highs),
            high_open,
        ]
        widths: list[tuple[End, int]] | None = None
        if len(parts) > _FEW_PARTS:
            if low_open or high_open:
                pairs = enumerate(zip(lows, highs, strict=True))
                widths = [(-_width(lo, hi), index) for index, (lo, hi) in pairs]
            else:
                widths = list(zip(map(operator.sub, lows, highs), itertools.count()))
            heapify(widths)
        running = self.running[number] = (totals, widths)
        return running

    def _wide(self, widths: list[tuple[End, int]] | None, parts: Sequence[int], need: End) -> list[int]:
        """The parts wider than ``need`` (any unbounded one where it is infinite), by index, in order.

        A few parts are each looked at; more come off the heap of widths, the widest first.
        """
        low, high = self.low, self.high
        if widths is None:
            return [
                index
                for index, part in enumerate(parts)
                if isinstance(high[part], float)
                or isinstance(low[part], float)
                or high[part] - low[part] > need
            ]
        # ends are closed: a part exactly ``need`` wide gets its own bound back (unless unbounded)
        infinite = need == INF
        bar = -need
        found: set[int] = set()
        while widths:
            negative = widths[0][0]
            if not (negative < bar or (infinite and negative == bar)):
                break
            index = heappop(widths)[1]
            part = parts[index]
            lo, hi = low[part], high[part]
            if (INF if isinstance(lo, float) or isinstance(hi, float) else hi - lo) == -negative:
                found.add(index)  # (else a part since narrowed)
        return sorted(found) if len(found) > 1 else list(found)

    def _revise_sum(self, number: int, whole: int, parts: Sequence[int]) -> None:
        """``whole = Σ parts``, as :meth:`Propagator._revise_sum_once` revises it, on closed whole ends."""
        running = self.running[number] or self._running(number, parts)
        totals, widths = running
        low, high = self.low, self.high
        if not totals[1] and totals[0] > low[whole]:
            self._set(whole, totals[0], 0)
        if not totals[3] and totals[2] < high[whole]:
            self._set(whole, totals[2], 1)
        whole_low, whole_high = low[whole], high[whole]
        signed = self.signed
        low_finite = not isinstance(whole_low, float) and (signed or whole_low > 0)
        high_finite = not isinstance(whole_high, float)
        # the least width a part needs before the whole's bounds can narrow it (None: none can)
        need: End | None = None
        if totals[3] <= 1 and low_finite:
            need = INF if totals[3] else totals[2] - whole_low
        if totals[1] <= 1 and high_finite:
            reach = INF if totals[1] else whole_high - totals[0]
            need = reach if need is None or reach < need else need
        if need is None:
            return
        wide = self._wide(widths, parts, need)
        for index in wide:
            part = parts[index]
            own_low, own_high = before = low[part], high[part]
            own_open = isinstance(own_high, float)
            if totals[3] == own_open and low_finite:
                value = whole_low - (totals[2] - (0 if own_open else own_high))
                if (value > 0 or signed) and value > own_low:
                    self._set(part, value, 0)
                    own_low = low[part]  # (the totals count the new low)
            own_open = isinstance(own_low, float)
            if totals[1] == own_open and high_finite:
                value = whole_high - (totals[0] - (0 if own_open else own_low))
                if value < own_high:
                    self._set(part, value, 1)
            if widths is not None and (low[part], high[part]) == before:  # a narrowed part's is pushed
                heappush(widths, (-_width(*before), index))


def _pick(low: End, high: End) -> End:
    """The value :func:`claimcheck._solving.propagate._pick` chooses between closed whole ends."""
    if low == -INF:  # a signed cell with no lower bound
        return 0 if high == INF else high
    if high == INF:
        return low
    half, odd = divmod(int(low) + int(high), 2)
    return half + 1 if odd and half % 2 else half
