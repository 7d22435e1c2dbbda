"""The engine and the tag store never load the UI stack; `compare --format json` neither."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import tui.engine
import tui.tags

UI_MODULES = ("textual", "rich")


def _modules(package: object) -> list[str]:
    path = package.__path__  # type: ignore[attr-defined]
    prefix = package.__name__ + "."  # type: ignore[attr-defined]
    return [m.name for m in pkgutil.walk_packages(path, prefix)]


def _loaded_ui_modules(code: str) -> list[str]:
    probe = f"{code}\nimport sys\nprint(sorted({{m.split('.')[0] for m in sys.modules}}))"
    output = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return [m for m in UI_MODULES if f"'{m}'" in output]


@pytest.mark.parametrize("module", _modules(tui.engine) + _modules(tui.tags))
def test_engine_and_tags_modules_import_no_ui(module: str) -> None:
    assert _loaded_ui_modules(f"import {module}") == []


def test_compare_json_imports_no_ui(seed_paths: list) -> None:
    code = (
        "import contextlib, io\n"
        "from tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['compare', '--format', 'json', {str(seed_paths[0])!r}, {str(seed_paths[1])!r}])"
    )
    assert _loaded_ui_modules(code) == []
