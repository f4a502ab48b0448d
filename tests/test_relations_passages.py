"""Issue 11 on short passages in the style of real reporting: relations, own-cell shares, facets.

Each passage under tests/data/relations/ is labelled with the verdict a careful reader reaches, written
from reading it (the arithmetic is in each claims file's comment), never from running claimcheck.
"""

from __future__ import annotations

from pathlib import Path

from passages import verdict_tests

from claimcheck import check, extract, load
from claimcheck._rendering.draft import draft_claims

HERE = Path(__file__).parent / "data" / "relations"

#: each claims file, and the claim sets a careful reader finds in conflict (none: consistent)
VERDICTS: dict[str, list[set[str]]] = {
    "hospital.claims.toml": [{"staff-list", "union"}, {"nurses", "three-times", "union"}],
    "evacuation.claims.toml": [],
    "revision.claims.toml": [],
    "revision-misprint.claims.toml": [{"revised", "more", "previous"}],
    "poll-counts.claims.toml": [{"polled", "women-polled", "men", "women", "overall"}],
}


test_every_passage_is_labelled, test_a_careful_readers_verdict = verdict_tests(HERE, VERDICTS)


def test_without_the_unions_figure_the_hospital_passage_is_consistent():
    loaded = load(HERE / "hospital.claims.toml")
    assert check([claim for claim in loaded.claims if claim.id != "union"], loaded.hierarchy).ok


def test_the_multiple_is_explained_with_its_arithmetic():
    loaded = load(HERE / "hospital.claims.toml")
    report = check(loaded.claims, loaded.hierarchy)
    (chain,) = [conflict for conflict in report.conflicts if "three-times" in conflict.claims]
    text = "\n".join([chain.message, *chain.steps])
    assert "three times as many" in text
    assert "at least 140 (the doctors' union, claim union)" in text
    assert "at most 360 (claim nurses)" in text


def test_without_the_facets_whole_the_overall_share_is_not_linked():
    # the same passage and claims, read without [[facet]] whole: a figure that leaves the sex out is
    # about everyone, which the poll's partition need not cover, so no conflict can be claimed
    text = (HERE / "poll-counts.claims.toml").read_text(encoding="utf-8")
    loaded = load(HERE / "poll-counts.claims.toml")
    assert 'whole = "all respondents"\n\n[[subset]]' in text
    hierarchy = loaded.hierarchy
    assert hierarchy.wholes == {"sex": "all respondents"}
    from claimcheck import Hierarchy

    bare = Hierarchy()
    bare.partition("sex", "all respondents", ["men", "women"])
    bare.subset("subject", "backers", of="respondents")
    assert check(loaded.claims, bare).ok


def test_the_time_facets_never_add_up_in_the_text_output():
    loaded = load(HERE / "revision.claims.toml")
    text = str(check(loaded.claims, loaded.hierarchy))
    assert "every" not in text
    assert "together" not in text


def test_a_change_is_one_mention_with_both_ends_and_drafts_two_claims():
    article = "Cases at the clinic rose from 200 to 350 last week, the health office said."
    (mention,) = [m for m in extract(article) if m.kind == "change"]
    assert mention.text == "rose from 200 to 350"
    assert mention.ends is not None
    assert [str(end) for end in mention.ends] == ["200", "350"]
    draft = draft_claims(article, "clinic.txt", extract(article))
    assert draft.count("[[claim]]") == 2
    assert 'value = "200"' in draft
    assert 'value = "350"' in draft
