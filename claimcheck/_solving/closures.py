"""The closures a model's cells are built from: each facet value's wholes and the other parts on the way up.

The closure of a value is the least set holding it that holds, with each value, its wholes, the other
parts of every partition it is a part of, and, where some value the partitions below it reach has more
than one whole (a hierarchy that is not a tree), the parts of its own partitions: the sum and those
containments together bound the whole by the other wholes, a constraint no cell on the way up would carry.

Closures overlap heavily (every district of a country's thousand regions takes in all thousand regions),
so a closure is not a set of values but a set of *pieces*: the strongly connected groups of values that
reach each other (the parts of one partition), each a frozenset shared by every closure that takes it in.
Pieces of one facet are disjoint, so two closures hold the same values exactly when they hold the same
pieces, and a closure costs its number of pieces, not its number of values: 1,111 regions of 90 districts
each cost their 101,102 values once, not 1,111 × 1,111.
"""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from claimcheck.hierarchy import Hierarchy, Link

__all__ = ["NO_WHOLES", "Closure", "Closures", "in_order", "values"]

#: A closure: the disjoint pieces its values fall in (their union is the closure's set of values).
Closure = frozenset[frozenset[str]]

#: The value of a facet a cell does not narrow (:data:`claimcheck._solving.model.TOP`).
_TOP: Final = ""
_TOP_PIECE: Final = frozenset([_TOP])
#: The closure of :data:`TOP` in a facet no cell leaves whole.
_ALONE: Final = frozenset([_TOP_PIECE])

#: A node of a facet's graph: a value, or one partition of a whole (the whole and its position).
_Node = str | tuple[str, int]

#: The wholes of a value declared under none.
NO_WHOLES: Final[Mapping[str, Link]] = MappingProxyType({})


class Closures:
    """The closure of each facet value the model names, found once per group of values that share it.

    Args:
        hierarchy: the background.
        topped: the facets some cell leaves whole: their closures all take in :data:`TOP`.
        ordered: for each facet that does not add up, the values the claims name (a cumulative facet's
            cells are related along its order, so each value takes in the others; any other value's
            closure is the value alone).
    """

    def __init__(
        self, hierarchy: Hierarchy, topped: set[str], ordered: dict[str, frozenset[str]] | None = None
    ) -> None:
        self.hierarchy, self.topped = hierarchy, topped
        self.ordered = ordered or {}
        self._reach: dict[str, _Reach] = {}
        self._with_top: dict[Closure, Closure] = {}

    def of(self, facet: str, value: str) -> Closure:
        """The closure of ``value`` (a normalised name, or :data:`TOP`) in ``facet``."""
        return self.column(facet, (value,))[value]

    def products(self, facets: tuple[str, ...], keys: Iterable[tuple[str, ...]]) -> set[tuple[Closure, ...]]:
        """The closures of each key's values (a value per facet), each combination once.

        Found once per facet value, not once per key: a thousand districts of one region share theirs.
        """
        keys = keys if isinstance(keys, set | frozenset) else set(keys)
        if not keys:
            return set()
        # each facet's values in the keys' order, then each key's closures zipped back together (at C
        # speed: a check of 100,000 claims over districts names as many keys)
        named = list(zip(*keys, strict=True))
        return set(zip(*map(self._closed, facets, named), strict=True))

    def _closed(self, facet: str, named: Sequence[str]) -> list[Closure]:
        """The closure of each value of ``named`` in turn (values may repeat): one look-up a value.

        Where the facet adds up and no cell leaves it whole, each value's closure is read where the walk
        keeps it, with no column made per value (a check of 100,000 claims over districts names as many).
        """
        if facet in self.ordered or facet in self.topped:
            column = self.column(facet, set(named))
            return list(map(column.__getitem__, named))
        reach = self._reach.get(facet)
        if reach is None:
            reach = self._reach[facet] = _Reach(self.hierarchy, facet)
        found = reach.found
        get = found.get
        closed: list[Closure] = []
        append = closed.append
        for value in named:
            closure = get(value)
            if closure is None:
                if value == _TOP:
                    closure = _ALONE
                else:
                    if not reach.leaf(value):
                        reach.walk(value)
                    closure = found[value]
            append(closure)
        return closed

    def column(self, facet: str, named: Iterable[str]) -> dict[str, Closure]:
        """The closure of each value of ``facet`` named (normalised names, or :data:`TOP`)."""
        if facet in self.ordered:  # values that do not add up: no wholes, no parts
            values = self.ordered[facet] if self.hierarchy.cumulative(facet) else None
            together = frozenset([values]) if values else None
            return {
                value: together if together and value != _TOP else frozenset([frozenset([value])])
                for value in named
            }
        reach = self._reach.get(facet)
        if reach is None:
            reach = self._reach[facet] = _Reach(self.hierarchy, facet)
        found = reach.found
        named = named if isinstance(named, set | frozenset | tuple | list) else list(named)
        for value in named:
            if value not in found and value != _TOP and not reach.leaf(value):
                reach.walk(value)
        column = dict(zip(named, map(found.get, named), strict=True))
        if _TOP in column:
            column[_TOP] = _ALONE
        if facet not in self.topped:
            return column
        with_top = self._with_top
        for closure in set(column.values()) - with_top.keys():
            with_top[closure] = closure | {_TOP_PIECE}
        return {value: with_top[closure] for value, closure in column.items()}


