"""Claims join only articles about one event: a stray alignment between reports of
two events makes no claim."""

from __future__ import annotations

from pathlib import Path

from tests.text_files import write_texts
from tui.engine.align import Alignment
from tui.engine.claims.build import build_claims
from tui.engine.claims.events import SAME_EVENT_SCORE, same_event_pairs
from tui.engine.corpus import Article, load_corpus

STRAY = "The spokesman declined to comment on the matter when reached by phone on Friday."
"""A stock sentence both events' reports carry, word for word."""

FLOOD = [
    "Heavy rain flooded the northern district of Riverton overnight.",
    "The Ashford river rose four metres above its usual level by midnight.",
    "Firefighters rescued forty residents from the roofs of their houses.",
    "Mayor Helen Cordova opened two shelters in the Riverton sports hall.",
    "Power lines fell across the Kingsway bridge and closed it to traffic.",
    "Farmers east of the Ashford lost most of their wheat to the water.",
    "The regional weather office warned of more storms on Sunday.",
    "Volunteers filled sandbags outside the Riverton town hall until dawn.",
    "Insurance assessors are expected to visit the flooded streets next week.",
    "Schools in the northern district will stay closed until Wednesday.",
]
TRIAL = [
    "A jury in Millbrook convicted the former treasurer Oscar Lindqvist of fraud.",
    "Lindqvist moved nine million dollars of pension money into shell companies.",
    "Prosecutor Amara Okafor called the verdict a warning to public officials.",
    "The defence said it would appeal the conviction within thirty days.",
    "Judge Rosalind Pike set the sentencing hearing for the end of March.",
    "Retired teachers whose pensions were drained packed the public gallery.",
    "Lindqvist showed no emotion as the foreman read the verdict aloud.",
    "The Millbrook council has since hired an outside auditor for its accounts.",
    "Two accomplices pleaded guilty last year and testified against him.",
    "Okafor said the stolen money had been traced to accounts in Cyprus.",
]


def report(sentences: list[str], stray: bool) -> str:
    """One outlet's report: the event's sentences, and the stock sentence after the third."""
    chosen = sentences[:3] + ([STRAY] if stray else []) + sentences[3:]
    return " ".join(chosen) + "\n"


def test_a_stray_alignment_between_two_events_makes_no_claim(tmp_path: Path) -> None:
    write_texts(
        tmp_path,
        {
            "flood_1.txt": report(FLOOD, stray=True),
            "flood_2.txt": report(FLOOD[::-1], stray=False),
            "trial_1.txt": report(TRIAL, stray=True),
            "trial_2.txt": report(TRIAL[::-1], stray=False),
        },
    )
    articles = sorted(load_corpus(tmp_path).articles, key=lambda a: a.name)
    matrix = build_claims(articles, all_pairs=True)
    event = [article.name.split("_")[0] for article in articles]
    shared = [claim for claim in matrix.claims if len(claim.members) > 1]
    assert len(shared) == 20  # each event's ten sentences, told twice
    assert all(len({event[a] for a in claim.articles}) == 1 for claim in shared)
    stray = [
        claim for claim in matrix.claims if any(m.quote(articles) == STRAY for m in claim.members)
    ]
    assert [claim.articles for claim in stray] == [(0,), (2,)]  # each report's own


def alignments(*pairs: tuple[int, int, int]) -> dict[tuple[int, int], list[Alignment]]:
    """(i, j, n): articles i and j align their first n sentences."""
    return {(i, j): [Alignment((s,), (s,), 0.9, "near") for s in range(n)] for i, j, n in pairs}


def ten_sentence_articles(tmp_path: Path, count: int) -> list[Article]:
    """Articles of ten content sentences each, none shared (a sentence in every
    article would be boilerplate)."""
    texts = {
        f"{n}.txt": " ".join(f"{s[:-1]}, dispatch {n} says." for s in FLOOD) + "\n"
        for n in range(count)
    }
    return sorted(load_corpus(write_texts(tmp_path, texts)).articles, key=lambda a: a.name)


def test_a_pair_aligned_once_joins_claims_when_both_are_close_to_the_others(
    tmp_path: Path,
) -> None:
    articles = ten_sentence_articles(tmp_path, 5)
    event = ((0, 1, 8), (0, 2, 8), (1, 2, 7), (0, 3, 6), (1, 3, 6), (2, 3, 1))
    found = alignments(*event, (0, 4, 1))
    # 2 and 3 align one sentence, but each shares much with 0 and 1: one event; 4
    # aligns one sentence with 0 and nothing with the others
    assert same_event_pairs(articles, found, {}) == {(i, j) for i, j, _ in event}


def test_a_pair_sharing_its_rare_vocabulary_reports_one_event_whatever_it_aligns(
    tmp_path: Path,
) -> None:
    articles = ten_sentence_articles(tmp_path, 6)
    event = ((0, 1, 8), (0, 2, 8), (1, 2, 7), (0, 4, 8), (1, 4, 8), (2, 4, 8))
    found = alignments(*event, (2, 3, 1), (4, 5, 1))
    # 3 and 5 each align one sentence with the group {0, 1, 2, 4}: too little alone
    assert same_event_pairs(articles, found, {}) == {(i, j) for i, j, _ in event}
    related = {(2, 3): SAME_EVENT_SCORE, (4, 5): SAME_EVENT_SCORE - 0.01}
    assert same_event_pairs(articles, found, related) == {(i, j) for i, j, _ in event} | {(2, 3)}
