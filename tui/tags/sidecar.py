"""The ``diptych.tags/1`` YAML format: parse, validate, edit in place, dump.

Documents are ruamel.yaml round-trip trees, so comments, key order and keys
diptych does not know survive a save; tags are edited in place in that tree.
Loading never builds Python objects from YAML tags: any tag outside the YAML
core schema is refused. Output is diff-friendly: one key per line, multi-line
strings as literal block scalars, timestamps plain, and strings that a YAML 1.1
reader would take for a boolean or null quoted.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from tui.tags.model import Related, Tag, Target, format_timestamp

SCHEMA = "diptych.tags/1"
SUFFIX = ".tags.yaml"

_CORE_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)
_YAML11_SPECIAL = re.compile(
    r"^(y|n|yes|no|on|off|true|false|null|~|=|<<|)$"
    r"|^[-+]?(\.inf|\.nan|\.?[0-9][0-9_:.,e+-]*|0[xob][0-9a-f_]+)$",
    re.IGNORECASE,
)
"""Plain scalars a YAML 1.1 reader (PyYAML) would not read as the same string."""
_FLOW_PLAIN = re.compile(r"^\w[\w.\-/ ]*(?<! )$")
"""What may stay plain inside ``[...]`` (ruamel writes ``[? x]`` for the string "? x")."""
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
_BLOCK_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")


class SidecarError(Exception):
    """A sidecar that cannot be used as it is; the message names the file and line."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {problem}")


class Timestamp(str):
    """A timestamp string written plain (``2026-11-22T23:40:00Z``), as YAML reads it back."""


def _represent_timestamp(representer: RoundTripRepresenter, value: Timestamp) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:timestamp", str(value))


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 4096  # never fold long quotes: one line per value diffs best
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    yaml.preserve_quotes = True
    yaml.representer.add_representer(Timestamp, _represent_timestamp)
    return yaml


def _line(item: Any, key: str | int | None = None) -> int | None:
    """1-based line of a mapping key or sequence item in a round-trip tree."""
    lc = getattr(item, "lc", None)
    if lc is None:
        return None
    try:
        if key is None:
            return int(lc.line) + 1
        return int(lc.key(key)[0] if isinstance(item, dict) else lc.item(key)[0]) + 1
    except (KeyError, IndexError, TypeError):
        return int(lc.line) + 1


def _walk(node: Node) -> Iterator[Node]:
    yield node
    if isinstance(node, MappingNode):
        for key, value in node.value:
            yield from _walk(key)
            yield from _walk(value)
    elif isinstance(node, SequenceNode):
        for child in node.value:
            yield from _walk(child)


def _load(yaml: YAML, text: str, path: Path) -> Any:
    """Compose, refuse tags outside the core schema, then construct: one parse."""
    root = yaml.compose(text)
    if root is None:
        return None
    for node in _walk(root):
        tag = str(getattr(node.tag, "value", node.tag))
        if tag not in _CORE_TAGS:
            line = node.start_mark.line + 1 if node.start_mark else None
            raise SidecarError(path, line, f"YAML tag {tag} is not allowed")
    return yaml.constructor.construct_document(root)


