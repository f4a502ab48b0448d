"""Number lines for the HTML report: the claims about one figure, each drawn as an interval (private).

A *cell* is one figure (a subject in a scope); when several claims state it, the report draws them on one
axis as inline SVG: a closed end is a filled circle, an open end a hollow one, an unbounded end an arrow
to the edge of the axis; the values all claims allow are shaded, or, when there are none, the gap between
them is hatched. Shares ("roughly half of whom") are drawn as the amounts they stand for.
"""

from __future__ import annotations

import math
from fractions import Fraction
from html import escape
from typing import TYPE_CHECKING, Final, final

import attrs

from claimcheck._values.interval import INF, Interval, Magnitude
from claimcheck.claims import normalize_name, role
from claimcheck.quantity import Estimate, significant
from claimcheck.report import describe

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from claimcheck.claims import Claim
    from claimcheck.policy import Policy
    from claimcheck.report import Report

__all__ = ["Cell", "Row", "cells_of", "render_svg", "verdict"]

_WIDTH: Final = 400  # viewBox units; the SVG scales to its box, so this is about 1:1 on a phone
_LEFT: Final = 10
_RIGHT: Final = _WIDTH - 10
_ARROW_ROOM: Final = 16  # room at each side of the axis for the arrows of unbounded ends
_ROW: Final = 40
_TOP: Final = 6
_RADIUS: Final = 5


@final
@attrs.frozen
class Row:
    """One claim on a number line: its id, how it reads, and its values in the cell's unit."""

    claim_id: str
    label: str
    estimate: Estimate
    status: str


@final
@attrs.frozen
class Cell:
    """A figure several claims state: its name, the drawn claims and notes on claims left out."""

    title: str
    rows: tuple[Row, ...]
    left_out: tuple[str, ...] = ()

    @property
    def common(self) -> Interval | None:
        """The values every drawn claim allows, or None when there are none."""
        common: Interval | None = self.rows[0].estimate.interval
        for row in self.rows[1:]:
            common = None if common is None else common.intersection(row.estimate.interval)
        return common

    @property
    def gap(self) -> tuple[Fraction, Fraction] | None:
        """Where the claims part, from the least upper end to the greatest lower end; None if they meet.

        On a line, intervals that share no value have an upper end below (or at, excluded) a lower end,
        and both ends are finite.
        """
        if self.common is not None:
            return None
        return (
            Fraction(min(row.estimate.hi for row in self.rows)),
            Fraction(max(row.estimate.lo for row in self.rows)),
        )


#: What a claim with ``of`` can say that makes it stand for an amount other than its own figure.
_RELATIVE: Final = frozenset({"share", "ratio", "difference"})
#: Significant digits of the figures a number line writes (display only: the report stays exact).
DIGITS: Final = 4
_MOST_DIGITS: Final = 30


def _label(claim: Claim, estimate: Estimate, drawn: Estimate, *, related: bool) -> str:
    """The claim as its own words read, in its own unit; a share with the amount it stands for."""
    if related:
        return f"{claim.id} · {estimate.text or estimate} of {claim.of} → {_readable(drawn)}"
    return f"{claim.id} · {_readable(estimate)}"


def _approximate(value: Magnitude, digits: int = DIGITS) -> bool:
    """Whether showing ``value`` to ``digits`` significant digits changes it."""
    return not isinstance(value, float) and significant(value, digits) != value


def _readable(estimate: Estimate) -> str:
    """The estimate in its unit, to four significant digits ("≈" when that rounded a figure)."""
    rounded = _approximate(estimate.lo) or _approximate(estimate.hi)
    return ("≈ " if rounded else "") + estimate.shown(DIGITS)


