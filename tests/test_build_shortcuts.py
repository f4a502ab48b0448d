"""The work a check no longer repeats, each shortcut compared with the long way it replaces.

A check of 100,000 claims over a partition of regions with districts under each spends its time on
passes over every claim and cell; these tests pin the representations that let it skip a pass: the
names a report prints are read only when one is asked for, and the background's parts (containments
and sums joined) are found once, when the model is split into components, and handed to each part.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import Claim, Hierarchy, check
from claimcheck._solving import explain
from claimcheck._solving.model import build_model, prepare
from claimcheck.claims import assign_ids
from claimcheck.engine import _components
from claimcheck.strategies import claim_sets, hierarchies


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
    claims = assign_ids([
        Claim("about 5,000", "Voters", {"Place": "the county"}),
        Claim("2,000 to 2,500", "Voters", {"Place": "North  Ward"}),
        Claim("2,400 to 2,600", "Voters", {"Place": "South Ward"}),
    ])
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


@settings(max_examples=150)
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
