"""Plain-English explanations of conflicts, and the names reports use for cells and claims.

An explanation retells the arithmetic that propagation did on the conflict's claims alone: the bound
that forces a figure up, the bound that caps it, and where each came from (a claim, a containment, a sum
of parts, a share of another figure), e.g. "fighters in Iraq (at least 600, claim b) cannot exceed
fighters in Iraq and Syria (at most 500, claim a)".
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Final

from claimcheck import units
from claimcheck._solving.model import TOP, shown
from claimcheck._values.interval import INF, Interval, Magnitude
from claimcheck.claims import SUBJECT, normalize_name
from claimcheck.quantity import Estimate
from claimcheck.report import Figure, Gap, Implied, Overlap, describe

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimcheck._solving.model import Model
    from claimcheck._solving.propagate import Crossing, Propagator, Reason
    from claimcheck.claims import Claim
    from claimcheck.hierarchy import Hierarchy

__all__ = ["Namer", "without_crossing"]

_DEPTH: Final = 4


def _amount(value: Magnitude, unit: str) -> str:
    if isinstance(value, float):
        return "∞" if value > 0 else "-∞"
    return str(Estimate(value, value, unit))


def _bound(value: Magnitude, strict: bool, side: str, unit: str) -> str:  # noqa: FBT001
    if side == "low":
        return f"{'more than' if strict else 'at least'} {_amount(value, unit)}"
    return f"{'less than' if strict else 'at most'} {_amount(value, unit)}"


def _containment(
    constraints: Sequence[tuple[int, ...]], cell: int, reason: Reason, side: str
) -> tuple[int, Reason] | None:
    """The cell and bound a bound was copied from through a containment, if it was.

    A sum whose other parts add nothing (no claim bounds them) acts as a containment too: the whole is
    at least its one bounded part, and a part is at most the whole.
    """
    if reason.claim is not None or reason.via < 0:
        return None
    constraint = constraints[reason.via]
    if constraint[0] == 0:
        return (constraint[1] if side == "low" else constraint[2]), reason.parents[0]
    if constraint[0] != 1:
        return None
    whole, parts = constraint[1], constraint[2:]
    if side == "low" and cell == whole:
        bounded = [
            (part, parent)
            for part, parent in zip(parts, reason.parents, strict=True)
            if parent.claims() or parent.value != 0
        ]
        return bounded[0] if len(bounded) == 1 else None
    if (
        side == "high"
        and cell != whole
        and all(not parent.claims() and parent.value == 0 for parent in reason.parents[1:])
    ):
        return whole, reason.parents[0]
    return None


class Namer:
    """Names for cells, facets and claims as the claims (or the hierarchy) first spelled them."""

    def __init__(self, claims: Sequence[Claim], hierarchy: Hierarchy) -> None:
        """Collect spellings from the claims, then fall back on the hierarchy's."""
        self.claims, self.hierarchy = claims, hierarchy
        #: each claim's figure as printed, and as checked (widened by its rounding; None if left out)
        self.printed: Sequence[Estimate] = ()
        self.meant: Sequence[Estimate | None] = ()
        self.facet_names: dict[str, str] = {SUBJECT: SUBJECT}
        self.values: dict[tuple[str, str], str] = {}
        for claim in claims:
            self.values.setdefault((SUBJECT, normalize_name(claim.subject)), claim.subject.strip())
            for facet, value in claim.scope.items():
                key = normalize_name(facet)
                self.facet_names.setdefault(key, facet.strip())
                self.values.setdefault((key, normalize_name(value)), " ".join(value.split()))

    def value(self, facet: str, value: str) -> str:
        """The display spelling of a normalised facet value."""
        made = shown(value) if facet == SUBJECT else None
        if made is not None:
            return made[0].format(self.value(SUBJECT, made[1]))
        return self.values.get((facet, value)) or self.hierarchy.display(facet, value)

    def scope(self, model: Model, key: tuple[str, ...]) -> dict[str, str]:
        """The cell's facets other than the subject, as display names."""
        return {
            self.facet_names.get(facet, facet): self.value(facet, value)
            for facet, value in zip(model.facets, key, strict=True)
            if facet != SUBJECT and value != TOP
        }

    def cell(self, model: Model, cell: int) -> str:
        """A cell's name: "fighters in Iraq", "cash (year: 2023)"."""
        key = model.cells[cell]
        return describe(self.value(SUBJECT, key[0]), self.scope(model, key))

    def ref(self, claim: int) -> str:
        """How a claim is cited: "claim b", or "aid agencies, claim b" when it has a source."""
        source = self.claims[claim].source
        return f"{source}, claim {self.claims[claim].id}" if source else f"claim {self.claims[claim].id}"

    def rounding(self, claim: int) -> str:
        """"8% as printed: 7.5% to 8.5%" when checking widened the claim's figure by its rounding, else "".

        A rate with the period it covers says so: "about 1,200 a week over 4 weeks: 4,320 to 5,280".
        """
        if claim >= len(self.printed) or claim >= len(self.meant):
            return ""
        printed, meant = self.printed[claim], self.meant[claim]
        over = self.claims[claim].over
        if meant is None or (meant.interval == printed.interval and over is None):
            return ""
        figure = printed.text or str(printed)
        reading = f"over {over}" if over is not None else "as printed"
        return f"{figure} {reading}: {_amount(meant.lo, meant.unit)} to {_amount(meant.hi, meant.unit)}"

    def explain(self, prover: Propagator, crossing: Crossing) -> str:
        """Say why the crossing's two bounds cannot both hold."""
        low_cell, low_bound, low_why = self._term(prover, crossing.cell, crossing.low, "low", 0)
        high_cell, high_bound, high_why = self._term(prover, crossing.cell, crossing.high, "high", 0)
        if low_cell == high_cell:
            first = (low_bound, low_why, min(crossing.low.claims(), default=-1))
            second = (high_bound, high_why, min(crossing.high.claims(), default=-1))
            if second[2] < first[2]:
                first, second = second, first
            return f"{low_cell}: {first[0]} ({first[1]}), but {second[0]} ({second[1]})"
        return f"{low_cell} ({low_bound}, {low_why}) cannot exceed {high_cell} ({high_bound}, {high_why})"

    def gap(self, prover: Propagator, crossing: Crossing) -> Gap:
        """How far the crossing's lower bound lies above its upper bound, in the figure's own terms.

        Two shares of one total clash in percentage points (with the same gap in the total's units); a
        figure in percent also gaps in percentage points; anything else in its unit, with the gap's
        share of the greatest allowed value.
        """
        low, high = prover.real(crossing.low.value), prover.real(crossing.high.value)
        amount = Fraction(low) - Fraction(high) if high != INF else Fraction(0)
        unit = prover.model.unit[crossing.cell]
        shares = _shares_of_one_total(prover, crossing)
        if shares is not None:
            return Gap(Estimate(shares * 100, shares * 100, "percent"), about=Estimate(amount, amount, unit))
        if unit == "percent" or unit in units.TEMPERATURES:  # 2°C is no share of a temperature
            return Gap(Estimate(amount, amount, unit))
        relative = amount / Fraction(high) if high not in (0, INF) else None
        return Gap(Estimate(amount, amount, unit), relative=relative)

    def _term(
        self, prover: Propagator, cell: int, reason: Reason, side: str, depth: int
    ) -> tuple[str, str, str]:
        """(cell name, bound, why) for one bound, following containments back to their source.

        At the top of an explanation the source's cell is named ("fighters in Iraq (at least 600, claim
        b) cannot exceed …"); inside a sum the part keeps its name and says where its bound came from.
        """
        model = prover.model
        constraints = prover.constraints
        start = cell
        while True:
            step = _containment(constraints, cell, reason, side)
            if step is None:
                break
            cell, reason = step
        bound = _bound(prover.real(reason.value), reason.strict, side, model.unit[cell])
        name = self.cell(model, cell)
        why = self._why(prover, cell, reason, side, depth)
        if depth > 0 and cell != start:
            relation = "within" if side == "high" else "containing"
            return self.cell(model, start), bound, f"{relation} {name}, {why}"
        return name, bound, why

    def _why(self, prover: Propagator, cell: int, reason: Reason, side: str, depth: int) -> str:
        if reason.via == -1:
            if reason.claim is None:
                return "a count" if reason.value == 0 else "the policy's floor"
            note = self.rounding(reason.claim)
            return f"{self.ref(reason.claim)}; {note}" if note else self.ref(reason.claim)
        if depth >= _DEPTH or reason.via < 0:
            return "from " + ", ".join(self.ref(k) for k in sorted(reason.claims()))
        constraint = prover.constraints[reason.via]
        if constraint[0] == 1:
            return self._sum_why(prover, cell, reason, side, depth=depth, constraint=constraint)
        if constraint[0] == 3:  # the propagator's kind of a difference
            return self._difference_why(prover, cell, reason, side, depth=depth, constraint=constraint)
        if constraint[0] >= 4:  # a share of a total, or an average of shares
            return self._average_why(prover, cell, reason, side, depth=depth, constraint=constraint)
        return self._share_why(prover, cell, reason, side, depth=depth, constraint=constraint)

    def _phrase(self, prover: Propagator, cell: int, reason: Reason, side: str, depth: int) -> str:
        name, bound, why = self._term(prover, cell, reason, side, depth + 1)
        return f"{name} ({bound}, {why})"

    def _sum_why(
        self,
        prover: Propagator,
        cell: int,
        reason: Reason,
        side: str,
        *,
        depth: int,
        constraint: tuple[int, ...],
    ) -> str:
        whole, parts = constraint[1], constraint[2:]
        if cell == whole:
            items = [
                self._phrase(prover, part, parent, side, depth)
                for part, parent in zip(parts, reason.parents, strict=True)
                if parent.claims()
            ]
            return "the sum of " + " and ".join(items) if len(items) > 1 else items[0]
        others = [part for part in parts if part != cell]
        other_side = "high" if side == "low" else "low"
        whole_text = self._phrase(prover, whole, reason.parents[0], side, depth)
        items = [
            self._phrase(prover, part, parent, other_side, depth)
            for part, parent in zip(others, reason.parents[1:], strict=True)
            if parent.claims()
        ]
        if not items:
            return whole_text
        return f"{whole_text} less {' and '.join(items)}"

    def _share_why(
        self,
        prover: Propagator,
        cell: int,
        reason: Reason,
        side: str,
        *,
        depth: int,
        constraint: tuple[int, ...],
    ) -> str:
        share = prover.model.shares[constraint[3]]
        claim = self.claims[share.claim]
        figure = claim.value if isinstance(claim.value, str) else str(claim.value)
        note = self.rounding(share.claim)
        if note:  # "41% as printed: 40.5% to 41.5%" already names the figure
            figure = note if note.startswith(f"{figure} ") else f"{figure} ({note})"
        if share.cell == share.base:
            return f"{figure} of itself ({self.ref(share.claim)})"
        if share.role == "ratio":
            figure = _times(claim.value)
            if cell == share.cell:
                base = self._phrase(prover, share.base, reason.parents[0], side, depth)
                return f"{figure} {base}, {self.ref(share.claim)}"
            part = self._phrase(prover, share.cell, reason.parents[0], side, depth)
            return f"since {part} is {figure} as many, {self.ref(share.claim)}"
        if cell == share.cell:
            if not reason.parents[0].claims():
                return f"{figure} ({self.ref(share.claim)}) of {self.cell(prover.model, share.base)}"
            base = self._phrase(prover, share.base, reason.parents[0], side, depth)
            return f"{figure} ({self.ref(share.claim)}) of {base}"
        part = self._phrase(prover, share.cell, reason.parents[0], side, depth)
        return f"since {part} is {figure} of it ({self.ref(share.claim)})"

    def _average_why(
        self,
        prover: Propagator,
        cell: int,
        reason: Reason,
        side: str,
        *,
        depth: int,
        constraint: tuple[int, ...],
    ) -> str:
        """Why a bound follows from a share of a total (count = share × total) or from an average."""
        other_side = "high" if side == "low" else "low"
        model = prover.model
        if constraint[0] == 4:  # the propagator's kind of a share of a total
            count, size, share = constraint[1:4]
            first, second = reason.parents[0], reason.parents[1]
            if cell == count:  # the share of the total
                return (
                    f"{self._phrase(prover, share, first, side, depth)} of "
                    f"{self._phrase(prover, size, second, side, depth)}"
                )
            if cell == size:  # the count at its share
                return (
                    f"{self._phrase(prover, count, first, side, depth)} at "
                    f"{self._phrase(prover, share, second, other_side, depth)}"
                )
            return (
                f"{self._phrase(prover, count, first, side, depth)} out of "
                f"{self._phrase(prover, size, second, other_side, depth)}"
            )
        whole, parts = constraint[1], constraint[2:]
        shares = {model.family[part][1]: part for part in parts}
        if cell == model.family[whole][1]:
            items = [
                self._phrase(prover, share, parent, side, depth)
                for share, parent in zip(shares, reason.parents, strict=False)
            ]
            return "an average of " + " and ".join(items)
        others = [share for share in shares if share != cell]
        whole_text = self._phrase(prover, model.family[whole][1], reason.parents[0], side, depth)
        items = [
            self._phrase(prover, share, parent, other_side, depth)
            for share, parent in zip(others, reason.parents[1:], strict=False)
        ]
        return f"{whole_text} averages it with {' and '.join(items)}"

    def _difference_why(
        self,
        prover: Propagator,
        cell: int,
        reason: Reason,
        side: str,
        *,
        depth: int,
        constraint: tuple[int, ...],
    ) -> str:
        """Why a bound follows from "12,000 more than" or "5,000 fewer than": the base plus or less it."""
        difference = prover.model.differences[constraint[3]]
        offset = difference.offset
        unit = prover.model.unit[difference.cell]
        other = difference.base if cell == difference.cell else difference.cell
        # the cell's low bound uses the offset's low end; the base's low bound, the offset's high end
        use_low = (side == "low") == (cell == difference.cell)
        amount = offset.lo if use_low else offset.hi
        text = _amount(-amount if amount < 0 else amount, unit)
        grown = amount >= 0 if cell == difference.cell else amount < 0
        words = f"plus {text}" if grown else f"less {text}"
        base = self._phrase(prover, other, reason.parents[0], side, depth)
        return f"{base} {words}, {self.ref(difference.claim)}"

    def implied(self, prover: Propagator, key: tuple[str, ...], cell: int) -> Implied | None:
        """The implied bound of an unstated cell, or None when the claims say nothing about it."""
        low, high = prover.low[cell], prover.high[cell]
        if low.value <= 0 and high.value == INF:  # "more than 0" says nothing a reader needs
            return None
        claims = sorted(low.claims() | high.claims())
        estimate = Estimate(
            prover.real(low.value),
            prover.real(high.value),
            prover.model.unit[cell],
            low_open=low.strict,
            high_open=high.strict,
        )
        return Implied(
            tuple(self.claims[k].id or "" for k in claims),
            estimate,
            subject=self.value(SUBJECT, key[0]),
            scope=self.scope(prover.model, key),
        )

    def figure(self, model: Model, cell: int, rows: Sequence[tuple[int, Interval | None]]) -> Figure:
        """A figure several claims state, each claim's values (None: not placed) in the cell's unit."""
        key, unit = model.cells[cell], model.unit[cell]
        return Figure(
            tuple(self.claims[k].id or "" for k, _ in rows),
            tuple(None if found is None else Estimate.from_interval(found, unit) for _, found in rows),
            subject=self.value(SUBJECT, key[0]),
            scope=self.scope(model, key),
        )

    def overlap(self, model: Model, cell: int, claims: Sequence[int], common: Interval) -> Overlap:
        """The range the claims about one cell agree on."""
        key = model.cells[cell]
        return Overlap(
            tuple(self.claims[k].id or "" for k in sorted(claims)),
            Estimate.from_interval(common, model.unit[cell]),
            subject=self.value(SUBJECT, key[0]),
            scope=self.scope(model, key),
        )


