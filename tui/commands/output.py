"""Write a JSON document to stdout, safe to land on a terminal and still exact."""

from __future__ import annotations

import json
import sys
from typing import Any

from tui.engine.visible import terminal_safe_json


def write_json(document: Any, indent: int | None = 1) -> None:
    """``document`` as JSON; characters a terminal would act on are ``\\uXXXX`` escapes."""
    text = json.dumps(document, ensure_ascii=False, indent=indent)
    sys.stdout.write(terminal_safe_json(text) + "\n")
