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
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, final

import attrs

from claimcheck._quotes import closest_passage, find_quote
from claimcheck._toml_lines import TomlLines
from claimcheck.claims import Claim, normalize_name
from claimcheck.engine import check
from claimcheck.errors import ClaimcheckError, ClaimsFileError, ParseError
from claimcheck.hierarchy import Hierarchy
from claimcheck.parse import parse_quantity
from claimcheck.report import ErrorFinding

if TYPE_CHECKING:
    from collections.abc import Mapping

    from claimcheck.policy import Policy
    from claimcheck.report import Report

__all__ = ["Accept", "ClaimsFile", "Location", "check_file", "load"]

_TOP_KEYS: Final = frozenset({"article", "claim", "partition", "subset", "accept"})
_CLAIM_KEYS: Final = frozenset(
    {"id", "quote", "prefix", "suffix", "value", "subject", "scope", "source", "of", "exact"}
)
_PARTITION_KEYS: Final = frozenset({"facet", "whole", "parts"})
_SUBSET_KEYS: Final = frozenset({"facet", "part", "of"})
_ACCEPT_KEYS: Final = frozenset({"claims", "reason"})


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
    """

    path: Path
    claims: tuple[Claim, ...]
    hierarchy: Hierarchy = attrs.field(eq=False)
    accepts: tuple[Accept, ...] = ()
    article: Path | None = None
    article_text: str | None = attrs.field(default=None, repr=False)
    locations: Mapping[str, Location] = attrs.field(factory=lambda: MappingProxyType({}))
    changed: Mapping[str, str] = attrs.field(factory=lambda: MappingProxyType({}))


class _Reader:
    """Reads one claims file, turning every fault into a ClaimsFileError that names file and line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.source = path.read_text(encoding="utf-8")
        except FileNotFoundError as err:
            raise ClaimsFileError(path, None, None, "no such claims file", rule="file-not-found") from err
        except (OSError, UnicodeDecodeError) as err:
            raise ClaimsFileError(
                path, None, None, f"cannot read the file: {err}", rule="unreadable-file"
            ) from err
        try:
            self.data: dict[str, Any] = tomllib.loads(self.source)
        except tomllib.TOMLDecodeError as err:
            at_line = re.search(r"line (\d+)", str(err))
            line = int(at_line.group(1)) if at_line else None
            raise ClaimsFileError(path, line, None, f"not valid TOML: {err}", rule="invalid-toml") from err
        self.lines = TomlLines.read(self.source)

    def fail(
        self, table: str | None, index: int, key: str | None, reason: str, *, rule: str
    ) -> ClaimsFileError:
        """The error for ``key`` of the ``index``-th ``[[table]]`` entry (or the top, or the entry)."""
        line = (
            self.lines.key(table, index, key)
            if key is not None
            else (self.lines.entry(table, index) if table is not None else None)
        )
        field = _field(table, index, key, self._id(table, index))
        return ClaimsFileError(self.path, line, field, reason, rule=rule)

    def _id(self, table: str | None, index: int) -> str | None:
        if table != "claim":
            return None
        entry = self.data["claim"][index]
        return entry.get("id") if isinstance(entry.get("id"), str) else None

    def entries(self, table: str, allowed: frozenset[str]) -> list[dict[str, Any]]:
        value = self.data.get(table, [])
        if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
            raise self.fail(
                None, 0, table, f"'{table}' must be written as [[{table}]] tables", rule="invalid-field"
            )
        for index, entry in enumerate(value):
            for key in entry:
                if key not in allowed:
                    known = ", ".join(sorted(allowed))
                    raise self.fail(
                        table, index, key, f"unknown key {key!r} (known keys: {known})", rule="unknown-key"
                    )
        return value

    def text(self, table: str, index: int, entry: dict[str, Any], key: str, *, required: bool) -> str | None:
        value = entry.get(key)
        if value is None:
            if required:
                raise self.fail(table, index, None, f"the key {key!r} is missing", rule="invalid-field")
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(
                table, index, key, f"{key!r} must be non-empty text, not {value!r}", rule="invalid-field"
            )
        return value

    def names(self, table: str, index: int, entry: dict[str, Any], key: str) -> list[str]:
        value = entry.get(key)
        if value is None:
            raise self.fail(table, index, None, f"the key {key!r} is missing", rule="invalid-field")
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise self.fail(
                table, index, key, f"{key!r} must be a list of names, not {value!r}", rule="invalid-field"
            )
        return value


def _field(table: str | None, index: int, key: str | None, claim_id: str | None) -> str | None:
    if table is None:
        return key
    entry = f"{table} {claim_id!r}" if claim_id else f"{table} #{index + 1}"
    return f"{entry}, {key}" if key else entry


