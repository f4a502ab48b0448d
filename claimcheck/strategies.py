"""Hypothesis strategies for claimcheck's model: estimates, hierarchies, claims and claim sets.

Use them to test code that produces or consumes claims. :func:`consistent_claim_sets` draws true values
first and states intervals around them, so every set it draws can all be true:

>>> from hypothesis import given, settings, strategies as st
>>> from claimcheck import check
>>> @settings(max_examples=20, deadline=None)
... @given(st.data())
... def test_consistent_sets_pass(data):
...     h = data.draw(hierarchies())
...     assert check(data.draw(consistent_claim_sets(h)), h).ok
>>> test_consistent_sets_pass()

Hierarchies drawn here are trees: every value has one whole.
"""

from __future__ import annotations

import itertools
from fractions import Fraction
from typing import TYPE_CHECKING, Final

import attrs

from claimcheck._values.interval import INF
from claimcheck.claims import SUBJECT, Claim
from claimcheck.hierarchy import Hierarchy
from claimcheck.quantity import Estimate, format_magnitude


def _hypothesis_setup_hook() -> None:
    """Register the strategies for ``st.from_type`` (Hypothesis calls this through its entry point).

    After it, ``st.from_type(claimcheck.Estimate)`` and ``st.from_type(claimcheck.Claim)`` draw from
    :func:`estimates` and :func:`claims`, and so do ``st.builds`` and ``@given`` with type hints.

    Defined before this module imports Hypothesis, and registering deferred strategies, because when
    this module is the first to import Hypothesis, Hypothesis calls the hook before the module is done.
    """
    from hypothesis import strategies as st  # noqa: PLC0415 - see above

    # lambdas: the names are looked up at draw time, when the module has finished
    st.register_type_strategy(Estimate, st.deferred(lambda: estimates()))  # noqa: PLW0108
    st.register_type_strategy(Claim, st.deferred(lambda: claims()))  # noqa: PLW0108


from hypothesis import strategies as st  # noqa: E402 - after the hook; see its docstring

if TYPE_CHECKING:
    from claimcheck.quantity import Kind

__all__ = [
    "UNIT_FAMILIES",
    "claim_sets",
    "claim_sets_in_units",
    "claim_sets_in_words",
    "claim_sets_with_counts_of",
    "claims",
    "consistent_claim_sets",
    "estimates",
    "hierarchies",
    "words",
]

_TOP = ""


@st.composite
def estimates(draw: st.DrawFn, *, max_value: int = 1_000, unit: str = "") -> Estimate:
    """Draw an estimate with whole-number ends up to ``max_value``, any ends open or unbounded."""
    lo = draw(st.integers(0, max_value))
    hi = draw(st.one_of(st.integers(lo, max_value), st.just(INF)))
    low_open = draw(st.booleans()) and lo < hi
    high_open = draw(st.booleans()) and lo < hi
    return Estimate(lo, hi, unit, low_open=low_open, high_open=high_open)


@st.composite
def hierarchies(
    draw: st.DrawFn,
    *,
    facets: tuple[str, ...] = (SUBJECT, "place"),
    max_depth: int = 2,
    max_children: int = 3,
) -> Hierarchy:
    """Draw a tree hierarchy for each facet, its values named "place", "place.1", "place.1.2", ….

    Each value with children has them either as a partition or as subsets.
    """
    hierarchy = Hierarchy()
    for facet in facets:
        stack = [(facet, 0)]
        while stack:
            value, depth = stack.pop()
            if depth >= max_depth:
                continue
            count = draw(st.integers(0 if depth else 1, max_children))
            if count == 0:
                continue
            children = [f"{value}.{number}" for number in range(1, count + 1)]
            if draw(st.booleans()):
                hierarchy.partition(facet, value, children)
            else:
                for child in children:
                    hierarchy.subset(facet, child, of=value)
            stack.extend((child, depth + 1) for child in children)
    return hierarchy


