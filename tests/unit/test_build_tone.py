"""tools/build_tone.py: the tone of words VADER leaves out, from their WordNet neighbours."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.text_files import write_texts
from tests.tools import load_tool


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_tool("build_tone")


DATA_VERB = """\
  1 This header line of the licence starts with spaces.
00000001 32 v 01 applaud 0 000 | express approval
00000002 32 v 02 hail 0 acclaim 0 001 @ 00000001 v 0000 | praise vociferously
00000003 32 v 01 criticize 0 000 | find fault with
00000004 35 v 01 pan 0 000 | wash dirt in a pan
00000005 32 v 01 pan 0 001 @ 00000003 v 0000 | express a negative opinion of
00000006 32 v 01 mix 0 002 @ 00000001 v 0000 @ 00000003 v 0000 | a word beside both
00000007 32 v 01 give 0 000 | hand over
00000008 30 v 01 change 0 000 | undergo a change
00000009 30 v 02 slow 0 retard 0 001 @ 00000008 v 0000 | lose velocity
00000014 32 v 01 deride 0 001 @ 00000003 v 0000 | treat or speak of with contempt
00000015 35 v 01 dismember 0 001 @ 00000003 v 0000 | a rare verb beside a rated one
"""
INDEX_VERB = """\
  1 header
acclaim v 1 1 @ 1 0 00000002
applaud v 1 1 @ 1 0 00000001
criticize v 1 1 @ 1 0 00000003
deride v 1 1 @ 1 0 00000014
dismember v 1 1 @ 1 0 00000015
give v 1 1 @ 1 0 00000007
hail v 1 1 @ 1 0 00000002
mix v 1 1 @ 1 0 00000006
pan v 2 1 @ 2 0 00000004 00000005
change v 1 1 @ 1 0 00000008
retard v 1 1 @ 1 0 00000009
slow v 1 1 @ 1 0 00000009
"""
DATA_ADJ = """\
00000010 00 a 01 optimistic 0 000 | expecting the best
00000011 00 s 01 upbeat 0 001 & 00000010 a 0000 | cheerful and optimistic
00000012 00 a 01 blue 0 000 | of the colour of the sky
00000013 00 s 01 game 0 001 & 00000010 a 0000 | willing to face danger
"""
INDEX_ADJ = """\
blue a 1 0 1 0 00000012
game a 1 1 & 1 0 00000013
optimistic a 1 0 1 0 00000010
upbeat a 1 1 & 1 0 00000011
"""
VERB_EXC = "gave give\n"
CNTLIST = "game%1:04:00:: 1 38\ngame%5:00:00:willing:00 1 2\nhail%2:32:02:: 1 4\n"
RATED = {"applaud": 2.0, "criticize": -1.8, "optimistic": 1.6, "give": 1.3, "retard": -2.4}


@pytest.fixture
def wordnet(tmp_path: Path) -> Path:
    texts = {
        "data.verb": DATA_VERB,
        "index.verb": INDEX_VERB,
        "data.adj": DATA_ADJ,
        "index.adj": INDEX_ADJ,
        "verb.exc": VERB_EXC,
        "cntlist.rev": CNTLIST,
    }
    return write_texts(tmp_path, texts, encoding="latin-1")


def test_words_take_the_tone_of_the_rated_neighbours_of_their_first_sense(
    builder: ModuleType, wordnet: Path
) -> None:
    tone = builder.propagated_tone(wordnet, RATED)
    # a kind of "applaud", its synonym too; similar to "optimistic"
    assert tone["hail"] == (2.0, "verb") and tone["acclaim"] == (2.0, "verb")
    assert tone["upbeat"] == (1.6, "adj")
    # "pan": its first sense is no verdict; "mix": neighbours of both signs; "blue": none;
    # "game": mostly a noun; "slow": a kind of change, which way it went is no verdict
    assert not {"pan", "mix", "blue", "game", "slow"} & tone.keys()


def test_verbs_rated_either_way_get_their_inflected_forms(
    builder: ModuleType, wordnet: Path
) -> None:
    tone = builder.propagated_tone(wordnet, RATED)
    forms = builder.with_verb_forms(wordnet, tone, RATED)
    assert forms["hailed"] == forms["hailing"] == forms["hails"] == 2.0
    assert forms["criticized"] == -1.8 and forms["gave"] == 1.3  # irregular, from verb.exc
    assert "applaud" not in forms  # VADER rates it
    assert "upbeated" not in forms  # no verb


def test_a_verb_of_communication_rare_but_for_its_forms_is_rated(
    builder: ModuleType, wordnet: Path
) -> None:
    tone = builder.propagated_tone(wordnet, RATED)
    forms = builder.with_verb_forms(wordnet, tone, RATED)
    # "deride" is rarer than the everyday floor, "derided" is not: a verdict reporters write
    assert tone["deride"] == (-1.8, "verb") and forms["derided"] == -1.8
    # the same rarity outside verb.communication (lexicographer file 32) stays unrated
    assert "dismember" not in tone and "dismembered" not in forms
