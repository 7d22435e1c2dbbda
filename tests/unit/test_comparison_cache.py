"""The app's comparison cache: reversed pairs, numbers kept apart, one computation per pair."""

from __future__ import annotations

import gc
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest

import tui.engine.comparison_cache
from tui.engine.collector import collector_paused
from tui.engine.compare import Comparison, compare
from tui.engine.comparison_cache import ComparisonCache, pair_key
from tui.engine.corpus import Article, load_corpus


@pytest.fixture
def articles(seeds: Path) -> list[Article]:
    return sorted(load_corpus(seeds).articles, key=lambda a: a.name)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The pairs the cache really compares, (left name, right name)."""
    made: list[tuple[str, str]] = []

    def counted(left: Article, right: Article) -> Comparison:
        made.append((left.name, right.name))
        return compare(left, right)

    monkeypatch.setattr(tui.engine.comparison_cache, "compare", counted)
    return made


def test_the_key_does_not_depend_on_the_order(articles: list[Article]) -> None:
    a, b = articles[:2]
    assert pair_key(a, b) == pair_key(b, a)
    assert pair_key(a, b) != pair_key(a, articles[2])


def test_a_pair_is_held_either_way_round_once_compared(articles: list[Article]) -> None:
    cache = ComparisonCache()
    a, b, c = articles[:3]
    assert not cache.holds(a, b)
    cache.numbers(a, b)  # the numbers alone keep no whole comparison
    assert not cache.holds(a, b)
    cache.get(a, b)
    assert cache.holds(a, b) and cache.holds(b, a)
    assert not cache.holds(a, c)


def test_a_reversed_pair_is_the_stored_comparison_swapped(
    articles: list[Article], calls: list[tuple[str, str]]
) -> None:
    cache = ComparisonCache()
    a, b = articles[:2]
    forward = cache.get(a, b)
    backward = cache.get(b, a)
    assert len(calls) == 1
    assert (backward.left, backward.right) == (b, a)
    assert [(x.left, x.right) for x in backward.alignments] == [
        (x.right, x.left) for x in forward.alignments
    ]
    assert backward.left_aligned_share == forward.right_aligned_share
    assert cache.get(a, b) is forward


def test_numbers_are_kept_for_every_pair_whatever_the_capacity(
    articles: list[Article], calls: list[tuple[str, str]]
) -> None:
    cache = ComparisonCache(capacity=1)
    a, b, c = articles[:3]
    ab = cache.numbers(a, b)
    cache.numbers(a, c)
    cache.get(b, c)
    assert cache.numbers(a, b) == ab
    assert cache.numbers(b, a) == ab.swapped()
    assert ab.left_share == compare(a, b).left_aligned_share
    assert len(calls) == 3


def test_numbers_reuse_a_stored_comparison(
    articles: list[Article], calls: list[tuple[str, str]]
) -> None:
    cache = ComparisonCache()
    whole = cache.get(articles[0], articles[1])
    numbers = cache.numbers(articles[1], articles[0])
    assert numbers.left_share == whole.right_aligned_share
    assert numbers.contradictions == whole.count("contradiction")
    assert len(calls) == 1


def test_two_threads_asking_for_one_pair_compare_it_once(
    articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    started, joined, release = threading.Event(), threading.Event(), threading.Event()
    made: list[str] = []

    def slow(left: Article, right: Article) -> Comparison:
        made.append(left.name)
        started.set()
        assert release.wait(10)
        return compare(left, right)

    class Joined(Future[Comparison]):
        def result(self, timeout: float | None = None) -> Comparison:
            joined.set()  # a second thread waits for the first one's comparison
            return super().result(timeout)

    monkeypatch.setattr(tui.engine.comparison_cache, "compare", slow)
    monkeypatch.setattr(tui.engine.comparison_cache, "Future", Joined)
    cache = ComparisonCache(capacity=0)  # nothing stored: a late thread would compare again
    a, b = articles[:2]
    results: dict[str, Comparison] = {}
    first = threading.Thread(target=lambda: results.update(first=cache.get(a, b)))
    second = threading.Thread(target=lambda: results.update(second=cache.get(b, a)))
    first.start()
    assert started.wait(10)
    second.start()
    assert joined.wait(10)
    release.set()
    first.join(10)
    second.join(10)
    assert made == [a.name]
    assert results["second"].left is b and results["first"].left is a


def test_a_failed_comparison_is_not_kept(
    articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(left: Article, right: Article) -> Comparison:
        raise RuntimeError("exploded")

    monkeypatch.setattr(tui.engine.comparison_cache, "compare", broken)
    cache = ComparisonCache()
    with pytest.raises(RuntimeError):
        cache.get(articles[0], articles[1])
    monkeypatch.setattr(tui.engine.comparison_cache, "compare", compare)
    assert cache.get(articles[0], articles[1]).left is articles[0]


def test_the_collector_comes_back_when_the_last_comparison_ends() -> None:
    """Two comparisons overlap (two threads): the first to end must not turn the
    collector back on under the second."""
    assert gc.isenabled()
    first, second = collector_paused(), collector_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()