def _shares_of_one_total(prover: Propagator, crossing: Crossing) -> Fraction | None:
    """The gap between two shares of one total that clash (lower share less upper share), or None."""
    found = []
    for reason, side in ((crossing.low, "low"), (crossing.high, "high")):
        if reason.via < 0 or reason.claim is None:
            return None
        constraint = prover.constraints[reason.via]
        if constraint[0] != 2:
            return None
        share = prover.model.shares[constraint[3]]
        if share.role != "share" or share.cell != crossing.cell or share.base == share.cell:
            return None
        end = share.share.lo if side == "low" else share.share.hi
        if not isinstance(end, Fraction):
            return None
        found.append((share.base, end))
    (low_base, low_share), (high_base, high_share) = found
    return low_share - high_share if low_base == high_base else None


def _times(value: Estimate | str) -> str:
    """A multiple as words: the claim's own text, or "3 times" for a factor given as a number."""
    if isinstance(value, str):
        return value
    return value.text or f"{value} times"


def without_crossing(namer: Namer, claims: Sequence[int]) -> str:
    """The explanation of a conflict only the exact LP found (the constraints form a cycle)."""
    items = []
    for k in claims:
        claim = namer.claims[k]
        figure = claim.value if isinstance(claim.value, str) else str(claim.value)
        items.append(f"{claim.subject} {figure} ({namer.ref(k)})")
    return "these figures cannot all hold together with the hierarchy: " + "; ".join(items)


