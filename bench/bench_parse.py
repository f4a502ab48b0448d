"""Benchmark: parse_quantity against quantulum3 on the same expressions, and the cost of importing.

Run: ``python bench/bench_parse.py`` (needs the ``bench`` extra: ``pip install -e ".[bench]"``;
``--sections shapes,claims,memory`` for the claim-value figures alone).
Prints expressions per second for both parsers and their ratio, then the import time of claimcheck against
pint's, each measured in fresh interpreters in this same run. Targets: at least 20x quantulum3's speed;
``import claimcheck`` no more than 1.2x ``import pint``.

Then the claim values (issue 12): microseconds per value for each common shape read by ``parse_quantity``
(the fast path, every text new to the cache) beside the full grammar on the same texts, and their ratio
(target: 30 µs or less per value); a repeated spelling (the cache); claims from text by doubling, up to
100,000 (the parsing share of a check); and the memory a claim from text holds, with its parsed estimate,
measured with tracemalloc (target: 1 KB or less per claim at 100,000; ``bench_engine.py`` measures the
peak of ``check()`` itself).
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from claimcheck import Claim

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


#: The common shapes of a claim value, each a template over random figures, then spellings left to the
#: full grammar (the fallback).
SHAPES = {
    "plain number": "{n}",
    "number + scale": "${x}.{d}bn",
    "spelled scale": "{x}.{d} million",
    "percent": "{x}.{d}%",
    "range 'to'": "{a} to {b}",
    "between X and Y": "between {a} and {b}",
    "range with dash": "{a}-{b}",
    "hedged: about": "about {n}",
    "hedged: more than": "more than {n}",
    "unit": "{n} km",
    "range with unit": "{a} to {b} miles",
    "fallback: spaced m": "{n} m",
    "fallback: bound": "no more than {a} to {b} fighters",
}


def shape_texts(template: str, count: int, seed: int = 12) -> list[str]:
    """``count`` different texts of one shape (so no reading comes from the cache)."""
    rng = random.Random(seed)
    texts: set[str] = set()
    for _ in range(count * 20):  # a template with fewer spellings than ``count`` gives what it has
        if len(texts) == count:
            break
        a = rng.randint(1, 90_000)
        texts.add(
            template.format(
                n=f"{rng.randint(1, 999_999):,}",
                a=f"{a:,}",
                b=f"{a + rng.randint(1, 9_000):,}",
                x=rng.randint(1, 999),
                d=rng.randint(0, 9),
                p=rng.randint(1, 99),
            )
        )
    return sorted(texts)


def microseconds(function: Callable[[str], object], texts: list[str], *, repeat: int = 5) -> float:
    """The best of ``repeat`` runs over ``texts``, in microseconds per text; the parser's cache cleared."""
    from claimcheck.parse import _read

    timings = []
    for _ in range(repeat):  # the best run: the machine is shared
        _read.cache_clear()
        start = time.perf_counter()
        for text in texts:
            function(text)
        timings.append(time.perf_counter() - start)
    return min(timings) / len(texts) * 1e6


def shapes() -> None:
    """Print µs per value for each shape, parse_quantity beside the full grammar, and their ratio."""
    from claimcheck import parse_quantity
    from claimcheck.parse import _grammar
    from claimcheck.policy import DEFAULT_POLICY

    print(f"\n{'claim value shape':<20} {'example':<34} {'parse µs':>8} {'full µs':>8} {'ratio':>6}")
    for name, template in SHAPES.items():
        texts = shape_texts(template, 1_000)
        ours = microseconds(parse_quantity, texts)
        full = microseconds(lambda text: _grammar(text, DEFAULT_POLICY), texts, repeat=3)
        print(f"{name:<20} {texts[0]!r:<34} {ours:8.1f} {full:8.1f} {ours / full:6.2f}")
    repeated = ["between 400 and 500"] * 2_000
    hit = microseconds(parse_quantity, repeated)
    shared = "(the cache: one Estimate shared)"
    print(f"{'repeated spelling':<20} {repeated[0]!r:<34} {hit:8.1f} {'':>8} {shared}")
    print("target: <= 30 µs per value for the common shapes; the fallback costs the full grammar")


