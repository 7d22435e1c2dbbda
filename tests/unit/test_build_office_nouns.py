"""tools/build_office_nouns.py: nouns for an office held in a body, from WordNet."""

from __future__ import annotations

from pathlib import Path

from tests.tools import load_tool

DATA_NOUN = """\
00000001 18 n 03 curate 0 rector 0 high_priest 0 002 ~ 00000002 n 0000 ~ 00000003 n 0000 | a priest
00000002 18 n 01 pastor 0 001 ~ 00000005 n 0000 | a parish's priest
00000003 18 n 01 metropolitan 0 000 | a bishop of a province
00000004 18 n 01 deacon 0 000 | an elder of a congregation
00000005 18 n 01 deacon 0 000 | a cleric below a priest
"""
INDEX_NOUN = """\
curate n 1 0 1 0 00000001
deacon n 2 0 2 0 00000004 00000005
high_priest n 1 0 1 0 00000001
metropolitan n 1 0 1 0 00000003
pastor n 1 0 1 0 00000002
rector n 1 0 1 0 00000001
"""


def test_nouns_whose_first_sense_is_a_kind_of_a_seed(tmp_path: Path) -> None:
    tool = load_tool("build_office_nouns")
    (tmp_path / "data.noun").write_text(DATA_NOUN, encoding="latin-1")
    (tmp_path / "index.noun").write_text(INDEX_NOUN, encoding="latin-1")
    (tmp_path / "index.adj").write_text("metropolitan a 1 0 1 0 00000009\n", encoding="latin-1")
    synsets = tool.read_nouns(tmp_path)
    table = tool.office_nouns(tmp_path, synsets, {"rector"})
    # not "rector" (offices.txt knows it), "high priest" (two words), "metropolitan"
    # (an adjective too), "deacon" (first a congregation's elder)
    assert table == {"curate": "curate", "pastor": "curate"}


def test_known_words_are_the_single_word_aliases_and_honorifics(tmp_path: Path) -> None:
    tool = load_tool("build_office_nouns")
    offices = tmp_path / "offices.txt"
    offices.write_text(
        "# a comment\n"
        "Mayor | local | mayor; lord mayor\n"
        "Finance Minister | one | US: treasury secretary; UK: chancellor\n"
        "modifier: former; deputy\n"
        "honorific: dr.; father\n",
        encoding="utf-8",
    )
    assert tool.known_words(offices) == {"mayor", "chancellor", "dr.", "father"}


COMPOUND_DATA_NOUN = """\
00000011 18 n 01 official 0 003 ~ 00000012 n 0000 ~ 00000013 n 0000 ~ 00000014 n 0000 | a post
00000012 18 n 01 high_commissioner 0 000 | a commissioner of high rank
00000013 18 n 01 vice_chairman 0 000 | a chairman's deputy
00000014 18 n 01 town_clerk 0 000 | a clerk of a town
00000015 18 n 01 lord_chairman 0 000 | a chairman of lords
"""
COMPOUND_INDEX_NOUN = """\
high_commissioner n 1 0 1 0 00000012
lord_chairman n 1 0 1 0 00000015
official n 1 0 1 0 00000011
town_clerk n 1 0 1 0 00000014
vice_chairman n 1 0 1 0 00000013
"""


def test_compounds_of_an_organisations_office_word_are_offices(tmp_path: Path) -> None:
    tool = load_tool("build_office_nouns")
    (tmp_path / "data.noun").write_text(COMPOUND_DATA_NOUN, encoding="latin-1")
    (tmp_path / "index.noun").write_text(COMPOUND_INDEX_NOUN, encoding="latin-1")
    synsets = tool.read_nouns(tmp_path)
    table = tool.compound_office_nouns(
        tmp_path, synsets, {"commissioner", "chairman"}, {"police commissioner"}
    )
    # not "vice chairman" (a lower rank), "town clerk" (no office word), "lord chairman"
    # (not a kind of a seed)
    assert table == {"high commissioner": "official"}


