"""The overview: its numbers, the process pool, and ``diptych overview`` outputs."""

from __future__ import annotations

import csv
import gc
import io
import json
import weakref
from pathlib import Path

import pytest

from tests.text_files import write_texts
from tui.cli import main
from tui.engine import pair_jobs
from tui.engine.compare import compare
from tui.engine.corpus import Article, load_article, load_corpus
from tui.engine.overview import overview
from tui.engine.people.cast import cast_of
from tui.engine.per_article import per_article
from tui.engine.similarity import article_profiles


def sorted_articles(folder: Path) -> list[Article]:
    return sorted(load_corpus(folder).articles, key=lambda a: a.name)


def test_summaries_hold_the_numbers_of_the_comparison(seeds: Path) -> None:
    articles = sorted_articles(seeds)
    result = overview(articles, all_pairs=True, workers=1)
    assert len(result.pairs) == 10 and not result.skipped
    pair = result.pairs[0]
    comparison = compare(articles[pair.left], articles[pair.right])
    first = pair.numbers
    assert (first.left_share, first.right_share) == (
        comparison.left_aligned_share,
        comparison.right_aligned_share,
    )
    assert (first.contradictions, first.names, first.shared) == (
        comparison.count("contradiction"),
        comparison.count("name"),
        comparison.count("shared"),
    )
    assert first.aligned_share == pytest.approx((first.left_share + first.right_share) / 2)


