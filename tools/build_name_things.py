"""Build the tables that tell a person's name from the name of a thing (a firm, a ship, a
storm, a building or prize named after someone), for ``tui/engine/people/things.py``.

- ``wordnet_name_nouns.txt`` from WordNet 3.0 (Debian: ``apt-get install wordnet-base``,
  database under /usr/share/wordnet): nouns by what their first (most frequent) sense
  is a kind of, tagged
  ``person`` (person.n.01: "biologist", "analyst", "coach": a job or role word opening a
  sentence before a name is no part of it; not those that are common US surnames too,
  "walker", "bishop", "cooper", nor those no sense of which the SemCor corpus attests,
  "hakeem", "amir", as they open names as given names, unless they name a practitioner
  of a field, "ecologist", "statistician", or join a common noun to a person noun,
  "shipowner", "firefighter", and no surname is spelled so),
  ``job`` (a person noun left out of ``person`` because SemCor never attests it, which
  WordNet derives from another word: "herder" from herd, "haulier" from haul, "coxswain"
  from cox, "beekeeper" from beekeeping; a borrowed title or given name, "amir", "hakeem",
  is derived from none; not a common US surname): a job word before a name of two more
  words only ("Herder Nils Ante Eira"), where a surname or given name hardly stands,
  ``craft`` (vessel.n.02, a ship or boat: "the liner", "the frigate"; not aircraft: "the
  plane Obama used" names its user)
  and ``storm`` (storm.n.02: "Hurricane", "Typhoon"): the name after one is the thing's,
  ``org`` (organization.n.01: "bank", "firm", "company": "X, the investment bank," is no
  person). Only single words, but for ``craft`` compounds too, with their spaces
  ("aircraft carrier": a "carrier" is first a person).
- ``thing_words.txt``: everyday English common nouns (WordNet lemmas in lower case,
  wordfreq Zipf >= ``MIN_ZIPF``) that no common US surname is spelled like, after the
  1990 US Census surname list (``dist.all.last``, a work of the US Government in the
  public domain, shipped by the ``names`` package 0.3.0, MIT): "freight", "center" (a
  rare surname), not "marsh" (rank 457). A name that ends in one and opens with no known
  given name ("Kessling *Freight*", "Marsh *Creek*", "Nobel *Prize*") names a thing.
- ``legal_forms.txt`` from ``cleanco`` 2.3 (MIT, its ``termdata.terms_by_type``): the
  legal forms of companies, as written after a firm's name ("LLP", "GmbH", "S.A."). Forms
  of two letters or fewer without a full stop are left out: they are words or initials
  of other languages ("as", "da", "ab") more often than legal forms in English news.

Usage (from the project root):
    pip install names==0.3.0 cleanco==2.3
    .venv/bin/python tools/build_name_things.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from importlib.resources import files
from pathlib import Path

from build_lexicons import (
    ancestors_of,
    has_wordnet,
    noun_hypernyms,
    noun_senses,
    wordnet_parser,
)
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tui" / "engine" / "data"

MIN_ZIPF = 3.5
"""Words of thing_words.txt: everyday English words (about 3 in a million words); rarer
nouns are surnames too often ("Brat", "Waltz", "Gallant")."""

COMMON_SURNAME_RANK = 5000
"""Surnames up to this rank in the census list are common enough that a noun spelled so
still ends a person's name ("Sessions" 3626, "Holder" 857); rarer ones are left in the
table ("Tower" 5077, "Center" 7769)."""

NOUN_MIN_ZIPF = 1.5
"""Nouns of wordnet_name_nouns.txt: rare ones ("ichthyologist") still name a job."""

ROOTS = {
    "person": ("00007846",),  # person.n.01
    "craft": ("04530566",),  # vessel.n.02 (a ship or boat)
    "storm": ("11462526", "14521302"),  # storm.n.02 (the weather), cyclone.n.01
    "org": ("07950920",),  # social_group.n.01 (organization.n.01, body.n.02)
}
"""The synsets whose kinds the tags stand for (WordNet 3.0 offsets)."""

SECOND_SENSES = 2
SECOND_SENSE_TAGS = ("org", "craft")
"""A noun whose first sense has no tag is tagged ``org`` or ``craft`` also by its second
sense ("bank": a slope, then a financial institution; "liner": a hit in baseball, then a
ship); a tagged first sense wins ("carrier" is first a person who carries things)."""

WORDNET_NOTICE = """\
# Derived from WordNet 3.0 by tools/build_name_things.py: do not edit by hand.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. Full licence: WORDNET-LICENSE.txt.
# Nouns by the kind of their first sense: 'tag<TAB>noun' (tags: person, job, craft, storm, org).
"""

THING_NOTICE = """\
# Everyday English common nouns (WordNet 3.0, in lower case; wordfreq Zipf >= 3.5) that
# no common US surname (among the 5,000 most frequent) is spelled like. Surnames: US
# Census Bureau, "Frequently Occurring Names" (1990), dist.all.last, a work of the US
# Government in the public domain, as shipped by the `names` package 0.3.0 (MIT).
# WordNet 3.0 Copyright 2006 by Princeton University (full licence:
# WORDNET-LICENSE.txt). Built by tools/build_name_things.py; do not edit by hand.
"""

LEGAL_NOTICE = """\
# Legal forms of companies as written after a firm's name, from cleanco 2.3
# (termdata.terms_by_type; MIT License, Copyright (c) 2012 Paul Solin). Built by
# tools/build_name_things.py; do not edit by hand. Matched as written here, in these
# capitalisations, after a name.
"""


def name_nouns(folder: Path) -> dict[str, str]:
    """Noun -> tag, for nouns whose first sense is a kind of a tag's root."""
    parents = noun_hypernyms(folder)
    above = ancestors_of(parents)

    def tag_of(offsets: list[str]) -> str | None:
        first = above(offsets[0])
        for tag, roots in ROOTS.items():
            if any(root in first for root in roots):
                return tag
        later = frozenset().union(*map(above, offsets[1:SECOND_SENSES]))
        for tag in SECOND_SENSE_TAGS:
            if any(root in later for root in ROOTS[tag]):
                return tag
        return None

    surnames = common_surnames()
    common = common_nouns(folder)
    derived = derived_words(folder)
    tags = {}
    unattested: list[str] = []
    for noun, offsets, attested in noun_senses(folder):
        if not noun.replace(" ", "").replace("-", "").isalpha() or noun != noun.lower():
            continue
        if zipf_frequency(noun, "en") < NOUN_MIN_ZIPF:
            continue
        tag = tag_of(offsets)
        if tag == "person" and noun not in surnames and not attested and " " not in noun:
            unattested.append(noun)
        if tag == "person" and (noun in surnames or not (attested or _job_noun(noun, common))):
            if (
                noun not in surnames
                and " " not in noun
                and _derived_person_noun(noun, offsets, derived, above)
            ):
                tags[noun] = "job"
            continue  # a given name too: "Walker", "Cooper" (surnames), "Hakeem", "Amir"
        if tag is not None and (tag == "craft" or " " not in noun):
            tags[noun] = tag
    heads = {noun for noun, tag in tags.items() if tag == "person"}
    job_heads = {noun for noun, tag in tags.items() if tag == "job"}
    every_surname = set(_surname_ranks())
    for noun in unattested:
        if noun in every_surname:
            continue
        if _compound_job_noun(noun, heads, common):
            tags[noun] = "person"
        elif _compound_job_noun(noun, job_heads, common):
            tags[noun] = "job"  # "beekeeper": bee + keeper, a job word itself
    return tags


