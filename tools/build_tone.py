"""Build ``tui/engine/data/wordnet_tone.txt``: the tone of evaluative verbs and adjectives
the VADER lexicon leaves out, read from WordNet 3.0 next to the words VADER rates.

VADER rates the words of social media; some words reporters choose for a verdict are
not among them ("critics *hailed* the film", "an *upbeat* picture", "a *glowing*
report"). WordNet places many of them beside a word VADER does rate: "hail" (praise
vociferously) is a kind of "applaud", "upbeat" is similar to "optimistic", "glowing" to
"enthusiastic". So a word gets a tone when its first (most frequent) sense as a verb or
adjective has neighbours in ``evaluative.txt`` (the strong VADER words, built by
build_lexicons.py): the words of the synsets it is a kind of (verbs) or is similar to
(adjective satellites), and an adjective's synonyms (a verb that merely shares a synset,
"want" with "desire", is not judged by it), each in one of its own first senses; every
neighbour rated agrees in sign, and their mean valence, the word's tone, is at least
``MIN_TONE`` strong. Only a first sense counts, so "pan" (whose first verb sense is
panning for gold) stays unrated. Left out too: a word used more often as another part
of speech (WordNet's tagged sense counts, cntlist.rev: "game" and "match" name a
contest, "off" is an adverb before it is a verb), and a verb of change ("slow": which
way something moved is no verdict). A verb of communication (WordNet's
verb.communication, where praise and criticism stand) counts as an everyday word when
one of its regular forms is ("derided", "berated": reporters write the past).

The inflected forms of every verb rated either way (VADER's, where the word is mostly
a verb, or WordNet's, where the first verb sense was rated) that VADER does not rate
itself are written too, with the verb's tone ("denounce": "denounced";
"hail": "hailed", "hails", "hailing"; irregular forms from WordNet's verb.exc).

Line format: ``word<TAB>valence``, like evaluative.txt.

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_tone.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from build_lexicons import (
    DATA,
    MIN_LENGTH,
    VADER_NOTICE,
    WORDNET_NOTICE,
    _clean,
    _usable,
    has_wordnet,
    read_ranks,
    wordnet_parser,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.engine.datafiles import data_lines  # noqa: E402

NEIGHBOUR_SENSES = 2
"""A rated neighbour counts when the synset that links it is among its first senses:
VADER rates a word's usual sense, so "gain" (profit) says nothing of "reach", whose
synset is gain's fourth sense."""
MIN_TONE = 1.5
"""Least strength (VADER valence runs from -4 to +4) of a tone read from neighbours: a
word rated only through them needs a clearer verdict than the VADER floor
(build_lexicons.MIN_VALENCE), so "original" (beside "creative") stays unrated."""
_KIND_OF = frozenset(("@", "@i"))
_SIMILAR_TO = "&"


def glosses(folder: Path, pos_name: str) -> dict[str, str]:
    """Synset offset -> its gloss (definition and examples), for one part of speech."""
    found = {}
    for line in (folder / f"data.{pos_name}").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" ") and " | " in line:
            found[line.split()[0]] = line.split(" | ", 1)[1]
    return found


def root_senses(
    roots: dict[tuple[str, str], str], senses: dict[str, list[str]], glossed: dict[str, str]
) -> dict[str, str]:
    """Synset offset -> its way, for each (word, words of its gloss) of ``roots``: the
    senses of the word whose gloss holds those words (the sense the table means)."""
    return {
        offset: way
        for (word, gloss), way in roots.items()
        for offset in senses.get(word, ())
        if gloss in glossed.get(offset, "")
    }


