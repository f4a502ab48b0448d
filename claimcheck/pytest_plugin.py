"""claimcheck's pytest plugin: claims files collected and checked as tests.

Registered through the ``pytest11`` entry point, so it is loaded in every pytest run where claimcheck is
installed; ``-p no:claimcheck`` turns it off. Importing it imports nothing heavy: claims files are only
loaded, and pint only touched, when a claims file is collected.

* Each file matching the ini option ``claimcheck_files`` (default ``*.claims.toml``) is one test item,
  named after the file. A consistent file passes; a conflict or an error finding fails it with the
  findings (article ``path:line:col``, the claims, the explanation) and no Python traceback. A malformed
  file fails its own item with the error naming its file and line; the rest of the session runs.
* The fixture ``claimcheck_policy`` (override it in a ``conftest.py``) gives the interpretation policy to
  collected files and to tests that ask for it.
* The ini option ``claimcheck_error_findings`` (``fail``, the default, or ``warn``) says whether error
  findings that are not conflicts (a unit mismatch, say) fail the item or only warn.
* ``--claimcheck-report=PATH`` writes one JSON document with every checked file's findings and report.
  Under pytest-xdist (``-n 2``) the workers send their results to the main process, which writes it.
* ``--claimcheck-html=DIR`` writes a self-contained HTML page per checked claims file into ``DIR``.
* The ini option ``claimcheck_allow_outside`` (``false`` by default) lets claims files name articles
  outside their own folder.
"""

from __future__ import annotations

import base64
import fnmatch
import pickle
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
_WORKER_KEY: Final = "claimcheck_results"
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
        "claimcheck_allow_outside",
        type="bool",
        default=False,
        help="let claims files name articles outside their own folder (default: false)",
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
    """A claims file: one item, which loads and checks the file when it runs."""

    def collect(self) -> Iterator[pytest.Item]:
        """Yield the file's one check; a malformed file fails that item, not the collection."""
        # Findings name files as the user ran pytest: relative to where it was started, when inside it.
        try:
            path = self.path.relative_to(self.config.invocation_params.dir)
        except ValueError:
            path = self.path

        def check_claims_file(claimcheck_policy: Policy | None) -> None:
            _check(self.config, path, claimcheck_policy)

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


def _check(config: pytest.Config, path: Path, policy: Policy | None) -> None:
    import attrs  # noqa: PLC0415 - keep the plugin's import cheap

    from claimcheck._rendering import formats  # noqa: PLC0415
    from claimcheck.errors import ClaimsFileError  # noqa: PLC0415
    from claimcheck.findings import check_file, unusable  # noqa: PLC0415

    try:
        result = check_file(path, policy=policy, allow_outside=config.getini("claimcheck_allow_outside"))
    except ClaimsFileError as err:
        result = unusable(path, err, policy=policy)
    config.stash[_RESULTS].append(result)
    warn_only = config.getini("claimcheck_error_findings") == "warn"
    failing = [
        f
        for f in result.findings
        if f.severity == "error" and (f.rule == "conflict" or not warn_only or not result.usable)
    ]
    for finding in result.findings:
        if finding.severity == "error" and finding not in failing:
            warnings.warn(
                ClaimcheckWarning(formats.render_text([attrs.evolve(result, findings=(finding,))])),
                stacklevel=1,
            )
    if failing:
        shown = attrs.evolve(result, findings=tuple(failing))
        raise ClaimsFileCheckError(formats.render_text([shown]))


def _is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist sends a worker's output to the main process
def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write the ``--claimcheck-report`` JSON document and the ``--claimcheck-html`` pages.

    A pytest-xdist worker writes nothing: it hands its results to the main process, which writes them all.
    """
    config = session.config
    checked = config.stash.get(_RESULTS, [])
    if _is_worker(config):
        if checked:
            output: dict[str, Any] = config.workeroutput  # type: ignore[attr-defined]
            output[_WORKER_KEY] = base64.b64encode(pickle.dumps(checked)).decode("ascii")
        return
    checked = sorted(checked, key=lambda result: str(result.path))
    report_path = config.getoption("claimcheck_report")
    if report_path:
        from claimcheck._rendering import formats  # noqa: PLC0415 - keep the plugin's import cheap

        document = formats.json_document(checked)
        Path(report_path).write_text(formats.dumps(document) + "\n", encoding="utf-8")
    html_folder = config.getoption("claimcheck_html")
    if html_folder:
        from claimcheck.html import write_html  # noqa: PLC0415 - keep the plugin's import cheap

        write_html(checked, html_folder, folder=True)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:  # noqa: ARG001 - pytest-xdist's signature
    """Gather a pytest-xdist worker's results in the main process (a hook of pytest-xdist)."""
    encoded = getattr(node, "workeroutput", {}).get(_WORKER_KEY)
    if encoded:
        results: list[FileResult] = pickle.loads(base64.b64decode(encoded))  # noqa: S301 - our own worker's
        node.config.stash[_RESULTS].extend(results)
