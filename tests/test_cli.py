"""The command line, called in process: exit codes and output."""

from __future__ import annotations

import json
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


def test_parse_json(capsys):
    assert main(["parse", "--format", "json", "more than 20", "roughly half"]) == 0
    above, half = json.loads(capsys.readouterr().out)
    assert above == {
        "text": "more than 20",
        "estimate": "> 20",
        "low": 20,
        "high": None,
        "low_open": True,
        "high_open": True,
        "interval": "(20, inf)",
        "unit": "",
        "kind": "above",
    }
    assert (half["low"], half["high"], half["kind"]) == (0.45, 0.55, "about")


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
    mentions = json.loads(capsys.readouterr().out)
    article = SEED.read_text(encoding="utf-8")
    for mention in mentions:
        assert article[mention["start"] : mention["end"]] == mention["text"]
    un = next(m for m in mentions if m["text"] == "5,000 to 7,000")
    assert (un["estimate"]["low"], un["estimate"]["high"], un["noun"]) == (
        5000,
        7000,
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
    assert "cannot read" in capsys.readouterr().err
