"""The work a check no longer repeats, each shortcut compared with the long way it replaces.

A check of 100,000 claims over a partition of regions with districts under each spends its time on
passes over every claim and cell; these tests pin the representations that let it skip a pass: the
names a report prints are read only when one is asked for; the background's parts (containments and
sums joined) are found once, when the model is split into components, and handed to each part; cells
are linked by visiting only those whose value has parts or wholes; claims that each state their own
cell are placed and bounded in one pass; and a claim's bound that crosses nothing is set without the
general narrowing step.
"""

from __future__ import annotations

import contextlib
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from profiles import examples

from claimcheck import Claim, Hierarchy, check
from claimcheck._solving import explain
from claimcheck._solving import model as model_module
from claimcheck._solving.closures import NO_WHOLES
from claimcheck._solving.model import TOP, Model, build_model, prepare
from claimcheck._solving.propagate import Propagator
from claimcheck.claims import assign_ids, role, roles
from claimcheck.engine import _components
from claimcheck.errors import ModelError
from claimcheck.strategies import claim_sets, claim_sets_in_units, claim_sets_in_words, hierarchies

pytestmark = pytest.mark.oracle  # the hunt's properties (.ci/hunt)


class _Counted(list[Claim]):
    """A claim list that counts how often a claim is read from it by position."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[override]
        self.reads += 1
        return super().__getitem__(index)

    def __iter__(self):
        self.reads += 1
        return super().__iter__()


def _district_claims() -> tuple[list[Claim], Hierarchy]:
    hierarchy = Hierarchy()
    hierarchy.partition("place", "the county", ["North  Ward", "South Ward"])
    claims = assign_ids(
        [
            Claim("about 5,000", "Voters", {"Place": "the county"}),
            Claim("2,000 to 2,500", "Voters", {"Place": "North  Ward"}),
            Claim("2,400 to 2,600", "Voters", {"Place": "South Ward"}),
        ]
    )
    return claims, hierarchy


def test_a_namer_reads_no_claim_until_a_name_is_asked():
    claims, hierarchy = _district_claims()
    counted = _Counted(claims)
    _, estimates, prepared = prepare(claims, hierarchy)
    names = explain.Namer(counted, hierarchy, firsts=prepared.firsts, names=prepared.names)
    assert counted.reads == 0
    model = build_model(claims, estimates, hierarchy, prepared=prepared)
    north = next(cell for cell, key in enumerate(model.cells) if "north ward" in key)
    # the claims' own spellings, spaces squeezed, not the normalised names
    assert names.cell(model, north) == "Voters in North Ward"
    assert counted.reads > 0
    # the same names a Namer reading every claim finds
    assert names.values == explain.Namer(claims, hierarchy).values
    assert names.facet_names == explain.Namer(claims, hierarchy).facet_names


def test_a_conflict_names_cells_as_the_claims_spell_them():
    claims, hierarchy = _district_claims()
    claims = [Claim("at most 4,000", "Voters", {"Place": "the county"}, id=claims[0].id), *claims[1:]]
    report = check(claims, hierarchy)
    assert not report.ok
    assert "Voters in North Ward" in report.conflicts[0].message


def _plain_background(part) -> list[int]:
    """Each cell's least cell joined by containments, sums and share families: plain union-find."""
    parent = list(range(len(part.cells)))

    def find(cell: int) -> int:
        while parent[cell] != cell:
            cell = parent[cell]
        return cell

    def union(a: int, b: int) -> None:
        root_a, root_b = find(a), find(b)
        parent[max(root_a, root_b)] = min(root_a, root_b)

    for a, b in part.les:
        union(a, b)
    for whole, parts in part.sums:
        for cell in parts:
            union(whole, cell)
    for count, (size, share) in part.family.items():
        union(count, size)
        union(count, share)
    return [find(cell) for cell in range(len(part.cells))]


@settings(max_examples=examples(150))
@given(st.data())
def test_each_component_carries_the_background_a_union_find_of_its_own_finds(data):
    hierarchy = data.draw(hierarchies(facets=("subject", "place", "year"), max_children=3))
    claims = assign_ids(data.draw(claim_sets(hierarchy, max_size=8)))
    _, estimates, prepared = prepare(claims, hierarchy)
    model = build_model(claims, estimates, hierarchy, prepared=prepared)
    for part, _ in _components(model):
        assert part.background == _plain_background(part)


