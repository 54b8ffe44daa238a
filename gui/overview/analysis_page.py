"""Base for pages drawn from the whole-map analysis (overview, chain map, outline).

The analysis reads the whole map (about 0.25 s for 100,000 firms, seconds for a million), so it runs in the
background through gui.tasks on its own connection while a busy bar shows. Nobody waits for it: it is redone
only while the page is on screen, a newer request cancels an older one, and leaving the page, closing the
window or quitting cancels it at once (the running query is interrupted) — the page is then redrawn when it
is next shown.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressBar, QWidget

from gui import tasks

_STARTING = object()  # the job being started (a run on an in-memory database finishes inside tasks.run)


class AnalysisPage(QWidget):
    """Subclasses implement :meth:`compute` (worker thread, no Qt) and :meth:`build` (GUI thread)."""

    def __init__(self, hub, parent=None):
        super().__init__(parent)
        self.hub = hub
        self._stale = True
        self._changed_tables: set | None = None  # tables changed since the last build (None: anything)
        self._job = None
        self._generation = 0
        self._stop = threading.Event()  # set when the running job is cancelled: its queries abort at once
        self._closed = False
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        hub.changed.connect(self._on_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _on_changed(self, tables) -> None:
        self._stale = True
        self._changed_tables = None if tables is None or self._changed_tables is None else self._changed_tables | set(tables)
        if self.isVisible():
            self.refresh()

    def showEvent(self, event):  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event):  # noqa: N802 - Qt override
        # Another page, tab or the window closing: stop working for a picture nobody sees. (A minimised
        # window hides its pages "spontaneously": that one is left to finish.)
        if not event.spontaneous() and self._job is not None:
            self.cancel()
        super().hideEvent(event)

    def is_busy(self) -> bool:
        return self._job is not None

    def cancel(self) -> None:
        """Stop the running analysis (its result is dropped) and draw again when next shown."""
        if self._job is None:
            return
        job, self._job = self._job, None
        self._generation += 1
        self._stale = True
        self._changed_tables = None  # what the cancelled job would have absorbed is unknown now
        job.cancel()  # first: the job must know it was cancelled when its query aborts
        self._stop.set()
        self.busy.hide()

    def shutdown(self) -> None:
        """The window is closing: cancel the running job and ignore the database from now on."""
        if self._closed:
            return
        self._closed = True
        self.cancel()
        try:
            self.hub.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):  # already disconnected
            pass

    def refresh(self) -> None:
        if self._closed:
            return
        self._stale = False
        if self._job is not None:
            self._job.cancel()
            self._stop.set()
        self._stop = stop = threading.Event()
        self._generation += 1
        generation = self._generation
        changed, self._changed_tables = self._changed_tables, set()
        self.busy.show()
        self._job = _STARTING
        job = tasks.run(
            self.hub, lambda db, report: self._compute(db, report, changed, stop),
            on_done=lambda data, g=generation: self._on_done(g, data),
            on_failed=lambda error, g=generation: self._on_failed(g, error),
        )
        if self._job is _STARTING:  # still running in the background (a synchronous run has ended already)
            self._job = job

    def _compute(self, db, report, changed, stop: threading.Event):
        """Worker thread: :meth:`compute` with its queries aborted the moment the page cancels the job (an
        interrupt alone misses a statement that starts just after it)."""
        from core.views import stop_when

        stop_when(db, stop.is_set)
        try:
            report(0, 0)  # cancelled while the connection was being opened: stop here
            return self.compute(db, changed, lambda: report(0, 0))
        finally:
            stop_when(db, None)

    def _on_done(self, generation: int, data) -> None:
        if generation != self._generation or self._closed:
            return  # an outdated or cancelled result
        self._job = None
        self.busy.hide()
        self.build(data)

    def _on_failed(self, generation: int, error) -> None:
        if generation != self._generation or self._closed:
            return
        self._job = None
        self.busy.hide()
        self.show_error(error)

    def show_error(self, error) -> None:
        from gui import messages, wording

        messages.error(self, self.tr("Cannot compute the analysis"), wording.describe(error))

    def compute(self, db, changed: set | None, check):  # pragma: no cover - abstract
        """Worker thread. ``changed``: the tables edited since the last build (None: unknown, recompute
        everything). ``check()`` raises once the job was cancelled: call it between long steps."""
        raise NotImplementedError

    def build(self, data) -> None:  # pragma: no cover - abstract
        raise NotImplementedError
