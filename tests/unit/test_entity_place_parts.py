"""Which places lie in which (entity.py's lookups into data/wordnet_place_parts.txt)."""

from __future__ import annotations

from tui.engine.datafiles import data_lines
from tui.engine.findings.contradiction import entity
from tui.engine.people.lexicon import places
from tui.engine.textnorm import fold


def test_each_place_lies_in_the_places_of_its_last_line() -> None:
    containers: dict[str, frozenset[str]] = {}
    countries: dict[str, frozenset[str]] = {}
    for line in data_lines("wordnet_place_parts.txt"):
        name, _, within = line.partition("\t")
        containers[fold(name)] = frozenset(fold(o) for o in within.split("; "))
        codes = frozenset(filter(None, map(places().country_of, within.split("; "))))
        if codes:
            countries[fold(name)] = codes
    assert entity._place_parts().keys() == containers.keys()
    for name in containers:
        assert entity._containers_of(name) == containers[name]
        assert entity._container_countries_of(name) == countries.get(name, frozenset())
    assert "brooklyn" in containers and entity._containers_of("brooklyn")
    assert entity._containers_of("nowhere at all") == frozenset()
    assert entity._container_countries_of("nowhere at all") == frozenset()
