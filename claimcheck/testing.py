"""Assertions for newsroom test suites: ``assert_consistent`` fails a test with the findings as message.

>>> from claimcheck import Claim
>>> from claimcheck.testing import assert_consistent
>>> up_to, at_least = Claim("up to 500", "fighters"), Claim("at least 500", "fighters")
>>> assert_consistent([up_to, at_least])
>>> assert_consistent([Claim("fewer than 500", "fighters"), at_least])
Traceback (most recent call last):
...
AssertionError: inconsistent: 1 conflict(s), 0 error(s)
...
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck._rendering import formats
from claimcheck.claimsfile import ClaimsFile
from claimcheck.engine import check
from claimcheck.errors import ModelError
from claimcheck.findings import check_file

if TYPE_CHECKING:
    from collections.abc import Iterable

    from claimcheck.claims import Claim
    from claimcheck.hierarchy import Hierarchy
    from claimcheck.policy import Policy

__all__ = ["assert_consistent"]


def assert_consistent(
    source: str | Path | ClaimsFile | Iterable[Claim],
    hierarchy: Hierarchy | None = None,
    *,
    policy: Policy | None = None,
) -> None:
    """Fail with the report as the message unless the claims can all be true.

    Args:
        source: a claims file's path, a claims file loaded with :func:`claimcheck.load`, or claims.
        hierarchy: how the claims' facets nest, for a list of claims (a claims file has its own).
        policy: how to read hedged and vague wording (pass the ``claimcheck_policy`` fixture).

    Raises:
        AssertionError: a conflict or an error finding; the message is the findings, with the article's
            line and column for claims files.
        ClaimsFileError: the claims file cannot be used.
        ModelError: a hierarchy was given with a claims file, which has its own.
    """
    __tracebackhide__ = True
    if isinstance(source, str | Path | ClaimsFile):
        if hierarchy is not None:
            raise ModelError("a claims file declares its own hierarchy; pass hierarchy only with claims")
        result = check_file(source, policy=policy)
        if not result.ok:
            raise AssertionError(formats.render_text([result]))
        return
    report = check(source, hierarchy, policy=policy)
    if not report.ok:
        raise AssertionError(str(report))