#: Longer than this, a chain's one-sentence explanation gives way to a headline and its steps.
LONG: Final = 200
#: The most steps a conflict lists; the rest are counted.
_STEPS: Final = 12


def steps(namer: Namer, prover: Propagator, crossing: Crossing) -> list[str]:
    """The arithmetic behind a crossing, one step a line: each claim's bound, then what follows from it.

    The two bounds that cross are followed back to the claims they rest on; each bound on the way is a
    line, after the bounds it was computed from ("fighters in Iraq is at least 600 (claim b)", then "so
    fighters in Iraq and Syria is at least 1,100 (the sum of fighters in Iraq and fighters in Syria)"),
    and the last line says which two cannot both hold.
    """
    lines: list[str] = []
    seen: set[int] = set()
    model = prover.model

    def visit(cell: int, reason: Reason, side: str) -> None:
        if id(reason) in seen or not reason.claims():
            return
        seen.add(id(reason))
        for parent_cell, parent, parent_side in _parents(prover, cell, reason, side):
            visit(parent_cell, parent, parent_side)
        bound = _bound(prover.real(reason.value), reason.strict, side, model.unit[cell])
        name = namer.cell(model, cell)
        if reason.via == -1 and reason.claim is not None:
            note = namer.rounding(reason.claim)
            lines.append(f"{name} is {bound} ({namer.ref(reason.claim)}{'; ' + note if note else ''})")
        else:
            lines.append(f"so {name} is {bound} ({_because(namer, prover, cell, reason, side)})")

    visit(crossing.cell, crossing.low, "low")
    visit(crossing.cell, crossing.high, "high")
    if len(lines) > _STEPS:
        lines = [*lines[: _STEPS - 1], f"… and {len(lines) - _STEPS + 1} more steps"]
    name = namer.cell(model, crossing.cell)
    low = _bound(prover.real(crossing.low.value), crossing.low.strict, "low", model.unit[crossing.cell])
    high = _bound(prover.real(crossing.high.value), crossing.high.strict, "high", model.unit[crossing.cell])
    lines.append(f"{name} cannot be both {low} and {high}")
    return lines


