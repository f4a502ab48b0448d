"""The consistency engine: :func:`check` decides exactly whether claims can all be true.

The steps, each explained in ``docs/engine.md``:

1. read every claim's figure and build the model: one unknown per cell, sums and containments from the
   hierarchy, a bound or a share per claim (:mod:`claimcheck._model`);
2. split the model into independent components;
3. per component, find clashes inside one cell (two disjoint intervals), then propagate bounds exactly to
   a fixpoint, recording every crossing with the claims behind it (:mod:`claimcheck._propagate`);
4. with no crossing, prove consistency with a verified witness, falling back to an exact rational LP
   (:mod:`claimcheck._simplex`);
5. shrink each infeasible claim set to a minimal one with a deletion filter whose oracle solves only the
   claims under test, and explain it (:mod:`claimcheck._explain`).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Final

from claimcheck import _explain
from claimcheck._interval import INF, Interval
from claimcheck._model import Bound, Difference, Model, Prepared, Share, build_model, meaning
from claimcheck._propagate import Propagator
from claimcheck._simplex import Row, solve
from claimcheck.claims import Claim, assign_ids
from claimcheck.errors import ModelError
from claimcheck.hierarchy import Hierarchy
from claimcheck.report import Conflict, ErrorFinding, Implied, Overlap, Report

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from claimcheck.policy import Policy
    from claimcheck.quantity import Estimate

__all__ = ["MAX_CONFLICTS", "check"]

#: The most conflicts one report lists; the search for more stops there.
MAX_CONFLICTS: Final = 50
#: The least work (cells visited by extra propagation passes) spent per component looking for conflicts
#: hidden behind ones already found; a large component may spend twice its own size instead.
_RERUN_WORK: Final = 2_000


def check(
    claims: Iterable[Claim], hierarchy: Hierarchy | None = None, *, policy: Policy | None = None
) -> Report:
    """Decide whether the claims can all be true, and say which clash and why when they cannot.

    Args:
        claims: the claims to check; those without an id are numbered "c1", "c2", … by position.
        hierarchy: how facet values nest (partitions and subsets); none means no two cells are related.
        policy: how to read claims given as text.

    Returns:
        A :class:`~claimcheck.Report`: ``ok`` exactly when some assignment of values satisfies every
        claim and the hierarchy.

    Raises:
        ModelError: ``claims`` holds something that is not a claim, ids repeat, or ``hierarchy`` is not
            a :class:`~claimcheck.Hierarchy`.
        ParseError: a claim's text holds no figure.

    >>> from claimcheck import Claim, Hierarchy
    >>> h = Hierarchy()
    >>> h.partition("place", "Iraq and Syria", ["Iraq", "Syria"])
    >>> report = check([
    ...     Claim("up to 1,000", "fighters", {"place": "Iraq and Syria"}, id="a"),
    ...     Claim("600 to 700", "fighters", {"place": "Iraq"}, id="b"),
    ...     Claim("500 to 600", "fighters", {"place": "Syria"}, id="c"),
    ... ], h)
    >>> report.ok, report.conflicts[0].claims
    (False, ('a', 'b', 'c'))
    """
    if hierarchy is None:
        hierarchy = Hierarchy()
    elif not isinstance(hierarchy, Hierarchy):
        raise ModelError(f"the hierarchy must be a claimcheck.Hierarchy, not {hierarchy!r}")
    named = assign_ids(claims)
    printed = [claim.estimate(policy=policy) for claim in named]
    estimates: list[Estimate | None] = [
        meaning(claim, estimate, policy) for claim, estimate in zip(named, printed, strict=True)
    ]
    prepared = Prepared(named)
    model = build_model(named, estimates, hierarchy, prepared=prepared)
    engine = _Engine(named, estimates, hierarchy, model, prepared)
    engine.names.printed, engine.names.meant = printed, estimates
    return engine.run()


class _Engine:
    """One run of :func:`check` over a built model."""

    def __init__(
        self,
        claims: Sequence[Claim],
        estimates: Sequence[Estimate | None],
        hierarchy: Hierarchy,
        model: Model,
        prepared: Prepared,
    ) -> None:
        self.claims, self.estimates, self.hierarchy, self.model = (claims, estimates, hierarchy, model)
        self.prepared = prepared
        self.names = _explain.Namer(claims, hierarchy)
        self.found: dict[frozenset[int], Conflict] = {}

    def run(self) -> Report:
        implied: list[Implied] = []
        for cells in _components(self.model):
            part = _restrict(self.model, cells)
            solved = self._solve(part)
            if solved is not None:
                implied.extend(self._implied(part, solved))
        minimal = [key for key in self.found if not any(other < key for other in self.found)]
        conflicts = [self.found[key] for key in sorted(minimal, key=sorted)]
        errors = [
            ErrorFinding(
                tuple(self.claims[k].id or "" for k in finding.claims),
                finding.message,
                rule=finding.rule,
            )
            for finding in self.model.findings
        ]
        return Report(
            conflicts=conflicts[:MAX_CONFLICTS],
            overlaps=self._overlaps(),
            implied=sorted(implied, key=lambda item: (item.subject, sorted(item.scope.items()))),
            errors=errors,
        )

    def _solve(self, part: Model) -> Propagator | None:
        """Find the component's conflicts; return its propagated bounds when it has none."""
        candidates = _cell_clashes(part)
        explorer = Propagator(part, explore=True)
        explorer.run()
        candidates.extend(crossing.claims() for crossing in explorer.crossings)
        if not candidates:
            # a witness attempt puts the bounds back, so the explorer keeps the fixpoint's bounds
            if not explorer.exhausted and _witness(explorer, part, self.hierarchy):
                return explorer
            if _lp(part, None) is not None:
                return explorer
            candidates.append(frozenset(_claims_of(part)))
        first = self._minimise_all(candidates)
        self._search_further(part, first)
        return None

    def _minimise_all(self, candidates: Iterable[frozenset[int]]) -> list[frozenset[int]]:
        found: list[frozenset[int]] = []
        for candidate in sorted(set(candidates), key=sorted):
            if len(self.found) >= MAX_CONFLICTS:
                break
            if any(known <= candidate for known in self.found):
                continue
            core = self._minimise(candidate)
            if core not in self.found:
                self.found[core] = self._conflict(core)
                found.append(core)
        return found

    def _search_further(self, part: Model, cores: Sequence[frozenset[int]]) -> None:
        """Look for conflicts hidden behind found ones: drop one claim of each and propagate again."""
        budget = max(_RERUN_WORK, 2 * len(part.cells))
        claims = _claims_of(part)
        for core in list(cores):
            for dropped in sorted(core):
                budget -= len(part.cells) + 1
                if budget < 0 or len(self.found) >= MAX_CONFLICTS:
                    return
                explorer = Propagator(part, explore=True)
                explorer.run(claims - {dropped})
                self._minimise_all(crossing.claims() for crossing in explorer.crossings)

    def _feasible(self, subset: frozenset[int]) -> frozenset[int] | None:
        """None when ``subset`` can all hold; otherwise an infeasible subset of it (maybe itself)."""
        model = self._submodel(subset)
        prover = Propagator(model)
        if not prover.run():
            if prover.crossings:
                return prover.crossings[0].claims()
            return subset if _lp(model, None) is None else None
        if _witness(prover, model, self.hierarchy) or _lp(model, None) is not None:
            return None
        return subset

    def _submodel(self, subset: frozenset[int]) -> Model:
        return build_model(self.claims, self.estimates, self.hierarchy, only=subset, prepared=self.prepared)

    def _minimise(self, candidate: frozenset[int]) -> frozenset[int]:
        """Shrink an infeasible claim set to a minimal one (a deletion filter)."""
        core = self._feasible(candidate) or candidate
        for claim in sorted(core):
            if claim not in core:
                continue
            smaller = self._feasible(core - {claim})
            if smaller is not None:
                core = smaller
        return core

    def _conflict(self, core: frozenset[int]) -> Conflict:
        model = self._submodel(core)
        prover = Propagator(model)
        prover.run()
        crossing = prover.crossings[0] if prover.crossings else None
        ids = tuple(self.claims[k].id or "" for k in sorted(core))
        if crossing is None:
            return Conflict(ids, _explain.without_crossing(self.names, sorted(core)))
        return Conflict(ids, self.names.explain(prover, crossing), self.names.gap(prover, crossing))

    def _implied(self, part: Model, solved: Propagator) -> list[Implied]:
        found = []
        for cell, key in enumerate(part.cells):
            if cell in part.stated or cell in part.hidden:
                continue
            implied = self.names.implied(solved, key, cell)
            if implied is not None:
                found.append(implied)
        return found

    def _overlaps(self) -> list[Overlap]:
        by_cell: dict[int, list[tuple[int, Interval]]] = {}
        for bound in self.model.bounds:
            by_cell.setdefault(bound.cell, []).append((bound.claim, bound.interval))
        overlaps = []
        for cell, stated in sorted(by_cell.items()):
            if len(stated) < 2:
                continue
            common: Interval | None = stated[0][1]
            for _, interval in stated[1:]:
                common = common.intersection(interval) if common is not None else None
            if common is None:
                continue
            overlaps.append(self.names.overlap(self.model, cell, [k for k, _ in stated], common))
        return overlaps


