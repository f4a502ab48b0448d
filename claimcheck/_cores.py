"""Read the core of an expression (private): an amount, a range of two, a share or a vague amount.

:class:`CoreReader` builds on :class:`~claimcheck._amounts.AmountReader`; :mod:`claimcheck._hedges` puts
the hedges around a core, and :mod:`claimcheck.parse` reads whole expressions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from claimcheck import _lexicon as lex
from claimcheck._amounts import Amount, AmountReader, index_phrases
from claimcheck._interval import Interval
from claimcheck._tokens import phrase

if TYPE_CHECKING:
    from fractions import Fraction

    from claimcheck.policy import Policy
    from claimcheck.quantity import Kind

__all__ = ["OPENER_INDEX", "QUANTIFIER_INDEX", "Core", "CoreReader"]

#: Scale words after a vague amount ("several hundred thousand"); the cap bounds the work and the value.
_MAX_SCALES: Final = 3

_RANGE_OPENERS: Final = {phrase(words): frozenset(joiners) for words, joiners in lex.RANGE_OPENERS.items()}
_RANGE_JOINERS: Final = {phrase(words): "" for words in lex.RANGE_JOINERS}
_QUANTIFIERS: Final = {phrase(words): name for words, name in lex.QUANTIFIERS.items()}
_MAJORITY: Final = {phrase(words): side for words, side in lex.MAJORITY.items()}

OPENER_INDEX: Final = index_phrases(_RANGE_OPENERS)
_JOINER_INDEX: Final = index_phrases(_RANGE_JOINERS)
QUANTIFIER_INDEX: Final = index_phrases(_QUANTIFIERS, _MAJORITY)


@attrs.define(slots=True)
class Core:
    """A value before its hedges are applied."""

    interval: Interval
    unit: str | None
    kind: Kind
    nominal: Fraction | None
    share: bool
    #: The step of the last printed digit (see :attr:`claimcheck.Estimate.precision`).
    precision: Fraction | None = None


class CoreReader(AmountReader):
    """Reads ranges, shares and vague amounts over an :class:`AmountReader`."""

    def __init__(self, text: str, policy: Policy) -> None:
        """Tokenise ``text`` and read it with ``policy``."""
        super().__init__(text)
        self.policy = policy
        #: Set past "between 5 and" when its second number is missing: no other reading may start inside
        #: a range that was begun and not finished ("between 5 and" is not 5).
        self.unfinished = 0

    def core(self, index: int) -> tuple[Core, int] | None:
        """Read a range, an amount, a share or a vague amount."""
        vague = self._vague(index)
        if vague is not None:
            return vague
        opener = self.match_phrase(index, OPENER_INDEX)
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
    ) -> tuple[Core, int] | None:
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
            said = self.text[self.tokens.starts[index - len(opener)] : self.tokens.ends[nxt]]
            self.fail(nxt + 1, f"expected the second number of the range after {said!r}")
            self.unfinished = max(self.unfinished, nxt + 1)
            return None
        joined = self._range(amount, second[0])
        if joined is None:
            self.fail(nxt + 1, "the two ends of the range are in different units")
            return None
        return joined, second[1]

    def _single(self, amount: Amount) -> Core:
        return Core(
            Interval(amount.value, amount.value),
            amount.unit,
            "fraction" if amount.share else "exact",
            amount.value,
            amount.share,
            amount.precision,
        )

    def _range(self, low: Amount, high: Amount) -> Core | None:
        """Join two amounts into a range, sharing the scale and unit that only one of them states.

        Returns None when the two ends state different units.
        """
        # "5 to 7 million": a scale written once applies to both, when the bare numbers rise.
        if high.scaled and not low.scaled and low.raw < high.raw and not low.share and high.raw:
            low.rescale(high.value / high.raw)
        if low.unit is None:
            low.unit = high.unit
        elif high.unit is None:
            high.unit = low.unit
        if low.unit != high.unit:
            return None
        lo, hi = sorted((low.value, high.value))
        steps = [step for step in (low.precision, high.precision) if step is not None]
        precision = min(steps) if steps else None  # the finer end says how the range was rounded
        return Core(Interval(lo, hi), low.unit, "range", None, low.share and high.share, precision)

    def _vague(self, index: int) -> tuple[Core, int] | None:
        """Read "a few", "several hundred", "dozens", "tens of thousands", "millions of dollars"."""
        policy = self.policy.vague
        quantifier = self.match_phrase(index, QUANTIFIER_INDEX)
        if quantifier is not None:
            words, nxt = quantifier
            if words in _MAJORITY:
                side = _MAJORITY[words]
                band = (
                    Interval(lex.HALF, 1, low_open=True)
                    if side == "above"
                    else Interval(0, lex.HALF, high_open=True)
                )
                return Core(band, None, "vague", None, share=True), nxt
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

    def _vague_unit(self, band: Interval, index: int) -> tuple[Core, int]:
        """Read the unit of a vague amount: "millions of dollars", "a few per cent", "several km"."""
        unit = None
        found = self.unit(index + 1 if self.word_at(index) == "of" else index)
        if found is not None:
            unit, index = found
        return Core(band, unit, "vague", None, share=False), index
