"""Files written whole or not at all: a temporary file in the target's folder, flushed to disk, then renamed over
the target. A failure (full disk, killed process, an exception) leaves the old file as it was; leftovers of a
killed write carry our prefix and are removed by :func:`remove_stale`.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

PREFIX = ".chain-mapper-tmp-"
STALE_SECONDS = 3600  # a temporary file older than this belongs to a write that can no longer finish


@contextlib.contextmanager
def atomic_path(target):
    """Yield a temporary path beside ``target`` to write to; on success it replaces ``target`` atomically.
    The new file gets the permissions a normally created file would (umask), not mkstemp's 0600."""
    target = Path(target)
    folder = target.parent
    tmp = folder / f"{PREFIX}{os.getpid()}-{time.monotonic_ns()}{target.suffix}"
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, target)
        _fsync_folder(folder)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale(folder, *, older_than: float = STALE_SECONDS) -> int:
    """Remove temporary files a killed write left in ``folder``; returns how many."""
    removed = 0
    now = time.time()
    with contextlib.suppress(OSError):
        for path in Path(folder).glob(f"{PREFIX}*"):
            with contextlib.suppress(OSError):
                if now - path.stat().st_mtime > older_than:
                    path.unlink()
                    removed += 1
    return removed
