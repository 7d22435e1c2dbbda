"""The detectors' quick tests are necessary conditions: on texts built from the pieces
each detector reads (numbers, month and weekday names, clock times, relative dates,
number words and the words around them), a quick test that refuses a sentence or a
pair refuses one the full reading finds nothing in."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.sentence_conflicts import sentence_pair
from tui.engine.findings.contradiction import date, facts, quote
from tui.engine.segment import Sentence

DATE_PIECES = st.sampled_from(
    [
        "June", "Jun", "Sept", "May", "March", "Mar", "Monday", "Fri", "Friday", "Market",
        "5", "05", "31", "12", "2019", "1999", "2101", "12,345", "-", "\u2013", "to", "and",
        "of", "the", "in", "since", "by", "last", "next", "this", "week", "weeks", "month",
        "year", "ago", "two", "a", "am", "a.m.", "pm", "p.m.", ":30", "th", "(", ")", ",",
        ".", "talks", "resumed", "yesterday", "Today", "tomorrow", "day", "days",
    ]
)  # fmt: skip
SPACES = st.sampled_from(["", " ", " ", ", "])


@st.composite
def _texts(draw: st.DrawFn, pieces: st.SearchStrategy[str]) -> str:
    parts = draw(st.lists(st.tuples(pieces, SPACES), max_size=12))
    return "".join(piece + space for piece, space in parts)


@settings(max_examples=4000, deadline=None)
@given(_texts(DATE_PIECES))
def test_a_text_the_date_quick_test_refuses_holds_no_date(text: str) -> None:
    if not date._may_hold_date(text):
        assert date._read_dates(Sentence(0, 0, len(text), text)) == ()


def test_the_date_quick_test_wants_a_year_a_clock_time_or_a_name() -> None:
    assert not date._may_hold_date("It cost 5 dollars and 12,345 euros.")
    assert date._may_hold_date("It happened in 1999.")
    assert date._may_hold_date("They met at 5 pm.")
    assert date._may_hold_date("They met at 5:30a.m.")


QUOTE_PIECES = st.sampled_from(
    [
        '"', "\u201c", "\u201d", "'", "we", "will", "not", "never", "don't", "pass", "this",
        "bill", "the", "risk", "would", "increase", "no", "said", "Smith", "if", "they", ",",
        "To",
    ]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(_texts(QUOTE_PIECES), _texts(QUOTE_PIECES))
def test_the_quote_detector_skips_only_pairs_without_a_negation_cue(left: str, right: str) -> None:
    def found() -> list[object]:
        facts.forget_all()
        pair = sentence_pair(left, right)
        return [(c.left, c.right, c.contrast) for c in quote.quote_conflicts(pair)]

    with_trigger = found()
    with patch.object(quote, "may_negate", lambda _: True):
        assert found() == with_trigger
