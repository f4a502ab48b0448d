"""Read the words that relate a figure to another, and rates (private).

* Multiples are ratios, valued by their factor: "twice as many", "three times as many", "doubled",
  "sixfold", "a tenfold rise", "half as many", "a third more" (4/3), "150% more" (5/2), "20% lower" (4/5).
* Differences are signed amounts in the figure's own unit: "12,000 more than", "5,000 fewer than",
  "$2bn less", "3 percentage points higher".
* Changes are read from the word before the figure: "rose 3%" is the ratio 1.03 (a relative change),
  "fell by 3 percentage points" the difference -3 percent, "rose by 20" the difference +20, "rose
  fourfold" the ratio 4; "rose to 110" states a level and is no change at all.
* Rates keep their period or unit: "1,200 a week" is 1,200 ``1 / week``, "£6 a day" 6 ``GBP / day``,
  "$70 per barrel" 70 ``USD / barrel``, "3% a year" 3 ``percent / year``; "9 per 100,000" is the ratio
  9/100,000 (a share).

:class:`RelationReader` reads the multiples that are cores of their own ("doubled"); the hedge reader
(:mod:`claimcheck._reading.hedges`) asks it for the change word before a figure, the comparison after it
and the rate, and applies the relation once the hedges are applied, so "up to 500 fewer" is -500 to 0 and
"more than doubled" is a ratio above 2.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final

import attrs

from claimcheck._reading import words as lex
from claimcheck._reading.amounts import index_phrases
from claimcheck._reading.cores import WORD_STEP, Core, CoreReader, estimate_of
from claimcheck._reading.tokens import NUM, WORD, phrase
from claimcheck._values import currencies as cur
from claimcheck._values.interval import INF, Interval
from claimcheck.errors import ClaimcheckError
from claimcheck.units import LEVELS, TEMPERATURES, dimension, is_currency, is_money_rate

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Sequence

    from claimcheck.quantity import Estimate, Relation

__all__ = [
    "AFTER_FIGURE", "BORROWING", "BORROWING_REACH", "CHANGE_INDEX", "ELIDED_REACH", "RATE_CHANGE_GAP",
    "REBASING_BACK", "RESTATING", "RESTATING_REACH", "Change", "Comparison", "RelationReader", "aged",
    "averaged", "based_on", "borrowed", "borrowing", "change_direction", "comparative_after", "compared",
    "elided", "estimate_of_change", "estimated_change", "measured_from", "rate_change_words", "rate_changed",
    "rate_from", "rebased", "relate", "restated", "restating", "times_after", "unit_before",
]  # fmt: skip

_OFF: Final = frozenset(phrase(words) for words in lex.CUT_OFF)
_CHANGES: Final = (
    {phrase(words): -1 for words in lex.CUT_OFF}
    | {phrase(words): 1 for words in lex.CHANGE_UP}
    | {phrase(words): -1 for words in lex.CHANGE_DOWN}
    | {phrase(words): 1 for words in lex.ADD_TO}
    | {(noun, "of"): direction for noun, direction in lex.CHANGE_NOUNS_OF.items()}
    | dict.fromkeys(lex.VALUED_CHANGES, 0)  # "improved by £1.5bn": its way is read from what it changes
)
_TO: Final = frozenset(phrase(words) for words in lex.ADD_TO)
CHANGE_INDEX: Final = index_phrases(_CHANGES)

#: Percentage points, which a difference keeps as they are and a change word may take ("up 3 percentage
#: points"), and basis points, hundredths of a percentage point ("cut rates by 25 basis points", "25bp",
#: "50 bps"): each to its share of a percentage point.
_POINTS: Final = {
    ("percentage", "points"): Fraction(1), ("percentage", "point"): Fraction(1),
    ("percent", "points"): Fraction(1), ("basis", "points"): Fraction(1, 100),
    ("basis", "point"): Fraction(1, 100), ("bp",): Fraction(1, 100), ("bps",): Fraction(1, 100),
}  # fmt: skip
_POINTS_FIRST: Final = frozenset(words[0] for words in _POINTS)


@attrs.frozen
class Change:
    """A change word before a figure: which way it goes, and whether it states a change of any figure.

    ``strong`` changes ("rose", "fell by") make a difference of any figure; the others ("up", "dropped")
    only of a percentage or an amount of money, since "dropped 3 bombs" counts bombs.
    """

    direction: int
    strong: bool
    #: A verb of taking off ("cutting", "shaved"): a change only where "off" follows the figure.
    off: bool = False
    #: A verb of adding ("adding", "added"): a change of a figure with any unit where "to" follows it.
    to: bool = False
    #: A passive participle before "by" ("was cut by", "were increased by"): the figure after it may
    #: count who made the change, not the change (:data:`~claimcheck._reading.words.AGENTS`).
    passive: bool = False


@attrs.frozen
class Comparison:
    """The words after a figure that relate it to another: "times as many", "more than", "fewer".

    ``sign`` is 0 for a multiple ("three times as many", "half as large"), +1 or -1 for a comparison
    that adds or takes away ("12,000 more", "a third fewer"). ``points``: a percentage it changes by
    is in percentage points ("a 0.25% rate rise").
    """

    sign: int
    points: bool = False
    #: The way is unknown ("a £1.5bn improvement" of what may be better higher or lower): ``sign`` is 0
    #: and the figure is added or taken away, no multiple.
    either: bool = False
    #: "three times more than", "three times higher": the multiple itself or the base plus that multiple
    #: (three times or four times as many; careful readers take it either way), with ``sign`` 0.
    or_one_more: bool = False
    #: "three times fewer than", "five times less": the inverse of the multiple (a third, a fifth), with
    #: ``sign`` 0.
    inverse: bool = False


def _flip(interval: Interval) -> Interval:
    return interval.scale(Fraction(-1))


def _invert(interval: Interval) -> Interval:
    """The reciprocals of a positive interval: a tenfold fall is a tenth."""
    lo = Fraction(0) if interval.hi == INF else 1 / Fraction(interval.hi)
    hi = INF if interval.lo == 0 else 1 / Fraction(interval.lo)
    return Interval(lo, hi, low_open=interval.high_open, high_open=interval.low_open)


def _relative(core: Core, sign: int) -> Core:
    """A share or percentage added or taken away: "a third more" is 4/3, "20% lower" 4/5."""
    interval = core.interval
    nominal = core.nominal
    if core.unit == "percent":
        interval = interval.scale(Fraction(1, 100))
        nominal = None if nominal is None else nominal / 100
        # "rose 3%" is printed to the per cent: the ratio 1.03 to the hundredth.
        core = attrs.evolve(core, precision=None if core.precision is None else core.precision / 100)
    if sign == 0:  # "improved by 3%" of what may be better higher or lower: either way, the ratio's span
        interval = _either_way(interval)
        return _as(core, interval + Interval(1, 1), "ratio", None)
    if sign < 0:
        interval = _flip(interval)
        nominal = None if nominal is None else -nominal
    return _as(core, interval + Interval(1, 1), "ratio", None if nominal is None else 1 + nominal)


def _or_one_more(core: Core) -> Core:
    """Read "N times more" as N times or N + 1 times, each with its printed tolerance.

    The step a multiple in words is rounded to (a tenth of it) still widens both ends when checked; the
    top gains its share of the step again, so "three times more" (2.85 to 3.15 for three times) reaches
    4.2, four times's 5%.
    """
    interval, step = core.interval, core.precision
    if step is None and core.nominal:
        step = abs(core.nominal) * WORD_STEP
    top = interval.hi + 1
    if step is not None and 0 < interval.hi < INF:
        top += step / 2 / Fraction(interval.hi)
    more = Interval(interval.lo, top, low_open=interval.low_open, high_open=interval.high_open)
    return _as(attrs.evolve(core, precision=step), more, "ratio", None)


def _either_way(interval: Interval) -> Interval:
    """The span of a change of a size in ``interval`` whose way is unknown: from minus to plus its top.

    (The hull of the two ways: it claims less than either, so it never conflicts where one way would not.)
    """
    low, high = abs(Fraction(interval.lo)), abs(Fraction(interval.hi))
    open_top = interval.high_open if high >= low else interval.low_open
    top = max(low, high)
    return Interval(-top, top, low_open=open_top, high_open=open_top)


def _as(core: Core, interval: Interval, relation: Relation, nominal: Fraction | None) -> Core:
    kind = "exact" if core.kind == "fraction" else core.kind
    unit = core.unit if relation == "difference" else None
    return attrs.evolve(
        core, interval=interval, unit=unit, kind=kind, nominal=nominal, share=False, relation=relation
    )


def _is_relative(core: Core) -> bool:
    """Whether a figure is a share of something, so that adding it makes a ratio ("a third more")."""
    return core.relation is None and (core.share or core.unit == "percent")


def _difference(core: Core, sign: int) -> Core:
    if sign == 0:  # "improved by £1.5bn" of what may be better higher or lower: either way
        return _as(core, _either_way(core.interval), "difference", None)
    if sign > 0:
        return _as(core, core.interval, "difference", core.nominal)
    nominal = None if core.nominal is None else -core.nominal
    return _as(core, _flip(core.interval), "difference", nominal)


def relate(core: Core, comparison: Comparison | None, change: Change | None, *, points: int = 0) -> Core:
    """Apply the relation the words state to a hedged core (see the module docstring).

    ``points``: the figure is in percentage points, always a difference ("up 3 percentage points",
    "3 points lower", "3 percentage points" alone, "a lead of 3 points"); -1 for the side behind
    ("trailing by 3 points"), else 1; 0 where it is not in points.
    """
    if points:
        sign = change.direction if change is not None else points
        if comparison is not None and comparison.sign:
            sign = comparison.sign
        return _difference(core, sign)
    if comparison is not None and comparison.either:
        return _relative(core, 0) if _is_relative(core) else _difference(core, 0)
    if comparison is not None:
        if comparison.sign == 0 and comparison.or_one_more:
            return _or_one_more(core)
        if comparison.sign == 0 and comparison.inverse and core.interval.lo > 0:  # "three times fewer"
            nominal = None if not core.nominal else 1 / core.nominal
            return _as(attrs.evolve(core, precision=None), _invert(core.interval), "ratio", nominal)
        if comparison.sign == 0:
            return _as(core, core.interval, "ratio", core.nominal)
        if comparison.points:  # "a 0.25% rate rise": 0.25 percentage points on the rate
            return _difference(core, comparison.sign)
        if _is_relative(core):
            return _relative(core, comparison.sign)
        return _difference(core, comparison.sign)
    if change is None or core.relation == "difference":
        return core
    if core.relation == "ratio":
        if change.direction > 0 or core.interval.lo <= 0:
            return core
        nominal = None if not core.nominal else 1 / core.nominal
        inverted = attrs.evolve(core, precision=None)  # a step in the factor is no step in its inverse
        return _as(inverted, _invert(core.interval), "ratio", nominal)  # "fell tenfold"
    if _is_relative(core):
        return _relative(core, change.direction)
    return _difference(core, change.direction)


def _compared_sign(word: str, unit: str) -> int:
    """Which way a comparative of price or pace after a figure in ``unit`` goes; 0 where it says none.

    Price after money or a percentage ("£12 cheaper", "20% dearer"); pace after a time ("three minutes
    slower" is more time) or a speed ("5mph slower" is less speed).
    """
    if word in lex.PRICE_COMPARATIVES:
        return lex.PRICE_COMPARATIVES[word] if unit == "percent" or is_currency(unit) else 0
    if unit == "percent" or is_currency(unit):
        return 0
    kind = dimension(unit)
    if kind == "[time]":
        return lex.PACE_COMPARATIVES[word]
    return -lex.PACE_COMPARATIVES[word] if kind == "[length] / [time]" else 0


#: What joins a figure to the change before it that it restates in other terms: "rose by 4,300, or 9%",
#: "fell £2m (6%)", "up 7% – or 3,400"; the text between the two figures, whole, where up to three words
#: without figures may name the change's unit or counted thing ("fell 84.6 points, or 1.1%", "rose by
#: 4,300 jobs, or 9%").
RESTATING: Final = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}\s*(?:,\s*or|[–—]\s*or|\()\s*")
#: The most characters between a change and the figure that restates it (``" points, or "``).
RESTATING_REACH: Final = 40


def change_direction(change: Estimate, then: Estimate | None = None, printed: Estimate | None = None) -> int:
    """Which way a figure says something changed: +1 for a rise, -1 for a fall, 0 for no change stated.

    A difference ("rose by 1,200", "5,000 fewer"), a relative change printed as a percentage or a share
    (``printed``: "rose 9%", "a third more") or, with ``then``, a change from one figure to another
    ("rose from 13,300 to 14,500"). A level ("rose to 110") states none, and neither does a multiple
    ("2.45 times as long (820 ms)" restates the longer time, not a rise).
    """
    if then is not None:
        return (then.lo > change.lo) - (then.lo < change.lo)
    if change.relation == "difference" and not change.lo < 0 < change.hi:  # (either way: "improved by")
        return (change.lo > 0) - (change.lo < 0)
    if change.relation == "ratio" and printed is not None and not change.lo < 1 < change.hi:
        return (change.lo > 1) - (change.lo < 1)
    return 0


def restating(figure: Estimate, direction: int, *, relative: bool = True) -> str | None:
    """The words that state ``figure``, printed after a change and ", or", as that change; or None.

    A percentage after a change is the change in per cent of the figure before it, never a share of
    anything ("rose by 1,200, or 9%" is "9% more"), and an amount after a change in per cent (``relative``)
    is the change in the amount's unit, never a count of its own ("rose 9%, or 4,300" is "4,300 more");
    after a change in its own terms an amount is a figure of its own ("3 points (about 1,836 miles)").
    Claims files write these words as the claim's value; :func:`restated` is the same reading as an
    estimate.
    """
    percent = figure.unit == "percent"
    if not direction or (figure.relation, percent) not in _RESTATED or not (percent or relative):
        return None
    return f"{figure.text} {'more' if direction > 0 else 'less'}"


_RESTATED: Final = frozenset({("share", True), ("amount", False)})

#: The words right before a figure that make it another estimate of a change stated before it in its
#: sentence: "grew 0.4%, revising up its first estimate of 0.2%", "rose 0.5% against forecasts of 0.3%",
#: "up 3.1%, ahead of expectations of 2.8%" (the figure is that change as first estimated or forecast).
_ESTIMATE_OF: Final = re.compile(
    r"\b(?:estimates?|forecasts?|expectations?|predictions?|projections?|consensus)\s+(?:of|for)\s+[^\s\d]*$",
    re.IGNORECASE,
)
_ESTIMATE_OF_REACH: Final = 24
#: How far before a figure's first digit the "of" of "estimate of" may end: white space and a sign ("US$").
_SIGN_REACH: Final = 10
_COMPARED_WITH: Final = re.compile(r"\b(?:than|compared|against|versus)\b", re.IGNORECASE)
_DIGIT: Final = re.compile(r"[0-9]")


def estimated_change(change: Estimate, printed: Estimate | None, figure: Estimate, words: str) -> int:
    """Which way the change that ``figure``, named an estimate of it, estimates goes; 0 for none.

    ``change`` is the nearest figure before it in its sentence, ``printed`` that figure as printed and
    ``words`` the change's own words. Only a change in per cent or in a unit
    ("grew 0.4%", "rose by £1.2bn"), never a level, with the figure in the same unit and within a factor
    of ten of it: "rose by 1,200 to 14,500, above forecasts of 14,000" forecast the level, not the rise;
    and never a comparison with the estimate itself ("12,000 more than its previous estimate of 33,000"
    compares the toll with the estimate; "fell 2%, worse than expectations of 1.5%" does not).
    """
    if _COMPARED_WITH.search(words):
        return 0
    direction = change_direction(change, None, printed)
    shown = printed if printed is not None else change
    one, other = shown.nominal, figure.nominal
    if not direction or shown.unit != figure.unit or one is None or other is None:
        return 0
    one, other = (one if one >= 0 else -one), (other if other >= 0 else -other)
    return direction if 0 < one <= other * _NEAR and other <= one * _NEAR else 0


def estimate_of_change(text: str, start: int, figure: Estimate) -> bool:
    """Whether the figure at ``start`` is named as an estimate or a forecast of something ("estimate of").

    The caller reads it as the change stated before it in its sentence (:func:`restated` with that
    change's direction): "the economy grew 0.4%, revising up its first estimate of 0.2%" is 0.2% more.
    """
    digit = _DIGIT.search(figure.text)
    at = start + (digit.start() if digit is not None else 0)
    near = max(0, at - _SIGN_REACH)
    if text.find(" of", near, at) < 0 and text.find(" for", near, at) < 0:
        return False  # (told at once for nearly every figure)
    return _ESTIMATE_OF.search(text, max(0, at - _ESTIMATE_OF_REACH), at) is not None


def restated(figure: Estimate, direction: int, *, relative: bool = True) -> Estimate | None:
    """``figure`` read as the change it restates (see :func:`restating`), with its own text; or None.

    The same reading as the parser's of the words :func:`restating` writes ("9% more" is the ratio
    1.09, "4,300 less" the difference -4,300), hedges and printed precision included.
    """
    if restating(figure, direction, relative=relative) is None:
        return None
    nominal, step = figure.nominal, figure.precision
    core = Core(
        figure.interval, figure.unit or None, figure.kind,
        None if nominal is None else Fraction(nominal), figure.relation == "share",
        None if step is None else Fraction(step),
    )  # fmt: skip
    related = relate(core, Comparison(direction), None)
    return estimate_of(related, related.kind, figure.text)


#: What joins a bare figure to the figure with a unit before it that it is compared with, in one change
#: or comparison: "fell to 3.1 per cent from 3.4", "3.1%, up from 2.9", "$5.2bn, compared with 4.8bn",
#: "3.1% against 3.4", "from a revised 3.4", "3.1% in May from 3.4" (a month, a day or a year may come
#: first), "48 per 100,000, up sharply from 31" (an adverb in -ly or two between "up" and "from"); the
#: text between the two figures, whole. ("from 3.4 to 3.1
#: per cent" and "between 3.1 and 3.4 per cent" are read as one change or range by the parser.)
BORROWING: Final = re.compile(
    r"(?:(?:\s+(?:in|on|by|at|during)\s+[A-Z][a-z]+(?:\s+[0-9]{4})?)?"  # "3.1% in May from 3.4"
    r"\s*,?\s*(?:(?:(?:up|down)(?:\s+[a-z]+ly){0,2}\s+)?from|compared\s+(?:with|to)|against|versus|vs\.?)"
    # "48 per 100,000 people in the week to Sunday, up from 31", "15.3 times average earnings, against
    # 6.9 times": words without a figure, then a comma
    r"|(?:\s+[^\W\d_][\w'’-]*){1,8}\s*,\s*(?:(?:up|down)(?:\s+[a-z]+ly){0,2}\s+from|compared\s+(?:with|to)"
    r"|against|versus))\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:revised|previous|earlier|restated|record)\s+)?",
    re.IGNORECASE,
)
#: The most characters between a figure and a bare one that borrows its unit.
BORROWING_REACH: Final = 60
#: The most characters back from a bare figure whose noun is left out ("when 100 were sent") that the
#: figures it may be a measure of are looked for: its sentence and the one before, about.
ELIDED_REACH: Final = 240
#: A bare figure whose noun is left out, then a passive verb: "100 were sent", "about 40 had been
#: delivered", "120 are now stored" (the participle is checked by :func:`elided`).
_ELIDED_VERB: Final = re.compile(
    r"\s+(?:(?:were|was|are|is|had|have|has)\s+)(?:been\s+|being\s+)?(?:[a-z]+ly\s+)?([a-z]+)\b"
)
#: Participles that are never said of a measure: people's ("100 were killed", "40 were arrested").
_PEOPLE_PARTICIPLES: Final = frozenset(
    "killed injured wounded hurt arrested detained rescued evacuated displaced hospitalised hospitalized "
    "treated infected vaccinated employed hired sacked fired born buried charged convicted jailed "
    "sentenced elected appointed trained recruited deported missing dead feared".split()
)
#: Participles of no "-ed" that a measure takes: "100 were sent", "40 were sold".
_IRREGULAR_PARTICIPLES: Final = frozenset(
    "sent sold built bought brought spent lost taken given grown caught kept made dug cut held shown "
    "thrown burnt burned stolen frozen laid fed led spread put set shed".split()
)
#: A margin after a bare figure that the figure before it, with a unit, is measured against: "46.9
#: seconds, 0.2 outside the world record", "£40, 12 cheaper than"; only after a comma or a dash
#: (:func:`compared`). ("above", "below", "more" and "less" are left out: after a percentage "0.4 below"
#: means points, which the unit would turn into a relative change.)
_MARGIN_AFTER: Final = re.compile(
    r"\s+(?:outside|inside|behind|ahead|off|short|clear|adrift|shy|slower|faster|quicker|cheaper|dearer)\b",
    re.IGNORECASE,
)
_MARGIN_GAP: Final = re.compile(r"\s*[,–—]\s*")


def compared(text: str, lead_end: int, start: int, end: int) -> str | None:
    """How a bare figure at ``text[start:end]`` is compared with the figure ending at ``lead_end``, if it is.

    "change": the words between join the two in one change or comparison (:data:`BORROWING`: "fell to
    3.1 per cent from 3.4", "3.1%, up from 2.9"); "margin": a comma joins them and a margin follows the
    bare figure ("46.9 seconds, 0.2 outside the world record"); None otherwise. The test
    :func:`borrowed` relies on, for extraction and claims files alike.
    """
    if start - lead_end > BORROWING_REACH:
        return None
    if BORROWING.fullmatch(text, lead_end, start):
        return "change"
    if _MARGIN_GAP.fullmatch(text, lead_end, start) and _MARGIN_AFTER.match(text, end):
        return "margin"
    return None


#: A figure's number as printed in its words ("3.1" of "3.1 per cent", "5.2" of "about $5.2bn").
_NUMBER: Final = re.compile(r"(?<![\w.])[0-9][0-9,]*(?:\.[0-9]+)?")
#: A bare figure's own words: any hedge, its number, and a scale glued or spaced ("about 4.8bn").
_BARE: Final = re.compile(
    r"(?P<hedge>(?:[^\W\d_]+\s+)*)(?P<number>[0-9][0-9,]*(?:\.[0-9]+)?)"
    r"(?P<scale>\s?(?:bn|m|k|tn|trillion|billion|million|thousand))?",
    re.IGNORECASE,
)


def borrowing(lead: str, bare: str) -> str | None:
    """The words of a bare figure with the unit of the figure it is compared with, or None.

    A bare figure joined to a figure with a unit by "from", "compared with", "up from", "against"
    (:data:`BORROWING`) in the same change or comparison states the same kind of thing, printed once:
    "fell to 3.1 per cent from 3.4" is 3.4 per cent, "rose to $5.2bn from 4.8" $4.8bn, "$5.2bn, up from
    4.8bn" $4.8bn, as ranges already share a unit ("3.1 to 3.4 per cent"). ``lead`` is the figure with
    the unit as printed ("3.1 per cent", "$5.2bn"), ``bare`` the bare one ("3.4", "about 4.8bn"); the
    result is the bare figure's words with the lead's sign and unit around its number ("3.4 per cent",
    "$4.8bn"), for the parser to read. None where the lead has no number in digits, or where both name a
    scale and the lead names a unit after it too ("2.5m tonnes" and "2m").
    """
    per = lead.find(" per ")
    # "48 per 100,000": the figure's number, not the whole it is counted per
    numbers = [number for number in _NUMBER.finditer(lead) if per < 0 or number.start() < per]
    found = _BARE.fullmatch(bare)
    if not numbers or found is None:
        return None
    number = numbers[-1]
    start = number.start()
    while start and not lead[start - 1].isspace():
        start -= 1  # the sign glued before the number: "$", "US$", "£"
    sign, after = lead[start : number.start()], lead[number.end() :]
    if found.group("scale"):
        scale = _BARE.fullmatch("0" + after)
        if after and (scale is None or not scale.group("scale")):
            return None  # the bare figure's scale, and a unit after the lead's ("2.5m tonnes from 2m")
        after = ""
    return f"{found.group('hedge')}{sign}{found.group('number')}{found.group('scale') or ''}{after}"


def elided(
    text: str,
    end: int,
    bare: Estimate,
    leads: Sequence[tuple[Estimate, str]],
    read: Callable[[str], Estimate],
) -> Estimate | None:
    """A bare figure whose noun is left out, read in the one measure the figures before it are in; or None.

    "Of the 350 tonnes of aid pledged, 200 tonnes had arrived by March, double February, when 100 were
    sent": the 100 are tonnes, as a careful reader takes them. ``bare`` ends at ``end`` in ``text`` and is
    followed by a passive verb ("were sent", "had been delivered"; never people's: "100 were killed");
    ``leads`` are the figures before it within its sentence and the one before (nearest first, each with
    its words as printed). The nearest amount (past multiples and changes: "double the figure") must be
    in a measure (mass, volume, length, area, energy: no money, per cent, time or rate, which count other
    things too: "£3m was raised; 200 were hired"; a count of things before it, "in 40 lorries", may be
    what the noun was), every other figure there with a unit must be in the same unit, and the bare
    figure within a factor of ten of one of them. The bare figure is then read with that unit
    (:func:`borrowing`).
    """
    if bare.unit or bare.relation != "amount":
        return None
    verb = _ELIDED_VERB.match(text, end)
    if verb is None:
        return None
    participle = verb.group(1).lower()
    if participle in _PEOPLE_PARTICIPLES:
        return None
    if not (participle.endswith("ed") or participle in _IRREGULAR_PARTICIPLES):
        return None
    amounts = [(lead, printed) for lead, printed in leads if lead.unit or lead.relation == "amount"]
    if not amounts:
        return None
    lead, printed = amounts[0]
    unit = lead.unit
    if lead.relation != "amount" or not unit or " / " in unit or is_currency(unit) or unit in LEVELS:
        return None
    if unit == "percent" or dimension(unit) in ("", dimension("second")):
        return None
    if any(other.unit and other.unit != unit for other, _ in amounts[1:]):
        return None  # figures in two measures: which one the noun was is not said
    words = borrowing(printed, bare.text)
    if words is None:
        return None
    try:
        found = read(words)
    except ClaimcheckError:  # pragma: no cover - the words are a figure and a unit
        return None
    if found.unit != unit or found.text != words:
        return None
    return found if any(other.unit == unit and _near(found, other) for other, _ in amounts) else None


def borrowed(
    lead: Estimate,
    printed: str,
    bare: Estimate,
    read: Callable[[str], Estimate],
    *,
    near: bool = True,
    after: str = "",
) -> Estimate | None:
    """The bare figure ``bare`` read with the unit of ``lead`` (printed as ``printed``), or None.

    The words :func:`borrowing` writes, read by ``read`` (the parser): only where the lead is an amount
    or a share with a unit (or a rate per a number of people or things: "48 per 100,000, up from 31" is
    31 per 100,000; or a multiple "N times": "15.3 times average earnings, against 6.9 times in 2002" is
    the multiple 6.9, of the same base), the bare figure an amount without one, the words read whole
    with the lead's unit, and, where ``near``, the two figures within a factor of ten of each other (the
    two ends of one change are: "rose to £40 from 3 in 1990" is none; a margin need not be). The caller
    has checked the words around them (:func:`compared`) and that the bare figure counts no thing of its
    own ("£40 from 3 donors"). ``after``: a comparative after a margin (:func:`comparative_after`), read
    with the borrowed words where it compares them: "£40, 12 cheaper than" is -£12, as "£12 cheaper
    than" is.
    """
    per_whole = lead.relation == "share" and " per " in printed  # "48 per 100,000, up from 31"
    # "15.3 times average earnings, against 6.9 times in 2002": the same kind of multiple
    multiple = lead.relation == "ratio" and printed.lower().endswith(" times")
    if not (lead.unit or per_whole or multiple) or lead.relation not in ("amount", "share", "ratio"):
        return None
    if bare.unit or bare.relation != "amount":
        return None
    words = borrowing(printed, bare.text)
    if words is None:
        return None
    for extra in (after, "") if after else ("",):
        try:
            found = read(words + extra)
        except ClaimcheckError:  # pragma: no cover - the words are the two figures' own
            continue
        if found.text == words + extra and found.unit == lead.unit and not (near and not _near(found, lead)):
            return found
    return None


_TIMES_AFTER: Final = re.compile(r"\s+times\b", re.IGNORECASE)


def times_after(text: str, end: int) -> bool:
    """Whether "times" follows ``text[:end]``: a bare figure after a multiple is one too ("6.9 times")."""
    return _TIMES_AFTER.match(text, end) is not None


#: A comparative of price or pace after a margin's bare figure: "£40, 12 cheaper than".
_COMPARATIVE_AFTER: Final = re.compile(
    r"\s+(?:cheaper|dearer|pricier|costlier|slower|faster|quicker)(?:\s+than)?\b", re.IGNORECASE
)


def comparative_after(text: str, end: int) -> str:
    """The comparative of price or pace right after ``text[:end]`` (" cheaper than"), or ""."""
    found = _COMPARATIVE_AFTER.match(text, end)
    return "" if found is None else found.group()


#: How many figures back from a change the rate it rebases is looked for ("£5,640 per pupil for its 86,200
#: pupils, up 3.1% on ..."): one bound for extraction and claims files.
REBASING_BACK: Final = 3

#: The words between a change and the figure it is measured from: "up 3.1% on this year's £5,470",
#: "7.8% more than the £1,067 of a year ago", "up 4% from last month's £1,100"; the text between the two,
#: whole (a comparison's "than" is the change's own).
REBASING: Final = re.compile(
    r"\s+(?:(?:on|from|over|compared\s+(?:with|to)|against|versus)\s+)?(?:(?:the|this|last|a)\s+)?"
    r"(?:(?:year|month|week|quarter|day|season)['’]s\s+)?(?:(?:previous|earlier|revised|same)\s+)?",
    re.IGNORECASE,
)
#: A rate's second half as printed after its figure: " per pupil", " a month", "/kWh".
_RATE_HALF: Final = re.compile(r"(?:\s+(?:per|a|an|each|every)\s+|/).*", re.DOTALL)


def rebased(
    rate: Estimate, printed: str, change: str, gap: str, figure: Estimate, *, read: Callable[[str], Estimate]
) -> Estimate | None:
    """``figure``, the base a change is measured from, read per what ``rate`` is per; or None.

    "£5,640 per pupil, up 3.1% on this year's £5,470": the £5,470 the rise is measured from restates
    the rate the rise is of, so it is per pupil too, as "£1,150 a month, 7.8% more than the £1,067 of a
    year ago" is a month's rent. ``rate`` is the nearest figure before the change in its sentence with a
    unit per something, printed as ``printed``, with only figures of no unit between; ``change`` is the
    change's words as printed ("up 3.1%", "7.8% more than"), ``gap`` the text from it to the figure
    (:data:`REBASING`, with "on", "from" or the change's "than" saying what the change is measured
    from). Only an amount in the unit the rate is of, within ten times of it.
    """
    unit, per, _ = rate.unit.partition(" / ")
    if not per or rate.relation != "amount" or figure.relation != "amount" or figure.unit != unit:
        return None
    if not measured_from(change, gap):
        return None  # "up 3.1% this year's £5,470": no word says what the change is measured from
    return _per_rate(rate, printed, figure, read)


def measured_from(change: str, gap: str) -> bool:
    """Whether ``gap``, the text from a change's words ``change`` to a figure, names the figure its base.

    "up 3.1% on this year's £5,470", "up 5.2 percent from $3.43", "7.8% more than the £1,067"
    (:data:`REBASING`, with "on", "from" or the change's own "than"): the change is measured from the
    figure, for :func:`rebased` and for a figure that restates the change past its base ("up 5.2 percent
    from $3.43, or 18 cents").
    """
    than = change.rstrip().lower().endswith("than")
    first = gap.split(maxsplit=1)[0].lower() if gap.strip() else ""
    return REBASING.fullmatch(gap) is not None and (than or first in _REBASING_JOINERS)


def based_on(change: Estimate, words: str, gap: str, base: Estimate) -> bool:
    """Whether ``base`` is the level the change right before it (``change``, printed ``words``) is from.

    A change (a ratio or a difference) and a plain amount after it that :func:`measured_from` joins:
    "up 5.2 percent from $3.43"; the figure after the base may restate the change ("..., or 18 cents").
    ``gap`` is the text between the two.
    """
    related = change.relation in ("ratio", "difference")
    return related and base.relation == "amount" and measured_from(words, gap)


def unit_before(estimates: Sequence[Estimate | None], at: int) -> int | None:
    """The index of the nearest estimate with a unit before ``estimates[at]``, or None.

    At most :data:`REBASING_BACK` back, past estimates of no unit only ("£5,640 per pupil for its 86,200
    pupils, up 3.1%"); a None (a figure the caller does not count: another sentence's, a year) stops the
    search. The rate a change is of, or the level it is measured from, is found so.
    """
    for back in range(at - 1, max(-1, at - 1 - REBASING_BACK), -1):
        estimate = estimates[back]
        if estimate is None:
            return None
        if estimate.unit:
            return back
    return None


#: What stands between a rate and a change of it right after: a comma or a dash ("$3.61 a gallon, up 18
#: cents", "151.3p a litre – down 4p"), or an opening bracket.
RATE_CHANGE_GAP: Final = re.compile(r"\s*[,–—(]\s*")


def rate_changed(rate: Estimate, change: Estimate) -> Estimate | None:
    """``change``, a difference in the unit ``rate`` is of, as a change of that rate; or None.

    "$3.61 a gallon, up 5.2 percent from $3.43, or 18 cents": the 18 cents restate the rise of a price
    per gallon, so they are 18 cents a gallon more, as the base $3.43 is a gallon's; "151.3p a litre,
    down 4p on May" is 4p a litre less. ``rate`` is the rate the change is of (the caller finds it: the
    nearest figure with a unit before the change in its sentence); only a difference in the unit the rate
    is of, no more than ten times the rate ("$3.61 a gallon, up 5%, or $2bn" is no gallon's).
    """
    unit, per, _ = rate.unit.partition(" / ")
    if not per or rate.relation != "amount" or change.relation != "difference" or change.unit != unit:
        return None
    size, level = change.nominal, rate.nominal
    if size is None or level is None or not 0 < abs(Fraction(size)) <= Fraction(level) * _NEAR:
        return None
    return attrs.evolve(change, unit=rate.unit)


def rate_change_words(rate: str, figure: str, direction: int) -> str | None:
    """The words of :func:`rate_changed` for a claims file ("18 cents a gallon more"), or None.

    ``figure`` with the second half of the rate printed as ``rate``, and "more" or "less".
    """
    half = _RATE_HALF.search(rate)
    if half is None or not direction:
        return None
    return f"{figure}{half.group()} {'more' if direction > 0 else 'less'}"


def rate_from(
    rate: Estimate, printed: str, gap: str, figure: Estimate, *, read: Callable[[str], Estimate]
) -> Estimate | None:
    """``figure``, the level a rate right before it was reached from, read per what ``rate`` is per; or None.

    "rose 7.8% to £1,150 a month from £1,067", "will rise to £12.71 an hour in April, from £11.91": the
    figure after "from" (the words of :data:`BORROWING`, a date between allowed) is the rate's level
    before, so it is per month, per hour too, as a bare "from 3.4" after "3.1 per cent" borrows per cent.
    Only an amount in the unit the rate is of, within ten times of it.
    """
    unit, per, _ = rate.unit.partition(" / ")
    if not per or rate.relation != "amount" or figure.relation != "amount" or figure.unit != unit:
        return None
    if BORROWING.fullmatch(gap) is None:
        return None
    return _per_rate(rate, printed, figure, read)


def _per_rate(
    rate: Estimate, printed: str, figure: Estimate, read: Callable[[str], Estimate]
) -> Estimate | None:
    """``figure`` read with the second half of ``rate`` as printed (" a month", " per pupil"), or None."""
    half = _RATE_HALF.search(printed)
    if half is None:
        return None
    words = figure.text + half.group()
    try:
        found = read(words)
    except ClaimcheckError:
        return None
    if found.text != words or found.unit != rate.unit or not _near(found, rate):
        return None
    return found


_REBASING_JOINERS: Final = frozenset({"on", "from", "over", "compared", "against", "versus"})


def _near(one: Estimate, other: Estimate) -> bool:
    """Whether two figures' nominal values are within a factor of ten of each other."""
    a, b = one.nominal, other.nominal
    if a is None or b is None or a <= 0 or b <= 0:
        return False
    return a <= b * _NEAR and b <= a * _NEAR


#: How far apart two figures may be and still be the two ends of one change ("from 3.4 to 3.1 per cent").
_NEAR: Final = 10


#: A statistic of ages named before a bare figure in its sentence: "the median age rose to 41.6", "the
#: average age of farmers is 59", "life expectancy fell to 78.5", "the mean age at first birth".
_AGE_STATISTIC: Final = re.compile(
    r"\b(?:(?:median|average|mean|typical)\s+ages?|life\s+expectancy|(?:median|average|mean)\s+lifespan)\b",
    re.IGNORECASE,
)
#: How far back in its sentence the name of an age statistic is looked for, in characters.
_AGE_REACH: Final = 160
#: The oldest a bare figure read as an age in years may be.
_OLDEST: Final = 150
_SENTENCE_END: Final = re.compile(r"[.!?;](?=\s)|\n\s*\n")
_OF_AFTER: Final = re.compile(r"\s+of\b", re.IGNORECASE)


def aged(text: str, start: int, end: int, figure: Estimate) -> str | None:
    """The words of a bare figure in years where an age statistic before it in its sentence says so, or None.

    "The median age rose to 41.6" states 41.6 years, as do "life expectancy fell to 78.5", "when it was
    39.8" after "the median age" in the same sentence, and "that of men, 40.1": a figure without a unit
    whose sentence names a statistic of ages before it (``_AGE_STATISTIC``) is in years. Only an amount
    or a change ("rose by 1.8") from 0 to 150, with no unit and no thing of its own (the caller checks
    that: "the median age of its 120 residents" counts residents). The words are the figure's own with
    "years" after them, for the parser to read, in extraction and claims files alike.
    """
    nominal = figure.nominal
    if figure.unit or figure.relation not in ("amount", "difference") or nominal is None:
        return None
    low = max(0, start - _AGE_REACH)
    if text.find(" age", low, start) < 0 and text.find("xpectancy", low, start) < 0:
        return None  # (told at once for nearly every figure, before its value is compared)
    if nominal == 0 or not -_OLDEST <= nominal <= _OLDEST or _OF_AFTER.match(text, end):
        return None  # "3 of the 4 towns": a count among others
    stops = [stop.end() for stop in _SENTENCE_END.finditer(text, low, start)]
    if _AGE_STATISTIC.search(text, stops[-1] if stops else low, start) is None:
        return None
    return f"{figure.text} years"


def averaged(words: Sequence[str], kinds: Sequence[int], at: int) -> bool:
    """Whether an averaging word stands a few words before token ``at`` with only words between.

    "averaged 41,300", "an average of about 27.4", "averaged a record 41,300" (``lex.AVERAGE_REACH``
    words back): the one test the grammar and the parser's shortcuts share.
    """
    for back in range(at - 1, max(-1, at - 1 - lex.AVERAGE_REACH), -1):
        if words[back] in lex.AVERAGE_WORDS:
            return True
        if kinds[back] != WORD:
            return False
    return False


#: Words after "points" that lead to the level the points are of ("to 4.4%", "on last year's 41%"), and
#: the most words from them to that level ("last year's", "the previous poll's").
_POINTS_LEVEL: Final = frozenset({"to", "from", "at", "on", "since", "than"})
_POINTS_REACH: Final = 4


class RelationReader(CoreReader):
    """Reads multiples that stand as cores, and the change, comparison and rate words around a figure."""

    #: Where the figure being read starts (its first token after any hedge), or -1.
    core_at: int = -1
    #: Which way the last lead in points read goes: -1 for the side behind ("trailing by 4 points").
    points_sign: int = 1
    #: Whether the last lead in points read is in points scored in a game, not percentage points.
    points_scored: bool = False

    def core(self, index: int) -> tuple[Core, int] | None:
        """Read a multiple ("twice as many", "doubled", "a tenfold rise"), else a range, amount or share."""
        if index >= self.size or self.kinds[index] != NUM:  # a multiple is words
            multiple = self._multiple(index)
            if multiple is not None:
                return multiple
        return super().core(index)

    def _multiple(self, index: int) -> tuple[Core, int] | None:
        word = self.word_at(index)
        start = index
        if word in ("a", "an"):
            index += 1
            word = self.word_at(index)
        factor: Fraction | None = None
        nxt = index + 1
        if word in lex.FOLDS:
            factor = Fraction(lex.FOLDS[word])
            if self.word_at(nxt) in lex.FOLD_RISES:
                nxt += 1
            elif self.word_at(nxt) in lex.FOLD_FALLS:
                factor, nxt = 1 / factor, nxt + 1
        elif index > start:
            return None
        elif word in lex.MULTIPLES:
            factor = Fraction(lex.MULTIPLES[word])
        elif word in lex.MULTIPLES_BEFORE and word not in ("double", "triple") and self._compared_than(nxt):
            # "twice more than", "twice less than": as "two times more than" (2 or 3 times; a half)
            times = Fraction(lex.MULTIPLES_BEFORE[word])
            comparison, nxt = self._times(nxt)
            return relate(
                Core(Interval(times, times), None, "exact", times, share=False), comparison, None
            ), nxt
        elif word in lex.MULTIPLES_BEFORE and (
            (self.word_at(nxt) in lex.MULTIPLE_FOLLOWERS and not self._dated(nxt))
            or (nxt >= self.size and not self._counts_times(index))
        ):
            factor = Fraction(lex.MULTIPLES_BEFORE[word])
            nxt = self._as_many(nxt) or nxt
        elif word in lex.FREQUENCIES:
            times = Fraction(lex.FREQUENCIES[word])
            found = self._frequency(times, nxt)
            if found is None and word in lex.TIMES_COUNTED and self._counts_times(index):
                # "scored twice", "has won twice": a count of times, as "three times" is
                return Core(Interval(times, times), None, "exact", times, share=False), nxt
            return found
        if factor is None:
            return None
        return Core(Interval(factor, factor), None, "exact", factor, share=False, relation="ratio"), nxt

    def _compared_than(self, index: int) -> bool:
        """Whether a comparative and "than" stand at ``index``: the "more than" of "twice more than"."""
        return self.word_at(index) in lex.COMPARATIVES and self.word_at(index + 1) == "than"

    def _falling(self, index: int) -> bool:
        """Whether the multiple at ``index`` is a fall by a factor: "halved", "a tenfold fall"."""
        word = self.word_at(index)
        if word in ("a", "an"):
            index += 1
            word = self.word_at(index)
        if word in lex.MULTIPLES:
            return lex.MULTIPLES[word] < 1
        return word in lex.FOLDS and self.word_at(index + 1) in lex.FOLD_FALLS

    def _dated(self, index: int) -> bool:
        """Whether the words at ``index`` name when, not a base: "twice this year", "twice last season"."""
        return self.word_at(index) in ("this", "that", "last") and self.word_at(index + 1) in lex.WHEN_NOUNS

    def _counts_times(self, index: int) -> bool:
        """Whether "twice" at ``index`` counts times: it follows a verb ("scored twice", "won twice").

        A multiple is stated with nothing before it ("twice"), after a hedge ("nearly twice", "more
        than twice") or after a form of "be" ("is twice"); a verb before it counts events.
        """
        before = self.word_at(index - 1)
        if not before.isalpha():
            return False
        return before in lex.EVENT_VERBS or (before.endswith("ed") and not before.endswith("eed"))

    def _frequency(self, times: Fraction, index: int) -> tuple[Core, int] | None:
        """Read "twice a day", "once a week": a count per period, or nothing."""
        found = self._per(index, None, period_only=True, things=False)
        if found is None or not isinstance(found[0], str):
            return None
        return Core(Interval(times, times), found[0], "exact", times, share=False), found[1]

    def _as_many(self, index: int) -> int | None:
        """Read "as many (as)", "as large (as)" after a multiple; return the index after it."""
        if self.word_at(index) != "as" or index + 1 >= self.size or self.kinds[index + 1] != WORD:
            return None
        nxt = index + 2
        return nxt + 1 if self.word_at(nxt) == "as" else nxt

    def change(self, index: int) -> tuple[Change, int] | None:
        """Read a change word before a figure ("rose", "fell by", "a rise of", "up"), or None.

        A change word followed by "to" states a level ("rose to 110") and "up to" is a bound, so
        neither is read here; nor is "up" or "down" after a verb it belongs to ("made up 30%").
        """
        found = self.match_phrase(index, CHANGE_INDEX)
        if found is None or (index > 0 and self.words[index - 1] in lex.ANNUALISED):
            return None  # "an annualised fall of 2.4%": a yearly rate (:meth:`annualised_falls`)
        words, nxt = found
        if self.word_at(nxt) == "to":
            return None
        if words[0] in ("up", "down") and index > 0 and self.words[index - 1] in lex.PHRASAL_BEFORE_UP_DOWN:
            return None
        adverbs = self._adverbs(nxt)
        if adverbs > nxt and self.word_at(adverbs) == "," and self.word_at(adverbs + 1) == "by":
            adverbs += 1  # "fell sharply, by 40%"
        if adverbs > nxt and self.word_at(adverbs) == "by":
            nxt = adverbs  # "up sharply by 2 points", "fell slightly by 0.3%": how, then by how much
        if words in _OFF:
            return Change(-1, strong=False, off=True), nxt
        if words in _TO and self.word_at(nxt) == "up":
            return None  # "add up to 100%", "added up to £2m": a sum, no change
        strong = any(word in lex.CHANGE_STRONG for word in words) or self._compared_after(words, nxt)
        strong = strong or words[-1] == "by"  # "cut by a third", "reduced by a quarter" (2/3, 3/4)
        by = words[-1] == "by" or self.word_at(nxt) == "by"
        if self.word_at(nxt) == "by":
            strong, nxt = True, nxt + 1
        passive = by and (words[0] in lex.PASSIVE_CHANGES or self.word_at(index - 1) in lex.PASSIVE_BEFORE)
        if tuple(self.words[nxt : nxt + 3]) == _AN_AVERAGE_OF:
            strong, nxt = True, nxt + 3  # "rose by an average of 4.9%": the average change
        direction = _CHANGES[words]
        if words in lex.VALUED_CHANGES:  # "the deficit improved by £1.5bn": £1.5bn less
            direction = lex.VALUED_CHANGES[words] * self._valued(index, nxt)
        return Change(direction, strong, to=words in _TO, passive=passive), nxt

    def _valued(self, index: int, after: int) -> int:
        """Which way an improvement goes for what its clause names: -1, +1, or 0 where that is unclear.

        -1 where what it changes is better lower (a deficit, a waiting list), +1 where better higher (a
        surplus, profits), 0 where the clause names neither or both ("the public finances improved by
        £1.5bn": the deficit fell or the balance rose).

        The clause is read back from the change word at ``index`` to its sentence's start, and on from the
        figure's first token ``after`` to a stop or a comma ("an improvement of £1.5bn in the deficit").
        """
        ways: set[int] = set()
        for at in range(index - 1, max(-1, index - 1 - _VALUED_REACH), -1):
            if self.words[at] in _CLAUSE_STOPS:
                break
            ways.add(_better(self.words[at]))
        for at in range(after, min(self.size, after + _CLAUSE_REACH)):
            if self.words[at] in _CLAUSE_STOPS or self.words[at] == ",":
                break
            ways.add(_better(self.words[at]))
        ways.discard(0)
        return ways.pop() if len(ways) == 1 else 0

    def agent(self, index: int, last: int) -> bool:
        """Whether the noun at ``index``, after a passive change, "by" and a figure, names who made it.

        "The budget was cut by 12 parents", "funding was reduced by three councils": people or bodies that
        act (:data:`~claimcheck._reading.words.AGENTS`), which the clause before does not count ("the
        number of councillors was cut by 12 councillors", "membership was cut by 300 members" count them:
        a change). A change needs a quantity of the changed thing, never who changed it. ``last`` is the
        figure's last token, from which the clause is read back.
        """
        noun = self.word_at(index)
        if noun not in lex.AGENTS:
            return False
        stem = noun[:-1]
        for back in range(last, max(-1, last - _CLAUSE_REACH), -1):
            word = self.words[back]
            if word in _SENTENCE_STOPS or word == ";":
                break
            if word in ("number", "numbers") or word.startswith(stem):
                return False
        return True

    def _adverbs(self, index: int) -> int:
        """The index after up to two adverbs in -ly at ``index`` ("sharply", "only slightly"), or ``index``.

        (Only whole words of letters longer than :data:`_SHORTEST_ADVERB`: "fly", "ally" are none.)
        """
        at = index
        while at < min(self.size, index + _MAX_ADVERBS) and self.kinds[at] == WORD:
            word = self.words[at]
            if not (word.endswith("ly") and word.isalpha() and len(word) > _SHORTEST_ADVERB):
                break
            at += 1
        return at

    def change_before(self, index: int) -> Change | None:
        """Read a verb of change with its object before "by" and the figure at ``index``, or None.

        "cut the risk of a heart attack by a third", "raised prices by 5%", "reduced the backlog by
        3,000": the verb (:data:`~claimcheck._reading.words.CHANGE_OBJECT_VERBS`) stands up to
        :data:`_OBJECT_REACH` words before "by", with only words between (no figure, no punctuation, no
        "to", which makes the figure a level: "reduced to rubble by 5 bombs"). A phrasal verb gives the
        direction with its "up" or "down" ("pushed up the price by 5p",
        :data:`~claimcheck._reading.words.PHRASAL_CHANGE_VERBS`); a verb of cutting before "in half"
        halves ("cut the number of deaths in half", "cut in half").
        """
        before = self.word_at(index - 1)
        halved = before == "in" and self.word_at(index) == "half"  # "cut the number of deaths in half"
        if before != "by" and not halved:
            return None
        for at in range(index - 2, max(-1, index - 3 - _OBJECT_REACH), -1):
            word = self.words[at]
            if word in lex.CHANGE_OBJECT_VERBS:  # with a thing between: "raised by 12 parents" is none
                direction = lex.CHANGE_OBJECT_VERBS[word]
                if halved:
                    return Change(direction, strong=True) if direction < 0 else None
                return Change(direction, strong=True) if at < index - 2 else None
            if word in lex.UP_DOWN and self.word_at(at - 1) in lex.PHRASAL_CHANGE_VERBS and not halved:
                return Change(lex.UP_DOWN[word], strong=True)  # "pushed up the price by 5p"
            if self.kinds[at] != WORD or not word.isalpha() or word in _NOT_OBJECTS:
                return None
        return None

    def _compared_after(self, words: tuple[str, ...], at: int) -> bool:
        """Whether "up" or "down" changes the plain number or fraction at ``at``.

        "down 4,300 on last year", "up 12 from Monday", "up six on Monday's 37", "fell to 61,200, down
        4,300.", "down a fifth on 2019": the words after it name what it is compared with, or end its
        clause.
        """
        if words not in _UP_OR_DOWN or at >= self.size:
            return False
        if self.kinds[at] == NUM:
            after = at + 2 if self.word_at(at + 1) in lex.SCALES else at + 1
        elif self.word_at(at) in ("a", "one") and self.word_at(at + 1) in lex.DENOMINATORS:
            after = at + 2  # "down a fifth on 2019": a share that changes
        elif (spelled := self._spelled(at)) is not None:
            after = spelled[1]  # "up six on Monday's 37", "down three from a year ago"
        else:
            return False
        if self.word_at(after) == "(" and after + 1 < self.size and self.kinds[after + 1] == NUM:
            restated = self.amount(after + 1)  # "up 1,200 (9%)": the change again, in per cent
            return restated is not None and restated[0].unit == "percent"
        return self.word_at(after) in _COMPARED_ON

    def comparison(self, index: int, core: Core) -> tuple[Comparison, int] | None:
        """Read the words after a figure that relate it to another, or None.

        "times as many", "times more", "-fold" make a multiple of a number; "as many", "as large" a
        multiple of a share ("half as many"); "more", "fewer", "higher" (with "than" or not) add or take
        away, and so do "rise", "cut" after a percentage or money ("a 10% rise", "a £2m cut"). The figure
        after "than" is a figure of its own: "5,000 more than 2019" is a difference and a year.
        """
        if core.relation is not None:
            return None
        word = self.word_at(index)
        if not core.share and core.unit is None:
            if word == "times" and index + 1 >= self.size and self._counts_times(self.core_at):
                return None  # "prices increased three times": three rises, no multiple
            if word == "times" and (index + 1 >= self.size or self.word_at(index + 1) in _TIMES_FOLLOWERS):
                return self._times(index + 1)
            if word == "-" and self.word_at(index + 1) == "fold" and self.tokens.adjacent(index):
                return Comparison(0), index + 2
            if word == "fold" and self.tokens.adjacent(index):
                return Comparison(0), index + 1
            if (in_points := self._points_changed(index)) is not None:
                return in_points  # "a 140-point fall in the Dax": a difference in points
        if core.share and word == "as":
            nxt = self._as_many(index)
            if nxt is not None and self.word_at(nxt - 1) != "as" and self.word_at(nxt) == "again":
                # "half as many again" adds the half: 1.5 times, as "a half more" is
                return Comparison(1), nxt + 1 + (self.word_at(nxt + 1) == "as")
            if nxt is not None:
                return Comparison(0), nxt
        if word == "(" and core.unit is not None:  # "3in (8cm) taller than", "£5m ($6.2m) more than"
            index = self._past_conversion(index, core.unit)
            word = self.word_at(index)
        # a percentage, money or money per a period or thing changes: "a 10% rise", "a £83-a-month rise"
        unit = core.unit or ""
        changing = unit == "percent" or is_currency(unit) or is_money_rate(unit)
        if changing and word in _MODIFIER_FIRST:  # "an 8.6% real-terms cut": how the change is measured
            after = self._after_modifier(index)
            if after is not None:
                index, word = after, self.word_at(after)
        points = False
        if changing and not self._rises_or_falls_at(index) and self._named_change(index):
            # "a 5% pay rise", "a £2m funding cut", "a 0.25% rate rise" (of a rate: in points)
            named = index + 1 if self._rises_or_falls_at(index + 1) else index + 2
            points = core.unit == "percent" and not lex.RATE_NAMES.isdisjoint(self.words[index:named])
            index, word = named, self.word_at(named)
        if changing and word in lex.FOLD_WAYS:
            sign = lex.FOLD_WAYS[word]
            return Comparison(sign, points=points), index + 1  # "a 10% rise", "a £2m cut"
        if changing and word in lex.VALUED_NOUNS:
            # "a £1.5bn improvement in the deficit": the way that is better for what the clause names
            sign = lex.VALUED_NOUNS[word] * self._valued(self.core_at, index + 1)
            return Comparison(sign, points=points, either=not sign), index + 1
        if changing and word in lex.UP_DOWN and self._changed_on(index + 1):
            return Comparison(lex.UP_DOWN[word]), index + 1  # "8% up on 2024", "£2m down"
        if word in lex.ABOVE_BELOW and self._against_reference(index, core):
            return Comparison(lex.ABOVE_BELOW[word]), index + 1  # "41% below the average", "2C above"
        if word in lex.TEMPERATURE_COMPARATIVES and core.unit in TEMPERATURES:
            nxt = index + 2 if self.word_at(index + 1) == "than" else index + 1
            return Comparison(lex.TEMPERATURE_COMPARATIVES[word]), nxt  # "2.3C colder than"
        if core.unit is not None and (word in lex.PRICE_COMPARATIVES or word in lex.PACE_COMPARATIVES):
            sign = _compared_sign(word, core.unit)
            if sign:  # "£12 cheaper than", "three minutes slower", "5mph faster"
                return Comparison(sign), index + 2 if self.word_at(index + 1) == "than" else index + 1
        if word not in lex.COMPARATIVES:
            return None
        nxt = index + 1
        if word == "more" and self.word_at(nxt) == "or":
            return None  # "500 more or less" is about 500
        if self.word_at(nxt) == "than":
            if self._duration_at(nxt + 1):
                return None  # "389,000 more than a year": (had waited) more than a year, a bound of its own
            nxt += 1
        return Comparison(lex.COMPARATIVES[word]), nxt

    def _times(self, index: int) -> tuple[Comparison, int]:
        """Read the words after "N times" at ``index`` that make it a multiple ("as many", "more than")."""
        nxt = self._as_many(index)
        if nxt is not None:
            return Comparison(0), nxt
        # "three times more", "three times higher": the comparative is the multiple's, and says three
        # times as many or three times more on top (four times as many); "three times fewer", a third
        way = lex.COMPARATIVES.get(self.word_at(index), 0)
        nxt = index + 1 if way else index
        if way and self.word_at(nxt) == "than":
            nxt += 1
        return Comparison(0, or_one_more=way > 0, inverse=way < 0), nxt

    def _points_changed(self, index: int) -> tuple[Comparison, int] | None:
        """Read a rise or fall in points after a bare figure: "a 140-point fall", "a three-point rise".

        A difference in points (of a percentage the clause names, :meth:`points` reads them as
        percentage points first).
        """
        at = index + 1 if self.word_at(index) == "-" and self.tokens.adjacent(index) else index
        then = self.word_at(at + 1)
        if self.word_at(at) not in lex.POINT_WORDS or then not in lex.FOLD_WAYS:
            return None
        return Comparison(lex.FOLD_WAYS[then]), at + 2

    def _past_conversion(self, bracket: int, unit: str) -> int:
        """The index after a conversion in brackets at ``bracket``, or ``bracket`` where there is none.

        A conversion restates a figure in ``unit`` in another unit of its kind: "(8cm)" after "3in",
        "($6.2m)" after "£5m".
        """
        found = self.amount(bracket + 1)
        if found is None or self.word_at(found[1]) != ")" or found[0].unit is None:
            return bracket
        other = found[0].unit
        converted = other != unit and dimension(other) == dimension(unit)
        if converted or (is_currency(unit) and is_currency(other)):
            return found[1] + 1
        return bracket

    def _rises_or_falls_at(self, index: int) -> bool:
        """Whether a rise or a fall is named at ``index`` ("rise", "cut")."""
        word = self.word_at(index)
        return word in lex.FOLD_WAYS

    def _named_change(self, index: int) -> bool:
        """Whether one or two words at ``index`` name what a change after "a" and the figure changes.

        "a 5% pay rise", "a 4.99% council tax rise", "a £2m funding cut": the figure stands after "a",
        "an" or "the" (or first, as a claim's quote does), and the words (in lower case, no word of
        :data:`_NOT_CHANGED`) lead to the rise or fall.
        """
        if self.core_at > 0 and self.word_at(self.core_at - 1) not in ("a", "an", "the"):
            return False
        for size in (1, 2):
            words = self.words[index : index + size]
            starts, ends = self.tokens.starts, self.tokens.ends
            if len(words) < size or not all(
                self.kinds[at] == WORD
                and word.isalpha()
                and word not in _NOT_CHANGED
                and self.text[starts[at] : ends[at]].islower()  # "a 9.2% Boeing increase" names no change
                for at, word in enumerate(words, index)
            ):
                return False
            if self._rises_or_falls_at(index + size):
                return True
        return False

    def _after_modifier(self, index: int) -> int | None:
        """The index of the rise or fall after a hyphened word of measure at ``index``, or None.

        "real-terms cut", "year-on-year increase", "like-for-like rise"
        (:data:`~claimcheck._reading.words.CHANGE_MODIFIERS`, written solid with its hyphens, or spaced
        without them: "a real terms cut", "a 5% year on year rise").
        """
        for modifier in (*lex.CHANGE_MODIFIERS, *_SPACED_MODIFIERS):
            end = index + len(modifier)
            if tuple(self.words[index:end]) != modifier:
                continue
            if "-" in modifier and not all(self.tokens.adjacent(at) for at in range(index + 1, end)):
                return None
            after = self.word_at(end)
            return end if after in lex.FOLD_WAYS else None
        return None

    def _changed_on(self, index: int) -> bool:
        """Whether the words at ``index``, after "up" or "down" after a figure, make it a change.

        "8% up on 2024", "8% up from a year earlier", "£2m down." do; "5% up from 4%" states a level
        and the one it rose from, "3% up to March" a level and a date.
        """
        then = self.word_at(index)
        if then == "from":
            after = self.word_at(index + 1)
            return index + 1 < self.size and self.kinds[index + 1] != NUM and after.isalpha()
        return then in lex.UP_DOWN_NEXT

    def _duration_at(self, index: int) -> bool:
        """Whether a duration starts at ``index``: "a year", "18 weeks", "two years" (no figure compared)."""
        first, then = self.word_at(index), self.word_at(index + 1)
        if not (first in ("a", "an") or first in lex.ONES or self.kinds[index : index + 1] == [NUM]):
            return False
        if self.word_at(index + 2) in lex.RATE_NOT_AFTER:
            return False  # "150% more than a year earlier": a time the figure is compared with
        return then in lex.RATE_PERIODS or lex.PLURAL_EVENTS.get(then) in lex.DURATIONS

    def _against_reference(self, index: int, core: Core) -> bool:
        """Whether "above" or "below" at ``index`` compares the figure with another ("41% below its peak").

        Any figure with a unit is compared so ("£5,000 above the asking price", "1.2C above the average",
        "three years above that of men", "40 minutes below the record"); a bare count is not ("12 above
        the line"). A level is named instead by the words after it ("30m below sea level", "5C below
        zero", "below freezing": :data:`~claimcheck._reading.words.NOT_REFERENCES`), and a figure that
        "of" or "at" introduces is a level ("inflation of 3.2% above the target"). At the end of a
        claim's value, "41% below" is the comparison too: a bound is written before its figure ("below
        41%") or as "or below".
        """
        if core.unit is None:
            return False
        after = self.word_at(index + 1)
        named = self.word_at(index + 2) if after == "the" else after  # "10km above the earth"
        if (after and not after[:1].isalnum()) or named in lex.NOT_REFERENCES:
            return False
        start = index - 1
        while start > 0 and self.tokens.adjacent(start):
            start -= 1  # back to the figure's first token ("£5,000", "1.2C")
        return self.word_at(start - 1) not in lex.LEVEL_BEFORE

    def points(self, index: int) -> tuple[int, Fraction] | None:
        """Read "percentage points" or "basis points" after a figure.

        Returns the index after them and their share of a percentage point (1/100 for basis points).
        """
        word = self.word_at(index)
        if word in _POINTS_FIRST:
            for words, factor in _POINTS.items():
                end = index + len(words)
                if tuple(self.words[index:end]) == words:
                    return end, factor
        after = self.word_at(index + 1)
        level = index + 2 + (after == "," and self.word_at(index + 2) in _POINTS_LEVEL)
        leads = self.word_at(level - 1) in _POINTS_LEVEL
        if word in ("points", "point") and leads and self._in_percent(level):
            # "rose 0.2 points to 4.4%", "up 3 points on last year's 41%", "0.2 points, to 4.4%": points
            # of a rate in per cent are percentage points (the level's first figure, a few words on in the
            # clause, decides)
            return index + 1, Fraction(1)
        # "3 points higher than last year's 38%": the comparison is read after them
        level = index + 2 + (self.word_at(index + 2) in _POINTS_LEVEL)
        if word in ("points", "point") and after in lex.COMPARATIVES and self._in_percent(level):
            return index + 1, Fraction(1)
        # "a 5-point lead", "a lead of three points", "ahead by 4 points", "five points clear": a lead is
        # a difference between two shares, in percentage points, never a count of anything
        at = index + 1 if word == "-" and self.tokens.adjacent(index) else index
        then = self.word_at(at + 1)
        if self.word_at(at) in lex.POINT_WORDS and then in lex.FOLD_WAYS:
            # "a 3-point rise on last year's 38%", "a two-point fall to 41%": a change of a percentage,
            # in percentage points (the rise or fall is read after them); of anything else, a difference
            # in points (:meth:`comparison`)
            level = at + 2 + (self.word_at(at + 2) in _POINTS_LEVEL)
            return (at + 1, Fraction(1)) if self._in_percent(level) else None
        if self.word_at(at) in lex.POINT_WORDS and (
            then in lex.LEAD_WORDS or then in lex.MARGIN_WORDS or self._lead_before() or self._won_by()
        ):
            self.points_sign = -1 if self._trailing(at + 1) else 1
            self.points_scored = self._in_a_game(at + 1)
            return at + 1, Fraction(1)
        return None

    def _in_percent(self, start: int) -> bool:
        """Whether the first figure within a few words of ``start`` in its clause is a percentage."""
        for at in range(start, min(self.size, start + _POINTS_REACH)):
            level = self.amount(at)
            if level is not None:
                return level[0].unit == "percent"
            if not self.word_at(at)[:1].isalpha():
                return False
        return False

    def swing(self, index: int, start: int) -> bool:
        """Whether a percentage read from ``start`` to ``index`` is a swing, in percentage points.

        "a 3.2% swing", "a 4 per cent swing to Labour", "a swing of 3.2%", "a swing of about 4%": a swing
        is a change between shares, never a share of anything (:data:`~claimcheck._reading.words.SWINGS`).
        """
        if self.word_at(index) in lex.SWINGS:
            return True
        return self.word_at(start - 1) == "of" and self.word_at(start - 2) in lex.SWINGS

    def _in_a_game(self, after: int) -> bool:
        """Whether a lead in points is one of a game ("led by 12 points at half-time" is points scored).

        A word of a game stands before it in its paragraph (a match report names the game once: "the cup
        final ... running in four tries to two. ... the 14-point margin") or after it in its sentence, and
        no word of a poll in its own sentence.
        """
        game = False
        own = True
        tokens = self.tokens
        for position in range(self.core_at - 1, max(-1, self.core_at - 1 - _GAME_REACH), -1):
            if _PARAGRAPH_BREAK.search(self.text, tokens.ends[position], tokens.starts[position + 1]):
                break
            word = self.words[position]
            if word in _SENTENCE_STOPS:
                own = False
            elif word in lex.POLL_WORDS and own:
                return False
            game = game or self._game_word(position)
        for position in range(after, min(self.size, after + _GAME_SENTENCE)):
            word = self.words[position]
            if word in _SENTENCE_STOPS:
                break
            if word in lex.POLL_WORDS:
                return False
            game = game or self._game_word(position)
        return game

    def _game_word(self, position: int) -> bool:
        """Whether the word at ``position`` is one of a game, "half-time" and "half time" included."""
        word = self.words[position]
        if word == "time":
            return self.word_at(position - 1) == "half" or (
                self.word_at(position - 1) == "-" and self.word_at(position - 2) == "half"
            )
        return word in lex.GAME_WORDS

    def _lead_before(self) -> bool:
        """Whether a lead word stands a few words before the figure: "a lead of (about) three points"."""
        return self._word_back(self.core_at - 1, lex.LEAD_WORDS)

    def _won_by(self) -> bool:
        """Whether "by" and a verb of winning stand before the figure: "won by 14", "beat Leeds by 12"."""
        return self.word_at(self.core_at - 1) == "by" and self._word_back(self.core_at - 2, lex.WIN_VERBS)

    def points_of_a_share(self, index: int) -> int | None:
        """The index after "points" at ``index`` where they change a percentage before them, or None.

        "Turnout was 61 per cent, up 2 points", "41%, a fall of 3 points on May": the change's words stand
        between a comma and the figure, and a percentage right before the comma is the share they
        change, so the points are percentage points (as "rose 0.2 points to 4.4%" are). The caller has
        read a change word before the figure; an index closing at "7,400, a fall of 30 points" stays 30.
        """
        if self.word_at(index) not in ("points", "point"):
            return None
        back = self.core_at - 1
        while back > 0 and self.kinds[back] == WORD and self.core_at - back <= _LEAD_REACH:
            back -= 1
        if back < 1 or self.words[back] != "," or not self.tokens.adjacent(back):
            return None
        last = self.words[back - 1]
        share = last in ("%", "percent", "pc") or (last == "cent" and self.word_at(back - 2) == "per")
        return index + 1 if share else None

    def _word_back(self, start: int, table: Collection[str]) -> bool:
        """Whether a word of ``table`` stands within ``_LEAD_REACH`` words back from ``start``, words only."""
        for back in range(start, max(-1, start - _LEAD_REACH), -1):
            if self.kinds[back] != WORD:
                return False
            if self.words[back] in table:
                return True
        return False

    def _trailing(self, after: int) -> bool:
        """Whether the lead is the other side's: "behind by 4 points", "trailing by six points"."""
        if self.word_at(after) in lex.TRAILING_WORDS:
            return True
        back = range(self.core_at - 1, max(-1, self.core_at - 1 - _LEAD_REACH), -1)
        return any(self.words[position] in lex.TRAILING_WORDS for position in back)

    def rate(self, index: int, unit: str | None) -> tuple[str | Fraction, int, int] | None:
        """Read the second half of a rate after a figure: "a week", "per barrel", "annually", "/day".

        Returns the rate's unit ("1 / week", "GBP / day", "USD / barrel"), the next index and the index
        where the rate's own words begin (after any counted thing); for a
        count per a number of things ("9 per 100,000") the number, which makes the figure a ratio. Up
        to three words naming the counted thing may come between ("1,200 new cases a week", "9 deaths
        per 100,000").
        """
        if self._averaged():  # "averaged 41,300 over 19 games": a rate per game
            for skip in range(index, min(index + _MAX_RATE_NOUN + 1, self.size)):
                over = self._over_events(skip, unit)
                if over is not None:
                    return (*over, skip)
                if not self.words[skip].isalpha() or self.words[skip] in _NOT_NOUNS:
                    break
        exchange = self._exchange(index, unit)
        if exchange is not None:
            return (*exchange, index)
        if _RATE_FIRST.isdisjoint(self.words[index : index + _MAX_RATE_NOUN + 1]):
            return None  # no rate's first word within reach
        hyphened = self._hyphened(index, unit)
        if hyphened is not None:
            return (*hyphened, index)
        found = self._per(index, unit)
        if found is not None:
            return (*found, index)
        for skip in range(index, min(index + _MAX_RATE_NOUN, self.size)):
            word = self.words[skip]
            if self._named_digits(skip, index):
                pass  # "40 tonnes of CO2 per hour", "µg of PM10 per cubic metre": the digits of a name
            elif not word.isalpha() or word in _NOT_NOUNS or self.match_phrase(skip, CHANGE_INDEX):
                return None
            # "400 people per square kilometre", "12 deaths per km": after the counted thing, "per" takes a
            # measure too (the others, "a", "each", only a period or an event: "3 goals a game")
            found = self._per(skip + 1, unit, period_only=self.word_at(skip + 1) != "per")
            if found is not None:
                return (*found, skip + 1)
        return None

    def _named_digits(self, index: int, first: int) -> bool:
        """Whether the number at ``index`` (past ``first``) is glued to the letters before it: "CO2"."""
        if index <= first or self.kinds[index] != NUM or not self.tokens.adjacent(index):
            return False
        return self.kinds[index - 1] == WORD and self.words[index - 1].isalpha()

    def _exchange(self, index: int, unit: str | None) -> tuple[str, int] | None:
        """Read an exchange rate's second currency: "Rs 83 to the dollar" is INR / USD, "$1.27 to the pound".

        An amount of money, then "to the" and a currency's name in the singular (a name papers print
        after a number, :data:`claimcheck._values.currencies.AFTER`, or "pound", which after money is
        sterling): the price of one of that currency. "£5 to the charity" names none.
        """
        if unit is None or self.word_at(index) != "to" or self.word_at(index + 1) != "the":
            return None
        name = self.word_at(index + 2)
        per = "GBP" if name == "pound" else cur.AFTER.get(name, ("", 0))[0]
        if not per or per == unit or not is_currency(unit) or self.word_at(index + 3) in _NOT_EXCHANGE:
            return None
        return f"{unit} / {per}", index + 3

    def _hyphened(self, index: int, unit: str | None) -> tuple[str, int] | None:
        """Read a rate hyphened to its figure: "£1.2 billion-a-year", "a £30,000-a-year job", "£9.50-an-hour".

        "-", "a" (or "an", "per"), "-" and one word, every token glued to the one before it; the word is
        what :meth:`_per` reads after "a" ("a year", "a pint", "a game").
        """
        if self.word_at(index) != "-" or self.word_at(index + 1) not in _HYPHENED_OPENERS:
            return None
        if self.word_at(index + 2) != "-" or index + 3 >= self.size:
            return None  # "-a-" at the end: no word to be per
        if not all(self.tokens.adjacent(at) for at in range(index, index + 4)):
            return None
        found = self._per(index + 1, unit, joined=True)
        return None if found is None or not isinstance(found[0], str) else (found[0], found[1])

    def _averaged(self) -> bool:
        """Whether the figure being read is an average: "averaged 41,300", "an average of about 27.4"."""
        return averaged(self.words, self.kinds, self.core_at)

    def _over_events(self, index: int, unit: str | None) -> tuple[str, int] | None:
        """Read "over 19 games", "across 12 months" after an average: a rate per game, per month."""
        if self.word_at(index) not in _OVER_WORDS or self.kinds[index + 1 : index + 2] != [NUM]:
            return None
        per = lex.PLURAL_EVENTS.get(self.word_at(index + 2))
        if per is None:
            return None
        return f"{unit or '1'} / {per}", index + 3

    def _per(
        self,
        index: int,
        unit: str | None,
        *,
        period_only: bool = False,
        joined: bool = False,
        things: bool = True,
    ) -> tuple[str | Fraction, int] | None:
        """Read a rate's own words at ``index``.

        ``period_only``: a period or an event alone ("a week", "a game"), or a thing after "per" where
        ``things`` ("15 pupils per teacher"; "checked once per unit" counts no rate); ``joined``: a hyphen
        stands between "a" and its word ("-a-year").
        """
        word = self.word_at(index)
        top = unit or "1"
        if word == "per" and unit is None and not joined:
            whole = self._whole(index + 1)
            if whole is not None:
                return whole
        if word == "for" and self.word_at(index + 1) == "every" and unit is None and not joined:
            whole = self._whole(index + 2)  # "71.2 crimes for every 1,000 residents", as "per 1,000"
            if whole is not None:
                return whole
        if word in lex.RATE_ADVERBS and not joined:
            return f"{top} / {lex.RATE_ADVERBS[word]}", index + 1
        money = unit is not None and is_currency(unit)
        if word == "for" and money and not period_only and self.word_at(index + 1) in ("each", "every"):
            index, word = index + 1, self.word_at(index + 1)  # "£163 for each resident"
        if word == "each" and not joined and self.word_at(index + 1) in _CLAUSE_ENDS:
            if self.word_at(index - 1) == "of":
                return None  # "one of each": one of every kind, no rate
            return f"{top} / item", index + 1  # "Rs 60,000 each", "3.8 nights each": per one of them
        if word not in lex.RATE_OPENERS:
            return None
        index += joined  # "-a-year": the word after the hyphen
        after = self.word_at(index + 1)
        nxt = index + 2
        if after in lex.RATE_PERIODS:
            per = lex.RATE_PERIODS[after]
        elif after in lex.RATE_EVENTS and word in ("per", "a", "an", "each", "every"):
            per = lex.RATE_EVENTS[after]
        elif (
            after in lex.RATE_THINGS
            and things
            and (word == "per" or (not period_only and word in ("a", "an") and unit and is_currency(unit)))
        ):
            per = lex.RATE_THINGS[after]  # "£1.50 a pint", "$3 per cup", "15 pupils per teacher"
        elif money and not period_only and word in ("each", "every") and after in lex.RATE_THINGS:
            per = lex.RATE_THINGS[after]  # "£163 for each resident", "£40 for every ticket"
        elif money and not period_only and word == "each" and after == "of" and self._things(index + 2):
            per, nxt = self._things(index + 2) or "", index + 1  # "for each of its 590,000 residents"
        elif word == "/" and after in lex.SLASH_PERIODS and self.tokens.adjacent(index + 1):
            per = lex.SLASH_PERIODS[after]  # "450MB/s", "3,000 m3/h": a period's symbol after a slash
        elif period_only or word not in ("per", "a", "an", "/"):
            return None
        elif after in lex.RATE_UNITS:
            per = lex.RATE_UNITS[after]
        else:
            found = self.unit(index + 1)
            if found is None and money and word == "per" and self._counted_noun(index + 1):
                found = ("item", index + 2)  # "£3,100 per spill", "$1.20 per download": per one of them
            if found is None or found[0] == "percent":
                return None
            per, nxt = found
        if per.endswith("watt") and self.word_at(nxt) == "-" and self.word_at(nxt + 1) == "hour":
            per, nxt = f"{per}_hour", nxt + 2  # "$139 per kilowatt-hour"
        if (after in lex.RATE_PERIODS and self._a_time(word, nxt)) or per == unit:
            return None  # "a year ago", "a day later": a time; "$40 a barrel from $35" is a rate
        return f"{top} / {per}", nxt

    def _counted_noun(self, index: int) -> bool:
        """Whether token ``index`` is a thing money is counted per: a word in lower case, no determiner.

        "£3,100 per spill", "$1.20 per download", "£50 per offence"; "$5bn per the filing" and "per
        Reuters" (according to) are no rate, nor "per se".
        """
        word = self.word_at(index)
        if not word.isalpha() or word in _NOT_COUNTED or self._capitalised(index):
            return False
        return self.word_at(index + 1) != "-"  # "per year-end" is no thing counted

    def _a_time(self, opener: str, nxt: int) -> bool:
        """Whether "a year", "a day" after a figure, with the word at ``nxt`` after it, is a time, no rate.

        "a year ago", "a day later", "a year earlier" date the figure; "from" and "since" start a time only
        after "now", "today" or "then" come next ("£6 a year from now"): "£6 a day from Monday", "£100 a
        week since June" are rates with a time they start at, and "per" is always a rate.
        """
        word = self.word_at(nxt)
        if opener == "per" or word not in lex.RATE_NOT_AFTER:
            return False
        return word not in _STARTS or self.word_at(nxt + 1) in _NOW

    def _things(self, index: int) -> str | None:
        """The unit of a number of things that follows ("its 590,000 residents": person), or None.

        The number stays a figure of its own: "£163 for each of its 590,000 residents" is £163 a person.
        """
        if self.word_at(index) in _THING_DETERMINERS:
            index += 1
        if index >= self.size or self.kinds[index] != NUM:
            return None
        found = self.amount(index)
        if found is None or found[0].unit is not None:
            return None
        noun = self.word_at(found[1])
        thing = lex.THING_PLURALS.get(noun, noun[:-1] if noun.endswith("s") else "")
        return lex.RATE_THINGS.get(thing) or lex.RATE_UNITS.get(thing)

    def per_thing_before(self, index: int) -> str | None:
        """Return the thing a figure at ``index`` is counted per, where the words before it say so.

        "GDP per capita of $45,000", "income per head was £31,000", "earnings per share rose to 45p":
        "per" and a thing (:data:`~claimcheck._reading.words.PER_THINGS`), then at most two linking
        words, then the figure. Returns the thing's unit ("person", "share"), "year" for a yearly rate
        ("an annualised 2.4%": :meth:`_annualised_before`), or None.
        """
        at = index - 1
        for _ in range(_MAX_PER_LINK):
            if at < 0 or self.words[at] not in _PER_LINKS:
                break
            at -= 1
        if at < 1 or self.words[at - 1] != "per" or self.words[at] not in lex.PER_THINGS:
            return self._annualised_before(index)
        return lex.PER_THINGS[self.words[at]]

    def _annualised_before(self, index: int) -> str | None:
        """Return "year" where the words before a figure at ``index`` make it a yearly rate, else None.

        "an annualised 2.4%", "an annualised rate of 2.4%", "at an annual rate of 2.4%": a rate of growth
        a year, whatever span it was measured over (a quarter's 0.6%), up to three linking words back.
        """
        return None if self._annualised_start(index) is None else "year"

    def _annualised_start(self, index: int) -> int | None:
        """The index of the words that make a figure at ``index`` a yearly rate ("annualised"), or None."""
        at = index - 1
        for _ in range(_MAX_ANNUAL_LINK):
            if at < 0 or self.words[at] not in _ANNUAL_LINKS:
                break
            if self.words[at] == "rate" and self.word_at(at - 1) == "annual":
                at -= 1  # "at an annual rate of 2.4%"
                break
            at -= 1
        if at < 0 or (self.words[at] not in lex.ANNUALISED and self.words[at] != "annual"):
            return None
        while at > 0 and self.words[at - 1] in _ANNUAL_LINKS:
            at -= 1  # back over "at an" to the verb before them
        return at

    def annualised_falls(self, index: int) -> bool:
        """Whether the yearly rate at ``index`` is a fall.

        "shrank at an annualised rate of 2.9%", "an annualised fall of 2.4%" are falls of 2.9% and 2.4% a
        year; "grew at an annual rate of 2.4%" a rise.
        """
        start = self._annualised_start(index)
        if start is None:
            return False
        if not _ANNUAL_FALLS.isdisjoint(self.words[start:index]):
            return True  # "an annualised fall of 2.4%"
        found = self.change(start - 1) if start > 0 else None
        return found is not None and found[1] == start and found[0].direction < 0

    def _whole(self, index: int) -> tuple[Fraction, int] | None:
        """Read the whole of "per 100,000", "per million": a number of at least ten, with no unit."""
        if self.word_at(index) in lex.PER_SCALES:
            return Fraction(lex.PER_SCALES[self.words[index]]), index + 1
        if index >= self.size or self.kinds[index] != NUM:
            return None
        found = self.amount(index)
        if found is None or found[0].unit is not None or found[0].value < _MIN_WHOLE:
            return None
        return found[0].value, found[1]


_UP_OR_DOWN: Final = frozenset({("up",), ("down",)})
#: Words after a number that name what "up" or "down" before it compares it with, or end its clause ("fell
#: to 61,200, down 4,300, or 6.6%"; and a percentage in brackets: "up 1,200 (9%)"); a noun after it is
#: counted instead ("knocked down 3 houses").
_COMPARED_ON: Final = frozenset({"on", "from", ",", ".", ";", ":", ")", ""})
#: Words that open the events an average is over: "over 19 games", "across 12 months", "in 30 matches".
_OVER_WORDS: Final = frozenset({"over", "across", "in"})
#: How far around a lead in points words of a game or a poll are looked for: tokens back (within the
#: paragraph), and tokens ahead (within the sentence).
_GAME_REACH: Final = 200
_GAME_SENTENCE: Final = 60
#: A blank line between two tokens: the end of a paragraph, past which no word of a game is looked for.
_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\r]*\n")
_SENTENCE_STOPS: Final = frozenset({".", "!", "?"})
#: The most words of a changed thing between its verb and "by": "cut the risk of a heart attack by".
_OBJECT_REACH: Final = 8
#: Words that end a changed thing before "by": a level ("reduced to rubble by"), another clause ("but",
#: "which", "was"); "and", "or" and "from" join things ("the risk of heart attack or stroke", "deaths from
#: the disease"), and a figure between ("raised from 3% to 5% by") ends the search as any figure does.
_NOT_OBJECTS: Final = frozenset("to but which who that than was were is are be been by".split())


def _better(word: str) -> int:
    """-1 for a thing better lower ("deficit"), +1 for one better higher ("surplus"), else 0."""
    return -1 if word in lex.BETTER_LOWER else int(word in lex.BETTER_HIGHER)


#: How many tokens back from an improvement its sentence is read for what it improves ("the overspend
#: fell sharply, by 40%, to £6.3m in the year to March, from £10.5m, a £4.2m improvement").
_VALUED_REACH: Final = 40
#: Tokens that end the clause an improvement's way is read from.
_CLAUSE_STOPS: Final = frozenset({".", "!", "?", ";", ":"})
#: How many tokens back the clause of a passive change is looked through for what it counts.
_CLAUSE_REACH: Final = 16
#: The most adverbs between a change word and "by": "rose only slightly by 0.2 points".
_MAX_ADVERBS: Final = 2
#: The longest word in -ly that is no adverb ("fly", "ally", "only" is one): "rose only slightly by".
_SHORTEST_ADVERB: Final = 3
#: How many words before a figure a lead word is looked for: "a lead of about three points".
_LEAD_REACH: Final = 4

#: Every token the relation reader may read right after a figure: percentage or basis points, a multiple
#: ("times", "-fold", "as many"), a comparison ("more", "fewer than", "a 10% rise"), a rate's first word
#: ("a week", "per barrel", "annually"). (A rate may also come after the counted thing: "500 cases a
#: week"; its words are :data:`~claimcheck._reading.words.RATE_OPENERS` and ``RATE_ADVERBS``.)
#: The first words of the hyphened words of measure before a rise or fall ("real" of "a 5% real-terms cut").
_MODIFIER_FIRST: Final = frozenset(words[0] for words in lex.CHANGE_MODIFIERS)
#: Words between a change word and its figure that make it an average change: "rose an average of 8%".
_AN_AVERAGE_OF: Final = ("an", "average", "of")
#: Words that never name what a change changes: "a 5% share of the rise" has none.
_NOT_CHANGED: Final = frozenset(
    "of as and or but in on to the a an for with from than by at that this its their his her our your "
    "is are was were be been while when if so".split()
)
#: The same words of measure printed without their hyphens: "a 5% year on year rise".
_SPACED_MODIFIERS: Final = frozenset(
    tuple(word for word in words if word != "-") for words in lex.CHANGE_MODIFIERS
)
AFTER_FIGURE: Final = frozenset(
    {words[0] for words in _POINTS}
    | {"times", "-", "fold", "as", "than", "off"}
    | lex.POINT_WORDS
    | lex.FOLD_RISES
    | lex.FOLD_FALLS
    | lex.COMPARATIVES.keys()
    | lex.RATE_OPENERS
    | lex.RATE_ADVERBS.keys()
    | lex.UP_DOWN.keys()
    | _MODIFIER_FIRST
    | lex.SWINGS
    | lex.PRICE_COMPARATIVES.keys()
    | lex.PACE_COMPARATIVES.keys()
    | lex.VALUED_NOUNS.keys()
)
#: Words after "N times" that make it a multiple ("three times as many", "three times the size"); at the
#: end of the text ("about three times") it is one too.
_TIMES_FOLLOWERS: Final = lex.TIMES_COMPARATIVES | {"as"}
#: Words between "per capita" and its figure: "GDP per capita of $45,000", "income per head stood at £31,000".
_PER_LINKS: Final = frozenset(
    "of was is were are at to reached hit stood rose fell grew climbed dropped came in : = , – —".split()
)
_MAX_PER_LINK: Final = 2
#: Words between "annualised" and its figure: "an annualised rate of 2.4%", "annualised growth of 0.6%".
_ANNUAL_LINKS: Final = frozenset("rate growth pace increase rise fall decline of a an at".split())
_MAX_ANNUAL_LINK: Final = 3
_ANNUAL_FALLS: Final = frozenset({"fall", "decline"})
#: Words between "each of" and a number of things: "for each of its 590,000 residents".
_THING_DETERMINERS: Final = frozenset("its the their his her our your".split())
#: The words of a rate hyphened to its figure: "£1.2 billion-a-year", "£9.50-an-hour", "$40-per-barrel".
_HYPHENED_OPENERS: Final = frozenset({"a", "an", "per"})
#: The least whole of "9 per 100,000"; "3 per 2" is no rate.
_MIN_WHOLE: Final = 10
#: The most words naming a counted thing between a figure and its rate ("1,200 new Covid cases a week").
_MAX_RATE_NOUN: Final = 3
#: Words after "a day", "a week" that say when a rate starts ("£6 a day from Monday"), unless "now",
#: "today" or "then" follow them ("a year from now" is a time).
_STARTS: Final = frozenset({"from", "since"})
#: Words after "per" that are no thing money is counted per: determiners, "se", "cent", "annum".
_NOT_COUNTED: Final = frozenset(
    "the a an its their his her our your my this that these those each every se cent annum".split()
)
#: Words that end a clause after "each": "or Rs 60,000 each.", "£40 each, and" (a rate per one of them).
_CLAUSE_ENDS: Final = frozenset({".", ",", ";", ":", ")", "!", "?", "and", "or", "but", ""})
#: Words after "to the dollar", "to the euro" that make the currency's name part of another name: "€2bn to
#: the euro zone", "to the euro area".
_NOT_EXCHANGE: Final = frozenset({"zone", "area", "-", "bloc", "system", "market", "markets"})
_NOW: Final = frozenset({"now", "today", "then", "tomorrow"})
#: The words a rate starts with ("per barrel", "a week", "annually"): :meth:`RelationReader.rate` reads
#: one only where one of them stands within reach.
_RATE_FIRST: Final = frozenset({"per", *lex.RATE_OPENERS, *lex.RATE_ADVERBS})
#: Words that end the counted thing before a rate: a rate never reaches past them.
_NOT_NOUNS: Final = frozenset(
    "a an the and or but in on at for to from by with within than as is are was were be been has have had "
    "will would that which who this these those it its their his her per each every".split()
)
