"""Write claimcheck/_values/currency_data.py from the Unicode CLDR data that Babel ships.

Run ``python scripts/currencies_from_cldr.py`` after upgrading Babel (pinned in pyproject's test extras);
``tests/test_currencies.py`` fails while the checked-in table and Babel's data disagree. claimcheck reads
the generated table, never Babel, so ``import claimcheck`` costs nothing for it and Babel is no runtime
dependency.

What is taken from CLDR:
* the ISO 4217 codes in use today: every code that some territory uses with no end date, legal tender
  or not (funds such as USN and CLF, and the supranational XDR, XAU, XAF, …), less XXX and XTS (the
  codes for "no currency" and for testing) and CNH (offshore yuan, which is not an ISO code);
* each code's English name and plural ("Australian dollars");
* the currency symbols that name exactly one of those codes, in English or in a language of a territory
  that uses the currency, and that hold a currency sign (Unicode category Sc): "A$", "R$", "₩", "₺".
  Letters-only symbols ("kr", "Ft", "zł") are left to the hand-kept press forms in
  :mod:`claimcheck._values.currencies`, since many are ambiguous or read as other words ("50 Ft").
"""

# ruff: noqa: INP001 - a script run by hand, not a package

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

_TARGET = Path(__file__).resolve().parent.parent / "claimcheck" / "_values" / "currency_data.py"
_NOT_CURRENCIES = frozenset({"XXX", "XTS", "CNH"})


def codes() -> dict[str, tuple[str, str]]:
    """Return each ISO 4217 code in use with its English name and plural name."""
    from babel import core, numbers  # noqa: PLC0415 - a script's own dependency

    current = {
        code
        for entries in core.get_global("territory_currencies").values()
        for code, _start, end, _tender in entries
        if end is None and code not in _NOT_CURRENCIES
    }
    return {
        code: (
            numbers.get_currency_name(code, locale="en"),
            numbers.get_currency_name(code, count=2, locale="en"),
        )
        for code in sorted(current)
    }


def symbols(known: set[str]) -> dict[str, str]:
    """Return the symbols that name one currency of ``known`` and hold a currency sign."""
    from babel import Locale, core  # noqa: PLC0415
    from babel.core import UnknownLocaleError  # noqa: PLC0415

    seen: dict[str, set[str]] = {}

    def add(locale: Locale, code: str) -> None:
        symbol = locale.currency_symbols.get(code)
        if symbol and any(unicodedata.category(char) == "Sc" for char in symbol):
            seen.setdefault(symbol, set()).add(code)

    english = Locale("en")
    for code in known:
        add(english, code)
    languages = core.get_global("territory_languages")
    for territory, entries in core.get_global("territory_currencies").items():
        for code, _start, end, tender in entries:
            if end is not None or not tender or code not in known:
                continue
            for language, info in languages.get(territory, {}).items():
                if info.get("official_status") not in ("official", "de_facto_official"):
                    continue
                try:
                    add(Locale.parse(f"{language}_{territory}"), code)
                except (UnknownLocaleError, ValueError):
                    continue
    return {symbol: next(iter(found)) for symbol, found in sorted(seen.items()) if len(found) == 1}


def render() -> str:
    """Return the text of the generated module."""
    import babel  # noqa: PLC0415

    table = codes()
    lines = [
        '"""ISO 4217 currencies and their unambiguous symbols, from CLDR (generated; do not edit).',
        "",
        "Written by scripts/currencies_from_cldr.py from Babel's CLDR data; tests/test_currencies.py checks",
        "that it still agrees with Babel. :mod:`claimcheck._values.currencies` builds the one currency table",
        "on it.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        f'BABEL_VERSION: Final = "{babel.__version__}"',
        "",
        "#: ISO 4217 code: (English name, English plural name).",
        "CODES: Final[dict[str, tuple[str, str]]] = {",
        *(f"    {_q(code)}: ({_q(name)}, {_q(plural)})," for code, (name, plural) in table.items()),
        "}",
        "",
        "#: Symbols with a currency sign that name one currency only: symbol: ISO code.",
        "SYMBOLS: Final[dict[str, str]] = {",
        *(f"    {_q(symbol)}: {_q(code)}," for symbol, code in symbols(set(table)).items()),
        "}",
        "",
    ]
    return "\n".join(lines)


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def main() -> int:
    """Write the module; with ``--check``, only report whether it is up to date."""
    text = render()
    if "--check" in sys.argv[1:]:
        return 0 if _TARGET.read_text(encoding="utf-8") == text else 1
    _TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
