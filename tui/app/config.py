"""The corpus configuration: one typed, validated ``diptych.yaml`` per corpus folder.

```yaml
keymap:              # binding id -> keys (comma-separated), as in Textual keymaps
  corpus-mark: m
  help: f1,question_mark
labels: [verified, disputed, false]   # the tag vocabulary (default: DEFAULT_LABELS)
encodings:           # file name -> encoding, instead of detection; "*": every other file
  old_report.txt: latin-1
```

The file is read with a safe loader. Anything unexpected (an unknown key, a wrong
type, a duplicate label) is an error that names the file and the key, so a typo
never silently does nothing. ``DIPTYCH_CONFIG`` points at another file (tests use
it to keep a developer's own config out of the way).
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from tui.engine.visible import visible_text
from tui.tags.labels import DEFAULT_LABELS

CONFIG_NAME = "diptych.yaml"
CONFIG_ENV = "DIPTYCH_CONFIG"
KNOWN_KEYS = ("keymap", "labels", "encodings")

BINDING_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEY_NAME = re.compile(r"^[A-Za-z0-9_+]+$|^[^\sA-Za-z0-9,]$")
"""A Textual key name (``ctrl+m``, ``question_mark``, ``f1``) or one punctuation character."""


class ConfigError(Exception):
    """An invalid configuration file; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    keymap: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Binding id -> comma-separated keys, applied with ``App.set_keymap``."""
    labels: tuple[str, ...] = DEFAULT_LABELS
    encodings: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Article file name (or ``"*"`` for every other file) -> the encoding to read it with."""
    source: Path | None = None
    """The file this was read from, or ``None`` for the defaults."""


def config_path(corpus_root: Path) -> Path:
    """Where the configuration of a corpus lives: ``$DIPTYCH_CONFIG`` or ``<root>/diptych.yaml``."""
    override = os.environ.get(CONFIG_ENV)
    return Path(override) if override else corpus_root / CONFIG_NAME


def load_config(corpus_root: Path) -> Config:
    """Read the corpus configuration; defaults when the corpus has none.

    Raises ``ConfigError`` when the file cannot be read or does not validate, and
    when ``$DIPTYCH_CONFIG`` names a file that does not exist.
    """
    path = config_path(corpus_root)
    if not path.exists():
        if os.environ.get(CONFIG_ENV):
            raise ConfigError(f"{path}: no such file (named by ${CONFIG_ENV})")
        return Config()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read: {error}") from None
    return parse_config(text, path)


def parse_config(text: str, path: Path) -> Config:
    from ruamel.yaml import YAML  # only paid for when a corpus has a config file
    from ruamel.yaml.error import YAMLError

    try:
        data = YAML(typ="safe", pure=True).load(text)
    except YAMLError as error:
        raise ConfigError(f"{path}: not valid YAML: {_one_line(error)}") from None
    if data is None:
        return Config(source=path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with keys {', '.join(KNOWN_KEYS)}")
    for key in data:
        if key not in KNOWN_KEYS:
            raise ConfigError(
                f"{path}: {key}: unknown key (expected one of {', '.join(KNOWN_KEYS)})"
            )
    keymap = _keymap(data.get("keymap", {}), path)
    labels = _labels(data["labels"], path) if "labels" in data else DEFAULT_LABELS
    encodings = _encodings(data.get("encodings", {}), path)
    return Config(
        keymap=MappingProxyType(keymap),
        labels=labels,
        encodings=MappingProxyType(encodings),
        source=path,
    )


def _keymap(value: Any, path: Path) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: keymap: expected a mapping of binding id to keys")
    keymap: dict[str, str] = {}
    for binding_id, keys in value.items():
        where = f"{path}: keymap.{binding_id}"
        if not isinstance(binding_id, str) or not BINDING_ID.match(binding_id):
            raise ConfigError(f"{where}: a binding id is kebab-case, like corpus-mark")
        if not isinstance(keys, str) or not keys.strip():
            raise ConfigError(f"{where}: expected keys as a string, like 'm' or 'ctrl+k,k'")
        names = [name.strip() for name in keys.split(",")]
        for name in names:
            if not KEY_NAME.match(name) or visible_text(name) != name:
                raise ConfigError(f"{where}: {name!r} is not a key name")
        keymap[binding_id] = ",".join(names)
    return keymap


def _labels(value: Any, path: Path) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise ConfigError(f"{path}: labels: expected a non-empty list of strings")
    labels: list[str] = []
    for index, label in enumerate(value):
        where = f"{path}: labels[{index}]"
        if not isinstance(label, str) or not label.strip() or visible_text(label) != label:
            raise ConfigError(
                f"{where}: expected a one-line, non-empty string without control characters"
            )
        if label.strip() in labels:
            raise ConfigError(f"{where}: duplicate label {label.strip()!r}")
        labels.append(label.strip())
    return tuple(labels)


def _encodings(value: Any, path: Path) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: encodings: expected a mapping of file name to encoding")
    encodings: dict[str, str] = {}
    for name, encoding in value.items():
        where = f"{path}: encodings.{visible_text(str(name))}"
        if not isinstance(name, str) or not name or "/" in name or visible_text(name) != name:
            raise ConfigError(f"{where}: expected an article's file name (or '*' for every file)")
        if not isinstance(encoding, str):
            raise ConfigError(f"{where}: expected an encoding name, like latin-1 or cp1252")
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ConfigError(f"{where}: {encoding!r} is not an encoding Python knows") from None
        encodings[name] = encoding
    return encodings


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())
