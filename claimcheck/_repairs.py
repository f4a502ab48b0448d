"""Mend the parser's matches where running text needs more context than one expression (private).

These are workarounds in the extractor for wording the parser does not read yet; each is a small, local
rewrite of the stream of :class:`~claimcheck.parse.Match` values, and each belongs in the parser in time:

* comparators before a plain number: "equal to 20", "equals 20", "exceeds 3,000", "surpassed 3,000",
  "bigger or equal than 100", "< = 100";
* a bound suffix that is really the start of the next figure: "equal to 5000 or less than 6000" is 5000
  and "less than 6000", not "5000 or less" and 6000; likewise "above 1000 and below 1500";
* "or equal (to)" after an exclusive bound closes it: "less than 5000 or equal" is at most 5000;
* two opposite bounds next to each other make one range: "above 1000 and below 1500",
  "higher or equal than 100, lower or equal than 300";
* "how about 5" and "what about 5": there "about" asks, it does not hedge;
* a slash fraction with a small denominator: "more than 1/2" is more than a half ("9/11" and "24/7" are
  not fractions: the denominator must be at most 10 and above the numerator).
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import TYPE_CHECKING, Final

import attrs

from claimcheck._interval import INF
from claimcheck.parse import Match, scan
from claimcheck.quantity import Estimate

if TYPE_CHECKING:
    from collections.abc import Iterator

    from claimcheck.policy import Policy
    from claimcheck.quantity import Kind

__all__ = ["repaired"]

_PREFIX: Final = re.compile(
    r"(?:(?P<equal>\bequal(?:s|ing)?(?:\s+to)?)"
    r"|(?P<above>\b(?:exceed(?:s|ed)?|surpass(?:es|ed|ing)?))"
    r"|(?P<at_least>\b(?:higher|bigger|greater|larger|more)\s+or\s+equal\s+(?:than|to)"
    r"|\bat\s+least\s+or\s+equal\s+to|>\s+=)"
    r"|(?P<at_most>\b(?:lower|smaller|less|fewer)\s+or\s+equal\s+(?:than|to)|<\s+=))\s*$",
    re.IGNORECASE,
)
_BOUND_SUFFIX: Final = re.compile(
    r"\s+(?:or|and)\s+(?P<word>(?:less|fewer|more|greater|higher|lower|below|above|over|under)\b.*)$",
    re.IGNORECASE,
)
_OR_EQUAL: Final = re.compile(r"\s+or\s+equal\b(?!(?:\s+to)?\s*[-+$£€]?\s*[0-9])(?:\s+to\b)?", re.IGNORECASE)
_DANGLING_THAN: Final = re.compile(r"\s+than\b(?!\s*[-+$£€]?\s*[0-9])", re.IGNORECASE)
_JOINER: Final = re.compile(r"\s*(?:,\s*but|,\s*and|,|and|but)\s*", re.IGNORECASE)
_ASKING: Final = re.compile(r"\b(?:how|what)\s+$", re.IGNORECASE)
_UPPER: Final = ("at_most", "below")
_LOWER: Final = ("at_least", "above")
_LOOKBACK: Final = 40
#: How every comparator in ``_PREFIX`` ends: a cheap test before the regular expression runs.
_PREFIX_ENDINGS: Final = ("to", "than", "equal", "equals", "equaling", "exceed", "exceeds", "exceeded",
                          "surpass", "surpasses", "surpassed", "surpassing", "=")  # fmt: skip
_SLASH: Final = re.compile(r"/([1-9]|10)(?![0-9/])")
_MAX_DENOMINATOR: Final = 10


def _bound(estimate: Estimate, kind: Kind, policy: Policy, text: str) -> Estimate:
    """Turn a plain number into a one-sided bound ("exceeds 3,000" is more than 3,000)."""
    value = estimate.lo
    if kind in _LOWER:
        return attrs.evolve(estimate, hi=INF, low_open=kind == "above", kind=kind, text=text)
    floor = policy.floor if value >= 0 else -INF
    return attrs.evolve(estimate, lo=min(floor, value), high_open=kind == "below", kind=kind, text=text)


def _prefixed(text: str, match: Match, policy: Policy, taken: int) -> Match:
    """Take in a comparator the parser skipped before a plain number, if it starts at or after ``taken``."""
    estimate = match.estimate
    if not text[max(taken, match.start - 12) : match.start].rstrip().lower().endswith(_PREFIX_ENDINGS):
        return match
    found = _PREFIX.search(text, max(taken, match.start - _LOOKBACK), match.start)
    if found is None or found.lastgroup is None:
        return match
    if estimate.kind != "exact" and found.lastgroup != "equal":
        return match
    words = text[found.start() : match.end]
    if found.lastgroup == "equal":
        return Match(found.start(), match.end, attrs.evolve(estimate, text=words))
    kind: Kind = found.lastgroup  # type: ignore[assignment]
    return Match(found.start(), match.end, _bound(estimate, kind, policy, words))


def _closed(text: str, match: Match) -> Match:
    """Read "less than 5000 or equal (to)" as at most 5000, and take in a dangling "or greater than"."""
    estimate = match.estimate
    found = _OR_EQUAL.match(text, match.end)
    if found is not None and estimate.kind in ("below", "above"):
        kind: Kind = "at_most" if estimate.kind == "below" else "at_least"
        words = text[match.start : found.end()]
        closed = attrs.evolve(estimate, low_open=False, high_open=False, kind=kind, text=words)
        return Match(match.start, found.end(), closed)
    found = _DANGLING_THAN.match(text, match.end)
    if found is not None and estimate.kind in _UPPER + _LOWER and _BOUND_SUFFIX.search(estimate.text):
        words = text[match.start : found.end()]
        return Match(match.start, found.end(), attrs.evolve(estimate, text=words))
    return match


def _split(text: str, match: Match, policy: Policy) -> list[Match] | None:
    """Split "5000 or less than 6000" into "5000" and "less than 6000"; None when nothing splits."""
    found = _BOUND_SUFFIX.search(text, match.start, match.end)
    if found is None:
        return None
    # Only when the suffix's word starts an expression of its own that runs past the match.
    second = _first(text, found.start("word"), len(text), policy)
    if second is None or second.end <= match.end:
        return None
    first = _first(text, match.start, found.start(), policy)
    if first is None:
        return None
    return [first, second]


def _first(text: str, start: int, end: int, policy: Policy) -> Match | None:
    """Return the expression that starts at ``start`` in ``text[start:end]``, if one does."""
    piece = text[start : min(end, start + 200)]
    for found in scan(piece, policy=policy):
        if found.start != 0:
            return None
        return Match(start, start + found.end, found.estimate)
    return None


def _joined(text: str, first: Match, second: Match) -> Match | None:
    """Join two opposite bounds with only "and", "but" or a comma between them into one range."""
    kinds = (first.estimate.kind, second.estimate.kind)
    opposite = (kinds[0] in _UPPER and kinds[1] in _LOWER) or (kinds[0] in _LOWER and kinds[1] in _UPPER)
    if not opposite or not _JOINER.fullmatch(text, first.end, second.start):
        return None
    if first.estimate.unit != second.estimate.unit:
        return None
    both = first.estimate.interval.intersection(second.estimate.interval)
    if both is None:
        return None
    estimate = Estimate(
        both.lo,
        both.hi,
        first.estimate.unit,
        low_open=both.lo_open,
        high_open=both.hi_open,
        kind="range",
        text=text[first.start : second.end],
    )
    return Match(first.start, second.end, estimate)


def _slashed(text: str, match: Match) -> Match:
    """Read "1/2" after a figure ending in a whole number as that figure divided: "more than 1/2"."""
    found = _SLASH.match(text, match.end)
    numerator = match.estimate.nominal
    if found is None or numerator is None or not text[match.end - 1 : match.end].isdigit():
        return match
    denominator = int(found.group(1))
    if not 0 < numerator < denominator <= _MAX_DENOMINATOR or match.estimate.unit:
        return match
    scaled = match.estimate.scale(Fraction(1, denominator))
    words = text[match.start : found.end()]
    return Match(
        match.start,
        found.end(),
        attrs.evolve(scaled, kind=match.estimate.kind, text=words, nominal=numerator / denominator),
    )


def _asking(text: str, match: Match, policy: Policy) -> Match:
    """Drop "about" after "how" or "what": "how about 2 in 5 or more" asks about "2 in 5 or more"."""
    if not match.estimate.text.lower().startswith("about") or not _ASKING.search(
        text, max(0, match.start - 10), match.start
    ):
        return match
    after = match.start + len("about")
    while after < match.end and text[after].isspace():
        after += 1
    return _first(text, after, len(text), policy) or match


def repaired(text: str, policy: Policy) -> Iterator[Match]:
    """Yield the parser's matches over ``text`` with the repairs above, left to right, never overlapping."""
    pending: list[Match] = []
    taken = 0
    for original in scan(text, policy=policy):
        if original.start < taken:
            continue
        match = _asking(text, original, policy)
        pieces = _split(text, match, policy) or [match]
        for piece in pieces:
            mended = _closed(text, _prefixed(text, _slashed(text, piece), policy, taken))
            if mended.start < taken:
                continue
            if pending:
                joined = _joined(text, pending[-1], mended)
                if joined is not None:
                    pending[-1] = joined
                    taken = joined.end
                    continue
                yield from pending
            pending = [mended]
            taken = mended.end
    yield from pending
