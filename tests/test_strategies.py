"""The public Hypothesis strategies draw valid model objects."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.strategies import (
    claim_sets,
    claims,
    consistent_claim_sets,
    estimates,
    hierarchies,
)


@given(estimates(max_value=50))
def test_estimates_are_non_negative_and_bounded_as_asked(estimate):
    assert 0 <= estimate.lo <= 50
    assert estimate.hi == float("inf") or estimate.hi <= 50


@given(hierarchies())
def test_hierarchies_are_trees(hierarchy):
    for facet in hierarchy.facets:
        for value in hierarchy.values(facet):
            assert len(hierarchy.parents(facet, value)) <= 1


@given(st.data())
def test_claims_name_cells_of_the_hierarchy(data):
    hierarchy = data.draw(hierarchies())
    claim = data.draw(claims(hierarchy))
    assert claim.facets["subject"] in hierarchy.values("subject")
    assert data.draw(claims()).subject


@given(st.data())
def test_claim_sets_have_unique_ids_and_shares_name_earlier_claims(data):
    hierarchy = data.draw(hierarchies())
    for drawn in (data.draw(claim_sets(hierarchy)), data.draw(consistent_claim_sets(hierarchy))):
        ids = [claim.id for claim in drawn]
        assert len(set(ids)) == len(ids)
        for position, claim in enumerate(drawn):
            if claim.of is not None:
                assert claim.of in ids[:position]
