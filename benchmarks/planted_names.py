"""Planted name variants and office swaps in real reports (BASIL clusters 0-49).

A pair of reports of one event names one person in both. The person's name is replaced
in both reports: the left report gets a base spelling, the right one a variant of one
family (doubled letters, sch/sh, romanisations, a given-name variant with the surname
kept, ...), or a *trap*: a relative (same surname, another given name) or a different
person with a close surname. A variant should be linked and flagged as a spelling
difference; a trap never. Office swaps put one office in front of the person in both
reports and give the right report another holder: a conflict where the office and its
place are the same and both are current; none across jurisdictions or for a past holder.

The lists below were written by hand for this benchmark; the reports stay in
``../shared/eval/external`` and only clusters 0-49 are used (50-99 are held out).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tui.engine.align import align
from tui.engine.corpus import Article, load_article
from tui.engine.findings.english_frequency import is_common
from tui.engine.findings.model import Finding
from tui.engine.people.names import find_name_findings
from tui.engine.people.persons import find_people
from tui.engine.textnorm import fold

OWN_CLUSTERS = range(50)

SURNAME_VARIANTS: dict[str, list[tuple[str, str]]] = {
    "doubled letter": [
        ("Kessler", "Kesler"),
        ("Pellegrini", "Pelegrini"),
        ("Mattis", "Matis"),
        ("Hallett", "Halett"),
        ("Lutnick", "Luttnick"),
        ("Bessent", "Besent"),
    ],
    "dropped letter": [
        ("Hutchinson", "Hutchison"),
        ("Kushner", "Kusner"),
        ("Blumenthal", "Blumental"),
        ("Rasmussen", "Rasmusen"),
        ("Wierzbicki", "Wierzbiki"),
        ("Oberstar", "Oberster"),
    ],
    "sch/sh": [
        ("Schneider", "Shneider"),
        ("Schumer", "Shumer"),
        ("Shapiro", "Schapiro"),
        ("Schultz", "Shultz"),
        ("Schroeder", "Shroeder"),
        ("Kirschner", "Kirshner"),
    ],
    "ae/e": [
        ("Kaepernick", "Kepernick"),
        ("Paetzold", "Petzold"),
        ("Haeckel", "Heckel"),
        ("Staedler", "Stedler"),
        ("Maeterlinck", "Meterlinck"),
        ("Baerwald", "Berwald"),
    ],
    "c/k/q": [
        ("Kowalski", "Cowalski"),
        ("Nicolson", "Nikolson"),
        ("Qureshi", "Kureshi"),
        ("Jacobsen", "Jakobsen"),
        ("Kuznetsov", "Cuznetsov"),
        ("Marcovic", "Markovic"),
    ],
    "ph/f": [
        ("Stephanopoulos", "Stefanopoulos"),
        ("Rudolph", "Rudolf"),
        ("Philbin", "Filbin"),
        ("Christophersen", "Christofersen"),
        ("Pfeiffer", "Pfeifer"),
        ("Delphine", "Delfine"),
    ],
    "y/i/j": [
        ("Nikolayev", "Nikolaev"),
        ("Yusupov", "Jusupov"),
        ("Zelenskyy", "Zelensky"),
        ("Tymoshenko", "Timoshenko"),
        ("Dmitriyev", "Dmitriev"),
        ("Yanukovych", "Janukowitsch"),
    ],
    "kh/h": [
        ("Khodorkovsky", "Hodorkovsky"),
        ("Khamenei", "Hamenei"),
        ("Akhmetov", "Ahmetov"),
        ("Bukhari", "Buhari"),
        ("Khalilzad", "Halilzad"),
        ("Rakhimov", "Rahimov"),
    ],
    "ou/u": [
        ("Boutros", "Butros"),
        ("Mousavi", "Musavi"),
        ("Nouri", "Nuri"),
        ("Abdoulaye", "Abdulaye"),
        ("Gouveia", "Guveia"),
        ("Koudelka", "Kudelka"),
    ],
    "dropped vowel": [
        ("Jamieson", "Jamison"),
        ("Priebus", "Prebus"),
        ("Giuliani", "Guliani"),
        ("Gianforte", "Ganforte"),
        ("Menendez", "Menndez"),
        ("Okonkwo", "Oknkwo"),
    ],
    "romanisation": [
        ("Gaddafi", "Qaddafi"),
        ("Gaddafi", "Kadhafi"),
        ("Khrushchev", "Chruschtschow"),
        ("Gorbachev", "Gorbatschow"),
        ("Netanyahu", "Netanjahu"),
        ("Ahmadinejad", "Ahmadinezhad"),
        ("Medvedev", "Medvedyev"),
        ("Chernenko", "Tschernenko"),
    ],
    "x/ks": [
        ("Maximov", "Maksimov"),
        ("Alexandrov", "Aleksandrov"),
        ("Saxena", "Saksena"),
        ("Axelrod", "Akselrod"),
        ("Dixon", "Dikson"),
        ("Nixonov", "Niksonov"),
    ],
    "-ei/-ey/-i/-y endings": [
        ("Tolstoy", "Tolstoi"),
        ("Khamenei", "Khameney"),
        ("Dostoevsky", "Dostoevski"),
        ("Rutskoy", "Rutskoi"),
        ("Podgorny", "Podgorniy"),
        ("Sergeyev", "Sergeev"),
    ],
    "apostrophe/hyphen/diacritic": [
        ("O'Rourke", "ORourke"),
        ("O'Neill", "O\u2019Neill"),
        ("S\u00e1nchez", "Sanchez"),
        ("Erdo\u011fan", "Erdogan"),
        ("Ocasio-Cortez", "Ocasio Cortez"),
        ("M\u00fcller", "Mueller"),
    ],
}

GIVEN_VARIANTS: list[tuple[str, str]] = [
    ("Vicente", "Vincente"),
    ("Stephen", "Steven"),
    ("Katherine", "Catherine"),
    ("Philip", "Phillip"),
    ("Geoffrey", "Jeffrey"),
    ("Mohammed", "Muhammad"),
    ("Sergei", "Sergey"),
    ("Alexei", "Aleksei"),
    ("Dmitri", "Dmitry"),
    ("Nikolai", "Nicolai"),
    ("Yuri", "Iouri"),
    ("Muammar", "Moammar"),
    ("Gerald", "Jerald"),
    ("Jerome", "Gerome"),
    ("Andrei", "Andrey"),
    ("Nikolai", "Nikolay"),
    ("Yevgeny", "Evgeniy"),
    ("Oleksandr", "Aleksandr"),
]

NICKNAMES: list[tuple[str, str]] = [
    ("William", "Bill"),
    ("Robert", "Bob"),
    ("Elizabeth", "Liz"),
    ("Margaret", "Peggy"),
    ("Richard", "Dick"),
    ("Charles", "Chuck"),
    ("Edward", "Ted"),
    ("Katherine", "Kate"),
]
"""A formal given name and a nickname: one person, so no finding at all is right."""

RELATIVE_TRAPS: list[tuple[str, str]] = [
    ("Bill", "Hillary"),
    ("Donald", "Melania"),
    ("Tim", "Paul"),
    ("Asa", "Seth"),
    ("George", "Laura"),
    ("Barack", "Michelle"),
    ("Jeb", "Columba"),
    ("Robert", "Edward"),
    ("Linda", "Loretta"),
    ("Mitt", "Ann"),
]

NAMESAKE_TRAPS: list[tuple[str, str]] = [
    ("Warren", "Warner"),
    ("Collins", "Rollins"),
    ("Carson", "Carlson"),
    ("Graham", "Grant"),
    ("Moore", "Moran"),
    ("Barr", "Burr"),
    ("Mason", "Madison"),
    ("Cruz", "Crist"),
    ("Hatch", "Hatcher"),
    ("Kaine", "Kane"),
    ("Byrne", "Burns"),
    ("Pryor", "Prior"),
]

NAMESAKE_GIVEN = "Marguerite"
"""The given name of the namesake trap's other person (close surname, another person)."""

