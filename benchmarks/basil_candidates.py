"""Candidate contradiction flags between BASIL reports of one event, for labelling.

Each BASIL article's text is the ``text`` field of its record in
``basil_clusters.jsonl``, used verbatim (no stripping or re-encoding): every offset
in the labels file is a character offset into that string. Clusters are numbered
by their line in the file (0-based); only clusters 0-49 are read here (50-99 are
held out). The articles of a cluster are compared in the order of the record
(nyt, fox, hpo): every pair i < j, left = i, right = j, with ``tui.engine.compare``.

Candidates are every contradiction finding at any score, plus a wider proposal:
the same detectors run on every aligned pair with their agreement thresholds
relaxed (``relaxed()``), so the set covers what the pipeline could flag and what
its gates hold back. Each candidate is printed with both sentences for a reader,
or written as JSON lines (``--jsonl``), keyed by cluster, outlets, type and offsets.

``--with-titles`` reads each article as a user's file holds it (``title_prefix``
first) and keeps only the candidates with a side in a title, every slot candidate
of them; their offsets are into that file (``offsets`` "file"), not the text alone.

Usage (from the project root):
    .venv/bin/python benchmarks/basil_candidates.py [--external DIR] [--jsonl FILE]
        [--with-titles]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from tui.engine.align import Alignment
from tui.engine.compare import compare
from tui.engine.corpus import Article, build_article
from tui.engine.diff import DiffOp, word_diff
from tui.engine.findings.contradiction import negation, opposite, quote
from tui.engine.findings.contradiction.pipeline import find_contradictions
from tui.engine.findings.contradiction.wordlists import antonyms as antonym_table
from tui.engine.findings.contradiction.wordlists import lemma_key, negation_cues
from tui.engine.findings.model import Finding
from tui.engine.segment import Sentence

DEFAULT_EXTERNAL = Path("../shared/eval/external")
LABELLED_CLUSTERS = range(50)
"""Clusters 50-99 are a held-out check: never labelled, never read here."""


@dataclass(frozen=True)
class Candidate:
    cluster: int
    left_outlet: str
    right_outlet: str
    type: str
    left_start: int
    left_end: int
    right_start: int
    right_end: int
    score: float
    source: str
    """"pipeline" (what compare reports, at any score), "wide" (relaxed thresholds) or
    "slot" (a changed slot of the word diff)."""
    offsets: str = "text"
    """"text": offsets into the record's text; "file": into title_prefix + text."""

    @property
    def key(self) -> tuple[int, str, str, str, int, int, int, int]:
        return (
            self.cluster, self.left_outlet, self.right_outlet, self.type,
            self.left_start, self.left_end, self.right_start, self.right_end,
        )  # fmt: skip


def title_prefix(record: dict[str, str]) -> str:
    """What a user's file holds before the article's text: its title line, a blank line."""
    return f"{record['title']}\n\n"


def basil_article(record: dict[str, str], with_title: bool = False) -> Article:
    """The article exactly as the labels' offsets read it: ``text`` verbatim; or, with
    ``with_title``, ``title_prefix`` first, as a user's file holds it."""
    text = title_prefix(record) + record["text"] if with_title else record["text"]
    path = Path(f"basil-{record['uuid']}.txt")
    return build_article(path, text.encode("utf-8"), text, "utf-8", False)


def basil_clusters(folder: Path, clusters: range) -> Iterator[tuple[int, list[dict[str, str]]]]:
    """(cluster number, article records) for the clusters asked, by line number."""
    with (folder / "basil_clusters.jsonl").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number in clusters:
                yield number, json.loads(line)["articles"]


def same_event_pairs(
    folder: Path, clusters: range
) -> Iterator[tuple[int, dict[str, str], dict[str, str]]]:
    """(cluster, left record, right record) for every pair i < j of a cluster."""
    for number, records in basil_clusters(folder, clusters):
        for i in range(len(records)):
            for j in range(i + 1, len(records)):
                yield number, records[i], records[j]


@contextmanager
def relaxed() -> Iterator[None]:
    """The detectors with their agreement thresholds lowered (a wider proposal)."""
    saved = [
        (quote, "MIN_FRAME", 0.0), (quote, "SAME_QUOTATION", 0.3), (quote, "MIN_EXTENT", 0.3),
        (negation, "MIN_AGREEMENT", 0.15), (negation, "CLOSE_AGREEMENT", 0.3),
        (opposite, "MIN_AGREEMENT", 0.15),
    ]  # fmt: skip
    old = [(module, name, getattr(module, name)) for module, name, _ in saved]
    for module, name, value in saved:
        setattr(module, name, value)
    try:
        yield
    finally:
        for module, name, value in old:
            setattr(module, name, value)


