"""Name findings between two articles: one person spelled two ways, one office given to
two people.

Names are compared across the whole pair, not only inside aligned sentences. Two people
(one per article, see persons.py) are one person spelled differently when their surnames
are transliteration variants (spelling.py) and nothing in the context says otherwise:

- each spelling is absent from the other article (an article that writes both names
  knows two people);
- given names, where both articles give one, agree (equal, a nickname, an initial);
- offices, where both articles give one, overlap; a shared office raises the score;
- a surname that is also an ordinary English word (wordfreq) needs that support.

Office conflicts are found in office_conflicts.py.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from operator import attrgetter

from tui.engine.align import Alignment
from tui.engine.corpus import Article
from tui.engine.findings.english_frequency import is_common
from tui.engine.findings.model import Contrast, Finding
from tui.engine.people.cast import Cast, Link, cast_of, mention_side, offices_agree
from tui.engine.people.east_asian import family_groups, romanised_key, same_family
from tui.engine.people.joined_names import Respaced, respaced_pairs
from tui.engine.people.lexicon import given_names, offices
from tui.engine.people.name_words import PARTICLES, SURNAME_CONJUNCTIONS, name_key
from tui.engine.people.office_conflicts import office_changes, office_conflicts
from tui.engine.people.persons import Mention, Person, one_middle_name
from tui.engine.people.pronouns import name_sex, pronoun_sex
from tui.engine.people.seat_conflicts import seat_conflicts
from tui.engine.people.spelling import (
    block_keys,
    given_variant_score,
    skeleton,
    variant_score,
)
from tui.engine.people.word_variants import word_variants
from tui.engine.prepared_regex import regex
from tui.engine.textnorm import fold

LINK_THRESHOLD = 0.6

_SENTENCE = attrgetter("sentence")

COMMON_WORD_ZIPF = 3.0
"""A surname at least this frequent in English (wordfreq) needs an office or a given name
in common before its variants are linked: Greer / Grille, Rice / Rise."""

SAME_OFFICE_BONUS = 0.15

SAME_GIVEN_BONUS = 0.1


FACE_TO_FACE_BONUS = 0.05

EAST_ASIAN_GIVEN = 0.7
"""The score of two romanisations of one Chinese or Korean given name (Zedong / Tse-tung)."""

SAME_SKELETON = 0.8
"""The base score of two surnames that differ only in transliteration (spelling.py). With
given names that agree, two such spellings are one person even where the articles give
different offices: one person holds several ("Attorney General and Senate candidate")."""

GENERIC_HEAD = "Head"
"""The office of one who "heads" a body, its "chief" or "boss": whatever its own title
(governor of a bank, director of an agency), so no other seat than that title's."""

CLOSE_ALIGNMENT = 0.5
"""Sentences aligned at least this closely say the same thing: a variant spelling facing
a name there is evidence of one person."""


def find_name_findings(
    left: Article, right: Article, alignments: tuple[Alignment, ...]
) -> list[Finding]:
    return pair_findings(cast_of(left), cast_of(right), alignments)


def pair_findings(left: Cast, right: Cast, alignments: Sequence[Alignment] = ()) -> list[Finding]:
    left, right = left.confirmed_by(right), right.confirmed_by(left)
    left = left.without_firms_named_in([right.article])
    right = right.without_firms_named_in([left.article])
    aligned = {(i, j) for a in alignments for i in a.left for j in a.right}
    close = {
        (i, j) for a in alignments if a.score >= CLOSE_ALIGNMENT for i in a.left for j in a.right
    }
    links = link_people(left, right)
    variants = [link for link in links if link.variant]
    variants += aligned_variants(left, right, aligned, close, links)
    findings = [_spelling_finding(left, right, link, aligned) for link in variants]
    findings += word_variants(left, right, close)
    findings += _given_name_findings(left, right, links, aligned)
    findings += office_conflicts(left, right, links + variants, aligned, close)
    findings += office_changes(left, right, links + variants, aligned)
    findings += seat_conflicts(left, right, links + variants, aligned, findings)
    return findings