def test_a_sum_whose_parts_are_joined_already_keeps_one_root():
    # a region's districts summed twice (two partitions of the region), and a district inside two sums
    hierarchy = Hierarchy()
    hierarchy.partition("place", "region", ["d1", "d2", "d3"])
    hierarchy.partition("place", "region", ["d1", "east"])
    hierarchy.partition("place", "east", ["d2", "d3"])
    claims = assign_ids([Claim("10", "voters", {"place": place}) for place in ("d1", "d2", "d3", "east")])
    _, estimates, prepared = prepare(claims, hierarchy)
    model = build_model(claims, estimates, hierarchy, prepared=prepared)
    [(part, _)] = _components(model)
    assert part.background == _plain_background(part)
    assert len(set(part.background)) == 1


@st.composite
def _dags(draw: st.DrawFn) -> Hierarchy:
    """Tree hierarchies over places and years, with a few more links: values under two wholes."""
    hierarchy = draw(hierarchies(facets=("subject", "place", "year")))
    for _ in range(draw(st.integers(0, 3))):
        facet = draw(st.sampled_from(sorted(hierarchy.facets)))
        values = hierarchy.values(facet)
        if len(values) < 2:
            continue
        part, whole = draw(st.sampled_from(values)), draw(st.sampled_from(values))
        with contextlib.suppress(ModelError):  # a cycle or two disjoint wholes: skip that link
            if draw(st.booleans()):
                hierarchy.subset(facet, part, of=whole)
            else:
                hierarchy.partition(facet, whole, [part, f"{whole}.x"])
    return hierarchy


def _linked_cell_by_cell(model: Model, hierarchy: Hierarchy, topped: set[str]) -> tuple[list, list]:
    """The containments and sums of the model's cells, every cell and facet visited (the long way)."""
    les, sums = [], []
    for cell, key in enumerate(model.cells):
        for i, facet in enumerate(model.facets):
            value = key[i]
            if value == TOP or not hierarchy.adds(facet):
                continue
            wholes, below = hierarchy.links(facet)
            parents = dict(wholes.get(value, NO_WHOLES))
            if not parents and facet in topped:
                parents = {TOP: "subset"}
            for parent, link in parents.items():
                whole_key = (*key[:i], parent, *key[i + 1 :])
                whole = model.index.get(whole_key)
                if whole is None:
                    continue
                complete = {
                    part
                    for parts in hierarchy.partitions(facet, parent)
                    if all((*key[:i], part, *key[i + 1 :]) in model.index for part in parts)
                    for part in parts
                }
                if link == "subset" or value not in complete:
                    les.append((cell, whole))
            for parts in below.get(value, ()):
                members = [model.index.get((*key[:i], part, *key[i + 1 :])) for part in parts]
                if None not in members:
                    sums.append((cell, tuple(members)))
    return les, sums


@settings(max_examples=examples(200))
@given(st.data())
def test_linking_only_the_cells_with_parts_or_wholes_adds_every_constraint_in_order(data):
    hierarchy = data.draw(_dags())
    claims = assign_ids(data.draw(claim_sets(hierarchy, max_size=8)))
    _, estimates, prepared = prepare(claims, hierarchy)
    model = build_model(claims, estimates, hierarchy, prepared=prepared)
    topped = {facet for i, facet in enumerate(model.facets) if any(key[i] == TOP for key in model.cells)}
    linked = Model(model.facets)
    linked.add_cells(model.cells)
    model_module._link_cells(linked, hierarchy, topped)
    assert (linked.les, linked.sums) == _linked_cell_by_cell(linked, hierarchy, topped)


def test_cells_added_at_once_are_the_cells_added_one_by_one():
    one_by_one, at_once = Model(("subject", "place")), Model(("subject", "place"))
    keys = [("voters", "north"), ("voters", "south"), ("voters", TOP)]
    for key in keys:
        one_by_one.add_cell(key)
    at_once.add_cells(keys)
    at_once.add_cells([("voters", "east"), ("voters", "north")])  # one held already: one by one
    one_by_one.add_cell(("voters", "east"))
    assert (at_once.cells, at_once.index) == (one_by_one.cells, one_by_one.index)
    assert (at_once.unit, at_once.floor) == (one_by_one.unit, one_by_one.floor)


