"""claimcheck: check the numbers in news articles for internal consistency."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

from claimcheck.errors import ClaimcheckError, ModelError, ParseError, UnitError
from claimcheck.parse import parse_quantity
from claimcheck.policy import Policy
from claimcheck.quantity import Estimate

try:
    __version__ = version("claimcheck")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = [
    "ClaimcheckError",
    "Estimate",
    "ModelError",
    "ParseError",
    "Policy",
    "UnitError",
    "__version__",
    "parse_quantity",
    "ureg",
]


def __getattr__(name: str) -> Any:
    """Build ``claimcheck.ureg`` on first access: pint is only imported when units are used."""
    if name == "ureg":
        from claimcheck.units import get_registry  # noqa: PLC0415 - lazy on purpose

        return get_registry()
    raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