def parse(data: bytes, path: Path) -> CommentedMap:
    """Parse and validate a sidecar, or raise ``SidecarError`` naming file and line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SidecarError(path, None, f"not UTF-8 ({error.reason})") from None
    yaml = _yaml()
    try:
        document = _load(yaml, text, path)
    except MarkedYAMLError as error:
        raise SidecarError(path, *_describe(error)) from None
    except YAMLError as error:
        raise SidecarError(path, None, str(error).strip() or "invalid YAML") from None
    if not isinstance(document, CommentedMap):
        raise SidecarError(path, 1, f"expected a mapping with 'schema: {SCHEMA}'")
    schema = document.get("schema")
    if schema != SCHEMA:
        line = _line(document, "schema") if "schema" in document else 1
        raise SidecarError(path, line, f"unknown schema {schema!r}; expected {SCHEMA!r}")
    tags = document.get("tags")
    if tags is None:
        document["tags"] = CommentedSeq()
    elif not isinstance(tags, CommentedSeq):
        raise SidecarError(path, _line(document, "tags"), "'tags' must be a list")
    seen: dict[str, int | None] = {}
    for index, node in enumerate(document["tags"]):
        tag = tag_from_node(node, path, _line(document["tags"], index))
        if tag.id in seen:
            raise SidecarError(
                path, _line(node, "id"), f"duplicate tag id {tag.id} (first at line {seen[tag.id]})"
            )
        seen[tag.id] = _line(node, "id")
    return document


def _describe(error: MarkedYAMLError) -> tuple[int | None, str]:
    """The line to point at and a one-line problem, e.g. where an unclosed list began."""
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark is not None else None
    problem = error.problem or "invalid YAML"
    context = error.context_mark
    if error.context and context is not None and context.line + 1 != line:
        problem = f"{problem} ({error.context} started on line {context.line + 1})"
    elif error.context:
        problem = f"{error.context}: {problem}"
    return line, problem


def _text(node: CommentedMap, key: str, path: Path, default: str | None = None) -> str:
    if key not in node or node[key] is None:
        if default is None:
            raise SidecarError(path, _line(node), f"missing '{key}'")
        return default
    value = node[key]
    if not isinstance(value, str):
        raise SidecarError(path, _line(node, key), f"'{key}' must be text (quote it)")
    return str(value)


def _offset(node: CommentedMap, key: str, path: Path) -> int:
    value = node.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise SidecarError(path, _line(node, key), f"'{key}' must be a whole number >= 0")
    return int(value)


def _moment(node: CommentedMap, key: str, path: Path) -> str:
    value = node.get(key)
    if isinstance(value, datetime):
        return format_timestamp(value)
    if isinstance(value, date):
        return f"{value.isoformat()}T00:00:00Z"
    if isinstance(value, str):
        return str(value)
    if value is None:
        return ""
    raise SidecarError(path, _line(node, key), f"'{key}' must be a timestamp")


def _mapping(node: CommentedMap, key: str, path: Path) -> CommentedMap | None:
    value = node.get(key)
    if value is None:
        return None
    if not isinstance(value, CommentedMap):
        raise SidecarError(path, _line(node, key), f"'{key}' must be a mapping")
    return value


def tag_from_node(node: Any, path: Path, line: int | None = None) -> Tag:
    if not isinstance(node, CommentedMap):
        raise SidecarError(path, line, "each tag must be a mapping")
    target_node = _mapping(node, "target", path)
    if target_node is None:
        raise SidecarError(path, _line(node), "missing 'target'")
    start = _offset(target_node, "start", path)
    end = _offset(target_node, "end", path)
    if end < start:
        raise SidecarError(path, _line(target_node, "end"), "'end' is before 'start'")
    target = Target(
        start=start,
        end=end,
        exact=_text(target_node, "exact", path),
        prefix=_text(target_node, "prefix", path, ""),
        suffix=_text(target_node, "suffix", path, ""),
    )
    labels = node.get("labels") or []
    if not isinstance(labels, list) or not all(isinstance(label, str) for label in labels):
        raise SidecarError(path, _line(node, "labels"), "'labels' must be a list of text")
    related_node = _mapping(node, "related", path)
    related = (
        Related(_text(related_node, "article", path), _text(related_node, "exact", path, ""))
        if related_node is not None
        else None
    )
    conflict_of = node.get("conflict_of")
    return Tag(
        id=_text(node, "id", path),
        labels=tuple(str(label) for label in labels),
        note=_text(node, "note", path, ""),
        target=target,
        related=related,
        created=_moment(node, "created", path),
        updated=_moment(node, "updated", path),
        conflict_of=str(conflict_of) if conflict_of is not None else None,
    )


def tags_of(document: CommentedMap, path: Path) -> list[Tag]:
    return [tag_from_node(node, path) for node in document["tags"]]


def new_document(article_name: str, sha256: str) -> CommentedMap:
    document = CommentedMap()
    document["schema"] = SCHEMA
    article = CommentedMap()
    article["path"] = _scalar(article_name)
    article["sha256"] = DoubleQuotedScalarString(sha256)
    article.fa.set_flow_style()
    document["article"] = article
    document["tags"] = CommentedSeq()
    return document


def _scalar(value: str, *, in_flow: bool = False) -> str:
    """Pick a style that reads back as the same string in any YAML reader."""
    if in_flow and not _FLOW_PLAIN.match(value):
        return cast(str, DoubleQuotedScalarString(value))
    if "\n" in value:
        if _BLOCK_UNSAFE.search(value) or "\r" in value or value[:1] in " \t":
            return cast(str, DoubleQuotedScalarString(value))
        return cast(str, LiteralScalarString(value))
    if _YAML11_SPECIAL.match(value) or _BLOCK_UNSAFE.search(value):
        return cast(str, DoubleQuotedScalarString(value))
    return value


def _set(node: CommentedMap, key: str, value: Any) -> None:
    """Assign only when the value changed, so untouched values keep their formatting."""
    if key in node and node[key] == value:
        return
    node[key] = _scalar(value) if isinstance(value, str) else value


def write_tag(node: CommentedMap, tag: Tag) -> None:
    """Write ``tag`` into ``node`` in place, keeping comments and unknown keys."""
    _set(node, "id", tag.id)
    labels = CommentedSeq(_scalar(label, in_flow=True) for label in tag.labels)
    labels.fa.set_flow_style()
    if list(node.get("labels") or []) != list(tag.labels) or "labels" not in node:
        node["labels"] = labels
    _set(node, "note", tag.note)
    target = node.get("target")
    if not isinstance(target, CommentedMap):
        target = CommentedMap()
        node["target"] = target
    for key in ("start", "end", "exact", "prefix", "suffix"):
        _set(target, key, getattr(tag.target, key))
    if tag.related is None:
        node.pop("related", None)
    else:
        related = node.get("related")
        if not isinstance(related, CommentedMap):
            related = CommentedMap()
            node["related"] = related
        _set(related, "article", tag.related.article)
        _set(related, "exact", tag.related.exact)
    for key in ("created", "updated"):
        value = getattr(tag, key)
        if key not in node or _moment(node, key, Path()) != value:
            node[key] = Timestamp(value) if _TIMESTAMP.match(value) else _scalar(value)
    if tag.conflict_of is None:
        node.pop("conflict_of", None)
    else:
        _set(node, "conflict_of", tag.conflict_of)


def new_tag_node(tag: Tag) -> CommentedMap:
    node = CommentedMap()
    write_tag(node, tag)
    return node


def find_tag(document: CommentedMap, tag_id: str) -> int | None:
    for index, node in enumerate(document["tags"]):
        if isinstance(node, CommentedMap) and node.get("id") == tag_id:
            return index
    return None


def set_article(document: CommentedMap, article_name: str, sha256: str) -> None:
    article = document.get("article")
    if not isinstance(article, CommentedMap):
        article = CommentedMap()
        article.fa.set_flow_style()
        document["article"] = article
    _set(article, "path", article_name)
    if article.get("sha256") != sha256:
        article["sha256"] = DoubleQuotedScalarString(sha256)


def dump(document: CommentedMap) -> bytes:
    stream = io.StringIO()
    _yaml().dump(document, stream)
    return stream.getvalue().encode("utf-8")
