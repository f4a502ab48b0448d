"""claimcheck: check the numbers in news articles for internal consistency."""

from typing import TYPE_CHECKING as _TYPE_CHECKING

from claimcheck.claims import Claim
from claimcheck.claimsfile import ClaimsFile, check_file, load
from claimcheck.engine import check
from claimcheck.errors import ClaimcheckError, ClaimsFileError, ModelError, ParseError, UnitError
from claimcheck.extract import Mention, extract
from claimcheck.hierarchy import Hierarchy
from claimcheck.parse import parse_quantity
from claimcheck.policy import Policy
from claimcheck.quantity import Estimate
from claimcheck.report import Conflict, ErrorFinding, Gap, Implied, Overlap, Report

if _TYPE_CHECKING:  # provided lazily by __getattr__ below; declared here for type checkers
    from pint import UnitRegistry as _UnitRegistry

    __version__: str
    ureg: _UnitRegistry

__all__ = [
    "Claim",
    "ClaimcheckError",
    "ClaimsFile",
    "ClaimsFileError",
    "Conflict",
    "ErrorFinding",
    "Estimate",
    "Gap",
    "Hierarchy",
    "Implied",
    "Mention",
    "ModelError",
    "Overlap",
    "ParseError",
    "Policy",
    "Report",
    "UnitError",
    "__version__",
    "check",
    "check_file",
    "extract",
    "load",
    "parse_quantity",
    "ureg",
]


def __getattr__(name: str) -> object:
    """Build ``claimcheck.ureg`` and read ``__version__`` on first access, to keep the import cheap.

    pint is only imported when units are used; importlib.metadata only when the version is asked for.
    """
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - costs ~25 ms; lazy on purpose

        return version("claimcheck")
    if name == "ureg":
        from claimcheck.units import get_registry  # noqa: PLC0415 - lazy on purpose

        return get_registry()
    raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