def _claims_of(model: Model) -> frozenset[int]:
    return frozenset(
        [bound.claim for bound in model.bounds]
        + [share.claim for share in model.shares]
        + [difference.claim for difference in model.differences]
    )


def _cell_clashes(model: Model) -> list[frozenset[int]]:
    """Pairs of claims about one cell whose intervals are disjoint (and claims below zero)."""
    by_cell: dict[int, list[tuple[int, Interval]]] = {}
    for bound in model.bounds:
        by_cell.setdefault(bound.cell, []).append((bound.claim, bound.interval))
    clashes: list[frozenset[int]] = []
    floor = Interval(0, INF)
    for stated in by_cell.values():
        common: Interval | None = floor
        for _, interval in stated:
            common = common.intersection(interval) if common is not None else None
        if common is not None:  # by Helly, intervals that share a point have no disjoint pair
            continue
        for i, (first, interval) in enumerate(stated):
            if not interval.overlaps(floor):
                clashes.append(frozenset([first]))
                continue
            clashes.extend(
                frozenset([first, second])
                for second, other in stated[i + 1 :]
                if not interval.overlaps(other) and other.overlaps(floor)
            )
    return clashes


def _components(model: Model) -> list[list[int]]:
    """The cells of each independent part of the model, in a deterministic order."""
    parent = list(range(len(model.cells)))

    def find(cell: int) -> int:
        while parent[cell] != cell:
            parent[cell] = parent[parent[cell]]
            cell = parent[cell]
        return cell

    def union(a: int, b: int) -> None:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)

    for a, b in model.les:
        union(a, b)
    for whole, parts in model.sums:
        for part in parts:
            union(whole, part)
    for share in model.shares:
        union(share.cell, share.base)
    for difference in model.differences:
        union(difference.cell, difference.base)
    groups: dict[int, list[int]] = {}
    for cell in range(len(model.cells)):
        groups.setdefault(find(cell), []).append(cell)
    return [groups[root] for root in sorted(groups)]


