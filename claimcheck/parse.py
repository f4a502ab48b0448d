"""Read English numeric expressions into :class:`~claimcheck.Estimate` values.

The parser works on tokens (:mod:`claimcheck._tokens`) with a small recursive-descent grammar:

* an *amount* is a number with its scale, currency and unit: "12,500", "twenty-two", "half a million",
  "$1.2bn", "£300m", "10 per cent", "500,000-strong";
* a *core* is an amount, a range of two amounts ("5,000 to 7,000", "between $25m and $50m"), a share
  ("a third", "one in five") or a vague amount ("hundreds", "a few thousand");
* an *expression* is a core with hedges around it: bounds ("up to", "fewer than", "or more"),
  approximations ("about", "nearly", "or so") and two bounds joined ("more than 20 and less than 35").

Each start position does a bounded amount of work, so reading is linear in the length of the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, final

import attrs

from claimcheck import _lexicon as lex
from claimcheck._amounts import ISO_CODES, Amount, AmountReader, index_phrases
from claimcheck._interval import INF, Interval, absolute
from claimcheck._tokens import NUM, phrase
from claimcheck.errors import ParseError
from claimcheck.policy import DEFAULT_POLICY, Policy
from claimcheck.quantity import Estimate, Kind

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from fractions import Fraction

__all__ = ["Match", "parse_quantity", "scan"]

#: Hedges stack ("up to about 500") but never without end: the cap keeps each start position cheap.
_MAX_HEDGES: Final = 4
#: Scale words after a vague amount ("several hundred thousand"); the cap bounds the work and the value.
_MAX_SCALES: Final = 3


def _table(entries: Iterable[tuple[str, ...]], value: str) -> dict[tuple[str, ...], str]:
    return {phrase(entry): value for entry in entries}


_HEDGES: Final[dict[tuple[str, ...], str]] = {
    **_table(lex.ABOUT, "about"),
    **_table(lex.NEARLY, "nearly"),
    **_table(lex.JUST_UNDER, "just_under"),
    **_table(lex.JUST_OVER, "just_over"),
    **_table(lex.AT_MOST, "at_most"),
    **_table(lex.BELOW, "below"),
    **_table(lex.AT_LEAST, "at_least"),
    **_table(lex.ABOVE, "above"),
}
_SUFFIXES: Final[dict[tuple[str, ...], str]] = {
    **_table(lex.SUFFIX_AT_LEAST, "at_least"),
    **_table(lex.SUFFIX_AT_MOST, "at_most"),
    **_table(lex.SUFFIX_ABOUT, "about"),
}
_RANGE_OPENERS: Final = {
    phrase(words): frozenset(joiners) for words, joiners in lex.RANGE_OPENERS.items()
}
_RANGE_JOINERS: Final = _table(lex.RANGE_JOINERS, "")
_BOUND_JOINERS: Final = _table(lex.BOUND_JOINERS, "")
_QUANTIFIERS: Final = {phrase(words): name for words, name in lex.QUANTIFIERS.items()}
_MAJORITY: Final = {phrase(words): side for words, side in lex.MAJORITY.items()}


_HEDGE_INDEX: Final = index_phrases(_HEDGES)
_SUFFIX_INDEX: Final = index_phrases(_SUFFIXES)
_OPENER_INDEX: Final = index_phrases(_RANGE_OPENERS)
_JOINER_INDEX: Final = index_phrases(_RANGE_JOINERS)
_BOUND_JOINER_INDEX: Final = index_phrases(_BOUND_JOINERS)
_QUANTIFIER_INDEX: Final = index_phrases(_QUANTIFIERS, _MAJORITY)

#: Words that can begin an expression; any other word is skipped at once when scanning.
_STARTERS: Final = frozenset(
    {*_HEDGE_INDEX, *_OPENER_INDEX, *_QUANTIFIER_INDEX, *lex.ONES, *lex.TENS}
    | {*lex.VAGUE_PLURALS, *lex.VULGAR, *lex.CURRENCY_SIGNS, *lex.CURRENCY_SIGN_PREFIXES, *ISO_CODES}
    | {"a", "an", "half", "-", "minus", "negative"}
)


@final
@attrs.frozen
class Match:
    """A numeric expression found in text: its character span and what it means.

    Attributes:
        start: offset of the first character of the expression.
        end: offset just past its last character.
        estimate: the value the expression states.
    """

    start: int
    end: int
    estimate: Estimate


@attrs.define(slots=True)
class _Core:
    """A value before its hedges are applied."""

    interval: Interval
    unit: str | None
    kind: Kind
    nominal: Fraction | None
    share: bool


class _Parser(AmountReader):
    """Reads ranges, vague amounts and hedged expressions over an :class:`AmountReader`."""

    def __init__(self, text: str, policy: Policy) -> None:
        """Tokenise ``text`` and read it with ``policy``."""
        super().__init__(text)
        self.policy = policy

    def _core(self, index: int) -> tuple[_Core, int] | None:
        """Read a range, an amount, a share or a vague amount."""
        vague = self._vague(index)
        if vague is not None:
            return vague
        opener = self.match_phrase(index, _OPENER_INDEX)
        if opener is not None:
            found = self._range_after_opener(opener[1], _RANGE_OPENERS[opener[0]], opener[0])
            if found is not None:
                return found
        first = self.amount(index)
        if first is None:
            return None
        amount, nxt = first
        joiner = self.match_phrase(nxt, _JOINER_INDEX)
        if joiner is not None and joiner[0][0] != "and":
            second = self.amount(joiner[1], context=amount.unit)
            if second is not None and (joiner[0][0] != "or" or second[0].value > amount.value):
                joined = self._range(amount, second[0])
                if joined is not None:
                    return joined, second[1]
        return self._single(amount), nxt

    def _range_after_opener(
        self, index: int, joiners: frozenset[str], opener: tuple[str, ...]
    ) -> tuple[_Core, int] | None:
        first = self.amount(index)
        if first is None:
            self.fail(index, f"expected a number after {' '.join(opener)!r}")
            return None
        amount, nxt = first
        if self.word_at(nxt) not in joiners:
            self.fail(nxt, f"expected {' or '.join(sorted(joiners))!r} after the first number")
            return None
        second = self.amount(nxt + 1, context=amount.unit)
        if second is None:
            self.fail(nxt + 1, f"expected a number after {self.words[nxt]!r}")
            return None
        joined = self._range(amount, second[0])
        if joined is None:
            self.fail(nxt + 1, "the two ends of the range are in different units")
            return None
        return joined, second[1]

    def _single(self, amount: Amount) -> _Core:
        return _Core(
            Interval(amount.value, amount.value),
            amount.unit,
            "fraction" if amount.share else "exact",
            amount.value,
            amount.share,
        )

    def _range(self, low: Amount, high: Amount) -> _Core | None:
        """Join two amounts into a range, sharing the scale and unit that only one of them states.

        Returns None when the two ends state different units.
        """
        # "5 to 7 million": a scale written once applies to both, when the bare numbers rise.
        if high.scaled and not low.scaled and low.raw < high.raw and not low.share:
            low.value = low.raw * (high.value / high.raw) if high.raw else low.value
        if low.unit is None:
            low.unit = high.unit
        elif high.unit is None:
            high.unit = low.unit
        if low.unit != high.unit:
            return None
        lo, hi = sorted((low.value, high.value))
        return _Core(Interval(lo, hi), low.unit, "range", None, low.share and high.share)

    def _vague(self, index: int) -> tuple[_Core, int] | None:
        """Read "a few", "several hundred", "dozens", "tens of thousands", "millions of dollars"."""
        policy = self.policy.vague
        quantifier = self.match_phrase(index, _QUANTIFIER_INDEX)
        if quantifier is not None:
            words, nxt = quantifier
            if words in _MAJORITY:
                side = _MAJORITY[words]
                band = (
                    Interval(lex.HALF, 1, lo_open=True)
                    if side == "above"
                    else Interval(0, lex.HALF, hi_open=True)
                )
                return _Core(band, None, "vague", None, share=True), nxt
            band = policy[_QUANTIFIERS[words]]
            # "a few hundred", "several hundred thousand"
            for _ in range(_MAX_SCALES):
                if self.word_at(nxt) not in lex.SCALES:
                    break
                band = band.scale(lex.SCALES[self.word_at(nxt)])
                nxt += 1
            return self._vague_unit(band, nxt)
        word = self.word_at(index)
        if word not in lex.VAGUE_PLURALS:
            return None
        band = policy[lex.VAGUE_PLURALS[word]]
        nxt = index + 1
        # "tens of thousands", "hundreds of millions": the plural multiplies the next scale.
        for _ in range(_MAX_SCALES):
            if self.word_at(nxt) != "of" or self.word_at(nxt + 1) not in lex.PLURAL_SCALE:
                break
            band = band.scale(lex.PLURAL_SCALE[self.word_at(nxt + 1)])
            nxt += 2
        return self._vague_unit(band, nxt)

    def _vague_unit(self, band: Interval, index: int) -> tuple[_Core, int]:
        """Read the unit of a vague amount: "millions of dollars", "a few per cent", "several km"."""
        unit = None
        found = self.unit(index + 1 if self.word_at(index) == "of" else index)
        if found is not None:
            unit, index = found
        return _Core(band, unit, "vague", None, share=False), index

    # -- expressions -----------------------------------------------------------------------------

    def expression(self, index: int) -> tuple[Estimate, int] | None:
        """Read one expression starting at token ``index``."""
        first = self._bounded(index)
        if first is None:
            return None
        core, kind, nxt = first
        # "more than 20 and less than 35": two bounds in opposite directions make one range.
        joiner = self.match_phrase(nxt, _BOUND_JOINER_INDEX)
        if joiner is not None and kind in ("at_most", "below", "at_least", "above"):
            second = self._bounded(joiner[1])
            if second is not None and _opposite(kind, second[1]):
                both = core.interval.intersection(second[0].interval)
                # "more than 20 and less than 10" states two bounds that contradict each other: keep
                # them apart (the first is read here, the second by the next scan), so a checker sees
                # both rather than one number taken out of the phrase.
                if both is not None:
                    core = attrs.evolve(core, interval=both, unit=core.unit or second[0].unit)
                    kind, nxt = "range", second[2]
        end = self.tokens.ends[nxt - 1]
        start = self.tokens.starts[index]
        estimate = Estimate(
            core.interval.lo,
            core.interval.hi,
            core.unit or "",
            low_open=core.interval.lo_open,
            high_open=core.interval.hi_open,
            kind=kind,
            text=self.text[start:end],
            nominal=core.nominal,
        )
        return estimate, nxt

    def _bounded(self, index: int) -> tuple[_Core, Kind, int] | None:
        """Read hedges, a core and suffixes; return the hedged value, its kind and the next index."""
        hedges: list[tuple[str, int]] = []
        nxt = index
        while len(hedges) < _MAX_HEDGES:
            found = self.match_phrase(nxt, _HEDGE_INDEX)
            if found is None:
                break
            hedges.append((_HEDGES[found[0]], nxt))
            nxt = found[1]
        core_found = self._core(nxt)
        if core_found is None:
            if hedges:
                said = self.text[self.tokens.starts[hedges[-1][1]] : self.tokens.ends[nxt - 1]]
                self.fail(nxt, f"expected a number after {said!r}")
            return None
        core, nxt = core_found
        kind: Kind = core.kind
        plus_minus = self._plus_minus(nxt, core)
        if plus_minus is not None:
            core, nxt = plus_minus
            kind = "about"
            # "about 500 ± 50": the stated margin is the approximation; "about" adds nothing to it.
            hedges = [hedge for hedge in hedges if hedge[0] != "about"]
        suffixes: list[str] = []
        while len(suffixes) < 2:
            found = self.match_phrase(nxt, _SUFFIX_INDEX)
            if found is None:
                break
            suffixes.append(_SUFFIXES[found[0]])
            nxt = found[1]
        if "about" in suffixes:  # "about 500 or less": "or so" binds tighter than the bounds
            core, kind = self._apply(core, "about"), "about"
        for hedge, _ in reversed(hedges):
            core = self._apply(core, hedge)
            kind = _HEDGE_KIND[hedge]
        for hedge in suffixes:
            if hedge != "about":
                core, kind = self._apply(core, hedge), _HEDGE_KIND[hedge]
        return core, kind, nxt

    def _plus_minus(self, index: int, core: _Core) -> tuple[_Core, int] | None:
        """Read "± 50" or "plus or minus 10%" after a single number."""
        word = self.word_at(index)
        if word in ("±", "+/-"):
            nxt = index + 1
        elif (word, self.word_at(index + 1), self.word_at(index + 2)) == ("plus", "or", "minus"):
            nxt = index + 3
        else:
            return None
        if core.nominal is None or core.interval.lo != core.interval.hi:
            return None
        amount = self.amount(nxt)
        if amount is None:
            self.fail(nxt, f"expected a number after {word!r}")
            return None
        spread, end = amount
        margin = spread.value
        if spread.unit == "percent" and core.unit != "percent":
            margin = abs(core.nominal) * spread.value / 100
        return attrs.evolve(
            core, interval=Interval(core.nominal - margin, core.nominal + margin)
        ), end

    def _apply(self, core: _Core, hedge: str) -> _Core:
        """Apply one hedge to a value ("up to" to "400 to 500" gives 0 to 500)."""
        band = core.interval
        about = self.policy.about
        ceiling: Fraction | float = 1 if core.share else INF
        floor = self.policy.floor if band.lo >= 0 else -INF
        if hedge == "about":
            lo = band.lo - absolute(band.lo) * about if band.lo != -INF else band.lo
            hi = band.hi + absolute(band.hi) * about if band.hi != INF else band.hi
            new = Interval(max(lo, floor), min(hi, ceiling))
        elif hedge == "nearly":
            # "nearly" shrinks the size of the number toward zero: "nearly -5" is -5 to -4.5.
            if band.hi < 0:
                new = Interval(band.lo, band.hi * self.policy.nearly, lo_open=band.lo_open)
            else:
                lo = band.lo * self.policy.nearly if band.lo > 0 else band.lo
                new = Interval(lo, band.hi, hi_open=band.hi_open)
        # "just under 0" leaves no relative band to be just under: read it as "under 0".
        elif hedge == "just_under":
            lo = max(band.lo - absolute(band.lo) * about, floor)
            just = Interval.make(lo, band.hi, hi_open=True)
            return attrs.evolve(core, interval=just) if just else self._apply(core, "below")
        elif hedge == "just_over":
            hi = band.hi + absolute(band.hi) * about if band.hi != INF else band.hi
            just = Interval.make(band.lo, min(hi, ceiling), lo_open=True)
            return attrs.evolve(core, interval=just) if just else self._apply(core, "above")
        # A bound on a range keeps its weakest reading: "no more than 400 to 500" is at most 500,
        # since the true figure is at most some number from 400 to 500; "at least 400 to 500" is
        # at least 400 for the same reason.
        elif hedge == "at_most":
            new = Interval(min(floor, band.hi), band.hi, hi_open=band.hi_open)
        elif hedge == "below":
            # "below 0" can only mean a quantity that goes negative, whatever the floor.
            new = Interval(floor if floor < band.hi else -INF, band.hi, hi_open=True)
        elif hedge == "at_least":
            new = Interval(band.lo, max(ceiling, band.lo), lo_open=band.lo_open)
        else:  # above
            new = Interval(band.lo, ceiling, lo_open=True) if band.lo < ceiling else band
        return attrs.evolve(core, interval=new)


_HEDGE_KIND: Final[dict[str, Kind]] = {
    "about": "about",
    "nearly": "nearly",
    "just_under": "nearly",
    "just_over": "about",
    "at_most": "at_most",
    "below": "below",
    "at_least": "at_least",
    "above": "above",
}


def _opposite(first: Kind, second: Kind) -> bool:
    upper = ("at_most", "below")
    lower = ("at_least", "above")
    return (first in upper and second in lower) or (first in lower and second in upper)


def _candidates(parser: _Parser) -> Iterator[int]:
    """Yield the token indices where an expression may start."""
    kinds, words = parser.kinds, parser.words
    for index in range(parser.size):
        if kinds[index] == NUM or words[index] in _STARTERS:
            yield index


def scan(text: str, *, policy: Policy | None = None) -> Iterator[Match]:
    """Yield every numeric expression in ``text``, left to right, longest first, never overlapping.

    Args:
        text: any text.
        policy: how to read hedged and vague wording; :class:`~claimcheck.Policy` defaults if None.
    """
    parser = _Parser(text, policy or DEFAULT_POLICY)
    taken = 0
    for index in _candidates(parser):
        if index < taken:
            continue
        found = parser.expression(index)
        if found is not None:
            estimate, taken = found
            yield Match(parser.tokens.starts[index], parser.tokens.ends[taken - 1], estimate)


def parse_quantity(text: str, *, policy: Policy | None = None) -> Estimate:
    """Read the numeric expression in ``text`` into an :class:`~claimcheck.Estimate`.

    Words around the expression are allowed ("15 to 30 members"); where the text holds several
    expressions, the first is read.

    Args:
        text: English text holding a numeric expression.
        policy: how to read hedged and vague wording; :class:`~claimcheck.Policy` defaults if None.

    Returns:
        The estimate, with ``text`` set to the words it was read from.

    Raises:
        ParseError: the text holds no numeric expression; ``position`` says where reading failed.

    >>> str(parse_quantity("no more than 400 to 500 fighters"))
    '≤ 500'
    >>> str(parse_quantity("roughly half"))
    '≈ 0.5 (0.45–0.55)'
    """
    if not isinstance(text, str):
        raise ParseError(repr(text), 0, f"expected text, not {type(text).__name__}")
    parser = _Parser(text, policy or DEFAULT_POLICY)
    for index in _candidates(parser):
        found = parser.expression(index)
        if found is not None:
            return found[0]
    if not text.strip():
        raise ParseError(text, 0, "the text is empty")
    if parser.failure is not None:
        raise ParseError(text, *parser.failure)
    raise ParseError(text, 0, "no number or amount found")
