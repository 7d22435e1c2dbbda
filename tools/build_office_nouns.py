"""Build ``tui/engine/data/office_nouns.txt``: nouns for an office that one person holds
in a body (a university's rector or provost, a faculty's dean, a diocese's bishop, a
parish's pastor, a commission's commissioner), from WordNet 3.0; and compounds of two
words or more that name an office of its own by the kind of an organisation's office
("high commissioner", "managing director").

A noun is taken when its most frequent sense that is a person (WordNet lists the most
frequent first) is one of the kinds, at any depth, of a seed below: "dean" (first sense
an academic administrator), "rector" (first sense a curate), "bishop", not "cardinal"
(a kind of bishop, but an honorific of offices.txt: many hold it at a time). Only
single words there, and none that is an adjective too ("metropolitan": "the Metropolitan
Museum"); nouns that offices.txt already knows as an office or an honorific are left to
it. The people model reads each as an office of
its own, held by one person per body ("Rector X of Semmelweis University"), as the
organisation offices of offices.txt are.

Two more readings of WordNet add posts no seed reaches: a noun whose first person sense
WordNet defines as the one in charge or a public official (``post_nouns``: "coroner",
"ombudsman", "postmaster", "warden"), and a postpositive "general" after an official's
or an accountant's noun (``general_offices``: "auditor general", "consul general",
"registrar general"; of the 82 such compounds most never occur in news, and those that
do are offices), a port's "master" (``master_offices``: "harbour master",
"harbourmaster"), and an officer whose tenure WordNet names with a noun of its own
(``tenure_offices``: "prefect" for "prefecture", "comptroller", "treasurer"; 16 nouns, of
them "prelate" and "consul" often held by several in one body).

WordNet 3.0 Copyright 2006 by Princeton University (licence: data/WORDNET-LICENSE.txt).

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_office_nouns.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from build_lexicons import has_wordnet, wordnet_parser
from organisation_roles import Synset, kinds, person_sense, read_nouns

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tui" / "engine" / "data"

SEEDS = (
    "academic administrator",
    "commissioner",
    "bishop",
    "curate",
    "abbot",
    "abbess",
    "headmaster",
)
"""People who run a body: a university or a school ("academic administrator": dean,
provost; "headmaster"), a commission ("commissioner"), a
diocese ("bishop" and its kinds: archbishop, suffragan), a parish ("curate", whose
synset holds pastor, parson, rector), an abbey ("abbot", "abbess")."""

HEADER = """\
# Nouns for an office one person holds in a body (a university's rector, a faculty's dean,
# a diocese's bishop), one a line: 'noun<TAB>seed' (the WordNet kind it was found under).
# Derived from WordNet 3.0 by tools/build_office_nouns.py: do not edit by hand.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. Full licence: WORDNET-LICENSE.txt.
"""


def known_words(offices_txt: Path) -> set[str]:
    """The single words offices.txt already names as an alias or an honorific."""
    return {wording for wording in known_wordings(offices_txt) if " " not in wording}


def known_wordings(offices_txt: Path) -> set[str]:
    """Every alias and honorific of offices.txt, in lower case."""
    words: set[str] = set()
    for line in offices_txt.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("honorific:"):
            values = line.partition(":")[2]
        elif ":" in line.split("|")[0] or "|" not in line:
            continue  # modifier:, standin:, portfolio: ... lines
        else:
            values = line.split("|")[2]
        for alias in values.split(";"):
            wording = alias.rpartition(":")[2].strip().lower()
            if wording:
                words.add(wording)
    return words


def adjectives(folder: Path) -> set[str]:
    """WordNet's adjectives (index.adj lemmas)."""
    lines = (folder / "index.adj").read_text(encoding="latin-1").splitlines()
    return {line.split()[0] for line in lines if not line.startswith(" ")}


def office_nouns(folder: Path, synsets: dict[str, Synset], known: set[str]) -> dict[str, str]:
    """Noun -> the seed it was found under: the single-word lemmas of the seeds' kinds
    whose first person sense is among those kinds, less ``known`` and adjectives."""
    found: dict[str, str] = {}
    known = known | adjectives(folder)
    for seed, noun, subtree in _lemmas_of_kinds(folder, synsets, SEEDS):
        if " " in noun or noun in known or noun in found or not noun.isascii():
            continue
        if person_sense(folder, synsets, noun) in subtree:
            found[noun] = seed
    return found


def _lemmas_of_kinds(
    folder: Path, synsets: dict[str, Synset], seeds: Iterable[str]
) -> Iterator[tuple[str, str, set[str]]]:
    """(seed, lemma in lower case, the offsets of the seed's kinds) for every lemma of
    every kind of each seed's first person sense."""
    for seed in seeds:
        offset = person_sense(folder, synsets, seed)
        if offset is None:
            continue
        subtree = {o for o, _ in kinds(synsets, offset, 20)}
        for o in sorted(subtree):
            for word in synsets[o].words:
                yield seed, word.lower(), subtree


