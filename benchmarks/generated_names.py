"""Name variants made by rule from the real names of real reports (BASIL clusters 0-49).

planted_names.py plants spellings from hand-written lists; a detector tuned on them may
know those names rather than the families. Here each family is a rewriting rule (double a
consonant, drop a doubled one, "sh" for "sch", "s" for a soft "c", ...) applied to the
names the reports themselves use: the surname of the person both reports name in full,
or their given name with the surname kept. Every host pair whose name the rule can
rewrite gets one plant, so the names are whatever the reporters wrote.

Traps: a relative (the same surname, another given name from the given-name lexicon
that is no spelling or nickname of the first) must never be linked.

    .venv/bin/python benchmarks/generated_names.py [--list]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.planted_names import (  # noqa: E402
    Host,
    _article,
    _flagged,
    _host_findings,
    _renamed,
    _spelling_quotes,
    hosts,
)
from tui.engine.align import align  # noqa: E402
from tui.engine.people.lexicon import given_names  # noqa: E402
from tui.engine.people.names import find_name_findings  # noqa: E402
from tui.engine.people.spelling import given_variant_score  # noqa: E402
from tui.engine.textnorm import fold  # noqa: E402

EXTERNAL = ROOT.parent / "shared" / "eval" / "external"

PER_FAMILY = 12
"""Plants per family and name part at most (one per host pair whose name fits)."""

_C = "[b-df-hj-np-tv-z]"
"""A consonant."""


def _undouble(name: str) -> str | None:
    """The first doubled consonant written once: Bennett / Benett."""
    hit = re.search(rf"({_C})\1", name[1:])
    return None if hit is None else name[: hit.start() + 1] + name[hit.start() + 2 :]


def _double(name: str) -> str | None:
    """The first single consonant between two vowels written twice: Romero / Rommero."""
    hit = re.search(r"(?<=[aeiou])([bdfglmnprst])(?=[aeiou])", name[1:])
    if hit is None:
        return None
    at = hit.start() + 1
    return name[: at + 1] + name[at] + name[at + 1 :]


def _drop_consonant(name: str) -> str | None:
    """A consonant inside a cluster of two different ones dropped: Hutchinson /
    Hutchison, Clinton / Cliton."""
    hit = re.search(rf"(?<=[aeiou])([lmnr])(?={_C})", name[1:-1])
    if hit is None:
        return None
    at = hit.start() + 1
    return name[:at] + name[at + 1 :]


def _drop_vowel(name: str) -> str | None:
    """One vowel of an inner pair of vowels dropped: Priebus / Prebus."""
    hit = re.search(rf"(?<={_C})(ie|ei|ea|ou|oo|ee|ai|au)", name[1:])
    if hit is None:
        return None
    at = hit.start() + 1
    return name[:at] + name[at + 1 :]


def _swap(pattern: str, replacement: str) -> Callable[[str], str | None]:
    compiled = re.compile(pattern)

    def rewrite(name: str) -> str | None:
        head, tail = name[:1], name[1:]
        if compiled.search(tail) is None:
            return None
        return head + compiled.sub(replacement, tail, count=1)

    return rewrite


def _first_letter(pairs: dict[str, str], before: str) -> Callable[[str], str | None]:
    """The first letter swapped for its pair where the second letter is one of ``before``
    (a soft or a hard c)."""

    def rewrite(name: str) -> str | None:
        swapped = pairs.get(name[:1])
        if swapped is None or name[1:2] not in before:
            return None
        return swapped + name[1:]

    return rewrite


def _soft_first(pairs: dict[str, str]) -> Callable[[str], str | None]:
    return _first_letter(pairs, "eiy")


def _hard_first(pairs: dict[str, str]) -> Callable[[str], str | None]:
    return _first_letter(pairs, "aoulr")


def _either(*rules: Callable[[str], str | None]) -> Callable[[str], str | None]:
    def rewrite(name: str) -> str | None:
        for rule in rules:
            out = rule(name)
            if out is not None:
                return out
        return None

    return rewrite


FAMILIES: dict[str, Callable[[str], str | None]] = {
    "doubled letter written once": _undouble,
    "letter doubled": _double,
    "consonant dropped": _drop_consonant,
    "vowel of a pair dropped": _drop_vowel,
    "sch/sh": _either(_swap("sch", "sh"), _swap("sh", "sch")),
    "ae/e": _either(_swap("ae(?!$)", "e"), _swap(rf"(?<={_C})e(?={_C})", "ae")),
    # a soft c (before e, i, y) and an s; a hard c (before a, o, u, l, r) and a k
    "c/s": _either(
        _swap(r"(?<!s)c(?=[eiy])", "s"),
        _swap(r"(?<=[aeiou])s(?=[eiy])", "c"),
        _soft_first({"C": "S", "S": "C"}),
    ),
    "c/k": _either(
        _swap(r"ck", "k"),
        _swap(r"(?<![sc])c(?=[aoulr])", "k"),
        _swap(r"(?<![ck])k(?=[aoulr])", "c"),
        _hard_first({"C": "K", "K": "C"}),
    ),
    "ph/f": _either(_swap("ph", "f"), _swap(r"(?<=[aeiou])f", "ph")),
    "y/i": _either(_swap(rf"(?<={_C})y", "i"), _swap(rf"(?<={_C})i(?={_C})", "y")),
    "ou/u": _either(_swap("ou", "u"), _swap(rf"(?<={_C})u(?={_C})", "ou")),
}


@dataclass(frozen=True)
class Plant:
    family: str
    part: str
    """"surname", "given name" (the surname kept), "census given" (a given name of the
    census list put in place of the host's, the surname kept) or "listed given" (the
    same, the variant also a census name)."""
    host: Host
    base: str
    variant: str
    trap: bool = False


def _known_variant(base: str, variant: str) -> bool:
    names = given_names()
    a, b = fold(base), fold(variant)
    return names.same_person(a, b) or given_variant_score(a, b) > 0


def plants(host_list: list[Host]) -> Iterator[Plant]:
    for family, rule in FAMILIES.items():
        for part in ("surname", "given name"):
            made = 0
            seen: set[str] = set()
            for host in host_list:
                base = host.surname if part == "surname" else host.given[0]
                if host.given[0] != host.given[1] or not base.isalpha() or len(base) < 4:
                    continue
                if base in seen:
                    continue  # one plant per name: the families, not one name, are measured
                seen.add(base)
                variant = rule(base)
                if variant is None or fold(variant) == fold(base):
                    continue
                yield Plant(family, part, host, base, variant)
                made += 1
                if made == PER_FAMILY:
                    break
    yield from _census_given(host_list)
    yield from _listed_variants(host_list)
    yield from _relatives(host_list)
    yield from _gendered_relatives(host_list)


def _listed_variants(host_list: list[Host]) -> Iterator[Plant]:
    """Each family's rule applied to census given names where the variant is itself a
    census name of the same sex (Brian / Bryan, Carl / Karl, Philip / Phillip): common
    spellings of one name, which a relative could also bear, so reported apart."""
    names = given_names()
    pool = sorted(n for n in names.listed if len(n) >= 4 and n in names.sexes)
    for f, (family, rule) in enumerate(FAMILIES.items()):
        made = 0
        for k in range(len(pool)):
            base = pool[(f * 53 + k * 97) % len(pool)]
            variant = rule(base.title())
            if variant is None or names.sexes.get(fold(variant)) != names.sexes[base]:
                continue
            host = host_list[(f + made * 11) % len(host_list)]
            yield Plant(family, "listed given", host, base.title(), variant)
            made += 1
            if made == PER_FAMILY:
                break


def _census_given(host_list: list[Host]) -> Iterator[Plant]:
    """Each family's rule applied to given names of the census list (spread over the
    list, not chosen), beside the host's own surname: the reporters' few given names do
    not cover every family. A variant that is itself a listed name is skipped: it may be
    another person's."""
    names = given_names()
    pool = sorted(n for n in names.listed if len(n) >= 4)
    for f, (family, rule) in enumerate(FAMILIES.items()):
        made = 0
        for k in range(len(pool)):
            base = pool[(f * 53 + k * 97) % len(pool)].title()
            variant = rule(base)
            if variant is None or fold(variant) in names.listed:
                continue
            yield Plant(
                family, "census given", host_list[(f + made * 11) % len(host_list)], base, variant
            )
            made += 1
            if made == PER_FAMILY:
                break


