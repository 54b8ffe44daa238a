"""Background work on its own SQLite connection (a connection is never shared between threads).

``Job`` runs ``fn(db, report)`` on a thread from the global pool; ``report(done, total)`` drives progress and
raises :class:`Cancelled` once the user cancelled. Results and errors come back as signals on the GUI thread,
and only the last job started for a purpose is listened to (an outdated one is cancelled and ignored).
"""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """The user cancelled the job."""


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
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
                try:
                    self._db.conn.interrupt()  # stops a long query at once
                except sqlite3.ProgrammingError:
                    pass

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.signals.progress.emit(done, total)

    def run(self) -> None:  # overrides QRunnable.run, on the worker thread
        from db.connection import open_database

        try:
            with self._conn_lock:
                self._db = open_database(self.db_path)
            result = self.fn(self._db, self._report)
            if self._cancel.is_set():
                raise Cancelled()
            self.signals.finished.emit(result)
        except Cancelled:
            self.signals.cancelled.emit()
        except sqlite3.OperationalError as exc:
            if self._cancel.is_set() and "interrupt" in str(exc):
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - reported to the user as a message, never a crash
            self.signals.failed.emit(str(exc) or type(exc).__name__)
        finally:
            with self._conn_lock:
                if self._db is not None:
                    self._db.conn.close()
                    self._db = None


def can_run_in_background(hub) -> bool:
    """An in-memory database has no file another connection could open."""
    path = getattr(hub.db, "path", "")
    return bool(path) and path != ":memory:"


def start(hub, fn, *, on_done, on_error=None, on_progress=None, on_cancelled=None) -> Job | None:
    """Run ``fn(db, report)`` in the background; with an in-memory database it runs here and now."""
    if not can_run_in_background(hub):
        try:
            on_done(fn(hub.db, lambda _d, _t: None))
        except Exception as exc:  # noqa: BLE001
            if on_error:
                on_error(str(exc))
        return None
    job = Job(hub.db.path, fn)
    job.signals.finished.connect(on_done)
    if on_error:
        job.signals.failed.connect(on_error)
    if on_progress:
        job.signals.progress.connect(on_progress)
    if on_cancelled:
        job.signals.cancelled.connect(on_cancelled)
    QThreadPool.globalInstance().start(job)
    return job
