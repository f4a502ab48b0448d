"""Benchmark check(): time and peak memory over 1,000 / 10,000 / 100,000 claims.

The claims sit on a three-level place hierarchy (all places → regions → countries → provinces, each a
partition) crossed with a two-level subject hierarchy (members → fighters, supporters, recruits), about
ten claims per cell, every claim an interval around a true value, plus a few planted conflicts. The same
run measures scipy's float LP (HiGHS) deciding feasibility of the same model when scipy is installed:
the alternative a user would reach for, which gives a verdict but no minimal conflicts, explanations or
exactness at touching bounds.

More shapes, printed after: the same shape at 1,000 and 10,000 claims with one claim in five stated
against another's figure (a multiple, a difference, a count among its base), beside HiGHS, with the
growth; the same claims written as text (the whole check, the reading alone, and the engine on the
parsed claims beside HiGHS); one hot cell (1,000 to 5,000 claims about one figure, a
few of them far off, so the clashing pairs run into the thousands and the list stops at its cap);
planted conflicts (10,000 claims with 0 and 50 planted conflicts: the cost of finding and explaining
them); and partitions (one flat partition of 400 to 3,000 parts, the growth by doubling; one partition
into 200, 400 or 1,111 regions of ten districts each, the figures written as text, and the 1,111 also
parsed beforehand; and 1,111 regions of 90 districts each, about 100,000 claims from text), each
beside HiGHS on the same model. Times are this process's CPU seconds (HiGHS's too), the wall clock
beside them where a table prints both: the machine may be shared, and CPU time is what one core spends;
compare ratios within one run. The ratios to HiGHS of the first table and of the parsed claims take the
least of ``--best-of`` runs (3) of each side, run in turn, the collector treated alike on both sides;
"scipy s" is HiGHS with its rows assembled from the model in Python, "solve s" linprog alone. Last,
every goal figure of issue 12 the run measured, beside its limit and the ratio between them (at most 1
where the goal is met).

Run: ``python bench/bench_engine.py`` (``--sizes 1000,10000`` for fewer; ``--shapes main`` for the first
table only; shapes: main, text, relations, hot, planted, partitions, unrelated, chains).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import math
import random
import time
import tracemalloc
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from claimcheck import Claim, Estimate, Hierarchy, check
from claimcheck._values.collector import collector_paused

if TYPE_CHECKING:
    from claimcheck._solving.model import Model

INF = float("inf")

SUBJECTS = ("fighters", "supporters", "recruits")
#: regions, countries per region, provinces per country, for each size
SHAPES = {1_000: (2, 2, 5), 10_000: (4, 5, 12), 100_000: (5, 10, 49)}
PLANTED = int(__import__("os").environ.get("PLANTED", "5"))
#: How many runs of check() and of HiGHS each ratio to HiGHS takes the least CPU time of (``--best-of``)
BEST_OF = {"runs": 3}
#: The CPU seconds of the last HiGHS run's linprog alone (``highs_time`` also times building its rows)
SOLVED: dict[str, float] = {}
#: Issue 12's goals, each (what, figure measured in this run, limit): printed last, with the ratio
GOALS: list[tuple[str, float, float]] = []


def goal(what: str, figure: float, limit: float) -> None:
    """Keep one of issue 12's figures and its limit, to print beside the others at the end."""
    GOALS.append((what, figure, limit))


def print_goals() -> None:
    """Print every goal figure this run measured, its limit and the ratio between them (< 1 is met)."""
    if not GOALS:
        return
    print(f"\n{'issue 12 goal (this run, CPU s)':<52} {'figure':>9} {'limit':>9} {'ratio':>6}  met")
    for what, figure, limit in GOALS:
        met = "yes" if figure <= limit else "no"
        print(f"{what:<52} {figure:9.3f} {limit:9.3f} {figure / limit:6.2f}  {met}")