class _Reach:
    """One facet's graph of values, walked once: Tarjan's strongly connected components, found lazily.

    A value leads to its wholes, to each partition it is a part of, and (where values below it have
    several wholes) to its own partitions; a partition leads to its parts. A partition is a node of its
    own, so its n parts reach each other through n edges, not n². A component's closure is its values
    (one piece) and the closures of the components it leads to, made when the component is complete.
    """

    def __init__(self, hierarchy: Hierarchy, facet: str) -> None:
        self.wholes, self.partitions = hierarchy.links(facet)
        #: each node walked, and its closure
        self.found: dict[_Node, Closure] = {}
        self.shared: dict[str, bool] = {}
        self.members: dict[tuple[str, int], frozenset[str]] = {}

    def _next(self, value: str) -> list[_Node]:
        """The nodes a value leads to."""
        parents = self.wholes.get(value, NO_WHOLES)
        found: list[_Node] = list(parents)
        for parent, link in parents.items():
            if link != "partition":
                continue
            for i, parts in enumerate(self.partitions[parent]):
                members = self.members.get((parent, i))
                if members is None:
                    members = self.members[(parent, i)] = frozenset(parts)
                if value in members:
                    found.append((parent, i))
        if self._shared_below(value):
            found.extend((value, i) for i in range(len(self.partitions[value])))
        return found

    def _plain(self, whole: str, parts: Iterable[str]) -> list[str]:
        """The parts of ``whole``'s only partition that lead nowhere but to it and to the whole."""
        wholes, below, alone = self.wholes, self.partitions, {whole: "partition"}
        return [
            part
            for part in parts
            if wholes[part] == alone and (part not in below or not self._shared_below(part))
        ]

    def _shared_below(self, value: str) -> bool:
        """Whether some value the partitions below ``value`` reach has more than one whole."""
        known = self.shared.get(value)
        if known is None:
            self.shared[value] = False  # a guard; hierarchies have no cycles
            wholes, below = self.wholes, self.partitions
            known = any(
                len(wholes[part]) > 1 or (part in below and self._shared_below(part))
                for parts in below.get(value, ())
                for part in parts
            )
            self.shared[value] = known
        return known

    def leaf(self, value: str) -> bool:
        """Find the closure of a leaf in one step where the walk would find it so; False where not.

        A value with no partition of its own, declared under one whole only, by that whole's only
        partition, whose parts are all such values (the districts of a region): its component is that
        partition with all its parts, and its closure their piece and the whole's closure (the whole
        does not reach down to them: no value below it has another whole). Found for every part at
        once, with no node of the walk made per part.
        """
        wholes, below = self.wholes, self.partitions
        parents = wholes.get(value, NO_WHOLES)
        if len(parents) != 1 or value in below:
            return False
        ((whole, link),) = parents.items()
        partitions = below.get(whole, ())
        if link != "partition" or len(partitions) != 1:
            return False
        parts = partitions[0]
        alone = {whole: "partition"}
        if not below.keys().isdisjoint(parts) or not all(map(alone.__eq__, map(wholes.__getitem__, parts))):
            return False
        found = self.found
        if whole not in found:
            self.walk(whole)
        if value in found:
            return True  # the whole reached its part again (a cycle of subsets): the walk found it
        if any(not piece.isdisjoint(parts) for piece in found[whole]):
            return False
        closure = found[whole] | {frozenset(parts)}
        found[(whole, 0)] = closure
        found.update(dict.fromkeys(parts, closure))
        return True

    def walk(self, root: str) -> None:
        """Find the components of every node ``root`` reaches that no earlier walk found.

        The parts of a whole's only partition that lead nowhere but back to it and to the whole (the
        districts of a region) are in the partition's component whatever else holds: they join it when
        the partition is entered, with its number, and are not walked one by one; the whole is then one
        of the partition's leads.
        """
        found = self.found
        index: dict[_Node, int] = {}
        low: dict[_Node, int] = {}
        leads: dict[_Node, list[_Node]] = {}
        stack: list[_Node] = []
        on_stack: set[_Node] = set()
        work: list[tuple[_Node, Iterable[_Node]]] = []

        def enter(node: _Node) -> None:
            index[node] = low[node] = len(low)
            stack.append(node)
            on_stack.add(node)
            if isinstance(node, str):
                nodes = self._next(node)
            else:  # a partition: its parts, the plain ones joined at once
                whole, i = node
                partitions = self.partitions[whole]
                nodes = [part for part in partitions[i] if part in found or part in index]
                unseen = [part for part in partitions[i] if part not in found and part not in index]
                plain = self._plain(whole, unseen) if len(partitions) == 1 else []
                if plain:
                    index.update(dict.fromkeys(plain, index[node]))
                    stack.extend(plain)
                    on_stack.update(plain)
                    nodes.append(whole)
                    if len(plain) < len(unseen):
                        joined = set(plain)
                        nodes.extend(part for part in unseen if part not in joined)
                else:
                    nodes.extend(unseen)
            leads[node] = nodes
            work.append((node, iter(nodes)))

        enter(root)
        while work:
            node, rest = work[-1]
            for other in rest:
                if other in found:
                    continue
                if other not in index:
                    enter(other)
                    break
                if other in on_stack:
                    low[node] = min(low[node], index[other])
            else:
                work.pop()
                if work:
                    above = work[-1][0]
                    low[above] = min(low[above], low[node])
                if low[node] == index[node]:
                    self._close(node, stack, on_stack, leads)

    def _close(
        self, top: _Node, stack: list[_Node], on_stack: set[_Node], leads: dict[_Node, list[_Node]]
    ) -> None:
        """Give the component ``top`` heads (the stack down to it) its closure."""
        at = len(stack) - 1
        while stack[at] != top:
            at -= 1
        members = stack[at:]
        del stack[at:]
        on_stack.difference_update(members)
        piece = frozenset(node for node in members if isinstance(node, str))
        pieces: set[frozenset[str]] = {piece} if piece else set()
        met: set[int] = set()
        found = self.found
        for node in members:
            for other in leads.pop(node, ()):
                below = found.get(other)  # None for the component's own members
                if below is not None and id(below) not in met:
                    met.add(id(below))
                    pieces |= below
        closure = frozenset(pieces)
        found.update(dict.fromkeys(members, closure))