def cells_of(
    report: Report,
    claims: Sequence[Claim],
    statuses: Mapping[str, str],
    *,
    policy: Policy | None = None,
) -> list[Cell]:
    """Return the cells that two or more claims state, in the order of their first claim.

    The intervals are the engine's own (:attr:`Report.figures <claimcheck.Report.figures>`): the page
    reads what the check decided and never models the claims again, so it cannot disagree with the
    report. A row's label is the claim's own words, read with the check's policy; a share, a multiple
    or a difference (as :func:`claimcheck.claims.role` reads its ``of``) also shows the amount it
    stands for.

    Args:
        report: what :func:`~claimcheck.check` found for ``claims``.
        claims: the checked claims, each with an id.
        statuses: the report status of each claim id ("conflict", "agreement", …), by normalised id.
        policy: how the check read hedged and vague wording.
    """
    by_id = {normalize_name(claim.id or ""): claim for claim in claims}
    cells = []
    for figure in report.figures:
        rows: list[Row] = []
        left_out: list[str] = []
        for claim_id, figure_value in zip(figure.claims, figure.estimates, strict=True):
            key = normalize_name(claim_id)
            if figure_value is None:
                why = next((e.message for e in report.errors if claim_id in e.claims), "it cannot be drawn")
                left_out.append(f"{claim_id}: not drawn ({why})")
                continue
            claim = by_id.get(key)
            label = f"{claim_id} · {_readable(figure_value)}"
            if claim is not None:
                printed = claim.estimate(policy=policy)
                label = _label(claim, printed, figure_value, related=role(claim, printed) in _RELATIVE)
            rows.append(Row(claim_id, label, figure_value, statuses.get(key, "other")))
        if len(rows) >= 2:
            cells.append(Cell(describe(figure.subject, figure.scope), tuple(rows), tuple(left_out)))
    return cells


_STEPS: Final = (1, 2, 5)


def _steps(span: Fraction) -> list[Fraction]:
    """Candidate tick steps, 1, 2 or 5 times a power of ten, from about a tenth of ``span`` upwards."""
    power = Fraction(10) ** (math.floor(math.log10(span)) - 1)
    return [power * 10**exponent * factor for exponent in range(3) for factor in _STEPS]


def _axis(rows: Sequence[Row]) -> tuple[Fraction, Fraction, Fraction]:
    """The axis' ends and its tick step: every finite end fits, with room for the arrows of unbounded ends.

    An axis of counts that starts at zero stays at zero; ticks are whole numbers when every end is, and
    as many as their labels leave room for.
    """
    finite = [
        Fraction(end)
        for row in rows
        for end in (row.estimate.lo, row.estimate.hi)
        if not isinstance(end, float)
    ]
    low, high = (min(finite), max(finite)) if finite else (Fraction(0), Fraction(0))
    if low == high:
        spread = abs(low) / 2 or Fraction(1)
        low, high = max(low - spread, Fraction(0)) if low >= 0 else low - spread, high + spread
    span = high - low
    unbounded_low = any(row.estimate.lo == -INF for row in rows)
    unbounded_high = any(row.estimate.hi == INF for row in rows)
    if low != 0 or unbounded_low:
        low -= span * (Fraction(1, 4) if unbounded_low else Fraction(1, 16))
    high += span * (Fraction(1, 4) if unbounded_high else Fraction(1, 16))
    whole = all(end.denominator == 1 for end in finite)
    unit = rows[0].estimate.unit
    for step in _steps(high - low):
        if whole and step < 1:
            continue
        ticks = math.floor(high / step) - math.ceil(low / step) + 1
        ends = (math.ceil(low / step) * step, math.floor(high / step) * step)
        widest = max(len(_tick_label(value, unit)) for value in ends)
        if ticks * (widest * 7 + 18) <= _RIGHT - _LEFT:
            return low, high, step
    return low, high, high - low  # pragma: no cover - the largest candidate step always fits


class _Scale:
    def __init__(self, low: Fraction, high: Fraction) -> None:
        self.low, self.high = low, high
        self.start, self.end = _LEFT + _ARROW_ROOM, _RIGHT - _ARROW_ROOM

    def x(self, value: float | Fraction) -> float:
        if value == INF:
            return _RIGHT
        if value == -INF:
            return _LEFT
        share = (Fraction(value) - self.low) / (self.high - self.low)
        return round(self.start + float(share) * (self.end - self.start), 1)


def _end(x: float, y: float, *, is_open: bool, side: str) -> str:
    if x in (_LEFT, _RIGHT):  # an unbounded end: an arrow to the edge
        tip, back = (x, x - 9) if side == "high" else (x, x + 9)
        return (
            f'<path class="end unbounded" d="M{tip},{y} L{back},{y - 5} L{back},{y + 5} Z">'
            f"<title>no {'upper' if side == 'high' else 'lower'} bound</title></path>"
        )
    kind = "open" if is_open else "closed"
    return f'<circle class="end {kind}" cx="{x}" cy="{y}" r="{_RADIUS}"/>'