def world(
    size: int,
    seed: int = 1,
    planted: int = PLANTED,
    truth_out: dict[tuple[str, str], int] | None = None,
    *,
    text: bool = False,
) -> tuple[list[Claim], Hierarchy, int]:
    """Claims about every cell, consistent except for ``planted`` planted conflicts.

    ``truth_out``, when given, receives each cell's true value by (subject, place). With ``text``, every
    figure is written as a reporter would ("between 1,234 and 1,300", "more than 880", "up to 1,100"),
    whole numbers just outside the drawn range, so the world stays consistent.
    """
    rng = random.Random(seed)
    regions, countries, provinces = SHAPES[size]
    h = Hierarchy()
    h.partition("subject", "members", SUBJECTS)
    tree: dict[str, list[str]] = {}
    region_names = [f"region {r}" for r in range(regions)]
    h.partition("place", "all places", region_names)
    for region in region_names:
        country_names = [f"{region} country {c}" for c in range(countries)]
        h.partition("place", region, country_names)
        tree[region] = country_names
        for country in country_names:
            tree[country] = [f"{country} province {p}" for p in range(provinces)]
            h.partition("place", country, tree[country])
    tree["all places"] = region_names
    truth: dict[tuple[str, str], int] = {}

    def fill(place: str) -> None:
        for subject in SUBJECTS:
            if place in tree:
                truth[(subject, place)] = sum(truth[(subject, child)] for child in tree[place])
            else:
                truth[(subject, place)] = rng.randint(100, 1_000)
        truth[("members", place)] = sum(truth[(s, place)] for s in SUBJECTS)

    order = ["all places", *region_names]
    order += [c for r in region_names for c in tree[r]]
    order += [p for r in region_names for c in tree[r] for p in tree[c]]
    for place in reversed(order):
        fill(place)
    if truth_out is not None:
        truth_out.update(truth)
    cells = list(itertools.product(("members", *SUBJECTS), order))
    claims = []
    for number in range(size - planted):
        subject, place = cells[number % len(cells)]
        figure = _around(rng, truth[(subject, place)])
        claims.append(Claim(_spelled(figure) if text else figure, subject, {"place": place}))
    for number in range(planted):  # a province figure above its country's total
        subject, place = rng.choice([(s, p) for s, p in cells if p in tree and p != "all places"])
        child = tree[place][0]
        value = Estimate(truth[(subject, place)] * 2, "inf", kind="at_least")
        written = _spelled(value) if text else value
        claims.append(Claim(written, subject, {"place": child}, id=f"planted {number}"))
    return claims, h, len(cells)


def _around(rng: random.Random, value: int) -> Estimate:
    below = Fraction(rng.randint(0, 20), 100) * value
    above = Fraction(rng.randint(0, 20), 100) * value
    kind = rng.randrange(4)
    if kind == 0:
        return Estimate(value - below, "inf", low_open=below > 0)
    if kind == 1:
        return Estimate(0, value + above, high_open=above > 0)
    return Estimate(value - below, value + above)


