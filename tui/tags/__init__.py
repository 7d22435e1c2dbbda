"""Sidecar tag store and quote anchoring. No textual or rich import here.

- ``store``: ``TagStore`` (one article's tags, saved on every change; the API the app uses)
- ``corpus_tags``: ``CorpusTags`` (every article's store, one undo history)
- ``model``: ``Tag``, ``AnchoredTag``, ``Conflict`` and friends (immutable values)
- ``anchor``: quote selectors and re-anchoring after an article changed
- ``edits``: add/update/delete applied to the file as on disk (merge by tag id)
- ``sidecar``: the ``diptych.tags/1`` YAML format (round-trip, validated, safe)
- ``atomic``: crash-safe replacement and the folder lock
- ``location``: beside the article, or the user data folder for read-only corpora
- ``webanno``: export as W3C Web Annotations
- ``labels``: the default label vocabulary
"""