def text_claims(size: int, seed: int = 4) -> list[Claim]:
    """``size`` claims written as text, in the mix of bench_engine's text shapes: mostly "between"."""
    from claimcheck import Claim

    rng = random.Random(seed)
    claims = []
    for k in range(size):
        value = rng.randint(100, 100_000)
        form = k % 10
        if form < 7:
            text = f"between {value - 10:,} and {value + 10:,}"
        elif form == 7:
            text = f"{value:,}"
        elif form == 8:
            text = f"{value - 50:,} to {value + 50:,}"
        else:
            text = f"about {value:,}"
        claims.append(Claim(text, "voters", {"place": f"district {k // 10}"}))
    return claims


def claims_by_doubling() -> None:
    """Print the time to read every claim's value, by doubling the number of claims, beside the full grammar.

    The full grammar is timed on the first 5,000 claims of each size (all of them would take minutes).
    """
    from claimcheck import parse
    from claimcheck.policy import DEFAULT_POLICY

    print(f"\n{'claims':>8} {'read s':>7} {'µs/claim':>8} {'full µs':>8} {'ratio':>6}  growth")
    previous: tuple[int, float] | None = None
    for size in (12_500, 25_000, 50_000, 100_000):
        claims = text_claims(size)
        parse._read.cache_clear()  # noqa: SLF001 - every size starts with an empty cache
        gc.collect()
        start = time.perf_counter()
        for claim in claims:
            claim.estimate()
        elapsed = time.perf_counter() - start
        sample = [str(claim.value) for claim in claims[:5_000]]
        start = time.perf_counter()
        for text in sample:
            parse._grammar(text, DEFAULT_POLICY)  # noqa: SLF001 - the full grammar, the alternative
        full = (time.perf_counter() - start) / len(sample) * 1e6
        ours = elapsed / size * 1e6
        growth = ""
        if previous is not None:
            growth = f"time x{elapsed / previous[1]:.2f} for x{size / previous[0]:.0f} claims"
        print(f"{size:>8,} {elapsed:7.2f} {ours:8.1f} {full:8.1f} {ours / full:6.2f}  {growth}")
        previous = (size, elapsed)
    print("the whole check of 100,000 claims from text has a 5 s budget: reading is the share above")


def memory() -> None:
    """Print the bytes each claim from text holds with its parsed estimate, at 100,000 claims."""
    from claimcheck import parse

    size = 100_000
    parse._read.cache_clear()  # noqa: SLF001 - the cache is measured as it fills
    gc.collect()
    tracemalloc.start()
    claims = text_claims(size)
    made = tracemalloc.get_traced_memory()[0]
    estimates = [claim.estimate() for claim in claims]
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(
        f"\nmemory at {size:,} claims from text: {made / size:,.0f} B per claim, "
        f"{held / size:,.0f} B with its parsed estimate (target <= 1,024 B; {len(estimates):,} estimates)"
    )


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", default="quantulum,imports,shapes,claims,memory")
    sections = parser.parse_args().sections.split(",")
    if "quantulum" in sections:
        against_quantulum()
    if "imports" in sections:
        imports()
    if "shapes" in sections:
        shapes()
    if "claims" in sections:
        claims_by_doubling()
    if "memory" in sections:
        memory()


def against_quantulum() -> None:
    """Print expressions per second for parse_quantity and quantulum3 on the same expressions."""
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


def imports() -> None:
    """Print the import time of claimcheck against pint's, in fresh interpreters."""
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
    print(
        f"import claimcheck.pytest_plugin after pytest: {plugin * 1000:7.1f} ms "
        f"({plugin / (with_pytest - baseline):.2f}x pytest's own import; pint not imported: "
        f"{pint_loaded > 0})"
    )


if __name__ == "__main__":
    main()