def headline(namer: Namer, prover: Propagator, crossing: Crossing) -> str:
    """One line naming the figure, the two bounds that cross and the claims behind each."""
    model = prover.model
    unit = model.unit[crossing.cell]
    parts = []
    for reason, side in ((crossing.low, "low"), (crossing.high, "high")):
        bound = _bound(prover.real(reason.value), reason.strict, side, unit)
        refs = ", ".join(namer.ref(k) for k in sorted(reason.claims()))
        parts.append(f"{bound} ({refs})")
    return f"{namer.cell(model, crossing.cell)}: {parts[0]}, but {parts[1]}"


def _parents(
    prover: Propagator, cell: int, reason: Reason, side: str
) -> list[tuple[int, Reason, str]]:
    """The bounds ``reason`` was computed from, each with its cell and side (none for other kinds)."""
    if reason.via < 0:
        return []
    constraint = prover.constraints[reason.via]
    kind, other = constraint[0], "high" if side == "low" else "low"
    if kind == 0:  # a <= b: b's lower bound from a's, a's upper bound from b's
        return [(constraint[1] if side == "low" else constraint[2], reason.parents[0], side)]
    if kind == 1:
        whole, parts = constraint[1], constraint[2:]
        if cell == whole:
            return [(part, parent, side) for part, parent in zip(parts, reason.parents, strict=False)]
        others = [part for part in parts if part != cell]
        found = [(whole, reason.parents[0], side)]
        found += [(part, parent, other) for part, parent in zip(others, reason.parents[1:], strict=False)]
        return found
    if kind == 2 and reason.parents:
        share = prover.model.shares[constraint[3]]
        source = share.base if cell == share.cell else share.cell
        return [(source, reason.parents[0], side)]
    return []


