"""A writer killed with SIGKILL mid-save leaves the old or the new sidecar, complete."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.engine.corpus import load_article
from tui.tags import location
from tui.tags.sidecar import parse, tags_of
from tui.tags.store import TagStore

SEED = "003_178d6485c9ed7208.txt"
KILLS = 5
WRITER = """
import hashlib, sys
from pathlib import Path
from types import SimpleNamespace
from tui.tags.store import TagStore

path = Path(sys.argv[1])
data = path.read_bytes()
article = SimpleNamespace(path=path, text=data.decode(), sha256=hashlib.sha256(data).hexdigest())
store = TagStore.open(article)
print("ready", flush=True)
while True:
    store.add(100, 180, ["disputed"], f"n{len(store.tags())}")
"""


def notes_on_disk(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [tag.note for tag in tags_of(parse(path.read_bytes(), path), path)]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_save_never_leaves_a_torn_sidecar(
    tmp_path: Path, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(location.DATA_DIR_ENV, str(tmp_path / "user-data"))
    shutil.copy(seeds / SEED, tmp_path / SEED)
    sidecar = tmp_path / (SEED + ".tags.yaml")
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    rng = random.Random(6)
    previous = 0
    for _ in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path / SEED)],
            stdout=subprocess.PIPE,
            env=env,
            cwd=tmp_path,
        )
        assert writer.stdout is not None and writer.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.02, 0.1))
        deadline = time.monotonic() + 10  # a loaded machine: let the first save land
        while not sidecar.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        notes = notes_on_disk(sidecar)  # raises if the file is torn
        assert notes == [f"n{i}" for i in range(len(notes))]  # a complete, in-order state
        assert len(notes) >= previous  # never rolled back
        previous = len(notes)
    assert previous > 0, "the writer never completed a save; the test proved nothing"
    store = TagStore.open(load_article(tmp_path / SEED))
    store.add(*_first_sentence(store), ["verified"])
    assert not list(tmp_path.glob(".*.tmp")), "temporary files of killed writers were not removed"


def _first_sentence(store: TagStore) -> tuple[int, int]:
    sentence = load_article(store.article.path).content_sentences[0]
    return sentence.start, sentence.end
