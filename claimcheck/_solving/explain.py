"""Plain-English explanations of conflicts, and the names reports use for cells and claims.

An explanation retells the arithmetic that propagation did on the conflict's claims alone: the bound
that forces a figure up, the bound that caps it, and where each came from (a claim, a containment, or
the sum, product, quotient or difference it was computed by, with the figures it used), e.g. "nurses:
at most 360 (claim nurses), but at least 420 (3 × 140 doctors (the union, claim union) is 420; three
times as many, claim x3)". Figures are written in the cell's unit (the claims' own) to :data:`DIGITS`
significant digits, more where the two crossing bounds would print alike: display only.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Final

from claimcheck import units
from claimcheck._solving.model import TOP, shown
from claimcheck._values.frozen import FrozenDict
from claimcheck._values.interval import INF, Interval, Magnitude
from claimcheck.claims import SUBJECT, normalize_name
from claimcheck.quantity import Estimate, Toward, format_magnitude, significant, written
from claimcheck.report import Figure, Gap, Implied, Overlap, describe, trusted

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from claimcheck._solving.model import Model
    from claimcheck._solving.propagate import Crossing, Propagator, Reason
    from claimcheck.claims import Claim
    from claimcheck.hierarchy import Hierarchy

__all__ = ["Namer", "without_crossing"]

_DEPTH: Final = 4


#: Significant digits a report shows a computed figure to (the engine and JSON stay exact).
DIGITS: Final = 4
#: The propagator's kind of constraint for a count that is a share of its total (count = share × total).
_PRODUCT: Final = 4


def _amount(value: Magnitude, unit: str, digits: int = DIGITS, toward: Toward = 0) -> str:
    """A figure in its unit for a reader: rounded to ``digits`` significant digits, never in base units.

    A bound is rounded outward (``toward``: -1 a lower bound, 1 an upper one), so it still holds.
    """
    if isinstance(value, float):
        return "∞" if value > 0 else "-∞"
    return written(value, unit, digits, toward=toward)


def _outward(side: str) -> Toward:
    """Which way a bound on ``side`` rounds so the figure shown still holds: a lower bound down."""
    return -1 if side == "low" else 1


def _bound(value: Magnitude, strict: bool, side: str, unit: str, digits: int = DIGITS) -> str:  # noqa: FBT001
    amount = _amount(value, unit, digits, _outward(side))
    if side == "low":
        return f"{'more than' if strict else 'at least'} {amount}"
    return f"{'less than' if strict else 'at most'} {amount}"


def _relation_text(value: Estimate) -> str:
    """A relation given as an estimate without words: "3 times as many", "5,000 fewer", "half"."""
    if value.relation == "ratio":
        return f"{value} times as many"
    if value.relation == "difference":
        if value.hi <= 0:
            return f"{Estimate.from_interval(value.interval.scale(-1), value.unit)} fewer"
        return f"{value} more" if value.lo >= 0 else f"{value} more or fewer"
    return str(value)


def _named(value: str, name: str, unit: str, why: str) -> str:
    """An operand with its name and source: "140 doctors (claim union)", "11.45 miles (road, claim n)"."""
    if name.endswith(")"):  # "doctors (year: 2024)": one pair of brackets, "140 doctors (year: 2024; …)"
        return f"{value} {name[:-1]}; {why})" if unit == "" else f"{value} ({name[:-1]}; {why}))"
    return f"{value} {name} ({why})" if unit == "" else f"{value} ({name}, {why})"


def _factor(factor: Magnitude, *, percent: bool, of: bool) -> str:
    """A share or multiple as arithmetic: "12.5% of ", "3 × " (or "12.5%", "3" after a division sign)."""
    if percent:
        text = f"{format_magnitude(Fraction(factor) * 100, DIGITS)}%"
        return f"{text} of " if of else text
    text = format_magnitude(factor, DIGITS)
    return f"{text} × " if of else text


#: The most significant digits a figure is shown to, however close two bounds lie.
_MOST_DIGITS: Final = 30


def digits_apart(low: Magnitude, high: Magnitude) -> int:
    """The fewest significant digits (at least :data:`DIGITS`) that show two crossing bounds apart.

    ``low`` is the lower bound (shown rounded down), ``high`` the upper one (shown rounded up); where
    ``low`` lies above ``high`` they are shown to enough digits that the shown ``low`` still lies above
    the shown ``high``.
    """
    digits = DIGITS
    if low <= high or isinstance(low, float) or isinstance(high, float):
        return digits
    while digits < _MOST_DIGITS and significant(low, digits, -1) <= significant(high, digits, 1):
        digits += 1
    return digits


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

    def __init__(
        self,
        claims: Sequence[Claim],
        hierarchy: Hierarchy,
        *,
        firsts: Sequence[int] | None = None,
        names: Mapping[str, str] | None = None,
        ids: Sequence[str] | None = None,
    ) -> None:
        """Keep what the spellings are read from: the claims, then the hierarchy's.

        ``firsts``, when given, holds the position of the first claim of each spelling of a subject and
        scope, in order (:attr:`Prepared.firsts <claimcheck._solving.model.Prepared.firsts>`): only those
        claims are read. ``names``, when given, maps spellings to their normalised names
        (:attr:`Prepared.names <claimcheck._solving.model.Prepared.names>`), so none is normalised again.
        ``ids``, when given, holds each claim's id, given or made (:attr:`Prepared.ids
        <claimcheck._solving.model.Prepared.ids>`); else the claims' own.
        The spellings are read on first use (:attr:`values`): a consistent check that names no cell
        never reads them.
        """
        self.claims, self.hierarchy = claims, hierarchy
        self._firsts, self._normal = firsts, names
        #: each claim's figure as printed, and as checked (widened by its rounding; None if left out)
        self.printed: Sequence[Estimate] = ()
        self.meant: Sequence[Estimate | None] = ()
        #: the significant digits computed figures are shown to (more where two bounds would blur)
        self.digits = DIGITS
        self._ids: Sequence[str] | None = ids
        #: each cell key's subject and scope as display names (:meth:`named`)
        self._named: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, FrozenDict[str, str]]] = {}
        self._spellings: tuple[dict[str, str], dict[tuple[str, str], str]] | None = None

    @property
    def facet_names(self) -> dict[str, str]:
        """Each normalised facet's display name, as the claims first spelled it."""
        return self._spelled()[0]

    @property
    def values(self) -> dict[tuple[str, str], str]:
        """Each (facet, normalised value)'s display spelling, as the claims first spelled it."""
        return self._spelled()[1]

    def _spelled(self) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
        """The facets' and values' display spellings, read off the claims once (on first use)."""
        if self._spellings is not None:
            return self._spellings
        normal = self._normal or {}
        claims, firsts = self.claims, self._firsts
        facet_names: dict[str, str] = {SUBJECT: SUBJECT}
        values: dict[tuple[str, str], str] = {}
        # each spelling of a subject and scope is read once: the first claim of each, where given
        spelled: set[tuple[str, tuple[tuple[str, str], ...]]] | None = set() if firsts is None else None
        for claim in claims if firsts is None else map(claims.__getitem__, firsts):
            scope = claim.scope.items()
            if spelled is not None:
                spelling = (claim.subject, tuple(scope))
                if spelling in spelled:
                    continue
                spelled.add(spelling)
            subject = normal.get(claim.subject) or normalize_name(claim.subject)
            if (SUBJECT, subject) not in values:  # (a spelling is made only where none is kept yet)
                values[SUBJECT, subject] = claim.subject.strip()
            for facet, value in scope:
                key = normal.get(facet) or normalize_name(facet)
                if key not in facet_names:
                    facet_names[key] = facet.strip()
                named = (key, normal.get(value) or normalize_name(value))
                if named not in values:
                    values[named] = " ".join(value.split())
        self._spellings = (facet_names, values)
        return self._spellings

    def value(self, facet: str, value: str) -> str:
        """The display spelling of a normalised facet value."""
        made = shown(value) if facet == SUBJECT else None
        if made is not None:
            return made[0].format(self.value(SUBJECT, made[1]))
        return self.values.get((facet, value)) or self.hierarchy.display(facet, value)

    def scope(self, model: Model, key: tuple[str, ...]) -> dict[str, str]:
        """The cell's facets other than the subject, as display names (:meth:`value`'s, read inline)."""
        facet_names, values = self._spelled()
        display = self.hierarchy.display
        return {
            facet_names.get(facet, facet): values.get((facet, value)) or display(facet, value)
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
        return f"{source}, claim {self.ids[claim]}" if source else f"claim {self.ids[claim]}"

    def rounding(self, claim: int) -> str:
        """Say "8% as printed: 7.5% to 8.5%" if checking widened the claim's figure by its rounding, else "".

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
        if printed.unit == "ton":  # a ton of no stated kind: short, metric or long
            reading += " in any ton (short to long)"
        low = _amount(meant.lo, meant.unit, self.digits, -1)
        high = _amount(meant.hi, meant.unit, self.digits, 1)
        return f"{figure} {reading}: {low} to {high}"

    def explain(self, prover: Propagator, crossing: Crossing) -> str:
        """Say why the crossing's two bounds cannot both hold, with the arithmetic behind each."""
        self.apart(prover, crossing)
        low_cell, low_bound, low_why = self._term(prover, crossing.cell, crossing.low, "low", 0)
        high_cell, high_bound, high_why = self._term(prover, crossing.cell, crossing.high, "high", 0)
        if low_cell == high_cell:
            first = (low_bound, low_why, min(crossing.low.claims(), default=-1))
            second = (high_bound, high_why, min(crossing.high.claims(), default=-1))
            if second[2] < first[2]:
                first, second = second, first
            return f"{low_cell}: {first[0]} ({first[1]}), but {second[0]} ({second[1]})"
        return f"{low_cell} ({low_bound}, {low_why}) cannot exceed {high_cell} ({high_bound}, {high_why})"

    def apart(self, prover: Propagator, crossing: Crossing) -> None:
        """Show figures to enough digits that the crossing's two bounds do not print alike."""
        low, high = prover.real(crossing.low.value), prover.real(crossing.high.value)
        self.digits = digits_apart(low, high)

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
        own = _own_share_gap(prover, crossing.cell, amount)
        if own is not None:
            return own
        if unit == "percent" or unit in units.LEVELS:  # 2°C is no share of a temperature, 3 dB of a level
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
        start = cell
        cell, reason = self._source(prover, cell, reason, side)
        bound = self._bound(prover, reason, side, model.unit[cell])
        name = self.cell(model, cell)
        why = self._why(prover, cell, reason, side, depth)
        if depth > 0 and cell != start:
            relation = "within" if side == "high" else "containing"
            return self.cell(model, start), bound, f"{relation} {name}, {why}"
        return name, bound, why

    def _source(self, prover: Propagator, cell: int, reason: Reason, side: str) -> tuple[int, Reason]:
        """The cell and bound a bound was copied from through containments (itself if it was not)."""
        while True:
            step = _containment(prover.constraints, cell, reason, side)
            if step is None:
                return cell, reason
            cell, reason = step

    def _bound(self, prover: Propagator, reason: Reason, side: str, unit: str) -> str:
        return _bound(prover.real(reason.value), reason.strict, side, unit, self.digits)

    def _why(self, prover: Propagator, cell: int, reason: Reason, side: str, depth: int) -> str:
        if reason.via == -1:
            if reason.claim is None:
                return "a count" if reason.value == 0 else "the policy's floor"
            return self._claim_note(reason.claim, prover.model.unit[cell])
        if depth >= _DEPTH or reason.via < 0:
            return "from " + ", ".join(self.ref(k) for k in sorted(reason.claims()))

        def operand(at: int, parent: Reason, parent_side: str) -> str:
            source, bound = self._source(prover, at, parent, parent_side)
            value = self._value(prover, source, bound, parent_side)
            why = self._why(prover, source, bound, parent_side, depth + 1)
            if source != at:
                relation = "within" if parent_side == "high" else "containing"
                why = f"{relation} {self.cell(prover.model, source)}, {why}"
            return _named(value, self.cell(prover.model, at), prover.model.unit[at], why)

        return self._arithmetic(prover, cell, reason, side, operand)

    def _claim_note(self, claim: int, unit: str) -> str:
        """How a claim's own bound is cited: its ref, with its rounding or its own unit where they differ."""
        note = self.rounding(claim)
        if not note and claim < len(self.printed):
            printed = self.printed[claim]
            if printed.unit != unit and printed.relation == "amount":  # "claim b: at most 11 miles"
                return f"{self.ref(claim)}: {printed.text or printed.shown(self.digits)}"
        return f"{self.ref(claim)}; {note}" if note else self.ref(claim)

    def _value(self, prover: Propagator, cell: int, reason: Reason, side: str) -> str:
        """A bound's figure as an operand: "140", "more than 140", "11.45 miles"."""
        amount = _amount(prover.real(reason.value), prover.model.unit[cell], self.digits, _outward(side))
        if reason.strict:
            return f"{'more than' if side == 'low' else 'less than'} {amount}"
        return amount

    def _arithmetic(
        self,
        prover: Propagator,
        cell: int,
        reason: Reason,
        side: str,
        operand: Callable[[int, Reason, str], str],
    ) -> str:
        """The sum, product, quotient or difference a derived bound came from, with its figures.

        "3 × 140 doctors (claim union) is 420; three times as many, claim three times": each operand
        is written by ``operand`` (cell, bound, side), the result in the cell's unit.
        """
        constraint = prover.constraints[reason.via]
        kind, other = constraint[0], "high" if side == "low" else "low"
        result = self._value(prover, cell, reason, side)
        if kind == 0:  # a containment that was not followed (a bound copied from a cell it contains)
            source = constraint[1] if side == "low" else constraint[2]
            relation = "containing" if side == "low" else "within"
            return f"{relation} {operand(source, reason.parents[0], side)}"
        if kind == 1:
            return self._sum_arithmetic(
                cell, reason, side, constraint=constraint, operand=operand, result=result
            )
        if kind == 3:
            return self._difference_arithmetic(
                prover, cell, reason, side, constraint=constraint, operand=operand, result=result
            )
        if kind == _PRODUCT:
            count, size, share = constraint[1:4]
            first, second = reason.parents[0], reason.parents[-1]
            if cell == count:
                if len(reason.parents) == 1:  # a share of 0% counts nobody
                    return f"0% of any total is 0 ({operand(share, first, side)})"
                return f"{operand(share, first, side)} of {operand(size, second, side)} is {result}"
            divisor = share if cell == size else size
            return f"{operand(count, first, side)} ÷ {operand(divisor, second, other)} is {result}"
        if kind >= _PRODUCT:
            return self._average_arithmetic(
                prover, cell, reason, side, constraint=constraint, operand=operand, result=result
            )
        return self._share_arithmetic(
            prover, cell, reason, side, constraint=constraint, operand=operand, result=result
        )

    def _sum_arithmetic(
        self,
        cell: int,
        reason: Reason,
        side: str,
        *,
        constraint: tuple[int, ...],
        operand: Callable[[int, Reason, str], str],
        result: str,
    ) -> str:
        whole, parts = constraint[1], constraint[2:]
        if cell == whole:
            items = [
                operand(part, parent, side)
                for part, parent in zip(parts, reason.parents, strict=True)
                if parent.claims()
            ]
            if len(items) == 1:  # the other parts add nothing: the whole contains its one part
                return f"{'containing' if side == 'low' else 'within'} {items[0]}"
            return f"{' + '.join(items)} is {result}"
        other = "high" if side == "low" else "low"
        others = [part for part in parts if part != cell]
        items = [
            operand(part, parent, other)
            for part, parent in zip(others, reason.parents[1:], strict=True)
            if parent.claims()
        ]
        whole_text = operand(whole, reason.parents[0], side)
        if not items:
            return f"{'within' if side == 'high' else 'containing'} {whole_text}"
        return f"{whole_text} − {' − '.join(items)} is {result}"

    def _share_arithmetic(
        self,
        prover: Propagator,
        cell: int,
        reason: Reason,
        side: str,
        *,
        constraint: tuple[int, ...],
        operand: Callable[[int, Reason, str], str],
        result: str,
    ) -> str:
        """A share, a multiple, an own-cell share or a count among a base, as a product or quotient."""
        share = prover.model.shares[constraint[3]]
        said = self._relation_words(share.claim)
        if share.cell == share.base:
            return f"{said} of itself"
        if not reason.parents:
            return said
        ratio = share.share
        if share.role == "count":
            if cell == share.cell:  # at most the base
                return f"a count among {operand(share.base, reason.parents[0], side)}; {said}"
            return f"counting {operand(share.cell, reason.parents[0], side)} among them; {said}"
        percent = share.role != "ratio"  # a share of a base reads "55% of 7,000", a multiple "3 × 140"
        below = reason.parents[0].value < 0  # below zero the factor's other end is the extreme one
        if cell == share.cell:  # the cell from the base: factor × base
            high_end = below != (side == "high")
            factor = ratio.hi if high_end else ratio.lo
            base = operand(share.base, reason.parents[0], side)
            excluded = ratio.high_open if high_end else ratio.low_open
            limit = ("more than " if side == "low" else "less than ") if excluded else ""
            return f"{limit}{_factor(factor, percent=percent, of=True)}{base} is {result}; {said}"
        # the base from the cell: cell ÷ factor (the base's low uses the factor's high end, above zero)
        factor = ratio.hi if below != (side == "low") else ratio.lo
        part = operand(share.cell, reason.parents[0], side)
        return f"{part} ÷ {_factor(factor, percent=percent, of=False)} is {result}; {said}"

    def _difference_arithmetic(
        self,
        prover: Propagator,
        cell: int,
        reason: Reason,
        side: str,
        *,
        constraint: tuple[int, ...],
        operand: Callable[[int, Reason, str], str],
        result: str,
    ) -> str:
        """Spell "12,000 more than": the base plus the amount, or the cell less it."""
        difference = prover.model.differences[constraint[3]]
        offset = difference.offset
        unit = prover.model.unit[difference.cell]
        forward = cell == difference.cell
        other = difference.base if forward else difference.cell
        # the cell's low bound uses the offset's low end; the base's low bound, the offset's high end
        amount = offset.lo if (side == "low") == forward else offset.hi
        added = amount if forward else -amount
        sign = "+" if added >= 0 else "−"
        text = _amount(added if added >= 0 else -added, unit, self.digits)
        said = self._relation_words(difference.claim)
        return f"{operand(other, reason.parents[0], side)} {sign} {text} is {result}; {said}"

    def _average_arithmetic(
        self,
        prover: Propagator,
        cell: int,
        reason: Reason,
        side: str,
        *,
        constraint: tuple[int, ...],
        operand: Callable[[int, Reason, str], str],
        result: str,
    ) -> str:
        """A whole's share lies between its parts' (an average); a part carries the whole's bound."""
        model = prover.model
        other = "high" if side == "low" else "low"
        whole, parts = constraint[1], constraint[2:]
        shares = [model.family[part][1] for part in parts]
        if cell == model.family[whole][1]:
            items = [
                operand(share, parent, side) for share, parent in zip(shares, reason.parents, strict=False)
            ]
            least = "the least" if side == "low" else "the most"
            return f"an average lies between its parts: {least} of {' and '.join(items)} is {result}"
        others = [share for share in shares if share != cell]
        whole_text = operand(model.family[whole][1], reason.parents[0], side)
        items = [
            operand(share, parent, other) for share, parent in zip(others, reason.parents[1:], strict=False)
        ]
        return f"an average of {whole_text} with {' and '.join(items)} needs {result} here"

    def _relation_words(self, claim: int) -> str:
        """A relation claim as cited after its arithmetic: "three times as many, claim x"."""
        value = self.claims[claim].value
        text = value if isinstance(value, str) else value.text or _relation_text(value)
        note = self.rounding(claim)
        if note:  # "three times as printed: 2.85 to 3.15" already names the figure
            said = note if note.startswith(f"{text} ") else f"{text} ({note})"
            return f"{said}, {self.ref(claim)}"
        return f"{text}, {self.ref(claim)}"

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
            tuple([self.ids[k] for k in claims]),
            estimate,
            subject=self.value(SUBJECT, key[0]),
            scope=self.scope(prover.model, key),
        )

    def figure(self, model: Model, cell: int, rows: Sequence[tuple[int, Interval | None]]) -> Figure:
        """A figure several claims state, each claim's values (None: not placed) in the cell's unit."""
        subject, scope = self.named(model, cell)
        estimates = Estimate.from_intervals([found for _, found in rows], model.unit[cell])
        ids = self.ids
        return trusted(Figure, tuple([ids[k] for k, _ in rows]), estimates, subject, scope)

    def overlap(self, model: Model, cell: int, claims: Sequence[int], common: Interval) -> Overlap:
        """The range the claims about one cell agree on (``common``: ends settled already)."""
        ids = self.ids
        subject, scope = self.named(model, cell)
        estimate = Estimate.from_intervals([common], model.unit[cell])[0]
        return trusted(Overlap, tuple([ids[k] for k in sorted(claims)]), estimate, subject, scope)

    @property
    def ids(self) -> Sequence[str]:
        """Every claim's id by position (the claims' own made on first use, where none were given)."""
        if self._ids is None:
            self._ids = [claim.id or "" for claim in self.claims]
        return self._ids

    def named(self, model: Model, cell: int) -> tuple[str, FrozenDict[str, str]]:
        """A cell's subject and scope as display names, made once per cell (figures and overlaps ask)."""
        key = model.cells[cell]
        found = self._named.get((model.facets, key))
        if found is None:
            scope = FrozenDict(self.scope(model, key))  # frozen: the findings about the cell share it
            found = self._named[(model.facets, key)] = (self.value(SUBJECT, key[0]), scope)
        return found


def _own_share_gap(prover: Propagator, cell: int, amount: Fraction) -> Gap | None:
    """A clash over a cell with shares of its own total, in percentage points and in the count's units.

    A count clash (300 backers among 480 men against "55% of men") is a gap in the share too, and one
    in the shares (51% against 40% of 900 respondents) a gap in the count: wherever the total is known
    exactly, the gap is given both ways, points first.
    """
    model = prover.model
    if cell in model.family:
        count, (size, _) = cell, model.family[cell]
    elif cell in prover.shares_of:
        count, size = prover.shares_of[cell]
    else:
        return None
    low, high = prover.low[size], prover.high[size]
    if low.value != high.value or isinstance(high.value, float) or high.value <= 0:
        return None
    total = Fraction(prover.real(high.value))
    if cell == count:
        points = amount * 100 / total
        return Gap(Estimate(points, points, "percent"), about=Estimate(amount, amount, model.unit[count]))
    counted = amount * total / 100
    return Gap(Estimate(amount, amount, "percent"), about=Estimate(counted, counted, model.unit[count]))


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


def without_crossing(namer: Namer, claims: Sequence[int]) -> str:
    """The explanation of a conflict only the exact LP found (the constraints form a cycle).

    It names the hierarchy only where one was given and more than one claim clashes: "120% of voters" alone
    is a figure that cannot hold.
    """
    items = []
    for k in claims:
        claim = namer.claims[k]
        figure = claim.value if isinstance(claim.value, str) else str(claim.value)
        items.append(f"{claim.subject} {figure} ({namer.ref(k)})")
    if len(items) == 1:  # one claim: the hierarchy's sums alone bound no cell
        said = "this figure cannot hold"
    else:
        said = "these figures cannot all hold together"
        if namer.hierarchy.facets:
            said += " with the hierarchy"
    return f"{said}: " + "; ".join(items)


#: Longer than this, a chain's one-sentence explanation gives way to a headline and its steps.
LONG: Final = 200
#: The most steps a conflict lists; the rest are counted.
_STEPS: Final = 12


def steps(namer: Namer, prover: Propagator, crossing: Crossing) -> list[str]:
    """The arithmetic behind a crossing, one step a line: each claim's bound, then what follows from it.

    The two bounds that cross are followed back to the claims they rest on; each bound on the way is a
    line, after the bounds it was computed from ("fighters in Iraq is at least 600 (claim b)", then "so
    fighters in Iraq and Syria is at least 1,100 (600 fighters in Iraq + 500 fighters in Syria is
    1,100)"), and the last line says which two cannot both hold.
    """
    lines: list[str] = []
    seen: set[int] = set()
    model = prover.model
    namer.apart(prover, crossing)

    def operand(at: int, parent: Reason, parent_side: str) -> str:
        value = namer._value(prover, at, parent, parent_side)  # noqa: SLF001 - this module's own
        name = namer.cell(model, at)
        return f"{value} {name}" if model.unit[at] == "" else f"{value} ({name})"

    def visit(cell: int, reason: Reason, side: str) -> None:
        if id(reason) in seen or not reason.claims():
            return
        seen.add(id(reason))
        for parent_cell, parent, parent_side in _parents(prover, cell, reason, side):
            visit(parent_cell, parent, parent_side)
        bound = namer._bound(prover, reason, side, model.unit[cell])  # noqa: SLF001
        name = namer.cell(model, cell)
        if reason.via == -1 and reason.claim is not None:
            note = namer._claim_note(reason.claim, model.unit[cell])  # noqa: SLF001
            lines.append(f"{name} is {bound} ({note})")
        elif reason.via < 0:
            refs = ", ".join(namer.ref(k) for k in sorted(reason.claims()))
            lines.append(f"so {name} is {bound} (from {refs})")
        else:
            because = namer._arithmetic(prover, cell, reason, side, operand)  # noqa: SLF001
            lines.append(f"so {name} is {bound} ({because})")

    visit(crossing.cell, crossing.low, "low")
    visit(crossing.cell, crossing.high, "high")
    if len(lines) > _STEPS:
        lines = [*lines[: _STEPS - 1], f"… and {len(lines) - _STEPS + 1} more steps"]
    name = namer.cell(model, crossing.cell)
    unit = model.unit[crossing.cell]
    low = namer._bound(prover, crossing.low, "low", unit)  # noqa: SLF001
    high = namer._bound(prover, crossing.high, "high", unit)  # noqa: SLF001
    lines.append(f"{name} cannot be both {low} and {high}")
    return lines


def headline(namer: Namer, prover: Propagator, crossing: Crossing) -> str:
    """One line naming the figure, the two bounds that cross and the claims behind each."""
    model = prover.model
    unit = model.unit[crossing.cell]
    namer.apart(prover, crossing)
    parts = []
    for reason, side in ((crossing.low, "low"), (crossing.high, "high")):
        bound = namer._bound(prover, reason, side, unit)  # noqa: SLF001 - this module's own
        refs = ", ".join(namer.ref(k) for k in sorted(reason.claims()))
        parts.append(f"{bound} ({refs})")
    return f"{namer.cell(model, crossing.cell)}: {parts[0]}, but {parts[1]}"


def _parents(prover: Propagator, cell: int, reason: Reason, side: str) -> list[tuple[int, Reason, str]]:
    """The bounds ``reason`` was computed from, each with its cell and side."""
    if reason.via < 0 or not reason.parents:
        return []
    constraint = prover.constraints[reason.via]
    kind, other = constraint[0], "high" if side == "low" else "low"
    model = prover.model
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
    if kind == 2:
        share = model.shares[constraint[3]]
        return [(share.base if cell == share.cell else share.cell, reason.parents[0], side)]
    if kind == 3:
        difference = model.differences[constraint[3]]
        return [(difference.base if cell == difference.cell else difference.cell, reason.parents[0], side)]
    if kind == _PRODUCT:
        count, size, share_cell = constraint[1:4]
        if cell == count:
            return list(zip((share_cell, size), reason.parents, (side, side), strict=False))
        divisor = share_cell if cell == size else size
        return list(zip((count, divisor), reason.parents, (side, other), strict=False))
    whole, parts = constraint[1], constraint[2:]
    shares = [model.family[part][1] for part in parts]
    if cell == model.family[whole][1]:
        return [(share, parent, side) for share, parent in zip(shares, reason.parents, strict=False)]
    others = [share for share in shares if share != cell]
    found = [(model.family[whole][1], reason.parents[0], side)]
    found += [(share, parent, other) for share, parent in zip(others, reason.parents[1:], strict=False)]
    return found
