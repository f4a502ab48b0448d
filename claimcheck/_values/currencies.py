"""The one currency table (private): ISO 4217 codes and what papers print for each.

Every part of claimcheck that knows currencies derives from this module: :mod:`claimcheck.units` defines
one dimension per code, the parser reads the signs before a number and the words after it, an
:class:`~claimcheck.Estimate` is written with the display sign, and extraction does not take a
currency abbreviation for a label. Adding a currency, or a way papers print one, is one edit to
:data:`PRESS` (or, for a new ISO code, rerunning ``scripts/currencies_from_cldr.py``).

Two sources, merged here:

* :mod:`claimcheck._values.currency_data`, generated from CLDR: every ISO 4217 code in use, its English name
  and plural ("5 Swiss francs", "2 billion South African rand"), and the symbols that name one
  currency only ("R$", "₩", "₺");
* :data:`PRESS`, kept by hand: the forms English-language papers print that CLDR does not give, or gives
  differently. A form in :data:`PRESS` wins over CLDR's: "C$" is Canadian dollars in the press, though
  CLDR gives it to the Nicaraguan córdoba.

Ambiguous signs name the currency papers most often mean, as "$" always has: "$" is US dollars, "¥" yen,
"kr" Swedish kronor, "Rs" Indian rupees. An article that means another currency writes it ("A$",
"NKr", "PKR").
"""

from __future__ import annotations

from fractions import Fraction
from typing import Final, final

import attrs

from claimcheck._values.currency_data import CODES as _CLDR_CODES
from claimcheck._values.currency_data import SYMBOLS as _CLDR_SYMBOLS

__all__ = ["AFTER", "BEFORE", "CODES", "LETTER_WORDS", "PRESS", "SIGNS", "WORD_CODES", "Press"]


@final
@attrs.frozen
class Press:
    """What papers print for one currency besides its ISO code.

    Attributes:
        before: forms written before the number, glued to it or not: "$", "US$", "RM", "Rs".
        after: words written after the number: "dollars", "yen", "zł".
        minor: words after the number that count hundredths of the currency: "pence", "p".
        others: words after the number that count another denomination, each with its worth in the
            currency: "guineas" (£1.05, the unit bloodstock sales still price in).
        sign: the sign an estimate in the currency is written with ("$5"), if not its code ("CHF 5").
    """

    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    minor: tuple[str, ...] = ()
    sign: str | None = None
    others: tuple[tuple[str, Fraction], ...] = ()


#: A guinea, in pounds: 21 shillings.
_GUINEA: Final = Fraction(21, 20)