def candidates(folder: Path, slots_per_type: int, with_titles: bool = False) -> list[Candidate]:
    """Every candidate of the labelled clusters; ``with_titles``: only those with a side
    in a title, the articles read title first (offsets into that file)."""
    found: dict[tuple[int, str, str, str, int, int, int, int], Candidate] = {}
    for cluster, left_record, right_record in same_event_pairs(folder, LABELLED_CLUSTERS):
        left = basil_article(left_record, with_titles)
        right = basil_article(right_record, with_titles)
        comparison = compare(left, right)
        outlets = (left_record["source"], right_record["source"])
        pipeline = [f for f in comparison.findings if f.kind == "contradiction"]
        with relaxed():
            wide = find_contradictions(left, right, comparison.alignments)
        mine: dict[tuple[int, str, str, str, int, int, int, int], Candidate] = {}
        for source, findings in (("pipeline", pipeline), ("wide", wide)):
            for finding in findings:
                candidate = _candidate(cluster, outlets, finding, source)
                mine.setdefault(candidate.key, candidate)
        for candidate in slot_candidates(cluster, outlets, left, right, comparison.alignments):
            if not any(_overlaps(candidate, c) for c in mine.values()):
                mine.setdefault(candidate.key, candidate)
        if with_titles:
            titles = (len(title_prefix(left_record)), len(title_prefix(right_record)))
            mine = {k: replace(c, offsets="file") for k, c in mine.items() if _in_title(c, titles)}
        found.update(mine)
    if with_titles:
        return list(found.values())
    return _sampled(list(found.values()), slots_per_type)


def _in_title(candidate: Candidate, titles: tuple[int, int]) -> bool:
    """A side of the candidate starts in its article's title (``titles``: their lengths)."""
    return candidate.left_start < titles[0] or candidate.right_start < titles[1]


def _sampled(found: list[Candidate], per_type: int) -> list[Candidate]:
    """Every pipeline and relaxed candidate; of the (many) slot candidates of each
    type, ``per_type`` evenly spaced in the order found."""
    kept = [c for c in found if c.source != "slot"]
    for kind in sorted({c.type for c in found}):
        slots = [c for c in found if c.source == "slot" and c.type == kind]
        step = max(1.0, len(slots) / per_type)
        kept += [slots[int(k * step)] for k in range(min(per_type, len(slots)))]
    return kept


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return (
        a.key[:3] == b.key[:3]
        and a.left_start < b.left_end and b.left_start < a.left_end
        and a.right_start < b.right_end and b.right_start < a.right_end
    )  # fmt: skip


_MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow".split()
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million millions billion billions percent dozen "
    "dozens half third quarter".split()
)
_QUOTE_MARKS = '"\u201c\u201d'


def slot_candidates(
    cluster: int,
    outlets: tuple[str, str],
    left: Article,
    right: Article,
    alignments: tuple[Alignment, ...],
) -> list[Candidate]:
    """The widest proposal: every changed slot of the word diff of two aligned
    sentences whose changed words hold a cue of a type (a number, a date word, a
    negation cue, a word of the antonym lexicon), or that lies inside a quotation on
    both sides. The slot's changed words are the spans; an insertion or deletion
    takes the word before it on the side that lacks it."""
    found = []
    lefts = {s.id: s for s in left.sentences}
    rights = {s.id: s for s in right.sentences}
    for alignment in alignments:
        for i in alignment.left:
            for j in alignment.right:
                a, b = lefts[i], rights[j]
                if a.boilerplate or b.boilerplate:
                    continue
                for left_span, right_span in _slots(a, b):
                    kind = _slot_type(left.text, left_span, right.text, right_span)
                    if kind:
                        found.append(
                            Candidate(cluster, *outlets, kind, *left_span, *right_span, 0.0, "slot")
                        )
    return found