def aligned_variants(
    left: Cast,
    right: Cast,
    aligned: set[tuple[int, int]],
    close: set[tuple[int, int]],
    links: Sequence[Link],
) -> list[Link]:
    """Variant spellings face to face in aligned sentences, where one article also uses
    the other's spelling elsewhere: a single misspelt mention ("Priebus" ... "Preibus"
    in the sentence that says the same as the other article's "Priebus"). Only a close
    alignment stands in for an office or a given name in common."""
    settled = {(link.left.ident, link.right.ident) for link in links}
    """Pairs linked already, found here, or no variants however aligned: never scored
    again (two people meet in many sentences)."""
    left_at = _faces_by_sentence(left.people, right, {i for i, _ in aligned})
    right_at = _faces_by_sentence(right.people, left, {j for _, j in aligned})
    found: dict[tuple[str, str], Link] = {}
    scored: set[tuple[str, str, bool]] = set()
    """Pairs scored below the threshold in a close or a loose alignment."""
    for i, j in aligned:
        lefts = left_at.get(i)
        if not lefts:
            continue
        rights = right_at.get(j)
        if not rights:
            continue
        is_close = (i, j) in close
        for lp, l_key, l_ident, l_away, l_family in lefts:
            for rp, r_key, r_ident, r_away, r_family in rights:
                if l_key == r_key:
                    continue
                pair = (l_ident, r_ident)
                if pair in settled or (l_ident, r_ident, is_close) in scored:
                    continue
                if (l_away and r_away) or (
                    not (l_family and r_family) and variant_score(l_key, r_key) == 0.0
                ):  # no variants: 0 however aligned (family names first are scored apart)
                    settled.add(pair)
                    continue
                score = same_person_score(lp, rp, left, right, face_to_face=True, close=is_close)
                if score >= LINK_THRESHOLD:
                    found[pair] = Link(lp, rp, score, variant=True)
                    settled.add(pair)
                else:
                    scored.add((l_ident, r_ident, is_close))
    return list(found.values())


_Face = tuple[Person, str, str, bool, bool]
"""A person as ``aligned_variants`` meets them: the person, their key and ident, whether
the other article writes a spelling of their surname, and whether their name is read
family name first."""


def _faces_by_sentence(
    people: Iterable[Person], other: Cast, sentences: set[int]
) -> dict[int, list[_Face]]:
    """The people named in each of ``sentences``, each person's face made once however
    many aligned sentences they stand in."""
    at: dict[int, list[_Face]] = defaultdict(list)
    for person in people:
        found = sentences.intersection(map(_SENTENCE, person.mentions))
        if found:
            away = any(s in other.words for s in person.spellings)
            face = (person, person.key, person.ident, away, person.family_first)
            for sentence in found:
                at[sentence].append(face)
    return at


def link_people(left: Cast, right: Cast) -> list[Link]:
    """Pairs of one person across the two articles: the same surname and given names
    that agree, or a variant spelling with no evidence against it (each person linked at
    most once)."""
    links = _same_surname_links(left, right)
    links += _given_name_links(left, right, links)
    links += _compound_surname_links(left, right, links)
    links += _dropped_surname_links(left, right, links)
    respaced = _respaced_links(left, right, links)
    links += respaced
    blocks: dict[str, list[Person]] = defaultdict(list)
    for person in right.people:
        if person.key not in left.keys:
            for block in _blocks(person):
                blocks[block].append(person)
    candidates: dict[tuple[str, str], Link] = {}
    for person in left.people:
        if person.key in right.keys and person.key not in right.respelled_only:
            continue
        for block in _blocks(person):
            for other in blocks.get(block, ()):
                pair = (person.ident, other.ident)
                if pair not in candidates:
                    score = same_person_score(person, other, left, right)
                    candidates[pair] = Link(person, other, score, variant=True)
    for link in _kin_spelled_candidates(left, right, links):
        candidates.setdefault((link.left.ident, link.right.ident), link)
    taken = {link.left.ident for link in respaced} | {link.right.ident for link in respaced}
    for link in sorted(candidates.values(), key=lambda c: -c.score):
        if link.score < LINK_THRESHOLD:
            break
        if link.left.ident in taken or link.right.ident in taken:
            continue
        taken.update((link.left.ident, link.right.ident))
        links.append(link)
    return links


