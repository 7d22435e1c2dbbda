"""Work done once per article and reused by every pair the article is compared in.

An overview compares each article with many others; its sentences' stems, its
people and its word table do not depend on the partner, so they are computed
on first use and kept for as long as the ``Article`` object lives. The cache is
keyed by the object's identity, not by its content hash: two loads of one file
in different corpora may mark different boilerplate, and so differ.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from tui.engine.corpus import Article

T = TypeVar("T")

_results: dict[int, dict[Callable[[Article], Any], Any]] = {}
"""``id(article)`` -> {computation: its result}; an entry goes when its article does."""
_lock = threading.Lock()


def _results_of(article: Article) -> dict[Callable[[Article], Any], Any]:
    key = id(article)
    found = _results.get(key)
    if found is not None:
        return found
    with _lock:
        found = _results.get(key)
        if found is None:
            found = _results[key] = {}
            weakref.finalize(article, _results.pop, key, None)
        return found


def per_article(compute: Callable[[Article], T]) -> Callable[[Article], T]:
    """``compute(article)`` once per article object; later calls return the same result.

    Two threads asking at once may both compute it: ``compute`` must be a pure
    function of the article, so either result is the same.
    """

    @functools.wraps(compute)
    def once(article: Article) -> T:
        results = _results_of(article)
        if compute in results:
            value: T = results[compute]
            return value
        value = results[compute] = compute(article)
        return value

    return once


def cached_articles() -> int:
    """How many articles hold cached work (tests check entries go with their article)."""
    return len(_results)