def _relatives(host_list: list[Host]) -> Iterator[Plant]:
    """Another given name of the lexicon beside the same surname: a relative."""
    pool = sorted(n for n in given_names().listed if len(n) >= 4)
    for n, host in enumerate(host_list[: PER_FAMILY * 2]):
        base = host.given[0]
        for k in range(len(pool)):
            other = pool[(n * 131 + k * 17) % len(pool)]
            if other[0] != fold(base)[0] and not _known_variant(base, other):
                yield Plant("relative (trap)", "given name", host, base, other.title(), trap=True)
                break


def _gendered_relatives(host_list: list[Host]) -> Iterator[Plant]:
    """A man's and a woman's given name of the lexicon beside the same surname: an "a"
    after a final consonant (Daniel / Daniela) or for a final "o" (Mario / Maria). Two
    relatives."""
    names = given_names()
    pairs = sorted(
        {(name, name + "a") for name in names.listed if name[-1] not in "aeiouy"}
        | {(name, name[:-1] + "a") for name in names.listed if name.endswith("o")}
    )
    pairs = [(a, b) for a, b in pairs if len(a) >= 4 and names.sexes.get(b) == "f"]
    pairs = [(a, b) for a, b in pairs if names.sexes.get(a) == "m"]
    for n, host in enumerate(host_list[: PER_FAMILY * 2]):
        base, other = pairs[(n * 37) % len(pairs)]
        yield Plant(
            "gendered relative (trap)", "given name", host, base.title(), other.title(), trap=True
        )


