r"""The HTML report: one self-contained page per claims file, for editors to look at.

The page shows the article with every quoted claim highlighted in the colour of what the check found
(conflict, acknowledged conflict, warning, agreement, or nothing to report), the findings, a number line
for each figure that several claims state, and a card per claim. Clicking a highlighted claim shows its
card; hovering shows the claim and what was found. The page needs nothing from anywhere else: the style
is inline, there is no script, and a Content-Security-Policy forbids loading anything. Every piece of
text from the article and the claims file is escaped, and Unicode's direction overrides and other
invisible controls are shown as visible escapes (``\u202e``) rather than turning the page's text around.

>>> from claimcheck.findings import check_file
>>> page = render_html(check_file("seeds/000_a7fc063d2ee3a42c.claims.toml"))
>>> page.startswith("<!DOCTYPE html>"), 'class="claim cc-agreement"' in page
(True, True)
"""

from __future__ import annotations

from html import escape
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Final

from claimcheck._files.access import check_target, write_output
from claimcheck._rendering import html_parts, numberline
from claimcheck._rendering.html_article import article_html
from claimcheck._rendering.html_parts import STATUSES, claim_statuses
from claimcheck._rendering.visible import visible_lines
from claimcheck.claims import normalize_name
from claimcheck.errors import OutputError

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from claimcheck.claims import Claim
    from claimcheck.findings import FileResult, Finding
    from claimcheck.policy import Policy
    from claimcheck.report import Report

__all__ = ["STATUSES", "page_name", "render_html", "write_html"]

_CSP: Final = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _verdict(result: FileResult) -> tuple[str, str]:
    if result.report is None:
        return "unusable", "This claims file cannot be checked"
    conflicts = sum(finding.rule == "conflict" for finding in result.findings)
    errors = sum(finding.severity == "error" for finding in result.findings) - conflicts
    if result.report.ok:
        return "ok", "Consistent: the claims can all be true"
    parts = [f"{conflicts} conflict{'s' * (conflicts != 1)}"] if conflicts else []
    parts += [f"{errors} error{'s' * (errors != 1)}"] if errors else []
    return "fail", f"Inconsistent: {', '.join(parts)}"


def _style() -> str:
    return resources.files("claimcheck._rendering").joinpath("report.css").read_text(encoding="utf-8")


def _findings_section(findings: Sequence[Finding], slugs: Mapping[str, str], *, title: str, css: str) -> str:
    items = "".join(html_parts.finding_html(finding, slugs) for finding in findings)
    return f'<section class="{css}"><h2>{escape(title)}</h2><ol class="finding-list">{items}</ol></section>'


def _figures_section(cells: Sequence[numberline.Cell], slugs: Mapping[str, str]) -> str:
    figures = "".join(
        f'<figure class="cell"><figcaption>{escape(cell.title)}</figcaption>'
        f"{numberline.render_svg(cell, index, slugs)}"
        f'<p class="cell-verdict">{escape(numberline.verdict(cell))}</p>'
        + "".join(f'<p class="left-out">{escape(note)}</p>' for note in cell.left_out)
        + "</figure>"
        for index, cell in enumerate(cells)
    )
    return (
        '<section class="figures"><h2>Figures stated more than once</h2>'
        '<p class="hint">● closed end (value included) · ○ open end (excluded) · ▶ no bound · '
        "shaded: the values every claim allows · hatched: the gap between them</p>"
        f"{figures}</section>"
    )


def _columns(
    findings: Sequence[Finding],
    claims: Sequence[Claim],
    statuses: Mapping[str, str],
    slugs: Mapping[str, str],
    policy: Policy | None,
    *,
    report: Report | None = None,
) -> tuple[str, str]:
    """The findings, under the article; and beside it the number lines and the bounds the claims imply."""
    found = [finding for finding in findings if finding.rule != "implied-bound"]
    implied = [finding for finding in findings if finding.rule == "implied-bound"]
    main = (
        _findings_section(found, slugs, title="Findings", css="findings")
        if found
        else '<section class="findings"><h2>Findings</h2><p>Nothing to report.</p></section>'
    )
    side = []
    cells = numberline.cells_of(report, claims, statuses, policy=policy) if report is not None else []
    if cells:
        side.append(_figures_section(cells, slugs))
    if implied:
        side.append(_findings_section(implied, slugs, title="What the claims imply", css="implied"))
    return main, "".join(side)


