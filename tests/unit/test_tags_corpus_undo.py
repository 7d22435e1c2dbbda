"""``CorpusTags.undo()``: the last action of the corpus, whichever articles it changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.engine.corpus import Article, load_article
from tui.tags.atomic import folder_lock
from tui.tags.corpus_tags import CorpusTags
from tui.tags.saver import Saver


@pytest.fixture
def articles(tmp_path: Path, seeds: Path) -> list[Article]:
    copies = [Path(shutil.copy(seed, tmp_path)) for seed in sorted(seeds.glob("*.txt"))[:3]]
    return [load_article(copy) for copy in copies]


def tag(tags: CorpusTags, article: Article, label: str) -> None:
    sentence = article.content_sentences[1]
    tags.store(article).add(sentence.start, sentence.end, [label])


def labels(tags: CorpusTags, articles: list[Article]) -> list[list[tuple[str, ...]]]:
    return [[placed.tag.labels for placed in tags.tags_for(a)] for a in articles]


def test_undo_goes_back_change_by_change_across_articles_while_writes_wait(
    articles: list[Article],
) -> None:
    saver = Saver()
    tags = CorpusTags(articles, saver=saver)
    first, second, _ = articles
    with folder_lock(first.path.parent):  # nothing is written yet: every change is pending
        tag(tags, first, "verified")
        tag(tags, second, "disputed")
        tag(tags, first, "false")
        tags.undo()
        assert labels(tags, articles) == [[("verified",)], [("disputed",)], []]
        tags.undo()
        assert labels(tags, articles) == [[("verified",)], [], []]
    assert saver.wait(timeout=30)
    tags.undo()
    assert saver.wait(timeout=30)
    assert labels(tags, articles) == [[], [], []]
    assert tags.undo() is None


def test_one_action_in_several_articles_is_undone_at_once(articles: list[Article]) -> None:
    tags = CorpusTags(articles)
    first, second, third = articles
    tag(tags, first, "verified")
    with tags.one_action():
        tag(tags, second, "disputed")
        tag(tags, third, "disputed")
    tags.undo()
    assert labels(tags, articles) == [[("verified",)], [], []]
    tags.undo()
    assert labels(tags, articles) == [[], [], []]