def _row_svg(row: Row, index: int, scale: _Scale, slug: str) -> str:
    top = _TOP + index * _ROW
    y = top + 26
    est = row.estimate
    low, high = scale.x(est.lo), scale.x(est.hi)
    parts = [
        f'<g class="row cc-{row.status}" data-claim="{escape(row.claim_id)}">',
        f"<title>{escape(row.label)}</title>",
        f'<a href="#{slug}"><text class="label" x="{_LEFT}" y="{top + 11}">{escape(row.label)}</text></a>',
        f'<line class="bar" x1="{low}" y1="{y}" x2="{high}" y2="{y}"/>',
    ]
    if est.lo == est.hi:
        parts.append(_end(low, y, is_open=False, side="low"))
    else:
        parts.append(_end(low, y, is_open=est.low_open, side="low"))
        parts.append(_end(high, y, is_open=est.high_open, side="high"))
    parts.append("</g>")
    return "".join(parts)


def _tick_label(value: Fraction, unit: str, digits: int = DIGITS) -> str:
    return ("≈ " if _approximate(value, digits) else "") + Estimate(value, value, unit).shown(digits)


def render_svg(cell: Cell, index: int, slugs: Mapping[str, str]) -> str:
    """Draw ``cell`` as an inline SVG number line.

    Args:
        cell: the figure and its claims.
        index: the cell's position on the page, to keep the SVG's own ids unique.
        slugs: the page anchor of each claim id, so a row links to its claim.
    """
    low, high, step = _axis(cell.rows)
    scale = _Scale(low, high)
    bottom = _TOP + len(cell.rows) * _ROW + 4
    height = bottom + 30
    unit = cell.rows[0].estimate.unit
    title = f"number line of {cell.title}"
    parts = [
        (
            f'<svg class="numberline" viewBox="0 0 {_WIDTH} {height}" preserveAspectRatio="xMinYMin meet">'
            f"<title>{escape(title)}</title>"
        ),
        (
            f'<defs><pattern id="hatch-{index}" width="6" height="6" patternUnits="userSpaceOnUse" '
            'patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"/>'
            '<line class="hatch" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>'
        ),
    ]
    common, gap = cell.common, cell.gap
    if common is not None:
        x1, x2 = scale.x(common.lo), scale.x(common.hi)
        allowed = Estimate.from_interval(common, unit)
        parts.append(
            f'<rect class="overlap" x="{x1 - 1}" y="{_TOP}" width="{max(x2 - x1, 0) + 2}" '
            f'height="{bottom - _TOP}"><title>every claim allows {escape(str(allowed))}'
            "</title></rect>"
        )
    elif gap is not None:
        x1, x2 = scale.x(gap[0]), scale.x(gap[1])
        parts.append(
            f'<rect class="gap" x="{x1}" y="{_TOP}" width="{max(x2 - x1, 1.5)}" height="{bottom - _TOP}" '
            f'fill="url(#hatch-{index})"><title>no value fits every claim</title></rect>'
        )
    parts += [_row_svg(row, i, scale, slugs.get(row.claim_id, "")) for i, row in enumerate(cell.rows)]
    parts.append(f'<line class="axis" x1="{_LEFT}" y1="{bottom}" x2="{_RIGHT}" y2="{bottom}"/>')
    tick = math.ceil(low / step) * step
    while tick <= high:
        x = scale.x(tick)
        anchor = "start" if x < _LEFT + 24 else ("end" if x > _RIGHT - 24 else "middle")
        parts.append(
            f'<line class="tick" x1="{x}" y1="{bottom}" x2="{x}" y2="{bottom + 5}"/>'
            f'<text class="tick-label" x="{x}" y="{bottom + 19}" text-anchor="{anchor}">'
            f"{escape(_tick_label(tick, unit))}</text>"
        )
        tick += step
    parts.append("</svg>")
    return "".join(parts)


def verdict(cell: Cell) -> str:
    """One line under the number line: what the claims agree on, or how far apart they are."""
    unit = cell.rows[0].estimate.unit
    common = cell.common
    if common is not None:
        return f"Every claim allows {_readable(Estimate.from_interval(common, unit))}."
    low, high = cell.gap or (Fraction(0), Fraction(0))
    if low == high:
        return f"No value fits every claim: they only touch at {_tick_label(low, unit)}, which one excludes."
    digits = DIGITS  # enough digits that the two ends do not print alike
    while digits < _MOST_DIGITS and _tick_label(low, unit, digits) == _tick_label(high, unit, digits):
        digits += 1
    return (
        f"No value fits every claim: a gap of {_tick_label(high - low, unit)} "
        f"between {_tick_label(low, unit, digits)} and {_tick_label(high, unit, digits)}."
    )