def _restrict(model: Model, cells: Sequence[int]) -> Model:
    """The part of ``model`` over ``cells`` (a whole component), renumbered from zero."""
    if len(cells) == len(model.cells):
        return model
    number = {cell: i for i, cell in enumerate(cells)}
    part = Model(model.facets)
    for cell in cells:
        part.add_cell(model.cells[cell])
        part.unit[number[cell]] = model.unit[cell]
    part.les = [(number[a], number[b]) for a, b in model.les if a in number]
    part.sums = [
        (number[whole], tuple(number[p] for p in parts)) for whole, parts in model.sums if whole in number
    ]
    part.bounds = [
        Bound(bound.claim, number[bound.cell], bound.interval)
        for bound in model.bounds
        if bound.cell in number
    ]
    part.shares = [
        Share(share.claim, number[share.cell], number[share.base], share.share, share.role)
        for share in model.shares
        if share.cell in number
    ]
    part.differences = [
        Difference(item.claim, number[item.cell], number[item.base], item.offset)
        for item in model.differences
        if item.cell in number
    ]
    part.hidden = {number[cell] for cell in model.hidden if cell in number}
    part.stated = {number[cell] for cell in model.stated if cell in number}
    return part


def _witness(prover: Propagator, model: Model, hierarchy: Hierarchy) -> bool:
    """Whether a verified witness is found: parts before wholes, wholes before parts, facet by facet.

    Propagation after each choice keeps every tree-shaped part of the model solvable, whatever the
    values chosen; where sums cross in two facets (a grid) a choice can still lead to a dead end, and
    another order often avoids the one the first met.
    """
    depths = [
        [
            len(hierarchy.ancestors(facet, value)) + 1 if value else 0
            for facet, value in zip(model.facets, key, strict=True)
        ]
        for key in model.cells
    ]
    total = [sum(depth) for depth in depths]
    cells = range(len(model.cells))
    orders = [
        sorted(cells, key=lambda cell: (-total[cell], cell)),
        sorted(cells, key=lambda cell: (total[cell], cell)),
    ]
    if len(model.facets) > 1:
        for i in range(len(model.facets)):
            facet_depth = [depth[i] for depth in depths]
            order = sorted(cells, key=lambda cell: (-facet_depth[cell], -total[cell], cell))
            orders.append(order)
    return any(prover.witness(order) is not None for order in orders)


