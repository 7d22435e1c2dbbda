"""Office swaps made by rule: every kind of office in every usual wording (BASIL 0-49).

planted_names.py swaps a fixed list of office strings, each written before the name.
Reports also write the office after the name ("Dana Nessel, the Michigan attorney
general,"), with the place in a possessive ("Michigan's attorney general") or an "of"
phrase ("the attorney general of Michigan"). Here each kind of office (state attorneys
general, US attorneys, agency and intelligence directors, police chiefs, party leaders
in Congress, governors and mayors; an organisation's chief executive, coach, chairman,
principal and head) is built from a place or body and written in each wording; the left
report gives the office to the person both reports name, the right report to another
person in another wording. A conflict is expected where the office
and its place are the same and both holders are current; traps change the place, the
district, the chamber, the organisation or the tenure, or give an organisation's office
to a deputy.

    .venv/bin/python benchmarks/generated_swaps.py [--list]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.planted_names import (  # noqa: E402
    SWAPPED_HOLDER,
    Host,
    _article,
    _renamed,
    hosts,
)
from tui.engine.align import align  # noqa: E402
from tui.engine.people.names import find_name_findings  # noqa: E402
from tui.engine.people.persons import find_people  # noqa: E402

EXTERNAL = ROOT.parent / "shared" / "eval" / "external"


@dataclass(frozen=True)
class Office:
    """One office in its wordings: ``{p}`` is its place or body, ``{lower}`` the office
    with its first word (a chamber) kept and the rest in lower case."""

    kind: str
    before: str
    """Capitalised, before the name: "{p} Attorney General"."""
    after: str
    """Lower case, in apposition after the name: "the {p} attorney general"."""
    possessive: str
    """After the name, the place owning it: "{p}'s attorney general"."""
    of_form: str
    """After the name, an "of" phrase: "the attorney general of {p}"."""


STATE_AG = Office(
    "state attorney general",
    "{p} Attorney General",
    "the {p} attorney general",
    "{p}'s attorney general",
    "the attorney general of {p}",
)
US_ATTORNEY = Office(
    "US attorney",
    "U.S. Attorney for the {p}",
    "the U.S. attorney for the {p}",
    "the U.S. attorney for the {p}",
    "the United States attorney for the {p}",
)
AGENCY = Office(
    "agency director",
    "{p} Director",
    "the {p} director",
    "the {p}'s director",
    "the director of the {p}",
)
INTELLIGENCE = Office(
    "intelligence director",
    "{p} Director",
    "the {p} director",
    "the {p}'s director",
    "the director of the {p}",
)
POLICE = Office(
    "police chief",
    "{p} Police Chief",
    "the {p} police chief",
    "{p}'s police chief",
    "the chief of police in {p}",
)
PARTY_LEADER = Office(
    "party leader in Congress",
    "{p}",
    "the {p}",
    "the {lower}",
    "the {lower}",
)
GOVERNOR = Office(
    "governor", "{p} Gov.", "the {p} governor", "{p}'s governor", "the governor of {p}"
)
MAYOR = Office("mayor", "{p} Mayor", "the {p} mayor", "{p}'s mayor", "the mayor of {p}")

COMPANY_CHIEF = Office(
    "company chief executive",
    "{p} chief executive",
    "the {p} chief executive",
    "{p}'s chief executive",
    "the chief executive of {p}",
)
CLUB_COACH = Office("club coach", "{p} coach", "the {p} coach", "{p}'s coach", "the coach of {p}")
CLUB_CHAIR = Office(
    "club chairman", "{p} chairman", "the {p} chairman", "{p}'s chairman", "the chairman of {p}"
)
SCHOOL_PRINCIPAL = Office(
    "school principal",
    "{p} principal",
    "the {p} principal",
    "{p}'s principal",
    "the principal of {p}",
)
AGENCY_HEAD = Office(
    "agency head", "{p} head", "the {p} head", "the {p}'s head", "the head of the {p}"
)
ORGANISATIONS: dict[str, tuple[Office, list[str]]] = {
    "company chief executive": (COMPANY_CHIEF, ["Kessler Group", "Vantor", "Halden Bank"]),
    "club coach": (CLUB_COACH, ["Rovers", "Olympia"]),
    "club chairman": (CLUB_CHAIR, ["Rovers", "Olympia"]),
    "school principal": (SCHOOL_PRINCIPAL, ["Brightwater Academy", "Linden School"]),
    "agency head": (AGENCY_HEAD, ["Meridian Port Authority", "Nordic Space Agency"]),
}
"""Offices one person holds per organisation, built from invented organisations."""

ROLES = {
    "company chief executive": "chief executive",
    "club coach": "coach",
    "club chairman": "chairman",
    "school principal": "principal",
    "agency head": "head",
}
"""The role word of each organisation's office: traps give it to a deputy."""

