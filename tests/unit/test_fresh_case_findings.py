"""benchmarks/fresh_case_findings.py: a case file's findings labelled by the planted
words, per-batch counts at the default threshold, and the experimental anchors."""

from __future__ import annotations

from pathlib import Path

from benchmarks.fresh_case_findings import (
    anchors,
    as_examples,
    case_findings,
    judged,
    with_anchors,
)
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.model import Contrast
from tui.engine.segment import Sentence

CASES = """\
pairs:
  - id: planted
    type: negation
    left: The council approved the harbour budget on Tuesday after a long debate.
    right: The council did not approve the harbour budget on Tuesday after a long debate.
    words: ["approved", "did not approve"]
  - id: trap
    type: agree
    left: The ferry left Varde at noon.
    right: At noon the ferry sailed from Varde.
"""


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text)


def test_a_finding_on_the_planted_words_is_true_and_a_quiet_trap_gives_none(
    tmp_path: Path,
) -> None:
    file = tmp_path / "cases.yaml"
    file.write_text(CASES, encoding="utf-8")
    found = case_findings(file)
    planted = [f for f in found if f.case == "planted"]
    assert planted and all(f.true for f in planted)
    (trap,) = [f for f in found if f.case == "trap"]
    assert trap.features == {} and not trap.true
    assert len(as_examples(found)) == len(planted)


def test_counts_follow_the_scorer(tmp_path: Path) -> None:
    file = tmp_path / "cases.yaml"
    file.write_text(CASES, encoding="utf-8")
    found = case_findings(file)
    shown = judged(found, lambda _: 0.9)
    assert (shown["planted"], shown["found"], shown["held"]) == (1, 1, 1)
    assert (shown["traps"], shown["trap flags"]) == (1, 0)
    hidden = judged(found, lambda _: 0.1)
    assert (hidden["found"], hidden["held"]) == (0, 0)


def test_anchors_are_names_figures_and_dates_outside_the_span() -> None:
    text = "Marta Ruiz said the Kilburn bakery sold twelve loaves on Friday in 1999."
    sentence = _sentence(text)
    words = SentencePair(sentence, sentence).left_words
    sold = (text.index("sold"), text.index("sold") + 4)
    found = anchors(sentence, words, sold)
    assert {"#12", "#1999"} <= found
    assert not {"bakery", "sold", "loaf"} & found
    twelve = (text.index("twelve"), text.index("twelve") + 6)
    assert "#12" not in anchors(sentence, words, twelve)


def _trend(left: str, right: str, words: tuple[str, str]) -> tuple[SentencePair, Conflict]:
    pair = SentencePair(_sentence(left), _sentence(right))
    a, b = left.index(words[0]), right.index(words[1])
    contrast = Contrast("trend", *words)
    spans = ((a, a + len(words[0])), (b, b + len(words[1])))
    return pair, Conflict("opposite", *spans, contrast, 0.6)


def test_a_reworded_report_of_one_event_shares_its_anchors() -> None:
    pair, conflict = _trend(
        "Surveyors found the Skellan dunes had advanced twelve metres towards Orby in May.",
        "In May the dunes at Skellan retreated 12 metres from Orby, a survey showed.",
        ("advanced", "retreated"),
    )
    assert with_anchors(conflict, pair)["anchors"] == 1.0


def test_sentences_about_different_things_share_no_anchors() -> None:
    pair, conflict = _trend(
        "Prices in Lisbon rose on Monday.", "Turnout in Oslo fell in 2020.", ("rose", "fell")
    )
    assert with_anchors(conflict, pair)["anchors"] == 0.0