def _lp(model: Model, claims: frozenset[int] | None) -> list[Fraction] | None:
    """Solve the model exactly as a linear program; None when it has no solution."""
    one = Fraction(1)
    rows: list[Row] = []
    for bound in model.bounds:
        if claims is not None and bound.claim not in claims:
            continue
        interval = bound.interval
        lo = interval.lo
        if isinstance(lo, Fraction) and (lo > 0 or (lo == 0 and interval.low_open)):
            rows.append(({bound.cell: -one}, "<" if interval.low_open else "<=", -lo))
        if interval.hi != INF:
            rows.append(({bound.cell: one}, "<" if interval.high_open else "<=", Fraction(interval.hi)))
    for a, b in model.les:
        rows.append(({a: one, b: -one}, "<=", Fraction(0)))
    for whole, parts in model.sums:
        coefficients = dict.fromkeys(parts, one)
        coefficients[whole] = coefficients.get(whole, Fraction(0)) - one
        rows.append((coefficients, "=", Fraction(0)))
    for share in model.shares:
        if claims is not None and share.claim not in claims:
            continue
        ratio = share.share
        # ratio.lo * base - cell (<)<= 0 and cell - ratio.hi * base (<)<= 0; base may be the cell
        low = {share.base: Fraction(ratio.lo)}
        low[share.cell] = low.get(share.cell, Fraction(0)) - one
        rows.append((low, "<" if ratio.low_open else "<=", Fraction(0)))
        if ratio.hi != INF:
            high = {share.base: -Fraction(ratio.hi)}
            high[share.cell] = high.get(share.cell, Fraction(0)) + one
            rows.append((high, "<" if ratio.high_open else "<=", Fraction(0)))
        if share.role == "own share":  # the total a share is of is not empty
            rows.append(({share.base: -one}, "<", Fraction(0)))
    for difference in model.differences:
        if claims is not None and difference.claim not in claims:
            continue
        # offset.lo (<)<= cell - base (<)<= offset.hi
        offset = difference.offset
        if isinstance(offset.lo, Fraction):
            row = {difference.cell: -one, difference.base: one}
            rows.append((row, "<" if offset.low_open else "<=", -offset.lo))
        if isinstance(offset.hi, Fraction):
            row = {difference.cell: one, difference.base: -one}
            rows.append((row, "<" if offset.high_open else "<=", offset.hi))
    return solve(len(model.cells), rows)