def _because(namer: Namer, prover: Propagator, cell: int, reason: Reason, side: str) -> str:
    """Why a computed bound follows, in a few words (other kinds of constraint in their own words)."""
    model = prover.model
    constraint = prover.constraints[reason.via] if reason.via >= 0 else ()
    kind = constraint[0] if constraint else -1
    if kind == 0:
        other = constraint[2] if cell == constraint[1] else constraint[1]
        relation = "within" if cell == constraint[1] else "containing"
        return f"{relation} {namer.cell(model, other)}"
    if kind == 1:
        whole, parts = constraint[1], constraint[2:]
        if cell == whole:
            return "the sum of " + " and ".join(namer.cell(model, part) for part in parts)
        others = " and ".join(namer.cell(model, part) for part in parts if part != cell)
        return f"{namer.cell(model, whole)} less {others}"
    if kind == 2:
        share = model.shares[constraint[3]]
        claim = namer.claims[share.claim]
        figure = claim.value if isinstance(claim.value, str) else str(claim.value)
        if share.role == "ratio":
            figure = _times(claim.value)
        if cell == share.cell:
            return f"{figure} of {namer.cell(model, share.base)}, {namer.ref(share.claim)}"
        return f"{namer.cell(model, share.cell)} is {figure} of it, {namer.ref(share.claim)}"
    return namer._why(prover, cell, reason, side, _DEPTH - 1)  # noqa: SLF001 - this module's own
