"""Read the hedges around a core (private): bounds, approximations, suffixes and "plus or minus".

"up to about 500", "500 or more", "less than 5000 or equal", "500 ± 50": :class:`HedgeReader` reads the
words before and after a core (:mod:`claimcheck._reading.cores`) and applies them, each one a change of the
core's interval under the :class:`~claimcheck.Policy`.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final

import attrs

from claimcheck._reading import words as lex
from claimcheck._reading.amounts import index_phrases
from claimcheck._reading.cores import Core
from claimcheck._reading.relations import Change, Comparison, RelationReader, relate
from claimcheck._reading.tokens import NOT_A_QUANTITY, NUM, WORD, not_a_quantity, phrase
from claimcheck._values.interval import INF, Interval, absolute
from claimcheck.units import LEVELS, is_currency, is_money_rate

if TYPE_CHECKING:
    from collections.abc import Iterable

    from claimcheck.policy import Policy
    from claimcheck.quantity import Kind

__all__ = [
    "AFTER_CORE",
    "BOUNDS",
    "BOUND_JOINER_INDEX",
    "HEDGE_INDEX",
    "HedgeReader",
    "apply_hedge",
    "estimated_around",
    "hedge_kind",
    "opposite",
    "rounded_step",
]

#: The most words of a noun between a figure and the copula of "2,000 people are thought to have fled".
_ESTIMATE_NOUN: Final = 4
_COPULAS: Final = frozenset({"is", "are", "was", "were"})
_ESTIMATES: Final = frozenset({"estimates", "estimate"})
#: Where an estimate read from the words around a figure stands among its hedges: nowhere before it.
_AROUND: Final = -1
_ADVERBS: Final = frozenset({"now", "also", "widely", "still", "generally", "officially"})
#: Words before a figure that make it a time, no subject of the verb after it ("by 2030 prices are
#: thought to").
_WHEN: Final = frozenset("in by since until till from before after during on at to".split())
_YEAR_LIKE: Final = re.compile(r"1[0-9]{3}|2[01][0-9]{2}")
#: Words that end a figure's noun before an estimate word could speak of the figure ("2,000 fled and
#: 40 are thought ...", "3 who are believed ...").
_NOT_NOUN: Final = frozenset({"and", "or", "but", "who", "which", "that", "while", "as", "than", "to"})
#: Hedges stack ("up to about 500") but never without end: the cap keeps each start position cheap.
_MAX_HEDGES: Final = 4
#: The least half-width of "about" on a level (units.LEVELS), in its unit: "about 0C" is -1C to 1C.
_LEVEL_BAND: Final = 1


def _table(entries: Iterable[tuple[str, ...]], value: str) -> dict[tuple[str, ...], str]:
    return {phrase(entry): value for entry in entries}


_HEDGES: Final[dict[tuple[str, ...], str]] = {
    **_table(lex.ABOUT, "about"),
    **_table(lex.ESTIMATED, "estimated"),
    **_table(lex.NEARLY, "nearly"),
    **_table(lex.JUST_UNDER, "just_under"),
    **_table(lex.JUST_OVER, "just_over"),
    **_table(lex.AT_MOST, "at_most"),
    **_table(lex.BELOW, "below"),
    **_table(lex.AT_LEAST, "at_least"),
    **_table(lex.ABOVE, "above"),
    **_table(lex.EQUAL, "equal"),
}
_SUFFIXES: Final[dict[tuple[str, ...], str]] = {
    **_table(lex.SUFFIX_AT_LEAST, "at_least"),
    **_table(lex.SUFFIX_AT_MOST, "at_most"),
    **_table(lex.SUFFIX_ABOUT, "about"),
}
_OR_EQUAL: Final = _table(lex.OR_EQUAL, "")

HEDGE_INDEX: Final = index_phrases(_HEDGES)
_UP_TO: Final = ("up", "to")
_SUFFIX_INDEX: Final = index_phrases(_SUFFIXES)
_OR_EQUAL_INDEX: Final = index_phrases(_OR_EQUAL)
BOUND_JOINER_INDEX: Final = index_phrases(_table(lex.BOUND_JOINERS, ""))
#: Every token the hedge reader may read right after a core: "± 50", "plus or minus", a suffix ("or
#: more", "or so"), "or equal".
AFTER_CORE: Final = frozenset({"±", "+/-", "plus", *_SUFFIX_INDEX, *_OR_EQUAL_INDEX})

#: The hedges that bound a value on one side.
BOUNDS: Final = frozenset({"at_most", "below", "at_least", "above"})
#: What closing an exclusive bound with "or equal" makes of it.
_CLOSED: Final = {"below": "at_most", "above": "at_least"}

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


def opposite(first: Kind, second: Kind) -> bool:
    """Return whether two kinds bound a value from opposite sides."""
    upper = ("at_most", "below")
    lower = ("at_least", "above")
    return (first in upper and second in lower) or (first in lower and second in upper)


class HedgeReader(RelationReader):
    """Reads a core with the hedges before and after it."""

    #: The hedges before the figure that :meth:`bounded` read last ("up to": ``("at_most",)``).
    hedged: tuple[str, ...] = ()
    #: The figure as printed, with its hedges, where the words around it made another value of it
    #: ("rose 3%" is the ratio 1.03; "3%" is printed); None where the value is the printed figure.
    printed: tuple[Core, Kind] | None = None
    #: Whether :meth:`bounded` read a change word that states no change of its figure ("dropped 3
    #: bombs"): the expression then starts after it.
    unchanged: bool = False

    def asking(self, index: int) -> bool:
        """Return whether token ``index`` is the "about" of "how about 5", which asks and does not hedge."""
        return self.word_at(index) == "about" and index > 0 and self.words[index - 1] in ("how", "what")

    def bounded(self, index: int, inherited: tuple[str, ...] = ()) -> tuple[Core, Kind, int] | None:
        """Read hedges, a core and suffixes; return the hedged value, its kind and the next index.

        The words that relate the figure to another (a change word before it, a comparison after it,
        :mod:`claimcheck._reading.relations`) are read around the hedged figure and applied after the hedges:
        "up to 500 fewer" is -500 to 0. ``inherited`` hedges apply where the figure states none of its
        own (a hedge over a list: "up to 9,000 in the north and 6,000 in the south"); :attr:`hedged`
        says which hedges the figure read took.
        """
        self.noun_at = None
        self.printed = None
        self.unchanged = False
        self.hedged = ()
        change_found = self.change(index)
        change, nxt = change_found if change_found is not None else (self.change_before(index), index)
        hedges, nxt = self._hedges_before(nxt)
        self.changing = change is not None
        self.core_at = nxt
        if self.word_at(nxt) == "from":
            change = None  # "rose from 200 (to ...)": the figure before a change, no change itself
        core_found = self.core(nxt)
        self.changing = False
        if core_found is None and hedges:
            core_found = self._a_period(nxt)  # "more than a year", "under an hour": one of the period
        if core_found is None:
            if hedges and nxt < self.size and self.kinds[nxt] in NOT_A_QUANTITY:
                self.fail(nxt, not_a_quantity(self.kinds[nxt], self.words[nxt]))  # "about 1e400 people"
            elif hedges:
                said = self.text[self.tokens.starts[hedges[-1][1]] : self.tokens.ends[nxt - 1]]
                self.fail(nxt, f"expected a number after {said!r}")
            return None
        core, nxt = core_found
        if core.then is not None:  # "rose from 200 to 350": two figures, read as they are
            return core, core.kind, nxt
        hedges = [hedge for hedge in hedges if not self._span(hedge[1], core)]
        if not hedges and change is None:
            hedges = [(hedge, index) for hedge in inherited]
        rough = change is None and all(hedge == "about" for hedge, _ in hedges)
        # "estimates put the toll at 2,000", "2,000 are thought to": an estimate of this figure alone (no
        # hedge of a list: "2,000 are thought to have fled, 300 of them children")
        if rough and estimated_around(self.words, self.kinds, self.core_at, nxt):
            hedges.append(("estimated", _AROUND))
        if any(hedge == "estimated" for hedge, _ in hedges):
            # "about an estimated 948,000", "some 2,000 are thought to": one rough figure, widened once
            hedges = [hedge for hedge in hedges if hedge[0] != "about"]
        if change is not None and change.off:
            change, nxt = self._taken_off(core, nxt)
        elif change is not None and change.to and self.word_at(nxt) == "to" and core.unit is not None:
            change = Change(1, strong=True)  # "adding 20 minutes to the journey", "added £300 to bills"
        read = self._around(core, nxt, hedges, change)
        per = self.per_thing_before(index)
        unit = read[0].unit
        if per is not None and unit is not None and is_currency(unit):  # "GDP per capita of $45,000"
            return attrs.evolve(read[0], unit=f"{unit} / {per}"), read[1], read[2]
        if per == "year" and unit == "percent" and read[0].relation is None:  # "an annualised 2.4%"
            self.printed = (read[0], read[1])  # "2.9%" as printed, whichever way the rate goes
            yearly = attrs.evolve(read[0], unit="percent / year", share=False)
            if self.annualised_falls(index):  # "shrank at an annualised rate of 2.9%": -2.9% a year
                nominal = yearly.nominal
                yearly = attrs.evolve(
                    yearly, interval=yearly.interval.scale(-1), nominal=None if nominal is None else -nominal
                )
            return yearly, read[1], read[2]
        return read

    def _around(
        self, core: Core, index: int, hedges: list[tuple[str, int]], change: Change | None
    ) -> tuple[Core, Kind, int]:
        """Read the words after a core and apply them, the hedges and the relation to it."""
        kind: Kind = core.kind
        nxt = index
        plus_minus = self._plus_minus(nxt, core)
        if plus_minus is not None:
            core, nxt = plus_minus
            kind = "about"
            # "about 500 ± 50": the stated margin is the approximation; "about" adds nothing to it.
            hedges = [hedge for hedge in hedges if hedge[0] != "about"]
        self.points_sign, self.points_scored = 1, False
        points = self._points_at(nxt, core, hedges, change)
        if points is not None and self.points_scored:  # "a 12-point lead at half-time": points scored
            nxt = points[0]
        elif points is not None:  # "3 percentage points" is printed to the point, like "3%"
            nxt, factor = points
            precision = (core.precision or Fraction(1)) * factor
            if factor != 1:  # "25 basis points" is 0.25 percentage points
                nominal = None if core.nominal is None else core.nominal * factor
                core = attrs.evolve(core, interval=core.interval.scale(factor), nominal=nominal)
            core = attrs.evolve(core, unit="percent", precision=precision)
        comparison_found = self.comparison(nxt, core)
        comparison, years = None, None
        if comparison_found is not None:
            comparison, nxt = comparison_found
        elif core.relation is None:
            core, nxt, years = self._rated(core, nxt, change)
            comparison, nxt = self._rate_compared(core, nxt, years)
        # "dropped 3 bombs" counts bombs, "increased three times" counts times: neither is a change.
        # A rate's change ("rose 2-3% a year") is a rate of growth, read as it is.
        if change is not None and self.no_change(
            change, core, index - 1, nxt, related=points is not None or comparison is not None
        ):
            change = None
            self.unchanged = True
        # "risen by more than a third": a share that is added is no part of a whole, and no bound stops it
        # at one.
        share = core.share
        if share and (change is not None or comparison is not None):
            core = attrs.evolve(core, share=False)
        suffixes, nxt = self._suffixes(nxt, hedges)
        if "about" in suffixes:  # "about 500 or less": "or so" binds tighter than the bounds
            core, kind = apply_hedge(core, "about", self.policy), "about"
        for hedge, _ in reversed(hedges):
            if hedge != "equal":  # "equal to 20" states 20
                kind = hedge_kind(hedge, core, kind)
                core = self._hedge(core, hedge)
        for hedge in suffixes:
            if hedge != "about":
                core, kind = apply_hedge(core, hedge, self.policy), _HEDGE_KIND[hedge]
        self.hedged = tuple(hedge for hedge, at in hedges if hedge != "equal" and at != _AROUND)
        core = attrs.evolve(core, share=share) if share != core.share else core
        related = relate(core, comparison, change, points=0 if points is None else self.points_sign)
        if years is not None:
            related = _compounded(related, years)
        if related is not core and (related.interval != core.interval or related.unit != core.unit):
            self.printed = (core, kind)
        if related.relation is not None and kind == "fraction":
            kind = "exact"  # "a third more" is a multiple, no longer a share
        return related, kind, nxt

    def _rated(self, core: Core, index: int, change: Change | None) -> tuple[Core, int, int | None]:
        """Read the second half of a rate at ``index`` into ``core``.

        Returns the core, the next index, and the years a yearly change runs for where it compounds ("rose
        10% a year for three years"; the core then stays the yearly per cent), else None.
        """
        rate = self.rate(index, core.unit)
        if rate is None:
            return core, index, None
        years = None if change is None else self.years_compounded(rate, core)
        if years is not None:  # one change, compounded: the core stays the yearly per cent
            return core, years[1], years[0]
        if rate[2] > index:
            self.noun_at = index
        return self._with_rate(core, rate[0]), rate[1], None

    def years_compounded(self, rate: tuple[str | Fraction, int, int], core: Core) -> tuple[int, int] | None:
        """The years a yearly change in per cent runs for, and the index after them; or None.

        "rose 10% a year for three years", "up 4% a year over five years", "grew 3% a year in each of the
        past four years": the change compounds (1.1 x 1.1 x 1.1), so the figure is that of the whole span.
        """
        if core.unit != "percent" or rate[0] != "percent / year" or rate[2] != rate[1] - 2:
            return None
        at = rate[1]
        if self.word_at(at) in ("for", "over"):
            at += 1
        elif self.words[at : at + 4] == ["in", "each", "of", "the"] and self.word_at(at + 4) in _SPAN_BEFORE:
            at += 5
        else:
            return None
        word = self.word_at(at)
        years = lex.ONES.get(word) if at < self.size and self.kinds[at] == WORD else None
        if at < self.size and self.kinds[at] == NUM and word.isdigit():
            years = int(word)
        if self.word_at(at + 1) in _YEARS_RUNNING:  # "for three consecutive years"
            at += 1
        if years is None or not 1 < years <= _MOST_YEARS or self.word_at(at + 1) != "years":
            return None
        return years, at + 2

    def _rate_compared(self, core: Core, index: int, years: int | None) -> tuple[Comparison | None, int]:
        """Read a comparison after a rate at ``index``: "18 cents a gallon more", "400 cases a week more".

        And the rise or fall of money per a period or a thing that "a" names: "a £83-a-month rise", "a
        50p-an-hour pay rise" (not "bills of £100 a month rise with use": a verb). Returns the
        comparison (None where there is none) and the next index.
        """
        if years is not None or core.share or " / " not in (core.unit or ""):
            return None, index
        if self.word_at(index) not in lex.COMPARATIVES and not self._rate_rise(core, index):
            return None, index
        found = self.comparison(index, core)
        return (None, index) if found is None else found

    def _rate_rise(self, core: Core, index: int) -> bool:
        """Whether "a", money per a period, then a rise or fall at ``index``: "a £83-a-month rise"."""
        if not is_money_rate(core.unit or "") or lex.CHANGE_NOUNS.isdisjoint(self.words[index : index + 3]):
            return False
        return self.word_at(self.core_at - 1) in ("a", "an")

    def _a_period(self, index: int) -> tuple[Core, int] | None:
        """Read "a year", "an hour" after a hedge as one of the period ("waited more than a year"), or None.

        Only after a hedge: alone, "a year" is a rate's second half ("£5 a year") or a date ("a year ago").
        """
        if self.word_at(index) not in ("a", "an") or self.word_at(index + 1) not in lex.DURATIONS:
            return None
        one = Fraction(1)
        return Core(Interval(one, one), self.word_at(index + 1), "exact", one, share=False), index + 2

    def _points_at(
        self, index: int, core: Core, hedges: list[tuple[str, int]], change: Change | None
    ) -> tuple[int, Fraction] | None:
        """Read the percentage points a figure is in, at ``index``: the index after them and their factor.

        The factor is their share of a percentage point; None where the figure is in no points. "3
        percentage points", "25 basis points", "a 5-point lead" (:meth:`points`); points after a change
        of a percentage before them ("61 per cent, up 2 points"); a percentage that is a swing ("a 3.2%
        swing", "a swing of 3.2%"), in points as it is.
        """
        if core.unit is None and not core.share:
            points = self.points(index)
            if points is None and (change is not None or self.word_at(index + 1) in lex.COMPARATIVES):
                # "61 per cent, up 2 points", "59%, 8 points lower than in 2019": percentage points
                after = self.points_of_a_share(index)
                points = None if after is None else (after, Fraction(1))
            return points
        if core.unit == "percent" and core.relation is None:
            start = min([at for _, at in hedges if at != _AROUND] + [self.core_at])
            if self.swing(index, start):
                return index, Fraction(1)  # "a 3.2% swing", "a swing of 3.2%": points between shares
        return None

    def _taken_off(self, core: Core, index: int) -> tuple[Change | None, int]:
        """Read "off" after a figure that a verb of taking off leads: the change and the next index.

        "cutting 33 minutes off the journey" takes a figure with a unit off another (-33 minutes); "cut 3%
        of its staff" and "cut 300 jobs off the payroll" state no change (:attr:`unchanged`).
        """
        off = self.word_at(index) == "off" and core.unit is not None and core.relation is None
        self.unchanged = not off
        return (Change(-1, strong=True), index + 1) if off else (None, index)

    def _suffixes(self, index: int, hedges: list[tuple[str, int]]) -> tuple[list[str], int]:
        """Read the hedges after a figure ("or more", "or so"); close a bound before it by "or equal".

        Returns the suffixes and the next index; ``hedges`` is changed in place: "less than 5000 or equal
        (to)" is at most 5000.
        """
        suffixes: list[str] = []
        nxt = index
        rough = any(hedge == "estimated" for hedge, _ in hedges)
        while len(suffixes) < 2:
            found_suffix = self._suffix(nxt)
            if found_suffix is None:
                break
            if not (rough and found_suffix[0] == "about"):  # "an estimated 2,000 or so": rough once
                suffixes.append(found_suffix[0])
            nxt = found_suffix[1]
        closing = self.match_phrase(nxt, _OR_EQUAL_INDEX)
        if closing is not None and not suffixes and self.amount(closing[1]) is None:
            for position, (hedge, at) in enumerate(hedges):
                if hedge in _CLOSED:
                    hedges[position] = (_CLOSED[hedge], at)
                    nxt = closing[1]
                    break
        return suffixes, nxt

    def _hedge(self, core: Core, hedge: str) -> Core:
        """Apply a hedge before the core; to a fall by a factor ("more than halved"), to the fall's size."""
        if core.relation == "ratio" and self._falling(self.core_at):
            return _fall_hedged(core, hedge, self.policy)
        return apply_hedge(core, hedge, self.policy)

    def _hedges_before(self, index: int) -> tuple[list[tuple[str, int]], int]:
        """Read the hedges before a figure: each with the index where it starts; and the next index."""
        hedges: list[tuple[str, int]] = []
        nxt = index
        while len(hedges) < _MAX_HEDGES:
            found = self.match_phrase(nxt, HEDGE_INDEX)
            if found is None:
                break
            if found[0] == _UP_TO and nxt > 0 and self.words[nxt - 1] in lex.MOVED_UP:
                break  # "revised up to 52": where the figure moved, a level, no bound
            hedge = _HEDGES[found[0]]
            # "<>30", "more than over 5": two bounds in a row state no value; read neither.
            if hedge in BOUNDS and any(seen in BOUNDS for seen, _ in hedges):
                break
            hedges.append((hedge, nxt))
            nxt = found[1]
        return hedges, nxt

    def _span(self, at: int, core: Core) -> bool:
        """Whether "over" at ``at`` opens the span a figure before it covers: "£2.3m over three years".

        After a figure (a number, its scale or its per cent), "over" and a duration say when, not how
        long at least; elsewhere ("over three years ago", "jailed for over three years") it is a bound.
        """
        if self.words[at] != "over" or core.unit not in lex.DURATIONS or at == 0:
            return False
        before = self.words[at - 1]
        scale = before in lex.SHORT_SCALES or before in lex.SCALES
        return self.kinds[at - 1] == NUM or scale or before == "%"

    def no_change(self, change: Change, core: Core, last: int, nxt: int, *, related: bool = False) -> bool:
        """Whether the change word before a figure (``core``, its last token ``last``) states no change of it.

        "dropped 3 bombs" counts bombs, "increased three times" counts times (neither is a change); a
        rate's change ("rose 2-3% a year") is a rate of growth, read as it is, but money per a period or
        a thing changes by money per the same ("rents rose by £83 a month", "fares went up by 20p a
        journey": a price or a pay that rose, never a level of £83 a month); "the budget was cut by 12
        parents" names who cut it. A weak change word ("up", "dropped") changes only a percentage, money,
        a multiple or points ("up 3 points"); ``related``: the figure is in points or compared after it.
        ``nxt`` is the token after the figure's words.
        """
        after = self.word_at(nxt)
        return (
            after in ("times", "time")
            or (core.relation is None and self.word_at(last) in lex.TIMES_COUNTED)
            or (" / " in (core.unit or "") and not is_money_rate(core.unit or ""))
            or not (change.strong or related or self._changes(core) or after in lex.POINT_WORDS)
            or (
                change.passive
                and not related
                and core.unit is None
                and core.relation is None
                and not core.share
                and self.agent(nxt, last)
            )
        )

    @staticmethod
    def _changes(core: Core) -> bool:
        """Whether any change word changes this figure: a percentage, money (or money per), or a multiple."""
        return (
            core.unit == "percent"
            or core.relation == "ratio"
            or (core.unit is not None and is_currency(core.unit))
            or is_money_rate(core.unit or "")
        )

    @staticmethod
    def _with_rate(core: Core, rate: str | Fraction) -> Core:
        """Give a figure its rate: a unit per period or thing, or a whole it is counted in."""
        if isinstance(rate, str):
            if core.unit is None and core.precision is None and not core.share and core.nominal is not None:
                # A count per period is an average, no whole count: "601 a day" is 600.5 to 601.5.
                return attrs.evolve(core, unit=rate, precision=rounded_step(core.nominal))
            return attrs.evolve(core, unit=rate)
        nominal = None if core.nominal is None else core.nominal / rate
        precision = core.precision
        counted = core.unit is None and not core.share and precision is None
        if counted and core.nominal is not None and _round(rate):
            # A count per 100,000 is a rate, no whole count: "48 per 100,000" is 47.5 to 48.5 of them
            # ("one for every 67" is one, exact: its whole is the rounded figure).
            precision = rounded_step(core.nominal)
        precision = None if precision is None else precision / rate
        interval = core.interval.scale(1 / rate)
        return attrs.evolve(core, interval=interval, nominal=nominal, precision=precision, share=True)

    def _suffix(self, index: int) -> tuple[str, int] | None:
        """Read a suffix ("or more", "or so"), unless its words begin the next figure.

        "5000 or less than 6000" is 5000 and "less than 6000", and "above 1000 and below 1500" is one
        range: a bound word that a number (or "than" and a number) follows bounds that number, not the
        one before it. A "than" with no number after it belongs to the suffix ("5000 or more than").
        """
        found = self.match_phrase(index, _SUFFIX_INDEX)
        if found is None:
            return None
        hedge, nxt = _SUFFIXES[found[0]], found[1]
        if hedge == "about":
            return hedge, nxt
        if self.word_at(nxt) == "than":
            return None if self.amount(nxt + 1) is not None else (hedge, nxt + 1)
        return None if self.amount(nxt) is not None else (hedge, nxt)

    def _plus_minus(self, index: int, core: Core) -> tuple[Core, int] | None:
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
        margin = abs(spread.value)  # "12 ± -3" is 12 ± 3: a margin spreads both ways
        if spread.unit == "percent" and core.unit != "percent":
            margin = abs(core.nominal) * margin / 100
        return attrs.evolve(core, interval=Interval(core.nominal - margin, core.nominal + margin)), end


#: Words before the number of years a yearly change runs for: "in each of the past four years".
_SPAN_BEFORE: Final = frozenset({"past", "last", "next", "previous"})
#: Words between that number and "years": "for three consecutive years".
_YEARS_RUNNING: Final = frozenset({"consecutive", "successive", "straight"})
#: The most years a compounded change is read over (a longer span is no reporter's "a year for").
_MOST_YEARS: Final = 50


def _compounded(core: Core, years: int) -> Core:
    """A yearly ratio compounded over ``years``: 1.1 for three years is 1.331.

    The ends are raised to the power exactly; the step of the printed per cent becomes the widest step
    it makes at the top end ((1.105^3 - 1.1^3) x 2 for "10%"), so rounding still covers every yearly
    rate that rounds to the printed one.
    """
    interval = core.interval
    if core.relation != "ratio" or interval.lo < 0 or interval.hi == INF:
        return core
    low, high = Fraction(interval.lo) ** years, Fraction(interval.hi) ** years
    nominal = None if core.nominal is None else core.nominal**years
    precision = core.precision
    if precision is not None:
        top = Fraction(interval.hi)
        precision = 2 * ((top + precision / 2) ** years - top**years)
    compounded = Interval(low, high, low_open=interval.low_open, high_open=interval.high_open)
    return attrs.evolve(core, interval=compounded, nominal=nominal, precision=precision)


def hedge_kind(hedge: str, core: Core, kind: Kind) -> Kind:
    """The kind a hedge gives the figure it hedges (``kind`` where it gives none).

    An estimate of one figure is a rough figure ("an estimated 2,000": "about"); an estimated range keeps
    its own kind, as it keeps its ends ("an estimated 400 to 500" is a range, 400 to 500).
    """
    if hedge == "estimated":
        return "about" if core.interval.lo == core.interval.hi else kind
    return _HEDGE_KIND.get(hedge, kind)


def estimated_around(words: list[str], kinds: list[int], at: int, after: int) -> bool:
    """Whether words around a bare figure (tokens ``at`` to ``after``) make it an estimate.

    None stands right before it, but a verb of estimating stands a few words before "at" ("estimates
    put the toll at 2,000", "the ministry estimated the cost at $2bn"), or a copula and an estimate word
    follow the figure and up to :data:`_ESTIMATE_NOUN` words of its noun ("2,000 people are thought to
    have fled", "40 are believed dead"). A share word ("half are thought ...") is read as it is.
    """
    size = len(words)
    if at >= size or kinds[at] == WORD:
        return False
    if at > 1 and words[at - 1] == "at":
        for back in range(at - 2, max(-1, at - 2 - _ESTIMATE_NOUN), -1):
            if kinds[back] != WORD:
                break
            word = words[back]
            if word in lex.ESTIMATING_VERBS or (word in lex.ESTIMATES_PUT and words[back - 1] in _ESTIMATES):
                return True
    if (at and words[at - 1] in _WHEN) or _YEAR_LIKE.fullmatch(words[at]):
        return False  # "in 2019 sales were estimated at": the figure is no subject of the estimate
    if lex.ESTIMATED_AFTER.isdisjoint(words[after + 1 : after + _ESTIMATE_NOUN + 2]):
        return False  # (told at once for nearly every figure)
    for nxt in range(after, min(size, after + _ESTIMATE_NOUN)):
        word = words[nxt]
        if kinds[nxt] != WORD or word in _NOT_NOUN:
            return False
        if word in _COPULAS:
            then = words[nxt + 1] if nxt + 1 < size else ""
            if then in _ADVERBS:
                then = words[nxt + 2] if nxt + 2 < size else ""
            return then in lex.ESTIMATED_AFTER
    return False


def _round(whole: Fraction) -> bool:
    """Whether a rate's whole is a round power of ten ("per 100,000", "per million"), not a figure."""
    digits = str(whole.numerator)
    return whole.denominator == 1 and digits[0] == "1" and digits.count("0") == len(digits) - 1 > 1


def rounded_step(value: Fraction, *, least: int = 2) -> Fraction:
    """The step of a figure printed rounded: its last digit, or its trailing zeros' place.

    For an average ("601 a day" steps by 1, "31,400 a game" by 100) and a conversion in another unit
    ("1,500 hectares (3,700 acres)"): such figures are printed rounded, and their zeros may be the
    rounding's. At least ``least`` significant digits are kept: two by default ("100 a day" steps by 10,
    "3,000" by 100); one for a rough figure ("an estimated 2,000" steps by 1,000). A decimal steps by its
    last digit ("2.5" by 0.1).
    """
    if value.denominator != 1:
        # a decimal has no zeros of its own to round: it steps by its last digit ("1.98m" by 0.01)
        places = next((k for k in range(1, 13) if (value * 10**k).denominator == 1), None)
        return Fraction(1) if places is None else Fraction(1, 10**places)
    if value == 0:
        return Fraction(1)
    digits = str(abs(value.numerator))
    zeros = len(digits) - len(digits.rstrip("0"))
    return Fraction(10) ** max(0, min(zeros, len(digits) - least))


def _before(x: Fraction | float, y: Fraction | float) -> bool:
    """``x < y`` for two magnitudes, never comparing a Fraction with an unbounded end (a float: ±inf)."""
    if type(x) is float:
        return x < y if type(y) is float else x < 0
    if type(y) is float:
        return y > 0
    return x < y


def _least(x: Fraction | float, y: Fraction | float) -> Fraction | float:
    """``min(x, y)`` of two magnitudes (see :func:`_before`)."""
    return y if _before(y, x) else x


def _most(x: Fraction | float, y: Fraction | float) -> Fraction | float:
    """``max(x, y)`` of two magnitudes (see :func:`_before`)."""
    return y if _before(x, y) else x


def _fall_hedged(core: Core, hedge: str, policy: Policy) -> Core:
    """Apply a hedge to a fall by a factor: "more than halved" fell by more than half (below 0.5).

    The hedge bounds the size of the fall, the factor it divides by ("nearly halved" divides by 1.8 to 2,
    so keeps 0.5 to 0.556 of the figure), never the ratio left.
    """
    hedged = apply_hedge(core.with_interval(_reciprocal(core.interval)), hedge, policy)
    return hedged.with_interval(_reciprocal(hedged.interval))


def _reciprocal(band: Interval) -> Interval:
    """The reciprocals of a band of positive ratios (an end at zero goes to infinity and back)."""

    def flip(end: Fraction | float) -> Fraction | float:
        return INF if end == 0 else 0 if end == INF else 1 / end

    return Interval(flip(band.hi), flip(band.lo), low_open=band.high_open, high_open=band.low_open)


def apply_hedge(core: Core, hedge: str, policy: Policy) -> Core:
    """Apply one hedge to a value under ``policy`` ("up to" to "400 to 500" gives 0 to 500)."""
    band = core.interval
    about = policy.about
    lo, hi = band.lo, band.hi
    bounded_below, bounded_above = type(lo) is not float, type(hi) is not float  # only ±inf is a float
    # a share stops at the whole; a count per a number of things beyond it ("12bn per 100,000") does not
    ceiling: Fraction | float = 1 if core.share and hi <= 1 else INF
    # A level has no floor: "below 1.5C" goes below freezing.
    # (the sign of a Fraction is its numerator's: no Fraction-to-int comparison on the hot path)
    positive = lo.numerator >= 0 if type(lo) is Fraction else lo >= 0
    floor = policy.floor if positive and core.unit not in LEVELS else -INF
    if hedge == "estimated":
        # "an estimated 2,000" is a rough figure: the band of "about", and (in checking) the wider rounding
        # at its last significant digit, no digit kept beyond it: 1,500 to 2,500 (docs/quantities.md)
        if lo != hi:
            return core  # "an estimated 400 to 500": the range states how rough it is
        rough = apply_hedge(core, "about", policy)
        if core.nominal is not None and core.nominal.denominator == 1:
            step = rounded_step(core.nominal, least=1)
            if core.precision is None or core.precision < step:
                return attrs.evolve(rough, precision=step)
        return rough
    if hedge == "about":
        # A level's zero is arbitrary, so its band never shrinks below one unit ("about 0C", "about 0 dB").
        least = _LEVEL_BAND if core.unit in LEVELS else 0
        low = lo - _most(absolute(lo) * about, least) if bounded_below else lo
        high = hi + _most(absolute(hi) * about, least) if bounded_above else hi
        new = Interval(_most(low, floor), _least(high, ceiling))
    elif hedge == "nearly":
        # "nearly" shrinks the size of the number toward zero: "nearly -5" is -5 to -4.5.
        if hi < 0:
            new = Interval(lo, hi * policy.nearly, low_open=band.low_open)
        else:
            low = lo * policy.nearly if lo > 0 else lo
            new = Interval(low, hi, high_open=band.high_open)
    # "just under 0" leaves no relative band to be just under: read it as "under 0".
    elif hedge == "just_under":
        low = _most(lo - absolute(lo) * about, floor)
        just = Interval.make(low, hi, high_open=True)
        return core.with_interval(just) if just else apply_hedge(core, "below", policy)
    elif hedge == "just_over":
        high = hi + absolute(hi) * about if bounded_above else hi
        just = Interval.make(lo, _least(high, ceiling), low_open=True)
        return core.with_interval(just) if just else apply_hedge(core, "above", policy)
    # A bound on a range keeps its weakest reading: "no more than 400 to 500" is at most 500,
    # since the true figure is at most some number from 400 to 500; "at least 400 to 500" is
    # at least 400 for the same reason.
    elif hedge == "at_most":
        new = Interval(_least(floor, hi), hi, high_open=band.high_open)
    elif hedge == "below":
        # "below 0" can only mean a quantity that goes negative, whatever the floor.
        new = Interval(floor if _before(floor, hi) else -INF, hi, high_open=True)
    elif hedge == "at_least":
        new = Interval(lo, _most(ceiling, lo), low_open=band.low_open)
    else:  # above
        new = Interval(lo, ceiling, low_open=True) if _before(lo, ceiling) else band
    return core.with_interval(new)
