"""Claims files: an article's claims, kept beside it in TOML so editors can review them like any file.

A claims file names its article, the hierarchy its places and subjects form, and one ``[[claim]]`` per
figure. A claim quotes the article and its value is read from the words quoted, so when the article's
number changes, the check sees the new number::

    article = "article.md"

    [[partition]]
    facet = "place"
    whole = "Iraq and Syria"
    parts = ["Iraq", "Syria"]

    [[claim]]
    id = "un"
    quote = "5,000 to 7,000 members and supporters"
    subject = "members and supporters"
    scope = { place = "Iraq and Syria" }
    source = "UN report"

Every error names the file, the line and the field at fault (:class:`~claimcheck.ClaimsFileError`).
Reading is bounded: files that are not regular files are refused unread, and the sizes in :class:`Limits`
are refused with a message saying how to raise them. :func:`claimcheck.check_file` checks a file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, final

import attrs

from claimcheck._files import limits as defaults
from claimcheck._files.access import Refused, read_text, resolved
from claimcheck._files.toml_reader import TableReader
from claimcheck._reading import words as lex
from claimcheck._reading.nouns import own_noun_after
from claimcheck._reading.quotes import Passage, closest_passage, count_quote, find_quote
from claimcheck._reading.relations import (
    CHANGE_INDEX,
    ELIDED_REACH,
    RATE_CHANGE_GAP,
    REBASING_BACK,
    RESTATING,
    aged,
    based_on,
    borrowed,
    change_direction,
    comparative_after,
    compared,
    elided,
    estimate_of_change,
    estimated_change,
    rate_change_words,
    rate_changed,
    rate_from,
    rebased,
    restated,
    restating,
    times_after,
    unit_before,
)
from claimcheck._values.frozen import FrozenDict
from claimcheck.claims import Claim, normalize_name, of_cycle, period
from claimcheck.errors import ClaimcheckError, ClaimsFileError, ParseError, quoted
from claimcheck.hierarchy import Hierarchy
from claimcheck.parse import parse_quantity, scan

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from claimcheck.parse import Match
    from claimcheck.quantity import Estimate

__all__ = ["Accept", "ClaimsFile", "Limits", "Location", "Notice", "load"]

# The keys of each table. Adding a key: name it here, then read it where its table is read below.
_TOP_KEYS: Final = frozenset({"article", "claim", "partition", "subset", "accept", "signed", "facet"})
_FACET_KEYS: Final = frozenset({"name", "adds", "order", "cumulative", "whole"})
_CLAIM_KEYS: Final = frozenset(
    {"id", "quote", "prefix", "suffix", "value", "subject", "scope", "source", "of", "exact", "over"}
)
_PARTITION_KEYS: Final = frozenset({"facet", "whole", "parts"})
_SUBSET_KEYS: Final = frozenset({"facet", "part", "of"})
_ACCEPT_KEYS: Final = frozenset({"claims", "reason"})

#: How many places an ambiguous quote's error lists before it only counts.
_PLACES_SHOWN: Final = 5


@final
@attrs.frozen
class Limits:
    """The most a claims file may ask of a check; anything larger is refused with a clear error.

    The defaults are far above any news article; pass larger ones to :func:`load` (or use the command
    line's ``--max-article-bytes`` and ``--max-claims``) for unusual files.

    Attributes:
        article_bytes: the largest article read, in bytes (10 MB).
        claims_file_bytes: the largest claims file read, in bytes (64 MB).
        claims: the most claims in one file (100,000).
        quote_chars: the longest quote, in characters (20,000).
    """

    article_bytes: int = defaults.ARTICLE_BYTES
    claims_file_bytes: int = defaults.CLAIMS_FILE_BYTES
    claims: int = defaults.CLAIMS
    quote_chars: int = defaults.QUOTE_CHARS


@final
@attrs.frozen
class Location:
    """A place in a file: its path and the 1-based line and column.

    ``str(location)`` reads ``path:line:column``, the form editors and CI annotations understand.
    """

    path: Path
    line: int
    column: int = 1

    def __str__(self) -> str:
        """Return ``path:line:column``."""
        return f"{self.path}:{self.line}:{self.column}"


@final
@attrs.frozen
class Accept:
    """An acknowledged conflict: the article reports these claims' disagreement on purpose.

    Attributes:
        claims: the ids of the claims whose conflict is acknowledged.
        reason: why the conflict stands, in the editor's words.
        location: where the ``[[accept]]`` entry stands in the claims file.
    """

    claims: tuple[str, ...]
    reason: str
    location: Location


@final
@attrs.frozen
class Notice:
    """Something wrong with a claims file that does not stop it being used: an unknown key, say.

    Attributes:
        rule: a stable id of what is wrong ("unknown-key").
        message: what is wrong, in plain words.
        location: where it stands in the claims file.
    """

    rule: str
    message: str
    location: Location


def _frozen_map(value: Mapping[str, Any]) -> FrozenDict[str, Any]:
    return value if isinstance(value, FrozenDict) else FrozenDict(value)


@final
@attrs.frozen
class ClaimsFile:
    """A loaded claims file: its claims, their hierarchy, the article and where each claim stands.

    Attributes:
        path: the claims file.
        claims: the claims, in file order, each with an id.
        hierarchy: the partitions and subsets the file declares.
        accepts: the acknowledged conflicts.
        article: the article's path, when the file names one.
        article_text: the article's text, when the file names one.
        locations: for each claim id, where the claim stands: its quote in the article, or else its
            ``[[claim]]`` entry in the claims file.
        changed: for each claim whose quote the article now states with other numbers, the article's
            current words; the claim's value was read from them.
        notices: what is wrong with the file without stopping its check (unknown keys).
        spans: for each quoted claim, the start and end offsets of its passage in ``article_text``.
    """

    path: Path
    claims: tuple[Claim, ...]
    hierarchy: Hierarchy = attrs.field(eq=False)
    accepts: tuple[Accept, ...] = ()
    article: Path | None = None
    article_text: str | None = attrs.field(default=None, repr=False)
    locations: Mapping[str, Location] = attrs.field(factory=FrozenDict, converter=_frozen_map)
    changed: Mapping[str, str] = attrs.field(factory=FrozenDict, converter=_frozen_map)
    notices: tuple[Notice, ...] = ()
    spans: Mapping[str, tuple[int, int]] = attrs.field(factory=FrozenDict, converter=_frozen_map)


def load(
    path: str | Path,
    *,
    allow_outside: bool = False,
    limits: Limits | None = None,
    text: str | None = None,
) -> ClaimsFile:
    """Read a claims file, its article and its quotes.

    Args:
        path: the ``.claims.toml`` file.
        allow_outside: let ``article`` name a file outside the claims file's folder (an absolute path,
            or one through ``..``). Off by default: a claims file is reviewed text, and a check in CI
            should not read the runner's files into its report.
        limits: the largest article, claims file, quote and number of claims read (:class:`Limits`).
        text: the claims file's contents when they come from elsewhere (``claimcheck check -`` reads
            standard input): ``path`` then only names the file in messages, and its folder is where the
            article is looked for.

    Returns:
        The claims, hierarchy, acknowledgements and article, with each claim's location.

    Raises:
        ClaimsFileError: the file, or the article it names, cannot be used; the message names the file,
            the line and the field at fault.
    """
    limits = limits or Limits()
    reader = TableReader(Path(path), max_bytes=limits.claims_file_bytes, text=text)
    reader.unknown_keys(None, 0, reader.data, _TOP_KEYS)
    source = _Source(reader, limits, *_article(reader, limits, allow_outside=allow_outside))
    hierarchy = _hierarchy(reader)
    claims, locations, changed, spans = _claims(source)
    accepts = _accepts(reader, {normalize_name(claim.id or "") for claim in claims})
    notices = tuple(
        Notice(rule, message, Location(reader.path, line)) for rule, message, line in reader.notices
    )
    return ClaimsFile(
        reader.path,
        claims,
        hierarchy,
        accepts,
        source.article,
        source.article_text,
        locations,
        changed,
        notices,
        spans,
    )


@final
@attrs.frozen
class _Source:
    """What reading the claims needs: the reader, the limits, and the article with its text."""

    reader: TableReader
    limits: Limits
    article: Path | None
    article_text: str | None


def _article(reader: TableReader, limits: Limits, *, allow_outside: bool) -> tuple[Path | None, str | None]:
    name = reader.text(None, 0, reader.data, "article", required=False, what="a file name")
    if name is None:
        return None, None
    article = reader.path.parent / name
    if not allow_outside:
        inside, folder = resolved(article), resolved(reader.path.parent)
        if inside is not None and folder is not None and not inside.is_relative_to(folder):
            reason = (
                f"the article {quoted(name)} is outside the claims file's folder; allow it with "
                "--allow-outside (load(..., allow_outside=True)) if you mean it"
            )
            raise reader.fail(None, 0, "article", reason, rule="article-outside")
    try:
        limit = "raise it with --max-article-bytes (Limits.article_bytes)"
        return article, read_text(article, max_bytes=limits.article_bytes, limit_hint=limit)
    except Refused as refused:
        rule = "article-not-found" if refused.rule == "file-not-found" else refused.rule
        reason = f"the article {quoted(str(article))} {refused.reason}"
        raise reader.fail(None, 0, "article", reason, rule=rule) from None


def _hierarchy(reader: TableReader) -> Hierarchy:
    hierarchy = Hierarchy()
    for index, entry in enumerate(reader.entries("partition", _PARTITION_KEYS)):
        facet = reader.text("partition", index, entry, "facet", required=True)
        whole = reader.text("partition", index, entry, "whole", required=True)
        parts = reader.names("partition", index, entry, "parts")
        try:
            hierarchy.partition(str(facet), str(whole), parts)
        except ClaimcheckError as err:
            raise reader.fail("partition", index, None, str(err), rule="invalid-hierarchy") from None
    signed = reader.data.get("signed", [])
    if not isinstance(signed, list) or not all(isinstance(name, str) and name.strip() for name in signed):
        reason = f"'signed' must be a list of subjects, not {quoted(signed)}"
        raise reader.fail(None, 0, "signed", reason, rule="invalid-field")
    for name in signed:
        hierarchy.signed(name)
    for index, entry in enumerate(reader.entries("facet", _FACET_KEYS)):
        name = reader.text("facet", index, entry, "name", required=True)
        order = reader.names("facet", index, entry, "order") if "order" in entry else None
        try:
            hierarchy.facet(
                str(name),
                adds=reader.flag("facet", index, entry, "adds"),
                order=order,
                cumulative=bool(reader.flag("facet", index, entry, "cumulative")),
                whole=reader.text("facet", index, entry, "whole", required=False),
            )
        except ClaimcheckError as err:
            raise reader.fail("facet", index, None, str(err), rule="invalid-hierarchy") from None
    for index, entry in enumerate(reader.entries("subset", _SUBSET_KEYS)):
        facet = reader.text("subset", index, entry, "facet", required=True)
        part = reader.text("subset", index, entry, "part", required=True)
        whole = reader.text("subset", index, entry, "of", required=True)
        try:
            hierarchy.subset(str(facet), str(part), of=str(whole))
        except ClaimcheckError as err:
            raise reader.fail("subset", index, None, str(err), rule="invalid-hierarchy") from None
    for table, keys, link in (("partition", _PARTITION_KEYS, "sum"), ("subset", _SUBSET_KEYS, "bound")):
        for index, entry in enumerate(reader.entries(table, keys)):
            facet = normalize_name(str(entry["facet"]))
            if not hierarchy.adds(facet):  # a time's values are readings of one figure, not parts of it
                message = (
                    f"the {table} of {facet!r} is not a {link}: {facet!r} does not add up (it is named like "
                    f"a time or declared so); if its values add up, say so with [[facet]] name = {facet!r}, "
                    "adds = true"
                )
                line = reader.line_of(table, index, "facet") or 1
                reader.notices.append(("facet-does-not-add", message, line))
    return hierarchy


@final
@attrs.frozen
class _Read:
    """One ``[[claim]]`` entry as read: the claim, where it stands, and the article's new words if any."""

    claim: Claim
    location: Location
    changed: str | None
    span: tuple[int, int] | None


