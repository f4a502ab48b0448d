"""Fuzzing claims files: drawn TOML and article bytes give a result or a ClaimcheckError, nothing else."""

from __future__ import annotations

import contextlib
import json
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck._rendering.draft import _toml
from claimcheck.claimsfile import load
from claimcheck.errors import ClaimcheckError
from claimcheck.findings import check_file

KEYS = ["id", "quote", "prefix", "suffix", "value", "subject", "scope", "source", "of", "exact", "facet"]
WORDS = ["up to 500", "fighters", "Iraq", "roughly half", "a", "b", "place", "5,000 to 7,000", "", " ", "%"]

text = st.one_of(st.sampled_from(WORDS), st.text(max_size=12))
scalars = st.one_of(text, st.integers(-(10**20), 10**20), st.booleans(), st.floats(allow_nan=False))
values: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["place", "year", "x"]), inner, max_size=2),
    ),
    max_leaves=6,
)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _toml(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    return "{" + ", ".join(f"{_toml(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


entries = st.lists(st.dictionaries(st.sampled_from(KEYS), values, max_size=6), max_size=4)


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = []
    if draw(st.booleans()):
        lines.append(f"article = {toml_value(draw(st.one_of(st.just('story.txt'), values)))}")
    for table in ("claim", "partition", "subset", "accept"):
        for entry in draw(
            entries
            if table == "claim"
            else st.lists(
                st.dictionaries(
                    st.sampled_from(["facet", "whole", "parts", "part", "of", "claims", "reason"]),
                    values,
                    max_size=4,
                ),
                max_size=2,
            )
        ):
            lines.append(f"[[{table}]]")
            lines += [f"{key} = {toml_value(value)}" for key, value in entry.items()]
    document = "\n".join(lines) + "\n"
    if draw(st.booleans()):  # now and then, damage it
        at = draw(st.integers(0, len(document)))
        document = document[:at] + draw(st.text(max_size=4)) + document[at:]
    return document


articles = st.one_of(
    st.binary(max_size=200),
    st.text(
        alphabet=st.sampled_from("up to 500 fighters Iraq roughly half \n\r\ufeff\x00é,."), max_size=200
    ).map(lambda s: s.encode("utf-8")),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents(), article=articles)
def test_only_claimcheck_errors_come_out(document, article):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "story.txt").write_bytes(article)
        path = Path(folder) / "x.claims.toml"
        path.write_text(document, encoding="utf-8", errors="surrogatepass")
        for run in (load, check_file):
            with contextlib.suppress(ClaimcheckError):  # anything else fails the test
                run(path)


@given(st.text())
def test_the_draft_writes_any_text_as_a_toml_string(value):
    assert tomllib.loads(f"article = {_toml(value)}\n")["article"] == value
    assert json.loads(_toml(value)) == value
