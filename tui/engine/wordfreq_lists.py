"""wordfreq's shipped word lists, opened directly with msgpack.

``import wordfreq`` loads its tokenizer, langcodes and ftfy (about 0.2 s). Its lists are
gzipped msgpack "cBpack" files: a header, then buckets of words, most frequent first.
Reading them here costs a few hundredths of a second; callers fall back to wordfreq
itself when this returns None (a wordfreq that keeps its data elsewhere or otherwise).
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import zlib
from pathlib import Path

import msgpack

READ_SIZE = 64 * 1024
"""Bytes decompressed at a time: callers read only the first buckets, and taking the
Unpacker's default of a megabyte at once cost 10-15 ms a run (a 200-sentence pair
takes about 450 ms)."""

READ_ERRORS = (OSError, EOFError, ValueError, zlib.error, msgpack.UnpackException)
"""What reading a missing, truncated or foreign list raises."""


def open_list(name: str) -> tuple[msgpack.Unpacker, int] | None:
    """wordfreq's list ``name`` ("large_en", "small_fr") positioned at its first bucket,
    with its number of buckets; None when it is not there or not in the cBpack format."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return None
    try:
        packed = (Path(spec.origin).parent / "data" / f"{name}.msgpack.gz").read_bytes()
        unpacker = msgpack.Unpacker(
            gzip.GzipFile(fileobj=io.BytesIO(packed)), raw=False, read_size=READ_SIZE
        )
        size = unpacker.read_array_header() - 1
        header = unpacker.unpack()
    except READ_ERRORS:
        return None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    return unpacker, size