SWAPPED_HOLDER = ("Dana", "Wrzesniewski")
"""The other holder the right report names in an office swap."""

OFFICE_SWAPS: list[tuple[str, str, bool]] = [
    # (left office, right office, a conflict expected)
    ("Attorney General", "Attorney General", True),
    ("Texas Attorney General", "Texas Attorney General", True),
    ("FBI Director", "FBI Director", True),
    ("CIA Director", "CIA Director", True),
    ("EPA Administrator", "EPA Administrator", True),
    ("Dallas Police Chief", "Dallas Police Chief", True),
    ("Ohio Gov.", "Ohio Gov.", True),
    ("New York Mayor", "New York Mayor", True),
    ("House Minority Leader", "House Minority Leader", True),
    ("Senate Majority Leader", "Senate Majority Leader", True),
    ("Russian Foreign Minister", "Russian Foreign Minister", True),
    ("British Prime Minister", "British Prime Minister", True),
    ("Treasury Secretary", "Secretary of the Treasury", True),
    ("Director of National Intelligence", "Director of National Intelligence", True),
    ("Republican National Committee Chairman", "RNC Chairman", True),
    (
        "U.S. Attorney for the Southern District of New York",
        "U.S. Attorney for the Southern District of New York",
        True,
    ),
    ("Speaker of the House", "Speaker of the Indiana House", False),
    ("former FBI Director", "FBI Director", False),
    ("Ohio Gov.", "Texas Gov.", False),
    ("Texas Attorney General", "Attorney General", False),
    ("Chicago Mayor", "Boston Mayor", False),
    ("British Prime Minister", "Israeli Prime Minister", False),
    ("then-Secretary of State", "Secretary of State", False),
    ("ex-CIA Director", "CIA Director", False),
]


