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
    "election.claims.toml": [],
    # the three shares cannot all hold of any votes cast; the turnout and the count each say votes were
    # cast (a share of no votes says nothing), so each makes a minimal conflict with them
    "election-misprint.claims.toml": [
        {"register", "turnout", "alliance", "union", "others"},
        {"votes", "alliance", "union", "others"},
    ],
    "results.claims.toml": [],
    # the revenue is stated twice, directly and as 8% up on 2024: each clashes with costs and profit
    "results-misprint.claims.toml": [
        {"revenue", "costs", "profit"},
        {"growth", "revenue-2024", "costs", "profit"},
    ],
    "toll.claims.toml": [],
    "toll-revised.claims.toml": [{"thursday", "friday"}],
    "poll.claims.toml": [],
    "poll-misprint.claims.toml": [{"women", "men", "overall"}],
    "oilfield.claims.toml": [],
    "rail.claims.toml": [],
    "jobs.claims.toml": [],
    "quake.claims.toml": [],
    "quake-children.claims.toml": [{"children", "un"}],
    "firms.claims.toml": [],
    "deal.claims.toml": [],
    "inflation.claims.toml": [],
    "percapita.claims.toml": [],
    "schools.claims.toml": [],
    "quarters.claims.toml": [],
    "vaccination.claims.toml": [],
    "residents.claims.toml": [],
    "residents-misprint.claims.toml": [{"residents", "near-share", "near-count"}],
    "ages.claims.toml": [],
    "council.claims.toml": [],
    "blast.claims.toml": [],
    "blast-misprint.claims.toml": [{"dead", "children"}],
}


def test_every_passage_is_labelled():
    assert sorted(path.name for path in HERE.glob("*.claims.toml")) == sorted(VERDICTS)


@pytest.mark.parametrize("name", sorted(VERDICTS))
def test_a_careful_readers_verdict(name):
    loaded = load(HERE / name)
    report = check(loaded.claims, loaded.hierarchy)
    assert not report.errors, str(report)
    assert [set(conflict.claims) for conflict in report.conflicts] == VERDICTS[name], str(report)