def load(path: str | Path) -> ClaimsFile:
    """Read a claims file, its article and its quotes.

    Args:
        path: the ``.claims.toml`` file.

    Returns:
        The claims, hierarchy, acknowledgements and article, with each claim's location.

    Raises:
        ClaimsFileError: the file, or the article it names, cannot be used; the message names the file,
            the line and the field at fault.
    """
    reader = _Reader(Path(path))
    for key in reader.data:
        if key not in _TOP_KEYS:
            known = ", ".join(sorted(_TOP_KEYS))
            raise reader.fail(None, 0, key, f"unknown key {key!r} (known keys: {known})", rule="unknown-key")
    article, article_text = _article(reader)
    hierarchy = _hierarchy(reader)
    claims, locations, changed = _claims(reader, article, article_text)
    accepts = _accepts(reader, {normalize_name(claim.id or "") for claim in claims})
    return ClaimsFile(
        reader.path,
        claims,
        hierarchy,
        accepts,
        article,
        article_text,
        MappingProxyType(locations),
        MappingProxyType(changed),
    )


def _article(reader: _Reader) -> tuple[Path | None, str | None]:
    name = reader.data.get("article")
    if name is None:
        return None, None
    if not isinstance(name, str) or not name.strip():
        raise reader.fail(
            None, 0, "article", f"'article' must be a file name, not {name!r}", rule="invalid-field"
        )
    article = reader.path.parent / name
    try:
        return article, article.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise reader.fail(
            None, 0, "article", f"the article {str(article)!r} does not exist", rule="article-not-found"
        ) from err
    except (OSError, UnicodeDecodeError) as err:
        raise reader.fail(
            None, 0, "article", f"cannot read the article: {err}", rule="unreadable-file"
        ) from err


def _hierarchy(reader: _Reader) -> Hierarchy:
    hierarchy = Hierarchy()
    for index, entry in enumerate(reader.entries("partition", _PARTITION_KEYS)):
        facet = reader.text("partition", index, entry, "facet", required=True)
        whole = reader.text("partition", index, entry, "whole", required=True)
        parts = reader.names("partition", index, entry, "parts")
        try:
            hierarchy.partition(str(facet), str(whole), parts)
        except ClaimcheckError as err:
            raise reader.fail("partition", index, None, str(err), rule="invalid-hierarchy") from err
    for index, entry in enumerate(reader.entries("subset", _SUBSET_KEYS)):
        facet = reader.text("subset", index, entry, "facet", required=True)
        part = reader.text("subset", index, entry, "part", required=True)
        whole = reader.text("subset", index, entry, "of", required=True)
        try:
            hierarchy.subset(str(facet), str(part), of=str(whole))
        except ClaimcheckError as err:
            raise reader.fail("subset", index, None, str(err), rule="invalid-hierarchy") from err
    return hierarchy


def _claims(
    reader: _Reader, article: Path | None, article_text: str | None
) -> tuple[tuple[Claim, ...], dict[str, Location], dict[str, str]]:
    entries = reader.entries("claim", _CLAIM_KEYS)
    claims: list[Claim] = []
    locations: dict[str, Location] = {}
    changed: dict[str, str] = {}
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        claim_id = reader.text("claim", index, entry, "id", required=False) or f"c{index + 1}"
        key = normalize_name(claim_id)
        if key in seen:
            reason = f"the id {claim_id!r} is used by claim #{seen[key] + 1} too"
            raise reader.fail("claim", index, "id", reason, rule="duplicate-id")
        seen[key] = index
        subject = reader.text("claim", index, entry, "subject", required=True)
        value = reader.text("claim", index, entry, "value", required=False)
        quote = reader.text("claim", index, entry, "quote", required=False)
        if value is None and quote is None:
            raise reader.fail(
                "claim",
                index,
                None,
                "a claim needs a 'quote' from the article or a 'value'",
                rule="missing-value",
            )
        location = Location(reader.path, reader.lines.entry("claim", index) or 1)
        if quote is not None:
            passage_text, location, renumbered = _locate(
                reader, index, entry, quote, article=article, article_text=article_text
            )
            if renumbered:
                changed[claim_id] = passage_text
            if value is None:
                value = _value_of_quote(reader, index, passage_text)
        if entry.get("value") is not None:  # a quote's own value was read from the article above
            _check_value(reader, index, str(value))
        scope = entry.get("scope")
        if scope is not None and (
            not isinstance(scope, dict) or not all(isinstance(v, str) for v in scope.values())
        ):
            raise reader.fail(
                "claim",
                index,
                "scope",
                f"'scope' must map facets to names, not {scope!r}",
                rule="invalid-field",
            )
        exact = _flag(reader, index, entry, "exact")
        try:
            claim = Claim(
                str(value),
                str(subject),
                scope,
                of=reader.text("claim", index, entry, "of", required=False),
                id=claim_id,
                source=reader.text("claim", index, entry, "source", required=False),
                quote=quote,
                exact=exact,
            )
        except ClaimcheckError as err:
            raise reader.fail("claim", index, None, str(err), rule="invalid-claim") from err
        claims.append(claim)
        locations[claim_id] = location
    for index, claim in enumerate(claims):
        if claim.of is not None and normalize_name(claim.of) not in seen:
            raise reader.fail(
                "claim",
                index,
                "of",
                f"'of' names {claim.of!r}, but no claim has that id",
                rule="unknown-claim",
            )
    return tuple(claims), locations, changed


