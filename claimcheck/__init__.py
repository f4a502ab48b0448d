"""claimcheck: check the numbers in news articles for internal consistency.

Every public name is imported from its module on first use (PEP 562), so ``import claimcheck``, and the
pytest plugin that pytest imports in every run where claimcheck is installed, cost next to nothing until
claimcheck is used. Type checkers read the imports below as ordinary re-exports.
"""

from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING

if _TYPE_CHECKING:
    from pint import UnitRegistry as _UnitRegistry

    from claimcheck.claims import Claim
    from claimcheck.claimsfile import ClaimsFile, check_file, load
    from claimcheck.engine import check
    from claimcheck.errors import ClaimcheckError, ClaimsFileError, ModelError, ParseError, UnitError
    from claimcheck.hierarchy import Hierarchy
    from claimcheck.mentions import Mention, extract
    from claimcheck.parse import parse_quantity
    from claimcheck.policy import Policy
    from claimcheck.quantity import Estimate
    from claimcheck.report import Conflict, ErrorFinding, Gap, Implied, Overlap, Report

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

#: The module each public name comes from (a test checks this agrees with the imports above).
_MODULES = {
    "Claim": "claimcheck.claims",
    "ClaimcheckError": "claimcheck.errors",
    "ClaimsFile": "claimcheck.claimsfile",
    "ClaimsFileError": "claimcheck.errors",
    "Conflict": "claimcheck.report",
    "ErrorFinding": "claimcheck.report",
    "Estimate": "claimcheck.quantity",
    "Gap": "claimcheck.report",
    "Hierarchy": "claimcheck.hierarchy",
    "Implied": "claimcheck.report",
    "Mention": "claimcheck.mentions",
    "ModelError": "claimcheck.errors",
    "Overlap": "claimcheck.report",
    "ParseError": "claimcheck.errors",
    "Policy": "claimcheck.policy",
    "Report": "claimcheck.report",
    "UnitError": "claimcheck.errors",
    "check": "claimcheck.engine",
    "check_file": "claimcheck.claimsfile",
    "extract": "claimcheck.mentions",
    "load": "claimcheck.claimsfile",
    "parse_quantity": "claimcheck.parse",
}


def __getattr__(name: str) -> object:
    """Import a public name on first access; build ``ureg`` and read ``__version__`` only when asked."""
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - costs ~25 ms; lazy on purpose

        return version("claimcheck")
    if name == "ureg":
        from claimcheck.units import get_registry  # noqa: PLC0415 - lazy on purpose

        return get_registry()
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    value = getattr(_import_module(module), name)
    globals()[name] = value  # later accesses skip this function
    return value


def __dir__() -> list[str]:
    """List the public names with the module's own, for completion in editors and shells."""
    return sorted({*globals(), *__all__})
