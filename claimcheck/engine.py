"""The consistency engine: :func:`check` decides exactly whether claims can all be true.

The steps, each explained in ``docs/engine.md``:

1. read every claim's figure and build the model: one unknown per cell, sums and containments from the
   hierarchy, a bound or a share per claim (:mod:`claimcheck._solving.model`);
2. split the model into independent components;
3. per component, find clashes inside one cell (two disjoint intervals), then propagate bounds exactly to
   a fixpoint, recording every crossing with the claims behind it (:mod:`claimcheck._solving.propagate`);
4. with no crossing, prove consistency with a verified witness, falling back to an exact rational LP
   (:mod:`claimcheck._solving.simplex`);
5. list every minimal conflict (up to :data:`MAX_CONFLICTS`): a clash inside one cell is minimal as it
   stands; the rest come from a hitting-set tree whose nodes are shrunk to minimal conflicts by a
   deletion filter, each test an exact check of a claim subset on the component's model; explain each
   (:mod:`claimcheck._solving.explain`).
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections import deque
from fractions import Fraction
from operator import attrgetter
from typing import TYPE_CHECKING, Final

import attrs

from claimcheck._solving import explain, signs, tree, wholes
from claimcheck._solving import rates as exact_rates
from claimcheck._solving.model import (
    Bound,
    Difference,
    EndKey,
    Model,
    Prepared,
    Share,
    build_model,
    meaning,
    prepare,
    stated_cells,
)
from claimcheck._solving.propagate import Propagator
from claimcheck._solving.simplex import Row, solve_above
from claimcheck._values.collector import collector_paused
from claimcheck._values.interval import INF, Interval
from claimcheck.claims import Claim, claim_ids, normalize_name
from claimcheck.errors import ModelError
from claimcheck.hierarchy import Hierarchy
from claimcheck.policy import DEFAULT_POLICY
from claimcheck.report import (
    ClaimSummary,
    Conflict,
    Deferred,
    ErrorFinding,
    Figure,
    Gap,
    Implied,
    Overlap,
    Report,
    deferring,
)

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence

    from claimcheck._values.interval import Magnitude
    from claimcheck.policy import Policy
    from claimcheck.quantity import Estimate

__all__ = ["MAX_CONFLICTS", "check"]

#: The most conflicts one report lists (``Report.conflicts_truncated`` says when there were more).
MAX_CONFLICTS: Final = 50
#: The work (constraint revisions, witnesses included) the search for minimal conflicts may spend per
#: check, beyond what propagating each component cost in the first place.
_SEARCH_WORK: Final = 10_000
#: A claim in this many conflicts or more is summed up in the report (``Report.summaries``).
_MANY: Final = 3
#: A component with at most this many claims (an article's, not a dataset's) may always take
#: :data:`_SMALL_TESTS` exact tests, whatever they cost, so that its list is complete.
_SMALL: Final = 64
#: A claim set at least this large has its pieces read off a walk of a set one claim larger, where
#: one is known (:meth:`_Oracle.pieces`); a smaller one is joined claim by claim.
_WALKED: Final = 32
_SMALL_TESTS: Final = 256


def check(
    claims: Iterable[Claim],
    hierarchy: Hierarchy | None = None,
    *,
    policy: Policy | None = None,
    accept: Iterable[tuple[Iterable[str], str]] | None = None,
) -> Report:
    """Decide whether the claims can all be true, and say which clash and why when they cannot.

    Args:
        claims: the claims to check; those without an id are numbered "c1", "c2", … by position.
        hierarchy: how facet values nest (partitions and subsets); none means no two cells are related.
        policy: how to read claims given as text.
        accept: claim sets whose conflicts an editor lets stand, each as ``(claim ids, reason)`` (a
            claims file's ``[[accept]]`` entries). A conflict whose claims all belong to one set is
            marked acknowledged with the first such set's reason and no longer fails the report; a set
            whose claims can all be true gets an "unused-accept" warning. The cap on listed conflicts
            never hides one that fails: the search goes on past acknowledged conflicts until it finds
            one nobody accepted or has seen them all.

    Returns:
        A :class:`~claimcheck.Report`: ``ok`` exactly when some assignment of values satisfies every
        claim and the hierarchy (or every conflict is acknowledged).

    Raises:
        ModelError: ``claims`` holds something that is not a claim, ids repeat, ``hierarchy`` is not
            a :class:`~claimcheck.Hierarchy`, or an accepted set names no claim.
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
    with collector_paused():
        # the model and the engine go when _checked returns, before the collector is back: its first
        # collection then walks the report, not every claim, bound and reason of the check
        return _checked(claims, hierarchy, policy, accept)


def _checked(
    claims: Iterable[Claim],
    hierarchy: Hierarchy,
    policy: Policy | None,
    accept: Iterable[tuple[Iterable[str], str]] | None,
) -> Report:
    """The report of :func:`check`, the collector paused."""
    given, ids = claim_ids(claims)  # the claims as given, and each one's id beside it: none is copied
    printed, estimates, prepared = prepare(given, hierarchy, policy, ids=ids)
    model = build_model(given, estimates, hierarchy, prepared=prepared)
    engine = _Engine(
        given, estimates, hierarchy, model, prepared, accepts=_accepted(accept, prepared), policy=policy
    )
    engine.names.printed, engine.names.meant = printed, estimates
    return engine.run()


def _accepted(
    accept: Iterable[tuple[Iterable[str], str]] | None, prepared: Prepared
) -> list[tuple[frozenset[int], str]]:
    """The accepted claim sets as claim positions, each with its reason."""
    found: list[tuple[frozenset[int], str]] = []
    for entry in accept or ():
        try:
            ids, reason = entry
        except (TypeError, ValueError):
            raise ModelError(f"an accepted conflict is a pair (claim ids, reason), not {entry!r}") from None
        if isinstance(ids, str) or not isinstance(reason, str):
            raise ModelError(f"an accepted conflict is a pair (claim ids, reason), not {entry!r}")
        positions = set()
        for claim_id in ids:
            position = prepared.positions.get(normalize_name(str(claim_id)))
            if position is None:
                raise ModelError(f"the accepted conflict names {claim_id!r}, which is no claim's id")
            positions.add(position)
        found.append((frozenset(positions), reason))
    return found


class _Engine:
    """One run of :func:`check` over a built model."""

    def __init__(
        self,
        claims: Sequence[Claim],
        estimates: Sequence[Estimate | None],
        hierarchy: Hierarchy,
        model: Model,
        prepared: Prepared,
        *,
        accepts: Sequence[tuple[frozenset[int], str]] = (),
        policy: Policy | None = None,
    ) -> None:
        self.claims, self.estimates, self.hierarchy, self.model = (claims, estimates, hierarchy, model)
        self.policy = policy
        self.prepared = prepared
        #: each claim's id, given or made, by position
        self.ids = prepared.ids
        self.accepts = accepts
        self.names = explain.Namer(
            claims, hierarchy, firsts=prepared.firsts, names=prepared.names, ids=prepared.ids
        )
        self.found: dict[frozenset[int], Conflict] = {}
        self.failing = 0  # found conflicts no accepted claim set covers
        self.truncated = False  # the search stopped before it had listed every minimal conflict
        self.undecided = False  # it stopped before it could rule out a conflict nobody accepted
        self.work = _SEARCH_WORK
        #: the component model of each claim in an accepted set
        self.homes: dict[int, Model] = {}
        #: each cell's bounds and tightest ends, found once for the clashes and the overlaps alike
        self.ranges = _Ranges(model)
        #: the model's cell of each cell of the component being solved (None: the model's own cells)
        self.origin: list[int] | None = None

    def run(self) -> Report:
        implied: list[Implied] = []
        accepted = frozenset().union(*(claims for claims, _ in self.accepts))
        for part, origin in _components(self.model):
            if accepted:  # where each accepted claim's component is: its set is tested there
                for claim in _claims_of(part) & accepted:
                    self.homes[claim] = part
            self.origin = origin
            solved = self._solve(part)
            if solved is not None:
                implied.extend(self._implied(part, solved))
        found = [
            ErrorFinding(
                tuple([self.ids[k] for k in finding.claims]),
                finding.message,
                rule=finding.rule,
                severity="warning" if finding.severity == "warning" else "error",
            )
            for finding in self.model.findings
        ]
        errors = [finding for finding in found if finding.severity == "error"]
        if self.undecided:
            errors.append(self._undecided())
        conflicts = self._listed()
        report = Report(
            conflicts=conflicts,
            implied=sorted(implied, key=lambda item: (item.subject, sorted(item.scope.items()))),
            errors=errors,
            warnings=[*(item for item in found if item.severity == "warning"), *self.unused_accepts()],
            conflicts_truncated=self.truncated,
            summaries=self._summaries(),
        )
        # the overlaps and the figures are made when first read, from what they need alone: not the
        # model's scaled rows, nor the claims' printed figures and meanings the explanations read
        model, names = self.model, self.names
        model.clear_ends()
        names.printed = names.meant = ()
        return deferring(
            report,
            overlaps=Deferred(_overlaps, self.ranges, model, names),
            figures=Deferred(_figures, model, self.prepared, names),
        )

    def _summaries(self) -> list[ClaimSummary]:
        """A line for each claim in :data:`_MANY` conflicts or more, most conflicts first."""
        counts: dict[int, int] = {}
        others: dict[int, set[int]] = {}
        for core in self.found:
            for claim in core:
                counts[claim] = counts.get(claim, 0) + 1
                others.setdefault(claim, set()).update(core - {claim})
        summaries = []
        for claim in sorted(counts, key=lambda k: (-counts[k], k)):
            if counts[claim] < _MANY:
                continue
            ids = tuple([self.ids[k] for k in sorted(others[claim])])
            named, claim_id = self.claims[claim], self.ids[claim]
            figure = named.value if isinstance(named.value, str) else str(named.value)
            who = f"claim {claim_id} ({figure})"
            if named.source:
                who = f"{named.source}'s {figure} (claim {claim_id})"
            plural = "s" if len(ids) > 1 else ""
            message = f"{who} clashes with {len(ids)} other claim{plural}: {', '.join(ids)}"
            summaries.append(ClaimSummary(claim_id, ids, counts[claim], message))
        return summaries

    def _listed(self) -> list[Conflict]:
        """At most :data:`MAX_CONFLICTS` conflicts, those that make the report fail first, in order."""
        cores = sorted(self.found, key=lambda core: (self.found[core].acknowledged is not None, sorted(core)))
        if len(cores) > MAX_CONFLICTS:
            self.truncated = True
        return [self.found[core] for core in sorted(cores[:MAX_CONFLICTS], key=sorted)]

    def _enough(self) -> bool:
        """Whether the list is full of conflicts that make the report fail, with one more to spare."""
        return self.failing > MAX_CONFLICTS

    def _solve(self, part: Model) -> Propagator | None:
        """Find the component's minimal conflicts; return its propagated bounds when it has none."""
        if not (part.les or part.sums or part.shares or part.differences or part.family):
            # cells that nothing relates: the clashes inside each cell are all its conflicts (Helly),
            # and no cell is implied (each is stated or unbounded)
            lone = _cell_clashes(part, self.ranges, self.origin)
            first = next(lone, None)
            if first is not None:
                self._record_clashes(_Oracle(part, self.hierarchy), first, lone)
            return None
        oracle = _Oracle(part, self.hierarchy)
        claims = _claims_of(part)
        explorer = oracle.explore()
        self.work += explorer.revisions
        pool = [crossing.claims() for crossing in explorer.crossings]
        clashes = _cell_clashes(part, self.ranges, self.origin)
        first = next(clashes, None)
        if first is None and not pool:
            # a witness attempt puts the bounds back, so the explorer keeps the fixpoint's bounds
            if not explorer.exhausted and oracle.witness(explorer):
                return explorer
            if _lp(part, None) is not None:
                return explorer
            pool.append(claims)
        explorer.drop_totals()
        oracle.seed = (explorer, claims)  # a test of nearly all the claims starts from its bounds
        del explorer
        if self._enough():
            self.truncated = True  # the component clashes, but the list is already full
            return None
        if first is not None:
            self._record_clashes(oracle, first, clashes)
        self._enumerate(oracle, claims, pool)
        return None

    def _record_clashes(
        self, oracle: _Oracle, first: frozenset[int], clashes: Iterator[frozenset[int]]
    ) -> None:
        """Record the clashes inside single cells: each is minimal as it stands, so none needs a test."""
        if self._enough():
            self.truncated = True  # the component clashes, but the list is already full
            return
        self._record(oracle, first)
        for core in clashes:
            self.work -= 1
            if self._enough() or self.work < 0:
                self.truncated = True
                # only accepted clashes so far: an unaccepted one may be among those left
                self.undecided = self.undecided or self.failing == 0
                break
            self._record(oracle, core)

    def _enumerate(self, oracle: _Oracle, claims: frozenset[int], pool: list[frozenset[int]]) -> None:
        """Find every minimal conflict of the component: a hitting-set tree, breadth first.

        A node is the component's claims less a removed set. Its label is a minimal conflict inside it
        (one already found where one fits, else one shrunk from an infeasible subset); its children
        remove one claim of the label each. Every minimal conflict M of the claims is reached: from
        any node holding M whose label is not M, the child removing a claim of the label outside M still
        holds M, and each step removes a claim. A node inside a claim set shown consistent holds none.
        """
        cores = [core for core in self.found if core <= claims]
        consistent = _Shown(claims)
        queue: deque[frozenset[int]] = deque([frozenset()])
        seen = {frozenset[int]()}
        # a node is tested against its removed set, not its rest: every core, every infeasible set of
        # the pool and every set shown consistent lies inside the component's claims, so a set fits in
        # the rest exactly when it misses the removed claims (no set of all the claims is built per node)
        while queue:
            if self._enough():
                self.truncated = True
                return
            removed = queue.popleft()
            if consistent.holds_without(removed):
                continue
            rest: frozenset[int] | None = None
            if oracle.split and consistent.sets:
                rest = claims - removed
                if oracle.covered(rest, consistent.sets):
                    continue
            if self.accepts and len(self.found) >= MAX_CONFLICTS:
                rest = claims - removed if rest is None else rest
                if any(rest <= accepted for accepted, _ in self.accepts):
                    self.truncated = True  # only accepted conflicts could be left here, and the list is full
                    continue
            label = min((core for core in cores if core.isdisjoint(removed)), key=len, default=None)
            if label is None:
                try:
                    infeasible = next((known for known in pool if known.isdisjoint(removed)), None)
                    if infeasible is None:
                        rest = claims - removed if rest is None else rest
                        infeasible = self._test(oracle, rest, pool, consistent)
                    if infeasible is None:
                        continue
                    label = self._minimise(oracle, infeasible, pool, consistent)
                except _OutOfWork:
                    self.truncated = True
                    self.undecided = self.undecided or self.failing == 0
                    return
                cores.append(label)
                self._record(oracle, label)
            for claim in oracle.order(label):
                child = removed | {claim}
                if child not in seen:
                    seen.add(child)
                    queue.append(child)

    def _minimise(
        self,
        oracle: _Oracle,
        candidate: frozenset[int],
        pool: list[frozenset[int]],
        consistent: _Shown,
    ) -> frozenset[int]:
        """Shrink an infeasible claim set to a minimal one (a deletion filter)."""
        core = candidate
        if oracle.minimal(core):
            return core
        for claim in oracle.order(core):
            if claim not in core:
                continue
            smaller = self._test(oracle, core - {claim}, pool, consistent)
            if smaller is not None:
                core = smaller
                if oracle.minimal(core):
                    break
        return core

    def _test(
        self,
        oracle: _Oracle,
        claims: frozenset[int],
        pool: list[frozenset[int]],
        consistent: _Shown,
    ) -> frozenset[int] | None:
        """The oracle's answer for ``claims``, its work taken from the search's budget.

        Claims whose pieces all lie inside sets shown consistent need no test; a set found consistent
        joins ``consistent``.

        Raises:
            _OutOfWork: the budget is spent.
        """
        if oracle.covered(claims, consistent.sets):
            return None
        if self.work < 0 and not (oracle.small and oracle.tests < _SMALL_TESTS):
            raise _OutOfWork
        before = oracle.revisions
        oracle.tests += 1
        found = oracle.infeasible(claims, pool)
        self.work -= oracle.revisions - before + 1
        if found is None:
            consistent.add(claims)
        return found

    def _record(self, oracle: _Oracle, core: frozenset[int]) -> None:
        if core in self.found:
            return
        conflict = self._conflict(oracle, core)
        self.found[core] = conflict
        if conflict.acknowledged is None:
            self.failing += 1

    def _conflict(self, oracle: _Oracle, core: frozenset[int]) -> Conflict:
        prover = oracle.prove(core)
        crossing = prover.crossings[0] if prover.crossings else None
        ids = tuple([self.ids[k] for k in sorted(core)])
        acknowledged = next((reason for accepted, reason in self.accepts if core <= accepted), None)
        if crossing is None:
            text = explain.without_crossing(self.names, sorted(core))
            return Conflict(ids, text, acknowledged=acknowledged)
        text = self.names.explain(prover, crossing)
        gap = self._as_printed(core, self.names.gap(prover, crossing))
        if len(core) < 3:  # two claims: one line, as it stands
            return Conflict(ids, text, gap, acknowledged=acknowledged)
        steps = explain.steps(self.names, prover, crossing)
        if len(text) > explain.LONG:  # a long chain reads as a headline and its steps
            text = explain.headline(self.names, prover, crossing)
        return Conflict(ids, text, gap, acknowledged=acknowledged, steps=steps)

    def _as_printed(self, core: frozenset[int], gap: Gap) -> Gap:
        """The gap, with the same gap between the figures as printed where rounding narrowed it.

        A conflict between figures widened by their rounding is a conflict between the figures as
        printed too (reading them exactly only narrows them), so propagating over the core read exactly
        finds a crossing whose gap is the distance a reader sees between the printed figures.
        """
        printed = self.names.printed
        exactly = attrs.evolve(self.policy or DEFAULT_POLICY, rounding="exact")
        estimates: list[Estimate | None] = [None] * len(self.claims)
        widened = False
        for k in core:
            read = meaning(self.claims[k], printed[k], exactly, claim_id=self.ids[k])
            estimates[k] = read
            widened = widened or read != self.estimates[k]
        if not widened:
            return gap
        model = build_model(self.claims, estimates, self.hierarchy, only=core, prepared=self.prepared)
        prover = Propagator(model)
        prover.run()
        if not prover.crossings:  # propagation alone did not show it: keep the gap the engine measured
            return gap
        exact = self.names.gap(prover, prover.crossings[0]).amount
        if exact.unit != gap.amount.unit or exact == gap.amount:
            return gap
        return attrs.evolve(gap, printed=exact)

    def _undecided(self) -> ErrorFinding:
        """The finding that keeps a report failing when the search could not rule out a hidden conflict."""
        ids = sorted({k for core in self.found for k in core})
        return ErrorFinding(
            tuple([self.ids[k] for k in ids]),
            f"these claims clash in more ways than claimcheck searched ({len(self.found)} conflicts, all "
            "accepted); it cannot rule out a conflict no accepted claim set covers",
            rule="conflict-search-incomplete",
        )

    def unused_accepts(self) -> list[ErrorFinding]:
        """A warning for each accepted claim set that can all be true: it covers no conflict."""
        warnings = []
        for accepted, _ in self.accepts:
            if self._consistent(accepted):
                ids = tuple([self.ids[k] for k in sorted(accepted)])
                warnings.append(
                    ErrorFinding(
                        ids,
                        f"the acknowledged conflict of claims {', '.join(ids)} no longer occurs: "
                        "remove the [[accept]] entry, or check the claims it names",
                        rule="unused-accept",
                        severity="warning",
                    )
                )
        return warnings

    def _consistent(self, claims: frozenset[int]) -> bool:
        """Whether ``claims`` can all hold: each component's share of them tested on its own model.

        The same exact test the search runs (no model is built for the set); components share no cell,
        so the claims can all hold exactly when each component's can.
        """
        groups: dict[int, tuple[Model, set[int]]] = {}
        for claim in sorted(claims):
            home = self.homes.get(claim)
            if home is not None:  # a claim in no component (an error finding) constrains nothing
                groups.setdefault(id(home), (home, set()))[1].add(claim)
        for home, subset in groups.values():
            if _Oracle(home, self.hierarchy).infeasible(frozenset(subset), []) is not None:
                return False
        return True

    def _implied(self, part: Model, solved: Propagator) -> list[Implied]:
        found = []
        for cell, key in enumerate(part.cells):
            if cell in part.stated or cell in part.hidden:
                continue
            implied = self.names.implied(solved, key, cell)
            if implied is not None:
                found.append(implied)
        return found


def _figures(model: Model, prepared: Prepared, names: explain.Namer) -> tuple[Figure, ...]:
    """The figures two or more claims state, each claim's values as the check read them.

    Made when a report's figures are first read, with the collector paused as during the check.
    """
    with collector_paused():
        return tuple([names.figure(model, cell, rows) for cell, rows in stated_cells(model, prepared)])


def _overlaps(ranges: _Ranges, model: Model, names: explain.Namer) -> tuple[Overlap, ...]:
    """The range each cell's claims agree on, where two or more state it and all share a point.

    The common range runs from the greatest lower end to the least upper end (an open end counting
    as just inside its value, as in :func:`_cell_clashes`): one interval per cell, not one per claim,
    from the ends :class:`_Ranges` found once for the clashes too. Made when a report's overlaps are
    first read, with the collector paused as during the check.
    """
    with collector_paused():
        return _overlaps_paused(ranges, model, names)


def _overlaps_paused(ranges: _Ranges, model: Model, names: explain.Namer) -> tuple[Overlap, ...]:
    """:func:`_overlaps`, the collector paused."""
    overlaps = []
    for cell in sorted(ranges.by_cell):
        stated = ranges.by_cell[cell]
        if len(stated) < 2:
            continue
        if ranges.least_upper[cell] < ranges.greatest_lower[cell]:
            continue  # two of them have no point in common (see _Ranges)
        low_bound, high_bound = ranges.bounds[ranges.highest[cell]], ranges.bounds[ranges.lowest[cell]]
        low, high = low_bound.interval, high_bound.interval
        # settled ends with a point in common: the interval between them, nothing to check again
        common = Interval.settled(low.lo, high.hi, low_open=low.low_open, high_open=high.high_open)
        claims = [bound.claim for bound in stated]
        overlaps.append(names.overlap(model, cell, claims, common))
    return tuple(overlaps)


class _Shown:
    """The claim sets of one component shown consistent, each with the claims it leaves out.

    A node of the search is the component's claims less a removed set; it lies inside a set shown
    consistent exactly when that set leaves out only removed claims. That asks the few claims a large
    set leaves out (found once, when a node first could fit), not every claim of the node; a set too
    small to hold the node is passed over by its size.
    """

    __slots__ = ("claims", "left_out", "sets")

    def __init__(self, claims: frozenset[int]) -> None:
        self.claims = claims
        self.sets: list[frozenset[int]] = []
        self.left_out: list[frozenset[int] | None] = []

    def add(self, shown: frozenset[int]) -> None:
        """Keep a claim set (inside the component's claims) shown consistent."""
        self.sets.append(shown)
        self.left_out.append(None)

    def holds_without(self, removed: frozenset[int]) -> bool:
        """Whether the component's claims less ``removed`` lie inside a set shown consistent."""
        least = len(self.claims) - len(removed)  # the size of the claims less ``removed``
        for number, shown in enumerate(self.sets):
            if len(shown) < least:
                continue
            left_out = self.left_out[number]
            if left_out is None:
                left_out = self.left_out[number] = self.claims - shown
            if left_out <= removed:
                return True
        return False


#: What a claim says (:attr:`_Oracle.says`): it bounds a cell; it relates two cells.
_BOUNDS: Final = 1
_RELATES: Final = 2
#: The claim of a bound, a share or a difference (read over a whole list at C speed).
_CLAIM: Final = attrgetter("claim")


class _Pieces:
    """The pieces of one claim set, and of that set less any one claim, from one walk of its claim graph.

    The graph's nodes are the background's parts; a claim relating cells of two parts is an edge, a
    claim on one part hangs on its node. Less one claim, a piece stays whole unless the claim is a
    bridge of it (the only path between its two sides), and then splits into the side below the bridge
    in a depth-first walk (a run of the walk's order) and the rest. One walk per set, then each set
    less one claim costs its pieces' sizes in set operations, not a union–find pass per claim.
    """

    __slots__ = ("bridges", "claims", "home", "order", "pieces", "runs")

    def __init__(self, claims: frozenset[int], ties: Mapping[int, tuple[int, ...]]) -> None:
        self.claims = claims
        edges: dict[int, list[tuple[int, int]]] = {}  # node -> (other node, claim)
        hanging: dict[int, list[int]] = {}  # node -> claims on it alone
        loose: list[int] = []  # claims on no cell
        for claim in claims:
            nodes = ties.get(claim, ())
            if not nodes:
                loose.append(claim)
            elif len(nodes) == 1:
                hanging.setdefault(nodes[0], []).append(claim)
            else:
                a, b = nodes
                edges.setdefault(a, []).append((b, claim))
                edges.setdefault(b, []).append((a, claim))
        self._walk(edges, hanging)
        if loose:
            self.pieces[-1] = frozenset(loose)
            for claim in loose:
                self.home[claim] = -1

    def _walk(self, edges: dict[int, list[tuple[int, int]]], hanging: dict[int, list[int]]) -> None:
        """Walk each piece depth first: its claims in the walk's order, its bridges and their runs."""
        discovered: dict[int, int] = {}  # each node's time in the walk
        low: dict[int, int] = {}  # the earliest time a node's subtree reaches by one edge more
        end: dict[int, int] = {}  # the time after a node's subtree
        #: each piece's claims, by its first node; each claim's piece; the bridges and the node below each
        self.pieces: dict[int, frozenset[int]] = {}
        self.home: dict[int, int] = {}
        self.bridges: dict[int, int] = {}
        #: per piece, its claims in walk order and each one's place (a claim's place: its first node's)
        self.order: dict[int, list[int]] = {}
        self.runs: dict[int, tuple[int, int]] = {}  # a bridge -> its lower side's run in its piece's order
        places: dict[int, int] = {}
        for start in sorted({*edges, *hanging}):
            if start in discovered:
                continue
            members: list[int] = []
            reached = [start]
            discovered[start] = low[start] = len(discovered)
            stack: list[tuple[int, int, int]] = [(start, -1, 0)]  # node, claim it came by, next edge
            while stack:
                node, via, at = stack[-1]
                around = edges.get(node, ())
                if at < len(around):
                    stack[-1] = (node, via, at + 1)
                    other, claim = around[at]
                    if claim == via:
                        continue
                    if other in discovered:
                        low[node] = min(low[node], discovered[other])
                        continue
                    discovered[other] = low[other] = len(discovered)
                    reached.append(other)
                    stack.append((other, claim, 0))
                    continue
                stack.pop()
                end[node] = len(discovered)
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > discovered[parent]:
                        self.bridges[via] = node
            for node in reached:  # each claim takes the time of its first node reached
                for claim in [*hanging.get(node, ()), *(claim for _, claim in edges.get(node, ()))]:
                    if claim not in self.home:
                        places[claim] = discovered[node]
                        self.home[claim] = start
                        members.append(claim)
            members.sort(key=places.__getitem__)
            self.order[start] = members
            self.pieces[start] = frozenset(members)
        keys = {start: [places[claim] for claim in piece] for start, piece in self.order.items()}
        for bridge, node in self.bridges.items():  # the lower side: the times of the node's subtree
            times = keys[self.home[bridge]]
            self.runs[bridge] = (bisect_left(times, discovered[node]), bisect_left(times, end[node]))

    def without(self, claim: int) -> list[frozenset[int]]:
        """The pieces of the set less ``claim`` (one of its claims)."""
        home = self.home[claim]
        found = [piece for start, piece in self.pieces.items() if start != home]
        run = self.runs.get(claim)
        if run is None:  # no bridge: its piece stays whole
            rest = self.pieces[home] - {claim}
            return [*found, rest] if rest else found
        below = frozenset(self.order[home][run[0] : run[1]])
        rest = self.pieces[home] - below - {claim}
        return [*found, *(piece for piece in (below, rest) if piece)]


class _OutOfWork(Exception):  # noqa: N818 - a signal, not an error
    """The search for minimal conflicts has spent its budget."""


class _Oracle:
    """Exact feasibility of claim subsets of one component, sharing one set of constraint indexes.

    A subset is tested on the component's own model with only its claims' bounds applied (the cells
    the other claims name are then free unknowns, which cannot change the verdict), so no model is
    rebuilt per subset and propagation only visits the cells the subset's bounds reach.
    """

    def __init__(self, model: Model, hierarchy: Hierarchy) -> None:
        self.model = model
        self.base = Propagator(model)
        self.hierarchy = hierarchy
        self.forest = tree.is_forest(model)
        self.orders: _Orders | None = None  # built on first use: a forest seldom needs them
        relations: list[Share | Difference] = [*model.shares, *model.differences]
        bounding = self.base.bound_claims  # (the propagator's list of each bound's claim)
        relating = list(map(_CLAIM, relations))
        #: what each claim (by position) says: :data:`_BOUNDS` a cell, :data:`_RELATES` two cells, or
        #: both; one byte a claim, where sets of 100,000 claims would take megabytes
        self.says = bytearray(1 + max(max(bounding, default=-1), max(relating, default=-1)))
        # each bounding claim's byte set at C speed (a deque of no length runs the map and keeps nothing)
        deque(map(self.says.__setitem__, bounding, itertools.repeat(_BOUNDS)), maxlen=0)
        for claim in relating:
            self.says[claim] |= _RELATES
        #: the cells each claim constrains (built on first use: only a background in parts needs them)
        self._ties: dict[int, list[tuple[int, ...]]] | None = None
        #: the background parts each claim joins (made on first use), the claim sets walked last (see
        #: :meth:`pieces`) and the last set asked for
        self.nodes: dict[int, tuple[int, ...]] | None = None
        self.walked: list[_Pieces] = []
        self.last: frozenset[int] | None = None
        #: each cell's part of the background (containments and sums), which every test keeps whole:
        #: found when the model was split into components, else here
        background = model.background
        if background is None:
            joins = _Joins(len(model.cells))
            _join_background(model, joins)
            background = [joins.find(cell) for cell in range(len(model.cells))]
        self.background: list[int] = background
        #: whether the background leaves the cells in several parts (else every claim set is one piece)
        self.split = len(set(self.background)) > 1
        self.revisions = 0  # the work of every test so far
        #: the exploring run of every claim of the model, where it found conflicts, and those claims
        self.seed: tuple[Propagator, frozenset[int]] | None = None
        self.tests = 0
        # the model's claims are the positions ``says`` marks (counted in C, not gathered into a set)
        self.small = len(self.says) <= _SMALL or len(self.says) - self.says.count(0) <= _SMALL
        # a share whose base contains its own cell narrows forever (each pass a fraction of the last);
        # a test gives up sooner than a whole check and leaves the verdict to the exact LP
        self.test_budget = 10 * (len(self.base.constraints) + len(model.cells)) + 200

    def explore(self) -> Propagator:
        """Propagate every claim of the model, recording every crossing without applying it."""
        explorer = self.base.fresh(explore=True)
        explorer.run()
        self.revisions += explorer.revisions
        return explorer

    def prove(self, claims: frozenset[int]) -> Propagator:
        """Propagate ``claims`` up to the first crossing (the one an explanation retells)."""
        prover = self.base.fresh()
        prover.run(claims)
        return prover

    def infeasible(self, claims: frozenset[int], pool: list[frozenset[int]]) -> frozenset[int] | None:
        """None when ``claims`` can all hold; else an infeasible subset (each crossing's joins ``pool``).

        A test of at least half the claims the search began with starts from the first exploring run's
        bounds, less those resting on a claim it leaves out (:meth:`Propagator.without`), instead of
        propagating every claim again.
        """
        explorer = None
        if self.seed is not None:
            seed, every = self.seed
            removed = every - claims
            if len(every) - len(removed) == len(claims) and 2 * len(removed) <= len(claims):
                for crossing in seed.crossings:  # one the removed claims leave whole is a conflict here
                    if crossing.claims().isdisjoint(removed):
                        return crossing.claims()
                explorer = seed.without(removed, budget=self.test_budget)
        if explorer is None:
            explorer = self.base.fresh(explore=True, budget=self.test_budget)
            explorer.run(claims)
        self.revisions += explorer.revisions
        if explorer.crossings:
            sets = sorted({crossing.claims() for crossing in explorer.crossings}, key=len)
            pool.extend(found for found in sets if found not in pool)
            return sets[0]
        before = explorer.revisions
        try:
            if not explorer.exhausted and self.witness(explorer):
                return None
        finally:
            # a witness walks every cell whatever it revises (the whole-number one on plain lists counts
            # no revisions, nor does a test started from the exploring run pay for the whole model
            # again): it costs the search at least a unit of work a cell, or its budget bounds no time
            self.revisions += max(explorer.revisions - before, len(self.model.cells))
        self.revisions += len(self.model.cells) * len(claims)  # a rough price for the exact LP
        return None if _lp(self.model, claims) is not None else claims

    def witness(self, prover: Propagator) -> bool:
        """Whether a verified witness is found from the prover's fixpoint (its bounds are kept)."""
        if self.forest and tree.proves(prover):
            return True
        if self.orders is None:
            self.orders = _Orders(self.model, self.hierarchy)
        return _witness(prover, self.orders)

    @property
    def ties(self) -> dict[int, list[tuple[int, ...]]]:
        """The cells each claim constrains: its bound's cell, a share's or a difference's cell and base."""
        if self._ties is None:
            ties: dict[int, list[tuple[int, ...]]] = {}
            for bound in self.model.bounds:
                ties.setdefault(bound.claim, []).append((bound.cell,))
            relations: list[Share | Difference] = [*self.model.shares, *self.model.differences]
            for relation in relations:
                ties.setdefault(relation.claim, []).append((relation.cell, relation.base))
            self._ties = ties
        return self._ties

    def pieces(self, claims: frozenset[int]) -> list[frozenset[int]]:
        """The claims grouped by the independent parts they make of the model (background included).

        Two claims share a piece when a path of the background and of the claims' own constraints
        joins their cells; pieces share no cell, so the claims can all hold exactly when each piece can.

        The search asks for a set less one claim again and again (the deletion filter's tests, the
        search's first children): where two sets in a row are one set less one claim each, that set's
        claim graph is walked once (:class:`_Pieces`), and each of them less one claim is read off it.
        """
        if len(claims) >= _WALKED:
            found = self._walked_pieces(claims)
            if found is not None:
                return found
        joins: dict[int, int] = {}

        def find(cell: int) -> int:
            root = cell
            while joins.get(root, root) != root:
                root = joins[root]
            while cell != root:  # every cell on the way now points at the root
                joins[cell], cell = root, joins[cell]
            return root

        for claim in claims:
            for cells in self.ties.get(claim, ()):
                first = find(self.background[cells[0]])
                for cell in cells[1:]:
                    other = find(self.background[cell])
                    if other != first:
                        joins[other] = first
        groups: dict[int, set[int]] = {}
        for claim in claims:
            tied = self.ties.get(claim)
            root = find(self.background[tied[0][0]]) if tied else -1
            groups.setdefault(root, set()).add(claim)
        return [frozenset(group) for group in groups.values()]

    def _walked_pieces(self, claims: frozenset[int]) -> list[frozenset[int]] | None:
        """The pieces of ``claims`` from a walked set one claim larger; None where none is known."""
        for walked in self.walked:
            if len(walked.claims) == len(claims) + 1 and claims < walked.claims:
                return walked.without(next(iter(walked.claims - claims)))
        last, self.last = self.last, claims
        if last is None or len(last) != len(claims) or len(claims - last) != 1:
            return None
        if self.nodes is None:
            nodes: dict[int, tuple[int, ...]] = {}
            for claim, tied in self.ties.items():
                nodes[claim] = tuple(sorted({self.background[cell] for cells in tied for cell in cells}))
            self.nodes = nodes
        whole = last | claims
        if any(len(self.nodes.get(claim, ())) > 2 for claim in whole):
            return None  # a claim on three parts: no graph of edges (never met; the union-find decides)
        walked = _Pieces(whole, self.nodes)
        self.walked = [walked, *self.walked[:3]]
        return walked.without(next(iter(whole - claims)))

    def covered(self, claims: frozenset[int], consistent: Sequence[frozenset[int]]) -> bool:
        """Whether claim sets shown consistent prove ``claims`` consistent without a test.

        Each of the claims' pieces lies inside some set shown consistent. Every test keeps the whole
        background, so a piece's constraints are some of that set's, and a solution of the set solves
        the piece; the pieces share no cell, so their solutions together solve ``claims``.
        """
        if not consistent:
            return False
        if any(claims <= shown for shown in consistent):
            return True
        return self.split and all(
            any(piece <= shown for shown in consistent) for piece in self.pieces(claims)
        )

    def order(self, claims: frozenset[int]) -> list[int]:
        """The claims in the order a deletion filter tries them: those that bound a cell first.

        Along a chain of relations between two bounds, the two sets each missing one bound, once shown
        consistent, cover every set missing a relation in between (see :meth:`covered`).
        """
        says = self.says
        return sorted(claims, key=lambda claim: (not says[claim] & _BOUNDS, claim))

    def minimal(self, core: frozenset[int]) -> bool:
        """Whether an infeasible set is minimal without a test: one claim, or two that each bound a cell.

        A claim that only bounds its own cell can hold alone (the cell's interval reaches its floor, or
        it clashes alone, and a bound on one cell fits every containment and sum of the hierarchy).
        """
        return len(core) == 1 or (len(core) == 2 and all(self.says[claim] == _BOUNDS for claim in core))


def _claims_of(model: Model) -> frozenset[int]:
    return frozenset(
        itertools.chain(map(_CLAIM, model.bounds), map(_CLAIM, model.shares), map(_CLAIM, model.differences))
    )


def _cell_clashes(
    model: Model, ranges: _Ranges, origin: Sequence[int] | None = None
) -> Iterator[frozenset[int]]:
    """Every minimal conflict inside one cell: a claim below zero, or two claims with disjoint ranges.

    By Helly's property a cell's intervals with no common point hold two disjoint ones, so these are all
    the conflicts one cell has. ``ranges`` holds each cell's bounds and tightest ends (found once for the
    whole model: ``origin`` gives the whole model's cell of each of ``model``'s cells, None when they
    are the same), so a cell whose ranges all share a point costs one comparison. Where they do not,
    the claims are sorted by their ends once, and the disjoint pairs are read off in order (each claim
    with the claims that end below where it starts): the cost is the sort plus the pairs actually
    taken, so a cell stated by thousands of claims stays fast.
    """
    # a share of a cell's own total can fail alone (a part that is its whole's only part is 100% of
    # it): propagation finds those clashes, and the search shrinks them
    shares = {share for _, share in model.family.values()}
    floors = model.floor
    # whether every floor is zero (cells share one zero: counted by identity before equality, at C speed)
    zero = not floors or (floors[0] == 0 and floors.count(floors[0]) == len(floors))
    least_upper, greatest_lower = ranges.least_upper, ranges.greatest_lower
    # the cells whose ranges do not all share a point, or that pass the floor: only their bounds are
    # filed (a handful of the cells), once all are known
    apart: list[tuple[int, EndKey]] = []
    for cell in sorted(ranges.cells(origin)):
        if cell in shares:
            continue
        whole = cell if origin is None else origin[cell]
        lowest = least_upper[whole]
        floor = 0 if zero else 2 * ranges.scaled(floors[cell])  # the key of a closed lower end at the floor
        if lowest < floor or lowest < greatest_lower[whole]:
            apart.append((whole, floor))
    if not apart:
        return
    filed = ranges.of_cells({whole for whole, _ in apart})
    upper, lower = ranges.upper, ranges.lower
    for whole, floor in apart:
        if least_upper[whole] >= floor:  # every range reaches the floor
            usable = filed[whole]
        else:
            usable = []
            for bound in filed[whole]:
                if upper(bound) >= floor:  # reaches the floor
                    usable.append(bound)
                else:
                    yield frozenset([bound.claim])
            if len(usable) < 2 or upper(min(usable, key=upper)) >= lower(max(usable, key=lower)):
                continue
        # i lies wholly below j when i's upper end comes before j's lower end (see _Ranges)
        by_end = sorted(usable, key=upper)
        for high in sorted(usable, key=lower, reverse=True):
            start = lower(high)
            for low in by_end:
                if upper(low) >= start:
                    break
                yield frozenset([low.claim, high.claim])


class _Ranges:
    """Each cell's tightest ends: its first bound with the least upper end, and with the greatest lower.

    Read off the model's :meth:`~claimcheck._solving.model.Model.ends`, the one pass over the bounds
    that the propagator's setup shares: the clashes inside one cell and the range a cell's claims agree
    on both start from a cell's greatest lower end and least upper end. A cell's bounds are filed only
    where they are asked for (a cell with a clash, the overlaps once the search is done), so no list of
    every bound is kept while the search runs.

    The ends are compared as keys in whole numbers: an end times the common denominator of every end
    and floor (exact: one scale for all), doubled, with an open end counting as just inside its value:
    ``2·hi - 1`` for an open upper end, ``2·lo + 1`` for an open lower end, ``2·v`` for a closed one
    (:data:`~claimcheck._solving.model.EndKey`). Interval ``i`` lies wholly below ``j`` exactly when
    ``upper(i) < lower(j)``. Whole numbers compare many times faster than fractions.
    """

    def __init__(self, model: Model) -> None:
        self.model, self.bounds = model, model.bounds
        ends = model.ends()
        self.scale = ends.scale
        #: each cell's first bound with the least upper end, and with the greatest lower end (positions)
        self.lowest, self.highest = ends.lowest, ends.highest
        #: the keys of each cell's least upper end and greatest lower end
        self.least_upper, self.greatest_lower = ends.upper, ends.lower
        self._by_cell: dict[int, list[Bound]] | None = None

    @property
    def by_cell(self) -> dict[int, list[Bound]]:
        """Each cell's bounds, in the claims' order (filed on first use)."""
        if self._by_cell is None:
            by_cell: dict[int, list[Bound]] = {}
            for bound in self.bounds:
                by_cell.setdefault(bound.cell, []).append(bound)
            self._by_cell = by_cell
        return self._by_cell

    def of_cells(self, cells: Collection[int]) -> dict[int, list[Bound]]:
        """The bounds of ``cells``, each cell's in the claims' order (filed for those cells alone)."""
        if self._by_cell is not None:
            return {cell: self._by_cell[cell] for cell in cells}
        bounds = self.bounds
        filed: dict[int, list[Bound]] = {cell: [] for cell in cells}
        for number in self.model.ends().positions(cells):
            bound = bounds[number]
            filed[bound.cell].append(bound)
        return filed

    def cells(self, origin: Sequence[int] | None) -> list[int]:
        """The cells with bounds of the model, or of its component whose cells are ``origin`` there."""
        if origin is None:
            return list(self.lowest)
        lowest = self.lowest
        return [cell for cell, whole in enumerate(origin) if whole in lowest]

    def scaled(self, value: Magnitude) -> int | float:
        """An end (or a floor) in whole units; an unbounded end stays infinite."""
        if isinstance(value, float):
            return value
        return value.numerator * (self.scale // value.denominator)

    def upper(self, bound: Bound) -> EndKey:
        """The key of a bound's upper end."""
        interval = bound.interval
        return 2 * self.scaled(interval.hi) - interval.high_open

    def lower(self, bound: Bound) -> EndKey:
        """The key of a bound's lower end."""
        interval = bound.interval
        return 2 * self.scaled(interval.lo) + interval.low_open


class _Joins:
    """Union–find over a model's cells."""

    def __init__(self, cells: int) -> None:
        self.parent = list(range(cells))

    def find(self, cell: int) -> int:
        parent = self.parent
        while parent[cell] != cell:
            parent[cell] = parent[parent[cell]]
            cell = parent[cell]
        return cell

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _join_background(model: Model, joins: _Joins) -> None:
    """Join the cells the hierarchy's containments and sums relate (and each count's total and share).

    A set's root is its least cell (:meth:`_Joins.union`), so a sum's part still alone joins its whole's
    root by one assignment: the districts of a region join it without a find each.
    """
    for a, b in model.les:
        joins.union(a, b)
    parent, find, union = joins.parent, joins.find, joins.union
    for whole, parts in model.sums:
        root = find(whole)
        for part in parts:
            if parent[part] == part and part > root:  # a part on its own: what union does, at once
                parent[part] = root
            else:
                union(root, part)
                root = find(root)
    for count, (size, share_cell) in model.family.items():
        joins.union(count, size)
        joins.union(count, share_cell)


def _components(model: Model) -> list[tuple[Model, list[int] | None]]:
    """The model's independent parts, each renumbered from zero, in a deterministic order.

    Each part comes with the model's cell of each of its cells (None when the part is the model
    itself). Cells that no constraint relates to another share one part (each alone is independent
    already).

    One pass over the model's cells and constraints: each constraint is filed under its component once,
    so splitting costs the size of the model, whatever the number of components.
    """
    n = len(model.cells)
    joins = _Joins(n)
    _join_background(model, joins)
    relations: list[Share | Difference] = [*model.shares, *model.differences]
    background = roots = [joins.find(cell) for cell in range(n)]
    if relations:
        for relation in relations:
            joins.union(relation.cell, relation.base)
        roots = [joins.find(cell) for cell in range(n)]
    if n and all(root == 0 for root in roots):
        model.background = background  # the oracle's, found on the way
        return [(model, None)]  # one component: the model as it stands
    # cells no constraint relates go into one model together: it has no constraint either, and a
    # dataset of unrelated figures then makes one model, not one per figure
    related = [False] * n
    for a, b in model.les:
        related[a] = related[b] = True
    for whole, members in model.sums:
        for cell in (whole, *members):
            related[cell] = True
    for relation in relations:
        related[relation.cell] = related[relation.base] = True
    for count, (size, share_cell) in model.family.items():
        related[count] = related[size] = related[share_cell] = True
    roots = [root if related[cell] else -1 for cell, root in enumerate(roots)]
    parts: dict[int, Model] = {}
    origins: dict[int, list[int]] = {}
    number = [0] * n  # each cell's index in its component's model
    for cell, root in enumerate(roots):  # cells in order: each part's cells keep the model's order
        part = parts.get(root)
        if part is None:
            part = parts[root] = Model(model.facets)
            origins[root] = []
        number[cell] = part.add_cell(model.cells[cell])
        origins[root].append(cell)
        part.unit[number[cell]] = model.unit[cell]
        part.floor[number[cell]] = model.floor[cell]
    for a, b in model.les:
        parts[roots[a]].les.append((number[a], number[b]))
    for whole, members in model.sums:
        parts[roots[whole]].sums.append((number[whole], tuple(number[p] for p in members)))
    for bound in model.bounds:
        parts[roots[bound.cell]].bounds.append(Bound(bound.claim, number[bound.cell], bound.interval))
    for share in model.shares:
        parts[roots[share.cell]].shares.append(
            Share(share.claim, number[share.cell], number[share.base], share.share, share.role)
        )
    for item in model.differences:
        parts[roots[item.cell]].differences.append(
            Difference(item.claim, number[item.cell], number[item.base], item.offset)
        )
    for cell in model.hidden:
        parts[roots[cell]].hidden.add(number[cell])
    for count, (size, share_cell) in model.family.items():
        parts[roots[count]].family[number[count]] = (number[size], number[share_cell])
    for whole, members in model.averages:
        parts[roots[whole]].averages.append((number[whole], tuple(number[p] for p in members)))
    for cell in model.stated:
        parts[roots[cell]].stated.add(number[cell])
    for root, part in parts.items():  # a background part lies in one component; its least cell stays least
        part.background = [number[background[cell]] for cell in origins[root]]
    return [(parts[root], origins[root]) for root in sorted(parts)]


class _Orders:
    """The orders a witness fixes cells in: parts before wholes, wholes before parts, facet by facet.

    Propagation after each choice keeps every tree-shaped part of the model solvable, whatever the
    values chosen; where sums cross in two facets (a grid) a choice can still lead to a dead end, and
    another order often avoids the one the first met. The first order is made on its own (most
    witnesses need no other); the others when asked for.
    """

    def __init__(self, model: Model, hierarchy: Hierarchy) -> None:
        self.model = model
        #: each cell's depth in each facet (the whole of everything is 0): each value's depth found once
        #: per facet, as cells cross a few values of each facet many times
        columns = zip(*model.cells, strict=True) if model.cells else [()] * len(model.facets)
        found = [
            {value: len(hierarchy.ancestors(facet, value)) + 1 if value else 0 for value in set(column)}
            for facet, column in zip(model.facets, columns, strict=True)
        ]
        self.depths = [list(map(dict.__getitem__, found, key)) for key in model.cells]
        self.total = [sum(depth) for depth in self.depths]
        total = self.total
        self.first = sorted(range(len(model.cells)), key=lambda cell: (-total[cell], cell))
        self._all: list[list[int]] | None = None

    def every(self) -> list[list[int]]:
        """Every order, the first first."""
        if self._all is None:
            total, depths = self.total, self.depths
            cells = range(len(self.model.cells))
            orders = [self.first, sorted(cells, key=lambda cell: (total[cell], cell))]
            if len(self.model.facets) > 1:
                for i in range(len(self.model.facets)):
                    facet_depth = [depth[i] for depth in depths]
                    order = sorted(cells, key=lambda cell: (-facet_depth[cell], -total[cell], cell))
                    orders.append(order)
            self._all = orders
        return self._all


def _witness(prover: Propagator, orders: _Orders) -> bool:
    """Whether a verified witness is found, trying the orders in turn.

    The first order is tried first in whole numbers (every open end closed half a unit inside and
    every derived bound rounded inward: see :meth:`Propagator.witness`), fixing only the cells the
    claims reach (cheap for a few claims on a large model); then with the ends closed but fractions
    allowed (a multiple of an odd number may need one); then every order in full, with the ends as
    they are.
    """
    first = orders.first
    if not first:
        return False
    whole = not prover.model.family  # (a count, its total and its share need fractions)
    if whole and wholes.applies(prover):  # bounds, sums and containments alone: on plain lists
        # the sums above a sum's parts wait while those parts are chosen (the walk where that fails)
        if wholes.holds(prover, first, sparse=True, levels=orders.depths):
            return True
    elif whole and prover.witness(first, sparse=True, closed=True, whole=True) is not None:
        return True
    if prover.witness(first, sparse=True, closed=True) is not None:
        return True
    return any(prover.witness(order) is not None for order in orders.every())


def _lp(model: Model, claims: frozenset[int] | None) -> list[Fraction] | None:
    """Solve the model exactly as a linear program; None when it has no solution."""
    one = Fraction(1)
    rows: list[Row] = []
    totals = {share: size for size, share in model.family.values()}  # each rate's total
    for bound in model.bounds:
        if claims is not None and bound.claim not in claims:
            continue
        interval = bound.interval
        lo, floor = interval.lo, model.floor[bound.cell]
        if isinstance(lo, Fraction) and (lo > floor or (lo == floor and interval.low_open)):
            rows.append(({bound.cell: -one}, "<" if interval.low_open else "<=", -lo))
        if interval.hi != INF:
            rows.append(({bound.cell: one}, "<" if interval.high_open else "<=", Fraction(interval.hi)))
    for a, b in model.les:
        rows.append(({a: one, b: -one}, "<=", Fraction(0)))
    for whole, parts in model.sums:
        coefficients = dict.fromkeys(parts, one)
        coefficients[whole] = coefficients.get(whole, Fraction(0)) - one
        rows.append((coefficients, "=", Fraction(0)))
    swapping = signs.swapping(model, claims)  # multiples of a base that may be below zero: by side
    for share in model.shares:
        if (claims is not None and share.claim not in claims) or share in swapping:
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
        rows.extend(_rated(totals, share))
    for difference in model.differences:
        if claims is not None and difference.claim not in claims:
            continue
        rows.extend(_rated(totals, difference))
        # offset.lo (<)<= cell - base (<)<= offset.hi
        offset = difference.offset
        if isinstance(offset.lo, Fraction):
            row = {difference.cell: -one, difference.base: one}
            rows.append((row, "<" if offset.low_open else "<=", -offset.lo))
        if isinstance(offset.hi, Fraction):
            row = {difference.cell: one, difference.base: -one}
            rows.append((row, "<" if offset.high_open else "<=", offset.hi))
    rates = exact_rates.coupled(model, claims)

    def solved(extra: list[Row]) -> list[Fraction] | None:
        if rates:  # multiples or points of rates: each rate tied to its count and total
            return exact_rates.solve(model, [*rows, *extra], rates)
        return solve_above(model.floor, [*rows, *extra])

    return signs.decide(swapping, solved) if swapping else solved([])


def _rated(totals: dict[int, int], relation: Share | Difference) -> list[Row]:
    """A multiple or points of a rate say both rates' totals are not empty: ``total > 0`` for each."""
    cells = (relation.cell, relation.base)
    return [({totals[cell]: Fraction(-1)}, "<", Fraction(0)) for cell in cells if cell in totals]