def relations_world(size: int, seed: int = 1, planted: int = PLANTED) -> tuple[list[Claim], Hierarchy]:
    """The world of ``size`` claims with one claim in five stated against another claim's figure.

    In turn: members as a multiple of one of their subjects in the place ("2.4 to 2.9 times as many
    members as fighters"), a difference from the same subject in another place ("120 more than in …"),
    and a count among the place's members ("300 of whom"); all true, so only the planted conflicts clash.
    """
    truth: dict[tuple[str, str], int] = {}
    claims, h, cells = world(size, seed, planted, truth_out=truth)
    named = [Claim(c.value, c.subject, c.scope, id=c.id or f"c{i}") for i, c in enumerate(claims)]
    first = {(c.subject, c.scope["place"]): c.id or "" for c in named[:cells]}
    places = sorted({place for _, place in first})
    rng = random.Random(seed + 1)
    found = []
    for number, claim in enumerate(named):
        subject, place = claim.subject, claim.scope["place"]
        if number < cells or number % 5 or (claim.id or "").startswith("planted") or subject == "members":
            found.append(claim)
            continue
        kind = (number // 5) % 3
        if kind == 0:
            ratio = Fraction(truth[("members", place)], truth[(subject, place)])
            value = Estimate(ratio * Fraction(9, 10), ratio * Fraction(11, 10), relation="ratio")
            found.append(Claim(value, "members", {"place": place}, id=claim.id, of=first[(subject, place)]))
        elif kind == 1:
            other = places[(number * 7) % len(places)]
            difference = truth[(subject, place)] - truth[(subject, other)]
            value = Estimate(difference - 50, difference + 50, relation="difference")
            if other == place:
                found.append(claim)
                continue
            found.append(Claim(value, subject, {"place": place}, id=claim.id, of=first[(subject, other)]))
        else:
            value = _around(rng, truth[(subject, place)])
            found.append(Claim(value, subject, {"place": place}, id=claim.id, of=first[("members", place)]))
    return found, h


def relations_table(sizes: list[int]) -> None:
    """The hierarchy shape with one claim in five relative to another, consistent and with conflicts.

    CPU seconds beside HiGHS on the same model (bounds, sums, shares, differences), and the growth of the
    consistent run from one size to the next.
    """
    print("\nwith relations (one claim in five a multiple, a difference or a count among its base)")
    heads = ("claims", "planted", "wall s", "cpu s", "conflicts", "scipy s", "ratio")
    print(" ".join(f"{head:>{width}}" for head, width in zip(heads, (8, 7, 8, 8, 9, 8, 6), strict=True)))
    previous: tuple[int, float] | None = None
    for size in sizes:
        for planted in (0, PLANTED):
            claims, h = relations_world(size, planted=planted)
            elapsed, used, conflicts, _ = timed_both(claims, h)
            reference = highs_time(claims, h)
            scipy_text = f"{reference:8.3f}" if reference is not None else "       -"
            ratio = f"{used / reference:6.1f}" if reference else "     -"
            print(f"{size:>8,} {planted:>7} {elapsed:8.3f} {used:8.3f} {conflicts:>9} {scipy_text} {ratio}")
            if planted:
                continue
            if previous is not None:
                growth = (used / previous[1]) / (size / previous[0])
                print(
                    f"{'':>8} growth vs {previous[0]:,}: cpu x{used / previous[1]:.1f} for "
                    f"x{size / previous[0]:.0f} claims ({growth:.2f} of linear)"
                )
            previous = (size, used)


def unrelated(size: int) -> list[Claim]:
    """``size`` claims about as many unrelated subjects (a dataset's worth of separate figures)."""
    rng = random.Random(5)
    return [Claim(_around(rng, rng.randint(100, 1_000)), f"subject {n}") for n in range(size)]


def unrelated_table() -> None:
    """Print claims about unrelated subjects by doubling: each its own component, so linear growth."""
    print(f"\n{'unrelated':>9} {'check s':>8} {'scipy s':>8} {'ratio':>6}  growth")
    previous: tuple[int, float] | None = None
    for size in (2_000, 4_000, 8_000, 16_000, 100_000):
        claims = unrelated(size)
        elapsed, _, _ = timed(claims)
        reference = highs_time(claims, Hierarchy())
        scipy_text = f"{reference:8.3f}" if reference is not None else "       -"
        ratio = f"{elapsed / reference:6.1f}" if reference else "     -"
        growth = ""
        if previous is not None:
            growth = f"time x{elapsed / previous[1]:.1f} for x{size / previous[0]:.1f} claims"
        print(f"{size:>9,} {elapsed:8.3f} {scipy_text} {ratio}  {growth}")
        previous = (size, elapsed)


def share_chain(length: int, planted: int | None = None) -> list[Claim]:
    """5,000 to 7,000 respondents, then "roughly 37%" of the step before, ``length`` steps in all.

    With ``planted``, "at least 1,000" at that step: a conflict with every claim up to it.
    """
    claims = [Claim("5,000 to 7,000", "respondents", {"step": "0"}, id="s0")]
    claims += [
        Claim("roughly 37%", "respondents", {"step": str(n)}, of=f"s{n - 1}", id=f"s{n}")
        for n in range(1, length)
    ]
    if planted is not None:
        claims.append(Claim("at least 1,000", "respondents", {"step": str(planted)}, id="planted"))
    return claims


def chains() -> None:
    """Print chains of shares by doubling, consistent and with a conflict planted halfway down."""
    print(f"\n{'chain':>6} {'check s':>8} {'planted s':>9} {'conflict':>8}  growth")
    previous: tuple[int, float] | None = None
    for length in (100, 200, 400, 800):
        elapsed, _, _ = timed(share_chain(length))
        planted, _, _ = timed(share_chain(length, length // 2))
        report = check(share_chain(length, length // 2))
        size = len(report.conflicts[0].claims) if report.conflicts else 0
        growth = ""
        if previous is not None:
            growth = f"time x{elapsed / previous[1]:.1f} for x{length / previous[0]:.1f} steps"
        print(f"{length:>6,} {elapsed:8.3f} {planted:9.3f} {size:>8}  {growth}")
        previous = (length, elapsed)


def _spelled(figure: Estimate) -> str:
    """A figure as text, its ends rounded outwards to whole numbers."""
    lo, hi = math.floor(figure.lo), figure.hi
    if hi == INF:
        return f"{'more than' if figure.low_open else 'at least'} {lo:,}"
    top = math.ceil(hi)
    if lo == 0:
        return f"{'fewer than' if figure.high_open else 'up to'} {top:,}"
    return f"{lo:,}" if lo == top else f"between {lo:,} and {top:,}"


def parsed(claims: list[Claim]) -> tuple[list[Claim], float]:
    """The claims with their text read beforehand (as check would), and the seconds reading took.

    The time is the reading's and the making of the parsed claims': each spelling is read once, as a
    check reads it (``read_printed``), and a claim is made again with its estimate for value.
    """
    from claimcheck._solving.model import read_printed

    start = time.process_time()
    estimates = read_printed(claims, None)
    read = [attrs.evolve(claim, value=value) for claim, value in zip(claims, estimates, strict=True)]
    return read, time.process_time() - start


def spelling_time(claims: list[Claim]) -> float:
    """CPU seconds ``parse_quantity`` takes per distinct spelling of the claims, its cache emptied first."""
    from claimcheck import parse

    spellings = list(dict.fromkeys(claim.value for claim in claims if isinstance(claim.value, str)))
    parse._read.cache_clear()  # noqa: SLF001 - each spelling read, not looked up
    start = time.process_time()
    for spelling in spellings:
        parse.parse_quantity(spelling)
    return (time.process_time() - start) / max(1, len(spellings))


def measure(size: int) -> tuple[float, int, int, int, float | None, float | None]:
    """check() on the world of ``size`` claims: CPU seconds, peak bytes, conflicts and cells, then HiGHS's.

    CPU seconds are the least of :data:`BEST_OF` runs, HiGHS's run in turn with them (:func:`in_turn`).
    """
    claims, h, cells = world(size)
    _, _, conflicts, _ = timed_both(claims, h)
    elapsed, reference, solved = in_turn(claims, h)
    tracemalloc.start()
    check(claims, h)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak, conflicts, cells, reference, solved


def highs_time(claims: list[Claim], h: Hierarchy) -> float | None:
    """CPU seconds HiGHS takes on the feasibility model of ``claims`` (float), or None without scipy.

    Claims written as text are parsed first (not timed): HiGHS gets the model the engine decides.
    CPU time, like the engine's beside it, so that a shared machine's load does not skew the ratio. The
    time is the rows' assembly from the built model (Python lists, as a user of scipy would write it)
    and linprog; :data:`SOLVED` keeps linprog's alone ("solve s" in the tables): on the planted
    conflicts HiGHS's presolve finds the model infeasible in a tenth of the whole. The collector is
    treated as on the engine's side: run before the timed part (as :func:`timed_both` does), and
    paused while it runs (as check() pauses it for its own run).
    """
    try:
        import numpy as np
        from scipy.optimize import linprog
        from scipy.sparse import coo_matrix
    except ImportError:
        return None
    from claimcheck import parse_quantity
    from claimcheck._solving.model import build_model

    named = [Claim(c.value, c.subject, c.scope, id=c.id or f"c{i}", of=c.of) for i, c in enumerate(claims)]
    estimates = [c.value if isinstance(c.value, Estimate) else parse_quantity(str(c.value)) for c in named]
    model = build_model(named, estimates, h)
    # treated as check() is (timed_both): the collector run before, and paused while timed
    gc.collect()
    with collector_paused():
        return _highs_timed(model, np, linprog, coo_matrix)


def _highs_timed(model: Model, np: Any, linprog: Any, coo_matrix: Any) -> float:
    """CPU seconds of HiGHS's rows assembled from ``model`` and linprog (see :func:`highs_time`)."""
    start = time.process_time()
    rows, cols, data, rhs = [], [], [], []
    row = 0
    for a, b in model.les:
        rows += [row, row]
        cols += [a, b]
        data += [1.0, -1.0]
        rhs.append(0.0)
        row += 1
    # a share or a multiple: lo·base - cell <= 0 and cell - hi·base <= 0; a difference: base - cell <= -lo
    # and cell - base <= hi (each row as cell, base, their coefficients and the right-hand side)
    relations = []
    for share in model.shares:
        relations.append((share.cell, share.base, -1.0, float(share.share.lo), 0.0))
        if share.share.hi != float("inf"):
            relations.append((share.cell, share.base, 1.0, -float(share.share.hi), 0.0))
    for item in model.differences:
        if item.offset.lo != -float("inf"):
            relations.append((item.cell, item.base, -1.0, 1.0, -float(item.offset.lo)))
        if item.offset.hi != float("inf"):
            relations.append((item.cell, item.base, 1.0, -1.0, float(item.offset.hi)))
    for cell, base, at_cell, at_base, limit in relations:
        rows += [row, row]
        cols += [cell, base]
        data += [at_cell, at_base]
        rhs.append(limit)
        row += 1
    lo = [0.0] * len(model.cells)
    hi: list[float | None] = [None] * len(model.cells)
    for bound in model.bounds:
        lo[bound.cell] = max(lo[bound.cell], float(bound.interval.lo))
        if bound.interval.hi != float("inf"):
            old = hi[bound.cell]
            hi[bound.cell] = float(bound.interval.hi) if old is None else min(old, float(bound.interval.hi))
    eq_rows, eq_cols, eq_data = [], [], []
    for number, (whole, parts) in enumerate(model.sums):
        eq_rows += [number] * (len(parts) + 1)
        eq_cols += [whole, *parts]
        eq_data += [-1.0] + [1.0] * len(parts)
    n = len(model.cells)
    a_ub = coo_matrix((data, (rows, cols)), shape=(row, n)) if row else None
    a_eq = coo_matrix((eq_data, (eq_rows, eq_cols)), shape=(len(model.sums), n))
    bounds = [(low, high if high is None or high >= low else low) for low, high in zip(lo, hi, strict=True)]
    solving = time.process_time()
    linprog(
        np.zeros(n),
        A_ub=a_ub,
        b_ub=rhs or None,
        A_eq=a_eq,
        b_eq=np.zeros(len(model.sums)),
        bounds=bounds,
        method="highs",
    )
    done = time.process_time()
    SOLVED["linprog"] = done - solving
    return done - start


def in_turn(claims: list[Claim], h: Hierarchy) -> tuple[float, float | None, float | None]:
    """The least CPU seconds of check(), of HiGHS and of linprog alone over :data:`BEST_OF` runs each.

    The sides run in turn (check, HiGHS, check, HiGHS, …), so a change in the machine's load between
    runs weighs on both alike. HiGHS's figures are None without scipy.
    """
    engine: float | None = None
    reference: float | None = None
    solved: float | None = None
    for _ in range(BEST_OF["runs"]):
        used = timed_both(claims, h)[1]
        engine = used if engine is None else min(engine, used)
        total = highs_time(claims, h)
        if total is not None:
            reference = total if reference is None else min(reference, total)
            solved = SOLVED["linprog"] if solved is None else min(solved, SOLVED["linprog"])
    assert engine is not None  # noqa: S101 - at least one run
    return engine, reference, solved


def hot_cell(size: int, seed: int = 2) -> list[Claim]:
    """``size`` claims about one figure: most around 5,000, one in a hundred far above or below."""
    rng = random.Random(seed)
    claims = []
    for number in range(size):
        if number % 100 == 99:
            far = rng.choice([rng.randint(10, 100), rng.randint(50_000, 90_000)])
            value = Estimate(far, far)
        else:
            value = _around(rng, 5_000)
        claims.append(Claim(value, "marchers", {"place": "the square"}))
    return claims


def timed(claims: list[Claim], hierarchy: Hierarchy | None = None) -> tuple[float, int, bool]:
    """CPU seconds of one check(), its number of conflicts and whether the list was cut."""
    _, used, conflicts, cut = timed_both(claims, hierarchy)
    return used, conflicts, cut


def timed_both(claims: list[Claim], hierarchy: Hierarchy | None = None) -> tuple[float, float, int, bool]:
    """Wall and CPU seconds of one check(), its number of conflicts and whether the list was cut.

    CPU time is this process's own, so it is the figure to trust on a shared machine.
    """
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    report = check(claims, hierarchy)
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    return elapsed, used, len(report.conflicts), report.conflicts_truncated


def hot_cells() -> None:
    """Print the hot-cell shape: time, conflicts listed and growth."""
    print(f"\n{'one cell':>8} {'check s':>8} {'conflicts':>9} {'cut':>4}")
    previous: tuple[int, float] | None = None
    for size in (1_000, 2_000, 5_000):
        elapsed, conflicts, cut = timed(hot_cell(size))
        print(f"{size:>8,} {elapsed:8.3f} {conflicts:>9} {'yes' if cut else 'no':>4}")
        if size == 5_000:
            goal("5,000 claims on one cell, s", elapsed, 1)
        if previous is not None:
            growth = f"time x{elapsed / previous[1]:.1f} for x{size / previous[0]:.1f} claims"
            print(f"{'':>8} growth vs {previous[0]:,}: {growth}")
        previous = (size, elapsed)


def planted_conflicts() -> None:
    """Print 10,000 claims with 0 and 50 planted conflicts, and the ratio between them."""
    print(f"\n{'planted':>8} {'check s':>8} {'conflicts':>9} {'cut':>4}")
    base = None
    for planted in (0, 50):
        claims, h, _ = world(10_000, planted=planted)
        elapsed, conflicts, cut = timed(claims, h)
        ratio = f"  x{elapsed / base:.2f} the consistent run" if base else ""
        print(f"{planted:>8} {elapsed:8.3f} {conflicts:>9} {'yes' if cut else 'no':>4}{ratio}")
        if base:
            goal("50 planted conflicts / the consistent run (10k), x", elapsed / base, 2)
        base = base or elapsed


def flat_partition(parts: int, seed: int = 3) -> tuple[list[Claim], Hierarchy]:
    """One flat partition (a state's ``parts`` counties), a claim on every county and one on the state."""
    rng = random.Random(seed)
    h = Hierarchy()
    names = [f"county {p}" for p in range(parts)]
    h.partition("place", "the state", names)
    truth = [rng.randint(100, 1_000) for _ in names]
    # every figure a range around the truth (one-sided figures here are still quadratic: issue 12)
    claims = [
        Claim(Estimate(value - rng.randint(0, 20), value + rng.randint(0, 20)), "voters", {"place": name})
        for name, value in zip(names, truth, strict=True)
    ]
    state = sum(truth)
    claims.append(Claim(Estimate(state - 100, state + 100), "voters", {"place": "the state"}))
    return claims, h


def regions_text(regions: int, districts: int, seed: int = 4) -> tuple[list[Claim], Hierarchy]:
    """One partition into ``regions`` regions, each split into ``districts`` districts; figures as text."""
    rng = random.Random(seed)
    h = Hierarchy()
    region_names = [f"region {r}" for r in range(regions)]
    h.partition("place", "the country", region_names)
    claims = []
    total = 0
    for region in region_names:
        values = [rng.randint(100, 1_000) for _ in range(districts)]
        names = [f"{region} district {d}" for d in range(districts)]
        h.partition("place", region, names)
        for name, value in zip(names, values, strict=True):
            claims.append(Claim(f"between {value - 10:,} and {value + 10:,}", "voters", {"place": name}))
        claims.append(Claim(f"about {sum(values):,}", "voters", {"place": region}))
        total += sum(values)
    claims.append(Claim(f"more than {total // 2:,}", "voters", {"place": "the country"}))
    return claims, h


def partitions() -> None:
    """Print the partition shapes: a flat partition by doubling, and regions with districts, beside HiGHS.

    The regions' figures are written as text; "parsed" is the same claims read beforehand, so its
    time is the engine's alone, and its ratio to HiGHS compares solvers on one model.
    """
    print(
        f"\n{'shape':>16} {'claims':>7} {'check s':>8} {'cpu s':>7} {'scipy s':>8} {'ratio':>6}  growth (cpu)"
    )
    shapes: list[tuple[str, int, tuple[list[Claim], Hierarchy]]] = [
        (f"{n:,} flat", n, flat_partition(n)) for n in (400, 800, 1_600, 3_000)
    ]
    for r, d in ((200, 10), (400, 10), (1_111, 10)):
        claims, h = regions_text(r, d)
        shapes.append((f"{r:,}x{d} text", r * d, (claims, h)))
        if r == 1_111:
            shapes.append((f"{r:,}x{d} parsed", r * d, (parsed(claims)[0], h)))
    # issue 12's "whatever the shape": 100k claims from text, each on a district of 1,111 regions
    shapes.append(("1,111x90 text", 1_111 * 90, regions_text(1_111, 90)))
    previous: tuple[str, int, float] | None = None
    for name, size, (claims, h) in shapes:
        elapsed, used, _, _ = timed_both(claims, h)
        reference = highs_time(claims, h)
        ratio = f"{used / reference:6.1f}" if reference else "     -"
        scipy_text = f"{reference:8.3f}" if reference is not None else "       -"
        kind = name.split()[-1]  # the flat sizes, then the text shapes: growth within a kind
        growth = ""
        if previous is not None and previous[0] == kind:
            growth = f"time x{used / previous[2]:.1f} for x{size / previous[1]:.1f} parts"
        print(f"{name:>16} {len(claims):>7,} {elapsed:8.3f} {used:7.3f} {scipy_text} {ratio}  {growth}")
        if name == "3,000 flat":
            goal("flat partition of 3,000 parts, s", used, 1)
        if name == "1,111x90 text":
            goal("100k claims from text, 1,111 regions x 90 districts, s", used, 5)
        previous = (kind, size, used)


def from_text(sizes: list[int]) -> None:
    """The hierarchy shape written as text: the whole check, reading alone, the engine on parsed claims."""
    print(
        f"\n{'from text':>9} {'check s':>8} {'cpu s':>7} {'read s':>7} {'parsed s':>8} {'scipy s':>8} "
        f"{'solve s':>7} {'ratio':>6}  growth (parsed)"
    )
    previous: tuple[int, float] | None = None
    for size in sizes:
        claims, h, _ = world(size, text=True)
        elapsed, used, _, _ = timed_both(claims, h)
        read, reading = parsed(claims)
        engine, reference, solved = in_turn(read, h)
        ratio = f"{engine / reference:6.1f}" if reference else "     -"
        scipy_text = f"{reference:8.3f} {solved:7.3f}" if reference is not None else "       -       -"
        growth = ""
        if previous is not None:
            growth = f"x{engine / previous[1]:.1f} for x{size / previous[0]:.0f} claims"
        figures = f"{elapsed:8.3f} {used:7.3f} {reading:7.3f} {engine:8.3f} {scipy_text} {ratio}"
        print(f"{size:>9,} {figures}  {growth}")
        if size == 100_000:
            goal("100k claims from text, the whole check, s", used, 5)
            goal("reading a claim value, per distinct spelling, us", spelling_time(claims) * 1e6, 30)
            if reference:
                goal("engine on 100k parsed claims / HiGHS, x", engine / reference, 5)
            if previous is not None and previous[0] == 10_000:
                goal("growth 10k -> 100k parsed claims, x", engine / previous[1], 12)
        previous = (size, engine)


def main() -> None:
    """Print a line of figures per size and the growth between sizes, then the other shapes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--relations-sizes", default="1000,10000")
    parser.add_argument("--shapes", default="main,text,relations,hot,planted,partitions,unrelated,chains")
    parser.add_argument(
        "--best-of", type=int, default=3, help="runs of check() and of HiGHS each ratio takes the least of"
    )
    arguments = parser.parse_args()
    BEST_OF["runs"] = max(1, arguments.best_of)
    sizes = [int(size) for size in arguments.sizes.split(",")]
    shapes = arguments.shapes.split(",")
    if "main" in shapes:
        main_table(sizes)
    if "relations" in shapes:
        relations_table([int(size) for size in arguments.relations_sizes.split(",")])
    if "text" in shapes:
        from_text(sizes)
    if "hot" in shapes:
        hot_cells()
    if "planted" in shapes:
        planted_conflicts()
    if "partitions" in shapes:
        partitions()
    if "unrelated" in shapes:
        unrelated_table()
    if "chains" in shapes:
        chains()
    print_goals()


def main_table(sizes: list[int]) -> None:
    """The hierarchy shape at each size, beside scipy."""
    print(
        f"{'claims':>8} {'cells':>7} {'cpu s':>8} {'peak MB':>8} {'B/claim':>8} {'conflicts':>9} "
        f"{'scipy s':>8} {'solve s':>7} {'ratio':>6}"
    )
    previous: tuple[int, float] | None = None
    for size in sizes:
        elapsed, peak, conflicts, cells, reference, solved = measure(size)
        ratio = f"{elapsed / reference:6.1f}" if reference else "     -"
        scipy_text = f"{reference:8.3f} {solved:7.3f}" if reference is not None else "       -       -"
        print(
            f"{size:>8,} {cells:>7,} {elapsed:8.3f} {peak / 2**20:8.1f} {peak / size:8.0f} {conflicts:>9} "
            f"{scipy_text} {ratio}"
        )
        if size == 100_000:
            goal("peak memory of check() per claim at 100k, KB", peak / size / 1024, 1)
        if previous is not None:
            growth = (elapsed / previous[1]) / (size / previous[0])
            print(
                f"{'':>8} growth vs {previous[0]:,}: time x{elapsed / previous[1]:.1f} for "
                f"x{size / previous[0]:.0f} claims ({growth:.2f} of linear)"
            )
            if (previous[0], size) == (10_000, 100_000):
                goal("growth 10k -> 100k claims (Estimates), x", elapsed / previous[1], 12)
        previous = (size, elapsed)


if __name__ == "__main__":
    main()
