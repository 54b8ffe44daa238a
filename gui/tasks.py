"""The one way long work runs: off the GUI thread, with progress, Cancel, and every failure worded.

``run`` starts ``fn(db, report)`` on a worker with its own connection (gui.worker.Job) and calls back on the
GUI thread: ``on_done(result)``, ``on_failed(error)`` — a known error (core.errors, a refused file, a locked or
damaged database) or a :class:`gui.worker.BugReport` whose traceback is in the log file — or
``on_cancelled()``. ``run_with_progress`` adds a progress dialog whose Cancel rolls the job back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from gui import worker


def run(owner, fn: Callable, *, on_done: Callable, on_failed: Callable | None = None,
        on_progress: Callable | None = None, on_cancelled: Callable | None = None):
    """Run ``fn(db, report)`` in the background (here and now for an in-memory database). Returns the job."""
    return worker.start(owner, fn, on_done=on_done, on_error=on_failed, on_progress=on_progress,
                        on_cancelled=on_cancelled)


def run_with_progress(owner, text: str, fn: Callable, *, total: int, parent=None, on_done: Callable,
                      on_failed: Callable | None = None, on_cancelled: Callable | None = None):
    """:func:`run` behind a modal progress dialog (shown after 300 ms) whose Cancel stops the job."""
    dialog = QProgressDialog(text, QCoreApplication.translate("tasks", "Cancel"), 0, max(total, 1), parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def finish(callback, *args):
        dialog.close()
        if callback is not None:
            callback(*args)

    job = run(owner, fn, on_done=lambda result: finish(on_done, result),
              on_failed=lambda error: finish(on_failed, error),
              on_progress=lambda done, _total: dialog.setValue(min(done, dialog.maximum())),
              on_cancelled=lambda: finish(on_cancelled))
    if job is not None:
        dialog.canceled.connect(job.cancel)
    else:
        dialog.close()
    return job