def _built(claims, hierarchy, *, two_passes: bool) -> Model:
    """The claims' model; with ``two_passes``, placed and then bounded as claims with relations are."""
    _, estimates, prepared = prepare(claims, hierarchy)
    if not two_passes:
        return build_model(claims, estimates, hierarchy, prepared=prepared)
    original = model_module._Meant

    class _Related(original):  # a total named for no claim: placed the way relations are
        def __init__(self, roles, sizes):
            # (roles are read only where a claim relates cells: asked here, as that path reads them)
            roles = roles or model_module._roles(claims, estimates, range(len(claims)))
            super().__init__(roles, sizes or {-1: (("",), False)})

    model_module._Meant = _Related
    try:
        return build_model(claims, estimates, hierarchy, prepared=prepared)
    finally:
        model_module._Meant = original


def _shape(model: Model) -> tuple:
    return (
        model.cells,
        model.unit,
        model.les,
        model.sums,
        [(bound.claim, bound.cell, bound.interval) for bound in model.bounds],
        [(finding.claims, finding.message) for finding in model.findings],
        model.stated,
    )


@settings(max_examples=examples(200))
@given(st.data())
def test_claims_of_their_own_cells_are_placed_and_bounded_in_one_pass_as_in_two(data):
    hierarchy = data.draw(_dags())
    claims = data.draw(claim_sets_in_units(hierarchy, max_size=8))
    claims = assign_ids([claim for claim in claims if claim.of is None and claim.value.relation == "amount"])
    if claims and data.draw(st.booleans()):  # a figure of another dimension: a unit mismatch
        claims = [*claims, *assign_ids([Claim("40 kg", claims[0].subject, claims[0].scope, id="kg")])[:1]]
    one = _built(claims, hierarchy, two_passes=False)
    two = _built(claims, hierarchy, two_passes=True)
    assert _shape(one) == _shape(two)


@settings(max_examples=examples(200))
@given(st.data())
def test_bounds_set_without_the_narrowing_step_run_as_through_it(data):
    hierarchy = data.draw(_dags())
    claims = assign_ids(data.draw(claim_sets(hierarchy, max_size=9)))
    _, estimates, prepared = prepare(claims, hierarchy)
    model = build_model(claims, estimates, hierarchy, prepared=prepared)
    explore = data.draw(st.booleans())
    subset = None if data.draw(st.booleans()) else {k for k in range(len(claims)) if data.draw(st.booleans())}
    runs = []
    for through in (False, True):
        propagator = Propagator(model, explore=explore)
        if through:
            propagator._apply_bounds = propagator._apply_each  # every bound through _tighten
        finished = propagator.run(subset)
        runs.append(
            (
                finished,
                [(reason.value, reason.strict, reason.claims()) for reason in propagator.low],
                [(reason.value, reason.strict, reason.claims()) for reason in propagator.high],
                [(crossing.cell, crossing.claims()) for crossing in propagator.crossings],
                propagator.revisions,
                propagator.budget,
            )
        )
    assert runs[0] == runs[1]


@settings(max_examples=examples(200))
@given(st.data())
def test_the_rows_a_run_of_every_claim_applies_are_found_with_the_tightest_ends(data):
    # the propagator finds each cell's tightest ends and the cells that keep every row in one pass, and
    # where no cell keeps every row, applies the tightest ends: the rows the long way lists, in order
    hierarchy = data.draw(_dags())
    claims = assign_ids(data.draw(claim_sets(hierarchy, max_size=9)))
    _, estimates, prepared = prepare(claims, hierarchy)
    model = build_model(claims, estimates, hierarchy, prepared=prepared)
    propagator = Propagator(model)
    if propagator.applied is not None:
        assert propagator.applied == _applied_long_way(model.ends())


def _applied_long_way(ends):
    """The rows a run of every claim applies, cell by cell from each one's first bound (no tightest rows)."""
    rows = ends.rows
    dirty = set()
    entries = []
    for cell, first in ends.first.items():
        _, _, lo, low_open, hi, _ = rows[first]
        idle = hi is None and (lo is None or lo < 0 or (lo == 0 and not low_open))
        least_upper = ends.upper[cell]
        if idle or least_upper < ends.lower[cell] or least_upper < 0:
            dirty.add(cell)
            continue
        claim, _, lo, low_open, _, _ = rows[ends.highest[cell]]
        if lo is not None:
            entries.append((2 * first, (claim, cell, lo, low_open, None, False)))
        claim, _, _, _, hi, high_open = rows[ends.lowest[cell]]
        if hi is not None:
            entries.append((2 * first + 1, (claim, cell, None, False, hi, high_open)))
    entries += [(2 * number, row) for number, row in enumerate(rows) if row[1] in dirty]
    entries.sort(key=lambda entry: entry[0])
    return [row for _, row in entries], bool(dirty)