PLACES: dict[str, tuple[Office, list[str]]] = {
    "state attorney general": (STATE_AG, ["Michigan", "Arizona", "Minnesota", "Georgia"]),
    "US attorney": (
        US_ATTORNEY,
        ["Eastern District of Virginia", "Northern District of Illinois", "District of Maryland"],
    ),
    "agency director": (AGENCY, ["FBI", "ATF", "DEA", "Secret Service", "FEMA", "EPA"]),
    "intelligence director": (INTELLIGENCE, ["CIA", "NSA"]),
    "police chief": (POLICE, ["Dallas", "Chicago", "Seattle", "Atlanta"]),
    "party leader in Congress": (
        PARTY_LEADER,
        ["House Majority Leader", "Senate Minority Leader", "House Majority Whip"],
    ),
    "governor": (GOVERNOR, ["Ohio", "Texas", "Georgia"]),
    "mayor": (MAYOR, ["Chicago", "Houston", "Seattle"]),
    **ORGANISATIONS,
}

OTHER_PLACE: dict[str, str] = {
    "Michigan": "Ohio",
    "Eastern District of Virginia": "Western District of Virginia",
    "FBI": "CIA",
    "CIA": "FBI",
    "Dallas": "Houston",
    "House Majority Leader": "Senate Majority Leader",
    "Ohio": "Indiana",
    "Chicago": "Boston",
    "Kessler Group": "Vantor",
    "Rovers": "Olympia",
    "Brightwater Academy": "Linden School",
    "Meridian Port Authority": "Nordic Space Agency",
}
"""Traps: the same kind of office in another place, district, agency or chamber."""

WORDINGS = ("before", "after", "possessive", "of_form")


@dataclass(frozen=True)
class Swap:
    kind: str
    left: str
    right: str
    expected: bool
    trap: str = ""


def _written(office: Office, wording: str, place: str) -> str:
    form: str = getattr(office, wording)
    head, _, rest = place.partition(" ")
    return form.format(p=place, lower=f"{head} {rest.lower()}")


def swaps() -> Iterator[Swap]:
    """Each office in each place, the left and right wordings taken in turn from every
    pair of wordings; then the traps."""
    pairs = [(a, b) for a in WORDINGS for b in WORDINGS]
    n = 0
    for kind, (office, places) in PLACES.items():
        for place in places:
            for _ in range(2):
                left_wording, right_wording = pairs[n % len(pairs)]
                n += 1
                yield Swap(
                    kind,
                    _placed(_written(office, left_wording, place), left_wording),
                    _placed(_written(office, right_wording, place), right_wording),
                    expected=True,
                )
    for kind, (office, places) in PLACES.items():
        for place in places:
            other = OTHER_PLACE.get(place)
            if other is None:
                continue
            left_wording, right_wording = pairs[n % len(pairs)]
            n += 1
            yield Swap(
                kind,
                _placed(_written(office, left_wording, place), left_wording),
                _placed(_written(office, right_wording, other), right_wording),
                expected=False,
                trap="other place",
            )
        place = places[0]
        yield Swap(
            kind,
            _placed("former " + _written(office, "before", place), "before"),
            _placed(_written(office, "before", place), "before"),
            expected=False,
            trap="past holder",
        )
        if kind in ROLES:
            written = _written(office, "before", place)
            yield Swap(
                kind,
                _placed(written, "before"),
                _placed(written.replace(ROLES[kind], "deputy " + ROLES[kind]), "before"),
                expected=False,
                trap="deputy",
            )


def _placed(office: str, wording: str) -> str:
    """The office marked with where it goes: ">" before the name, "<" after it."""
    return (">" if wording == "before" else "<") + office