def _kin_spelled_candidates(left: Cast, right: Cast, links: Sequence[Link]) -> list[Link]:
    """Links of a person whose surname the other article writes only for relatives
    (``_kin_spelled``) to a person of the same given name whose surname spelling this
    article does not write: "Tobias Shaefer" / "Tobias Schaefer" beside "Lukas Schaefer",
    "Glenn Harrell" / "Glen Harrel" beside "Scott Harrell". Only people who share a given
    name, as its skeleton (spelling.py), with such a person are looked at (few)."""
    found = []
    for ours, theirs, flip in ((left, right, False), (right, left, True)):
        spelled_apart: dict[str, list[Person]] = defaultdict(list)
        for other in theirs.people:
            if other.key not in ours.keys:
                for given in other.given_names:
                    spelled_apart[skeleton(given)].append(other)
        if not spelled_apart:
            continue
        linked = {(link.right if flip else link.left).ident for link in links}
        waiting = [
            person
            for person in ours.people
            if not spelled_apart.keys().isdisjoint(map(skeleton, person.given_names))
            and person.ident not in linked
            and person.key in theirs.keys
        ]
        for person in _kin_spelled(waiting, theirs):
            others = {
                o.ident: o for g in person.given_names for o in spelled_apart.get(skeleton(g), ())
            }
            for other in others.values():
                a, b = (other, person) if flip else (person, other)
                score = same_person_score(a, b, left, right, face_to_face=True)
                found.append(Link(a, b, score, variant=True))
    return found


def _kin_spelled(people: Sequence[Person], other: Cast) -> list[Person]:
    """Those of ``people`` (each with a given name ``other`` does not link by surname)
    whose surname, as they spell it, ``other`` writes only for relatives with other
    given names (or another generational suffix), so the person may still be one
    ``other`` spells another way: "Tobias Shaefer" beside "Lukas Schaefer" is the "Tobias
    Schaefer" of a report that names both brothers so. A surname ``other`` also writes
    alone for someone unresolved, or with no person at all, is no such case."""
    if not people:
        return []
    relatives: dict[str, list[Person]] = defaultdict(list)
    for person in other.people:
        relatives[person.key].append(person)
    unresolved = {mention.key for mention in other.ambiguous}
    return [
        person
        for person in people
        if person.key in relatives
        and person.key not in unresolved
        and all(_another_generation_or_name(kin, person) for kin in relatives[person.key])
    ]


def _another_generation_or_name(kin: Person, person: Person) -> bool:
    """``kin`` has other given names than ``person``, or the same with another
    generational suffix ("Paul Devereaux Sr." beside "Paul Devereaux Jr."): two people."""
    if kin.given_names and not kin.given_names & person.given_names:
        return True
    suffixes, own = kin.suffixes - {""}, person.suffixes - {""}
    return bool(suffixes and own and not suffixes & own)


def _blocks(person: Person) -> tuple[str, ...]:
    """The block keys of a person's surname; a family name read first also shares one
    with its other romanisations (Park / Pak)."""
    if person.family_first:
        return block_keys(person.key) + tuple("@" + g for g in family_groups(person.key))
    return block_keys(person.key)


def _same_surname_links(left: Cast, right: Cast) -> list[Link]:
    """People of one surname whose given names agree, or where one article gives none and
    names only one person of that surname that fits."""
    right_by_key: dict[str, list[Person]] = defaultdict(list)
    for person in right.people:
        right_by_key[person.key].append(person)
    left_by_key: dict[str, list[Person]] = defaultdict(list)
    for person in left.people:
        left_by_key[person.key].append(person)
    links = []
    for key, lefts in left_by_key.items():
        rights = right_by_key.get(key, [])
        pairs = [
            (a, b)
            for a in lefts
            for b in rights
            if _given_fit(a, b) and not _namesakes(a, b) and not _two_generations(a, b)
        ]
        # each person's pairs by identity, looked up instead of searched for among all
        left_fits: dict[int, list[tuple[Person, Person]]] = defaultdict(list)
        right_fits: dict[int, list[tuple[Person, Person]]] = defaultdict(list)
        for pair in pairs:
            left_fits[id(pair[0])].append(pair)
            right_fits[id(pair[1])].append(pair)
        for a, b in pairs:
            a_fits, b_fits = left_fits[id(a)], right_fits[id(b)]
            if len(a_fits) == 1 and len(b_fits) == 1:
                links.append(Link(a, b, 1.0))
            elif len(b_fits) == 1 and _only_one_of_the_sex(left, a, [p[1] for p in a_fits], b):
                links.append(Link(a, b, 1.0))  # "Trump said he ...": Donald, not Melania
            elif len(a_fits) == 1 and _only_one_of_the_sex(right, b, [p[0] for p in b_fits], a):
                links.append(Link(a, b, 1.0))
            elif (
                a.given_names
                and b.given_names
                and _given_names_agree(a.given_names, b.given_names, _east_asian(a, b))
                and _suffixes_fit(a, b)
            ):
                links.append(Link(a, b, 1.0))  # "Bill Clinton" also fits a bare "Clinton"
    return links


