"""Snapshots of the tag editor and the tags screen on seed claims: in a tiny app, and
the tags screen in the app on sidecars it reads."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import TextArea

from tests.snapshots.conftest import SEEDS
from tui.app.diptych_app import DiptychApp
from tui.engine.corpus import Article, Corpus, load_article, load_corpus
from tui.screens.tag_editor import TagEditor
from tui.screens.tags_screen import TagsScreen
from tui.tags.anchor import locate, make_target
from tui.tags.corpus_tags import CorpusTags
from tui.tags.labels import DEFAULT_LABELS
from tui.tags.model import AnchoredTag, AnchorStatus, Related, Tag, Target

SnapCompare = Callable[..., bool]
LEFT, RIGHT = "000_4ab7afceee558d79.txt", "001_cf6e1a4fd903ed95.txt"
MOMENT = "2026-11-22T23:40:00Z"


class ScreenApp(App[None]):
    def __init__(self, screen: Screen[object]) -> None:
        super().__init__()
        self.first = screen

    def on_mount(self) -> None:
        self.push_screen(self.first)


def seed(name: str) -> Article:
    return load_article(SEEDS / name)


def placed(article: Article, index: int, labels: tuple[str, ...], note: str) -> AnchoredTag:
    sentence = article.content_sentences[index]
    target = make_target(article.text, sentence.start, sentence.end)
    tag = Tag(f"01JD{index:022d}", labels, note, target, None, MOMENT, MOMENT)
    return AnchoredTag(article.name, tag, locate(article.text, target), sentence.text)


def orphan(article: Article) -> AnchoredTag:
    target = Target(10, 40, "Commerce Secretary Raimondo said so.", "", "")
    tag = Tag("01JD" + "9" * 22, ("false",), "", target, None, MOMENT, MOMENT)
    anchor = locate(article.text, target)
    assert anchor.status is AnchorStatus.ORPHANED
    return AnchoredTag(article.name, tag, anchor, "")


async def still(pilot: Pilot[object]) -> None:
    for area in pilot.app.screen.query(TextArea):
        area.cursor_blink = False
    await pilot.pause()


def test_tag_editor_with_two_labels_and_a_link(snap_compare: SnapCompare) -> None:
    left, right = seed(LEFT), seed(RIGHT)
    claim = left.content_sentences[3].text
    related = Related(RIGHT, right.content_sentences[6].text)
    app = ScreenApp(TagEditor(claim, article=LEFT, labels=DEFAULT_LABELS, related=related))

    async def choose(pilot: Pilot[object]) -> None:
        await pilot.press("2", "6", "tab", *"Two sources disagree.")
        await still(pilot)

    assert snap_compare(app, terminal_size=(100, 34), run_before=choose)


def test_tag_editor_editing_a_saved_tag(snap_compare: SnapCompare) -> None:
    left = seed(LEFT)
    saved = placed(left, 3, ("disputed", "name-error"), "Treasury Secretary is Bessent")
    editor = TagEditor(saved.current, article=LEFT, labels=DEFAULT_LABELS, initial=saved.tag)
    assert snap_compare(ScreenApp(editor), terminal_size=(100, 30), run_before=still)


def test_tags_screen_lists_every_tag(snap_compare: SnapCompare) -> None:
    left, right = seed(LEFT), seed(RIGHT)
    tags = [
        placed(left, 2, ("verified",), "matches the ministry's statement"),
        placed(left, 3, ("disputed", "name-error"), "Treasury Secretary is Bessent"),
        placed(right, 4, ("opinion",), ""),
        orphan(right),
    ]
    app = ScreenApp(TagsScreen(tags, labels=DEFAULT_LABELS))
    assert snap_compare(app, terminal_size=(120, 24))


def tagged_seed_corpus(folder: Path) -> Corpus:
    """Seeds 000-002 copied with tags saved in their sidecars; 002 then removed, so its
    tag is orphaned. The app reads them as a reviewer's would."""
    folder.mkdir()
    third = "002_05c99393d83f7017.txt"
    for name in (LEFT, RIGHT, third):
        shutil.copy(SEEDS / name, folder / name)
    corpus = load_corpus(folder)
    tags = CorpusTags(corpus.articles)
    for name, index, labels, note in (
        (LEFT, 2, ("verified",), "matches the ministry's statement"),
        (LEFT, 3, ("disputed", "name-error"), "Treasury Secretary is Bessent"),
        (RIGHT, 4, ("opinion",), ""),
        (third, 1, ("false",), ""),
    ):
        sentence = corpus.by_name(name).content_sentences[index]
        tags.store(name).add(sentence.start, sentence.end, labels, note)
    assert tags.flush() == []
    (folder / third).unlink()
    return load_corpus(folder)


@pytest.mark.parametrize("size", [(160, 48), (80, 24)], ids=["160x48", "80x24"])
def test_tags_screen_in_the_app(
    snap_compare: SnapCompare, tmp_path: Path, size: tuple[int, int]
) -> None:
    app = DiptychApp(tagged_seed_corpus(tmp_path / "corpus"))
    assert snap_compare(app, terminal_size=size, press=["t"])
