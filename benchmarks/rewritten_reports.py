"""Alignment of real reports with mechanical rewrites of themselves: splits, merges,
moved attribution, synonyms and reordered paragraphs, each with a known gold alignment.

Run from the project root:
    .venv/bin/python benchmarks/rewritten_reports.py [--external DIR] [--show OP] [--seed N]

Sources: the reports of BASIL clusters 0-49 (never 50-99, the held-out check) and the
short reports of the in-sample case files (``tests/contradiction_cases.CASE_FILES``,
both sides of each). Each source gets one rewrite made by these operations, each
general and mechanical:

* ``split``: a sentence cut at a clause boundary ("; ", ", and ", ", but ", a closing
  ", which ..." or ", who ..." clause, a leading "After ...," clause) into two sentences;
* ``merge``: two adjacent sentences of a paragraph joined with ", and" or "; ";
* ``attribution``: "X said" moved from the end of a sentence to its front, or from the
  front to the end ("according to X" likewise);
* ``front``: a closing "on Friday", "last week" or "in March" moved to the front;
* ``synonym``: one or two words (two to four with ``--heavy``) replaced by a word of the
  sources' vocabulary whose stem shares a main sense with theirs in the shipped synonym
  table (``tui.engine.synonyms``);
* ``paragraph``: a paragraph moved to another place (its sentences otherwise untouched);
* ``far`` (``--heavy`` only): a sentence moved at least ``FAR`` sentences away.

Every generated piece keeps the source sentences it came from, and the rewrite's
sentences (segmented as the app does) are mapped to pieces by character offsets, so the
gold pairs (source sentence, rewrite sentence) are known. The aligner (``align`` on the
two articles, as ``compare`` runs it) is scored on them: recall per operation (the gold
pairs of sentences that went through it, a sentence may go through several) and for the
sentences no operation touched; precision (aligned pairs the gold holds) and the count
of aligned pairs it does not. The same on untouched copies (each source against itself).
``--show OP`` prints the gold pairs of operation OP that the aligner misses.
Deterministic: one random generator seeded with ``--seed``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from basil_candidates import basil_clusters  # noqa: E402

from tests.contradiction_cases import CASE_FILES, load  # noqa: E402
from tui.engine.align import align  # noqa: E402
from tui.engine.corpus import Article, build_article  # noqa: E402
from tui.engine.synonyms import senses_of  # noqa: E402
from tui.engine.textnorm import word_forms  # noqa: E402

DEFAULT_EXTERNAL = ROOT.parent / "shared" / "eval" / "external"
OWN_CLUSTERS = range(50)
"""BASIL clusters read here; 50-99 are the held-out check."""


@dataclass(frozen=True)
class Rates:
    """How often each operation is applied: to a sentence that allows it (split,
    attribution, front, synonym, far), to two adjacent sentences (merge); paragraphs
    moved per rewrite; words a synonym swap replaces (one of)."""

    split: float
    merge: float
    attribution: float
    front: float
    synonym: float
    far: float
    paragraphs: int
    synonyms: tuple[int, ...]


LIGHT = Rates(0.35, 0.15, 0.6, 0.3, 0.3, 0.0, 2, (1, 2))
HEAVY = Rates(0.6, 0.3, 0.8, 0.6, 0.9, 0.1, 2, (2, 3, 4))
"""``--heavy``: most sentences reworded in several words, cut or joined, some moved far."""
MIN_PIECE_WORDS = 4
"""Words each half of a split keeps at least."""
FAR = 4
"""Sentences a far move carries one at least."""

OPERATIONS = (
    "split", "merge", "attribution", "front", "synonym", "far", "paragraph", "untouched",
)  # fmt: skip


@dataclass
class Piece:
    """A sentence of the rewrite as generated, with the source sentences it came from."""

    text: str
    sources: tuple[int, ...]
    operations: set[str] = field(default_factory=set)


# --- operations on one sentence -------------------------------------------------------

_QUOTES = '"“”'
_SPEECH = r"(?:said|says|added|told reporters|told [A-Z][\w.]+(?: [A-Z][\w.]+)?)"
_SAID_AT_END = re.compile(
    rf"^(?P<body>.{{20,}}?),[{_QUOTES}]? (?P<who>(?:[A-Z][\w.’'-]*|he|she|they|officials)"
    rf"(?: [\w.’'-]+){{0,5}}?) (?P<verb>{_SPEECH})(?P<tail>(?: on \w+| in a \w+)?)\.$"
)
_SAID_AT_FRONT = re.compile(
    r"^(?P<who>[A-Z][\w.’'-]*(?: [\w.’'-]+){0,5}?) (?P<verb>said|says) (?:that )?"
    r"(?P<body>[^\"“”]{20,})\.$"
)
_ACCORDING_AT_END = re.compile(r"^(?P<body>.{20,}?), according to (?P<who>[^,]{3,60})\.$")
_ACCORDING_AT_FRONT = re.compile(r"^According to (?P<who>[^,]{3,60}), (?P<body>.{20,})\.$")
_PRONOUNS = {"He", "She", "They", "It", "We", "I"}


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lowered(text: str) -> str:
    """``text`` with its first word lower-cased when it is a pronoun or an article."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first in _PRONOUNS | {"The", "A", "An"} else text