def _claims(
    source: _Source,
) -> tuple[tuple[Claim, ...], dict[str, Location], dict[str, str], dict[str, tuple[int, int]]]:
    reader = source.reader
    entries = reader.entries("claim", _CLAIM_KEYS)
    if len(entries) > source.limits.claims:
        reason = (
            f"the file has {len(entries):,} claims, more than {source.limits.claims:,}; "
            "raise the limit with --max-claims (Limits.claims)"
        )
        raise ClaimsFileError(reader.path, None, None, reason, rule="too-many-claims")
    read: list[_Read] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        claim_id = reader.text("claim", index, entry, "id", required=False) or f"c{index + 1}"
        key = normalize_name(claim_id)
        if key in seen:
            reason = f"the id {quoted(claim_id)} is used by claim #{seen[key] + 1} too"
            raise reader.fail("claim", index, "id", reason, rule="duplicate-id")
        seen[key] = index
        read.append(_claim(source, index, entry, claim_id))
    claims = tuple(item.claim for item in read)
    _check_of(reader, claims, seen)
    locations = {str(item.claim.id): item.location for item in read}
    changed = {str(item.claim.id): item.changed for item in read if item.changed is not None}
    spans = {str(item.claim.id): item.span for item in read if item.span is not None}
    return claims, locations, changed, spans


