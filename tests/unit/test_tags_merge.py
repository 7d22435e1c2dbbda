"""Two windows on one sidecar: merged by tag id, conflicts kept and reported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tui.engine.corpus import Article, load_article
from tui.tags import location
from tui.tags.corpus_tags import CorpusTags
from tui.tags.model import ConflictKind
from tui.tags.store import TagsReadOnly, TagStore

SEED = "001_cf6e1a4fd903ed95.txt"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(location.DATA_DIR_ENV, str(tmp_path / "user-data"))


@pytest.fixture
def article(tmp_path: Path, seeds: Path) -> Article:
    shutil.copy(seeds / SEED, tmp_path / SEED)
    return load_article(tmp_path / SEED)


def span(article: Article, index: int) -> tuple[int, int]:
    sentence = article.content_sentences[index]
    return sentence.start, sentence.end


def saved_tags(article: Article) -> dict[str, dict]:
    path = article.path.with_name(article.path.name + ".tags.yaml")
    document = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    return {tag["id"]: tag for tag in document["tags"]}


@pytest.fixture
def two_windows(article: Article) -> tuple[TagStore, TagStore, str, str]:
    setup = TagStore.open(article)
    first = setup.add(*span(article, 1), ["disputed"], "one").tag.id
    second = setup.add(*span(article, 2), ["opinion"], "two").tag.id
    return TagStore.open(article), TagStore.open(article), first, second


def test_edits_to_different_tags_are_merged(two_windows, article: Article) -> None:
    left, right, first, second = two_windows
    left.update(first, note="left edited one")
    change = right.update(second, note="right edited two")
    added = right.add(*span(article, 3), ["false"]).tag.id
    assert change.conflicts == ()
    saved = saved_tags(article)
    assert saved[first]["note"] == "left edited one"
    assert saved[second]["note"] == "right edited two"
    assert added in saved
    assert left.reload()
    assert {placed.tag.id for placed in left.tags()} == {first, second, added}


def test_adds_from_both_windows_are_all_kept(two_windows, article: Article) -> None:
    left, right, _, _ = two_windows
    a = left.add(*span(article, 4), ["verified"]).tag.id
    b = right.add(*span(article, 5), ["verified"]).tag.id
    assert {a, b} <= set(saved_tags(article))


def test_same_tag_edited_in_both_keeps_both_and_reports_the_conflict(
    two_windows, article: Article
) -> None:
    left, right, first, _ = two_windows
    left.update(first, note="left says")
    change = right.update(first, note="right says", labels=["false"])
    [conflict] = change.conflicts
    assert conflict.kind is ConflictKind.BOTH_CHANGED and conflict.tag_id == first
    assert "both versions kept" in conflict.message
    saved = saved_tags(article)
    assert saved[first]["note"] == "left says"
    copy = saved[conflict.copy_id]
    assert (copy["note"], copy["labels"], copy["conflict_of"]) == ("right says", ["false"], first)
    flagged = {placed.tag.id for placed in right.tags() if placed.in_conflict}
    assert flagged == {first, conflict.copy_id}
    assert {placed.state for placed in right.tags() if placed.in_conflict} == {"conflict"}


def test_editing_the_copy_resolves_the_conflict(two_windows) -> None:
    left, right, first, _ = two_windows
    left.update(first, note="left says")
    [conflict] = right.update(first, note="right says").conflicts
    right.update(conflict.copy_id, note="merged by hand")
    assert not any(placed.in_conflict for placed in right.tags())


def test_delete_of_a_tag_changed_elsewhere_keeps_it(two_windows, article: Article) -> None:
    left, right, first, _ = two_windows
    left.update(first, note="still needed")
    [conflict] = right.delete(first).conflicts
    assert conflict.kind is ConflictKind.DELETED_HERE_CHANGED_THERE
    assert saved_tags(article)[first]["note"] == "still needed"


def test_edit_of_a_tag_deleted_elsewhere_keeps_the_edit(two_windows, article: Article) -> None:
    left, right, first, _ = two_windows
    left.delete(first)
    [conflict] = right.update(first, note="I still want it").conflicts
    assert conflict.kind is ConflictKind.CHANGED_HERE_DELETED_THERE
    assert saved_tags(article)[first]["note"] == "I still want it"


def test_hand_edit_on_disk_is_merged_not_overwritten(two_windows, article: Article) -> None:
    left, _, first, second = two_windows
    path = article.path.with_name(article.path.name + ".tags.yaml")
    path.write_text(path.read_text(encoding="utf-8").replace("note: two", "note: by hand"))
    left.update(first, note="app edit")
    saved = saved_tags(article)
    assert (saved[first]["note"], saved[second]["note"]) == ("app edit", "by hand")


def test_corpus_undo_reverts_the_last_change_in_any_article(tmp_path: Path, seeds: Path) -> None:
    for name in ("000_4ab7afceee558d79.txt", SEED):
        shutil.copy(seeds / name, tmp_path / name)
    articles = [load_article(path) for path in sorted(tmp_path.glob("*.txt"))]
    tags = CorpusTags(articles)
    left, right = articles
    tags.store(left).add(*span(left, 1), ["verified"])
    tags.store(right).add(*span(right, 1), ["disputed"])
    tags.undo()
    assert len(tags.tags_for(left)) == 1 and tags.tags_for(right) == []
    tags.undo()
    assert tags.all_tags() == [] and tags.saved
    assert tags.undo() is None


def test_undo_after_a_conflict_removes_only_this_windows_copy(
    two_windows, article: Article
) -> None:
    left, right, first, _ = two_windows
    left.update(first, note="left says")
    [conflict] = right.update(first, note="right says").conflicts
    right.undo()
    saved = saved_tags(article)
    assert conflict.copy_id not in saved
    assert saved[first]["note"] == "left says"


def test_undo_waits_while_the_sidecar_is_unreadable(two_windows, article: Article) -> None:
    left, _, first, _ = two_windows
    left.update(first, note="edited")
    path = article.path.with_name(article.path.name + ".tags.yaml")
    good = path.read_text(encoding="utf-8")
    path.write_text("tags: [\n", encoding="utf-8")
    with pytest.raises(TagsReadOnly):
        left.undo()
    path.write_text(good, encoding="utf-8")
    left.undo()
    assert saved_tags(article)[first]["note"] == "one"
