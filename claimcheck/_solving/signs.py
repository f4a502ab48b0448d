"""Multiples of a base that may be below zero: the exact LP takes each side of zero in turn.

A multiple with a stated factor between ``lo`` and ``hi`` (at least zero) of a base ``b`` is every
product ``f·b`` with ``f`` between them. Where the base is at least zero that is the linear pair ``lo·b
(<)<= x (<)<= hi·b``; below zero the ends swap, ``hi·b (<)<= x (<)<= lo·b`` (losses that "more than
doubled" from -€100m are below -€200m, and "two to three times" -€100m is -€300m to -€200m). Each side
is linear in the base, but the two together are not convex, so no one set of rows holds them: the LP is
solved with each such multiple on one side of zero, its base ``b >= 0`` or ``b < 0``, and the claims
can all hold exactly when some choice of sides can. A factor of one closed value (``x = f·b``) is the
same row on both sides and needs no choice, nor does a base that cannot be below zero.

Choices are walked depth first, and each step first solves with the multiples not yet placed left out
(a relaxation): no solution there rules out every choice below it, and a solution that happens to meet
the multiples left out is a solution of all. Articles seldom state more than one or two such
multiples, so the walk is short.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Final

from claimcheck._values.interval import INF

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from claimcheck._solving.model import Model, Share
    from claimcheck._solving.simplex import Row

__all__ = ["decide", "holds", "swapping"]

_ONE: Final = Fraction(1)
_ZERO: Final = Fraction(0)


def swapping(model: Model, claims: Iterable[int] | None) -> list[Share]:
    """The shares and multiples of the ``claims`` (all when None) of a base that may be below zero.

    Only those whose factor is a range: one closed value is the same row on either side of zero.
    """
    wanted = None if claims is None else set(claims)
    found = []
    for share in model.shares:
        if share.role not in ("share", "ratio") or (wanted is not None and share.claim not in wanted):
            continue  # a share of a cell's own total is of a total above zero; a count is at most its base
        ratio = share.share
        if model.floor[share.base] < 0 and (ratio.lo != ratio.hi or ratio.low_open or ratio.high_open):
            found.append(share)
    return found


def rows(share: Share, *, below: bool) -> list[Row]:
    """The rows of a multiple with its base on one side of zero: at least zero, or ``below`` it."""
    ratio = share.share
    side: Row = ({share.base: _ONE}, "<", _ZERO) if below else ({share.base: -_ONE}, "<=", _ZERO)
    found = [side]
    # the end bounding the cell from below, and the one from above (swapped below zero)
    ends = (
        [(ratio.hi, ratio.high_open), (ratio.lo, ratio.low_open)]
        if below
        else [
            (ratio.lo, ratio.low_open),
            (ratio.hi, ratio.high_open),
        ]
    )
    for sign, (end, open_end) in zip((-1, 1), ends, strict=True):
        if end == INF:
            continue
        # below: end·b - x (<)<= 0; above: x - end·b (<)<= 0
        row = {share.base: -sign * Fraction(end)}
        row[share.cell] = row.get(share.cell, _ZERO) + sign
        found.append((row, "<" if open_end else "<=", _ZERO))
    return found


def holds(share: Share, values: Sequence[Fraction]) -> bool:
    """Whether values meet a multiple: the factor's ends swapped where the base is below zero."""
    ratio = share.share
    base, cell = values[share.base], values[share.cell]
    low, high = (
        ((ratio.hi, ratio.high_open), (ratio.lo, ratio.low_open))
        if base < 0
        else (
            (ratio.lo, ratio.low_open),
            (ratio.hi, ratio.high_open),
        )
    )
    if low[0] != INF:
        least = Fraction(low[0]) * base
        if cell < least or (low[1] and cell == least):
            return False
    if high[0] != INF:
        most = Fraction(high[0]) * base
        if cell > most or (high[1] and cell == most):
            return False
    return True


def decide(
    shares: Sequence[Share], solved: Callable[[list[Row]], list[Fraction] | None]
) -> list[Fraction] | None:
    """Values meeting ``solved``'s rows and every multiple in ``shares``, each on a side of zero; or None.

    ``solved`` solves the other rows with the rows given added (None: no solution).
    """

    def walk(chosen: list[Row], rest: Sequence[Share]) -> list[Fraction] | None:
        found = solved(chosen)
        if found is None or all(holds(share, found) for share in rest):
            return found
        first, others = rest[0], rest[1:]
        for below in (False, True):
            result = walk([*chosen, *rows(first, below=below)], others)
            if result is not None:
                return result
        return None

    return walk([], list(shares))
