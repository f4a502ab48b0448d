"""The linear model behind a claim set: one unknown per cell, and the constraints between cells.

A cell is one (subject, scope) pair. Its values are kept as a tuple aligned to the model's facets, with
:data:`TOP` for a facet the cell does not narrow ("all places"). Besides the cells the claims name, the
model holds the cells their sums and containments pass through: every combination of each facet value's
wholes and of the other parts of any partition on the way up (fighters in Syria, when a claim names
fighters in Iraq and Iraq and Syria make a partition). Cells no chain reaches are left out: a cell with no
claim and nothing above it that is bounded only adds a free unknown.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import math
import operator
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, NamedTuple, cast

from claimcheck import units
from claimcheck._reading.hedges import rounded_step
from claimcheck._reading.nouns import names_population
from claimcheck._solving.closures import NO_WHOLES, Closure, Closures, in_order, values
from claimcheck._values.interval import INF, Interval
from claimcheck.claims import SUBJECT, Claim, Role, facets_of, normalize_name, period, role, roles
from claimcheck.errors import ModelError, ParseError
from claimcheck.policy import DEFAULT_POLICY
from claimcheck.quantity import Estimate

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable, Mapping, Sequence

    from claimcheck._values.interval import Magnitude
    from claimcheck.hierarchy import Hierarchy, Link
    from claimcheck.policy import Policy

__all__ = [
    "TOP",
    "Bound",
    "Difference",
    "EndKey",
    "Ends",
    "Finding",
    "Model",
    "Prepared",
    "Share",
    "bounds_of",
    "build_model",
    "meaning",
    "population",
    "shown",
    "stated_cells",
]

#: The value of a facet a cell does not narrow.
TOP: Final = ""
_ZERO: Final = Fraction(0)

Key = tuple[str, ...]

# What a claim list is read by, at C speed over every claim
_OVER: Final = operator.attrgetter("over")
_UNIT: Final = operator.attrgetter("unit")


class Bound(NamedTuple):
    """A claim that puts its cell inside an interval (in the cell's unit).

    A named tuple, so that the bounds of a whole claim list are made at C speed (:func:`bounds_of`)
    and read by unpacking; its fields are read by name everywhere else.
    """

    claim: int
    cell: int
    interval: Interval


def bounds_of(claims: Iterable[int], cells: Iterable[int], intervals: Iterable[Interval]) -> list[Bound]:
    """The bounds of ``claims``, each of its cell and interval, made at C speed (no call per bound)."""
    made = map(tuple.__new__, itertools.repeat(Bound), zip(claims, cells, intervals, strict=True))
    return cast("list[Bound]", list(made))


#: A claim's bound in whole units of ``1 / scale``: (claim, cell, low or None, low open, high or None,
#: high open); None is an unbounded end.
Scaled = tuple[int, int, int | None, bool, int | None, bool]
#: The key of an end in whole units ``v``: ``2·v``, less 1 for an open upper end and plus 1 for an open
#: lower end (an unbounded end, always open, stays ±inf), so that interval ``i`` lies wholly below ``j``
#: exactly when ``upper(i) < lower(j)``: the ends are whole numbers, so an open end counts as just inside
#: its value and no key of one value passes a key of the next. One number, not a pair, to make and compare.
EndKey = int | float
#: How many times :class:`Ends` starts its scan again on a wider scale before it finds the scale first.
_RESCANS: Final = 3
#: At most how many cells :meth:`Ends.positions` finds by searching the rows once per cell.
_FEW_CELLS: Final = 16


class Ends:
    """A model's claim bounds as whole numbers on one common scale, and each cell's tightest ends.

    The scale is the least common multiple of the denominators of every floor, every difference's
    offset and every bound's finite end, so each end times the scale is a whole number (exact: every
    constraint but the bounds and the offsets is homogeneous, and those are scaled alike). Made in one
    pass over the bounds: ``rows`` holds each bound in the model's order (:data:`Scaled`), and per cell
    ``lowest`` / ``highest`` the position of its first bound with the least upper end / the greatest
    lower end, ``upper`` / ``lower`` those ends' keys (:data:`EndKey`) and ``first`` the position of its
    first bound. ``ordered`` says whether the bounds come in claim order (as :func:`build_model` makes
    them).
    """

    __slots__ = ("first", "highest", "lower", "lowest", "ordered", "rows", "scale", "upper")

    rows: list[Scaled]
    lowest: dict[int, int]
    highest: dict[int, int]
    upper: dict[int, EndKey]
    lower: dict[int, EndKey]
    first: dict[int, int]
    ordered: bool

    def __init__(self, model: Model) -> None:
        scale = 1
        floors = model.floor
        if floors.count(_ZERO) != len(floors):  # (cells share one zero: counted by identity, at C speed)
            for floor in floors:
                if isinstance(floor, Fraction) and scale % floor.denominator:
                    scale = math.lcm(scale, floor.denominator)
        for difference in model.differences:
            scale = _lcm_of_ends(scale, difference.offset)
        # an end the scale does not make whole: the scan starts again on a scale that does (its lcm with
        # that end's denominator), and after a few such ends the scale takes in every end's first
        for _ in range(_RESCANS):
            missing = self._scan(model.bounds, scale)
            if not missing:
                break
            scale = math.lcm(scale, missing)
        else:
            for bound in model.bounds:
                scale = _lcm_of_ends(scale, bound.interval)
            self._scan(model.bounds, scale)
        self.scale = scale

    def _scan(self, bounds: Sequence[Bound], scale: int) -> int:
        """Fill the rows and each cell's ends on ``scale``; 0, or an end's denominator it does not divide."""
        rows: list[Scaled] = []
        append, last, ordered = rows.append, -1, True
        #: per cell: [its first bound with the least upper end, that end's key, its first bound with the
        #: greatest lower end, that end's key, its first bound]; one lookup a bound, split once at the end
        tight: dict[int, list[Any]] = {}  # (positions and keys: one list, indexed at C speed)
        find = tight.get
        # the ends' scaling and keys inline, once per claim: an end is ±inf (a float) or a Fraction, whose
        # slots are read as they are (its numerator and denominator are properties, a call each), and a
        # whole number (most claims' ends) needs no division
        for number, (claim, cell, interval) in enumerate(bounds):
            hi, high_open = interval.hi, interval.high_open
            if hi.__class__ is float:
                high, top_end = hi, None
            else:
                top_end, bottom = hi._numerator, hi._denominator  # type: ignore[union-attr]  # noqa: SLF001
                if bottom != 1:
                    if scale % bottom:
                        return bottom  # type: ignore[no-any-return]
                    top_end *= scale // bottom
                elif scale != 1:
                    top_end *= scale
                high = 2 * top_end - high_open
            lo, low_open = interval.lo, interval.low_open
            if lo.__class__ is float:
                low, bottom_end = lo, None
            else:
                bottom_end, bottom = lo._numerator, lo._denominator  # type: ignore[union-attr]  # noqa: SLF001
                if bottom != 1:
                    if scale % bottom:
                        return bottom  # type: ignore[no-any-return]
                    bottom_end *= scale // bottom
                elif scale != 1:
                    bottom_end *= scale
                low = 2 * bottom_end + low_open
            append((claim, cell, bottom_end, low_open, top_end, high_open))
            if claim < last:
                ordered = False
            last = claim
            entry = find(cell)
            if entry is None:
                tight[cell] = [number, high, number, low, number]
                continue
            if high < entry[1]:
                entry[0], entry[1] = number, high
            if low > entry[3]:
                entry[2], entry[3] = number, low
        self.rows, self.ordered = rows, ordered
        self.lowest = {cell: entry[0] for cell, entry in tight.items()}
        self.upper = {cell: entry[1] for cell, entry in tight.items()}
        self.highest = {cell: entry[2] for cell, entry in tight.items()}
        self.lower = {cell: entry[3] for cell, entry in tight.items()}
        self.first = {cell: entry[4] for cell, entry in tight.items()}
        return 0

    def scaled(self, value: Fraction | float) -> int | float:
        """An end (or a floor) in whole units; an unbounded end stays infinite."""
        if isinstance(value, float):
            return value
        return value.numerator * (self.scale // value.denominator)

    def positions(self, cells: Collection[int]) -> list[int]:
        """The positions of the bounds of ``cells`` (in the rows and the model's bounds alike), in order.

        Where a few cells are asked for (the cells that clash, of thousands), each one's rows are found by
        ``list.index`` over the rows' cells (a search at C speed a cell), not by a pass over every row in
        Python.
        """
        rows = self.rows
        if len(cells) > _FEW_CELLS:
            return [number for number, row in enumerate(rows) if row[1] in cells]
        of = list(map(operator.itemgetter(1), rows))
        found: list[int] = []
        for cell in cells:
            number = -1
            with contextlib.suppress(ValueError):  # the cell's last row is passed
                while True:
                    number = of.index(cell, number + 1)
                    found.append(number)
        found.sort()
        return found


def _lcm_of_ends(scale: int, interval: Interval) -> int:
    """The least multiple of ``scale`` that makes both finite ends of ``interval`` whole."""
    for end in (interval.lo, interval.hi):
        if isinstance(end, Fraction) and scale % end.denominator:
            scale = math.lcm(scale, end.denominator)
    return scale


class Share:
    """A claim that puts its cell between ``share.lo`` and ``share.hi`` times the ``base`` cell.

    ``role`` says which wording gave the factor ("share", "ratio", "count" or "own share"); an own
    share also says its base, the cell's population, is more than zero.
    """

    __slots__ = ("base", "cell", "claim", "role", "share")

    def __init__(self, claim: int, cell: int, base: int, share: Interval, role: Role = "share") -> None:
        self.claim, self.cell, self.base, self.share = claim, cell, base, share
        self.role = role


class Difference:
    """A claim that puts its cell at the ``base`` cell plus an amount in ``offset`` (the cell's unit)."""

    __slots__ = ("base", "cell", "claim", "offset")

    def __init__(self, claim: int, cell: int, base: int, offset: Interval) -> None:
        self.claim, self.cell, self.base, self.offset = claim, cell, base, offset


class Finding:
    """Something about claims that is not arithmetic: the claims' positions, a message and a rule id.

    ``severity`` says whether it fails a check (``"error"``) or only tells (``"warning"``).
    """

    __slots__ = ("claims", "message", "rule", "severity")

    def __init__(self, claims: Sequence[int], message: str, rule: str, severity: str = "error") -> None:
        self.claims, self.message, self.rule, self.severity = tuple(claims), message, rule, severity


class Model:
    """Cells, background constraints (containment and sums) and claim constraints."""

    def __init__(self, facets: tuple[str, ...]) -> None:
        """Start an empty model over ``facets`` (the subject first)."""
        self.facets = facets
        self.cells: list[Key] = []
        self.index: dict[Key, int] = {}
        self.unit: list[str] = []
        #: each cell's least value: 0 for counts, the policy's floor for units, -inf for signed cells
        self.floor: list[Fraction | float] = []
        self.les: list[tuple[int, int]] = []
        self.sums: list[tuple[int, tuple[int, ...]]] = []
        self.bounds: list[Bound] = []
        self.shares: list[Share] = []
        self.differences: list[Difference] = []
        self.hidden: set[int] = set()
        #: each count cell of a subject with shares of its own total -> (its total's cell, its share's
        #: cell); a share cell (unit percent) holds the count over the total, for propagation only
        self.family: dict[int, tuple[int, int]] = {}
        #: sums whose whole and parts all have shares of their own totals: the whole's share is an
        #: average of the parts' (the totals add up in the same sum)
        self.averages: list[tuple[int, tuple[int, ...]]] = []
        self.findings: list[Finding] = []
        #: the position of the claim each ``of`` claim names
        self.bases: dict[int, int] = {}
        self.stated: set[int] = set()
        #: each cell's part of the background (its least cell joined by containments and sums), where
        #: the engine's split into components found it; None until then
        self.background: list[int] | None = None
        self._ends: Ends | None = None

    def ends(self) -> Ends:
        """Every claim's bound in whole numbers on one scale, and each cell's tightest ends (made once).

        Ask once the model is built: the propagator's setup and the engine's scan of each cell's ends
        share it, so each claim's bound is converted from fractions once per model.
        """
        if self._ends is None:
            self._ends = Ends(self)
        return self._ends

    def clear_ends(self) -> None:
        """Let the scaled ends go once nothing will ask for them (:meth:`ends` would make them again).

        A report that makes its figures on first read keeps the model; the scaled rows of its bounds
        are not what the figures read.
        """
        self._ends = None

    def add_cells(self, keys: Sequence[Key]) -> None:
        """Add the cells of ``keys`` (distinct keys) in order, as :meth:`add_cell` one by one would.

        Keys the model holds none of (a partition's parts under a new prefix) are added at once.
        """
        if not self.index.keys().isdisjoint(keys):
            for key in keys:
                self.add_cell(key)
            return
        start = len(self.cells)
        self.cells += keys
        self.index.update(zip(keys, range(start, start + len(keys)), strict=True))
        self.unit += [""] * len(keys)
        self.floor += [_ZERO] * len(keys)

    def add_cell(self, key: Key) -> int:
        """Return the index of ``key``'s cell, adding it when new."""
        found = self.index.get(key)
        if found is None:
            found = self.index[key] = len(self.cells)
            self.cells.append(key)
            self.unit.append("")
            self.floor.append(_ZERO)
        return found


#: Kinds whose lower end is not printed but comes from the policy's floor ("up to 500" is 0–500).
#: Bounds that name a threshold ("more than $5bn", "up to 500", "at least 40 km"): the writer chose the
#: number as a limit, so it is not widened by its rounding ($4.8bn is not "more than $5bn").
_THRESHOLDS: Final = frozenset({"at_most", "below", "at_least", "above"})


def meaning(
    claim: Claim,
    estimate: Estimate,
    policy: Policy | None = None,
    *,
    converted: bool = False,
    claim_id: str | None = None,
) -> Estimate:
    """The values a claim's figure stands for when checked: the ONE reading every verdict and drawing uses.

    A printed figure stands for every value that rounds to it: each finite printed end moves out by half
    the step of its last printed digit (``estimate.precision``), the lower end staying as closed or open
    as printed and the upper end becoming open, so "12%" is [11.5%, 12.5%) and "$11 billion" is
    [$10.5bn, $11.5bn). A share or a multiple of a base (with ``of``) keeps its upper end as printed: the
    cell is at most ``hi·base``, and an open end would refuse an empty base that the printed figure allows.
    A hedged figure takes the wider of its hedge's band and its rounding's, never both added: "about $2bn"
    is $1.5bn up to $2.5bn, and "nearly 12%" is 10.8% up to 12% (the hedge keeps it at most 12%). A
    threshold ("more than $5bn", "up to 500", "at least 40 km") is a limit the writer chose, not a
    rounded figure, and stays as printed. A share or a multiple in words ("one in five", "twice") steps
    by a tenth of its value (:data:`claimcheck._reading.cores.WORD_STEP`). A figure with no precision (a whole
    count, a word such as "a dozen") is unchanged, as is every figure under ``Policy(rounding="exact")``
    and a claim made with ``exact=True``. A ``converted`` figure (the same figure printed again in
    another unit, "1,500 hectares (3,700 acres)") is rounded to its trailing zeros as well, keeping two
    significant digits: 3,700 acres is 3,650 to 3,750 acres.

    The result is in the estimate's own unit, keeps its kind, text, nominal and relation, and has no
    precision left (it is the meaning, so widening it again changes nothing). ``claim_id`` names the
    claim in an error where it is not the claim's own id (one :func:`~claimcheck.claims.claim_ids` made).

    >>> from claimcheck import Claim
    >>> str(meaning(Claim("12%", "s"), Estimate(12, 12, "percent", precision=1)))
    '≥ 11.5% and < 12.5%'
    >>> meaning(Claim("350", "t"), Estimate(350, 350)) == Estimate(350, 350)
    True
    """
    step = estimate.precision
    if converted and step is not None and isinstance(estimate.nominal, Fraction):
        # its zeros may be the rounding's, but two significant digits stay: "2.00m" is 1.95 to 2.05m
        step = max(step, min(rounded_step(estimate.nominal), _second_digit(estimate.nominal)))
    estimate, step, kinds = _any_kind(estimate, step)
    rounding = (policy or DEFAULT_POLICY).rounding
    printed = not claim.exact and rounding != "exact"  # the period's own rounding widens it too
    if step is None or not printed or estimate.kind in _THRESHOLDS:
        return estimate if claim.over is None else _over(claim, estimate, claim_id, printed=printed)
    half = step / 2
    lo, hi = estimate.lo, estimate.hi
    low_open, high_open = estimate.low_open, estimate.high_open
    # a share or a multiple of a base keeps a closed upper end: "0% of them" must allow an empty base
    multiplies = claim.of is not None and role(claim, estimate) in ("share", "ratio")
    nominal = estimate.nominal
    if estimate.kind in ("about", "nearly") and isinstance(nominal, Fraction):
        # the hedge already says the figure is rounded: the wider of its band and the rounding's, on
        # the sides the hedge leaves open ("nearly 12%" stays at most 12%); in a unit of no stated kind
        # the figure is each kind's ("about 2bn gallons" rounds 2.5bn imperial gallons)
        least, most = sorted((nominal * kinds.lo, nominal * kinds.hi))
        if least - half < lo:
            lo, low_open = least - half, False
        if estimate.kind == "about" and most + half > hi:
            hi, high_open = most + half, estimate.high_open if multiplies else True
    else:
        if lo != -INF:
            lo -= half
        if hi != INF:
            hi, high_open = hi + half, estimate.high_open if multiplies else True
    meant = Estimate.from_interval(
        Interval(lo, hi, low_open=low_open, high_open=high_open),
        estimate.unit,
        kind=estimate.kind,
        text=estimate.text,
        nominal=estimate.nominal,
        relation=estimate.relation,
    )
    return meant if claim.over is None else _over(claim, meant, claim_id, printed=printed)


def _second_digit(value: Fraction) -> Fraction:
    """The place of the second significant digit of ``value`` (10 for 3,700, 1/10 for 2), or 1 for 0."""
    size, step = abs(value), Fraction(1)
    if size == 0:
        return step
    while step * 10 <= size:
        step *= 10
    while step > size:
        step /= 10
    return step / 10


#: Units of no stated kind, each with what a figure in it may mean against the unit it is reckoned at.
#: A ton: from a US short ton (2,000 lb, 907.18474 kg) to a British long ton (2,240 lb, 1,016.0469088
#: kg), against the metric tonne; "tons" in US text is short, in British text long or (mostly, today)
#: metric. A gallon: from the US gallon (3.785411784 litres) it is reckoned at to the imperial gallon
#: (4.54609 litres) British copy means ("450 litres (99 gallons)"); miles per gallon alike, the other
#: way. A careful reader cannot tell which kind, so a figure in such a unit stands for all of them, and
#: "5 tons (4.5 tonnes)" fits whichever the writer converted from. A rate per such a unit ("$3.50 a
#: gallon") takes the inverse range.
_KIND_RANGES: Final = {
    "ton": Interval(Fraction("0.90718474"), Fraction("1.0160469088")),
    "gallon": Interval(Fraction(1), Fraction("4.54609") / Fraction("3.785411784")),
    "mile_per_gallon": Interval(Fraction("3.785411784") / Fraction("4.54609"), Fraction(1)),
}


_ONE_KIND: Final = Interval(Fraction(1), Fraction(1))


def _kind_range(unit: str) -> Interval | None:
    """The range of factors a figure in ``unit`` may mean (``_KIND_RANGES``), or None for a definite unit."""
    if not any(name in unit for name in _KIND_RANGES):  # the common case, without reading the powers
        return None
    found = [(name, power) for name, power in units.powers(unit) if name in _KIND_RANGES]
    if len(found) != 1 or abs(found[0][1]) != 1:
        return None
    name, power = found[0]
    span = _KIND_RANGES[name]
    return span if power == 1 else Interval(1 / span.hi, 1 / span.lo)


def _any_kind(estimate: Estimate, step: Magnitude | None) -> tuple[Estimate, Magnitude | None, Interval]:
    """A figure in a unit of no stated kind (tons, gallons), widened to every kind of it (``_KIND_RANGES``).

    The step of its rounding is widened alike (by the largest kind), so rounding still applies after:
    "66,000 gallons" converted to the nearest thousand is 65,500 US gallons up to 66,500 imperial ones.
    The unit stays as printed; the range of factors is returned too (1 to 1 for a unit of one kind).
    """
    if estimate.relation not in ("amount", "difference") or (span := _kind_range(estimate.unit)) is None:
        return estimate, step, _ONE_KIND
    lo, hi = estimate.interval.lo, estimate.interval.hi
    low = lo * (span.lo if lo >= 0 else span.hi)
    high = hi * (span.hi if hi >= 0 else span.lo)
    interval = Interval(low, high, low_open=estimate.low_open, high_open=estimate.high_open)
    precision = None if estimate.precision is None else estimate.precision * span.hi
    widened = Estimate.from_interval(
        interval,
        estimate.unit,
        kind=estimate.kind,
        text=estimate.text,
        nominal=estimate.nominal,
        precision=precision,
        relation=estimate.relation,
    )
    return widened, None if step is None else step * span.hi, span


def _per(unit: str, *, time: bool) -> str | None:
    """The one unit a rate is per, or None for no such rate.

    With ``time``, a unit of time ("week" for "1 / week", "day" for "GBP / day"); without, a thing counted
    ("game" for "1 / game", "person" for "GBP / person").
    """
    if "/" not in unit:
        return None
    per = [
        name
        for name, exponent in units.powers(unit)
        if exponent == -1 and (dimension := units.dimension(name)) != "" and (dimension == "[time]") == time
    ]
    return per[0] if len(per) == 1 else None


def _per_measure(unit: str, dimension: str) -> str | None:
    """The one unit of ``dimension`` a rate is per ("kilowatt_hour" for "GBP / kilowatt_hour"), or None."""
    if "/" not in unit:
        return None
    per = [name for name, power in units.powers(unit) if power == -1 and units.dimension(name) == dimension]
    return per[0] if len(per) == 1 else None


_RATE_PER_TIME: Final = "per unit of time ('1,200 a week', '£6 a day')"
_RATE_PER_MEASURE: Final = "per a unit of the measure in 'over' ('24.5p per kWh' over '2,700 kWh')"
_RATE_PER_THING: Final = "per thing counted in 'over' ('31,400 a game', '£410 a head')"


def _over(claim: Claim, rate: Estimate, claim_id: str | None = None, *, printed: bool = False) -> Estimate:
    """The total a rate comes to over the claim's period: "1,200 a week" over "4 weeks" is 4,800.

    A rate per thing comes to its total over a number of things: "31,400 a game" over "19 games" is
    596,600. With ``printed``, a number of things printed rounded stands for every value that rounds to
    it, as any printed figure does: "£69 a head" over "6.5 million people" is over 6.45 to 6.55 million
    of them (a period of time, "4 weeks", is the period the writer chose, and stays whole).

    Raises:
        ModelError: the figure is not a rate per unit of time ("£6 a day", "1,200 cases a week"), or,
            over a number of things, not a rate per thing ("31,400 a game", "£410 a head").
    """
    span = period(claim.over or "")
    counted = span.dimension == ""
    per = _per(rate.unit, time=not counted)
    measured = span.dimension not in ("", "[time]")
    if measured:  # "24.5p per kWh" over "2,700 kWh": per the measure's unit
        per = _per_measure(rate.unit, span.dimension)
    named = None  # a unit that is itself per time, "kilometer_per_hour" for "180km/h" over "112 minutes"
    if per is None and not counted and not measured and units.dimension(rate.unit).endswith("/ [time]"):
        named, _, per = rate.unit.partition("_per_")
        if not per or units.dimension(per) != "[time]":  # "12 knots": the total in knot-minutes
            named, per = None, span.unit
    if per is None:
        shown = rate.text or str(rate)
        wanted = _RATE_PER_MEASURE if measured else _RATE_PER_THING if counted else _RATE_PER_TIME
        raise ModelError(
            f"claim {claim_id or claim.id or claim.subject!r} has over = {claim.over!r}, but its figure "
            f"{shown!r} is no rate {wanted}; drop 'over' for a total"
        )
    total_unit = named or units.canonical_unit(f"({rate.unit}) * {per}")
    length = span.interval
    if printed and counted and span.precision is not None:  # a period of time is meant whole ("4 weeks")
        half = span.precision / 2
        length = Interval(length.lo - half, length.hi + half, low_open=length.low_open, high_open=True)
    if not counted:
        length = length.scale(units.conversion_factor(span.unit, per))
    if claim.of is not None and not counted and _percent_per(rate.unit) == per:
        return _grown(rate, length)  # "rose 2% a year" over "3 years", "an annualised 2.4%" over "3 months"
    total = rate.interval * length
    return Estimate.from_interval(
        total,
        total_unit,
        kind=rate.kind if rate.kind != "exact" or total.lo == total.hi else "range",
        text=rate.text,
        relation=rate.relation,
    )


def _percent_per(unit: str) -> str | None:
    """The unit a rate in per cent is per ("year" for "percent / year": a rate of growth), or None."""
    found = units.powers(unit)
    if len(found) != 2 or found[0][0] != "percent" or found[0][1] != 1 or found[1][1] != -1:
        return None
    return found[1][0]


def _grown(rate: Estimate, span: Interval) -> Estimate:
    """The factor a rate of growth per period (in per cent) comes to over ``span`` periods.

    Reporters annualise either way: compounded (a quarter's 0.6% is an annualised 2.42%) or simply (times
    four, 2.4%), so both readings pass: "an annualised 2.4%" over "3 months" is 1.00594 (1.024 to the
    power of a quarter) to 1.006, and "rose 2% a year" over "3 years" 1.06 to 1.0612. A fractional power
    is irrational: its lower end is a rational a hair below it (:func:`_power_bounds`), so the interval
    is exact and only ever wider.
    """
    rates = rate.interval.scale(Fraction(1, 100))
    lows: list[Fraction] = []
    highs: list[Fraction | float] = []
    for growth, periods in itertools.product((rates.lo, rates.hi), (span.lo, span.hi)):
        if INF in (growth, periods):
            highs.append(INF)
        elif growth == -INF or growth <= -1:
            lows.append(Fraction(0))  # a fall of all of it or more leaves nothing
        else:
            simple = 1 + Fraction(growth) * Fraction(periods)
            least, most = _power_bounds(1 + Fraction(growth), Fraction(periods))
            lows.append(max(Fraction(0), min(simple, least)))
            highs.append(max(simple, most))
    interval = Interval(min(lows) if lows else Fraction(0), max(highs))
    return Estimate.from_interval(interval, "", kind="range", text=rate.text, relation="ratio")


def _power_bounds(base: Fraction, power: Fraction) -> tuple[Fraction, Fraction]:
    """Rationals at most and at least ``base ** power`` (``base``, ``power`` > 0), close below and above.

    The whole part of the power is exact; for the rest ``f`` (0 < f < 1), ``base ** f`` is at most
    1 + f (base - 1) (the power is concave) and at least e^y's cubic 1 + y + y²/2 + y³/6 (e^y exceeds it
    for every y) at y = f times a lower bound of ln(base): 2(b - 1)/(b + 1) from 1 up, (b - 1/b)/2 below.
    """
    whole = math.floor(power)
    fraction = power - whole
    exact = base**whole
    if not fraction:
        return exact, exact
    log = 2 * (base - 1) / (base + 1) if base >= 1 else (base - 1 / base) / 2
    y = fraction * log
    least = max(Fraction(0), 1 + y + y * y / 2 + y * y * y / 6)
    return exact * least, exact * (1 + fraction * (base - 1))


#: How the subjects of a hidden total and of a share cell are spelt: no normalised name starts with a
#: space, so neither can meet a subject a claim names.
_HIDDEN: Final = " the total behind "
_SHARE: Final = " the share of "


def shown(subject: str) -> tuple[str, str] | None:
    """For a subject the model made up, how to show it: a template and the claims' subject it is about.

    "{}" in the template stands for the subject's display name: the total behind backers ("the total
    behind {}") or the backers' share of that total ("{}", in percent). None for a named subject.
    """
    if subject.startswith(_HIDDEN):
        return "the total behind {}", subject[len(_HIDDEN) :]
    if subject.startswith(_SHARE):
        return "{}", subject[len(_SHARE) :]
    return None


def population(hierarchy: Hierarchy, subject: str) -> tuple[str, bool]:
    """The subject whose cells are the totals a share of ``subject``'s own cell is a share of.

    A subject declared under exactly one whole (``subset("subject", "backers", of="respondents")``)
    is a share of that whole in the same scope: 55% of men back the bill says backers among men are 55%
    of respondents among men. Otherwise the total is a hidden figure of its own per cell, whose values
    add up over partitions like any count, and which need not hold the count: a percentage of nothing
    named may be a rate past 100% ("inflation hit 120%"). Returns the (normalised) subject and whether
    it is hidden.
    """
    parents = hierarchy.parents(SUBJECT, subject)
    if len(parents) == 1:
        return next(iter(parents)), False
    return f"{_HIDDEN}{subject}", True


class Prepared:
    """What every model built from one claim list shares: normalised facets and the ids' positions.

    Computed once per :func:`~claimcheck.check`, so building the small model of a few claims (as the
    search for minimal conflicts does many times) costs nothing per claim of the whole list.
    """

    __slots__ = ("_positions", "firsts", "floor", "groups", "ids", "mappings", "names", "signed")

    def __init__(
        self,
        claims: Sequence[Claim],
        *,
        ids: Sequence[str] | None = None,
        signed: Iterable[str] = (),
        floor: Fraction | float = _ZERO,
        wholes: Mapping[str, str] | None = None,
    ) -> None:
        """Normalise every claim's facets and id.

        Args:
            claims: every claim of the check.
            ids: each claim's id, given or made (:func:`~claimcheck.claims.claim_ids`); None: the
                claims' own.
            signed: the subjects whose figures may be negative (see :func:`signed_subjects`).
            floor: the policy's floor, the least value of a figure measured in a unit.
            wholes: the facets declared with a whole (:attr:`Hierarchy.wholes`): a claim that leaves
                such a facet out is about its whole.
        """
        # Claims about one cell share one mapping of its facets (read-only here), numbered in the order
        # first named; claims spelling their subject and scope alike are normalised once
        numbered: dict[tuple[tuple[str, str], ...], int] = {}
        #: each spelling of a facet, subject or value the claims use, and its normalised name
        self.names: dict[str, str] = {}
        spelled: dict[tuple[str, tuple[tuple[str, str], ...]], int] = {}
        #: each distinct mapping of normalised facets (the subject among them) the claims name, in order
        self.mappings: list[dict[str, str]] = []
        #: each claim's mapping, as its position in :attr:`mappings`
        self.groups: list[int] = []
        #: the position of the first claim of each spelling of a subject and scope, in order
        self.firsts: list[int] = []
        get, append = spelled.get, self.groups.append
        for k, claim in enumerate(claims):
            # a claim's scope is a FrozenDict (Claim makes it one): its items read from the dict it holds
            spelling = (claim.subject, tuple(claim.scope._items.items()))  # type: ignore[attr-defined]  # noqa: SLF001
            found = get(spelling)
            if found is None:
                facets = facets_of(claim, self.names)
                facets = facets if not wholes else {**wholes, **facets}
                found = numbered.get(key := tuple(facets.items()))
                if found is None:
                    found = numbered[key] = len(self.mappings)
                    self.mappings.append(facets)
                spelled[spelling] = found
                self.firsts.append(k)
            append(found)
        #: each claim's id, in the claims' order
        self.ids: Sequence[str] = [claim.id or "" for claim in claims] if ids is None else ids
        self._positions: dict[str, int] | None = None
        self.signed = frozenset(normalize_name(subject) for subject in signed)
        self.floor = floor

    @property
    def facets(self) -> list[dict[str, str]]:
        """Each claim's normalised facets (claims about one cell share one mapping), in order."""
        return list(map(self.mappings.__getitem__, self.groups))

    @property
    def positions(self) -> dict[str, int]:
        """Each claim's position by its normalised id (made on first use: only ``of`` and accepts ask)."""
        if self._positions is None:
            self._positions = {normalize_name(claim_id): k for k, claim_id in enumerate(self.ids)}
        return self._positions


def states_negative(estimate: Estimate) -> bool:
    """Whether a printed figure states a negative value ("-€450m", "below 0"), not just allows one."""
    lo, hi = estimate.lo, estimate.hi
    # a finite end is a Fraction, whose sign is its numerator's (no Fraction-to-int comparison)
    high = hi.numerator if type(hi) is Fraction else hi
    if high < 0 or (high == 0 and estimate.high_open):
        return True
    return type(lo) is Fraction and lo.numerator < 0


def signed_subjects(
    claims: Sequence[Claim],
    printed: Sequence[Estimate | None],
    hierarchy: Hierarchy,
    below: Iterable[int] | None = None,
) -> frozenset[str]:
    """The subjects whose figures may be negative (normalised names).

    A subject is signed when the hierarchy declares it so or a claim states it negative ("-€450m"); and
    so is every subject that adds up with a signed one (the whole and the other parts of a subject
    partition it is in, the parts of one it is the whole of). A signed subject's parts may be negative
    and still add up (-€700m + €250m = -€450m); every other figure keeps its floor. ``below``, where
    given, holds the claims whose figure's lower end is below zero (the others state nothing negative).
    """
    found = set(hierarchy.signed_subjects)
    for k in range(len(claims)) if below is None else below:
        claim, estimate = claims[k], printed[k]
        if estimate is None:
            continue
        lo = estimate.lo
        if not isinstance(lo, float) and lo.numerator >= 0:
            continue  # at least zero (most figures): it states nothing negative
        # a difference's sign is the change's ("5,000 fewer than"), not the figure's
        if estimate.relation not in ("ratio", "difference") and states_negative(estimate):
            found.add(normalize_name(claim.subject))
    stack = list(found)
    while stack:
        subject = stack.pop()
        linked = [part for parts in hierarchy.partitions(SUBJECT, subject) for part in parts]
        for whole, link in hierarchy.parents(SUBJECT, subject).items():
            if link == "partition":
                linked.append(whole)
                partitions = hierarchy.partitions(SUBJECT, whole)
                linked.extend(part for parts in partitions if subject in parts for part in parts)
        for other in linked:
            if other not in found:
                found.add(other)
                stack.append(other)
    return frozenset(found)


def prepare(
    claims: Sequence[Claim],
    hierarchy: Hierarchy,
    policy: Policy | None = None,
    *,
    ids: Sequence[str] | None = None,
) -> tuple[list[Estimate], list[Estimate | None], Prepared]:
    """Read claims as a check does: printed figures, their meanings, shared names.

    The one place that turns a claim list into a model's inputs, for :func:`~claimcheck.check` and for
    the HTML number line alike. ``ids`` gives each claim's id (:func:`~claimcheck.claims.claim_ids`);
    None: the claims' own, each claim having one.

    Raises:
        ParseError: a claim's text holds no figure.
        ModelError: a claim's ``over`` is set on a figure that is no rate.
    """
    # one pass over the claims reads each figure (text once per spelling, as read_printed does) and notes
    # the few claims each later step reads: those meaning() widens, multiplies or reads as any ton,
    # those in a unit with a dimension (a conversion), and those whose figure may be below zero
    read: dict[str, Estimate] = {}
    printed: list[Estimate] = []
    append = printed.append
    widened: list[int] = []
    measured: list[int] = []
    below: list[int] = []
    plain = (units.DIMENSIONLESS, "percent")
    for k, claim in enumerate(claims):
        estimate = claim.value
        if not isinstance(estimate, Estimate):
            found = read.get(estimate)
            estimate = read[estimate] = _read_one(claims, k, policy, ids) if found is None else found
        append(estimate)
        unit = estimate.unit
        if unit not in plain:
            measured.append(k)
        if estimate.precision is not None or claim.over is not None or unit == "ton":
            widened.append(k)
        lo = estimate.lo
        # a finite end is a Fraction, whose sign is its numerator's (a slot; the property is a call)
        if isinstance(lo, float) or lo._numerator < 0:  # type: ignore[attr-defined]  # noqa: SLF001
            below.append(k)
    meant: list[Estimate | None] = [*printed]  # what meaning() gives where it has nothing to do
    if widened:
        converted = _conversions(claims, printed, measured)
        for k in widened:
            claim_id = ids[k] if ids is not None else None
            meant[k] = meaning(claims[k], printed[k], policy, converted=k in converted, claim_id=claim_id)
    signed = signed_subjects(claims, printed, hierarchy, below)
    floor = policy.floor if policy is not None else _ZERO
    return printed, meant, Prepared(claims, ids=ids, signed=signed, floor=floor, wholes=hierarchy.wholes)


def read_printed(
    claims: Sequence[Claim], policy: Policy | None, ids: Sequence[str] | None = None
) -> list[Estimate]:
    """Every claim's printed figure, text read once per spelling: claims that repeat one share its estimate.

    The parser keeps only the spellings it read last; a check reads each of its own once, however far
    apart the claims that repeat it stand. A spelling that holds no figure raises for the first claim
    that has it, as reading them one by one would, naming it by its id (``ids``, where given, holds
    the ids :func:`~claimcheck.claims.claim_ids` made for claims that have none).
    """
    read: dict[str, Estimate] = {}
    printed: list[Estimate] = []
    for k, claim in enumerate(claims):
        value = claim.value
        if isinstance(value, Estimate):
            printed.append(value)
            continue
        found = read.get(value)
        if found is None:
            found = read[value] = _read_one(claims, k, policy, ids)
        printed.append(found)
    return printed


def _read_one(claims: Sequence[Claim], k: int, policy: Policy | None, ids: Sequence[str] | None) -> Estimate:
    """The figure claim ``k`` prints, its text read (see :func:`read_printed`).

    Raises:
        ParseError: the text holds no figure; the message names the claim by its id, given or made.
    """
    claim = claims[k]
    try:
        return claim.estimate(policy=policy)
    except ParseError as err:
        if claim.id is not None or ids is None:
            raise
        reason = f"{err.reason} (claim {ids[k]})"
        raise ParseError(err.text, err.position, reason) from err.__cause__


def _conversions(claims: Sequence[Claim], printed: Sequence[Estimate], measured: Iterable[int]) -> set[int]:
    """Return the claims that print a figure again in another unit.

    A later claim of a cell, in another unit of the dimension an earlier claim of the cell states:
    the acres of "1,500 hectares (3,700 acres)". Currencies never convert, so a figure in a second
    currency is none. ``measured`` holds the claims in a unit other than a count's or a share's, in
    order (the others have no dimension).
    """
    first: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
    found: set[int] = set()
    for k in measured:
        claim, estimate = claims[k], printed[k]
        dimension = estimate.dimension
        related = claim.of is not None or claim.over is not None
        if related or not dimension or units.is_currency(estimate.unit):
            continue
        units_seen = first.setdefault(tuple(sorted(claim.facets.items())), {})
        if units_seen.setdefault(dimension, estimate.unit) != estimate.unit:
            found.add(k)
    return found


def drawn(model: Model) -> dict[int, list[tuple[int, Interval]]]:
    """Each cell's claims as intervals in the cell's unit, by claim position: what a number line draws.

    A claim bounding its cell is its bound; a share or a multiple of another claim is that claim's
    bound times the factor ("roughly half of 5,000–7,000" is 2,250–3,850); a difference is the base
    claim's bound plus the offset. A count among a base ("300 of whom") is its own bound, never a
    product. A share of its cell's own total ("55% of men") is a bound of the cell's share, in percent.
    Claims the model could not use (a unit mismatch) are left out, and so is a relation whose base
    claim bounds no figure of the base cell (half of "55% of men" is half of the men's count, which
    no claim states).
    """
    relative: dict[int, tuple[int, Share | Difference]] = {}
    for share in model.shares:
        if share.role in ("share", "ratio"):
            relative[share.claim] = (share.cell, share)
    for difference in model.differences:
        relative[difference.claim] = (difference.cell, difference)
    rows: dict[int, list[tuple[int, Interval]]] = {}
    if not relative:  # each claim's bound as it stands: one pass where they come in the claims' order
        last = -1
        for bound in model.bounds:
            if bound.claim <= last:
                rows.clear()
                break
            last = bound.claim
            rows.setdefault(bound.cell, []).append((bound.claim, bound.interval))
        else:
            return rows
    found: dict[int, Interval] = {bound.claim: bound.interval for bound in model.bounds}
    cell_of = {bound.claim: bound.cell for bound in model.bounds}
    changed = True
    while changed:  # a share of a share: its base is drawn first
        changed = False
        for claim, (cell, relation) in relative.items():
            stated = model.bases.get(claim, -1)
            base = found.get(stated) if cell_of.get(stated) == relation.base else None
            if claim in found or base is None:
                continue
            value = base * relation.share if isinstance(relation, Share) else base + relation.offset
            found[claim], cell_of[claim], changed = value, cell, True
    for claim in sorted(found):
        rows.setdefault(cell_of[claim], []).append((claim, found[claim]))
    return rows


def stated_cells(model: Model, prepared: Prepared) -> list[tuple[int, list[tuple[int, Interval | None]]]]:
    """The cells two or more claims are drawn on (:func:`drawn`), each claim with its interval.

    A cell's claims that the model could not draw (a unit mismatch, a base it could not place) come
    with None, so a number line can say why they are missing. Cells come in the order of their first
    claim, claims in the order given.
    """
    rows = drawn(model)
    missing: dict[int, list[int]] = {}
    if sum(len(cell_rows) for cell_rows in rows.values()) < len(prepared.facets):  # else all are drawn
        placed = {claim for cell_rows in rows.values() for claim, _ in cell_rows}
        for k, facets in enumerate(prepared.facets):
            if k in placed:  # most claims: no key to make
                continue
            cell = model.index.get(tuple(facets.get(facet, TOP) for facet in model.facets))
            if cell is not None:
                missing.setdefault(cell, []).append(k)
    found: list[tuple[int, list[tuple[int, Interval | None]]]] = []
    for cell, cell_rows in rows.items():
        if len(cell_rows) < 2:
            continue
        if cell not in missing:  # drawn in the claims' order already
            found.append((cell, [*cell_rows]))
            continue
        members: list[tuple[int, Interval | None]] = [*cell_rows]
        members += [(k, None) for k in missing[cell]]
        found.append((cell, sorted(members, key=lambda row: row[0])))
    return sorted(found, key=lambda item: item[1][0][0])


def build_model(
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    hierarchy: Hierarchy,
    *,
    only: Iterable[int] | None = None,
    prepared: Prepared | None = None,
) -> Model:
    """Build the model of the claims whose estimate is not None (positions index ``claims``).

    Args:
        claims: every claim; an ``of`` may name any of them.
        estimates: each claim's figure, or None to leave the claim out.
        hierarchy: the background.
        only: the positions to build from (all claims with an estimate when None).
        prepared: the claims' normalised names, when the caller already has them.
    """
    if prepared is None:
        prepared = Prepared(claims, wholes=hierarchy.wholes)
    if only is None:  # every claim with a figure, found at C speed
        flags = map(operator.is_not, estimates, itertools.repeat(None))
        active = list(itertools.compress(range(len(claims)), flags))
    else:
        active = [k for k in sorted(set(only)) if estimates[k] is not None]
    # what each claim says, asked once per kind of figure in the claims' order (a ratio with no base
    # raises at the first)
    said = roles(claims, estimates, active)  # type: ignore[arg-type]  # (active: each has an estimate)
    # whether any claim names another with `of` (a claim with `of` is a count, share, multiple or
    # difference of its base; one without says its cell's amount or a share of its own total)
    relative = not {*said} <= {"amount", "own share"}
    bases, findings = _bases(claims, prepared, active) if relative else ({}, [])
    # each claim's role, where one relates cells or is a share of its own total (else none is read)
    roles_of = dict(zip(active, said, strict=True)) if relative or "own share" in said else {}
    named = sorted({*active, *bases.values()}) if bases else active  # active is in order already
    groups, mappings = prepared.groups, prepared.mappings
    # each named claim's mapping (claims about one cell share one), and each mapping named, in order
    named_groups = groups if len(named) == len(groups) else list(map(groups.__getitem__, named))
    present = dict.fromkeys(named_groups)
    facet_names = {SUBJECT}
    for group in present:
        facet_names.update(mappings[group])
    facets = (SUBJECT, *sorted(facet_names - {SUBJECT}))
    model = Model(facets)
    model.findings.extend(findings)
    model.bases = bases
    tops = (TOP,) * len(facets)  # each facet's value where a mapping has none
    made = {group: tuple(map(mappings[group].get, facets, tops)) for group in present}  # each key once
    distinct = set(made.values())
    fixed = {facet for facet in facets if not hierarchy.adds(facet)}
    topped = {
        facet
        for i, facet in enumerate(facets)
        if facet not in fixed and TOP in map(operator.itemgetter(i), distinct)
    }
    ordered = {
        facet: frozenset(key[i] for key in distinct if key[i] != TOP)
        for i, facet in enumerate(facets)
        if facet in fixed
    }
    if bases or "own share" in said:
        keys = dict(zip(named, map(made.__getitem__, named_groups), strict=True))
        meant = _Meant(
            roles_of, _sizes(claims, estimates, hierarchy, active, roles=roles_of, keys=keys, bases=bases)
        )
        _build_related(
            model,
            prepared,
            claims,
            estimates,
            hierarchy,
            keys=keys,
            meant=meant,
            topped=topped,
            ordered=ordered,
            active=active,
        )
    else:  # every claim states its own cell's figure: its cell found once a mapping
        # (a claim whose `of` names no claim is reported already, and names no cell)
        placed = [k for k in active if claims[k].of is None] if relative else active
        placed_groups = named_groups if placed is active else list(map(groups.__getitem__, placed))
        named_keys = distinct if placed is active else {made[group] for group in placed_groups}
        _add_products(model, Closures(hierarchy, topped, ordered).products(facets, named_keys))
        _link_cells(model, hierarchy, topped)
        index = model.index
        cell_of = {group: index[made[group]] for group in dict.fromkeys(placed_groups)}
        cells = list(map(cell_of.__getitem__, placed_groups))
        _add_amounts(model, prepared.ids, claims, estimates, placed=placed, cells=cells)
    _set_floors(model, prepared)
    _no_sums_of_levels(model, prepared.ids)
    _no_sums_of_averages(model)
    _link_order(model, hierarchy)
    return model


def _bases(
    claims: Sequence[Claim], prepared: Prepared, active: Sequence[int]
) -> tuple[dict[int, int], list[Finding]]:
    """The claim each active claim's ``of`` names, and a finding for each ``of`` naming none.

    An ``of`` names a claim by id even when that claim itself is left out (a subset under test): the
    share is of the base claim's cell, not of its figure.
    """
    findings: list[Finding] = []
    bases: dict[int, int] = {}
    for k in active:
        of = claims[k].of
        if of is None:
            continue
        base = prepared.positions.get(normalize_name(of))
        if base is None or base == k:
            what = "itself" if base == k else "no claim"
            message = f"claim {prepared.ids[k]} is a share of {of!r}, but that names {what}"
            findings.append(Finding([k], message, "unknown-share-base"))
            continue
        bases[k] = base
    return bases, findings


def _build_related(
    model: Model,
    prepared: Prepared,
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    hierarchy: Hierarchy,
    *,
    keys: dict[int, Key],
    meant: _Meant,
    topped: set[str],
    ordered: dict[str, frozenset[str]],
    active: Sequence[int],
) -> None:
    """Add the cells, links and constraints of claims that relate cells or are shares of their own totals.

    ``keys`` holds the cell of each claim named (the active claims and their bases), ``meant`` what each
    active claim says and the totals of shares of their own cells.
    """
    bases, sizes = model.bases, meant.sizes
    named_keys = _named_keys(claims, active, keys, bases, sizes)
    _add_products(model, Closures(hierarchy, topped, ordered).products(model.facets, named_keys))
    _link_cells(model, hierarchy, topped)
    if sizes:
        model.hidden.update(cell for cell, key in enumerate(model.cells) if key[0].startswith(_HIDDEN))
        # a signed figure (a balance) has no share cell: count over total is no share when the count
        # may be negative, and the claim's own constraint (a·n ≤ x ≤ b·n, n > 0) says all it means
        families = {keys[k][0]: sizes[k] for k in sizes if keys[k][0] not in prepared.signed}
        _add_families(model, families)
    _add_claims(
        model,
        prepared.ids,
        claims,
        estimates,
        keys=keys,
        bases=bases,
        meant=meant,
        active=set(active) if bases else None,  # with no base named, every claim keyed is active
    )


def _sizes(
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    hierarchy: Hierarchy,
    active: Sequence[int],
    *,
    roles: dict[int, Role],
    keys: dict[int, Key],
    bases: dict[int, int],
) -> dict[int, tuple[Key, bool]]:
    """The cell of the total each share of its own cell is of, and whether that total is hidden."""
    sizes: dict[int, tuple[Key, bool]] = {}
    for k in active if bases or "own share" in roles.values() else ():
        owners = [k] if roles[k] == "own share" else []
        if k in bases and _points_of(claims, estimates, k, bases) == "own share":
            # points or a multiple of a rate relate two share cells: the base's total is named even when
            # the base is left out (a subset under test), so a claim means the same whichever claims
            # are built with it (the search for minimal conflicts rests on that)
            owners = [k, bases[k]]
        for owner in owners:
            if owner not in sizes:
                subject, hidden = population(hierarchy, keys[owner][0])
                sizes[owner] = ((subject, *keys[owner][1:]), hidden)
    return sizes


def _named_keys(
    claims: Sequence[Claim],
    active: Iterable[int],
    keys: dict[int, Key],
    bases: dict[int, int],
    sizes: dict[int, tuple[Key, bool]],
) -> set[Key]:
    """The cells the active claims name (their own, their base's, their total's), each once."""
    found: set[Key] = set()
    for k in active:
        if claims[k].of is not None and k not in bases:
            continue
        found.add(keys[k])
        if k in bases:
            found.add(keys[bases[k]])
        if k in sizes:
            found.add(sizes[k][0])
        if bases.get(k) in sizes:  # a base whose share cell this claim relates (see build_model)
            found.add(sizes[bases[k]][0])
    return found


def _add_products(model: Model, products: set[tuple[Closure, ...]]) -> None:
    """Add the cells of every product of closures, products and values in sorted order.

    Closures overlap (the districts of each region take in every region of the country), so the keys
    already added are skipped by a set difference of pieces per leading combination of values, not one
    by one: a partition of a thousand regions with districts under each costs its cells, not regions².
    """
    ordered: dict[Closure, list[str]] = {}
    #: for each leading combination of values, the last facet's pieces already taken
    taken: dict[tuple[str, ...], set[frozenset[str]]] = {}
    for product in in_order(products):
        *leading, last = product
        for closure in leading:
            if closure not in ordered:
                ordered[closure] = values(closure)
        for prefix in itertools.product(*map(ordered.__getitem__, leading)):
            done = taken.setdefault(prefix, set())
            fresh = last - done
            if fresh:
                done |= fresh
                # a piece is new under its prefix, and pieces of a facet are disjoint: every key is new
                model.add_cells([(*prefix, value) for value in sorted([v for piece in fresh for v in piece])])


def _points_of(
    claims: Sequence[Claim], estimates: Sequence[Estimate | None], k: int, bases: dict[int, int]
) -> Role | None:
    """The base's role, for claim ``k`` in percentage points or a multiple of a base; else None.

    Percentage points ("4.1%, down 0.3 points") or a multiple ("inflation rose 50%", "the rate
    doubled") of a share of its own cell relate the two cells' shares, not their counts (the counts are
    of totals that may differ): they relate the share cells. The base may be left out of the claims
    under test: its role is read from its figure all the same.
    """
    estimate, base = estimates[k], bases.get(k)
    if estimate is None or base is None:
        return None
    if estimate.relation != "ratio" and (estimate.relation != "difference" or estimate.unit != "percent"):
        return None
    printed = estimates[base]
    if printed is None or printed.relation not in ("amount", "share"):
        return None
    return role(claims[base], printed)


def _add_families(model: Model, totals: dict[str, tuple[Key, bool]]) -> None:
    """Give every count cell of a subject with own-cell shares its total's cell and a share cell."""
    for cell, key in list(enumerate(model.cells)):
        found = totals.get(key[0])
        if found is None:
            continue
        size = model.index.get((found[0][0], *key[1:]))
        if size is None:
            continue
        share = model.add_cell((_SHARE + key[0], *key[1:]))
        model.family[cell] = (size, share)
    summed = set(model.sums)
    family = model.family
    for whole, parts in model.sums:
        if whole in family and all(part in family for part in parts):
            sizes = (family[whole][0], tuple(family[part][0] for part in parts))
            if sizes in summed:
                model.averages.append((whole, parts))


def _link_order(model: Model, hierarchy: Hierarchy) -> None:
    """A cumulative facet's figure only grows: each cell is at most the same cell one step later.

    Only the figures themselves grow: a share of a cell's own total (a rate) and the total behind it may
    fall while the count grows (a toll that rises as a share of a growing population falls), so the cells
    the model made up for shares and hidden totals are not ordered, nor are averages per a thing.
    """
    for i, facet in enumerate(model.facets):
        if not hierarchy.cumulative(facet):
            continue
        rows: dict[Key, dict[str, int]] = {}
        for cell, key in enumerate(model.cells):
            if key[i] != TOP and not key[0].startswith((_SHARE, _HIDDEN)) and not _averaged(model.unit[cell]):
                rows.setdefault((*key[:i], *key[i + 1 :]), {})[key[i]] = cell
        for row in rows.values():
            model.les.extend((row[before], row[after]) for before, after in hierarchy.steps(facet, row))


class _Meant:
    """What each claim says (:func:`role`) and, for a share of its own cell, its total's cell."""

    __slots__ = ("roles", "sizes")

    def __init__(self, roles: dict[int, Role], sizes: dict[int, tuple[Key, bool]]) -> None:
        self.roles, self.sizes = roles, sizes


def _set_floors(model: Model, prepared: Prepared) -> None:
    """Give each cell its least value, and drop the containments that a negative figure voids.

    A cell of a signed subject has no floor; any other cell measured in a unit gets the policy's floor,
    and counts keep 0. A part that can be negative is not at most its whole, so containments touching
    such cells go.
    """
    if not prepared.signed and prepared.floor == 0:  # every cell keeps the floor it was made with
        return
    for cell, key in enumerate(model.cells):
        if key[0] in prepared.signed:
            model.floor[cell] = -INF
        elif prepared.floor != 0 and units.dimension(model.unit[cell]) != "":
            model.floor[cell] = prepared.floor
    if prepared.signed or prepared.floor != 0:
        model.les = [(a, b) for a, b in model.les if model.floor[a] == 0 and model.floor[b] == 0]


def _no_sums_of_levels(model: Model, ids: Sequence[str]) -> None:
    """Drop the sums and containments of cells measured in a level; say so where a sum went.

    A level (:data:`~claimcheck.units.LEVELS`: a temperature, a sound level) has no floor of zero, and
    its parts do not add up to it: "20°C in the north and 18°C in the south" says nothing about the
    country's 38°C. A claim in such a cell is checked only against the others in its own cell.
    """
    hot = {cell for cell, unit in enumerate(model.unit) if unit in units.LEVELS}
    if not hot:
        return
    for cell in hot:
        model.floor[cell] = -INF
    dropped = _unlink(model, hot)
    named = sorted({bound.claim for bound in model.bounds if bound.cell in dropped & hot})
    if named:
        cited = ", ".join(ids[k] for k in named)
        degrees = {model.unit[cell] in units.TEMPERATURES for cell in dropped & hot}
        stated = "levels (temperatures, sound levels)"
        if degrees == {True}:
            stated = "temperatures"
        elif degrees == {False}:
            stated = "sound levels"
        model.findings.append(
            Finding(
                named,
                f"claims {cited} state {stated}, which do not add up: their parts and wholes are "
                "not checked against each other",
                "level-sum",
                "warning",
            )
        )


def _unlink(model: Model, cells: set[int]) -> set[int]:
    """Drop the sums and containments that take in any of ``cells``; return every cell of a sum dropped."""
    model.les = [(a, b) for a, b in model.les if a not in cells and b not in cells]
    dropped = {cell for whole, parts in model.sums if {whole, *parts} & cells for cell in (whole, *parts)}
    model.sums = [(whole, parts) for whole, parts in model.sums if not {whole, *parts} & cells]
    return dropped


def _no_sums_of_averages(model: Model) -> None:
    """Drop the sums and containments of cells measured per a thing, which are averages.

    A figure per person, per household, per game or per barrel with no ``over`` is an average over its
    cell's things: "£30 a head in primary schools and £24 in secondary" says the whole spends between
    £24 and £30 a head (weighted by pupils nobody stated), never £54; and a part's average is no more
    bounded by its whole's than the other way round. A speed is an average too ("50mph on the motorway,
    30mph in town"). Any other rate per unit of time ("1,200 cases a week") is a flow, and its parts add
    up. The cells keep their own claims, checked against each other.
    """
    averaged = {cell for cell, unit in enumerate(model.unit) if unit and _averaged(unit)}
    if averaged:
        _unlink(model, averaged)


#: The dimension of a speed, an average however it is spelled ("62mph", "99 km/h", "30 knots").
_SPEED = "[length] / [time]"


@functools.cache
def _averaged(unit: str) -> bool:
    """Whether ``unit`` is an average over its cell's things rather than an amount that adds up.

    That is a unit per something other than time ("GBP / person", "USD / barrel"), or a speed ("mph",
    "km / hour", "knot"): "averaging 50mph on the motorway and 30mph in town" is not 80mph for the route.
    """
    if units.dimension(unit) == _SPEED:
        return True
    return "/" in unit and any(
        exponent < 0 and units.dimension(name) != "[time]" for name, exponent in units.powers(unit)
    )


def _link_cells(model: Model, hierarchy: Hierarchy, topped: set[str]) -> None:
    """Add containment and sum constraints between the model's cells.

    Each facet's column of values is read once, and only the cells whose value has parts or wholes are
    visited, in the cells' order: sums first, so that a part of a sum along a facet whose value has that
    sum's whole as its only whole (a district of one region) is known to need no containment in it and
    is not visited again.
    """
    index, cells = model.index, model.cells
    # each adding facet's position, its column of values, and its wholes and partitions of every value,
    # as the hierarchy holds them (no copy a value)
    adding = [
        (i, facet, [key[i] for key in cells], *hierarchy.links(facet))
        for i, facet in enumerate(model.facets)
        if hierarchy.adds(facet)  # a year or a report date is no part
    ]
    wholes: list[tuple[int, int]] = []  # (cell, facet position) of each cell whose value has partitions
    for i, _, column, _, below in adding:
        partitioned = set(below.keys())  # (the wholes: few beside the values, so no set of the column)
        partitioned.discard(TOP)
        if partitioned:
            wholes += [(cell, i) for cell, value in enumerate(column) if value in partitioned]
    summed: dict[int, set[int]] = {i: set() for i, *_ in adding}  # per facet, the parts of its sums
    below_of = {i: below for i, _, _, _, below in adding}
    for cell, i in sorted(wholes):  # in the cells' order, facet by facet
        key = cells[cell]
        for parts in below_of[i][key[i]]:
            members = [index.get((*key[:i], part, *key[i + 1 :])) for part in parts]
            if None not in members:
                found = tuple(member for member in members if member is not None)
                model.sums.append((cell, found))
                summed[i].update(found)
    linked: list[tuple[int, int]] = []  # (cell, facet position) that may be contained in a whole
    for i, facet, column, above, _ in adding:
        # a part of a sum along the facet whose value has that sum's whole as its only whole (it
        # partitions it) is contained already; every other value with a whole may be contained in it,
        # and in a facet some cell leaves whole, every value but TOP (in TOP, where it has no whole)
        summed_here, wholes_of, topped_here = summed[i], above.get, facet in topped
        for cell, value in enumerate(column):
            declared = wholes_of(value)
            if declared is None:
                if topped_here and value != TOP:
                    linked.append((cell, i))
            elif not (cell in summed_here and len(declared) == 1 and "partition" in declared.values()):
                linked.append((cell, i))
    # per whole's cell and facet, the parts of its complete partitions: one pass a partition
    complete: dict[tuple[tuple[str, ...], int], frozenset[str]] = {}
    above_of = {i: (facet, above) for i, facet, _, above, _ in adding}
    for cell, i in sorted(linked) if len(adding) > 1 else linked:
        key = cells[cell]
        value = key[i]
        facet, above = above_of[i]
        parents: Mapping[str, Link] = above.get(value, NO_WHOLES)
        if not parents and facet in topped:
            parents = {TOP: "subset"}
        for parent, link in parents.items():
            whole_key = (*key[:i], parent, *key[i + 1 :])
            whole = index.get(whole_key)
            if whole is None or link == "subset":
                if whole is not None:
                    model.les.append((cell, whole))
                continue
            # the complete partitions of the whole, as the set of their parts (asked once per whole)
            known = complete.get((whole_key, i))
            if known is None:
                known = complete[(whole_key, i)] = _complete_parts(model, whole_key, i, hierarchy)
            if value not in known:
                model.les.append((cell, whole))


def _complete_parts(model: Model, whole_key: tuple[str, ...], i: int, hierarchy: Hierarchy) -> frozenset[str]:
    """The parts (facet ``i``) of the partitions of the cell ``whole_key`` whose parts are all cells.

    A part of such a partition is bounded by its whole through the sum, so needs no containment.
    """
    found: set[str] = set()
    for parts in hierarchy.partitions(model.facets[i], whole_key[i]):
        if all((*whole_key[:i], part, *whole_key[i + 1 :]) in model.index for part in parts):
            found.update(parts)
    return frozenset(found)


def _placed(
    model: Model,
    ids: Sequence[str],
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    *,
    keys: dict[int, tuple[str, ...]],
    bases: dict[int, int],
    meant: _Meant,
    active: set[int] | None,
) -> tuple[list[tuple[int, int]], dict[int, int], dict[int, tuple[str, int]]]:
    """The claims the model can use, each with its cell, and the cells their figures are measured in.

    Returns the usable claims with their cells, the cell each related claim is measured against, and
    the dimension of each cell with the first claim that states it. Gives the cells their units
    (carried along the constraints) and reports unit mismatches.
    """
    dimension: dict[int, tuple[str, int]] = {}
    canonical: dict[str, str] = {}
    usable: list[tuple[int, int]] = []  # (claim, its cell)
    related: dict[int, int] = {}  # claim -> the cell its figure is measured against
    roles, sizes, index = meant.roles, meant.sizes, model.index
    dimensions: dict[str, str] = {}  # each unit's dimension, temperature scales as one (_SCALES)
    for k, key in keys.items():
        estimate = estimates[k]
        if (active is not None and k not in active) or estimate is None:
            continue
        said = roles[k]
        if k in bases:
            related[k] = index[keys[bases[k]]]
        elif claims[k].of is not None:
            continue
        elif k in sizes:
            related[k] = index[sizes[k][0]]
        misplaced = said == "difference" and _misplaced_points(claims, estimates, k, bases, meant, ids=ids)
        if misplaced:
            model.findings.append(misplaced)
            continue
        cell = index[key]
        if said in ("share", "ratio", "own share") or (k in sizes and k in bases):
            if estimate.dimension != "":
                model.findings.append(_not_a_factor(ids, estimate, k))
                continue
            usable.append((k, cell))
            continue
        unit = estimate.unit
        dim = dimensions.get(unit)
        if dim is None:
            dim = estimate.dimension
            dim = dimensions[unit] = _SCALES.get(dim, dim)
        if dim not in canonical:
            canonical[dim] = unit
        first = dimension.get(cell)
        if first is None:
            dimension[cell] = (dim, k)
        elif first[0] != dim:
            model.findings.append(_mismatch(ids, claims, estimates, first[1], k))
            continue
        usable.append((k, cell))
    edges = [(cell, related[k]) for k, cell in usable if k in related]
    if len(canonical) > 1 or any(canonical.values()):
        # one dimension, kept in no unit (plain counts): carrying it changes no cell's unit and joins
        # no two dimensions, so only a model with a unit or a second dimension walks its constraints
        _spread_dimensions(model, claims, estimates, dimension, edges, ids=ids)
    for cell, (dim, _) in dimension.items():
        model.unit[cell] = canonical.get(dim, "")
    for _, share in model.family.values():
        model.unit[share] = "percent"
    return usable, related, dimension


def _add_claims(
    model: Model,
    ids: Sequence[str],
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    *,
    keys: dict[int, tuple[str, ...]],
    bases: dict[int, int],
    meant: _Meant,
    active: set[int] | None,
) -> None:
    """Give cells their units and add each ``active`` claim's constraint; report unit mismatches.

    ``active`` None: every claim ``keys`` holds. (Where every claim states its own cell's figure,
    :func:`_add_amounts` does this in one pass.)

    Per claim, its cell is looked up once, and what is asked of its unit (its dimension) once per unit;
    claims that share an estimate (one spelling, read once) share its interval in each unit.
    """
    usable, related, dimension = _placed(
        model, ids, claims, estimates, keys=keys, bases=bases, meant=meant, active=active
    )
    roles, sizes = meant.roles, meant.sizes
    # each estimate's interval in its own unit, by the estimate's id (``estimates`` keeps it alive, so
    # its id stays its own); in another unit, by the id and the unit (rare: a figure stated in two cells)
    own: dict[int, Interval] = {}
    in_units: dict[tuple[int, str], Interval] = {}
    stated, bounds, units_of = model.stated, model.bounds, model.unit
    for k, cell in usable:
        estimate = estimates[k]
        if estimate is None:  # pragma: no cover - filtered above
            continue
        said = roles[k]
        if related and k in related:
            base = related[k]
            # points or a multiple between shares; a signed figure has no share cell (count over total
            # is no share), so its multiple is of the counts
            if (
                k in sizes
                and k in bases
                and cell != base
                and (_points(model, k, cell, base, estimate) or estimate.relation != "ratio")
            ):
                continue
            if said != "own share":
                stated.add(cell)
            if cell in dimension and base in dimension and dimension[cell][0] != dimension[base][0]:
                # the claim's own side is its cell's unit, which the claim that gave it names
                found = _mismatch(ids, claims, estimates, dimension[base][1], k, via=dimension[cell][1])
                model.findings.append(found)
                continue
            if _relate(model, ids, claims, k, cell=cell, base=base, estimate=estimate, said=said):
                continue
        elif said != "own share":
            stated.add(cell)
        bounds.append(Bound(k, cell, _interval_in(estimate, units_of[cell], own, in_units)))


def _interval_in(
    estimate: Estimate, unit: str, own: dict[int, Interval], in_units: dict[tuple[int, str], Interval]
) -> Interval:
    """``estimate``'s interval in ``unit``, converted once per estimate and unit.

    ``own`` holds each estimate's interval in its own unit by the estimate's id (most claims: nothing to
    convert), ``in_units`` the rare others by the id and the unit (a figure stated in two units of one
    cell); the caller keeps the estimates alive while the ids are keys.
    """
    if estimate.unit == unit:
        interval = own.get(id(estimate))
        if interval is None:
            interval = own[id(estimate)] = estimate.interval
        return interval
    interval = in_units.get((id(estimate), unit))
    if interval is None:
        interval = in_units[(id(estimate), unit)] = _in_unit(estimate, unit)
    return interval


def _add_amounts(
    model: Model,
    ids: Sequence[str],
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    *,
    placed: Sequence[int],
    cells: Sequence[int],
) -> None:
    """:func:`_add_claims` where no claim relates two cells (no base named, no share of its own total).

    ``placed`` holds the claims to bound, in order, and ``cells`` each one's cell. A cell's unit is the
    first unit met of the dimension its first claim states (:func:`_placed`), and carrying dimensions
    along the constraints only gives units to cells no claim states. Where the claims' units measure
    one thing (most claim lists: counts, or one currency), no claim can clash with its cell's dimension
    (:func:`_add_in_one_dimension`); otherwise each claim is placed and bounds its cell in one pass.
    """
    figures = cast("list[Estimate]", [estimates[k] for k in placed])  # (each has one)
    dimensions = {_SCALES.get(dim, dim) for dim in map(units.dimension, {*map(_UNIT, figures)})}
    if len(dimensions) == 1:
        _add_in_one_dimension(model, ids, claims, estimates, placed=placed, cells=cells, figures=figures)
    else:
        _add_each(model, ids, claims, estimates, placed=placed, cells=cells, figures=figures)


def _add_each(
    model: Model,
    ids: Sequence[str],
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    *,
    placed: Sequence[int],
    cells: Sequence[int],
    figures: Sequence[Estimate],
) -> None:
    """:func:`_add_amounts` claim by claim: each placed (its dimension against its cell's), then bounded."""
    #: each unit's dimension (temperature scales as one, _SCALES) and the unit its figures are kept in:
    #: the first unit met of that dimension
    canonical: dict[str, str] = {}
    kept: dict[str, tuple[str, str]] = {}
    for unit in dict.fromkeys(map(_UNIT, figures)):  # the units in the order first met
        dim = units.dimension(unit)
        dim = _SCALES.get(dim, dim)
        kept[unit] = (dim, canonical.setdefault(dim, unit))
    # each estimate's interval in its own unit, by the estimate's id (``estimates`` keeps it alive), and
    # in another unit by the id and the unit (rare: a figure stated in two units of one cell)
    own: dict[int, Interval] = {}
    in_units: dict[tuple[int, str], Interval] = {}
    dimension: dict[int, tuple[str, int]] = {}
    stated, bounds = model.stated, model.bounds
    for k, cell, estimate in zip(placed, cells, figures, strict=True):
        dim, target = kept[estimate.unit]
        first = dimension.get(cell)
        if first is None:
            dimension[cell] = (dim, k)
            stated.add(cell)
        elif first[0] != dim:
            model.findings.append(_mismatch(ids, claims, estimates, first[1], k))
            continue
        bounds.append(Bound(k, cell, _interval_in(estimate, target, own, in_units)))
    if len(canonical) > 1 or any(canonical.values()):  # as in _placed
        _spread_dimensions(model, claims, estimates, dimension, ids=ids)
    for cell, (dim, _) in dimension.items():
        model.unit[cell] = canonical[dim]


def _add_in_one_dimension(
    model: Model,
    ids: Sequence[str],
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    *,
    placed: Sequence[int],
    cells: Sequence[int],
    figures: Sequence[Estimate],
) -> None:
    """:func:`_add_amounts` where every figure measures one thing: nothing to compare, bounds at C speed.

    Each cell's unit is the first unit met (the dimension's own), each estimate's interval is made in it
    once, and the bounds are made in the claims' order, as the pass claim by claim makes them.
    """
    dim = units.dimension(figures[0].unit)
    dim, target = _SCALES.get(dim, dim), figures[0].unit
    # each estimate's interval in the cells' unit, made once by the estimate's id (``estimates`` keeps
    # it alive): claims that share an estimate (one spelling, read once) share its interval
    distinct = dict(zip(map(id, figures), figures, strict=True))
    if list(map(_UNIT, distinct.values())).count(target) == len(distinct):  # each in the cells' unit
        own = dict(zip(distinct, Interval.settled_all(list(distinct.values())), strict=True))
    else:
        own = {
            number: estimate.interval if estimate.unit == target else _in_unit(estimate, target)
            for number, estimate in distinct.items()
        }
    model.bounds += bounds_of(placed, cells, map(own.__getitem__, map(id, figures)))
    model.stated.update(cells)
    if target:  # the cells stated get the unit, and carry it along the constraints
        firsts = zip(itertools.repeat(dim), reversed(placed))  # (each cell's first claim is written last)
        dimension = dict(zip(reversed(cells), firsts, strict=False))
        _spread_dimensions(model, claims, estimates, dimension, ids=ids)
        for cell in dimension:
            model.unit[cell] = target


def _relate(
    model: Model,
    ids: Sequence[str],
    claims: Sequence[Claim],
    k: int,
    *,
    cell: int,
    base: int,
    estimate: Estimate,
    said: Role,
) -> bool:
    """Add claim ``k``'s constraint between its cell and ``base``; True when that is all it says.

    A count among the base ("300 of whom") also bounds its own cell, so it returns False.
    """
    if said in ("share", "ratio", "own share"):
        factor = estimate.interval.scale(units.conversion_factor(estimate.unit, ""))
        factor = factor.intersection(Interval(0, INF)) or Interval(0, 0)
        model.shares.append(Share(k, cell, base, factor, said))
        value = claims[k].value
        if said == "own share" and isinstance(value, str) and names_population(value):
            # "120% of voters": a share of people or things is at most all of them, whatever its total
            model.shares.append(Share(k, cell, base, Interval(0, 1), "count"))
        if said == "own share" and cell in model.family:  # also a figure of the share cell, in percent
            share = model.family[cell][1]
            model.stated.add(share)
            in_percent = estimate.interval.scale(units.conversion_factor(estimate.unit, "percent"))
            model.bounds.append(Bound(k, share, in_percent))
        return True
    if said == "difference":
        if cell == base:
            model.findings.append(
                Finding(
                    [k],
                    f"claim {ids[k]} is a difference from {claims[k].of!r}, which states the "
                    "same figure: give the two claims different scopes (a year, a date)",
                    "difference-of-itself",
                )
            )
            return True
        offset = estimate.interval.scale(_degrees(estimate.unit, model.unit[cell]))
        model.differences.append(Difference(k, cell, base, offset))
        return True
    model.shares.append(Share(k, cell, base, Interval(0, 1), "count"))
    return False


#: Temperature scales that convert into each other, by the dimension of the scale their cells are kept in:
#: a figure in Fahrenheit beside one in Celsius ("46.1C (115F)") is the same figure on another scale.
_SCALES: Final = {"[temperature_Fahrenheit]": "[temperature_Celsius]"}
#: Degrees Fahrenheit per degree Celsius, and the Fahrenheit reading of 0°C.
_F_PER_C: Final = Fraction(9, 5)
_F_AT_ZERO_C: Final = Interval(32, 32)


def _in_unit(estimate: Estimate, unit: str) -> Interval:
    """Return a claim's interval in its cell's ``unit``.

    By the units' factor, or between the Celsius and Fahrenheit scales by the exact affine map (°F = °C ×
    9/5 + 32), which keeps the ends' order and openness.
    """
    if estimate.unit == unit:  # the cell's own unit (most claims): nothing to convert
        return estimate.interval
    if estimate.unit == "degree_Fahrenheit" and unit == "degree_Celsius":
        return (estimate.interval + _F_AT_ZERO_C.scale(Fraction(-1))).scale(1 / _F_PER_C)
    if estimate.unit == "degree_Celsius" and unit == "degree_Fahrenheit":
        return estimate.interval.scale(_F_PER_C) + _F_AT_ZERO_C
    return estimate.interval.scale(units.conversion_factor(estimate.unit, unit))


def _degrees(source: str, target: str) -> Fraction:
    """Return the factor of a difference from ``source`` into ``target``.

    A difference of temperatures has no offset: 3°C more is 5.4°F more.
    """
    if {source, target} == {"degree_Celsius", "degree_Fahrenheit"}:
        return _F_PER_C if target == "degree_Fahrenheit" else 1 / _F_PER_C
    return units.conversion_factor(source, target)


def _points(model: Model, k: int, cell: int, base: int, estimate: Estimate) -> bool:
    """Add claim ``k``'s points or multiple between the shares of ``cell`` and ``base`` of their totals.

    False when the cells have no share cells (a signed figure's): nothing is added.
    """
    if cell not in model.family or base not in model.family:
        return False
    share, base_share = model.family[cell][1], model.family[base][1]
    model.stated.add(share)
    if estimate.relation == "ratio":
        factor = estimate.interval.intersection(Interval(0, INF)) or Interval(0, 0)
        model.shares.append(Share(k, share, base_share, factor, "ratio"))
        return True
    offset = estimate.interval.scale(units.conversion_factor(estimate.unit, "percent"))
    model.differences.append(Difference(k, share, base_share, offset))
    return True


def _points_of_a_share(ids: Sequence[str], claims: Sequence[Claim], k: int, base: int) -> Finding:
    """A finding for percentage points from a share of another claim (not yet a linear relation)."""
    return Finding(
        [k, base],
        f"claim {ids[k]} is in percentage points from claim {ids[base]}, a share of "
        f"{claims[base].of!r}: points are compared between shares of their own cells' totals, so "
        f"state claim {ids[base]}'s share (and the other) without 'of'",
        "unit-mismatch",
    )


def _misplaced_points(
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    k: int,
    bases: dict[int, int],
    meant: _Meant,
    *,
    ids: Sequence[str],
) -> Finding | None:
    """A finding for claim ``k``, a difference, where it is in percentage points from the wrong base.

    From a share of another claim (not yet a linear relation); or from a figure that is no percentage:
    points are a difference between two percentages ("a lead of three points" in a poll), and from a
    count (a team's 55 league points) they say nothing a conversion could keep, so they are never
    converted into a hundredth of the count.
    """
    if k not in meant.sizes and _points_of(claims, estimates, k, bases) == "share":
        return _points_of_a_share(ids, claims, k, bases[k])
    estimate, base = estimates[k], bases.get(k)
    if estimate is None or base is None or estimate.unit != "percent":
        return None
    printed = estimates[base]
    if printed is None or printed.unit == "percent":
        return None
    return Finding(
        [k, base],
        f"claim {ids[k]} is in percentage points, a difference between two percentages, but claim "
        f'{ids[base]} is not a percentage: state the lead as a plain difference ("5 more") where '
        f"the points are a count (a league table's), or give claim {ids[base]} as a percentage",
        "unit-mismatch",
    )


def _not_a_factor(ids: Sequence[str], estimate: Estimate, k: int) -> Finding:
    """A finding for a share or a multiple stated in a unit (a share of km is not a number)."""
    return Finding(
        [k],
        f"claim {ids[k]} is a share or a multiple, so its figure must be a plain number or a "
        f"percentage, not {estimate.unit}",
        "unit-mismatch",
    )


def _spread_dimensions(
    model: Model,
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    dimension: dict[int, tuple[str, int]],
    related: Sequence[tuple[int, int]] = (),
    *,
    ids: Sequence[str],
) -> None:
    """Carry each cell's dimension along the constraints; drop those that join two dimensions.

    ``related`` are pairs of cells a claim relates (a share, a multiple, a difference): they measure
    the same thing, so a dimension crosses them too.
    """
    edges: list[tuple[int, int]] = [*model.les, *related]
    edges += [(whole, part) for whole, parts in model.sums for part in parts]
    neighbours: dict[int, list[int]] = {}
    for a, b in edges:
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    stack = sorted(dimension)
    while stack:
        cell = stack.pop()
        for other in neighbours.get(cell, ()):
            if other not in dimension:
                dimension[other] = dimension[cell]
                stack.append(other)

    def joins(a: int, b: int) -> bool:
        if a in dimension and b in dimension and dimension[a][0] != dimension[b][0]:
            finding = _mismatch(ids, claims, estimates, dimension[a][1], dimension[b][1])
            if all(f.claims != finding.claims for f in model.findings):
                model.findings.append(finding)
            return True
        return False

    model.les = [(a, b) for a, b in model.les if not joins(a, b)]
    model.sums = [
        (whole, parts) for whole, parts in model.sums if not any(joins(whole, part) for part in parts)
    ]


def _mismatch(
    ids: Sequence[str],
    claims: Sequence[Claim],
    estimates: Sequence[Estimate | None],
    a: int,
    b: int,
    *,
    via: int | None = None,
) -> Finding:
    """A finding for two claims whose units measure different things.

    ``via``, where given, is the claim whose unit claim ``b``'s cell is in (a multiple or a difference
    of claim ``a``'s figure, whose own figure has no unit to name): ``b`` is named by that unit.
    """
    names = []
    rates: list[bool] = []
    totals: list[str] = []  # what each figure counts once a rate is multiplied by its period
    for k in (a, b):
        estimate = estimates[k]
        if k == b and via is not None and via != b:
            named = estimates[via]
            unit = (named.unit if named is not None else "") or "a plain count"
            names.append(f"{unit}, as claim {ids[via]} states its figure")
        else:
            names.append((estimate.unit if estimate is not None else "") or "a plain count")
        per = _per(estimate.unit, time=True) if estimate is not None and claims[k].over is None else None
        rates.append(per is not None)
        if estimate is None:
            totals.append("")
        elif per is None:
            totals.append(estimate.dimension)
        else:
            totals.append(units.dimension(units.canonical_unit(f"({estimate.unit}) * {per}")))
    first, second = estimates[a], estimates[b]
    if (
        first is not None
        and second is not None
        and units.is_currency(first.unit)
        and units.is_currency(second.unit)
    ):  # "£1.2bn ($1.5bn)": a conversion at a rate the article does not give
        return Finding(
            sorted((a, b)),
            f"claim {ids[a]} ({first.unit}) and claim {ids[b]} ({second.unit}) state one figure "
            f"in two currencies; with no exchange rate to convert them, claim {ids[b]} is not "
            f"compared with claim {ids[a]}",
            "currency-unconverted",
            "warning",
        )
    if rates[0] != rates[1] and totals[0] == totals[1]:
        rate, total = (a, b) if rates[0] else (b, a)
        return Finding(
            sorted((a, b)),
            f"claim {ids[rate]} is a rate ({names[0 if rate == a else 1]}) and claim "
            f"{ids[total]} a total ({names[0 if total == a else 1]}): they never meet by "
            'accident; say the period the rate covers with over = "4 weeks" (or another duration)',
            "unit-mismatch",
        )
    why = "measure different things and cannot be compared"
    if all(name in units.TEMPERATURES for name in names):
        why = (
            "are temperatures on different scales, which claimcheck does not convert (the conversion "
            "is affine, not a factor): state both in one scale"
        )
    return Finding(
        sorted((a, b)),
        f"claim {ids[a]} ({names[0]}) and claim {ids[b]} ({names[1]}) {why}",
        "unit-mismatch",
    )
