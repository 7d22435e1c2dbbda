"""One who "heads" a body holds no other seat than its own title (names.GENERIC_HEAD):
"the governor of the central bank" and "who heads the national bank" may be one person
spelled two ways; two named seats still part two people."""

from __future__ import annotations

from tests.unit.conftest import Write
from tui.engine.people.cast import cast_of
from tui.engine.people.names import link_people

GOVERNOR = (
    "Central bank governor Dimitar Kaloyanov said on Monday that inflation had slowed. "
    "Ivan Kaloyanov, the mayor of Varna, said prices in his city were still rising."
)


def _links(write_article: Write, left: str, right: str) -> list[tuple[str, str]]:
    links = link_people(cast_of(write_article(left)), cast_of(write_article(right)))
    return sorted((link.left.spellings[0], link.right.spellings[0]) for link in links)


def test_a_head_of_the_bank_may_be_its_governor_spelled_another_way(write_article: Write) -> None:
    heads = (
        "Dimitar Kaloianov, who heads the Bulgarian National Bank, said inflation had slowed. "
        "Varna mayor Ivan Kaloyanov said prices were still rising."
    )
    assert ("Kaloyanov", "Kaloianov") in _links(write_article, GOVERNOR, heads)


def test_two_named_seats_part_the_two_spellings(write_article: Write) -> None:
    judge = (
        "Supreme Court chief justice Dimitar Kaloianov said on Monday that the court would sit. "
        "Varna mayor Ivan Kaloyanov said prices were still rising."
    )
    assert ("Kaloyanov", "Kaloianov") not in _links(write_article, GOVERNOR, judge)
