"""``diptych tags``: every tag of a corpus in four formats; never writes."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from tui.cli import main
from tui.engine.corpus import load_article, load_corpus
from tui.tags import location
from tui.tags.corpus_tags import CorpusTags
from tui.tags.model import Related

LEFT, RIGHT = "000_4ab7afceee558d79.txt", "001_cf6e1a4fd903ed95.txt"


@pytest.fixture
def corpus(tmp_path: Path, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A seed copy with one anchored, one changed and one orphaned tag."""
    monkeypatch.setenv(location.DATA_DIR_ENV, str(tmp_path / "user-data"))
    folder = tmp_path / "corpus"
    shutil.copytree(seeds, folder)
    tags = CorpusTags(load_corpus(folder).articles)
    left = load_article(folder / LEFT)
    claim = left.content_sentences[3]
    related = Related(RIGHT, "Treasury Secretary Besant")
    tags.store(LEFT).add(claim.start, claim.end, ["disputed", "name-error"], "two\nlines", related)
    right = load_article(folder / RIGHT)
    edited, removed = right.content_sentences[2], right.content_sentences[4]
    tags.store(RIGHT).add(edited.start, edited.end, ["verified"])
    tags.store(RIGHT).add(removed.start, removed.end, ["false"], "gone")
    text = right.text
    text = (
        text[: edited.start]
        + text[edited.start : edited.end].replace(" may ", " might well ")
        + text[edited.end : removed.start]
        + text[removed.end :]
    )
    (folder / RIGHT).write_text(text, encoding="utf-8")
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["tags", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_json_lists_every_tag_with_status_and_claim_text(corpus: Path, capsys) -> None:
    status, out, _ = run(capsys, str(corpus), "--format", "json")
    assert status == 0
    document = json.loads(out)
    assert document["schema"] == "diptych.tag-list/1"
    by_label = {record["labels"][0]: record for record in document["tags"]}
    left = load_article(corpus / LEFT).text
    disputed = by_label["disputed"]
    assert disputed["status"] == "anchored"
    assert disputed["text"] == left[disputed["start"] : disputed["end"]]
    assert disputed["related"] == {"article": RIGHT, "quote": "Treasury Secretary Besant"}
    changed = by_label["verified"]
    assert changed["status"] == "changed" and "might well" in changed["text"]
    assert " may " in changed["quote"]
    orphan = by_label["false"]
    assert (orphan["status"], orphan["start"]) == ("orphaned", None)
    assert orphan["text"] == orphan["quote"]


def test_text_marks_orphaned_and_changed_tags(corpus: Path, capsys) -> None:
    status, out, _ = run(capsys, str(corpus))
    assert status == 0
    assert f"{RIGHT}  false  [orphaned]" in out
    assert "[changed]" in out and "    was:   " in out
    assert "    note:  two\n           lines\n" in out
    assert out.endswith("3 tags in 2 of 5 articles (1 orphaned)\n")


def test_csv_has_one_row_per_tag(corpus: Path, capsys) -> None:
    _, out, _ = run(capsys, str(corpus), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sorted(row["status"] for row in rows) == ["anchored", "changed", "orphaned"]
    [disputed] = [row for row in rows if row["labels"] == "disputed;name-error"]
    assert disputed["note"] == "two\nlines" and disputed["article"] == LEFT


def test_jsonld_is_a_web_annotation_collection(corpus: Path, capsys) -> None:
    _, out, _ = run(capsys, str(corpus), "--format", "jsonld")
    document = json.loads(out)
    assert document["@context"] == "http://www.w3.org/ns/anno.jsonld"
    items = document["first"]["items"]
    assert document["total"] == len(items) == 3
    for item in items:
        assert item["type"] == "Annotation"
        source = Path(item["target"]["source"].removeprefix("file://"))
        text = load_article(source).text
        selectors = {s["type"]: s for s in item["target"]["selector"]}
        quote = selectors["TextQuoteSelector"]
        if "TextPositionSelector" in selectors:
            position = selectors["TextPositionSelector"]
            if text[position["start"] : position["end"]] == quote["exact"]:
                continue
            assert "might well" in text[position["start"] : position["end"]]
        else:
            assert quote["exact"] not in text  # only the orphan lacks a position
    purposes = [body["purpose"] for item in items for body in item["body"]]
    assert {"tagging", "commenting", "linking"} <= set(purposes)


def test_listing_never_writes(corpus: Path, capsys) -> None:
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    run(capsys, str(corpus), "--format", "json")
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before


def test_unreadable_sidecar_is_named_by_line_and_fails_the_run(corpus: Path, capsys) -> None:
    broken = corpus / (RIGHT + ".tags.yaml")
    broken.write_text("schema: diptych.tags/1\ntags:\n  - id: [\n", encoding="utf-8")
    status, out, err = run(capsys, str(corpus))
    assert status == 1
    assert f"{broken}:4: " in err and "read-only" in err
    assert "1 tag in 1 of 5 articles" in out