def _slots(a: Sentence, b: Sentence) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    ops = word_diff(a.text, a.start, b.text, b.start)
    slots = []
    last_left, last_right = (a.start, a.start), (b.start, b.start)
    pending: list[DiffOp] = []
    for op in [*ops, None]:
        if op is None or op.op == "equal":
            if pending:
                lefts = [o.left for o in pending if o.left is not None]
                rights = [o.right for o in pending if o.right is not None]
                ls = (lefts[0].start, lefts[-1].end) if lefts else last_left
                rs = (rights[0].start, rights[-1].end) if rights else last_right
                slots.append((_trim(a, ls), _trim(b, rs)))
                pending = []
            if op is not None and op.left is not None and op.right is not None:
                last_left = _last_word(a, (op.left.start, op.left.end))
                last_right = _last_word(b, (op.right.start, op.right.end))
        else:
            pending.append(op)
    return [s for s in slots if s[0][0] < s[0][1] and s[1][0] < s[1][1]]


def _trim(sentence: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    text = sentence.text[span[0] - sentence.start : span[1] - sentence.start]
    start = span[0] + len(text) - len(text.lstrip())
    return start, max(start, span[1] - (len(text) - len(text.rstrip())))


def _last_word(sentence: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    start, end = _trim(sentence, span)
    text = sentence.text[start - sentence.start : end - sentence.start]
    cut = text.rfind(" ")
    return (start + cut + 1, end) if cut >= 0 else (start, end)


def _slot_type(
    left_text: str, ls: tuple[int, int], right_text: str, rs: tuple[int, int]
) -> str | None:
    words = [
        w.lower().strip(".,;:!?()'\u2019\u201c\u201d\"")
        for w in (left_text[ls[0] : ls[1]] + " " + right_text[rs[0] : rs[1]]).split()
    ]
    cues, _ = negation_cues()
    firsts = {c[0] for c in cues}
    opposites = {k[0] for k in antonym_table()}
    if any(any(ch.isdigit() for ch in w) or w in _NUMBER_WORDS for w in words):
        return "number"
    if any(w in _MONTHS_AND_DAYS for w in words):
        return "date"
    if any(w in firsts or w.endswith("n't") for w in words):
        return "negation"
    if any(lemma_key(w) in opposites for w in words):
        return "opposite"
    if _in_quote(left_text, ls[0]) and _in_quote(right_text, rs[0]):
        return "quote"
    return None


def _in_quote(text: str, offset: int) -> bool:
    """An odd number of quote marks since the start of the paragraph."""
    start = text.rfind("\n", 0, offset) + 1
    return sum(text[start:offset].count(m) for m in _QUOTE_MARKS) % 2 == 1


def _candidate(cluster: int, outlets: tuple[str, str], finding: Finding, source: str) -> Candidate:
    return Candidate(
        cluster, outlets[0], outlets[1], finding.type,
        finding.left.start, finding.left.end, finding.right.start, finding.right.end,
        finding.score, source,
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--jsonl", type=Path, help="write candidates here (no text) as JSON lines")
    parser.add_argument("--slots", type=int, default=50, help="slot candidates kept per type")
    parser.add_argument("--with-titles", action="store_true", help="title-bearing candidates")
    args = parser.parse_args()
    if not (args.external / "basil_clusters.jsonl").exists():
        print(f"{args.external}: no basil_clusters.jsonl; pass --external DIR", file=sys.stderr)
        return 2
    found = candidates(args.external, args.slots, args.with_titles)
    if args.jsonl:
        lines = "".join(json.dumps(asdict(c)) + "\n" for c in found)
        args.jsonl.write_text(lines, encoding="utf-8")
    texts = {
        (number, record["source"]): (title_prefix(record) if args.with_titles else "")
        + record["text"]
        for number, records in basil_clusters(args.external, LABELLED_CLUSTERS)
        for record in records
    }
    for k, c in enumerate(found):
        left = texts[c.cluster, c.left_outlet]
        right = texts[c.cluster, c.right_outlet]
        print(f"#{k} c{c.cluster} {c.left_outlet}/{c.right_outlet} {c.type} {c.score} {c.source}")
        print(
            f"  offsets ({c.offsets}) L {c.left_start}-{c.left_end} R {c.right_start}-{c.right_end}"
        )
        print(f"  L: {_context(left, c.left_start, c.left_end)}")
        print(f"  R: {_context(right, c.right_start, c.right_end)}")
    return 0


def _context(text: str, start: int, end: int) -> str:
    """The sentence-ish context of a span, the span in [[ ]]."""
    before = max(text.rfind("\n", 0, start), start - 220)
    after = text.find("\n", end)
    after = min(after if after >= 0 else len(text), end + 220)
    return f"{text[before + 1 : start]}[[{text[start:end]}]]{text[end:after]}".replace("\n", " ")


if __name__ == "__main__":
    sys.exit(main())
