"""The command line, called in process: exit codes and output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claimcheck.cli import main


def test_parse_prints_each_estimate(capsys):
    assert main(["parse", "up to 500 active fighters", "between $25 million and $50 million"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["EXPRESSION", "ESTIMATE", "INTERVAL", "UNIT", "KIND"]
    assert out[1].split() == ["up", "to", "500", "≤", "500", "[0,", "500]", "-", "at_most"]
    assert "$25 million–$50 million" in out[2]
    assert out[2].split()[-2:] == ["USD", "range"]


def test_parse_shows_open_ends(capsys):
    assert main(["parse", "fewer than 100"]) == 0
    assert "[0, 100)" in capsys.readouterr().out


def test_parse_json_writes_exact_estimates(capsys):
    assert main(["parse", "--format", "json", "more than 20", "roughly half"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["schema_version"] == 2
    above, half = document["estimates"]
    assert above == {
        "low": "20",
        "high": "inf",
        "low_open": True,
        "high_open": True,
        "unit": "",
        "kind": "above",
        "relation": "amount",
        "nominal": "20",
        "precision": None,
        "text": "more than 20",
        "display": "> 20",
    }
    assert (half["low"], half["high"], half["kind"], half["relation"]) == ("9/20", "11/20", "about", "share")


def test_unreadable_text_exits_2_and_says_where(capsys):
    assert main(["parse", "between and", "500"]) == 2
    captured = capsys.readouterr()
    assert "column 9: expected a number after 'between'" in captured.err
    assert "500" in captured.out


def test_a_command_is_required(capsys):
    with pytest.raises(SystemExit) as exited:
        main([])
    assert exited.value.code == 2
    assert "COMMAND" in capsys.readouterr().err


SEED = Path(__file__).parent.parent / "seeds" / "000_a7fc063d2ee3a42c.txt"


def test_extract_prints_each_mention_with_its_line_and_column(capsys):
    assert main(["extract", str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    first = lines[0].split(None, 1)
    assert first[0] == f"{SEED}:1:186"
    assert "up to 500" in first[1]
    assert "active fighters" in first[1]
    half = next(line for line in lines if "roughly half" in line)
    assert "share of '5,000 to 7,000'" in half
    assert any(line.split()[1:] == ["2014", "(year)"] for line in lines)


def test_extract_json_gives_offsets_that_slice_the_article(capsys):
    assert main(["extract", "--format", "json", str(SEED)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["schema_version"] == 2
    mentions = document["mentions"]
    article = SEED.read_text(encoding="utf-8")
    for mention in mentions:
        assert article[mention["start"] : mention["end"]] == mention["text"]
    un = next(m for m in mentions if m["text"] == "5,000 to 7,000")
    assert (un["estimate"]["low"], un["estimate"]["high"], un["noun"]) == (
        "5000",
        "7000",
        "members and supporters",
    )


def test_extract_draft_writes_a_claims_file_that_loads(tmp_path, capsys):
    from claimcheck import load

    article = tmp_path / "story.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["extract", "--draft", str(article)]) == 0
    draft = tmp_path / "story.claims.toml"
    assert f"wrote {draft}" in capsys.readouterr().out
    loaded = load(draft)
    by_value = {claim.value: claim for claim in loaded.claims}
    assert by_value["up to 500"].subject == "active fighters"
    half = by_value["roughly half"]
    assert half.of is not None
    assert next(c for c in loaded.claims if c.id == half.of).value == "5,000 to 7,000"
    assert "2014" not in {claim.value for claim in loaded.claims}
    # a second run does not overwrite the editor's work
    assert main(["extract", "--draft", str(article)]) == 2
    assert "use --force" in capsys.readouterr().err


def test_extract_of_a_missing_article_exits_2(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.txt")]) == 2
    assert capsys.readouterr().err == f"claimcheck: {tmp_path / 'nope.txt'}: does not exist\n"


CLAIMS = SEED.with_name("000_a7fc063d2ee3a42c.claims.toml")

CONFLICTING = """\
article = "story.txt"
[[claim]]
id = "official"
quote = "up to 500 active fighters"
subject = "fighters"
scope = { place = "Iraq" }
source = "a senior military official"
[[claim]]
id = "tank"
value = "at least 600"
subject = "fighters"
scope = { place = "Iraq" }
source = "a think tank"
"""


def conflicting(tmp_path: Path) -> Path:
    (tmp_path / "story.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "story.claims.toml"
    path.write_text(CONFLICTING, encoding="utf-8")
    return path


def test_check_on_the_seeds_folder_is_consistent(capsys):
    assert main(["check", str(SEED.parent)]) == 0
    out = capsys.readouterr().out
    assert f"{CLAIMS}: consistent (6 claims" in out
    assert f"{SEED}:1:186: info agreement claims official, mohamadawi, intelligence agree" in out
    assert "fighters in Syria must be 1,750–3,750" in out
    # a figure over every place is named as such, not as a bare subject
    assert "fighters (all places together) must be ≥ 2,250" in out


def test_check_fails_with_1_and_explains_a_conflict(tmp_path, capsys):
    path = conflicting(tmp_path)
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{tmp_path / 'story.txt'}:1:186: error conflict fighters in Iraq")
    assert "a think tank" in lines[0]
    assert lines[1] == "    apart by 100 (20%)"
    assert lines[-1] == f"{path}: INCONSISTENT (2 claims, 1 conflict)"


def test_fail_on_never_reports_without_failing(tmp_path, capsys):
    assert main(["check", "--fail-on", "never", str(conflicting(tmp_path))]) == 0
    assert "error conflict" in capsys.readouterr().out


def test_check_github_annotations(tmp_path, capsys):
    assert main(["check", "--format", "github", str(conflicting(tmp_path))]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith(
        f"::error file={tmp_path / 'story.txt'},line=1,col=186,title=claimcheck conflict::"
    )
    assert "%0Aapart by 100 (20%25)" in line


def test_check_json_has_a_schema_version(tmp_path, capsys):
    assert main(["check", "--format", "json", str(conflicting(tmp_path)), str(CLAIMS)]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["schema_version"] == 2
    assert document["ok"] is False
    bad, good = document["files"]
    assert (bad["ok"], good["ok"]) == (False, True)
    assert bad["findings"][0]["rule"] == "conflict"
    assert bad["findings"][0]["line"] == 1
    assert bad["report"]["conflicts"][0]["claims"] == ["official", "tank"]


def test_check_exits_2_for_unusable_input(tmp_path, capsys):
    broken = tmp_path / "broken.claims.toml"
    broken.write_text('[[claim]]\nvalue = "5"\nsubjekt = "x"\n', encoding="utf-8")
    assert main(["check", str(broken)]) == 2
    assert (
        f"{broken}:1:1: error invalid-field claim #1: the key 'subject' is missing" in capsys.readouterr().out
    )
    assert main(["check", str(tmp_path / "missing.claims.toml")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["check", str(empty)]) == 2
    assert "no *.claims.toml files" in capsys.readouterr().err


def _modules_after(code: str) -> set[str]:
    """The claimcheck modules (and pint) a fresh interpreter has loaded after running ``code``."""
    probe = f"""
        import sys
        {code}
        print(*[m for m in sys.modules if m.startswith(("claimcheck", "pint"))], file=sys.stderr)
    """
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(probe)], capture_output=True, text=True, env=env, check=False
    )
    return set(result.stderr.split())


def test_the_command_line_starts_without_the_library():
    """Starting the command line costs argparse, not the parser, the engine or the renderers."""
    loaded = _modules_after("import claimcheck.cli")
    assert loaded == {
        "claimcheck",
        "claimcheck.cli",
        "claimcheck.errors",
        "claimcheck._files",
        "claimcheck._files.limits",
    }


def test_each_command_imports_only_what_it_uses():
    seeds = Path(__file__).parent.parent / "seeds"
    parse = _modules_after("from claimcheck.cli import main; main(['parse', '12 km'])")
    assert "claimcheck.parse" in parse
    assert not parse & {
        "claimcheck.engine",
        "claimcheck.claimsfile",
        "claimcheck.mentions",
        "claimcheck.html",
        "pint",
    }
    check = _modules_after(f"from claimcheck.cli import main; main(['check', {str(seeds)!r}])")
    assert "claimcheck.engine" in check
    assert not check & {"claimcheck.mentions", "claimcheck.html", "claimcheck._rendering.draft", "pint"}
