"""The quantity model: :class:`Estimate`, a stated figure as an exact interval with a unit.

An estimate keeps its ends as exact magnitudes in its own unit (``lo``/``hi``) and hands out pint
quantities on request (``low``/``high``), so reading and comparing figures never goes through pint.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, Literal, final, get_args

import attrs

from claimcheck import units
from claimcheck._values.currencies import SIGNS
from claimcheck._values.interval import INF, Interval, Magnitude, open_ends, settle_ends, to_magnitude
from claimcheck.errors import ModelError, UnitError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "KINDS", "RELATIONS", "Estimate", "Kind", "Relation", "Toward", "exact", "format_magnitude", "written"
]  # fmt: skip

#: How a figure was stated. ``exact`` "500"; ``range`` "400 to 500"; ``about`` "about 500" (a band
#: around the number); ``nearly`` "nearly 500" (just below it); ``at_most`` "up to 500"; ``at_least``
#: "at least 20"; ``below`` "fewer than 100"; ``above`` "more than 20"; ``vague`` "hundreds"; ``fraction``
#: "half", "a third", "one in five" (a share of something else).
Kind = Literal[
    "exact", "range", "about", "nearly", "at_most", "at_least", "below", "above", "vague", "fraction"
]
KINDS: tuple[Kind, ...] = get_args(Kind)

#: What a figure is measured against. ``amount``: a figure in its own right ("500", "$1.2bn"); ``share``:
#: a part of a base figure, or of its own cell's total where no base is named ("half", "8%", "one in
#: five"); ``ratio``: a multiple of a base figure ("three times as many", "more than doubled"; the value
#: is the factor); ``difference``: an amount added to a base figure ("12,000 more than"; signed).
Relation = Literal["amount", "share", "ratio", "difference"]
RELATIONS: tuple[Relation, ...] = get_args(Relation)

_UNIT_SYMBOLS = {
    "kilometer": "km",
    "meter": "m",
    "mile": "miles",
    "kilogram": "kg",
    "tonne": "tonnes",
    "ton": "tons",
    "short_ton": "short tons",
    "long_ton": "long tons",
    "gallon": "gallons",
    "imperial_gallon": "imperial gallons",
    "US_gallon": "US gallons",
    "square_kilometer": "km²",
    "hectare": "ha",
    "hour": "hours",
    "day": "days",
    "year": "years",
    "liter": "litres",
    "mile_per_hour": "mph",
    "kilometer_per_hour": "km/h",
    "kilowatt": "kW",
    "megawatt": "MW",
    "gigawatt": "GW",
    "kilowatt_hour": "kWh",
    "megawatt_hour": "MWh",
    "gigawatt_hour": "GWh",
    "terawatt_hour": "TWh",
    "degree_Celsius": "°C",
    "degree_Fahrenheit": "°F",
    "degree": "degrees",
    "gram": "g",
    "milligram": "mg",
    "microgram": "µg",
    "second": "s",
    "millisecond": "ms",
}


def _exact(value: object) -> bool:
    """Whether ``value`` is already a magnitude: a Fraction, or an infinite float."""
    return type(value) is Fraction or (type(value) is float and math.isinf(value))


def _stated(interval: Interval) -> Kind:
    """How an interval of settled ends reads as a figure: "exact" for one value, else "range"."""
    lo, hi = interval.lo, interval.hi
    point = lo is hi or (
        type(lo) is Fraction
        and type(hi) is Fraction
        and (lo.numerator, lo.denominator) == (hi.numerator, hi.denominator)
    )
    return "exact" if point else "range"


#: The fields :meth:`Estimate.from_interval` passes on to :meth:`Estimate.from_reading`.
_READING_FIELDS: Final = frozenset({"kind", "text", "nominal", "precision", "relation"})


def _check_kind(_instance: object, _attribute: object, value: object) -> None:
    if value not in KINDS:
        raise ModelError(f"kind must be one of {', '.join(KINDS)}, not {value!r}")


def _check_relation(_instance: object, _attribute: object, value: object) -> None:
    if value not in RELATIONS:
        raise ModelError(f"relation must be one of {', '.join(RELATIONS)}, not {value!r}")


def _precision(value: object) -> Magnitude | None:
    return None if value is None else to_magnitude(value)


def _check_precision(_instance: object, _attribute: object, value: Magnitude | None) -> None:
    # a magnitude is a Fraction (whose denominator is positive) or ±inf
    if value is not None and (isinstance(value, float) or value.numerator <= 0):
        raise ModelError(f"precision must be a positive finite number or None, not {value!r}")


def _check_unit(_instance: object, _attribute: object, value: object) -> None:
    if not isinstance(value, str):
        raise ModelError(f"unit must be a string naming a unit, not {value!r}")


def _canonical(value: object) -> object:
    return units.canonical_unit(value) if isinstance(value, str) else value


_SCALE_NAMES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))

#: Which way a figure shown to fewer digits is rounded: -1 down (a lower bound, which must not print
#: above the true one), 1 up (an upper bound), 0 to the nearest (a figure of its own).
Toward = Literal[-1, 0, 1]


def format_magnitude(value: Magnitude, digits: int | None = None, *, toward: Toward = 0) -> str:
    """Write a magnitude as a reader would: "12,500", "1.5", "1/3", "25 million", "3,805.55…", "∞".

    Whole numbers and terminating decimals are written exactly. A simple fraction (numerator below 100,
    denominator at most 12) is written as one. Any other value that does not terminate is cut after two
    decimal places (significant digits below one) and marked with "…", so "less than 34250/9" reads
    "< 3,805.55…": the digits shown are exact, the ellipsis says more follow.

    With ``digits`` (for display only: reports keep exact values elsewhere), the value is rounded to
    that many significant digits, a whole number keeping all its digits ("145.645632" is "145.6",
    "18,507.456" is "18,507"), and a value below a thousandth or from a thousand trillion up is written
    in scientific style ("1.5×10⁻⁶"), never as a long string of zeros. ``toward`` rounds a bound so
    the figure shown still holds the true one: a lower bound down (-1), an upper bound up (1); a figure of
    its own to the nearest (0).

    >>> from fractions import Fraction
    >>> format_magnitude(Fraction(25_000_000)), format_magnitude(Fraction(1, 3))
    ('25 million', '1/3')
    >>> format_magnitude(Fraction(34250, 9)), format_magnitude(Fraction(1, 700))
    ('3,805.55…', '0.00142…')
    >>> format_magnitude(Fraction("145.645632"), 4), format_magnitude(Fraction("0.0000015"), 4)
    ('145.6', '1.5×10⁻⁶')
    >>> format_magnitude(Fraction("48.0556"), 4, toward=-1), format_magnitude(Fraction("46.144"), 3, toward=1)
    ('48.05', '46.2')
    """
    if isinstance(value, float):
        return "∞" if value > 0 else "-∞"
    if digits is not None:
        return _rounded(value, digits, toward)
    for scale, name in _SCALE_NAMES:
        # "1.25 million" reads better than "1,250,000"; keep digits where the scale would hide some.
        if abs(value) >= scale and (value * 1000 / scale).denominator == 1:
            return f"{_plain(value / scale)} {name}"
    return _plain(value)


def _plain(value: Fraction) -> str:
    """Write a magnitude in digits, with no scale word ("602,000,000,000", "1.25", "1/3")."""
    if value.denominator == 1:
        return f"{value.numerator:,}"
    # A terminating decimal of up to 12 places is written in full, exactly (no float in between).
    places = next((n for n in range(1, 13) if 10**n % value.denominator == 0), None)
    if places is not None:
        whole, part = divmod(abs(value.numerator) * (10**places // value.denominator), 10**places)
        digits = f"{part:0{places}d}".rstrip("0")
        return f"{'-' if value < 0 else ''}{whole:,}.{digits}"
    if abs(value.numerator) < _SIMPLE_NUMERATOR and value.denominator <= _SIMPLE_DENOMINATOR:
        return f"{value.numerator}/{value.denominator}"
    return _truncated(value)


_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
#: Below this (and from its inverse times a million up) a rounded figure is written in scientific style.
_TINY = 1000  # a value that times this is below 1
_HUGE = 10**15


def significant(value: Fraction, digits: int, toward: Toward = 0) -> Fraction:
    """``value`` rounded to ``digits`` significant digits; a larger whole part keeps all its digits.

    ``toward`` -1 rounds down, 1 up, 0 to the nearest (halves away from zero, as readers round).

    >>> from fractions import Fraction
    >>> significant(Fraction("17.702784"), 4), significant(Fraction("18507.456"), 4)
    (Fraction(177, 10), Fraction(18507, 1))
    >>> significant(Fraction("-2.0004"), 2, toward=-1), significant(Fraction("2.0004"), 2, toward=1)
    (Fraction(-21, 10), Fraction(21, 10))
    """
    if value == 0:
        return value
    places = digits - 1 - _exponent(abs(value))
    step = 10**places if places > 0 else 1  # a larger whole part keeps its digits: round to a unit
    if toward:
        return Fraction(math.floor(value * step) if toward < 0 else math.ceil(value * step), step)
    whole = math.floor(abs(value) * step + Fraction(1, 2))  # halves away from zero, as readers round
    return (whole if value > 0 else -whole) / Fraction(step)


def _exponent(size: Fraction) -> int:
    """The power of ten of a positive value's first significant digit (exactly, no float)."""
    if size >= 1:
        return len(str(size.numerator // size.denominator)) - 1
    # with n digits above the line and d below, 10^(n-d-1) < size < 10^(n-d+1), and n - d <= 0 here: one
    # comparison decides (the step-by-step search took hundreds of steps on a figure far down a chain)
    exponent = len(str(size.numerator)) - len(str(size.denominator))
    if size.numerator * 10**-exponent < size.denominator:
        exponent -= 1
    return exponent


def _rounded(value: Fraction, digits: int, toward: Toward = 0) -> str:
    """A magnitude rounded for display (see :func:`format_magnitude`)."""
    rounded = significant(value, digits, toward)
    if rounded == 0 or (abs(rounded) * _TINY >= 1 and abs(rounded) < _HUGE):
        return format_magnitude(rounded)
    exponent = _exponent(abs(value))
    mantissa = significant(value * 10**-exponent if exponent < 0 else value / 10**exponent, digits, toward)
    if abs(mantissa) >= 10:  # rounding carried into the next power: 9.9996 is 10.00
        mantissa, exponent = mantissa / 10, exponent + 1
    return f"{_plain(mantissa)}×10{str(exponent).translate(_SUPERSCRIPTS)}"


def exact(value: Magnitude | None) -> str | None:
    """Write a magnitude for JSON, exactly: "400", "-3", "11/30", "inf", "-inf"; None stays None.

    Every JSON output of claimcheck writes its numbers this way, so nothing is lost to floats.

    >>> from fractions import Fraction
    >>> exact(Fraction(11, 30)), exact(float("-inf")), exact(None)
    ('11/30', '-inf', None)
    """
    if value is None:
        return None
    if isinstance(value, float):
        return "inf" if value > 0 else "-inf"
    return str(value)


_SIMPLE_NUMERATOR = 100
_SIMPLE_DENOMINATOR = 12


def _truncated(value: Fraction) -> str:
    """A non-terminating value cut (not rounded) after two decimals or three significant digits."""
    size = abs(value)
    places = 2
    while size < 1 and size * 10 ** (places - 2) < 1 and places < _MAX_PLACES:
        places += 1
    scaled = size * 10**places
    whole, part = divmod(int(scaled), 10**places)
    digits = f"{part:0{places}d}"
    if scaled.denominator == 1:  # nothing was cut: a long terminating decimal
        return f"{'-' if value < 0 else ''}{whole:,}.{digits.rstrip('0')}"
    return f"{'-' if value < 0 else ''}{whole:,}.{digits}…"


_MAX_PLACES = 30


@final
@attrs.frozen
class Estimate:
    """A stated figure: every value from ``lo`` to ``hi`` in ``unit``, each end open or closed.

    Args:
        lo: the least value, exact (``int``, ``Fraction``, ``Decimal``, a float read through its repr,
            or a string); ``-inf`` for no lower bound.
        hi: the greatest value; ``inf`` for no upper bound.
        unit: a unit name the registry knows ("km", "USD", "percent"); "" for a plain count.
        low_open: whether ``lo`` itself is excluded ("more than 20" excludes 20).
        high_open: whether ``hi`` itself is excluded ("fewer than 100" excludes 100).
        kind: how the figure was stated (see :data:`Kind`); by default "exact" or "range".
        text: the words it was read from.
        nominal: the number the words name ("about 500" names 500), where there is one.
        precision: the step of the last printed digit, in ``unit``: 1 for "12%", 1/10 for "12.3%",
            100,000 for "1.2m"; None where the figure is exact as printed (a whole count, a word).
            Reading keeps the printed figure; checking widens it by this step (see ``Policy.rounding``).
        relation: what the figure is measured against (see :data:`Relation`); "amount" by default.

    Raises:
        ModelError: the ends are reversed, the set is empty, or a field has the wrong type.
        UnitError: the unit is unknown.

    >>> str(Estimate(400, 500))
    '400–500'
    >>> Estimate(0, 500, kind="at_most").contains(Estimate(450, 450))
    True
    """

    lo: Magnitude = attrs.field(converter=to_magnitude)
    hi: Magnitude = attrs.field(converter=to_magnitude)
    unit: str = attrs.field(default="", converter=_canonical, validator=_check_unit)
    low_open: bool = attrs.field(default=False, kw_only=True)
    high_open: bool = attrs.field(default=False, kw_only=True)
    kind: Kind = attrs.field(kw_only=True, validator=_check_kind)
    text: str = attrs.field(default="", kw_only=True, eq=False)
    nominal: Magnitude | None = attrs.field(
        default=None, kw_only=True, converter=attrs.converters.optional(to_magnitude)
    )
    precision: Magnitude | None = attrs.field(
        default=None, kw_only=True, converter=_precision, validator=_check_precision
    )
    relation: Relation = attrs.field(default="amount", kw_only=True, validator=_check_relation)

    @kind.default
    def _default_kind(self) -> Kind:
        return "exact" if self.lo == self.hi else "range"

    def __attrs_post_init__(self) -> None:
        """Open the unbounded ends and refuse empty or reversed intervals."""
        settle_ends(self)

    @classmethod
    def from_interval(cls, interval: Interval, unit: str = "", **fields: Any) -> Estimate:
        """Return the estimate of every value of ``interval`` in ``unit``; ``fields`` as for the class.

        >>> str(Estimate.from_interval(Interval(0, 500, high_open=True), "km"))
        '< 500 km'
        """
        if type(interval) is Interval and not fields:
            # an interval's ends are exact and settled already: nothing to convert or check again (the
            # engine makes one for every claim of a report's figures)
            return cls._made(
                interval.lo, interval.hi, unit, interval.low_open, interval.high_open, _stated(interval),
                "", None, None, "amount",
            )  # fmt: skip
        if type(interval) is Interval and fields.keys() <= _READING_FIELDS:
            # a reading of exact ends: checked as the parser's are, not converted again
            return cls.from_reading(
                interval.lo,
                interval.hi,
                unit,
                low_open=interval.low_open,
                high_open=interval.high_open,
                kind=fields.get("kind", "exact" if interval.lo == interval.hi else "range"),
                text=fields.get("text", ""),
                nominal=fields.get("nominal"),
                precision=fields.get("precision"),
                relation=fields.get("relation", "amount"),
            )
        return cls(
            interval.lo,
            interval.hi,
            unit,
            low_open=interval.low_open,
            high_open=interval.high_open,
            **fields,
        )

    @classmethod
    def from_intervals(
        cls, intervals: Iterable[Interval | None], unit: str = ""
    ) -> tuple[Estimate | None, ...]:
        """Return :meth:`from_interval` of each interval in one ``unit`` (None stays None), made at once.

        The engine makes one for every claim of a report's figures: the unit is named once, not once per
        interval.

        >>> [str(e) for e in Estimate.from_intervals([Interval(1, 2), None, Interval(3, 3)], "km")]
        ['1 km–2 km', 'None', '3 km']
        """
        canonical = units.canonical_unit(unit) if unit else units.DIMENSIONLESS
        found: list[Estimate | None] = []
        # as _made sets them, inline: a report's figures make one estimate per claim
        new, (lo_, hi_, unit_, low_open, high_open, kind, text, nominal, precision, relation) = (
            object.__new__,
            _PUT,
        )
        for interval in intervals:
            if interval is None:
                found.append(None)
                continue
            estimate = new(cls)
            lo_(estimate, interval.lo)
            hi_(estimate, interval.hi)
            unit_(estimate, canonical)
            low_open(estimate, interval.low_open)
            high_open(estimate, interval.high_open)
            kind(estimate, _stated(interval))
            text(estimate, "")
            nominal(estimate, None)
            precision(estimate, None)
            relation(estimate, "amount")
            found.append(estimate)
        return tuple(found)

    @classmethod
    def from_reading(
        cls,
        lo: Magnitude,
        hi: Magnitude,
        unit: str = "",
        *,
        low_open: bool = False,
        high_open: bool = False,
        kind: Kind,
        text: str,
        nominal: Magnitude | None = None,
        precision: Magnitude | None = None,
        relation: Relation = "amount",
    ) -> Estimate:
        """Return ``Estimate(lo, hi, unit, ...)`` for a reading whose magnitudes are already exact.

        The parser builds an estimate for every figure it reads, from Fractions it has made itself: this
        skips converting them again. Anything else (an int, a float, a zero precision, an unknown name)
        goes through the constructor, with its conversions and its errors; the ends are checked either way.

        >>> from fractions import Fraction
        >>> Estimate.from_reading(Fraction(5), Fraction(7), kind="range", text="5-7") == Estimate(5, 7)
        True
        """
        if not (
            _exact(lo)
            and _exact(hi)
            and (nominal is None or type(nominal) is Fraction)
            and (precision is None or (type(precision) is Fraction and precision.numerator > 0))
            and kind in KINDS
            and relation in RELATIONS
            and type(unit) is str
        ):
            return cls(
                lo, hi, unit, low_open=low_open, high_open=high_open, kind=kind, text=text,
                nominal=nominal, precision=precision, relation=relation,
            )  # fmt: skip
        low_open, high_open = open_ends(lo, hi, low_open=low_open, high_open=high_open)
        return cls._made(lo, hi, unit, low_open, high_open, kind, text, nominal, precision, relation)

    @classmethod
    def _made(  # noqa: PLR0917 - every field, in order
        cls,
        lo: Magnitude,
        hi: Magnitude,
        unit: str,
        low_open: bool,  # noqa: FBT001
        high_open: bool,  # noqa: FBT001
        kind: Kind,
        text: str,
        nominal: Magnitude | None,
        precision: Magnitude | None,
        relation: Relation,
        *,
        canonical: bool = False,
    ) -> Estimate:
        """The estimate of fields already checked (ends settled): each set as attrs' own __init__ does.

        ``canonical`` says the unit is pint's canonical name already.
        """
        estimate = object.__new__(cls)
        put = _PUT  # the class is frozen: each slot set through its own descriptor
        put[0](estimate, lo)
        put[1](estimate, hi)
        put[2](estimate, unit if canonical else units.canonical_unit(unit) if unit else units.DIMENSIONLESS)
        put[3](estimate, low_open)
        put[4](estimate, high_open)
        put[5](estimate, kind)
        put[6](estimate, text)
        put[7](estimate, nominal)
        put[8](estimate, precision)
        put[9](estimate, relation)
        return estimate

    @property
    def interval(self) -> Interval:
        """The estimate's values as an exact interval of magnitudes in :attr:`unit`."""
        return Interval.settled(self.lo, self.hi, low_open=self.low_open, high_open=self.high_open)

    @property
    def low(self) -> Any:
        """The lower end as a pint quantity (magnitude ``-inf`` where there is no lower bound)."""
        return units.quantity(self.lo, self.unit)

    @property
    def high(self) -> Any:
        """The upper end as a pint quantity (magnitude ``inf`` where there is no upper bound)."""
        return units.quantity(self.hi, self.unit)

    @property
    def dimension(self) -> str:
        """The name of what the unit measures: "" for counts and shares, "[length]", "[currency_USD]"."""
        return units.dimension(self.unit)

    def to(self, unit: str) -> Estimate:
        """Return the same estimate expressed in ``unit``, exactly.

        Raises:
            UnitError: ``unit`` measures something else.
        """
        target = units.canonical_unit(unit)
        factor = units.conversion_factor(self.unit, target)
        interval = self.interval.scale(factor)
        nominal = None if self.nominal is None else self.nominal * factor
        precision = None if self.precision is None else self.precision * factor
        return attrs.evolve(
            self, lo=interval.lo, hi=interval.hi, unit=target, nominal=nominal, precision=precision
        )

    def _aligned(self, other: Estimate) -> Interval:
        """``other``'s interval in this estimate's unit."""
        if other.unit == self.unit:
            return other.interval
        try:
            return other.interval.scale(units.conversion_factor(other.unit, self.unit))
        except UnitError as err:
            raise UnitError(
                other.unit, f"cannot be compared with {self} ({self.unit or 'a plain count'})"
            ) from err

    def contains(self, other: Estimate | float | Fraction) -> bool:
        """Return whether every value of ``other`` (an estimate, or a number in this unit) is in this one.

        Raises:
            UnitError: ``other`` is in a unit of another dimension.
        """
        if isinstance(other, Estimate):
            return self.interval.contains(self._aligned(other))
        return self.interval.contains_value(to_magnitude(other))

    def intersection(self, other: Estimate) -> Estimate | None:
        """Return the values both estimates allow, in this estimate's unit, or None if there are none.

        Raises:
            UnitError: ``other`` is in a unit of another dimension.
        """
        both = self.interval.intersection(self._aligned(other))
        return None if both is None else Estimate.from_interval(both, self.unit)

    def overlaps(self, other: Estimate) -> bool:
        """Return whether the two estimates allow at least one common value.

        Raises:
            UnitError: ``other`` is in a unit of another dimension.
        """
        return self.interval.overlaps(self._aligned(other))

    def scale(self, factor: Estimate | float | Fraction) -> Estimate:
        """Return this estimate multiplied by a number or by another estimate (a share, say).

        Multiplying by an estimate is interval arithmetic, exact at the ends: "roughly half" of
        "5,000 to 7,000" is 2,250–3,850. The factor must be dimensionless (a count, share or percent).

        Raises:
            UnitError: the factor has a unit other than a count or a percentage.
        """
        if not isinstance(factor, Estimate):
            magnitude = to_magnitude(factor)
            if isinstance(magnitude, float):
                raise ModelError("cannot scale an estimate by an unbounded number")
            interval = self.interval.scale(magnitude)
        else:
            if factor.dimension != "":
                raise UnitError(factor.unit, "a scale factor must be a count, share or percentage")
            share = factor.interval.scale(units.conversion_factor(factor.unit, ""))
            interval = self.interval * share
        return Estimate.from_interval(interval, self.unit)

    def __str__(self) -> str:
        """Write the estimate for a reader: "400–500", "≤ 500", "> 20", "≈ 2,500 (2,250–2,750)"."""
        return self.shown(None)

    def shown(self, digits: int | None = 4) -> str:
        """Write the estimate as :func:`str` does, each figure rounded to ``digits`` significant digits.

        For reports only (the estimate itself, and JSON, stay exact): a converted figure reads "145.6
        km/h", not "145.645632 km/h", and a tiny one "1.5×10⁻⁶ g" (see :func:`format_magnitude`).
        ``None`` writes the figures exactly, as :func:`str` does.

        >>> Estimate("145.645632", "inf", "km").shown()
        '≥ 145.6 km'
        """
        body = self._describe_interval(digits)
        while digits is not None and digits < _MAX_PLACES and self._blurred(digits):
            digits += 1  # two different ends never print alike: "17.7–17.71", not "17.7–17.7"
            body = self._describe_interval(digits)
        if self.nominal is not None and self.kind in ("about", "nearly"):
            return f"≈ {self._with_unit(self.nominal, digits)} ({body})"
        return body

    def to_dict(self) -> dict[str, Any]:
        """Return the estimate as JSON-ready data, the shape every JSON output of claimcheck uses.

        Magnitudes are exact strings (see :func:`exact`); ``display`` is the estimate as :func:`str`
        writes it, ``text`` the words it was read from.

        >>> Estimate(0, 500, "km", high_open=True).to_dict()["high"]
        '500'
        """
        return {
            "low": exact(self.lo),
            "high": exact(self.hi),
            "low_open": self.low_open,
            "high_open": self.high_open,
            "unit": self.unit,
            "kind": self.kind,
            "relation": self.relation,
            "nominal": exact(self.nominal),
            "precision": exact(self.precision),
            "text": self.text,
            "display": str(self),
        }

    def _blurred(self, digits: int) -> bool:
        lo, hi = self.lo, self.hi
        return (
            lo != hi
            and not isinstance(lo, float)
            and not isinstance(hi, float)
            and format_magnitude(lo, digits, toward=-1) == format_magnitude(hi, digits, toward=1)
        )

    def _describe_interval(self, digits: int | None) -> str:
        # each end shown to fewer digits is rounded outward, so the figures shown hold the estimate:
        # "≥ 48.05 °C" for 48.0556 °C, never "≥ 48.06 °C"
        lo, hi = self.lo, self.hi
        if lo == hi:
            return self._with_unit(lo, digits)
        if lo == -INF and hi == INF:
            unit = _UNIT_SYMBOLS.get(self.unit, self.unit)
            return "any value" if self.unit == "" else f"any value in {unit}"
        if hi == INF:
            return f"{'>' if self.low_open else '≥'} {self._with_unit(lo, digits, -1)}"
        if (lo == 0 and not self.low_open) or lo == -INF:
            return f"{'<' if self.high_open else '≤'} {self._with_unit(hi, digits, 1)}"
        if not self.low_open and not self.high_open:
            return f"{self._with_unit(lo, digits, -1)}–{self._with_unit(hi, digits, 1)}"
        return (
            f"{'>' if self.low_open else '≥'} {self._with_unit(lo, digits, -1)} and "
            f"{'<' if self.high_open else '≤'} {self._with_unit(hi, digits, 1)}"
        )

    def _with_unit(self, value: Magnitude, digits: int | None = None, toward: Toward = 0) -> str:
        return written(value, self.unit, digits, toward=toward)


def written(value: Magnitude, unit: str, digits: int | None = None, *, toward: Toward = 0) -> str:
    """Write a figure in a unit for a reader: "12%", "$5 million", "40 km", "1,200 per week".

    ``digits`` and ``toward`` round it as :func:`format_magnitude` does: a bound shown to fewer digits
    is rounded outward (``toward=-1`` for a lower bound, ``1`` for an upper one), so it still holds the
    true bound.

    >>> from fractions import Fraction
    >>> written(Fraction(865, 18), "degree_Celsius", 4, toward=-1)
    '48.05 °C'
    """
    number = format_magnitude(value, digits, toward=toward)
    top, per = unit, ""
    if unit.count(" / ") == 1 and "*" not in unit:  # a rate: "1,200 per week", "£6 per day"
        top, per = unit.split(" / ")
        top = "" if top == "1" else top
    shown = _in_unit(number, top)
    return f"{shown} per {per.replace('_', ' ')}" if per else shown


#: The setter of each of an estimate's slots, in the order ``Estimate._made`` sets them: through the
#: slot's own descriptor, twice as fast as ``object.__setattr__``, which looks each name up first.
_PUT: Final = tuple(
    getattr(Estimate, name).__set__
    for name in (
        "lo", "hi", "unit", "low_open", "high_open", "kind", "text", "nominal", "precision", "relation"
    )
)  # fmt: skip


def _in_unit(number: str, unit: str) -> str:
    """Write a formatted number in a unit: "12%", "$5", "CAD 5", "40 km"."""
    if unit == "":
        return number
    if unit == "percent":
        return f"{number}%"
    if unit in SIGNS:  # a minus goes before the sign: "-€450 million"
        return f"-{SIGNS[unit]}{number[1:]}" if number.startswith("-") else f"{SIGNS[unit]}{number}"
    if units.is_currency(unit):
        return f"{unit} {number}"
    return f"{number} {_UNIT_SYMBOLS.get(unit, unit)}"
