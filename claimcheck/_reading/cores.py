"""Read the core of an expression (private): an amount, a range of two, a share or a vague amount.

:class:`CoreReader` builds on :class:`~claimcheck._reading.amounts.AmountReader`;
:mod:`claimcheck._reading.hedges` puts the hedges around a core, and :mod:`claimcheck.parse` reads whole
expressions.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Final

import attrs

from claimcheck._reading import words as lex
from claimcheck._reading.amounts import Amount, AmountReader, index_phrases
from claimcheck._reading.tokens import NUM, WORD, phrase, read_number
from claimcheck._reading.unit_spellings import SMALLER_TIME_LETTERS
from claimcheck._values.interval import Interval
from claimcheck.quantity import Estimate
from claimcheck.units import LEVELS, conversion_factor, dimension, is_currency

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimcheck.policy import Policy
    from claimcheck.quantity import Kind, Relation

__all__ = [
    "AFTER_AMOUNT", "OPENER_INDEX", "QUANTIFIER_INDEX", "WORD_STEP", "Core", "CoreReader", "estimate_of"
]  # fmt: skip

#: Scale words after a vague amount ("several hundred thousand"); the cap bounds the work and the value.
_MAX_SCALES: Final = 3
#: How far ahead "respectively" is looked for ("30k or 45k in the two regions respectively").
_RESPECTIVELY_REACH: Final = 16
#: How many words back a score word makes a pair a score: "beat Aston Villa 3-1".
_SCORE_REACH: Final = 3
#: The largest score of a game ("won 3-2"); a dash between larger numbers may be a range.
_MAX_SCORE: Final = 30
#: Two bare numbers within this factor of each other share a scale written once ("from 6 to 5.5 million").
_NEAR: Final = 10
#: Dashes that join a range; spaced out ("2019 – four million more") they may set off an aside.
_DASHES: Final = frozenset({"-", "–", "—"})
#: Units of time, which "and" may join in one figure: "1 hour and 5 minutes".
_TIME_UNITS: Final = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})

_RANGE_OPENERS: Final = {phrase(words): frozenset(joiners) for words, joiners in lex.RANGE_OPENERS.items()}
_RANGE_JOINERS: Final = {phrase(words): "" for words in lex.RANGE_JOINERS}
_QUANTIFIERS: Final = {phrase(words): name for words, name in lex.QUANTIFIERS.items()}
_MAJORITY: Final = {phrase(words): side for words, side in lex.MAJORITY.items()}

OPENER_INDEX: Final = index_phrases(_RANGE_OPENERS)
_JOINER_INDEX: Final = index_phrases(_RANGE_JOINERS)
#: Every token the core reader may read right after an amount: the joiners of a range ("5 to 7").
AFTER_AMOUNT: Final = frozenset(_JOINER_INDEX)
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
    #: What the value is measured against, where the words say ("three times as many": "ratio");
    #: None for an amount or a share, which :mod:`claimcheck.parse` tells apart by unit.
    relation: Relation | None = None
    #: For a change written "from 200 to 350", the figure it changed to; this core is the one it
    #: changed from.
    then: Core | None = None
    #: For a change, the tokens where its first figure and :attr:`then` begin.
    then_at: tuple[int, int] = (0, 0)

    def with_interval(self, interval: Interval) -> Core:
        """The same core with another interval (``attrs.evolve``, without its cost on the hot path)."""
        return Core(
            interval, self.unit, self.kind, self.nominal, self.share, self.precision, self.relation,
            self.then, self.then_at,
        )  # fmt: skip


#: The step of a share or a multiple in words ("one in five", "two thirds", "twice", "a third more"), as a
#: part of its value: writers pick the nearest simple words, so "one in five" stands for 19% up to 21%
#: and "twice as many" for 1.9 up to 2.1 times (a tenth of the value, half of it either way).
WORD_STEP: Final = Fraction(1, 10)


def estimate_of(core: Core, kind: Kind, text: str) -> Estimate:
    """The :class:`~claimcheck.Estimate` a core states once its hedges are applied, read from ``text``.

    The one builder of an estimate from a core, for the grammar (:mod:`claimcheck.parse`) and the fast
    path (:mod:`claimcheck._reading.plain`) alike: its relation is the core's, or a share for a share or a
    percentage, else an amount; a share or a multiple in words with no printed digit is rounded to a
    tenth of its value (:data:`WORD_STEP`).
    """
    relation = core.relation or ("share" if core.share or core.unit == "percent" else "amount")
    precision = core.precision
    if precision is None and relation in ("share", "ratio") and core.nominal:
        precision = abs(core.nominal) * WORD_STEP  # "one in five", "twice": the nearest simple words
    interval = core.interval
    return Estimate.from_reading(
        interval.lo,
        interval.hi,
        core.unit or "",
        low_open=interval.low_open,
        high_open=interval.high_open,
        kind=kind,
        text=text,
        nominal=core.nominal,
        precision=precision,
        relation=relation,
    )


def _share_scale(low: Amount, high: Amount, *, loose: bool) -> None:
    """Give the first of two numbers the scale that only the second states: "5 to 7 million".

    Between a range's ends the scale is shared when the bare numbers rise. Where the order of the two is
    still to be decided (a pair that may fall, "6 to 5.5 million"), it is shared when the bare numbers
    are within a factor of ten of each other; "500 to 2 million" keeps 500.
    """
    if not high.scaled or low.scaled or low.share or not high.raw:
        return
    near = _NEAR * low.raw > high.raw and low.raw < _NEAR * high.raw
    if low.raw < high.raw or (loose and near):
        low.rescale(high.value / high.raw)


def _people_verb(word: str, then: str) -> bool:
    """Whether "scores" before ``word`` ``then`` are many people: "scores died", "scores were killed".

    Results are "level", "tied" or "published", never killed or hurt: "the scores were level".
    """
    if word in lex.PEOPLE_VERBS:
        return True
    if word not in ("were", "are", "have", "had", "was", "been"):
        return False
    return then not in lex.RESULT_WORDS and (then in lex.PEOPLE_STATES or then.endswith("ed"))


def _scaled(band: Interval, factor: int) -> Interval:
    """A vague amount's band times a scale ("several hundred", "tens of thousands"): one per band and scale.

    Intervals are immutable, and a text repeats its vague amounts: the product of exact ends is kept.
    """
    key = (band, factor)
    found = _SCALED.get(key)
    if found is None:
        found = band.scale(factor)
        if len(_SCALED) >= _SCALED_CACHE:
            _SCALED.clear()
        _SCALED[key] = found
    return found


#: Bands times scales (see ``_scaled``), dropped whole when it fills (policies may give any band).
_SCALED: Final[dict[tuple[Interval, int], Interval]] = {}
_SCALED_CACHE: Final = 1024


class CoreReader(AmountReader):
    """Reads ranges, shares and vague amounts over an :class:`AmountReader`."""

    def __init__(self, text: str, policy: Policy, *, spans: Sequence[tuple[int, int]] | None = None) -> None:
        """Tokenise ``text`` (only ``spans`` of it, if given) and read it with ``policy``."""
        super().__init__(text, spans=spans)
        self.policy = policy
        #: Set past "between 5 and" when its second number is missing: no other reading may start inside
        #: a range that was begun and not finished ("between 5 and" is not 5).
        self.unfinished = 0
        #: Set by a change word before the core ("rose from 200 to 350"): "from ... to" is then a change.
        self.changing = False
        #: The token where the counted thing begins, when the last expression read took it in to reach
        #: a rate ("1,200 cases a week"); None otherwise.
        self.noun_at: int | None = None

    def core(self, index: int) -> tuple[Core, int] | None:
        """Read a range, an amount, a share or a vague amount."""
        if index >= self.size or self.kinds[index] != NUM:  # digits open no vague amount and no range
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
        compound = self._compound(amount, nxt)
        if compound is not None:
            amount, nxt = compound
        joiner = self.match_phrase(nxt, _JOINER_INDEX)
        if (
            joiner is not None
            and joiner[0][0] != "and"
            and not self._pair_not_range(index, nxt)
            and not self.minus_sign(nxt)
        ):
            second = self.amount(joiner[1], context=amount.unit)
            if second is not None and self._joins(index, nxt, joiner[1], second[1]):
                # A descending pair is never a range: "led 52% to 41%", "won 3-2" are two figures.
                # (A span of years written short, "2019-20", is left whole for extract to name.)
                start, end = self.word_at(index), self.word_at(joiner[1])
                short_years = len(start) == 4 and len(end) == 2 and start.isdigit() and end.isdigit()
                joined = self._range(amount, second[0], ordered=not short_years)
                if joined is not None:
                    return joined, second[1]
        return self._single(amount), nxt

    def _compound(self, amount: Amount, index: int) -> tuple[Amount, int] | None:
        """Read the smaller unit after a whole figure: "2 hours 6 minutes" is 126 minutes, "5ft 10in" 70in.

        The second figure is in a smaller unit of the same dimension and below one of the first ("6
        minutes", not "90 minutes"); "and" may join units of time ("1 hour and 5 minutes"). The figure
        is then in the smaller unit, printed to its last digit.
        """
        unit = amount.unit
        if unit is None or amount.share or amount.value < 0 or amount.value.denominator != 1:
            return None
        at = index + 1 if self.word_at(index) == "and" and unit in _TIME_UNITS else index
        spelled = at > index and (self.word_at(at) in lex.ONES or self.word_at(at) in lex.TENS)
        if at >= self.size or (self.kinds[at] != NUM and not spelled):  # "six years and eight months"
            return None
        if is_currency(unit) or unit in LEVELS:
            return None
        found = self._smaller_time(unit, at) or self.amount(at)
        if found is None:
            return None
        part, end = found
        if part.unit is None or part.unit == unit or part.share or dimension(part.unit) != dimension(unit):
            return None
        factor = conversion_factor(unit, part.unit)
        if factor <= 1 or not 0 <= part.value < factor:
            return None
        value = amount.value * factor + part.value
        return Amount(value, value, scaled=False, unit=part.unit, step=part.step, rounded=part.rounded), end

    def _smaller_time(self, unit: str, index: int) -> tuple[Amount, int] | None:
        """Read "40m" after hours as minutes ("6h 40m"), "30s" after minutes as seconds ("2min 30s").

        The letter is read so only glued to a whole number right after the larger unit: alone, "40m" is
        millions or metres.
        """
        smaller = SMALLER_TIME_LETTERS.get(unit)
        if smaller is None or self.kinds[index] != NUM or self.word_at(index + 1) != smaller[0]:
            return None
        glued_on = (
            index + 2 < self.size and self.tokens.adjacent(index + 2) and self.kinds[index + 2] == NUM
        )  # "40m2"
        if not self.tokens.adjacent(index + 1) or glued_on:
            return None
        value, step = read_number(self.words[index])
        if step != 1:
            return None
        return Amount(value, value, scaled=False, unit=smaller[1], step=step), index + 2

    def _pair_not_range(self, first: int, joiner: int) -> bool:
        """Return whether two numbers around ``joiner`` are two figures whatever their order.

        A change word before them ("rose 3.2% to 212p": a change and a level), a score ("won 3-2",
        "a 2-2 draw") and "respectively" later in the sentence ("30k or 45k … respectively").
        """
        if self.changing and self.word_at(joiner) == "to":
            return True
        before = self.word_at(first - 1)
        if self.word_at(joiner) in _DASHES and (before in lex.SCORE_WORDS or before == "a"):
            after = self.word_at(joiner + 2)
            if before in lex.SCORE_WORDS or after in lex.SCORE_WORDS:
                return True
        if self.word_at(joiner) in _DASHES and self._score(first, joiner):
            return True
        if self.word_at(joiner) in ("or", "and", ","):
            for ahead in range(joiner + 1, min(joiner + _RESPECTIVELY_REACH, self.size)):
                word = self.words[ahead]
                if word == "respectively":
                    return True
                if word in (".", ";", "!", "?"):
                    break
        return False

    def _score(self, first: int, joiner: int) -> bool:
        """Whether two small whole numbers joined by a dash are a match's score.

        They are between two names ("Wolves 0-3 Burnley") or follow a score word a name or two before
        ("beat City 3-1", "drew with Leeds 2-2").
        """
        second = joiner + 1
        if not all(
            position < self.size
            and self.kinds[position] == NUM
            and self.words[position].isdigit()
            and int(self.words[position]) <= lex.MAX_GOALS
            for position in (first, second)
        ):
            return False
        named = first > 0 and second + 1 < self.size and self._capitalised(first - 1)
        if named and self._capitalised(second + 1):
            return self.kinds[first - 1] == WORD and self.kinds[second + 1] == WORD
        for back in range(first - 1, max(-1, first - 1 - _SCORE_REACH), -1):
            word = self.words[back]
            if word in lex.SCORE_WORDS:
                return True
            if self.kinds[back] != WORD:
                return False
        return False

    def _joins(self, first: int, joiner: int, second: int, end: int) -> bool:
        """Return whether a joiner written between two numbers makes them one range.

        A dash with spaces around it joins only digits, and never a year to a scaled number: "by the
        end of 2019 – four million more" is a year and a count. A score of two small whole numbers
        joined by a dash ("3-2", "2-2") is read only where words around it say so.
        """
        word = self.word_at(joiner)
        if word not in _DASHES or (self.tokens.adjacent(joiner) and self.tokens.adjacent(second)):
            return True
        if self.kinds[first] != NUM or self.kinds[second] != NUM:
            return False
        year = self.words[first]
        return not (len(year) == 4 and year.isdigit() and end > second + 1)

    def _range_after_opener(
        self, index: int, joiners: frozenset[str], opener: tuple[str, ...]
    ) -> tuple[Core, int] | None:
        first = self.amount(index)
        if first is None:
            self.fail(index, f"expected a number after {' '.join(opener)!r}")
            return None
        amount, nxt = first
        if opener == ("from",) and (self.word_at(nxt), self.word_at(nxt + 1)) == ("up", "to"):
            nxt += 1  # "from 2.1bn up to 2.4bn"
        if self.word_at(nxt) not in joiners:
            self.fail(nxt, f"expected {' or '.join(sorted(joiners))!r} after the first number")
            return None
        second = self.amount(nxt + 1, context=amount.unit)
        if second is None and self.changing and opener == ("from",):
            # "has fallen from 450,000 to fewer than 100,000": the figure before, then a figure of its own.
            return self._single(amount), nxt
        if second is None:
            said = self.text[self.tokens.starts[index - len(opener)] : self.tokens.ends[nxt]]
            self.fail(nxt + 1, f"expected the second number of the range after {said!r}")
            self.unfinished = max(self.unfinished, nxt + 1)
            return None
        if opener == ("from",):
            # "from 6.2 to 6.1 percent", "rose from 200 to 350": a change from one figure to another.
            pair = self._change(amount, second[0])
            if pair is not None:
                pair.then_at = (index, nxt + 1)
                return pair, second[1]
        joined = self._range(amount, second[0])
        if joined is None:
            self.fail(nxt + 1, "the two ends of the range are in different units")
            return None
        return joined, second[1]

    def _change(self, start: Amount, end: Amount) -> Core | None:
        """Read "from A to B" as a change when a change word comes before it or B is not above A.

        Returns the core of A with B as its :attr:`Core.then`, or None for a range.
        """
        _share_scale(start, end, loose=True)
        if end.unit is None:
            end.unit = start.unit
        elif start.unit is None:
            start.unit = end.unit
        if start.unit != end.unit or not (self.changing or end.value <= start.value):
            return None
        first = self._single(start)
        first.then = self._single(end)
        return first

    def _single(self, amount: Amount) -> Core:
        value = amount.value
        point = (  # a Fraction's point is settled as it is: nothing to convert or check
            Interval.settled(value, value, low_open=False, high_open=False)
            if type(value) is Fraction
            else Interval(value, value)
        )
        return Core(
            point,
            amount.unit,
            "fraction" if amount.share else "exact",
            amount.value,
            amount.share,
            amount.precision,
        )

    def _range(self, low: Amount, high: Amount, *, ordered: bool = False) -> Core | None:
        """Join two amounts into a range, sharing the scale and unit that only one of them states.

        Returns None when the two ends state different units, or, when ``ordered``, when the second is
        not above the first.
        """
        _share_scale(low, high, loose=ordered)
        if low.unit is None:
            low.unit = high.unit
        elif high.unit is None:
            high.unit = low.unit
        if low.unit != high.unit or (ordered and low.value >= high.value):
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
                if self.word_at(nxt) == "of" and self.kinds[nxt + 1 : nxt + 2] == [NUM]:
                    return None  # "a majority of 174" is a margin of seats, counted by its figure
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
                band = _scaled(band, lex.SCALES[self.word_at(nxt)])
                nxt += 1
            return self._vague_unit(band, nxt)
        word = self.word_at(index)
        if word not in lex.VAGUE_PLURALS:
            return None
        if word in lex.VAGUE_NEEDS_OF and not self._vague_scores(index):
            return None  # "Scores:", "the scores were level": results, not a vague amount
        band = policy[lex.VAGUE_PLURALS[word]]
        nxt = index + 1
        # "tens of thousands", "hundreds of millions": the plural multiplies the next scale.
        for _ in range(_MAX_SCALES):
            if self.word_at(nxt) != "of" or self.word_at(nxt + 1) not in lex.PLURAL_SCALE:
                break
            band = _scaled(band, lex.PLURAL_SCALE[self.word_at(nxt + 1)])
            nxt += 2
        return self._vague_unit(band, nxt)

    def _vague_scores(self, index: int) -> bool:
        """Whether "scores" at ``index`` is a vague amount: "scores of people", "scores more", or alone."""
        after = self.word_at(index + 1)
        if after in ("of", "more") or _people_verb(after, self.word_at(index + 2)):
            return self.word_at(index - 1) not in lex.OWNERS
        return index == 0 and not after

    def _vague_unit(self, band: Interval, index: int) -> tuple[Core, int]:
        """Read the unit of a vague amount: "millions of dollars", "a few per cent", "several km"."""
        unit = None
        found = self.unit(index + 1 if self.word_at(index) == "of" else index)
        if found is not None:
            unit, index = found
        return Core(band, unit, "vague", None, share=False), index