def _two_generations(a: Person, b: Person) -> bool:
    """Both articles write a generational suffix for the person, and not the same one:
    "Vladimir Guerrero Sr." is not "Guerrero Jr."."""
    own, other = a.suffixes - {""}, b.suffixes - {""}
    return bool(own and other and not own & other)


def _suffixes_fit(a: Person, b: Person) -> bool:
    """Whether two people of one name, each one of several that fit the other, may be one
    by their generational suffixes: "Robert Dalton Sr." is not "Robert Dalton Jr." (where
    the name fits one person only, a suffix written in one article alone does not part it)."""
    return not (a.suffixes and b.suffixes) or bool(a.suffixes & b.suffixes)


def _only_one_of_the_sex(
    cast: Cast, bare: Person, candidates: Sequence[Person], chosen: Person
) -> bool:
    """``bare``, a surname alone that fits several ``candidates`` of the other article,
    is taken up by a pronoun of one sex, and ``chosen`` is the only candidate whose given
    names are of that sex."""
    if bare.given_names or len(candidates) < 2:
        return False
    sex = pronoun_sex(cast.article, bare)
    return sex is not None and [c for c in candidates if name_sex(c.given_names) == sex] == [chosen]


def _namesakes(a: Person, b: Person) -> bool:
    """Two people of one name who each hold an office in a place the article names, and
    share neither the office nor the place: "State Senator John Smith of Ohio" / "John
    Smith, the police chief of Tulsa"."""
    alongside = offices().alongside
    placed_a = {o.qualifier for o in a.offices if o.qualifier and o.label not in alongside}
    placed_b = {o.qualifier for o in b.offices if o.qualifier and o.label not in alongside}
    return (
        bool(placed_a and placed_b)
        and not any(_one_place(x, y) for x in placed_a for y in placed_b)
        and not a.office_labels & b.office_labels
    )


def _one_place(x: str, y: str) -> bool:
    """Two qualifiers that may name one place or body: equal, or the words of one all
    words of the other ("amber museum" / "kaliningrad amber museum", "port" / "port of
    rotterdam": one report names the body in full, the other shortly)."""
    words_x, words_y = set(x.split()), set(y.split())
    return words_x <= words_y or words_y <= words_x


def _given_fit(a: Person, b: Person) -> bool:
    if _called_by_a_middle_name(a, b) or _called_by_a_middle_name(b, a):
        return True  # "N. Chandrababu Naidu" / "Chandra Babu Naidu"
    if a.middles and b.middles and not a.middles & b.middles:
        return False  # "George H.W. Bush" / "George W. Bush"
    if a.middle_names and b.middle_names and not one_middle_name(a.middle_names, b.middle_names):
        return False  # "Nguyen Thi Lan" / "Nguyen Van Lan"
    return (
        not a.given_names
        or not b.given_names
        or _given_names_agree(a.given_names, b.given_names, _east_asian(a, b))
    )


def _called_by_a_middle_name(a: Person, b: Person) -> bool:
    """``a``'s given name is an initial, and a middle name of its full names is ``b``'s
    given name, a spelling of it, or it run together with a middle name: "L. Romen
    Singh" / "Romen Singh", "N. Chandrababu Naidu" / "Chandra Babu Naidu" (the house name
    Nara dropped; persons.called_by_a_middle_name)."""
    return (
        any(len(g) == 1 for g in a.given_names)
        and bool(a.middle_names)
        and _given_names_agree(a.middle_names, b.given_names | _run_together(b))
    )


