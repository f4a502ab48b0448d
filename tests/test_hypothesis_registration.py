"""claimcheck's strategies are registered with Hypothesis, so users' property tests can ask by type."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck import Claim, Estimate, check


@given(st.from_type(Estimate))
def test_from_type_draws_estimates(estimate):
    assert isinstance(estimate, Estimate)
    assert estimate.interval.contains_value(estimate.lo) or estimate.low_open


@given(st.from_type(Claim))
def test_from_type_draws_claims_that_check(claim):
    assert isinstance(claim, Claim)
    assert check([claim]).ok  # one claim alone can always be true


def _figures(estimate: Estimate, claim: Claim) -> tuple[Estimate, Claim]:
    return estimate, claim


@given(st.builds(_figures))
def test_builds_fills_type_hinted_arguments(pair):
    estimate, claim = pair
    assert isinstance(estimate, Estimate)
    assert isinstance(claim, Claim)
