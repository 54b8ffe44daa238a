"""Files written whole or not at all: a temporary file in the target's folder, flushed to disk, then renamed over
the target. A failure (full disk, killed process, an exception) leaves the old file as it was; leftovers of a
killed write carry our prefix and are removed by :func:`remove_stale`.

Temporary names are ``.chain-mapper-tmp-<pid>-<ns>…``: a leftover whose process is gone is stale at once, any
other after an hour (a write that long can no longer finish).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import time
from pathlib import Path

PREFIX = ".chain-mapper-tmp-"
STALE_SECONDS = 3600  # a temporary file older than this belongs to a write that can no longer finish
_PID = re.compile(re.escape(PREFIX) + r"(\d+)-")


def _temporary_name(folder: Path, suffix: str) -> Path:
    return folder / f"{PREFIX}{os.getpid()}-{time.monotonic_ns()}{suffix}"


@contextlib.contextmanager
def atomic_path(target):
    """Yield a temporary path beside ``target`` to write to; on success it replaces ``target`` atomically.
    The new file keeps the permissions of the file it replaces, or gets those a normally created file would
    (umask), never mkstemp's 0600."""
    target = Path(target)
    folder = target.parent
    tmp = _temporary_name(folder, target.suffix)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(target))
        _replace(tmp, target)
        _fsync_folder(folder)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


@contextlib.contextmanager
def scratch_folder(target):
    """Yield a private folder beside ``target`` for a writer's own temporary files (xlsxwriter's row data), so
    they sit on the same disk as the result and go away with it: removed when the block ends, whatever
    happened, and by :func:`remove_stale` if the process was killed."""
    folder = _temporary_name(Path(target).parent, ".d")
    folder.mkdir()
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _mode_for(target: Path) -> int:
    with contextlib.suppress(OSError):
        return stat.S_IMODE(target.stat().st_mode)
    return 0o666 & ~_umask()


def _umask() -> int:
    """The process's umask, read without setting it where the system allows (setting it is not thread-safe)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _replace(tmp: Path, target: Path) -> None:
    # On Windows a file that a virus scanner or the indexer holds for a moment refuses the rename: try briefly
    # before giving up (a file open in Excel stays refused, and the caller says so).
    for attempt in range(5 if os.name == "nt" else 1):
        try:
            os.replace(tmp, target)
            return
        except PermissionError:
            if attempt == 4 or os.name != "nt":
                raise
            time.sleep(0.1)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _process_gone(pid: int) -> bool:
    if pid == os.getpid():
        return False
    if os.name != "posix":
        return False  # os.kill(pid, 0) would end the process on Windows: rely on the age there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def is_stale(path: Path, *, older_than: float = STALE_SECONDS, now: float | None = None) -> bool:
    """A leftover of a write that can no longer finish: its process is gone, or it is older than ``older_than``."""
    m = _PID.match(path.name)
    if m is None:
        return False
    if _process_gone(int(m.group(1))):
        return True
    try:
        return (now or time.time()) - path.stat().st_mtime > older_than
    except OSError:
        return False


def remove_stale(folder, *, older_than: float = STALE_SECONDS) -> int:
    """Remove temporary files and folders a killed write left in ``folder``; returns how many."""
    removed = 0
    now = time.time()
    with contextlib.suppress(OSError):
        for path in Path(folder).glob(f"{PREFIX}*"):
            if not is_stale(path, older_than=older_than, now=now):
                continue
            with contextlib.suppress(OSError):
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
                removed += 1
    return removed
