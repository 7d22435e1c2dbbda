"""TagStore: saving on every change, undo, re-anchoring, hand edits, bad sidecars."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from tui.engine.corpus import Article, load_article
from tui.tags import location
from tui.tags.model import AnchorStatus, Related
from tui.tags.store import TagsReadOnly, TagStore

SEED = "000_4ab7afceee558d79.txt"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "user-data"
    monkeypatch.setenv(location.DATA_DIR_ENV, str(data))
    return data


@pytest.fixture
def article(tmp_path: Path, seeds: Path) -> Article:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seeds / SEED, corpus / SEED)
    return load_article(corpus / SEED)


def sidecar_of(article: Article) -> Path:
    return article.path.with_name(article.path.name + ".tags.yaml")


def read_yaml(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def claim(article: Article, index: int = 3) -> tuple[int, int]:
    sentence = article.content_sentences[index]
    return sentence.start, sentence.end


def test_add_writes_the_sidecar_at_once_with_the_schema(article: Article) -> None:
    store = TagStore.open(article)
    assert not sidecar_of(article).exists()  # opening never writes
    start, end = claim(article)
    related = Related("001_cf6e1a4fd903ed95.txt", "Treasury Secretary Besant")
    change = store.add(start, end, ["disputed"], "check this", related)
    assert change.saved and store.saved and change.conflicts == ()
    document = read_yaml(sidecar_of(article))
    assert document["schema"] == "diptych.tags/1"
    assert document["article"] == {"path": SEED, "sha256": article.sha256}
    [tag] = document["tags"]
    assert tag["id"] == change.tag.id
    assert tag["labels"] == ["disputed"]
    assert tag["note"] == "check this"
    assert tag["target"]["exact"] == article.text[start:end]
    assert (tag["target"]["start"], tag["target"]["end"]) == (start, end)
    assert tag["related"] == {"article": related.article, "exact": related.exact}
    assert str(tag["created"]).startswith("20")


def test_ids_are_unique_and_sort_by_creation(article: Article) -> None:
    store = TagStore.open(article)
    ids = [store.add(*claim(article, i)).tag.id for i in range(5)]
    assert len(set(ids)) == 5
    assert ids == sorted(ids)


def test_update_delete_and_undo_each_reach_the_file(article: Article) -> None:
    store = TagStore.open(article)
    tag_id = store.add(*claim(article), ["disputed"], "first").tag.id
    store.update(tag_id, labels=["verified", "opinion"], note="second")
    assert read_yaml(sidecar_of(article))["tags"][0]["labels"] == ["verified", "opinion"]
    store.delete(tag_id)
    assert read_yaml(sidecar_of(article))["tags"] == []
    assert store.undo() is not None
    [tag] = read_yaml(sidecar_of(article))["tags"]
    assert (tag["id"], tag["note"]) == (tag_id, "second")
    store.undo()
    assert read_yaml(sidecar_of(article))["tags"][0]["note"] == "first"
    store.undo()
    assert read_yaml(sidecar_of(article))["tags"] == []
    assert store.undo() is None


def test_a_reopened_store_sees_the_saved_tags(article: Article) -> None:
    first = TagStore.open(article)
    tag_id = first.add(*claim(article), ["false"], "multi\nline").tag.id
    [placed] = TagStore.open(article).tags()
    assert placed.tag == first.get(tag_id)
    assert placed.status is AnchorStatus.ANCHORED


def test_edited_article_reanchors_and_orphans_without_dropping(article: Article) -> None:
    store = TagStore.open(article)
    kept = store.add(*claim(article, 2), ["verified"]).tag
    lost = store.add(*claim(article, 4), ["disputed"]).tag
    start, end = claim(article, 4)
    text = "Update: new first line.\n" + article.text[:start] + article.text[end:]
    article.path.write_text(text, encoding="utf-8")
    edited = load_article(article.path)
    reopened = TagStore.open(edited)
    by_id = {placed.tag.id: placed for placed in reopened.tags()}
    assert by_id[kept.id].status is AnchorStatus.MOVED
    assert by_id[kept.id].current == kept.target.exact
    assert by_id[lost.id].orphaned and by_id[lost.id].current == ""
    # the next change saves the new offsets and hash, and keeps the orphan
    reopened.update(kept.id, note="still here")
    document = read_yaml(sidecar_of(article))
    assert document["article"]["sha256"] == edited.sha256
    saved = {tag["id"]: tag for tag in document["tags"]}
    assert saved[kept.id]["target"]["start"] == by_id[kept.id].anchor.start
    assert saved[lost.id]["target"]["exact"] == lost.target.exact
    assert TagStore.open(edited).tags()[1].orphaned


def test_hand_edits_with_comments_and_unknown_keys_survive_a_save(article: Article) -> None:
    store = TagStore.open(article)
    tag_id = store.add(*claim(article), ["disputed"], "note").tag.id
    path = sidecar_of(article)
    text = path.read_text(encoding="utf-8")
    text = "# reviewed by A. on Monday\n" + text.replace(
        f"id: {tag_id}", f"id: {tag_id}  # the Bessent claim\n    reviewer: alice"
    )
    text += "extra:\n  keep: me  # a key diptych does not know\n"
    path.write_text(text, encoding="utf-8")
    store.reload()
    store.update(tag_id, note="edited in the app")
    store.add(*claim(article, 5), ["opinion"])
    saved = path.read_text(encoding="utf-8")
    assert saved.startswith("# reviewed by A. on Monday\n")
    assert "# the Bessent claim" in saved
    assert "reviewer: alice" in saved
    assert "keep: me  # a key diptych does not know" in saved
    assert read_yaml(path)["tags"][0]["note"] == "edited in the app"
    assert saved.index("schema:") < saved.index("article:") < saved.index("tags:")


@pytest.mark.parametrize(
    "content, line, words",
    [
        ("schema: diptych.tags/1\ntags:\n  - id: [oops\n", 4, "sequence started on line 3"),
        ("schema: diptych.tags/9\ntags: []\n", 1, "unknown schema"),
        ("schema: diptych.tags/1\ntags:\n  - id: x\n    target: {start: 1}\n", 4, "end"),
        ("schema: diptych.tags/1\ntags: !!python/object/apply:os.system [ls]\n", 2, "not allowed"),
    ],
)
def test_unreadable_sidecar_is_reported_by_line_and_never_written(
    article: Article, content: str, line: int, words: str
) -> None:
    path = sidecar_of(article)
    path.write_text(content, encoding="utf-8")
    store = TagStore.open(article)
    assert store.read_only
    message = str(store.error)
    assert message.startswith(f"{path}:{line}: ")
    assert words in message
    with pytest.raises(TagsReadOnly, match="read-only until fixed"):
        store.add(*claim(article))
    assert path.read_text(encoding="utf-8") == content


def test_fixing_the_sidecar_makes_the_tags_writable_again(article: Article) -> None:
    path = sidecar_of(article)
    path.write_text("schema: diptych.tags/1\ntags: [\n", encoding="utf-8")
    store = TagStore.open(article)
    assert store.read_only
    path.write_text("schema: diptych.tags/1\ntags: []\n", encoding="utf-8")
    store.add(*claim(article))
    assert not store.read_only and len(read_yaml(path)["tags"]) == 1


def test_read_only_corpus_saves_to_the_user_data_folder(
    article: Article, private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = TagStore.open(article)
    first.add(*claim(article), ["verified"])
    beside = sidecar_of(article)
    beside.write_text("# shipped with the corpus\n" + beside.read_text(encoding="utf-8"))
    monkeypatch.setattr(location, "folder_is_writable", lambda folder: False)
    before = beside.read_bytes()
    store = TagStore.open(article)
    assert store.location.redirected
    assert str(private_data_dir) in store.location.message
    assert len(store.tags()) == 1  # read from beside the article until the first save
    store.add(*claim(article, 5), ["opinion"])
    assert beside.read_bytes() == before
    assert store.path.is_relative_to(private_data_dir)
    saved = store.path.read_text(encoding="utf-8")
    assert saved.startswith("# shipped with the corpus")
    assert len(read_yaml(store.path)["tags"]) == 2


def test_failed_write_keeps_the_change_pending_until_it_can_be_saved(
    article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.tags import store as store_module

    store = TagStore.open(article)
    real_write = store_module.atomic_write

    def disk_full(target: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "atomic_write", disk_full)
    change = store.add(*claim(article), ["disputed"])
    assert not change.saved and not store.saved
    assert "No space left" in (store.write_error or "")
    assert len(store.tags()) == 1  # shown, though not yet on disk
    monkeypatch.setattr(store_module, "atomic_write", real_write)
    store.flush()
    assert store.saved and len(read_yaml(sidecar_of(article))["tags"]) == 1


def test_update_keeps_the_link_unless_told_to_remove_it(article: Article) -> None:
    store = TagStore.open(article)
    related = Related("001_cf6e1a4fd903ed95.txt", "Treasury Secretary Besant")
    tag_id = store.add(*claim(article), ["disputed"], related=related).tag.id
    assert store.update(tag_id, note="n").tag.related == related
    assert store.update(tag_id, related=None).tag.related is None
    assert "related" not in read_yaml(sidecar_of(article))["tags"][0]


def test_undo_of_an_unsaved_change_just_drops_it(
    article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.tags import store as store_module

    def read_only_disk(target: Path, data: bytes) -> None:
        raise OSError(30, "Read-only file system")

    store = TagStore.open(article)
    monkeypatch.setattr(store_module, "atomic_write", read_only_disk)
    store.add(*claim(article), ["disputed"])
    assert not store.saved
    store.undo()
    assert store.saved and store.tags() == [] and not sidecar_of(article).exists()


def test_sidecar_broken_after_opening_is_not_overwritten(article: Article) -> None:
    store = TagStore.open(article)
    store.add(*claim(article), ["verified"])
    broken = "schema: diptych.tags/1\ntags: [half a hand edit\n"
    sidecar_of(article).write_text(broken, encoding="utf-8")
    with pytest.raises(TagsReadOnly, match=":3: "):
        store.add(*claim(article, 5), ["opinion"])
    assert store.read_only and store.saved
    assert sidecar_of(article).read_text(encoding="utf-8") == broken
    sidecar_of(article).write_text("schema: diptych.tags/1\ntags: []\n", encoding="utf-8")
    store.add(*claim(article, 5), ["opinion"])
    assert not store.read_only
    assert [tag["labels"] for tag in read_yaml(sidecar_of(article))["tags"]] == [["opinion"]]
