"""The suite reads and writes no cache of the developer's: modules compile their regular
expressions when they are imported (prepared_regex.py), before any fixture runs, so the
cache folder is a fresh one from the start (each test then gets its own, conftest.py)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

_CACHE = tempfile.mkdtemp(prefix="diptych-tests-cache-")
os.environ["DIPTYCH_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
