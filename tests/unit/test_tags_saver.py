"""The saver writes tag changes on its own thread: in order, coalesced, nothing lost."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from tui.engine.corpus import Article, load_article
from tui.tags import sidecar
from tui.tags.atomic import folder_lock
from tui.tags.saver import Saver, SaveReport
from tui.tags.sidecar import parse, tags_of
from tui.tags.store import StillSaving, TagStore

SEED = "000_4ab7afceee558d79.txt"


@pytest.fixture
def article(tmp_path: Path, seeds: Path) -> Article:
    shutil.copy(seeds / SEED, tmp_path / SEED)
    return load_article(tmp_path / SEED)


def on_disk(article: Article) -> list[tuple[str, ...]]:
    path = article.path.with_name(article.path.name + ".tags.yaml")
    if not path.exists():
        return []
    return [tag.labels for tag in tags_of(parse(path.read_bytes(), path), path)]


def test_changes_show_at_once_and_are_written_together_in_order(article: Article) -> None:
    reports: list[SaveReport] = []
    saver = Saver(on_saved=reports.append)
    store = TagStore.open(article, saver=saver)
    sentences = article.content_sentences
    with folder_lock(article.path.parent):  # the write waits, as behind another writer
        first = store.add(sentences[1].start, sentences[1].end, ["verified"])
        assert first.saving and not first.saved and first.tag is not None
        store.add(sentences[2].start, sentences[2].end, ["disputed"])
        store.update(first.tag.id, labels=["false"])
        assert [p.tag.labels for p in store.tags()] == [("false",), ("disputed",)]
        assert saver.busy(store) and on_disk(article) == []
    assert saver.wait(timeout=30)
    assert on_disk(article) == [("false",), ("disputed",)]
    assert store.saved
    assert all(report.error is None and report.conflicts == () for report in reports)
    assert len(reports) == 1  # one write for all three changes


def test_a_failed_write_is_reported_and_retried_by_the_next_change(
    article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports: list[SaveReport] = []
    saver = Saver(on_saved=reports.append)
    store = TagStore.open(article, saver=saver)
    sentence = article.content_sentences[1]

    def full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tui.tags.store.atomic_write", full)
    store.add(sentence.start, sentence.end, ["verified"])
    assert saver.wait(timeout=30)
    assert "No space left" in (reports[-1].error or "")
    assert not store.saved and [p.tag.labels for p in store.tags()] == [("verified",)]
    monkeypatch.undo()
    store.add(sentence.start, sentence.end, ["disputed"])
    assert saver.wait(timeout=30)
    assert reports[-1].error is None
    assert on_disk(article) == [("verified",), ("disputed",)]


def test_undo_drops_a_change_not_yet_written(article: Article) -> None:
    saver = Saver()
    store = TagStore.open(article, saver=saver)
    sentence = article.content_sentences[1]
    store.add(sentence.start, sentence.end, ["verified"])
    assert saver.wait(timeout=30)
    with folder_lock(article.path.parent):
        store.add(sentence.start, sentence.end, ["disputed"])
        store.add(sentence.start, sentence.end, ["false"])
        store.undo()
        store.undo()
    assert saver.wait(timeout=30)
    assert on_disk(article) == [("verified",)]
    assert [p.tag.labels for p in store.tags()] == [("verified",)]


def test_two_writers_adding_at_once_lose_nothing(article: Article) -> None:
    """Two windows on one sidecar, each adding in its own thread: every tag is kept."""
    windows = [TagStore.open(article), TagStore.open(article)]
    sentence = article.content_sentences[1]

    def add(store: TagStore, name: str) -> None:
        for i in range(8):
            store.add(sentence.start, sentence.end, [f"{name}{i}"])

    threads = [
        threading.Thread(target=add, args=(store, name))
        for store, name in zip(windows, "ab", strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(labels for (labels,) in on_disk(article)) == sorted(
        f"{name}{i}" for name in "ab" for i in range(8)
    )


def test_two_windows_editing_one_tag_at_once_keep_both_versions(article: Article) -> None:
    """Each window edits the tag from the version it opened with: one edit becomes a copy."""
    sentence = article.content_sentences[1]
    original = TagStore.open(article).add(sentence.start, sentence.end, ["verified"], "0").tag
    assert original is not None
    savers = [Saver(), Saver()]
    windows = [TagStore.open(article, saver=saver) for saver in savers]
    threads = [
        threading.Thread(target=window.update, args=(original.id,), kwargs={"note": note})
        for window, note in zip(windows, ("left", "right"), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(saver.wait(timeout=30) for saver in savers)
    path = article.path.with_name(article.path.name + ".tags.yaml")
    tags = tags_of(parse(path.read_bytes(), path), path)
    assert sorted(tag.note for tag in tags) == ["left", "right"]
    assert [tag.conflict_of for tag in tags] == [None, original.id]


def test_while_a_write_runs_reload_returns_and_undo_gives_up_then_works(
    article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    saver = Saver()
    store = TagStore.open(article, saver=saver)
    sentence = article.content_sentences[1]
    dumping, release = threading.Event(), threading.Event()
    dump = sidecar.dump

    def slow_dump(document: object) -> bytes:
        dumping.set()
        assert release.wait(timeout=30)
        return dump(document)  # type: ignore[arg-type]

    monkeypatch.setattr("tui.tags.store.UNDO_WAIT", 0.1)
    monkeypatch.setattr("tui.tags.sidecar.dump", slow_dump)
    store.add(sentence.start, sentence.end, ["verified"])
    assert dumping.wait(timeout=30)  # the write has taken the change
    assert store.reload() is False  # at once, not after the write
    with pytest.raises(StillSaving):
        store.undo()
    release.set()
    assert saver.wait(timeout=30)
    assert on_disk(article) == [("verified",)]
    store.undo()
    assert saver.wait(timeout=30)
    assert on_disk(article) == []


def test_two_undos_before_the_first_is_written_undo_two_changes(article: Article) -> None:
    """``u u`` pressed faster than the saver writes: both changes are undone (the second
    undo must not cancel the first, which is still pending, and lose the history)."""
    saver = Saver()
    store = TagStore.open(article, saver=saver)
    sentence = article.content_sentences[1]
    store.add(sentence.start, sentence.end, ["verified"])
    store.add(sentence.start, sentence.end, ["disputed"])
    assert saver.wait(timeout=30)
    with folder_lock(article.path.parent):
        store.undo()
        store.undo()
        assert store.tags() == []
    assert saver.wait(timeout=30)
    assert on_disk(article) == []
