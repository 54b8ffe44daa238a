"""Background work on its own SQLite connection (a connection is never shared between threads).

``Job`` runs ``fn(db, report)`` on a thread from the global pool; ``report(done, total)`` drives progress and
raises :class:`Cancelled` once the user cancelled. Results and errors come back as signals on the GUI thread,
and only the last job started for a purpose is listened to (an outdated one is cancelled and ignored).
"""

from __future__ import annotations

import atexit
import logging
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from core import workspace

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user cancelled the job."""


class BugReport(Exception):
    """An unexpected error in a background job: the traceback went to the log file."""

    def __init__(self, exc: BaseException):
        super().__init__(f"{type(exc).__name__}: {exc}")
        self.original = exc


_running: set[Job] = set()  # jobs started and not finished: cancelled together when the app quits


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the error: a known one (core/db/reading errors) or a BugReport
    cancelled = Signal()


class Job(QRunnable):
    def __init__(self, db_path: str, fn):
        super().__init__()
        self.db_path = db_path
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)  # the page keeps the job; Qt must not delete it under Python
        self._cancel = threading.Event()
        self._conn_lock = threading.Lock()
        self._db = None

    def cancel(self) -> None:
        self._cancel.set()
        with self._conn_lock:
            if self._db is not None:
                workspace.interrupt(self._db)  # stops a long query at once

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.signals.progress.emit(done, total)

    def run(self) -> None:  # overrides QRunnable.run, on the worker thread
        try:
            with self._conn_lock:
                self._db = workspace.open_for_worker(self.db_path)
            result = self.fn(self._db, self._report)
            if self._cancel.is_set():
                raise Cancelled()
            self.signals.finished.emit(result)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - reported to the user as a message, never a crash
            if self._cancel.is_set() and workspace.is_interruption(exc):
                self.signals.cancelled.emit()
            elif workspace.known_error(exc, self.db_path) is not None:
                self.signals.failed.emit(workspace.known_error(exc, self.db_path))
            else:
                log.exception("background job failed")
                self.signals.failed.emit(BugReport(exc))
        finally:
            with self._conn_lock:
                if self._db is not None:
                    workspace.close(self._db)
                    self._db = None
            _running.discard(self)


def can_run_in_background(hub) -> bool:
    """An in-memory database has no file another connection could open."""
    path = workspace.path_of(hub.db)
    return bool(path) and path != ":memory:"


def start(hub, fn, *, on_done, on_error=None, on_progress=None, on_cancelled=None) -> Job | None:
    """Run ``fn(db, report)`` in the background; with an in-memory database it runs here and now."""
    if not can_run_in_background(hub):
        try:
            result = fn(hub.db, lambda _d, _t: None)
        except Exception as exc:  # noqa: BLE001
            known = workspace.known_error(exc, workspace.path_of(hub.db))
            if known is None:
                log.exception("job failed")
            exc = known if known is not None else BugReport(exc)
            if on_error:
                on_error(exc)
            return None
        on_done(result)
        return None
    job = Job(hub.db.path, fn)
    job.signals.finished.connect(on_done)
    if on_error:
        job.signals.failed.connect(on_error)
    if on_progress:
        job.signals.progress.connect(on_progress)
    if on_cancelled:
        job.signals.cancelled.connect(on_cancelled)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def running() -> int:
    """How many background jobs have not finished."""
    return len(_running)


def cancel_all() -> int:
    """Cancel every background job (the app is closing: nobody waits for their results). Returns how many."""
    jobs = list(_running)
    for job in jobs:
        job.cancel()
    return len(jobs)


def wait_all(msecs: int) -> bool:
    """Wait at most ``msecs`` for the jobs to end; False when some are still running."""
    return QThreadPool.globalInstance().waitForDone(msecs)


@atexit.register
def _stop_before_teardown() -> None:
    """A job still running when the interpreter ends (a script or a test that never ran the app's own quit,
    which cancels and waits) would signal Qt objects being torn down: stop it and wait first."""
    if cancel_all():
        wait_all(5000)
