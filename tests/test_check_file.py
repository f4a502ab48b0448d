"""check_file: a claims file checked as a whole, acknowledgements included, and its findings."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck import ClaimsFileError
from claimcheck.claimsfile import load
from claimcheck.cli import main
from claimcheck.findings import check_file, findings_of, unusable

SEED = Path(__file__).parent.parent / "seeds" / "000_a7fc063d2ee3a42c.claims.toml"

ARTICLE = "Aid agencies say at most 40,000 people fled; local officials say more than 45,000 fled.\n"

DISPUTE = """
    article = "article.md"
    [[claim]]
    id = "aid"
    quote = "at most 40,000"
    subject = "displaced people"
    source = "aid agencies"
    [[claim]]
    id = "officials"
    quote = "more than 45,000"
    subject = "displaced people"
    source = "local officials"
    """


def write(tmp_path: Path, claims: str, article: str = ARTICLE) -> Path:
    (tmp_path / "article.md").write_text(article, encoding="utf-8")
    path = tmp_path / "article.claims.toml"
    path.write_text(textwrap.dedent(claims), encoding="utf-8")
    return path


def test_the_seed_article_is_consistent_and_implies_fighters_in_syria():
    report = check_file(SEED).report
    assert report is not None
    assert report.ok
    assert report.conflicts == ()
    (iraq,) = report.overlaps
    assert set(iraq.claims) == {"official", "mohamadawi", "intelligence"}
    assert (iraq.estimate.lo, iraq.estimate.hi) == (100, 500)
    syria = next(b for b in report.implied if b.subject == "fighters" and dict(b.scope) == {"place": "Syria"})
    # roughly half (45%) of at least 5,000, less at most 500 in Iraq
    assert syria.estimate.lo == 1750
    assert not syria.estimate.low_open


def test_a_dispute_the_article_reports_fails_until_acknowledged(tmp_path):
    report = check_file(write(tmp_path, DISPUTE)).report
    assert report is not None
    assert not report.ok
    (conflict,) = report.conflicts
    assert set(conflict.claims) == {"aid", "officials"}
    assert "aid agencies" in conflict.message
    assert "local officials" in conflict.message
    assert conflict.acknowledged is None

    accepted = (
        DISPUTE
        + """
    [[accept]]
    claims = ["aid", "officials"]
    reason = "the article reports the two sources' dispute"
    """
    )
    report = check_file(write(tmp_path, accepted)).report
    assert report is not None
    assert report.ok
    (conflict,) = report.conflicts
    assert conflict.acknowledged == "the article reports the two sources' dispute"
    assert report.to_dict()["conflicts"][0]["acknowledged"] == conflict.acknowledged


def test_an_acknowledgement_that_matches_no_conflict_is_reported(tmp_path):
    claims = (
        DISPUTE.replace("more than 45,000", "more than 45,000").replace(
            'quote = "at most 40,000"', 'value = "at most 50,000"'
        )
        + """
    [[accept]]
    claims = ["aid", "officials"]
    reason = "old dispute"
    """
    )
    report = check_file(write(tmp_path, claims)).report
    assert report is not None
    assert report.conflicts == ()
    assert report.errors == ()
    (unused,) = report.warnings
    assert (unused.rule, unused.severity) == ("unused-accept", "warning")
    assert report.ok  # a warning does not fail the check


def test_findings_point_at_the_article(tmp_path):
    path = write(tmp_path, DISPUTE)
    result = check_file(path)
    assert result.usable
    (finding,) = [f for f in result.findings if f.rule == "conflict"]
    assert finding.severity == "error"
    assert finding.where == f"{tmp_path / 'article.md'}:1:18"
    assert finding.details[0].startswith("apart by")
    assert any("claim aid (aid agencies): 'at most 40,000'" in line for line in finding.details)
    assert result.fails("error")


def test_the_findings_of_a_consistent_file_are_information():
    loaded = load(SEED)
    result = check_file(loaded)
    assert result.report is not None
    findings = findings_of(loaded, result.report)
    assert findings == result.findings
    assert {f.severity for f in findings} == {"info"}
    assert {f.rule for f in findings} == {"agreement", "implied-bound"}


def test_an_unusable_file_becomes_an_error_finding(tmp_path):
    path = write(tmp_path, 'article = 1\n[[claim]]\nquote = "nowhere to be seen 5"\nsubject = "x"\n')
    with pytest.raises(ClaimsFileError) as raised:
        check_file(path)
    result = unusable(path, raised.value)
    assert not result.usable
    (finding,) = result.findings
    assert (finding.severity, finding.rule, finding.line) == ("error", "invalid-field", 1)
    assert finding.path == path
    assert finding.message == "article: article must be a file name, not 1"


def test_a_corrected_article_is_flagged_and_checked_with_its_new_numbers(tmp_path):
    path = write(tmp_path, DISPUTE, ARTICLE.replace("at most 40,000", "at most 50,000"))
    result = check_file(path)
    assert result.report is not None
    assert result.report.ok
    changed = [f for f in result.findings if f.rule == "quote-changed"]
    assert [(f.severity, f.claims) for f in changed] == [("warning", ("aid",))]


@pytest.mark.parametrize("threshold", ["warning", "error"])
def test_fails_compares_severities(tmp_path, threshold):
    path = write(tmp_path, DISPUTE, ARTICLE.replace("at most 40,000", "at most 50,000"))
    assert check_file(path).fails(threshold) is (threshold == "warning")


def test_accepted_conflicts_never_hide_an_unaccepted_one(tmp_path):
    lines = []
    for number in range(60):
        lines += [
            f'[[claim]]\nid = "low{number}"\nvalue = "up to 10"\nsubject = "group {number}"',
            f'[[claim]]\nid = "high{number}"\nvalue = "at least 20"\nsubject = "group {number}"',
        ]
        if number < 59:
            lines.append(f'[[accept]]\nclaims = ["low{number}", "high{number}"]\nreason = "reported dispute"')
    path = tmp_path / "many.claims.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = check_file(path)
    assert not result.ok
    failing = [f for f in result.findings if f.rule == "conflict"]
    assert [f.claims for f in failing] == [("low59", "high59")]
    assert main(["check", str(path)]) == 1
