"""Python's cyclic garbage collector paused while an import plans and writes.

A 100,000-row list makes millions of long-lived dicts, lists and tuples; the collector would rescan them again
and again as they pile up (about 2 s of a 17 s import), and none of them is garbage in a cycle meanwhile.
Reference counting frees everything as usual; the collector runs again when the last import ends.
"""

from __future__ import annotations

import contextlib
import gc
import threading

_lock = threading.Lock()
_depth = 0  # imports running now (the GUI's worker and a test may overlap)
_was_enabled = False


@contextlib.contextmanager
def collector_paused():
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