def _claim(source: _Source, index: int, entry: Mapping[str, Any], claim_id: str) -> _Read:
    """Read the ``index``-th ``[[claim]]`` entry."""
    reader = source.reader
    subject = reader.text("claim", index, entry, "subject", required=True)
    value = reader.text("claim", index, entry, "value", required=False, what='text such as "up to 500"')
    quote = reader.text("claim", index, entry, "quote", required=False, what="words of the article")
    if value is None and quote is None:
        reason = "a claim needs a 'quote' from the article or a 'value'"
        raise reader.fail("claim", index, None, reason, rule="missing-value")
    if value is not None:
        _check_value(reader, index, value)
    location, changed, span = Location(reader.path, reader.entry_line("claim", index)), None, None
    if quote is not None:
        passage, location, renumbered = _locate(source, index, entry, quote)
        passage_text = str(source.article_text)[passage.start : passage.end]
        changed, span = (passage_text if renumbered else None), (passage.start, passage.end)
        if value is None:
            article = str(source.article_text)
            related = entry.get("of") is not None
            read = _value_of_quote(reader, index, article, (passage.start, passage.end), related=related)
            value = " ".join(read.split())  # on one line, however the article breaks it
    scope = entry.get("scope")
    if scope is not None and (
        not isinstance(scope, dict) or not all(isinstance(v, str) for v in scope.values())
    ):
        reason = f'scope must map facets to names, as in {{ place = "Iraq" }}, not {quoted(scope)}'
        raise reader.fail("claim", index, "scope", reason, rule="invalid-field")
    of = reader.text("claim", index, entry, "of", required=False, what="a claim id")
    source_name = reader.text("claim", index, entry, "source", required=False)
    exact = bool(reader.flag("claim", index, entry, "exact"))
    over = reader.text("claim", index, entry, "over", required=False, what='a duration such as "4 weeks"')
    if over is not None:
        try:
            period(over)
        except ClaimcheckError as err:
            raise reader.fail("claim", index, "over", str(err), rule="invalid-field") from None
    try:
        claim = Claim(
            str(value),
            str(subject),
            scope,
            of=of,
            id=claim_id,
            source=source_name,
            quote=quote,
            exact=exact,
            over=over,
        )
    except ClaimcheckError as err:
        raise reader.fail("claim", index, None, str(err), rule="invalid-claim") from None
    return _Read(claim, location, changed, span)


def _check_of(reader: TableReader, claims: tuple[Claim, ...], seen: Mapping[str, int]) -> None:
    """Refuse an ``of`` that names no claim, and ``of`` links that go round in a cycle."""
    base: dict[int, int] = {}
    for index, claim in enumerate(claims):
        if claim.of is None:
            continue
        target = seen.get(normalize_name(claim.of))
        if target is None:
            reason = f"of names {quoted(claim.of)}, but no claim has that id"
            raise reader.fail("claim", index, "of", reason, rule="unknown-claim")
        base[index] = target
    cycle = of_cycle(claims)
    if cycle:
        links = ", ".join(f"{claims[i].id} of {claims[base[i]].id}" for i in cycle)
        reason = f"the claims' 'of' links go round in a cycle ({links}): no claim can be the base"
        raise reader.fail("claim", cycle[0], "of", reason, rule="of-cycle")


def _locate(
    source: _Source, index: int, entry: Mapping[str, Any], quote: str
) -> tuple[Passage, Location, bool]:
    """Find the claim's quote in the article.

    Returns the passage, where it stands, and whether the article now states it with other numbers
    than the quote's.
    """
    reader, article, article_text = source.reader, source.article, source.article_text
    if article is None or article_text is None:
        reason = "a quote needs the file to name its 'article'"
        raise reader.fail("claim", index, "quote", reason, rule="quote-without-article")
    if len(quote) > source.limits.quote_chars:
        reason = (
            f"the quote is {len(quote):,} characters long, more than {source.limits.quote_chars:,}; "
            "quote the words around the figure (or raise Limits.quote_chars)"
        )
        raise reader.fail("claim", index, "quote", reason, rule="quote-too-long")
    prefix = reader.text("claim", index, entry, "prefix", required=False)
    suffix = reader.text("claim", index, entry, "suffix", required=False)
    found = find_quote(article_text, quote, prefix=prefix, suffix=suffix, most=_PLACES_SHOWN)
    renumbered = False
    if not found:
        # The article was corrected: the same words with new numbers. Read the new numbers.
        found = find_quote(
            article_text, quote, prefix=prefix, suffix=suffix, any_numbers=True, most=_PLACES_SHOWN
        )
        renumbered = True
    shown = quoted(quote)
    if not found:
        near = closest_passage(article_text, quote)
        hint = (
            f"; the closest passage is {quoted(article_text[near.start : near.end])} at line {near.line}"
            if near is not None
            else ""
        )
        narrowed = " with that prefix/suffix" if prefix or suffix else ""
        reason = f"the article does not contain {shown}{narrowed}{hint}"
        raise reader.fail("claim", index, "quote", reason, rule="quote-not-found")
    if len(found) > 1:
        count = len(found)
        if count == _PLACES_SHOWN:
            count = count_quote(article_text, quote, prefix=prefix, suffix=suffix, any_numbers=renumbered)
        lines = ", ".join(str(passage.line) for passage in found)
        more = f" and {count - len(found):,} more" if count > len(found) else ""
        reason = (
            f"{shown} occurs {count:,} times in the article (lines {lines}{more}); "
            "add a 'prefix' or 'suffix' with the words around the one you mean"
        )
        raise reader.fail("claim", index, "quote", reason, rule="quote-ambiguous")
    passage = found[0]
    location = Location(article, passage.line, passage.column)
    return passage, location, renumbered