def _cells(hierarchy: Hierarchy, facets: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Every cell over the hierarchy's values; a facet other than the subject may be left whole."""
    choices = []
    for facet in facets:
        values = hierarchy.values(facet) or [facet]
        choices.append(values if facet == SUBJECT else [_TOP, *values])
    return list(itertools.product(*choices))


def _claim(
    value: Estimate,
    facets: tuple[str, ...],
    cell: tuple[str, ...],
    *,
    id: str | None = None,  # noqa: A002 - Claim's own field name
    of: str | None = None,
) -> Claim:
    scope = {facet: name for facet, name in zip(facets[1:], cell[1:], strict=True) if name}
    return Claim(value, cell[0], scope, id=id, of=of)


def _facets(hierarchy: Hierarchy) -> tuple[str, ...]:
    return (SUBJECT, *sorted(hierarchy.facets - {SUBJECT}))


@st.composite
def claims(draw: st.DrawFn, hierarchy: Hierarchy | None = None) -> Claim:
    """Draw one claim about a cell of ``hierarchy`` (or about a free subject when there is none)."""
    if hierarchy is None:
        subject = draw(st.sampled_from(["fighters", "members", "deaths", "cash reserves"]))
        return Claim(draw(estimates()), subject)
    facets = _facets(hierarchy)
    cell = draw(st.sampled_from(_cells(hierarchy, facets)))
    return _claim(draw(estimates()), facets, cell)


@st.composite
def claim_sets(
    draw: st.DrawFn, hierarchy: Hierarchy, *, max_size: int = 6, max_value: int = 100
) -> list[Claim]:
    """Draw claims about cells of ``hierarchy``, ids "k1", "k2", …; some relate to another claim.

    Besides plain figures, some claims are shares of another claim's figure ("half of them"), multiples
    of it ("two to three times as many", "more than doubled"), differences from it ("12 more than",
    "5 fewer than"; never from a claim about the same cell), and some are percentages of their own
    cell's total ("55% of men"). Nothing keeps them consistent: use this to test both verdicts.
    """
    facets = _facets(hierarchy)
    cells = _cells(hierarchy, facets)
    size = draw(st.integers(1, max_size))
    drawn: list[tuple[Claim, tuple[str, ...]]] = []
    for number in range(1, size + 1):
        cell = draw(st.sampled_from(cells))
        roll = draw(st.integers(0, 9))
        others = [claim for claim, at in drawn if at != cell]
        if drawn and roll <= 2:
            base = draw(st.sampled_from([claim for claim, _ in drawn]))
            value = _share(draw) if roll == 0 else _ratio(draw)
        elif others and roll == 3:
            base = draw(st.sampled_from(others))
            value = _difference(draw, max_value)
        else:
            value = _own_share(draw) if roll == 4 else draw(estimates(max_value=max_value))
            drawn.append((_claim(value, facets, cell, id=f"k{number}"), cell))
            continue
        drawn.append((_claim(value, facets, cell, id=f"k{number}", of=base.id or ""), cell))
    return [claim for claim, _ in drawn]


def _share(draw: st.DrawFn) -> Estimate:
    """A share of a base, in tenths: "half", "between 0.3 and 0.5"."""
    lo = Fraction(draw(st.integers(0, 10)), 10)
    hi = lo + Fraction(draw(st.integers(0, 5)), 10)
    return Estimate(lo, hi, kind="fraction", low_open=draw(st.booleans()) and lo < hi)


def _ratio(draw: st.DrawFn) -> Estimate:
    """A multiple of a base, in halves, maybe unbounded: "three times", "more than doubled"."""
    lo = Fraction(draw(st.integers(0, 8)), 2)
    shape = draw(st.sampled_from(["one", "range", "open"]))
    hi = lo if shape == "one" else lo + Fraction(draw(st.integers(1, 4)), 2) if shape == "range" else INF
    low_open = lo < hi and draw(st.booleans())
    high_open = lo < hi and draw(st.booleans())
    return Estimate(lo, hi, low_open=low_open, high_open=high_open, relation="ratio")


def _difference(draw: st.DrawFn, max_value: int) -> Estimate:
    """A signed difference from a base, maybe unbounded above: "12 more than", "5 fewer than"."""
    lo = draw(st.integers(-max_value, max_value))
    shape = draw(st.sampled_from(["one", "range", "open"]))
    hi = lo if shape == "one" else lo + draw(st.integers(1, max_value)) if shape == "range" else INF
    low_open = lo < hi and draw(st.booleans())
    high_open = lo < hi and draw(st.booleans())
    return Estimate(lo, hi, low_open=low_open, high_open=high_open, relation="difference")


def _own_share(draw: st.DrawFn) -> Estimate:
    """A percentage of the cell's own total, in steps of 5%: "55%", "between 40% and 60%"."""
    lo = 5 * draw(st.integers(0, 20))
    hi = min(100, lo + 5 * draw(st.integers(0, 6)))
    low_open = lo < hi and draw(st.booleans())
    high_open = lo < hi and draw(st.booleans())
    return Estimate(lo, hi, "percent", low_open=low_open, high_open=high_open, relation="share")


def _atoms(hierarchy: Hierarchy, facet: str) -> dict[str, list[str]]:
    """Each value's smallest pieces: leaves, plus a "rest" for values whose children are subsets."""
    values = hierarchy.values(facet) or [facet]
    children: dict[str, list[str]] = {value: [] for value in values}
    for value in values:
        for parent in hierarchy.parents(facet, value):
            children[parent].append(value)
    atoms: dict[str, list[str]] = {}

    def collect(value: str) -> list[str]:
        if value not in atoms:
            found = [atom for child in children[value] for atom in collect(child)]
            exhaustive = bool(hierarchy.partitions(facet, value))
            atoms[value] = found if exhaustive else [*found, f"{value}/rest"]
        return atoms[value]

    roots = [value for value in values if not hierarchy.parents(facet, value)]
    atoms[_TOP] = [atom for root in roots for atom in collect(root)]
    return atoms


@st.composite
def consistent_claim_sets(
    draw: st.DrawFn, hierarchy: Hierarchy, *, max_size: int = 8, max_value: int = 100
) -> list[Claim]:
    """Draw claims that can all be true: true values first, then intervals that contain them.

    Every smallest piece of every cell gets a whole number; a cell's true value is the sum of its
    pieces, so partitions add up and subsets fit. Each claim's interval contains its cell's value (an
    open end never at it); a share claim's interval contains the true ratio to its base.
    """
    facets = _facets(hierarchy)
    atoms = {facet: _atoms(hierarchy, facet) for facet in facets}
    pieces = list(itertools.product(*(atoms[facet][_TOP] for facet in facets)))
    values = dict(
        zip(
            pieces,
            draw(st.lists(st.integers(0, max_value), min_size=len(pieces), max_size=len(pieces))),
            strict=True,
        )
    )

    def truth(cell: tuple[str, ...]) -> int:
        boxes = [atoms[facet][value] for facet, value in zip(facets, cell, strict=True)]
        return sum(values[piece] for piece in itertools.product(*boxes))

    cells = _cells(hierarchy, facets)
    drawn: list[tuple[Claim, int, tuple[str, ...]]] = []
    for number in range(1, draw(st.integers(1, max_size)) + 1):
        cell = draw(st.sampled_from(cells))
        true = truth(cell)
        ident = f"k{number}"
        # a multiple of a share of its own cell multiplies the share (a rate), not the count: not here
        bases = [
            (claim, value)
            for claim, value, _ in drawn
            if value > 0 and claim.of is None and getattr(claim.value, "relation", "") != "share"
        ]
        roll = draw(st.integers(0, 7))
        if bases and roll <= 1:  # a share ("half of them") or a multiple ("twice as many")
            base, base_value = draw(st.sampled_from(bases))
            ratio = Fraction(true, base_value)
            if roll == 0:
                value = _around(draw, ratio, Fraction(1, 10), kind="fraction")
            else:
                value = attrs.evolve(_around(draw, ratio, Fraction(1, 2)), relation="ratio")
            drawn.append((_claim(value, facets, cell, id=ident, of=base.id or ""), true, cell))
            continue
        others = [(claim, value) for claim, value, at in drawn if at != cell and claim.of is None]
        if others and roll == 2:
            base, base_value = draw(st.sampled_from(others))
            value = _signed_around(draw, Fraction(true - base_value), Fraction(draw(st.integers(0, 20))))
            drawn.append((_claim(value, facets, cell, id=ident, of=base.id or ""), true, cell))
            continue
        parents = list(hierarchy.parents(SUBJECT, cell[0]))
        total = truth((parents[0], *cell[1:])) if len(parents) == 1 else 0
        if total > 0 and roll == 3:
            share = _around(draw, Fraction(100 * true, total), Fraction(5))
            value = attrs.evolve(share, unit="percent", relation="share")
            drawn.append((_claim(value, facets, cell, id=ident), true, cell))
            continue
        estimate = _around(draw, Fraction(true), Fraction(draw(st.integers(0, 20))))
        drawn.append((_claim(estimate, facets, cell, id=ident), true, cell))
    return [claim for claim, _, _ in drawn]


def _signed_around(draw: st.DrawFn, value: Fraction, step: Fraction) -> Estimate:
    """An interval containing a signed ``value`` (a difference): each end exact, near or unbounded."""
    lo: Fraction | float = value - step if draw(st.booleans()) else value
    shape = draw(st.sampled_from(["at", "near", "open"]))
    hi = value if shape == "at" else value + step if shape == "near" else INF
    low_open = lo < value and draw(st.booleans())
    high_open = hi > value and draw(st.booleans())
    return Estimate(lo, hi, low_open=low_open, high_open=high_open, relation="difference")


def _around(draw: st.DrawFn, value: Fraction, step: Fraction, *, kind: Kind | None = None) -> Estimate:
    """An interval containing ``value``: each end exact, a little away (open or not) or unbounded."""
    below = draw(st.sampled_from(["at", "near", "none"]))
    above = draw(st.sampled_from(["at", "near", "none"]))
    lo: Fraction | float = value if below == "at" else max(Fraction(0), value - step)
    hi: Fraction | float = value if above == "at" else value + step if above == "near" else INF
    if below == "none":
        lo = Fraction(0)
    low_open = lo < value and draw(st.booleans())
    high_open = hi > value and draw(st.booleans())
    if kind is None:
        return Estimate(lo, hi, low_open=low_open, high_open=high_open)
    return Estimate(lo, hi, low_open=low_open, high_open=high_open, kind=kind)


#: Units of one dimension each; a claim set in units draws one family and each claim a unit from it.
UNIT_FAMILIES: Final[tuple[tuple[str, ...], ...]] = (
    ("kilometer", "meter", "mile"),
    ("USD",),
    ("tonne", "kilogram"),
)


def _is_related(claim: Claim) -> bool:
    """Whether the claim's figure is stated against another figure: an ``of``, or its cell's total."""
    value = claim.value
    return claim.of is not None or (isinstance(value, Estimate) and value.relation != "amount")


@st.composite
def claim_sets_in_units(
    draw: st.DrawFn, hierarchy: Hierarchy, *, max_size: int = 6, max_value: int = 100
) -> list[Claim]:
    """Draw :func:`claim_sets` whose figures are in units, several of one dimension in each set.

    Each set draws a family from :data:`UNIT_FAMILIES` (lengths, dollars or masses) and each claim a unit
    of it (km, m or miles for lengths), so the engine converts between them. Differences ("12 km
    more than") take a unit too; shares and multiples keep their figure.
    """
    family = draw(st.sampled_from(UNIT_FAMILIES))
    drawn = draw(claim_sets(hierarchy, max_size=max_size, max_value=max_value))
    return [
        attrs.evolve(claim, value=attrs.evolve(claim.value, unit=draw(st.sampled_from(family))))
        if isinstance(claim.value, Estimate)
        and (claim.value.relation == "difference" or not _is_related(claim))
        else claim
        for claim in drawn
    ]


def words(estimate: Estimate) -> str | None:
    """The words a reporter would write for a dimensionless estimate, or None when no phrase says it.

    >>> words(Estimate(5, 12)), words(Estimate(0, 12, high_open=True)), words(Estimate(5, 12, low_open=True))
    ('between 5 and 12', 'fewer than 12', None)
    """
    lo, hi = estimate.lo, estimate.hi
    if estimate.unit or estimate.kind == "fraction" or lo == -INF:
        return None
    if lo == hi:
        return format_magnitude(lo) if isinstance(lo, Fraction) and lo.denominator == 1 else None
    if hi == INF:
        return f"{'more than' if estimate.low_open else 'at least'} {format_magnitude(lo)}"
    if lo == 0 and not estimate.low_open:
        return f"{'fewer than' if estimate.high_open else 'up to'} {format_magnitude(hi)}"
    if estimate.low_open or estimate.high_open:
        return None
    return f"between {format_magnitude(lo)} and {format_magnitude(hi)}"


@st.composite
def claim_sets_in_words(
    draw: st.DrawFn, hierarchy: Hierarchy, *, max_size: int = 6, max_value: int = 100
) -> list[Claim]:
    """Draw :func:`claim_sets` whose figures are often text, where words can say them.

    "between 5 and 12", "at least 40", "fewer than 12", "7": the engine reads them through the parser.
    Claims with ``of`` keep their figure.
    """
    drawn = draw(claim_sets(hierarchy, max_size=max_size, max_value=max_value))
    found = []
    for claim in drawn:
        text = None if _is_related(claim) or not isinstance(claim.value, Estimate) else words(claim.value)
        found.append(claim if text is None or not draw(st.booleans()) else attrs.evolve(claim, value=text))
    return found


@st.composite
def claim_sets_with_counts_of(
    draw: st.DrawFn, hierarchy: Hierarchy, *, max_size: int = 6, max_value: int = 100
) -> list[Claim]:
    """Draw :func:`claim_sets` in which some claims with ``of`` state a count among their base.

    "30 of them" is at most the base, not a share of it. The counts reach past 1, so no reading by size
    could take them for shares.
    """
    drawn = draw(claim_sets(hierarchy, max_size=max_size, max_value=max_value))
    found = []
    for claim in drawn:
        if _is_related(claim) and draw(st.booleans()):
            lo = draw(st.integers(0, max_value))
            hi = draw(st.integers(max(lo, 2), max(lo, 2) + max_value))
            count = Estimate(lo, hi, low_open=lo < hi and draw(st.booleans()))
            claim = attrs.evolve(claim, value=count)  # noqa: PLW2901
        found.append(claim)
    return found