def derived_words(folder: Path) -> dict[str, frozenset[str]]:
    """Noun synset offset -> the words of it, as WordNet writes them, that a
    derivationally related form pointer ("+") leaves from ("herder": herd)."""
    derived: dict[str, frozenset[str]] = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        words = [fields[4 + 2 * k] for k in range(int(fields[3], 16))]
        at = 4 + 2 * len(words)
        pointers = fields[at + 1 : at + 1 + 4 * int(fields[at])]
        sources = {
            int(pointers[k + 3][:2], 16) for k in range(0, len(pointers), 4) if pointers[k] == "+"
        }
        found = {words[i - 1] for i in sources if i} | (set(words) if 0 in sources else set())
        if found:
            derived[fields[0]] = frozenset(found)
    return derived


def _derived_person_noun(
    noun: str,
    offsets: Sequence[str],
    derived: Mapping[str, frozenset[str]],
    above: Callable[[str], frozenset[str]],
) -> bool:
    """One of the noun's first senses is a person and WordNet derives the noun, written in
    lower case, from another word there: an English job or role word ("herder", "haulier",
    "coxswain"), not a borrowed title or name ("amir", "hakeem"), which derive from none."""
    return any(
        noun in derived.get(offset, ()) and any(root in above(offset) for root in ROOTS["person"])
        for offset in offsets[:SECOND_SENSES]
    )


