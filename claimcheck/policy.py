"""How claimcheck reads hedged and vague wording: every default interpretation in one place.

A newsroom that reads "about" as ±5% says so once::

    >>> from fractions import Fraction
    >>> from claimcheck import Policy, parse_quantity
    >>> str(parse_quantity("about 500", policy=Policy(about=Fraction(1, 20))))
    '≈ 500 (475–525)'
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import Literal, final, get_args

import attrs

from claimcheck._values.frozen import FrozenDict
from claimcheck._values.interval import INF, Interval, to_magnitude
from claimcheck.errors import ModelError
from claimcheck.quantity import Estimate

__all__ = ["DEFAULT_VAGUE", "ROUNDINGS", "Policy", "Rounding"]

#: How checking reads a printed figure: ``printed`` as every value that rounds to it ("12%" is 11.5% up
#: to below 12.5%), ``exact`` as the printed number itself.
Rounding = Literal["printed", "exact"]
ROUNDINGS: tuple[Rounding, ...] = get_args(Rounding)


def _band(lo: int, hi: float, *, high_open: bool = False) -> Interval:
    return Interval(lo, hi, high_open=high_open)


#: What each vague amount means. A plural scale word means at least one of it and fewer than the next
#: scale word ("hundreds" is 100 to below 1,000; "thousands" stops below a million, since "tens of
#: thousands" are thousands too). Quantifiers multiply a scale: "a few hundred" is 200–500, "tens of
#: thousands" is 10,000 to below 100,000.
DEFAULT_VAGUE: Mapping[str, Interval] = FrozenDict(
    {
        "a couple": _band(2, 3),
        "a few": _band(2, 5),
        "a handful": _band(2, 6),
        "several": _band(3, 9),
        "tens": _band(10, 100, high_open=True),
        "dozens": _band(24, 144, high_open=True),
        "scores": _band(40, 400, high_open=True),
        "hundreds": _band(100, 1_000, high_open=True),
        "thousands": _band(1_000, 1_000_000, high_open=True),
        "millions": _band(1_000_000, 1_000_000_000, high_open=True),
        "billions": _band(1_000_000_000, 1_000_000_000_000, high_open=True),
        "trillions": _band(1_000_000_000_000, INF, high_open=True),
    }
)


def _fraction(value: object) -> Fraction:
    magnitude = to_magnitude(value)
    if isinstance(magnitude, float) or not 0 <= magnitude < 1:
        raise ModelError(f"a policy share must be at least 0 and below 1, not {value!r}")
    return magnitude


def _vague(value: Mapping[str, Estimate | Interval]) -> Mapping[str, Interval]:
    if not isinstance(value, Mapping):
        raise ModelError(f"vague must map vague amounts to estimates, not {value!r}")
    bands: dict[str, Interval] = {}
    for name, band in value.items():
        # A misspelt name would otherwise be ignored in silence, and the default kept.
        if name not in DEFAULT_VAGUE:
            known = ", ".join(map(repr, DEFAULT_VAGUE))
            raise ModelError(f"{name!r} is not a vague amount claimcheck reads; it reads {known}")
        if isinstance(band, Estimate) and band.unit == "":
            bands[name] = band.interval
        elif isinstance(band, Interval):
            bands[name] = band
        else:
            raise ModelError(f"the vague amount {name!r} must map to a plain-count Estimate, not {band!r}")
    return FrozenDict({**DEFAULT_VAGUE, **bands})


def _floor(value: object) -> Fraction | float:
    magnitude = to_magnitude(value)
    # A floor above zero would cut into "about 5" and leave nothing of "just under 5".
    if magnitude > 0:
        raise ModelError(f"the floor must be zero or below (or -inf), not {value!r}")
    return magnitude


def _check_rounding(_instance: object, _attribute: object, value: object) -> None:
    if value not in ROUNDINGS:
        raise ModelError(f"rounding must be one of {', '.join(map(repr, ROUNDINGS))}, not {value!r}")


def _check_m_means(_instance: object, _attribute: object, value: object) -> None:
    if value not in ("million", "metre"):
        raise ModelError(f'm_means must be "million" or "metre", not {value!r}')


@final
@attrs.frozen(cache_hash=True)  # a key of the parser's cache, hashed on every claim read
class Policy:
    """The interpretation of hedged and vague wording that parsing and checking use.

    Args:
        about: the relative band of "about", "around", "approximately", "roughly", "some", "~"
            and "or so": "about 500" is 450–550 with the default one tenth; "an estimated 500" is
            as rough, or rougher where its rounding is wider (docs/quantities.md#estimates).
            "just over 500" is above 500 up to 550; "just under 500" is 450 up to below 500.
        nearly: the least share of the number that "nearly", "almost" and "close to" allow:
            "nearly 500" is 450–500 with the default nine tenths.
        vague: what each vague amount means, merged over :data:`DEFAULT_VAGUE`: a plain-count
            :class:`~claimcheck.Estimate` for each amount to change, as in
            ``{"a few": Estimate(3, 5), "hundreds": Estimate(200, 1000, high_open=True)}``.
        floor: the least value a bound with no lower end allows; counted things are never negative,
            so "up to 500" is 0–500. Set ``-inf`` for quantities that can be negative. Checking
            gives this floor to every figure measured in a unit (money, lengths, percentages); plain
            counts of people and things keep the floor of zero.
        rounding: how checking reads a printed figure: ``"printed"`` (the default) as every value
            that rounds to it, so "12%" is 11.5% up to below 12.5% and "$11 billion" is $10.5bn up to
            below $11.5bn (whole counts such as "350 teachers" are exact as printed); ``"exact"`` as
            the printed number itself. A claim can opt out alone with ``Claim(..., exact=True)``.
        m_means: what "m" after a number means where no money is in sight: ``"million"`` (the
            default: "12m refugees", "2.5m tonnes"; metres only where the words say a length is meant,
            as in "a 12m wall", "12m long", "the 100m final") or ``"metre"`` (for text that writes
            millions out: "12m" is then 12 metres, and "m" is million only after a currency).

    Raises:
        ModelError: a share outside [0, 1), a floor above zero, a vague amount that is unknown or
            not an interval, or a rounding other than "printed" and "exact".
    """

    about: Fraction = attrs.field(default=Fraction(1, 10), converter=_fraction)
    nearly: Fraction = attrs.field(default=Fraction(9, 10), converter=_fraction)
    vague: Mapping[str, Interval] = attrs.field(factory=dict, converter=_vague, hash=False)
    floor: Fraction | float = attrs.field(default=Fraction(0), converter=_floor)
    rounding: Rounding = attrs.field(default="printed", validator=_check_rounding)
    m_means: Literal["million", "metre"] = attrs.field(default="million", validator=_check_m_means)


#: The policy used wherever none is given.
DEFAULT_POLICY = Policy()
