"""The pytest plugin, run through pytest's own pytester: collection, failures, options, fixtures."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

ARTICLE = (
    "Officials said up to 500 fighters remain in Iraq. A think tank counts at least 600 fighters there.\n"
)

CONSISTENT = """
article = "story.txt"
[[claim]]
id = "officials"
quote = "up to 500 fighters"
subject = "fighters"
scope = { place = "Iraq" }
source = "officials"
"""

CONFLICTING = (
    CONSISTENT
    + """
[[claim]]
id = "tank"
quote = "at least 600 fighters"
subject = "fighters"
scope = { place = "Iraq" }
source = "a think tank"
"""
)


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".txt", story=ARTICLE)
    return pytester


def test_a_consistent_claims_file_passes(newsroom):
    newsroom.makefile(".claims.toml", story=CONSISTENT)
    result = newsroom.runpytest("-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*story.claims.toml::story.claims.toml PASSED*"])


def test_a_conflict_fails_with_the_findings_and_no_traceback(newsroom):
    newsroom.makefile(".claims.toml", story=CONFLICTING)
    result = newsroom.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*_ claims file story.claims.toml _*",
            (
                "*story.txt:1:16: error conflict fighters in Iraq: at most 500 (officials, claim officials)*"
                "at least 600 (a think tank, claim tank)"
            ),
            "    apart by 100 (20%)",
            "    claim officials (officials): 'up to 500 fighters' at *story.txt:1:16",
            "*story.claims.toml: INCONSISTENT (2 claims, 1 conflict)",
        ]
    )
    assert "Traceback" not in result.stdout.str()
    assert "def check_claims_file" not in result.stdout.str()


def test_a_malformed_file_fails_its_own_item_and_the_session_runs_on(newsroom):
    newsroom.makefile(
        ".claims.toml", story='article = "story.txt"\n[[claim]]\nvalue = "5"\n', other=CONSISTENT
    )
    newsroom.makepyfile(test_unrelated="def test_unrelated():\n    pass\n")
    result = newsroom.runpytest("--claimcheck-report=out.json")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        ["*story.claims.toml:2:1: error invalid-field claim #1: the key 'subject' is missing"]
    )
    assert "Traceback" not in result.stdout.str()
    assert "Interrupted" not in result.stdout.str()
    document = json.loads((newsroom.path / "out.json").read_text(encoding="utf-8"))
    assert document["ok"] is False
    assert [f["usable"] for f in document["files"]] == [True, False]  # other, story: sorted by path


def test_the_claimcheck_files_ini_option_sets_the_glob(newsroom):
    newsroom.makefile(".numbers.toml", story=CONFLICTING)
    newsroom.makeini("[pytest]\nclaimcheck_files = *.numbers.toml\n")
    newsroom.runpytest().assert_outcomes(failed=1)
    newsroom.makeini("[pytest]\n")
    assert newsroom.runpytest().ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_the_plugin_can_be_turned_off(newsroom):
    newsroom.makefile(".claims.toml", story=CONFLICTING)
    assert newsroom.runpytest("-p", "no:claimcheck").ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_conftest_overrides_the_policy_fixture(newsroom):
    claims = (
        CONSISTENT.replace("up to 500 fighters", "up to 500 fighters").replace(
            'quote = "up to 500 fighters"', 'value = "about 500"'
        )
        + '\n[[claim]]\nid = "b"\nvalue = "at least 540"\nsubject = "fighters"\nscope = { place = "Iraq" }\n'
    )
    newsroom.makefile(".claims.toml", story=claims)
    newsroom.runpytest().assert_outcomes(passed=1)  # about 500 is 450-550 by default
    newsroom.makeconftest(
        """
        from fractions import Fraction
        import pytest
        from claimcheck import Policy

        @pytest.fixture
        def claimcheck_policy():
            return Policy(about=Fraction(1, 20))  # this newsroom reads "about" as 5%
        """
    )
    result = newsroom.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*error conflict fighters in Iraq*"])


UNIT_MISMATCH = """
[[claim]]
id = "money"
value = "$5 million"
subject = "budget"
[[claim]]
id = "length"
value = "5 km"
subject = "budget"
"""


def test_error_findings_fail_by_default_and_can_only_warn(pytester):
    pytester.makefile(".claims.toml", budget=UNIT_MISMATCH)
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*error unit-mismatch*"])
    pytester.makeini("[pytest]\nclaimcheck_error_findings = warn\n")
    # this suite turns warnings into errors, which an in-process run inherits: shown as warnings again
    result = pytester.runpytest("-W", "default::claimcheck.pytest_plugin.ClaimcheckWarning")
    result.assert_outcomes(passed=1, warnings=1)
    result.stdout.fnmatch_lines(["*ClaimcheckWarning*unit-mismatch*"])


def test_a_bad_error_findings_option_is_a_usage_error(pytester):
    pytester.makeini("[pytest]\nclaimcheck_error_findings = maybe\n")
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*claimcheck_error_findings must be 'fail' or 'warn', not 'maybe'*"])


def test_the_json_report_holds_every_checked_file(newsroom):
    newsroom.makefile(".claims.toml", story=CONFLICTING, other=CONSISTENT)
    newsroom.runpytest("--claimcheck-report=out.json").assert_outcomes(passed=1, failed=1)
    document = json.loads((newsroom.path / "out.json").read_text(encoding="utf-8"))
    from claimcheck.report import SCHEMA_VERSION

    assert document["schema_version"] == SCHEMA_VERSION
    by_name = {f["path"].rsplit("/", 1)[-1]: f for f in document["files"]}
    assert by_name["other.claims.toml"]["ok"] is True
    assert by_name["story.claims.toml"]["report"]["conflicts"][0]["claims"] == ["officials", "tank"]


def test_assert_consistent_shows_the_report_under_the_failing_test(newsroom):
    newsroom.makefile(".claims.toml", story=CONFLICTING)
    newsroom.makepyfile(
        textwrap.dedent(
            """
            from claimcheck import Claim
            from claimcheck.testing import assert_consistent

            def test_the_story(claimcheck_policy):
                assert_consistent("story.claims.toml", policy=claimcheck_policy)

            def test_claims():
                assert_consistent([Claim("fewer than 10", "x", id="a"), Claim("10", "x", id="b")])
            """
        )
    )
    result = newsroom.runpytest("test_assert_consistent_shows_the_report_under_the_failing_test.py")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        [
            "*AssertionError: *story.txt:1:16: error conflict fighters in Iraq*",
            "*apart by 100 (20%)*",
            "*AssertionError: inconsistent: 1 conflict(s)*",
        ]
    )


def test_importing_the_plugin_does_not_import_pint():
    code = "import sys, claimcheck.pytest_plugin; print('pint' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_html_pages_are_written_per_checked_file(newsroom):
    newsroom.makefile(".claims.toml", story=CONFLICTING, other=CONSISTENT)
    newsroom.runpytest("--claimcheck-html=pages").assert_outcomes(passed=1, failed=1)
    pages = sorted(path.name for path in (newsroom.path / "pages").iterdir())
    assert pages == ["other.html", "story.html"]
    story = (newsroom.path / "pages" / "story.html").read_text(encoding="utf-8")
    assert story.startswith("<!DOCTYPE html>")
    assert "Inconsistent: 1 conflict" in story
