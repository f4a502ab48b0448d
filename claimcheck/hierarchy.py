"""Hierarchies: which places, subjects or other facet values lie inside which.

A :class:`Hierarchy` is built by calls. ``partition`` says a whole is made of disjoint parts, so the parts'
values add up to the whole's; ``subset`` says a value lies inside another without saying what else does.
The subject is a facet like any other:

>>> h = Hierarchy()
>>> h.partition("place", "Iraq and Syria", ["Iraq", "Syria"])
>>> h.subset("subject", "fighters", of="members and supporters")
>>> sorted(h.ancestors("place", "Iraq"))
['iraq and syria']
>>> h.display("place", "IRAQ AND SYRIA")
'Iraq and Syria'
"""

from __future__ import annotations

import itertools
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, final

from claimcheck.claims import normalize_name
from claimcheck.errors import ModelError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = ["Hierarchy"]

Link = Literal["partition", "subset"]

#: Facets that name a time, a report date or a version by default: their values never add up (the
#: same subject in 2022 and 2023 is two readings of one figure, not two parts of a whole).
TIME_FACETS: frozenset[str] = frozenset(
    {
        "year",
        "years",
        "date",
        "day",
        "week",
        "month",
        "quarter",
        "time",
        "period",
        "as of",
        "as at",
        "reported",
        "report date",
        "reported on",
        "report",
        "estimate",
        "version",
        "edition",
        "update",
        "updated",
        "season",
        "fiscal year",
        "financial year",
    }
)

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


class _FacetRule:
    """What a ``facet`` declaration says: whether values add up, their order, whether figures only grow."""

    __slots__ = ("adds", "cumulative", "order", "whole")

    def __init__(
        self,
        adds: bool,  # noqa: FBT001
        order: tuple[str, ...] | None,
        cumulative: bool,  # noqa: FBT001
        whole: str | None = None,
    ) -> None:
        self.adds, self.order, self.cumulative, self.whole = adds, order, cumulative, whole

    def same(self, other: _FacetRule) -> bool:
        """Whether two declarations say the same."""
        return (self.adds, self.order, self.cumulative, self.whole) == (
            other.adds,
            other.order,
            other.cumulative,
            other.whole,
        )


def _natural_rank(value: str) -> tuple[int, object] | None:
    """Where a value sits in a natural order: a number (a year), an ISO date, a weekday or a month."""
    word = value.strip()
    for prefix in ("on ", "by ", "as of ", "in "):
        word = word.removeprefix(prefix)
    if word.replace(".", "", 1).isdigit():
        return (0, float(word))
    if len(word) == 10 and word[4] == "-" == word[7] and word.replace("-", "").isdigit():
        return (1, word)
    if word in _WEEKDAYS:
        return (2, _WEEKDAYS.index(word))
    if word in _MONTHS:
        return (3, _MONTHS.index(word))
    return None


def _name(kind: str, value: object) -> str:
    if not isinstance(value, str) or not normalize_name(value):
        raise ModelError(f"a hierarchy's {kind} must be non-empty text, not {value!r}")
    return normalize_name(value)


