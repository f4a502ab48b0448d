"""Short passages in the style of real reporting, each labelled with the verdict a careful reader reaches.

The labels were written from reading the passages (rounded percentages, a conversion in brackets, a
deficit by department, a weekly rate against a monthly total), never from running claimcheck.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import check, load

HERE = Path(__file__).parent / "data" / "realworld"

#: each claims file, and the claim sets a careful reader finds in conflict (none: consistent)
VERDICTS: dict[str, list[set[str]]] = {
    "survey.claims.toml": [],
    "survey-misprint.claims.toml": [{"respondents", "overtime-share", "overtime-count"}],
    "trail.claims.toml": [],
    "budget.claims.toml": [],
    "clinic.claims.toml": [{"rate", "ministry"}, {"office", "ministry"}],
}


def test_every_passage_is_labelled():
    assert sorted(path.name for path in HERE.glob("*.claims.toml")) == sorted(VERDICTS)


@pytest.mark.parametrize("name", sorted(VERDICTS))
def test_a_careful_readers_verdict(name):
    loaded = load(HERE / name)
    report = check(loaded.claims, loaded.hierarchy)
    assert not report.errors, str(report)
    assert [set(conflict.claims) for conflict in report.conflicts] == VERDICTS[name], str(report)
