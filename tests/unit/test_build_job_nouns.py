"""tools/build_job_nouns.py: nouns for a job, from WordNet."""

from __future__ import annotations

from pathlib import Path

from tests.tools import load_tool

DATA_NOUN = """\
00000001 18 n 01 worker 0 001 ~ 00000002 n 0000 | a person who works
00000002 18 n 01 archivist 0 001 @ 00000001 n 0000 | one who keeps archives
00000003 18 n 01 friend 0 000 | a person one knows
00000004 18 n 01 Forester 0 001 @i 00000005 n 0000 | a writer of sea stories
00000005 18 n 01 writer 0 000 | one who writes
00000006 18 n 01 forester 0 001 @ 00000007 n 0000 | one who tends a forest
00000007 18 n 01 farmer 0 000 | one who farms
00000008 26 n 01 founder 0 000 | a disease of horses' feet
00000009 18 n 01 founder 0 001 @ 00000005 n 0000 | one who founds
"""
INDEX_NOUN = """\
archivist n 1 1 @ 1 0 00000002
farmer n 1 0 1 0 00000007
forester n 2 1 @ 2 0 00000004 00000006
founder n 2 1 @ 2 0 00000008 00000009
friend n 1 0 1 0 00000003
worker n 1 1 ~ 1 0 00000001
"""


def test_nouns_whose_first_person_sense_is_a_kind_of_a_job(tmp_path: Path) -> None:
    tool = load_tool("build_job_nouns")
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="utf-8")
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="utf-8")
    # "forester" by its sense of its own (a farmer), not the writer named so; not "worker"
    # (too general a root to be a seat), "friend" (no job), "founder" (first a disease,
    # then one who founds: no job)
    assert tool.job_nouns(tmp_path) == {
        "archivist": "worker",
        "farmer": "farmer",
        "forester": "farmer",
    }


def test_shipped_table_holds_jobs_not_people_in_general() -> None:
    table = Path(__file__).resolve().parents[2] / "tui/engine/data/wordnet_job_nouns.txt"
    nouns = {line.partition("\t")[0] for line in table.read_text().splitlines() if line[:1] != "#"}
    assert {"archivist", "organist", "registrar", "sheriff", "clerk"} <= nouns
    assert not {"friend", "worker", "official", "founder", "owner", "resident"} & nouns
