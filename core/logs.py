"""The log file: a rotating file in the data folder where unexpected errors leave their tracebacks.

A planner sees a short message; whoever supports them finds the details in ``logs/chain-mapper.log``. The
folder and file are made at the first record, not at start-up, so a command that logs nothing leaves the data
folder as it was.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path

LOG_NAME = "chain-mapper.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
_state: dict = {"path": None, "handler": None}


class _FileHandler(logging.handlers.RotatingFileHandler):
    """Makes its folder when it first writes; a folder that cannot be made leaves the record to stderr."""

    def _open(self):
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record) -> None:  # overrides logging.Handler.handleError: never a second traceback
        sys.stderr.write(f"{record.getMessage()}\n")


def setup(folder: Path | None = None) -> Path | None:
    """Send warnings and errors of every module to ``folder/logs/chain-mapper.log`` (once per process)."""
    if _state["path"] is not None:
        return _state["path"]
    if folder is None:
        from core.workspace import data_dir

        folder = data_dir()
    path = Path(folder) / "logs" / LOG_NAME
    try:
        handler = _FileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _state["path"], _state["handler"] = path, handler
    return path


def log_path() -> Path | None:
    return _state["path"]


def log_bug(exc: BaseException, what: str = "unexpected error") -> None:
    """The traceback of ``exc`` into the log file."""
    logging.getLogger("chain_mapper").error(what, exc_info=(type(exc), exc, exc.__traceback__))


def bug_line(exc: BaseException) -> str:
    """One line for a bug: what it was, and where its details are."""
    text = " ".join(str(exc).split())[:200]
    where = log_path()
    details = f"; the details are in {where}" if where else ""
    return f"internal error ({type(exc).__name__}{': ' + text if text else ''}){details}"


def install_excepthook(show=None) -> None:
    """Uncaught exceptions (main thread and others) go to the log with their traceback; the person at the
    screen gets one line on stderr, or ``show(exc)`` (the GUI's message box) when given."""

    def hook(kind, exc, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc.__traceback__ = tb
        log_bug(exc)
        if show is not None:
            try:
                show(exc)
                return
            except Exception:  # noqa: BLE001 - the message box itself failed: fall back to one line
                pass
        sys.stderr.write(f"chain-mapper: {bug_line(exc)}\n")

    def unraisable(info):  # an error in a destructor (a zip file closed on a full disk …): the log only
        if info.exc_value is not None:
            logging.getLogger("chain_mapper").warning("ignored in %r", info.object, exc_info=(
                info.exc_type, info.exc_value, info.exc_traceback))

    sys.excepthook = hook
    sys.unraisablehook = unraisable
    threading.excepthook = lambda args: hook(args.exc_type, args.exc_value, args.exc_traceback)
