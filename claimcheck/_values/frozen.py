"""A read-only mapping that pickles, deep-copies and hashes (private).

``types.MappingProxyType`` is read-only but cannot be pickled, which kept claims, policies and reports out
of process pools and ``copy.deepcopy``. :class:`FrozenDict` is read-only too, and is a value: it compares
equal to any mapping with the same items, hashes when its values do, and pickles as a plain dict would.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterable, Iterator, KeysView, Mapping, ValuesView
from typing import Any, TypeVar, final

__all__ = ["FrozenDict"]

K = TypeVar("K")
V = TypeVar("V")


@final
class FrozenDict(Mapping[K, V]):
    """A mapping that cannot be changed after it is made.

    >>> scope = FrozenDict({"place": "Iraq"})
    >>> scope["place"], dict(scope) == {"place": "Iraq"}, scope == {"place": "Iraq"}
    ('Iraq', True, True)
    >>> import pickle; pickle.loads(pickle.dumps(scope)) == scope
    True
    """

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        """Copy ``items`` (a mapping, or key-value pairs)."""
        self._items: dict[K, V] = dict(items)

    def __getitem__(self, key: K) -> V:
        """Return the value of ``key``."""
        return self._items[key]

    def __iter__(self) -> Iterator[K]:
        """Iterate over the keys in insertion order."""
        return iter(self._items)

    def __len__(self) -> int:
        """Return the number of items."""
        return len(self._items)

    # The mapping's views and look-ups are the dict's own (read-only views), not ``Mapping``'s generic
    # ones, which call __iter__ and __getitem__ in Python for every item: a check reads every claim's scope.
    def __contains__(self, key: object) -> bool:
        """Return whether ``key`` is a key."""
        return key in self._items

    def get(self, key: K, default: Any = None) -> Any:
        """Return the value of ``key``, or ``default``."""
        return self._items.get(key, default)

    def keys(self) -> KeysView[K]:
        """The keys, in insertion order (a read-only view)."""
        return self._items.keys()

    def values(self) -> ValuesView[V]:
        """The values, in insertion order (a read-only view)."""
        return self._items.values()

    def items(self) -> ItemsView[K, V]:
        """The items, in insertion order (a read-only view)."""
        return self._items.items()

    def __hash__(self) -> int:
        """Hash the items, regardless of order (as ``==`` compares them)."""
        return hash(frozenset(self._items.items()))

    def __eq__(self, other: object) -> bool:
        """Compare with any mapping by items."""
        if type(other) is FrozenDict:
            return self._items == other._items
        if isinstance(other, Mapping):
            return self._items == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        """Read like the dict it holds."""
        return f"FrozenDict({self._items!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle and copy as the class applied to a plain dict."""
        return (FrozenDict, (self._items,))
