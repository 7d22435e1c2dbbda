"""Check a user keymap against the bindings it remaps.

Textual applies a keymap lazily, one binding chain at a time, so a key that ends
up on two actions would only show when pressed. Here the app's bindings plus
each screen's are checked at start, and each focusable widget's chain (widget,
its containers, the screen, the app) when its screen first appears, so
collisions and ids that name no binding are reported, once.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import ModuleType

from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen


@dataclass(frozen=True)
class KeyScope:
    """Bindings active together, e.g. one screen's plus the app's."""

    name: str
    bindings: tuple[Binding, ...]
    """One ``Binding`` per key, as ``Binding.make_bindings`` expands them."""


def defined_in(package: ModuleType) -> list[type[DOMNode]]:
    """Every widget or screen class defined in ``package``'s modules.

    A module that cannot be imported (one still being written) is left out.
    """
    found: list[type[DOMNode]] = []
    for info in pkgutil.iter_modules(package.__path__):
        name = f"{package.__name__}.{info.name}"
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        found += [
            value
            for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, DOMNode) and value.__module__ == name
        ]
    return found


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
    """One scope per screen class: its bindings, plus the app's unless it is modal."""
    app_bindings = tuple(class_bindings(app_class))
    scopes = []
    for screen in screens:
        own = tuple(class_bindings(screen))
        modal = issubclass(screen, ModalScreen)
        scopes.append(KeyScope(screen.__name__, own if modal else own + app_bindings))
    return scopes


def focus_scopes(screen: Screen[object]) -> list[KeyScope]:
    """One scope per focusable widget of a live screen: the chain Textual walks for a key."""
    scopes = []
    for widget in screen.query("*"):
        if not widget.can_focus:
            continue
        chain: list[DOMNode] = []
        for node in widget.ancestors_with_self:
            chain.append(node)
            if isinstance(node, ModalScreen):
                break  # keys do not reach past a modal screen
        bindings = tuple(b for node in chain for b in class_bindings(type(node)))
        name = f"{type(screen).__name__}, {type(widget).__name__} focused"
        scopes.append(KeyScope(name, bindings))
    return scopes


def normalize_keys(keys: str) -> list[str]:
    """Keys in Textual's long form (``?`` -> ``question_mark``), as bindings store them."""
    return [binding.key for binding in Binding.make_bindings([Binding(keys, "noop")])]


def unknown_ids(keymap: Mapping[str, str], classes: Iterable[type[DOMNode]]) -> list[str]:
    """Keymap ids that no binding of ``classes`` carries (a typo, or a removed binding)."""
    known = {binding.id for cls in classes for binding in class_bindings(cls) if binding.id}
    return sorted(binding_id for binding_id in keymap if binding_id not in known)


@dataclass(frozen=True)
class Collision:
    """A key the keymap gives to two or more actions that are active together."""

    key: str
    names: tuple[str, ...]
    """Binding ids (or actions, for bindings without an id), sorted."""
    scope: str

    def __str__(self) -> str:
        return f"{self.key}: {' and '.join(self.names)} ({self.scope})"


def collisions(keymap: Mapping[str, str], scopes: Iterable[KeyScope]) -> list[Collision]:
    """Each key that the keymap puts on two actions of one scope, once (first scope found).

    Default bindings that share a key on purpose (a screen shadowing an app key)
    are not collisions; only a key the keymap introduced is.
    """
    remapped = {binding_id: normalize_keys(keys) for binding_id, keys in keymap.items()}
    found: dict[tuple[str, tuple[str, ...]], Collision] = {}
    for scope in scopes:
        users: dict[str, list[tuple[str, bool]]] = {}
        for binding in scope.bindings:
            name = binding.id or binding.action
            from_keymap = binding.id is not None and binding.id in remapped
            keys = remapped[str(binding.id)] if from_keymap else [binding.key]
            for key in keys:
                entry = (name, from_keymap)
                if entry not in users.setdefault(key, []):
                    users[key].append(entry)
        for key, entries in users.items():
            if len(entries) > 1 and any(from_keymap for _, from_keymap in entries):
                names = tuple(sorted(name for name, _ in entries))
                found.setdefault((key, names), Collision(key, names, scope.name))
    return sorted(found.values(), key=lambda collision: (collision.key, collision.names))


class KeymapChecker:
    """Reports each problem of a keymap once: screens at start, focus chains as screens appear."""

    def __init__(
        self, keymap: Mapping[str, str], app_class: type[DOMNode], classes: Iterable[type[DOMNode]]
    ) -> None:
        self.keymap = dict(keymap)
        self._app_class = app_class
        self._classes = list(classes)
        self._reported: set[tuple[str, tuple[str, ...]]] = set()
        self._screens_checked: set[type[DOMNode]] = set()

    def at_start(self) -> list[str]:
        screens = [cls for cls in self._classes if issubclass(cls, Screen)]
        problems = self._new(collisions(self.keymap, screen_scopes(self._app_class, screens)))
        unknown = unknown_ids(self.keymap, [self._app_class, *self._classes])
        return problems + [f"no binding has the id {name!r}" for name in unknown]

    def on_screen(self, screen: Screen[object]) -> list[str]:
        """Problems of a screen's focus chains, the first time a screen of its class shows."""
        if not self.keymap or type(screen) in self._screens_checked:
            return []
        self._screens_checked.add(type(screen))
        return self._new(collisions(self.keymap, focus_scopes(screen)))

    def _new(self, found: list[Collision]) -> list[str]:
        fresh = [c for c in found if (c.key, c.names) not in self._reported]
        self._reported.update((c.key, c.names) for c in fresh)
        return [f"collision on {collision}" for collision in fresh]
