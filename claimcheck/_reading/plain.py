"""The fast path for a claim value in a common spelling (private): one regular expression, no tokens.

Most claim values are written in a few shapes: a number ("12,500"), a number with a scale ("$1.2bn",
"1.2 million"), a percentage ("12%", "5 per cent"), and two of those joined into a range
("400 to 500", "5,000-7,000", "between $25m and $50m"), with or without one common hedge before it
("about 5,000", "more than 20%", "up to 400 to 500"). :func:`read_plain` reads a text that is exactly one
of those shapes straight from one regular expression, with integer arithmetic, and builds the estimate the
full grammar (:mod:`claimcheck.parse`) builds for it: the same value, kind, relation, precision and text.
For anything else it returns None and the full grammar reads the text. It reads only spellings whose
meaning no word around them can change, and applies a hedge under the :class:`~claimcheck.Policy` as the
grammar does (``hedges.apply_hedge``); "12m" without a currency depends on ``Policy.m_means`` and the words
around it, so it is refused. The tables it spells are the grammar's own
(:mod:`claimcheck._reading.words`, :mod:`claimcheck._values.currencies`), and tests/test_plain.py draws
the shapes and compares both readings.
"""

from __future__ import annotations

import functools
import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final

from claimcheck._reading import words as lex
from claimcheck._reading.amounts import TABLE_UNIT_WORDS, Amount
from claimcheck._reading.cores import Core, _share_scale, estimate_of
from claimcheck._reading.hedges import _HEDGES, apply_hedge, hedge_kind
from claimcheck._reading.tokens import phrase
from claimcheck._reading.unit_spellings import read_unit
from claimcheck._values import currencies as cur
from claimcheck._values.interval import Interval
from claimcheck.quantity import Estimate
from claimcheck.units import CURRENCIES

if TYPE_CHECKING:
    from collections.abc import Iterable

    from claimcheck.policy import Policy
    from claimcheck.quantity import Kind

__all__ = [
    "CURRENCY_SIGNS",
    "GLUED_SCALES",
    "HEDGES",
    "MEASURES",
    "SPELLED_SCALES",
    "UNIT_SPELLINGS",
    "read_plain",
]

_ONE: Final = Fraction(1)

#: Currency signs read before a number, glued to it ("$1.2bn"), each with its ISO code.
CURRENCY_SIGNS: Final[dict[str, str]] = {
    form: cur.BEFORE[form] for form in ("$", "£", "€") if form in cur.BEFORE
}
#: Scale words after a number and a space ("1.2 million").
SPELLED_SCALES: Final = {word: lex.SCALES[word] for word in ("thousand", "million", "billion", "trillion")}
#: Scale abbreviations glued to a number ("12k", "$1.2bn"); "m" only after a currency sign, where no
#: policy makes it metres.
GLUED_SCALES: Final = {word: lex.SHORT_SCALES[word] for word in ("k", "m", "mn", "bn", "tn")}
#: Unit words read after a number: a percentage ("12%" glued, "12 per cent", "12 percent").
UNIT_SPELLINGS: Final = {"%": "percent", "per cent": "percent", "percent": "percent"}
#: Units of measure read after a number ("40 km", "12 miles", "2.5GW"): common spellings that only the
#: unit registry reads (:func:`~claimcheck._reading.unit_spellings.read_unit`, as the grammar does) and
#: that no unit table of the grammar reads alone; those ("m", "C", "tons", "dollars") read by case,
#: gluing and the words around, and are the grammar's.
MEASURES: Final = tuple(
    word
    for word in (
        "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "cm", "mm", "feet", "ft",
        "kg", "tonnes", "tonne", "grams", "litres", "liters", "acres", "hectares", "hours", "hour", "days",
        "weeks", "months", "years", "minutes", "seconds", "mph", "kWh", "MWh", "GWh", "TWh", "kW", "MW",
        "GW", "Hz", "MHz", "GHz", "mAh", "GB", "TB", "MB", "hp", "bhp", "mpg",
    )
    if word.lower() not in TABLE_UNIT_WORDS
)  # fmt: skip

