"""Build the lexical tables the contradiction detectors ship, from public resources.

- ``wordnet_antonyms.txt`` from WordNet 3.0 (Debian: ``apt-get install wordnet-base``,
  database under /usr/share/wordnet): direct antonyms of adjectives and verbs, and the
  indirect antonyms of adjectives (a satellite such as "hopeful" is opposite to the
  antonym of its head, "hopeless"). Only the frequent senses count: a pair is kept
  when each word's synset is among that word's first ``SENSES`` senses (WordNet lists
  a word's senses most frequent first; a satellite's must be its first), so "pretty"
  is not opposite to "good" (its "a pretty mess" sense is rare), and only words of
  everyday English (wordfreq Zipf frequency >= ``MIN_ZIPF``) are kept.
- ``wordnet_place_parts.txt``: each place of those names (and of places.txt) with the
  places it lies in (part holonyms, followed up), for entity.py;
- ``wordnet_places.txt`` from the same database: names of places (instances in its
  noun.location file) that are neither a person's name nor an everyday word, for the
  entity-swap detector ("Jamaica" / "Australia"), and the demonyms below;
- ``wordnet_demonyms.txt``: capitalised adjectives that pertain to one of those places,
  with the place ("Finnish" / Finland), so a nationality names its place;
- ``wordnet_kinds.txt`` from the same database: the noun and verb senses of everyday
  words with their hypernyms (what kind of thing or act each is), for the kind-swap
  detector: two words of which neither is a synonym or a kind of the other name two
  different kinds ("a *city*" / "a *county*", "a *singer*" / "a *dog*"). A word keeps
  its first ``KIND_SENSES`` senses and those of its compounds ("instrument": "musical
  instrument"); what a synset is a kind, member or part of is kept up to the top.
- ``wordnet_definitions.txt`` from the same database: for each noun of the kinds table,
  the other nouns of that table its first (most frequent) sense is defined with
  ("proposal": "something proposed (such as a *plan* or assumption)", "kitten": "young
  domestic *cat*"): a word defined by another is no kind that excludes it.
- ``wordnet_noun_antonyms.txt`` from the same database: single-word noun antonyms of
  frequent senses ("man" / "woman", "victory" / "defeat"), two kinds that exclude each
  other even where one sense of a word is wide enough to hold the other ("man": any
  human being).
- ``wordnet_pertainyms.txt`` from the same database: relational adjectives (first
  sense in WordNet's pertainym file) with the nouns they pertain to ("medical":
  "medicine"), so the kind-swap detector reads "a *medical* drama" / "a *horror* drama"
  as two kinds.
- ``wordnet_predicates.txt`` from the same database: verbs and multi-word verbs
  ("step down", "take effect", "put off") with the synsets of their frequent senses,
  so two predicates worded apart can be read as one ("resigned" / "stepped down"),
  for the event gate of date conflicts (predicates.py).
- ``evaluative.txt`` from the VADER sentiment lexicon (the ``vaderSentiment`` package,
  MIT; pass the path of its ``vader_lexicon.txt``): single words of strong mean valence,
  for evaluative flips ("praised" / "condemned").

Each table starts with the licence notice of its source; the full notices are
``WORDNET-LICENSE.txt`` and ``VADER-LICENSE.txt`` in the same folder.

Usage (from the project root; wordfreq comes with the project):
    .venv/bin/python tools/build_lexicons.py [--wordnet /usr/share/wordnet]
        [--vader PATH/vader_lexicon.txt]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from wordfreq import zipf_frequency

from tui.engine.findings.contradiction.kinds import base_forms
from tui.engine.people.lexicon import places

DATA = Path(__file__).resolve().parent.parent / "tui" / "engine" / "data"
SENSES = 2
"""A word's sense counts when it is among its first SENSES senses."""
KIND_SENSES = 8
"""Senses a word keeps in wordnet_kinds.txt: enough to see that two words may mean one
thing ("kid" and "child"), not so many that every pair of words is related."""
KIND_MIN_ZIPF = 3.0
"""Words of wordnet_kinds.txt: single words at least this frequent (about 1 in a
million words of text), to keep the table small."""
MIN_VALENCE = 1.2
"""VADER mean valence (-4 to +4) of a strongly evaluative word."""
MIN_LENGTH = 3
MIN_ZIPF = 2.5
"""Words rarer than this (about 3 per million words of text) never meet a detector."""

