"""Concurrency and determinism: threads, pickling, byte-identical output, pytest-xdist."""

from __future__ import annotations

import copy
import json
import os
import pickle
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from fractions import Fraction
from pathlib import Path

from claimcheck import Claim, Hierarchy, Policy, check, parse_quantity
from claimcheck.claimsfile import load
from claimcheck.findings import check_file

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "000_a7fc063d2ee3a42c.claims.toml"
FLOOD = ROOT / "docs" / "examples" / "flood.claims.toml"


def _claims() -> tuple[list[Claim], Hierarchy]:
    hierarchy = Hierarchy()
    hierarchy.partition("place", "Iraq and Syria", ["Iraq", "Syria"])
    claims = [
        Claim("about 5,000", "fighters", {"place": "Iraq and Syria"}, id="total"),
        Claim("roughly 2,300", "fighters", {"place": "Iraq"}, id="iraq"),
        Claim("nearly 3,000", "fighters", {"place": "Syria"}, id="syria"),
        Claim("a few hundred", "fighters", {"place": "Syria"}, id="vague"),
    ]
    return claims, hierarchy


POLICIES = [Policy(about=Fraction(n, 100), nearly=Fraction(80 + n, 100)) for n in range(1, 9)]


def test_check_from_8_threads_with_different_policies_matches_serial_results():
    claims, hierarchy = _claims()
    serial = [check(claims, hierarchy, policy=policy).to_dict() for policy in POLICIES]
    assert len({json.dumps(report, sort_keys=True) for report in serial}) > 1  # the policies matter here
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(3):
            threaded = list(pool.map(lambda p: check(claims, hierarchy, policy=p).to_dict(), POLICIES))
            assert threaded == serial


def test_public_values_pickle_and_deep_copy():
    claims, hierarchy = _claims()
    report = check(claims, hierarchy)
    result = check_file(SEED)
    for value in [claims[0], Policy(vague={"a few": parse_quantity("3 to 4")}), report, result, load(SEED)]:
        copied = pickle.loads(pickle.dumps(value))  # noqa: S301 - our own bytes
        for twin in (copied, copy.deepcopy(value)):
            assert twin == value
            assert type(twin) is type(value)
    copied = pickle.loads(pickle.dumps(result))  # noqa: S301 - our own bytes
    assert copied.report.to_dict() == result.report.to_dict()


_RENDER = """
import sys
from claimcheck._rendering import formats
from claimcheck.html import render_html
from claimcheck.findings import check_file
results = [check_file(path) for path in sys.argv[1:]]
sys.stdout.write(formats.dumps(formats.json_document(results)))
sys.stdout.write(formats.render_text(results))
sys.stdout.write(formats.render_github(results))
for result in results:
    sys.stdout.write(render_html(result))
"""


def test_output_is_byte_identical_across_hash_seeds():
    outputs = set()
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        run = subprocess.run(
            [sys.executable, "-c", _RENDER, str(SEED), str(FLOOD)],
            capture_output=True,
            env=env,
            check=True,
            cwd=ROOT,
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert b"conflict" in outputs.pop()


CLAIMS = """
article = "story.txt"
[[claim]]
id = "officials"
quote = "up to 500 fighters"
subject = "fighters"
scope = {{ place = "Iraq" }}
[[claim]]
id = "tank"
value = "{tank}"
subject = "fighters"
scope = {{ place = "Iraq" }}
"""


def test_pytest_xdist_gives_the_same_outcomes_and_one_report(pytester):
    pytester.makefile(".txt", story="Officials said up to 500 fighters remain in Iraq.\n")
    for number in range(2):
        pytester.makefile(".claims.toml", **{f"s{number}": CLAIMS.format(tank="at least 600")})
        pytester.makefile(".claims.toml", **{f"ok{number}": CLAIMS.format(tank="at least 100")})
    pytester.makefile(".claims.toml", broken="[[claim]]\nvalue = 5\n")
    documents = []
    for workers in ([], ["-n", "2"]):
        options = ["-p", "no:cacheprovider", "-p", "no:hypothesispytest", "--claimcheck-report=r.json"]
        result = pytester.runpytest_subprocess(*workers, *options)
        result.assert_outcomes(passed=2, failed=3)
        documents.append(json.loads((pytester.path / "r.json").read_text(encoding="utf-8")))
    serial, distributed = documents
    assert distributed == serial
    assert serial["ok"] is False
    files = [(Path(f["path"]).name, f["ok"], f["usable"]) for f in serial["files"]]
    assert files == [
        ("broken.claims.toml", False, False),
        ("ok0.claims.toml", True, True),
        ("ok1.claims.toml", True, True),
        ("s0.claims.toml", False, True),
        ("s1.claims.toml", False, True),
    ]


def test_the_plugin_can_still_be_turned_off(pytester):
    pytester.makefile(".claims.toml", broken="[[claim]]\nvalue = 5\n")
    pytester.runpytest("-p", "no:claimcheck").assert_outcomes()