def move_attribution(sentence: str) -> str | None:
    """``sentence`` with its "X said" (or "according to X") moved to the other end."""
    if (m := _SAID_AT_END.match(sentence)) and not m["body"].startswith(tuple(_QUOTES)):
        return f"{_capitalised(m['who'])} {m['verb']}{m['tail']} {_lowered(m['body'])}."
    if m := _SAID_AT_END.match(sentence):  # a quotation: “We will win,” he said.
        quoted = m["body"].rstrip(",").rstrip(_QUOTES).rstrip(",")
        return f"{_capitalised(m['who'])} {m['verb']}{m['tail']}: {quoted}.”"
    if m := _SAID_AT_FRONT.match(sentence):
        return f"{_capitalised(m['body'])}, {_lowered(m['who'])} {m['verb']}."
    if m := _ACCORDING_AT_END.match(sentence):
        return f"According to {m['who']}, {_lowered(m['body'])}."
    if m := _ACCORDING_AT_FRONT.match(sentence):
        return f"{_capitalised(m['body'])}, according to {m['who']}."
    return None


_BOUNDARIES = (
    (re.compile(r"; "), ""),
    (re.compile(r", and (?=[a-z]+ )"), ""),
    (re.compile(r", but "), "But "),
)
_RELATIVE = re.compile(r", (?P<pronoun>which|who) (?P<rest>[^,;]+)\.$")
_AFTER = re.compile(r"^After (?P<clause>[^,]{8,}), (?P<main>.+)$")


def _words(text: str) -> int:
    return len(text.split())


def split_sentence(sentence: str, rng: random.Random) -> tuple[str, str] | None:
    """``sentence`` cut at one clause boundary into two sentences, or None."""
    if sentence[-1:] not in ".!?" or any(q in sentence for q in _QUOTES):
        return None
    options: list[tuple[str, str]] = []
    for pattern, opener in _BOUNDARIES:
        for cut in pattern.finditer(sentence):
            first, second = sentence[: cut.start()], sentence[cut.end() :]
            options.append((first + ".", opener + (second if opener else _capitalised(second))))
    if relative := _RELATIVE.search(sentence):
        subject = "This" if relative["pronoun"] == "which" else "They"
        options.append((sentence[: relative.start()] + ".", f"{subject} {relative['rest']}."))
    if after := _AFTER.match(sentence):
        options.append((_capitalised(after["main"]), f"This came after {after['clause']}."))
    options = [o for o in options if min(map(_words, o)) >= MIN_PIECE_WORDS]
    return rng.choice(options) if options else None


def merge_sentences(first: str, second: str, rng: random.Random) -> str | None:
    """Two sentences as one, joined with ", and" or "; "."""
    if first[-1:] != "." or first[-2:-1] in _QUOTES or second[:1] in _QUOTES:
        return None
    joint = rng.choice((", and ", "; "))
    return first[:-1] + joint + _lowered(second)


class Synonyms:
    """Words of the sources' vocabulary whose stems are synonyms in the shipped table."""

    def __init__(self, vocabulary: Sequence[str]) -> None:
        by_stem: dict[str, list[str]] = defaultdict(list)
        for word in vocabulary:
            norm, stem, stopword = word_forms(word)
            if not stopword and word.islower() and len(word) > 3 and senses_of(stem):
                by_stem[stem].append(word)
        self.by_stem = {stem: sorted(set(words)) for stem, words in by_stem.items()}
        self.stems = sorted(self.by_stem)
        self._cache: dict[str, list[str]] = {}

    def of(self, word: str) -> list[str]:
        """Words whose stem shares a main sense with ``word``'s, same ending kept."""
        if word in self._cache:
            return self._cache[word]
        _, stem, stopword = word_forms(word)
        senses = senses_of(stem)
        found: list[str] = []
        if senses is not None and not stopword and word.islower():
            ending = _ending(word)
            for other in self.stems:
                other_senses = senses_of(other)
                if other != stem and other_senses is not None and senses.meets(other_senses):
                    found.extend(w for w in self.by_stem[other] if _ending(w) == ending)
        self._cache[word] = found
        return found


def _ending(word: str) -> str:
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix):
            return suffix
    return ""


