"""The log file: a rotating file in the data folder where unexpected errors leave their tracebacks.

A planner sees a short message; whoever supports them finds the details in ``logs/chain-mapper.log``.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "chain-mapper.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
_state: dict = {"path": None}


def setup(folder: Path | None = None) -> Path | None:
    """Send warnings and errors of every module to ``folder/logs/chain-mapper.log`` (once per process).
    A folder that cannot be written leaves logging to stderr; the app never fails for its log."""
    if _state["path"] is not None:
        return _state["path"]
    if folder is None:
        from core.workspace import data_dir

        folder = data_dir()
    path = Path(folder) / "logs" / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _state["path"] = path
    return path


def log_path() -> Path | None:
    return _state["path"]
