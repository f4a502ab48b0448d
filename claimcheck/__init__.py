"""claimcheck: check the numbers in news articles for internal consistency."""

from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version
from typing import TYPE_CHECKING as _TYPE_CHECKING

from claimcheck.errors import ClaimcheckError, ModelError, ParseError, UnitError
from claimcheck.parse import parse_quantity
from claimcheck.policy import Policy
from claimcheck.quantity import Estimate

if _TYPE_CHECKING:
    from pint import UnitRegistry as _UnitRegistry

try:
    __version__ = _version("claimcheck")
except _PackageNotFoundError:  # pragma: no cover - running from a source tree that is not installed
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


def __getattr__(name: str) -> "_UnitRegistry":
    """Build ``claimcheck.ureg`` on first access: pint is only imported when units are used."""
    if name == "ureg":
        from claimcheck.units import get_registry  # noqa: PLC0415 - lazy on purpose

        return get_registry()
    raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