def values(closure: Closure) -> list[str]:
    """A closure's values, sorted."""
    return sorted(value for piece in closure for value in piece)


def in_order(products: Iterable[tuple[Closure, ...]]) -> list[tuple[Closure, ...]]:
    """Sort tuples of closures (one per facet) as the tuples of their sorted values would sort.

    Each facet's closures are ranked once by comparing pieces (:func:`_compare`), so no closure's values
    are listed to sort them.
    """
    products = list(products)
    if not products:
        return products
    ranks = [_ranked({product[i] for product in products}) for i in range(len(products[0]))]
    return sorted(products, key=lambda product: tuple(map(dict.__getitem__, ranks, product)))


def _ranked(closures: set[Closure]) -> dict[Closure, int]:
    """Each closure's position among ``closures`` sorted as lists of their sorted values."""
    ends: dict[frozenset[str], tuple[str, str]] = {}

    def end(piece: frozenset[str]) -> tuple[str, str]:
        found = ends.get(piece)
        if found is None:
            found = ends[piece] = (min(piece), max(piece))
        return found

    def compare(a: Closure, b: Closure) -> int:
        # the sorted lists agree up to the least value in one of them only, m; the one holding m comes
        # first, unless the other has nothing past m (so it is the shorter of two lists that agree)
        if a == b:
            return 0
        first = min(a ^ b, key=lambda piece: end(piece)[0])
        least = end(first)[0]
        if first in a:
            return 1 if max(end(piece)[1] for piece in b) < least else -1
        return -1 if max(end(piece)[1] for piece in a) < least else 1

    return {closure: i for i, closure in enumerate(sorted(closures, key=functools.cmp_to_key(compare)))}