def _flag(reader: _Reader, index: int, entry: dict[str, Any], key: str) -> bool:
    """A claim's true/false key (``exact = true``); false when absent."""
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise reader.fail(
            "claim", index, key, f"{key!r} must be true or false, not {value!r}", rule="invalid-field"
        )
    return value


def _locate(
    reader: _Reader,
    index: int,
    entry: dict[str, Any],
    quote: str,
    *,
    article: Path | None,
    article_text: str | None,
) -> tuple[str, Location, bool]:
    """Find the claim's quote in the article.

    Returns the passage's own words, where it stands, and whether the article now states it with
    other numbers than the quote's.
    """
    if article is None or article_text is None:
        raise reader.fail(
            "claim",
            index,
            "quote",
            "a quote needs the file to name its 'article'",
            rule="quote-without-article",
        )
    prefix = reader.text("claim", index, entry, "prefix", required=False)
    suffix = reader.text("claim", index, entry, "suffix", required=False)
    found = find_quote(article_text, quote, prefix=prefix, suffix=suffix)
    renumbered = False
    if not found:
        # The article was corrected: the same words with new numbers. Read the new numbers.
        found = find_quote(article_text, quote, prefix=prefix, suffix=suffix, any_numbers=True)
        renumbered = len(found) == 1
    if not found:
        near = closest_passage(article_text, quote)
        hint = (
            f"; the closest passage is {article_text[near.start : near.end]!r} at line {near.line}"
            if near is not None
            else ""
        )
        narrowed = " with that prefix/suffix" if prefix or suffix else ""
        raise reader.fail(
            "claim",
            index,
            "quote",
            f"the article does not contain {quote!r}{narrowed}{hint}",
            rule="quote-not-found",
        )
    if len(found) > 1:
        lines = ", ".join(str(passage.line) for passage in found)
        raise reader.fail(
            "claim",
            index,
            "quote",
            f"{quote!r} occurs {len(found)} times in the article (lines {lines}); "
            "add a 'prefix' or 'suffix' with the words around the one you mean",
            rule="quote-ambiguous",
        )
    passage = found[0]
    location = Location(article, passage.line, passage.column)
    return article_text[passage.start : passage.end], location, renumbered


def _value_of_quote(reader: _Reader, index: int, passage: str) -> str:
    try:
        estimate = parse_quantity(passage)
    except ParseError as err:
        raise reader.fail(
            "claim", index, "quote", f"the quote {passage!r} states no number", rule="quote-without-number"
        ) from err
    return estimate.text


def _check_value(reader: _Reader, index: int, value: str) -> None:
    try:
        parse_quantity(value)
    except ParseError as err:
        raise reader.fail("claim", index, "value", str(err), rule="invalid-value") from err


def _accepts(reader: _Reader, ids: set[str]) -> tuple[Accept, ...]:
    accepts: list[Accept] = []
    for index, entry in enumerate(reader.entries("accept", _ACCEPT_KEYS)):
        names = reader.names("accept", index, entry, "claims")
        for name in names:
            if normalize_name(name) not in ids:
                raise reader.fail(
                    "accept", index, "claims", f"{name!r} names no claim of this file", rule="unknown-claim"
                )
        reason = reader.text("accept", index, entry, "reason", required=True)
        location = Location(reader.path, reader.lines.entry("accept", index) or 1)
        accepts.append(Accept(tuple(names), str(reason), location))
    return tuple(accepts)


def check_file(path: str | Path | ClaimsFile, *, policy: Policy | None = None) -> Report:
    """Check a claims file: its claims against each other, under its hierarchy.

    Conflicts that an ``[[accept]]`` entry covers (every claim of the conflict is among the entry's
    claims) are still reported, marked acknowledged with the entry's reason, and no longer make the
    report fail; an entry that covers no conflict is reported as an "unused-accept" warning.

    Args:
        path: the claims file, or one already loaded with :func:`load`.
        policy: how to read hedged and vague wording; :class:`~claimcheck.Policy` defaults if None.

    Raises:
        ClaimsFileError: the file cannot be used (see :func:`load`).
    """
    loaded = path if isinstance(path, ClaimsFile) else load(path)
    report = check(loaded.claims, loaded.hierarchy, policy=policy)
    conflicts = []
    used: set[int] = set()
    for conflict in report.conflicts:
        members = {normalize_name(claim_id) for claim_id in conflict.claims}
        for index, accept in enumerate(loaded.accepts):
            if members <= {normalize_name(claim_id) for claim_id in accept.claims}:
                conflict = attrs.evolve(conflict, acknowledged=accept.reason)  # noqa: PLW2901
                used.add(index)
                break
        conflicts.append(conflict)
    unused = [
        ErrorFinding(
            accept.claims,
            f"the acknowledged conflict of claims {', '.join(accept.claims)} no longer occurs: "
            "remove the [[accept]] entry, or check the claims it names",
            rule="unused-accept",
            severity="warning",
        )
        for index, accept in enumerate(loaded.accepts)
        if index not in used
    ]
    return attrs.evolve(report, conflicts=conflicts, warnings=[*report.warnings, *unused])
