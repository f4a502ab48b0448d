"""Every JSON output validates against its schema under docs/schemas/, and writes numbers one way."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from claimcheck import Claim, Hierarchy, check
from claimcheck.cli import main
from claimcheck.quantity import KINDS, RELATIONS
from claimcheck.report import SCHEMA_VERSION
from claimcheck.strategies import claim_sets, estimates, hierarchies

SCHEMAS = Path(__file__).parents[1] / "docs" / "schemas"
SEED = Path(__file__).parents[1] / "seeds" / "000_a7fc063d2ee3a42c.txt"
CLAIMS = SEED.with_suffix(".claims.toml")


def _load(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return schema


REGISTRY: Registry[Any] = Registry().with_resources(
    (path.name, Resource.from_contents(_load(path.name))) for path in SCHEMAS.glob("*.schema.json")
)


@functools.cache
def _validator(name: str) -> Draft202012Validator:
    schema = _load(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=REGISTRY)


def validate(document: object, name: str) -> None:
    _validator(name).validate(document)
    assert not list(_floats(document)), "numbers are written as exact strings, never floats"


def _floats(value: object) -> Any:
    if isinstance(value, float):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _floats(item)
    elif isinstance(value, list):
        for item in value:
            yield from _floats(item)


def test_every_schema_states_the_one_schema_version():
    for path in SCHEMAS.glob("*.schema.json"):
        version = _load(path.name).get("properties", {}).get("schema_version")
        if version is not None:
            assert version == {"const": SCHEMA_VERSION}, path.name


def test_the_estimate_schema_names_every_kind_and_relation():
    estimate = _load("estimate.schema.json")["$defs"]["estimate"]["properties"]
    assert tuple(estimate["kind"]["enum"]) == KINDS
    assert tuple(estimate["relation"]["enum"]) == RELATIONS


def test_a_report_with_every_kind_of_finding_matches_its_schema():
    h = Hierarchy()
    h.partition("place", "Iraq and Syria", ["Iraq", "Syria"])
    report = check(
        [
            Claim("up to 500", "fighters", {"place": "Iraq and Syria"}, id="a", source="the army"),
            Claim("at least 600", "fighters", {"place": "Iraq"}, id="b"),
            Claim("100 to 200", "tanks", {"place": "Iraq"}, id="c"),
            Claim("more than 150", "tanks", {"place": "Iraq"}, id="d"),
            Claim("1,000", "cars", {"place": "Iraq and Syria"}, id="e"),
            Claim("at least 1/3 of 900", "cars", {"place": "Iraq"}, id="f"),
            Claim("roughly half", "recruits", of="nobody", id="g"),
            Claim("$1.2bn", "budget", id="h"),
            Claim("5 km", "budget", id="i"),
        ],
        h,
    )
    assert report.conflicts
    assert report.overlaps
    assert report.implied
    assert report.errors
    validate(report.to_dict(), "report.schema.json")


@settings(max_examples=10, deadline=None)
@given(st.data())
def test_any_report_matches_its_schema(data):
    hierarchy = data.draw(hierarchies())
    claims = data.draw(claim_sets(hierarchy))
    validate(check(claims, hierarchy).to_dict(), "report.schema.json")


@settings(max_examples=50, deadline=None)
@given(estimates())
def test_any_estimate_matches_its_schema(estimate):
    validate({"schema_version": SCHEMA_VERSION, "estimates": [estimate.to_dict()]}, "estimates.schema.json")


def test_check_json_matches_its_schema(tmp_path, capsys):
    (tmp_path / "story.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    broken = tmp_path / "broken.claims.toml"
    broken.write_text('article = "story.txt"\n[[claim]]\nid = "x"\n', encoding="utf-8")
    assert main(["check", "--format", "json", str(CLAIMS), str(broken)]) == 2
    document = json.loads(capsys.readouterr().out)
    validate(document, "check.schema.json")
    assert [file["usable"] for file in document["files"]] == [True, False]


def test_extract_json_matches_its_schema(capsys):
    assert main(["extract", "--format", "json", str(SEED)]) == 0
    document = json.loads(capsys.readouterr().out)
    validate(document, "mentions.schema.json")
    assert any(mention["estimate"] is None for mention in document["mentions"])  # a year, say


@pytest.mark.parametrize(
    "text", ["11/30 of them", "more than 20", "roughly half", "-€450m", "$10.84 billion"]
)
def test_parse_json_matches_its_schema(text, capsys):
    main(["parse", "--format", "json", "--", text])
    validate(json.loads(capsys.readouterr().out), "estimates.schema.json")
