"""The one currency table: its source, what every layer derives from it, and what the parser reads."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from claimcheck import Estimate, parse_quantity
from claimcheck._values import currencies as cur
from claimcheck._values import currency_data as data
from claimcheck.units import CURRENCIES, conversion_factor, dimension

ROOT = Path(__file__).resolve().parent.parent


def test_the_checked_in_table_agrees_with_cldr() -> None:
    """Regenerating from Babel's CLDR data gives the committed file (run the script after a Babel bump)."""
    babel = pytest.importorskip("babel")
    assert babel.__version__ == data.BABEL_VERSION
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "currencies_from_cldr.py"), "--check"],
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, "claimcheck/_values/currency_data.py is out of date: rerun the script"


def test_iso_4217_codes_are_complete() -> None:
    """Every code in use, not the handful the parser once knew; the test codes are no currencies."""
    assert {"USD", "EUR", "AUD", "CAD", "BRL", "MYR", "KRW", "TRY", "PLN", "SEK", "XOF", "XDR"} <= cur.CODES
    assert len(cur.CODES) > 150
    assert not {"XXX", "XTS", "CNH"} & cur.CODES


def test_every_layer_derives_from_the_one_table() -> None:
    assert CURRENCIES == cur.CODES
    assert set(cur.BEFORE.values()) <= cur.CODES
    assert {code for code, _ in cur.AFTER.values()} <= cur.CODES
    assert set(cur.SIGNS) <= cur.CODES
    assert set(cur.PRESS) <= cur.CODES


@pytest.mark.parametrize("code", ["AUD", "BRL", "XOF", "ZWG"])
def test_each_currency_is_a_dimension_of_its_own(code: str) -> None:
    assert dimension(code) == f"[currency_{code}]"
    assert conversion_factor(code, code) == 1


def test_press_forms_win_over_cldr() -> None:
    assert data.SYMBOLS["C$"] == "NIO"  # CLDR's córdoba
    assert cur.BEFORE["C$"] == "CAD"  # what English-language papers mean


@pytest.mark.parametrize(
    ("text", "notation", "unit"),
    [
        ("AUD 20m", "[20000000, 20000000]", "AUD"),
        ("CAD 5 million", "[5000000, 5000000]", "CAD"),
        ("R$5m", "[5000000, 5000000]", "BRL"),
        ("$US85 million", "[85000000, 85000000]", "USD"),
        ("US$1.2bn", "[1200000000, 1200000000]", "USD"),
        ("A$3.5bn", "[3500000000, 3500000000]", "AUD"),
        ("C$40m", "[40000000, 40000000]", "CAD"),
        ("HK$12bn", "[12000000000, 12000000000]", "HKD"),
        ("S$800m", "[800000000, 800000000]", "SGD"),
        ("NZ$2", "[2, 2]", "NZD"),
        ("RM45", "[45, 45]", "MYR"),
        ("¥500", "[500, 500]", "JPY"),
        ("₹2,000 crore", "[20000000000, 20000000000]", "INR"),
        ("Rs 500", "[500, 500]", "INR"),
        ("₩1.2 trillion", "[1200000000000, 1200000000000]", "KRW"),
        ("₽300bn", "[300000000000, 300000000000]", "RUB"),
        ("₺40", "[40, 40]", "TRY"),
        ("50 zł", "[50, 50]", "PLN"),
        ("100 kr", "[100, 100]", "SEK"),
        ("CHF 5", "[5, 5]", "CHF"),
        ("500 yen", "[500, 500]", "JPY"),
        ("300 rupees", "[300, 300]", "INR"),
        ("5 Swiss francs", "[5, 5]", "CHF"),
        ("2 billion South African rand", "[2000000000, 2000000000]", "ZAR"),
        ("40 Egyptian pounds", "[40, 40]", "EGP"),
        ("50 pence", "[1/2, 1/2]", "GBP"),
        ("shares rose to 212p", "[53/25, 53/25]", "GBP"),
        ("5 USD", "[5, 5]", "USD"),
        ("TRY 5bn", "[5000000000, 5000000000]", "TRY"),
        ("SAR 3.2 billion", "[3200000000, 3200000000]", "SAR"),
        ("COP 2 billion", "[2000000000, 2000000000]", "COP"),
        # other denominations and the forms papers print that CLDR lacks
        ("2.1 million guineas", "[2205000, 2205000]", "GBP"),  # bloodstock: a guinea is £1.05
        ("500,000gns", "[525000, 525000]", "GBP"),
        ("20 quid", "[20, 20]", "GBP"),
        ("20 euro cents", "[1/5, 1/5]", "EUR"),  # not €20 and a stray "cents"
        ("50 paise", "[1/2, 1/2]", "INR"),
        ("50 kopecks", "[1/2, 1/2]", "RUB"),
        ("E£5bn", "[5000000000, 5000000000]", "EGP"),  # Egyptian pounds, not sterling
        ("Dh5bn", "[5000000000, 5000000000]", "AED"),
        ("40 million dirhams", "[40000000, 40000000]", "AED"),
        ("2 billion riyals", "[2000000000, 2000000000]", "SAR"),
    ],
)
def test_the_parser_reads_the_table(text: str, notation: str, unit: str) -> None:
    estimate = parse_quantity(text)
    assert (estimate.interval.notation(), estimate.unit) == (notation, unit)


