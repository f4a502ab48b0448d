"""claimcheck's strategies are registered with Hypothesis, so users' property tests can ask by type."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck import Claim, Estimate, check

#: What claimcheck.strategies draws; Hypothesis's own guess from the type hints would draw floats,
#: negatives and fractions for an Estimate's ends, and any text for a Claim's subject.
_SUBJECTS = {"fighters", "members", "deaths", "cash reserves"}


def _drawn_by_the_estimates_strategy(estimate: Estimate) -> bool:
    """Whole-number ends from 0 to 1,000 (or no upper end), in no unit."""
    hi = estimate.hi
    return (
        estimate.lo.denominator == 1
        and 0 <= estimate.lo <= 1_000
        and (hi == float("inf") or (hi.denominator == 1 and hi <= 1_000))
        and estimate.unit == ""
    )


@given(st.from_type(Estimate))
def test_from_type_draws_estimates_from_the_registered_strategy(estimate):
    assert _drawn_by_the_estimates_strategy(estimate), estimate


@given(st.from_type(Claim))
def test_from_type_draws_claims_that_check(claim):
    assert claim.subject in _SUBJECTS
    assert _drawn_by_the_estimates_strategy(claim.estimate())
    assert check([claim]).ok  # one claim alone can always be true


def _figures(estimate: Estimate, claim: Claim) -> tuple[Estimate, Claim]:
    return estimate, claim


@given(st.builds(_figures))
def test_builds_fills_type_hinted_arguments_from_the_registered_strategies(pair):
    estimate, claim = pair
    assert _drawn_by_the_estimates_strategy(estimate)
    assert claim.subject in _SUBJECTS