def test_organisation_words_are_the_single_word_aliases_of_organisation_offices(
    tmp_path: Path,
) -> None:
    tool = load_tool("build_office_nouns")
    offices = tmp_path / "offices.txt"
    offices.write_text(
        "# a | organisation | comment\n"
        "Chair | organisation | chairman; chair of the board\n"
        "Mayor | local | mayor\n",
        encoding="utf-8",
    )
    assert tool.organisation_words(offices) == {"chairman"}
    assert tool.known_wordings(offices) == {"chairman", "chair of the board", "mayor"}


POST_DATA_NOUN = """\
00000021 18 n 01 postmaster 0 000 | the person in charge of a post office
00000022 18 n 01 archivist 0 000 | a person in charge of collecting and cataloguing archives
00000023 18 n 01 coroner 0 000 | a public official who investigates by inquest any death
00000024 18 n 01 prosecutor 0 000 | a government official who conducts prosecutions
00000025 18 n 02 imam 0 imaum 0 000 | (Islam) the person in charge of prayers in a mosque
"""
POST_INDEX_NOUN = """\
archivist n 1 0 1 0 00000022
coroner n 1 0 1 0 00000023
imam n 1 0 1 0 00000025
imaum n 1 0 1 0 00000025
postmaster n 1 0 1 0 00000021
prosecutor n 1 0 1 0 00000024
"""


def test_posts_are_nouns_wordnet_defines_as_the_one_in_charge_or_a_public_official(
    tmp_path: Path,
) -> None:
    tool = load_tool("build_office_nouns")
    (tmp_path / "data.noun").write_text(POST_DATA_NOUN, encoding="latin-1")
    (tmp_path / "index.noun").write_text(POST_INDEX_NOUN, encoding="latin-1")
    (tmp_path / "index.adj").write_text("", encoding="latin-1")
    synsets = tool.read_nouns(tmp_path)
    # not "archivist" ("a person in charge": many), "prosecutor" ("a government
    # official"), "imam" or "imaum" (a sense with a word offices.txt knows)
    assert tool.post_nouns(tmp_path, synsets, {"imam"}) == {
        "postmaster": "post",
        "coroner": "post",
    }


GENERAL_DATA_NOUN = """\
00000031 18 n 01 official 0 002 ~ 00000032 n 0000 ~ 00000034 n 0000 | a person who holds an office
00000032 18 n 01 registrar 0 000 | an official who keeps records
00000033 18 n 01 auditor 0 000 | someone who listens
00000034 18 n 01 Pilate 0 000 | an official of Rome
00000035 18 n 01 military_officer 0 001 ~ 00000036 n 0000 | a commissioned officer
00000036 18 n 01 brigadier 0 000 | an officer of a brigade
00000037 18 n 01 accountant 0 001 ~ 00000038 n 0000 | someone who keeps accounts
00000038 18 n 01 auditor 0 000 | an accountant who inspects accounts
00000039 04 n 01 mace 0 000 | a ceremonial staff
00000040 18 n 01 mace 0 000 | an official who carries a mace
00000041 18 n 01 provincial 0 000 | an official of a province
"""
GENERAL_INDEX_NOUN = """\
accountant n 1 0 1 0 00000037
auditor n 2 0 2 0 00000033 00000038
brigadier n 1 0 1 0 00000036
mace n 2 0 2 0 00000039 00000040
military_officer n 1 0 1 0 00000035
official n 1 0 1 0 00000031
pilate n 1 0 1 0 00000034
provincial n 1 0 1 0 00000041
registrar n 1 0 1 0 00000032
"""


def test_general_after_an_officials_noun_is_an_office(tmp_path: Path) -> None:
    tool = load_tool("build_office_nouns")
    (tmp_path / "data.noun").write_text(GENERAL_DATA_NOUN, encoding="latin-1")
    (tmp_path / "index.noun").write_text(GENERAL_INDEX_NOUN, encoding="latin-1")
    (tmp_path / "index.adj").write_text("provincial a 1 0 1 0 00000099\n", encoding="latin-1")
    synsets = tool.read_nouns(tmp_path)
    table = tool.general_offices(tmp_path, synsets, {"official general"})
    # "auditor" by its second sense; not "brigadier" (military), "Pilate" (a name),
    # "mace" (first a staff), "provincial" (an adjective), "official general" (known)
    assert table == {
        "accountant general": "general",
        "auditor general": "general",
        "registrar general": "general",
    }


