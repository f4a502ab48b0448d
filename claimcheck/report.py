"""What :func:`claimcheck.check` finds: conflicts, overlaps, implied bounds, errors and warnings.

Every finding is a frozen value object, and every range a finding speaks of is an
:class:`~claimcheck.Estimate` (``overlap.estimate``, ``implied.estimate``, ``gap.amount``), so one figure
has one shape wherever it appears. :meth:`Report.to_dict` turns a report into plain JSON types with a
stable layout (``schema_version`` :data:`SCHEMA_VERSION`; ``docs/schemas/report.schema.json``): magnitudes
are written as exact strings ("1/3", "500", "inf") so that nothing is lost to floats, the encoding every
JSON output of claimcheck uses (:meth:`Estimate.to_dict <claimcheck.Estimate.to_dict>`).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, final

import attrs

from claimcheck._values.frozen import FrozenDict
from claimcheck.errors import ModelError
from claimcheck.quantity import Estimate, exact, format_magnitude

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping


__all__ = [
    "SCHEMA_VERSION",
    "ClaimSummary",
    "Conflict",
    "ErrorFinding",
    "Figure",
    "Gap",
    "Implied",
    "Overlap",
    "Report",
    "Severity",
]

#: The version of every JSON layout claimcheck writes (a report, ``check``, ``extract`` and ``parse``
#: documents); it changes only when a layout changes incompatibly.
SCHEMA_VERSION: Final = 2

#: How much a finding of the engine matters: an error fails the report, a warning is shown only.
Severity = Literal["error", "warning"]


def _ids(value: Any) -> tuple[str, ...]:
    return tuple(map(str, value))


def _lines(value: Any) -> tuple[str, ...]:
    return tuple(map(str, value))


def _scope(value: Mapping[str, str] | None) -> Mapping[str, str]:
    if type(value) is FrozenDict:  # frozen already: shared, not copied (the findings about one cell)
        return value
    return FrozenDict(dict(value or {}))


def _is_estimate(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Estimate):
        raise ModelError(f"{attribute.name} must be an Estimate, not {value!r}")


def _is_severity(_instance: object, _attribute: object, value: object) -> None:
    if value not in ("error", "warning"):
        raise ModelError(f"severity must be 'error' or 'warning', not {value!r}")


@final
@attrs.frozen
class Gap:
    """How far apart conflicting figures are.

    Attributes:
        amount: the distance between the least value the claims force and the greatest they allow, as a
            single-valued estimate in the figure's unit (zero when they only touch at an excluded end).
        relative: ``amount`` as a share of the greatest allowed value, or None when that is zero (or
            when ``amount`` is in percentage points).
        about: for a gap in percentage points between shares of one known total (two shares of it, or
            a share of a cell's own total against a count), the same gap in the counted units;
            otherwise None.
        printed: where the clash involves figures widened by their printed rounding, the same gap
            between the figures read exactly as printed ("64%" and "63%" are 1 percentage point apart
            as printed, while their rounding ranges only touch); None when rounding changes nothing.
    """

    amount: Estimate = attrs.field(validator=_is_estimate)
    relative: Fraction | None = attrs.field(default=None, kw_only=True)
    about: Estimate | None = attrs.field(default=None, kw_only=True)
    printed: Estimate | None = attrs.field(default=None, kw_only=True)

    def __str__(self) -> str:
        """Write the gap in the figure's own terms: "100 (20%)", "3 percentage points (about 1,837 km)".

        A gap between percentages is in percentage points, with its size in the total's units when the
        clash is between shares of one total (``about``). Amounts are shown to four significant digits
        (``amount`` itself stays exact), and a relative gap is never shown as "0%" unless it is zero. A
        gap of zero says the ranges only touch (at an end one of them excludes: "64%" and "63%" as
        printed, 63.5% to 64.5% and 62.5% to 63.5%), and a gap that rounding narrowed also says how far
        apart the figures are as printed: "0 percentage points (the ranges only touch); 1 percentage
        point as printed", "$1 billion (8.7%); $2 billion as printed".
        """
        text = self._written()
        if self.printed is None:
            return text
        return f"{text}; {_amount(self.printed)} as printed"

    def _written(self) -> str:
        if self.amount.lo == 0:
            return f"0{' percentage points' if self.amount.unit == 'percent' else ''} (the ranges only touch)"
        text = _amount(self.amount)
        if self.amount.unit == "percent":
            return f"{text} (about {self.about.shown()})" if self.about is not None else text
        if self.relative is None:
            return text
        return f"{text} ({percent(self.relative)})"

    def to_dict(self) -> dict[str, Any]:
        """Return the gap as JSON-ready data: the amount as an estimate, ``relative`` as an exact string."""
        about = None if self.about is None else self.about.to_dict()
        printed = None if self.printed is None else self.printed.to_dict()
        amount = self.amount.to_dict()
        return {"amount": amount, "relative": exact(self.relative), "about": about, "printed": printed}


def _amount(amount: Estimate) -> str:
    """A gap's amount in its own terms: percentage points for percent, else the figure as shown."""
    if amount.unit == "percent":
        points = amount.lo
        return f"{format_magnitude(points, 4)} percentage point{'' if points == 1 else 's'}"
    return amount.shown()


def percent(share: Fraction) -> str:
    """A share as a percentage: one decimal, or two significant digits below 1%; "0%" only for zero.

    >>> from fractions import Fraction
    >>> percent(Fraction(1, 5)), percent(Fraction(1, 1_000_000)), percent(Fraction(0))
    ('20%', '0.0001%', '0%')
    """
    value = share * 100
    if value == 0:
        return "0%"
    if abs(value) >= 1:
        return f"{format_magnitude(Fraction(round(value, 1)))}%"
    places = 1
    while abs(value) * 10**places < 10:
        places += 1
    return f"{format_magnitude(Fraction(round(value, places)))}%"


@final
@attrs.frozen
class Conflict:
    """A minimal set of claims that cannot all be true: drop any one and the rest can.

    Attributes:
        claims: the ids of the claims, in the order they were given.
        message: why they clash, in plain words with the arithmetic.
        gap: how far apart the figures are, where one cell shows the clash.
        rule: a stable id of the kind of finding ("conflict").
        severity: "error" (a conflict fails the report unless acknowledged) or "warning".
        acknowledged: the reason an editor gave for letting the conflict stand (a claims file's
            ``[[accept]]`` entry), or None. An acknowledged conflict does not make the report fail.
        steps: for a conflict of three claims or more, its arithmetic one step a line (each claim's
            bound, then what follows from it, then the two bounds that cannot both hold); when the
            one-sentence ``message`` would run long, it is a headline and these lines say the rest.
    """

    claims: tuple[str, ...] = attrs.field(converter=_ids)
    message: str
    gap: Gap | None = attrs.field(default=None)
    rule: str = attrs.field(default="conflict", kw_only=True)
    severity: Severity = attrs.field(default="error", kw_only=True, validator=_is_severity)
    acknowledged: str | None = attrs.field(default=None, kw_only=True)
    steps: tuple[str, ...] = attrs.field(default=(), converter=_lines, kw_only=True)

    @property
    def fails(self) -> bool:
        """Whether the conflict makes a report fail: an error nobody acknowledged."""
        return self.severity == "error" and self.acknowledged is None

    def to_dict(self) -> dict[str, Any]:
        """Return the conflict as JSON-ready data."""
        return {
            "claims": list(self.claims),
            "message": self.message,
            "rule": self.rule,
            "severity": self.severity,
            "gap": None if self.gap is None else self.gap.to_dict(),
            "acknowledged": self.acknowledged,
            "steps": list(self.steps),
        }


@final
@attrs.frozen
class Overlap:
    """Two or more claims about one figure that agree, and the range they agree on.

    Attributes:
        claims: the ids of the agreeing claims.
        estimate: the range all of them allow, in the figure's unit.
        subject: what the claims count.
        scope: the facets of the figure, as the claims spell them.
    """

    claims: tuple[str, ...] = attrs.field(converter=_ids)
    estimate: Estimate = attrs.field(validator=_is_estimate)
    subject: str = attrs.field(default="", kw_only=True)
    scope: Mapping[str, str] = attrs.field(default=None, converter=_scope, kw_only=True, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """Return the overlap as JSON-ready data."""
        return _figure_dict(self)


@final
@attrs.frozen
class Implied:
    """A bound the claims imply for a figure that no claim states.

    Attributes:
        claims: the ids of the claims the bound comes from.
        estimate: the range the claims allow for the figure (``hi`` is ``inf`` when they set no upper
            bound), in the figure's unit.
        subject: what is counted.
        scope: the facets of the figure.
    """

    claims: tuple[str, ...] = attrs.field(converter=_ids)
    estimate: Estimate = attrs.field(validator=_is_estimate)
    subject: str = attrs.field(default="", kw_only=True)
    scope: Mapping[str, str] = attrs.field(default=None, converter=_scope, kw_only=True, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """Return the implied bound as JSON-ready data."""
        return _figure_dict(self)


def _estimates(value: Iterable[Estimate | None]) -> tuple[Estimate | None, ...]:
    found = tuple(value)
    for estimate in found:
        if estimate is not None and not isinstance(estimate, Estimate):
            raise ModelError(f"a figure's estimates must be Estimates or None, not {estimate!r}")
    return found


@final
@attrs.frozen
class Figure:
    """A figure that two or more claims state, with the values the check read from each of them.

    It is what the HTML report's number lines draw, so a page never disagrees with the report: each
    claim's values are the engine's own, in the figure's unit and widened by rounding as checked. A share
    or a multiple of another claim ("roughly half of them") stands for that claim's values times the
    factor, a difference ("12 more than") for them plus the amount, a count among a base ("300 of
    whom") for the count itself, and a percentage of the cell's own total ("55% of men") is a figure in
    percent of its own.

    Attributes:
        claims: the ids of the claims about the figure, in the order they were given.
        estimates: for each claim, the values it allows the figure, or None for a claim the check could
            not place on it (an error finding says why).
        subject: what is counted.
        scope: the facets of the figure.
    """

    claims: tuple[str, ...] = attrs.field(converter=_ids)
    estimates: tuple[Estimate | None, ...] = attrs.field(converter=_estimates)
    subject: str = attrs.field(default="", kw_only=True)
    scope: Mapping[str, str] = attrs.field(default=None, converter=_scope, kw_only=True, hash=False)

    def __attrs_post_init__(self) -> None:
        """Refuse a figure whose claims and estimates do not pair up."""
        if len(self.claims) != len(self.estimates):
            raise ModelError(
                f"a figure pairs each claim with its estimate: {len(self.claims)} claims, "
                f"{len(self.estimates)} estimates"
            )

    def to_dict(self) -> dict[str, Any]:
        """Return the figure as JSON-ready data."""
        return {
            "claims": list(self.claims),
            "estimates": [None if item is None else item.to_dict() for item in self.estimates],
            "subject": self.subject,
            "scope": dict(self.scope),
        }


def _figure_dict(figure: Overlap | Implied) -> dict[str, Any]:
    """An overlap or an implied bound as JSON-ready data: the claims, the range and the figure."""
    return {
        "claims": list(figure.claims),
        "estimate": figure.estimate.to_dict(),
        "subject": figure.subject,
        "scope": dict(figure.scope),
    }


@final
@attrs.frozen
class ErrorFinding:
    """Something wrong with claims that is not an arithmetic conflict (a unit mismatch, a bad ``of``).

    Attributes:
        claims: the ids of the claims concerned.
        message: what is wrong, in plain words.
        rule: a stable id of the kind of finding: "unit-mismatch", "unknown-share-base",
            "level-sum" (a warning: parts and wholes of a temperature or a sound level, never added up),
            "currency-unconverted" (a warning), or, from claims files, "unused-accept".
        severity: "error" makes the report fail; "warning" is shown but does not.
    """

    claims: tuple[str, ...] = attrs.field(converter=_ids)
    message: str
    rule: str = attrs.field(default="error", kw_only=True)
    severity: Severity = attrs.field(default="error", kw_only=True, validator=_is_severity)

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as JSON-ready data."""
        return {
            "claims": list(self.claims),
            "message": self.message,
            "rule": self.rule,
            "severity": self.severity,
        }


@final
@attrs.frozen
class ClaimSummary:
    """One claim that is in many conflicts, summed up: "the police's 100,000 clashes with 5 other claims".

    Attributes:
        claim: the claim's id.
        others: the ids of the claims it clashes with (in some conflict), in the order they were given.
        conflicts: how many conflicts it is in.
        message: the summary in plain words.
    """

    claim: str
    others: tuple[str, ...] = attrs.field(converter=_ids)
    conflicts: int
    message: str

    def to_dict(self) -> dict[str, Any]:
        """Return the summary as JSON-ready data."""
        return {
            "claim": self.claim,
            "others": list(self.others),
            "conflicts": self.conflicts,
            "message": self.message,
        }


#: Facets whose values read as places: "fighters in Iraq" rather than "fighters (place: Iraq)".
PLACE_FACETS: Final = frozenset({"place", "location", "country", "region", "area", "province", "city"})


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


def _summaries(value: Iterable[ClaimSummary]) -> tuple[ClaimSummary, ...]:
    return tuple(value)


def _overlaps(value: Iterable[Overlap]) -> tuple[Overlap, ...]:
    return tuple(value)


def _implied(value: Iterable[Implied]) -> tuple[Implied, ...]:
    return tuple(value)


def _figures(value: Iterable[Figure]) -> tuple[Figure, ...]:
    return tuple(value)


def _of_severity(severity: Severity, value: Iterable[ErrorFinding]) -> tuple[ErrorFinding, ...]:
    """The findings as a tuple, refusing any of another severity."""
    found = tuple(value)
    for finding in found:
        if finding.severity != severity:
            raise ModelError(
                f"a report's {severity}s hold findings of severity {severity!r}, not {finding!r}"
            )
    return found


def _errors(value: Iterable[ErrorFinding]) -> tuple[ErrorFinding, ...]:
    return _of_severity("error", value)


def _warnings(value: Iterable[ErrorFinding]) -> tuple[ErrorFinding, ...]:
    return _of_severity("warning", value)


@final
@attrs.frozen
class Report:
    """Everything :func:`claimcheck.check` found in a set of claims.

    Attributes:
        conflicts: minimal sets of claims that cannot all hold, in a deterministic order.
        overlaps: figures stated by several agreeing claims, with the range they agree on.
        implied: bounds the claims imply for figures no claim states.
        errors: findings of severity "error" that are not arithmetic (unit mismatches, an ``of`` naming
            no claim).
        warnings: findings of severity "warning" (an ``[[accept]]`` entry that matches no conflict).
        conflicts_truncated: whether the search stopped before listing every minimal conflict: more
            than ``claimcheck.engine.MAX_CONFLICTS`` exist, or its work limit was spent. When False,
            ``conflicts`` is every minimal conflict. The cap never decides ``ok``: a conflict that
            fails the report is listed before any acknowledged one.
        summaries: the claims that are in many conflicts (three or more), each summed up in one line,
            most conflicts first.
        figures: the figures two or more claims state, each claim's values as the check read them
            (what the HTML number lines draw), in the order of their first claim.
    """

    conflicts: tuple[Conflict, ...] = attrs.field(default=(), converter=_conflicts)
    overlaps: tuple[Overlap, ...] = attrs.field(default=(), converter=_overlaps)
    implied: tuple[Implied, ...] = attrs.field(default=(), converter=_implied)
    errors: tuple[ErrorFinding, ...] = attrs.field(default=(), converter=_errors)
    warnings: tuple[ErrorFinding, ...] = attrs.field(default=(), converter=_warnings)
    conflicts_truncated: bool = attrs.field(default=False, kw_only=True)
    summaries: tuple[ClaimSummary, ...] = attrs.field(default=(), converter=_summaries, kw_only=True)
    figures: tuple[Figure, ...] = attrs.field(default=(), converter=_figures, kw_only=True)

    @property
    def ok(self) -> bool:
        """Whether the check passes: every conflict is acknowledged and there is no error.

        Warnings, acknowledged conflicts, overlaps and implied bounds never make a report fail.
        """
        return not self.errors and not any(conflict.fails for conflict in self.conflicts)

    def __str__(self) -> str:
        """Write the report for a terminal: a verdict line, then one paragraph per finding."""
        if self.ok:
            lines = ["consistent: the claims can all be true"]
        else:
            failing = sum(conflict.fails for conflict in self.conflicts)
            lines = [f"inconsistent: {failing} conflict(s), {len(self.errors)} error(s)"]
        for number, conflict in enumerate(self.conflicts, start=1):
            gap = f" (gap {conflict.gap})" if conflict.gap is not None else ""
            lines.append(f"conflict {number}: claims {', '.join(conflict.claims)}{gap}")
            lines.append(f"  {conflict.message}")
            lines.extend(f"    - {step}" for step in conflict.steps)
            if conflict.acknowledged is not None:
                lines.append(f"  acknowledged: {conflict.acknowledged}")
        if self.conflicts_truncated:
            lines.append(f"(more conflicts exist than the {len(self.conflicts)} listed)")
        lines.extend(f"summary: {summary.message}" for summary in self.summaries)
        for finding in (*self.errors, *self.warnings):
            lines.append(f"{finding.severity} {finding.rule}: claims {', '.join(finding.claims)}")
            lines.append(f"  {finding.message}")
        for overlap in self.overlaps:
            lines.append(
                f"agree: {describe(overlap.subject, overlap.scope)} is {overlap.estimate.shown()} "
                f"(claims {', '.join(overlap.claims)})"
            )
        for implied in self.implied:
            lines.append(
                f"implied: {describe(implied.subject, implied.scope)} is {implied.estimate.shown()} "
                f"(from claims {', '.join(implied.claims)})"
            )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data (``docs/schemas/report.schema.json``)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "ok": self.ok,
            "conflicts": [conflict.to_dict() for conflict in self.conflicts],
            "conflicts_truncated": self.conflicts_truncated,
            "summaries": [summary.to_dict() for summary in self.summaries],
            "overlaps": [overlap.to_dict() for overlap in self.overlaps],
            "implied": [implied.to_dict() for implied in self.implied],
            "errors": [error.to_dict() for error in self.errors],
            "warnings": [warning.to_dict() for warning in self.warnings],
            "figures": [figure.to_dict() for figure in self.figures],
        }


class Deferred:
    """A field's value that a report makes on first read: a function and what it is made from.

    The engine states a figure's values and an overlap's range for every cell two claims state (a
    hundred thousand claims make ten thousand of each), while a caller may read them or not: it puts
    this in a report's ``overlaps`` or ``figures`` slot in place of the value (:func:`deferring`), and
    :class:`_OnFirstRead` calls ``make(*args)`` when the field is first read, then keeps what it made.
    ``make`` returns the value in the form the field's converter gives (a tuple) and reads only what
    ``args`` hold, none of which may change after.
    """

    __slots__ = ("args", "make")

    def __init__(self, make: Callable[..., object], *args: object) -> None:
        self.make, self.args = make, args

    def made(self) -> Any:
        """The value, made now."""
        return self.make(*self.args)


class _OnFirstRead:
    """A field's slot that may hold a :class:`Deferred` value: read, it is made and kept in the slot.

    Everything reads a field through its class attribute (the generated ``__eq__``, ``__hash__``,
    ``__repr__``, pickling, :func:`attrs.evolve`, the renderers), so none of them ever sees the
    :class:`Deferred`: a report whose figures were never read compares, hashes, prints and pickles as
    one whose figures were.
    """

    __slots__ = ("slot",)

    def __init__(self, slot: Any) -> None:
        self.slot = slot  # the slot's own descriptor

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = self.slot.__get__(instance, owner)
        if type(value) is Deferred:
            value = value.made()
            self.slot.__set__(instance, value)
        return value

    def __set__(self, instance: object, value: object) -> None:
        self.slot.__set__(instance, value)


_LATER: Final = ((Report, "overlaps"), (Report, "figures"))
for _cls, _name in _LATER:
    setattr(_cls, _name, _OnFirstRead(_cls.__dict__[_name]))


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None]:
    """The setter of a field's own slot (under its :class:`_OnFirstRead`, where it has one)."""
    found = cls.__dict__[name]
    return (found.slot if isinstance(found, _OnFirstRead) else found).__set__  # type: ignore[no-any-return]


def deferring(report: Report, **fields: Deferred) -> Report:
    """The report, its ``overlaps`` or ``figures`` (or both) made when first read (:class:`Deferred`)."""
    for name, value in fields.items():
        if (Report, name) not in _LATER:
            raise ModelError(f"a report makes only its overlaps and figures on first read, not {name!r}")
        _slot_setter(Report, name)(report, value)
    return report


_Made = TypeVar("_Made", Overlap, Figure)
#: The setter of each field's slot of the types :func:`trusted` makes, in field order.
_SETTERS: Final[dict[type, tuple[Callable[[object, object], None], ...]]] = {
    cls: tuple(_slot_setter(cls, field.name) for field in attrs.fields(cls)) for cls in (Overlap, Figure)
}


def trusted(cls: type[_Made], *fields: object) -> _Made:
    """An :class:`Overlap` or a :class:`Figure` of fields already in the form its converters give.

    For the engine, which makes one of each per cell a report lists (a hundred thousand claims make ten
    thousand of each): the ids a tuple of str, the estimates Estimates (a tuple of them for a figure), the
    scope a :class:`~claimcheck._values.frozen.FrozenDict`, in field order.
    Nothing is converted or checked again; anything else goes through the class itself.
    """
    made = object.__new__(cls)
    for put, value in zip(_SETTERS[cls], fields, strict=True):  # each slot through its own descriptor
        put(made, value)
    return made