def _value_of_quote(
    reader: TableReader, index: int, article: str, span: tuple[int, int], *, related: bool
) -> str:
    """Return the words whose first figure reads as the quote's figure reads in the article.

    The figure's words alone may read otherwise ("twice" is a multiple, "scored twice" a count), and so
    may the quote: the words after it in its clause can make the figure a rate ("1,200 cases" of "1,200
    cases a week"), percentage points ("rose 0.2 points" of "... to 4.4%") or a comparison ("41% below"
    the average). The value is the shortest of the figure's words, the quote and the quote to the end of
    its clause that reads as the article does. A claim without ``of`` keeps the quote's own reading where
    the clause would make the figure relative ("thousands" of "thousands more were injured").
    """
    start, end = span
    passage = article[start:end]
    try:
        estimate = parse_quantity(passage)
    except ParseError as err:
        reason = f"the quote {quoted(passage)} states no number claimcheck can read ({err.reason})"
        raise reader.fail("claim", index, "quote", reason, rule="quote-without-number") from None
    dated = _past_year(passage, estimate)
    if dated:  # "(2023: £38.7m)", "in 2010, 1.2 million visited": the year labels the figure after it
        start, passage = start + dated, article[start + dated : end]
        estimate = parse_quantity(passage)
    led = _led(article, start, passage, estimate) if related else None
    if led is not None:  # "a lead of" before "six points": the words before make the figure a lead
        return led
    restated = _restated(article, start, passage, estimate) if related else None
    if restated is not None:  # "rose by 4,300, or 9%": the rise again, in per cent
        return restated
    rate_change = _rate_change(article, start, passage, estimate) if related else None
    if rate_change is not None:  # "151.3p a litre, down 4p": 4p a litre less
        return rate_change
    valued = _valued(article, start, passage, estimate) if related else None
    if valued is not None:  # "the deficit improved by £1.5bn": £1.5bn less
        return valued
    reestimated = _reestimated(article, start, passage, estimate) if related else None
    if reestimated is not None:  # "grew 0.4%, revising up its first estimate of 0.2%": 0.2% more
        return reestimated
    borrowed = (
        _borrowed(article, start, passage, estimate, related=related)
        or _rebased(article, start, passage, estimate)
        or _elided(article, start, passage, estimate)
    )
    if borrowed is not None:  # "fell to 3.1 per cent from 3.4": 3.4 per cent; "up 3.1% on £5,470" per pupil
        return borrowed
    in_metres = _in_metres(article, start, passage, estimate)
    if in_metres is not None:  # "(1.88m)" of "6ft 2in (1.88m)": 1.88 metres, as extraction reads it
        return in_metres
    in_years = _aged(article, start, passage, estimate)
    if in_years is not None:  # "the median age rose to 41.6": 41.6 years
        return in_years
    scored = _scored(article, start, passage, estimate)
    if scored is not None:  # "a 12-point lead" at half-time: points scored, as the article reads them
        return scored
    before = _read_with_words_before(article, start, passage, estimate) if related else None
    if before is not None:  # "40%" of "fell sharply, by 40%": 40% less; "(8cm) taller": 8cm taller
        return before
    # only words that can change a figure's reading send the reader on past the quote
    clause = article[start : _clause_end(article, end)] if _CONTEXT_AFTER.match(article, end) else passage
    try:
        meant = parse_quantity(clause) if len(clause) > len(passage) else estimate
    except ParseError:  # pragma: no cover - the clause holds the quote's figure
        meant = estimate
    relative = meant.relation in ("ratio", "difference") and estimate.relation not in ("ratio", "difference")
    # the same figure: where the quote's figure stands, or inside words the clause reads whole around it
    # ("cutting 33 minutes" of "cutting 33 minutes off": the quote alone reads no change)
    at, inside = clause.find(meant.text), meant.text.find(estimate.text)
    same = at == passage.find(estimate.text) or (inside >= 0 and at + inside == passage.find(estimate.text))
    if not same or (relative and not related):
        meant = estimate  # another figure, or a relation the claim does not state: the quote's reading
    elif meant.kind == "range" and len(meant.text) > len(passage) and _no_range(article, start, estimate):
        meant = estimate  # "by 2,200" of "rose by 2,200 to 64,300": a change and a level, no range
    for words in (meant.text, estimate.text, passage):
        if _reads_alike(words, meant):
            return words
    for stop in _WORD_ENDS.finditer(clause, len(passage)):  # the quote and as few words after it as it takes
        words = clause[: stop.end()].rstrip(",;:")
        if _reads_alike(words, meant):
            return words
    return clause  # pragma: no cover - the clause reads as itself


def _read_with_words_before(article: str, start: int, passage: str, estimate: Estimate) -> str | None:
    """The article's words that make the quote's figure a change or a comparison, or None.

    A quote's own words may leave out what makes its figure relative: "40%" of "Sales fell sharply, by
    40%" is 40% less, "£83 a month" of "Rents rose by £83 a month" £83 a month more, "(8cm) taller" of
    "3in (8cm) taller than" a difference of 8cm. The figure is read as extraction reads it in its clause;
    where that makes it a ratio or a difference that the quote alone does not make, the value is the
    article's words of that expression (from the change's words to the figure's end), or, for a
    conversion in brackets inside it, the converted figure and the comparison after the brackets.
    """
    if estimate.relation in ("ratio", "difference"):
        return None
    figure = _figure_at(start, passage, estimate)
    opened = _clause_start(article, figure)
    match = _expression_at(article, figure, opened, _clause_end(article, start + len(passage)))
    if match is None or match.estimate.relation not in ("ratio", "difference") or match.then is not None:
        return None
    first, last = opened + match.start, opened + match.end
    if first == figure:
        return None  # the words after the figure relate it: read with the quote's clause (below)
    if not _DIGIT.search(article, first, figure):
        words = article[first:last]  # "fell sharply, by 40%"
        return words if _reads_alike(words, match.estimate) else None
    closing = _CONVERSION_END.match(article, figure + len(estimate.text), last)
    if closing is None or article[figure - 1 : figure] != "(":
        return None
    # "3in (8cm) taller than": the conversion compared as the figure it converts is
    words = f"{estimate.text} {article[closing.end() : last]}"
    try:
        read = parse_quantity(words)
    except ParseError:  # pragma: no cover - a figure and a comparison
        return None
    same_way = (read.lo > 0) == (match.estimate.lo > 0)
    related = read.relation == match.estimate.relation and read.unit == estimate.unit
    return words if related and same_way and read.text == words else None


