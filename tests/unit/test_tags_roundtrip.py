"""Whatever a reviewer types comes back unchanged after a save and a load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml as pyyaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.engine.corpus import Article, load_article
from tui.tags.model import Related
from tui.tags.store import TagStore

SEED = "002_05c99393d83f7017.txt"
YAML_SPECIAL = [
    "yes", "no", "on", "off", "y", "N", "true", "False", "null", "Null", "~", "", " ",
    ": ", "#", "# not a comment", "a: b", "- item", "[x]", "{a: 1}", "&anchor", "*alias",
    "!tag", "%", "@", "`", "'", '"', "0x1F", "012", "1e5", "-.inf", ".nan", "1_000", "12:30",
    "0b101", "0o17", ".5", "+1", "=", "<<", "? x", "?", "-", "x, y", "x]",
    "2026-11-22", "2026-11-22T23:40:00Z", "line\nbreak", "trailing newline\n", "\n",
    "\nleading newline", "  indented\n  block", "tab\there", "crlf\r\nline", "a\u2028b",
    "nul\x00char", "bom\ufeff", "emoji 🧪 and ümlaut", "right-to-left שלום",
]  # fmt: skip
TEXT = st.one_of(
    st.sampled_from(YAML_SPECIAL),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
    st.lists(st.sampled_from(YAML_SPECIAL), min_size=1, max_size=4).map("".join),
)


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Article:
    folder = tmp_path_factory.mktemp("roundtrip")
    shutil.copy(seeds_dir / SEED, folder / SEED)
    return load_article(folder / SEED)


@pytest.fixture(scope="module")
def seeds_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "seeds"


@settings(max_examples=60, deadline=None)
@given(
    note=TEXT,
    labels=st.lists(TEXT, max_size=4),
    related=st.one_of(st.none(), st.builds(Related, TEXT, TEXT)),
    sentence=st.integers(min_value=0, max_value=10),
)
def test_tag_survives_save_and_load_unchanged(
    article: Article, note: str, labels: list[str], related: Related | None, sentence: int
) -> None:
    article.path.with_name(article.path.name + ".tags.yaml").unlink(missing_ok=True)
    target = article.content_sentences[sentence]
    saved = TagStore.open(article).add(target.start, target.end, labels, note, related).tag
    loaded = TagStore.open(article).get(saved.id)
    assert loaded == saved
    assert (loaded.note, list(loaded.labels), loaded.related) == (note, labels, related)


@settings(max_examples=30, deadline=None)
@given(note=TEXT, labels=st.lists(TEXT, max_size=3))
def test_other_yaml_readers_see_the_same_strings(
    article: Article, note: str, labels: list[str]
) -> None:
    """PyYAML reads YAML 1.1, where a bare yes is true: the writer must quote it."""
    article.path.with_name(article.path.name + ".tags.yaml").unlink(missing_ok=True)
    target = article.content_sentences[0]
    store = TagStore.open(article)
    tag_id = store.add(target.start, target.end, labels, note).tag.id
    document = pyyaml.safe_load(store.path.read_text(encoding="utf-8"))
    [tag] = [t for t in document["tags"] if t["id"] == tag_id]
    assert (tag["note"], tag["labels"]) == (note, labels)


def test_every_yaml_special_string_round_trips_in_both_readers(article: Article) -> None:
    target = article.content_sentences[1]
    sidecar = article.path.with_name(article.path.name + ".tags.yaml")
    for value in YAML_SPECIAL:
        sidecar.unlink(missing_ok=True)
        related = Related(value, value)
        saved = TagStore.open(article).add(target.start, target.end, [value], value, related).tag
        assert TagStore.open(article).get(saved.id) == saved, repr(value)
        [tag] = pyyaml.safe_load(sidecar.read_text(encoding="utf-8"))["tags"]
        assert (tag["note"], tag["labels"], tag["related"]["exact"]) == (value, [value], value)
