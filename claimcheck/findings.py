"""Findings: what a check of a claims file found, each with a place in the article, a rule and a severity.

A :class:`~claimcheck.Report` speaks of claims by id; a :class:`Finding` says where those claims stand, so
editors, terminals and CI annotations can point at the article's lines. Each finding carries a stable
``rule`` id and a ``severity``:

================================  ========  =========================================================
rule                              severity  meaning
================================  ========  =========================================================
``conflict``                      error     a minimal set of claims that cannot all be true
``acknowledged-conflict``         info      a conflict the claims file accepts with a reason
``claim-in-many-conflicts``       info      one claim in three or more conflicts, summed up
``unit-mismatch`` (and the        error     findings of the engine that are not arithmetic
engine's other error rules)
``unused-accept``                 warning   an ``[[accept]]`` entry that matches no conflict
``currency-unconverted``          warning   one figure in two currencies, not compared (no rate)
``quote-changed``                 warning   the article now states a quote with other numbers
``agreement``                     info      several claims about one figure agree
``implied-bound``                 info      what the claims imply about a figure nobody stated
``quote-not-found`` … (the        error     the claims file cannot be used (see ClaimsFileError)
claims file's own rules)
================================  ========  =========================================================
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, final, get_args

import attrs

from claimcheck.claims import normalize_name
from claimcheck.claimsfile import ClaimsFile, load
from claimcheck.engine import check
from claimcheck.errors import quoted
from claimcheck.report import PLACE_FACETS, describe

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from claimcheck.claimsfile import Limits, Location
    from claimcheck.errors import ClaimsFileError
    from claimcheck.policy import Policy
    from claimcheck.report import Report

__all__ = [
    "SEVERITIES",
    "FileResult",
    "Finding",
    "Severity",
    "check_file",
    "findings_of",
    "ranks_at_least",
    "unusable",
]

#: How much a finding matters, least first.
Severity = Literal["info", "warning", "error"]
SEVERITIES: Final[tuple[Severity, ...]] = get_args(Severity)


def ranks_at_least(severity: Severity, threshold: Severity) -> bool:
    """Return whether ``severity`` is ``threshold`` or graver."""
    return SEVERITIES.index(severity) >= SEVERITIES.index(threshold)


@final
@attrs.frozen
class Finding:
    """One thing a check found, placed where an editor can see it.

    Attributes:
        rule: a stable id of what was found ("conflict", "agreement", "quote-not-found", …).
        severity: "error", "warning" or "info".
        message: one line saying what was found.
        path: the file it points at (the article for quoted claims, else the claims file).
        line: the 1-based line there, or None when the finding concerns the whole file.
        column: the 1-based column there.
        claims: the ids of the claims concerned.
        details: further lines: how far apart figures are, and each claim with its source and place.
    """

    rule: str
    severity: Severity
    message: str
    path: Path
    line: int | None = None
    column: int = 1
    claims: tuple[str, ...] = ()
    details: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        """``path:line:column``, or the path alone when there is no line."""
        return f"{self.path}:{self.line}:{self.column}" if self.line is not None else str(self.path)


def _error_finding(error: ClaimsFileError) -> Finding:
    """Return the finding for a claims file that cannot be used."""
    message = f"{error.field}: {error.reason}" if error.field else str(error.reason)
    return Finding(error.rule, "error", message, Path(str(error.path)), error.line)


def _placed(
    rule: str,
    severity: Severity,
    message: str,
    claims: Sequence[str],
    loaded: ClaimsFile,
    *,
    details: Sequence[str] = (),
) -> Finding:
    location = _first_location(loaded, claims)
    path, line, column = (
        (location.path, location.line, location.column) if location is not None else (loaded.path, None, 1)
    )
    return Finding(rule, severity, message, path, line, column, tuple(claims), tuple(details))


def _first_location(loaded: ClaimsFile, claims: Sequence[str]) -> Location | None:
    for claim_id in claims:
        location = loaded.locations.get(claim_id)
        if location is not None:
            return location
    return None


def _claim_lines(loaded: ClaimsFile, claims: Sequence[str]) -> list[str]:
    by_id = {claim.id: claim for claim in loaded.claims}
    lines = []
    for claim_id in claims:
        claim = by_id.get(claim_id)
        if claim is None:
            continue
        source = f" ({claim.source})" if claim.source else ""
        words = claim.quote or claim.value
        location = loaded.locations.get(claim_id)
        place = f" at {location}" if location is not None else ""
        lines.append(f"claim {claim_id}{source}: {quoted(words)}{place}")
    return lines


def _figure(loaded: ClaimsFile, subject: str, scope: Mapping[str, str]) -> str:
    """Name a figure, saying so when it spans a whole facet that the file's claims narrow elsewhere.

    "fighters (all places together)" rather than a bare "fighters", which reads like a claim's own words.
    A facet whose values do not add up (a year, a report date) has no "together" and is not named.
    """
    given = {normalize_name(facet) for facet in scope}
    spanned = sorted(
        {
            normalize_name(facet)
            for claim in loaded.claims
            for facet in claim.scope
            if normalize_name(facet) not in given and loaded.hierarchy.adds(normalize_name(facet))
        }
    )
    wholes = ["all places" if facet in PLACE_FACETS else f"every {facet}" for facet in spanned]
    text = describe(subject, scope)
    return f"{text} ({', '.join(wholes)} together)" if wholes else text


def findings_of(loaded: ClaimsFile, report: Report) -> tuple[Finding, ...]:
    """Return the findings of ``report`` on the claims file ``loaded``, gravest first, then in file order.

    Args:
        loaded: the claims file that was checked.
        report: the engine's report on its claims, acknowledgements applied.
    """
    found: list[Finding] = [
        Finding(notice.rule, "warning", notice.message, notice.location.path, notice.location.line)
        for notice in loaded.notices
    ]
    for conflict in report.conflicts:
        details = [f"apart by {conflict.gap}"] if conflict.gap is not None else []
        details += [f"- {step}" for step in conflict.steps]
        details += _claim_lines(loaded, conflict.claims)
        if conflict.acknowledged is not None:
            message = f"acknowledged: {conflict.message} (accepted: {conflict.acknowledged})"
            found.append(
                _placed("acknowledged-conflict", "info", message, conflict.claims, loaded, details=details)
            )
        else:
            rule, severity = conflict.rule, conflict.severity
            found.append(_placed(rule, severity, conflict.message, conflict.claims, loaded, details=details))
    found.extend(
        _placed("claim-in-many-conflicts", "info", summary.message, [summary.claim], loaded)
        for summary in report.summaries
    )
    for error in (*report.errors, *report.warnings):
        details = _claim_lines(loaded, error.claims)
        found.append(
            _placed(error.rule, error.severity, error.message, error.claims, loaded, details=details)
        )
    for claim_id, words in loaded.changed.items():
        message = f"the article now reads {quoted(words)}; claim {claim_id} uses its numbers"
        found.append(_placed("quote-changed", "warning", message, [claim_id], loaded))
    for overlap in report.overlaps:
        figure = _figure(loaded, overlap.subject, overlap.scope)
        message = f"claims {', '.join(overlap.claims)} agree: {figure} is {overlap.estimate.shown()}"
        found.append(_placed("agreement", "info", message, overlap.claims, loaded))
    for implied in report.implied:
        figure = _figure(loaded, implied.subject, implied.scope)
        message = f"{figure} must be {implied.estimate.shown()}, given claims {', '.join(implied.claims)}"
        found.append(_placed("implied-bound", "info", message, implied.claims, loaded))
    rank = {severity: -position for position, severity in enumerate(SEVERITIES)}
    return tuple(sorted(found, key=lambda finding: rank[finding.severity]))


@final
@attrs.frozen
class FileResult:
    """The outcome of checking one claims file.

    Attributes:
        path: the claims file.
        findings: what was found, gravest first.
        loaded: the loaded file, or None when it could not be used.
        report: the engine's report, or None when the file could not be used.
        policy: the policy the claims were read with (None: claimcheck's defaults), so that anything
            drawn from the result later (an HTML page's number lines) reads them the same way.
    """

    path: Path = attrs.field(converter=Path)
    findings: tuple[Finding, ...]
    loaded: ClaimsFile | None = None
    report: Report | None = None
    policy: Policy | None = attrs.field(default=None, kw_only=True)

    @property
    def usable(self) -> bool:
        """Whether the file could be loaded and checked."""
        return self.report is not None

    @property
    def ok(self) -> bool:
        """Whether the file could be checked and its claims can all be true (``report.ok``)."""
        return self.report is not None and self.report.ok

    def fails(self, threshold: Severity) -> bool:
        """Return whether any finding is ``threshold`` or graver."""
        return any(ranks_at_least(finding.severity, threshold) for finding in self.findings)


def check_file(
    path: str | Path | ClaimsFile,
    *,
    policy: Policy | None = None,
    allow_outside: bool = False,
    limits: Limits | None = None,
) -> FileResult:
    """Check a claims file: its claims against each other, under its hierarchy, placed in its article.

    The file's ``[[accept]]`` entries go to :func:`claimcheck.check` as its ``accept``: a conflict whose
    claims are all among one entry's is still reported, marked acknowledged with the entry's reason,
    and no longer makes the report fail; an entry whose claims can all be true is reported as an
    "unused-accept" warning; and no acknowledged conflict ever hides one that nobody accepted.

    Args:
        path: the claims file, or one already loaded with :func:`claimcheck.load`.
        policy: how to read hedged and vague wording; :class:`~claimcheck.Policy` defaults if None.
        allow_outside: let the file's ``article`` lie outside its folder (see :func:`claimcheck.load`).
        limits: the sizes a file may have (see :class:`claimcheck.claimsfile.Limits`).

    Returns:
        The findings (``result.findings``), the engine's report (``result.report``), and the loaded file.

    Raises:
        ClaimsFileError: the file cannot be used (see :func:`claimcheck.load`).
    """
    loaded = path if isinstance(path, ClaimsFile) else load(path, allow_outside=allow_outside, limits=limits)
    accept = [(entry.claims, entry.reason) for entry in loaded.accepts]
    report = check(loaded.claims, loaded.hierarchy, policy=policy, accept=accept)
    return FileResult(loaded.path, findings_of(loaded, report), loaded, report, policy=policy)


def unusable(path: str | Path, error: ClaimsFileError, *, policy: Policy | None = None) -> FileResult:
    """The result for a claims file that cannot be used: one error finding saying why.

    Args:
        path: the claims file.
        error: what :func:`check_file` raised.
        policy: the policy the check would have used.
    """
    return FileResult(Path(path), (_error_finding(error),), policy=policy)