def read_links(folder: Path, pos_name: str) -> dict[str, tuple[list[str], list[str]]]:
    """Synset offset -> (its words, the offsets it is a kind of or similar to)."""
    synsets: dict[str, tuple[list[str], list[str]]] = {}
    for line in (folder / f"data.{pos_name}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        words = [_clean(fields[4 + 2 * k]).lower() for k in range(count)]
        k = 4 + 2 * count
        links = [
            fields[k + 2 + 4 * p]
            for p in range(int(fields[k]))
            if fields[k + 1 + 4 * p] in _KIND_OF or fields[k + 1 + 4 * p] == _SIMILAR_TO
        ]
        synsets[fields[0]] = (words, links)
    return synsets


def first_senses(folder: Path, pos_name: str) -> dict[str, str]:
    """Word -> the offset of its first (most frequent) sense of that part of speech."""
    firsts: dict[str, str] = {}
    for line in (folder / f"index.{pos_name}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        senses = int(fields[2])
        firsts[_clean(fields[0])] = fields[-senses]
    return firsts


_POS_CODES = {"1": "noun", "2": "verb", "3": "adj", "4": "adv", "5": "adj"}
"""The part of speech of a sense key's first digit (5: an adjective satellite)."""


def sense_counts(folder: Path) -> dict[tuple[str, str], int]:
    """(word, part of speech) -> how often its senses were tagged in WordNet's corpus
    (cntlist.rev)."""
    counts: dict[tuple[str, str], int] = {}
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        lemma, _, code = key.partition("%")
        pos_name = _POS_CODES.get(code[:1])
        if pos_name is not None:
            word = (_clean(lemma), pos_name)
            counts[word] = counts.get(word, 0) + int(count)
    return counts


def _mostly_other(word: str, pos_name: str, counts: dict[tuple[str, str], int]) -> bool:
    """Whether the word's senses of another part of speech were tagged more often."""
    mine = counts.get((word, pos_name), 0)
    return any(counts.get((word, other), 0) > mine for other in ("noun", "verb", "adj", "adv"))


CHANGE = "change"
"""The head of WordNet's verbs of change: a verb whose first sense is a kind of it
("slow": decelerate, "ease": lessen) says which way something moved, which the tone of
its neighbours ("retard") does not rate."""


def _kind_of_change(offset: str, synsets: dict[str, tuple[list[str], list[str]]]) -> bool:
    """Whether the verb synset at ``offset`` is, through its hypernyms, a kind of change."""
    seen: set[str] = set()
    todo = [offset]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        words, links = synsets[current]
        if current != offset and CHANGE in words:
            return True
        todo.extend(links)
    return False


VERBS_OF_COMMUNICATION = "32"
"""WordNet's lexicographer file of verbs of communication (verb.communication), where
its verbs of praise and criticism stand ("deride", "berate", "acclaim")."""


def communication_senses(folder: Path) -> frozenset[str]:
    """Offsets of the verb synsets of verb.communication."""
    found = set()
    for line in (folder / "data.verb").read_text(encoding="latin-1").splitlines():
        fields = line.split(maxsplit=2)
        if not line.startswith(" ") and fields[1] == VERBS_OF_COMMUNICATION:
            found.add(fields[0])
    return frozenset(found)


def _in_use(word: str, offset: str, pos_name: str, spoken: frozenset[str]) -> bool:
    """Whether the word is an everyday word, or a verb of communication (``spoken``:
    praise and criticism) one of whose regular forms is: reporters write "derided" and
    "berated" more often than "deride" and "berate"."""
    if _usable(word):
        return True
    if pos_name != "verb" or offset not in spoken or len(word) < MIN_LENGTH:
        return False
    return word.isalpha() and any(_usable(form) for form in inflections(word))


def propagated_tone(folder: Path, rated: dict[str, float]) -> dict[str, tuple[float, str]]:
    """Word -> (mean valence of the rated neighbours of its first verb or adjective
    sense, that part of speech), for everyday words ``rated`` lacks whose rated
    neighbours all agree in sign."""
    tone: dict[str, tuple[float, str]] = {}
    counts = sense_counts(folder)
    ranks = {pos_name: read_ranks(folder, pos_name) for pos_name in ("verb", "adj")}
    spoken = communication_senses(folder)
    for pos_name in ("verb", "adj"):
        synsets = read_links(folder, pos_name)
        for word, offset in first_senses(folder, pos_name).items():
            if word in rated or word in tone or " " in word:
                continue
            if not _in_use(word, offset, pos_name, spoken):
                continue
            if _mostly_other(word, pos_name, counts):
                continue  # mostly a noun ("game", "match") or an adverb ("off")
            if pos_name == "verb" and _kind_of_change(offset, synsets):
                continue  # "slow" (decelerate): a direction, not a verdict
            words, links = synsets[offset]
            linked = [(w, link) for link in links for w in synsets[link][0]]
            if pos_name == "adj":  # a verb's synonyms may share only its rated sense
                linked += [(w, offset) for w in words if w != word]
            valences = [
                rated[n]
                for n, link in dict(linked).items()
                if n in rated
                and ranks[pos_name].get((n, link), NEIGHBOUR_SENSES) < NEIGHBOUR_SENSES
            ]
            mean = sum(valences) / len(valences) if valences else 0.0
            agree = all(v > 0 for v in valences) or all(v < 0 for v in valences)
            if valences and agree and abs(mean) >= MIN_TONE:
                tone[word] = (mean, pos_name)
    return tone


def irregular_forms(folder: Path) -> dict[str, list[str]]:
    """Verb -> its irregular forms (WordNet's verb.exc: "give": "gave", "given")."""
    forms: dict[str, list[str]] = {}
    for line in (folder / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, *bases = line.split()
        for base in bases:
            forms.setdefault(base, []).append(form)
    return forms


def inflections(word: str) -> Iterator[str]:
    """The regular forms of a verb ("hail": "hailed", "hails", "hailing"; "pan":
    "panned"; "ease": "eased")."""
    stem = word[:-1] if word.endswith("e") else word
    if len(word) <= 4 and word[-1] in "bdgmnpt" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        stem = word + word[-1]  # "pan" -> "pann-", "slam" -> "slamm-"
    yield stem + "ed"
    yield stem + "ing"
    yield word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


def with_verb_forms(
    folder: Path, tone: dict[str, tuple[float, str]], rated: dict[str, float]
) -> dict[str, float]:
    """The propagated tones and the inflected forms of every rated or propagated verb
    that VADER leaves unrated."""
    verbs = set(first_senses(folder, "verb"))
    counts = sense_counts(folder)
    irregular = irregular_forms(folder)
    forms = {word: valence for word, (valence, _) in tone.items()}
    bases = {**rated, **forms}
    for base in sorted(bases):
        if base not in verbs or " " in base:
            continue
        if base in tone and tone[base][1] != "verb":
            continue  # rated as an adjective ("slow")
        if base in rated and _mostly_other(base, "verb", counts):
            continue  # VADER rated it as its usual noun or adjective
        for form in (*inflections(base), *irregular.get(base, ())):
            if form not in rated and form not in tone:
                forms.setdefault(form, bases[base])
    return forms


def write_tone(forms: dict[str, float], path: Path) -> None:
    lines = [
        WORDNET_NOTICE.replace("build_lexicons", "build_tone"),
        VADER_NOTICE.replace(
            "by\n# tools/build_lexicons.py", "via evaluative.txt by\n# tools/build_tone.py"
        ),
        "# word<TAB>mean valence of its rated WordNet neighbours, -4 to +4\n",
    ]
    lines += [f"{form}\t{forms[form]:+.1f}\n" for form in sorted(forms)]
    path.write_text("".join(lines), encoding="utf-8")


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.adj"):
        return 2
    rated = {
        word: float(v) for word, v in (line.split("\t") for line in data_lines("evaluative.txt"))
    }
    tone = propagated_tone(args.wordnet, rated)
    forms = with_verb_forms(args.wordnet, tone, rated)
    write_tone(forms, DATA / "wordnet_tone.txt")
    print(f"wordnet_tone.txt: {len(tone)} words rated from WordNet, {len(forms)} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
