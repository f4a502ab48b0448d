"""Exact interval arithmetic with open and closed ends.

Magnitudes are :class:`fractions.Fraction`; an end with no bound is the float ``±inf`` and is always open.
Nothing here rounds: a touching bound is decided by comparing fractions, never by a float epsilon.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections import deque
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, final

import attrs

from claimcheck.errors import ModelError

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["INF", "Interval", "Magnitude", "absolute", "open_ends", "settle_ends", "to_magnitude"]

#: A magnitude: an exact fraction, or ``±INF`` for an end with no bound.
Magnitude = Fraction | float

INF: Final = math.inf


def to_magnitude(value: object) -> Magnitude:
    """Convert ``value`` to an exact magnitude.

    Ints, fractions and decimals convert exactly; a finite float converts through its shortest repr, so
    ``0.1`` is one tenth, not the binary float nearest to it; ``±inf`` stays as it is; a string is read as
    a decimal or fraction ("12.5", "1/3", "inf").

    Raises:
        ModelError: ``value`` is not a number, or is NaN.
    """
    if isinstance(value, bool):
        raise ModelError(f"a magnitude must be a number, not {value!r}")
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        if math.isnan(value):
            raise ModelError("a magnitude cannot be NaN")
        return value if math.isinf(value) else Fraction(repr(value))
    if isinstance(value, Decimal):
        if value.is_nan():
            raise ModelError("a magnitude cannot be NaN")
        return float(value) if value.is_infinite() else Fraction(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("inf", "+inf", "infinity", "-inf", "-infinity"):
            return -INF if text.startswith("-") else INF
        try:
            return Fraction(text)
        except (ValueError, ZeroDivisionError) as err:
            raise ModelError(f"{value!r} is not a number") from err
    raise ModelError(f"a magnitude must be a number, not {type(value).__name__} {value!r}")


def absolute(value: Magnitude) -> Magnitude:
    """Return the size of ``value``, ignoring its sign."""
    return value if value >= 0 else -value


def open_ends(lo: Magnitude, hi: Magnitude, *, low_open: bool, high_open: bool) -> tuple[bool, bool]:
    """Return whether each end of the set from ``lo`` to ``hi`` is open: an unbounded end always is.

    The one check of an interval's ends, for :class:`Interval` and :class:`~claimcheck.Estimate`. Only an
    unbounded end is a float, so two finite ends are compared as fractions, never against a float.

    Raises:
        ModelError: the ends are reversed or the set would be empty.
    """
    if type(lo) is Fraction and type(hi) is Fraction:  # cross-multiplied: exact integer comparisons
        left, right = lo.numerator * hi.denominator, hi.numerator * lo.denominator
        reversed_or_empty = left > right or (left == right and (low_open or high_open))
    elif type(lo) is Fraction and hi == INF:  # a figure with no upper bound ("more than 880"): a float
        return low_open, True  # compared with a float only, never a Fraction with one
    elif type(hi) is Fraction and lo == -INF:  # no lower bound
        return True, high_open
    else:
        if lo == INF or hi == -INF:
            raise ModelError(f"an interval cannot start at {lo} or end at {hi}")
        low_open = low_open or lo == -INF
        high_open = high_open or hi == INF
        reversed_or_empty = lo > hi or (lo == hi and (low_open or high_open))
    if reversed_or_empty:
        raise ModelError(f"the interval {_notation(lo, hi, low_open=low_open, high_open=high_open)} is empty")
    return low_open, high_open


def _notation(lo: Magnitude, hi: Magnitude, *, low_open: bool, high_open: bool) -> str:
    return f"{'(' if low_open else '['}{lo}, {hi}{')' if high_open else ']'}"


def _product(x: Magnitude, y: Magnitude) -> Magnitude:
    """Multiply two ends; zero times an unbounded end is zero (the limit is never reached)."""
    if x == 0 or y == 0:
        return Fraction(0)
    return x * y


def settle_ends(ranged: Any) -> None:
    """Check a frozen range's ends (:func:`open_ends`) and open an unbounded end that was given closed.

    The one place :class:`Interval` and :class:`~claimcheck.Estimate` settle their ends after construction.
    """
    low_open, high_open = open_ends(
        ranged.lo, ranged.hi, low_open=ranged.low_open, high_open=ranged.high_open
    )
    if low_open != ranged.low_open:
        object.__setattr__(ranged, "low_open", low_open)
    if high_open != ranged.high_open:
        object.__setattr__(ranged, "high_open", high_open)


@final
@attrs.frozen(slots=True)
class Interval:
    """A non-empty set of numbers between two ends, each end open (excluded) or closed (included).

    Raises:
        ModelError: the ends are reversed or the set would be empty.
    """

    lo: Magnitude = attrs.field(converter=to_magnitude)
    hi: Magnitude = attrs.field(converter=to_magnitude)
    low_open: bool = attrs.field(default=False, kw_only=True)
    high_open: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        """Open every unbounded end and refuse empty sets."""
        settle_ends(self)

    @classmethod
    def settled(cls, lo: Magnitude, hi: Magnitude, *, low_open: bool, high_open: bool) -> Interval:
        """Return the interval of ends already checked and settled (another range's, an estimate's).

        Nothing is converted or checked again, so only ends that came out of :func:`settle_ends` belong
        here: an :class:`~claimcheck.Estimate`'s interval is made this way once per claim the engine reads.
        """
        interval = object.__new__(cls)
        put = _PUT  # the class is frozen: each slot set through its own descriptor, as in Estimate._made
        put[0](interval, lo)
        put[1](interval, hi)
        put[2](interval, low_open)
        put[3](interval, high_open)
        return interval

    @classmethod
    def settled_all(cls, ranges: Sequence[Any]) -> list[Interval]:
        """:meth:`settled` of each range's ends (``lo``, ``hi``, ``low_open``, ``high_open``), in order.

        Made at C speed, with no call in Python per interval: the engine reads the intervals of a whole
        claim list's estimates at once.
        """
        made = list(map(object.__new__, itertools.repeat(cls, len(ranges))))
        for put, end in zip(_PUT, _ENDS, strict=True):
            deque(map(put, made, map(end, ranges)), maxlen=0)  # (a deque of no length keeps nothing)
        return made

    @classmethod
    def make(
        cls, lo: Magnitude, hi: Magnitude, *, low_open: bool = False, high_open: bool = False
    ) -> Interval | None:
        """Return the interval, or None where those ends make an empty set."""
        if lo > hi or (lo == hi and (low_open or high_open)) or lo == INF or hi == -INF:
            return None
        return cls(lo, hi, low_open=low_open, high_open=high_open)

    def notation(self) -> str:
        """Return interval notation, as in "[400, 500]" or "(20, inf)"."""
        return _notation(self.lo, self.hi, low_open=self.low_open, high_open=self.high_open)

    def contains_value(self, value: Magnitude) -> bool:
        """Return whether ``value`` lies in the interval."""
        above = value > self.lo or (value == self.lo and not self.low_open)
        below = value < self.hi or (value == self.hi and not self.high_open)
        return above and below

    def contains(self, other: Interval) -> bool:
        """Return whether every number of ``other`` lies in this interval."""
        low_ok = other.lo > self.lo or (other.lo == self.lo and (other.low_open or not self.low_open))
        high_ok = other.hi < self.hi or (other.hi == self.hi and (other.high_open or not self.high_open))
        return low_ok and high_ok

    def intersection(self, other: Interval) -> Interval | None:
        """Return the numbers in both intervals, or None when they share none."""
        if self.lo > other.lo:
            lo, low_open = self.lo, self.low_open
        elif self.lo < other.lo:
            lo, low_open = other.lo, other.low_open
        else:
            lo, low_open = self.lo, self.low_open or other.low_open
        if self.hi < other.hi:
            hi, high_open = self.hi, self.high_open
        elif self.hi > other.hi:
            hi, high_open = other.hi, other.high_open
        else:
            hi, high_open = self.hi, self.high_open or other.high_open
        return Interval.make(lo, hi, low_open=low_open, high_open=high_open)

    def overlaps(self, other: Interval) -> bool:
        """Return whether the two intervals share at least one number."""
        return self.intersection(other) is not None

    def gap(self, other: Interval) -> Magnitude:
        """Return the distance between the two intervals: zero when they touch or overlap."""
        if self.hi < other.lo:
            return other.lo - self.hi
        if other.hi < self.lo:
            return self.lo - other.hi
        return Fraction(0)

    def scale(self, factor: Magnitude) -> Interval:
        """Return every number of the interval multiplied by a finite ``factor``."""
        if factor == 1:
            return self  # intervals are immutable: a claim in its cell's own unit shares its interval
        if factor == 0:
            return Interval(0, 0)
        if factor > 0:
            return Interval(
                _product(self.lo, factor),
                _product(self.hi, factor),
                low_open=self.low_open,
                high_open=self.high_open,
            )
        return Interval(
            _product(self.hi, factor),
            _product(self.lo, factor),
            low_open=self.high_open,
            high_open=self.low_open,
        )

    def __add__(self, other: Interval) -> Interval:
        """Return every sum of a number of this interval and one of ``other``.

        An end of the sum is reached when both ends it adds are included; an unbounded end stays
        unbounded. Adding ``Interval(a, a)`` shifts the interval by ``a``.

        >>> str((Interval(1, 2, high_open=True) + Interval(10, INF)).notation())
        '[11, inf)'
        """
        lo = -INF if -INF in (self.lo, other.lo) else self.lo + other.lo
        hi = INF if INF in (self.hi, other.hi) else self.hi + other.hi
        return Interval(
            lo, hi, low_open=self.low_open or other.low_open, high_open=self.high_open or other.high_open
        )

    def __mul__(self, other: Interval) -> Interval:
        """Return every product of a number of this interval with a number of ``other``.

        The extremes of ``x * y`` over a box lie at its corners. A corner value is reached when both of
        its ends are included, or when one of them is an included zero (zero times anything is zero).
        """
        corners: list[tuple[Magnitude, bool]] = []
        for x, x_open in ((self.lo, self.low_open), (self.hi, self.high_open)):
            for y, y_open in ((other.lo, other.low_open), (other.hi, other.high_open)):
                reached = (not x_open and not y_open) or (x == 0 and not x_open) or (y == 0 and not y_open)
                corners.append((_product(x, y), reached))
        lo = min(value for value, _ in corners)
        hi = max(value for value, _ in corners)
        lo_reached = any(reached for value, reached in corners if value == lo)
        hi_reached = any(reached for value, reached in corners if value == hi)
        return Interval(lo, hi, low_open=not lo_reached, high_open=not hi_reached)


#: The setter of each of an interval's slots, in the order ``Interval.settled`` sets them: through the
#: slot's own descriptor, twice as fast as ``object.__setattr__``, which looks each name up first.
_PUT: Final = tuple(getattr(Interval, name).__set__ for name in ("lo", "hi", "low_open", "high_open"))
#: A range's ends, read in the order of :data:`_PUT`.
_ENDS: Final = tuple(map(operator.attrgetter, ("lo", "hi", "low_open", "high_open")))
