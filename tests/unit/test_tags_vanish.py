"""Tags never vanish from view: read-only corpora, sidecars without their article, links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.text_files import write_texts
from tui.cli import main
from tui.engine.corpus import load_corpus
from tui.tags import location
from tui.tags.corpus_tags import CorpusTags
from tui.tags.model import Related
from tui.tags.saver import Saver
from tui.tags.store import TagStore

ARTICLES = {
    "alpha.txt": "The minister arrived in London on Monday. Markets rose on the news.\n",
    "beta.txt": "The minister landed in London on Monday. Markets fell on the news.\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_texts(tmp_path / "corpus", ARTICLES)


def tag_first_sentence(folder: Path, name: str, related: Related | None = None) -> None:
    corpus = load_corpus(folder)
    article = corpus.by_name(name)
    sentence = article.sentences[0]
    change = (
        CorpusTags(corpus.articles)
        .store(name)
        .add(sentence.start, sentence.end, ["disputed"], related=related)
    )
    assert change.saved


def listed(capsys: pytest.CaptureFixture[str], folder: Path) -> dict:
    main(["tags", str(folder), "--format", "json"])
    return json.loads(capsys.readouterr().out)


def test_tags_saved_in_a_read_only_corpus_are_found_by_every_reader(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with monkeypatch.context() as read_only:
        read_only.setattr(location, "folder_is_writable", lambda folder: False)
        tag_first_sentence(folder, "alpha.txt")
        assert not (folder / "alpha.txt.tags.yaml").exists()
    # A reader for whom the folder is writable (root, or the folder made writable again).
    corpus = load_corpus(folder)
    assert len(CorpusTags(corpus.articles).all_tags()) == 1
    assert CorpusTags(corpus.articles).survey().count("alpha.txt") == 1
    [record] = listed(capsys, folder)["tags"]
    assert record["article"] == "alpha.txt" and record["status"] == "anchored"
    tag_first_sentence(folder, "alpha.txt")  # and the next writer adds to the same sidecar
    assert len(CorpusTags(load_corpus(folder).articles).all_tags()) == 2
    assert not (folder / "alpha.txt.tags.yaml").exists()


def test_a_sidecar_without_its_article_is_listed_as_orphaned(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tag_first_sentence(folder, "beta.txt")
    (folder / "beta.txt").unlink()
    corpus = load_corpus(folder)
    [placed] = CorpusTags(corpus.articles).all_tags()
    assert (placed.article, placed.orphaned) == ("beta.txt", True)
    [record] = listed(capsys, folder)["tags"]
    assert (record["article"], record["status"], record["article_missing"]) == (
        "beta.txt",
        "orphaned",
        True,
    )
    main(["tags", str(folder)])
    out = capsys.readouterr().out
    assert "beta.txt  disputed  [orphaned: article missing]" in out
    assert out.endswith("sidecars of missing articles: beta.txt\n")
    [orphan] = CorpusTags(corpus.articles).survey().orphans
    assert orphan.article == "beta.txt" and len(orphan.tags) == 1


def test_links_into_an_article_are_counted(folder: Path) -> None:
    tag_first_sentence(folder, "beta.txt", Related("alpha.txt", "The minister arrived"))
    tags = CorpusTags(load_corpus(folder).articles).survey()
    assert (tags.count("alpha.txt"), tags.links_in("alpha.txt")) == (0, 1)
    assert (tags.count("beta.txt"), tags.links_in("beta.txt")) == (1, 0)


def test_an_unreadable_sidecar_is_named_by_file_and_line(folder: Path) -> None:
    broken = folder / "alpha.txt.tags.yaml"
    broken.write_text("schema: diptych.tags/1\ntags:\n  - id: [\n", encoding="utf-8")
    tags = CorpusTags(load_corpus(folder).articles).survey()
    assert tags.count("alpha.txt") is None
    assert str(tags.error("alpha.txt")).startswith(f"{broken}:4: ")


class HeldSaver(Saver):
    """A saver whose writes never start: every change stays pending in its store."""

    def request(self, store: TagStore) -> None:
        pass


def test_the_survey_counts_changes_still_being_written(folder: Path) -> None:
    corpus = load_corpus(folder)
    tags = CorpusTags(corpus.articles, saver=HeldSaver())
    sentence = corpus.by_name("alpha.txt").sentences[0]
    change = tags.store("alpha.txt").add(sentence.start, sentence.end, ["disputed"])
    assert change.saving and not (folder / "alpha.txt.tags.yaml").exists()
    assert tags.survey().count("alpha.txt") == 1
