"""Placeholder while the parser is written."""
from __future__ import annotations

from claimcheck.policy import Policy
from claimcheck.quantity import Estimate

__all__ = ["parse_quantity"]


def parse_quantity(text: str, *, policy: Policy | None = None) -> Estimate:
    """Read one numeric expression."""
    raise NotImplementedError