_DIGIT: Final = re.compile(r"[0-9]")
#: The end of a conversion in brackets after its figure: ")" and the space after it.
_CONVERSION_END: Final = re.compile(r"\)\s*")


def _past_year(passage: str, estimate: Estimate) -> int:
    """Where the quote's first figure is, past a year or a name that comes first, or 0.

    A quote's figure is its first, but a year is no figure ("(2023: £38.7m)", "in 2010, 1.2 million"),
    nor are the digits of a name ("PM2.5 levels reached 40", "COVID-19 deaths rose to 300", "the A380
    carried 500", "Section 21 notices"): where extraction reads the first as one of those and a figure
    follows it in the quote, that figure is the claim's.
    """
    text = estimate.text
    if estimate.unit or estimate.relation != "amount" or not _PLAIN_DIGITS.fullmatch(text):
        return 0
    at = passage.find(text)
    year = len(text) == _YEAR_DIGITS and text.isdigit()
    if not year and not _NAME_BEFORE.search(passage, 0, at):
        return 0  # only a year, or digits glued to a name or after a capitalised word, may be no figure
    # extraction costs an import `claimcheck check` otherwise never pays: only a quote led so needs it
    from claimcheck.mentions import extract  # noqa: PLC0415

    mentions = extract(passage)
    if not mentions or mentions[0].kind in ("count", "change", "table"):
        return 0
    if not mentions[0].start <= at < mentions[0].end:
        return 0
    after = next((m for m in mentions[1:] if m.estimate is not None and m.kind in ("count", "change")), None)
    return 0 if after is None else after.start


#: A figure of plain digits, as a year's or a name's are ("2010", "19", "2.5").
_PLAIN_DIGITS: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_YEAR_DIGITS: Final = 4
#: What may make digits part of a name: letters or a hyphen right before them ("PM2.5", "COVID-19",
#: "A380", "F-16"), or a capitalised word and a space ("Section 21", "Article 50").
_NAME_BEFORE: Final = re.compile(r"(?:[^\W\d_]|[^\W\d_][-–]|\b[A-Z][\w&.]*[ \u00a0])\Z")


#: The most words before a quote that may make its figure a lead in points ("a lead of" "six points").
_LEAD_REACH: Final = 4
_LAST_WORD: Final = re.compile(r"\S+[ \t\n]+$")


def _led(article: str, start: int, passage: str, estimate: Estimate) -> str | None:
    """The quote with as few words before it as make its figure a lead in points, or None.

    "six points" quoted from "a lead of six points" reads alone as a count; with "lead of" it is a
    difference of shares in percentage points, as the article says; so is "3.2%" of "a swing of 3.2%".
    Points after the change of a percentage before them ("41%, down 3 points") are written as percentage
    points ("down 3 percentage points"), as the figure before is no part of the value.
    """
    # "3 points", and "down 3 points", a difference in points of no percentage until the words before
    plain = estimate.relation in ("amount", "difference") and estimate.unit == ""
    if not plain and (estimate.relation, estimate.unit) != ("share", "percent"):
        return None
    begin = start
    for _ in range(_LEAD_REACH):
        found = _LAST_WORD.search(article, max(0, begin - _CLAUSE_REACH), begin)
        if found is None or any(stop in found.group() for stop in ".;:!?"):
            return None
        begin = found.start()
        words = article[begin : start + len(passage)]
        try:
            wider = parse_quantity(words)
        except ParseError:  # pragma: no cover - the words hold the quote's figure
            return None
        if wider.text == passage and (wider.relation, wider.unit) == ("difference", "percent"):
            return words
        pointed = _pointed(words, passage) if plain and wider.text != words[: len(wider.text)] else None
        if pointed is not None:
            return pointed
    return None


def _pointed(words: str, passage: str) -> str | None:
    """The last figure of ``words``, ending with the quote, as percentage points where it reads so, or None.

    "41%, down 3 points": the quote "3 points" or "down 3 points" is "down 3 percentage points".
    """
    last = list(scan(words))[-1:]
    if not last or not last[0].estimate.text.endswith(passage):
        return None
    read = last[0].estimate
    if (read.relation, read.unit) != ("difference", "percent"):
        return None
    value = _LAST_POINTS.sub("percentage points", read.text)
    try:
        again = parse_quantity(value)
    except ParseError:  # pragma: no cover - the words read as a figure in the article
        return None
    same = (again.interval, again.relation, again.unit) == (read.interval, read.relation, read.unit)
    return value if same else None


#: The last "point" or "points" of a figure's words.
_LAST_POINTS: Final = re.compile(r"\bpoints?\b(?!.*\bpoints?\b)", re.DOTALL)