_CLOSING_TIME = re.compile(
    r"^(?P<main>[A-Z].{15,}?),? (?P<when>(?:on|last|this|in|early|late) (?:[A-Z]\w+|week|month"
    r"|year|night|morning|afternoon|evening)(?: \d{1,2})?(?: \d{4})?)\.$"
)


def front_time(sentence: str) -> str | None:
    """``sentence`` with a closing time phrase ("on Friday", "last week") put first."""
    if not (m := _CLOSING_TIME.match(sentence)) or any(q in sentence for q in _QUOTES):
        return None
    return f"{_capitalised(m['when'])}, {_lowered(m['main'])}."


def swap_synonyms(
    sentence: str, synonyms: Synonyms, rng: random.Random, counts: tuple[int, ...]
) -> str | None:
    """``sentence`` with one or two words replaced by a synonym."""
    spots = [
        (m, options)
        for m in re.finditer(r"\b[a-z]{4,}\b", sentence)
        if (options := synonyms.of(m.group()))
    ]
    if not spots:
        return None
    count = min(len(spots), rng.choice(counts))
    for m, options in sorted(rng.sample(spots, count), key=lambda spot: -spot[0].start()):
        sentence = sentence[: m.start()] + rng.choice(options) + sentence[m.end() :]
    return sentence


# --- a rewrite ---------------------------------------------------------------------------


def paragraphs(article: Article) -> list[list[int]]:
    """Content sentence ids, grouped by blank-line paragraphs."""
    groups: list[list[int]] = []
    previous = None
    for sentence in article.content_sentences:
        if previous is None or "\n\n" in article.text[previous.end : sentence.start]:
            groups.append([])
        groups[-1].append(sentence.id)
        previous = sentence
    return groups


def rewrite(
    article: Article, synonyms: Synonyms, rates: Rates, rng: random.Random
) -> list[list[Piece]]:
    """The rewrite's paragraphs of pieces."""
    by_id = {s.id: s for s in article.content_sentences}
    result: list[list[Piece]] = []
    for paragraph in paragraphs(article):
        pieces: list[Piece] = []
        for sid in paragraph:
            piece = Piece(" ".join(by_id[sid].text.split()), (sid,))
            for operation, rate, change in (
                ("attribution", rates.attribution, move_attribution),
                ("front", rates.front, front_time),
                (
                    "synonym",
                    rates.synonym,
                    lambda t: swap_synonyms(t, synonyms, rng, rates.synonyms),
                ),
            ):
                if rng.random() < rate and (changed := change(piece.text)):
                    piece.text = changed
                    piece.operations.add(operation)
            if rng.random() < rates.split and (halves := split_sentence(piece.text, rng)):
                for half in halves:
                    pieces.append(Piece(half, piece.sources, piece.operations | {"split"}))
                continue
            pieces.append(piece)
        result.append(_merged(pieces, rates.merge, rng))
    for _ in range(rates.paragraphs):
        if len(result) > 2:
            moved = result.pop(rng.randrange(1, len(result)))
            for piece in moved:
                piece.operations.add("paragraph")
            result.insert(rng.randrange(0, len(result) + 1), moved)
    _move_far(result, rates.far, rng)
    return result


def _move_far(result: list[list[Piece]], rate: float, rng: random.Random) -> None:
    """Move some pieces, each to a paragraph of its own at least ``FAR`` pieces away."""
    flat = [piece for paragraph in result for piece in paragraph]
    for piece in [p for p in flat[1:] if rng.random() < rate]:
        here = next(n for n, paragraph in enumerate(result) if piece in paragraph)
        where = [
            n for n in range(len(result) + 1) if abs(_before(result, n) - flat.index(piece)) >= FAR
        ]
        if where:
            result[here].remove(piece)
            piece.operations.add("far")
            at = rng.choice(where)
            result.insert(at, [piece])
            result[:] = [paragraph for paragraph in result if paragraph]


def _before(result: list[list[Piece]], n: int) -> int:
    """How many pieces the paragraphs before paragraph ``n`` hold."""
    return sum(len(paragraph) for paragraph in result[:n])