@dataclass(frozen=True)
class Host:
    """A pair of reports and the person both name in full."""

    left: str
    right: str
    given: tuple[str, str]
    """The given name as each report writes it."""
    surname: str


def hosts(path: Path) -> list[Host]:
    """One host per report pair of clusters 0-49 that names a person in full on both sides
    (the person named most often)."""
    clusters = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for c in OWN_CLUSTERS:
            texts = [a["text"] for a in clusters[c]["articles"]]
            for a in range(len(texts)):
                for b in range(a + 1, len(texts)):
                    host = _host(Path(tmp), texts[a], texts[b])
                    if host is not None:
                        found.append(host)
    return found


def _host(tmp: Path, left_text: str, right_text: str) -> Host | None:
    left, right = _article(tmp, "l", left_text), _article(tmp, "r", right_text)
    theirs = {p.key: p for p in find_people(right)}
    best: tuple[int, Host] | None = None
    for person in find_people(left):
        other = theirs.get(person.key)
        if other is None or len(person.key) < 4 or is_common(person.key, 3.0):
            continue
        given = (_written_given(left, person), _written_given(right, other))
        if given[0] is None or given[1] is None or fold(given[0]) != fold(given[1]):
            continue
        weight = len(person.mentions) + len(other.mentions)
        if best is None or weight > best[0]:
            best = (weight, Host(left_text, right_text, (given[0], given[1]), person.spellings[0]))
    return best[1] if best else None


def _written_given(article: Article, person: object) -> str | None:
    for mention in person.mentions:  # type: ignore[attr-defined]
        if mention.given:
            word = article.text[mention.start : mention.surname_start].split()[0]
            return word if word.isalpha() else None
    return None


def _article(tmp: Path, name: str, text: str) -> Article:
    path = tmp / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def _renamed(text: str, host: Host, given: str | None, surname: str) -> str:
    """The report with the host person's surname (and given name in full mentions)
    replaced."""
    if given is not None:
        for written in set(host.given):
            text = re.sub(
                rf"\b{re.escape(written)}(\s+(?:[A-Z]\.\s+)?){host.surname}\b",
                lambda m: given + m.group(1) + host.surname,
                text,
            )
    return re.sub(rf"\b{re.escape(host.surname)}\b", surname, text)


@dataclass(frozen=True)
class Plant:
    family: str
    base: str
    variant: str
    given: bool
    """The variant is of the given name (the surname is kept)."""
    trap: bool
    nickname: bool = False
    """The variant is a nickname: one person, nothing to flag."""


def plants() -> Iterator[Plant]:
    for family, pairs in SURNAME_VARIANTS.items():
        for base, variant in pairs:
            yield Plant(family, base, variant, given=False, trap=False)
    for base, variant in GIVEN_VARIANTS:
        yield Plant("given name", base, variant, given=True, trap=False)
    for base, variant in NICKNAMES:
        yield Plant("nickname (no finding)", base, variant, given=True, trap=False, nickname=True)
    for base, variant in RELATIVE_TRAPS:
        yield Plant("relative (trap)", base, variant, given=True, trap=True)
    for base, variant in NAMESAKE_TRAPS:
        yield Plant("namesake (trap)", base, variant, given=False, trap=True)


def _flagged(findings: Sequence[Finding], base: str, variant: str) -> bool:
    """A spelling finding whose sides hold the base and the variant."""
    b, v = fold(base), fold(variant)
    return any(
        f.kind == "name"
        and f.type == "spelling"
        and b in fold(f.left.quote)
        and v in fold(f.right.quote)
        for f in findings
    )


def _same_key(a: str, b: str) -> bool:
    return "".join(c for c in fold(a) if c.isalpha()) == "".join(c for c in fold(b) if c.isalpha())


def _spelling_quotes(findings: Sequence[Finding]) -> set[tuple[str, str]]:
    return {
        (f.left.quote, f.right.quote) for f in findings if f.kind == "name" and f.type == "spelling"
    }


def _host_findings(tmp: Path, host: Host) -> set[tuple[str, str]]:
    """The spelling findings of the host pair as published (a real misspelling there,
    "Priebus" / "Preibus", is not a stray finding of the plant)."""
    left, right = _article(tmp, "l", host.left), _article(tmp, "r", host.right)
    return _spelling_quotes(
        find_name_findings(left, right, tuple(align(left.sentences, right.sentences)))
    )