#: The commonest hedges before a figure ("about 500", "more than 20", "up to 400 to 500"), each with the
#: name the grammar's hedge table gives it; one at most, and nothing after the figure.
HEDGES: Final = {
    words: _HEDGES[phrase(tuple(words.split()))]
    for words in (
        "about", "around", "approximately", "roughly", "some", "an estimated", "nearly", "almost",
        "more than", "over", "above", "fewer than", "less than", "under", "below", "up to", "at most",
        "no more than", "as many as", "at least", "no fewer than", "no less than",
    )
}  # fmt: skip

#: A number as a reader writes it: digits grouped by commas in threes, or plain digits (no leading zero),
#: with up to six decimals. Longer or odder figures (leading zeros, lakh grouping, decimal commas) are
#: the grammar's.
_NUMBER: Final = r"(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]{0,11}|0)(?:\.[0-9]{1,6})?"


def _alternatives(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, the longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _amount(n: int) -> str:
    """The pattern of one amount; its groups end in ``n``."""
    return (
        rf"(?P<sign{n}>{_alternatives(CURRENCY_SIGNS)})?(?P<number{n}>{_NUMBER})"
        rf"(?:(?P<glued{n}>{_alternatives(GLUED_SCALES)})| (?P<spelled{n}>{_alternatives(SPELLED_SCALES)}))?"
        rf"(?:(?P<percent{n}>%)|(?P<space{n}> ?)"
        rf"(?P<unit{n}>{_alternatives({*UNIT_SPELLINGS, *MEASURES} - {'%'})})(?![^\W\d_]))?"
    )


_PLAIN: Final = re.compile(
    rf"[ \t\r\n]*(?P<value>(?P<between>between ){_amount(1)} and {_amount(2)}"
    rf"|(?:(?P<hedge>{_alternatives(HEDGES)}) )?"
    rf"(?:{_amount(3)}(?P<joiner> to |-|–){_amount(4)}|{_amount(5)}))[ \t\r\n]*"
)


#: The names of each amount's groups in :data:`_PLAIN`.
#: The commonest claim values of all, read before :data:`_PLAIN`: whole numbers as a reader prints them
#: (the digits of :data:`_NUMBER`, no decimals, sign, scale or unit), one with or without a hedge, or two
#: joined into a range by a joiner or "between … and". Nothing stands around them.
_WHOLE: Final = r"([1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]{0,11}|0)"
_COUNTS: Final = re.compile(
    rf"between {_WHOLE} and {_WHOLE}|{_WHOLE}(?: to |-|–){_WHOLE}|(?:({_alternatives(HEDGES)}) )?{_WHOLE}"
)


_GROUPS: Final = {
    n: tuple(f"{name}{n}" for name in ("sign", "number", "glued", "spelled", "percent", "space", "unit"))
    for n in range(1, 6)
}


def _read_amount(found: re.Match[str], n: int, *, in_currency: bool = False) -> Amount | None:
    """Read the amount of groups ``n``, as the grammar's ``AmountReader.amount`` reads it; None to refuse.

    ``in_currency``: the range's first end is money, so a glued "m" is million here too ("$5-7m").
    """
    sign, number, glued, spelled, percent, space, unit_word = found.group(*_GROUPS[n])
    if glued == "m" and sign is None and not in_currency:
        return None  # "12m": millions or metres, as Policy.m_means and the words around it say
    if unit_word is not None:
        if sign is not None:
            return None  # "$5 km": the grammar reads "$5" alone
        if (glued or spelled) and not space:
            return None  # "12kkm", "5 millionkm" are one word to the tokenizer
    elif sign is not None and percent is not None:
        return None  # "$5%": the grammar reads "$5"
    scale = GLUED_SCALES[glued] if glued else SPELLED_SCALES[spelled] if spelled else 1
    value, raw, step, rounded = _printed(number, scale)
    if unit_word in UNIT_SPELLINGS:
        unit: str | None = UNIT_SPELLINGS[unit_word]
    elif unit_word is not None:
        # the token before the unit is "1" where a lone 1 stands there ("1 hour"), as the grammar asks
        unit = _measure(unit_word, glued=not space, one=number == "1" and not (glued or spelled))
        if unit is None:
            return None
    elif percent is not None:
        unit = UNIT_SPELLINGS["%"]
    else:
        unit = CURRENCY_SIGNS[sign] if sign is not None else None
    return Amount(value, raw, scaled=scale != 1, unit=unit, step=step, rounded=rounded)


#: How many printed numbers keep their reading: a claim list repeats its numbers far more than its texts.
_NUMBERS: Final = 4096


@functools.lru_cache(maxsize=_NUMBERS)
def _printed(number: str, scale: int) -> tuple[Fraction, Fraction, Fraction, bool]:
    """A number as printed ("1,234", "1.2") under ``scale``: value, bare number, step, rounded or not.

    The step is that of its last printed digit; it reads as rounded with decimals or a scale from a
    thousand up. The value and the step have the scale applied: "1.2 million" is 1,200,000 printed to
    the 100,000 (``AmountReader._printed_step`` and ``_scaled_number``). Fractions are immutable, so
    one reading serves every amount that prints the number.
    """
    whole, _, decimals = number.replace(",", "").partition(".")
    places = 10 ** len(decimals)
    digits = int(whole + decimals)
    raw = Fraction(digits, places) if decimals else Fraction(digits)
    value = raw if scale == 1 else Fraction(digits * scale, places)
    step = Fraction(scale, places) if scale != 1 or decimals else _ONE
    return value, raw, step, bool(decimals) or scale >= 1000


@functools.cache
def _measure(word: str, *, glued: bool, one: bool) -> str | None:
    """The unit the registry reads in ``word`` after a figure, or None (``AmountReader._registry_unit``)."""
    found = read_unit([(word, glued)], one=one)
    return None if found is None else found[0]


def read_plain(text: str, policy: Policy) -> Estimate | None:
    """Read ``text`` if it is exactly one value in a common spelling; None for anything else.

    ``policy`` says what a hedge means ("about 500" is 450–550 by default).

    >>> from claimcheck.policy import DEFAULT_POLICY
    >>> str(read_plain("between $25m and $50m", DEFAULT_POLICY)), str(read_plain("about 500", DEFAULT_POLICY))
    ('$25 million–$50 million', '≈ 500 (450–550)')
    >>> read_plain("about 500 fighters", DEFAULT_POLICY) is None
    True
    """
    counted = _COUNTS.fullmatch(text)
    if counted is not None:
        return _counts(counted, text, policy)
    found = _PLAIN.fullmatch(text)
    if found is None:
        return None
    start, end = found.span("value")
    said = text[start:end]
    between, hedge_words, joiner, first_percent = found.group("between", "hedge", "joiner", "percent3")
    if between is not None:
        low, high = _read_amount(found, 1), None
        if low is not None:
            high = _read_amount(found, 2, in_currency=low.unit in CURRENCIES)
        return None if low is None or high is None else _range(low, high, said, ordered=False)
    hedge = HEDGES[hedge_words] if hedge_words is not None else None
    if joiner is not None:
        if first_percent is not None and joiner == "-":
            return None  # "5%-7%": the grammar reads the dash after a sign as a minus
        low, high = _read_amount(found, 3), None
        if low is not None:
            high = _read_amount(found, 4, in_currency=low.unit in CURRENCIES)
        if low is None or high is None:
            return None
        return _range(low, high, said, ordered=True, hedge=hedge, policy=policy)
    single = _read_amount(found, 5)
    if single is None:
        return None
    if hedge is not None:
        # a printed number is one exact Fraction: its point is settled already, nothing to check again
        band = Interval.settled(single.value, single.value, low_open=False, high_open=False)
        core = Core(band, single.unit, "exact", single.value, share=False, precision=single.precision)
        return _hedged(core, hedge, said, policy)
    return _estimate(single.value, single.value, single.unit, kind="exact", text=said, single=single)


def _counts(found: re.Match[str], text: str, policy: Policy) -> Estimate | None:
    """Read a match of :data:`_COUNTS`: the estimate :data:`_PLAIN`'s reading makes of it, made directly.

    A whole number printed in full is exact, with no precision (no unit, no rounding), so each end is
    ``Fraction(int)`` and a range's ends are compared as integers; a range of equal ends, or a falling one
    after a joiner, is the grammar's (as in :func:`_range`).
    """
    first, second, low, high, hedge_words, single = found.groups()
    if single is not None:
        value = Fraction(int(single.replace(",", "")))
        if hedge_words is None:
            return Estimate._made(value, value, "", False, False, "exact", text, value, None, "amount")  # noqa: FBT003, SLF001
        band = Interval.settled(value, value, low_open=False, high_open=False)
        core = Core(band, None, "exact", value, share=False, precision=None)
        return _hedged(core, HEDGES[hedge_words], text, policy)
    if first is not None:  # "between": either order
        lo, hi = int(first.replace(",", "")), int(second.replace(",", ""))
        if lo > hi:
            lo, hi = hi, lo
    else:
        lo, hi = int(low.replace(",", "")), int(high.replace(",", ""))
    if lo >= hi:
        return None
    return Estimate._made(Fraction(lo), Fraction(hi), "", False, False, "range", text, None, None, "amount")  # noqa: FBT003, SLF001


def _range(
    low: Amount,
    high: Amount,
    text: str,
    *,
    ordered: bool,
    hedge: str | None = None,
    policy: Policy | None = None,
) -> Estimate | None:
    """Join two amounts as ``CoreReader._range`` does; None where the grammar would not make a range.

    ``ordered`` (a joiner, "5 to 7"): the grammar reads a falling pair as two figures ("52% to 41%");
    "between" sorts the ends. ``hedge`` (under ``policy``) bounds or widens the range ("up to 400 to 500").
    """
    _share_scale(low, high, loose=ordered)
    if low.unit is None:
        low.unit = high.unit
    elif high.unit is None:
        high.unit = low.unit
    # the ends compared as integers, cross-multiplied (Fraction's operators check their types each time)
    left, right = low.value.numerator * high.value.denominator, high.value.numerator * low.value.denominator
    if low.unit != high.unit or left == right or (ordered and left > right):
        return None
    lo, hi = (low.value, high.value) if left < right else (high.value, low.value)
    steps = [step for step in (low.precision, high.precision) if step is not None]
    precision = min(steps) if steps else None
    if hedge is not None and policy is not None:
        core = Core(Interval(lo, hi), low.unit, "range", None, share=False, precision=precision)
        return _hedged(core, hedge, text, policy)
    return _estimate(lo, hi, low.unit, kind="range", text=text, precision=precision)


def _hedged(core: Core, hedge: str, text: str, policy: Policy) -> Estimate:
    """The estimate of a hedged core, as the grammar makes it: ``apply_hedge``, then ``estimate_of``."""
    return estimate_of(apply_hedge(core, hedge, policy), hedge_kind(hedge, core, core.kind), text)


def _estimate(
    lo: Fraction,
    hi: Fraction,
    unit: str | None,
    *,
    kind: Kind,
    text: str,
    single: Amount | None = None,
    precision: Fraction | None = None,
) -> Estimate:
    """The estimate ``parse._Parser._estimate`` makes of a core with no hedges."""
    return Estimate.from_reading(
        lo,
        hi,
        unit or "",
        kind=kind,
        text=text,
        nominal=None if single is None else single.value,
        precision=precision if single is None else single.precision,
        relation="share" if unit == "percent" else "amount",
    )
