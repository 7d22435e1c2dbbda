"""tools/build_lexicons.py: antonym pairs from a WordNet database, strong words from VADER."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.text_files import write_texts
from tests.tools import load_tool


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_tool("build_lexicons")


DATA_ADJ = """\
  1 This header line of the licence starts with spaces.
00000001 00 a 01 hopeful 0 001 ! 00000002 a 0101 | having hope
00000002 00 a 01 hopeless 0 001 ! 00000001 a 0101 | without hope
00000003 00 s 01 optimistic 0 001 & 00000001 a 0000 | expecting the best
00000004 00 a 01 common 0 001 ! 00000005 a 0101 | a rare sense of common
00000005 00 a 01 rare 0 001 ! 00000004 a 0101 | seldom found
"""
INDEX_ADJ = """\
  1 header
common a 3 1 ! 3 0 00000009 00000008 00000004
hopeful a 1 1 ! 1 0 00000001
hopeless a 1 1 ! 1 0 00000002
optimistic a 1 1 & 1 0 00000003
rare a 1 1 ! 1 0 00000005
"""
DATA_VERB = (
    "00000010 29 v 02 accept 0 take 0 001 ! 00000011 v 0101 | receive\n"
    "00000011 29 v 01 reject 0 001 ! 00000010 v 0101 | refuse\n"
)
INDEX_VERB = "accept v 1 1 ! 1 0 00000010\nreject v 1 1 ! 1 0 00000011\ntake v 1 1 ! 1 0 00000010\n"


DATA_NOUN = """\
00000020 15 n 01 Jamaica 0 001 @i 00000023 n 0000 | an island country
00000021 15 n 01 Lincoln 0 001 @i 00000023 n 0000 | a city in Nebraska
00000022 18 n 01 Lincoln 0 000 | a president
00000023 15 n 01 country 0 000 | a nation
00000024 15 n 01 Reading 0 001 @i 00000023 n 0000 | a town in England
00000025 04 n 01 reading 0 000 | the act of reading
"""


@pytest.fixture
def wordnet(tmp_path: Path) -> Path:
    texts = {
        "data.adj": DATA_ADJ, "index.adj": INDEX_ADJ,
        "data.verb": DATA_VERB, "index.verb": INDEX_VERB, "data.noun": DATA_NOUN,
        "index.adv": "",
    }  # fmt: skip
    return write_texts(tmp_path, texts, encoding="latin-1")


def test_direct_and_indirect_antonyms_of_frequent_senses(
    builder: ModuleType, wordnet: Path
) -> None:
    pairs = builder.antonym_pairs(wordnet)
    assert ("hopeful", "hopeless") in pairs
    assert ("hopeless", "optimistic") in pairs  # a satellite opposes its head's antonym
    assert ("accept", "reject") in pairs
    assert ("reject", "take") not in pairs  # the pointer joins "accept" only
    assert ("common", "rare") not in pairs  # the third sense of "common" is rare


def test_tables_are_written_with_their_notice(
    builder: ModuleType, wordnet: Path, tmp_path: Path
) -> None:
    out = tmp_path / "antonyms.txt"
    builder.write_antonyms(builder.antonym_pairs(wordnet), out)
    text = out.read_text(encoding="utf-8")
    assert "Princeton University" in text
    assert "hopeful | hopeless\n" in text
    vader = tmp_path / "vader_lexicon.txt"
    vader.write_text(
        "praised\t2.2\t0.6\t[]\ngrim\t-2.7\t0.6\t[]\nokay\t0.9\t0.5\t[]\n:)\t2.0\t1\t[]\n"
    )
    assert builder.evaluative_words(vader) == {"praised": 2.2, "grim": -2.7}


def test_place_names_are_locations_no_person_bears_nor_everyday_words(
    builder: ModuleType, wordnet: Path
) -> None:
    assert builder.place_names(wordnet) == ["Jamaica"]


DEMONYM_NOUNS = (
    DATA_NOUN
    + """\
00000026 15 n 01 Chile 0 001 @i 00000023 n 0000 | a country
00000027 13 n 01 chile 0 000 | a hot pepper
"""
)
DEMONYM_ADJECTIVES = """\
00000040 01 a 01 Jamaican 0 001 \\ 00000020 n 0101 | of Jamaica
00000041 01 a 01 Chilean 0 001 \\ 00000026 n 0101 | of Chile
00000042 01 a 01 Lincolnian 0 001 \\ 00000021 n 0101 | of Lincoln
"""


def test_a_nationality_names_its_place_though_the_place_is_an_everyday_word(
    builder: ModuleType, wordnet: Path
) -> None:
    """ "Chilean" names Chile though "chile" is a pepper (no place name of its own); an
    adjective of a place a person bears may be the person's ("Lincolnian")."""
    (wordnet / "data.noun").write_text(DEMONYM_NOUNS, encoding="latin-1")
    (wordnet / "data.adj").write_text(DEMONYM_ADJECTIVES, encoding="latin-1")
    assert builder.place_names(wordnet) == ["Jamaica"]
    places = builder.unborne_places(wordnet)
    assert builder.demonyms(wordnet, places) == {"Chilean": "Chile", "Jamaican": "Jamaica"}


KIND_NOUNS = """\
00000030 15 n 01 region 0 000 | an area
00000031 15 n 01 city 0 001 @ 00000030 n 0000 | a large town
00000032 15 n 01 county 0 001 @ 00000030 n 0000 | a district
00000033 06 n 01 musical_instrument 0 000 | makes music
00000034 06 n 01 guitar 0 001 @ 00000033 n 0000 | six strings
00000035 06 n 01 instrument 0 000 | a tool
00000036 18 n 01 person 0 001 #m 00000037 n 0000 | a human
00000037 14 n 01 people 0 000 | humans as a group
00000038 07 n 01 little 0 000 | a small amount
"""
KIND_INDEX = """\
city n 1 1 @ 1 1 00000031
county n 1 1 @ 1 1 00000032
guitar n 1 1 @ 1 1 00000034
instrument n 1 0 1 1 00000035
little n 1 0 1 0 00000038
people n 1 0 1 1 00000037
person n 1 1 #m 1 1 00000036
region n 1 0 1 1 00000030
"""


def test_kinds_keep_hypernyms_groups_and_compounds_of_noun_words(
    builder: ModuleType, wordnet: Path
) -> None:
    (wordnet / "data.noun").write_text(KIND_NOUNS, encoding="latin-1")
    (wordnet / "index.noun").write_text(KIND_INDEX, encoding="latin-1")
    (wordnet / "index.adj").write_text("little a 1 0 1 5 00000001\n", encoding="latin-1")
    parents, senses = builder.kind_table(wordnet)

    def up(word: str) -> set[int]:
        todo, seen = list(senses[("n", word)][0]), set()
        while todo:
            synset = todo.pop()
            seen.add(synset)
            todo += parents[synset]
        return seen

    (city,), _ = senses[("n", "city")]
    (county,), _ = senses[("n", "county")]
    assert up("city") & up("county")  # one region
    assert city not in up("county") and county not in up("city")  # neither a kind of the other
    assert senses[("n", "people")][0][0] in up("person")  # a member of the group
    _, compounds = senses[("n", "instrument")]
    assert set(compounds) & up("guitar")  # a kind of "musical instrument"
    assert ("n", "little") not in senses  # mostly an adjective
    out = wordnet / "wordnet_kinds.txt"
    builder.write_kinds((parents, senses), out)
    assert "Princeton University" in out.read_text(encoding="utf-8")
