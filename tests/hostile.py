"""A hostile corpus: article, file name, tag and config text that tries to drive a terminal.

Every escape family (C0, ESC-started CSI/OSC/DCS, their one-byte C1 forms, DEL),
bidi overrides and isolates, zero-width characters, a NUL past the binary
sniffing window, Rich and Textual markup, Markdown/HTML, and a 200-character
title. ``assert_safe`` is the check every command and screen must pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tui.engine.corpus import load_article
from tui.tags.corpus_tags import CorpusTags
from tui.tags.model import Related

OSC_TITLE = "\x1b]0;PWNED\x07"
CLEAR = "\x1b[2J"
RED = "\x1b[31m"
DCS = "\x1bP1$r\x1b\\"
C1 = "\x9b31m \x9d0;C1\x9c \x90q\x9c \x85"
BIDI = "\u202e\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
MARKUP = "[bold red]x[/]"
TEXTUAL_MARKUP = "[@click=app.quit]quit[/]"

TITLE = f"{MARKUP} Trade talks {OSC_TITLE} in London end " + "with a long headline " * 9
LEFT_NAME = "[b]left[-b].txt"
RIGHT_NAME = "r\u202eight.txt"
SKIPPED_NAME = f"binary{CLEAR}.txt"
SIDECAR_LABELS = ("[bold]loud[/]", f"esc{CLEAR}")
CONFIG_LABEL = "[reverse]vocab[/]"

LEFT = (
    f"{TITLE}\n\n"
    f"Treasury Secretary Scott Bessent met the delegation in London on June 5 {CLEAR}"
    " and said the talks went well.\n"
    f"The deal covers 40 billion dollars of {RED}rare earth\x1b[0m exports"
    " [link](http://example.org) <b>bold</b> | * _ `tick`.\n"
    f"Officials {BIDI}said the {ZERO_WIDTH}text was {C1} fine and {DCS} done.\n"
    f"Markup such as {MARKUP} and {TEXTUAL_MARKUP} stays literal \x7f\x08\x07 here.\n"
)
FILLER = "".join(
    f"Paragraph {n} of the background report describes market reaction number {n}.\n"
    for n in range(120)
)
RIGHT = (
    f"{TITLE}\n\n"
    f"Treasury Secretary Scott Besent met the delegation in London on June 6 {CLEAR}"
    " and said the talks went well.\n"
    f"The deal covers 50 billion dollars of {RED}rare earth\x1b[0m exports"
    " [link](http://example.org) <b>bold</b> | * _ `tick`.\n"
    f"Officials {BIDI}said the {ZERO_WIDTH}text was {C1} fine and {DCS} done.\n"
    f"{FILLER}A NUL \x00 sits past the sniffing window.\n"
)
NOTE = f"note {OSC_TITLE} {MARKUP} \x00 nul\nsecond {RED}line"
RELATED_QUOTE = f"rare {RED}earth{BIDI}"

UNSAFE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
"""What must never reach a terminal: every control but newline, bidi and zero-width."""


@dataclass(frozen=True)
class HostileCorpus:
    folder: Path
    left: Path
    right: Path


def write_hostile_corpus(folder: Path) -> HostileCorpus:
    """The corpus, its config (a markup label) and one hostile tag."""
    folder.mkdir(parents=True, exist_ok=True)
    left, right = folder / LEFT_NAME, folder / RIGHT_NAME
    left.write_text(LEFT, encoding="utf-8")
    right.write_text(RIGHT, encoding="utf-8")
    (folder / SKIPPED_NAME).write_bytes(b"\x00\x01binary")
    (folder / "diptych.yaml").write_text(
        f"labels: ['{CONFIG_LABEL}', verified, disputed]\n", encoding="utf-8"
    )
    article = load_article(left)
    start = LEFT.index("The deal")
    end = LEFT.index("\n", start)
    tags = CorpusTags([article, load_article(right)])
    tags.store(article).add(start, end, SIDECAR_LABELS, NOTE, Related(RIGHT_NAME, RELATED_QUOTE))
    return HostileCorpus(folder, left, right)


def assert_safe(output: str) -> None:
    """No control, bidi or zero-width character in ``output``, newlines aside."""
    found = sorted({f"U+{ord(c):04X}" for c in UNSAFE.findall(output)})
    assert not found, f"unsafe characters reached the output: {', '.join(found)}"