WORDNET_NOTICE = """\
# Derived from WordNet 3.0 by tools/build_lexicons.py: do not edit by hand.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. Full licence: WORDNET-LICENSE.txt.
"""
VADER_NOTICE = """\
# Derived from the VADER sentiment lexicon (vaderSentiment 3.3.2) by
# tools/build_lexicons.py: do not edit by hand. Copyright (c) 2016 C.J. Hutto,
# MIT License (full text: VADER-LICENSE.txt). Hutto & Gilbert, "VADER: A Parsimonious
# Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM 2014.
"""


Pointer = tuple[int, str, str, int]
"""(source word index, target offset, target pos, target word index), 1-based; source 0
for a pointer of the whole synset."""


@dataclass
class Synset:
    pos: str
    words: list[str]
    antonyms: list[Pointer] = field(default_factory=list)
    similar: list[str] = field(default_factory=list)
    """Offsets of the head synsets of a satellite adjective (similar-to pointers)."""
    pertains: list[Pointer] = field(default_factory=list)
    """Pertainym pointers of a relational adjective ("medical": "medicine"), as antonyms."""


def _clean(word: str) -> str:
    """A WordNet lemma as text: "speed_up" -> "speed up", "able(a)" -> "able"."""
    return re.sub(r"\(\w+\)$", "", word).replace("_", " ")


def read_synsets(folder: Path, pos_name: str) -> dict[str, Synset]:
    synsets: dict[str, Synset] = {}
    for line in (folder / f"data.{pos_name}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ")[0].split()
        offset, ss_type, count = fields[0], fields[2], int(fields[3], 16)
        words = [_clean(fields[4 + 2 * k]) for k in range(count)]
        k = 4 + 2 * count
        pointers = int(fields[k])
        synset = Synset("a" if ss_type == "s" else ss_type, words)
        for p in range(pointers):
            symbol, target, pos, link = fields[k + 1 + 4 * p : k + 5 + 4 * p]
            if symbol == "!":
                synset.antonyms.append((int(link[:2], 16), target, pos, int(link[2:], 16)))
            elif symbol == "&" and ss_type == "s":
                synset.similar.append(target)
            elif symbol == "\\" and pos == "n":
                synset.pertains.append((int(link[:2], 16), target, pos, int(link[2:], 16)))
        synsets[offset] = synset
    return synsets


