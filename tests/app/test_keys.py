"""Key rules every binding of diptych keeps: ids, descriptions, no ctrl-only keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.dom import DOMNode

import widgets
from tui import screens
from tui.app.config import CONFIG_ENV
from tui.app.diptych_app import DiptychApp
from tui.app.keymap import collisions, defined_in, screen_scopes, unknown_ids
from tui.cli import main
from tui.screens.corpus import CorpusScreen

KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def our_node_classes() -> list[type[DOMNode]]:
    """The app, and every widget and screen class defined in tui.screens and widgets."""
    return [DiptychApp, *defined_in(screens), *defined_in(widgets)]


def declared(cls: type[DOMNode]) -> list[Binding]:
    """Bindings a class declares itself (not those it inherits from Textual)."""
    return list(Binding.make_bindings(cls.__dict__.get("BINDINGS", [])))


OUR_BINDINGS = [(cls, b) for cls in our_node_classes() for b in declared(cls)]


@pytest.mark.parametrize(("cls", "binding"), OUR_BINDINGS, ids=lambda v: getattr(v, "key", ""))
def test_every_binding_has_a_kebab_id_and_a_description(
    cls: type[DOMNode], binding: Binding
) -> None:
    assert binding.id and KEBAB.match(binding.id), f"{cls.__name__}: {binding}"
    assert binding.description, f"{cls.__name__}: {binding.id}"


def test_a_binding_id_names_one_action() -> None:
    actions: dict[str, set[str]] = {}
    for _, binding in OUR_BINDINGS:
        actions.setdefault(str(binding.id), set()).add(binding.action)
    assert {name: found for name, found in actions.items() if len(found) > 1} == {}


def test_no_binding_of_ours_uses_ctrl_a_or_ctrl_b() -> None:
    """Screen and tmux take those prefixes (Textual's Input keeps ctrl+a beside home)."""
    assert [b for _, b in OUR_BINDINGS if b.key in ("ctrl+a", "ctrl+b")] == []


def test_every_ctrl_key_of_ours_has_a_plain_key_for_the_same_action() -> None:
    plain: set[str] = set()
    for _, binding in OUR_BINDINGS:
        if "ctrl+" not in binding.key:
            plain.add(binding.action.removeprefix("app."))
    missing = [
        f"{cls.__name__}: {binding.key} {binding.action}"
        for cls, binding in OUR_BINDINGS
        if "ctrl+" in binding.key and binding.action.removeprefix("app.") not in plain
    ]
    assert missing == []


def test_collisions_name_the_key_the_bindings_and_the_screen() -> None:
    scopes = screen_scopes(DiptychApp, [CorpusScreen])
    assert [str(c) for c in collisions({"corpus-filter": "o"}, scopes)] == [
        "o: corpus-filter and corpus-overview (CorpusScreen)"
    ]
    # Moving a binding onto a free key, or swapping two, is no collision.
    assert collisions({"corpus-filter": "f"}, scopes) == []
    assert collisions({"corpus-filter": "o", "corpus-overview": "slash"}, scopes) == []
    # A default binding without an id still counts (Screen's tab focuses the next widget).
    assert [str(c) for c in collisions({"corpus-mark": "tab"}, scopes)] == [
        "tab: app.focus_next and corpus-mark (CorpusScreen)"
    ]


def test_unknown_ids_are_found_across_every_screen_and_widget() -> None:
    keymap = {"corpus-mark": "m", "help": "f1", "corpus-mrak": "m", "overview-open": "o"}
    assert unknown_ids(keymap, our_node_classes()) == ["corpus-mrak"]


def test_keys_command_lists_every_id_and_reports_keymap_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["keys", str(tmp_path)]) == 0  # the empty test config: defaults, no problem
    listed = {line.split()[0] for line in capsys.readouterr().out.splitlines()[2:]}
    assert {str(b.id) for _, b in OUR_BINDINGS} == listed

    (tmp_path / "diptych.yaml").write_text("keymap:\n  corpus-mark: o\n  nope: x\n")
    monkeypatch.delenv(CONFIG_ENV)
    assert main(["keys", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert any(line.split()[:2] == ["corpus-mark", "o"] for line in out.splitlines())
    assert err.splitlines() == [
        "diptych keys: collision on o: corpus-mark and corpus-overview (CorpusScreen)",
        "diptych keys: no binding has the id 'nope'",
    ]