def _merged(pieces: list[Piece], rate: float, rng: random.Random) -> list[Piece]:
    out: list[Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if (
            last is not None
            and "merge" not in last.operations
            and "split" not in last.operations | piece.operations
            and rng.random() < rate
            and (joined := merge_sentences(last.text, piece.text, rng))
        ):
            out[-1] = Piece(
                joined, last.sources + piece.sources, last.operations | piece.operations | {"merge"}
            )
        else:
            out.append(piece)
    return out


def written(result: list[list[Piece]]) -> tuple[str, list[tuple[int, int, Piece]]]:
    """The rewrite's text and each piece's span in it."""
    parts: list[str] = []
    spans: list[tuple[int, int, Piece]] = []
    offset = 0
    for n, paragraph in enumerate(result):
        for k, piece in enumerate(paragraph):
            separator = "" if n == k == 0 else ("\n\n" if k == 0 else " ")
            offset += len(separator)
            spans.append((offset, offset + len(piece.text), piece))
            parts.append(separator + piece.text)
            offset += len(piece.text)
    return "".join(parts) + "\n", spans


def as_article(name: str, text: str) -> Article:
    return build_article(Path(name), text.encode("utf-8"), text, "utf-8", False)


Gold = dict[tuple[int, int], set[str]]
"""(source sentence id, rewrite sentence id) -> the operations its piece went through."""


def gold_pairs(copy: Article, spans: list[tuple[int, int, Piece]]) -> Gold:
    gold: Gold = {}
    for sentence in copy.content_sentences:
        for start, end, piece in spans:
            if start < sentence.end and sentence.start < end:
                for source in piece.sources:
                    gold.setdefault((source, sentence.id), set()).update(
                        piece.operations or {"untouched"}
                    )
    return gold


# --- sources and scoring -----------------------------------------------------------------


def sources(external: Path) -> Iterator[tuple[str, str]]:
    """(name, text) of every source report."""
    for cluster, records in basil_clusters(external, OWN_CLUSTERS):
        for n, record in enumerate(records):
            yield f"basil-{cluster:02d}-{n}", f"{record['title']}\n\n{record['text']}\n"
    for file in CASE_FILES:
        for case in load(file).get("reports", []):
            for side in ("left", "right"):
                yield f"{file.stem}-{case['id']}-{side}", case[side]


@dataclass
class Tally:
    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    predicted: int = 0
    wrong: int = 0

    def line(self, label: str) -> str:
        right = self.predicted - self.wrong
        precision = right / self.predicted if self.predicted else 1.0
        return (
            f"{label}: precision {right}/{self.predicted} = {precision:.4f}, "
            f"{self.wrong} pairs not in the gold"
        )


def score(
    source: Article, copy: Article, gold: Gold, tally: Tally, misses: list[str] | None
) -> None:
    predicted = {
        (i, j) for a in align(source.sentences, copy.sentences) for i in a.left for j in a.right
    }
    tally.predicted += len(predicted)
    tally.wrong += len(predicted - gold.keys())
    for pair, operations in gold.items():
        for operation in operations:
            tally.gold[operation] += 1
            tally.found[operation] += pair in predicted
        if misses is not None and pair not in predicted:
            misses.append(
                f"{sorted(operations)}\n  L {source.sentences[pair[0]].text}\n"
                f"  R {copy.sentences[pair[1]].text}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--show", choices=OPERATIONS, help="print the missed gold pairs of OP")
    parser.add_argument("--heavy", action="store_true", help="reword and move far more")
    args = parser.parse_args()
    if not (args.external / "basil_clusters.jsonl").exists():
        raise SystemExit(f"{args.external} holds no basil_clusters.jsonl")
    rng = random.Random(args.seed)
    named = list(sources(args.external))
    originals = [as_article(f"{name}.txt", text) for name, text in named]
    vocabulary = sorted({w for _, text in named for w in re.findall(r"[a-z]+", text)})
    synonyms = Synonyms(vocabulary)
    rewrites, copies = Tally(), Tally()
    misses: list[str] = []
    for (name, text), original in zip(named, originals, strict=True):
        result = rewrite(original, synonyms, HEAVY if args.heavy else LIGHT, rng)
        rewritten, spans = written(result)
        copy = as_article(f"{name}_r.txt", rewritten)
        gold = gold_pairs(copy, spans)
        shown: list[str] | None = [] if args.show else None
        score(original, copy, gold, rewrites, shown)
        misses.extend(m for m in shown or [] if f"'{args.show}'" in m.split("\n")[0])
        same = as_article(f"{name}_c.txt", text)
        itself = {(s.id, s.id): {"untouched"} for s in same.content_sentences}
        score(original, same, itself, copies, None)
    basil = sum(1 for name, _ in named if name.startswith("basil-"))
    print(
        f"{len(named)} sources ({basil} BASIL 0-49 reports, {len(named) - basil} case-file reports)"
    )
    print("rewrites: recall of gold pairs by operation")
    for operation in OPERATIONS:
        total, found = rewrites.gold[operation], rewrites.found[operation]
        if total:
            print(f"  {operation:<12} {found:>5}/{total:<5} = {found / total:.4f}")
    total, found = sum(rewrites.gold.values()), sum(rewrites.found.values())
    print(rewrites.line("rewrites"))
    print(f"untouched copies: recall {copies.found['untouched']}/{copies.gold['untouched']}")
    print(copies.line("untouched copies"))
    for miss in misses:
        print(miss)


if __name__ == "__main__":
    main()
