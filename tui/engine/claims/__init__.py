"""The claim matrix: every claim of a corpus against every article.

A claim is a set of passages from different articles that state the same
thing, at most one unit (one to three sentences) per article; each article
states it, contradicts it (its member has a contradiction finding against
another member) or omits it.

- ``model``: the types (``Stance``, ``ClaimMember``, ``ClaimSide``,
  ``ClaimContradiction``, ``Claim``, ``ClaimMatrix``).
- ``events``: which compared pairs report one event (only they join claims).
- ``units``: each article's sentences cut into units, from the sides of its alignments.
- ``clustering``: greedy merging of units into claims, without transitive chaining.
- ``build``: ``build_claims(articles)``: compares the candidate pairs and assembles
  the matrix.
"""
