"""The ``claimcheck`` command line.

* ``claimcheck parse TEXT...`` reads each argument as a numeric expression and prints what it states: the
  estimate, its interval with open or closed ends, the unit and the kind.
* ``claimcheck extract ARTICLE`` prints every numeric mention of an article, one a line with its line and
  column; ``--draft`` writes a starting claims file beside it.
* ``claimcheck check PATH...`` checks claims files (a folder is searched for ``*.claims.toml``) and prints
  the findings: conflicts, error findings, agreements and implied bounds. ``--format html -o report.html``
  writes a page to look at instead; with several claims files, ``-o`` names a folder that gets one page per
  claims file, named after it (``story.claims.toml`` gives ``story.html``). ``claimcheck check -`` reads
  one claims file from standard input, named ``<stdin>`` in the findings, its article found from the
  current folder.

Exit status 0 when all went well (for ``check``: no finding at or above ``--fail-on``), 1 when ``check``
found a conflict or an error finding, 2 for unusable input or a refused output, 3 for an internal error
(a bug in claimcheck, never a finding), 130 when interrupted with Ctrl-C. A closed pipe (``| head``) ends
the run quietly with the status of what was found.

``-o`` never writes over a file the run reads (a claims file, an article), nor over an existing file that
is not a previous claimcheck report unless ``--force``; it writes through a temporary file and an atomic
rename, and a missing folder is an error (``-o -`` is standard output).
"""

from __future__ import annotations

# Each command imports what it uses when it runs (PLC0415 below): starting the command line costs only
# argparse, so `claimcheck parse` never loads the engine and `claimcheck check` never loads the extractor.
import argparse
import os
import sys
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from claimcheck._files import limits
from claimcheck.errors import ClaimcheckError, ClaimsFileError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimcheck.claimsfile import Limits
    from claimcheck.findings import FileResult
    from claimcheck.mentions import Mention
    from claimcheck.quantity import Estimate

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

#: How a claims file read from standard input (``claimcheck check -``) is named in findings.
STDIN = Path("<stdin>")


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
    _limit_options(extract_command, claims=False)
    check_command = commands.add_parser(
        "check",
        help="check claims files for conflicts",
        description="Check claims files (a folder is searched for *.claims.toml) and print the findings.",
    )
    check_command.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        type=Path,
        help="a claims file or folder ('-': a claims file from standard input, its article found from here)",
    )
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
    check_command.add_argument(
        "--force",
        action="store_true",
        help="let -o replace an existing file that is not a claimcheck report (never a file the run reads)",
    )
    check_command.add_argument(
        "--allow-outside",
        action="store_true",
        help="let a claims file's article lie outside the claims file's folder (an absolute path, or ..)",
    )
    _limit_options(check_command, claims=True)
    return parser


def _limit_options(command: argparse.ArgumentParser, *, claims: bool) -> None:
    command.add_argument(
        "--max-article-bytes",
        type=int,
        default=limits.ARTICLE_BYTES,
        metavar="N",
        help=f"refuse articles larger than N bytes (default: {limits.ARTICLE_BYTES:,})",
    )
    if claims:
        command.add_argument(
            "--max-claims",
            type=int,
            default=limits.CLAIMS,
            metavar="N",
            help=f"refuse claims files with more than N claims (default: {limits.CLAIMS:,})",
        )


def _say(message: str) -> None:
    """Print one line to standard error, its input-borne text made visible."""
    from claimcheck._rendering.visible import visible  # noqa: PLC0415

    print(f"claimcheck: {visible(message)}", file=sys.stderr)


def _table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    )


def _run_parse(texts: Sequence[str], output_format: str) -> int:
    from claimcheck._rendering import formats  # noqa: PLC0415
    from claimcheck._rendering.visible import visible  # noqa: PLC0415
    from claimcheck.parse import parse_quantity  # noqa: PLC0415
    from claimcheck.report import SCHEMA_VERSION  # noqa: PLC0415

    estimates: list[Estimate] = []
    status = EXIT_OK
    for text in texts:
        try:
            estimates.append(parse_quantity(text))
        except ClaimcheckError as err:
            _say(str(err))
            status = EXIT_UNUSABLE
    try:
        if output_format == "json":
            estimates_json = [estimate.to_dict() for estimate in estimates]
            print(formats.dumps({"schema_version": SCHEMA_VERSION, "estimates": estimates_json}))
        elif estimates:
            rows: list[tuple[str, ...]] = [("EXPRESSION", "ESTIMATE", "INTERVAL", "UNIT", "KIND")]
            rows += [
                (visible(e.text), str(e), e.interval.notation(), e.unit or "-", e.kind) for e in estimates
            ]
            print(_table(rows))
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early (| head): quietly, with the status of what was read
        _silence_stdout()
    return status