def _run_together(person: Person) -> frozenset[str]:
    """The person's given name run together with each middle name ("chandrababu" of
    "Chandra Babu Naidu"), as another report may write the two as one."""
    return frozenset(g + m for g in person.given_names for m in person.middle_names)


def _east_asian(a: Person, b: Person) -> bool:
    """Both names are read family name first: their given names are compared on their
    romanisation key alone."""
    return a.family_first and b.family_first


def _given_name_links(left: Cast, right: Cast, links: Sequence[Link]) -> list[Link]:
    """A name written alone in one article that is the given name of exactly one person
    in the other: "President Xi" / "Xi Jinping", "Hillary" / "Hillary Clinton", "King
    Salman" / "King Salman bin Abdulaziz". Each side's linked people are kept apart: one
    ident ("salman") may name the king in one article and his son, Mohammed bin Salman,
    in the other."""
    linked = (
        {link.left.ident for link in links},
        {link.right.ident for link in links},
    )
    found = []
    for ours, theirs, flip in ((left, right, False), (right, left, True)):
        ours_linked, theirs_linked = linked[::-1] if flip else linked
        owners: dict[str, list[Person]] = defaultdict(list)
        for person in theirs.people:
            for given in person.given_names:
                owners[name_key(given)].append(person)
        for person in ours.people:
            match = owners.get(person.key, [])
            if person.ident in ours_linked or person.given_names or len(match) != 1:
                continue
            if _regnal(ours, person):
                continue  # "Queen Elizabeth II" is no "Elizabeth Lauten"
            other = match[0]
            if other.ident not in theirs_linked:
                found.append(Link(other, person, 1.0) if flip else Link(person, other, 1.0))
    return found


def _compound_surname_links(left: Cast, right: Cast, links: Sequence[Link]) -> list[Link]:
    """One double surname written with a hyphen or a Spanish "y" in one article and a
    space in the other ("Kwabena Mensah-Bonsu" / "Kwabena Mensah Bonsu", "Ana Ospina y
    Vélez" / "Ana Ospina Vélez"): the second reads "Mensah" as a middle name and "Bonsu"
    as the surname. Folded, the whole names are the same letters; with given names that
    agree and neither person linked otherwise, they are one person."""
    linked = {link.left.ident for link in links}, {link.right.ident for link in links}
    found = []
    for ours, theirs, flip in ((left, right, False), (right, left, True)):
        ours_linked, theirs_linked = linked[::-1] if flip else linked
        spaced: dict[str, list[Person]] = defaultdict(list)
        for person in theirs.people:
            if person.given_names and person.ident not in theirs_linked:  # (a name
                # without a given name has no word before its surname)
                for before in _words_before_surname(theirs, person):
                    spaced[before + person.key].append(person)
        for person in ours.people:
            if person.ident in ours_linked or not person.given_names:
                continue
            match = spaced.get(person.key, [])
            for key in _conjoined_keys(ours, person):
                match = match or spaced.get(key, [])
            # relatives share the surname ("Youssef El Ouafi" beside his sister "Fatima
            # Zahra El Ouafi"): the one whose given names agree is the person
            other = _the_one_agreeing(person, match, ours, theirs)
            if other is None:
                continue
            found.append(Link(other, person, 1.0) if flip else Link(person, other, 1.0))
            ours_linked = ours_linked | {person.ident}
    return found