COMPOUND_SEEDS = ("head", "official")
"""Kinds of person whose two-word kinds that end in an office's word are offices of
their own: "high commissioner", "managing director", "security director"."""

LOWER_RANKS = frozenset(("vice", "deputy", "assistant", "associate", "senior", "junior"))
"""First words of a compound that ranks below the office it names ("vice chairman",
"senior vice president"): held by several at a time."""


def organisation_words(offices_txt: Path) -> set[str]:
    """The single-word aliases of offices.txt's offices held one per organisation
    ("director", "chairman", "coach")."""
    words: set[str] = set()
    for line in offices_txt.read_text(encoding="utf-8").splitlines():
        fields = [field.strip() for field in line.split("|")]
        if line.startswith("#") or len(fields) < 3 or fields[1] != "organisation":
            continue
        words.update(a.strip().lower() for a in fields[2].split(";") if " " not in a.strip())
    return words


def compound_office_nouns(
    folder: Path, synsets: dict[str, Synset], heads: set[str], known: set[str]
) -> dict[str, str]:
    """Compound noun -> the seed it was found under: the lemmas of two words or more of
    the kinds of COMPOUND_SEEDS whose first person sense is among those kinds and whose
    last word is one of ``heads`` (an organisation's office: "commissioner",
    "director"), no lower rank ("vice chairman"), none of ``known``."""
    found: dict[str, str] = {}
    for seed, noun, subtree in _lemmas_of_kinds(folder, synsets, COMPOUND_SEEDS):
        words = noun.split()
        if len(words) < 2 or words[-1] not in heads or words[0] in LOWER_RANKS:
            continue
        if noun in found or noun in known or not noun.isascii():
            continue
        if person_sense(folder, synsets, noun) in subtree:
            found[noun] = seed
    return found


POST_GLOSS = re.compile(
    r"^(?:\([^)]*\) )?(?:the (?:chief )?(?:person|official) in charge of"
    r"|a (?:public official|government appointee) who)\b"
)
"""How WordNet defines a post one person holds: "the person in charge of a post office"
(postmaster), "the chief official in charge of a prison" (warden), "a public official who
investigates ... any death" (coroner), "a government appointee who investigates
complaints" (ombudsman). A definition with "a person in charge of" (archivist, paymaster)
or "a government official" (prosecutor) names a job many hold at once."""


def post_nouns(folder: Path, synsets: dict[str, Synset], known: set[str]) -> dict[str, str]:
    """Noun -> "post": single words whose first person sense WordNet defines as a post
    (POST_GLOSS), less adjectives and senses that have a word of ``known`` (an honorific
    or an office of offices.txt already)."""
    found: dict[str, str] = {}
    skip = known | adjectives(folder)
    for noun, offset in _first_person_senses(folder, synsets):
        synset = synsets[offset]
        if " " in noun or not noun.isalpha() or not noun.islower() or noun in skip:
            continue
        if POST_GLOSS.search(synset.gloss) and not skip & {w.lower() for w in synset.words}:
            found[noun] = "post"
    return found


def _first_person_senses(folder: Path, synsets: dict[str, Synset]) -> Iterator[tuple[str, str]]:
    """(lemma in lower case, offset of its most frequent person sense) for every noun."""
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        senses = parts[6 + int(parts[3]) :]
        offset = next((o for o in senses if synsets[o].person), None)
        if offset is not None:
            yield parts[0].replace("_", " "), offset


GENERAL_HEADS = ("official", "accountant")
"""Kinds of person whose noun takes a postpositive "general" for the office of a whole
state or body: "auditor general", "procurator general", "consul general", "registrar
general", "advocate general" ("attorney general", "solicitor general" are offices.txt's).
Military officers are not among them: a "lieutenant general" is a rank many hold."""

MILITARY = "military officer"


def general_offices(folder: Path, synsets: dict[str, Synset], known: set[str]) -> dict[str, str]:
    """ "noun general" -> "general" for every single-word noun one of whose person senses
    is a kind of GENERAL_HEADS, whose most frequent sense is a person ("auditor": a
    listener, then an accountant; not "mace"), written in lower case there (not "Pilate",
    "DA") and none a military officer, less adjectives ("federal",
    "provincial": "the federal General Services Administration") and ``known``."""
    heads = _subtrees(folder, synsets, GENERAL_HEADS)
    military = _subtrees(folder, synsets, (MILITARY,))
    skip = adjectives(folder)
    found: dict[str, str] = {}
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        noun, senses = parts[0], parts[6 + int(parts[3]) :]
        if not noun.isalpha() or not noun.islower() or noun in skip:
            continue
        if not synsets[senses[0]].person or military.intersection(senses):
            continue
        written = {w for o in heads.intersection(senses) for w in synsets[o].words}
        if noun in written and f"{noun} general" not in known:
            found[f"{noun} general"] = "general"
    return found