def _restated(article: str, start: int, passage: str, estimate: Estimate) -> str | None:
    """The quote's figure as the change it restates, or None: "9% more" for "rose by 4,300, or 9%".

    A percentage after a change and ", or" (or in brackets) is that change in per cent of the figure
    before, never a share of anything, and an amount after a change in per cent the change in its unit
    ("rose 9%, or 4,300" is 4,300 more), never a count of its own: the value says so ("9% more", "6.6%
    less", "4,300 more"); extraction reads the figure the same way (``relations.restating``).
    """
    if restating(estimate, 1) is None:
        return None
    figure = _figure_at(start, passage, estimate)
    before = article[_clause_start(article, figure) : figure]
    changes = list(scan(before))
    if not changes or not RESTATING.fullmatch(before, changes[-1].end):
        return None  # no figure right before the ", or": nothing it restates
    closed = _CLOSED.match(article, figure + len(estimate.text))
    if before[changes[-1].end :].rstrip().endswith("(") and not closed:
        return None  # "rose by 20 (12 of them children)": a count of its own
    at = len(changes) - 1
    lead, base = changes[at - 1], changes[at]
    printed, gap = before[lead.start : lead.end], before[lead.end : base.start]
    if at and lead.then is None and based_on(lead.estimate, printed, gap, base.estimate):
        at -= 1  # "up 5.2 percent from $3.43, or 18 cents": the rise again, past its base
    last = changes[at]
    direction = change_direction(last.estimate, last.then, last.printed)
    relative = last.then is None and last.estimate.relation == "ratio"
    words = restating(estimate, direction, relative=relative)
    if words is None or last.then is not None:
        return words
    change = restated(estimate, direction, relative=relative)
    found = unit_before([match.estimate for match in changes], at)
    rate = None if found is None else changes[found]
    if change is None or rate is None or rate_changed(rate.estimate, change) is None:
        return words
    # "$3.61 a gallon, up 5.2 percent, or 18 cents": 18 cents a gallon more (``relations.rate_changed``)
    return rate_change_words(before[rate.start : rate.end], estimate.text, direction) or words


def _rate_change(article: str, start: int, passage: str, estimate: Estimate) -> str | None:
    """The quote's difference right after a rate as a change of the rate, or None.

    "4p a litre less" for "down 4p" of "151.3p a litre, down 4p on May", as extraction reads it
    (``relations.rate_changed``).
    """
    if estimate.relation != "difference" or not estimate.unit:
        return None
    figure = _figure_at(start, passage, estimate)
    before = article[_clause_start(article, figure) : figure]
    rates = list(scan(before))
    if not rates or not RATE_CHANGE_GAP.fullmatch(before, rates[-1].end):
        return None
    rate = rates[-1]
    if rate_changed(rate.estimate, estimate) is None:
        return None
    direction = 1 if estimate.lo > 0 else -1
    return rate_change_words(before[rate.start : rate.end], _amount_words(estimate.text), direction)


def _valued(article: str, start: int, passage: str, estimate: Estimate) -> str | None:
    """The quote's change of no way of its own as its clause reads it ("£1.5bn less"), or None.

    "improved by £1.5bn" alone may be a rise or a fall; of "The deficit improved by £1.5bn" it is a fall,
    as extraction reads it (``words.VALUED_CHANGES``): the value says so ("£1.5bn less").
    """
    if estimate.relation not in ("difference", "ratio") or change_direction(estimate, None, estimate):
        return None
    figure = _figure_at(start, passage, estimate)
    opened = _clause_start(article, figure)
    match = _expression_at(article, figure, opened, _clause_end(article, start + len(passage)))
    if match is None:
        return None
    way = change_direction(match.estimate, None, match.printed or match.estimate)
    if not way:
        return None
    words = f"{_amount_words(match.estimate.text)} {'more' if way > 0 else 'less'}"
    return words if _reads_alike(words, match.estimate) else None


def _amount_words(text: str) -> str:
    """A change's words without the change's own: "about 4p" of "down about 4p", "£2m" of "a fall of £2m".

    ("£1.5bn" of "£1.5bn improvement" too.)
    """
    words = text.split(" ")
    while len(words) > 1 and (words[0].lower() in _CHANGE_WORDS or words[0].lower().endswith("ly")):
        words = words[1:]
    if len(words) > 1 and words[-1].lower() in lex.VALUED_NOUNS:
        words = words[:-1]  # "£1.5bn" of "£1.5bn improvement"
    return " ".join(words)


#: Every word of a change's phrases, and "by": what :func:`_amount_words` takes off a change's words.
_CHANGE_WORDS: Final = frozenset(
    {word for phrases in CHANGE_INDEX.values() for words in phrases for word in words} | {"by"}
)


_CLOSED: Final = re.compile(r"\s*\)")


def _reestimated(article: str, start: int, passage: str, estimate: Estimate) -> str | None:
    """The quote's figure as another estimate of the change before it in its sentence, or None.

    "The economy grew 0.4%, revising up its first estimate of 0.2%": the quote "first estimate of 0.2%" is
    "0.2% more", the change as first estimated, as extraction reads it (``relations.estimate_of_change``):
    the change is the nearest one before the figure in its sentence.
    """
    if restating(estimate, 1) is None:
        return None
    figure = _figure_at(start, passage, estimate)
    if not estimate_of_change(article, figure, estimate):
        return None
    low = max(0, figure - _SENTENCE_REACH)
    stops = [found.end() for found in _SENTENCE_STOP.finditer(article, low, figure)]
    opened = stops[-1] if stops else low
    for match in reversed(list(scan(article[opened:figure]))):
        if match.then is not None:
            return None  # a change from one level to another: a forecast of a level
        if match.estimate.relation != "amount":
            words = article[opened + match.start : opened + match.end]
            direction = estimated_change(match.estimate, match.printed, estimate, words)
            return restating(estimate, direction) if direction else None
    return None


#: How far back the sentence of a quote is looked for, in characters.
_SENTENCE_REACH: Final = 400


def _borrowed(article: str, start: int, passage: str, estimate: Estimate, *, related: bool) -> str | None:
    """The quote's bare figure with the unit of the figure it is compared with, or None.

    "fell to 3.1 per cent from 3.4": the quote "3.4" is "3.4 per cent", as extraction reads it
    (``relations.borrowed``): the figure right before it in its clause has a unit, the words between
    join the two in one change or comparison, and the quote's figure counts no thing of its own. A
    claim with ``of`` reads a comparative after a margin too: "12" of "£40, 12 cheaper than" is "£12
    cheaper than".
    """
    if estimate.unit or estimate.relation != "amount":
        return None
    figure = _figure_at(start, passage, estimate)
    opened = _clause_start(article, figure)
    before = list(scan(article[opened:figure]))
    end = figure + len(estimate.text)
    how = compared(article, opened + before[-1].end, figure, end) if before else None
    lead = before[-1] if before else None
    if how is None or lead is None or lead.then is not None:
        return None
    if lead.estimate.relation == "ratio" and not related:
        return None  # "against 6.9 times" is a multiple: a claim without of keeps a plain figure plain
    if own_noun_after(article, end) is not None and not times_after(article, end):
        return None  # "£40 from 3 donors"; "against 6.9 times in 2002" after a multiple is one too
    printed = article[opened + lead.start : opened + lead.end]
    after = comparative_after(article, end) if how == "margin" and related else ""
    found = borrowed(lead.estimate, printed, estimate, parse_quantity, near=how == "change", after=after)
    return None if found is None else found.text