def _mention_json(article: str, mention: Mention) -> dict[str, Any]:
    from claimcheck._reading.quotes import line_column  # noqa: PLC0415

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
        "ends": None if mention.ends is None else [end.to_dict() for end in mention.ends],
    }


def _run_extract(args: argparse.Namespace) -> int:
    from claimcheck._files.access import Refused, read_text  # noqa: PLC0415
    from claimcheck._reading.quotes import line_column  # noqa: PLC0415
    from claimcheck._rendering import formats  # noqa: PLC0415
    from claimcheck._rendering.visible import visible  # noqa: PLC0415
    from claimcheck.mentions import extract  # noqa: PLC0415
    from claimcheck.report import SCHEMA_VERSION  # noqa: PLC0415

    path: Path = args.article
    try:
        limit = "raise it with --max-article-bytes"
        article = read_text(path, max_bytes=args.max_article_bytes, limit_hint=limit)
    except Refused as refused:
        _say(f"{path}: {refused.reason}")
        return EXIT_UNUSABLE
    mentions = extract(article)
    if args.draft:
        return _write_draft(args, path, article, mentions)
    if args.format == "json":
        mentions_json = [_mention_json(article, mention) for mention in mentions]
        print(formats.dumps({"schema_version": SCHEMA_VERSION, "mentions": mentions_json}))
        return EXIT_OK
    rows: list[tuple[str, ...]] = []
    for mention in mentions:
        line, column = line_column(article, mention.start)
        what = str(mention.estimate) if mention.estimate is not None else f"({mention.kind})"
        if mention.ends is not None:  # a change: "200 → 350"
            what = " → ".join(str(end) for end in mention.ends)
        share = f"share of {mentions[mention.share_of].text!r}" if mention.share_of is not None else ""
        where = visible(f"{path}:{line}:{column}")
        rows.append((where, visible(mention.text), what, visible(mention.noun or ""), visible(share)))
    if rows:
        print(_table(rows))
    return EXIT_OK


def _article_reference(article: Path, draft: Path) -> str:
    """How the draft names its article: relative to the draft's folder, with forward slashes."""
    try:
        relative = os.path.relpath(article.resolve(), draft.parent.resolve())
    except ValueError:  # another drive (Windows): only the absolute path reaches it
        return article.resolve().as_posix()
    return PurePath(relative).as_posix()


def _write_draft(args: argparse.Namespace, path: Path, article: str, mentions: list[Mention]) -> int:
    from claimcheck._files.access import write_output  # noqa: PLC0415
    from claimcheck._rendering.draft import draft_claims  # noqa: PLC0415
    from claimcheck._rendering.visible import visible  # noqa: PLC0415

    output: Path = args.output or path.with_name(f"{path.stem}.claims.toml")
    if str(output) == "-":
        print(draft_claims(article, path.name, mentions), end="")
        return EXIT_OK
    if output.exists() and not args.force:
        _say(f"{output} exists; use --force to overwrite it")
        return EXIT_UNUSABLE
    reference = _article_reference(path, output)
    text = draft_claims(article, reference, mentions)
    # A draft replaces only a claims file (with --force): never the article, even through a link.
    write_output(output, text, inputs=[path], force=True)
    print(visible(f"wrote {output}: {text.count('[[claim]]')} claims to review"))
    if reference.startswith("../") or PurePath(reference).is_absolute():
        _say(f"the article is outside the draft's folder: check it with --allow-outside ({reference})")
    return EXIT_OK


