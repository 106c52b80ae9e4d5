"""A string-keyed map over two parallel sorted lists, for the large indexes of the gazetteer.

Unpickling a dict of half a million keys costs a hash of every key (about 0.4 s here); two flat lists unpickle
in a fraction of that, and a lookup by bisection costs about a microsecond. Additions after loading (curated
entries) go to a small dict that wins over the lists.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping
from typing import Any

_MISSING = object()


class SortedMap(Mapping):
    """Read-mostly ``str -> value`` map; ``keys`` must be sorted and unique, ``values`` aligned with them."""

    __slots__ = ("_extra", "_keys", "_values")

    def __init__(self, keys: list[str], values: Any) -> None:
        self._keys = keys
        self._values = values
        self._extra: dict[str, Any] = {}

    def _find(self, key: str) -> Any:
        v = self._extra.get(key, _MISSING)
        if v is not _MISSING:
            return v
        keys = self._keys
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            return self._values[i]
        return _MISSING

    def get(self, key: str, default: Any = None) -> Any:
        v = self._find(key)
        return default if v is _MISSING else v

    def __getitem__(self, key: str) -> Any:
        v = self._find(key)
        if v is _MISSING:
            raise KeyError(key)
        return v

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) is not _MISSING

    def __setitem__(self, key: str, value: Any) -> None:
        self._extra[key] = value

    def __iter__(self) -> Iterator[str]:
        yield from self._keys
        yield from (k for k in self._extra if not self._in_lists(k))

    def __len__(self) -> int:
        return len(self._keys) + sum(1 for k in self._extra if not self._in_lists(k))

    def _in_lists(self, key: str) -> bool:
        i = bisect_left(self._keys, key)
        return i < len(self._keys) and self._keys[i] == key
