"""Name particles of many languages (data/name_particles.txt) join one person's name;
things named after people (a facility, road, prize or award noun beside the name) are no
people; an office holder the other report describes as something else still conflicts;
the Slavic c read as ts."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair, Write
from tui.engine.findings.model import Finding
from tui.engine.people.lexicon import name_particles, named_after_nouns
from tui.engine.people.mentions import _LOWER_PARTICLE
from tui.engine.people.persons import cluster_people
from tui.engine.people.spelling import skeleton


def names(write_article: Write, text: str) -> list[str]:
    doc = write_article(text)
    return sorted(
        {doc.text[m.start : m.end] for p in cluster_people(doc).people for m in p.mentions}
    )


def test_the_particle_table_sorts_particles_by_how_they_join() -> None:
    table = name_particles()
    assert {"al", "van", "ould"} <= table.any_case
    assert {"wa", "arap", "ben"} <= table.lower
    assert "ben" not in table.any_case  # "Ben" capitalised is a given name
    assert "an t" in table.phrases and "an" not in table.lower
    assert {"y", "i", "e"} == table.conjunctions


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Former president Oduya wa Kamanga said the dam was late.", "Oduya wa Kamanga"),
        ("Minister Selim ould Brahim Sidina said the port would grow.", "Selim ould Brahim Sidina"),
        ("The elder Issouf ag Mahmoudane said the wells were dry.", "Issouf ag Mahmoudane"),
        ("Councillor Seonag Mac an t-Sagairt said the ferry was full.", "Seonag Mac an t-Sagairt"),
        ("Governor Kiptoo arap Chemjor said the road was finished.", "Kiptoo arap Chemjor"),
    ],
)
def test_a_lower_case_particle_joins_one_name(write_article: Write, text: str, person: str) -> None:
    assert names(write_article, text) == [person]


@pytest.mark.parametrize(
    ("gap", "particle"),
    [(" an t-", True), (" a' ", True), (" wa ", True), (" an ", False), (" and ", False)],
)
def test_a_lower_case_english_word_is_no_particle(gap: str, particle: bool) -> None:
    assert (_LOWER_PARTICLE.search(gap) is not None) is particle


def test_the_named_after_table_holds_facilities_roads_and_prizes() -> None:
    assert {"airport", "stadium", "avenue", "scholarship", "medal"} <= named_after_nouns()
    assert not {"administration", "campaign", "family"} & named_after_nouns()


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Minister Ana Ruiz flew back to Teodora Vidal airport on Monday.", ["Ana Ruiz"]),
        ("Mayor Ole Brandt spoke at the Hotel Knud Rasmussen in the evening.", ["Ole Brandt"]),
        ("The grant funds the Chief Tamanend Scholarship, said Leah Morgan.", ["Leah Morgan"]),
        # an office's own word before a name is no thing's
        ("House Speaker Dale Amos said the bill would pass.", ["Dale Amos"]),
    ],
)
def test_a_name_beside_a_named_after_noun_is_a_things(
    write_article: Write, text: str, people: list[str]
) -> None:
    assert names(write_article, text) == people


def _office_conflicts(found: list[Finding]) -> list[tuple[str, str]]:
    return [(f.left.quote, f.right.quote) for f in found if f.type == "office"]


def test_a_holder_the_other_report_calls_something_else_conflicts(pair: Pair) -> None:
    left = "The governor of Vessa, Amadou Ag Intalla, said talks would resume next week."
    right = (
        "The governor of Vessa, Oumar Sangare, said the army would guard the talks. "
        "Amadou ag Intalla, a Tuareg elder, said the schools must reopen."
    )
    assert _office_conflicts(pair(left, right)) == [("Amadou Ag Intalla", "Oumar Sangare")]


def test_a_holder_the_other_report_names_without_a_role_is_acknowledged(pair: Pair) -> None:
    left = "The governor of Vessa, Amadou Intalla, said talks would resume next week."
    right = (
        "The governor of Vessa, Oumar Sangare, said the army would guard the talks. "
        "Amadou Intalla said the schools must reopen."
    )
    assert _office_conflicts(pair(left, right)) == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("cvetelina", "tsvetelina", True),
        ("cvijetic", "tsvijetic", True),
        ("mcvey", "mtsvey", False),  # the Mc of an Irish name
    ],
)
def test_the_slavic_c_before_v_is_ts(a: str, b: str, same: bool) -> None:
    assert (skeleton(a) == skeleton(b)) is same