MASTER_DATA_NOUN = """\
00000051 15 n 02 port 0 Port_Louis 0 001 ~ 00000052 n 0000 | a place where ships dock
00000052 15 n 02 harbour 0 harbor 0 000 | a sheltered port
00000053 06 n 01 port 0 000 | an opening in a ship's side
"""
MASTER_INDEX_NOUN = """\
harbor n 1 0 1 0 00000052
harbour n 1 0 1 0 00000052
port n 2 0 2 0 00000051 00000053
"""


def test_a_ports_master_is_an_office(tmp_path: Path) -> None:
    tool = load_tool("build_office_nouns")
    (tmp_path / "data.noun").write_text(MASTER_DATA_NOUN, encoding="latin-1")
    (tmp_path / "index.noun").write_text(MASTER_INDEX_NOUN, encoding="latin-1")
    synsets = tool.read_nouns(tmp_path)
    # the kinds of "port" by its first sense; not a name ("Port Louis")
    assert set(tool.master_offices(tmp_path, synsets)) == {
        "port master",
        "portmaster",
        "harbour master",
        "harbourmaster",
        "harbor master",
        "harbormaster",
    }


TENURE_DATA_NOUN = """\
00000061 18 n 01 chief 0 002 ~ 00000062 n 0000 ~ 00000066 n 0000 | a person in charge
00000062 18 n 01 prefect 0 000 | a chief officer
00000063 18 n 03 accountant 0 comptroller 0 controller 0 001 ~ 00000064 n 0000 | keeps accounts
00000064 18 n 01 auditor 0 000 | an accountant who inspects accounts
00000065 18 n 01 military_officer 0 001 ~ 00000066 n 0000 | a commissioned officer
00000066 18 n 01 admiral 0 000 | a naval officer of high rank
00000067 18 n 01 student 0 000 | a learner
00000068 04 n 01 prefecture 0 000 | the office of prefect
00000069 04 n 01 comptrollership 0 000 | the position of comptroller
00000070 04 n 01 accountantship 0 000 | the position of accountant
00000071 04 n 01 admiralty 0 000 | the office of admiral
00000072 04 n 01 studentship 0 000 | the position of student
00000073 04 n 01 controllership 0 000 | the position of controller
00000074 18 n 01 comptroller_general 0 000 | the head of a state's accounts
00000075 18 n 01 treasurer 0 000 | an officer who keeps the funds
00000076 04 n 01 treasurership 0 000 | the position of treasurer
"""
TENURE_INDEX_NOUN = """\
accountant n 1 0 1 0 00000063
accountantship n 1 0 1 0 00000070
admiral n 1 0 1 0 00000066
admiralty n 1 0 1 0 00000071
auditor n 1 0 1 0 00000064
chief n 1 0 1 0 00000061
comptroller n 1 0 1 0 00000063
comptroller_general n 1 0 1 0 00000074
comptrollership n 1 0 1 0 00000069
controller n 1 0 1 0 00000063
controllership n 1 0 1 0 00000073
military_officer n 1 0 1 0 00000065
prefect n 1 0 1 0 00000062
prefecture n 1 0 1 0 00000068
student n 1 0 1 0 00000067
studentship n 1 0 1 0 00000072
treasurer n 1 0 1 0 00000075
treasurership n 1 0 1 0 00000076
"""


def test_nouns_of_officers_whose_tenure_wordnet_names_are_offices(tmp_path: Path) -> None:
    tool = load_tool("build_office_nouns")
    (tmp_path / "data.noun").write_text(TENURE_DATA_NOUN, encoding="latin-1")
    (tmp_path / "index.noun").write_text(TENURE_INDEX_NOUN, encoding="latin-1")
    (tmp_path / "index.adj").write_text("", encoding="latin-1")
    synsets = tool.read_nouns(tmp_path)
    # "comptroller" by its compound "comptroller general", though its synset has kinds;
    # not "accountant" or "controller" (a class of many, no compound of office), "admiral"
    # (military), "student" (no officer), "treasurer" (no officer here: no kind of chief)
    assert tool.tenure_offices(tmp_path, synsets, set()) == {
        "prefect": "tenure",
        "comptroller": "tenure",
    }
    assert tool.tenure_offices(tmp_path, synsets, {"prefect"}) == {"comptroller": "tenure"}