#: The hand-kept press forms, by ISO code (see the module's docstring for how ambiguity is settled).
PRESS: Final[dict[str, Press]] = {
    "USD": Press(
        ("$", "US$", "$US", "U.S.$"),
        ("dollars", "dollar", "US dollars", "U.S. dollars"),
        ("cents", "cent", "¢"),
        sign="$",
    ),
    "EUR": Press(("€",), ("euros", "euro"), ("euro cents", "euro cent"), sign="€"),
    "GBP": Press(
        ("£",),
        ("pounds sterling", "sterling", "quid"),
        ("pence", "p"),
        sign="£",
        # a guinea is 21 shillings, £1.05: "sold for 2.1 million guineas", "500,000gns"
        others=(("guineas", _GUINEA), ("guinea", _GUINEA), ("gns", _GUINEA)),
    ),
    "JPY": Press(("¥", "JP¥", "￥"), ("yen",), sign="¥"),
    "CNY": Press(("CN¥", "RMB"), ("yuan", "renminbi")),
    "INR": Press(("₹", "Rs", "Rs."), ("rupees", "rupee"), ("paise",)),
    "RUB": Press(("₽",), ("roubles", "rubles"), ("kopecks", "kopeks")),
    "CHF": Press(("SFr", "SFr."), ("Swiss francs",)),
    "AUD": Press(("A$", "AU$", "Aus$")),
    "CAD": Press(("C$", "CA$", "Can$")),
    "NZD": Press(("NZ$",)),
    "HKD": Press(("HK$",)),
    "SGD": Press(("S$",)),
    "TWD": Press(("NT$",)),
    "MXN": Press(("MX$", "Mex$")),
    "BRL": Press(("R$",), ("reais",)),
    "MYR": Press(("RM",), ("ringgit",)),
    "IDR": Press(("Rp",), ("rupiah",)),
    "KRW": Press(("₩",)),
    "TRY": Press(("₺",), ("lira",)),
    "PLN": Press(("zł",), ("zł", "zloty", "zlotys", "zlotych")),
    "SEK": Press(("SKr",), ("kr", "kronor")),
    "NOK": Press(("NKr",), ("kroner",)),
    "DKK": Press(("DKr",)),
    "ZAR": Press((), ("rand",)),
    "NGN": Press(("₦",), ("naira",)),
    "KES": Press(("Ksh", "KSh")),
    "ILS": Press(("₪", "NIS"), ("shekels",)),
    "UAH": Press(("₴",), ("hryvnias", "hryvnia")),
    "HUF": Press((), ("forints",)),
    "THB": Press(("฿",), ("baht",)),
    "VND": Press(("₫",), ("dong",)),
    "BDT": Press(("Tk",), ("taka",)),
    "EGP": Press(("E£",)),
    # the Gulf's press: "Dh5bn" (The National), "riyals" for Saudi riyals as "$" is US dollars
    "AED": Press(("Dh",), ("dirhams",)),
    "SAR": Press((), ("riyals",)),
}

#: ISO codes that are also English words or common acronyms ("ALL", "TOP", "COP26", "NPR", "IRR"):
#: read only before a number that carries a scale word ("TRY 5bn", "COP 2 billion"), never after a
#: number ("5 top") and never before a bare one ("TOP 10", "COP 28").
WORD_CODES: Final = frozenset(
    {"ALL", "AMD", "BAM", "BOB", "COP", "CUP", "CVE", "GEL", "GHS", "HNL", "IRR", "MAD", "MOP", "NPR",
     "PEN", "SAR", "SOS", "SSP", "TOP", "TRY"}
    & set(_CLDR_CODES)
)  # fmt: skip

#: Every ISO 4217 code in use: each is a unit of claimcheck's registry with a dimension of its own.
CODES: Final = frozenset(_CLDR_CODES)


def _before() -> dict[str, str]:
    table = dict(_CLDR_SYMBOLS)
    for code, press in PRESS.items():
        table.update((form, code) for form in press.before)
    return table


def _after() -> dict[str, tuple[str, Fraction]]:
    table: dict[str, tuple[str, Fraction]] = {}
    for code, (name, plural) in _CLDR_CODES.items():
        for words in (name, plural):
            # One-word names ("Euro", "Gold") and measures of metal ("troy ounces of gold") are no
            # press forms; two-word names are ("Swiss francs", "South African rand").
            if len(words.split()) > 1 and " of " not in words:
                table[words.lower()] = (code, Fraction(1))
    for code, press in PRESS.items():
        table.update((form.lower(), (code, Fraction(1))) for form in press.after)
        table.update((form.lower(), (code, Fraction(1, 100))) for form in press.minor)
        table.update((form.lower(), (code, worth)) for form, worth in press.others)
    return table


#: Forms before a number to ISO codes: symbols from CLDR, then the press forms (which win).
BEFORE: Final = _before()
#: Lower-case words after a number to the ISO code and the factor of one ("pence" is 1/100 GBP, "guineas"
#: 21/20).
AFTER: Final = _after()
#: The sign each currency is written with; others are written with their code ("CHF 5").
SIGNS: Final = {code: press.sign for code, press in PRESS.items() if press.sign is not None}
#: The letters-only words that stand for a currency before a number ("rm", "rs", "ksh", "usd").
LETTER_WORDS: Final = frozenset(
    {form.rstrip(".").lower() for form in BEFORE if form.rstrip(".").isalpha()}
    | {code.lower() for code in CODES - WORD_CODES}
)
