"""Corpus loading: encodings, skipped files, boilerplate, article facts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.engine.corpus import ArticleError, load_article, load_corpus

BODY = "The minister left London on Monday. Talks with the delegation went on for two days.\n"


def test_seeds_load_with_titles_counts_and_hashes(seeds: Path) -> None:
    corpus = load_corpus(seeds)
    assert [a.name for a in corpus.articles] == sorted(p.name for p in seeds.glob("*.txt"))
    first = corpus.articles[1]
    assert first.title == "I. Besant Bids Farewell to London"
    assert first.sentence_count == len(first.content_sentences) > 10
    assert first.word_count > 250
    assert len({a.sha256 for a in corpus.articles}) == 5
    assert not corpus.skipped


def test_seed_web_cruft_is_boilerplate_and_body_is_not(seeds: Path) -> None:
    article = load_article(seeds / "000_4ab7afceee558d79.txt")
    boiler = [s.text for s in article.sentences if s.boilerplate]
    assert "View Original" in boiler and "Reply0" in boiler and "Comment" in boiler
    assert all(not s.boilerplate for s in article.sentences if "rare earth" in s.text)
    article = load_article(seeds / "003_178d6485c9ed7208.txt")
    footer_start = article.text.index("Original Source:")
    assert [s.start >= footer_start for s in article.sentences] == [
        s.boilerplate for s in article.sentences
    ]
    headings = [s for s in article.sentences if s.text == "US Commerce Secretary Rutnik"]
    assert headings and not headings[0].boilerplate


def test_utf8_bom_and_crlf_keep_offsets(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode() + BODY.replace("\n", "\r\n").encode())
    article = load_article(path)
    assert article.encoding == "utf-8" and not article.encoding_detected
    assert not article.text.startswith("\ufeff")
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text


def test_other_encodings_are_detected_and_said(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = "Le ministre a quitté Londres lundi. Les négociations ont duré deux jours à Genève.\n"
    path.write_bytes(text.encode("cp1252"))
    article = load_article(path)
    assert article.encoding_detected
    assert "quitté" in article.text and "Genève" in article.text


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"   \n\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary")],
)
def test_unreadable_files_are_skipped_with_a_reason(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(content)
    corpus = load_corpus(tmp_path)
    assert [a.name for a in corpus.articles] == ["good.txt"]
    assert [s.path.name for s in corpus.skipped] == ["bad.md"]
    assert reason in corpus.skipped[0].reason


def test_folder_without_articles_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(ArticleError, match="no readable"):
        load_corpus(tmp_path)
    with pytest.raises(ArticleError, match="no such"):
        load_corpus(tmp_path / "missing")


def test_lines_repeated_across_the_corpus_are_boilerplate(tmp_path: Path, seeds: Path) -> None:
    footer = "Sponsored by the Example Gazette weekend edition"
    for n, seed in enumerate(sorted(seeds.glob("*.txt"))[:3]):
        shutil.copy(seed, tmp_path / f"{n}.txt")
        with open(tmp_path / f"{n}.txt", "a", encoding="utf-8") as handle:
            handle.write(f"\n{footer}\n")
    corpus = load_corpus(tmp_path)
    for article in corpus.articles:
        flagged = [s for s in article.sentences if s.text == footer]
        assert flagged and flagged[0].boilerplate