def _dropped_surname_links(left: Cast, right: Cast, links: Sequence[Link]) -> list[Link]:
    """A name whose last word one article leaves out: a second surname ("Lorenzo Ibarra
    Quiroga" / "Lorenzo Ibarra") or a grandfather's name after the father's ("Dawit
    Alemu Bekele" / "Dawit Alemu"). The shorter name's surname is the word right before
    the longer one's; with given names that agree, one such person in the other article
    and neither linked otherwise, they are one person. Not where either article writes
    the other's surname for someone of those given names too."""
    linked = {link.left.ident for link in links}, {link.right.ident for link in links}
    found: list[Link] = []
    for ours, theirs, flip in ((left, right, False), (right, left, True)):
        ours_linked, theirs_linked = linked[::-1] if flip else linked
        longer: dict[str, list[Person]] = defaultdict(list)
        for person in theirs.people:
            if person.given_names and person.ident not in theirs_linked and not person.family_first:
                for before in _first_surnames(theirs, person):  # (given names only)
                    longer[before].append(person)
        for person in ours.people:
            if person.ident in ours_linked or not person.given_names or person.family_first:
                continue
            free = [o for o in longer.get(person.key, ()) if o.ident not in theirs_linked]
            other = _the_one_agreeing(person, free, ours, theirs)
            if other is None:
                continue
            found.append(Link(other, person, 1.0) if flip else Link(person, other, 1.0))
            ours_linked.add(person.ident)  # the sets of ``linked``: kept for the other way
            theirs_linked.add(other.ident)
    return found


def _respaced_links(left: Cast, right: Cast, links: Sequence[Link]) -> list[Link]:
    """One name whose words the two articles join or split differently (joined_names.py:
    "Katrien Van den Bossche" / "Katrien Vandenbossche", "Pa Houa Xiong" / "Pahoua
    Xiong"). Where only the loose forms meet ("Abd al-Rahman" / "Abdulrahman"), the given
    names must agree too and the names be written in other words: two names of one
    grouping that differ in a vowel are left to ``same_person_score``, which weighs the
    context; a name written alike is left to the link by surname, and so are namesakes
    and two generations. Each person so paired with one person only, neither linked
    otherwise, and neither article writing the other's surname for someone else of
    agreeing given names (``_fits``: two people, not one respaced)."""
    left_linked = {link.left.ident for link in links}
    right_linked = {link.right.ident for link in links}
    pairs = [
        pair
        for pair in respaced_pairs(
            left,
            (p for p in left.people if p.ident not in left_linked),
            right,
            (p for p in right.people if p.ident not in right_linked),
        )
        if _one_respaced(pair)
    ]
    per_left = Counter(pair.left.ident for pair in pairs)
    per_right = Counter(pair.right.ident for pair in pairs)
    return [
        Link(pair.left, pair.right, 1.0, pair.left.key != pair.right.key, pair.regrouped)
        for pair in pairs
        if per_left[pair.left.ident] == 1
        and per_right[pair.right.ident] == 1
        and not _fits(pair.left, right, besides=pair.right)
        and not _fits(pair.right, left, besides=pair.left)
    ]


def _one_respaced(pair: Respaced) -> bool:
    """The pair is one person respaced, not left to another link (``_respaced_links``)."""
    a, b = pair.left, pair.right
    if not pair.regrouped and (a.key == b.key or not pair.exact):
        return False
    if not pair.exact and not _given_names_agree(a.given_names, b.given_names):
        return False
    return not _namesakes(a, b) and not _two_generations(a, b)


def _the_one_agreeing(
    person: Person, candidates: Sequence[Person], ours: Cast, theirs: Cast
) -> Person | None:
    """The one candidate of the other article whose given names agree with the person's,
    or None: none or several agree, or either article writes the other's name for them
    too (``_fits``)."""
    agreeing = [o for o in candidates if _given_names_agree(person.given_names, o.given_names)]
    if len(agreeing) != 1:
        return None
    other = agreeing[0]
    if _fits(person, theirs) or _fits(other, ours):
        return None
    return other


def _first_surnames(cast: Cast, person: Person) -> set[str]:
    """The folded name word right before the surname in the person's full names with a
    given name and a word between, alone and with the particles before it run together
    ("garza" and "delagarza" in "José Luis de la Garza Treviño", as another report may
    write "José Luis Delagarza")."""
    text = cast.article.text
    found = set()
    for mention in person.mentions:
        words = text[mention.start : mention.surname_start].split()
        if not mention.given or len(words) < 2:
            continue
        found.add(name_key(words[-1]))
        first = len(words) - 1
        while first > 1 and fold(words[first - 1]) in PARTICLES:
            first -= 1
        found.add("".join(map(name_key, words[first:])))
    return found


