"""Benchmark: parse_quantity against quantulum3 on the same expressions, and the cost of importing.

Run: ``python bench/bench_parse.py`` (needs the ``bench`` extra: ``pip install -e ".[bench]"``).
Prints expressions per second for both parsers and their ratio, then the import time of claimcheck against
pint's, each measured in fresh interpreters in this same run. Targets: at least 20x quantulum3's speed;
``import claimcheck`` no more than 1.2x ``import pint``.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

TEMPLATES = (
    "up to {n} active fighters",
    "{a} to {b} members and supporters",
    "roughly half of whom are fighters",
    "no more than {a} to {b} fighters",
    "between ${x} million and ${y} million",
    "{a}-{b} people",
    "about {n} civilians",
    "nearly {n} homes",
    "more than {n} troops",
    "fewer than {n} votes",
    "at least {n} schools",
    "hundreds of fighters",
    "tens of thousands of people",
    "a few hundred protesters",
    "{p}% of voters",
    "{p} per cent",
    "£{x}m",
    "$1.{d}bn",
    "{n} km",
    "some {n} miles",
    "an estimated {n} refugees",
    "two-thirds of the budget",
    "one in five adults",
    "three hundred and forty",
    "{n} or more",
    "more than {a} and less than {b}",
)


def expressions(count: int, seed: int = 20261124) -> list[str]:
    """Return ``count`` realistic expressions drawn from news-style templates."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        a = rng.randint(1, 9000)
        values = {
            "n": f"{rng.randint(1, 99_999):,}",
            "a": f"{a:,}",
            "b": f"{a + rng.randint(1, 5000):,}",
            "x": rng.randint(1, 90),
            "y": rng.randint(91, 500),
            "p": rng.randint(1, 99),
            "d": rng.randint(0, 9),
        }
        out.append(rng.choice(TEMPLATES).format(**values))
    return out


def rate(function: Callable[[str], object], texts: list[str], *, repeat: int = 5) -> float:
    """Return the best of ``repeat`` runs, in expressions per second."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            function(text)
        timings.append(time.perf_counter() - start)
    return len(texts) / min(timings)


def import_seconds(statement: str, *, runs: int = 7) -> float:
    """Return the median wall time of a fresh interpreter running ``statement``."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement], check=True)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    """Measure and print the figures."""
    from claimcheck import parse_quantity

    texts = expressions(3000)
    ours = rate(parse_quantity, texts)
    print(f"claimcheck.parse_quantity: {ours:12,.0f} expressions/s over {len(texts):,} expressions")

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as quantulum

            quantulum.parse(texts[0])  # load its tables outside the timing
            theirs = rate(quantulum.parse, texts[:600], repeat=2)
    except ImportError:
        print("quantulum3 is not installed: pip install -e '.[bench]'")
    else:
        print(f"quantulum3.parser.parse:   {theirs:12,.0f} expressions/s over 600 expressions")
        print(f"ratio: claimcheck is {ours / theirs:,.1f}x quantulum3 (target >= 20x)")

    baseline = import_seconds("pass")
    pint_cost = import_seconds("import pint") - baseline
    ours_cost = import_seconds("import claimcheck") - baseline
    print(f"import pint:       {pint_cost * 1000:7.1f} ms")
    print(f"import claimcheck: {ours_cost * 1000:7.1f} ms")
    print(f"ratio: import claimcheck is {ours_cost / pint_cost:.2f}x import pint (target <= 1.2x)")
    registry = import_seconds("import claimcheck; claimcheck.ureg") - baseline
    print(f"import claimcheck and build claimcheck.ureg: {registry * 1000:7.1f} ms")
    # The pytest plugin is imported in every pytest run where claimcheck is installed.
    with_pytest = import_seconds("import pytest")
    plugin = import_seconds("import pytest, claimcheck.pytest_plugin") - with_pytest
    pint_loaded = import_seconds(
        "import pytest, claimcheck.pytest_plugin, sys; assert 'pint' not in sys.modules"
    )
    print(f"import claimcheck.pytest_plugin after pytest: {plugin * 1000:7.1f} ms "
          f"({plugin / (with_pytest - baseline):.2f}x pytest's own import; pint not imported: "
          f"{pint_loaded > 0})")


if __name__ == "__main__":
    main()
