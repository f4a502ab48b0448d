"""The ``claimcheck`` command line.

``claimcheck parse TEXT...`` reads each argument as a numeric expression and prints what it states: the
estimate, its interval with open or closed ends, the unit and the kind. Exit status 0 when every argument
was read, 2 when any could not be.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from claimcheck.errors import ClaimcheckError
from claimcheck.parse import parse_quantity

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimcheck._interval import Magnitude
    from claimcheck.quantity import Estimate

__all__ = ["main"]

EXIT_OK = 0
EXIT_UNUSABLE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck", description="Check the numbers in news articles for internal consistency."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help="read numeric expressions and print the estimate each one states",
        description="Read each TEXT as a numeric expression and print the estimate it states.",
    )
    parse.add_argument("texts", nargs="+", metavar="TEXT", help='an expression, e.g. "up to 500"')
    parse.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    return parser


def _number(value: Magnitude) -> int | float | None:
    """A magnitude as a JSON number: an int when whole, None when unbounded."""
    if isinstance(value, float):
        return None
    return value.numerator if value.denominator == 1 else float(value)


def _as_json(estimate: Estimate) -> dict[str, Any]:
    return {
        "text": estimate.text,
        "estimate": str(estimate),
        "low": _number(estimate.lo),
        "high": _number(estimate.hi),
        "low_open": estimate.low_open,
        "high_open": estimate.high_open,
        "interval": estimate.interval.notation(),
        "unit": estimate.unit,
        "kind": estimate.kind,
    }


def _table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    )


def _run_parse(texts: Sequence[str], output_format: str) -> int:
    estimates: list[Estimate] = []
    status = EXIT_OK
    for text in texts:
        try:
            estimates.append(parse_quantity(text))
        except ClaimcheckError as err:
            print(f"claimcheck: {err}", file=sys.stderr)
            status = EXIT_UNUSABLE
    if output_format == "json":
        print(json.dumps([_as_json(estimate) for estimate in estimates], ensure_ascii=False, indent=2))
    elif estimates:
        rows: list[tuple[str, ...]] = [("EXPRESSION", "ESTIMATE", "INTERVAL", "UNIT", "KIND")]
        rows += [(e.text, str(e), e.interval.notation(), e.unit or "-", e.kind) for e in estimates]
        print(_table(rows))
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "parse":
        return _run_parse(args.texts, args.format)
    return EXIT_UNUSABLE  # pragma: no cover - argparse refuses unknown commands first


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
