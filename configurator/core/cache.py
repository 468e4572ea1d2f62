"""A bounded least-recently-used cache of build results."""

from __future__ import annotations

import threading
from collections import OrderedDict

from configurator.sdk.results import BuildRequest, BuildResult
from configurator.sdk.schema import canonical_json

CacheKey = tuple[str, str, str, str]


def cache_key(request: BuildRequest) -> CacheKey:
    """Template id, fingerprint (version or file hash), canonical parameters, mesh quality."""
    ref = request.ref
    return (ref.id, ref.fingerprint, canonical_json(request.params), request.quality)


class ResultCache:
    """LRU cache bounded by entry count and by the bytes its meshes hold."""

    def __init__(self, max_entries: int = 256, max_bytes: int = 256 * 1024 * 1024) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._items: OrderedDict[CacheKey, BuildResult] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._items)

    @property
    def nbytes(self) -> int:
        return self._bytes

    def get(self, key: CacheKey) -> BuildResult | None:
        with self._lock:
            result = self._items.get(key)
            if result is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return result

    def put(self, key: CacheKey, result: BuildResult) -> None:
        size = result.nbytes()
        if size > self.max_bytes:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= old.nbytes()
            self._items[key] = result
            self._bytes += size
            while len(self._items) > self.max_entries or self._bytes > self.max_bytes:
                _, evicted = self._items.popitem(last=False)
                self._bytes -= evicted.nbytes()

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0
