"""Moved sentences on the compare screen: a gutter cue, where they stand, and partner jumps."""

from __future__ import annotations

from pathlib import Path

from tests.app.compare_app import CompareApp, wait_until_ready
from tui.engine.corpus import load_corpus
from widgets.status_line import StatusLine

LEFT = (
    "The council approved the new harbour budget on Monday evening.\n"
    "Residents who spoke at the meeting worried about parking near the ferry.\n"
    "Fishermen had asked for better lighting along the northern pier.\n"
    "The mayor said repairs would start in the spring.\n"
    "Harbour fees will rise by ten percent next year.\n"
    "Critics called the plan rushed and expensive.\n"
)
RIGHT = (  # leads with the fees; tells the critics and the residents in one sentence
    "Harbour fees will rise by ten percent next year, officials said.\n"
    "The council approved the new harbour budget on Monday.\n"
    "Fishermen had asked for better lighting along the pier.\n"
    "The mayor said repairs would start in spring.\n"
    "Critics called the plan rushed and too expensive, while residents who spoke at the "
    "meeting worried about parking near the ferry.\n"
)


def write_pair(folder: Path) -> CompareApp:
    (folder / "left.txt").write_text(LEFT, "utf-8")
    (folder / "right.txt").write_text(RIGHT, "utf-8")
    corpus = load_corpus([folder / "left.txt", folder / "right.txt"])
    return CompareApp(*corpus.articles)


async def test_a_moved_sentence_has_a_gutter_cue_and_its_place_in_the_status(
    tmp_path: Path,
) -> None:
    app = write_pair(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        model = screen.model
        assert model is not None
        lead = model.row_of_sentence["right"][0]  # the right article's first sentence
        assert model.rows[lead].left == (4,) and lead in model.moved
        right, left = screen.panes["right"], screen.panes["left"]
        assert right.pair_layout is not None
        top, _ = right.pair_layout.row_span(lead)
        assert right.render_line(top).text[0] == "\u2195"
        assert left.render_line(top).text[0] != "\u2195"  # the left side keeps its order
        in_order = model.row_of_sentence["right"][2]
        assert in_order not in model.moved
        status = screen.query_one(StatusLine)
        while left.cursor_row != lead:
            await pilot.press("j")
        assert status.move_state == "\u2195 moved: sentence 1 of 5 on the right"
        await pilot.press("k")
        assert left.cursor_row not in model.moved and status.move_state == ""


async def test_p_jumps_from_a_shared_passage_to_its_partner_in_another_row(
    tmp_path: Path,
) -> None:
    app = write_pair(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        model = screen.model
        assert model is not None
        critics = model.row_of_sentence["left"][5]
        partner = model.row_of_sentence["right"][4]
        assert critics != partner
        await pilot.press("G")  # the last row: the critics, unaligned on the left
        assert screen.panes["left"].cursor_row == critics
        await pilot.press("p")
        assert screen.panes["right"].cursor_row == partner
        assert app.focused is screen.panes["right"]
