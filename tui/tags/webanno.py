"""Tags as W3C Web Annotations (JSON-LD), so other annotation tools can read them.

Each tag becomes an ``Annotation`` whose target is the article file with a
``TextQuoteSelector`` (the quote as tagged, with prefix and suffix) and, unless
the tag is orphaned, a ``TextPositionSelector`` (code-point offsets into the
article's decoded text as it is now). Labels are ``tagging`` bodies, the note a
``commenting`` body, the linked claim in the other article a ``linking`` body.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tui.tags.model import AnchoredTag

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def annotation(placed: AnchoredTag, source_of: Callable[[str], str]) -> dict[str, Any]:
    """One annotation; ``source_of`` maps an article file name to its IRI."""
    tag = placed.tag
    target = tag.target
    selectors: list[dict[str, Any]] = [
        {
            "type": "TextQuoteSelector",
            "exact": target.exact,
            "prefix": target.prefix,
            "suffix": target.suffix,
        }
    ]
    if not placed.orphaned:
        selectors.append(
            {"type": "TextPositionSelector", "start": placed.anchor.start, "end": placed.anchor.end}
        )
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": label} for label in tag.labels
    ]
    if tag.note:
        note = {"type": "TextualBody", "purpose": "commenting", "value": tag.note}
        bodies.append({**note, "format": "text/plain"})
    if tag.related is not None:
        bodies.append(
            {
                "type": "SpecificResource",
                "purpose": "linking",
                "source": source_of(tag.related.article),
                "selector": {"type": "TextQuoteSelector", "exact": tag.related.exact},
            }
        )
    document: dict[str, Any] = {
        "id": f"urn:diptych:tag:{tag.id}",
        "type": "Annotation",
        "motivation": "assessing",
        "body": bodies,
        "target": {"source": source_of(placed.article), "selector": selectors},
    }
    if tag.created:
        document["created"] = tag.created
    if tag.updated:
        document["modified"] = tag.updated
    return document


def collection(
    tags: Sequence[AnchoredTag], source_of: Callable[[str], str], label: str
) -> dict[str, Any]:
    """All annotations in one ``AnnotationCollection`` with a single page."""
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(tags),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": [annotation(placed, source_of) for placed in tags],
        },
    }