def render_html(result: FileResult) -> str:
    """Render the check of one claims file as a self-contained HTML page.

    Hedged and vague wording is read with the policy the check used (``result.policy``).

    Args:
        result: what :func:`claimcheck.check_file` returned for the file.

    Returns:
        The page: HTML5 with inline style, no script and no reference to anything outside it.
    """
    loaded, policy = result.loaded, result.policy
    claims = loaded.claims if loaded is not None else ()
    slugs = html_parts.slugs_of(claims)
    statuses = claim_statuses(result.findings)
    status_of = {str(claim.id): statuses.get(normalize_name(str(claim.id)), "other") for claim in claims}
    spans = dict(loaded.spans) if loaded is not None else {}
    counts: dict[str, int] = {}
    for status in status_of.values():
        counts[status] = counts.get(status, 0) + 1
    verdict_class, verdict = _verdict(result)
    name = ((loaded.article if loaded is not None else None) or Path(result.path)).name
    article = ""
    if loaded is not None and loaded.article_text is not None:
        tips = {str(claim.id): html_parts.tip(claim, result.findings, policy) for claim in claims}
        text = article_html(loaded.article_text, spans, claims, statuses=status_of, slugs=slugs, tips=tips)
        article = f'<section class="article" aria-label="article"><h2>Article</h2>{text}</section>'
    found, side = _columns(result.findings, claims, statuses, slugs, policy, report=result.report)
    reading = f'<div class="reading">{article}{found}</div>'
    layout = (
        f'<main class="layout">{reading}<aside class="side">{side}</aside></main>'
        if side
        else f'<main class="layout single">{reading}</main>'
    )
    cards = "".join(
        html_parts.claim_card(
            claim,
            loaded,
            result.findings,
            status=status_of[str(claim.id)],
            slug=slugs[str(claim.id)],
            quoted=str(claim.id) in spans,
            policy=policy,
        )
        for claim in claims
        if loaded is not None
    )
    claims_section = f'<section class="claims"><h2>Claims</h2><div class="cards">{cards}</div></section>'
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="generator" content="claimcheck">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>claimcheck: {escape(name)}</title><style>{_style()}</style></head><body>"
        f'<header class="top"><p class="kicker">claimcheck report</p><h1>{escape(name)}</h1>'
        f'<p class="verdict {verdict_class}">{escape(verdict)}</p>'
        f'<p class="paths">claims file <code>{escape(str(result.path))}</code> · {len(claims)} claims</p>'
        f"{html_parts.legend(counts)}</header>"
        f"{layout}"
        f"{claims_section if claims else ''}</body></html>\n"
    )
    # The page's own markup holds no control characters: any left came from the input, made visible here.
    return visible_lines(page)


def page_name(claims_file: str | Path) -> str:
    """The report page's file name for a claims file: ``story.claims.toml`` gives ``story.html``.

    >>> page_name("news/story.claims.toml")
    'story.html'
    """
    name = Path(claims_file).name
    for suffix in (".claims.toml", ".toml"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)] + ".html"
    return name + ".html"


def write_html(
    results: Sequence[FileResult],
    output: str | Path,
    *,
    folder: bool | None = None,
    force: bool = False,
) -> list[Path]:
    """Write one report page per claims file and return the paths written.

    With one result, ``output`` is the page's file name, unless it is an existing folder or ends with a
    slash; with several, ``output`` is a folder (created if missing) and each page is named after its
    claims file (:func:`page_name`), with ``-2``, ``-3``, … added when two claims files share a name.
    Each page is written through a temporary file and an atomic rename.

    Args:
        results: the checked claims files.
        output: a file name for a single page, or a folder.
        folder: True to take ``output`` as a folder whatever the number of results (a pytest run's
            report folder, say); None to decide as above.
        force: replace existing files that are not claimcheck reports.

    Raises:
        OutputError: a page would replace a claims file or article of the check, or a file that is not
            a claimcheck report (unless ``force``), or cannot be written. Nothing is written then.
    """
    target = Path(output)
    as_folder = folder or len(results) != 1 or target.is_dir() or str(output).endswith(("/", "\\"))
    pages: list[Path] = []
    taken: set[str] = set()
    for result in results:
        if as_folder:
            stem = page_name(result.path)[: -len(".html")]
            name, number = f"{stem}.html", 1
            while name in taken:
                number += 1
                name = f"{stem}-{number}.html"
            taken.add(name)
            pages.append(target / name)
        else:
            pages.append(target)
    inputs = [result.path for result in results]
    inputs += [r.loaded.article for r in results if r.loaded is not None and r.loaded.article is not None]
    if as_folder and results:
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise OutputError(target, f"cannot be made a folder: {err.strerror or err}") from err
    for page in pages:
        check_target(page, inputs, force=force)
    for page, result in zip(pages, results, strict=True):
        write_output(page, render_html(result), inputs=inputs, force=force)
    return pages
