"""How ``claimcheck check`` writes its findings: text for terminals, GitHub annotations, JSON (private).

Text from claims files and articles never steers the output: text and annotations show control, bidi
and invisible characters escaped (:func:`claimcheck._rendering.visible.visible`), and annotations encode
``%``, line breaks, and in their properties ``:`` and ``,``, as GitHub's workflow commands require.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from claimcheck._rendering.visible import visible
from claimcheck.report import SCHEMA_VERSION

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimcheck.findings import FileResult, Finding

__all__ = ["json_document", "render_github", "render_text"]

_GITHUB_COMMANDS: Final = {"error": "error", "warning": "warning", "info": "notice"}


def _summary(result: FileResult) -> str:
    if not result.usable:
        return f"{visible(str(result.path))}: cannot be checked"
    counts: dict[str, int] = {}
    for finding in result.findings:
        counts[finding.rule] = counts.get(finding.rule, 0) + 1
    claims = len(result.loaded.claims) if result.loaded is not None else 0
    verdict = "consistent" if result.report is not None and result.report.ok else "INCONSISTENT"
    parts = [f"{claims} claims"] + [f"{count} {rule}" for rule, count in sorted(counts.items())]
    return f"{visible(str(result.path))}: {verdict} ({', '.join(parts)})"


def render_text(results: Sequence[FileResult]) -> str:
    """One ``path:line:col: severity rule message`` line per finding, its details indented below."""
    lines: list[str] = []
    for result in results:
        for finding in result.findings:
            where, message = visible(finding.where), visible(finding.message)
            lines.append(f"{where}: {finding.severity} {finding.rule} {message}")
            lines.extend(f"    {visible(detail)}" for detail in finding.details)
        lines.append(_summary(result))
        lines.append("")
    return "\n".join(lines).rstrip("\n")


def _escape_data(text: str) -> str:
    """A workflow command's message: ``%``, CR and LF encoded, so no text can start a command line."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(results: Sequence[FileResult]) -> str:
    """GitHub Actions workflow commands: ``::error file=…,line=…,col=…::message`` on the article's lines."""
    lines = []
    for result in results:
        for finding in result.findings:
            properties = [f"file={_escape_property(visible(str(finding.path)))}"]
            if finding.line is not None:
                properties += [f"line={finding.line}", f"col={finding.column}"]
            properties.append(f"title={_escape_property(f'claimcheck {finding.rule}')}")
            message = "\n".join(visible(line) for line in [finding.message, *finding.details])
            command = _GITHUB_COMMANDS[finding.severity]
            lines.append(f"::{command} {','.join(properties)}::{_escape_data(message)}")
    return "\n".join(lines)


def _finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "path": str(finding.path),
        "line": finding.line,
        "column": finding.column if finding.line is not None else None,
        "claims": list(finding.claims),
        "details": list(finding.details),
    }


def json_document(results: Sequence[FileResult], *, complete: bool = True) -> dict[str, Any]:
    """The JSON document of ``claimcheck check --format json`` (docs/schemas/check.schema.json).

    ``complete`` is False when some path the run was given named no usable claims file: then the
    document is not ``ok`` either, as the exit status says.
    """
    return {
        "schema_version": SCHEMA_VERSION,
        "ok": complete and all(result.ok for result in results),
        "files": [
            {
                "path": str(result.path),
                "article": (
                    str(result.loaded.article)
                    if result.loaded is not None and result.loaded.article is not None
                    else None
                ),
                "usable": result.usable,
                "ok": result.ok,
                "findings": [_finding_json(finding) for finding in result.findings],
                "report": result.report.to_dict() if result.report is not None else None,
            }
            for result in results
        ],
    }


def dumps(document: object) -> str:
    """Write a JSON document the way claimcheck does everywhere: UTF-8 text, two-space indent."""
    return json.dumps(document, ensure_ascii=False, indent=2)
