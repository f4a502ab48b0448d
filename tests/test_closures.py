"""The closures a model is built from, kept as shared pieces, hold the values the walk up defines."""

from __future__ import annotations

import itertools

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings
from profiles import examples

from claimcheck import Hierarchy, ModelError
from claimcheck._solving.closures import Closures, in_order, values
from claimcheck._solving.model import TOP, Model, _add_products

pytestmark = pytest.mark.oracle  # the hunt's properties (.ci/hunt)

NAMES = [f"v{i}" for i in range(9)]


@st.composite
def tangled(draw: st.DrawFn) -> Hierarchy:
    """A hierarchy of partitions and subsets over a few values, not always a tree (refusals skipped)."""
    h = Hierarchy()
    for _ in range(draw(st.integers(0, 8))):
        whole = draw(st.sampled_from(NAMES))
        others = [name for name in NAMES if name != whole]
        if draw(st.booleans()):
            parts = draw(st.lists(st.sampled_from(others), min_size=1, max_size=4, unique=True))
            try:
                h.partition("place", whole, parts)
            except ModelError:
                continue
        else:
            try:
                h.subset("place", draw(st.sampled_from(others)), of=whole)
            except ModelError:
                continue
    return h


def _shared_below(h: Hierarchy, value: str) -> bool:
    return any(
        len(h.parents("place", part)) > 1 or _shared_below(h, part)
        for parts in h.partitions("place", value)
        for part in parts
    )


def walked(h: Hierarchy, value: str, *, topped: bool) -> set[str]:
    """The closure as the walk up defines it, value by value (the model's definition before pieces)."""
    seen = {value}
    stack = [value] if value != TOP else []
    while stack:
        current = stack.pop()
        grown: list[str] = []
        for parent, link in h.parents("place", current).items():
            grown.append(parent)
            if link == "partition":
                for parts in h.partitions("place", parent):
                    if current in parts:
                        grown.extend(parts)
        if _shared_below(h, current):
            for parts in h.partitions("place", current):
                grown.extend(parts)
        for name in grown:
            if name not in seen:
                seen.add(name)
                stack.append(name)
    return seen | {TOP} if topped else seen


@settings(max_examples=examples(300), deadline=None)
@given(tangled(), st.lists(st.sampled_from([*NAMES, TOP]), min_size=1, max_size=6), st.booleans())
def test_closures_hold_the_values_the_walk_up_reaches(h, asked, topped):
    closures = Closures(h, {"place"} if topped else set())
    found = {value: closures.of("place", value) for value in asked}
    for value, closure in found.items():
        assert values(closure) == sorted(walked(h, value, topped=topped))
        pieces = list(closure)
        assert all(a.isdisjoint(b) for a, b in itertools.combinations(pieces, 2))
    # pieces are shared: two closures holding the same values are one set of the same pieces
    for a, b in itertools.combinations(found.values(), 2):
        assert (values(a) == values(b)) == (a == b)


@settings(max_examples=examples(300), deadline=None)
@given(tangled(), st.lists(st.tuples(st.sampled_from(["n", "m"]), st.sampled_from([*NAMES, TOP]))))
def test_cells_come_in_the_order_of_the_closures_sorted_values(h, keys):
    closures = Closures(h, {"place"} if any(key[1] == TOP for key in keys) else set())
    products = {(frozenset([frozenset([subject])]), closures.of("place", place)) for subject, place in keys}
    listed = sorted(tuple(map(values, product)) for product in products)
    assert [tuple(map(values, product)) for product in in_order(products)] == listed
    model = Model(("subject", "place"))
    _add_products(model, products)
    # the cells as they were added from closures held as sets of values
    expected: list[tuple[str, ...]] = []
    taken: dict[str, set[str]] = {}
    for subjects, places in listed:
        done = taken.setdefault(subjects[0], set())
        expected += [(subjects[0], place) for place in sorted(set(places) - done)]
        done.update(places)
    assert model.cells == expected


def test_a_district_closure_shares_its_country_piece_with_every_other_district():
    h = Hierarchy()
    regions = [f"region {r}" for r in range(5)]
    h.partition("place", "the country", regions)
    for region in regions:
        h.partition("place", region, [f"{region} district {d}" for d in range(3)])
    closures = Closures(h, set())
    first, second = closures.of("place", "region 0 district 1"), closures.of("place", "region 3 district 0")
    assert values(first) == sorted(
        ["region 0 district 0", "region 0 district 1", "region 0 district 2", *regions, "the country"]
    )
    assert len(first) == 3  # the districts, the regions, the country
    shared = first & second
    assert frozenset(regions) in shared
    assert next(piece for piece in first if "region 1" in piece) is next(
        piece for piece in second if "region 1" in piece
    )


@settings(max_examples=examples(300), deadline=None)
@given(
    tangled(),
    st.lists(st.tuples(st.sampled_from(["n", "m"]), st.sampled_from([*NAMES, TOP])), min_size=1),
    st.booleans(),
)
def test_products_are_each_keys_closures_found_one_by_one(h, keys, topped):
    # products reads each value's closure off the walk in one pass over the keys (a leaf's found with
    # its siblings at once); asked value by value, from a fresh walk, every key gets the same closures
    topped_facets = {"place"} if topped or any(key[1] == TOP for key in keys) else set()
    one_by_one = Closures(h, topped_facets)
    expected = {(one_by_one.of("subject", subject), one_by_one.of("place", place)) for subject, place in keys}
    assert Closures(h, topped_facets).products(("subject", "place"), keys) == expected
    assert Closures(h, topped_facets).products(("subject", "place"), reversed(keys)) == expected


def test_a_leaf_whose_whole_reaches_it_again_is_in_its_closure_once():
    # v7 is v0 alone, v7 is within v2, v2 is v1 alone and v1 within v0: a cycle of subsets back to v0
    h = Hierarchy()
    h.partition("place", "v7", ["v0"])
    h.partition("place", "v2", ["v1"])
    h.subset("place", "v1", of="v0")
    h.subset("place", "v7", of="v2")
    closure = Closures(h, set()).of("place", "v0")
    assert values(closure) == sorted(walked(h, "v0", topped=False))
    assert all(a.isdisjoint(b) for a, b in itertools.combinations(list(closure), 2))
