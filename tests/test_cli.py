"""The command line, called in process: exit codes and output."""

from __future__ import annotations

import json

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
