"""The parts of the HTML report about claims and findings: statuses, cards, findings, tooltips (private)."""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING, Final, NamedTuple

from claimcheck.claims import normalize_name
from claimcheck.report import describe

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from claimcheck.claims import Claim
    from claimcheck.claimsfile import ClaimsFile
    from claimcheck.findings import Finding
    from claimcheck.policy import Policy

__all__ = ["STATUSES", "Status", "claim_card", "claim_statuses", "finding_html", "legend", "slugs_of", "tip"]


class Status(NamedTuple):
    """How the report page shows one status of a highlighted claim."""

    badge: str
    """The word on the claim's card."""
    meaning: str
    """What the colour means, in the legend."""


#: Each status of a highlighted claim, gravest first: the CSS class is ``cc-`` and the status.
STATUSES: Final[dict[str, Status]] = {
    "conflict": Status("conflict", "conflict: cannot all be true"),
    "acknowledged": Status("acknowledged conflict", "acknowledged conflict"),
    "warning": Status("warning", "warning: look again"),
    "agreement": Status("agreement", "agreement"),
    "other": Status("nothing to report", "nothing to report"),
}


def _status_of(finding: Finding) -> str | None:
    if finding.rule == "acknowledged-conflict":
        return "acknowledged"
    if finding.severity == "error":
        return "conflict"
    if finding.severity == "warning":
        return "warning"
    if finding.rule == "agreement":
        return "agreement"
    return None


def claim_statuses(findings: Sequence[Finding]) -> dict[str, str]:
    """The gravest status of each claim the findings name, by normalised claim id."""
    rank = list(STATUSES)
    statuses: dict[str, str] = {}
    for finding in findings:
        status = _status_of(finding)
        if status is None:
            continue
        for claim_id in finding.claims:
            key = normalize_name(claim_id)
            if rank.index(status) < rank.index(statuses.get(key, "other")):
                statuses[key] = status
    return statuses


def slugs_of(claims: Sequence[Claim]) -> dict[str, str]:
    """A page anchor for each claim id: readable, and unique even when ids differ only in punctuation."""
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for claim in claims:
        base = "claim-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", str(claim.id)).strip("-") or "x")
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        slugs[str(claim.id)] = slug
    return slugs


def _claim_links(ids: Sequence[str], slugs: Mapping[str, str]) -> str:
    links = []
    by_key = {normalize_name(claim_id): slug for claim_id, slug in slugs.items()}
    for claim_id in ids:
        slug = by_key.get(normalize_name(claim_id))
        text = f"<code>{escape(claim_id)}</code>"
        links.append(f'<a href="#{slug}">{text}</a>' if slug else text)
    return ", ".join(links)


def finding_html(finding: Finding, slugs: Mapping[str, str]) -> str:
    status = _status_of(finding) or "other"
    where = f"line {finding.line}:{finding.column}" if finding.line is not None else ""
    details = "".join(f"<li>{escape(detail)}</li>" for detail in finding.details)
    claims = _claim_links(finding.claims, slugs)
    return (
        f'<li class="finding cc-{status} sev-{finding.severity}" data-rule="{escape(finding.rule)}">'
        f'<p class="finding-head"><span class="badge">{escape(finding.rule)}</span> '
        f'<span class="where">{escape(where)}</span></p>'
        f'<p class="message">{escape(finding.message)}</p>'
        + (f'<p class="claims">claims {claims}</p>' if claims else "")
        + (f'<ul class="details">{details}</ul>' if details else "")
        + "</li>"
    )


def claim_card(
    claim: Claim,
    loaded: ClaimsFile,
    findings: Sequence[Finding],
    *,
    status: str,
    slug: str,
    quoted: bool,
    policy: Policy | None,
) -> str:
    reading = _reading(claim, policy)
    words = claim.quote or claim.value
    source = f'<span class="source">{escape(claim.source)}</span>' if claim.source else ""
    location = loaded.locations.get(str(claim.id))
    rows = [("figure", describe(claim.subject, claim.scope)), ("reads as", reading)]
    if claim.of is not None:
        rows.append(("share of", f"claim {claim.of}"))
    if location is not None:
        place = "" if location.path == loaded.article else f"{location.path.name}, "
        rows.append(("where", f"{place}line {location.line}:{location.column}"))
    about = _about(claim, findings)
    why = "".join(
        f'<li class="cc-{_status_of(finding)}"><span class="badge">{escape(finding.rule)}</span> '
        f"{escape(finding.message)}</li>"
        for finding in about
        if _status_of(finding) is not None
    )
    implied = sum(_status_of(finding) is None for finding in about)
    if implied:
        why += f'<li class="implied">used in {implied} implied bound{"s" * (implied != 1)}</li>'
    back = f'<a class="back" href="#quote-{slug}">show in the article ↑</a>' if quoted else ""
    badge = f'<span class="badge">{escape(STATUSES[status].badge)}</span>'
    return (
        f'<article class="card cc-{status}" id="{slug}">'
        f"<header>{badge} <code>{escape(str(claim.id))}</code> {source}</header>"
        f"<blockquote>{escape(str(words))}</blockquote><dl>"
        + "".join(f"<dt>{escape(name)}</dt><dd>{escape(value)}</dd>" for name, value in rows)
        + "</dl>"
        + (f'<ul class="why">{why}</ul>' if why else "")
        + back
        + "</article>"
    )


def _reading(claim: Claim, policy: Policy | None) -> str:
    try:
        return str(claim.estimate(policy=policy))
    except ValueError as err:
        return f"unreadable: {err}"


def _about(claim: Claim, findings: Sequence[Finding]) -> list[Finding]:
    key = normalize_name(str(claim.id))
    return [finding for finding in findings if key in {normalize_name(c) for c in finding.claims}]


def tip(claim: Claim, findings: Sequence[Finding], policy: Policy | None) -> str:
    """What hovering over a quoted claim shows: the claim, then each finding about it."""
    source = f" · {claim.source}" if claim.source else ""
    lines = [f"{claim.id}{source}", f"{describe(claim.subject, claim.scope)}: {_reading(claim, policy)}"]
    about = [f"{finding.rule}: {finding.message}" for finding in _about(claim, findings)]
    return "\n".join(lines) + "".join(f"\n\n{line}" for line in about)


def legend(counts: Mapping[str, int]) -> str:
    items = "".join(
        f'<li class="cc-{status}"><span class="swatch"></span>{escape(meaning)}'
        f' <span class="count">({counts.get(status, 0)})</span></li>'
        for status, (_, meaning) in STATUSES.items()
    )
    return f'<ul class="legend">{items}</ul>'
