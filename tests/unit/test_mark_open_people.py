"""benchmarks/mark_open_people.py: the open marks of a people case file set to what holds,
edited as text (comments, layout and the marks still failing stay as they are)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from benchmarks.mark_open_people import Verdict, mark_file, marked

HELD = Verdict(True, "")


def _failed(what: str) -> Verdict:
    return Verdict(False, what)


TWO_CASES = """\
# A tiny case file: this comment stays.
cases:
  - name: two ministers
    open:
      "same 0": "session 3: written by hand, still failing"
      "apart 0": "session 3: holds now"
    articles:
      a.txt: >-
        Minister Ana Ruiz met Minister Ben Oduya.
    expect:
      same:
        - [a.txt: Ana Ruiz, a.txt: Ana Ruiz]
      apart:
        - [a.txt: Ana Ruiz, a.txt: Ben Oduya]

  - name: a mayor
    articles:
      a.txt: >-
        Mayor Carl Vance spoke.
    expect:
      found: [a.txt: Carl Vance]
"""


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def test_a_failing_mark_stays_word_for_word_a_holding_one_goes_a_new_one_comes() -> None:
    verdicts = [
        {"same 0": _failed("rows: two"), "apart 0": HELD},
        {"found 0": _failed("a.txt: Carl Vance: not found")},
    ]
    result = marked(_lines(TWO_CASES), verdicts, "run 4")
    expected = TWO_CASES.replace('      "apart 0": "session 3: holds now"\n', "").replace(
        "  - name: a mayor\n",
        '  - name: a mayor\n    open:\n      "found 0": "run 4: a.txt: Carl Vance: not found"\n',
    )
    assert "".join(result.lines) == expected
    assert (result.added, result.removed, result.kept) == (1, 1, 1)


def test_a_new_mark_goes_among_the_kept_ones_in_the_order_the_expectations_are_checked() -> None:
    text = (
        'cases:\n  - name: one\n    open:\n      "found 0": "kept"\n    articles:\n      a.txt: x\n'
    )
    verdicts = [{"same 0": _failed("s"), "found 0": _failed("f"), "conflicts 0": _failed("c")}]
    lines = marked(_lines(text), verdicts, "L").lines
    assert lines[3:6] == [
        '      "same 0": "L: s"\n',
        '      "found 0": "kept"\n',
        '      "conflicts 0": "L: c"\n',
    ]


def test_when_every_mark_of_a_case_goes_its_open_line_goes_too() -> None:
    text = (
        'cases:\n  - name: one\n    open:\n      "same 0": "old"\n    articles:\n      a.txt: x\n'
    )
    result = marked(_lines(text), [{"same 0": HELD}], "L")
    assert "".join(result.lines) == "cases:\n  - name: one\n    articles:\n      a.txt: x\n"


def test_a_mark_on_no_expectation_of_the_case_goes() -> None:
    text = 'cases:\n  - name: one\n    open:\n      "offices 7": "old"\n    articles:\n      a: x\n'
    result = marked(_lines(text), [{"offices 0": HELD}], "L")
    assert (result.removed, result.kept) == (1, 0)
    assert not any("offices 7" in line for line in result.lines)


def test_quotes_and_backslashes_in_what_failed_still_read_back() -> None:
    text = "cases:\n  - name: one\n    articles:\n      a.txt: x\n"
    verdicts = [{"same 0": _failed('mentions: ["O\'Neill", "a\\b"]')}]
    written = yaml.safe_load("".join(marked(_lines(text), verdicts, "L").lines))
    assert written["cases"][0]["open"] == {"same 0": "L: mentions: ['O'Neill', 'a\\b']"}


def test_an_open_block_anywhere_but_after_the_name_is_refused() -> None:
    text = 'cases:\n  - name: one\n    articles:\n      a.txt: x\n    open:\n      "same 0": "o"\n'
    with pytest.raises(ValueError, match="open: must follow"):
        marked(_lines(text), [{"same 0": _failed("s")}], "L")


def test_the_cases_are_run_and_the_file_rewritten_once(tmp_path: Path) -> None:
    """Expectations that hold or fail whatever the names table says: a selector that is
    not in the text is never found, a word that is not in the text is in no name."""
    file = tmp_path / "tiny.yaml"
    file.write_text(
        "# written for this test\n"
        "cases:\n"
        "  - name: a spokeswoman\n"
        "    open:\n"
        '      "not_people 0": "an old mark on what holds"\n'
        "    articles:\n"
        "      a.txt: >-\n"
        "        Spokeswoman Mara Lind said the port would reopen on Monday.\n"
        "    expect:\n"
        "      found: [a.txt: Jonas Wedel]\n"
        "      not_people: [Zeppelin]\n",
        encoding="utf-8",
    )
    marking, summary = mark_file(file, "first run")
    text = file.read_text(encoding="utf-8")
    assert text.startswith("# written for this test\n")
    (case,) = yaml.safe_load(text)["cases"]
    assert list(case["open"]) == ["found 0"]
    assert case["open"]["found 0"].startswith("first run: a.txt: Jonas Wedel: not found")
    assert (marking.added, marking.removed, marking.kept) == (1, 1, 0)
    assert summary.startswith("tiny.yaml: 1/2 expectations held, 0/1 cases fully right")
    assert "found 0/1, not_people 1/1" in summary
    mark_file(file, "second run")
    assert file.read_text(encoding="utf-8") == text