TENURE_GLOSS = re.compile(
    r"^(?:the )?(?:office|position|post|jurisdiction)(?: or (?:office|station|position))?"
    r" of (?:an? )?(?P<noun>[a-z]+)\b"
)
"""How WordNet defines the noun for a tenure: "comptrollership: the position of
comptroller", "prefecture: the office of prefect", "treasurership: the position of
treasurer"."""

OFFICER_KINDS = ("chief", "official", "financial officer", "accountant", "leader")
"""Kinds of person whose noun, where WordNet names its tenure, is an office one person
holds in a body: a person in charge (prefect, chieftain), an official (bailiff, consul),
a body's financial officer (treasurer) or its accounts' keeper (comptroller, whose
synset is the accountant's)."""

COMPOUND_OF_OFFICE = ("{} general", "state {}")
"""Compounds WordNet lists for an office held on behalf of a whole state: "comptroller
general", "state treasurer"."""


def tenure_offices(folder: Path, synsets: dict[str, Synset], known: set[str]) -> dict[str, str]:
    """Noun -> "tenure": single words whose tenure WordNet names with a noun of its own
    (TENURE_GLOSS), whose most frequent person sense is a kind of OFFICER_KINDS and no
    military officer, and that is no class of many: that sense has no kinds of its own
    ("legislator", "magistrate", "accountant" have), or WordNet lists a compound of
    COMPOUND_OF_OFFICE on the noun ("comptroller general"). Less adjectives and
    ``known``."""
    officers = _subtrees(folder, synsets, OFFICER_KINDS)
    military = _subtrees(folder, synsets, (MILITARY,))
    nouns = _noun_lemmas(folder)
    skip = known | adjectives(folder)
    found: dict[str, str] = {}
    for synset in synsets.values():
        matched = TENURE_GLOSS.match(synset.gloss)
        noun = matched["noun"] if matched else ""
        if not noun or noun in skip or noun in found:
            continue
        sense = person_sense(folder, synsets, noun)
        if sense is None or sense not in officers or sense in military:
            continue
        compounds = {pattern.format(noun) for pattern in COMPOUND_OF_OFFICE}
        if not synsets[sense].hyponyms or compounds & nouns:
            found[noun] = "tenure"
    return found


def _noun_lemmas(folder: Path) -> set[str]:
    """Every noun lemma of WordNet, in lower case, words apart by spaces."""
    lines = (folder / "index.noun").read_text(encoding="latin-1").splitlines()
    return {line.split()[0].replace("_", " ") for line in lines if not line.startswith(" ")}


MASTER_PLACES = ("port",)
"""Places one person is in charge of as their "master": a port and its kinds (harbour,
seaport), the harbour master's ("the harbour master of Odesa", "Harbourmaster X")."""


def master_offices(folder: Path, synsets: dict[str, Synset]) -> dict[str, str]:
    """ "place master" and "placemaster" -> "master" for every single word of the kinds of
    MASTER_PLACES (their most frequent noun sense), written in lower case there."""
    found: dict[str, str] = {}
    for seed in MASTER_PLACES:
        offset = _first_sense(folder, seed)
        if offset is None:
            continue
        for _, synset in kinds(synsets, offset, 20):
            for word in synset.words:
                if word.isalpha() and word.islower():
                    found[f"{word} master"] = found[f"{word}master"] = "master"
    return found


def _first_sense(folder: Path, lemma: str) -> str | None:
    """The offset of ``lemma``'s most frequent noun sense, or None."""
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(lemma + " "):
            parts = line.split()
            return parts[6 + int(parts[3])]
    return None


def _subtrees(folder: Path, synsets: dict[str, Synset], seeds: Iterable[str]) -> set[str]:
    """The offsets of the first person senses of ``seeds`` and of all their kinds."""
    offsets: set[str] = set()
    for seed in seeds:
        offset = person_sense(folder, synsets, seed)
        if offset is not None:
            offsets |= {o for o, _ in kinds(synsets, offset, 20)}
    return offsets


def write(table: dict[str, str], path: Path) -> None:
    lines = [f"{noun}\t{seed}" for noun, seed in sorted(table.items())]
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.noun"):
        return 2
    synsets = read_nouns(args.wordnet)
    offices_txt = DATA / "offices.txt"
    table = office_nouns(args.wordnet, synsets, known_words(offices_txt))
    heads = organisation_words(offices_txt) | set(table)
    table |= compound_office_nouns(args.wordnet, synsets, heads, known_wordings(offices_txt))
    table = post_nouns(args.wordnet, synsets, known_words(offices_txt)) | table
    table |= general_offices(args.wordnet, synsets, known_wordings(offices_txt))
    table |= master_offices(args.wordnet, synsets)
    table = tenure_offices(args.wordnet, synsets, known_words(offices_txt) | set(table)) | table
    write(table, DATA / "office_nouns.txt")
    print(f"office_nouns.txt: {len(table)} nouns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