def _conjoined_keys(cast: Cast, person: Person) -> set[str]:
    """The folded letters of the person's two surnames joined by a conjunction, without
    it ("ospinavelez" for "Ospina y Vélez"; name_words.SURNAME_CONJUNCTIONS)."""
    text = cast.article.text
    found = set()
    for mention in person.mentions:
        words = text[mention.surname_start : mention.end].split()
        if len(words) == 3 and words[1] in SURNAME_CONJUNCTIONS:
            found.add(name_key(words[0]) + name_key(words[2]))
    return found


def _fits(person: Person, cast: Cast, besides: Person | None = None) -> bool:
    """Whether one of the cast's people (``besides`` apart) has the person's surname and
    a given name that agrees."""
    return any(
        _given_names_agree(person.given_names, other.given_names)
        for other in cast.people_by_key.get(person.key, ())
        if other is not besides
    )


def _words_before_surname(cast: Cast, person: Person) -> set[str]:
    """The folded name word right before the surname in the person's full names with a
    given name and a word between ("Mensah" in "Kwabena Mensah Bonsu")."""
    text = cast.article.text
    found = set()
    for mention in person.mentions:
        words = text[mention.start : mention.surname_start].split()
        if mention.given and len(words) >= 2:
            found.add(name_key(words[-1]))
    return found


_REGNAL_AFTER = regex(r" (?:I|II|III|IV|V|VI|VII|VIII)\b")


def _regnal(cast: Cast, person: Person) -> bool:
    """A name alone with a regnal number after it ("Elizabeth II"): a whole name, not a
    given name another article completes."""
    return any(_REGNAL_AFTER.match(cast.article.text, m.end) for m in person.mentions)


def same_person_score(
    a: Person,
    b: Person,
    left: Cast,
    right: Cast,
    face_to_face: bool = False,
    close: bool = False,
) -> float:
    """0 when the two are clearly not one person spelled two ways, else up to 1.

    Each spelling must be absent from the other article (an article that writes both
    knows two people). ``face_to_face``: the two stand in aligned sentences, so only one
    of the spellings need be absent; ``close``: closely aligned, which is evidence in
    itself."""
    a_elsewhere = _written_for_another(a, right, b)
    b_elsewhere = _written_for_another(b, left, a)
    if (a_elsewhere and b_elsewhere) or (not face_to_face and (a_elsewhere or b_elsewhere)):
        return 0.0
    east_asian = _east_asian(a, b)
    if east_asian:  # a family name is shared by millions: the given names must agree
        base = SAME_SKELETON if same_family(a.key, b.key) else 0.0
        if not (a.given_names and b.given_names):
            return 0.0
    else:
        base = variant_score(a.key, b.key)
    if base == 0.0:
        return 0.0
    support = FACE_TO_FACE_BONUS if close else 0.0
    same_given = bool(a.given_names and b.given_names)
    if same_given:
        if not _given_names_agree(a.given_names, b.given_names, east_asian):
            return 0.0
        support += SAME_GIVEN_BONUS
    if a.office_labels and b.office_labels:
        if offices_agree(a.offices, b.offices, same_seat=False):
            support += SAME_OFFICE_BONUS
        elif _different_seats(a, b) and not (same_given and base >= SAME_SKELETON):
            return 0.0
    common = is_common(a.key, COMMON_WORD_ZIPF) or is_common(b.key, COMMON_WORD_ZIPF)
    if common and support == 0.0:
        return 0.0
    return round(min(1.0, base + support), 2)


def _written_for_another(person: Person, other: Cast, counterpart: Person) -> bool:
    """``other`` writes a spelling of ``person``'s surname, and not as a mention of
    ``counterpart`` (a report that writes "Raffensperger" in its headline and "Brad
    Rafensperger" below, one person, does not know two)."""
    found = [s for s in person.spellings if s in other.words]
    if not found:
        return False
    own = {mention.surname for mention in counterpart.mentions}
    return any(s not in own for s in found)


def _different_seats(a: Person, b: Person) -> bool:
    """Each is given a one-holder office, and none of one is an office of the other (a
    title many share, "Representative", never tells two people apart, nor does a head of
    a body, ``GENERIC_HEAD``)."""
    seats_a = {o.label for o in a.offices if o.unique and o.label != GENERIC_HEAD}
    seats_b = {o.label for o in b.offices if o.unique and o.label != GENERIC_HEAD}
    return bool(seats_a and seats_b and not seats_a & seats_b)