MIN_COMPOUND_PART = 3


def _compound_job_noun(noun: str, heads: set[str], common: set[str]) -> bool:
    """A common noun written as one word of a common noun and a person noun ("shipowner":
    ship + owner, "firefighter", "congresswoman"): a job or role word even where SemCor
    never attests it. Names spelled so are left out by the caller (any census surname:
    "Bergson", "Hellman")."""
    return noun in common and any(
        noun[:k] in common and noun[k:] in heads
        for k in range(MIN_COMPOUND_PART, len(noun) - MIN_COMPOUND_PART + 1)
    )


_JOB_ENDING = re.compile(r"(?:ist|ician|grapher)$")


def _job_noun(noun: str, common: set[str]) -> bool:
    """A noun for a practitioner of a field ("ecologist", "statistician",
    "cartographer"), which WordNet writes in lower case (not "Rehnquist", "Marxist"): a
    job word even where SemCor never attests it, never a given name."""
    return noun in common and _JOB_ENDING.search(noun) is not None


def common_surnames() -> set[str]:
    """The US surnames up to ``COMMON_SURNAME_RANK``, in lower case."""
    return {word for word, rank in _surname_ranks().items() if rank <= COMMON_SURNAME_RANK}


def _surname_ranks() -> dict[str, int]:
    """US surname (lower case) -> its rank in the 1990 census list."""
    text = files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    return {
        fields[0].lower(): int(fields[3])
        for fields in (line.split() for line in text.splitlines())
        if fields
    }


def common_nouns(folder: Path) -> set[str]:
    """Single-word nouns WordNet writes in lower case (common nouns, not names), of three
    letters or more (not a letter's name: "a", "ab")."""
    nouns = set()
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        for k in range(int(fields[3], 16)):
            word = fields[4 + 2 * k].split("(")[0]
            if word.isalpha() and word.islower() and len(word) > 2:
                nouns.add(word)
    return nouns


def thing_words(folder: Path) -> list[str]:
    """Everyday common nouns that no US surname up to ``COMMON_SURNAME_RANK`` is spelled
    like."""
    ranks = _surname_ranks()
    return sorted(
        noun
        for noun in common_nouns(folder)
        if zipf_frequency(noun, "en") >= MIN_ZIPF
        and ranks.get(noun, COMMON_SURNAME_RANK + 1) > COMMON_SURNAME_RANK
    )


def legal_forms() -> list[str]:
    """cleanco's legal forms in the capitalisations firms write them in."""
    terms_by_type = importlib.import_module("cleanco.termdata").terms_by_type
    forms: set[str] = set()
    for terms in terms_by_type.values():
        for term in terms:
            term = term.strip()
            letters = term.replace(".", "").replace(" ", "")
            if not term.isascii() or (len(letters) <= 2 and "." not in term):
                continue
            if not letters.replace("&", "").replace("/", "").isalpha():
                continue
            if term == "private":
                continue  # a rank before a name ("Private Lynndie England") more often
            forms.add(term.upper())
            if "." in term or len(letters) > 5:
                forms.add(term[:1].upper() + term[1:])  # "Inc.", "Limited"
    forms |= {"GmbH", "SpA", "S.p.A.", "Pty", "Pte", "Bhd"}
    return sorted(forms)


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.noun"):
        return 2
    nouns = name_nouns(args.wordnet)
    lines = "".join(f"{tag}\t{noun}\n" for noun, tag in sorted(nouns.items()))
    (DATA / "wordnet_name_nouns.txt").write_text(WORDNET_NOTICE + lines, encoding="utf-8")
    print(f"wordnet_name_nouns.txt: {len(nouns)} nouns")
    things = thing_words(args.wordnet)
    lines = "".join(f"{word}\n" for word in things)
    (DATA / "thing_words.txt").write_text(THING_NOTICE + lines, encoding="utf-8")
    print(f"thing_words.txt: {len(things)} words")
    forms = legal_forms()
    (DATA / "legal_forms.txt").write_text(
        LEGAL_NOTICE + "".join(f"{form}\n" for form in forms), encoding="utf-8"
    )
    print(f"legal_forms.txt: {len(forms)} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
