"""The app's screens, one module each; ``screen_classes`` finds them all for key checks."""

from __future__ import annotations

import importlib
import pkgutil

from textual.screen import Screen


def screen_classes() -> list[type[Screen[object]]]:
    """Every Screen subclass defined in this package, in module order.

    Used to check a keymap against all screens, including those added later.
    A module that cannot be imported (another screen still being written) is left out.
    """
    found: list[type[Screen[object]]] = []
    for module_info in pkgutil.iter_modules(__path__):
        try:
            module = importlib.import_module(f"{__name__}.{module_info.name}")
        except ImportError:
            continue
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Screen)
                and value.__module__ == module.__name__
            ):
                found.append(value)
    return found