def read_ranks(folder: Path, pos_name: str) -> dict[tuple[str, str], int]:
    """(word, synset offset) -> the sense's rank among the word's senses (0 = most frequent)."""
    ranks: dict[tuple[str, str], int] = {}
    for line in (folder / f"index.{pos_name}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, senses = _clean(fields[0]), int(fields[2])
        for rank, offset in enumerate(fields[-senses:]):
            ranks[(lemma, offset)] = rank
    return ranks


def _frequent(word: str, offset: str, ranks: dict[tuple[str, str], int]) -> bool:
    return ranks.get((word.lower(), offset), SENSES) < SENSES


def _usable(word: str) -> bool:
    """Lower-case everyday words and two-word phrases: no names, no abbreviations."""
    return (
        word == word.lower()
        and zipf_frequency(word, "en") >= MIN_ZIPF
        and len(word) >= MIN_LENGTH
        and len(word.split()) <= 2
        and "not" not in word.split()
        and all(part.isalpha() for part in word.split())
    )


def _word_pointers(
    synset: Synset, pointers: Iterable[Pointer], targets: Mapping[str, Synset]
) -> Iterator[tuple[str, str, str]]:
    """(word, target offset, target word) of each pointer from one word of ``synset``
    to one word of a synset in ``targets`` (a pointer from the whole synset has source 0)."""
    for source, target, _, target_word in pointers:
        if source and target in targets:
            yield synset.words[source - 1], target, targets[target].words[target_word - 1]


def antonym_pairs(folder: Path) -> set[tuple[str, str]]:
    """Opposite word pairs, each sorted, from adjectives (direct and indirect) and verbs."""
    pairs: set[tuple[str, str]] = set()
    for pos_name in ("adj", "verb"):
        synsets = read_synsets(folder, pos_name)
        ranks = read_ranks(folder, pos_name)
        for offset, synset in synsets.items():
            for a, target, b in _word_pointers(synset, synset.antonyms, synsets):
                if _frequent(a, offset, ranks) and _frequent(b, target, ranks):
                    pairs.add((min(a, b), max(a, b)))
        for offset, synset in synsets.items():
            for head in synset.similar:
                for _, target, _, target_word in synsets[head].antonyms:
                    opposite = synsets[target].words[target_word - 1]
                    for word in synset.words:
                        first = ranks.get((word.lower(), offset)) == 0
                        if first and _frequent(opposite, target, ranks):
                            pairs.add((min(word, opposite), max(word, opposite)))
    return {(a, b) for a, b in pairs if _usable(a) and _usable(b) and a != b}


def noun_antonym_pairs(folder: Path) -> set[tuple[str, str]]:
    """Single-word noun antonyms of frequent senses, each pair sorted."""
    synsets = read_synsets(folder, "noun")
    ranks = read_ranks(folder, "noun")
    pairs: set[tuple[str, str]] = set()
    for offset, synset in synsets.items():
        for a, target, b in _word_pointers(synset, synset.antonyms, synsets):
            if not all(_usable(w) and " " not in w for w in (a, b)):
                continue
            if _frequent(a, offset, ranks) and _frequent(b, target, ranks):
                pairs.add((min(a, b), max(a, b)))
    return pairs


def pertainyms(folder: Path) -> dict[str, set[str]]:
    """Relational adjective -> the nouns its first sense pertains to ("medical":
    "medicine", "pornographic": "pornography"): the kind of thing such an adjective
    classifies its noun by."""
    adjectives = read_synsets(folder, "adj")
    nouns = read_synsets(folder, "noun")
    ranks = read_ranks(folder, "adj")
    table: dict[str, set[str]] = defaultdict(set)
    for offset, synset in adjectives.items():
        for adjective, _, noun in _word_pointers(synset, synset.pertains, nouns):
            if ranks.get((adjective.lower(), offset)) == 0 and _usable(adjective):
                if noun == noun.lower() and " " not in noun and " " not in adjective:
                    table[adjective].add(noun)
    return table


def write_pertainyms(table: dict[str, set[str]], path: Path) -> None:
    lines = [
        WORDNET_NOTICE,
        "# Relational adjectives: an adjective | the nouns its first sense pertains to.\n",
    ]
    lines += [f"{word} | {', '.join(sorted(table[word]))}\n" for word in sorted(table)]
    path.write_text("".join(lines), encoding="utf-8")


def write_antonyms(pairs: set[tuple[str, str]], path: Path) -> None:
    grouped: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        grouped[a].add(b)
    lines = [
        WORDNET_NOTICE,
        "# Opposite words, the format of antonyms.txt: a word | its opposites.\n",
    ]
    lines += [f"{word} | {', '.join(sorted(grouped[word]))}\n" for word in sorted(grouped)]
    path.write_text("".join(lines), encoding="utf-8")


LOCATION_FILE = "15"
"""WordNet's lexicographer file of places (noun.location); 18 is people (noun.person)."""
PERSON_FILE = "18"


def place_names(folder: Path) -> list[str]:
    """Names of places: instances (cities, countries, regions, rivers...) in noun.location
    that no person bears ("Lincoln") and that are no everyday word written in lower
    case ("Reading", "Nice")."""
    names, people, everyday = _location_names(folder)
    for pos_name in ("adj", "verb", "adv"):
        everyday.update(lemma for lemma, _ in read_ranks(folder, pos_name))
    taken = people | everyday
    return sorted(
        name
        for name in names - taken
        if name.lower() not in taken
        and re.fullmatch(r"[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*", name)
    )


def unborne_places(folder: Path) -> set[str]:
    """Names of places no person bears, everyday words kept ("Chile", "Turkey"): the
    places a nationality may pertain to ("*Chilean*" names Chile though "chile" is a
    pepper; "*Victorian*" pertains to a queen as much as to a state)."""
    names, people, _ = _location_names(folder)
    return names - people


def _location_names(folder: Path) -> tuple[set[str], set[str], set[str]]:
    """The capitalised names of instances in noun.location, the words of noun.person,
    and the lower-case words of every other noun file."""
    names: set[str] = set()
    people: set[str] = set()
    everyday: set[str] = set()
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        words = [_clean(fields[4 + 2 * k]) for k in range(int(fields[3], 16))]
        if fields[1] == LOCATION_FILE and " @i " in f" {' '.join(fields)} ":
            names.update(w for w in words if w[:1].isupper())
        elif fields[1] == PERSON_FILE:
            people.update(words)
        else:
            everyday.update(w for w in words if w == w.lower())
    return names, people, everyday


def demonyms(folder: Path, names: Iterable[str]) -> dict[str, str]:
    """Capitalised adjectives that pertain to a place of ``names``, with that place
    ("Finnish": Finland, "Ghanaian": Ghana, "Bavarian": Bavaria): a report that names a
    nationality names a place as surely as one that names the country."""
    adjectives = read_synsets(folder, "adj")
    nouns = read_synsets(folder, "noun")
    wanted = set(names)
    found: dict[str, set[str]] = defaultdict(set)
    for synset in adjectives.values():
        for adjective, _, noun in _word_pointers(synset, synset.pertains, nouns):
            if noun in wanted and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", adjective):
                found[adjective].add(noun)
    return {word: min(found[word]) for word in sorted(found) if word not in wanted}


def write_demonyms(table: dict[str, str], path: Path) -> None:
    lines = [WORDNET_NOTICE, "# demonym<TAB>the place it pertains to\n"]
    lines += [f"{word}\t{place}\n" for word, place in table.items()]
    path.write_text("".join(lines), encoding="utf-8")


def place_parts(folder: Path, names: list[str]) -> dict[str, set[str]]:
    """Place name -> the names (of ``names``) of every place it lies in, following
    WordNet's part holonyms up ("Munich" -> "Bavaria" -> "Germany"). A name of several
    places (two Melbournes) lies in the containers of each."""
    words: dict[str, list[str]] = {}
    parents: dict[str, list[str]] = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        if fields[1] != LOCATION_FILE:
            continue
        count = int(fields[3], 16)
        words[fields[0]] = [_clean(fields[4 + 2 * k]) for k in range(count)]
        k = 4 + 2 * count
        pointers = [fields[k + 1 + 4 * p : k + 5 + 4 * p] for p in range(int(fields[k]))]
        parents[fields[0]] = [target for symbol, target, _, _ in pointers if symbol == "#p"]
    wanted = set(names)
    table: dict[str, set[str]] = {}
    for offset, synset_words in words.items():
        named = [w for w in synset_words if w in wanted]
        containers: set[str] = set()
        seen: set[str] = set()
        todo = list(parents.get(offset, ())) if named else []
        while todo:
            parent = todo.pop()
            if parent not in seen:
                seen.add(parent)
                containers.update(w for w in words.get(parent, ()) if w in wanted)
                todo += parents.get(parent, ())
        for name in named:
            if containers - {name}:
                table.setdefault(name, set()).update(containers - {name})
    return table


def write_place_parts(table: dict[str, set[str]], path: Path) -> None:
    lines = [WORDNET_NOTICE, "# place<TAB>the places it lies in (part holonyms), '; ' between\n"]
    lines += [f"{name}\t{'; '.join(sorted(table[name]))}\n" for name in sorted(table)]
    path.write_text("".join(lines), encoding="utf-8")


def write_places(names: list[str], path: Path) -> None:
    lines = [WORDNET_NOTICE, "# Names of places (instances of noun.location), one a line.\n"]
    path.write_text("".join(lines + [name + "\n" for name in names]), encoding="utf-8")


KIND_POS = {"noun": "n", "verb": "v"}


_KIND_LINKS = ("@", "@i", "#m", "#p")
"""Pointers to what a synset is a kind of (hypernyms, instance hypernyms) or a member
or part of ("person" of "people", "finger" of "hand"): either way not another kind."""


def _kind_graph(folder: Path, pos_name: str) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(synset offset -> the offsets it is a kind, member or part of, head word -> the
    synsets of its lower-case compounds: "instrument" -> "musical instrument")."""
    graph: dict[str, list[str]] = {}
    heads: dict[str, list[str]] = defaultdict(list)
    for line in (folder / f"data.{pos_name}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        for word in (_clean(fields[4 + 2 * k]) for k in range(count)):
            if " " in word and word == word.lower():
                heads[word.rsplit(" ", 1)[1]].append(fields[0])
        k = 4 + 2 * count
        graph[fields[0]] = [
            fields[k + 2 + 4 * p]
            for p in range(int(fields[k]))
            if fields[k + 1 + 4 * p] in _KIND_LINKS
        ]
    return graph, heads


def tagged_counts(folder: Path) -> dict[tuple[str, str], int]:
    """(part of speech, word) -> how often its senses were tagged in WordNet's corpus."""
    counts: dict[tuple[str, str], int] = {}
    for pos_name in ("noun", "verb", "adj", "adv"):
        for line in (folder / f"index.{pos_name}").read_text(encoding="latin-1").splitlines():
            if not line.startswith(" "):
                fields = line.split()
                counts[(pos_name, _clean(fields[0]))] = int(fields[-int(fields[2]) - 1])
    return counts


def _kind_word(word: str, pos_name: str, counts: dict[tuple[str, str], int]) -> bool:
    """An everyday single word, kept as a noun only where it is mostly one (not
    "little", "small"); verbs are kept to tell two verbs apart."""
    if not (_usable(word) and " " not in word and zipf_frequency(word, "en") >= KIND_MIN_ZIPF):
        return False
    mine = counts.get((pos_name, word), 0)
    return pos_name == "verb" or all(
        mine >= counts.get((other, word), 0) for other in ("adj", "adv")
    )


KindTable = tuple[dict[int, list[int]], dict[tuple[str, str], tuple[list[int], list[int]]]]
"""(synset id -> ids of what it is a kind, member or part of, (pos, word) -> (its sense
ids, most frequent first; its compounds' ids)), with ids of the table's own."""


def kind_table(folder: Path) -> KindTable:
    ids: dict[str, int] = {}
    parents: dict[int, list[int]] = {}
    senses: dict[tuple[str, str], tuple[list[int], list[int]]] = {}
    counts = tagged_counts(folder)

    def visit(key: str, graph: dict[str, list[str]]) -> int:
        if key not in ids:
            ids[key] = len(ids)
            parents[ids[key]] = [visit(f"{key[0]}{h}", graph) for h in graph[key[1:]]]
        return ids[key]

    for pos_name, pos in KIND_POS.items():
        graph, heads = _kind_graph(folder, pos_name)
        by_word: dict[str, list[str]] = defaultdict(list)
        for (word, offset), _ in sorted(read_ranks(folder, pos_name).items(), key=lambda i: i[1]):
            by_word[word].append(offset)
        words = [w for w in sorted(by_word) if _kind_word(w, pos_name, counts)]
        own = {w: [visit(f"{pos}{o}", graph) for o in by_word[w][:KIND_SENSES]] for w in words}
        for word in words:
            # only the compounds some kept word is a kind of can ever relate two words
            known = [ids[f"{pos}{o}"] for o in heads.get(word, []) if f"{pos}{o}" in ids]
            senses[(pos, word)] = own[word], sorted(set(known) - set(own[word]))
    return parents, senses


def write_kinds(table: KindTable, path: Path) -> None:
    parents, senses = table
    lines = [
        WORDNET_NOTICE,
        "# Kinds of things and acts: 's<TAB>synset<TAB>what it is a kind, member or part\n",
        "# of' (synset numbers of this file), then 'n|v<TAB>word<TAB>its senses, most\n",
        '# frequent first<TAB>the senses of its compounds ("musical instrument")\'.\n',
    ]
    lines += [f"s\t{k}\t{','.join(map(str, v))}\n" for k, v in sorted(parents.items())]
    for (pos, word), (own, compounds) in sorted(senses.items()):
        lines.append(f"{pos}\t{word}\t{','.join(map(str, own))}\t{','.join(map(str, compounds))}\n")
    path.write_text("".join(lines), encoding="utf-8")


_GLOSS_WORD = re.compile(r"[a-z]+")


def definition_words(folder: Path, nouns: set[str]) -> dict[str, list[str]]:
    """Noun -> the nouns of ``nouns`` (as base forms) the definition of its first sense
    uses, itself aside; nouns whose definition uses none are left out."""
    glosses: dict[str, str] = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            head, _, gloss = line.partition(" | ")
            glosses[head.split()[0]] = gloss.split(";")[0]  # the definition, not examples
    first = {
        word: offset for (word, offset), rank in read_ranks(folder, "noun").items() if rank == 0
    }
    table = {}
    for word in sorted(nouns & first.keys()):
        used = {
            base
            for token in _GLOSS_WORD.findall(glosses[first[word]].lower())
            for base in base_forms(token, "n")
            if base in nouns and base != word
        }
        if used:
            table[word] = sorted(used)
    return table


def write_definitions(table: dict[str, list[str]], path: Path) -> None:
    lines = [
        WORDNET_NOTICE,
        "# Nouns defined with other nouns: 'noun<TAB>the nouns the definition of its first\n",
        '# sense uses\' ("kitten": "young domestic cat").\n',
    ]
    lines += [f"{word}\t{' '.join(used)}\n" for word, used in table.items()]
    path.write_text("".join(lines), encoding="utf-8")


def evaluative_words(vader: Path) -> dict[str, float]:
    """Words (letters only) of strong mean valence."""
    table = {}
    for line in vader.read_text(encoding="utf-8").splitlines():
        word, valence, *_ = line.split("\t")
        if _usable(word) and " " not in word:
            if abs(float(valence)) >= MIN_VALENCE:
                table[word] = float(valence)
    return table


def write_evaluative(table: dict[str, float], path: Path) -> None:
    lines = [VADER_NOTICE, "# word<TAB>mean valence, -4 (most negative) to +4 (most positive)\n"]
    lines += [f"{word}\t{table[word]:+.1f}\n" for word in sorted(table)]
    path.write_text("".join(lines), encoding="utf-8")


PREDICATE_MAIN_SENSES = 2
"""A predicate's main senses: its first senses as a verb (WordNet lists them most
frequent first); two predicates agree when a main sense of one is a frequent sense
(first ``SENSES_OF_PREDICATE``) of the other, as the aligner's synonyms do."""
SENSES_OF_PREDICATE = 4
MAX_PHRASE_WORDS = 4


def _usable_predicate(lemma: str) -> bool:
    """A verb of everyday English, or a multi-word verb ("step down", "come into
    force") whose first word is one: no names, no abbreviations."""
    words = lemma.split()
    return (
        lemma == lemma.lower()
        and all(word.isalpha() for word in words)
        and len(words) <= MAX_PHRASE_WORDS
        and "not" not in words
        and len(lemma) >= MIN_LENGTH
        and zipf_frequency(words[0], "en") >= MIN_ZIPF
    )


PredicateTable = dict[str, tuple[set[int], set[int]]]
"""Predicate as written -> (main synset ids, ids of its other frequent senses)."""


def predicate_senses(folder: Path) -> PredicateTable:
    """Each usable verb and multi-word verb with the synsets of its frequent senses,
    renumbered; a synset only one predicate holds is left out (it can match nothing)."""
    senses: dict[str, dict[str, int]] = defaultdict(dict)
    for (lemma, offset), rank in read_ranks(folder, "verb").items():
        if rank < SENSES_OF_PREDICATE and _usable_predicate(lemma):
            senses[lemma][offset] = rank
    holders: dict[str, int] = defaultdict(int)
    for ranks in senses.values():
        for offset in ranks:
            holders[offset] += 1
    kept = sorted(offset for offset, count in holders.items() if count > 1)
    return sense_classes(senses, kept, PREDICATE_MAIN_SENSES)


def sense_classes(
    senses: Mapping[str, Mapping[str, int]], kept: Sequence[str], main_below: int
) -> dict[str, tuple[set[int], set[int]]]:
    """Each word's kept senses (``kept``, sorted) renumbered 0, 1, ...: the numbers of
    those it ranks below ``main_below`` (its main senses) and of the others; a word
    with no kept sense is left out. The synonym and predicate tables are built so."""
    number = {key: n for n, key in enumerate(kept)}
    table: dict[str, tuple[set[int], set[int]]] = {}
    for word, ranks in senses.items():
        classes = {number[key]: rank for key, rank in ranks.items() if key in number}
        if classes:
            main = {n for n, rank in classes.items() if rank < main_below}
            table[word] = (main, set(classes) - main)
    return table


def write_predicates(table: PredicateTable, path: Path) -> None:
    write_sense_classes(
        table,
        path,
        "# Verbs and multi-word verbs: predicate<TAB>main senses<TAB>other frequent senses"
        " (two agree when the main senses of one meet any sense of the other).\n",
    )


def write_sense_classes(
    table: Mapping[str, tuple[set[int], set[int]]], path: Path, header: str
) -> None:
    """A table of key<TAB>main classes<TAB>other classes, sorted, under the WordNet
    notice and ``header`` (the synonym and predicate tables share this layout)."""
    lines = [WORDNET_NOTICE, header]
    for key in sorted(table):
        main, other = (" ".join(map(str, sorted(ids))) for ids in table[key])
        lines.append(f"{key}\t{main}\t{other}\n")
    path.write_text("".join(lines), encoding="utf-8")


def noun_hypernyms(folder: Path) -> dict[str, list[str]]:
    """Synset offset -> its hypernyms (instance hypernyms too)."""
    parents: dict[str, list[str]] = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        words = int(fields[3], 16)
        at = 4 + 2 * words
        count = int(fields[at])
        pointers = fields[at + 1 : at + 1 + 4 * count]
        parents[fields[0]] = [
            pointers[k + 1] for k in range(0, len(pointers), 4) if pointers[k] in ("@", "@i")
        ]
    return parents


def noun_senses(folder: Path) -> Iterator[tuple[str, list[str], int]]:
    """(noun, offsets of its senses, most frequent first, how many of them the SemCor
    corpus attests) for every noun of the index."""
    for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        senses = int(fields[2])
        yield fields[0].replace("_", " "), fields[len(fields) - senses :], int(fields[-senses - 1])


def ancestors_of(parents: Mapping[str, Sequence[str]]) -> Callable[[str], frozenset[str]]:
    """A synset -> itself and every synset above it through ``parents``, memoised; a
    loop in the links contributes nothing."""
    memo: dict[str, frozenset[str]] = {}

    def above(offset: str) -> frozenset[str]:
        if offset not in memo:
            memo[offset] = frozenset()  # a loop contributes nothing
            found = {offset}
            for parent in parents.get(offset, ()):
                found |= above(parent)
            memo[offset] = frozenset(found)
        return memo[offset]

    return above


def wordnet_parser(doc: str) -> argparse.ArgumentParser:
    """A tool's argument parser, described by its docstring's first line, with the
    ``--wordnet`` folder every WordNet table builder reads."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    return parser


def has_wordnet(folder: Path, needed: str) -> bool:
    """Whether ``folder`` holds WordNet's file ``needed``; says on stderr where it does not."""
    if (folder / needed).exists():
        return True
    print(f"{folder}: no WordNet here (apt-get install wordnet-base)", file=sys.stderr)
    return False


def main() -> int:
    parser = wordnet_parser(__doc__)
    parser.add_argument("--vader", type=Path, help="vader_lexicon.txt of vaderSentiment")
    args = parser.parse_args()
    if not has_wordnet(args.wordnet, "data.adj"):
        return 2
    pairs = antonym_pairs(args.wordnet)
    write_antonyms(pairs, DATA / "wordnet_antonyms.txt")
    print(f"wordnet_antonyms.txt: {len(pairs)} opposite pairs")
    names = place_names(args.wordnet)
    nationalities = demonyms(args.wordnet, unborne_places(args.wordnet))
    write_places(sorted({*names, *nationalities}), DATA / "wordnet_places.txt")
    write_demonyms(nationalities, DATA / "wordnet_demonyms.txt")
    print(f"wordnet_places.txt: {len(names)} place names, {len(nationalities)} demonyms")
    parts = place_parts(args.wordnet, [*names, *places().forms])
    write_place_parts(parts, DATA / "wordnet_place_parts.txt")
    print(f"wordnet_place_parts.txt: {len(parts)} places that lie in others")
    kinds = kind_table(args.wordnet)
    write_kinds(kinds, DATA / "wordnet_kinds.txt")
    print(f"wordnet_kinds.txt: {len(kinds[1])} words, {len(kinds[0])} synsets")
    nouns = noun_antonym_pairs(args.wordnet)
    write_antonyms(nouns, DATA / "wordnet_noun_antonyms.txt")
    print(f"wordnet_noun_antonyms.txt: {len(nouns)} opposite pairs")
    definitions = definition_words(args.wordnet, {w for pos, w in kinds[1] if pos == "n"})
    write_definitions(definitions, DATA / "wordnet_definitions.txt")
    print(f"wordnet_definitions.txt: {len(definitions)} nouns")
    relational = pertainyms(args.wordnet)
    write_pertainyms(relational, DATA / "wordnet_pertainyms.txt")
    print(f"wordnet_pertainyms.txt: {len(relational)} adjectives")
    predicates = predicate_senses(args.wordnet)
    write_predicates(predicates, DATA / "wordnet_predicates.txt")
    print(f"wordnet_predicates.txt: {len(predicates)} predicates")
    if args.vader:
        table = evaluative_words(args.vader)
        write_evaluative(table, DATA / "evaluative.txt")
        print(f"evaluative.txt: {len(table)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
