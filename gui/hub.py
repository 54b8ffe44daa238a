"""The open database, the app-wide undo stack, and the signal every view listens to for changes.

Every user action goes through :meth:`DataHub.perform`: it runs once, and if it succeeded it is pushed onto the
undo stack as a command whose undo reverts the action's change-log batch (core.history) and whose redo runs it
again. Views never write to the database themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core import history
from db import changes


class ActionCommand(QUndoCommand):
    """One user action. ``action(db, batch)`` performs it; it has already run once when pushed."""

    def __init__(self, hub: DataHub, text: str, action: Callable, tables: set[str], batch: str):
        super().__init__(text)
        self._hub, self._action, self._tables, self._batch = hub, action, tables, batch
        self._first = True

    def redo(self) -> None:  # overrides QUndoCommand.redo
        if self._first:
            self._first = False
            return
        batch = changes.new_batch()
        try:
            self._action(self._hub.db, batch)
        except Exception as exc:  # noqa: BLE001 - reported, and the command is dropped
            self._hub.failed.emit(self.text(), str(exc))
            self.setObsolete(True)
            return
        self._batch = batch
        self._hub.notify(self._tables)

    def undo(self) -> None:  # overrides QUndoCommand.undo
        try:
            history.revert_batch(self._hub.db, self._batch)
        except history.RevertFailed as exc:
            self._hub.failed.emit(self.text(), str(exc))
            self.setObsolete(True)
            return
        self._hub.notify(self._tables)


class DataHub(QObject):
    """Signals:
        changed(object): a set of table names whose rows changed (None: anything may have changed).
        saved(str): a write was committed; the text is the time.
        failed(str, str): an undo/redo could not be carried out (action text, reason).
    """

    changed = Signal(object)
    saved = Signal(str)
    failed = Signal(str, str)

    def __init__(self, db, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self._data_version = self._read_data_version()

    @property
    def path(self) -> str:
        return getattr(self.db, "path", "")

    def perform(self, text: str, action: Callable, tables: set[str]):
        """Run ``action(db, batch)`` now; on success make it undoable. Exceptions propagate unchanged."""
        batch = changes.new_batch()
        result = action(self.db, batch)
        self.undo_stack.push(ActionCommand(self, text, action, tables, batch))
        self.notify(tables)
        return result

    def perform_in_background(self, text: str, action: Callable, tables: set[str], *, total: int,
                              parent=None, on_finished: Callable | None = None):
        """Like :meth:`perform` for long work: ``action(db, batch, report)`` runs on a worker thread with its
        own connection, in one transaction, while a progress dialog offers Cancel (which rolls it back).
        Returns the job (None when it ran here because the database is in memory)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        from gui import worker

        batch = changes.new_batch()

        def run(db, report):
            with db.atomic():
                action(db, batch, report)

        def undoable(db, new_batch):  # redo after undo runs on the GUI connection
            action(db, new_batch, lambda _d, _t: None)

        dialog = QProgressDialog(text, self.tr("Cancel"), 0, max(total, 1), parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def done(_result):
            dialog.close()
            self.undo_stack.push(ActionCommand(self, text, undoable, tables, batch))
            self.notify(tables)
            if on_finished:
                on_finished(True, "")

        def stopped(message: str = ""):
            dialog.close()
            self.notify(tables)
            if on_finished:
                on_finished(False, message)

        job = worker.start(self, run, on_done=done, on_error=stopped, on_cancelled=lambda: stopped(""),
                           on_progress=lambda d, _t: dialog.setValue(d))
        if job is not None:
            dialog.canceled.connect(job.cancel)
        return job

    def notify(self, tables) -> None:
        self._data_version = self._read_data_version()
        from datetime import datetime

        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        self.changed.emit(set(tables) if tables is not None else None)

    def _read_data_version(self) -> int:
        try:
            return self.db.execute("PRAGMA data_version").fetchone()[0]
        except Exception:  # noqa: BLE001 - a closed database has no version
            return -1

    def check_external_changes(self) -> bool:
        """Another program (a second window) committed since we last looked: tell every view to refresh."""
        version = self._read_data_version()
        if version != self._data_version:
            self._data_version = version
            self.changed.emit(None)
            return True
        return False

    def close(self) -> None:
        try:
            self.db.conn.close()
        except Exception:  # noqa: BLE001
            pass
