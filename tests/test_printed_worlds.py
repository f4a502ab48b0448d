"""Printed worlds: a consistent world printed as a reporter prints it checks clean, and a misprint is caught.

The generator (tests/worlds.py) draws a few true figures that hold together and prints them with real
phrasings and real rounding; the newsroom's claims file quotes the article. A false conflict on such an
article is the worst bug claimcheck can have; a misprint (one figure moved far beyond any reading of its
rounding and hedge) must be a conflict naming that figure's claim.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from worlds import World, worlds

from claimcheck import check_file, extract


def checked(world: World):
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "article.txt").write_text(world.article(), encoding="utf-8")
        path = Path(folder, "world.claims.toml")
        path.write_text(world.claims_file(), encoding="utf-8")
        return check_file(path)


def describe(world: World, result) -> str:
    lines = [world.article(), world.claims_file()]
    lines += [f"{finding.severity} {finding.rule}: {finding.message}" for finding in result.findings]
    return "\n".join(lines)


# each example writes two small files and checks them (about 10-30 ms): 100 examples keep the test near
# a few seconds in CI's profile
@settings(max_examples=100)
@given(worlds())
def test_a_consistent_world_as_printed_checks_clean(world):
    result = checked(world)
    errors = [finding for finding in result.findings if finding.severity == "error"]
    assert result.ok and not errors, describe(world, result)


@settings(max_examples=100)
@given(worlds(misprint=True))
def test_a_misprint_is_a_conflict_naming_its_claim(world):
    if world.misprint is None:
        return
    result = checked(world)
    assert result.report is not None, describe(world, result)
    named = {claim for conflict in result.report.conflicts for claim in conflict.claims}
    assert world.misprint in named, describe(world, result)


@given(worlds())
def test_extraction_finds_every_printed_figure_with_its_value(world):
    article = world.article()
    mentions = extract(article)
    start = 0
    for figure in world.figures:
        words = figure.words()
        where = article.find(world.quote(figure))
        assert where >= 0
        at = article.find(words, where)
        found = [m for m in mentions if m.start <= at + len(words) and at <= m.end and m.estimate is not None]
        assert found, (words, article)
        assert any(m.estimate.lo <= figure.number <= m.estimate.hi for m in found), (words, found, article)
    del start
