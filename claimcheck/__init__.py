"""claimcheck: check the numbers in news articles for internal consistency.

Read figures the way reporters write them, state what an article claims, and find the claims that cannot
all be true:

* :func:`parse_quantity` reads "roughly half", "400 to 500 fighters", "$1.2bn" into an exact
  :class:`Estimate`; :func:`extract` finds every numeric :class:`Mention` in running text.
* :class:`Claim` states a figure about a subject in a scope ("fighters", place "Iraq"), :class:`Hierarchy`
  says which places or subjects make up which, and :func:`check` returns a :class:`Report` of every
  minimal :class:`Conflict` (with its :class:`Gap`), the :class:`Overlap` of agreeing claims, the
  :class:`Implied` bounds of unstated figures, :class:`ErrorFinding` errors and warnings, and each
  :class:`Figure` several claims state.
* Claims files (``*.claims.toml``): :func:`load` a :class:`ClaimsFile`, or :func:`check_file` it into a
  :class:`FileResult` of :class:`Finding` placed on the article's lines (and the engine's report);
  :func:`render_html` draws a result as a page.
* :class:`Policy` holds every default reading of hedged and vague wording; ``ureg`` is the pint unit
  registry; every error derives from :class:`ClaimcheckError`.

``import claimcheck`` is cheap: each name is imported from its module when first used.
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING

# The public names, each written once: type checkers read these lines as re-exports, and at run time
# _Package reads the same lines to know which module to import a name from.
if _TYPE_CHECKING:
    from pint import UnitRegistry as _UnitRegistry

    from claimcheck.claims import Claim as Claim
    from claimcheck.claimsfile import ClaimsFile as ClaimsFile
    from claimcheck.claimsfile import load as load
    from claimcheck.engine import check as check
    from claimcheck.errors import ArgumentError as ArgumentError
    from claimcheck.errors import ClaimcheckError as ClaimcheckError
    from claimcheck.errors import ClaimsFileError as ClaimsFileError
    from claimcheck.errors import ModelError as ModelError
    from claimcheck.errors import OutputError as OutputError
    from claimcheck.errors import ParseError as ParseError
    from claimcheck.errors import UnitError as UnitError
    from claimcheck.findings import FileResult as FileResult
    from claimcheck.findings import Finding as Finding
    from claimcheck.findings import check_file as check_file
    from claimcheck.hierarchy import Hierarchy as Hierarchy
    from claimcheck.html import render_html as render_html
    from claimcheck.mentions import Mention as Mention
    from claimcheck.mentions import extract as extract
    from claimcheck.parse import parse_quantity as parse_quantity
    from claimcheck.policy import Policy as Policy
    from claimcheck.quantity import Estimate as Estimate
    from claimcheck.report import Conflict as Conflict
    from claimcheck.report import ErrorFinding as ErrorFinding
    from claimcheck.report import Figure as Figure
    from claimcheck.report import Gap as Gap
    from claimcheck.report import Implied as Implied
    from claimcheck.report import Overlap as Overlap
    from claimcheck.report import Report as Report

    __version__: str
    ureg: _UnitRegistry
    __all__: list[str]


def _exports() -> dict[str, str]:
    """Each public name and its module, read from the re-exports above (parsed once, on first use)."""
    import ast  # noqa: PLC0415 - only when a public name is first used

    # builtin open, not pathlib: pathlib would cost more than the parse, and checking needs no path
    with open(__file__, encoding="utf-8") as source:  # noqa: PTH123
        tree = ast.parse(source.read())
    block = next(node for node in tree.body if isinstance(node, ast.If))
    return {
        alias.asname: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("claimcheck.")
        for alias in node.names
        if alias.asname
    }


def _install() -> None:
    import sys  # noqa: PLC0415
    import types  # noqa: PLC0415
    from importlib import import_module  # noqa: PLC0415

    class _Package(types.ModuleType):
        """The package module: imports a public name on first access, lists only public names."""

        def __getattr__(self, name: str) -> object:
            if name == "__version__":
                from importlib.metadata import version  # noqa: PLC0415 - ~25 ms; lazy on purpose

                return version("claimcheck")
            if name == "ureg":
                from claimcheck.units import get_registry  # noqa: PLC0415 - builds pint; lazy

                return get_registry()
            exports = self._exported()
            if name == "__all__":
                names = sorted([*exports, "__version__", "ureg"])
                self.__dict__["__all__"] = names
                return names
            module = exports.get(name)
            if module is None:
                raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
            value = getattr(import_module(module), name)
            self.__dict__[name] = value  # later accesses skip this method
            return value

        def __dir__(self) -> list[str]:
            return sorted([*self._exported(), "__version__", "ureg"])

        def _exported(self) -> dict[str, str]:
            exports: dict[str, str] | None = self.__dict__.get("_EXPORTS")
            if exports is None:
                exports = self.__dict__["_EXPORTS"] = _exports()
            return exports

    sys.modules[__name__].__class__ = _Package


_install()
del _install