@settings(max_examples=examples(200))
@given(st.data())
def test_a_figures_role_asked_once_per_kind_of_figure_is_each_claims_own(data):
    hierarchy = data.draw(hierarchies())
    drawn = data.draw(st.sampled_from([claim_sets, claim_sets_in_units, claim_sets_in_words]))
    claims = assign_ids(data.draw(drawn(hierarchy, max_size=9)))
    _, estimates, _ = prepare(claims, hierarchy)
    active = [k for k in range(len(claims)) if data.draw(st.booleans())]
    assert roles(claims, estimates, active) == [role(claims[k], estimates[k]) for k in active]


def test_a_multiple_with_no_base_raises_at_the_first_claim_that_states_one():
    claims = [
        Claim("1,200", "cases", id="a"),
        Claim("more than doubled", "cases", {"year": "2024"}, id="b"),
        Claim("tripled", "deaths", id="c"),
    ]
    _, estimates, _ = prepare(claims, Hierarchy())
    with pytest.raises(ModelError, match="claim b: a multiple needs"):
        roles(claims, estimates, range(3))
    assert roles(claims, estimates, [0]) == ["amount"]


@settings(max_examples=examples(200))
@given(st.data())
def test_each_claim_is_handed_the_mapping_its_own_facets_make(data):
    # a claim's facets are normalised once per spelling and shared by every claim of its cell: the
    # mapping each claim is handed is its own facets, and claims share one exactly when those agree
    hierarchy = data.draw(_dags())
    claims = assign_ids(data.draw(claim_sets(hierarchy, max_size=9)))
    claims = [
        *claims,
        *(Claim(claim.value, claim.subject.upper(), claim.scope, of=claim.of) for claim in claims[:2]),
    ]
    _, estimates, prepared = prepare(claims, hierarchy)
    own = [{**hierarchy.wholes, **claim.facets} for claim in claims]
    assert prepared.facets == own
    assert [prepared.mappings[group] for group in prepared.groups] == own
    for j, k in itertools.combinations(range(len(claims)), 2):
        assert (prepared.groups[j] == prepared.groups[k]) == (own[j] == own[k])
    spellings = [(claim.subject, tuple(claim.scope.items())) for claim in claims]
    assert prepared.firsts == [k for k, spelling in enumerate(spellings) if spelling not in spellings[:k]]
    model = build_model(claims, estimates, hierarchy, prepared=prepared)
    for bound in model.bounds:  # each bound on the cell its claim's facets name
        if role(claims[bound.claim], estimates[bound.claim]) == "amount":
            facets = own[bound.claim]
            assert model.cells[bound.cell] == tuple(facets.get(facet, TOP) for facet in model.facets)


def _claim_by_claim(model, ids, claims, estimates, *, placed, cells, figures):
    model_module._add_each(model, ids, claims, estimates, placed=placed, cells=cells, figures=figures)


@settings(max_examples=examples(200))
@given(st.data())
def test_claims_in_one_dimension_are_bounded_at_once_as_one_by_one(data):
    # where no claim names another, none is a share of its own total and every unit measures one
    # thing, the bounds are made at once: the model is the one placing and bounding claim by claim
    # builds, and a figure that needs a base raises the error asking role claim by claim raises
    hierarchy = data.draw(_dags())
    claims = assign_ids(data.draw(claim_sets_in_units(hierarchy, max_size=8)))
    _, estimates, prepared = prepare(claims, hierarchy)
    asked: list[ModelError | None] = []
    for claim, estimate in zip(claims, estimates, strict=True):
        try:
            role(claim, estimate)
        except ModelError as error:
            asked.append(error)
            break
    else:
        asked.append(None)
    built = []
    one_dimension = model_module._add_in_one_dimension
    for long_way in (False, True):
        if long_way:  # every claim placed and bounded one by one
            model_module._add_in_one_dimension = _claim_by_claim
        try:
            built.append(_shape(build_model(claims, estimates, hierarchy, prepared=prepared)))
        except ModelError as error:
            built.append(str(error))
        finally:
            model_module._add_in_one_dimension = one_dimension
    assert built[0] == built[1]
    if asked[0] is not None:
        assert built[0] == str(asked[0])
