"""Work done once per article and reused by every pair the article is compared in.

An overview compares each article with many others; its sentences' profiles,
its people and its word table do not depend on the partner, so they are
computed on first use and kept on the ``Article`` object itself, as
``functools.cached_property`` keeps its values: they live exactly as long as
the article (a results table outside it would keep every article alive, since
results such as a ``Cast`` point back to their article). Keyed by object, not
by content hash: two loads of one file in different corpora may mark different
boilerplate, and so differ.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from tui.engine.corpus import Article

T = TypeVar("T")

_ATTRIBUTE = "_per_article"
"""Where an article keeps its results: {computation's dotted name: result}."""


def per_article(compute: Callable[[Article], T]) -> Callable[[Article], T]:
    """``compute(article)`` once per article object; later calls return the same result.

    Two threads asking at once may both compute it: ``compute`` must be a pure
    function of the article, so either result is the same.
    """
    name = f"{compute.__module__}.{compute.__qualname__}"

    @functools.wraps(compute)
    def once(article: Article) -> T:
        results: dict[str, Any] = article.__dict__.setdefault(_ATTRIBUTE, {})
        if name in results:
            value: T = results[name]
            return value
        value = results[name] = compute(article)
        return value

    return once
