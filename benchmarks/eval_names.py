"""Name findings on real reports of one event (BASIL), the seeds, and a speed run.

BASIL (../shared/eval/external/basil_clusters.jsonl) holds 100 events, each reported by
three outlets: three article pairs per event. Real reporters rarely spell a name two
ways, so name findings there must be rare (at most one per ten pairs) and each one real.

    .venv/bin/python benchmarks/eval_names.py            # BASIL, seeds, speed
    .venv/bin/python benchmarks/eval_names.py --nicknames # also: nickname table coverage
    .venv/bin/python benchmarks/eval_names.py --every-pair  # counts for all 300 pairs

    .venv/bin/python benchmarks/eval_names.py --show-people  # the people tables to judge

Prints every name and office finding of each flagged pair of clusters 0-49 (50-99 are
held out: only their counts), the rates, planted variants and office swaps
(planted_names.py), variants made by rule from the reports' own names and office swaps
in every usual wording (generated_names.py, generated_swaps.py), romanisations of one
person and close names of different people (romanised_names.py), the people-table
counts (people_sample.py), the hand-written people cases (tests/data/people_cases), and
timings.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generated_names import run as run_generated  # noqa: E402
from benchmarks.generated_swaps import run as run_generated_swaps  # noqa: E402
from benchmarks.people_sample import run_people_sample  # noqa: E402
from benchmarks.planted_names import run_office_swaps, run_plants  # noqa: E402
from benchmarks.romanised_names import run_romanised  # noqa: E402
from tests.people_cases import CASE_FILES, check_all  # noqa: E402
from tui.engine.align import align  # noqa: E402
from tui.engine.corpus import Article, load_article, load_corpus  # noqa: E402
from tui.engine.findings.model import Finding  # noqa: E402
from tui.engine.people.lexicon import given_names  # noqa: E402
from tui.engine.people.names import find_name_findings  # noqa: E402

EXTERNAL = ROOT.parent / "shared" / "eval" / "external"

HELD_OUT_FROM = 50
"""BASIL clusters from this one on are a held-out check: their findings are counted,
never printed."""


def _findings(left: Article, right: Article) -> tuple[list[Finding], float]:
    alignments = tuple(align(left.sentences, right.sentences))
    started = time.perf_counter()
    found = find_name_findings(left, right, alignments)
    return found, time.perf_counter() - started


def _show(finding: Finding) -> str:
    return (
        f"    {finding.kind}/{finding.type} {finding.left.quote!r} vs {finding.right.quote!r}"
        f"  score={finding.score}  {finding.message}"
    )


def basil(every_pair: bool = False) -> None:
    path = EXTERNAL / "basil_clusters.jsonl"
    if not path.exists():
        print(f"BASIL: {path} not found (it lives in ../shared/eval/external); skipped")
        return
    clusters = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    pairs = name_pairs = office_pairs = names = offices = 0
    seconds = 0.0
    flagged = []
    with tempfile.TemporaryDirectory() as tmp:
        for c, cluster in enumerate(clusters):
            articles = []
            for a, entry in enumerate(cluster["articles"]):
                file = Path(tmp) / f"{c:03d}_{a}_{entry['source']}.txt"
                file.write_text(entry["text"], encoding="utf-8")
                articles.append(load_article(file))
            for left, right in itertools.combinations(articles, 2):
                found, elapsed = _findings(left, right)
                seconds += elapsed
                pairs += 1
                n = sum(f.kind == "name" for f in found)
                o = sum(f.type == "office" for f in found)
                names += n
                offices += o
                name_pairs += n > 0
                office_pairs += o > 0
                if found and c < HELD_OUT_FROM:
                    flagged.append((left.name, right.name, found))
                if every_pair and c < HELD_OUT_FROM:
                    print(f"  {left.name} vs {right.name}: {n} name, {o} office")
    print(f"BASIL: {pairs} article pairs from {len(clusters)} events (findings of 0-49 shown)")
    for left_name, right_name, found in flagged:
        print(f"  {left_name} vs {right_name}")
        for finding in found:
            print(_show(finding))
    print(
        f"BASIL: name findings {names} in {name_pairs}/{pairs} pairs "
        f"({name_pairs / pairs:.3f} of pairs; budget 0.100); "
        f"office conflicts {offices} in {office_pairs}/{pairs} pairs; "
        f"detector time {seconds / pairs * 1000:.1f} ms per pair"
    )


def seeds() -> None:
    corpus = load_corpus(ROOT / "seeds")
    print("seeds: every pair")
    for left, right in itertools.combinations(corpus.articles, 2):
        found, _ = _findings(left, right)
        print(f"  {left.name} vs {right.name}: {len(found)} findings")
        for finding in found:
            print(_show(finding))


def speed(sentences: int = 5000) -> None:
    """Two articles of ``sentences`` sentences each, 600 people, 12 of them misspelt."""
    given = ["James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen"]
    surnames = [f"Zor{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}vik" for i in range(600)]
    offices = ["Senator", "Governor", "Mayor", "Treasury Secretary", "Ambassador"]

    def text(misspell: bool) -> str:
        lines = []
        for i in range(sentences):
            surname = surnames[i % len(surnames)]
            if misspell and i % len(surnames) % 50 == 0:  # 12 people spelled two ways
                surname = surname.replace("vik", "wik")
            lines.append(
                f"{offices[i % len(offices)]} {given[i % len(given)]} {surname} said on "
                f"Monday that the talks in London would go on for {i % 7 + 2} more days."
            )
        return "\n\n".join(" ".join(lines[i : i + 5]) for i in range(0, len(lines), 5))

    with tempfile.TemporaryDirectory() as tmp:
        left_file, right_file = Path(tmp) / "left.txt", Path(tmp) / "right.txt"
        left_file.write_text(text(False), encoding="utf-8")
        right_file.write_text(text(True), encoding="utf-8")
        left, right = load_article(left_file), load_article(right_file)
        found, times = _timed(left, right)
    print(
        f"speed: {sentences} sentences a side, {len(surnames)} people: {times}, "
        f"{sum(f.kind == 'name' for f in found)} name findings"
    )


def basil_speed(sentences: int = 5000) -> None:
    """Real news text: each outlet's BASIL articles joined until ``sentences`` a side."""
    path = EXTERNAL / "basil_clusters.jsonl"
    if not path.exists():
        return
    clusters = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    with tempfile.TemporaryDirectory() as tmp:
        sides = []
        for outlet in ("nyt", "fox"):
            texts = [a["text"] for c in clusters for a in c["articles"] if a["source"] == outlet]
            texts *= 2  # one outlet's 100 reports hold about 3,000 sentences
            file = Path(tmp) / f"{outlet}.txt"
            article = None
            for count in range(1, len(texts) + 1):
                file.write_text("\n\n".join(texts[:count]), encoding="utf-8")
                if count % 10 == 0 or count == len(texts):
                    article = load_article(file)
                    if article.sentence_count >= sentences:
                        break
            assert article is not None
            sides.append(article)
        left, right = sides
        found, times = _timed(left, right)
    print(
        f"speed (BASIL text): {left.sentence_count} vs {right.sentence_count} sentences: "
        f"{times}, {len(found)} findings"
    )


