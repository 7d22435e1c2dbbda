"""textnorm.fold: letters whose mark Unicode does not decompose fold to the plain letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.people_cases import check_case
from tui.engine.textnorm import fold


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Kılıçdaroğlu", "kilicdaroglu"),
        ("Łódź", "lodz"),
        ("Børge Ødegård", "borge odegard"),
        ("Đorđević", "dordevic"),
        ("Ħamrun", "hamrun"),
        ("İzmir", "izmir"),
        ("Əhmədli", "ahmadli"),  # the Azerbaijani schwa
        ("Sigurðardóttir", "sigurdardottir"),  # the eth
    ],
)
def test_marked_letters_fold_to_the_plain_letter(written: str, typed: str) -> None:
    assert fold(written) == typed
    assert len(fold(written)) == len(written)


def test_a_name_written_without_its_stroked_letters_is_one_person(tmp_path: Path) -> None:
    case = {
        "name": "a union leader and an analyst, each once with and once without marks",
        "articles": {
            "a.txt": "Port strike ends\n\nDock union leader Ayşe Kılınç said on Monday that "
            "the strike was over. Kılınç thanked the members.\n",
            "b.txt": "Dockers return\n\nUnion leader Ayse Kilinc told reporters the strike "
            "had ended. Mikołaj Wróbel, a shipping analyst, agreed.\n",
            "c.txt": "Strike over\n\nThe analyst Mikolaj Wrobel said the ports would reopen.\n",
        },
        "expect": {
            "same": [
                [{"a.txt": "Ayşe Kılınç"}, {"b.txt": "Ayse Kilinc"}],
                [{"b.txt": "Mikołaj Wróbel"}, {"c.txt": "Mikolaj Wrobel"}],
            ]
        },
    }
    outcomes = check_case(case, tmp_path)
    assert [outcome.held for outcome in outcomes] == [True, True], outcomes
