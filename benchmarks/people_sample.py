"""`diptych names` on the three reports of each BASIL event of clusters 0-49, for judging.

Counts what a reader checks in the people table, flagged automatically so that a change
shows at once (a reader still judges the listed sample, ``--show-people``), and the
verdicts a reader gave a fixed sample of rows (data/people_judged.tsv):

- merges: one person whose mentions carry two given names that cannot name one person
  (Bill / Hillary Clinton);
- splits: two people of one event with the same surname and given names that may name
  one person (or none given on one side);
- junk: a person whose written name starts with a function or discourse word or an
  ordinary English word that is not a given name ("But Trump", "Morning Joe").
"""

from __future__ import annotations

import argparse
import json
import tempfile
import zlib
from collections import Counter
from pathlib import Path

from tui.commands.names_cmd import to_json
from tui.engine.corpus import load_article
from tui.engine.findings.english_frequency import is_common
from tui.engine.people.lexicon import given_names
from tui.engine.people.persons import SUFFIXES_WRITTEN
from tui.engine.people.table import PersonRow, name_table
from tui.engine.textnorm import STOPWORDS, fold

OWN_CLUSTERS = range(50)


def _given(written: str) -> str | None:
    words = [w for w in written.split() if len(w.rstrip(".")) > 1]
    return fold(words[0]) if len(words) > 1 else None


def _merged(row: PersonRow) -> bool:
    names = given_names()
    given = {g for a in row.appearances for n in a.names if (g := _given(n))}
    return any(not names.same_person(x, y) for x in given for y in given if x < y)


def _junk(row: PersonRow) -> bool:
    for appearance in row.appearances:
        for name in appearance.names:
            if len(name.split()[0].rstrip(".")) == 1:
                continue  # an initial first is a name's ("R. Clarke Cooper")
            words = [w for w in name.split() if len(w.rstrip(".")) > 1]
            first = fold(words[0])
            if first in STOPWORDS:
                return True
            if len(words) > 1 and is_common(first, 4.0) and not given_names().known(first):
                return True
    return False


def _surname_key(row: PersonRow) -> str:
    return "".join(c for c in fold(row.spelling) if c.isalpha())


def _suffix(row: PersonRow) -> str:
    last = row.name.rsplit(" ", 1)[-1]
    return last if last in SUFFIXES_WRITTEN.values() else ""


def _splits(rows: tuple[PersonRow, ...]) -> int:
    names = given_names()
    count = 0
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            if _surname_key(a) != _surname_key(b) or _suffix(a) != _suffix(b):
                continue  # "Jesse Jackson Jr." and his father are two people
            ga = {g for x in a.appearances for n in x.names if (g := _given(n))}
            gb = {g for x in b.appearances for n in x.names if (g := _given(n))}
            if not ga or not gb or any(names.same_person(x, y) for x in ga for y in gb):
                count += 1
    return count


JUDGED = Path(__file__).resolve().parent / "data" / "people_judged.tsv"
"""Hand judgements of a sample of the rows (benchmarks/data/people_judged.tsv)."""

SAMPLE_EVERY = 16


def in_sample(cluster: int, name: str) -> bool:
    """A row is in the judged sample by a hash of its event and name, so that a change to
    other rows does not move the sample."""
    return zlib.crc32(f"{cluster:02d}|{name}".encode()) % SAMPLE_EVERY == 0


def _judgements() -> dict[tuple[int, str], str]:
    lines = JUDGED.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return {(int(row[0]), row[1]): row[2] for row in rows[1:]}  # after the header


def run_people_sample(path: Path, show: bool, dump: Path | None = None) -> None:
    """Count and judge the people tables of BASIL 0-49; with ``dump``, also write each
    event's ``diptych names --format json`` there (``NN.json``), to compare byte for byte
    before and after a change that should not move the tables."""
    clusters = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    tally: Counter[str] = Counter()
    judged = _judgements()
    verdicts: Counter[str] = Counter()
    unjudged: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for c in OWN_CLUSTERS:
            articles = []
            for a, entry in enumerate(clusters[c]["articles"]):
                file = Path(tmp) / f"{c:03d}_{a}_{entry['source']}.txt"
                file.write_text(entry["text"], encoding="utf-8")
                articles.append(load_article(file))
            table = name_table(articles)
            if dump is not None:
                found = json.dumps(to_json(table, f"basil-{c:02d}"), ensure_ascii=False, indent=1)
                (dump / f"{c:02d}.json").write_text(found + "\n", encoding="utf-8")
            tally["people"] += len(table.people)
            tally["office conflicts"] += len(table.disputes)
            tally["splits"] += _splits(table.people)
            for row in table.people:
                if in_sample(c, row.name):
                    verdict = judged.get((c, row.name))
                    verdicts[verdict or "not judged"] += 1
                    if verdict is None:
                        unjudged.append(f"{c:02d} {row.name}")
                merged, junk = _merged(row), _junk(row)
                tally["merges"] += merged
                tally["junk"] += junk
                if show and (c < 10 or merged or junk):
                    marks = " ".join(m for m, on in (("MERGE", merged), ("JUNK", junk)) if on)
                    written = "; ".join(
                        f"{a.article[:5]}: {', '.join(a.names)}"
                        + (f" [{', '.join(w for _, w in a.offices)}]" if a.offices else "")
                        for a in row.appearances
                    )
                    print(f"  {c:02d} {row.name} | {written} {marks}")
            if show:
                for dispute in table.disputes:
                    holders = ", ".join(h.name for h in dispute.holders)
                    print(f"  {c:02d} OFFICE {dispute.written}: {holders}")
    print(
        f"people (BASIL 0-49, one table per event): {tally['people']} people; "
        f"suspected merges {tally['merges']}, splits {tally['splits']}, junk {tally['junk']}; "
        f"office conflicts {tally['office conflicts']}"
    )
    sample = sum(verdicts.values())
    print(
        f"people judged by hand (every row with crc32 % {SAMPLE_EVERY} == 0, {sample} rows): "
        + ", ".join(f"{verdict} {n}" for verdict, n in sorted(verdicts.items()))
        + f"; {len(judged)} judgements on file"
    )
    if unjudged:
        print("  rows new since the judging (read and add them): " + "; ".join(unjudged))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-people", action="store_true", help="print the tables to judge")
    parser.add_argument("--dump-json", type=Path, help="write each event's names JSON here")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    path = root.parent / "shared" / "eval" / "external" / "basil_clusters.jsonl"
    if args.dump_json is not None:
        args.dump_json.mkdir(parents=True, exist_ok=True)
    run_people_sample(path, args.show_people, args.dump_json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
