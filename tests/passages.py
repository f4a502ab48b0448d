"""One way to check a folder of labelled passages: every claims file labelled, each verdict as labelled.

A test module holds its folder and its labels (each claims file, and the claim sets a careful reader
finds in conflict) and takes its two tests from :func:`verdict_tests`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from claimcheck import check, load

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


def verdict_tests(
    folder: Path, verdicts: dict[str, list[set[str]]]
) -> tuple[Callable[[], None], Callable[[str], None]]:
    """The tests that every claims file under ``folder`` is labelled and that each reads as labelled."""

    def test_every_passage_is_labelled() -> None:
        found = sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.claims.toml"))
        assert found == sorted(verdicts)

    @pytest.mark.parametrize("name", sorted(verdicts))
    def test_a_careful_readers_verdict(name: str) -> None:
        loaded = load(folder / name)
        report = check(loaded.claims, loaded.hierarchy)
        assert not report.errors, str(report)
        found = sorted(sorted(conflict.claims) for conflict in report.conflicts)
        assert found == sorted(sorted(claims) for claims in verdicts[name]), str(report)

    return test_every_passage_is_labelled, test_a_careful_readers_verdict