def test_the_process_pool_gives_the_same_summaries(
    seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = sorted_articles(seeds)
    pairs = [(0, 1), (1, 2), (0, 2), (3, 4), (2, 4)]
    alone = pair_jobs.summarise_pairs(articles, pairs, workers=1)
    monkeypatch.setattr(pair_jobs, "POOL_MIN_PAIRS", 1)
    monkeypatch.setattr(pair_jobs, "CHUNK_PAIRS", 2)
    seen: list[tuple[int, int]] = []
    pooled = pair_jobs.summarise_pairs(
        articles, pairs, lambda done, total: seen.append((done, total)), workers=2
    )
    assert pooled == alone
    assert [(s.left, s.right) for s in pooled] == pairs
    assert seen[-1] == (5, 5) and len(seen) == 3  # three chunks of at most two pairs


def test_per_article_work_is_done_once_and_dropped_with_the_article(seeds: Path) -> None:
    calls: list[str] = []

    @per_article
    def length(article: Article) -> int:
        calls.append(article.name)
        return len(article.text)

    article = load_article(seeds / "000_4ab7afceee558d79.txt")
    assert length(article) == length(article) == len(article.text)
    assert calls == [article.name]
    assert article_profiles(article) is article_profiles(article)
    assert article_profiles(load_article(article.path)) is not article_profiles(article)
    assert cast_of(article) is cast_of(article)
    gone = weakref.ref(article)
    del article
    gc.collect()
    assert gone() is None  # the cached work (a Cast points back to it) does not keep it


def write_two_topics(folder: Path) -> None:
    """Two reports of a flood and two of a chess final: the topics share no words."""
    flood = (
        "Floodwaters swept through Riverton on Tuesday, forcing 3,000 residents to flee. "
        "Mayor Ellen Brody said the levee failed near the old mill before dawn. "
        "Rescue crews pulled twelve people from rooftops along Canal Street."
    )
    chess = (
        "Grandmaster Ivo Petrak won the chess final in Zagreb after a tense endgame. "
        "His rook sacrifice on move forty stunned the commentators. "
        "Petrak takes home the trophy and a prize of 50,000 euros."
    )
    write_texts(
        folder,
        {
            "a_flood.txt": flood + "\n",
            "b_flood.txt": flood.replace("Tuesday", "Wednesday") + "\n",
            "c_chess.txt": chess + "\n",
            "d_chess.txt": chess.replace("forty", "thirty") + "\n",
        },
    )


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["overview", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_articles_and_compared_pairs_and_counts_skipped_pairs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_two_topics(tmp_path)
    code, out, _ = run(capsys, str(tmp_path), "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["schema"] == "diptych.overview/2"
    assert document["all_pairs"] is False
    assert [a["file"] for a in document["articles"]] == [
        "a_flood.txt",
        "b_flood.txt",
        "c_chess.txt",
        "d_chess.txt",
    ]
    assert all(a["sentences"] == 3 and a["title"] for a in document["articles"])
    compared = {(p["left"], p["right"]): p for p in document["pairs"]}
    assert set(compared) == {("a_flood.txt", "b_flood.txt"), ("c_chess.txt", "d_chess.txt")}
    assert document["skipped_count"] == 4 and "skipped" not in document
    flood = compared["a_flood.txt", "b_flood.txt"]
    assert flood["aligned"] == 1.0 and flood["left_aligned"] == flood["right_aligned"] == 1.0
    assert flood["contradictions"] >= 1  # Tuesday / Wednesday
    assert set(flood) == {
        "left",
        "right",
        "aligned",
        "left_aligned",
        "right_aligned",
        "contradictions",
        "names",
        "shared",
    }


def test_all_pairs_compares_every_pair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_two_topics(tmp_path)
    _, out, _ = run(capsys, str(tmp_path), "--format", "json", "--all-pairs", "--jobs", "1")
    document = json.loads(out)
    assert len(document["pairs"]) == 6 and document["skipped_count"] == 0
    assert document["all_pairs"] is True
    unrelated = [p for p in document["pairs"] if p["left"][2:] != p["right"][2:]]
    assert all(p["aligned"] == 0.0 for p in unrelated)


def test_list_skipped_names_each_skipped_pair(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_two_topics(tmp_path)
    _, out, _ = run(capsys, str(tmp_path), "--format", "json", "--list-skipped")
    document = json.loads(out)
    assert document["skipped_count"] == 4
    assert sorted(map(tuple, document["skipped"])) == [
        ("a_flood.txt", "c_chess.txt"),
        ("a_flood.txt", "d_chess.txt"),
        ("b_flood.txt", "c_chess.txt"),
        ("b_flood.txt", "d_chess.txt"),
    ]


def test_csv_has_a_header_and_one_row_per_compared_pair(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_two_topics(tmp_path)
    _, out, _ = run(capsys, str(tmp_path), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["left"], r["right"]) for r in rows] == [
        ("a_flood.txt", "b_flood.txt"),
        ("c_chess.txt", "d_chess.txt"),
    ]
    assert float(rows[0]["aligned"]) == 1.0 and int(rows[0]["contradictions"]) >= 1


def test_text_ranks_pairs_and_counts_the_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_two_topics(tmp_path)
    (tmp_path / "e_chess.txt").write_text(
        "Grandmaster Ivo Petrak won the chess final in Zagreb. A new sentence about a draw.\n",
        encoding="utf-8",
    )
    _, out, err = run(capsys, str(tmp_path))
    lines = out.splitlines()
    assert "5 articles, 10 pairs: 4 compared, 6 skipped as unrelated" in lines[0]
    ranked = [line for line in lines if line.endswith(".txt")]
    assert ranked[-1].split()[-2:] in (
        ["c_chess.txt", "e_chess.txt"],
        ["d_chess.txt", "e_chess.txt"],
    )
    assert float(ranked[0].split()[0].rstrip("%")) == 100
    assert err == ""  # no progress line when stderr is not a terminal


NO_CORPUS: dict[str, str] = {}
ONE_ARTICLE = {"one.txt": "One article.\n"}
NO_ARTICLE = {"notes.pdf": "x"}


@pytest.mark.parametrize(
    ("files", "args", "message"),
    [
        (NO_CORPUS, ["missing"], "no such file or folder"),
        (ONE_ARTICLE, [], "at least two articles"),
        (NO_ARTICLE, [], "no readable"),
        ({**ONE_ARTICLE, "two.txt": "Two.\n"}, ["--jobs", "0"], "--jobs must be at least 1"),
    ],
)
def test_bad_corpus_exits_2_with_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    args: list[str],
    message: str,
) -> None:
    write_texts(tmp_path, files)
    target = [str(tmp_path / args[0])] if args[:1] == ["missing"] else [str(tmp_path), *args]
    code, out, err = run(capsys, *target)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_each_worker_works_through_its_own_run_of_chunks_then_takes_from_the_fullest() -> None:
    runs = pair_jobs._Runs(7, 2)  # runs of chunks 0-2 and 3-6
    assert [runs.join(), runs.join()] == [0, 1]
    assert [runs.take(0), runs.take(0), runs.take(0)] == [0, 1, 2]
    assert runs.take(0) == 6  # its run done: the last chunk of the other run
    assert [runs.take(1), runs.take(1), runs.take(1)] == [3, 4, 5]
    assert runs.take(1) is None and runs.take(0) is None
