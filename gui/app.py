"""Starting the app: fonts, language, the database, the main window; switching database or language."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui import i18n, messages, settings, wording
from gui.fonts import ui_font


class AppController:
    """Owns the open database (hub) and the main window; rebuilds the window on a switch."""

    def __init__(self, app: QApplication):
        self.app = app
        self.hub = None
        self.window = None
        app.applicationStateChanged.connect(self._on_state)

    def open(self, path: str | None) -> bool:
        from core.workspace import default_db_path, open_named
        from db.errors import DatabaseError

        try:
            db = open_named(path)
        except DatabaseError as exc:
            messages.error(self.window, self.app.translate("app", "Cannot open database"),
                           messages.database_error_text(exc))
            return False
        except OSError as exc:
            messages.error(self.window, self.app.translate("app", "Cannot open database"), wording.describe(exc))
            return False
        from gui.hub import DataHub

        old_hub, old_window = self.hub, self.window
        self.hub = DataHub(db)
        shown_path = str(Path(db.path).resolve()) if path else str(default_db_path())
        settings.write("last_database", shown_path)
        settings.add_recent(shown_path)
        self._show_window(old_window)
        if old_hub is not None:
            old_hub.close()
        self._check_integrity()
        return True

    def _check_integrity(self) -> None:
        """A large file is checked for damage in the background right after opening, so the first edit is not
        kept waiting and a damaged file is reported before anything is written to it."""
        from core import workspace

        if not workspace.can_check_in_background(self.hub.db) or not workspace.needs_check(self.hub.db):
            return
        from gui import tasks

        def failed(error) -> None:
            if error is not None and self.window is not None:
                messages.error(self.window, self.app.translate("app", "The database is damaged"),
                               wording.describe(error))

        self._integrity_job = tasks.run(self.hub, lambda db, report: workspace.ensure_writable(
            db, cancelled=lambda: report(0, 1) and False), on_done=lambda _r: None, on_failed=failed)

    def _show_window(self, old_window=None) -> None:
        from gui.main_window import MainWindow

        if old_window is not None:
            old_window.save_state()
            old_window.shutdown()
        self.window = MainWindow(self.hub)
        self.window.open_requested.connect(self.open)
        self.window.new_requested.connect(self.new_database)
        self.window.language_requested.connect(self.set_language)
        self.window.show()
        if old_window is not None:
            old_window.hide()
            old_window.deleteLater()

    def new_database(self, path: str) -> None:
        from core.workspace import create_database

        try:
            create_database(Path(path), force=Path(path).exists())
        except OSError as exc:
            messages.error(self.window, self.app.translate("app", "Cannot create database"), f"{path}\n\n{wording.describe(exc)}")
            return
        self.open(path)

    def set_language(self, language: str) -> None:
        """Switch the UI language: the window is built again in it, on the same page, with the same rows
        selected and scrolled to."""
        settings.write("language", language)
        i18n.install(self.app, language)
        if self.hub is not None:
            self.hub.retranslate()
        state = self.window.view_state() if self.window is not None else None
        self._show_window(self.window)
        if state is not None:
            self.window.restore_view_state(state)

    def _on_state(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.hub is not None:
            self.hub.check_external_changes()


def make_app(argv=None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    app.setFont(ui_font())
    i18n.install(app, i18n.preferred_language())
    return app


QUIT_GRACE_MS = 300  # how long quitting waits for cancelled background jobs to notice


def _show_bug(exc: BaseException) -> None:
    """An unexpected error while the window is open: a short message, the traceback in the log file."""
    from core import logs

    messages.error(QApplication.activeWindow(), QApplication.translate("app", "Something went wrong"),
                   QApplication.translate("app", "Chain Mapper hit an internal error. Nothing you saved is lost; "
                                                 "the last action may not have finished."),
                   details=logs.bug_line(exc))


def run(db_path: str | None = None) -> int:
    """The app. A database named on the command line that cannot be opened ends it (exit 2) after its
    message; a remembered one that no longer opens falls back to the default database."""
    from core import logs

    app = make_app()
    logs.install_excepthook(show=_show_bug)
    controller = AppController(app)
    path = db_path
    if path is None:
        last = settings.read_str("last_database", "")
        path = last if last and Path(last).exists() else None
    if not controller.open(path):
        if db_path is not None or path is None or not controller.open(None):
            return 2
    if os.environ.get("CHAIN_MAPPER_EXIT_WHEN_READY"):
        # bench/bench_table.py measures the cold start: quit as soon as the window is usable.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    code = app.exec()
    finish(controller, code)
    return code


def finish(controller: AppController, code: int) -> None:
    """End the process without waiting for anything: background jobs are cancelled and given a moment,
    the database is closed (every change was committed when it was made), and the process exits at once
    rather than tearing down thousands of Qt and chart objects one by one (a second or more)."""
    import logging

    from gui import worker

    worker.cancel_all()
    if not worker.wait_all(QUIT_GRACE_MS):
        logging.getLogger(__name__).info("quit with %d background job(s) still running", worker.running())
    if worker.running() == 0 and controller.hub is not None:
        controller.hub.close()  # a job still reading keeps its own connection; the file is consistent
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
