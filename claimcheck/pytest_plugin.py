"""claimcheck's pytest plugin: claims files collected and checked as tests.

Registered through the ``pytest11`` entry point, so it is loaded in every pytest run where claimcheck is
installed; ``-p no:claimcheck`` turns it off. Importing it imports nothing heavy: claims files are only
loaded, and pint only touched, when a claims file is collected.

* Each file matching the ini option ``claimcheck_files`` (default ``*.claims.toml``) is one test item,
  named after the file. A consistent file passes; a conflict or an error finding fails it with the
  findings (article ``path:line:col``, the claims, the explanation) and no Python traceback. A malformed
  file is a collection error naming its file and line.
* The fixture ``claimcheck_policy`` (override it in a ``conftest.py``) gives the interpretation policy to
  collected files and to tests that ask for it.
* The ini option ``claimcheck_error_findings`` (``fail``, the default, or ``warn``) says whether error
  findings that are not conflicts (a unit mismatch, say) fail the item or only warn.
* ``--claimcheck-report=PATH`` writes one JSON document with every checked file's findings and report.
* ``--claimcheck-html=DIR`` writes a self-contained HTML page per checked claims file into ``DIR``.
"""

from __future__ import annotations

import fnmatch
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

    from claimcheck.findings import FileResult
    from claimcheck.policy import Policy

__all__ = ["ClaimcheckWarning", "ClaimsFileCheckError", "claimcheck_policy"]

_RESULTS: Final = pytest.StashKey[list["FileResult"]]()
_ERROR_MODES: Final = ("fail", "warn")


class ClaimcheckWarning(UserWarning):
    """An error finding that the ``claimcheck_error_findings = warn`` ini option turned into a warning."""


class ClaimsFileCheckError(AssertionError):
    """A claims file whose claims conflict; its message is the findings, shown without a traceback."""


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register claimcheck's ini options and command-line options."""
    parser.addini(
        "claimcheck_files",
        type="args",
        default=["*.claims.toml"],
        help="glob patterns of the claims files to collect as tests (default: *.claims.toml)",
    )
    parser.addini(
        "claimcheck_error_findings",
        default="fail",
        help="whether error findings other than conflicts fail a claims file ('fail') or warn ('warn')",
    )
    group = parser.getgroup("claimcheck", "checking the numbers in articles")
    group.addoption(
        "--claimcheck-report",
        metavar="PATH",
        help="write one JSON document with the findings and report of every checked claims file",
    )
    group.addoption(
        "--claimcheck-html",
        metavar="DIR",
        help="write a self-contained HTML page per checked claims file into DIR",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Check the ini options and start collecting results for the JSON report."""
    mode = config.getini("claimcheck_error_findings")
    if mode not in _ERROR_MODES:
        msg = f"claimcheck_error_findings must be 'fail' or 'warn', not {mode!r}"
        raise pytest.UsageError(msg)
    config.stash[_RESULTS] = []


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Collect the files whose names match ``claimcheck_files``."""
    patterns: list[str] = parent.config.getini("claimcheck_files")
    if any(fnmatch.fnmatch(file_path.name, pattern) for pattern in patterns):
        collector: pytest.Collector = ClaimsFileCollector.from_parent(parent, path=file_path)
        return collector
    return None


@pytest.fixture
def claimcheck_policy() -> Policy | None:
    """The policy collected claims files are read with; None means claimcheck's defaults.

    Override it in a ``conftest.py`` to change how a newsroom reads "about" or "hundreds".
    """
    return None


class ClaimsFileCollector(pytest.File):
    """A claims file: loaded at collection, so a malformed one is a collection error naming its line."""

    def collect(self) -> Iterator[pytest.Item]:
        """Load the file and yield its one check."""
        from claimcheck.claimsfile import load  # noqa: PLC0415 - keep the plugin's import cheap
        from claimcheck.errors import ClaimsFileError  # noqa: PLC0415

        # Findings name files as the user ran pytest: relative to where it was started, when inside it.
        try:
            path = self.path.relative_to(self.config.invocation_params.dir)
        except ValueError:
            path = self.path
        try:
            loaded = load(path)
        except ClaimsFileError as err:
            raise self.CollectError(str(err)) from None

        def check_claims_file(claimcheck_policy: Policy | None) -> None:
            _check(self.config, loaded, claimcheck_policy)

        yield ClaimsFileItem.from_parent(self, name=self.path.name, callobj=check_claims_file)


class ClaimsFileItem(pytest.Function):
    """The check of one claims file; a pytest function so that it can ask for fixtures."""

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Name the claims file, not the plugin's code, in reports."""
        return self.path, None, f"claims file {self.path.name}"

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> Any:  # type: ignore[override]
        """Show a conflict's findings as they are, with no traceback."""
        if isinstance(excinfo.value, ClaimsFileCheckError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


def _check(config: pytest.Config, loaded: Any, policy: Policy | None) -> None:
    import attrs  # noqa: PLC0415 - keep the plugin's import cheap

    from claimcheck import _formats  # noqa: PLC0415
    from claimcheck.claimsfile import check_file  # noqa: PLC0415
    from claimcheck.findings import FileResult, findings_of  # noqa: PLC0415

    report = check_file(loaded, policy=policy)
    findings = findings_of(loaded, report)
    result = FileResult(str(loaded.path), findings, loaded, report, policy=policy)
    config.stash[_RESULTS].append(result)
    warn_only = config.getini("claimcheck_error_findings") == "warn"
    failing = [f for f in findings if f.severity == "error" and (f.rule == "conflict" or not warn_only)]
    for finding in findings:
        if finding.severity == "error" and finding not in failing:
            warnings.warn(
                ClaimcheckWarning(f"{finding.where}: {finding.rule} {finding.message}"), stacklevel=1
            )
    if failing:
        shown = attrs.evolve(result, findings=tuple(failing))
        raise ClaimsFileCheckError(_formats.render_text([shown]))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write the ``--claimcheck-report`` JSON document and the ``--claimcheck-html`` pages."""
    checked = session.config.stash.get(_RESULTS, [])
    report_path = session.config.getoption("claimcheck_report")
    if report_path:
        from claimcheck import _formats  # noqa: PLC0415 - keep the plugin's import cheap

        document = _formats.json_document(checked)
        Path(report_path).write_text(_formats.dumps(document) + "\n", encoding="utf-8")
    html_folder = session.config.getoption("claimcheck_html")
    if html_folder:
        from claimcheck.html import write_html  # noqa: PLC0415 - keep the plugin's import cheap

        write_html(checked, html_folder, folder=True)
