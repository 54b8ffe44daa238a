"""The open database, the app-wide undo stack, and the signal every view listens to for changes.

Every user action is a core operation (core.operations) run through :meth:`DataHub.perform`: it writes one
batch to the change log and comes back with the batch id and the tables it changed. The undo stack keeps the
batch: undo reverts it, and redo reverts the undo's own batch, which replays exactly what was logged — nothing
is read again from a file, and a value someone changed since is reported, never overwritten. Views never
write to the database themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core import operations, workspace
from core.errors import ChainMapperError


def wording(text) -> str:
    """An action's text: a string, or a function wording it in the UI's language now."""
    return text() if callable(text) else text


class BatchCommand(QUndoCommand):
    """One user action that has already run once; undo and redo revert logged batches. Its text may be a
    function, so the Edit menu says "Undo …" in the UI's language after a switch."""

    def __init__(self, hub: DataHub, text, outcome: operations.Outcome):
        super().__init__(wording(text))
        self.describe = text if callable(text) else None
        self._hub = hub
        self._batch = outcome.batch  # the batch in effect: reverted by undo
        self._tables = set(outcome.tables)
        self._first = True

    def redo(self) -> None:  # overrides QUndoCommand.redo
        if self._first:
            self._first = False
            return
        self._revert()

    def undo(self) -> None:  # overrides QUndoCommand.undo
        self._revert()

    def _revert(self) -> None:
        try:
            outcome = operations.revert(self._hub.db, self._batch)
        except ChainMapperError as exc:
            self._hub.failed.emit(self.text(), exc)
            self.setObsolete(True)
            return
        self._batch = outcome.batch
        self._hub.notify(self._tables | set(outcome.tables))


class DataHub(QObject):
    """Signals:
        changed(object): a set of table names whose rows changed (None: anything may have changed).
        saved(str): a write was committed; the text is the time.
        failed(str, object): an undo/redo could not be carried out (action text, the error).
    """

    changed = Signal(object)
    saved = Signal(str)
    failed = Signal(str, object)

    def __init__(self, db, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self._data_version = workspace.data_version(db)
        self._resolver = None
        self.changed.connect(self._forget_names)

    def resolver(self):
        """Names -> ids for typed references, kept between edits (a table's names are read once, not on every
        cell) and forgotten for the tables a change touches."""
        if self._resolver is None:
            from core import fields

            self._resolver = fields.Resolver(self.db)
        return self._resolver

    def _forget_names(self, tables) -> None:
        if self._resolver is not None:
            for table in (tables if tables is not None else [None]):
                self._resolver.forget(table)

    @property
    def path(self) -> str:
        return workspace.path_of(self.db)

    def perform(self, text, operation: Callable[[object], operations.Outcome]) -> operations.Outcome:
        """Run ``operation(db)`` now; if it wrote anything make it one undo step named ``text`` (a string or
        a function wording it). Errors propagate."""
        outcome = operation(self.db)
        self.record(text, outcome)
        return outcome

    def record(self, text, outcome: operations.Outcome) -> None:
        """Make an operation that already ran (perhaps on a worker) one undo step, and tell the views."""
        if outcome.batch is None:
            return
        self.undo_stack.push(BatchCommand(self, text, outcome))
        self.notify(outcome.tables)

    def perform_in_background(self, text, operation: Callable, *, total: int, parent=None,
                              on_finished: Callable | None = None):
        """Like :meth:`perform` for long work: ``operation(db, report)`` runs on a worker thread with its own
        connection while a progress dialog offers Cancel (the operation's transaction is then rolled back).
        ``on_finished(outcome_or_None, error_or_None)`` is called at the end. Returns the job."""
        from gui import tasks

        def done(outcome):
            self.record(text, outcome)
            if outcome.batch is None:
                self.notify(set())
            if on_finished:
                on_finished(outcome, None)

        def failed(error):
            self.notify(None)
            if on_finished:
                on_finished(None, error)

        return tasks.run_with_progress(self, wording(text), operation, total=total, parent=parent, on_done=done,
                                       on_failed=failed, on_cancelled=lambda: failed(None))

    def notify(self, tables) -> None:
        self._data_version = workspace.data_version(self.db)
        from datetime import datetime

        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        self.changed.emit(set(tables) if tables is not None else None)

    def check_external_changes(self) -> bool:
        """Another program (a second window) committed since we last looked: tell every view to refresh."""
        version = workspace.data_version(self.db)
        if version != self._data_version:
            self._data_version = version
            self.changed.emit(None)
            return True
        return False

    def retranslate(self) -> None:
        """Word the undo steps again in the UI's language (after a language switch)."""
        for i in range(self.undo_stack.count()):
            command = self.undo_stack.command(i)
            describe = getattr(command, "describe", None)
            if describe is not None:
                command.setText(describe())

    def close(self) -> None:
        workspace.close(self.db)
