"""The ``claimcheck`` command line.

* ``claimcheck parse TEXT...`` reads each argument as a numeric expression and prints what it states: the
  estimate, its interval with open or closed ends, the unit and the kind.
* ``claimcheck extract ARTICLE`` prints every numeric mention of an article, one a line with its line and
  column; ``--draft`` writes a starting claims file beside it.
* ``claimcheck check PATH...`` checks claims files (a folder is searched for ``*.claims.toml``) and prints
  the findings: conflicts, error findings, agreements and implied bounds. ``--format html -o report.html``
  writes a page to look at instead; with several claims files, ``-o`` names a folder that gets one page per
  claims file, named after it (``story.claims.toml`` gives ``story.html``).

Exit status 0 when all went well (for ``check``: no finding at or above ``--fail-on``), 1 when ``check``
found a conflict or an error finding, 2 for unusable input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck import _formats
from claimcheck._draft import draft_claims
from claimcheck._quotes import line_column
from claimcheck.errors import ClaimcheckError
from claimcheck.findings import FileResult, check_path
from claimcheck.html import render_html, write_html
from claimcheck.mentions import extract
from claimcheck.parse import parse_quantity
from claimcheck.report import SCHEMA_VERSION

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimcheck.mentions import Mention
    from claimcheck.quantity import Estimate

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
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
    extract_command = commands.add_parser(
        "extract",
        help="print every numeric mention of an article",
        description="Print every numeric mention of ARTICLE: line:column, words, estimate and noun.",
    )
    extract_command.add_argument("article", metavar="ARTICLE", type=Path, help="a text or Markdown file")
    extract_command.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    extract_command.add_argument(
        "--draft",
        action="store_true",
        help="write a starting claims file, ARTICLE's name with .claims.toml, for an editor to complete",
    )
    extract_command.add_argument(
        "-o", "--output", type=Path, help="where --draft writes ('-' for standard output)"
    )
    extract_command.add_argument(
        "--force", action="store_true", help="let --draft overwrite an existing claims file"
    )
    check_command = commands.add_parser(
        "check",
        help="check claims files for conflicts",
        description="Check claims files (a folder is searched for *.claims.toml) and print the findings.",
    )
    check_command.add_argument("paths", nargs="+", metavar="PATH", type=Path, help="a claims file or folder")
    check_command.add_argument(
        "--format",
        choices=("text", "json", "github", "html"),
        default="text",
        help="text for terminals, json for tools, github for GitHub Actions annotations, html for a page "
        "per claims file to look at (default: text)",
    )
    check_command.add_argument(
        "-o",
        "--output",
        type=Path,
        help="write to this file instead of standard output; for --format html with several claims files, "
        "a folder that gets one page per claims file",
    )
    check_command.add_argument(
        "--fail-on",
        choices=("error", "warning", "never"),
        default="error",
        help="the least severity that makes the exit status 1 (default: error)",
    )
    return parser


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
        estimates_json = [estimate.to_dict() for estimate in estimates]
        print(_formats.dumps({"schema_version": SCHEMA_VERSION, "estimates": estimates_json}))
    elif estimates:
        rows: list[tuple[str, ...]] = [("EXPRESSION", "ESTIMATE", "INTERVAL", "UNIT", "KIND")]
        rows += [(e.text, str(e), e.interval.notation(), e.unit or "-", e.kind) for e in estimates]
        print(_table(rows))
    return status


def _mention_json(article: str, mention: Mention) -> dict[str, Any]:
    line, column = line_column(article, mention.start)
    return {
        "line": line,
        "column": column,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "kind": mention.kind,
        "estimate": None if mention.estimate is None else mention.estimate.to_dict(),
        "noun": mention.noun,
        "share_of": mention.share_of,
    }


def _run_extract(args: argparse.Namespace) -> int:
    path: Path = args.article
    try:
        article = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        print(f"claimcheck: cannot read {path}: {err}", file=sys.stderr)
        return EXIT_UNUSABLE
    mentions = extract(article)
    if args.draft:
        return _write_draft(args, path, article, mentions)
    if args.format == "json":
        mentions_json = [_mention_json(article, mention) for mention in mentions]
        print(_formats.dumps({"schema_version": SCHEMA_VERSION, "mentions": mentions_json}))
        return EXIT_OK
    rows: list[tuple[str, ...]] = []
    for mention in mentions:
        line, column = line_column(article, mention.start)
        what = str(mention.estimate) if mention.estimate is not None else f"({mention.kind})"
        share = f"share of {mentions[mention.share_of].text!r}" if mention.share_of is not None else ""
        rows.append((f"{path}:{line}:{column}", mention.text, what, mention.noun or "", share))
    if rows:
        print(_table(rows))
    return EXIT_OK


def _write_draft(args: argparse.Namespace, path: Path, article: str, mentions: list[Mention]) -> int:
    text = draft_claims(article, path.name, mentions)
    output: Path = args.output or path.with_name(f"{path.stem}.claims.toml")
    if str(output) == "-":
        print(text, end="")
        return EXIT_OK
    if output.exists() and not args.force:
        print(f"claimcheck: {output} exists; use --force to overwrite it", file=sys.stderr)
        return EXIT_UNUSABLE
    if args.output is not None and output.parent.resolve() != path.parent.resolve():
        # the draft names its article relative to itself
        text = text.replace(f'article = "{path.name}"', f'article = "{path.resolve()}"', 1)
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output}: {text.count('[[claim]]')} claims to review")
    return EXIT_OK


def _claims_files(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """The claims files the paths name, and a complaint for each path that names none."""
    files: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.rglob("*.claims.toml"))
            if not found:
                problems.append(f"{path}: no *.claims.toml files in this folder")
            files += found
        elif path.exists():
            files.append(path)
        else:
            problems.append(f"{path}: no such file or folder")
    return files, problems


def _render(output_format: str, results: Sequence[FileResult]) -> str:
    if output_format == "json":
        return _formats.dumps(_formats.json_document(results))
    if output_format == "github":
        return _formats.render_github(results)
    return _formats.render_text(results)


def _emit(text: str, output: Path | None, *, always: bool) -> None:
    """Write ``text`` to ``output``, or print it (empty text only when ``always``)."""
    if output is not None:
        output.write_text(text + "\n" if text else "", encoding="utf-8")
    elif text or always:
        print(text)


def _write_pages(results: Sequence[FileResult], output: Path | None) -> bool:
    """Write the HTML pages (one claims file without -o: to standard output); False if -o is missing."""
    if output is None:
        if len(results) > 1:
            print("claimcheck: --format html with several claims files needs -o FOLDER", file=sys.stderr)
            return False
        if results:
            print(render_html(results[0]), end="")
        return True
    for path, result in zip(write_html(results, output), results, strict=True):
        verdict = (
            "cannot be checked"
            if result.report is None
            else ("consistent" if result.report.ok else "INCONSISTENT")
        )
        print(f"wrote {path}: {result.path} {verdict}")
    return True


def _run_check(args: argparse.Namespace) -> int:
    files, problems = _claims_files(args.paths)
    for problem in problems:
        print(f"claimcheck: {problem}", file=sys.stderr)
    results: list[FileResult] = [check_path(path) for path in files]
    if args.format == "html":
        if not _write_pages(results, args.output):
            return EXIT_UNUSABLE
    else:
        _emit(_render(args.format, results), args.output, always=args.format == "text")
    if problems or not all(result.usable for result in results):
        return EXIT_UNUSABLE
    if args.fail_on != "never" and any(result.fails(args.fail_on) for result in results):
        return EXIT_FINDINGS
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "parse":
        return _run_parse(args.texts, args.format)
    if args.command == "extract":
        return _run_extract(args)
    if args.command == "check":
        return _run_check(args)
    return EXIT_UNUSABLE  # pragma: no cover - argparse refuses unknown commands first


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
