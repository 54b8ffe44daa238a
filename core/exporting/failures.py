"""Why an export could not be written, as typed errors (code + facts; worded by core.exporting.messages).

Every failure leaves the target as it was: the file is written under a temporary name beside it and only
renamed over it once complete (core.atomic).
"""

from __future__ import annotations

import errno
from pathlib import Path

from core.errors import ChainMapperError


class ExportError(ChainMapperError):
    """The workbook or CSV file cannot be written. ``str()`` is one English line; the GUI words the code."""


_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_NO_PERMISSION = {errno.EACCES, errno.EPERM}


def file_error(path, exc: OSError) -> ExportError:
    """An OSError met while writing ``path`` (or its temporary files) as the user can act on it."""
    path = str(path)
    if exc.errno in _DISK_FULL:
        return ExportError("export_disk_full", path=path)
    if exc.errno == errno.EROFS:
        return ExportError("export_read_only", path=path)
    if exc.errno in _NO_PERMISSION or isinstance(exc, PermissionError):
        return ExportError("export_no_permission", path=path)
    if exc.errno == errno.ENOENT:
        return ExportError("export_folder_missing", path=path, folder=str(Path(path).parent))
    return ExportError("export_cannot_write", path=path, reason=exc.strerror or type(exc).__name__)


def check_target(path: Path) -> None:
    """Refuse a target that cannot be written before any work is done."""
    if not path.parent.is_dir():
        raise ExportError("export_folder_missing", path=str(path), folder=str(path.parent))
    if path.is_dir():
        raise ExportError("export_is_folder", path=str(path))