@final
class Hierarchy:
    """How the values of each facet nest: partitions (exhaustive, disjoint) and subsets.

    Names compare case- and space-insensitively, in declarations and lookups alike
    (``ancestors("Place", "IRAQ")`` finds what ``partition("place", "Iraq and Syria", ["Iraq", …])``
    declared); lookups return normalised names, and the first spelling given is the one reports use.
    A value may sit under several wholes (Iraq in "Iraq and Syria" and in "the Middle East"), but not
    under two parts of one partition, which are disjoint.

    Raises:
        ModelError: a declaration would make a value contain itself (the message names the cycle),
            or places a value under two parts of one partition.
    """

    def __init__(self) -> None:
        """Start with no facets."""
        self._parents: dict[str, dict[str, dict[str, Link]]] = {}
        self._partitions: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        self._children: dict[str, dict[str, set[str]]] = {}
        self._display: dict[tuple[str, str], str] = {}
        #: every spelling the declarations gave, and its normalised name: a lookup by a declared name
        #: (as the engine's, already normalised) is a dict lookup, not a normalisation
        self._keys: dict[str, str] = {}
        self._ancestors: dict[tuple[str, str], frozenset[str]] = {}
        self._signed: set[str] = set()
        self._facets: dict[str, _FacetRule] = {}

    def __repr__(self) -> str:
        """Show the number of declarations per facet."""
        counts = ", ".join(
            f"{facet}: {sum(len(p) for p in parents.values())}"
            for facet, parents in sorted(self._parents.items())
        )
        return f"Hierarchy({counts})"

    def partition(self, facet: str, whole: str, parts: Iterable[str]) -> None:
        """Declare that ``parts`` are disjoint and together make ``whole``.

        Args:
            facet: the facet the values belong to ("place", "subject", "year").
            whole: the value the parts make up.
            parts: one or more distinct values; their quantities add up to the whole's.

        Raises:
            ModelError: no parts, a part named twice, a cycle, or a part under two disjoint wholes.
        """
        key = _name("facet", facet)
        whole_key = self._remember(key, "whole", whole)
        if isinstance(parts, str):
            raise ModelError(f"the parts of {whole!r} must be a list of names, not one string")
        part_keys = tuple(self._remember(key, "part", part) for part in parts)
        if not part_keys:
            raise ModelError(f"a partition of {whole!r} needs at least one part")
        if len(set(part_keys)) != len(part_keys):
            raise ModelError(f"the partition of {whole!r} names a part twice: {list(parts)!r}")
        for part in part_keys:
            self._refuse_cycle(key, part, whole_key)
        partitions = self._partitions.setdefault(key, {}).setdefault(whole_key, [])
        if part_keys in partitions:
            return
        before = {part: self.parents(key, part) for part in part_keys}
        partitions.append(part_keys)
        for part in part_keys:
            self._link(key, part, whole_key, "partition")
        try:
            for part in part_keys:
                self._refuse_disjoint_wholes(key, part)
        except ModelError:
            partitions.remove(part_keys)
            for part in part_keys:
                self._restore(key, part, whole_key, before[part])
            raise

    def subset(self, facet: str, part: str, *, of: str) -> None:
        """Declare that ``part`` lies inside ``of``, so its quantity is at most the whole's.

        Raises:
            ModelError: a cycle, or a part under two disjoint wholes.
        """
        key = _name("facet", facet)
        whole_key = self._remember(key, "whole", of)
        part_key = self._remember(key, "part", part)
        self._refuse_cycle(key, part_key, whole_key)
        if whole_key not in self._parents.get(key, {}).get(part_key, {}):
            before = self.parents(key, part_key)
            self._link(key, part_key, whole_key, "subset")
            try:
                self._refuse_disjoint_wholes(key, part_key)
            except ModelError:
                self._restore(key, part_key, whole_key, before)
                raise

    def facet(
        self,
        name: str,
        *,
        adds: bool | None = None,
        order: Iterable[str] | None = None,
        cumulative: bool = False,
        whole: str | None = None,
    ) -> None:
        """Declare how a facet's values relate, and what a claim that leaves the facet out is about.

        Args:
            name: the facet ("year", "as of", "place").
            adds: whether the facet's values add up to a whole. A facet that does not add up (a year, a
                report date, a version) relates the same subject at two of its values in no way,
                unless it is cumulative: a claim that leaves it out is about no sum of its values,
                and its partitions and subsets are not sums. By default a facet named like a time
                (:data:`TIME_FACETS`) does not add up, and any other facet does.
            order: the facet's values from first to last, for a cumulative facet; by default numbers
                (years), ISO dates, weekdays and months sort in their natural order.
            cumulative: a figure only grows along the order (a death toll by day): "at least 120 by
                Tuesday" and "110 on Wednesday" conflict. A cumulative facet does not add up.
            whole: the value a claim that leaves the facet out is about. Without it, such a claim is
                about every value of the facet together, which may reach beyond the declared ones ("30,000
                fighters" worldwide beside those in "Iraq and Syria"). A poll's report says "51% overall"
                of the same respondents it splits by sex: ``whole="all respondents"`` makes that 51% a
                figure of the partition's whole, so it averages the shares of men and women.

        Raises:
            ModelError: a facet that adds up declared cumulative, an order naming a value twice, a
                subject facet given a whole, or a facet declared twice in different ways.
        """
        key = _name("facet", name)
        if not isinstance(cumulative, bool) or (adds is not None and not isinstance(adds, bool)):
            raise ModelError(f"the facet {name!r}: 'adds' and 'cumulative' must be true or false")
        if cumulative and adds:
            raise ModelError(f"the facet {name!r} cannot both add up and be cumulative")
        values: tuple[str, ...] | None = None
        if order is not None:
            if isinstance(order, str):
                raise ModelError(f"the order of {name!r} must be a list of values, not one string")
            values = tuple(self._remember(key, "value", value) for value in order)
            if len(set(values)) != len(values):
                raise ModelError(f"the order of {name!r} names a value twice: {list(order)!r}")
        if whole is not None and key == "subject":
            raise ModelError("every claim names its subject: the subject facet has no whole")
        rule = _FacetRule(
            adds=adds if adds is not None else (False if cumulative else key not in TIME_FACETS),
            order=values,
            cumulative=cumulative,
            whole=None if whole is None else self._remember(key, "whole", whole),
        )
        known = self._facets.get(key)
        if known is not None and not known.same(rule):
            raise ModelError(f"the facet {name!r} is declared twice, in different ways")
        self._facets[key] = rule

    def adds(self, facet: str) -> bool:
        """Whether a facet's values add up to wholes (normalised name); see :meth:`facet`."""
        rule = self._facets.get(facet)
        return rule.adds if rule is not None else facet not in TIME_FACETS

    @property
    def wholes(self) -> dict[str, str]:
        """Each facet declared with a whole, and that whole: what a claim leaving the facet out is about.

        >>> h = Hierarchy()
        >>> h.facet("Sex", whole="All respondents")
        >>> h.wholes
        {'sex': 'all respondents'}
        """
        return {facet: rule.whole for facet, rule in self._facets.items() if rule.whole is not None}

    def cumulative(self, facet: str) -> bool:
        """Whether a facet is declared cumulative: figures only grow along its order."""
        rule = self._facets.get(facet)
        return rule is not None and rule.cumulative

    def ordered(self, facet: str, values: Iterable[str]) -> list[str]:
        """Return ``values`` of a facet (normalised names) from first to last.

        Raises:
            ModelError: some value has no place in the declared order, or no natural one.
        """
        values = sorted(set(values))
        rule = self._facets.get(facet)
        if rule is not None and rule.order is not None:
            rank = {value: i for i, value in enumerate(rule.order)}
            missing = [value for value in values if value not in rank]
            if missing:
                raise ModelError(
                    f"the facet {facet!r} is cumulative, but its order does not "
                    f"name {', '.join(repr(self.display(facet, value)) for value in missing)}"
                )
            return sorted(values, key=rank.__getitem__)
        ranks = {value: _natural_rank(value) for value in values}
        kinds = {rank[0] for rank in ranks.values() if rank is not None}
        if any(rank is None for rank in ranks.values()) or len(kinds) > 1:
            unordered = [value for value, rank in ranks.items() if rank is None] or values
            raise ModelError(
                f"the facet {facet!r} is cumulative, but {', '.join(map(repr, unordered))} have no "
                "natural order: list the values first to last (order = [...])"
            )
        return sorted(values, key=lambda value: ranks[value] or (0, 0))

    def steps(self, facet: str, values: Iterable[str]) -> list[tuple[str, str]]:
        """Return the pairs of ``values`` of a cumulative facet that follow each other, earlier first.

        Each value is followed by the next in :meth:`ordered`, except for weekdays in no declared order:
        a week wraps, and the days a toll is reported on may run over a weekend ("since Friday" of a
        Tuesday is the Friday before). They are read around the week from the day after its longest gap
        between named days (Friday, Monday, Tuesday: the gap from Tuesday to Friday is three days, from
        Friday to Monday three too, so only Monday before Tuesday is certain); a day before a gap as long
        as the longest is followed by no day.

        >>> h = Hierarchy()
        >>> h.facet("day", cumulative=True)
        >>> h.steps("day", ["sunday", "saturday", "monday"])
        [('saturday', 'sunday'), ('sunday', 'monday')]
        >>> h.steps("day", ["friday", "monday", "tuesday"])
        [('monday', 'tuesday')]

        Raises:
            ModelError: some value has no place in the declared order, or no natural one.
        """
        ordered = self.ordered(facet, values)
        rule = self._facets.get(facet)
        if len(ordered) < 2 or (rule is not None and rule.order is not None) or ordered[0] not in _WEEKDAYS:
            return list(itertools.pairwise(ordered))
        days = [_WEEKDAYS.index(value) for value in ordered]  # in the week's order, Monday first
        gaps = [(days[(i + 1) % len(days)] - day) % 7 or 7 for i, day in enumerate(days)]
        longest = max(gaps)
        return [(ordered[i], ordered[(i + 1) % len(days)]) for i, gap in enumerate(gaps) if gap < longest]

    def signed(self, subject: str) -> None:
        """Declare that ``subject``'s figures may be negative (a net income, a budget balance).

        Its parts may then be negative and still add up (-€700m + €250m = -€450m), and a part is no
        longer at most its whole. A subject that some claim states as negative is signed without this.
        """
        key = self._remember("subject", "subject", subject)
        self._signed.add(key)

    @property
    def signed_subjects(self) -> frozenset[str]:
        """The normalised names of the subjects declared signed."""
        return frozenset(self._signed)

    @property
    def facets(self) -> frozenset[str]:
        """The normalised names of the facets that have declarations."""
        return frozenset(self._parents)

    def values(self, facet: str) -> list[str]:
        """Return every value the facet's declarations name, sorted (normalised names)."""
        facet = self._key(facet)
        names = {value for value, links in self._parents.get(facet, {}).items() if links}
        names.update(whole for whole, parts in self._children.get(facet, {}).items() if parts)
        return sorted(names)

    def parents(self, facet: str, value: str) -> dict[str, Link]:
        """Return the wholes ``value`` was declared directly under, each with how (normalised names)."""
        facet, value = self._key(facet), self._key(value)
        return dict(self._parents.get(facet, {}).get(value, {}))

    def partitions(self, facet: str, whole: str) -> list[tuple[str, ...]]:
        """Return the ways ``whole`` was partitioned, each a tuple of parts (normalised names)."""
        facet, whole = self._key(facet), self._key(whole)
        return list(self._partitions.get(facet, {}).get(whole, []))

    def links(
        self, facet: str
    ) -> tuple[Mapping[str, Mapping[str, Link]], Mapping[str, Sequence[tuple[str, ...]]]]:
        """Return read-only views of a facet's declarations: :meth:`parents` and :meth:`partitions` at once.

        The first maps each value to the wholes it was declared directly under, the second each whole to
        its partitions, both keyed by normalised names: views of the declarations as they stand, copying
        nothing (ask again after declaring more), for code that asks about every value of a large
        hierarchy, as the engine does:

        >>> h = Hierarchy()
        >>> h.partition("place", "Iraq and Syria", ["Iraq", "Syria"])
        >>> wholes, partitions = h.links("Place")
        >>> dict(wholes["iraq"]), list(partitions["iraq and syria"])
        ({'iraq and syria': 'partition'}, [('iraq', 'syria')])
        """
        facet = self._key(facet)
        return (
            MappingProxyType(self._parents.get(facet, {})),
            MappingProxyType(self._partitions.get(facet, {})),
        )

    def ancestors(self, facet: str, value: str) -> frozenset[str]:
        """Return every value that contains ``value``, directly or through others (normalised names)."""
        facet, value = self._key(facet), self._key(value)
        cached = self._ancestors.get((facet, value))
        if cached is not None:
            return cached
        found: set[str] = set()
        stack = list(self._parents.get(facet, {}).get(value, {}))
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(self._parents.get(facet, {}).get(current, {}))
        result = frozenset(found)
        self._ancestors[(facet, value)] = result
        return result

    def display(self, facet: str, value: str) -> str:
        """Return the first spelling given for a value (in any spelling), or the value itself."""
        return self._display.get((self._key(facet), self._key(value)), value)

    def _key(self, name: str) -> str:
        """A name's normalised form: looked up for a declared spelling, else normalised."""
        return self._keys.get(name) or normalize_name(name)

    def _remember(self, facet: str, kind: str, value: object) -> str:
        key = _name(kind, value)
        self._display.setdefault((facet, key), " ".join(str(value).split()))
        self._keys[str(value)] = self._keys[key] = key
        self._keys.setdefault(facet, facet)
        return key

    def _link(self, facet: str, part: str, whole: str, link: Link) -> None:
        links = self._parents.setdefault(facet, {}).setdefault(part, {})
        if links.get(whole) != "partition":
            links[whole] = link
        self._children.setdefault(facet, {}).setdefault(whole, set()).add(part)
        for value in self._descendants(facet, part):
            self._ancestors.pop((facet, value), None)

    def _restore(self, facet: str, part: str, whole: str, links: dict[str, Link]) -> None:
        """Undo :meth:`_link` after a refused declaration."""
        self._parents[facet][part] = links
        if whole not in links:
            self._children[facet][whole].discard(part)
        for value in self._descendants(facet, part):
            self._ancestors.pop((facet, value), None)

    def _descendants(self, facet: str, value: str) -> set[str]:
        """``value`` and every value declared inside it."""
        children = self._children.get(facet, {})
        found = {value}
        stack = [value]
        while stack:
            for child in children.get(stack.pop(), ()):
                if child not in found:
                    found.add(child)
                    stack.append(child)
        return found

    def _refuse_cycle(self, facet: str, part: str, whole: str) -> None:
        if part != whole and part not in self.ancestors(facet, whole):
            return
        path = self._path(facet, whole, part) if part != whole else [whole]
        names = " ⊂ ".join(self.display(facet, name) for name in [part, *path])
        raise ModelError(f"the {facet} hierarchy would have a cycle: {names}")

    def _path(self, facet: str, start: str, goal: str) -> list[str]:
        """A chain of wholes from ``start`` up to ``goal``."""
        previous: dict[str, str] = {}
        stack = [start]
        while stack:
            current = stack.pop()
            if current == goal:
                chain = [current]
                while chain[-1] != start:
                    chain.append(previous[chain[-1]])
                return chain[::-1]
            for parent in self._parents.get(facet, {}).get(current, {}):
                if parent not in previous:
                    previous[parent] = current
                    stack.append(parent)
        return [start, goal]  # pragma: no cover - only called when a path exists

    def _refuse_disjoint_wholes(self, facet: str, changed: str) -> None:
        """Refuse a value that lies inside two parts of one partition, which are disjoint.

        Only ``changed`` and the values inside it gained wholes, so only they are looked at.
        """
        partitions = self._partitions.get(facet, {})
        for value in sorted(self._descendants(facet, changed)):
            inside = self.ancestors(facet, value) | {value}
            if len(inside) < 3:
                continue
            for whole in inside & partitions.keys():
                for parts in partitions[whole]:
                    shared = [part for part in parts if part in inside]
                    if len(shared) > 1:
                        first, second = (self.display(facet, name) for name in shared[:2])
                        raise ModelError(
                            f"{self.display(facet, value)!r} would lie in both {first!r} and "
                            f"{second!r}, which the partition of "
                            f"{self.display(facet, whole)!r} makes disjoint"
                        )