def run(path: Path, show: bool = False) -> None:
    host_list = hosts(path)
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    missed: list[str] = []
    stray = 0
    published: dict[int, set[tuple[str, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for plant in plants(host_list):
            host = plant.host
            if id(host) not in published:
                published[id(host)] = _host_findings(tmp, host)
            if plant.trap and plant.part == "given name":
                left_text = _renamed(host.left, host, plant.base, host.surname)
                right_text = _renamed(host.right, host, plant.variant, host.surname)
            elif plant.part in ("given name", "census given", "listed given"):
                left_text = _renamed(host.left, host, plant.base, host.surname)
                right_text = _renamed(host.right, host, plant.variant, host.surname)
            else:
                left_text = host.left
                right_text = _renamed(host.right, host, None, plant.variant)
            left, right = _article(tmp, "l", left_text), _article(tmp, "r", right_text)
            found = find_name_findings(left, right, tuple(align(left.sentences, right.sentences)))
            hit = _flagged(found, plant.base, plant.variant)
            stray += len(_spelling_quotes(found) - published[id(host)]) - hit
            tally = counts[(plant.family, plant.part)]
            tally["planted"] += 1
            tally["linked"] += hit
            if hit != (not plant.trap):
                missed.append(f"{plant.family}: {plant.base} / {plant.variant}")
    variants = traps = linked = trap_links = 0
    for (family, part), tally in counts.items():
        print(f"  {family:28s} {part:10s} {tally['linked']:2d}/{tally['planted']:2d} linked")
        if "trap" in family:
            traps += tally["planted"]
            trap_links += tally["linked"]
        else:
            variants += tally["planted"]
            linked += tally["linked"]
    precision = linked / max(1, linked + trap_links + stray)
    print(
        f"generated names: recall {linked}/{variants} = {linked / max(1, variants):.2f}; "
        f"relatives linked {trap_links}/{traps}; other spelling findings {stray}; "
        f"precision {precision:.2f}"
    )
    if show and missed:
        print("  wrong: " + "; ".join(missed))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list every miss and linked trap")
    args = parser.parse_args()
    path = EXTERNAL / "basil_clusters.jsonl"
    if not path.exists():
        print(f"{path} not found; skipped")
        return
    run(path, show=args.list)


if __name__ == "__main__":
    main()