def _elided(article: str, start: int, passage: str, estimate: Estimate) -> str | None:
    """The quote's bare figure in the measure of the figures before it where its noun is left out, or None.

    "350 tonnes of aid ... 200 tonnes ... when 100 were sent": the quote "100" is "100 tonnes", as
    extraction reads it (``relations.elided``): the figures within ``ELIDED_REACH`` characters before
    it, in its paragraph.
    """
    if estimate.unit or estimate.relation != "amount":
        return None
    figure = _figure_at(start, passage, estimate)
    end = figure + len(estimate.text)
    if own_noun_after(article, end) is not None:
        return None
    low = max(0, figure - ELIDED_REACH)
    breaks = [found.end() for found in _PARAGRAPH.finditer(article, low, figure)]
    opened = breaks[-1] if breaks else low
    before = article[opened:figure]
    leads = [(match.estimate, before[match.start : match.end]) for match in reversed(list(scan(before)))]
    found = elided(article, end, estimate, leads, parse_quantity)
    return None if found is None else found.text


def _in_metres(article: str, start: int, passage: str, estimate: Estimate) -> str | None:
    """The quote's "1.88m" in metres where the article reads it so, or None.

    "m" after a figure is million unless the words around it say a length is meant ("6ft 2in (1.88m)",
    "a 12m wall"); those words may stand outside the quote, so its figure is read in its clause.
    """
    if estimate.unit or not estimate.text.lower().endswith("m"):
        return None
    figure = _figure_at(start, passage, estimate)
    opened = _clause_start(article, figure)
    match = _expression_at(article, figure, opened, _clause_end(article, figure + len(estimate.text)))
    if match is None or match.estimate.unit != "meter" or not match.estimate.text.endswith(estimate.text):
        return None
    return estimate.text[:-1].rstrip() + " metres"


def _rebased(article: str, start: int, passage: str, estimate: Estimate) -> str | None:
    """The quote's figure per what the rate before the change measured from it is per, or None.

    "£5,640 per pupil, up 3.1% on this year's £5,470": the quote "£5,470" is "£5,470 per pupil", as
    extraction reads it (``relations.rebased``).
    """
    if not estimate.unit or estimate.relation != "amount":
        return None
    figure = _figure_at(start, passage, estimate)
    opened = _clause_start(article, figure)
    before = list(scan(article[opened:figure]))
    if before and " / " in before[-1].estimate.unit and before[-1].estimate.relation == "amount":
        rate = before[-1]  # the level of "rose 7.8% to £1,150 a month from £1,067"
        if own_noun_after(article, figure + len(estimate.text)) is not None:
            return None  # "£40 a week from £35 donors" counts donors
        printed, gap = article[opened + rate.start : opened + rate.end], article[opened + rate.end : figure]
        found = rate_from(rate.estimate, printed, gap, estimate, read=parse_quantity)
        return None if found is None else found.text
    if len(before) < 2 or before[-1].estimate.relation not in ("ratio", "difference"):
        return None
    change = before[-1]
    for lead in before[-2 : -2 - REBASING_BACK : -1]:
        if lead.estimate.unit:
            printed = article[opened + lead.start : opened + lead.end]
            words = article[opened + change.start : opened + change.end]
            gap = article[opened + change.end : figure]
            found = rebased(lead.estimate, printed, words, gap, estimate, read=parse_quantity)
            return None if found is None else found.text
    return None


def _aged(article: str, start: int, passage: str, estimate: Estimate) -> str | None:
    """The quote's bare figure in years after the name of an age statistic, as extraction reads it, or None.

    "the median age rose to 41.6": the quote "to 41.6" is "41.6 years" (``relations.aged``).
    """
    figure = _figure_at(start, passage, estimate)
    end = figure + len(estimate.text)
    if estimate.unit or own_noun_after(article, end) is not None:
        return None
    return aged(article, figure, end, estimate)


#: The most words before or after a quote that may make its lead in points one of a game, and how far
#: back the sentences that may name the game are looked for.
_GAME_REACH: Final = 12
_GAME_CONTEXT: Final = 1000
_SENTENCE_STOP: Final = re.compile(r"[.!?](?=\s)")
_PARAGRAPH: Final = re.compile(r"\n[ \t\r]*\n")


def _scored(article: str, start: int, passage: str, estimate: Estimate) -> str | None:
    """The quote with as few words after it, or else before it, as make its lead one in points scored.

    "a 12-point lead" alone is in percentage points; in "Boston led 58-46 at half-time, a 12-point lead"
    or "a 12-point lead at half-time" it is a lead in points scored, and the value takes in the words of
    the game (the parser decides which words those are). Where no words next to the quote do, but the
    article reads the lead so (the game is named earlier in its paragraph), the value is the quote and
    "(points scored)". None where the article reads percentage points.
    """
    if (estimate.relation, estimate.unit) != ("difference", "percent"):
        return None
    end = start + len(passage)
    clause = article[start : _clause_end(article, end)]
    stops = [stop.end() for stop in _WORD_ENDS.finditer(clause, len(passage))][:_GAME_REACH]
    wider_texts = [clause[:stop].rstrip(",;:") for stop in stops]
    begin = start
    for _ in range(_GAME_REACH):
        found = _LAST_WORD.search(article, max(0, begin - _CLAUSE_REACH), begin)
        if found is None or any(stop in found.group() for stop in ".;:!?"):
            break
        begin = found.start()
        wider_texts.append(article[begin:end])
    for words in sorted(wider_texts, key=len):
        try:
            wider = parse_quantity(words)
        except ParseError:  # pragma: no cover - the words hold the quote's figure
            continue
        if wider.text == estimate.text and (wider.relation, wider.unit) == ("difference", ""):
            return words
    # the game is named further away ("top of the table on 74 points, five points clear"): the article
    # reads points scored, and the value says so after the quote's own words
    figure = _figure_at(start, passage, estimate)
    low = max(0, figure - _GAME_CONTEXT)
    breaks = [found.end() for found in _PARAGRAPH.finditer(article, low, figure)]
    first = _SENTENCE_STOP.search(article, low, figure) if low else None
    # the lead's paragraph up to it, as the parser looks (from a sentence's start where it is long)
    opened = breaks[-1] if breaks else (first.end() if first is not None else low)
    match = _expression_at(article, figure, opened, _clause_end(article, end))
    read = None if match is None else match.estimate
    if read is not None and (read.relation, read.unit) == ("difference", "") and read.text == estimate.text:
        return f"{passage} (points scored)"
    return None