def _given_names_agree(a: Iterable[str], b: Iterable[str], east_asian: bool = False) -> bool:
    names = given_names()
    return any(
        x == y or (not east_asian and names.one_name(x, y)) or _given_score(x, y, east_asian) > 0
        for x in a
        for y in b
    )


def _given_score(x: str, y: str, east_asian: bool) -> float:
    """How likely two different given names are spellings of one: transliteration-aware
    for most names; for names read family name first, only their romanisations (Zedong /
    Tse-tung, never Xiaoming / Xiaoping)."""
    if east_asian:
        return EAST_ASIAN_GIVEN if x != y and romanised_key(x) == romanised_key(y) else 0.0
    return given_variant_score(x, y)


def _pick(
    lefts: Sequence[Mention], rights: Sequence[Mention], aligned: set[tuple[int, int]]
) -> tuple[Mention, Mention]:
    """Representative mentions: a pair in aligned sentences, else the first with an
    office, else the first."""
    for lm in lefts:
        for rm in rights:
            if (lm.sentence, rm.sentence) in aligned:
                return lm, rm

    def first(mentions: Sequence[Mention]) -> Mention:
        return next((m for m in mentions if m.offices), mentions[0])

    return first(lefts), first(rights)


def _full(person: Person) -> Sequence[Mention]:
    return [m for m in person.mentions if m.given] or person.mentions


def _own_spelling(person: Person) -> Sequence[Mention]:
    """The mentions that spell the person's surname their own way, not as a word of
    another spelling taken in ("Raffensperger" in a headline over "Brad Rafensperger")."""
    own = [m for m in person.mentions if m.surname in person.spellings]
    return own or person.mentions


def _spelling_finding(
    left: Cast, right: Cast, link: Link, aligned: set[tuple[int, int]]
) -> Finding:
    lm, rm = _pick(_own_spelling(link.left), _own_spelling(link.right), aligned)
    if link.respaced:  # a full name, as a surname alone writes no particles
        lm, rm = _pick(_full(link.left), _full(link.right), aligned)
    shared = link.left.office_labels & link.right.office_labels
    written = [
        " ".join(left.article.text[o.start : o.end].split())
        for o in link.left.offices
        if o.label in shared
    ]
    role = f" ({written[0]})" if written else ""
    left_side = mention_side(left.article, lm, whole_name=link.respaced)
    right_side = mention_side(right.article, rm, whole_name=link.respaced)
    written_as = (left_side.quote, right_side.quote) if link.respaced else (lm.surname, rm.surname)
    return Finding.contrasting(
        kind="name",
        type="spelling",
        left=left_side,
        right=right_side,
        contrast=Contrast("name spelled differently", *written_as, role),
        score=link.score,
    )


def _given_name_findings(
    left: Cast, right: Cast, links: Sequence[Link], aligned: set[tuple[int, int]]
) -> list[Finding]:
    """One person whose given name is spelled two ways (Jamison / Jamieson)."""
    names = given_names()
    findings = []
    for link in links:
        ga, gb = link.left.given_names, link.right.given_names
        if not ga or not gb or any(names.same_person(x, y) for x in ga for y in gb):
            continue
        east_asian = _east_asian(link.left, link.right)
        pairs = [(x, y) for x in ga for y in gb if _given_score(x, y, east_asian) > 0]
        if not pairs:
            continue
        x, y = pairs[0]
        lm, rm = _pick(
            [m for m in link.left.mentions if m.given == x],
            [m for m in link.right.mentions if m.given == y],
            aligned,
        )
        findings.append(
            Finding.contrasting(
                kind="name",
                type="spelling",
                left=mention_side(left.article, lm, whole_name=True),
                right=mention_side(right.article, rm, whole_name=True),
                contrast=Contrast(
                    "given name spelled differently", _name(left, lm), _name(right, rm)
                ),
                score=round(_given_score(x, y, east_asian) + SAME_GIVEN_BONUS, 2),
            )
        )
    return findings


def _name(cast: Cast, mention: Mention) -> str:
    return cast.article.text[mention.start : mention.end]
