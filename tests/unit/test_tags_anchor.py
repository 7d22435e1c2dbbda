"""Re-anchoring a tag's quote after the article changed."""

from __future__ import annotations

import pytest

from tui.tags.anchor import CONTEXT, find_related, locate, make_target
from tui.tags.model import AnchorStatus, Related

SENTENCES = [
    "Negotiators from both countries met in London on Monday for a second round of talks.",
    "Treasury Secretary Scott Bessent said the discussions were productive and would continue.",
    "Chinese Vice Premier He Lifeng led the delegation that travelled from Beijing.",
    "Markets in Asia rose modestly after the first day of meetings ended.",
]
CLAIM = SENTENCES[1]
LOOK_ALIKE = "Commerce Secretary Howard Lutnick said the discussions were fruitful and would go on."


def article(*sentences: str) -> str:
    return " ".join(sentences) + "\n"


def claim_target(text: str = article(*SENTENCES), claim: str = CLAIM):
    start = text.index(claim)
    return make_target(text, start, start + len(claim))


def test_target_keeps_quote_and_context() -> None:
    text = article(*SENTENCES)
    target = claim_target(text)
    assert target.exact == CLAIM
    assert text[target.start - len(target.prefix) : target.start] == target.prefix
    assert len(target.prefix) == CONTEXT and len(target.suffix) == CONTEXT
    assert text[target.end :].startswith(target.suffix)


@pytest.mark.parametrize("start, end", [(5, 5), (-1, 3), (0, 10_000)])
def test_empty_or_out_of_range_span_is_refused(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        make_target(article(*SENTENCES), start, end)


def test_unchanged_text_is_anchored_in_place() -> None:
    text = article(*SENTENCES)
    target = claim_target(text)
    anchor = locate(text, target)
    assert (anchor.start, anchor.end, anchor.status) == (
        target.start,
        target.end,
        AnchorStatus.ANCHORED,
    )


def test_insertion_before_the_claim_moves_it() -> None:
    target = claim_target()
    inserted = "BREAKING: a new paragraph was added at the top of the story.\n\n"
    edited = inserted + article(*SENTENCES)
    anchor = locate(edited, target)
    assert anchor.status is AnchorStatus.MOVED
    assert anchor.start == target.start + len(inserted)
    assert edited[anchor.start : anchor.end] == CLAIM


def test_edit_inside_the_claim_is_found_as_changed() -> None:
    target = claim_target()
    changed = CLAIM.replace("productive", "very productive").replace("Scott ", "")
    edited = "An update. " + article(SENTENCES[0], changed, *SENTENCES[2:])
    anchor = locate(edited, target)
    assert anchor.status is AnchorStatus.CHANGED
    assert edited[anchor.start : anchor.end] == changed


def test_deleted_claim_is_orphaned() -> None:
    target = claim_target()
    edited = article(SENTENCES[0], *SENTENCES[2:])
    assert locate(edited, target).status is AnchorStatus.ORPHANED


def test_deleted_claim_does_not_jump_to_a_look_alike() -> None:
    target = claim_target()
    edited = article(SENTENCES[0], SENTENCES[2], SENTENCES[3], LOOK_ALIKE)
    assert locate(edited, target).status is AnchorStatus.ORPHANED


def test_look_alike_in_place_of_the_claim_is_not_taken_for_it() -> None:
    target = claim_target()
    edited = article(SENTENCES[0], LOOK_ALIKE, *SENTENCES[2:])
    assert locate(edited, target).status is AnchorStatus.ORPHANED


def test_claim_still_present_beats_a_look_alike_nearer_the_old_offset() -> None:
    target = claim_target()
    edited = article(LOOK_ALIKE, SENTENCES[0], SENTENCES[2], SENTENCES[3], CLAIM)
    anchor = locate(edited, target)
    assert anchor.status is AnchorStatus.MOVED
    assert edited[anchor.start : anchor.end] == CLAIM


def test_repeated_short_quote_is_disambiguated_by_its_context() -> None:
    text = "The talks ended. Officials said the talks went well. Later the talks resumed."
    start = text.index("the talks went")
    target = make_target(text, start, start + len("the talks"))
    edited = "Update: " + text
    anchor = locate(edited, target)
    assert anchor.status is AnchorStatus.MOVED
    assert anchor.start == start + len("Update: ")


def test_short_quote_without_its_context_is_orphaned() -> None:
    text = "Officials said the talks went well."
    start = text.index("the talks")
    target = make_target(text, start, start + len("the talks"))
    edited = "Nothing was said. Elsewhere, the talks were mentioned in passing by nobody at all."
    assert locate(edited, target).status is AnchorStatus.ORPHANED


@pytest.mark.parametrize("name", ["000_4ab7afceee558d79.txt", "001_cf6e1a4fd903ed95.txt"])
def test_deleting_one_seed_sentence_orphans_it_and_moves_no_other(seeds, name: str) -> None:
    from tui.engine.corpus import load_article

    seed = load_article(seeds / name)
    sentences = [s for s in seed.content_sentences if len(s.text) >= 20]
    victim = sentences[len(sentences) // 2]
    edited = "Editor's note: this story was updated.\n" + (
        seed.text[: victim.start] + seed.text[victim.end :]
    )
    for sentence in sentences:
        anchor = locate(edited, make_target(seed.text, sentence.start, sentence.end))
        if sentence is victim:
            assert anchor.status is AnchorStatus.ORPHANED
        else:
            assert anchor.status is AnchorStatus.MOVED
            assert edited[anchor.start : anchor.end] == sentence.text


def test_edited_claim_moved_far_away_with_its_paragraph_is_found() -> None:
    target = claim_target()
    changed = CLAIM.replace("discussions", "talks")
    padding = " ".join(SENTENCES[2:] * 20)
    edited = article(padding, SENTENCES[0], changed, SENTENCES[2])
    anchor = locate(edited, target)
    assert anchor.status is AnchorStatus.CHANGED
    assert edited[anchor.start : anchor.end] == changed


def test_deleted_claim_does_not_jump_to_the_same_sentence_with_other_figures() -> None:
    claim = "Exports to the United States fell 34.5 percent in May, customs data showed."
    other = "Exports to the European Union fell 12.5 percent in May, customs data showed."
    text = article(SENTENCES[0], claim, SENTENCES[2], SENTENCES[3], other)
    target = claim_target(text, claim)
    edited = article(SENTENCES[0], SENTENCES[2], SENTENCES[3], other)
    assert locate(edited, target).status is AnchorStatus.ORPHANED


def test_linked_claim_is_found_by_its_exact_quote_only() -> None:
    text = article(*SENTENCES)
    assert find_related(text, Related("b.txt", CLAIM)) == (
        text.index(CLAIM),
        text.index(CLAIM) + len(CLAIM),
    )
    assert find_related(text, Related("b.txt", CLAIM.replace("said", "says"))) is None
    assert find_related(text, Related("b.txt", "")) is None