@pytest.mark.parametrize(
    ("text", "notation", "unit"),
    [
        ("TOP 10 songs", "[10, 10]", ""),  # an English word, not Tongan paʻanga
        ("ALL 500 workers", "[500, 500]", ""),
        ("the COP28 summit", "[28, 28]", ""),  # a climate summit, not Colombian pesos
        ("at COP 26 in Glasgow", "[26, 26]", ""),
        ("NPR 5 minutes", "[5, 5]", "minute"),
        ("the 5 top players", "[5, 5]", ""),
        ("a $5 fee", "[5, 5]", "USD"),  # "a $" is no A$
        ("aud 20", "[20, 20]", ""),  # codes count in capitals only
        ("a 1080p screen", "[1080, 1080]", ""),  # a video resolution, not pence
        ("12 pounds", "[12, 12]", "pound"),  # the mass, unless a sign says money
    ],
)
def test_words_that_only_look_like_currencies(text: str, notation: str, unit: str) -> None:
    estimate = parse_quantity(text)
    assert (estimate.interval.notation(), estimate.unit) == (notation, unit)


def test_display_signs_come_from_the_table() -> None:
    assert [str(Estimate(5, 5, code)) for code in ("USD", "EUR", "GBP", "JPY", "CHF")] == [
        "$5", "€5", "£5", "¥5", "CHF 5",
    ]  # fmt: skip


def test_the_table_stays_out_of_import_claimcheck() -> None:
    """Babel is read by the generator script only; the library never imports it."""
    code = "import claimcheck, sys; claimcheck.parse_quantity('R$5m'); print('babel' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def test_extract_keeps_currency_forms_and_never_takes_them_for_labels() -> None:
    from claimcheck import extract

    text = (
        "Petronas paid RM45 a share, or RM4.2mil in all. Canberra pledged AUD 20m and Ottawa "
        "CAD 5 million, while the Brazilian unit booked R$5m. Shares closed at 212p."
    )
    found = [(m.text, m.estimate.unit, m.kind) for m in extract(text) if m.estimate is not None]
    assert found == [
        ("RM45 a share", "MYR / share", "count"),  # a price per share is a rate, never part of a total
        ("RM4.2mil", "MYR", "count"),
        ("AUD 20m", "AUD", "count"),
        ("CAD 5 million", "CAD", "count"),
        ("R$5m", "BRL", "count"),
        ("212p", "GBP", "count"),
    ]


def test_a_price_in_guineas_is_read_in_pounds_at_its_printed_step() -> None:
    """A guinea is 21 shillings: "sold for 800,000 guineas" is £840,000, printed to the guinea (£1.05)."""
    from claimcheck import extract

    text = "The colt was sold for 800,000 guineas at Tattersalls."
    (lot,) = [m for m in extract(text) if m.kind == "count"]
    assert lot.estimate is not None
    assert (lot.text, lot.estimate.unit, lot.estimate.nominal, lot.estimate.precision) == (
        "800,000 guineas", "GBP", 840_000, Fraction(21, 20),
    )  # fmt: skip


@pytest.mark.parametrize("words", ["guineas", "gns", "quid"])
def test_every_denomination_is_worth_what_the_table_says(words: str) -> None:
    code, worth = cur.AFTER[words]
    estimate = parse_quantity(f"7 {words}")
    assert (estimate.unit, estimate.nominal) == (code, 7 * worth)
