"""diptych.yaml: defaults, the DIPTYCH_CONFIG override, and errors naming file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.app.config import CONFIG_ENV, ConfigError, load_config
from tui.tags.labels import DEFAULT_LABELS


@pytest.fixture(autouse=True)
def no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CONFIG_ENV, raising=False)


def write(folder: Path, text: str) -> Path:
    path = folder / "diptych.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_corpus_without_config_gets_the_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert dict(config.keymap) == {}
    assert config.labels == DEFAULT_LABELS
    assert config.source is None


def test_keymap_and_labels_are_read(tmp_path: Path) -> None:
    path = write(tmp_path, "keymap:\n  corpus-mark: 'm, x'\n  help: f1\nlabels: [checked, wrong]\n")
    config = load_config(tmp_path)
    assert dict(config.keymap) == {"corpus-mark": "m,x", "help": "f1"}
    assert config.labels == ("checked", "wrong")
    assert config.source == path


def test_the_environment_variable_names_another_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "labels: [ignored]\n")
    other = tmp_path / "other.yaml"
    other.write_text("labels: [chosen]\n", encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV, str(other))
    assert load_config(tmp_path).labels == ("chosen",)
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "missing.yaml"))
    with pytest.raises(ConfigError, match="missing.yaml: no such file"):
        load_config(tmp_path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("keymap: {corpus-mark: m}\nlabel: [x]\n", r"diptych.yaml: label: unknown key"),
        ("keymap: [m]\n", r"diptych.yaml: keymap: expected a mapping"),
        ("keymap: {corpus-mark: [m]}\n", r"diptych.yaml: keymap.corpus-mark: expected keys"),
        ("keymap: {Corpus_Mark: m}\n", r"diptych.yaml: keymap.Corpus_Mark: a binding id is kebab"),
        ("keymap: {corpus-mark: 'ctrl m'}\n", r"keymap.corpus-mark: 'ctrl m' is not a key name"),
        ("labels: []\n", r"diptych.yaml: labels: expected a non-empty list"),
        ("labels: [a, 3]\n", r"diptych.yaml: labels\[1\]: expected a one-line"),
        ("labels: [a, b, a]\n", r"diptych.yaml: labels\[2\]: duplicate label 'a'"),
        ('labels: [a, "b\\e[2J"]\n', r"diptych.yaml: labels\[1\]: .*without control characters"),
        ('labels: ["x\\u202ey"]\n', r"diptych.yaml: labels\[0\]: .*without control characters"),
        ('keymap: {help: "\\e"}\n', r"keymap.help: '\\x1b' is not a key name"),
        ("keymap: {help: a}\nkeymap: {help: b}\n", r"diptych.yaml: not valid YAML: .*duplicate"),
        ("- just\n- a list\n", r"diptych.yaml: expected a mapping"),
        ("keymap: !!python/object:os.system {}\n", r"diptych.yaml: not valid YAML"),
    ],
)
def test_invalid_config_names_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    write(tmp_path, text)
    with pytest.raises(ConfigError, match=message):
        load_config(tmp_path)


def test_an_empty_file_is_the_defaults(tmp_path: Path) -> None:
    path = write(tmp_path, "# nothing yet\n")
    config = load_config(tmp_path)
    assert config.labels == DEFAULT_LABELS
    assert config.source == path
