"""Candidate pairs: articles about one event are paired, unrelated ones skipped."""

from __future__ import annotations

import random
from itertools import combinations
from pathlib import Path

from tui.engine.corpus import Article, load_corpus
from tui.engine.related import PARTNERS, candidate_pairs


def topic_words(topic: int, count: int = 40) -> list[str]:
    """Made-up words no other topic uses."""
    rng = random.Random(topic)
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    return [f"{''.join(rng.choice(syllables) for _ in range(3))}q{topic}" for _ in range(count)]


def article_text(words: list[str], seed: int, sentences: int = 12) -> str:
    rng = random.Random(seed)
    return " ".join(
        " ".join(rng.choice(words) for _ in range(9)).capitalize() + "." for _ in range(sentences)
    )


def write_corpus(folder: Path, topic_sizes: list[int]) -> tuple[list[Article], list[int]]:
    """Articles sorted by name and the topic of each."""
    for topic, size in enumerate(topic_sizes):
        words = topic_words(topic)
        for k in range(size):
            text = article_text(words, seed=100 * topic + k)
            (folder / f"t{topic}_{k:02d}.txt").write_text(text + "\n", encoding="utf-8")
    articles = sorted(load_corpus(folder).articles, key=lambda a: a.name)
    return articles, [int(a.name[1 : a.name.index("_")]) for a in articles]


def test_articles_of_one_topic_are_paired_and_other_pairs_skipped(tmp_path: Path) -> None:
    articles, topics = write_corpus(tmp_path, [3, 4, 3])
    pairs = set(candidate_pairs(articles).pairs)
    same_topic = {
        (i, j) for i, j in combinations(range(len(articles)), 2) if topics[i] == topics[j]
    }
    assert pairs == same_topic


def test_a_topic_larger_than_the_partners_kept_keeps_every_pair(tmp_path: Path) -> None:
    articles, topics = write_corpus(tmp_path, [PARTNERS + 5, 2])
    pairs = set(candidate_pairs(articles).pairs)
    big = [i for i, topic in enumerate(topics) if topic == 0]
    assert set(combinations(big, 2)) <= pairs
    assert not any(topics[i] != topics[j] for i, j in pairs)


def test_articles_sharing_one_word_are_not_all_paired(tmp_path: Path) -> None:
    """Articles of eight topics; the k-th article of each topic also mentions the k-th
    word of a shared pool. Every pair of one topic is kept, and ranks first; of the pairs
    sharing only a pool word, each article keeps its few best, not all seven."""
    pool = topic_words(99)
    for topic in range(8):
        words = topic_words(topic)
        for k in range(3):
            text = article_text(words, seed=10 * topic + k) + f" The {pool[k]} {pool[k]}."
            (tmp_path / f"t{topic}_{k}.txt").write_text(text + "\n", encoding="utf-8")
    articles = sorted(load_corpus(tmp_path).articles, key=lambda a: a.name)
    candidates = candidate_pairs(articles)
    topic = [a.name[:2] for a in articles]
    word = [a.name[3] for a in articles]
    pairs = list(combinations(range(len(articles)), 2))
    same = {(i, j) for i, j in pairs if topic[i] == topic[j]}
    linked = {(i, j) for i, j in pairs if topic[i] != topic[j] and word[i] == word[j]}
    kept = set(candidates.pairs)
    assert same <= kept
    assert kept <= same | linked
    assert 0 < len(kept & linked) < len(linked)
    assert min(candidates.scores[p] for p in same) > max(
        candidates.scores[p] for p in kept & linked
    )


def test_scores_do_not_depend_on_the_order_articles_come_in(tmp_path: Path) -> None:
    articles, _ = write_corpus(tmp_path, [3, 3])
    forward = candidate_pairs(articles)
    backward = candidate_pairs(articles[::-1])
    last = len(articles) - 1
    flipped = {tuple(sorted((last - i, last - j))): s for (i, j), s in backward.scores.items()}
    assert flipped.keys() == forward.scores.keys()
    for pair, score in forward.scores.items():
        assert abs(flipped[pair] - score) < 1e-12


def test_two_articles_are_paired_though_every_shared_word_is_in_both(tmp_path: Path) -> None:
    articles, _ = write_corpus(tmp_path, [2])
    assert candidate_pairs(articles).pairs == ((0, 1),)