def _bare_mention(text: str, given: str, surname: str) -> re.Match[str] | None:
    """The first full mention of a person outside a list and without a title: a
    lower-case word follows, and the word before is neither capitalised nor ends in a
    comma."""
    pattern = re.compile(
        rf"\b{re.escape(given)}(\s+(?:[A-Z]\.\s+)?){re.escape(surname)}\b(?= [a-z])"
    )
    for hit in pattern.finditer(text):
        before = text[: hit.start()].rstrip(" ")
        word = before.rsplit(None, 1)[-1] if before.split() else ""
        if not word or word.islower() or word[-1] in '"\u201d':
            return hit
    return None


def _given(text: str, host: Host, office: str, given: str, surname: str) -> str:
    """The person's first bare mention (``_bare_mention``) given ``office`` before or
    after the name."""
    hit = _bare_mention(text, given, surname)
    if hit is None:
        return text
    where, words = office[0], office[1:]
    if where == ">":
        return text[: hit.start()] + words + " " + text[hit.start() :]
    closing = "" if text[hit.end() : hit.end() + 1] in ",.;:" else ","
    return text[: hit.end()] + ", " + words + closing + text[hit.end() :]


def _host_for(host_list: list[Host], first: int, swap: Swap) -> Host:
    """The first host from ``first`` on whose reports name neither office already, whose
    person holds no office there, and whose person both reports name bare at least once."""
    words = {swap.left[1:].lower(), swap.right[1:].lower()}
    for k in range(len(host_list)):
        at = (first + k) % len(host_list)
        host = host_list[at]
        if any(w in (host.left + host.right).lower() for w in words) or _holds_office(host):
            continue
        left = _bare_mention(host.left, host.given[0], host.surname)
        if left and _bare_mention(host.right, host.given[1], host.surname):
            return host
    return host_list[first]


_OFFICE_HELD: dict[int, bool] = {}


def _holds_office(host: Host) -> bool:
    """The host person already holds an office in either report: a swap there would
    measure that office, not the planted one."""
    if id(host) not in _OFFICE_HELD:
        with tempfile.TemporaryDirectory() as tmp_name:
            held = False
            for name, text in (("l", host.left), ("r", host.right)):
                for person in find_people(_article(Path(tmp_name), name, text)):
                    if host.surname in person.spellings and person.offices:
                        held = True
        _OFFICE_HELD[id(host)] = held
    return _OFFICE_HELD[id(host)]


def run(path: Path, show: bool = False) -> None:
    host_list = hosts(path)
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    wrong: list[str] = []
    given_new, surname_new = SWAPPED_HOLDER
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for n, swap in enumerate(swaps()):
            host = _host_for(host_list, (n * 5 + 3) % len(host_list), swap)
            left_text = _given(host.left, host, swap.left, host.given[0], host.surname)
            right_text = _given(
                _renamed(host.right, host, given_new, surname_new),
                host,
                swap.right,
                given_new,
                surname_new,
            )
            left, right = _article(tmp, "l", left_text), _article(tmp, "r", right_text)
            found = find_name_findings(left, right, tuple(align(left.sentences, right.sentences)))
            hit = any(
                f.type == "office"
                and host.surname in f.left.quote + f.right.quote
                and surname_new in f.left.quote + f.right.quote
                for f in found
            )
            key = f"{swap.kind} ({swap.trap})" if swap.trap else swap.kind
            tally[key]["planted"] += 1
            tally[key]["flagged"] += hit
            if hit != swap.expected:
                verdict = "missed" if swap.expected else "flagged"
                wrong.append(f"{swap.left[1:]!r} / {swap.right[1:]!r}: {verdict}")
    for key, counts in tally.items():
        print(f"  {key:40s} {counts['flagged']:2d}/{counts['planted']:2d} flagged")
    swaps_ = [c for k, c in tally.items() if "(" not in k]
    traps = [c for k, c in tally.items() if "(" in k]
    found_ = sum(c["flagged"] for c in swaps_)
    planted = sum(c["planted"] for c in swaps_)
    print(
        f"generated office swaps: {found_}/{planted} = {found_ / max(1, planted):.2f} flagged; "
        f"traps (other place, past holder, deputy) {sum(c['flagged'] for c in traps)}/"
        f"{sum(c['planted'] for c in traps)} flagged"
    )
    if show:
        for line in wrong:
            print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list every wrong swap and trap")
    args = parser.parse_args()
    path = EXTERNAL / "basil_clusters.jsonl"
    if not path.exists():
        print(f"{path} not found; skipped")
        return
    run(path, show=args.list)


if __name__ == "__main__":
    main()
