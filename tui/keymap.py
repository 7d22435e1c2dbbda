"""Check a user keymap against the bindings it remaps, before any key is pressed.

Textual applies a keymap lazily, one binding chain at a time, so a key that ends
up on two actions would only show when pressed. Here every scope the user can
be in (the app's bindings plus one screen's) is checked at start, so collisions
and ids that name no binding are reported once, on mount.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import ModalScreen


@dataclass(frozen=True)
class KeyScope:
    """The bindings active together: one screen's, plus the app's unless it is modal."""

    name: str
    bindings: tuple[Binding, ...]
    """One ``Binding`` per key, as ``Binding.make_bindings`` expands them."""


def class_bindings(cls: type[DOMNode]) -> list[Binding]:
    """The bindings a node class declares, with inherited ones, one per key.

    A subclass binding replaces its base's binding for the same key, as Textual does.
    """
    by_key: dict[str, list[Binding]] = {}
    for base in reversed(cls.__mro__):
        if not (isinstance(base, type) and issubclass(base, DOMNode)):
            continue
        if not base._inherit_bindings:
            by_key.clear()
        declared: dict[str, list[Binding]] = {}
        for binding in Binding.make_bindings(base.__dict__.get("BINDINGS", [])):
            declared.setdefault(binding.key, []).append(binding)
        by_key.update(declared)
    return [binding for bindings in by_key.values() for binding in bindings]


def screen_scopes(app_class: type[DOMNode], screens: Iterable[type[DOMNode]]) -> list[KeyScope]:
    app_bindings = tuple(class_bindings(app_class))
    scopes = []
    for screen in screens:
        own = tuple(class_bindings(screen))
        modal = issubclass(screen, ModalScreen)
        scopes.append(KeyScope(screen.__name__, own if modal else own + app_bindings))
    return scopes


def normalize_keys(keys: str) -> list[str]:
    """Keys in Textual's long form (``?`` -> ``question_mark``), as bindings store them."""
    return [binding.key for binding in Binding.make_bindings([Binding(keys, "noop")])]


def unknown_ids(keymap: Mapping[str, str], scopes: Iterable[KeyScope]) -> list[str]:
    known = {binding.id for scope in scopes for binding in scope.bindings if binding.id}
    return sorted(binding_id for binding_id in keymap if binding_id not in known)


def collisions(keymap: Mapping[str, str], scopes: Iterable[KeyScope]) -> list[str]:
    """One message per key that the keymap puts on two actions of the same scope.

    Default bindings that share a key on purpose (a screen shadowing an app key)
    are not collisions; only a key the keymap introduced is.
    """
    remapped = {binding_id: normalize_keys(keys) for binding_id, keys in keymap.items()}
    messages: list[str] = []
    for scope in scopes:
        users: dict[str, list[tuple[str, bool]]] = {}
        seen: set[tuple[str, str]] = set()
        for binding in scope.bindings:
            name = binding.id or binding.action
            from_keymap = binding.id in remapped if binding.id else False
            keys = remapped[binding.id] if binding.id and from_keymap else [binding.key]
            for key in keys:
                if (key, name) not in seen:
                    seen.add((key, name))
                    users.setdefault(key, []).append((name, from_keymap))
        for key, names in users.items():
            if len(names) > 1 and any(from_keymap for _, from_keymap in names):
                listed = " and ".join(sorted(name for name, _ in names))
                messages.append(f"{key}: {listed} ({scope.name})")
    return sorted(set(messages))
