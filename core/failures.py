"""Every failure of a command as one line and an exit code: 1 the input was refused, 2 the database cannot
be used, 3 a bug (its traceback goes to the log file).

The command line words failures in English; the GUI words the same typed errors through Qt (gui/wording.py).
"""

from __future__ import annotations

import errno
from pathlib import Path

EXIT_OK, EXIT_INPUT, EXIT_DATABASE, EXIT_BUG = 0, 1, 2, 3

_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "no such file or folder",
    errno.EISDIR: "is a folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EIO: "the disk failed (input/output error)",
}


def os_reason(exc: OSError) -> str:
    return _OS_REASONS.get(exc.errno, exc.strerror or type(exc).__name__)


def _os_error_in(exc: BaseException) -> OSError | None:
    """The OSError a library wrapped (xlsxwriter's FileCreateError, …), or ``exc`` itself."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, OSError):
            return exc
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        exc = inner or exc.__cause__ or exc.__context__
        seen += 1
    return None


def _about_database(path: str | None, db_path) -> bool:
    if not path or not db_path:
        return False
    try:
        target, db = Path(path).resolve(), Path(db_path).resolve()
    except OSError:
        return False
    return target == db or str(target).startswith(str(db) + "-") or db.parent / "backups" in target.parents \
        or target == db.parent / "backups"


def describe(exc: BaseException, *, db_path=None, out_path=None) -> tuple[int, str] | None:
    """(exit code, one line) for a known failure, or None for a bug."""
    from core import workspace
    from core.errors import ChainMapperError
    from db.errors import DatabaseError

    if isinstance(exc, DatabaseError):
        return EXIT_DATABASE, str(exc)
    if isinstance(exc, ChainMapperError):
        return exc.exit_code, str(exc)
    known = workspace.known_error(exc, db_path)
    if isinstance(known, DatabaseError):
        return EXIT_DATABASE, str(known)
    if type(exc).__name__ == "BackupFailed":
        return EXIT_DATABASE, f"{exc}; nothing was changed"
    if isinstance(exc, MemoryError):
        return EXIT_INPUT, "not enough memory for this file; nothing was changed"
    oserror = _os_error_in(exc)
    if oserror is not None:
        name = oserror.filename or (str(out_path) if out_path else "")
        code = EXIT_DATABASE if _about_database(name, db_path) else EXIT_INPUT
        return code, f"{name + ': ' if name else ''}cannot be read or written ({os_reason(oserror)})"
    if known is not None:
        return EXIT_INPUT, " ".join(str(known).split())
    return None
