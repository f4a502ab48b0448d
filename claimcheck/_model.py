"""The linear model behind a claim set: one unknown per cell, and the constraints between cells.

A cell is one (subject, scope) pair. Its values are kept as a tuple aligned to the model's facets, with
:data:`TOP` for a facet the cell does not narrow ("all places"). Besides the cells the claims name, the
model holds the cells their sums and containments pass through: every combination of each facet value's
wholes and of the other parts of any partition on the way up (fighters in Syria, when a claim names
fighters in Iraq and Iraq and Syria make a partition). Cells no chain reaches are left out: a cell with no
claim and nothing above it that is bounded only adds a free unknown.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from claimcheck import units
from claimcheck._interval import INF, Interval
from claimcheck.claims import SUBJECT, Claim, normalize_name
from claimcheck.policy import DEFAULT_POLICY
from claimcheck.quantity import Estimate

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from claimcheck.hierarchy import Hierarchy
    from claimcheck.policy import Policy

__all__ = ["TOP", "Bound", "Finding", "Model", "Prepared", "Share", "build_model", "meaning"]

#: The value of a facet a cell does not narrow.
TOP: Final = ""

Key = tuple[str, ...]


class Bound:
    """A claim that puts its cell inside an interval (in the cell's unit)."""

    __slots__ = ("cell", "claim", "interval")

    def __init__(self, claim: int, cell: int, interval: Interval) -> None:
        self.claim, self.cell, self.interval = claim, cell, interval


class Share:
    """A claim that puts its cell between ``share.lo`` and ``share.hi`` times the ``base`` cell."""

    __slots__ = ("base", "cell", "claim", "share")

    def __init__(self, claim: int, cell: int, base: int, share: Interval) -> None:
        self.claim, self.cell, self.base, self.share = claim, cell, base, share


class Finding:
    """Something wrong with claims that is not arithmetic: the claims' positions, a message, a rule id."""

    __slots__ = ("claims", "message", "rule")

    def __init__(self, claims: Sequence[int], message: str, rule: str) -> None:
        self.claims, self.message, self.rule = tuple(claims), message, rule


class Model:
    """Cells, background constraints (containment and sums) and claim constraints."""

    def __init__(self, facets: tuple[str, ...]) -> None:
        """Start an empty model over ``facets`` (the subject first)."""
        self.facets = facets
        self.cells: list[Key] = []
        self.index: dict[Key, int] = {}
        self.unit: list[str] = []
        self.les: list[tuple[int, int]] = []
        self.sums: list[tuple[int, tuple[int, ...]]] = []
        self.bounds: list[Bound] = []
        self.shares: list[Share] = []
        self.findings: list[Finding] = []
        self.stated: set[int] = set()

    def add_cell(self, key: Key) -> int:
        """Return the index of ``key``'s cell, adding it when new."""
        found = self.index.get(key)
        if found is None:
            found = self.index[key] = len(self.cells)
            self.cells.append(key)
            self.unit.append("")
        return found


#: Kinds whose lower end is not printed but comes from the policy's floor ("up to 500" is 0–500).
_FLOORED: Final = frozenset({"at_most", "below"})


def meaning(claim: Claim, estimate: Estimate, policy: Policy | None = None) -> Estimate:
    """The values a claim's figure stands for when checked: the ONE reading every verdict and drawing uses.

    A printed figure stands for every value that rounds to it: each finite printed end moves out by half
    the step of its last printed digit (``estimate.precision``), the lower end staying as closed or open
    as printed and the upper end becoming open, so "12%" is [11.5%, 12.5%) and "$11 billion" is
    [$10.5bn, $11.5bn). A figure with no precision (a whole count, a word such as "half") is unchanged,
    as is every figure under ``Policy(rounding="exact")`` and a claim made with ``exact=True``. The
    lower end of "up to" and "fewer than" is the policy's floor, not a printed figure, and stays.

    The result is in the estimate's own unit, keeps its kind, text, nominal and relation, and has no
    precision left (it is the meaning, so widening it again changes nothing).

    >>> from claimcheck import Claim
    >>> str(meaning(Claim("12%", "s"), Estimate(12, 12, "percent", precision=1)))
    '≥ 11.5% and < 12.5%'
    >>> meaning(Claim("350", "t"), Estimate(350, 350)) == Estimate(350, 350)
    True
    """
    step = estimate.precision
    rounding = (policy or DEFAULT_POLICY).rounding
    if step is None or claim.exact or rounding == "exact":
        return estimate
    half = step / 2
    lo, hi = estimate.lo, estimate.hi
    high_open = estimate.high_open
    if lo != -INF and estimate.kind not in _FLOORED:
        lo -= half
    if hi != INF:
        hi, high_open = hi + half, True
    return Estimate.from_interval(
        Interval(lo, hi, low_open=estimate.low_open, high_open=high_open),
        estimate.unit,
        kind=estimate.kind,
        text=estimate.text,
        nominal=estimate.nominal,
        relation=estimate.relation,
    )


def is_share(claim: Claim, estimate: Estimate) -> bool:
    """Whether an ``of`` claim's figure is a share of its base rather than a count of part of it."""
    if estimate.unit == "percent" or estimate.kind == "fraction":
        return True
    return estimate.dimension == "" and estimate.hi <= 1 and claim.of is not None


class _Closure:
    """Per-facet closures of values: their wholes and the other parts met on the way up.

    Where a partition's parts also sit under other wholes (a hierarchy that is not a tree), the parts
    are taken in too, with their other wholes: the sum and those containments together bound the
    whole by the other wholes, a constraint no cell on the way up would carry.
    """

    def __init__(self, hierarchy: Hierarchy, facets: tuple[str, ...], topped: set[str]) -> None:
        self.hierarchy, self.facets, self.topped = hierarchy, facets, topped
        self.memo: dict[tuple[str, str], frozenset[str]] = {}
        self.shared: dict[tuple[str, str], bool] = {}

    def of(self, facet: str, value: str) -> frozenset[str]:
        found = self.memo.get((facet, value))
        if found is not None:
            return found
        seen = {value}
        stack = [value] if value != TOP else []
        while stack:
            current = stack.pop()
            grown: list[str] = []
            for parent, link in self.hierarchy.parents(facet, current).items():
                grown.append(parent)
                if link == "partition":
                    for parts in self.hierarchy.partitions(facet, parent):
                        if current in parts:
                            grown.extend(parts)
            if self._shared_below(facet, current):
                for parts in self.hierarchy.partitions(facet, current):
                    grown.extend(parts)
            for name in grown:
                if name not in seen:
                    seen.add(name)
                    stack.append(name)
        if facet in self.topped:
            seen.add(TOP)
        result = frozenset(seen)
        self.memo[(facet, value)] = result
        return result

    def _shared_below(self, facet: str, value: str) -> bool:
        """Whether some value the partitions below ``value`` reach has more than one whole."""
        known = self.shared.get((facet, value))
        if known is None:
            self.shared[(facet, value)] = False  # a guard; hierarchies have no cycles
            known = any(
                len(self.hierarchy.parents(facet, part)) > 1 or self._shared_below(facet, part)
                for parts in self.hierarchy.partitions(facet, value)
                for part in parts
            )
            self.shared[(facet, value)] = known
        return known


class Prepared:
    """What every model built from one claim list shares: normalised facets and the ids' positions.

    Computed once per :func:`~claimcheck.check`, so building the small model of a few claims (as the
    search for minimal conflicts does many times) costs nothing per claim of the whole list.
    """

    __slots__ = ("facets", "ids")

    def __init__(self, claims: Sequence[Claim]) -> None:
        """Normalise every claim's facets and id."""
        self.facets = [claim.facets for claim in claims]
        self.ids = {normalize_name(claim.id or ""): k for k, claim in enumerate(claims)}


def build_model(
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    hierarchy: Hierarchy,
    *,
    only: Iterable[int] | None = None,
    prepared: Prepared | None = None,
) -> Model:
    """Build the model of the claims whose estimate is not None (positions index ``claims``).

    Args:
        claims: every claim; an ``of`` may name any of them.
        estimates: each claim's figure, or None to leave the claim out.
        hierarchy: the background.
        only: the positions to build from (all claims with an estimate when None).
        prepared: the claims' normalised names, when the caller already has them.
    """
    if prepared is None:
        prepared = Prepared(claims)
    candidates = range(len(claims)) if only is None else sorted(set(only))
    active = [k for k in candidates if estimates[k] is not None]
    # an `of` names a claim by id even when that claim itself is left out (a subset under test):
    # the share is of the base claim's cell, not of its figure
    ids = prepared.ids
    findings: list[Finding] = []
    bases: dict[int, int] = {}
    for k in active:
        of = claims[k].of
        if of is None:
            continue
        base = ids.get(normalize_name(of))
        if base is None or base == k:
            what = "itself" if base == k else "no claim"
            findings.append(
                Finding(
                    [k],
                    f"claim {claims[k].id} is a share of {of!r}, but that names {what}",
                    "unknown-share-base",
                )
            )
            continue
        bases[k] = base
    named = sorted({*active, *bases.values()})
    facet_names = {SUBJECT}
    for k in named:
        facet_names.update(prepared.facets[k])
    facets = (SUBJECT, *sorted(facet_names - {SUBJECT}))
    model = Model(facets)
    model.findings.extend(findings)
    keys = {k: tuple(prepared.facets[k].get(facet, TOP) for facet in facets) for k in named}
    topped = {facet for i, facet in enumerate(facets) if any(key[i] == TOP for key in keys.values())}

    closure = _Closure(hierarchy, facets, topped)
    products: set[tuple[frozenset[str], ...]] = set()
    for k in active:
        if claims[k].of is not None and k not in bases:
            continue
        for key in (keys[k], *([keys[bases[k]]] if k in bases else [])):
            products.add(tuple(closure.of(facet, value) for facet, value in zip(facets, key, strict=True)))
    for product in sorted(products, key=lambda sets: tuple(sorted(s) for s in sets)):
        for key in itertools.product(*(sorted(values) for values in product)):
            model.add_cell(key)
    _link_cells(model, hierarchy, topped)
    _add_claims(model, claims, estimates, keys, bases, active=set(active))
    return model


def _link_cells(model: Model, hierarchy: Hierarchy, topped: set[str]) -> None:
    """Add containment and sum constraints between the model's cells."""
    index = model.index
    for cell, key in enumerate(model.cells):
        for i, facet in enumerate(model.facets):
            value = key[i]
            if value == TOP:
                continue
            parents = hierarchy.parents(facet, value)
            if not parents and facet in topped:
                parents = {TOP: "subset"}
            for parent, link in parents.items():
                whole = index.get((*key[:i], parent, *key[i + 1 :]))
                if whole is not None and (
                    link == "subset" or not _in_complete_partition(model, key, i, parent, hierarchy)
                ):
                    model.les.append((cell, whole))
            for parts in hierarchy.partitions(facet, value):
                members = [index.get((*key[:i], part, *key[i + 1 :])) for part in parts]
                if all(member is not None for member in members):
                    model.sums.append((cell, tuple(m for m in members if m is not None)))


def _in_complete_partition(
    model: Model, key: tuple[str, ...], i: int, whole: str, hierarchy: Hierarchy
) -> bool:
    """Whether the cell ``key`` is a part in some partition of ``whole`` whose parts are all cells."""
    for parts in hierarchy.partitions(model.facets[i], whole):
        if key[i] in parts and all((*key[:i], part, *key[i + 1 :]) in model.index for part in parts):
            return True
    return False


def _add_claims(
    model: Model,
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    keys: dict[int, tuple[str, ...]],
    bases: dict[int, int],
    *,
    active: set[int],
) -> None:
    """Give cells their units and add each ``active`` claim's constraint; report unit mismatches."""
    dimension: dict[int, tuple[str, int]] = {}
    canonical: dict[str, str] = {}
    usable: list[int] = []
    for k, key in keys.items():
        estimate = estimates[k]
        if k not in active or estimate is None or (claims[k].of is not None and k not in bases):
            continue
        if k in bases and is_share(claims[k], estimate):
            usable.append(k)
            continue
        cell = model.index[key]
        canonical.setdefault(estimate.dimension, estimate.unit)
        first = dimension.setdefault(cell, (estimate.dimension, k))
        if first[0] != estimate.dimension:
            model.findings.append(_mismatch(model, claims, estimates, first[1], k))
            continue
        usable.append(k)
    _spread_dimensions(model, claims, estimates, dimension)
    for cell, (dim, _) in dimension.items():
        model.unit[cell] = canonical.get(dim, "")
    for k in usable:
        estimate = estimates[k]
        if estimate is None:  # pragma: no cover - filtered above
            continue
        cell = model.index[keys[k]]
        model.stated.add(cell)
        if k in bases:
            base = model.index[keys[bases[k]]]
            if cell in dimension and base in dimension and dimension[cell][0] != dimension[base][0]:
                model.findings.append(_mismatch(model, claims, estimates, dimension[base][1], k))
                continue
            if is_share(claims[k], estimate):
                share = estimate.interval.scale(units.conversion_factor(estimate.unit, ""))
                share = share.intersection(Interval(0, INF)) or Interval(0, 0)
                model.shares.append(Share(k, cell, base, share))
                continue
            model.shares.append(Share(k, cell, base, Interval(0, 1)))
        factor = units.conversion_factor(estimate.unit, model.unit[cell])
        model.bounds.append(Bound(k, cell, estimate.interval.scale(factor)))


def _spread_dimensions(
    model: Model,
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    dimension: dict[int, tuple[str, int]],
) -> None:
    """Carry each cell's dimension along the constraints; drop those that join two dimensions."""
    edges: list[tuple[int, int]] = list(model.les)
    edges += [(whole, part) for whole, parts in model.sums for part in parts]
    neighbours: dict[int, list[int]] = {}
    for a, b in edges:
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    stack = sorted(dimension)
    while stack:
        cell = stack.pop()
        for other in neighbours.get(cell, ()):
            if other not in dimension:
                dimension[other] = dimension[cell]
                stack.append(other)

    def joins(a: int, b: int) -> bool:
        if a in dimension and b in dimension and dimension[a][0] != dimension[b][0]:
            finding = _mismatch(model, claims, estimates, dimension[a][1], dimension[b][1])
            if all(f.claims != finding.claims for f in model.findings):
                model.findings.append(finding)
            return True
        return False

    model.les = [(a, b) for a, b in model.les if not joins(a, b)]
    model.sums = [
        (whole, parts) for whole, parts in model.sums if not any(joins(whole, part) for part in parts)
    ]


def _mismatch(
    model: Model, claims: Sequence[Claim], estimates: Sequence[Estimate | None], a: int, b: int
) -> Finding:
    """A finding for two claims whose units measure different things."""
    del model
    names = []
    for k in (a, b):
        estimate = estimates[k]
        names.append((estimate.unit if estimate is not None else "") or "a plain count")
    return Finding(
        sorted((a, b)),
        f"claim {claims[a].id} ({names[0]}) and claim {claims[b].id} ({names[1]}) measure "
        "different things and cannot be compared",
        "unit-mismatch",
    )
