"""What :func:`claimcheck.check` finds: conflicts, overlaps, implied bounds and error findings.

Every finding is a frozen value object. :meth:`Report.to_dict` turns a report into plain JSON types with a
stable layout (``schema_version`` 1; documented in ``docs/engine.md``): magnitudes are written as exact
strings ("1/3", "500", "inf") so that nothing is lost to floats.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, Literal, final

import attrs

from claimcheck._interval import INF, Magnitude, to_magnitude
from claimcheck.quantity import Estimate, format_magnitude

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from fractions import Fraction

__all__ = ["SCHEMA_VERSION", "Conflict", "ErrorFinding", "Gap", "Implied", "Overlap", "Report"]

#: The version of the layout :meth:`Report.to_dict` writes; it changes only when the layout does.
SCHEMA_VERSION: Final = 1


def _ids(value: Any) -> tuple[str, ...]:
    return tuple(str(item) for item in value)


def _scope(value: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(value or {}))


def _exact(value: Magnitude | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        return "inf" if value > 0 else "-inf"
    return str(value)


def _amount(value: Magnitude, unit: str) -> str:
    if value == INF:
        return "∞"
    return str(Estimate(value, value, unit))


@final
@attrs.frozen
class Gap:
    """How far apart conflicting figures are.

    Attributes:
        amount: the distance between the least value the claims force and the greatest they allow, in
            ``unit`` (zero when they only touch at an excluded end).
        unit: the unit of ``amount`` ("" for a plain count).
        relative: ``amount`` as a share of the greatest allowed value, or None when that is zero.
    """

    amount: Magnitude = attrs.field(converter=to_magnitude)
    unit: str = attrs.field(default="", kw_only=True)
    relative: Fraction | None = attrs.field(default=None, kw_only=True)

    def __str__(self) -> str:
        """Write the gap as "100 (20%)"."""
        text = _amount(self.amount, self.unit)
        if self.relative is None:
            return text
        return f"{text} ({format_magnitude(round(self.relative * 100, 1))}%)"


@final
@attrs.frozen
class Conflict:
    """A minimal set of claims that cannot all be true: drop any one and the rest can.

    Attributes:
        claims: the ids of the claims, in the order they were given.
        explanation: why they clash, in plain words with the arithmetic.
        gap: how far apart the figures are, where one cell shows the clash.
        acknowledged: the reason an editor gave for letting the conflict stand (a claims file's
            ``[[accept]]`` entry), or None. An acknowledged conflict does not make the report fail.
    """

    claims: tuple[str, ...] = attrs.field(converter=_ids)
    explanation: str
    gap: Gap | None = attrs.field(default=None)
    acknowledged: str | None = attrs.field(default=None, kw_only=True)


@final
@attrs.frozen
class Overlap:
    """Two or more claims about one figure that agree, and the range they agree on.

    Attributes:
        claims: the ids of the agreeing claims.
        low: the least value all of them allow (in ``unit``).
        high: the greatest value all of them allow.
        unit: the unit of ``low`` and ``high``.
        low_open: whether ``low`` itself is excluded.
        high_open: whether ``high`` itself is excluded.
        subject: what the claims count.
        scope: the facets of the figure, as the claims spell them.
    """

    claims: tuple[str, ...] = attrs.field(converter=_ids)
    low: Magnitude = attrs.field(converter=to_magnitude)
    high: Magnitude = attrs.field(converter=to_magnitude)
    unit: str = attrs.field(default="", kw_only=True)
    low_open: bool = attrs.field(default=False, kw_only=True)
    high_open: bool = attrs.field(default=False, kw_only=True)
    subject: str = attrs.field(default="", kw_only=True)
    scope: Mapping[str, str] = attrs.field(
        default=None, converter=_scope, kw_only=True, hash=False
    )

    @property
    def estimate(self) -> Estimate:
        """The agreed range as an :class:`~claimcheck.Estimate`."""
        return Estimate(
            self.low, self.high, self.unit, low_open=self.low_open, high_open=self.high_open
        )


@final
@attrs.frozen
class Implied:
    """A bound the claims imply for a figure that no claim states.

    Attributes:
        subject: what is counted.
        scope: the facets of the figure.
        low: the least value the claims allow (in ``unit``).
        high: the greatest value the claims allow (``inf`` when they set none).
        claims: the ids of the claims the bounds come from.
        unit: the unit of ``low`` and ``high``.
        low_open: whether ``low`` itself is excluded.
        high_open: whether ``high`` itself is excluded.
    """

    subject: str
    scope: Mapping[str, str] = attrs.field(converter=_scope, hash=False)
    low: Magnitude = attrs.field(converter=to_magnitude)
    high: Magnitude = attrs.field(converter=to_magnitude)
    claims: tuple[str, ...] = attrs.field(converter=_ids, kw_only=True)
    unit: str = attrs.field(default="", kw_only=True)
    low_open: bool = attrs.field(default=False, kw_only=True)
    high_open: bool = attrs.field(default=False, kw_only=True)

    @property
    def estimate(self) -> Estimate:
        """The implied range as an :class:`~claimcheck.Estimate`."""
        return Estimate(
            self.low, self.high, self.unit, low_open=self.low_open, high_open=self.high_open
        )


@final
@attrs.frozen
class ErrorFinding:
    """Something wrong with claims that is not an arithmetic conflict (a unit mismatch, a bad ``of``).

    Attributes:
        claims: the ids of the claims concerned.
        message: what is wrong, in plain words.
        rule: a stable id of the kind of finding: "unit-mismatch", "unknown-share-base", or, from
            claims files, "unused-accept".
        severity: "error" makes the report fail; "warning" is shown but does not.
    """

    claims: tuple[str, ...] = attrs.field(converter=_ids)
    message: str
    rule: str = attrs.field(default="error", kw_only=True)
    severity: Literal["error", "warning"] = attrs.field(default="error", kw_only=True)


#: Facets whose values read as places: "fighters in Iraq" rather than "fighters (place: Iraq)".
PLACE_FACETS: Final = frozenset(
    {"place", "location", "country", "region", "area", "province", "city"}
)


def describe(subject: str, scope: Mapping[str, str]) -> str:
    """Name a figure for a reader: "fighters in Iraq", "cash reserves (year: 2023)"."""
    text = subject
    extra = []
    for facet, value in scope.items():
        if " ".join(facet.casefold().split()) in PLACE_FACETS:
            text += f" in {value}"
        else:
            extra.append(f"{facet}: {value}")
    return f"{text} ({', '.join(extra)})" if extra else text


def _conflicts(value: Iterable[Conflict]) -> tuple[Conflict, ...]:
    return tuple(value)


def _overlaps(value: Iterable[Overlap]) -> tuple[Overlap, ...]:
    return tuple(value)


def _implied(value: Iterable[Implied]) -> tuple[Implied, ...]:
    return tuple(value)


def _errors(value: Iterable[ErrorFinding]) -> tuple[ErrorFinding, ...]:
    return tuple(value)


@final
@attrs.frozen
class Report:
    """Everything :func:`claimcheck.check` found in a set of claims.

    Attributes:
        conflicts: minimal sets of claims that cannot all hold, in a deterministic order.
        overlaps: figures stated by several agreeing claims, with the range they agree on.
        implied: bounds the claims imply for figures no claim states.
        errors: findings that are not arithmetic (unit mismatches, an ``of`` naming no claim).
    """

    conflicts: tuple[Conflict, ...] = attrs.field(default=(), converter=_conflicts)
    overlaps: tuple[Overlap, ...] = attrs.field(default=(), converter=_overlaps)
    implied: tuple[Implied, ...] = attrs.field(default=(), converter=_implied)
    errors: tuple[ErrorFinding, ...] = attrs.field(default=(), converter=_errors)

    @property
    def ok(self) -> bool:
        """Whether the check passes: no unacknowledged conflict and no error finding of severity error."""
        return all(conflict.acknowledged is not None for conflict in self.conflicts) and all(
            error.severity != "error" for error in self.errors
        )

    def __str__(self) -> str:
        """Write the report for a terminal: a verdict line, then one paragraph per finding."""
        if self.ok:
            lines = ["consistent: the claims can all be true"]
        else:
            lines = [
                f"inconsistent: {len(self.conflicts)} conflict(s), {len(self.errors)} error(s)"
            ]
        for number, conflict in enumerate(self.conflicts, start=1):
            gap = f" (gap {conflict.gap})" if conflict.gap is not None else ""
            lines.append(f"conflict {number}: claims {', '.join(conflict.claims)}{gap}")
            lines.append(f"  {conflict.explanation}")
            if conflict.acknowledged is not None:
                lines.append(f"  acknowledged: {conflict.acknowledged}")
        for error in self.errors:
            lines.append(f"{error.severity} {error.rule}: claims {', '.join(error.claims)}")
            lines.append(f"  {error.message}")
        for overlap in self.overlaps:
            lines.append(
                f"agree: {describe(overlap.subject, overlap.scope)} is {overlap.estimate} "
                f"(claims {', '.join(overlap.claims)})"
            )
        for implied in self.implied:
            lines.append(
                f"implied: {describe(implied.subject, implied.scope)} is {implied.estimate} "
                f"(from claims {', '.join(implied.claims)})"
            )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data (schema in ``docs/engine.md``)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "ok": self.ok,
            "conflicts": [
                {
                    "claims": list(conflict.claims),
                    "explanation": conflict.explanation,
                    "gap": None if conflict.gap is None else {
                        "amount": _exact(conflict.gap.amount),
                        "unit": conflict.gap.unit,
                        "relative": _exact(conflict.gap.relative),
                    },
                    "acknowledged": conflict.acknowledged,
                }
                for conflict in self.conflicts
            ],
            "overlaps": [_figure_dict(overlap) for overlap in self.overlaps],
            "implied": [_figure_dict(implied) for implied in self.implied],
            "errors": [
                {
                    "claims": list(error.claims),
                    "message": error.message,
                    "rule": error.rule,
                    "severity": error.severity,
                }
                for error in self.errors
            ],
        }


def _figure_dict(figure: Overlap | Implied) -> dict[str, Any]:
    """An overlap or an implied bound as JSON-ready data: the claims, the figure and its range."""
    return {
        "claims": list(figure.claims),
        "subject": figure.subject,
        "scope": dict(figure.scope),
        "low": _exact(figure.low),
        "high": _exact(figure.high),
        "low_open": figure.low_open,
        "high_open": figure.high_open,
        "unit": figure.unit,
        "text": str(figure.estimate),
    }
