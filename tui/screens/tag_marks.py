"""Where a pane marks tagged claims: spans per sentence, from the corpus's tag stores.

A claim is marked in its own article (each non-orphaned tag's anchor) and in the
other article of the pair when a tag there links to it (by exact quote).
"""

from __future__ import annotations

import bisect
from collections import defaultdict

from tui.engine.corpus import Article
from tui.engine.spans import Span
from tui.tags.anchor import find_related
from tui.tags.corpus_tags import CorpusTags

TagMarks = dict[int, list[Span]]
"""Sentence id -> tagged spans in that sentence."""


def tag_marks(tags: CorpusTags, article: Article, other: Article) -> TagMarks:
    spans: list[tuple[int, int]] = [
        (placed.anchor.start, placed.anchor.end)
        for placed in tags.tags_for(article)
        if not placed.orphaned
    ]
    for placed in tags.tags_for(other):
        related = placed.tag.related
        if related is not None and related.article == article.name:
            found = find_related(article.text, related)
            if found is not None:
                spans.append(found)
    starts = [sentence.start for sentence in article.sentences]
    marks: TagMarks = defaultdict(list)
    for start, end in spans:
        index = max(bisect.bisect_right(starts, start) - 1, 0)
        for sentence in article.sentences[index:]:
            if sentence.start >= end:
                break
            if start < sentence.end:
                marks[sentence.id].append(Span(start, end))
    return dict(marks)