def _timed(left: Article, right: Article, runs: int = 3) -> tuple[list[Finding], str]:
    """The detector on one pair (no alignment), ``runs`` times on freshly loaded copies
    (an article keeps its people once found): best and worst wall time."""
    elapsed = []
    found: list[Finding] = []
    for _ in range(runs):
        fresh_left, fresh_right = load_article(left.path), load_article(right.path)
        started = time.perf_counter()
        found = find_name_findings(fresh_left, fresh_right, ())
        elapsed.append(time.perf_counter() - started)
    return found, f"best {min(elapsed) * 1000:.0f} ms, worst {max(elapsed) * 1000:.0f} ms"


def people_cases() -> None:
    """The hand-written short reports (tests/data/people_cases/*.yaml): relatives,
    namesakes, transliterated leaders, past office holders, state officials; one figure
    per case file."""
    for file in CASE_FILES:
        with tempfile.TemporaryDirectory() as tmp:
            outcomes = check_all(file, Path(tmp))
        for o in outcomes:
            if not o.held:
                print(f"  fails: [{o.case}] {o.kind} {o.expectation}: {o.detail}")
        held = sum(o.held for o in outcomes)
        print(
            f"people cases ({file.name}): {held}/{len(outcomes)} expectations hold "
            f"({sum(o.open is not None for o in outcomes)} marked open)"
        )


def nickname_coverage() -> None:
    path = EXTERNAL / "nicknames_names.csv"
    if not path.exists():
        print(f"nicknames: {path} not found; skipped")
        return
    names = given_names()
    with path.open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["relationship"] == "has_nickname"]
    known = [r for r in rows if names.known(r["name1"])]
    covered = sum(names.same_person(r["name1"], r["name2"]) for r in known)
    print(
        f"nicknames: {len(rows)} public pairs; our table knows {len(known)} of their formal "
        f"names and links {covered} of those pairs ({covered / max(1, len(known)):.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nicknames", action="store_true", help="also check nickname coverage")
    parser.add_argument(
        "--show-people", action="store_true", help="print the people tables to judge"
    )
    parser.add_argument(
        "--every-pair", action="store_true", help="print the finding counts of every BASIL pair"
    )
    args = parser.parse_args()
    people_cases()
    seeds()
    run_romanised()
    basil(args.every_pair)
    basil_path = EXTERNAL / "basil_clusters.jsonl"
    if basil_path.exists():
        run_plants(basil_path)
        run_generated(basil_path)
        run_office_swaps(basil_path)
        run_generated_swaps(basil_path)
        run_people_sample(basil_path, args.show_people)
    speed()
    basil_speed()
    if args.nicknames:
        nickname_coverage()


if __name__ == "__main__":
    main()