def _claims_files(paths: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """The claims files the paths name, and a complaint for each path that names none."""
    files: list[Path] = []
    problems: list[str] = []
    for path in paths:
        if str(path) == "-":
            files.append(path)  # the claims from standard input
        elif path.is_dir():
            found = sorted(path.rglob("*.claims.toml"))
            if not found:
                problems.append(f"{path}: no *.claims.toml files in this folder")
            files += found
        elif path.exists() or path.is_symlink():
            files.append(path)  # a FIFO or a device is refused by load, unread
        else:
            problems.append(f"{path}: no such file or folder")
    return files, problems


def _render(output_format: str, results: Sequence[FileResult], *, complete: bool) -> str:
    from claimcheck._rendering import formats  # noqa: PLC0415

    if output_format == "json":
        return formats.dumps(formats.json_document(results, complete=complete))
    if output_format == "github":
        return formats.render_github(results)
    return formats.render_text(results)


def _inputs(results: Sequence[FileResult]) -> list[Path]:
    """Every file the run read: the claims files and their articles."""
    paths = [result.path for result in results]
    paths += [r.loaded.article for r in results if r.loaded is not None and r.loaded.article is not None]
    return paths


def _emit(text: str, output: Path | None, results: Sequence[FileResult], *, force: bool) -> None:
    """Write ``text`` to ``output`` (a file, or standard output when None or ``-``)."""
    from claimcheck._files.access import write_output  # noqa: PLC0415

    if output is None or str(output) == "-":
        print(text)
    else:
        write_output(output, text + "\n" if text else "", inputs=_inputs(results), force=force)


def _write_pages(results: Sequence[FileResult], output: Path | None, *, force: bool) -> bool:
    """Write the HTML pages (one claims file without -o: to standard output); False if -o is missing."""
    from claimcheck._rendering.visible import visible  # noqa: PLC0415
    from claimcheck.html import render_html, write_html  # noqa: PLC0415

    if output is None or str(output) == "-":
        if len(results) > 1:
            _say("--format html with several claims files needs -o FOLDER")
            return False
        if results:
            print(render_html(results[0]), end="")
        return True
    for path, result in zip(write_html(results, output, force=force), results, strict=True):
        verdict = (
            "cannot be checked"
            if result.report is None
            else ("consistent" if result.report.ok else "INCONSISTENT")
        )
        print(visible(f"wrote {path}: {result.path} {verdict}"))
    return True


def _check_one(path: Path, args: argparse.Namespace) -> FileResult:
    from claimcheck.claimsfile import Limits  # noqa: PLC0415
    from claimcheck.findings import check_file, unusable  # noqa: PLC0415

    asked = Limits(article_bytes=args.max_article_bytes, claims=args.max_claims)
    if str(path) == "-":
        return _check_stdin(args.allow_outside, asked)
    try:
        return check_file(path, allow_outside=args.allow_outside, limits=asked)
    except ClaimsFileError as err:
        return unusable(path, err)


def _check_stdin(allow_outside: bool, asked: Limits) -> FileResult:  # noqa: FBT001
    """Check the claims file read from standard input: named ``<stdin>``, its article found from here."""
    from claimcheck._files.access import Refused, read_stream  # noqa: PLC0415
    from claimcheck.claimsfile import load  # noqa: PLC0415
    from claimcheck.findings import check_file, unusable  # noqa: PLC0415

    try:
        limit = "raise Limits.claims_file_bytes"
        text = read_stream(sys.stdin.buffer, max_bytes=asked.claims_file_bytes, limit_hint=limit)
    except Refused as refused:
        error = ClaimsFileError(STDIN, None, None, f"the claims file {refused.reason}", rule=refused.rule)
        return unusable(STDIN, error)
    try:
        return check_file(load(STDIN, allow_outside=allow_outside, limits=asked, text=text))
    except ClaimsFileError as err:
        return unusable(STDIN, err)


def _run_check(args: argparse.Namespace) -> int:
    files, problems = _claims_files(args.paths)
    for problem in problems:
        _say(problem)
    results = [_check_one(path, args) for path in files]
    if problems or not all(result.usable for result in results):
        status = EXIT_UNUSABLE
    elif args.fail_on != "never" and any(result.fails(args.fail_on) for result in results):
        status = EXIT_FINDINGS
    else:
        status = EXIT_OK
    try:
        if args.format == "html":
            if not _write_pages(results, args.output, force=args.force):
                return EXIT_UNUSABLE
        else:
            text = _render(args.format, results, complete=not problems)
            if text or args.format == "text" or args.output is not None:
                _emit(text, args.output, results, force=args.force)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    return status


def _silence_stdout() -> None:
    """After the reader closed the pipe: send what is left to nowhere, so exiting prints no error."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status.

    Bad input and refused output give one ``claimcheck: …`` line and status 2; a bug in claimcheck
    gives status 3 and its traceback, so that CI never mistakes a crash for findings (status 1).
    """
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except ClaimcheckError as err:
        _say(str(err))
        return EXIT_UNUSABLE
    except Exception as err:  # noqa: BLE001 - a bug: say so, and never exit with the findings' status
        import traceback  # noqa: PLC0415

        _say(f"internal error (a bug in claimcheck, please report it): {type(err).__name__}: {err}")
        traceback.print_exc()
        return EXIT_INTERNAL


def _run(args: argparse.Namespace) -> int:
    if args.command == "parse":
        return _run_parse(args.texts, args.format)
    if args.command == "extract":
        return _run_extract(args)
    if args.command == "check":
        return _run_check(args)
    return EXIT_UNUSABLE  # pragma: no cover - argparse refuses unknown commands first


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