def _alternatives(*tables: Iterable[str]) -> str:
    """The words of ``tables`` as a regular expression's alternatives ("cheaper|colder|more|...")."""
    return "|".join(sorted({re.escape(word) for table in tables for word in table}))


#: Where a quote's clause ends: a stop, a semicolon or a colon before a space, or a blank line.
_CLAUSE_END: Final = re.compile(r"[.!?;:](?=\s|$)|\n\s*\n")
_WORD_ENDS: Final = re.compile(r"\S+")
#: The words after a quote that may make its figure another one: a rate, points, a comparison, a range or
#: a bound ("a week", "points to 4.4%", "points from 68.5%", "points, to 11%", "below the average", "to
#: 500", "or more").
#: A figure's comparatives ("more", "taller", "cheaper", "slower", "colder"), a rate's first words ("a
#: week", "per head", "daily"), "above" and "below", points and the words of a lead ("6 pts ahead",
#: "trailing by"), and the rises and falls named after money or a percentage ("a 10% rise", "an 8.6%
#: real-terms cut"): the reader's own tables. A conversion in brackets
#: may stand before a comparative ("3in (8cm) taller than").
_COMPARED: Final = _alternatives(
    lex.COMPARATIVES, lex.PRICE_COMPARATIVES, lex.PACE_COMPARATIVES, lex.TEMPERATURE_COMPARATIVES
)
_READ_ON: Final = _alternatives(
    lex.COMPARATIVES,
    lex.PRICE_COMPARATIVES,
    lex.PACE_COMPARATIVES,
    lex.TEMPERATURE_COMPARATIVES,
    lex.RATE_OPENERS - {"/"},
    lex.RATE_ADVERBS,
    lex.ABOVE_BELOW,
    lex.POINT_WORDS,
    lex.LEAD_WORDS,
    lex.SWINGS,
)
_CONTEXT_AFTER: Final = re.compile(
    r"[ \t\n]*(?:,[ \t\n]*(?:to|from|on|at)\b"  # "points, to 11%"
    r"|(?:\([^()\n]{1,40}\)[ \t\n]*(?=(?:" + _COMPARED + r")\b))?"
    r"(?:percentage|basis|bps?|times|" + _READ_ON + r"|"
    r"to|from|at|on|since|than|or|and|as|plus|off|"
    r"for[ \t\n]+(?:each|every)|"
    # a change after money or a percentage: "a 10% rise", "an 8.6% real-terms cut"
    r"(?:[a-z]+[ \t\n]+){0,2}(?:" + _alternatives(lex.CHANGE_NOUNS) + r")"
    r"|real|year|month|quarter|like|inflation)\b"
    r"|[-–—/%+±])",
    re.IGNORECASE,
)
#: The most characters a quote's clause reaches past the quote.
_CLAUSE_REACH: Final = 200


def _clause_end(article: str, end: int) -> int:
    found = _CLAUSE_END.search(article, end, min(len(article), end + _CLAUSE_REACH))
    return found.start() if found else min(len(article), end + _CLAUSE_REACH)


def _clause_start(article: str, figure: int) -> int:
    """Where the clause holding the figure at ``figure`` starts (the mirror of ``_clause_end``).

    After the last clause end before it, at most ``_CLAUSE_REACH`` characters back.
    """
    low = max(0, figure - _CLAUSE_REACH)
    stops = [found.end() for found in _CLAUSE_END.finditer(article, low, figure)]
    return stops[-1] if stops else low


def _no_range(article: str, start: int, estimate: Estimate) -> bool:
    """Whether the article reads the quote's figure as no range, with the words of its clause before it.

    "by 2,200 to 64,300" alone is a range; "rose by 2,200 to 64,300" is a change and the level it
    reached, and the quote "by 2,200" is read as the article reads it.
    """
    figure = start + max(0, article[start:].find(estimate.text))
    opened = _clause_start(article, figure)
    match = _expression_at(article, figure, opened, _clause_end(article, figure + len(estimate.text)))
    return match is not None and match.estimate.kind != "range"


def _figure_at(start: int, passage: str, estimate: Estimate) -> int:
    """Where in the article the quote's figure (``estimate``) stands, for a quote that starts at ``start``."""
    return start + max(0, passage.find(estimate.text))


def _expression_at(article: str, figure: int, opened: int, stop: int) -> Match | None:
    """The expression the article reads around the figure at ``figure``, as scanned from ``opened``.

    The words from ``opened`` to ``stop`` (a clause or a paragraph around the figure) are read as
    extraction reads them, and the expression that holds the figure is returned (its offsets from
    ``opened``), or None where no expression holds it.
    """
    for match in scan(article[opened:stop]):
        if match.start + opened <= figure < match.end + opened:
            return match
        if match.start + opened > figure:
            break
    return None


def _reads_alike(text: str, estimate: Estimate) -> bool:
    try:
        alone = parse_quantity(text)
    except ParseError:
        return False
    read = (alone.interval, alone.unit, alone.relation)
    return read == (estimate.interval, estimate.unit, estimate.relation)


def _check_value(reader: TableReader, index: int, value: str) -> None:
    try:
        parse_quantity(value)
    except ClaimcheckError as err:
        raise reader.fail("claim", index, "value", str(err), rule="invalid-value") from None


def _accepts(reader: TableReader, ids: set[str]) -> tuple[Accept, ...]:
    accepts: list[Accept] = []
    for index, entry in enumerate(reader.entries("accept", _ACCEPT_KEYS)):
        names = reader.names("accept", index, entry, "claims")
        for name in names:
            if normalize_name(name) not in ids:
                reason = f"{quoted(name)} names no claim of this file"
                raise reader.fail("accept", index, "claims", reason, rule="unknown-claim")
        why = reader.text("accept", index, entry, "reason", required=True)
        location = Location(reader.path, reader.entry_line("accept", index))
        accepts.append(Accept(tuple(names), str(why), location))
    return tuple(accepts)