def run_plants(path: Path) -> None:
    host_list = hosts(path)
    print(f"planted names: {len(host_list)} report pairs of clusters 0-49 name a person in full")
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    missed: list[str] = []
    stray = 0
    published: dict[int, set[tuple[str, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for n, plant in enumerate(plants()):
            host = host_list[(n * 7) % len(host_list)]
            if id(host) not in published:
                published[id(host)] = _host_findings(tmp, host)
            if plant.given:
                left_text = _renamed(host.left, host, plant.base, host.surname)
                right_text = _renamed(host.right, host, plant.variant, host.surname)
            else:
                left_text = _renamed(host.left, host, None, plant.base)
                # a namesake is another person: another given name beside the close surname
                other = NAMESAKE_GIVEN if plant.trap else None
                right_text = _renamed(host.right, host, other, plant.variant)
            left, right = _article(tmp, "l", left_text), _article(tmp, "r", right_text)
            alignments = tuple(align(left.sentences, right.sentences))
            found = find_name_findings(left, right, alignments)
            hit = _flagged(found, plant.base, plant.variant)
            folded = not plant.given and _same_key(plant.base, plant.variant)
            spelling = _spelling_quotes(found) - published[id(host)]
            stray += len(spelling) - hit
            tally = counts[plant.family]
            tally["planted"] += 1
            if plant.trap:
                tally["linked"] += hit
            elif plant.nickname:
                told_apart = any(f.kind == "name" for f in found if host.surname in f.left.quote)
                tally["linked"] += not told_apart
                if told_apart:
                    missed.append(f"{plant.base}/{plant.variant}")
            elif folded:
                tally["linked"] += not spelling  # one person; nothing to flag
            else:
                tally["linked"] += hit
                if not hit:
                    missed.append(f"{plant.base}/{plant.variant}")
    true_links = sum(c["linked"] for f, c in counts.items() if "trap" not in f)
    variants = sum(c["planted"] for f, c in counts.items() if "trap" not in f)
    trap_links = sum(c["linked"] for f, c in counts.items() if "trap" in f)
    traps = sum(c["planted"] for f, c in counts.items() if "trap" in f)
    for family, tally in counts.items():
        print(f"  {family:30s} {tally['linked']:2d}/{tally['planted']:2d} linked")
    precision = true_links / max(1, true_links + trap_links + stray)
    print(
        f"planted names: recall {true_links}/{variants} = {true_links / variants:.2f}; "
        f"traps linked {trap_links}/{traps} = {trap_links / traps:.2f}; other spelling "
        f"findings {stray}; precision {precision:.2f}"
    )
    if missed:
        print("  missed: " + ", ".join(missed))


def run_office_swaps(path: Path) -> None:
    host_list = hosts(path)
    tally: Counter[str] = Counter()
    wrong: list[str] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for n, (left_office, right_office, expected) in enumerate(OFFICE_SWAPS):
            host = _swap_host(host_list, (n * 5 + 3) % len(host_list), left_office, right_office)
            given_new, surname_new = SWAPPED_HOLDER
            left_text = _titled(host.left, host, left_office, host.given[0], host.surname)
            right_text = _titled(
                _renamed(host.right, host, given_new, surname_new),
                host,
                right_office,
                given_new,
                surname_new,
            )
            left, right = _article(tmp, "l", left_text), _article(tmp, "r", right_text)
            alignments = tuple(align(left.sentences, right.sentences))
            found = find_name_findings(left, right, alignments)
            hit = any(
                f.type == "office"
                and host.surname in f.left.quote + f.right.quote
                and surname_new in f.left.quote + f.right.quote
                for f in found
            )
            key = "swaps" if expected else "traps"
            tally[key] += 1
            tally[key + " flagged"] += hit
            if hit != expected:
                verdict = "missed" if expected else "flagged"
                wrong.append(f"{left_office} / {right_office}: {verdict}")
    print(
        f"office swaps: {tally['swaps flagged']}/{tally['swaps']} flagged; "
        f"office traps (other place, past holder): "
        f"{tally['traps flagged']}/{tally['traps']} flagged"
    )
    for line in wrong:
        print("  " + line)


def _swap_host(hosts: list[Host], first: int, left_office: str, right_office: str) -> Host:
    """The first host from ``first`` on whose reports write neither office already: a
    report that names another holder of the office is no single-holder swap."""
    for k in range(len(hosts)):
        host = hosts[(first + k) % len(hosts)]
        if left_office not in host.left and right_office not in host.right:
            return host
    return hosts[first]


def _titled(text: str, host: Host, office: str, given: str, surname: str) -> str:
    """The first full mention of the person given ``office`` in front."""
    pattern = re.compile(rf"\b{re.escape(given)}(\s+(?:[A-Z]\.\s+)?){re.escape(surname)}\b")
    hit = pattern.search(text)
    if hit is None:
        return text
    return text[: hit.start()] + office + " " + text[hit.start() :]
